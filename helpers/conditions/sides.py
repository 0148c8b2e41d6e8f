"""The side (ISO alpha-3 country) of a condition's holder when the actor tables give it none.

Without a story, most discovered people and organisations have no country; the
article often states it all the same: the holder's name is a country or a
capital used for its state (``Norway``, ``Oslo``), it carries a demonym or a
country's name (``the Norwegian Foreign Office``), a demonym or a possessive
country stands before a mention (``Norwegian envoy Ann Lee``, ``Norway's foreign
minister Ann Lee``) or in an apposition after it (``Ann Lee, Norway's envoy,``),
also where the text writes the name but the actor tables marked no mention; an acronym the
article never joined to its name takes the side of the actor whose initials it spells (in any
order), and an organisation named ``... International`` speaks for no state (``INT``). Last,
the article's first person whom nothing ties to a state speaks for the state its
headline opens with (``Norway unveils a truce proposal``): an unplaced holder's row
would count for no side at all.
The words are the package's language data: ``data/world_actors.csv`` (the states'
names and capitals, the international bodies as ``INT``) and ``data/demonyms.csv``.
No rule names a person.

>>> country_of_phrase("the Norwegian Foreign Office")
'NOR'
>>> country_of_phrase("Oslo")
'NOR'
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from ..doccache import doc_ents
from .. import language
from ..actors import DEMONYMS, demonym_at
from ..actors.names import doc_text
from ..actors.countries import _OBLIGATION, _STATE_OFFICES, _THIRD_PARTY, _leader, addressed, ground_state, holds, lead_of, opposes, \
    opens_on_condition, state_tallies, third_party
from ..actors.filters import in_dateline as dateline, lede_end
from ..actors.registry import is_capital, world_records
from ..quotes.speakers import _spokes_parts
from ..rules import Registry

#: Nouns that stand for a state after its demonym (``the Norwegian side``).
STATE_NOUNS = language.words("condition_state_nouns")
#: Verbs whose agent brokered or backed a document or a group, and is not its author (``brokered by``).
_BROKER_VERBS = language.words("condition_broker_verbs")
#: Second halves of a hyphenated compound whose first half names a patron of a group (``Norway-allied``).
_PATRON_COMPOUNDS = language.words("patron_compounds")
#: A state's offices written with its demonym and without a name (``the Norwegian president said``):
#: they speak for that state (``state_offices``, and ``leader`` after a demonym).
STATE_OFFICE_NOUNS = _STATE_OFFICES | language.words("condition_state_leader_nouns")
#: A state's armed forces written with its demonym (``the Norwegian army``): they speak for that state.
_STATE_FORCE_NOUNS = language.words("home_force_nouns")
_STATE_OR_OFFICE_NOUNS = STATE_NOUNS | STATE_OFFICE_NOUNS | _STATE_FORCE_NOUNS
#: Office words of a state's government written before a name (``Foreign Minister Ann Lee``).
STATE_OFFICES = language.words("state_offices")
#: Verbs whose agent leads a team (``a delegation led by Ann Lee``).
LEAD_VERBS = language.words("condition_lead_verbs")
#: Nouns of a state's team at talks, which the person who heads it speaks for (:func:`_led_team`).
TEAM_NOUNS = language.words("condition_team_nouns")
#: What a person is described as when the article quotes their view, not a party's (``a security analyst``).
COMMENTATORS = language.words("condition_commentator_nouns")
#: Bodies that study and comment (think tanks, institutes): their recommendations are a view.
COMMENTATOR_ORGS = language.words("condition_commentator_orgs")
#: Offices in an international body (``the head of the Union's mission``, ``the Union's envoy``).
BODY_OFFICES = language.words("body_office_nouns")
#: Nouns of belonging to or leading a group (``the leader of the Front``): who holds one speaks for its side.
GROUP_OFFICES = language.words("member_nouns")
#: Prepositions before a state that make it a venue, host or mediator, not a party (``talks in Oslo``).
THIRD_PARTY_PREPOSITIONS = language.words("third_party_prepositions")
#: Common nouns of a body that point back to it (``the group's president``): organisations and armed groups.
#: A government's nouns (``the government's spokesman``) are left to the rules of a state's offices.
BODY_NOUNS = (language.words("org_nouns") | language.words("generic_org_nouns") | language.words("armed_group_nouns")) \
    - language.words("home_government_nouns")
#: Words before a mention that may stand between a demonym and the name (``Norwegian Foreign Minister``).
BEFORE_WINDOW = 8
#: Tokens of an apposition after a mention that are read (``Ann Lee, Norway's envoy to the talks,``).
AFTER_WINDOW = 8
#: Words of exile and refuge (``exile_words``): the country after them is where one lives, not one's side.
_EXILE_WORDS = language.words("exile_words")
_CLAUSE_END = {".", ";", "—", "–", "(", ")", '"', "“", "”"}
_APOSTROPHES = {"'s", "’s", "'", "’"}


@lru_cache(maxsize=1)
def country_words() -> tuple[dict[str, str], dict[str, str]]:
    """(words matched case-insensitively, acronyms matched as written) -> ISO code: the states'
    names and aliases (capitals written for the state), the international bodies (``INT``) and
    the demonyms, all language data of the package; a key may have several words (``south sudan``).

    >>> folded, exact = country_words()
    >>> folded["norwegian"], folded["oslo"], exact["UN"]
    ('NOR', 'NOR', 'INT')
    """
    folded = dict(DEMONYMS)
    exact: dict[str, str] = {}
    for row in world_records():
        if row["type"] == "state" or row["country"] == "INT":
            names = [row["canonical"], *row["aliases"].split("|"), *row["capital"].split("|")]
            for word in (w.strip() for w in names if w.strip()):
                if word.replace(".", "").isupper():
                    exact.setdefault(word, row["country"])
                else:
                    folded.setdefault(word.lower(), row["country"])
    return folded, exact


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """ISO code -> the state's canonical short name (``data/world_actors.csv``).

    >>> state_names()["NOR"]
    'Norway'
    """
    return {r["country"]: r["canonical"] for r in world_records() if r["type"] == "state"}


def state_at(tok) -> dict | None:
    """A state named by a token no actor mention covers: the state's name or its capital used
    for it (``Oslo insists ...``, ``Norway's demand``), as a mention-like dict; a person's name
    (``Jordan Lee``), a demonym or a dateline (``OSLO – ...``) is none.

    >>> from helpers import nlp
    >>> state_at(nlp.bare_nlp()("Oslo insists on a truce.")[0])["actor"]
    'Norway'
    """
    if tok.ent_type_ == "NORP" or not tok.text[:1].isupper() or (tok.pos_ != "PROPN" and not tok.ent_type_):
        return None
    phrase = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), tok.doc[tok.i:tok.i + 1])
    if dateline(doc_text(tok.doc), phrase.start_char, phrase.end_char):
        return None  # ``OSLO – Talks began``: the dateline names where the story was filed
    text = re.sub(r"^the\s+", "", phrase.text, flags=re.IGNORECASE)
    if text.lower() in _demonyms():
        return None
    if tok.ent_type_ == "PERSON" and not is_capital(text):
        return None  # a person's name, unless the whole name is a capital the model took for one (``La Paz``)
    folded, exact = country_words()
    code = exact.get(text) or folded.get(text.lower())
    if not code or code not in state_names():
        return None
    return _state_mention(code, phrase.start_char, phrase.end_char, phrase.text)


def _state_mention(code: str, start: int, end: int, surface: str) -> dict:
    """A mention-like dict of the state ``code`` written as ``surface`` at ``text[start:end]``."""
    return {"actor": state_names()[code], "country": code, "type": "state", "start": start, "end": end,
            "surface": surface}


def most_frequent(codes: Counter) -> str | None:
    """The code counted most often, the first in order on a tie; None when nothing was counted.

    >>> most_frequent(Counter({"SWE": 2, "NOR": 2, "DNK": 1})), most_frequent(Counter())
    ('NOR', None)
    """
    return sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if codes else None


def demonym_country(word: str) -> str | None:
    """The country of a demonym (``Norwegian`` -> NOR), else None (a country's name is no demonym).

    >>> demonym_country("Norwegian"), demonym_country("Norway")
    ('NOR', None)
    """
    return country_words()[0].get(word.lower()) if word.lower() in _demonyms() else None


def side_noun_at(tok) -> dict | None:
    """A state named by a demonym before a noun that stands for it: ``the Norwegian side``,
    ``Norwegian officials``, ``the Norwegian authorities``, its armed forces (``the Norwegian army``,
    ``home_force_nouns``; not ``the Norwegian rebel army``), or an office of its government written
    without the holder's name and with no other word that makes it someone else's (``the Norwegian
    president``, ``Norwegian leader``: :data:`STATE_OFFICE_NOUNS`; not ``the Norwegian rebel leader``,
    ``the former Norwegian president`` or ``a Norwegian company``); of two demonyms, the nearer
    (:func:`nearest_modifiers`).

    >>> from helpers import nlp
    >>> side_noun_at(nlp.bare_nlp()("The Norwegian side insists on a truce.")[2])["actor"]
    'Norway'
    """
    lemma = tok.lemma_.lower()
    if lemma not in _STATE_OR_OFFICE_NOUNS:
        return None
    if lemma in STATE_OFFICE_NOUNS | _STATE_FORCE_NOUNS and lemma not in STATE_NOUNS and any(
            c.dep_ == "prep" or (c.dep_ in ("amod", "compound", "nmod") and not _demonym_word(c))
            for c in tok.children):
        return None  # ``the Norwegian rebel leader``, ``the former president``, ``the secretary of the firm``
    for child in nearest_modifiers(tok):
        state = demonym_state(child)  # ``the North Korean side``: the two words read whole
        if state is not None:
            end = tok.idx + len(tok)
            return _state_mention(state["country"], state["start"], end, tok.doc.text[state["start"]:end])
    return None


def _demonym_word(tok) -> bool:
    """Whether ``tok`` is a demonym or the first of a demonym of two words (``North`` of ``North Korean``)."""
    code, first = demonym_at(tok.doc[tok.i + 1]) if tok.i + 1 < len(tok.doc) else ("", -1)
    return bool(demonym_at(tok)[0]) or (bool(code) and first == tok.i)


def people_of_state(tok) -> dict | None:
    """A state named by the plural of its demonym, standing for its government or negotiators:
    ``the Norwegians insist ...``, ``they met the Norwegians`` (not ``a Norwegian``, one person).

    >>> from helpers import nlp
    >>> people_of_state(nlp.bare_nlp()("The Norwegians insist on a truce.")[1])["actor"]
    'Norway'
    """
    if tok.tag_ not in ("NNPS", "NNS") or not tok.text.endswith("s") or not tok.text[:1].isupper():
        return None
    code = demonym_country(tok.text[:-1])
    if not code or code not in state_names():
        return None
    return _state_mention(code, tok.idx, tok.idx + len(tok), tok.text)


def demonym_owner(tok, unions: bool = False) -> dict | None:
    """A state named by a demonym in front of a document noun: the state wrote it
    (``the Norwegian draft``, ``a Norwegian plan``; of two, the nearer: :func:`nearest_modifiers`),
    else, with ``unions`` (a document's author), a union of states named by its adjective (``the European
    plan``: :func:`bloc_demonym`), as a mention-like dict; a demonym of no state or union, or none, gives None.

    >>> from helpers import nlp
    >>> demonym_owner(nlp.bare_nlp()("The Norwegian draft calls for a truce.")[2])["actor"]
    'Norway'
    """
    modifiers = nearest_modifiers(tok)  # a state's demonym before a union's, or hung on it (``Norwegian-European``)
    stacked = modifiers + [g for child in modifiers for g in nearest_modifiers(child)]
    return next((state for child in stacked for state in [demonym_state(child)] if state), None) \
        or (next((body for child in modifiers for body in [bloc_demonym(child)] if body), None) if unions else None)


#: Adjectives of a union or bloc of states (``European``): in front of a document noun they name it.
BLOC_DEMONYMS = language.words("bloc_demonyms")
#: The world actors' roles of a union or bloc of states (``world_actors.csv``), not of its organs.
_BLOC_ROLES = ("Union of states", "Regional bloc")


def bloc_demonym(tok) -> dict | None:
    """The union or bloc of states an adjective names (``European`` -> the European Union): the world
    actors' international body whose name opens with the word, as a mention-like dict; else None.

    >>> from helpers import nlp
    >>> bloc_demonym(nlp.bare_nlp()("The European plan calls for a truce.")[1])["actor"]
    'European Union'
    """
    if tok.lower_ not in BLOC_DEMONYMS or any(c.dep_ in ("amod", "compound", "npadvmod") for c in tok.children):
        return None  # ``the East African plan``: a region's, not the union's
    from ..actors.registry import world_records
    body = next((r for r in world_records() if r["type"] == "organization" and r["country"] == "INT"
                 and r.get("role") in _BLOC_ROLES and r["canonical"].split()[0].lower() == tok.lower_), None)
    if body is None:
        return None
    return {"actor": body["canonical"], "country": "INT", "type": "organization", "start": tok.idx,
            "end": tok.idx + len(tok), "surface": tok.text}


#: The world actors' roles of any body of states (a union, a bloc, a group, an alliance).
_GROUP_ROLES = _BLOC_ROLES + ("Group of states", "Military alliance")


@lru_cache(maxsize=1)
def _group_names() -> frozenset:
    """The lower-cased one-word names and aliases of the world actors' bodies of states (``eu``, ``nato``)."""
    return frozenset(name.strip().lower() for r in world_records() if r.get("role") in _GROUP_ROLES
                     for name in [r["canonical"], *str(r.get("aliases") or "").split("|")]
                     if name.strip() and " " not in name.strip())


def names_bloc(tok) -> bool:
    """Whether ``tok`` names a body of states by a one-word name or alias of the world actors (``EU``,
    ``NATO``, ``G7``) or by its adjective (``European``: :func:`bloc_demonym`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The EU and the European envoys met Norwegian ones.")
    >>> [names_bloc(doc[i]) for i in (1, 4, 7)]
    [True, True, False]
    """
    return tok.lower_ in _group_names() or bloc_demonym(tok) is not None


def nearest_modifiers(tok) -> list:
    """The adjectives and compounds in front of ``tok``, the nearest first: of two demonyms
    stacked before a noun, the second names the state and the first a people within it
    (``the Albanian Macedonian delegation`` is North Macedonia's).

    >>> from helpers import nlp
    >>> [t.text for t in nearest_modifiers(nlp.bare_nlp()("The Albanian Macedonian delegation left.")[3])]
    ['Macedonian', 'Albanian']
    """
    return sorted((c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i), key=lambda c: -c.i)


def demonym_state(tok) -> dict | None:
    """The state a demonym token names, as a mention-like dict (``Norwegian`` -> Norway), else None.

    A demonym of two words is read whole (``North Korean`` is no ``Korean``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A Norwegian-drafted text. The North Korean side.")
    >>> demonym_state(doc[1])["actor"], demonym_state(doc[8])["country"]
    ('Norway', 'PRK')
    """
    code, first = demonym_at(tok)
    start, end = tok.doc[first].idx, tok.idx + len(tok)
    return _state_mention(code, start, end, tok.doc.text[start:end]) if code and code in state_names() else None


def _demonyms() -> frozenset:
    return frozenset(DEMONYMS)


def _norm(word: str) -> str:
    return word.replace("\u2019", "'").strip()


def country_of_phrase(phrase: str) -> str | None:
    """The country a whole phrase names (``Norway``, ``the EU``), else the country of the first
    country word in it (``Norwegian Foreign Office`` -> ``NOR``).

    >>> country_of_phrase("Defence Force of Norway"), country_of_phrase("the Foreign Office")
    ('NOR', None)
    >>> country_of_phrase("Latin American leaders"), country_of_phrase("Latin American and Swedish leaders")
    (None, 'SWE')
    """
    folded, exact = country_words()
    phrase = re.sub(r"^(?:the|unnamed:)\s+", "", _norm(phrase), flags=re.IGNORECASE)
    hit = exact.get(phrase) or folded.get(phrase.lower())
    if hit:
        return hit
    words = re.findall(r"[\w.'-]+", phrase)
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            key = " ".join(words[i:i + n])
            found = _word_country(key)
            if found and i + n <= len(words):
                return found
            if n > 1 and i + n <= len(words) and _no_state_key(key):
                i += n - 1  # ``Latin American``: a region's people read whole, the last word is no state's
                break
        i += 1
    return None


def _no_state_key(words: str) -> bool:
    """Whether ``words`` is a key of the country words that names no state (a region's people read
    whole: ``latin american``).

    >>> _no_state_key("Latin American"), _no_state_key("Norwegian")
    (True, False)
    """
    folded, _ = country_words()
    return folded.get(words.lower(), None) == ""


def _word_country(words: str) -> str | None:
    """The country of one word or a short run of words, as written (acronyms exact)."""
    folded, exact = country_words()
    words = words.rstrip(".") if words.rstrip(".").replace(".", "").isupper() else words
    return exact.get(words) or exact.get(words + ".") or folded.get(words.lower())


def brokering(text: str, end: int) -> bool:
    """Whether the mention ending at ``end`` is the first half of a compound of brokering
    (``Norway-backed rebels``, ``a Norway-brokered deal``): the actor named there backs or brokered
    something, and is not the sentence's actor.

    A compound that names a patron (``Norway-allied rebels``, ``patron_compounds``) is one too.

    >>> brokering("Norway-backed rebels", 6), brokering("Norway-based rebels", 6), brokering("Norway-allied units", 6)
    (True, False, True)
    """
    after = re.match(r"-(\w+)\b", text[end:end + 24])
    if after and after.group(1).lower() in _PATRON_COMPOUNDS:
        return True
    m = re.match(r"-(\w+?)(?:ed|d)\b", text[end:end + 24])
    return bool(m) and (m.group(1).lower() in _BROKER_VERBS or m.group(1).lower() + "e" in _BROKER_VERBS)


def _token_country(doc, i: int) -> str | None:
    """The country a token names (or the run of up to three tokens ending at it); not a patron named
    as the first half of a compound (``Norway-allied rebels``: :func:`brokering`)."""
    if brokering(doc_text(doc), doc[i].idx + len(doc[i].text)):
        return None
    for n in (3, 2, 1):
        if i - n + 1 >= 0:
            found = _word_country(" ".join(t.text for t in doc[i - n + 1:i + 1]))
            if found:
                return found
    return None


def _before(doc, start: int, sent_start: int) -> str | None:
    """A demonym or a possessive country a few words before a mention (nearest first):
    ``Norwegian envoy Ann Lee``, ``Norway's envoy Ann Lee``; the state a title deals with is
    read past (``Norway's envoy for Sweden Ann Lee`` -> NOR, ``the envoy for Sweden Ann Lee`` -> None)."""
    i, stop = start - 1, max(sent_start, start - BEFORE_WINDOW)
    while i >= stop:
        tok = doc[i]
        i -= 1
        title = _portfolio_title(tok)
        if title is not None:  # ``envoy for Sweden``: the title's portfolio, not its holder's side
            i = min(i, title.i - 1)
            continue
        if (tok.is_punct and tok.text not in _APOSTROPHES) or tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "ADP") \
                or "\n" in tok.text:
            return None  # a line break, a verb or a conjunction ends the title (``Norway and Ann Lee``,
            # ``closed by Norway after the Front seized it``)
        if tok.text in _APOSTROPHES and tok.i > 0:
            found = _token_country(doc, tok.i - 1)
            if found:
                return found
            continue
        found = _token_country(doc, tok.i)
        if found and tok.text[:1].isupper():
            return found
    return None


#: Prepositions of a title's portfolio (``the envoy for Norway``, ``the ambassador to Norway``).
_PORTFOLIO = language.words("portfolio_prepositions")
#: Titles whose ``for``/``to`` names the state they deal with (``envoy``, ``ambassador``); a
#: spokeswoman or negotiator for Norway is Norway's own.
_PORTFOLIO_TITLES = language.words("envoy_titles")


def portfolio(tok) -> bool:
    """Whether ``tok`` is the object of a title's portfolio preposition (``envoy for Norway``,
    ``ambassador to Norway and Sweden``: ``envoy_titles``): the state the title deals with, not
    its holder's (``the chief negotiator for Norway`` is Norway's)."""
    return _portfolio_title(tok) is not None


def _portfolio_title(tok):
    """The first word of the title whose portfolio ``tok`` names (:func:`portfolio`), or None: the
    title itself, or the first of titles joined by ``and`` (``chief negotiator and envoy for Norway``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The envoy for Norway spoke. The negotiator for Norway spoke.")
    >>> _portfolio_title(doc[3]).text, _portfolio_title(doc[9])
    ('envoy', None)
    """
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    title = tok.head.head
    if not (tok.dep_ == "pobj" and tok.head.lower_ in _PORTFOLIO and title.pos_ in ("NOUN", "PROPN")):
        return None
    titles = (title, *title.conjuncts)
    return min(titles, key=lambda t: t.i) if any(t.lemma_.lower() in _PORTFOLIO_TITLES for t in titles) else None


def _after(doc, end: int, sent_end: int) -> str | None:
    """A demonym or a possessive country in the apposition after a mention:
    ``Ann Lee, Norway's envoy,`` / ``Ann Lee, a Norwegian official,``; not after a conjunction or a
    ``with`` right after the comma (``Ann Lee, and the Norwegian minister``, ``Ann Lee, along with her
    Norwegian counterpart``), nor past ``and`` with a possessive (``..., and her Norwegian counterpart``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, a Norwegian official, spoke. Bo Park, and his Swedish counterpart, Ann Lee, met.")
    >>> _after(doc, 2, 9), _after(doc, 12, len(doc))
    ('NOR', None)

    The country an exile lives in is a refuge, not a side (:func:`_refuge`):

    >>> doc = nlp.bare_nlp()("Ann Lee, in exile in Norway since 2001, spoke. Ann Lee, an exiled Norwegian leader, spoke.")
    >>> _after(doc, 2, 11), _after(doc, 14, len(doc))
    (None, 'NOR')
    """
    if end >= sent_end or doc[end].text != ",":
        return None
    for i in range(end + 1, min(sent_end, end + 1 + AFTER_WINDOW)):
        tok = doc[i]
        if tok.text in _CLAUSE_END or tok.text == "," or "\n" in tok.text:
            return None
        if tok.pos_ == "VERB" or (i == end + 1 and tok.pos_ == "CCONJ") or (i <= end + 2 and tok.lower_ == "with") or (
                tok.pos_ == "CCONJ" and i + 1 < sent_end and doc[i + 1].dep_ == "poss" and doc[i + 1].pos_ == "PRON"):
            return None  # ``Ann Lee, and the Norwegian minister``, ``Ann Lee, with her Norwegian counterpart``:
            # another person; so is ``..., and her Norwegian counterpart`` later in an apposition
        found = _token_country(doc, i)
        if found and tok.text[:1].isupper() and not portfolio(tok):
            if _refuge(doc, i, end + 1):
                return None  # ``Ann Lee, who has lived in exile in Norway,``: a refuge, not her side
            if _place_of_stay(doc, i):
                return None  # ``Ann Lee, who is in Norway for talks with Sweden,``: where she is, not her side
            return None if _bare_name_after(doc, end + 1, i) else found
    return None


def _place_of_stay(doc, i: int) -> bool:
    """Whether the country word at token ``i`` is where someone is: the object of a preposition of place
    (``stay_prepositions``: in, inside) that hangs on ``be`` or a verb (``who is in Norway``), not on
    a noun (``a lawmaker in Norway`` is Norway's), nor a word before a noun (``in the Norway
    delegation``). The apposition reader stops at a full verb before it (``who flew to Norway``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, who is in Norway for talks, spoke. Ann Lee, a lawmaker in Norway, spoke.")
    >>> _place_of_stay(doc, 6), _place_of_stay(doc, 18)
    (True, False)
    """
    tok = doc[i]
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _STAY_PREPOSITIONS and prep.head.pos_ in ("VERB", "AUX")


#: Prepositions of where one is (``who is in Norway``).
_STAY_PREPOSITIONS = language.words("stay_prepositions")


def _refuge(doc, i: int, lo: int) -> bool:
    """Whether the country word at token ``i`` is where one lives in exile or refuge: the object of
    ``in`` or ``to`` right after a word of exile (``exile_words``: ``in exile in Norway``, ``asylum in
    Norway``, ``exiled to Norway``, ``a refugee in Norway``), no further back than token ``lo``; an exiled
    Norwegian, or the exiled leader of Norway's opposition, is Norway's.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, granted asylum in Norway, and Bo Park, the exiled leader of Norway's party, spoke.")
    >>> _refuge(doc, 6, 3), _refuge(doc, 17, 11)
    (True, False)
    """
    j = i
    while j - 1 >= lo and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ == "PROPN":
        j -= 1  # the first word of a country's name of several words
    if j - 1 < lo or doc[j - 1].lower_ not in ("in", "to"):
        return False
    return any(t.lower_ in _EXILE_WORDS for t in doc[max(lo, j - 4):j - 1])


def _bare_name_after(doc, start: int, i: int) -> bool:
    """Whether the words from ``start`` to the country word ``i`` are only a name, with neither a
    possessive nor a title after it: another party of a series (``Norland, the Osterian Republic,
    and Valdia``), no apposition (``Ann Lee, Peru Foreign Minister,`` is one).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Talks with Norland, the United States and Peru began. Ann Lee, Peru's envoy, spoke.")
    >>> _bare_name_after(doc, 4, 6), _bare_name_after(doc, 14, 14)
    (True, False)
    """
    if i + 1 < len(doc) and doc[i + 1].text in _APOSTROPHES:
        return False
    if i + 1 < len(doc) and doc[i + 1].pos_ not in ("PUNCT", "CCONJ"):
        return False  # ``Ann Lee, Peru Foreign Minister,``: a title follows the name
    return all(t.pos_ == "PROPN" or t.dep_ == "det" for t in doc[start:i + 1])


def canonical_actor(name: str, mentions: list[dict]) -> str:
    """The article's actor a short holder name stands for: ``Lee`` -> ``Ann Lee`` when ``Lee`` is
    no actor of its own and one actor's name holds all its words (the most mentioned such actor).

    >>> canonical_actor("Lee", [dict(actor="Ann Lee"), dict(actor="Bo Lee-Park")])
    'Ann Lee'
    """
    actors = Counter(m["actor"] for m in mentions if m.get("actor"))
    if not name or name in actors or name.startswith("unnamed"):
        return name
    words = set(name.split())
    fuller = [(n, a) for a, n in actors.items() if words <= set(a.split())]
    return sorted(fuller, key=lambda x: (-x[0], x[1]))[0][1] if fuller else name


#: Title words (``minister``; ``envoy`` from the envoys' titles): a capitalised title the parser reads as a
#: name is still a title.
_TITLE_WORDS = language.words("titles") | _PORTFOLIO_TITLES


def _in_conjunct(tok, head) -> bool:
    """Whether ``tok`` lies in a conjunct under ``head`` that a possessive pronoun opens (``Ann Lee,
    and her Swedish counterpart``): another person's words, not the title's; a second title of the
    same person (``the envoy for Norway and a Swedish diplomat``) is the title's."""
    while tok.i != head.i:
        if tok.dep_ == "conj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
            return True
        tok = tok.head
    return False


def _apposition(span) -> str | None:
    """A country in the title the mention stands in apposition to, or that stands in apposition
    to it: ``the envoy of Norway, Ann Lee,`` / ``Ann Lee, the envoy of Norway,`` / ``The Norwegian
    Foreign Minister, Ann Lee,`` (never another name: ``Norwegian minister Ann Lee, Bo Park said``
    says nothing of Bo Park; nor the state a title deals with: ``the Union's envoy for Norway, Ann
    Lee,``; nor a person joined to the mention: ``..., and his Swedish counterpart``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Norwegian Foreign Minister, Mr Ole Dahl, and his Swedish counterpart, Mr Bo Park, met.")
    >>> _apposition(doc[5:8]), _apposition(doc[14:17])
    ('NOR', 'SWE')
    """
    root = span.root
    phrases = [root.head] if root.dep_ == "appos" and root.head.i != root.i else []
    phrases += [c for c in root.children if c.dep_ == "appos"]
    for head in phrases:
        if head.pos_ != "NOUN" and head.lower_ not in _TITLE_WORDS:
            continue  # a title (``the envoy of Norway``, ``the Norwegian Foreign Minister``), not another name
        for tok in head.subtree:
            if span.start <= tok.i < span.end or not tok.text[:1].isupper() or portfolio(tok) or _in_conjunct(tok, head):
                continue  # ``its representative for Norway``: the portfolio, not the holder's state
            found = _token_country(span.doc, tok.i)
            if found and not _refuge(span.doc, tok.i, head.left_edge.i):
                return found  # (``Ann Lee, a dissident granted asylum in Norway,``: a refuge, not her side)
    return None


def _its_title(span, mentions: list[dict]) -> str | None:
    """The country of the state an ``its`` title in apposition points back to: ``Norway spoke
    first. Its foreign minister, Ann Lee, said ...`` -> NOR (the state or body that is the subject
    of the sentence before, else the nearest state or body named before): ``The Front said it would
    wait until Norway halts its strikes. Its commander, Ann Lee, ...`` is the Front's. A body's
    noun does as ``its`` (``the group's president, Ann Lee,``), and a body the text places only
    through what the article says of it (:func:`body_side`) lends its side too."""
    root = span.root
    heads = [root.head] if root.dep_ == "appos" and root.head.i != root.i else []
    heads += [c for c in root.children if c.dep_ == "appos"]
    for head in heads:
        owner = next((c for c in head.children if c.dep_ == "poss" and (c.lower_ == "its" or _body_noun(c))), None)
        if head.pos_ != "NOUN" or owner is None:
            continue
        sent = head.sent
        subject = _body_subject(span.doc[sent.start - 1].sent, mentions) if sent.start else None
        if subject is not None:  # ``The Front spoke first. Its commander, ...``: the Front's
            return subject.get("country") or body_side(subject, mentions, span.doc)
        start = span.doc[sent.start - 1].sent.start_char if sent.start else sent.start_char
        if owner.lower_ != "its":  # ``the group's``: the body named last before, placed or not
            bodies = [m for m in mentions if start <= m["start"] and m["end"] <= head.idx
                      and m.get("type") == "organization"]
            return (bodies[-1].get("country") or body_side(bodies[-1], mentions, span.doc)) if bodies else None
        before = [m for m in mentions if start <= m["start"] and m["end"] <= head.idx
                  and m.get("country") and m.get("type") != "person"]
        return before[-1]["country"] if before else None  # named in this sentence or the one before
    return None


def _body_noun(tok) -> bool:
    """``the group's``, ``the association's``: a body's common noun, written definite, that points
    back to a body named before as ``its`` does."""
    return tok.lower_ in BODY_NOUNS and any(c.lower_ == "the" for c in tok.children)


def body_side(body: dict, mentions: list[dict], doc) -> str | None:
    """The side the article gives a body with no country of its own: its name, what the text
    writes around it, else the state it stands with (:func:`home_state`); never through a person's
    title (no loop back through :func:`_its_title`)."""
    return named_country(body, mentions, doc) or described_in_text(body, mentions, doc) \
        or home_state(body, mentions, doc)


def _body_subject(sent, mentions: list[dict]) -> dict | None:
    """The mention of a state or body (no person) that is the main clause's subject of ``sent``,
    the referent an ``its`` of the next sentence points back to (``The Front met on Monday.``)."""
    for tok in sent:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT":
            hit = next((m for m in mentions if m["start"] <= tok.idx < m["end"]), None)
            return hit if hit is not None and hit.get("type") in ("state", "organization") else None
    return None


def _led_team(span) -> str | None:
    """A country of the team the mention leads: ``Norway's team, headed by Ann Lee,`` / ``the Norwegian
    team headed by Ann Lee`` / ``the Norwegian delegation is led by Ann Lee`` / ``Ann Lee headed the
    Norwegian delegation`` -> NOR: a demonym, a possessive or a name in front of the team's noun, or the
    state it is ``from`` or ``of``. Where the parser hangs ``, headed by`` on a noun after the team that
    is none of a team (``a delegation from Norway came for talks with Osteria, headed by Ann Lee``), the
    sentence's subject that is a team's noun (``condition_team_nouns``) is the team.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee headed the Norwegian delegation at the talks with Sweden.")
    >>> _led_team(doc[0:2])
    'NOR'
    """
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in LEAD_VERBS:
        verb = root.head.head
        if verb.dep_ == "acl":
            team = verb.head
            if team.lemma_.lower() not in TEAM_NOUNS:  # the parser may hang ``, headed by`` on the nearest noun
                team = next((t for t in verb.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i
                             and t.lemma_.lower() in TEAM_NOUNS), team)
        else:  # ``the delegation is led by Ann Lee``
            team = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    elif root.dep_ == "nsubj" and root.head.lemma_.lower() in LEAD_VERBS:  # ``Ann Lee headed the delegation``
        verb = root.head
        team = next((c for c in verb.children if c.dep_ == "dobj"), None)
    else:
        return None
    if team is None or (team.lemma_.lower() not in TEAM_NOUNS and (verb.dep_ != "acl" or team.pos_ not in ("NOUN", "PROPN"))):
        return None  # ``chaired the Norwegian-Osterian talks``, ``heads the Norwegian desk``: no state's team
    words = [t for t in team.subtree if t.i <= team.i] + [
        t for p in team.children if p.dep_ == "prep" and p.i > team.i and p.lower_ in ("from", "of") for t in p.subtree]
    for tok in words:
        found = _token_country(span.doc, tok.i) if tok.text[:1].isupper() else None
        if found:
            return found
    return None


def _description_heads(span) -> list:
    """The name's root and the nouns in apposition to it, up and down one chain (``the head of the
    mission, the Norwegian diplomat Ann Lee`` -> Lee, diplomat, head)."""
    heads, tok = [span.root], span.root
    while tok.dep_ == "appos" and tok.head.i != tok.i and len(heads) < 4:
        tok = tok.head
        heads.append(tok)
    return heads + [c for c in span.root.children if c.dep_ == "appos"]


#: Links inside a description of a person's office (``the head of the Union's mission``).
_DESCRIPTION_LINKS = {"pobj", "poss", "compound", "appos", "case"}


def _leads(tok) -> bool:
    """Whether ``tok`` is a verb of leading (``heads``, ``leads``, ``chairs``)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in LEAD_VERBS


def _office_link(tok, via: tuple = ("of",)) -> bool:
    """Whether ``tok`` joins its head inside a description of an office: a preposition of ``via`` (``of``),
    a possessive, a compound, an apposition, the object of a verb of leading, or that verb's relative clause."""
    return tok.dep_ in _DESCRIPTION_LINKS or (tok.dep_ == "prep" and tok.lower_ in via) \
        or (tok.dep_ == "dobj" and _leads(tok.head)) or (tok.dep_ in ("relcl", "acl") and _leads(tok))


def _body_office_path(tok, heads: list, offices: frozenset = BODY_OFFICES, via: tuple = ("of",),
                      own_office: bool = False) -> bool:
    """Whether the words from ``tok`` (in an international body's name) up to one of ``heads`` pass an
    office of the body (``offices``, by default :data:`BODY_OFFICES`, ``heads the Union's mission``) through
    :func:`_office_link` only (with the prepositions ``via``): ``envoy to the Union`` is a state's office,
    ``who met the head of the Union`` no office at all. ``own_office``: the body may own no other noun on
    the way (``the head of the Front's rival``)."""
    office = False
    while tok not in heads:
        head = tok.head
        if head.i == tok.i or not _office_link(tok, via):
            return False
        if own_office and tok.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN") and head not in heads \
                and head.lower_ not in offices:
            return False  # ``the Front's rival``: the body owns another noun, not the office
        office = office or (head.lower_ in offices and not _national_office(head)) or (tok.dep_ == "dobj" and _leads(head))
        tok = head
    return office


def _national_office(noun) -> bool:
    """Whether an office noun is written with a demonym (``the Norwegian chairman of the Union's
    committee``): a state's delegate in the body's chair, not the body's voice."""
    return any(c.dep_ in ("amod", "compound") and demonym_at(c)[0] for c in noun.children)


def office_in_body(holder: dict, mentions: list[dict], doc) -> str | None:
    """A person the text describes by an office in an international body speaks for the body
    (``INT``), whatever nationality the same description gives: ``the head of the Union's observer
    mission, the Norwegian diplomat Ann Lee,`` / ``Ann Lee, the Norwegian who heads the Union's
    mission,`` -> INT; ``Ann Lee, Norway's envoy to the Union,`` is Norway's."""
    bodies = [m for m in mentions if m.get("country") == "INT" and m.get("type") == "organization"]
    return "INT" if _office_in(holder, mentions, doc, bodies, _body_office_path) else None


def _office_in(holder: dict, mentions: list[dict], doc, bodies: list[dict], path) -> dict | None:
    """The first of ``bodies`` that a description of the person ``holder``, in the same sentence as one of
    its mentions, gives an office in (``path(body's root, description heads)``), else None."""
    if holder.get("type") not in ("person", None, "") or (holder.get("actor") or "").startswith("unnamed"):
        return None
    for span in _holder_spans(holder, mentions, doc):
        heads = _description_heads(span)
        for body in bodies:
            if not span.sent.start_char <= body["start"] < span.sent.end_char:
                continue
            inner = doc.char_span(body["start"], body["end"], alignment_mode="expand")
            if inner is not None and len(inner) and not span.start <= inner.root.i < span.end \
                    and path(inner.root, heads):
                return body
    return None


def office_in_group(holder: dict, mentions: list[dict], doc) -> str | None:
    """A person the text describes by an office in a group the article places (an organisation with
    a country that is no international body: a movement, an armed group, a party) speaks for the
    group's side: ``Ann Lee, the leader of the Harbour Front,`` -> the Front's country
    (``member_nouns``, :func:`_group_office_path`); who met the Front's leader does not, nor the head of its rival.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, the leader of the Harbour Front, said no.")
    >>> m = [dict(actor="Ann Lee", type="person", country="", start=0, end=7),
    ...      dict(actor="Harbour Front", type="organization", country="NOR", start=26, end=39)]
    >>> office_in_group(m[0], m, doc)
    'NOR'
    """
    groups = [m for m in mentions if m.get("type") == "organization" and m.get("country") not in ("", None, "INT")]
    found = _office_in(holder, mentions, doc, groups, _group_office_path)
    return found["country"] if found else None


def _group_office_path(tok, heads: list) -> bool:
    """Whether the words from ``tok`` (in a group's name) up to one of ``heads`` pass only an office of the
    group (``member_nouns``) by ``of``, ``for``, a possessive, a compound or an apposition, or a verb of
    leading (``the leader of the Front``, ``a spokesman for the Front``, ``the Front's commander``); not
    through another noun (``the head of the Front's rival``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, a spokesman for the Front, spoke. Ann Lee, the head of the Front's rival, spoke.")
    >>> _group_office_path(doc[7], [doc[1]]), _group_office_path(doc[17], [doc[11]])
    (True, False)
    """
    return _body_office_path(tok, heads, GROUP_OFFICES, via=("of", "for"), own_office=True)


# --------------------------------------------------------------------------- the rules


def same_actor_elsewhere(holder: dict, mentions: list[dict], doc) -> str | None:
    """Another mention of the same actor has a country (the quote table's speaker may lack it)."""
    codes = Counter(m["country"] for m in mentions if m.get("actor") == holder.get("actor") and m.get("country"))
    return codes.most_common(1)[0][0] if codes else None


def named_country(holder: dict, mentions: list[dict], doc) -> str | None:
    """The holder's name is a state, a capital for its state, an international body, or carries a
    demonym or a country's name: ``Oslo`` -> NOR, ``Norwegian Foreign Office`` -> NOR,
    ``unnamed: senior Norwegian official`` -> NOR; a person's name never (``Jordan Lee`` is no
    Jordanian, ``German Ruiz`` no German, ``Ann Thai Lee`` no Thai: a person's words are a name)."""
    name = holder.get("actor") or ""
    if holder.get("type") == "person":
        return None
    return country_of_phrase(name)


def described_as_commentator(holder: dict, mentions: list[dict], doc) -> bool:
    """Whether the article describes ``holder`` as a commentator at a mention of them: a person
    as an analyst (in an apposition or a title in front: ``Ann Lee, an analyst of defence,``,
    ``analyst Ann Lee``) or as the staff of a body that studies and comments (``the institute's
    director, Ann Lee``); an organisation as such a body, by its name or an apposition (``the Andes
    Institute``, ``Norpol, a think tank,``). What they say should happen is a view, no party's term.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, an analyst of defence, spoke. Bo Park, a Norwegian envoy, spoke.")
    >>> [described_as_commentator({"actor": a, "type": "person"}, [dict(actor="Ann Lee", start=0, end=7),
    ...  dict(actor="Bo Park", start=39, end=46)], doc) for a in ("Ann Lee", "Bo Park")]
    [True, False]
    >>> doc = nlp.bare_nlp()("Norpol, a think tank, spoke. The Front, a rebel group, spoke.")
    >>> [described_as_commentator({"actor": a, "type": "organization"}, [dict(actor="Norpol", start=0, end=6),
    ...  dict(actor="Front", start=33, end=38)], doc) for a in ("Norpol", "Front")]
    [True, False]
    """
    for m in mentions:
        kind = holder.get("type") or m.get("type")
        if m.get("actor") != holder.get("actor") or kind not in ("person", "organization"):
            continue
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        heads = [h for h in _description_heads(span)[1:] if h.pos_ == "NOUN"]
        if kind == "organization":
            if any(_studies_and_comments(t) for t in [*span, *heads]):  # ``the Institute of Peace Studies``
                return True
            continue
        titles = [c for c in span.root.children if c.dep_ == "compound" and c.i < span.start]
        if any(t.lemma_.lower() in COMMENTATORS or any(_studies_and_comments(o) for o in _spokes_parts(t))
               for t in heads + titles):  # ``the institute's director``: the words a spokesperson's body is read from
            return True
    return False


def _studies_and_comments(tok) -> bool:
    """Whether ``tok`` names a body that studies and comments (``commentator_orgs``: ``institute``,
    ``think tank`` with the words in front of it).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A think tank and a tank battalion met.")
    >>> _studies_and_comments(doc[2]), _studies_and_comments(doc[6])
    (True, False)
    """
    front = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    return tok.lemma_.lower() in COMMENTATOR_ORGS or " ".join([*front[-1:], tok.lemma_.lower()]) in COMMENTATOR_ORGS


def described_at_mention(holder: dict, mentions: list[dict], doc) -> str | None:
    """A demonym or possessive country before a mention of the holder, in an apposition
    after it, or of the team it leads (the most frequent over the article's mentions):
    ``Norway's foreign minister Ann Lee said ...`` -> NOR."""
    codes: Counter = Counter()
    for m in mentions:
        if m.get("actor") != holder.get("actor"):
            continue
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span.sent
        found = _before(doc, span.start, sent.start) or _after(doc, span.end, sent.end) or _apposition(span) \
            or _led_team(span) or _its_title(span, mentions)
        if found:
            codes[found] += 1
    return most_frequent(codes)


def _holder_spans(holder: dict, mentions: list[dict], doc) -> list:
    """Every non-empty span where the text names ``holder``: its mentions, then the places its
    name is written that no mention covers (:func:`_name_spans`)."""
    spans = [doc.char_span(m["start"], m["end"], alignment_mode="expand") for m in mentions
             if m.get("actor") == holder.get("actor")] + _name_spans(holder.get("actor") or "", doc)
    return [span for span in spans if span is not None and len(span)]


_NAME_SPANS_KEY = "condition_name_spans"


def _name_spans(name: str, doc) -> list:
    """Every place the text writes ``name`` (or, for a name of several words, its last word: the
    surname a report goes on with), as spans of ``doc``."""
    words = name.split()
    if not words or name.startswith("unnamed"):
        return []
    cache = doc.user_data.setdefault(_NAME_SPANS_KEY, {})  # offsets, not Spans: no cycle back to the Doc
    if name in cache:
        return [doc.char_span(a, b, alignment_mode="expand") for a, b in cache[name]]
    forms = [name] + ([words[-1]] if len(words) > 1 and len(words[-1]) > 2 else [])
    spans = []
    for form in forms:
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and len(span) and not any(s.start_char <= m.start() < s.end_char for s in spans):
                spans.append(span)  # the surname inside the full name is read with the full name
    cache[name] = tuple((s.start_char, s.end_char) for s in spans)  # the side rules ask for them many times
    return spans


def described_in_text(holder: dict, mentions: list[dict], doc) -> str | None:
    """A place the text writes the holder's name though no mention covers it (the actor tables
    missed it) with a demonym, a possessive country or a title with a country around it:
    ``Ann Lee, an aide to Norway's foreign minister, said ...`` -> NOR."""
    codes: Counter = Counter()
    for span in _name_spans(holder.get("actor") or "", doc):
        sent = span.sent
        found = _before(doc, span.start, sent.start) or _after(doc, span.end, sent.end) or _apposition(span)
        if found:
            codes[found] += 1
    return most_frequent(codes)


def _state_code_at(tok, mentions: list[dict]) -> str | None:
    """The country of the state ``tok`` names: the mention that covers it, else a state's name or
    capital no mention covers (:func:`state_at`); None for anything else."""
    hit = next((m for m in mentions if m["start"] <= tok.idx < m["end"]), None)
    found = hit if hit is not None else state_at(tok)
    return found["country"] if found and found.get("type") == "state" and found.get("country") else None


def _subject_state(sent, mentions: list[dict]) -> str | None:
    """The country of the state that is the main subject of ``sent`` (``Norway, which hosts the
    talks, has asked ...`` -> NOR), a state mention or a state's name no mention covers."""
    return next((code for tok in sent if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
                 for code in [_state_code_at(tok, mentions)] if code), None)


def office_after_state(holder: dict, mentions: list[dict], doc) -> str | None:
    """A person introduced by a bare office of a state's government (``Foreign Minister Ann Lee``,
    no country in the title) right after a sentence of the same paragraph whose subject is a state
    speaks for that state: news names the state, then its minister (``Norway has asked for more.
    Foreign Minister Ann Lee said ...`` -> NOR); an office after a sentence about a person or a
    thing, or across a paragraph break, says nothing."""
    if holder.get("type") not in ("person", None, ""):
        return None
    spans = _holder_spans(holder, mentions, doc)
    codes: Counter = Counter()
    for span in (s for s in spans if s.start > 0):
        if doc[span.start - 1].lower_ not in STATE_OFFICES or span.sent.start == 0:
            continue
        sent, prev = span.sent, doc[span.sent.start - 1].sent
        if "\n" in doc_text(doc)[prev.start_char:sent.start_char].lstrip():
            continue  # the sentence before closes the paragraph before
        found = _subject_state(prev, mentions)
        if found:
            codes[found] += 1
    return most_frequent(codes)


#: Prepositions that open a sentence with the place its speaker speaks from (``In Oslo, ...``).
PLACE_OPENERS = language.words("place_opening_prepositions")
@lru_cache(maxsize=1)
def _speaking_verbs() -> frozenset:
    """Verbs of saying (the quote cues' lemmas and ``attribution_verbs``), demanding or rejecting
    a speaker from a capital speaks with."""
    from ..quotes.cues import load_cues
    return frozenset(load_cues()) | language.words("attribution_verbs") | language.words("condition_demand_verbs") \
        | language.words("condition_rejection_verbs")


def _opening_state(sent, mentions: list[dict]) -> str | None:
    """The country of the state or capital that opens ``sent`` as ``In <place>,`` (a preposition
    of the main verb, its object a state and a comma after it), else None."""
    first = sent[0]
    if first.lower_ not in PLACE_OPENERS or first.dep_ != "prep" or first.head.dep_ != "ROOT":
        return None
    place = next((c for c in first.children if c.dep_ == "pobj"), None)
    if place is None or place.i + 1 >= sent.end or sent.doc[place.i + 1].text != ",":
        return None
    if third_party(place):
        return None  # ``In Norway, which hosts the talks, ...``: the host speaks for no side
    return _state_code_at(place, mentions)


def speaks_from_capital(holder: dict, mentions: list[dict], doc) -> str | None:
    """A person or body that is the subject of a sentence opened by a state's capital or name
    speaks for that state: wire copy gives each side's voice from its capital (``In Oslo, ministry
    spokeswoman Ann Lee said ...`` -> NOR); a place that is no state (``In Geneva, ...``), a host
    (``In Norway, which hosts the talks, ...``), a holder that is not the sentence's subject
    (``In Oslo, Ann Lee's rival said ...``) or that does not speak there (``In Oslo, Ann Lee is a
    household name``) says nothing.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("In Oslo, ministry spokeswoman Ann Lee rejected the plan.")
    >>> speaks_from_capital({"actor": "Ann Lee", "type": "person"}, [], doc)
    'NOR'
    """
    if (holder.get("actor") or "").startswith("unnamed"):
        return None
    spans = _holder_spans(holder, mentions, doc)
    codes: Counter = Counter()
    for span in spans:
        verb = span.root.head
        if span.root.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ROOT" \
                or verb.lemma_.lower() not in _speaking_verbs():
            continue
        found = _opening_state(span.sent, mentions)
        if found:
            codes[found] += 1
    return most_frequent(codes)


#: Nouns for the terms a state would accept on (``the terms under which Norway would sign``).
_TERMS_NOUNS = language.words("list_item_nouns")
#: Verbs of setting out terms (``set out``, ``outline``): who rejects or criticises a state's terms
#: need not speak for it.
_SETTING_VERBS = language.words("terms_setting_verbs")


def sets_state_terms(holder: dict, mentions: list[dict], doc) -> str | None:
    """A holder that sets out the terms on which a state would act speaks for that state: the
    subject of a verb whose object is a terms noun with a relative clause of which a state is the
    subject, written with a modal (``Ann Lee laid down the conditions on which Norway would sign``
    -> NOR: ``terms_setting_verbs``); whoever rejects or criticises such terms (``Ann Lee rejected
    the terms under which Norway would sign``), or recalls demands made (``the demands that Norway
    has made``), may be the other side.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee laid down the conditions on which Norway would sign the accord.")
    >>> sets_state_terms({"actor": "Ann Lee", "type": "person"}, [], doc)
    'NOR'
    """
    if (holder.get("actor") or "").startswith("unnamed"):
        return None
    spans = _holder_spans(holder, mentions, doc)
    codes: Counter = Counter()
    for span in spans:
        verb = span.root.head
        if span.root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SETTING_VERBS:
            continue
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _TERMS_NOUNS):
            for clause in (c for c in noun.children if c.dep_ == "relcl" and any(
                    a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)):
                subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                code = _state_code_at(subject, mentions) if subject is not None else None
                if code:
                    codes[code] += 1
    return most_frequent(codes)


#: Words of a state's readiness or own stance a speaker reports for it (``ready``, ``its position``).
_STANCE_WORDS = language.words("state_stance_words")
#: Verbs that ask, demand, deny or reject: what follows them is no stance the speaker reports.
_NOT_REPORTING = (language.words("condition_demand_verbs") | language.words("condition_rejection_verbs")
                  | language.words("condition_denial_verbs") | {"ask", "wonder", "question", "doubt"})


def _stance_state(clause, mentions: list[dict]) -> str | None:
    """The state a said clause gives a readiness or a stance of (``Norway was ready``, ``Norway's
    position was ...``), not negated and not told what it must do (``condition_obligation_modals``); else None."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _OBLIGATION)
                              for c in clause.children):
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.tag_ == "NN" and subject.lower_ in _STANCE_WORDS:
        return _state_code_at(owner, mentions)  # ``Norway's position was unchanged``
    ready = [c for c in clause.children if c.dep_ == "acomp" and c.lower_ in _STANCE_WORDS
             and not any(g.dep_ == "neg" for g in c.children)]
    return _state_code_at(subject, mentions) if ready else None


def speaks_for_state_stance(holder: dict, mentions: list[dict], doc) -> str | None:
    """A person the text never places who says that a state is ready, willing or open to act, or
    gives its position, speaks for that state: news quotes a leader on his own state's readiness
    (``Eli Kim said Norway was ready to talk``, ``... that Norway's position was unchanged`` ->
    NOR). Not when the clause is negated or says what the state must do, when the speaker asks,
    demands or denies it, when the clauses name more than one state, when the speaker's sentence
    gives a third party's part (``third_party_roles``: ``Eli Kim, the mediator, said ...``), nor for a state the speaker's
    own words oppose or address (``Eli Kim said talks with Norway ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Eli Kim said Norway was willing to meet the envoys in May.")
    >>> speaks_for_state_stance({"actor": "Eli Kim", "type": "person"}, [], doc)
    'NOR'
    """
    if holder.get("type") not in ("person", None, "") or (holder.get("actor") or "").startswith("unnamed"):
        return None
    clauses, against = _said_clauses(holder, mentions, doc)
    codes = {code for clause in clauses for code in [_stance_state(clause, mentions)] if code}
    return next(iter(codes)) if len(codes) == 1 and not codes & against else None


def _said_clauses(holder: dict, mentions: list[dict], doc, loose: bool = False) -> tuple[list, set]:
    """(clauses, against): the clauses ``holder`` says as the subject of a verb of saying (its content
    clauses and the verbs joined to them), and the states its own words oppose or address; none from a
    verb that asks, demands or denies, or from a sentence that gives a third party's part. ``loose`` also
    reads a name in apposition (``the party newspaper Zorya said``) and, when the parser hangs the verb
    of saying off the clause it reports (``Norwegian troops could pull back if ..., the paper Zorya
    said``), that sentence's main clause.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Eli Kim said Norway was ready and urged Sweden to sign.")
    >>> clauses, against = _said_clauses({"actor": "Eli Kim"}, [], doc)
    >>> [c.text for c in clauses], sorted(against)
    (['was', 'urged'], ['SWE'])
    """
    clauses, against = [], set()
    for span in _holder_spans(holder, mentions, doc):
        root = span.root.head if loose and span.root.dep_ == "appos" else span.root
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in _speaking_verbs():
            continue
        against |= {code for t in verb.subtree if opposes(doc, t.i) or addressed(doc, t.i)
                    for code in [_state_code_at(t, mentions)] if code}  # what the speaker says against a state
        if verb.lemma_.lower() in _NOT_REPORTING or any(t.lemma_.lower() in _THIRD_PARTY for t in span.sent):
            continue
        saids = [c for c in verb.children if c.dep_ == "ccomp"]
        main = span.sent.root
        if loose and not saids and main.i < span.start and main.lemma_.lower() not in _speaking_verbs() \
                and any(t.text == "," for t in doc[main.i:span.start]):
            saids = [main]  # ``Norwegian troops could pull back if ..., the party newspaper Zorya said``, misparsed
        for said in saids:
            clauses += [said] + [c for c in said.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return clauses, against


#: Nouns a demonym makes a state's party to an offer (``Norwegian troops would pull back if ...``).
_OFFER_PARTY_NOUNS = language.words("offer_party_nouns")


def _offering_state(clause, mentions: list[dict]) -> str | None:
    """The state a said clause offers a step for on a condition: the clause (or a verb it governs:
    ``could begin to withdraw``) has a modal that is no obligation and a clause opened by a
    condition marker (``if``, ``once``, ``unless``: ``condition_markers``) whose subject is another
    state, and its subject is the state (``Norway would withdraw if ...``) or a noun of its forces or
    government with its demonym or its name as owner (``Norwegian troops could pull back once ...``,
    ``Norway's army will ...``: ``offer_party_nouns``); else None (``... if the weather allows``)."""
    text = doc_text(clause.doc)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    and not dateline(text, c.idx, c.idx + len(c))), None)  # ``OSLO -- ...`` is no subject
    modals = [c for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if subject is None or not modals or any(m.lower_ in _OBLIGATION for m in modals):
        return None
    code = _state_code_at(subject, mentions)
    if code is None and subject.lemma_.lower() in _OFFER_PARTY_NOUNS:
        code = next((found for c in subject.children for found in [
            demonym_country(c.text) if c.dep_ in ("amod", "compound") else
            _state_code_at(c, mentions) if c.dep_ == "poss" else None] if found), None)
    if code is None:
        return None
    verbs = [clause] + [c for c in clause.children if c.dep_ == "xcomp"]
    for verb in verbs:
        for cond in (c for c in verb.children if opens_on_condition(c)):
            other = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            other_code = _state_code_at(other, mentions) if other is not None else None
            if other_code is not None and other_code != code:
                return code  # another state's step (``if Sweden signs``), not the weather's
    return None


def speaks_for_state_offer(holder: dict, mentions: list[dict], doc) -> str | None:
    """A holder the text never places who says that a state, or its forces or government, will take
    a step if another party takes one speaks for that state: a side announces its own offers
    (``Eli Kim said Norway would free the prisoners once Sweden withdraws``, ``Norwegian troops could
    pull back if Sweden signs, the party newspaper said`` -> NOR). Not when the speaker asks,
    demands or denies it, when the speaker's sentence gives a third party's part (``Eli Kim, the
    mediator, said ...``), when the clauses offer for more than one state, nor for a state the
    speaker's own words oppose or address.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Eli Kim said Norway would free the prisoners once Sweden withdraws its troops.")
    >>> speaks_for_state_offer({"actor": "Eli Kim", "type": "person"}, [], doc)
    'NOR'
    >>> doc = nlp.bare_nlp()("Eli Kim said Norway must free the prisoners once Sweden withdraws its troops.")
    >>> speaks_for_state_offer({"actor": "Eli Kim", "type": "person"}, [], doc) is None
    True
    """
    if holder.get("type") == "state" or (holder.get("actor") or "").startswith("unnamed"):
        return None
    clauses, against = _said_clauses(holder, mentions, doc, loose=True)
    codes = {code for clause in clauses for code in [_offering_state(clause, mentions)] if code}
    return next(iter(codes)) if len(codes) == 1 and not codes & against else None


#: How many of the article's first lines may hold its headline.
HEADLINE_LINES = 3


def _headline_state(line: str) -> str | None:
    """The state a headline opens with as its subject: ``Norway backs a truce`` -> NOR (not
    ``Norway Sweden talks``, where the next word is a place too, nor an international body).

    >>> _headline_state("Norway's envoy proposes a truce"), _headline_state("Norway, Sweden meet")
    ('NOR', None)
    """
    words = re.sub(r"^\s*the\s+", "", line, flags=re.IGNORECASE).split()
    for n in (3, 2, 1):
        if len(words) <= n:
            continue
        name = re.sub(r"(?:'s|\u2019s)$", "", " ".join(words[:n]))
        code = _word_country(name) if name[:1].isupper() else None
        if not code or code not in state_names() or name.lower() in _demonyms():
            continue
        nxt = words[n]
        return code if nxt.isalpha() and not _word_country(nxt) else None
    return None


def _third_party_headline(doc, offset: int) -> bool:
    """Whether the state a headline at ``offset`` opens with is written as the talks' third party
    (:func:`helpers.actors.countries.third_party`: ``Norway to host Osteria peace talks``, ``Norwegian
    government to mediate talks``): the headline says who brokers, not whose side a speaker is on.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norway to host truce talks next week\\n\\nThe envoys meet.")
    >>> _third_party_headline(doc, 0), _third_party_headline(nlp.bare_nlp()("Norway backs a truce"), 0)
    (True, False)
    """
    tok = next((t for t in doc if t.idx >= offset), None)
    if tok is not None and tok.dep_ == "det":
        tok = tok.head  # ``The Netherlands to host ...``
    return tok is not None and (third_party(tok) or tok.dep_ in ("amod", "compound", "poss") and third_party(tok.head))


def state_of_headline(holder: dict, mentions: list[dict], doc) -> str | None:
    """The article's first person the text never ties to a state speaks
    for the state the headline opens with: news names a state for its leader or envoy in the
    headline (``Norway unveils a truce proposal`` / ``Ann Lee set out the terms ...``) -> NOR; not a
    state the headline names as the talks' host or mediator (``Norwegian government to mediate
    talks``: :func:`_third_party_headline`)."""
    if holder.get("type") not in ("person", None, "") or (holder.get("actor") or "").startswith("unnamed"):
        return None  # an unnamed group (``European leaders``) may be anyone's
    people = [m["actor"] for m in mentions if m.get("type") == "person"]
    if people and holder.get("actor") in people and people[0] != holder.get("actor"):
        return None  # not the article's first person: perhaps the other side's
    first = (holder.get("actor") or "").split()[:1]
    text = doc_text(doc)
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if len(m.group().split()) >= 3]
    for at, line in lines[:HEADLINE_LINES]:  # a person's name that opens with a state's (``Jordan Lee``) is no headline state
        if first and line.split()[0] == first[0] or _opens_with_person(doc, line) or \
                _third_party_headline(doc, at + len(line) - len(line.lstrip())):
            continue
        code = _headline_state(line)
        if code:
            return code
    return None


#: The most words of a section heading inside an article (``What does Norway want?``).
HEADING_WORDS = 12
#: Words of a heading that announces a side's terms (``What does Norway want?``, ``Norway's red lines``);
#: a heading that only names a topic (``Norway hosts the talks``) or a place says nothing of a side.
SECTION_TERM_WORDS = language.words("section_term_words")
#: Marks of a line that is a link, a caption or a credit, not a heading (``Read more: ...``, ``Photo | AP``).
_CREDIT_MARKS = {":", "|"}


def _section_headings(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the article's section headings: a short line of its own, after the headline,
    that asks a question or ends with no full stop (``What does Norway want?``, ``THE NORWEGIAN
    VIEW``); a byline (``By ...``), a link or a credit (``Read more: ...``, ``Photo | AP``) is none.

    >>> _section_headings("Title here\\n\\nNorway met.\\n\\nWhat does Norway want?\\n\\nA lot.")
    [(25, 'What does Norway want?')]
    """
    found, at = [], 0
    for n, line in enumerate(text.split("\n")):
        words = line.split()
        if n and 2 <= len(words) <= HEADING_WORDS and not words[0].lower() == "by" and not _CREDIT_MARKS & set(line) \
                and (line.rstrip().endswith("?") or line.rstrip()[-1:].isalnum()):
            found.append((at + len(line) - len(line.lstrip()), line.strip()))
        at += len(line) + 1
    return found


def state_of_section(holder: dict, mentions: list[dict], doc) -> str | None:
    """A holder the text never places, written under a section heading that names one state and
    announces terms (:data:`SECTION_TERM_WORDS`), holds its terms for that state: an explainer's or
    factbox's ``What does Norway want?`` heads what Norway asks (``Officials in the president's
    government want ...``); a heading naming no state, or two, or only a topic (``Norway hosts the
    talks``), says nothing."""
    if (holder.get("actor") or "").startswith("unnamed"):
        return None
    text = doc_text(doc)
    headings = _section_headings(text)
    codes: Counter = Counter()
    for span in _name_spans(holder.get("actor") or "", doc):
        before = [(at, line) for at, line in headings if at < span.start_char]
        if not before:
            continue
        at, line = before[-1]
        if not SECTION_TERM_WORDS & set(re.findall(r"[a-z]+", line.lower())):
            continue  # a heading of a topic, not of a side's terms
        heading = doc.char_span(at, at + len(line), alignment_mode="expand")
        states = {hit["country"] for hit in map(state_at, heading or []) if hit} if heading is not None else set()
        states |= {c for c in map(demonym_country, line.split()) if c}
        if len(states) == 1:
            codes[next(iter(states))] += 1
    return most_frequent(codes)


def _opens_with_person(doc, line: str) -> bool:
    """Whether the first word of ``line`` (a line of ``doc``) is part of a person's name."""
    at = doc_text(doc).find(line)
    span = doc.char_span(at, at + 1, alignment_mode="expand") if at >= 0 else None
    return bool(span is not None and len(span) and span[0].ent_type_ == "PERSON")


def actor_in_description(holder: dict, mentions: list[dict], doc) -> str | None:
    """An unnamed holder described through a named actor of the article (``unnamed: Harbour
    Front officials``): that actor's side."""
    name = holder.get("actor") or ""
    if not name.startswith("unnamed"):
        return None
    for actor in sorted({m["actor"] for m in mentions if m.get("actor")}, key=lambda a: (-len(a), a)):
        if re.search(rf"\b{re.escape(actor)}\b", name):
            inner = {"actor": actor}
            found = same_actor_elsewhere(inner, mentions, doc) or described_at_mention(inner, mentions, doc)
            if found:
                return found
    return None


def unnamed_words(actor: str) -> list[str]:
    """The words that describe an unnamed source (``unnamed: European officials`` -> ``['European',
    'officials']``); none for a named actor.

    >>> unnamed_words("unnamed: European officials"), unnamed_words("Ann Lee")
    (['European', 'officials'], [])
    """
    kind, _, words = actor.partition(":")
    return words.split() if kind == "unnamed" else []


def described_before_by_noun(holder: dict, mentions: list[dict], doc) -> str | None:
    """An unnamed source named by a bare plural noun (``unnamed: negotiators``) whose noun the article
    gave a state before its first bare use, by a demonym or a possessive (``Norwegian negotiators``,
    ``Norway's negotiators``): that state, when the article gave the noun one state only (``Norway's
    negotiators and Sweden's negotiators`` leave it open; ``Swedish officials`` after ``officials said``
    do not count).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norway's negotiators met on Monday. A deal is near, negotiators said.")
    >>> described_before_by_noun({"actor": "unnamed: negotiators"}, [], doc)
    'NOR'
    >>> doc = nlp.bare_nlp()("A deal is near, officials said. Later, Swedish officials arrived.")
    >>> described_before_by_noun({"actor": "unnamed: officials"}, [], doc) is None
    True
    """
    words = unnamed_words(holder.get("actor") or "")
    if len(words) != 1:
        return None
    noun = words[0].lower()
    found: set = set()
    for tok in (t for t in doc if t.lower_ == noun and t.tag_ == "NNS"):
        code = _before(doc, tok.i, tok.sent.start)
        if code is None:
            break  # the bare noun itself: only what the text said of the noun before counts
        found.add(code)
    return next(iter(found)) if len(found) == 1 else None


def office_in_sentence_before(holder: dict, mentions: list[dict], doc) -> str | None:
    """A person first named as the subject of a sentence whose sentence before has, as its subject,
    a state's office written with the state and no name (``The Norwegian foreign minister praised the
    talks. Ann Lee said ...``, ``Norway's president ...``): news names the office first and the person
    in the next sentence, so the person holds that office's state. Not when the office is written with
    a name (``The Norwegian president, Karl Vos, ...``), the subject is no office of a state (``The
    Norwegian envoy``, ``A Norwegian analyst``), or a sentence of the person opposes or addresses that state
    (``Ann Lee insisted that Norway must withdraw``: the other side replying). A guess the corpus may correct
    (``helpers.actors.across.GUESSED_SIDES``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Norwegian foreign minister praised the talks. Ann Lee said a truce was near.")
    >>> m = [dict(actor="Ann Lee", type="person", start=50, end=57)]
    >>> office_in_sentence_before({"actor": "Ann Lee", "type": "person"}, m, doc)
    'NOR'
    >>> doc = nlp.bare_nlp()("A Norwegian analyst praised the talks. Ann Lee said a truce was near.")
    >>> office_in_sentence_before({"actor": "Ann Lee", "type": "person"}, [dict(m[0], start=39, end=46)], doc) is None
    True
    """
    if holder.get("type") not in ("person", None, "") or (holder.get("actor") or "").startswith("unnamed"):
        return None
    spans = sorted(_holder_spans(holder, mentions, doc), key=lambda sp: sp.start)
    if not spans:
        return None
    first = spans[0]
    head = first[-1]
    if head.dep_ != "nsubj" or first.sent.start == 0:
        return None
    before = doc[first.sent.start - 1].sent
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    office = next((t for t in subjects if t.lemma_.lower() in _STATE_OFFICES
                   or any(c.dep_ == "compound" and c.lemma_.lower() in _STATE_OFFICES for c in t.children)), None)
    if office is None or any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.pos_ == "PROPN" for g in c.subtree) and not _office_portfolio(c) for c in office.children):
        return None
    lo, hi = office.left_edge.idx, office.right_edge.idx + len(office.right_edge)
    if any(m.get("type") == "person" and lo <= m["start"] < hi for m in mentions) or any(
            t.ent_type_ == "PERSON" for t in office.subtree):
        return None  # ``The Norwegian president, Karl Vos, ...``: the office is named with its holder
    code = _before(doc, office.i + 1, before.start)
    if code and code in states_written(holder, mentions, doc, opposes) | states_written(holder, mentions, doc, addressed):
        return None  # ``... Ann Lee insisted that Norway must withdraw``: the other side replying
    return code


def _office_portfolio(prep) -> bool:
    """Whether an ``of`` phrase after an office names its portfolio (``Minister of Foreign Affairs``),
    not a state or a person (``the president of Norway`` is read by the other rules)."""
    return all(t.pos_ in ("PROPN", "ADP", "CCONJ", "DET") and t.lower_ not in DEMONYMS and _word_country(t.text) is None
               for t in prep.subtree if t.i != prep.i)


#: Verbs by which a state names its own official (``sent an envoy``, ``appointed a negotiator``).
APPOINTING_VERBS = language.words("condition_appointing_verbs")


def appointed_before(holder: dict, mentions: list[dict], doc) -> str | None:
    """A person in apposition to a definite role noun (``The envoy, Ann Lee, ...``, ``the new negotiator,
    Ann Lee,``) that an earlier sentence gave as what a state sends, appoints, names or replaces
    (``condition_appointing_verbs``, also in the passive: ``was sent by Norway``), the state the verb's
    subject names (its name, or a demonym or a possessive before a noun of the state: ``The Norwegian
    government sent an envoy.``): that state, read in the nearest such sentence. A state that expels or
    summons an envoy, sends one home, names one another state's (``the Swedish envoy``) or names one jointly
    with another (``Norway and Sweden named a mediator``) names no official of its own.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Norwegian government sent an envoy to the talks. The envoy, Ann Lee, arrived.")
    >>> appointed_before({"actor": "Ann Lee", "type": "person"}, [dict(actor="Ann Lee", start=64, end=71)], doc)
    'NOR'
    >>> doc = nlp.bare_nlp()("The Norwegian government expelled an envoy. The envoy, Ann Lee, left.")
    >>> appointed_before({"actor": "Ann Lee", "type": "person"}, [dict(actor="Ann Lee", start=55, end=62)], doc) is None
    True
    """
    if holder.get("type") not in ("person", None, ""):
        return None
    for m in mentions:
        if m.get("actor") != holder.get("actor"):
            continue
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or not len(span) or span.root.dep_ != "appos":
            continue
        role = span.root.head
        if role.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in role.children):
            continue
        for tok in reversed(doc[:span.sent.start]):  # the nearest such sentence
            verb = tok.head
            if tok.lemma_.lower() != role.lemma_.lower() or tok.dep_ not in ("dobj", "nsubjpass") \
                    or verb.lemma_.lower() not in APPOINTING_VERBS:
                continue
            if any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ in ("amod", "compound") and _token_country(doc, c.i))
                   for c in tok.children) or any(c.lower_ in ("home", "back") for c in verb.children):
                break  # ``sent the Swedish envoy home``, ``Sweden's envoy``: whose the envoy is, said otherwise
            if tok.dep_ == "nsubjpass":  # ``An envoy was sent by Norway``
                subject = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                               None)
            else:
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None or any(c.dep_ == "conj" for c in subject.children):
                break  # ``Norway and Sweden named a mediator``: no one state's
            owner = next((c for c in subject.children if c.dep_ == "poss"), None)
            code = _state_code_at(subject, mentions) or (side_noun_at(subject) or {}).get("country") or (
                _state_code_at(owner, mentions) if owner is not None else None)
            if code:
                return code
            break
    return None


def _tie_broken_by_bodies(counts: Counter, mentions: list[dict]) -> str | None:
    """Of the states that tie at the top of ``counts``, the one whose bodies (organisations of its
    country: its government, army, parties, movements) the article names most: a lede that names a
    war's state and the talks' host once each is about the state whose institutions the article
    quotes, not the host's.

    >>> m = [dict(type="organization", country="NOR"), dict(type="organization", country="SWE"),
    ...      dict(type="organization", country="NOR")]
    >>> _tie_broken_by_bodies(Counter({"NOR": 1, "SWE": 1, "FIN": 0}), m), _tie_broken_by_bodies(Counter({"FIN": 1}), m)
    ('NOR', 'FIN')
    """
    if not counts:
        return None
    tied = {code: n for code, n in counts.items() if n == max(counts.values())}
    return _leader(Counter(tied) + Counter(m["country"] for m in mentions
                                           if m.get("type") == "organization" and m.get("country") in tied))


def lead_state(mentions: list[dict], doc) -> str | None:
    """The state the article is about (:func:`helpers.actors.countries.lead_of` over the
    :func:`~helpers.actors.countries.state_tallies` of ``mentions``, mention-like dicts); when states
    tie, the one of them whose bodies the article names most (``the Government of Norland``):
    :func:`_tie_broken_by_bodies`."""
    return lead_of(*state_tallies(doc, mentions), tie=lambda counts: _tie_broken_by_bodies(counts, mentions))


#: Nouns of "the government" of the state an article is about (``the government insists ...``).
_HOME_GOVERNMENT = language.words("home_government_nouns")
#: Words that make a noun an armed group (``the rebels``, ``the rebel delegation``).
_ARMED_NOUNS = language.words("armed_group_nouns")


def _with_the(tok) -> bool:
    """Whether ``the`` is written before the noun ``tok``."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _bare_definite(tok) -> bool:
    """``the government``, ``the rebels``: ``the`` and the noun, nothing that names whose."""
    return tok.pos_ == "NOUN" and _with_the(tok) \
        and not any(c.dep_ in ("poss", "amod", "compound", "nmod", "prep", "appos") for c in tok.children)


#: How many sentences back a force noun with an owner (``Osteria's army``) makes a bare one its own.
FORCE_OWNER_WINDOW = 3


def window_start(doc, start: int, sentences: int) -> int:
    """The first token of the sentence ``sentences`` sentences before the one that starts at token
    ``start`` (the document's start when there are fewer).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("One. Two. Three.")
    >>> window_start(doc, 4, 1), window_start(doc, 4, 5)
    (2, 0)
    """
    for _ in range(sentences):
        start = doc[start - 1].sent.start if start > 0 else start
    return start


def _owned_before(tok) -> bool:
    """Whether the same noun was written with an owner in its sentence or the
    :data:`FORCE_OWNER_WINDOW` sentences before (``Osteria's army must leave. The army insists ...``):
    the bare noun then names that owner's forces, not the lead state's.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria's army must leave. The army will stay. Rain fell. The army left.")
    >>> _owned_before(doc[7]), _owned_before(doc[15])
    (True, True)
    """
    doc, lo = tok.doc, window_start(tok.doc, tok.sent.start, FORCE_OWNER_WINDOW)
    return any(t.lemma_.lower() == tok.lemma_.lower() and t.i != tok.i and any(
        c.dep_ in ("poss", "amod", "compound") for c in t.children) for t in doc[lo:tok.i])


def _leader_named(tok, mentions: list[dict]) -> bool:
    """``the Lund government``: ``the``, a name no mention covers (its leader's, not a state's, a
    group's or a demonym) and the noun.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Lund government met the Kestrel government.")
    >>> _leader_named(doc[2], []), _leader_named(doc[6], [dict(actor="Kestrel Front", start=24, end=31)])
    (True, False)
    """
    mods = [c for c in tok.children if c.dep_ != "det"]
    if not (tok.pos_ == "NOUN" and _with_the(tok) and len(mods) == 1 and mods[0].dep_ == "compound"
            and mods[0].pos_ == "PROPN" and mods[0].i == tok.i - 1):
        return False
    name = mods[0]
    return state_at(name) is None and demonym_country(name.text) is None \
        and not any(m["start"] <= name.idx < m["end"] for m in mentions)


def party_noun(tok, mentions: list[dict]) -> dict | None:
    """A definite noun that stands for a party the article names, as a mention-like dict:
    ``the government`` (no state, no owner: ``home_government_nouns``; or named for its leader,
    ``the Lund government``) and ``the military``, ``the army``, ``the junta`` (``home_force_nouns``,
    singular, no owner, and none written with an owner just before: :func:`_owned_before`) for the
    state the article is about (:func:`lead_state`); ``the rebels``, ``the insurgents`` (a plural of
    ``armed_group_nouns``) and ``the rebel delegation`` (a party's noun, ``condition_state_nouns``,
    with such a word before it) for the armed group the article names last before it, else most.
    ``the Norwegian government``, ``the government's critics`` and ``a rebel`` are none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norway met the Coastal Front. The government and the rebels met again.")
    >>> m = [dict(actor="Norway", type="state", country="NOR", start=0, end=6),
    ...      dict(actor="Coastal Front", type="organization", country="", start=15, end=28)]
    >>> party_noun(doc[7], m)["actor"], party_noun(doc[10], m)["actor"]
    ('Norway', 'Coastal Front')
    """
    doc = tok.doc
    if (tok.lemma_.lower() in _HOME_GOVERNMENT and (_bare_definite(tok) or _leader_named(tok, mentions))) \
            or (tok.lemma_.lower() in _HOME_FORCES and tok.tag_ == "NN" and _bare_definite(tok)
                and not _owned_before(tok)):
        code = lead_state(mentions, doc)
        state = next((m for m in mentions if m.get("type") == "state" and m.get("country") == code), None)
        return None if state is None else {**state, "start": tok.idx, "end": tok.idx + len(tok), "surface": tok.text}
    named = _named_group(tok, mentions)
    if named is not None:
        return named
    plural = tok.lower_ in _ARMED_NOUNS and tok.tag_ == "NNS" and _bare_definite(tok)
    party = tok.lemma_.lower() in STATE_NOUNS and _with_the(tok) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _ARMED_NOUNS for c in tok.children)
    if not (plural or party):
        return None
    groups = [m for m in mentions if m.get("type") == "organization" and _armed_mention(m, doc)]
    before = [m for m in groups if m["end"] <= tok.idx]
    if before:
        return max(before, key=lambda m: m["start"])
    counts = Counter(m["actor"] for m in groups)
    top = _leader(counts)
    return next((m for m in groups if m["actor"] == top), None)


#: Nouns that name an organisation again by the head of its name (``the coalition``): ``group_name_heads``.
_GROUP_HEADS = language.words("group_name_heads")


def _named_group(tok, mentions: list[dict]) -> dict | None:
    """``the coalition`` (``the coalition of armed movements``): the organisation the article names
    with that word as the head of its name (``group_name_heads``: :func:`_name_head`), the last
    before it, else the one named most; with no such organisation, the one the text introduced in
    apposition to a group word (:func:`_described_group`); none when the noun has an owner or a
    modifier (``Norland's coalition``, ``the ruling coalition``) or is plural.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The coalition wants a truce. The Coalition of Harbour Movements met.")
    >>> m = [dict(actor="Coalition of Harbour Movements", type="organization", start=33, end=63)]
    >>> _named_group(doc[1], m)["actor"]
    'Coalition of Harbour Movements'
    """
    lemma = tok.lemma_.lower()
    if lemma not in _GROUP_HEADS or tok.pos_ != "NOUN" or tok.tag_ == "NNS" or not _with_the(tok) \
            or any(c.dep_ in ("poss", "nmod", "amod", "compound") and c.i < tok.i for c in tok.children):
        return None  # ``Norland's coalition``, ``the ruling coalition``, ``the movements``: another group
    groups = [m for m in mentions if m.get("type") == "organization" and _name_head(m.get("actor") or "") == lemma
              and not m["start"] <= tok.idx < m["end"]]
    before = [m for m in groups if m["end"] <= tok.idx]
    if before:
        found = max(before, key=lambda m: m["start"])
    elif groups:
        top = _leader(Counter(m["actor"] for m in groups))
        found = next((m for m in groups if m["actor"] == top), None)
    else:
        found = _described_group(tok, mentions)
    return None if found is None else {**found, "start": tok.idx, "end": tok.idx + len(tok), "surface": tok.text}


#: ``Chad's opposition alliance, the Front for Renewal``: a group word, a comma, the name.
_DESCRIBED_BEFORE = re.compile(r"\s*,\s*(?:the\s+)?")
#: ``the Front for Renewal, an opposition alliance``: the name, a comma, a few words (no preposition: ``a
#: member of the alliance`` is another group), the group word.
_DESCRIBED_AFTER = re.compile(r"\s*,\s*(?:an?|the)\s+(?:(?!(?:of|in|with|within|from|among|for)\s)[\w'\u2019-]+\s+){0,3}")
#: What closes an apposition after the name: a comma, a dash, a bracket or the sentence's end
#: (``the ruling coalition, the Lakeside Union and the army``: a list, not a name).
_APPOSITION_CLOSE = re.compile(r"\s*(?:[,;:.)\u2013\u2014]|$)")


def _described_group(tok, mentions: list[dict]) -> dict | None:
    """The organisation the text introduced, before ``tok``, in apposition to a group word
    (``group_name_heads``) whatever its own name: ``Chad's opposition alliance, the Front for Renewal,
    ...`` or ``the Front for Renewal, an opposition alliance, ...``; then ``the alliance`` (or, as news
    varies the word, ``the coalition``) names it again; the last so introduced, else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Chad's opposition alliance, the Front for Renewal, met. The coalition wants a truce.")
    >>> m = [dict(actor="Front for Renewal", type="organization", start=32, end=49)]
    >>> _described_group(doc[13], m)["actor"], _described_group(doc[1], m)
    ('Front for Renewal', None)

    Not one that belongs to the group (``the Front, a founding member of the alliance``), a list
    (``the ruling coalition, the Front and the army``), nor when another group's word, owned or
    qualified, comes between (``Osteria's ruling coalition met too. The coalition ...``).
    """
    doc, text = tok.doc, tok.doc.text
    found, at = None, -1
    for word in doc[:tok.i]:
        if word.lemma_.lower() not in _GROUP_HEADS or word.pos_ != "NOUN" or word.tag_ == "NNS":
            continue
        end = word.idx + len(word)
        for m in mentions:
            if m.get("type") != "organization" or m["end"] > tok.idx:
                continue
            if m["start"] >= end and _DESCRIBED_BEFORE.fullmatch(text, end, m["start"]) \
                    and _APPOSITION_CLOSE.match(text, m["end"]) \
                    or m["end"] <= word.idx and _DESCRIBED_AFTER.fullmatch(text, m["end"], word.idx):
                if found is None or m["start"] > found["start"]:
                    found, at = m, word.i
    if found is not None and any(t.lemma_.lower() in _GROUP_HEADS and t.pos_ == "NOUN" and t.tag_ != "NNS"
                                 and any(c.dep_ in ("poss", "amod", "compound") for c in t.children)
                                 for t in doc[at + 1:tok.i]):
        return None  # ``... Osteria's ruling coalition met too. The coalition ...``: another group came between
    return found


def _name_head(name: str) -> str:
    """The head word of an organisation's name, lower-cased: the word before its first ``of``, else
    its last word (``Coalition of Harbour Movements`` -> ``coalition``, ``Harbour Movement`` -> ``movement``).

    >>> _name_head("Coalition of Harbour Movements"), _name_head("Harbour Movement")
    ('coalition', 'movement')
    """
    words = re.findall(r"[\w'-]+", name)
    lowered = [w.lower() for w in words]
    at = lowered.index("of") if "of" in lowered[1:] else len(words)
    return lowered[at - 1] if at else ""


def _armed_mention(m: dict, doc) -> bool:
    """Whether the organisation mention ``m`` is an armed group (its name's last word, or a word
    next to it: :func:`helpers.actors.countries.armed_group`)."""
    from ..actors.countries import _armed_group
    span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return span is not None and len(span) > 0 and _armed_group(span)


def home_state(holder: dict, mentions: list[dict], doc) -> str | None:
    """A named holder the text never places holds its terms for the state the article is about:
    the one its headline and first paragraph name most, else the one the whole article names most
    (``Talks resume in the north`` / ``Norland and the rebels met.`` / ``Ann Lee, the rebels'
    commander, wants ...`` -> Norland's). A civil war's parties, a government's officials and a
    movement's leaders are coded by the state they fight in; with no leading state, no side. When
    a sentence of the holder sets the leading state against it (``fighting Norway``) and writes one
    other state as its ground (``controls much of Sweden``), that other state."""
    if (holder.get("actor") or "").startswith("unnamed") and not home_institution(holder["actor"]):
        return None  # an unnamed group (``European leaders``) may be anyone's
    lead = lead_state(mentions, doc)
    opposed = states_written(holder, mentions, doc, opposes) | states_written(holder, mentions, doc, addressed)
    if lead is None or lead not in opposed:
        return lead
    return ground_state(lead, opposed, states_written(holder, mentions, doc, holds)) \
        or _other_party(mentions, doc, opposed) or lead


#: Nouns of a state's armed forces: an unnamed source of them, no state named, is the article's state's.
_HOME_FORCES = language.words("home_force_nouns")
#: Words that make an unnamed source an outsider (``a foreign military attaché``).
_OUTSIDE_MARKS = language.words("outside_source_marks")


def home_institution(description: str) -> bool:
    """Whether an unnamed source's description (``unnamed: senior military official``) places it in
    the government or the armed forces (``home_government_nouns``, ``home_force_nouns``) of no
    state it names: no demonym, no capitalised word after the first (a name) and no outsider's mark
    (``outside_source_marks``: foreign, rebel, critic, analyst, ...).

    >>> home_institution("unnamed: aide to the army command"), home_institution("unnamed: senior government official")
    (True, True)
    >>> home_institution("unnamed: Western military official"), home_institution("unnamed: foreign army officer")
    (False, False)
    >>> home_institution("unnamed: relatives of captives"), home_institution("unnamed: rebel army commander")
    (False, False)
    >>> home_institution("unnamed: Senior military officials"), home_institution("unnamed: anti-government protester")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+(?:['\u2019]s)?", description.split(":", 1)[-1])
    bare = [re.sub(r"['\u2019]s$", "", w) for w in words]
    lower = [w.lower() for w in bare]
    named = [w for i, w in enumerate(bare) if w[:1].isupper() and i]  # the first word may open a sentence
    return any(w in _HOME_GOVERNMENT or w in _HOME_FORCES for w in lower) \
        and not named and not any(w in _OUTSIDE_MARKS or w in DEMONYMS for w in lower)


def _other_party(mentions: list[dict], doc, opposed: frozenset) -> str | None:
    """The state the article's headline and first paragraph name most (a state mention or a state's
    name or capital no mention covers; not after a preposition of a venue, host or mediator: ``talks
    in Oslo``) apart from the states the holder is set against, when one leads: ``Talks stall as Oslo hardens
    its line`` / ``The ranchers' union will oppose any deal with Sweden`` -> NOR, the other party of
    a two-state dispute; a venue or a mediator (``talks in Oslo``) is no party. When the lede names no
    such state, the one the whole text names most (``Lund, May 2 -- The Front rejected any deal with
    Sweden ... the Front's fighters in Norway ... Norway's army``): the dispute's other state is often
    written only below the lede."""
    text = doc_text(doc)
    return _other_state_before(mentions, doc, opposed, lede_end(text)) \
        or _other_state_before(mentions, doc, opposed, len(text))


def _other_state_before(mentions: list[dict], doc, opposed: frozenset, end: int) -> str | None:
    """:func:`_other_party` over the text before offset ``end``."""
    covered = [(m["start"], m["end"]) for m in mentions]
    found = [(m["start"], m["end"], m["country"]) for m in mentions
             if m.get("type") == "state" and m.get("country") and m["start"] < end]
    for tok in (t for t in doc if t.idx < end and not any(a <= t.idx < b for a, b in covered)):
        hit = state_at(tok)
        if hit is not None and hit["start"] == tok.idx:
            found.append((hit["start"], hit["end"], hit["country"]))
    codes: Counter = Counter()
    for start, stop, code in found:
        span = doc.char_span(start, stop, alignment_mode="expand")
        if code not in opposed and span is not None and len(span) and not third_party(span[-1]) and \
                not (span.start and doc[span.start - 1].lower_ in THIRD_PARTY_PREPOSITIONS):
            codes[code] += 1
    return _leader(codes)


def states_written(holder: dict, mentions: list[dict], doc, test) -> frozenset:
    """ISO codes of the states for which ``test(doc, token)`` holds in the sentences that write the
    holder's name: :func:`helpers.actors.countries.opposes` (``fighting Norway``, ``any agreement
    with Norway``) or :func:`helpers.actors.countries.holds` (``controls much of Norway``)."""
    found = set()
    for start in sorted({span.sent.start for span in _holder_spans(holder, mentions, doc)}):
        for tok in doc[start].sent:
            if not test(doc, tok.i):
                continue
            hit = next((m for m in mentions if m["start"] <= tok.idx < m["end"] and m.get("type") == "state"), None)
            hit = hit or state_at(tok)
            if hit and hit.get("country"):
                found.add(hit["country"])
    return frozenset(found)


#: Where a holder's side comes from when its mention has none (the first answer wins); the
#: article's own state last.
SIDE_RULES = Registry("condition_side", [office_in_body, same_actor_elsewhere, named_country, described_at_mention,
                                         office_in_group,
                                         actor_in_description, described_before_by_noun, described_in_text,
                                         appointed_before, office_in_sentence_before,
                                         office_after_state,
                                         speaks_from_capital, sets_state_terms, speaks_for_state_stance, speaks_for_state_offer,
                                         state_of_section,
                                         state_of_headline, home_state])


def holder_side(holder: dict, mentions: list[dict], doc) -> tuple[str, str]:
    """(ISO code, rule) of the holder's side: its own country if it has one (unless the text gives
    the holder an office in an international body: :func:`office_in_body`), else the first
    :data:`SIDE_RULES` answer, else ``("", "")``."""
    if holder.get("country"):
        body = next((SIDE_RULES.call(name, rule, holder, mentions, doc) and name for name, rule in SIDE_RULES.active()
                     if rule is office_in_body), None)
        return ("INT", body) if body else (holder["country"], "")
    rule, found = SIDE_RULES.first(holder, mentions, doc)
    return (found, rule) if found else ("", "")


def one_side_of_article(conditions: pd.DataFrame) -> pd.Series:
    """Each condition's holder country, where an article left a holder unplaced the one side all
    its placed holders share (an international body counts for none): a movement's communiqué that
    quotes only its own organs and officers (``the Political Bureau``, ``the Front's spokesman``)
    has one side, and the corpus placed the movement though not its organs. Two sides, or none, leave
    the country empty. Read on the corpus's tables, where a holder's country from another article is known.

    An ``unnamed:`` source (an analyst, a diplomat) is left as it is: it need not speak for a side.

    >>> df = pd.DataFrame({"article": ["a", "a", "a", "b", "b", "b", "c", "c"],
    ...                    "holder": ["", "", "", "", "", "", "", "unnamed: an analyst"],
    ...                    "holder_country": ["NOR", "", "INT", "NOR", "SWE", "", "NOR", ""]})
    >>> one_side_of_article(df).tolist()
    ['NOR', 'NOR', 'INT', 'NOR', 'SWE', '', 'NOR', '']
    """
    countries = conditions["holder_country"].fillna("").astype(str).tolist()
    articles = conditions["article"].tolist()
    holders = (conditions["holder"].fillna("").astype(str).tolist() if "holder" in conditions
               else [""] * len(articles))
    sides: dict = {}
    for article, country in zip(articles, countries):
        if country and country != "INT":
            sides.setdefault(article, set()).add(country)
    lone = {article: next(iter(found)) for article, found in sides.items() if len(found) == 1}
    filled = [country or ("" if holder.startswith("unnamed") else lone.get(article, ""))
              for article, country, holder in zip(articles, countries, holders)]
    return pd.Series(filled, index=conditions.index, dtype=object)
