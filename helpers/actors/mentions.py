"""Finding every actor mention of one article: candidates -> filters -> names -> types and countries.

:func:`find_mentions` runs the registries in this order:

1. ``candidates`` (:mod:`.candidates`): registered aliases, acronyms defined in
   brackets, names the model splits or misses, the model's own entities;
2. a discovered name that holds registered names swallows them when it is an
   organisation's longer name (``Centre for Ruritania Studies``), else yields to them;
   each discovered name is shaped (``shape``, :mod:`.names`);
3. ``filters`` (:mod:`.filters`) drop bylines, credits, addresses, works' titles, ...;
4. ``names`` resolve each discovered name to the article's full form; ``kinds`` and
   ``countries`` (:mod:`.countries`) give its type and country; ``resolved_filters`` drop
   lone words and places that never act;
5. ``recall`` finds later bare surnames of the people discovered.

Every row carries ``rule``: the candidate rule that found the name.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from collections import Counter, defaultdict

from ..doccache import doc_ents, doc_tokens
from .. import language
from ..context import ArticleContext, as_context
from ..rules import Registry
from .candidates import _named_after_place, find_candidates
from .countries import _after_state_office, _fill_countries, _stated_country, ground_tallies, kind_of
from .filters import FILTERS, RESOLVED_FILTERS, _acts, _inside, _skip_zones, dropped_by
from .words import DEMONYMS, _former_codes, bare_surname, demonym_at
from .names import _holder_office, _initials_forms, _longest_forms, resolve_name, shape_name
from .registry import TYPES, _registry, capitals, former_seats, world_actors
from .state import MEMO_KEY, ActorState, Candidate, state_of
from .words import _MOTION_VERBS, _PLACE_ENDINGS, _VISIT_VERBS, GROUPING_NOUNS, HONORIFICS, TITLES, conference_on


def _mention(ctx: ArticleContext, actor, type_, country, span, source, rule) -> dict:
    """One mention row: the span's text, offsets and sentence (the sentence as ``span.sent``)."""
    text = ctx.text
    start, end = span.start_char, span.end_char
    sent_start, sent_end = ctx.sent_bounds[max(0, bisect.bisect_right(ctx.sent_token_starts, span.start) - 1)]
    return {"article": ctx.name, "actor": actor, "type": type_, "country": country,
            "surface": text[start:end], "start": start, "end": end,
            "sentence": text[sent_start:sent_end], "sent_start": sent_start, "source": source,
            "rule": rule}


def find_mentions(doc, name: str | None = None, registry=None) -> list[dict]:
    """Every actor mention in a parsed article, as dicts with ``MENTION_COLUMNS``.

    Registered actors are found by alias (case-insensitive, see
    :func:`registry_matches`); unregistered PERSON and ORG entities are
    discovered and named by their longest form in the article.

    >>> from helpers import nlp                                   # doctest: +SKIP
    >>> doc = nlp.load_nlp(ruler_patterns())("Moscow said dorov would talk.")  # doctest: +SKIP
    >>> [m["actor"] for m in find_mentions(doc, "a.txt")]         # doctest: +SKIP
    ['Russia', 'Ivan Dorov']
    """
    ctx = as_context(doc, name)
    state = ctx.memo[MEMO_KEY] = ActorState(registry=_registry(registry, ctx.story))
    state.zones = _skip_zones(ctx)
    state.lower_words = {t.lower_ for t in doc_tokens(ctx.doc) if t.is_alpha and t.text.islower()}
    cands = find_candidates(ctx)
    defined = [c for c in cands if c.origin == "defined"]
    defined_toks = {i for c in defined for i in range(c.start, c.end)}
    state.matches = [c for c in cands if c.origin == "registry"
                     and not any(i in defined_toks for i in range(c.start, c.end))]
    state.registered_toks = {i for m in state.matches for i in range(m.start, m.end)}
    ents = _discovered(ctx, cands, defined_toks)
    mentions = [_mention(ctx, m.actor, m.type, m.country, m.span, "registry", m.rule)
                for m in state.matches if not dropped_by(FILTERS, ctx, m)]
    mentions += _resolved_mentions(ctx, [c for c in ents if not dropped_by(FILTERS, ctx, c)])
    mentions += _defined_mentions(ctx, defined)
    for qualified, rule in RECALL.active():
        mentions += RECALL.call(qualified, rule, ctx, mentions) or []
    places: list[dict] = []
    for qualified, rule in PLACES.active():
        kept = PLACES.call(qualified, rule, ctx, mentions)
        if kept is not None and rule is state_only_as_place:
            places = [m for m in mentions if m not in kept]
        mentions = mentions if kept is None else kept
    state.place_counts = ground_tallies(ctx.doc, places)
    _fill_countries(ctx, mentions)
    unique = {(m["start"], m["end"], m["actor"]): m for m in mentions}
    return [unique[k] for k in sorted(unique)]


def _discovered(ctx, cands, defined_toks) -> list:
    """The discovered names (the model's entities and the joined ones, by position), shaped;
    each either swallows the registered names inside it or is dropped for them."""
    state = state_of(ctx)
    ner = sorted((c for c in cands if c.origin == "ner"), key=lambda c: c.start)
    joined = [c for c in cands if c.origin == "joined"]
    out = []
    for cand in sorted(ner + joined, key=lambda c: c.start):
        if any(i in defined_toks for i in range(cand.start, cand.end)):
            continue
        span, label = shape_name(ctx, cand.span, cand.label)
        if not len(span):
            continue
        inner = [m for m in state.matches if m.start < span.end and span.start < m.end]
        if inner:
            if not _swallows(ctx, span, label, inner):
                continue
            state.matches = [m for m in state.matches if m not in inner]
            state.registered_toks -= {i for m in inner for i in range(m.start, m.end)}
        out.append(Candidate(span, label, cand.origin, rule=cand.rule))
    return out


def _swallows(ctx, span, label: str, inner: list) -> bool:
    """Does a discovered organisation's name take over the registered names inside it?

    ``the Centre for Ruritania Studies``: yes (three words or more, covering them, not
    starting with one, none a person); ``Rail Ruritania``: yes (named after a state); ``the
    Lakeport format``: yes (a format of talks named after its place, :data:`GROUPING_NOUNS`), as does
    a conference named for the place it is about, opening on its venue (``the Lakeport Conference on
    Norland``, :func:`conference_on`).
    """
    state = state_of(ctx)
    by = state.registry.by_name
    triples = [(m.actor, m.start, m.end) for m in inner]
    covers_all = all(span.start <= m.start and m.end <= span.end for m in inner)
    grouping = span[-1].lower_ in GROUPING_NOUNS or conference_on(span)  # named after its place: may start with it
    starts_free = span.start not in state.registered_toks or _holder_office(span) or grouping
    return (label == "ORG" and covers_all and starts_free
            and (len(span) >= 3 or _named_after_place(span, triples, by) or grouping)
            and all(by[m.actor].type != "person" for m in inner)
            and not any(m.start == span.start and m.end == span.end for m in inner))


def _resolve(ctx, found: list) -> list:
    """Each found name resolved to its full name and type: (candidate with ``actor``, kind)."""
    state = state_of(ctx)
    state.forms = _longest_forms([(c.label, c.span.text) for c in found])
    state.initials = _initials_forms(state.forms)
    persons = {c.span.text for c in found if c.label == "PERSON" and len(c.span) > 1}
    # a one-word name the model tags a person's right after a state's office or an honorific (``Chief
    # Minister Lund``, ``Mr Lund``) is a person's, wherever else it tags the same word an organisation
    titled = {c.span.text for c in found if c.label == "PERSON" and _titled_word(c.span)}
    state.person_names = persons | titled | {resolve_name(ctx, "PERSON", n) for n in persons}
    orgs = {resolve_name(ctx, "ORG", c.span.text) for c in found if c.label == "ORG"}
    state.org_words = {n for n in orgs if len(n.split()) == 1} - titled
    state.full_labels = {n: lab for (lab, n) in state.forms if resolve_name(ctx, lab, n) == n}
    out = []
    for c in found:
        actor = resolve_name(ctx, c.label, c.span.text)
        out.append(Candidate(c.span, kind_of(ctx, c.label, actor), c.origin, actor=actor, rule=c.rule))
    return out


#: Entity labels of a place or a people: a name before an office (``Lakeland Governor Lund``) is its state's.
_PLACE_LABELS = ("GPE", "NORP")


def _titled_word(span) -> bool:
    """Whether the one-word name ``span`` is written right after a state's office or an honorific
    (:func:`_after_state_title`, :func:`_after_honorific`)."""
    return len(span) == 1 and (_after_state_title(span) or _after_honorific(span))


def _after_state_title(span) -> bool:
    """Whether a name is written right after a state's office as a title (``US President Lund``,
    ``Prime Minister Lund``), capitalised and not an office of a firm or a club (``company president
    Lund``, ``Club President Lund``: a common noun before it).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("US President Lund spoke. The company president Lund spoke. Club President Lund spoke. "
    ...                      "Prime Minister Lund spoke.")
    >>> [_after_state_title(doc[i:i + 1]) for i in (2, 8, 13, 18)]
    [True, False, False, True]

    A place the model leaves untagged before the office is still one where it tags it elsewhere
    (:func:`_places_named`).
    """
    if not _after_state_office(span) or not span.doc[span.start - 1].is_title:
        return False
    i = span.start - 1
    while i > 0 and span.doc[i - 1].is_title and span.doc[i - 1].lower_ in TITLES:
        i -= 1  # the office's own words (``Prime Minister``, ``Foreign Minister``)
    before = span.doc[i - 1] if i > 0 else None
    return before is None or not (before.pos_ == "NOUN" or (before.is_title and before.pos_ == "PROPN"
                                                            and before.ent_type_ not in _PLACE_LABELS
                                                            and before.text not in _places_named(span.doc)))


def _places_named(doc) -> frozenset:
    """The one-word places and peoples the model tags anywhere in ``doc``: a word it leaves untagged
    before an office (``Lakeland Chief Minister Lund``) is still the place it tags elsewhere."""
    return frozenset(e.text for e in doc_ents(doc) if e.label_ in _PLACE_LABELS and len(e) == 1)


#: Titles of a peer written before a surname alone (``Lord Lund``), as an honorific is (``Mr Lund``).
_PEER_TITLES = language.words("peer_titles")
#: Honorifics written before a first name (``Sir Ann``, ``Dame Ann``, ``Father Ann``), not a surname.
_FIRST_NAME_HONORIFICS = language.words("first_name_honorifics")


def _after_honorific(span) -> bool:
    """Whether a one-word name is written right after an honorific (``Mr Lund``, ``Dr. Lund``) or a
    peer's title (``Lord Lund``) in title case: a person's surname, as British style names people.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Mr Lund spoke. Lord Lund spoke. The Lord Lund spoke. Sir Ann spoke.")
    >>> [_after_honorific(doc[i:i + 1]) for i in (1, 5, 10, 14)]
    [True, True, False, False]
    """
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    word = before.lower_.rstrip(".")
    if span.start > 1 and span.doc[span.start - 2].lower_ == "the":
        return False  # ``the Lord Ann``: a title of worship or of a book, no one's surname after it
    return before.text[:1].isupper() and ((word in HONORIFICS and word not in _FIRST_NAME_HONORIFICS)
                                          or word in _PEER_TITLES)


def _resolved_mentions(ctx, found: list) -> list[dict]:
    """Rows of the discovered names that pass the ``resolved_filters``, with the country the
    text states most often for each name."""
    state = state_of(ctx)
    resolved = _resolve(ctx, found)
    # a lone word never introduced by a longer name is kept only when it acts in the text, or
    # when it is a surname written after a state's office (``US President Lund``) or after an
    # honorific or a peer's title (``Mr Lund``, ``Lord Lund``)
    state.words_ok = {c.actor for c in resolved if len(c.actor.split()) == 1 and (
        (c.label == "ORG" and _acts(c.span)) or (c.label == "PERSON" and _titled_word(c.span)))}
    acting = {c.actor for c in resolved if _acts(c.span)}
    state.places = {c.actor for c in resolved if c.label == "ORG"
                    and c.actor.split()[-1].lower() in _PLACE_ENDINGS and c.actor not in acting}
    countries: dict[str, Counter] = defaultdict(Counter)
    for c in resolved:
        countries[c.actor][_stated_country(ctx, c.span)] += 1
    rows = []
    for c in resolved:
        if dropped_by(RESOLVED_FILTERS, ctx, c):
            continue
        stated = [k for k, _ in sorted(countries[c.actor].items(), key=lambda kv: (-kv[1], kv[0])) if k]
        rows.append(_mention(ctx, c.actor, TYPES[c.label], stated[0] if stated else "", c.span,
                             "discovered", c.rule))
    return rows


def _defined_mentions(ctx, defined: list) -> list[dict]:
    """Rows of the names defined with a bracketed acronym and of the acronym's uses."""
    by = state_of(ctx).registry.by_name
    return [_mention(ctx, c.actor, c.type, c.country or _stated_country(ctx, c.span), c.span,
                     "registry" if by.get(c.actor) else "discovered", c.rule)
            for c in defined if not dropped_by(FILTERS, ctx, c)]


def later_surname(ctx, mentions: list[dict]) -> list[dict]:
    """``Ann Okafor said ... Okafor, a Ruritanian engineer, added``: a discovered person's bare
    surname the model left untagged (never inside a byline, never over another name)."""
    doc, state = ctx.doc, state_of(ctx)
    people = {}
    for m in mentions:
        if m["source"] == "discovered" and m["type"] == "person" and len(m["actor"].split()) >= 2:
            people.setdefault(m["actor"].split()[-1], m)
    for m in list(people.values()):  # ``Noor`` for ``Ali al-Noor``, unless another person is a Noor
        people.setdefault(bare_surname(m["actor"].split()[-1]), m)
    if not people:
        return []
    taken = {i for m in mentions for i in range(m["start"], m["end"])}
    taken |= {i for c in state.matches for t in c.span for i in range(t.idx, t.idx + len(t))}
    out = []
    for tok in doc_tokens(doc):
        m = people.get(tok.text)
        if m is None or tok.idx in taken or _inside(tok.idx, tok.idx + len(tok), state.zones["names"]):
            continue
        out.append(_mention(ctx, m["actor"], m["type"], m["country"], doc[tok.i:tok.i + 1],
                            "discovered", RECALL.qualified(later_surname)))
    return out


#: Finders that run once the mentions are known (they look for more of the names found).
RECALL = Registry("recall", [later_surname])


_PLACE_PREPS = language.words("place_prepositions")
_PEOPLE = language.words("source_nouns") | language.words("group_nouns") | language.words("spokes_nouns")


def _place_use(ctx, m: dict) -> bool:
    """Is the mention written as a location: the object of ``in``/``at``/... or of a verb of
    visiting or travelling (``visited Ruritania``, ``flew to Ruritania``)?"""
    span = ctx.doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if "\n" in ctx.text[min(head.idx, m["start"]):max(head.idx, m["start"])]:
        return False  # a parse across a paragraph break
    if root.dep_ == "pobj" and head.lower_ in _PLACE_PREPS:
        return head.head.lower_ not in _PEOPLE  # ``officials in Ruritania`` speak for it

    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _MOTION_VERBS:
        return True
    return root.dep_ == "dobj" and head.lemma_.lower() in _VISIT_VERBS


def state_only_as_place(ctx, mentions: list[dict]) -> list[dict] | None:
    """``Envoys met in Ruritania and later flew to Borduria``: a state the article writes only
    as a location is a place, not an actor (its mentions go); one mention as an actor keeps all."""
    places: dict[str, bool] = {}
    for m in mentions:
        if m.get("type") == "state":
            places[m["actor"]] = places.get(m["actor"], True) and _place_use(ctx, m)
    gone = {a for a, only in places.items() if only}
    return [m for m in mentions if m["actor"] not in gone] if gone else None


#: How often an article must name a former state (by name or demonym) for its old capital to stand for it.
FORMER_STATE_NAMINGS = 2


def former_state_seat(ctx, mentions: list[dict]) -> list[dict] | None:
    """``The Soviet Union offered to pull out ... Moscow said``: in an article that names a state that no
    longer exists (a world row marked ``Former state``) at least :data:`FORMER_STATE_NAMINGS` times, by its
    name or its demonym (``Soviet troops``), and never names the state whose capital was its seat, by its
    own name or demonym (``Russia``, ``Russian``), that capital stands for the former state (a 1988 report's
    ``Moscow`` is the Soviet Union). A modern report that recalls the former state once (``thirty years
    after the Soviet Union collapsed``) keeps the capital today's.

    >>> from types import SimpleNamespace
    >>> from helpers import nlp
    >>> rows = [dict(actor="Soviet Union", type="state", country="SUN", surface="Soviet Union", start=4, end=16),
    ...         dict(actor="Russia", type="state", country="RUS", surface="Moscow", start=41, end=47)]
    >>> ctx = SimpleNamespace(doc=nlp.bare_nlp()("The Soviet Union and Soviet troops left. Moscow said so."))
    >>> [m["country"] for m in former_state_seat(ctx, rows)]
    ['SUN', 'SUN']
    >>> ctx = SimpleNamespace(doc=nlp.bare_nlp()("The Soviet Union fell again in 1991 and Moscow said so."))
    >>> former_state_seat(ctx, rows) is None
    True
    """
    seats = {seat.lower() for seat in former_seats()}
    named = Counter(m["actor"] for m in mentions)
    if not any(named[former] for former in former_seats().values()) and not _former_demonym_in(ctx.doc.text.lower()):
        return None  # no former state named, by name or demonym: nothing to read (and no token to count)
    spans = [(m["start"], m["end"]) for m in mentions]
    said = Counter(demonym_at(t)[0] for t in ctx.doc
                   if t.is_alpha and not any(a <= t.idx < b for a, b in spans))  # ``Soviet`` outside ``Soviet Union``
    swap = {}
    for seat, former in former_seats().items():
        today = capitals().get(seat)
        row = _registry_row(ctx, former)
        if today is None or row is None or named[former] + said[row.country] < FORMER_STATE_NAMINGS:
            continue
        today_row = _registry_row(ctx, today)
        if said[getattr(today_row, "country", "")] or any(
                m["actor"] == today and m["surface"].strip().lower() not in seats for m in mentions):
            continue  # today's state is named by its own name or demonym: its capital is its own
        swap[(today, seat.lower())] = row
    if not swap:
        return None
    out = []
    for m in mentions:
        row = swap.get((m["actor"], m["surface"].strip().lower()))
        out.append(m if row is None else {**m, "actor": row.canonical, "type": row.type, "country": row.country,
                                            "rule": "places.former_state_seat"})
    return out


@lru_cache(maxsize=1)
def _former_demonyms() -> tuple[str, ...]:
    """The demonyms of the world list's states that no longer exist (``soviet``, ``yugoslav``)."""
    return tuple(d for d, code in DEMONYMS.items() if code in _former_codes())


def _former_demonym_in(text: str) -> bool:
    """Whether the lower-cased ``text`` holds a former state's demonym anywhere (a cheap first look)."""
    return any(d in text for d in _former_demonyms())


def _registry_row(ctx, name: str):
    """The article's registry row for ``name`` (a story's own row first), else the world list's, else None."""
    state = ctx.memo.get(MEMO_KEY) if hasattr(ctx, "memo") else None
    return (state.registry.by_name.get(name) if state is not None else None) or world_actors().by_name.get(name)


#: Rules over all of an actor's mentions once they are known (they drop an actor's mentions, or read a
#: capital as the former state it was the seat of).
PLACES = Registry("places", [state_only_as_place, former_state_seat])
