"""The word lists the actor rules consult, loaded from ``helpers/data/words/`` (see
:mod:`helpers.language`), and the patterns built from them.

Each list is one file ``<name>.csv`` (``word,description``): a pattern of English
news language, never a story's people or places. The names of the constants say
which file each one is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import config, language

#: The file of demonyms that let the text state a discovered actor's country
#: (``Russian analyst X``): demonym, ISO alpha-3. Edit it to add nationalities.
DEMONYMS_FILE = config.DATA_DIR / "demonyms.csv"


def load_demonyms(path=None) -> dict[str, str]:
    """Lower-case demonym -> ISO alpha-3 code, from ``data/demonyms.csv``.

    >>> load_demonyms()["russian"]
    'RUS'
    """
    table = language.data_table(path or DEMONYMS_FILE, required=["demonym", "country"])
    return {d.strip().lower(): c.strip() for d, c in zip(table["demonym"], table["country"], strict=True)}


DEMONYMS = load_demonyms()

#: Titles written before a person's name; never part of the canonical name.
TITLES = language.words("titles")
#: Honorifics that make an entity tagged ORG a person (``Councillor Ann Lee``): a subset of the titles.
HONORIFICS = language.words("honorifics")
#: Lower-case particles and suffixes inside personal names (``de la``, ``bin``, ``jr``).
_PARTICLES = language.words("name_particles")


def demonym_at(tok, start: int = 0) -> tuple[str, int]:
    """(country, index of its first token) of the demonym that ends with ``tok``: of two words when
    the word before makes one (``North Korean`` is no ``Korean``; ``Sri Lankan``), no word before
    token ``start`` counted; ``('', tok.i)`` when ``tok`` ends none, or names a state that no longer
    exists after ``former`` (``a former Soviet diplomat`` served it once). The one reader of two-word
    demonyms for actors, condition sides and quote speakers.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("North Korean leader Ann Lee met Korean envoy Bo Park.")
    >>> demonym_at(doc[1]), demonym_at(doc[6]), demonym_at(doc[1], 1), demonym_at(doc[2])
    (('PRK', 0), ('KOR', 6), ('KOR', 1), ('', 2))
    >>> demonym_at(nlp.bare_nlp()("Sri Lankan envoy")[1])
    ('LKA', 0)
    >>> [demonym_at(t)[0] for t in nlp.bare_nlp()("a Latin-American or South American envoy, an American aide")
    ...  if t.lower_ == "american"]
    ['', '', 'USA']
    >>> [demonym_at(t)[0] for t in nlp.bare_nlp()("a former Soviet diplomat and a Soviet envoy") if t.lower_ == "soviet"]
    ['', 'SUN']
    """
    code, first = DEMONYMS.get(tok.lower_, ""), tok.i
    if tok.i > start:
        prev = tok.i - 1
        if tok.doc[prev].text in ("-", "\u2010", "\u2011") and prev > start:
            prev -= 1  # ``South-Korean``, ``Latin-American``: the words across a hyphen
        pair = f"{tok.doc[prev].lower_} {tok.lower_}"
        if pair in DEMONYMS:  # a region's people (``Latin American``) name no state: no code
            if not DEMONYMS[pair]:
                return "", tok.i
            code, first = DEMONYMS[pair], prev
    if code in _former_codes() and _after_former(tok.doc, first, start):
        return "", tok.i  # ``a former Soviet diplomat``: where someone served once, not their side now
    return code, first


#: Words that say something no longer is (``former``, ``ex``).
_FORMER_MARKS = language.words("former_marks")
#: The role of a world row (``data/world_actors.csv``) for a state that no longer exists.
FORMER_STATE_ROLE = "Former state"


@lru_cache(maxsize=1)
def _former_codes() -> frozenset[str]:
    """The codes of the world list's states that no longer exist (:data:`FORMER_STATE_ROLE`), read from the
    list itself: the registry imports this module, so this module cannot ask the registry."""
    table = language.data_table(config.DATA_DIR / "world_actors.csv", required=["country", "role"])
    return frozenset(table.loc[table["role"].str.strip().str.lower() == FORMER_STATE_ROLE.lower(), "country"])


def _after_former(doc, i: int, start: int) -> bool:
    """Whether the word before token ``i`` (across a hyphen: ``ex-Soviet``) is a :data:`_FORMER_MARKS` word."""
    j = i - 1
    if j > start and doc[j].text in ("-", "\u2010", "\u2011"):
        j -= 1
    return j >= start and doc[j].lower_ in _FORMER_MARKS


#: Articles hyphened to the front of a surname (``al-Noor``): ``hyphened_name_articles``.
_NAME_ARTICLES = language.words("hyphened_name_articles")


def bare_surname(word: str) -> str:
    """A surname without the article hyphened to its front (``al-Noor`` -> ``Noor``): a report
    goes on with either form; any other word is itself (``St-Pierre``, ``Smith-Jones``).

    >>> bare_surname("al-Noor"), bare_surname("el-Amin"), bare_surname("St-Pierre"), bare_surname("Lee")
    ('Noor', 'Amin', 'St-Pierre', 'Lee')
    """
    head, dash, rest = word.partition("-")
    return rest if dash and rest[:1].isupper() and head.lower() in _NAME_ARTICLES else word
#: Marks written before a person's name that are no part of it: a retired officer's after the rank
#: (``Lt. Gen. (retd) Ann Lee``) and a dead person's (``the late Ann Lee``).
_NAME_MARKS = language.words("retired_marks") | language.words("deceased_marks")
#: Legal-form suffixes of company names, never part of the canonical name (``Acme Widgets Ltd``).
DESIGNATORS = language.words("designators")
#: Lower-case nouns written after an organisation's own name (``the CGT union``).
ORG_TRAILERS = language.words("org_trailers")
#: Last words of an organisation's name written in title case (``the Harbour Pilots Committee``).
ORG_HEADS = language.words("org_heads")
#: Nouns naming a standing format of talks among several states (``the Lakeport format``, ``the Quartet``).
GROUPING_NOUNS = language.words("grouping_nouns")
#: The heads of a conference's name (``conference_nouns``: ``the Lakeport Conference on Norland``).
CONFERENCE_NOUNS = language.words("conference_nouns")


def conference_on(span) -> bool:
    """Whether ``span`` names a conference by the place it is about: a title-case head of
    :data:`CONFERENCE_NOUNS`, then ``on`` and a title-case word (``the Lakeport II Conference on
    Norland``; not ``a conference on trade``, nor ``the Lakeport Conference`` alone).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Lakeport Conference on Norland met. A conference on trade met.")
    >>> conference_on(doc[0:5]), conference_on(doc[7:11])
    (True, False)
    """
    toks = list(span)
    return any(t.lower_ in CONFERENCE_NOUNS and t.is_title and i + 2 < len(toks) and toks[i + 1].lower_ == "on"
               and toks[i + 2].is_title for i, t in enumerate(toks))
#: Lower-case words allowed inside an organisation's name (``Department of Justice``).
_CONNECTORS = language.words("name_connectors")
#: Division nouns before ``, State`` in an address (``the region, Ruritania``).
_PLACE_WORDS = language.words("place_words")
#: Last words of names of places (``Pine Hollow``, ``Harbour Square``): a place unless it acts.
_PLACE_ENDINGS = language.words("place_endings")
#: Words before a place name that make a longer place, not an organisation (``North Dakota``).
_PLACE_MODIFIERS = language.words("place_modifiers")
#: Last words of a building's name that make it an institution (``St Anne's Hospital``).
_INSTITUTION_ENDINGS = language.words("institution_endings")
#: Words before a quotation mark that open the title of a work (``a film titled "..."``).
_TITLE_CUES = language.words("work_title_cues")
#: Capitalised abbreviations that name a role or a thing, never an organisation (case-sensitive).
_NOT_ORG_ACRONYMS = language.words("not_org_acronyms", lower=False)
#: Verbs of going somewhere (``returning to the White House``).
_MOTION_VERBS = language.words("motion_verbs")
#: Verbs whose direct object is a place visited (``stormed the Harbour Council``).
_VISIT_VERBS = language.words("visit_verbs")
#: Labels before a colon that introduce a picture credit (``Photo: Name``).
_CREDIT_LABELS = language.words("credit_labels")
#: Words and signs joining the names of a byline.
_BYLINE_WORDS = language.words("byline_separators")


def _alternation(words) -> str:
    """A regex alternation of the words, longest first (``a|b``), each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: A municipality named as ``City of X`` speaks and acts as its government.
_MUNICIPAL = re.compile(rf"^(?:{_alternation(language.ordered('municipal_nouns'))}) of [A-Z]")
#: A wire story's closing credit (``(Reporting by A in X; Editing by B)``) or contributor line.
_CREDIT_LINE = re.compile(rf"^\W*(?:(?:additional|further)\s+)?(?:{_alternation(language.words('credit_verbs'))})"
                          r"\s+by\b|\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)",
                          re.IGNORECASE)

#: Quotation marks (an opening one after a title cue starts the title of a work).
_QUOTE_CHARS = "\"“”„«»‘’'‹›"
#: A short all-capital acronym, matched only as written (``US`` is not ``us``).
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&\-]{0,5}$")
#: An acronym given in brackets after a name: ``the Harbour Pilots Guild (HPG)``.
#: A name made of capitals and a number (``K9``, ``XR21``): a group's or a body's code, never a place's.
CODED_NAME = re.compile(r"[A-Z]{1,4}-?\d{1,3}")
#: Acronyms joined by a slash with no space (``AB/C12``, ``SPLM/A``): one organisation's name.
SLASH_NAME = re.compile(r"[A-Z][A-Z0-9]{1,7}/[A-Z][A-Z0-9]{0,7}")
#: The number that opens a unit's name (``5th`` of ``the 5th Harbour Brigade``).
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
_BRACKET_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")
#: An abbreviation written with full stops (``U.S.``).
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
