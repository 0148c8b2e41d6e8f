"""The actor registry (a story's ``actors.csv``): loading, canonical names, alias matching."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Span

from .. import config, language
from ..story import derived
from .words import _ACRONYM, DEMONYMS, FORMER_STATE_ROLE, HONORIFICS, ORG_HEADS, TITLES

MENTION_COLUMNS = ["article", "actor", "type", "country", "surface", "start", "end",
                   "sentence", "sent_start", "source", "rule"]


ACTOR_COLUMNS = ["actor", "type", "country", "aliases", "registered", "n_articles", "n_mentions"]


REGISTRY_COLUMNS = ["canonical", "type", "country", "aliases", "role", "valid_from", "valid_to"]


#: The seeds' story's registry (``helpers/stories/ukraine/actors.csv``).
REGISTRY_FILE = config.PACKAGE_DIR / "stories" / config.SEEDS_STORY / "actors.csv"


#: Entity label the ruler gives each actor type.
LABELS = {"person": "PERSON", "organization": "ORG", "state": "GPE"}


TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "state"}


@dataclass(frozen=True)
class Actor:
    """One registry row."""

    canonical: str
    type: str
    country: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    valid_from: str = ""
    valid_to: str = ""

    def surfaces(self) -> tuple[str, ...]:
        """The canonical name and every alias, without a leading ``the``.

        >>> Actor("Harbour Board", "organization", "RUR", ("the Harbour Board",)).surfaces()
        ('Harbour Board',)
        """
        seen: dict[str, None] = {}
        for s in (self.canonical, *self.aliases):
            s = re.sub(r"^(the)\s+", "", s.strip(), flags=re.I)
            if s:
                seen.setdefault(s, None)
        return tuple(seen)


@dataclass(frozen=True)
class Registry:
    """The actors, hashable so matchers built from it can be cached."""

    actors: tuple[Actor, ...]

    def __hash__(self) -> int:
        # Hashing every actor on each cache lookup (by_name, lookup, matchers) dominated
        # extraction; a frozen registry's hash is computed once and kept on the instance.
        h = self.__dict__.get("_hash")
        if h is None:
            h = hash(self.actors)
            object.__setattr__(self, "_hash", h)
        return h

    @property
    def by_name(self) -> dict[str, Actor]:
        return _by_name(self)

    @property
    def lookup(self) -> dict[str, str]:
        """Lower-cased surface (canonical or alias, apostrophes folded) -> canonical name."""
        return _lookup(self)

    def __len__(self) -> int:
        return len(self.actors)


@lru_cache(maxsize=8)
def _by_name(reg: Registry) -> dict[str, Actor]:
    return {a.canonical: a for a in reg.actors}


def _fold(surface: str) -> str:
    """Lower case, typographic apostrophes/dashes folded, spaces squeezed, no leading ``the``.

    >>> _fold("  The  Russia’s  President ")
    "russia's president"
    """
    s = surface.strip().lower().replace("’", "'").replace("‘", "'")
    s = re.sub(r"[‐‑‒–—]", "-", s)
    s = re.sub(r"\s+", " ", s)
    return re.sub(r"^the ", "", s)


@lru_cache(maxsize=8)
def _lookup(reg: Registry) -> dict[str, str]:
    table: dict[str, str] = {}
    for actor in reg.actors:
        for s in actor.surfaces():
            table.setdefault(_fold(s), actor.canonical)
    return table


def _clean(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def registry_from_records(records) -> Registry:
    """A registry from dicts (or a DataFrame) with at least canonical, type, country.

    >>> len(registry_from_records([{"canonical": "Tidal League", "type": "organization", "country": "INT"}]))
    1
    """
    if isinstance(records, pd.DataFrame):
        records = records.to_dict("records")
    actors = []
    for rec in records:
        name = _clean(rec.get("canonical"))
        if not name:
            continue
        aliases = tuple(a.strip() for a in _clean(rec.get("aliases")).split("|") if a.strip())
        actors.append(Actor(name, _clean(rec.get("type")).lower(), _clean(rec.get("country")).upper(),
                            aliases, _clean(rec.get("role")), _clean(rec.get("valid_from")),
                            _clean(rec.get("valid_to"))))
    return Registry(tuple(actors))


@lru_cache(maxsize=4)
def load_registry(path: Path | str | None = None) -> Registry:
    """A registry CSV (default: the seeds' story's ``actors.csv``), read once."""
    df = pd.read_csv(path or REGISTRY_FILE, dtype=str, keep_default_na=False)
    missing = {"canonical", "type", "country"} - set(df.columns)
    if missing:
        raise ValueError(f"{path or REGISTRY_FILE}: registry lacks columns {sorted(missing)}")
    return registry_from_records(df)


#: The world's states (with their capitals) and international bodies, and the news agencies any
#: English news cites: language knowledge every registry holds, not a story's (one list).
WORLD_FILE = config.DATA_DIR / "world_actors.csv"


@lru_cache(maxsize=1)
def world_records() -> tuple[dict, ...]:
    """The rows of :data:`WORLD_FILE`, in file order (``capital``: ``|``-separated capitals).

    >>> next(r for r in world_records() if r["canonical"] == "Peru")["capital"]
    'Lima'
    """
    table = language.data_table(WORLD_FILE, required=["canonical", "type", "country", "aliases", "capital"])
    return tuple(table.to_dict("records"))


@lru_cache(maxsize=1)
def world_actors() -> Registry:
    """The world's actors (:func:`world_records`) as a registry, a state's capital among its
    aliases (it stands for the state when it acts; see ``filters.capital_as_place``).

    >>> world_actors().by_name["Uruguay"].country, world_actors().by_name["Arab League"].type
    ('URY', 'organization')
    >>> "Montevideo" in world_actors().by_name["Uruguay"].aliases
    True
    """
    return registry_from_records([{**r, "aliases": "|".join(filter(None, (r["aliases"], "" if former_state(r) else r["capital"])))}
                                  for r in world_records()])


def former_state(record: dict) -> bool:
    """Whether a world row is a state that no longer exists (role ``Former state``): its capital is
    today another state's, so it is no alias of it (``mentions.former_state_seat`` reads it).

    >>> [former_state(r) for r in world_records() if r["canonical"] in ("Peru", "Soviet Union")]
    [False, True]
    """
    return str(record.get("role") or "").strip().lower() == FORMER_STATE_ROLE.lower()


@lru_cache(maxsize=1)
def former_seats() -> dict[str, str]:
    """Capital -> the former state it stood for (``Moscow`` -> ``Soviet Union``), from the ``capital``
    column of the rows :func:`former_state` marks.

    >>> former_seats()["Moscow"]
    'Soviet Union'
    """
    return {c.strip(): r["canonical"] for r in world_records() if former_state(r) for c in r["capital"].split("|") if c.strip()}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Capital -> the state it stands for (``Washington`` -> ``United States``), from the
    ``capital`` column of :data:`WORLD_FILE`.

    >>> capitals()["Lima"]
    'Peru'
    """
    return {c.strip(): r["canonical"] for r in world_records() if not former_state(r)
            for c in r["capital"].split("|") if c.strip()}


@lru_cache(maxsize=1)
def _capitals_folded() -> frozenset[str]:
    return frozenset(c.lower() for c in capitals())


def is_capital(name: str) -> bool:
    """Whether ``name`` is a capital of :data:`WORLD_FILE`, in any case (``La Paz``, ``la paz``).

    >>> is_capital("LIMA"), is_capital("Peru")
    (True, False)
    """
    return name.strip().lower() in _capitals_folded()


def with_world_actors(reg: Registry) -> Registry:
    """``reg`` plus the world's states and international bodies it lacks: a story's own row
    (and its aliases) wins over the package's, so a story can rename or re-side a state; a story's
    row for a world state also keeps the world's names for it that no other actor takes (its
    capital: ``Vilnius`` still names Lithuania).

    >>> story = registry_from_records([{"canonical": "Ruritania", "type": "state", "country": "RUR",
    ...     "aliases": "US"}])
    >>> merged = with_world_actors(story)
    >>> merged.lookup["us"], merged.lookup["u.s."], merged.by_name["Ruritania"].country
    ('Ruritania', 'United States', 'RUR')
    >>> with_world_actors(registry_from_records([{"canonical": "Peru", "type": "state", "country": "PER"}])).lookup["lima"]
    'Peru'
    """
    own, taken = {a.canonical for a in reg.actors}, set(reg.lookup)

    def free(actor: Actor) -> tuple[str, ...]:
        """The world actor's names that no row of ``reg`` takes."""
        return tuple(a for a in actor.aliases if _fold(re.sub(r"^the\s+", "", a, flags=re.I)) not in taken)

    world = {a.canonical: a for a in world_actors().actors}
    kept = []
    for actor in reg.actors:
        same = world.get(actor.canonical)
        if actor.type == "state" and same is not None and same.type == "state":  # the story's row for a world state
            actor = replace(actor, aliases=actor.aliases + tuple(x for x in free(same) if x not in actor.aliases))
        kept.append(actor)
    extra = [replace(a, aliases=free(a)) for a in world.values()
             if a.canonical not in own and _fold(a.canonical) not in taken]
    return Registry(tuple(kept) + tuple(extra)) if extra or tuple(kept) != reg.actors else reg


def story_registry(story) -> Registry:
    """The registry of a :class:`~helpers.story.Story`: its ``actors`` table plus the world's states
    and international bodies it lacks (:func:`with_world_actors`), built once per story.

    >>> from helpers.story import story_from_frames
    >>> s = story_from_frames("t", actors=pd.DataFrame([{"canonical": "Jane Roe", "type": "person"}]))
    >>> story_registry(s).by_name["Jane Roe"].type, story_registry(s) is story_registry(s)
    ('person', True)
    """
    return derived(story, "registry",
                   lambda st: with_world_actors(registry_from_records(st.actors.to_dict("records"))))


def _registry(registry, story=None) -> Registry:
    """The registry given, else the story's, else the seeds' story's (for a bare call)."""
    if registry is None:
        return story_registry(story) if story is not None else load_registry()
    if isinstance(registry, Registry):
        return registry
    return registry_from_records(registry)


def canonical(surface: str, registry=None) -> str | None:
    """The canonical name for a surface form, or None (case-insensitive registry lookup).

    >>> reg = registry_from_records([
    ...     {"canonical": "Ivan Dorov", "type": "person", "country": "RUR", "aliases": "Dorov"},
    ...     {"canonical": "Ruritania", "type": "state", "country": "RUR", "aliases": "Strelsau"}])
    >>> canonical("dorov", reg), canonical("Strelsau", reg), canonical("nobody in particular", reg)
    ('Ivan Dorov', 'Ruritania', None)
    """
    if not surface:
        return None
    reg = _registry(registry)
    key = _fold(surface)
    if key in reg.lookup:
        return reg.lookup[key]
    key = re.sub(r"('s|')$", "", key).strip()
    return reg.lookup.get(key)


def _case_sensitive(surface: str) -> bool:
    """Short all-capital acronyms match only as written (``US`` is not ``us``).

    >>> _case_sensitive("US"), _case_sensitive("Unesco"), _case_sensitive("U.S.")
    (True, False, True)
    """
    return bool(_ACRONYM.match(surface)) and " " not in surface


def _variants(surface: str) -> list[str]:
    out = {surface}
    if "'" in surface or "’" in surface:
        out |= {surface.replace("'", "’"), surface.replace("’", "'")}
    return sorted(out)


def ruler_patterns(registry=None) -> list[dict]:
    """Entity-ruler patterns (label PERSON/ORG/GPE, id = canonical name) for the registry.

    Acronyms become case-sensitive token patterns; everything else is a phrase
    pattern, which ``nlp.load_nlp`` matches on the lower-cased text.

    >>> p = ruler_patterns(registry_from_records([{"canonical": "United States",
    ...     "type": "state", "country": "USA", "aliases": "US"}]))
    >>> [(d["label"], d["pattern"]) for d in p]
    [('GPE', 'United States'), ('GPE', [{'ORTH': 'US'}])]
    """
    reg = _registry(registry)
    patterns = []
    seen = set()
    for actor in reg.actors:
        label = LABELS.get(actor.type, "ORG")
        for surface in actor.surfaces():
            for variant in _variants(surface):
                if _case_sensitive(variant):
                    pattern = [{"ORTH": tok} for tok in _tokenize(variant)]
                    key = ("T", tuple(t["ORTH"] for t in pattern))
                else:
                    pattern = variant
                    key = ("P", _fold(variant))
                if key in seen:
                    continue
                seen.add(key)
                patterns.append({"label": label, "pattern": pattern, "id": actor.canonical})
    return sorted(patterns, key=lambda d: (d["id"], str(d["pattern"])))


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


def _tokenize(text: str) -> list[str]:
    return [t.text for t in _tokenizer()(text)]


_MATCHERS: dict = {}


def _matchers(reg: Registry, vocab):
    """Two PhraseMatchers (lower-case and exact) for ``reg`` on ``vocab``, cached."""
    key = (reg, id(vocab))
    if key in _MATCHERS:
        return _MATCHERS[key][1]
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    lower = PhraseMatcher(vocab, attr="LOWER")
    exact = PhraseMatcher(vocab, attr="ORTH")
    for actor in reg.actors:
        lower_docs, exact_docs = [], []
        for surface in actor.surfaces():
            for variant in _variants(surface):
                words = _tokenize(variant)
                if not words:
                    continue
                if _case_sensitive(variant):
                    exact_docs.append(Doc(vocab, words=words))
                else:
                    lower_docs.append(Doc(vocab, words=[w.lower() for w in words]))
        if lower_docs:
            lower.add(actor.canonical, lower_docs)
        if exact_docs:
            exact.add(actor.canonical, exact_docs)
    if len(_MATCHERS) > 16:
        _MATCHERS.clear()
    _MATCHERS[key] = (vocab, (lower, exact))
    return lower, exact


def _non_overlapping(spans: list[tuple]) -> list[tuple]:
    """Longest spans first, then earliest; drop any that overlaps one kept.

    >>> _non_overlapping([("a", 0, 2), ("b", 1, 4), ("c", 4, 5)])
    [('b', 1, 4), ('c', 4, 5)]
    """
    taken: set[int] = set()
    kept = []
    for item in sorted(spans, key=lambda s: (-(s[2] - s[1]), s[1], s[0])):
        if taken.isdisjoint(range(item[1], item[2])):
            kept.append(item)
            taken.update(range(item[1], item[2]))
    return sorted(kept, key=lambda s: (s[1], s[2]))


#: Words that may follow an alias without making it part of a longer name (``Ruritania's
#: Foreign Ministry``, ``US President``, ``Ruritania Defence Ministry``).
_AFTER_ALIAS = TITLES | ORG_HEADS | language.words("org_nouns") | language.words("source_nouns") \
    | language.words("spokes_nouns")


def continues_name(doc, end: int, start: int | None = None) -> bool:
    """Does a capitalised word right after token ``end`` make the alias before it part of a longer
    name (``Jordan Peters``, ``Chad Okafor``: a person, not the state)? An office or organisation
    word (``Jordan Foreign Ministry``) or a line break does not, nor does a name after an alias
    that holds an office word (``Ruritanian President Ann Lee``; the alias starts at ``start``,
    default: one token).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Jordan Peters met the Jordan Foreign Minister in Jordan.")
    >>> continues_name(doc, 1), continues_name(doc, 5), continues_name(doc, 10)
    (True, False, False)
    """
    if end >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return False
    nxt, last = doc[end], doc[end - 1]
    alias = doc[end - 1 if start is None else start:end]
    return (nxt.is_alpha and nxt.is_title and nxt.lower_ not in _AFTER_ALIAS and not last.text.isupper()
            and not any(t.lower_ in _AFTER_ALIAS for t in alias))


#: Penn tags of a proper noun (the tagger calls some first names plural ones).
_PROPER_TAGS = ("NNP", "NNPS")
#: Words of the calendar, which may follow a name in wire style (``Ann Lee Tuesday said``) but are no part of it.
_CALENDAR = language.DAY_NAMES | language.MONTH_NAMES


def _name_word(tok) -> bool:
    """Whether ``tok`` may be a word of a personal name after a title: a capitalised proper noun that is
    no office or organisation word and no day or month (``Ann``, ``Lee``; not ``Council``, ``Tuesday``)."""
    return tok.is_title and tok.tag_ in _PROPER_TAGS and tok.lower_ not in _AFTER_ALIAS and tok.lower_ not in _CALENDAR


def _initial(word: str) -> str:
    """The first letter of a given name, without its accent and with the letters transliteration
    swaps folded together (``Yevgen``/``Evgen``, ``Karl``/``Carl``, ``Hennadiy``/``Gennady``,
    ``Wladimir``/``Vladimir``, ``Philipp``/``Filipp``), so another spelling is no other person.

    >>> [_initial(w) for w in ("Édouard", "Yevgen", "Evgen", "Carl", "Karl", "Gennady", "Anna")]
    ['i', 'i', 'i', 'k', 'k', 'h', 'a']
    """
    first = unicodedata.normalize("NFKD", word[:1]).encode("ascii", "ignore").decode().lower()
    return _INITIAL_FOLDS.get(first, first)


#: An initial standing for a given name (``J.``), and the hyphens that join two given names (``Ann-Marie``).
_INITIAL_TOKEN = re.compile(r"[A-Z]\.")
_HYPHENS = ("-", "\u2010", "\u2011")
#: Titles that stand before a surname though the tables keep them in some names (``Emir Lee``): ``name_title_words``.
_NAME_TITLES = language.words("name_title_words")
#: First letters that transliterations of one given name swap (``Y``/``E``/``I``/``J``, ``C``/``K``/``Q``,
#: ``G``/``H``, ``W``/``V``, ``P``/``F``), each folded to one: ``transliteration_initials`` (``y=i``).
_INITIAL_FOLDS = dict(w.split("=", 1) for w in language.words("transliteration_initials"))


def _another_given_name(doc, start: int, name: str) -> bool:
    """Whether the one-word alias at token ``start``, capitalised, ends a person's name whose given names
    (the run of up to three capitalised words and initials before it, none of a place, a group or a body
    by the model's entities) are not the registered person's ``name``: none of them is one of its given
    names or starts with the same letter (:func:`_initial`: another spelling or a short form is the same
    person), and none is a title or a demonym (``Mr.``, ``Emir``, ``Osterian``: no given name at all).
    ``Ann Lee`` where the registry means ``Bo Lee``: a namesake.

    >>> from helpers import nlp
    >>> from spacy.tokens import Span
    >>> doc = nlp.bare_nlp()("Ann Lee met Bo Lee, Bob Lee, Bo J. Lee and Mr. Lee.")
    >>> doc.ents = [Span(doc, a, b, label="PERSON") for a, b in ((0, 2), (3, 5), (6, 8), (9, 12), (13, 15))]
    >>> [_another_given_name(doc, i, "Bo Lee") for i in (1, 4, 7, 11, 14)]
    [True, False, False, False, False]
    """
    alias = doc[start]
    if start == 0 or not alias.is_title:
        return False
    run, i = [], start - 1
    while i >= 0 and start - i <= 3 and "\n" not in doc[i].text_with_ws and doc[i].ent_type_ in ("", "PERSON") \
            and (doc[i].is_title or doc[i].text in _HYPHENS or _INITIAL_TOKEN.fullmatch(doc[i].text)) \
            and doc[i].lower_.rstrip(".") not in TITLES | HONORIFICS | _AFTER_ALIAS | _NAME_TITLES \
            and doc[i].lower_ not in DEMONYMS:
        run.append(doc[i])  # the given names and initials before the surname (``Ann``, ``Ann J.``, ``Ann-Marie``),
        i -= 1  # back to a title or a demonym (``First Lady Ann Lee``; ``Mr. Lee``, ``Emir Lee``: none)
    words = [t.text.rstrip(".") for t in run if t.text not in _HYPHENS]
    if not words or not _name_word(run[0]) and not _INITIAL_TOKEN.fullmatch(run[0].text):
        return False  # ``Mr. Lee``, ``Emir Lee``, ``Osterian Lee``, ``In Geneva Lee``: no given name
    if _title_case_line(doc, i + 1, start + 1):
        return False  # ``Norland Snubs Lee``: a headline in title case, its verbs capitalised too
    own = name.split()[:-1]
    return not any(w in own or _initial(w) in {_initial(o) for o in own} for w in words)


def _without_namesakes(doc, found: list[tuple[str, int, int]], reg) -> list[tuple[str, int, int]]:
    """Drop a registered person's one-word alias (a surname) where the text writes it after another
    given name (:func:`_another_given_name`: ``Ann Lee`` is not the registry's ``Bo Lee``); and when
    the text never names the registered person itself (no alias of several words, no given name of
    its own, no title before the surname but an honorific, ``Mr`` or ``Ms``), drop every lone use of
    that surname too: the article is about the namesake (``Ann Lee said ... Ms Lee added``).

    >>> from helpers import nlp
    >>> from helpers.actors.registry import Registry, Actor
    >>> reg = Registry((Actor("Bo Lee", "person", "NRL", ("Lee",)),))
    >>> doc = nlp.bare_nlp()("Ann Lee spoke. Ms Lee said more.")
    >>> _without_namesakes(doc, [("Bo Lee", 1, 2), ("Bo Lee", 5, 6)], reg)
    []
    >>> doc = nlp.bare_nlp()("Ann Lee met Bo Lee. Lee said more.")
    >>> _without_namesakes(doc, [("Bo Lee", 1, 2), ("Bo Lee", 3, 5), ("Bo Lee", 6, 7)], reg)
    [('Bo Lee', 3, 5), ('Bo Lee', 6, 7)]
    """
    named = {i for _, s, e in found for i in range(s, e)}  # ``Osteria Lee``: a registered name is no given name
    shadowed = {(n, s) for n, s, e in found if e - s == 1 and reg.by_name[n].type == "person"
                and len(n.split()) > 1 and s - 1 not in named and _another_given_name(doc, s, n)}
    if not shadowed:
        return found
    names = {n for n, _ in shadowed}
    own = {n for n, s, e in found if n in names and (n, s) not in shadowed
           and (e - s > 1 or (s > 0 and doc[s - 1].text in n.split()) or (s > 0 and doc[s - 1].lower_.rstrip('.') in TITLES - HONORIFICS))}
    return [(n, s, e) for n, s, e in found
            if (n, s) not in shadowed and not (n in names and n not in own and e - s == 1)]


def _title_case_line(doc, lo: int, hi: int) -> bool:
    r"""Whether the line that holds tokens ``lo`` to ``hi - 1`` has no lower-case word but short ones
    outside them: a headline in title case (``Norland Snubs Lee``), its verbs capitalised too.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland Snubs Ann Lee In Rome\n\nNorland snubbed Ann Lee in Rome.")
    >>> _title_case_line(doc, 2, 4), _title_case_line(doc, 9, 11)
    (True, False)
    """
    first, last = lo, hi - 1
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    while last + 1 < len(doc) and "\n" not in doc[last].text_with_ws and "\n" not in doc[last + 1].text:
        last += 1
    return not any(t.is_alpha and t.is_lower and not t.is_stop for t in [*doc[first:lo], *doc[hi:last + 1]])


def titles_another(doc, end: int, start: int, same: set[int] = frozenset()) -> bool:
    """Does a person's registered title (an alias that holds an office word: ``Ruritanian
    President``) stand right before a personal name of two words that is not one of that person's
    own aliases (``same``: the token starts of those)? Then the title is the named person's
    (``former Ruritanian President Ann Lee``), not the office holder's the registry means. A
    headline in title case (``Ruritanian President Meets Pope``: no lower-case word but short ones
    on its line, before the title or after the name), a day or a month after the title (``Ruritanian
    President Lee Tuesday said``) and the holder's own name after the title (``Ruritanian President
    Ann Lee`` where Ann Lee is the registered holder) keep it.

    >>> from helpers import nlp
    >>> doc = nlp.load_model()("Former Ruritanian President Peter Marsh said on Monday that talks must wait.")
    >>> titles_another(doc, 3, 1), titles_another(doc, 3, 1, {3})
    (True, False)
    >>> doc = nlp.load_model()("Ruritanian President Meets Pope In Rome")
    >>> titles_another(doc, 2, 0)
    False
    """
    if end + 1 >= len(doc) or end in same or any("\n" in t.whitespace_ for t in doc[end - 1:end + 1]):
        return False
    if not any(t.lower_ in _AFTER_ALIAS for t in doc[start:end]):
        return False
    if not (_name_word(doc[end]) and _name_word(doc[end + 1]) and doc[end].is_alpha and doc[end + 1].is_alpha):
        return False
    return not _title_case_line(doc, start, end + 2)  # the line's words but the title and the name


@Language.component("longer_name_guard")
def longer_name_guard(doc):
    """Drop ruler entities that are the start of a longer capitalised name (see :func:`continues_name`),
    so the statistical NER reads ``Jordan Peters`` as the person it is, and a person's title written
    before another person's name (:func:`titles_another`), so it reads ``former Ruritanian President
    Peter Marsh`` as his."""
    own = defaultdict(set)
    for e in doc.ents:
        if e.ent_id_:
            own[e.ent_id_].add(e.start)
    kept, names = [], []
    for e in doc.ents:
        if e.ent_id_ and continues_name(doc, e.end, e.start):
            continue
        if e.ent_id_ and e.label_ == "PERSON" and titles_another(doc, e.end, e.start, own[e.ent_id_]):
            end = e.end + 2
            while end < len(doc) and _name_word(doc[end]):
                end += 1
            names.append(Span(doc, e.end, end, label="PERSON"))
            continue
        kept.append(e)
    taken = {i for e in kept for i in range(e.start, e.end)}
    doc.ents = kept + [n for n in names if taken.isdisjoint(range(n.start, n.end))]
    return doc


def registry_matches(doc, registry=None) -> list[tuple[str, int, int]]:
    """(canonical, token start, token end) of every registry alias in ``doc``, no overlaps.

    A lower-cased single word (``dorov``) counts when the actor is also
    written capitalised or in several words in the article, or when the
    article writes at least two registered names in lower case (an outlet's
    house style); so ``a core tenet`` is not the outlet ``Tenet``.
    """
    reg = _registry(registry)
    lower, exact = _matchers(reg, doc.vocab)
    strings = doc.vocab.strings
    found = [(strings[m], s, e) for m, s, e in list(lower(doc)) + list(exact(doc))]
    found = _non_overlapping(found)
    own = defaultdict(set)  # every alias's start, before any is dropped: the holder's own name after a title
    for n, s, _ in found:
        own[n].add(s)
    found = [(n, s, e) for n, s, e in found if not continues_name(doc, e, s)]
    found = [(n, s, e) for n, s, e in found
             if not (reg.by_name[n].type == "person" and titles_another(doc, e, s, own[n]))]
    found = _without_namesakes(doc, found, reg)
    confirmed, lowercase_only = set(), defaultdict(list)
    for name, s, e in found:
        span_text = doc[s:e].text
        if e - s == 1 and span_text.islower():
            lowercase_only[name].append((s, e))
        else:
            confirmed.add(name)
    house_style = len(lowercase_only) >= 2
    return [(n, s, e) for n, s, e in found
            if not (e - s == 1 and doc[s:e].text.islower()) or n in confirmed or house_style]
