"""Finding every actor mention of one article."""
from __future__ import annotations

import bisect
from collections import Counter, defaultdict

from ..context import ArticleContext, as_context
from .candidates import _named_after_place, acronym_definitions, joined_entities
from .countries import _fill_countries, _stated_country
from .filters import _acts, _address_place, _in_work_title, _inside, _is_credit, _plausible, _skip_zones, \
    _visited_place
from .names import _extend_given_name, _holder_office, _honorific_person, _initials_forms, _longest_forms, \
    _strip_span, _strip_titles, clean_name
from .registry import TYPES, Registry, _registry, canonical, registry_matches
from .words import _INSTITUTION_ENDINGS, _MUNICIPAL, _PLACE_ENDINGS

def _mention(ctx: ArticleContext, actor, type_, country, span, source) -> dict:
    """One mention row: the span's text, offsets and sentence (the sentence as ``span.sent``)."""
    text = ctx.text
    start, end = span.start_char, span.end_char
    sent_start, sent_end = ctx.sent_bounds[max(0, bisect.bisect_right(ctx.sent_token_starts, span.start) - 1)]
    return {"article": ctx.name, "actor": actor, "type": type_, "country": country,
            "surface": text[start:end], "start": start, "end": end,
            "sentence": text[sent_start:sent_end], "sent_start": sent_start, "source": source}


def find_mentions(doc, name: str | None = None, registry=None) -> list[dict]:
    """Every actor mention in a parsed article, as dicts with ``MENTION_COLUMNS``.

    Registered actors are found by alias (case-insensitive, see
    :func:`registry_matches`); unregistered PERSON and ORG entities are
    discovered and named by their longest form in the article.

    >>> from helpers import nlp                                   # doctest: +SKIP
    >>> doc = nlp.load_nlp(ruler_patterns())("Moscow said putin would talk.")  # doctest: +SKIP
    >>> [m["actor"] for m in find_mentions(doc, "a.txt")]         # doctest: +SKIP
    ['Russia', 'Vladimir Putin']
    """
    ctx = as_context(doc, name)
    doc = ctx.doc
    reg = _registry(registry)
    zones = _skip_zones(doc)
    matches = registry_matches(doc, reg)
    registered_toks = {i for _, s, e in matches for i in range(s, e)}
    lower_words = {t.lower_ for t in doc if t.is_alpha and t.text.islower()}

    # ``Full Name (ACR)``: the acronym is the full name's alias in this article.
    defined = _defined_acronyms(doc, reg, matches)
    defined_toks = {i for _, _, _, s, e in defined for i in range(s, e)}
    if defined_toks:
        matches = [m for m in matches if not any(i in defined_toks for i in range(m[1], m[2]))]
        registered_toks = {i for _, s, e in matches for i in range(s, e)}

    # Discovered entities first decide whether they swallow a registry match
    # (``Center for the Study of X and Congress`` is one organisation).
    ents = []
    for ent in joined_entities(doc):
        municipal = ((ent.label_ == "GPE" and bool(_MUNICIPAL.match(_strip_span(ent).text)))
                     or (ent.label_ == "FAC" and ent[-1].lower_ in _INSTITUTION_ENDINGS))
        if ent.label_ not in ("PERSON", "ORG") and not municipal:
            continue
        if any(i in defined_toks for i in range(ent.start, ent.end)):
            continue
        span = _strip_span(ent)
        label = "ORG" if municipal else ent.label_
        if label == "ORG" and len(span) and _honorific_person(span):
            label = "PERSON"
        if label == "PERSON" and len(span):
            span = _extend_given_name(_strip_titles(span), lower_words, registered_toks)
        if not len(span):
            continue
        inner = [m for m in matches if m[1] < span.end and span.start < m[2]]
        if inner:
            by = reg.by_name
            covers_all = all(span.start <= s and e <= span.end for _, s, e in inner)
            starts_free = span.start not in registered_toks or _holder_office(span)
            if (label == "ORG" and covers_all and starts_free and (len(span) >= 3 or _named_after_place(span, inner, by))
                    and all(by[n].type != "person" for n, _, _ in inner)
                    and not any(s == span.start and e == span.end for _, s, e in inner)):
                matches = [m for m in matches if m not in inner]
                registered_toks -= {i for _, s, e in inner for i in range(s, e)}
            else:
                continue
        ents.append((span, label))

    mentions = []
    for actor_name, s, e in matches:
        span = doc[s:e]
        actor = reg.by_name[actor_name]
        if actor.type == "organization" and (_inside(span.start_char, span.end_char, zones["outlet"])
                                             or _is_credit(doc, s)):
            continue
        if _inside(span.start_char, span.end_char, zones["names"]):
            continue
        if actor.type == "state" and _address_place(doc, s, registered_toks):
            continue
        if actor.type == "organization" and _visited_place(span):
            continue
        mentions.append(_mention(ctx, actor.canonical, actor.type, actor.country, span, "registry"))

    found = []
    for span, label in ents:
        if any(span.start < e and s < span.end for _, s, e in matches):
            continue
        if (_inside(span.start_char, span.end_char, zones["names"])
                or _inside(span.start_char, span.end_char, zones["discovery"])
                or _inside(span.start_char, span.end_char, zones["outlet"])):
            continue
        if not _plausible(span, label, lower_words) or _in_work_title(doc, span) or _is_credit(doc, span.start, span.end):
            continue
        found.append((span, label))

    forms = _longest_forms([(label, span.text) for span, label in found])
    forms.update(_initials_forms(forms))
    person_names = {sp.text for sp, lab in found if lab == "PERSON" and len(sp) > 1}
    person_names |= {forms[("PERSON", n)] for n in person_names}
    resolved = []
    org_words = {forms[("ORG", sp.text)] for sp, lab in found if lab == "ORG"}
    org_words = {n for n in org_words if len(n.split()) == 1}
    full_labels = {n: lab for (lab, n), v in forms.items() if v == n}
    for span, label in found:
        actor_name = forms[(label, span.text)]
        kind = "PERSON" if actor_name in person_names else full_labels.get(actor_name, label)
        if len(actor_name.split()) == 1 and actor_name in org_words:
            kind = "ORG"  # ``Denso Corp`` tagged ORG once and ``Denso said`` PERSON: one firm
        resolved.append((span, kind, actor_name))
    # a lone word never introduced by a longer name is kept only when it acts in the text
    words_ok = {n for sp, kind, n in resolved if len(n.split()) == 1 and kind == "ORG" and _acts(sp)}
    acting = {n for sp, kind, n in resolved if _acts(sp)}
    places = {n for _, kind, n in resolved
              if kind == "ORG" and n.split()[-1].lower() in _PLACE_ENDINGS and n not in acting}
    countries: dict[str, Counter] = defaultdict(Counter)
    for span, kind, actor_name in resolved:
        countries[actor_name][_stated_country(span)] += 1
    for span, kind, actor_name in resolved:
        if len(actor_name.split()) == 1 and actor_name not in words_ok:
            continue
        if _visited_place(span) or actor_name in places:
            continue
        stated = [c for c, _ in sorted(countries[actor_name].items(), key=lambda kv: (-kv[1], kv[0])) if c]
        mentions.append(_mention(ctx, actor_name, TYPES[kind], stated[0] if stated else "",
                                 span, "discovered"))
    for actor_name, type_, country, s, e in defined:
        span = doc[s:e]
        if _inside(span.start_char, span.end_char, zones["outlet"]) or _is_credit(doc, s, e):
            continue
        mentions.append(_mention(ctx, actor_name, type_, country or _stated_country(span), span,
                                 "registry" if reg.by_name.get(actor_name) else "discovered"))
    mentions += _later_surnames(ctx, mentions, matches, zones)
    _fill_countries(doc, mentions)
    unique = {(m["start"], m["end"], m["actor"]): m for m in mentions}
    return [unique[k] for k in sorted(unique)]


def _defined_acronyms(doc, reg: Registry, matches) -> list[tuple[str, str, str, int, int]]:
    """(actor, type, country, token start, end) for each full name defined with a bracketed
    acronym and for every use of that acronym in the article."""
    out = []
    for acr, s, e in acronym_definitions(doc):
        full = doc[s:e]
        registered = [m for m in matches if m[1] == s and m[2] == e]
        actor = registered[0][0] if registered else (canonical(full.text, reg) or clean_name(full.text))
        if not actor:
            continue
        known = reg.by_name.get(actor)
        ent = next((x for x in doc.ents if x.start <= s and e <= x.end), None)
        type_ = known.type if known else ("person" if ent is not None and ent.label_ == "PERSON"
                                          else "organization")
        country = known.country if known else ""
        out.append((actor, type_, country, s, e))
        out += [(actor, type_, country, t.i, t.i + 1) for t in doc if t.text == acr]
    return out


def _later_surnames(ctx, mentions, matches, zones) -> list[dict]:
    """Bare surnames of discovered people that the NER missed (``Okafor, a British engineer``)."""
    doc = ctx.doc
    people = {}
    for m in mentions:
        if m["source"] == "discovered" and m["type"] == "person" and len(m["actor"].split()) >= 2:
            people.setdefault(m["actor"].split()[-1], m)
    if not people:
        return []
    taken = {i for m in mentions for i in range(m["start"], m["end"])}
    taken |= {i for _, s, e in matches for t in doc[s:e] for i in range(t.idx, t.idx + len(t))}
    out = []
    for tok in doc:
        m = people.get(tok.text)
        if m is None or tok.idx in taken or _inside(tok.idx, tok.idx + len(tok), zones["names"]):
            continue
        out.append(_mention(ctx, m["actor"], m["type"], m["country"], doc[tok.i:tok.i + 1],
                            "discovered"))
    return out
