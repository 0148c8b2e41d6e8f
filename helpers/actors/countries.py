"""Types and countries of discovered actors: what the article says about each name.

A registered actor's type and country come from the registry; a discovered
name's type is decided by how the article writes all its forms (``kinds``) and
its country by the demonyms the text attaches to it (``countries``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from ..doccache import doc_ents, doc_tokens
from ..rules import Registry
from .filters import in_dateline, lede_end
from .names import _sentence, doc_text
from .state import state_of
from .. import language
from .registry import canonical, is_capital
from .words import DEMONYMS, GROUPING_NOUNS, ORG_HEADS, TITLES, conference_on, demonym_at
from .words import _PLACE_WORDS as _DIVISION_NOUNS  # district, province: a demonym before one writes a place

#: Words naming a person's office or role (``minister``, ``envoy``, ``spokeswoman``, ``negotiator``).
_OFFICE_WORDS = TITLES | language.words("source_nouns") | language.words("spokes_nouns")
#: The offices of a state's government (``President``, ``Foreign Minister``).
_STATE_OFFICES = language.words("state_offices")

#: The last words of an armed group's name (``Liberation Front``) and the words that call a name
#: one when written next to it (``X rebels``, ``the rebel group X``).
_ARMED_HEADS = language.words("armed_group_heads")
_ARMED_NOUNS = language.words("armed_group_nouns")

_CLAUSE_END = {",", ".", ";", "—", "–"}
#: Parts of speech that, right after a name and its comma, open a clause or a phrase of the sentence,
#: not an apposition describing the name (``..., without naming``, ``..., as``, ``..., said``), unless
#: the verb is the name's own participle (``the Board, based in the Kenyan port``).
_NO_APPOSITION_OPENERS = {"ADP", "SCONJ", "VERB", "AUX", "CCONJ", "PART"}

#: Words that, right before a state, set it against the sentence's actor (``fighting Norway``), and
#: nouns of a dealing between two sides before ``with`` (``its war with Norway``).
_OPPONENT_WORDS = language.words("opponent_words")
_COUNTERPART_NOUNS = language.words("counterpart_nouns")
#: Verbs of demanding: the party they address is the actor's other side (``insists that Norway must ...``).
_DEMAND_VERBS = language.words("condition_demand_verbs")
#: Markers of a conditional clause: its subject is asked to act (``unless Norway withdraws``).
_CONDITION_MARKERS = language.words("condition_markers")
#: Inflected verbs of saying and the modals of obligation: ``said Norway must ...`` addresses Norway.
_SAYING = language.words("attribution_verbs")
_OBLIGATION = language.words("condition_obligation_modals")
#: Verbs of holding or being in a territory (``controls much of Norway``, ``based in Norway``).
_TERRITORY_VERBS = language.words("territory_verbs")
#: Words that write a state as where a group is based (``Norway-based``, ``headquartered in Norway``).
_BASE_WORDS = language.words("base_words")
#: Words of where a group's leaders live, not where it fights (``with its leadership based in Norway``).
_LEADERSHIP_WORDS = language.words("leadership_base_words")
#: Nouns of a state's own bodies (``the Government of ...``, ``the Ministry of ... of ...``).
STATE_BODY_NOUNS = language.words("state_body_nouns")

#: ``the government``, ``the cabinet``: with no state named, the article's own state's.
_HOME_GOVERNMENT = language.words("home_government_nouns")
#: ``International`` opening or closing a body's name (``Harbour Aid International``).
_INTERNATIONAL = language.words("international_name_words")
_INTERNATIONAL_FIRST = language.words("international_first_words")
_INTERNATIONAL_BODIES = language.words("international_body_nouns")
#: Kinds of mission sent from abroad (``the Lakeland Monitoring Mission``): a mission so named is international.
_MISSION_KINDS = language.words("international_mission_kinds")


# ---------------------------------------------------------------- types

def one_word_firm(ctx, label: str, name: str) -> str | None:
    """``Denso Corp`` tagged ORG once and ``Denso said`` tagged PERSON: a one-word name the
    article also writes as an organisation is one."""
    return "ORG" if len(name.split()) == 1 and name in state_of(ctx).org_words else None


def person_seen(ctx, label: str, name: str) -> str | None:
    """``Ann Lee`` tagged PERSON once: every mention resolved to that name is a person."""
    return "PERSON" if name in state_of(ctx).person_names else None


def full_form_label(ctx, label: str, name: str) -> str | None:
    """``Lee`` tagged ORG resolves to ``Ann Lee``: the label of the full name's own mentions."""
    return state_of(ctx).full_labels.get(name)


#: The type of a discovered name, first answer wins, else the model's label of the mention
#: itself (``[ORG Tidewater Freight]``). Policy: an organisation's one-word name beats a stray
#: PERSON tag; a person's name beats the labels of its parts.
KINDS = Registry("kinds", [one_word_firm, person_seen, full_form_label])


def kind_of(ctx, label: str, name: str) -> str:
    """The entity label (PERSON or ORG) of a discovered name (see :data:`KINDS`); the model's
    own ``label`` when no rule answers."""
    return KINDS.first(ctx, label, name)[1] or label


# ---------------------------------------------------------------- countries

def _is_person(span) -> bool:
    """Whether the model tags any of ``span`` as a person's name."""
    return any(e.label_ == "PERSON" and e.start < span.end and span.start < e.end for e in doc_ents(span.doc))


def _after_state_office(span) -> bool:
    """Whether the name is written right after an office of a state's government (``President``)."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _STATE_OFFICES


def said_with_obligation(verb) -> bool:
    """Whether ``verb`` heads a clause a verb of saying reports with a modal of obligation
    (``Ann Lee said [Norway must withdraw]``): a term laid on the clause's subject.

    >>> from helpers import nlp
    >>> d = nlp.bare_nlp()("Ann Lee said Norway must withdraw. Ann Lee said Norway will withdraw.")
    >>> said_with_obligation(d[5]), said_with_obligation(d[12])
    (True, False)
    """
    return verb.dep_ == "ccomp" and verb.head.lower_ in _SAYING and any(
        c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children)


#: Parts of speech that end the words a demonym before a name can describe: a demonym across
#: ``and``, a preposition, a verb or a hyphen qualifies something else (``Ruritanian and Front
#: negotiators``, ``Ruritanian strikes on the Front``, ``Ruritanian-backed Front``).
_NOT_DESCRIBING = {"CCONJ", "ADP", "VERB", "AUX", "PUNCT", "SCONJ", "PRON", "PART"}


def demonym_before(ctx, span) -> str | None:
    """``Ruritanian analyst Ann Lee``: a demonym in the four words before the name (nearest first),
    with only words describing the name between (not ``Ruritanian and Front negotiators``)."""
    doc = span.doc
    sent = _sentence(span)
    for tok in reversed(doc[max(sent.start, span.start - 4):span.start]):
        if demonym_at(tok, sent.start)[0]:
            return demonym_at(tok, sent.start)[0]
        if tok.i == span.start - 1 and tok.text == "," and _apposed(span, doc[max(sent.start, span.start - 4):tok.i]):
            continue  # ``a veteran of Ruritanian diplomacy, Ann Lee``: a description set before the name
        if tok.pos_ in _NOT_DESCRIBING:
            return None
    return None


def _apposed(span, words) -> bool:
    """Whether ``span`` (a name) and one of ``words`` before it stand in apposition."""
    inside = range(span.start, span.end)
    return any((t.dep_ == "appos" and t.head.i in inside) or (span.root.dep_ == "appos" and span.root.head.i == t.i)
               for t in words)


def demonym_after(ctx, span) -> str | None:
    """``Ann Lee, a Ruritanian engineer,``: a demonym in the apposition after the name (of two in a
    row, the second: ``Ann Lee, an Albanian Macedonian engineer,`` is North Macedonia's); not one past
    the verb the name hangs on (``spokesman for the Board, on Monday rejected Ruritanian criticism``)."""
    doc = span.doc
    sent = _sentence(span)
    if not (span.end < sent.end and doc[span.end].text == ","):
        return None
    opener = doc[span.end + 1] if span.end + 1 < sent.end else None
    if opener is not None and opener.pos_ in _NO_APPOSITION_OPENERS and not (opener.dep_ == "acl" and opener.head.i in range(span.start, span.end)):
        return None  # ``freed by the Kestrels, without naming the Ruritanian captives``: a clause, no apposition
    above = {a.i for a in span.root.ancestors}  # ``Ann Lee, spokesman for the Board, said ...``: the
    for tok in doc[span.end + 1:min(sent.end, span.end + 9)]:  # clause the name hangs in is no apposition
        if tok.text in _CLAUSE_END or tok.i in above:
            break
        code = demonym_at(tok, span.end + 1)[0]
        if code:
            if tok.i + 1 < sent.end and demonym_at(doc[tok.i + 1], span.end + 1)[0]:
                continue
            return None if _opens_clause(tok) else code
    return None


def body_of_name(ctx, span) -> str | None:
    """``the Ruritanian government of President Ann Lee``: a name after ``of`` and its office words,
    hanging on a state's own government or army written with a demonym, belongs to that state
    (the one :func:`demonym_bodies` gives the body: of two demonyms, the nearer).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They met the Norwegian government of Prime Minister Ann Lee.")
    >>> body_of_name(None, doc[8:10]), body_of_name(None, doc[2:4])
    ('NOR', None)
    """
    doc, sent = span.doc, _sentence(span)
    i = span.start - 1
    while i > sent.start and doc[i].lower_ != "of" and _title_words(doc[i:i + 1]):
        i -= 1  # ``President``, ``Prime Minister``
    if i <= sent.start or doc[i].lower_ != "of":
        return None
    body = doc[i - 1]
    return next((code for start, code in demonym_bodies(doc) if start == body.idx), None)


def _opens_clause(tok) -> bool:
    """Whether ``tok`` describes the subject of a clause of its own, not the name before the comma
    (``According to Ann Lee, the Ruritanian side refused``)."""
    head = tok.head if tok.dep_ in ("amod", "compound", "nmod") else tok
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX")


#: Heads of a description that names an organisation again by its side (``the Chilean armed group``).
_EPITHET_HEADS = language.words("epithet_heads")


def _demonym_of_description(head) -> str | None:
    """The country of ``the <demonym> ... <head>`` (``the Chilean armed group`` -> CHL), else None."""
    words = [t for t in head.subtree if t.i < head.i]
    if len(words) < 2 or words[0].lower_ != "the":
        return None
    for size in (2, 1):
        found = DEMONYMS.get(" ".join(t.lower_ for t in words[1:1 + size]))
        if found:
            return found
    return None


def epithet_after(ctx, span) -> str | None:
    """``Talks with the Harbour Front stalled, with the Chilean armed group saying it wanted a
    truce`` / ``The Harbour Front rejected the offer. The Chilean movement said ...``: the
    organisation named again, later in its sentence or as the next sentence's subject, by a
    description with a demonym (``the <demonym> ... group``, :data:`_EPITHET_HEADS`) takes its
    country, when no other organisation is named between (an object, ``met the Chilean group``,
    is another group). Not for a person's name."""
    doc = span.doc
    if _is_person(span):
        return None
    sent = _sentence(span)
    tokens = list(doc[span.end:sent.end])
    if sent.end < len(doc):
        tokens += list(doc[sent.end].sent)
    for tok in tokens:
        if tok.ent_type_ == "ORG":
            return None  # another organisation named first: the description may be its
        if tok.lower_ in _EPITHET_HEADS and tok.dep_ in ("nsubj", "nsubjpass"):
            found = _demonym_of_description(tok)
            if found:
                return found
    return None


def _registered_places(ctx) -> list:
    """The article's registered states and international bodies (the registry's matches)."""
    return [m for m in state_of(ctx).matches
            if m.type == "state" or (m.type == "organization" and m.country == "INT")]


#: Hyphens that join a compound title (``Secretary-General``, ``Director-General``).
_TITLE_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _title_words(tokens) -> bool:
    """Only office words between a state and a name: ``'s``, a title (``envoy``), a capitalised word,
    ``of`` inside a title (``Secretary of State``) or a hyphen inside one (``Secretary-General``).

    ``Ruritania's Special Envoy Ann Lee``, ``Ruritania's envoy, Ann Lee``: yes; ``Ruritania, Ann Lee``: no;
    nor ``Ruritania's envoy Karl Vos, Ann Lee``: before a comma, the last word must be an office word
    (else it ends another's name).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("asked about the plan of US envoy Karl Vos, Ann Lee said no")
    >>> _title_words(doc[6:10]), _title_words(doc[6:7])
    (False, True)
    >>> doc = nlp.bare_nlp()("France's Minister of Foreign Affairs, Ann Lee, said no")
    >>> _title_words(doc[1:7])
    True
    """
    toks = list(tokens)
    if toks and toks[0].lower_ in {"'s", "’s"}:
        toks = toks[1:]
    if len(toks) > 1 and toks[-1].text == ",":  # ``Ruritania's foreign minister, Ann Lee``
        toks = toks[:-1]
        if _name_after_office(toks):
            return False  # ``Ruritania's envoy Karl Vos, Ann Lee``: a name ends before the comma
    inside = range(1, len(toks) - 1)  # ``of`` and a hyphen only inside a title (``Secretary-General``)
    return all((t.is_alpha and (t.lower_ in _OFFICE_WORDS or t.is_title or (t.lower_ == "of" and i in inside)))
               or (t.text in _TITLE_HYPHENS and i in inside and not t.whitespace_ and not toks[i - 1].whitespace_)
               for i, t in enumerate(toks))


def _name_after_office(toks) -> bool:
    """Whether the words before an apposition's comma end in a person's name: a PERSON entity, or
    capitalised words that are no office words right after the last office word, with no ``of``
    between (``envoy Karl Vos``; not ``Minister of Foreign Affairs``, ``Secretary of State``)."""
    if toks[-1].ent_type_ == "PERSON":
        return True
    offices = [i for i, t in enumerate(toks) if t.lower_ in _OFFICE_WORDS]
    if not offices or any(t.lower_ == "of" for t in toks[offices[0]:]):
        return False  # ``Minister of Foreign Affairs``: the title runs on to the comma
    tail = toks[offices[-1] + 1:]
    return bool(tail) and all(t.is_title and t.lower_ not in _OFFICE_WORDS for t in tail)


def state_before(ctx, span) -> str | None:
    """``Ruritania's foreign minister Ann Lee``, ``UN envoy Ann Lee``: a registered state (or
    international body) right before the name, with only office words between (nearest first)."""
    near = [m for m in _registered_places(ctx) if m.end <= span.start and span.start - m.end <= 5]
    if not near:
        return None
    sent = _sentence(span)
    for m in sorted(near, key=lambda m: -m.end):
        if sent.start <= m.start and (_title_words(span.doc[m.end:span.start]) or _office_of_state_apposed(span.doc, m, span)):
            return m.country or None
    return None


def _office_of_state_apposed(doc, m, span) -> bool:
    """``The President of Ruritania, Ann Lee, said``: an office word (no preposition's object: ``after
    talks with the President of Ruritania, Ann Lee said``) and ``of`` right before the state ``m``, a
    comma alone between the state and the name, and a comma after the name.

    >>> from types import SimpleNamespace as M
    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The President of France, Ann Lee, said no. The trip to France, Ann Lee said, was long.")
    >>> _office_of_state_apposed(doc, M(start=3, end=4), doc[5:7]), _office_of_state_apposed(doc, M(start=14, end=15), doc[16:18])
    (True, False)
    """
    between = doc[m.end:span.start]
    office = doc[m.start - 2] if m.start >= 2 else None
    return len(between) == 1 and between[0].text == "," and office is not None \
        and doc[m.start - 1].lower_ == "of" and office.lower_ in _OFFICE_WORDS and office.dep_ != "pobj" \
        and span.end < len(doc) and doc[span.end].text == ","  # ``..., Ann Lee, said``: an apposition


#: Prepositions that write a state as where one is or goes, not whose one is (``the observer in Norland``,
#: ``the ambassador to Norland``).
_WHERE_PREPOSITIONS = frozenset({"in", "at", "to"})


def _placed_at(doc, m) -> bool:
    """Whether the registered state ``m`` is the object of a preposition of where one is or goes
    (:data:`_WHERE_PREPOSITIONS`, a determiner between), not a possessor (``adviser to Norland's
    president``)."""
    i = m.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    possessive = m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s")
    return i >= 0 and doc[i].lower_ in _WHERE_PREPOSITIONS and not possessive


def state_after(ctx, span) -> str | None:
    """``Ann Lee, Ruritania's foreign minister,`` / ``Ann Lee, the president of Ruritania,``: a
    registered state in an apposition after the name that holds an office word; not one written
    as where the person is or goes (``Ann Lee, who is in Ruritania as an observer,``, ``Ann Lee,
    the envoy to Ruritania,``: :data:`_WHERE_PREPOSITIONS`)."""
    doc = span.doc
    sent = _sentence(span)
    if not (span.end < sent.end and doc[span.end].text == ","):
        return None
    end = span.end + 1
    while end < min(sent.end, span.end + 10) and doc[end].text not in _CLAUSE_END:
        end += 1
    if not any(t.lower_ in _OFFICE_WORDS for t in doc[span.end + 1:end]):
        return None
    inside = [m for m in _registered_places(ctx) if span.end < m.start and m.end <= end and not _placed_at(doc, m)]
    return inside[0].country or None if inside else None


def _based(doc, m) -> bool:
    """Whether the registered state ``m`` is written as where something is based: ``Norway-based``,
    ``based in Norway``."""
    after = doc[m.end:m.end + 2]
    if len(after) == 2 and after[0].text in {"-", "‐"} and after[1].lower_ in _BASE_WORDS:
        return True
    return m.start > 1 and doc[m.start - 1].lower_ == "in" and doc[m.start - 2].lower_ in _BASE_WORDS


def _leaders_based(doc, m) -> bool:
    """Whether what is ``based in`` the state ``m`` is a group's leadership (``with its leadership based
    in Norway``, ``its leadership, long based in Norway``): the word before ``based``, past a form of ``be``,
    an adverb or a comma."""
    if m.start < 3 or doc[m.start - 1].lower_ != "in":
        return False  # ``Norway-based``: no leadership before it
    i = m.start - 3
    while i >= 0 and (doc[i].lemma_.lower() == "be" or doc[i].pos_ == "ADV" or doc[i].text == ","):
        i -= 1
    return i >= 0 and doc[i].lower_ in _LEADERSHIP_WORDS


def based_in_state(ctx, span) -> str | None:
    """``the Norway-based Front``, ``the Front, a Norway-based militia,``, ``the Front, based in
    Norway,``: a state written as where the name is based, in the four words before it or in the
    apposition after it (a group based in one state may fight another); not where its leaders live
    (``the Front, with its leadership based in Norway,``: ``leadership_base_words``)."""
    doc = span.doc
    sent = _sentence(span)
    if not any(w in sent.text.lower() for w in _BASE_WORDS):
        return None  # neither ``X-based`` nor ``based in X`` (a test of the text, before the tokens)
    end = span.end + 1 if span.end < sent.end and doc[span.end].text == "," else span.end
    while end < min(sent.end, span.end + 10) and doc[end].text not in _CLAUSE_END:
        end += 1
    for m in _registered_places(ctx):
        if m.type != "state" or not m.country or not _based(doc, m):
            continue
        if span.end < m.start < end and _leaders_based(doc, m):
            continue  # ``the Front, with its leadership based in Norway,``: where its leaders live
        if max(sent.start, span.start - 4) <= m.start and m.end <= span.start or span.end < m.start < end:
            return m.country
    return None


def titled_in_one_state_sentence(ctx, span) -> str | None:
    """``President Ann Lee said Ruritania would wait``: a name written after a state office
    (``state_offices``: a party or group ``leader`` is not one) whose sentence names exactly one
    state, which is also the state the article names most, takes that state's country. A state written
    as the title of another's office (``Prime Minister Ann Lee and Ruritania President Bo Ek``,
    :func:`_opens_others_office`) is that other's, and not counted."""
    if not _after_state_office(span):
        return None
    sent = _sentence(span)
    codes = {m.country for m in _acting_states(ctx) if sent.start <= m.start and m.end <= sent.end
             and not _opens_others_office(span, m)}
    dominant = _dominant_state(ctx)
    return dominant if codes == {dominant} else None


def _opens_others_office(span, m) -> bool:
    """Whether the state ``m`` is written right before the title of a state's office (``state_offices``)
    that is not the name ``span``'s own (``... and Ruritania President Bo Ek``, ``a banquet the Ruritania
    President gave for Prime Minister Ann Lee``): it names the state of the one who holds that
    office; a ministry or an office of state (``the Ruritania Foreign Office``) is the state's own.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Prime Minister Ann Lee and Spain President Bo Ek met. Spain President Bo Ek spoke.")
    >>> class M: pass
    >>> other, own = M(), M()
    >>> other.start, other.end, own.start, own.end = 5, 6, 11, 12
    >>> _opens_others_office(doc[2:4], other), _opens_others_office(doc[13:15], own)
    (True, False)
    >>> doc = nlp.bare_nlp()("President Ann Lee said the Spain Foreign Office had protested.")
    >>> other.start, other.end = 5, 6
    >>> _opens_others_office(doc[1:3], other)
    False
    """
    doc, j = span.doc, m.end
    while j < len(doc) and doc[j].is_title and doc[j].lower_ in TITLES:
        j += 1
    if j == m.end or j == span.start or doc[j - 1].lower_ not in _STATE_OFFICES:
        return False  # not ``the Spain Foreign Office``
    after = doc[j] if j < len(doc) else None  # ``the Spain President's Cup``: a thing named after the office
    return after is None or not (after.lower_ in ("'s", "’s") or (after.pos_ == "PROPN" and after.ent_type_ != "PERSON"))


#: Nouns of a holder of the same office on the other side (``her Norwegian counterpart``).
_PEER_NOUNS = language.words("peer_nouns")


def counterpart_of_other_state(ctx, span) -> str | None:
    """``Foreign Minister Ann Lee and her Norwegian counterpart Bo Ek agreed ...``: a name whose own
    ``counterpart`` (its possessive pronoun's) is written with a demonym (or ``from Norway``) is of the other side: when
    the article names exactly one state besides that demonym's, that one. The name is the
    subject whose verb takes the counterpart (``Ann Lee met her Norwegian counterpart``) or is joined
    to it by ``and``; a third state in the article, a counterpart of someone else (``Ann Lee
    praised Bo Ek and his Norwegian counterpart``), counterparts of two states, or a name described
    by an office of no state (``Rebel commander Ann Lee``, ``Ann Lee, who heads the Union's
    mission,``) says nothing.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee met her Norwegian counterpart Bo Ek.")
    >>> [t.text for t in _own_counterparts(doc[0:2])]
    ['counterpart']
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start > span.sent.start else None
    if (before is not None and before.pos_ in ("NOUN", "PROPN") and before.lower_ not in _STATE_OFFICES) \
            or any(c.dep_ in ("relcl", "appos", "acl") for c in span.root.children):
        return None  # ``Rebel commander Ann Lee``, ``Ann Lee, who heads the Union's mission,``: an office of no state
    codes = set()
    for peer in _own_counterparts(span):
        words = [t for t in peer.children if t.dep_ in ("amod", "compound", "nmod") and demonym_at(t, span.sent.start)[0]]
        if any(t.conjuncts for t in words):
            return None  # ``her Norwegian and Danish counterparts``: more than one other side
        codes.update(demonym_at(t, span.sent.start)[0] for t in words)
        origins = [g for c in peer.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
                   if g.dep_ == "pobj" and not g.conjuncts]  # ``from Norway and Denmark``: two sides
        codes.update(m.country for m in _acting_states(ctx) for g in origins if m.start <= g.i < m.end)  # ``from Norway``
    if len(codes) != 1:
        return None
    others = {m.country for m in _acting_states(ctx)} - codes - {"INT"}
    return next(iter(others)) if len(others) == 1 else None


def _own_counterparts(span) -> list:
    """The peer nouns (``peer_nouns``) of ``span``'s sentence that are its own: with a possessive
    pronoun, and joined to the name by ``and`` or taken by the verb whose subject the name is:
    directly, through a preposition (``met with``), through the noun the verb takes (``held talks
    with``) or as the agent of a passive (``was welcomed by``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee held talks with her Danish counterpart. Bo Ek was welcomed by his Danish counterpart.")
    >>> [t.i for t in _own_counterparts(doc[0:2])], [t.i for t in _own_counterparts(doc[9:11])]
    ([7], [16])
    """
    root = span.root
    out = []
    for tok in span.sent:
        if tok.lower_ not in _PEER_NOUNS or tok.i < span.end or not any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            continue
        if tok in root.conjuncts:
            out.append(tok)
            continue
        if tok.dep_ not in ("dobj", "pobj"):
            continue
        head = tok.head.head if tok.dep_ == "pobj" else tok.head
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and head.dep_ == "dobj" and head.pos_ == "NOUN" \
                and not any(c.dep_ == "poss" for c in head.children):
            head = head.head  # ``held talks with her counterpart``; not ``welcomed Bo Park's talks with his ...``
        subjects = ("nsubj", "nsubjpass") if tok.head.dep_ == "agent" else ("nsubj",)
        if any(c.dep_ in subjects and c.i == root.i for c in head.children):
            out.append(tok)
    return out


def _acting_states(ctx) -> list:
    """The registered places of ``ctx`` that name a state: not a capital that only names talks or a
    document after where they were held or signed (``the Oslo accord``, ``the Oslo talks``:
    ``talks_venue_heads``); ``talks in Oslo`` still counts here."""
    doc = ctx.doc
    return [m for m in _registered_places(ctx) if m.type == "state" and m.country
            and not _venue_name(doc[m.start:m.end])]


def _venue_name(span) -> bool:
    """Whether the capital ``span`` is written before a noun of talks or of a signed text it names
    (``the Oslo accord``; ``the Norway accord`` is about Norway).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Oslo accord held. The Norway accord held. The Oslo-Stockholm accord held.")
    >>> _venue_name(doc[1:2]), _venue_name(doc[6:7]), _venue_name(doc[11:12])
    (True, False, False)
    """
    tok = span.root
    return tok.dep_ == "compound" and tok.i < tok.head.i and tok.head.lower_ in _VENUE_HEADS \
        and is_capital(span.text) and not _hyphen_joined(span)


def _hyphen_joined(span) -> bool:
    """Whether ``span`` is joined by a hyphen to a name before or after it (``the Lisbon-Madrid
    accord`` names its two parties, not a venue)."""
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].text in ("-", "\u2013")) or \
        (span.end < len(doc) and doc[span.end].text in ("-", "\u2013"))


def speaker_for_state_subject(ctx, span) -> str | None:
    """``Norway is ready to sign a truce if Sweden frees the detainees, Foreign Minister Ann Lee
    said``: a name written after a state office (``state_offices``) that says a clause whose
    subject is a state (or makes it clear: :func:`_made_clear`) speaks for that state (the wire's
    lede: the state's position, then its minister). ``..., analyst Ann Lee said`` names no office of
    a state.

    A state named only inside the clause (``Sweden`` above) is the addressee, not the subject."""
    if not _after_state_office(span):
        return None
    root = span.root
    if root.dep_ != "nsubj" or not (root.head.lower_ in _SAYING or _made_clear(root.head)):
        return None
    said = [c for c in root.head.children if c.dep_ == "ccomp"]
    said += [c for clear in said if clear.lower_ == "clear" for c in clear.children  # ``made it clear that ...``
             if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    subjects = [c for clause in said for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subj in subjects:
        found = next((m.country for m in _registered_places(ctx)
                      if m.type == "state" and m.country and m.start <= subj.i < m.end), None)
        if found:
            return found
    return None


def _made_clear(verb) -> bool:
    """Whether ``verb`` is ``made`` (``makes``, ``make``) with ``it clear`` after it: a way of saying
    (``Ann Lee made it clear that Norway will wait``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee made it clear that Norway will wait. Ann Lee made a cake.")
    >>> _made_clear(doc[2]), _made_clear(doc[12])
    (True, False)
    """
    return verb.lemma_.lower() == "make" and any(c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.lower_ == "clear"
                                                 for c in verb.children)


def _dominant_state(ctx) -> str | None:
    """The country of the state the article names most often, when one state leads."""
    return _leader(Counter(m.country for m in _acting_states(ctx)))


def _leader(counts: Counter) -> str | None:
    """The most counted key when no other is counted as often, else None.

    >>> _leader(Counter("AAB")), _leader(Counter("AB")), _leader(Counter())
    ('A', None, None)
    """
    top = counts.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


#: Words of talking and of talks' rounds: a state written as where they meet is their venue.
_MEETING_WORDS = language.words("condition_talk_words") | language.words("condition_talk_nouns")
#: Verbs of brokering: a state that is their agent hosts or mediates (``talks hosted by Norway``).
_BROKER_VERBS = language.words("condition_broker_verbs")


def host_place(doc, start: int, end: int) -> bool:
    """Whether the state mention at ``start:end`` names only where talks are held or who holds them:
    the object of ``in`` or ``at`` on a word of talking (``talks in Oslo``, ``met in Oslo``, ``the
    round at Oslo``) or the agent of a verb of brokering or backing
    (``condition_broker_verbs``: ``hosted by Norway``, ``backed by Norway``), or a state written
    in a third party's part (:func:`third_party`: ``Norway, which hosts the talks``) or before the
    talks it names the venue of by its capital (``the Oslo talks``: ``talks_venue_heads``; ``the
    Norway talks`` are about Norway) or before a text signed there (``the Oslo accord``; not ``the
    Oslo-Stockholm accord``, whose names are its parties): a third party. ``fighting in Norway``
    names the war's ground, and counts.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Talks in Oslo failed. Fighting in Norway went on. Talks were hosted by Sweden. "
    ...                      "The talks held in Bergen, Norway, ended. The Oslo talks ended. The Norway talks ended.")
    >>> [host_place(doc, s, e) for s, e in ((9, 13), (34, 40), (71, 77), (105, 111), (123, 127), (144, 150))]
    [True, False, True, True, True, False]
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if third_party(tok) or _venue_name(span):
        return True  # ``Norway, which hosts the talks``, ``the Oslo talks``, ``the Oslo accord`` (``the Norway talks``: their topic)
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head  # ``in Bergen, Norway``: the city's state
    if tok.dep_ != "pobj":
        return False
    prep, owner = tok.head, tok.head.head
    if owner.dep_ == "acl" and owner.pos_ == "VERB" and _meeting(owner.head):
        owner = owner.head  # ``the talks held in Oslo``
    return (prep.lower_ in ("in", "at") and _meeting(owner)) or brokered_by(tok)


#: Verbs and nouns of a third party's part in talks (``hosts``, ``mediator``): ``third_party_roles``.
_THIRD_PARTY = language.words("third_party_roles")
#: Nouns a venue is written before (``the Oslo talks``): ``talks_venue_heads``.
_VENUE_HEADS = language.words("talks_venue_heads")


def third_party(tok) -> bool:
    """Whether the state at ``tok`` is written in a third party's part (``third_party_roles``): the
    subject of an active verb of hosting or mediating whose object, if any, is the talks or a
    deal (``Norway hosts the talks``, ``Norway has mediated since 2001``; not ``hosts two million
    refugees``), a name a relative clause of such a verb follows (``Norway, which for years has hosted the
    process``), one described as a mediator (``Norway, the mediator``, ``Norway is acting as
    facilitator``; a host only as the talks' host), or the owner of a mediation (``Norway's mediation``,
    ``U.S. mediation``). The verb of hosting or mediating may be the infinitive of the subject's verb
    (``Norway has agreed to mediate the talks``, ``Norway offered to host them``; not ``refused to``
    or ``declined to``, ``declining_part_verbs``, nor a verb that asks another to: ``asked Norway to mediate``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norway, which hosts the talks, is acting as facilitator. Norway wants a truce.")
    >>> third_party(doc[0]), third_party(doc[12])
    (True, False)
    >>> doc = nlp.bare_nlp()("They will meet on the border between southern Finland, which is hosting the "
    ...                      "talks, and Osteria, where the rebels are based.")
    >>> [c.dep_ for c in doc[8].children], third_party(doc[8]), third_party(doc[17])
    (['compound', 'punct'], True, False)
    """
    def talks_object(verb) -> bool:
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        return all(o.lemma_.lower() in _MEETING_WORDS | _TALKS_OBJECTS for o in objects)

    def role(t) -> bool:
        if not (t.lemma_.lower() in _THIRD_PARTY or t.lower_ in _THIRD_PARTY):
            return False
        if t.pos_ == "VERB":
            return talks_object(t)
        if t.lemma_.lower() == "host":  # ``the host of the talks``, not ``the host of the games``
            return any(g.lemma_.lower() in _MEETING_WORDS | _TALKS_OBJECTS
                       for c in t.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")
        return True

    head = tok.head
    if tok.dep_ in ("poss", "compound") and role(head) and head.pos_ == "NOUN":
        return True  # ``Norway's mediation``, ``U.S. mediation``
    if tok.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.i != tok.i:
        if role(head) and head.pos_ == "VERB":
            return True
        if not any(c.dep_ in ("neg", "dobj") for c in head.children) and head.lemma_.lower() not in _DECLINING \
                and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and role(c) for c in head.children):
            return True  # ``Norway has agreed to mediate the talks``, ``Norway offered to host them``
        if any(role(c) for c in head.children if c.dep_ in ("attr", "oprd")) or any(
                c.dep_ == "prep" and c.lower_ == "as" and any(role(o) for o in c.children if o.dep_ == "pobj")
                for c in head.children):
            return True  # ``Norway is the mediator``, ``Norway is acting as facilitator``
    if any((c.dep_ == "relcl" and role(c) and c.pos_ == "VERB") or (c.dep_ == "appos" and role(c))
           for c in tok.children):
        return True
    doc = tok.doc  # ``between Norway, which is hosting the talks, and ...``: a relative clause the parser hangs elsewhere
    after = doc[tok.i + 1:tok.i + 3]
    return len(after) == 2 and after[0].text == "," and after[1].lower_ in ("which", "that") \
        and after[1].dep_ == "nsubj" and role(after[1].head) and after[1].head.pos_ == "VERB"


#: Verbs by which a state turns down or gives up a part (``refused to host the talks``): it plays none.
_DECLINING = language.words("declining_part_verbs")
#: What a third party hosts or brokers besides the talks' own words: a process, a deal, a truce.
_TALKS_OBJECTS = language.words("third_party_objects")


def brokered_by(tok) -> bool:
    """Whether ``tok`` is the agent of a verb of brokering or backing (``condition_broker_verbs``):
    ``talks hosted by Norway``, ``a plan mediated by Norway``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Talks hosted by Norway began. Talks began in Norway.")
    >>> brokered_by(doc[3]), brokered_by(doc[9])
    (True, False)
    """
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "by" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in _BROKER_VERBS


def _meeting(tok) -> bool:
    """Whether ``tok`` is a word of talking or of the talks' rounds (:data:`_MEETING_WORDS`)."""
    return tok.lemma_.lower() in _MEETING_WORDS or tok.lower_ in _MEETING_WORDS


def ground_tallies(doc, places: list[dict]) -> Counter:
    """How often the states an article writes only as places are written as where someone holds or
    operates (:func:`holds`: ``the towns it holds in northern Norway``, ``operates in Norway``; or after
    a noun of holding, ``an enclave under its control in Norway``), by country code; a state written
    as where leaders live in exile, where arms are bought or what fighters crossed into is no one's
    ground. ``places``: the state mentions (mention-like dicts) ``mentions.state_only_as_place`` dropped.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Front holds three towns in Norway. Its leaders live in Sweden.")
    >>> m = [dict(type="state", country="NOR", start=31, end=37), dict(type="state", country="SWE", start=62, end=68)]
    >>> dict(ground_tallies(doc, m))
    {'NOR': 1}
    """
    counts = Counter()
    for m in places:
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if m.get("type") == "state" and m.get("country") and span is not None \
                and (holds(doc, span.start) or _territory_word_near(doc[span.start], 5, 0, ("NOUN",))):
            counts[m["country"]] += 1
    return counts


def demonym_places(doc) -> Counter:
    """How often a demonym names a state as the ground of a division of land someone holds (``the
    Uruguayan districts it controls``, ``holds a Chilean province``: a verb of :func:`holds` within
    five words), by country code; a demonym before any other noun (``Uruguayan mediators``) or
    before land no one is written as holding (``crossed into Chilean territory``) is not counted.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Front holds the Chilean districts. Peruvian envoys met. They crossed into Bolivian territory.")
    >>> dict(demonym_places(doc))
    {'CHL': 1}
    """
    return Counter(code for t in doc_tokens(doc) if t.dep_ in ("amod", "compound")
                   and t.head.lemma_.lower() in _DIVISION_NOUNS and _territory_word_near(t.head, 5, 5, ("VERB", "AUX"))
                   and (code := demonym_at(t)[0]))


def _territory_word_near(tok, back: int, ahead: int, pos: tuple) -> bool:
    """Whether a word of holding or operating (``territory_verbs``) with a part of speech in ``pos``
    stands up to ``back`` words before ``tok`` or ``ahead`` words after it, in its sentence (``an
    enclave under its control in Norway``: the noun; ``the districts it controls``: the verb)."""
    sent = tok.sent
    return any(t.lemma_.lower() in _TERRITORY_VERBS and t.pos_ in pos and t.i != tok.i
               for t in tok.doc[max(sent.start, tok.i - back):min(sent.end, tok.i + ahead + 1)])


def _home_state(ctx) -> str | None:
    """The state the article is about (:func:`lead_of`; asked before the counts exist, None).
    A report from a third country names its own state often in the body, the conflict's in the lede.
    A story that names no state as an actor has as its ground the state it writes most as where
    someone holds or operates (:func:`ground_tallies`: ``the towns it holds in northern Norway``), or,
    writing none so, the state whose demonym it writes most before a division of land someone holds
    (:func:`demonym_places`)."""
    state = state_of(ctx)
    if state.state_counts:
        return lead_of(Counter(state.lede_counts), Counter(state.filed_counts), Counter(state.state_counts))
    return lead_of(Counter(state.lede_counts), Counter(state.filed_counts), Counter()) \
        or _leader(Counter(state.place_counts) or demonym_places(ctx.doc))


def state_tallies(doc, mentions: list[dict]) -> tuple[Counter, Counter, Counter]:
    """How often the state mentions (mention-like dicts) name each state, by country code: in the
    headline and first paragraph, on the lede's dateline and byline lines (:func:`in_dateline`:
    where the story is filed from, which a third country's outlet writes as its own city), and in
    the whole text but its datelines. A state written only as the talks' venue or host
    (:func:`host_place`) is not counted; a government or army its demonym names is
    (:func:`demonym_bodies`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norway votes\\nBy Ann Lee | Oslo\\nNorway and Sweden met.")
    >>> m = [dict(type="state", country=c, start=s, end=e) for c, s, e in
    ...      (("NOR", 0, 6), ("NOR", 26, 30), ("NOR", 31, 37), ("SWE", 42, 48))]
    >>> [dict(c) for c in state_tallies(doc, m)]
    [{'NOR': 2, 'SWE': 1}, {'NOR': 1}, {'NOR': 2, 'SWE': 1}]
    """
    text, end = doc_text(doc), None
    lede, filed, whole = Counter(), Counter(), Counter()
    for m in mentions:
        if m.get("type") != "state" or not m.get("country") or host_place(doc, m["start"], m["end"]):
            continue
        end = lede_end(text) if end is None else end
        if in_dateline(text, m["start"], m["end"]):
            filed[m["country"]] += m["start"] < end
            continue
        whole[m["country"]] += 1
        lede[m["country"]] += m["start"] < end
    for start, code in demonym_bodies(doc):  # ``the Ruritanian government``: that state too
        end = lede_end(text) if end is None else end
        whole[code] += 1
        lede[code] += start < end
    return +lede, +filed, whole


#: Nouns of a state's own government or forces (``home_government_nouns``, ``home_force_nouns``).
_HOME_BODIES = language.words("home_government_nouns") | language.words("home_force_nouns")
_BODIES_KEY = "demonym_bodies"


def demonym_bodies(doc) -> list[tuple[int, str]]:
    """(offset, country) of each government or army a demonym names (``the Ruritanian
    government``, ``the Ruritanian army``; of two demonyms the nearer), computed once per Doc:
    what a text says of a state's own bodies tells which state it is about, as the state's name
    does (``Norwegian facilitator Ann Lee`` names no body of Norway's; a government written in a
    third party's part, ``the Norwegian government, which hosts the talks``, is no such body).

    >>> from helpers import nlp
    >>> demonym_bodies(nlp.bare_nlp()("The Norwegian government met a Danish envoy."))
    [(14, 'NOR')]
    """
    found = doc.user_data.get(_BODIES_KEY)
    if found is None:
        found = doc.user_data[_BODIES_KEY] = [
            (tok.idx, code) for tok in doc if tok.lemma_.lower() in _HOME_BODIES and not third_party(tok)
            for code in [next((DEMONYMS[c.lower_] for c in sorted(tok.children, key=lambda c: -c.i)
                               if c.dep_ in ("amod", "compound") and c.i < tok.i and c.lower_ in DEMONYMS), None)]
            if code]
    return found


def lead_of(lede: Counter, filed: Counter, whole: Counter, tie=lambda counts: None) -> str | None:
    """The state an article is about, from its :func:`state_tallies`: the one its headline and first
    paragraph name most, else, when they name no state, the one its dateline and byline lines name
    most (a state agency's story filed from its own city), else the one the whole text names most, when one leads;
    where states tie (in the lede, then in the whole text) ``tie(counts)`` may pick one.

    >>> lead_of(Counter(NOR=1), Counter(SWE=1), Counter()), lead_of(Counter(), Counter(SWE=1), Counter(NOR=2))
    ('NOR', 'SWE')
    """
    return _leader(lede) or (_leader(filed) if not lede else None) or tie(lede) or _leader(whole) or tie(whole)


def opposes(doc, i: int) -> bool:
    """Whether the words right before token ``i`` (a state's name) make that state the other side
    of the sentence's actor: ``a militia fighting Norway``, ``the Front's war against Norway``,
    ``any agreement with Norway``. A possessive state (``fighting Norway's army``) is left alone: a
    rebel group fights its own state's army.

    >>> from helpers import nlp
    >>> d = nlp.bare_nlp()("The Front has fought Norway and wants a deal with Sweden.")
    >>> opposes(d, 4), opposes(d, 10), opposes(d, 1)
    (True, True, False)
    >>> d = nlp.bare_nlp()("The Front wants a cease-fire with Sweden.")
    >>> opposes(d, 6)
    True
    """
    if i + 1 < len(doc) and doc[i + 1].lower_ in {"'s", "’s"}:
        return False
    before = doc[i - 1].lower_ if i else ""
    if before in _OPPONENT_WORDS:
        return True
    return before == "with" and i > 1 and doc[i - 2].lower_ in _COUNTERPART_NOUNS


def opens_on_condition(verb) -> bool:
    """Whether ``verb`` heads an adverbial clause opened by a condition marker (``if``, ``unless``,
    ``until``, ``once``: ``condition_markers``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland would sign if Osteria left. Norland signed after Osteria left.")
    >>> opens_on_condition(doc[5]), opens_on_condition(doc[11])
    (True, False)
    """
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKERS for c in verb.children)


def addressed(doc, i: int) -> bool:
    """Whether token ``i`` (a state's name) is the party a demand is addressed to: the subject of
    the clause a verb of demanding governs (``insists that Norway must withdraw``, ``demands that
    Norway pay``) or a verb of saying with an obligation (``said Norway must withdraw``), or the
    object of a verb of demanding before what it is asked to do (``urged Norway to withdraw``), or the
    subject of a conditional clause (``will not disarm unless Norway withdraws``).

    >>> from helpers import nlp
    >>> d = nlp.bare_nlp()("The Front insists that Norway must withdraw and met Sweden.")
    >>> addressed(d, 4), addressed(d, 10)
    (True, False)
    >>> d = nlp.bare_nlp()("The Front will not disarm unless Norway withdraws its army. Sweden said it would help.")
    >>> addressed(d, 6), addressed(d, 11)
    (True, False)
    """
    tok = doc[i]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and opens_on_condition(verb):
        return True  # ``will not disarm unless Norway withdraws``: the one the condition asks to act
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return verb.dep_ == "ccomp" and (verb.head.lemma_.lower() in _DEMAND_VERBS or said_with_obligation(verb))
    return tok.dep_ == "dobj" and verb.lemma_.lower() in _DEMAND_VERBS and any(c.dep_ == "xcomp" for c in verb.children)


def holds(doc, i: int) -> bool:
    """Whether token ``i`` (a state's name) is written as where the sentence's actor is: after a
    verb of holding or being in a territory within four words (``which controls much of southern
    Norway``, ``operates in Norway``, ``based in Norway``) or before ``-based`` (``Norway-based``).

    >>> from helpers import nlp
    >>> d = nlp.bare_nlp()("The Front, which controls much of Norway, met envoys from Sweden.")
    >>> holds(d, 7), holds(d, 12)
    (True, False)
    """
    if i + 2 < len(doc) and doc[i + 1].text in {"-", "‐"} and doc[i + 2].lower_ in _BASE_WORDS:
        return True
    return _territory_word_near(doc[i], 5, 0, ("VERB", "AUX"))


#: Verbs of concluding a document with another party (``signed a deal with``).
CONCLUDING_VERBS = language.words("condition_concluding_verbs")
#: Nouns of a deal or of talks between two parties (``deal``, ``accord``, ``talks``): a war is none.
_DEALING_NOUNS = language.words("condition_deal_nouns") | language.words("condition_talk_nouns")
#: Nouns of a written document (``deal``, ``accord``, ``memorandum``).
_DOCUMENTS = language.words("condition_documents")
#: Determiners of something yet to exist (``any deal``, ``no deal``).
_NO_DEAL = language.words("any_determiners")


def phrase_head(tok):
    """The noun a compound or an adjective hangs on (``Front rebels`` -> ``rebels``, ``punitive
    measures`` -> ``measures``), else ``tok`` (None stays None). Shared with the conditions module."""
    while tok is not None and tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def concluded_document(noun) -> bool:
    """Whether ``noun`` is a document (:data:`_DOCUMENTS`), not one yet to exist (``any deal``, ``no deal``)."""
    return noun.lemma_.lower() in _DOCUMENTS and not any(d.dep_ == "det" and d.lower_ in _NO_DEAL for d in noun.children)


#: Nouns of support after ``with`` (``with Sweden's backing``): whose it is is no party to the deal.
SUPPORT_NOUNS = language.words("support_nouns")


def deal_partners(subject) -> list:
    """The tokens of the parties the subject ``subject`` concluded a document with (a verb of
    :data:`CONCLUDING_VERBS` whose object is a document, :data:`_DOCUMENTS`, or in a relative clause
    on the document): ``Norway signed a deal with Sweden``, ``the deal Norway signed with Sweden`` ->
    [Sweden]; not a noun of support (``with Sweden's backing``: :data:`SUPPORT_NOUNS`). Not a verb
    said not to happen, nor a deal yet to exist (``will never sign any deal with``); discussing or
    sharing a plan with someone makes them no party.
    Shared by :func:`paired` and the signatories of :func:`helpers.conditions.conjunct_holders`.

    >>> from helpers import nlp
    >>> pipe = nlp.bare_nlp()
    >>> [t.text for t in deal_partners(pipe("Norway signed a deal with Sweden on Monday.")[0])]
    ['Sweden']
    >>> deal_partners(pipe("Norway will never sign any deal with Sweden.")[0])
    []
    >>> [t.text for t in deal_partners(pipe("They hailed the deal Norway signed with Sweden and Finland.")[4])]
    ['Sweden', 'Finland']
    >>> deal_partners(pipe("Norway signed a deal with Sweden's backing.")[0])
    []
    >>> [t.text for t in deal_partners(pipe("Norway signed a deal with Sweden's government.")[0])]
    ['government']
    """
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in CONCLUDING_VERBS \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    documents = [c for c in verb.children if c.dep_ == "dobj" and concluded_document(c)]
    if verb.dep_ in ("relcl", "acl") and concluded_document(verb.head):
        documents.append(verb.head)  # ``the deal Norway signed with Sweden``: the clause is on the document
    if not documents:
        return []
    return [p for t in (verb, *documents) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() not in SUPPORT_NOUNS
            for p in (o, *o.conjuncts)]  # ``with Sweden and Finland``; not ``with Sweden's backing``


def paired(doc, i: int, group: set[int]) -> bool:
    """Whether token ``i`` (a state's name) and the group written at token indices ``group`` are
    the two parties of a deal or talks in their sentence (a deal's or talks' noun,
    :data:`_DEALING_NOUNS`, in it; a war is not a deal): joined by ``and`` (``the talks between
    Norway and the Front``, ``Norway and the Front signed a deal``), or the group is what the
    state concluded a deal with (:func:`deal_partners`: ``Norway signed a deal with Front rebels``).

    >>> from helpers import nlp
    >>> pipe = nlp.bare_nlp()
    >>> paired(pipe("Norway signed a deal with Front rebels."), 0, {5})
    True
    >>> paired(pipe("Sweden and the Front met at a festival."), 0, {3})
    False
    >>> paired(pipe("Sweden and the Front have been at war for years."), 0, {3})
    False
    """
    tok = doc[i]
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    if not any(t.lemma_.lower() in _DEALING_NOUNS for t in tok.sent):
        return False
    heads = {phrase_head(doc[g]) for g in group}  # ``Front rebels``: the rebels
    partners = {phrase_head(t).i for t in deal_partners(tok)}
    return any(head in tok.conjuncts or head.i in partners for head in heads)


def _group_tokens(doc, sent, written) -> set[int]:
    """The token indices where ``written`` (a name's pattern) matches in sentence ``sent``."""
    found = set()
    for hit in written.finditer(sent.text):
        span = doc.char_span(sent.start_char + hit.start(), sent.start_char + hit.end(), alignment_mode="expand")
        found |= {t.i for t in span} if span is not None else set()
    return found


def _sides_in_sentences(ctx, name: str, test) -> frozenset:
    """The registered states for which ``test(doc, token, group)`` holds, in the sentences that
    write ``name`` (``group``: the token indices where the sentence writes it)."""
    found, written = set(), re.compile(rf"\b{re.escape(name)}\b")  # ``Front`` is not in ``Frontier``
    for m in _registered_places(ctx):
        sent = ctx.doc[m.start].sent
        if m.type == "state" and m.country and written.search(sent.text) \
                and test(ctx.doc, m.start, _group_tokens(ctx.doc, sent, written)):
            found.add(m.country)
    return frozenset(found)


def _of_state(test):
    """A test of a state's token alone (:func:`opposes`, :func:`addressed`, :func:`holds`) as one
    :func:`_sides_in_sentences` can call with the group's tokens too."""
    return lambda doc, i, group: test(doc, i)


def _own_state(ctx, name: str) -> str | None:
    """The state the article is about, for the group ``name``; when a sentence of the group sets
    that state against it (:func:`opposes`, :func:`paired` as the other party of its deal or talks,
    or addresses a demand to it: :func:`addressed`) and writes one other state as the group's ground
    (:func:`holds`), that other state (a group fighting a neighbour from its own soil); when the
    state the article is about is the other party of the group's deal or talks and no ground is
    written, the other state whose government the text names (:func:`_government_elsewhere`)."""
    home = _home_state(ctx)
    if home is None:
        return None
    partners = _sides_in_sentences(ctx, name, paired)
    opposed = _sides_in_sentences(ctx, name, _of_state(opposes)) | _sides_in_sentences(ctx, name, _of_state(addressed)) \
        | partners
    held = _sides_in_sentences(ctx, name, _of_state(holds)) if home in opposed else frozenset()
    if home in partners and not held - {home}:
        return _government_elsewhere(ctx, name, opposed) or home
    return ground_state(home, opposed, held) or home


def _name_or_short(name: str):
    """A pattern for a group's name written whole or, for a name of several words, by its last word
    after ``the`` (``the Coastal Front`` ... ``the Front``), the short form news uses on second mention.

    >>> [bool(_name_or_short("Coastal Front").search(t)) for t in ("the Front met", "Frontier", "Front")]
    [True, False, False]
    """
    words = name.split()
    short = rf"|(?<=\bthe ){re.escape(words[-1])}\b" if len(words) > 1 else ""
    return re.compile(rf"\b{re.escape(name)}\b{short}")


def _government_elsewhere(ctx, name: str, opposed: frozenset) -> str | None:
    """The one state apart from ``opposed`` whose own government or army (:func:`demonym_bodies`:
    ``the Norwegian government``) the text writes as the group's other party, when one is written
    so most often: joined to the group by ``and`` (``talks between the Front and the Norwegian
    government``) or what the group deals ``with`` (``the Front will hold talks with the Norwegian
    army``). The ground of a group whose deal is with a foreign state (``Peru concluded an accord
    with the Front``); a government that only welcomes the deal or pays for the hall is no party.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Talks between the Front and the Norwegian government begin.")
    >>> _counterpart_body(doc[7], {3}), _counterpart_body(doc[7], {0})
    (True, False)
    """
    written = _name_or_short(name)
    codes = Counter()
    for start, code in demonym_bodies(ctx.doc):
        if code in opposed:
            continue
        span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not written.search(span.sent.text):
            continue
        if _counterpart_body(span[0], _group_tokens(ctx.doc, span.sent, written)):
            codes[code] += 1
    return _leader(codes)


def _counterpart_body(body, group: set[int]) -> bool:
    """Whether the body noun ``body`` (``government``, ``army``) is the other party of the group
    written at token indices ``group``: joined to it by ``and``, or the ``with`` object of a verb
    whose subject the group is or of a noun that verb takes."""
    doc = body.doc
    heads = {phrase_head(doc[g]) for g in group}
    if any(body in h.conjuncts for h in heads):
        return True
    words = [t for t in doc[max(body.sent.start, body.i - 4):body.i] if t.dep_ not in ("det", "amod", "compound")]
    if len(words) >= 2 and words[-1].lower_ == "and" and words[-2].i in group:
        return True  # ``between the Front and the Norwegian government``, however the parser hangs it
    prep = body.head
    if body.dep_ != "pobj" or prep.lower_ != "with":
        return False
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return any(c.dep_ == "nsubj" and phrase_head(c) in heads | {c} and c.i in group | {h.i for h in heads}
               for c in verb.children)


def ground_state(lead: str, opposed: frozenset, held: frozenset) -> str | None:
    """The one rule of "a group set against the leading state": ``lead`` unless the group's
    sentences set it against ``lead`` (``opposed``) and write one other state as its ground
    (``held``), then that state; None when the group is set against ``lead`` with no single
    ground (the caller decides). Shared by :func:`_own_state` (actors) and
    :func:`helpers.conditions.sides.home_state` (condition holders).

    >>> ground_state("NOR", frozenset({"NOR"}), frozenset({"SWE"})), ground_state("NOR", frozenset(), frozenset({"SWE"}))
    ('SWE', 'NOR')
    >>> print(ground_state("NOR", frozenset({"NOR"}), frozenset({"NOR", "SWE", "FIN"})))
    None
    """
    if lead not in opposed:
        return lead
    held = held - {lead}
    return next(iter(held)) if len(held) == 1 else None


def _armed_group(span) -> bool:
    """An organisation's name that ends in an armed group's word (``Northern Liberation Army``) or
    that a word next to it calls one (``X rebels``, ``the rebel group X``, ``the X militia``)."""
    doc = span.doc
    if _is_person(span):
        return False
    if len(span) > 1 and span[-1].lower_ in _ARMED_HEADS:
        return True
    # a word of the same phrase or an apposition: ``asked what angered the rebels, Ann Lee smiled``
    # is no rebel's name; ``The militia, Tidewater Guild, said`` is
    if any(t.lower_ in _ARMED_NOUNS for t in (span.root.head, *span.root.children)
           if "appos" in (t.dep_, span.root.dep_) and t.i not in range(span.start, span.end)):
        return True
    sent, toks = _sentence(span), doc_tokens(doc)
    before = toks[max(sent.start, span.start - 3):span.start]
    after = toks[span.end:min(sent.end, span.end + 2)]
    before = before[max((i + 1 for i, t in enumerate(before) if t.text in _PHRASE_BREAKS), default=0):]
    after = after[:next((i for i, t in enumerate(after) if t.text in _PHRASE_BREAKS), len(after))]
    return any(t.lower_ in _ARMED_NOUNS for t in before + after)


#: Marks that end a name's phrase (a comma, a semicolon, a dash), unlike quotes, brackets or hyphens.
_PHRASE_BREAKS = {",", ";", "—", "–", "--"}


def armed_group_home(ctx, span) -> str | None:
    """``the Northern Liberation Army said ...`` in an article about Ruritania: an armed group the
    text does not place otherwise takes the country of the state the article's mentions name most,
    when one state leads (armed groups are coded by the country they fight in). The counts are
    those :func:`_fill_countries` takes once every mention is known; asked earlier, it answers
    nothing. A state a sentence of the group sets against it (``the Front, which has fought
    Norway from Sweden-based camps``) is not its own when the group's sentences write one other
    state as its ground (:func:`_own_state`)."""
    return _own_state(ctx, span.text) if _armed_group(span) else None


def national_body(ctx, span) -> str | None:
    """``Ruritanian Foreign Office``, ``Ruritania Defense Force``: an organisation's name (its last
    word an organisation head) that opens with a demonym or a registered state."""
    if len(span) < 2 or span[-1].lower_ not in ORG_HEADS:
        return None
    first = span[0]
    if first.lower_ in DEMONYMS:
        return DEMONYMS[first.lower_]
    for m in _registered_places(ctx):
        if m.type == "state" and m.start == span.start and m.end < span.end:
            return m.country or None
    reg = state_of(ctx).registry
    for n in (3, 2, 1):
        actor = reg.by_name.get(canonical(span[:n].text, reg) or "") if n < len(span) else None
        if actor is not None and actor.type == "state":
            return actor.country or None
    return None


def body_of_state(ctx, span) -> str | None:
    """``the Government of Ruritania``, ``the Ministry of Coastal Affairs of Ruritania``: a state's
    body (its noun before the first ``of`` one of :data:`STATE_BODY_NOUNS`) whose name ends with
    ``of`` and a registered state belongs to that state (``the University of Ruritania``, ``Friends of
    Ruritania`` are no state's bodies; ``the Council of Europe`` names no state); so does an armed
    group or movement named for the state it fights in (its noun one of ``armed_group_heads``:
    ``the Liberation Front of Ruritania``)."""
    ofs = [k for k in range(1, len(span) - 1) if span[k].lower_ == "of"]
    if not ofs or _is_person(span) or (span[ofs[0] - 1].lower_ not in STATE_BODY_NOUNS
                                       and span[ofs[0] - 1].lower_ not in _ARMED_HEADS):
        return None
    reg = state_of(ctx).registry
    actor = reg.by_name.get(canonical(span[ofs[-1] + 1:].text, reg) or "")
    return actor.country or None if actor is not None and actor.type == "state" else None


def _government_title(tokens) -> bool:
    """``the government's chief negotiator``, ``government spokesman``: a government noun (after
    ``the``, before ``'s`` if written) and office words ending in one person's office (``the
    government's critics`` is no office)."""
    toks = list(tokens)
    if toks and toks[0].lower_ == "the":
        toks = toks[1:]
    if not toks or toks[0].lower_ not in _HOME_GOVERNMENT:
        return False
    rest = toks[2:] if len(toks) > 1 and toks[1].lower_ in {"'s", "’s"} else toks[1:]
    return bool(rest) and _title_words(rest) and rest[-1].lower_ in _OFFICE_WORDS and rest[-1].tag_ in {"NN", "NNP"}


def home_government_office(ctx, span) -> str | None:
    """``the government's chief negotiator, Ann Lee,`` / ``Ann Lee, government spokesman,``: a
    person given an office of "the government" with no state named holds it for the state the
    article's mentions name most, when one leads (asked before the counts exist, it answers nothing)."""
    doc = span.doc
    sent = _sentence(span)
    before = doc[max(sent.start, span.start - 8):span.start]
    if len(before) and before[-1].text == ",":
        before = before[:-1]
    found = any(_government_title(before[i:]) for i in range(len(before)))
    if not found and span.end < sent.end and doc[span.end].text == ",":
        end = span.end + 1
        while end < min(sent.end, span.end + 9) and doc[end].text not in _CLAUSE_END:
            end += 1
        found = _government_title(doc[span.end + 1:end])
    return _home_state(ctx) if found else None


def possessed_body(ctx, span) -> str | None:
    """``[ORG the Harbour League's Council of Ministers]``: a body named as the organ of a state or
    international body opening its name with a possessive belongs to that state or body."""
    first = 1 if len(span) and span[0].lower_ == "the" else 0
    reg = state_of(ctx).registry
    for n in (4, 3, 2, 1):
        if first + n + 1 < len(span) and span[first + n].lower_ in {"'s", "’s"}:
            actor = reg.by_name.get(canonical(span[first:first + n].text, reg) or "")
            if actor is not None and (actor.type == "state" or actor.country == "INT"):
                return actor.country or None
    return None


def international_name(ctx, span) -> str | None:
    """``Harbour Aid International``, ``the International Tide Watch``: an organisation whose name
    opens or closes with a word of working across borders is an international body (``INT``), as is
    one whose name opens with a continent's union (``international_first_words``) and ends in an
    institution's noun (``international_body_nouns``: ``the European Fisheries Office``), and a
    monitoring or observer mission named for the place it watches (``international_mission_kinds``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Lakeland Monitoring Mission met the Lakeland Trade Mission.")
    >>> international_name(None, doc[1:4]), international_name(None, doc[6:9])
    ('INT', None)
    """
    if len(span) < 2 or _is_person(span):
        return None
    first = 1 if span[0].lower_ == "the" else 0
    if span[-1].lower_ == "mission" and span[-2].lower_ in _MISSION_KINDS and span[first].lower_ not in DEMONYMS:
        return "INT"  # ``the Lakeland Monitoring Mission``: sent from abroad, whatever place it is named for
    if span[first].lower_ in _INTERNATIONAL_FIRST and span[-1].lower_ in _INTERNATIONAL_BODIES:
        return "INT"  # ``the European Fisheries Office``; not a party, ``European Harbour Solidarity``
    return "INT" if span[first].lower_ in _INTERNATIONAL or span[-1].lower_ in _INTERNATIONAL else None


def body_of_named_owner(ctx, span) -> str | None:
    """``the Security Council`` in an article that names the UN elsewhere (``U.N. officials``): a
    registered organisation's name written without its owner's (``UN Security Council``, whose
    owner ``UN`` the registry knows as another actor the article names) is that organisation, so it
    has that organisation's registered country (``INT`` for the UN's); with no owner named, or two
    such organisations, none. A state the text writes before it (``Marchia's Security Council``) is
    read first, by the state rules.

    >>> from helpers import actors
    >>> reg = actors.registry_from_records([
    ...     {"canonical": "Harbour League", "type": "organization", "country": "INT", "aliases": "HL"},
    ...     {"canonical": "HL Tide Board", "type": "organization", "country": "INT", "aliases": ""}])
    >>> _owned_body(reg, {"Harbour League"}, "Tide Board"), _owned_body(reg, set(), "Tide Board")
    ('HL Tide Board', None)
    """
    if len(span) < 2 or _is_person(span):
        return None
    state = state_of(ctx)
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2:
        return None
    named = {m.actor for m in state.matches}
    body = _owned_body(state.registry, named, " ".join(t.text for t in words))
    return state.registry.by_name[body].country or None if body else None


#: Words that open the name of a legislature's own body (``Congressional``, ``Senate``).
_LEGISLATURE_OPENERS = language.words("legislature_openers")
#: Words that name a legislature or one of its chambers (``Senate``, ``Parliament``, ``Assembly``).
_LEGISLATURE_WORDS = language.words("legislature_words")


def body_of_named_legislature(ctx, span) -> str | None:
    """``the Congressional Harbour Caucus`` / ``the Senate Harbour Committee`` in an article that
    names registered legislatures of one country only (``the Ruritanian Congress``): a body whose name
    opens with a legislature's word (``legislature_openers``) is a body of that legislature, so it has
    its country. Registered legislatures of two countries, or only international ones (``INT``), or
    none, place nothing; nor does a name with ``of`` (``the Parliamentary Assembly of the Compact``:
    the body of what follows), nor a name that is only the legislature's word.

    >>> from types import SimpleNamespace
    >>> reg = SimpleNamespace(by_name={"Ruritanian Congress": SimpleNamespace(
    ...     type="organization", country="RUR", aliases=("Congress",))})
    >>> _legislature_country(reg, {"Ruritanian Congress"}), _legislature_country(reg, set())
    ('RUR', None)
    """
    words = [t for t in span if t.lower_ != "the"]
    if len(words) < 2 or words[0].lower_ not in _LEGISLATURE_OPENERS or any(t.lower_ == "of" for t in words) \
            or _is_person(span):
        return None
    state = state_of(ctx)
    return _legislature_country(state.registry, {m.actor for m in state.matches})


def _legislature_country(reg, named: set[str]) -> str | None:
    """The one country of the registered legislatures among ``named`` (organisations with a
    legislature's word in a name or alias, not international), else None."""
    codes = set()
    for name in named:
        actor = reg.by_name.get(name)
        if actor is None or actor.type != "organization" or not actor.country or actor.country == "INT":
            continue
        if _names_legislature(name, *actor.aliases):
            codes.add(actor.country)
    return codes.pop() if len(codes) == 1 else None


def _names_legislature(*forms: str) -> bool:
    """Whether one of an actor's names has a legislature's word (``legislature_words``).

    >>> _names_legislature("Ruritanian Senate"), _names_legislature("Harbour Board", "the Board")
    (True, False)
    """
    return any(w.lower() in _LEGISLATURE_WORDS for form in forms for w in re.findall(r"[^\W\d_]+", form))


def _owned_body(reg, named: set[str], name: str) -> str | None:
    """The one registered organisation written ``<owner> <name>`` (canonical or alias) whose owner is
    one of the ``named`` actors, else None."""
    found = {body for body, owner in _owners_of(reg, name.lower()) if owner in named}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _owners_of(reg, name: str) -> tuple[tuple[str, str], ...]:
    """(organisation, owner) for each registered organisation written ``<owner> <name>``, the owner
    another registered actor (``UN Security Council``: ``Security Council`` owned by the UN)."""
    tail = " " + name
    found = set()
    for actor in reg.actors:
        if actor.type != "organization":
            continue
        for form in (actor.canonical, *actor.aliases):
            if form.lower().endswith(tail):
                owner = canonical(form[:-len(tail)].strip(), reg)
                if owner and owner != actor.canonical:
                    found.add((actor.canonical, owner))
    return tuple(sorted(found))


def grouping_name(ctx, span) -> str | None:
    """``the Lakeport format``, ``the Quartet``: a standing format of talks among several states
    (a name ending in a word of :data:`~helpers.actors.words.GROUPING_NOUNS`) is an international
    body (``INT``), whatever state it is named after or described with; a person's name is none."""
    if not len(span) or _is_person(span) or span[-1].lower_ not in GROUPING_NOUNS:
        return None
    named = span[-1].is_title or any(t.is_title for t in span[:-1] if t.lower_ != "the")
    return "INT" if named else None


def conference_on_place(ctx, span) -> str | None:
    """``the Lakeport Conference on Norland``: a conference named for the place it is about, after
    ``on`` (a name of its own, title case), gathers several states: an international body (``INT``),
    whatever city hosts it; a conference with no such place (``the Lakeport Conference``) is left
    to the other rules."""
    return "INT" if conference_on(span) and not _is_person(span) else None


#: Where the text states a discovered name's country, first answer wins: a grouping of states is
#: international whatever it is named after; then a demonym before the
#: name, then after it, then a state's own government the name heads (``the Ruritanian government of
#: President Ann Lee``), then a state named with the person's office before or after the name,
#: then a state written as where the name is based, then the one state of the sentence of a
#: titled name, then a state opening a body's name, last
#: the state the article is about for an armed group or a person holding an office of "the
#: government", and an international body for a name that says so.
COUNTRIES = Registry("countries", [grouping_name, conference_on_place, demonym_before, demonym_after, body_of_name, state_before, state_after, based_in_state, epithet_after,
                                   titled_in_one_state_sentence, speaker_for_state_subject,
                                   national_body, body_of_state,
                                   armed_group_home,
                                   possessed_body, counterpart_of_other_state, body_of_named_owner, body_of_named_legislature, home_government_office,
                                   international_name])


#: The country rules that only guess (the state the article is about): a person is not placed
#: through an organisation placed by one of them (the corpus may know the organisation's country).
GUESSES = ("armed_group_home", "home_government_office")


def _stated_country(ctx, span) -> str:
    """ISO code of a demonym the text attaches to a name, else ''."""
    return _stated(ctx, span)[0]


def _stated(ctx, span) -> tuple[str, bool]:
    """(ISO code of the country the text attaches to a name, else '', whether it is a guess)."""
    rule, code = COUNTRIES.first(ctx, span)
    return code or "", bool(code) and str(rule).endswith(GUESSES)


def _fill_countries(ctx, mentions: list[dict]) -> None:
    """Give every mention of a discovered actor the country the text states at any of them."""
    state = state_of(ctx)
    state.lede_counts, state.filed_counts, state.state_counts = state_tallies(ctx.doc, mentions)
    stated: dict[str, Counter] = defaultdict(Counter)
    guessed: dict[str, bool] = {}
    for m in sorted(mentions, key=lambda m: m["start"]):  # text order: a tie goes to the first stated
        if m["source"] != "discovered":
            continue
        span = ctx.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        code, guess = (m["country"], False) if m["country"] else (_stated(ctx, span) if span is not None else ("", False))
        if code:
            stated[m["actor"]][code] += 1
            guessed[m["actor"]] = guessed.get(m["actor"], True) and guess
    state_of(ctx).guessed = {a for a, g in guessed.items() if g}
    for m in mentions:
        if m["source"] == "discovered" and stated.get(m["actor"]):
            m["country"] = _most_stated(stated[m["actor"]])
    _fill_affiliations(ctx, mentions)


def _most_stated(counts: Counter) -> str:
    """The country stated most often; on a tie, the one counted first (``counts`` in text order: where
    the text introduces the actor).

    >>> _most_stated(Counter({"UKR": 1, "RUS": 1}))
    'UKR'
    >>> _most_stated(Counter({"UKR": 1, "RUS": 2}))
    'RUS'
    """
    order = list(counts)
    return min(counts, key=lambda code: (-counts[code], order.index(code)))


def organisation_before(ctx, span, mentions: list[dict]) -> str | None:
    """``Ruritania Freight Union leader Ann Lee``: a person written after an organisation whose
    country is known (not only guessed: :data:`GUESSES`), with only office words between, has the
    organisation's country."""
    doc = span.doc
    sent = _sentence(span)
    guessed = state_of(ctx).guessed
    for m in sorted(mentions, key=lambda m: -m["end"]):
        if m["type"] != "organization" or not m["country"] or m["actor"] in guessed:
            continue
        org = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if org is not None and sent.start <= org.start and org.end <= span.start \
                and 0 < span.start - org.end <= 3 and _title_words(doc[org.end:span.start]):
            return m["country"]
    return None


def organisation_after(ctx, span, mentions: list[dict]) -> str | None:
    """``Ann Lee, the Freight Union's chief negotiator,`` / ``Ann Lee, head of the Freight Union,``:
    a person whose apposition gives an office in an organisation whose country is known has the
    organisation's country."""
    doc = span.doc
    sent = _sentence(span)
    if not (span.end < sent.end and doc[span.end].text == ","):
        return None
    end = span.end + 1
    while end < min(sent.end, span.end + 12) and doc[end].text not in _CLAUSE_END:
        end += 1
    if not any(t.lower_ in _OFFICE_WORDS for t in doc[span.end + 1:end]):
        return None
    lo, hi = doc[span.end].idx, doc[end - 1].idx + len(doc[end - 1])
    inside = [m for m in mentions if m["type"] == "organization" and m["country"] and lo <= m["start"]
              and m["end"] <= hi and m["actor"] not in state_of(ctx).guessed]
    return min(inside, key=lambda m: m["start"])["country"] if inside else None


#: Titles of a member of a legislature (``Senator``, ``Sen.``, ``Rep.``, ``MP``, ``lawmaker``).
_LEGISLATOR_TITLES = language.words("legislator_titles")


def member_of_named_legislature(ctx, span, mentions: list[dict]) -> str | None:
    """``Sen. Ann Lee`` / ``Ann Lee, a senator,`` in an article that names one country's legislature
    (``the bill passed the Ruritanian Senate``): a person titled as a legislator sits in it, so has
    its country. The title heads the apposition (not ``Ann Lee, an aide to a senator,``). Legislatures
    of two countries named (or none whose country is known) place no one.
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    titled = before is not None and before.lower_ in _LEGISLATOR_TITLES
    if not titled and span.end + 1 < len(doc) and doc[span.end].text == ",":
        i = span.end + 1  # the apposition's head: past its determiner and up to two modifiers (``a Republican senator``)
        while i < min(len(doc), span.end + 5) and doc[i].pos_ in ("DET", "ADJ", "PROPN") and doc[i].lower_ not in _LEGISLATOR_TITLES:
            i += 1
        titled = i < len(doc) and doc[i].lower_ in _LEGISLATOR_TITLES and doc[i + 1:i + 2].text.lower() not in ("of", "to", "for")
    if not titled:
        return None
    guessed = state_of(ctx).guessed
    codes = {m["country"] for m in mentions if m["type"] == "organization" and m["country"]
             and m["actor"] not in guessed and m["country"] != "INT"
             and _names_legislature(m["actor"])}
    return codes.pop() if len(codes) == 1 else None


#: Where a person's affiliation gives the country the text does not state (after COUNTRIES).
AFFILIATIONS = Registry("affiliations", [organisation_before, organisation_after, member_of_named_legislature])


def _fill_affiliations(ctx, mentions: list[dict]) -> None:
    """Give a discovered person still without a country its organisation's (all its mentions)."""
    found: dict[str, str] = {}
    for m in mentions:
        if m["source"] == "discovered" and m["type"] == "person" and not m["country"] and m["actor"] not in found:
            span = ctx.doc.char_span(m["start"], m["end"], alignment_mode="expand")
            code = AFFILIATIONS.first(ctx, span, mentions)[1] if span is not None else None
            if code:
                found[m["actor"]] = code
    for m in mentions:
        if m["source"] == "discovered" and not m["country"] and m["actor"] in found:
            m["country"] = found[m["actor"]]
