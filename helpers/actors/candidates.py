"""Candidate names the small NER model misses or splits, and acronyms defined in brackets."""
from __future__ import annotations

import re

from .. import language
from ..doccache import doc_ents, doc_tokens
from ..context import as_context
from ..rules import Registry
from .filters import _acts
from .names import _CONNECTORS, _PERSON_NOUNS, _is_designator, _name_word, _role_after, _strip_span, clean_name, doc_text
from .registry import canonical, registry_matches
from .state import MEMO_KEY, ActorState, Candidate, state_of
from .words import _PLACE_ENDINGS, CODED_NAME, DEMONYMS, GROUPING_NOUNS, conference_on, SLASH_NAME, ORG_HEADS, TITLES, _ABBREVIATION, _BRACKET_ACRONYM, _INSTITUTION_ENDINGS, _MUNICIPAL, \
    _NOT_ORG_ACRONYMS, _PARTICLES, _PLACE_MODIFIERS

def _agency_before_place(doc, ent) -> int:
    """Token start of capitalised words naming an agency with a place at its end
    (``Coastal Survey and Mapping Ruritania``); ``ent.start`` when there are none.

    The words must sit in the place's own phrase (its subtree, left of it), may be joined
    by ``and``/``of``/``for``, and must not be a longer place (``North``, ``Mount``).
    """
    j = ent.start
    lo = max(ent.root.left_edge.i, ent.start - 6)
    while j > lo:
        tok = doc[j - 1]
        if "\n" in tok.whitespace_:
            break
        if _name_word(tok) or (tok.lower_ in {"and", "of", "for"} and j - 2 >= 0 and _name_word(doc[j - 2])):
            j -= 1
        else:
            break
    while j < ent.start and not _name_word(doc[j]):
        j += 1
    if j == ent.start or doc[j].lower_ in _PLACE_MODIFIERS or (j > 0 and doc[j - 1].text in {"'s", "’s"}):
        return ent.start
    return j


def _named_after_place(span, inner, by) -> bool:
    """A two-word organisation whose second word is a registered state (``Rail Ruritania``):
    the state is part of its name, not an actor, unless the first word is a place modifier."""
    if len(inner) != 1 or len(span) != 2:
        return False
    actor, s, e = inner[0]
    first = span[0]
    return (by[actor].type == "state" and s == span.start + 1 and e == span.end and _name_word(first)
            and first.lower_ not in _PLACE_MODIFIERS and first.ent_type_ != "GPE")


def _place_after_name(doc, ent) -> int:
    """Token end of an organisation's name the model cut before ``of``/``for`` and a place
    (``[the Election Board of] Ruritania``); ``ent.end`` otherwise."""
    if ent[-1].lower_ not in {"of", "for"} or ent.end >= len(doc):
        return ent.end
    k = ent.end
    while k < len(doc) and k - ent.end < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
            and doc[k].ent_type_ in ("", "GPE", "ORG", "LOC"):
        k += 1
    return k


def bare_acronyms(doc) -> list:
    """Untagged all-capital abbreviations (2-6 letters) that act as the subject of a verb
    (``rail operator ABCD said``): organisations the model left without a label."""
    from spacy.tokens import Span

    out = []
    for tok in doc_tokens(doc):
        if (tok.ent_type_ == "" and tok.pos_ == "PROPN" and re.fullmatch(r"[A-Z]{2,6}", tok.text)
                and tok.text not in _NOT_ORG_ACRONYMS and tok.dep_ in ("nsubj", "nsubjpass")
                and tok.head.pos_ == "VERB" and not any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                        for c in tok.children)):
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


def slash_acronyms(doc) -> list:
    """Acronyms joined by a slash, written with no space (``AB/C12``, ``SPLM/A``): one organisation's
    name; the first part has two characters or more and starts with a capital, and neither part is
    an acronym that names no organisation (``not_org_acronyms``: ``HIV/AIDS``).

    >>> from helpers import nlp
    >>> [s.text for s in slash_acronyms(nlp.bare_nlp()("The ABC/M12 alliance and the SPLM/A met in 2024/25."))]
    ['ABC/M12', 'SPLM/A']
    """
    from spacy.tokens import Span

    toks, out = doc_tokens(doc), []
    for i in range(len(toks) - 2):
        first, slash, second = toks[i], toks[i + 1], toks[i + 2]
        if slash.text == "/" and not first.whitespace_ and not slash.whitespace_ \
                and SLASH_NAME.fullmatch(first.text + "/" + second.text) and not (out and out[-1].end > i) \
                and first.text not in _NOT_ORG_ACRONYMS and second.text not in _NOT_ORG_ACRONYMS:
            out.append(Span(doc, i, i + 3, label="ORG"))
    return out


def named_groupings(doc) -> list:
    """Standing formats of talks among several states (:data:`GROUPING_NOUNS`) after ``the``: a
    grouping named after a place, with its noun in any case (``the Lakeport format``, ``the
    Lakeport Platform``), or the noun alone in title case (``the Quartet``). A lower-case noun
    alone (``the peace process``) or a noun modifying another (``the Quartet's envoys`` is kept,
    ``Quartet summit`` is not) is no name. A lower-case noun after its place names a body only
    where it acts or speaks through its people (``the Lakeport format said``, ``envoys of the
    Lakeport format``); elsewhere it is a round of talks (``a veteran of the Lakeport process``).

    >>> from helpers import nlp
    >>> d = nlp.bare_nlp()("The Lakeport format and the Quartet met, but the peace process stalled.")
    >>> [s.text for s in named_groupings(d)]
    ['Lakeport format', 'Quartet']
    >>> [s.text for s in named_groupings(nlp.bare_nlp()("Ann Lee, a veteran of the Lakeport process, met them."))]
    []
    """
    from spacy.tokens import Span

    toks, out = doc_tokens(doc), []
    for tok in toks:
        if tok.lower_ not in GROUPING_NOUNS or tok.dep_ == "compound":
            continue
        start = tok.i
        while start > 0 and tok.i - start < 2 and toks[start - 1].is_alpha and toks[start - 1].is_title \
                and toks[start - 1].lower_ != "the" and "\n" not in toks[start - 1].whitespace_:
            start -= 1
        if start == 0 or toks[start - 1].lower_ != "the" or (start == tok.i and not tok.is_title):
            continue
        span = Span(doc, start, tok.i + 1, label="ORG")
        if tok.is_title or _acts(span) or tok.dep_ == "ROOT" \
                or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_ == "NNS"):
            out.append(span)
    return out


#: Peoples of a region or a faith (``the Europeans``, ``the Christians``): plurals that name no group acting as one.
_COMMUNITIES = language.words("community_words")


def member_plurals(doc) -> list:
    """A group named by its members (``the Kestrels said ...``): a title-case plural after ``the``
    whose singular the article also writes as a modifier (``a Kestrel commander``); not a people
    named by a demonym (``the Norwegians``), by its region or faith (``the Europeans``,
    ``community_words``) or tagged by the model as a people or a place, nor a name going on after
    it (``the Kestrels Trust``).

    >>> from helpers import nlp
    >>> d = nlp.bare_nlp()("The Kestrels said they would leave. A Kestrel commander agreed.")
    >>> [s.text for s in member_plurals(d)]
    ['Kestrels']
    >>> [s.text for s in member_plurals(nlp.bare_nlp()("The Kestrels said they would leave."))]
    []
    """
    from spacy.tokens import Span

    toks = doc_tokens(doc)
    modifiers = {t.text for t in toks[:-1] if t.is_title and toks[t.i + 1].pos_ == "NOUN" and toks[t.i + 1].is_lower
                 and "\n" not in t.whitespace_}
    out = []
    for tok in toks[1:]:
        word = tok.text
        if not (tok.is_alpha and tok.is_title and len(word) > 4 and word.endswith("s") and not word.endswith("ss")):
            continue
        if tok.ent_type_ in ("NORP", "LOC", "GPE"):
            continue  # ``the Serbs``, ``the Baltics``: a people or a region as the model reads it
        if toks[tok.i - 1].lower_ != "the" or word[:-1] not in modifiers \
                or word.lower() in DEMONYMS or word[:-1].lower() in DEMONYMS or word[:-1].lower() in _COMMUNITIES:
            continue
        if tok.i + 1 < len(toks) and toks[tok.i + 1].is_title and "\n" not in tok.whitespace_:
            continue  # ``the Kestrels Trust``: a longer name
        out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


def headed_organisations(doc, text: str | None = None) -> list:
    """Runs of two to six title-case words ending in an organisation's head word
    (``Committee``, ``Association``, ``Prefecture``) that the model left untagged or split,
    with ``of``/``for``/``and`` inside; the first line (a headline) is left out."""
    from spacy.tokens import Span

    first_line = (doc_text(doc) if text is None else text).find("\n")
    toks = doc_tokens(doc)  # indexing a Doc builds a new Token each time
    out, i, n = [], 0, len(toks)

    def cap(t):
        return (t.is_alpha and t.text[:1].isupper() and not t.text.isupper() or
                bool(re.fullmatch(r"[A-Z]{2,6}", t.text))) and t.lower_ not in TITLES \
            and t.lower_ not in {"the", "a", "an"}

    while i < n:
        if not cap(toks[i]) or (first_line >= 0 and toks[i].idx < first_line):
            i += 1
            continue
        j = i + 1
        while j < n and "\n" not in toks[j - 1].whitespace_ and (
                cap(toks[j]) or (toks[j].lower_ in {"of", "for", "and"} and j + 1 < n and cap(toks[j + 1]))
                or (toks[j].text == "-" and not toks[j - 1].whitespace_ and not toks[j].whitespace_
                    and j + 1 < n and cap(toks[j + 1]))):  # ``Anti-Fraud``
            j += 1
        words = [t for t in toks[i:j] if cap(t)]
        last = max((k for k in range(i, j) if toks[k].lower_ in ORG_HEADS), default=None)
        if last is not None and 2 <= len([t for t in toks[i:last + 1] if cap(t)]) <= 6 and len(words) <= 8 \
                and not any(t.ent_type_ == "PERSON" for t in toks[i:last + 1]):
            end = last + 1
            nxt = toks[end] if end < n else None
            if nxt is not None and (nxt.lower_.rstrip(".") in TITLES or nxt.text == "("):
                i = j  # ``Sports Cabinet Secretary``: a job title; ``X Board (XB)``: defined by its acronym
                continue
            if end + 1 < j and toks[end].lower_ in {"of", "for"} and toks[j - 1].pos_ == "PROPN" \
                    and j - end <= 4:
                end = j  # ``... Court of Ruritania``
            out.append(Span(doc, i, end, label="ORG"))
        i = j
    return out


def _split_at_and(doc, ents) -> list:
    """``Center for X`` + ``and`` + ``Y Z``: one organisation the model split at ``and``
    (the first part names its field with ``for``/``of``; the second is title case and not
    an organisation of its own)."""
    from spacy.tokens import Span

    out = []
    for a, b in zip(ents, ents[1:], strict=False):
        if not (a.label_ == "ORG" and b.label_ == "ORG" and b.start == a.end + 1
                and doc[a.end].lower_ == "and" and "\n" not in doc[a.end].whitespace_):
            continue
        words = [t.lower_ for t in a]
        if not ("for" in words[1:] or "of" in words[1:]) or a[-1].lower_ in ("for", "of"):
            continue
        if b[0].lower_ in ORG_HEADS or b[0].lower_ in {"the", "a", "an"} or any(t.lower_ in ("of", "for") for t in b):
            continue
        if all(t.text[:1].isupper() for t in b if t.is_alpha):
            out.append(Span(doc, a.start, b.end, label="ORG"))
    return out


def possessive_offices(doc) -> list:
    """An office named after its holder with a possessive (``the State Attorney's Office``,
    ``the County Sheriff’s Department``), with ``for``/``of`` + a title-case district after it:
    one organisation the model cut at the possessive."""
    from spacy.tokens import Span

    toks = doc_tokens(doc)
    n, out = len(toks), []

    def cap(t):
        return (t.is_alpha and t.text[:1].isupper()) or bool(_ABBREVIATION.fullmatch(t.text))

    for k, tok in enumerate(toks):
        if tok.lower_ not in ("'s", "’s") or k == 0 or k + 1 >= n:
            continue
        if not (cap(toks[k - 1]) and toks[k + 1].text[:1].isupper() and toks[k + 1].lower_ in ORG_HEADS):
            continue
        start = k - 1
        while start > 0 and k - start < 4 and cap(toks[start - 1]) and "\n" not in toks[start - 1].whitespace_ \
                and toks[start - 1].lower_ not in ("the", "a", "an"):
            start -= 1
        end = k + 2
        if end + 1 < n and toks[end].lower_ in ("for", "of"):
            j = end + 1
            if toks[j].lower_ == "the":
                j += 1
            m = j
            while m < n and m - j < 8 and (cap(toks[m]) or (toks[m].lower_ in ("of", "and") and m + 1 < n
                                                            and cap(toks[m + 1]))):
                m += 1
            if m > j:
                end = m
        out.append(Span(doc, start, end, label="ORG"))
    return out


def acronym_definitions(doc) -> list[tuple[str, int, int]]:
    """(acronym, token start, token end of the full name) for each ``Full Name (ACR)`` in ``doc``.

    The full name is the run of capitalised words (with ``of``, ``and``, ``the``
    inside) before the bracket: the longest part whose initials are the
    acronym's letters (in any order, so translated names count), else the NER
    entity that ends there, else the whole run of two or more words. A
    dateline (``CITY (Wire) -``) is not a definition.

    >>> from helpers import nlp                                   # doctest: +SKIP
    >>> d = nlp.bare_nlp()("The Harbour Pilots Guild (HPG) met. HPG said no.")  # doctest: +SKIP
    >>> [(a, d[s:e].text) for a, s, e in acronym_definitions(d)]  # doctest: +SKIP
    [('HPG', 'Harbour Pilots Guild')]
    """
    out, seen = [], set()
    n = len(doc)
    for tok in doc_tokens(doc):
        i = tok.i
        if tok.text != "(" or i + 2 >= n or i == 0 or doc[i + 2].text != ")":
            continue
        acr = doc[i + 1].text
        if acr in seen or not (_BRACKET_ACRONYM.match(acr) or _mixed_case_acronym(doc, i)):
            continue
        nxt = doc[i + 3] if i + 3 < n else None
        if nxt is not None and nxt.text in {"-", "–", "—", "|"}:
            continue  # a dateline: LIMA (Wire) - ...
        run = _name_run(doc, i)
        if run is None:
            continue
        out.append((acr, run[0], run[1]))
        seen.add(acr)
    return out


def _mixed_case_acronym(doc, bracket: int) -> bool:
    """A short acronym written as a word (``Ofcom``, ``Inpe``) in brackets right after an
    organisation the model tagged ORG with three or more words; never a word the article
    also writes in lower case (``the Harbour Board (Labour)`` is not a definition)."""
    acr = doc[bracket + 1].text
    if not re.fullmatch(r"[A-Z][a-z]{2,5}", acr):
        return False
    if any(t.lower_ == acr.lower() and t.text.islower() for t in doc_tokens(doc)):
        return False
    ent = next((e for e in doc_ents(doc) if e.end == bracket and e.label_ == "ORG"), None)
    return ent is not None and len(_strip_span(ent)) >= 3


def _name_run(doc, bracket: int) -> tuple[int, int] | None:
    """Token range of the name written just before the bracket at ``bracket`` (see above)."""
    acr = doc[bracket + 1].text
    end = bracket
    while end - 1 > 0 and _is_designator(doc[end - 1]):
        end -= 1  # ``Kafue Copper Mines plc (KCM)``: the legal form is not part of the name
    j = end
    while j > 0:
        t = doc[j - 1]
        if "\n" in t.text or not (t.text[:1].isupper() or t.lower_ in _CONNECTORS
                                  or t.text in {"’", "'", "-"} or t.lower_ in _PARTICLES):
            break
        j -= 1
    toks = list(doc[j:end])
    while toks and not toks[0].text[:1].isupper():
        toks.pop(0)
    while toks and toks[0].lower_ in {"the", "a", "an"}:
        toks.pop(0)
    if not toks or toks[-1].text in {"’", "'", "-"} and len(toks) == 1:
        return None
    caps = [t for t in toks if t.text[:1].isupper()]
    if len(caps) == 1 and caps[0].text.isupper():
        return None  # LAKEPORT (AFP): a dateline or a pair of acronyms
    letters = sorted(acr.upper())
    k = _initials_start(toks, letters)
    if k is not None:
        return toks[k].i, end
    ext = _initials_run(doc, toks[0].i if toks else end, end, letters)
    if ext is not None:
        return ext
    ents = list(doc_ents(doc))
    ent = next((e for e in _split_at_and(doc, ents) if e.end == end), None) or next(
        (e for e in ents if e.end == end and e.label_ in ("ORG", "PERSON")), None)
    if ent is not None:
        stripped = _strip_span(ent)
        if len(stripped):
            return stripped.start, stripped.end
    if 2 <= len(caps) <= 8:
        return toks[0].i, end
    return None


def _initials_start(toks, letters: list[str]) -> int | None:
    """Index of the first capitalised word from which the capitalised words' initials (a short
    all-capital word counts whole) are the acronym's letters, in any order.

    >>> class W: text = ""
    >>> words = []
    >>> for t in "the Harbour Pilots Guild".split():
    ...     w = W(); w.text = t; words.append(w)
    >>> _initials_start(words, sorted("HPG")), _initials_start(words, sorted("XY"))
    (1, None)
    """
    for k, t in enumerate(toks):
        if not t.text[:1].isupper():
            continue
        initials = []
        for w in toks[k:]:
            if w.text[:1].isupper():
                initials.extend(w.text if w.text.isupper() and len(w.text) <= 4 else w.text[0])
        if sorted(initials) == letters:
            return k
    return None


def _initials_run(doc, start: int, bracket: int, letters: list[str]) -> tuple[int, int] | None:
    """The name before ``bracket`` whose capitalised words' initials are the acronym, when one
    lower-case word sits inside it (``Medicines and Healthcare products Regulatory Agency``)."""
    j, lowers = start, 0
    while j > 0 and start - j < 12:
        t = doc[j - 1]
        if "\n" in t.text:
            break
        if t.text[:1].isupper() or t.lower_ in _CONNECTORS or t.lower_ in _PARTICLES:
            j -= 1
        elif t.is_alpha and t.is_lower and lowers == 0 and j - 1 > 0 and doc[j - 2].text[:1].isupper():
            lowers += 1
            j -= 1
        else:
            break
    if lowers == 0:
        return None
    toks = list(doc[j:bracket])
    for k, t in enumerate(toks):
        if not t.text[:1].isupper():
            continue
        initials = [w.text[0] for w in toks[k:] if w.text[:1].isupper()]
        if sorted(initials) == letters:
            return (t.i, bracket) if any(w.is_lower and w.lower_ not in _CONNECTORS for w in toks[k:]) else None
    return None


def _defined_acronyms(doc, reg, matches) -> list[tuple[str, str, str, int, int]]:
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
        ent = next((x for x in doc_ents(doc) if x.start <= s and e <= x.end), None)
        type_ = known.type if known else ("person" if ent is not None and ent.label_ == "PERSON"
                                          else "organization")
        country = known.country if known else ""
        out.append((actor, type_, country, s, e))
        out += [(actor, type_, country, t.i, t.i + 1) for t in doc_tokens(doc) if t.text == acr]
    return out


# ---------------------------------------------------------------- candidate rules
#
# Each rule is ``rule(ctx, earlier) -> list[Candidate]``: ``earlier`` holds what the rules
# before it found, so a rule can build on them (a defined acronym on the registry's names)
# or yield to them (a title-case run on a name the model split).


def _joined(earlier) -> list:
    return [c for c in earlier if c.origin == "joined"]


def _free(span, earlier) -> bool:
    """No name joined by an earlier rule overlaps ``span``."""
    return not any(c.overlaps(span) for c in _joined(earlier))


def _org(doc, start: int, end: int, origin: str = "joined") -> Candidate:
    from spacy.tokens import Span

    return Candidate(Span(doc, start, end, label="ORG"), "ORG", origin)


def registry_alias(ctx, earlier) -> list:
    """A registered actor by any alias: ``the harbour board said`` -> Harbour Board (see ``registry_matches``)."""
    reg = state_of(ctx).registry
    out = []
    for name, s, e in registry_matches(ctx.doc, reg):
        actor = reg.by_name[name]
        out.append(Candidate(ctx.doc[s:e], actor.type, "registry", name, actor.type, actor.country))
    return out


#: Conjunctions that join two names sharing their last words, written once (``North and South Velmark``).
_COORDINATORS = language.words("coordinating_conjunctions")


def elided_alias(ctx, earlier) -> list:
    """``North and South Velmark``: two registered names that share their last words, written once
    after the first's own word (``X and Y Name``, ``X or Y Name``, ``X`` hung on the name by the
    parser and no article before it): when ``X Name`` is registered too, the lone ``X`` is a
    mention of it. A registered name after ``and`` whose first word joins no such name (``Tarsk and
    North Velmark``) adds nothing, nor do regions (``the North and South Velmark``)."""
    reg = state_of(ctx).registry
    doc, out = ctx.doc, []
    for c in (c for c in earlier if c.origin == "registry" and c.end - c.start >= 2 and c.start >= 2):
        first, joint = doc[c.start - 2], doc[c.start - 1]
        if joint.lower_ not in _COORDINATORS or not first.is_title or not c.start <= first.head.i < c.end \
                or (first.i and doc[first.i - 1].pos_ == "DET"):
            continue
        name = canonical(f"{first.text} {doc[c.start + 1:c.end].text}", reg)
        if name and name != c.actor and not any(o.overlaps(doc[first.i:first.i + 1]) for o in earlier):
            actor = reg.by_name[name]
            out.append(Candidate(doc[first.i:first.i + 1], c.label, "registry", name, actor.type, actor.country))
    return out


def bracket_acronym(ctx, earlier) -> list:
    """``the Harbour Pilots Guild (HPG) ... HPG said``: the full name and every use of the acronym."""
    state = state_of(ctx)
    matches = [(c.actor, c.start, c.end) for c in earlier if c.origin == "registry"]
    return [Candidate(ctx.doc[s:e], type_, "defined", actor, type_, country)
            for actor, type_, country, s, e in _defined_acronyms(ctx.doc, state.registry, matches)]


def agency_before_place(ctx, earlier) -> list:
    """``Coastal Survey and Mapping [GPE Ruritania]``: an agency with a place at the end of its name."""
    doc = ctx.doc
    out = []
    for ent in doc_ents(doc):
        start = _agency_before_place(doc, ent) if ent.label_ == "GPE" else ent.start
        if start < ent.start:
            out.append(_org(doc, start, ent.end))
    return out


def org_before_of_place(ctx, earlier) -> list:
    """``[ORG the Election Board of] Ruritania``: an organisation the model cut before its place."""
    doc = ctx.doc
    out = []
    for ent in doc_ents(doc):
        end = _place_after_name(doc, ent) if ent.label_ == "ORG" else ent.end
        if end > ent.end:
            out.append(_org(doc, ent.start, end))
    return out


def split_at_and(ctx, earlier) -> list:
    """``[ORG Centre for Tides] and [ORG Currents Research]``: one organisation split at ``and``."""
    return [_org(ctx.doc, sp.start, sp.end) for sp in _split_at_and(ctx.doc, list(doc_ents(ctx.doc)))]


def possessive_office(ctx, earlier) -> list:
    """``the County Sheriff's Department``: an office named after its holder (yields to earlier joins)."""
    return [_org(ctx.doc, sp.start, sp.end) for sp in possessive_offices(ctx.doc) if _free(sp, earlier)]


def bare_acronym(ctx, earlier) -> list:
    """``rail operator ABCD said``: an untagged acronym that is the subject of a verb."""
    return [_org(ctx.doc, sp.start, sp.end) for sp in bare_acronyms(ctx.doc)]


def slash_acronym(ctx, earlier) -> list:
    """``the AB/C12 alliance said``: acronyms joined by a slash with no space are one name (a
    movement and its armed wing, a coalition), which the model splits; yields to earlier joins and
    to registered actors written with a slash between them (``the US/UK draft``: two states)."""
    return [_org(ctx.doc, sp.start, sp.end) for sp in slash_acronyms(ctx.doc) if _free(sp, earlier)
            and not any(c.origin == "registry" and c.overlaps(sp) for c in earlier)]


def named_grouping(ctx, earlier) -> list:
    """``the Lakeport format said``, ``the Quartet urged``: a standing format of talks among states
    (:func:`named_groupings`); yields to earlier joins and to a person's name it would cut (the
    model's ``[PERSON Quartet]`` alone is no person: ``the`` is never written before a name)."""
    ents = [e for e in doc_ents(ctx.doc) if e.label_ == "PERSON"]
    return [_org(ctx.doc, sp.start, sp.end) for sp in named_groupings(ctx.doc)
            if _free(sp, earlier) and not any(e.start < sp.end and sp.start < e.end
                                              and not (sp.start <= e.start and e.end <= sp.end) for e in ents)]


def member_plural(ctx, earlier) -> list:
    """``the Kestrels said``: a group named by its members (:func:`member_plurals`), which the
    model may tag as a person."""
    return [_org(ctx.doc, sp.start, sp.end) for sp in member_plurals(ctx.doc) if _free(sp, earlier)]


def conference_names(doc) -> list:
    """Spans naming a conference by the place it is about (:func:`~helpers.actors.words.conference_on`):
    the proper nouns (a venue, a Roman numeral: ``Lakeport II``) before its head, the head, ``on``
    and the proper nouns after it (not a date: ``on Tuesday``); the model splits such names at a
    registered venue or tags them as an event.

    >>> from helpers import nlp
    >>> [s.text for s in conference_names(nlp.bare_nlp()("The Lakeport II Conference on Norland urged calm."))]
    ['Lakeport II Conference on Norland']
    """
    from spacy.tokens import Span

    toks, out = doc_tokens(doc), []
    for t in toks:
        if not conference_on(doc[t.i:t.i + 3]) or toks[t.i + 2].ent_type_ in ("DATE", "TIME"):
            continue  # not ``the Lakeport Conference on Tuesday``
        start, end = t.i, t.i + 2
        while start > 0 and toks[start - 1].pos_ == "PROPN" and "\n" not in toks[start - 1].whitespace_ \
                and toks[start - 1].lower_ not in TITLES:
            start -= 1  # the venue's name and a numeral (``Lakeport II``), not ``At`` opening the sentence
        while end < len(toks) and toks[end].pos_ == "PROPN" and "\n" not in toks[end - 1].whitespace_:
            end += 1
        out.append(Span(doc, start, end, label="ORG"))
    return out


def conference_name(ctx, earlier) -> list:
    """``the Lakeport II Conference on Norland urged ...``: a conference named for the place it is
    about, whole (:func:`conference_names`), a body that speaks in its final statement."""
    return [_org(ctx.doc, span.start, span.end) for span in conference_names(ctx.doc) if _free(span, earlier)]


def headed_organisation(ctx, earlier) -> list:
    """``the Harbour Pilots Committee said``: title-case words ending in an organisation's head word.

    Yields to earlier joins, to a PERSON or ORG entity it would cut, and to a place or
    event entity that reaches its end (``Soviet Union`` is a state).
    """
    ents = list(doc_ents(ctx.doc))
    out = []
    for span in headed_organisations(ctx.doc, ctx.text):
        if _free(span, earlier) and not any(
                e.start < span.end and span.start < e.end and (
                    (e.label_ in ("ORG", "PERSON") and not (span.start <= e.start and e.end <= span.end))
                    or (e.label_ in ("GPE", "LOC", "NORP", "EVENT", "LAW") and e.end >= span.end))
                for e in ents):
            out.append(_org(ctx.doc, span.start, span.end))
    return out


def _entities(ctx, earlier, label: str) -> list:
    """The model's ``label`` entities that no joined name overlaps."""
    return [Candidate(e, label, "ner") for e in doc_ents(ctx.doc) if e.label_ == label and _free(e, earlier)]


def ner_person(ctx, earlier) -> list:
    """``[PERSON Ann Lee] said``: a person the model tagged."""
    return _entities(ctx, earlier, "PERSON")


def ner_org(ctx, earlier) -> list:
    """``[ORG Tidewater Freight] said``: an organisation the model tagged."""
    return _entities(ctx, earlier, "ORG")


def municipal_name(ctx, earlier) -> list:
    """``[GPE the City of Lakeport] said``: a municipality named so speaks as its government."""
    return [Candidate(e, "ORG", "ner") for e in doc_ents(ctx.doc)
            if e.label_ == "GPE" and _MUNICIPAL.match(_strip_span(e).text) and _free(e, earlier)]


def _two_or_three_names(ent) -> bool:
    """Whether ``ent`` is two or three title-case words (a person's name as the model may mislabel it)."""
    words = [t for t in ent if not t.is_punct]
    return 2 <= len(words) <= 3 and all(t.is_alpha and t.is_title for t in words)


def _named_with_role(ent) -> bool:
    """Two or three title-case words with an appositive that is a person's role noun right
    after them (``Ann Lee, a senior adviser to the board,``)."""
    return _two_or_three_names(ent) and any(c.dep_ == "appos" and c.i >= ent.end and c.lower_ in _PERSON_NOUNS
                                            for c in ent.root.children)


def role_appositive_person(ctx, earlier) -> list:
    """``[WORK_OF_ART Ann Lee], a senior adviser to the board, said``: a name the model gives
    a label no actor has, followed by a person's role in apposition, is a person."""
    return [Candidate(e, "PERSON", "ner") for e in doc_ents(ctx.doc)
            if e.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "FAC", "LOC") and _named_with_role(e)
            and _free(e, earlier)]


def _role_before(ent) -> bool:
    """Whether ``ent`` (two or three title-case words) is in apposition to a person's role noun,
    or to the named body that role is ``of`` (``the leader of the Front, Ann Lee,``), where the
    parser hangs it; not to a common noun the role is of (``the governor of the province,
    North Vale,``: the province's name)."""
    root = ent.root
    if not _two_or_three_names(ent) or root.dep_ != "appos":
        return False
    head = root.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.pos_ == "PROPN":
        head = head.head.head  # ``the leader of the Front, Ann Lee``
    return head.pos_ == "NOUN" and head.lower_ in _PERSON_NOUNS


def appositive_to_role(ctx, earlier) -> list:
    """``the leader of the Front, [GPE Ann Lee], said``: a name the model tags as a place or a
    thing, in apposition to a person's role written before it, is a person; a registered name
    (a real place) is left alone."""
    return _mislabelled_persons(ctx, earlier, ("GPE", "LOC", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"),
                                _role_before)


def _mislabelled_persons(ctx, earlier, labels: tuple, test) -> list:
    """Person candidates of the model's entities of ``labels`` for which ``test(ent)`` holds, that no
    joined name overlaps and no registered name (a real place) covers: the one reader shared by the
    rules that take a place or a thing the model tagged for a person (:func:`appositive_to_role`,
    :func:`title_before_place`)."""
    registered = [c for c in earlier if c.origin == "registry"]
    return [Candidate(e, "PERSON", "ner") for e in doc_ents(ctx.doc)
            if e.label_ in labels and test(e) and _free(e, earlier) and not any(c.overlaps(e) for c in registered)]


def title_before_place(ctx, earlier) -> list:
    """``President [GPE Ann Lee] said``: two or three title-case words the model tags as a place or a
    people, written right after an office's title in title case, are a person (no place is titled
    ``President``); a registered name (a real place) is left alone.

    >>> from spacy.tokens import Span
    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("President Ann Lund spoke in Lake Vale. Deputy Lake Vale mayor Ann Lund spoke.")
    >>> [_titled(Span(doc, a, b, label="GPE")) for a, b in ((1, 3), (5, 7), (9, 11))]
    [True, False, False]
    """
    return _mislabelled_persons(ctx, earlier, ("GPE", "LOC", "NORP"), _titled)


def _titled(ent) -> bool:
    """Whether ``ent`` is two or three title-case words right after an office's title in title case,
    naming no noun after it (``Deputy Lakeport mayor Ann Lee``: the place modifies the office)."""
    if not _two_or_three_names(ent) or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    modifies = ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.i >= ent.end
    return before.is_title and before.lower_ in TITLES and not modifies


def title_before_untagged(ctx, earlier) -> list:
    """``Foreign Minister [Odval Enkhjargal] met ...`` where the model tags no entity: two or three title-case
    proper nouns right after an office's title in title case, and no title-case word after them, are a
    person (as :func:`title_before_place` reads one the model tags as a place); a title-case headline runs
    on past three words (``Foreign Minister Meets Envoys In Capital``) or ends its line and is no name, nor
    is an office's title with a role noun in it (``Deputy Relief Coordinator``), a name after a title with an
    article (``The Chief Harbour Master``, ``the President Cup Final``: news writes a titled name bare) or
    one that ends in a place's word (``Pope Ivo Square``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Foreign Minister Odval Enkhjargal met the envoys on Monday.")
    >>> [c.span.text for c in title_before_untagged(as_context(doc, "a.txt", []), [])]
    ['Odval Enkhjargal']
    """
    doc, out = ctx.doc, []
    for i in range(1, len(doc)):
        end = i
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].is_title and not doc[end].ent_type_ and doc[end].lower_ not in TITLES:
            end += 1
        if end == i or end == len(doc) or (doc[end].is_title and doc[end].is_alpha) or doc[end].is_space:
            continue  # a title-case headline, also one that ends its line
        span = doc[i:end]
        if not _titled(span):
            continue  # two or three words right after a title, modifying no noun after them (as for a place)
        start = i - 1
        while start > 0 and doc[start - 1].is_title:
            start -= 1
        if any(t.pos_ == "DET" for t in doc[start:i]) or doc[end - 1].lower_ in _PLACE_ENDINGS:
            continue  # ``The Chief Harbour Master``, ``the President Cup Final``, ``Pope Ivo Square``: no titled name
        if any(t.lower_ in _PERSON_NOUNS for t in span):
            continue  # ``Deputy Relief Coordinator``: an office's own words
        if _free(span, earlier) and not any(c.overlaps(span) for c in out):
            out.append(Candidate(span, "PERSON", "ner"))
    return out


def titled_name(ctx, earlier) -> list:
    """``Ann Lee, head of the port authority, declared ...`` where the model tags no entity: two or
    three title-case proper nouns followed by the title of an office in apposition are a person.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, head of the port authority, spoke. Tide Port, the ferry firm, spoke.")
    >>> [c.span.text for c in titled_name(as_context(doc, "a.txt", []), [])]
    ['Ann Lee']
    """
    out = []
    for tok in ctx.doc:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue
        start = tok.i
        while start > 0 and ctx.doc[start - 1].dep_ == "compound" and ctx.doc[start - 1].head.i == tok.i \
                and ctx.doc[start - 1].pos_ == "PROPN":
            start -= 1
        span = ctx.doc[start:tok.i + 1]
        if _role_after(span) and not any(c.overlaps(span) for c in [*earlier, *out]):  # the model's names first
            out.append(Candidate(span, "PERSON", "ner"))
    return out


def coded_name(ctx, earlier) -> list:
    """``[GPE XR21] seized the port``: a capitals-and-number name the model tags as a place
    is an organisation (an armed group, a coalition of states); places are not named so."""
    return [Candidate(e, "ORG", "ner") for e in doc_ents(ctx.doc)
            if e.label_ in ("GPE", "LOC", "NORP", "FAC") and CODED_NAME.fullmatch(_strip_span(e).text)
            and _free(e, earlier)]


def institution_building(ctx, earlier) -> list:
    """``[FAC St Anne's Hospital] said``: a building whose name makes it an institution."""
    return [Candidate(e, "ORG", "ner") for e in doc_ents(ctx.doc)
            if e.label_ == "FAC" and e[-1].lower_ in _INSTITUTION_ENDINGS and _free(e, earlier)]


#: Candidate finders, in order. Policy: registered aliases first, then acronyms defined in
#: brackets (which build on them); then the names the small model splits or misses, each
#: yielding where it says to names joined before it; the model's own entities last, kept
#: only where no joined name overlaps them.
CANDIDATES = Registry("candidates", [
    registry_alias, elided_alias, bracket_acronym,
    agency_before_place, org_before_of_place, split_at_and, possessive_office, bare_acronym, slash_acronym,
    named_grouping, conference_name, headed_organisation, member_plural,
    ner_person, ner_org, municipal_name, institution_building, coded_name, role_appositive_person, appositive_to_role,
    title_before_place, title_before_untagged, titled_name,
])

#: The finders that join or add organisation names to the model's entities.
JOINERS = ("agency_before_place", "org_before_of_place", "split_at_and", "possessive_office",
           "bare_acronym", "slash_acronym", "named_grouping", "conference_name", "headed_organisation")


def find_candidates(ctx) -> list:
    """Every candidate of the article, each marked with the rule that found it (registry order)."""
    found: list = []
    for qualified, rule in CANDIDATES.active():
        for cand in CANDIDATES.call(qualified, rule, ctx, found) or []:
            cand.rule = qualified
            found.append(cand)
    return found


def joined_entities(doc) -> list:
    """``doc.ents`` with the model's splits undone (see the joining rules above): the joined
    spans are ORG and replace the entities they overlap.
    """
    ctx = as_context(doc)
    ctx.memo[MEMO_KEY] = ActorState(registry=None)
    joined: list = []
    for rule in CANDIDATES.rules:
        if rule.__name__ in JOINERS:
            for cand in rule(ctx, joined):
                joined.append(cand)
    ents = list(doc_ents(doc))
    if not joined:
        return ents
    kept = [e for e in ents if not any(c.overlaps(e) for c in joined)]
    return sorted(kept + [c.span for c in joined], key=lambda e: e.start)
