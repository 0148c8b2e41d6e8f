"""Actors: the registry, mention finding, and discovery of names the registry lacks.

The registry (``helpers/data/actors.csv``) is topic data a researcher edits:
one row per actor with its canonical name, type (person, organization,
state), country (ISO alpha-3, ``INT`` for international bodies), ``|``-separated
aliases (spellings, titles, capitals used for the state), role and validity
dates. Matching is case-insensitive, except for short all-capital acronyms
(``US`` must not match the pronoun ``us``).

Names the registry lacks are discovered from spaCy's NER (PERSON and ORG);
a later bare surname resolves to the longest form seen in the article.
Places used only as places are not actors: an unregistered GPE (a city, a
region) is never an actor, and a registered state written as part of an
address (``Osaka, Japan``) is a place.

>>> reg = registry_from_records([{"canonical": "Jane Roe", "type": "person",
...     "country": "USA", "aliases": "Roe|the senator"}])
>>> canonical("the Senator", reg)
'Jane Roe'
"""
from __future__ import annotations

import bisect
import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config
from .context import ArticleContext

MENTION_COLUMNS = ["article", "actor", "type", "country", "surface", "start", "end",
                   "sentence", "sent_start", "source"]
ACTOR_COLUMNS = ["actor", "type", "country", "aliases", "registered", "n_articles", "n_mentions"]
REGISTRY_COLUMNS = ["canonical", "type", "country", "aliases", "role", "valid_from", "valid_to"]
REGISTRY_FILE = config.DATA_DIR / "actors.csv"

#: Entity label the ruler gives each actor type.
LABELS = {"person": "PERSON", "organization": "ORG", "state": "GPE"}
TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "state"}

#: The file of demonyms that let the text state a discovered actor's country
#: (``Russian analyst X``): demonym, ISO alpha-3. Edit it to add nationalities.
DEMONYMS_FILE = config.DATA_DIR / "demonyms.csv"


def load_demonyms(path=None) -> dict[str, str]:
    """Lower-case demonym -> ISO alpha-3 code, from ``data/demonyms.csv``.

    >>> load_demonyms()["russian"]
    'RUS'
    """
    with open(path or DEMONYMS_FILE, newline="", encoding="utf-8") as fh:
        return {row["demonym"].strip().lower(): row["country"].strip() for row in csv.DictReader(fh)}


DEMONYMS = load_demonyms()
_PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "der", "den", "de", "du", "da", "di", "i", "y",
              "la", "le", "del", "dos", "das", "mac", "st", "jr", "sr"}
_PLACE_WORDS = {"region", "oblast", "province", "state", "city", "county", "district", "krai",
                "territory", "republic"}
_TITLE_CUES = {"titled", "entitled", "headlined", "called", "named", "dubbed", "book", "film",
               "movie", "novel", "documentary", "song", "album", "play", "series", "poem", "essay",
               "opera", "painting", "exhibition", "column", "show", "memoir", "biography"}
_QUOTE_CHARS = "\"“”„«»‘’'‹›"
_BYLINE_WORDS = {",", ";", "and", "&", "by", "|", "/", "·", "•", "with"}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&\-]{0,5}$")
#: Lower-case words allowed inside an organisation's name (``Department of Justice``).
_CONNECTORS = {"of", "and", "for", "the", "on", "in", "at", "to"}
#: Titles written before a person's name; never part of the canonical name.
TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
          "president", "vice", "prime", "minister", "senator", "sen", "rep", "representative",
          "congressman", "congresswoman", "governor", "gov", "mayor", "councillor", "councilor",
          "councilman", "councilwoman", "alderman", "judge", "justice", "general", "gen", "colonel",
          "col", "lt", "lieutenant", "capt", "captain", "major", "sgt", "sergeant", "officer",
          "detective", "inspector", "commissioner", "chancellor", "secretary", "ambassador",
          "deputy", "chief", "coach", "father", "rev", "reverend", "bishop", "archbishop", "pope",
          "rabbi", "imam", "sheikh", "king", "queen", "prince", "princess", "chairman",
          "chairwoman", "chair", "speaker", "premier", "director", "superintendent", "dean",
          "attorney", "mp", "mep", "councillors", "supervisor", "assemblyman", "assemblywoman",
          "trustee", "magistrate", "sheriff", "alderwoman", "economy", "finance", "foreign", "defence",
          "defense", "interior", "health", "justice", "trade", "majority", "minority", "leader",
          "whip", "spokesman", "spokeswoman", "spokesperson"}
#: Marks of a retired officer written after the rank (``Lt. Gen. (retd) Ann Lee``).
_RETIRED = {"retd", "ret", "rtd", "retired"}
#: Legal-form suffixes of company names, never part of the canonical name (``Acme Widgets Ltd``).
DESIGNATORS = {"inc", "ltd", "plc", "corp", "llc", "l.l.c", "s.a", "sa", "ag", "gmbh", "nv", "n.v", "bv",
               "b.v", "pty", "spa", "s.p.a", "limited", "incorporated", "pvt", "s.a.s", "sas", "ab", "asa", "oyj"}
#: Last words of names of places (``Pine Hollow``, ``Harbour Square``): a place unless it acts.
_PLACE_ENDINGS = {"palace", "hollow", "square", "street", "avenue", "road", "bridge", "park",
                  "hall", "tower", "stadium", "arena", "airport", "station", "building", "castle",
                  "cathedral", "valley", "ridge", "creek", "falls", "lake", "river", "mountain",
                  "mountains", "heights", "springs", "beach", "island", "islands", "bay", "canyon",
                  "flat", "flats", "hill", "hills", "plaza", "gardens", "grove", "wood", "woods"}
#: Last words of a building's name that make it an institution (``St Anne's Hospital``).
_INSTITUTION_ENDINGS = {"hospital", "university", "college", "school", "institute", "museum",
                        "library", "clinic", "academy"}
#: Lower-case nouns written after an organisation's own name (``the CGT union``, ``the Elabe
#: institute``): the bare name is the actor.
ORG_TRAILERS = {"union", "party", "group", "alliance", "coalition", "federation", "movement", "bloc",
                "institute", "agency", "firm", "company", "network", "association", "confederation",
                "organisation", "organization", "pollster", "broadcaster", "newspaper", "carrier",
                "operator", "airline", "bank", "insurer", "lender", "watchdog", "regulator"}
#: A municipality named as ``City of X`` speaks and acts as its government.
_MUNICIPAL = re.compile(r"^(?:City|Town|Municipality|Borough|Village|County) of [A-Z]")
#: An acronym given in brackets after a name: ``the Harbour Pilots Guild (HPG)``.
_BRACKET_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


# ---------------------------------------------------------------- per-article text

_DOC_TEXT: dict[int, tuple] = {}


def doc_text(doc) -> str:
    """``doc.text``, computed once per article: spaCy rebuilds the string on every access.

    The entry holds the Doc itself, so its id cannot be reused by another Doc while cached;
    only the last few articles are kept (extraction runs one article at a time).
    """
    entry = _DOC_TEXT.get(id(doc))
    if entry is None or entry[0] is not doc:
        if len(_DOC_TEXT) >= 8:
            _DOC_TEXT.clear()
        entry = _DOC_TEXT[id(doc)] = (doc, doc.text)
    return entry[1]


# ---------------------------------------------------------------- registry

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

        >>> Actor("Kremlin", "organization", "RUS", ("the Kremlin",)).surfaces()
        ('Kremlin',)
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

    >>> len(registry_from_records([{"canonical": "NATO", "type": "organization", "country": "INT"}]))
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
    """The registry CSV (default ``helpers/data/actors.csv``), read once.

    >>> load_registry().by_name["Vladimir Putin"].country
    'RUS'
    """
    df = pd.read_csv(path or REGISTRY_FILE, dtype=str, keep_default_na=False)
    missing = {"canonical", "type", "country"} - set(df.columns)
    if missing:
        raise ValueError(f"{path or REGISTRY_FILE}: registry lacks columns {sorted(missing)}")
    return registry_from_records(df)


def _registry(registry) -> Registry:
    if registry is None:
        return load_registry()
    if isinstance(registry, Registry):
        return registry
    return registry_from_records(registry)


def canonical(surface: str, registry=None) -> str | None:
    """The canonical name for a surface form, or None (case-insensitive registry lookup).

    >>> canonical("putin"), canonical("Kiev"), canonical("nobody in particular")
    ('Vladimir Putin', 'Ukraine', None)
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

    >>> _case_sensitive("US"), _case_sensitive("Nato"), _case_sensitive("U.S.")
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


# ---------------------------------------------------------------- matching

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


def registry_matches(doc, registry=None) -> list[tuple[str, int, int]]:
    """(canonical, token start, token end) of every registry alias in ``doc``, no overlaps.

    A lower-cased single word (``putin``) counts when the actor is also
    written capitalised or in several words in the article, or when the
    article writes at least two registered names in lower case (an outlet's
    house style); so ``a core tenet`` is not the outlet ``Tenet``.
    """
    reg = _registry(registry)
    lower, exact = _matchers(reg, doc.vocab)
    strings = doc.vocab.strings
    found = [(strings[m], s, e) for m, s, e in list(lower(doc)) + list(exact(doc))]
    found = _non_overlapping(found)
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


# ---------------------------------------------------------------- zones where names are not actors

def _line_bounds(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for line in text.split("\n"):
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    return bounds


def _title_suffix(text: str) -> tuple[int, int] | None:
    """Char span of a trailing ``– Outlet`` on the first line (the site name in a headline)."""
    first = text.split("\n", 1)[0]
    m = re.search(r"\s[-–—|]\s+([^-–—|]{1,40})$", first)
    if m and len(m.group(1).split()) <= 4:
        return (m.start(1), m.end(1))
    return None


#: A wire story's closing credit (``(Reporting by A in X; Editing by B)``) or contributor line.
_CREDIT_LINE = re.compile(r"^\W*(?:(?:additional|further)\s+)?(?:reporting|writing|editing|compiled|"
                          r"produced|graphics?|research)\s+by\b|\bcontributed\s+(?:to\s+)?(?:this|the)\s+"
                          r"(?:report|story|article)", re.IGNORECASE)


def _is_credit_line(line: str) -> bool:
    """A line that credits the reporters and editors of the story, wherever it stands.

    >>> _is_credit_line("(Reporting by Ann Lee in Oslo; Editing by Tom Roe)")
    True
    >>> _is_credit_line("Staff writers Ann Lee and Tom Roe contributed to this report."), _is_credit_line("Lee said so.")
    (True, False)
    """
    return bool(_CREDIT_LINE.search(line.strip()))


def _is_byline(doc, start: int, end: int) -> bool:
    """A short early line made only of capitalised names and separators (``By A, B and C``,
    ``ANN LEE and TOM O'ROE``, ``Ann Lee in Oslo``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or len(span) > 30:
        return False
    line = doc_text(doc)[start:end].strip()
    signed = line.lower().startswith("by ")
    person = any(e.label_ == "PERSON" and e.start_char < end and start < e.end_char for e in doc.ents)
    if not (person or signed):
        return False
    line = re.sub(r"\s+in\s+[A-Z][^\s,;]*(?:\s+[A-Z][^\s,;]*){0,2}$", "", line)  # ``... in São Paulo``
    words = [w for w in re.split(r"[\s,;&|/·•]+", line) if w and w.lower() not in _BYLINE_WORDS]
    if len(words) < 2 or len(words) > 12:
        return False
    return all(re.fullmatch(r"[A-Z][\w'’.\-]*", w) or w.lower() in _PARTICLES for w in words)


def _skip_zones(doc) -> dict[str, list[tuple[int, int]]]:
    """Char ranges where mentions are ignored: ``outlet`` (title suffix), ``names`` (bylines),
    ``discovery`` (footnotes)."""
    text = doc_text(doc)
    zones: dict[str, list[tuple[int, int]]] = {"outlet": [], "names": [], "discovery": []}
    suffix = _title_suffix(text)
    if suffix:
        zones["outlet"].append(suffix)
    for i, (s, e) in enumerate(_line_bounds(text)):
        line = text[s:e]
        if not line.strip():
            continue
        if line.lstrip().startswith("*"):
            zones["discovery"].append((s, e))
        if (i <= 6 and _is_byline(doc, s, e)) or _is_credit_line(line):
            zones["names"].append((s, e))
    return zones


def _inside(start: int, end: int, ranges) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def _is_credit(doc, start_tok: int, end_tok: int | None = None) -> bool:
    """A picture or wire credit: ``Image/Reuters``, ``Photo: AP``, ``File Image/``."""
    if end_tok is not None and end_tok < len(doc) and doc[end_tok].text.startswith("/"):
        return True
    if start_tok == 0:
        return False
    prev = doc[start_tok - 1]
    if prev.text in {"/", "©"}:
        return True
    if prev.text == ":" and start_tok >= 2 and doc[start_tok - 2].lower_ in {"photo", "image", "credit", "source", "picture"}:
        return True
    return prev.text.endswith("/") and len(prev.text) > 1


def _address_place(doc, start_tok: int, registered_toks: set[int]) -> bool:
    """A state written as the last part of an address (``Osaka, Japan``): a place, not an actor."""
    if start_tok < 2 or doc[start_tok - 1].text != ",":
        return False
    before = doc[start_tok - 2]
    if before.i in registered_toks:
        return False
    if before.lower_ in _PLACE_WORDS:
        return True
    return before.ent_type_ in {"GPE", "LOC", "FAC"}


def _in_work_title(doc, span) -> bool:
    """Inside quotation marks opened right after ``titled``/``entitled``/...: the name of a work."""
    sent = _sentence(span)
    opened_at = None
    for tok in sent:
        if tok.i >= span.start:
            break
        if tok.text and tok.text[0] in _QUOTE_CHARS:
            if opened_at is None and tok.i > sent.start and doc[tok.i - 1].lower_ in _TITLE_CUES:
                opened_at = tok.i
            elif opened_at is not None:
                opened_at = None
    return opened_at is not None


# ---------------------------------------------------------------- discovery

def _strip_span(span):
    """Drop leading determiners/punctuation and lower-case words (``daily Record``), anything
    from an opening bracket on, and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start, end):
        if doc[i].text in "([{":
            end = i
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct
                           or doc[start].is_space
                           or (doc[start].is_lower and doc[start].lower_ not in _PARTICLES)):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct
                           or doc[end - 1].is_space or doc[end - 1].lower_ in _CONNECTORS
                           or (end - start > 1 and _is_designator(doc[end - 1]))
                           or (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in ORG_TRAILERS)):
        end -= 1
    return doc[start:end]


def _strip_titles(span):
    """A person's span without the titles before the name (``Councillor Ann Lee`` -> ``Ann Lee``)."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and (doc[start].lower_.rstrip(".") in TITLES or doc[start].text in ".()"
                               or doc[start].lower_.rstrip(".") in _RETIRED):
        start += 1
    return doc[start:end]


def clean_name(text: str, person: bool = False) -> str:
    """A name as NER or a parse gives it, made canonical: no bracket tail, no leading article
    or lower-case word, no possessive; for a ``person``, no title either.

    >>> clean_name("the Harbour Pilots Guild (HPG"), clean_name("Councillor Ann Lee's", person=True)
    ('Harbour Pilots Guild', 'Ann Lee')
    >>> clean_name("weekly Courier"), clean_name("The Office of Fair Trading")
    ('Courier', 'Office of Fair Trading')
    >>> clean_name("Acme Widgets Ltd"), clean_name("Lt. Gen. Ann Lee", person=True)
    ('Acme Widgets', 'Ann Lee')
    """
    text = re.split(r"\s*[(\[{]", text or "", maxsplit=1)[0]
    words = text.replace("\n", " ").split()
    while words and (words[0].lower() in {"the", "a", "an"} or
                     (words[0].islower() and words[0] not in _PARTICLES)):
        words.pop(0)
    while person and len(words) > 1 and (words[0].lower().rstrip(".") in TITLES
                                         or words[0].lower().strip(".()") in _RETIRED):
        words.pop(0)
    while not person and len(words) > 1 and words[-1].rstrip(".,").lower() in DESIGNATORS and (
            words[-1][:1].isupper() or words[-1].rstrip(".,").lower() in {"plc", "ltd", "inc", "llc", "pvt"}):
        words.pop()
    out = " ".join(words)
    out = re.sub(r"(?:['’]s|['’])$", "", out)
    return out.strip(" *.,;:-–—")


def _extend_given_name(span, lower_words: set[str], taken: set[int]):
    """A PERSON span widened left over given names the NER left out (``Ana [Ortiz de la Cruz]``).

    Only capitalised proper nouns that are not titles, not written in lower case
    elsewhere in the article and not part of a registered name are added.
    """
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < 2:
        prev = doc[start - 1]
        if not (prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()
                and prev.pos_ == "PROPN" and prev.lower_ not in TITLES
                and prev.lower_ not in lower_words and prev.i not in taken
                and prev.ent_type_ in ("", "PERSON") and not prev.is_sent_start):
            break
        start -= 1
    end = span.end
    # ``Kang Min`` + ``-jae``: the rest of a hyphenated given name the model cut off
    if (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in "-‐"
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower):
        end += 2
    # ``Laia Puig`` + ``i Serra``: a particle and the surname after it that the model cut off
    j = end
    while j < len(doc) and j - end < 2 and doc[j].is_lower and doc[j].lower_ in _PARTICLES:
        j += 1
    if (j > end and j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper()
            and j not in taken and doc[j].ent_type_ in ("", "PERSON", "ORG") and "\n" not in doc[end - 1].whitespace_):
        end = j + 1
    # ``K. Ana`` + ``Ortiz``: an untagged surname the name is a compound of
    if (end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
            and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "" and doc[end].is_alpha
            and doc[end].text[:1].isupper() and not doc[end].text.isupper() and end not in taken
            and doc[end].lower_ not in lower_words and "\n" not in doc[end - 1].whitespace_):
        end += 1
    # ``Ana Ortiz de la`` + ``Cruz``: a surname particle at the end needs the word after it
    while end < len(doc) and doc[end - 1].lower_ in _PARTICLES and end - span.end < 2:
        nxt = doc[end]
        if not (nxt.is_alpha and nxt.text[:1].isupper() and nxt.i not in taken):
            break
        end += 1
    return doc[start:end]


#: Honorifics that make an entity tagged ORG a person (``Councillor Ann Lee``).
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "councillor", "councilor",
              "councilman", "councilwoman", "senator", "sen", "congressman", "congresswoman",
              "mayor", "professor", "prof", "rev", "reverend", "father"}


#: Words before a place name that make a longer place, not an organisation (``North Dakota``).
_PLACE_MODIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                    "central", "greater", "upper", "lower", "new", "mount", "mt", "lake", "port", "san",
                    "santa", "st", "fort", "cape", "downtown", "rural", "metro", "inner", "outer"}


def _name_word(tok) -> bool:
    """A capitalised proper noun that can be part of an organisation's name (not a title or demonym)."""
    return (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and tok.pos_ == "PROPN"
            and tok.lower_ not in TITLES and tok.lower_ not in DEMONYMS and tok.ent_type_ in ("", "ORG"))


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


def _holder_office(span) -> bool:
    """``X Attorney's Office ...``: a name with a possessive before its head word, whose
    first words (a state) are part of the name."""
    return any(t.lower_ in ("'s", "’s") and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in ORG_HEADS
               for t in span[1:])


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


#: Capitalised abbreviations that name a role or a thing, never an organisation.
_NOT_ORG_ACRONYMS = {"CEO", "CFO", "COO", "CTO", "MP", "MPS", "MEP", "PM", "GP", "TV", "PR", "GDP", "AI",
                     "OK", "ID", "PC", "DJ", "VIP", "HR", "IT", "QC", "KC"}


def bare_acronyms(doc) -> list:
    """Untagged all-capital abbreviations (2-6 letters) that act as the subject of a verb
    (``rail operator ABCD said``): organisations the model left without a label."""
    from spacy.tokens import Span

    out = []
    for tok in doc:
        if (tok.ent_type_ == "" and tok.pos_ == "PROPN" and re.fullmatch(r"[A-Z]{2,6}", tok.text)
                and tok.text not in _NOT_ORG_ACRONYMS and tok.dep_ in ("nsubj", "nsubjpass")
                and tok.head.pos_ == "VERB" and not any(c.dep_ == "compound" and c.pos_ == "PROPN"
                                                        for c in tok.children)):
            out.append(Span(doc, tok.i, tok.i + 1, label="ORG"))
    return out


#: Last words of an organisation's name written in title case (``the Harbour Pilots Committee``).
ORG_HEADS = {"committee", "association", "council", "commission", "service", "agency", "ministry",
             "department", "office", "authority", "institute", "observatory", "foundation", "federation",
             "union", "board", "bureau", "court", "police", "force", "party", "bank", "fund",
             "organisation", "organization", "prefecture", "confederation", "society", "trust",
             "tribunal", "inquiry", "administration", "directorate", "secretariat", "corporation",
             "alliance", "coalition", "network", "league", "parliament", "assembly", "cabinet",
             "command", "inspectorate", "regulator", "watchdog"}


def headed_organisations(doc) -> list:
    """Runs of two to six title-case words ending in an organisation's head word
    (``Committee``, ``Association``, ``Prefecture``) that the model left untagged or split,
    with ``of``/``for``/``and`` inside; the first line (a headline) is left out."""
    from spacy.tokens import Span

    first_line = doc_text(doc).find("\n")
    toks = list(doc)  # indexing a Doc builds a new Token each time
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
    for a, b in zip(ents, ents[1:]):
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


_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


def possessive_offices(doc) -> list:
    """An office named after its holder with a possessive (``the State Attorney's Office``,
    ``the County Sheriff’s Department``), with ``for``/``of`` + a title-case district after it:
    one organisation the model cut at the possessive."""
    from spacy.tokens import Span

    toks = list(doc)
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


def joined_entities(doc) -> list:
    """``doc.ents`` with two splits of the small model undone: an agency named with a place at
    its end (``Public Safety Ruritania`` tagged ORG + GPE or only GPE) and an organisation
    cut before ``of`` + place; the joined spans are ORG and replace the parts they cover.
    """
    from spacy.tokens import Span

    ents = list(doc.ents)
    joined = []
    for ent in ents:
        if ent.label_ == "GPE":
            start = _agency_before_place(doc, ent)
            if start < ent.start:
                joined.append(Span(doc, start, ent.end, label="ORG"))
        elif ent.label_ == "ORG":
            end = _place_after_name(doc, ent)
            if end > ent.end:
                joined.append(Span(doc, ent.start, end, label="ORG"))
    joined += _split_at_and(doc, ents)
    joined += [o for o in possessive_offices(doc) if not any(j.start < o.end and o.start < j.end for j in joined)]
    joined += bare_acronyms(doc)
    for span in headed_organisations(doc):
        if not any(j.start < span.end and span.start < j.end for j in joined) and not any(
                e.start < span.end and span.start < e.end and (
                    (e.label_ in ("ORG", "PERSON") and not (span.start <= e.start and e.end <= span.end))
                    or (e.label_ in ("GPE", "LOC", "NORP", "EVENT", "LAW") and e.end >= span.end))
                for e in ents):  # ``Soviet Union`` is a state
            joined.append(span)
    if not joined:
        return ents
    kept = [e for e in ents if not any(j.start < e.end and e.start < j.end for j in joined)]
    return sorted(kept + joined, key=lambda e: e.start)


def _honorific_person(span) -> bool:
    """An entity that starts with an honorific and goes on with two capitalised words.

    ``Councillor Ann Lee`` is a person whatever label the NER gave it.
    """
    words = [t for t in span if not t.is_punct]
    return (len(words) >= 3 and words[0].lower_.rstrip(".") in HONORIFICS
            and all(t.text[:1].isupper() or t.lower_ in _PARTICLES for t in words[1:]))


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
    for tok in doc:
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
    if any(t.lower_ == acr.lower() and t.text.islower() for t in doc):
        return False
    ent = next((e for e in doc.ents if e.end == bracket and e.label_ == "ORG"), None)
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
        return None  # KYIV (AFP): a dateline or a pair of acronyms
    letters = sorted(acr.upper())
    for k, t in enumerate(toks):
        if not t.text[:1].isupper():
            continue
        initials = []
        for w in toks[k:]:
            if w.text[:1].isupper():
                initials.extend(w.text if w.text.isupper() and len(w.text) <= 4 else w.text[0])
        if sorted(initials) == letters:
            return toks[k].i, end
    ext = _initials_run(doc, toks[0].i if toks else end, end, letters)
    if ext is not None:
        return ext
    ents = list(doc.ents)
    ent = next((e for e in _split_at_and(doc, ents) if e.end == end), None) or next(
        (e for e in ents if e.end == end and e.label_ in ("ORG", "PERSON")), None)
    if ent is not None:
        stripped = _strip_span(ent)
        if len(stripped):
            return stripped.start, stripped.end
    if 2 <= len(caps) <= 8:
        return toks[0].i, end
    return None


def _is_designator(tok) -> bool:
    """A legal-form suffix (``Ltd``, ``plc``, ``Inc.``, ``AG``); the lower-case forms only for the
    suffixes written so (``plc``), so a word like ``sa`` is never one."""
    word = tok.lower_.rstrip(".")
    if word not in DESIGNATORS:
        return False
    return tok.text[:1].isupper() or word in {"plc", "ltd", "inc", "llc", "pvt"}


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


def _name_token_ok(tok) -> bool:
    text = tok.text
    if _hyphen_part(tok):
        return True
    if tok.lower_ in _PARTICLES or text in {"-", ".", "&"} or tok.lower_ in _CONNECTORS:
        return True
    if text in ("'s", "’s") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ORG_HEADS \
            and tok.doc[tok.i + 1].text[:1].isupper():
        return True  # ``the State Attorney's Office``
    return text[:1].isupper() and bool(re.match(r"^[^\W\d_][\w.'’\-]*$", text))


def _hyphen_part(tok) -> bool:
    """A word joined by a hyphen to the name word before it (``Seo-yeon``, ``Min-jae``)."""
    doc = tok.doc
    return (tok.i >= 2 and tok.is_alpha and doc[tok.i - 1].text in "-‐" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].text[:1].isupper())


def _plausible(span, label: str, lower_words: set[str]) -> bool:
    """Is a NER span a credible actor name? Filters the small model's usual junk.

    Rejected: digits, no capital letter, symbols, lines of several names,
    single common words (written in lower case elsewhere in the article or
    stop words), and platforms named as a medium (``on Twitter``, ``a Telegram post``).
    """
    text = span.text
    if not text or len(text) < 2 or len(span) > (12 if label == "ORG" and _holder_office(span) else 8):
        return False
    if any(ch.isdigit() for ch in text) or not any(ch.isupper() for ch in text):
        return False
    if label == "ORG" and re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* & [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*", text):
        text = text.replace(" & ", " ")  # ``Parekh & Sethna``: a firm's name joined by an ampersand
    if re.search(r"[&@#/\\*<>=+_~^\[\]{}()\"“”«»|•]|https?:|www\.", text):
        return False
    if "\n" in text:
        return False
    if not all(_name_token_ok(t) for t in span if not t.is_punct):
        return False
    if not span[0].text[:1].isupper():
        return False
    if len(span) == 1:
        tok = span[0]
        if tok.is_stop or tok.lower_ in lower_words:
            return False
        if label == "ORG":
            if (tok.dep_ == "compound" and not _trailer_head(tok)) or (
                    tok.head.lower_ in {"on", "via"} and tok.dep_ == "pobj"):
                return False
            if tok.text.isupper() and len(tok.text) <= 3 and not (_the_acronym(tok) or _trailer_head(tok)):
                return False
    if label == "PERSON" and len([t for t in span if t.lower_ not in _PARTICLES and t.is_alpha]) > 4:
        return False
    return True


def _trailer_head(tok):
    """The lower-case generic noun (``the CGT union``) or legal form (``Acme Corp``) a name is
    written in front of, else None."""
    head = tok.head
    if tok.dep_ == "compound" and head.i == tok.i + 1 and (
            (head.is_lower and head.lower_ in ORG_TRAILERS) or _is_designator(head)):
        return head
    return None


def _the_acronym(tok) -> bool:
    """A short all-capital name with ``the`` before it and nothing after it (``the IRS``):
    an organisation, unlike a bare code or a modifier (``MMR vaccine``, ``GP practices``)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.dep_ in ("compound", "amod", "nmod"):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN") or nxt.is_alpha and nxt.is_lower
                               and nxt.pos_ == "ADJ")


_MOTION_VERBS = {"return", "go", "come", "move", "arrive", "travel", "enter", "fly", "head",
                 "walk", "drive", "visit", "leave", "storm"}


def _visited_place(span) -> bool:
    """A building or body named as where someone goes (``returning to the White House``)."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"to", "into", "from"}:
        return head.head.lemma_.lower() in _MOTION_VERBS
    return root.dep_ == "dobj" and head.lemma_.lower() in {"visit", "enter", "leave", "storm"}


def _acts(span) -> bool:
    """Does a one-word organisation name act in its sentence (subject, possessor, agent, source)?

    ``Gazprom said``, ``Gazprom's chief``, ``a report by Gazprom``; not ``control of Crimea``.
    A name written before a generic noun (``the CGT union said``) acts when that noun does.
    """
    root = span.root
    root = _trailer_head(root) or root
    if root.dep_ in {"nsubj", "nsubjpass", "poss", "agent"}:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in {"by", "to"} and root.head.head.pos_ == "VERB":
        return root.head.lower_ == "by"
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.pos_ == "NOUN":
        return True  # ``a poll by X``, ``a statement by X``
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    return root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"}


def _stated_country(span) -> str:
    """ISO code of a demonym the text attaches to a name (``Russian analyst X``, ``X, a Russian writer``)."""
    doc = span.doc
    sent = _sentence(span)
    window = list(doc[max(sent.start, span.start - 4):span.start])
    after = []
    if span.end < sent.end and doc[span.end].text == ",":
        for tok in doc[span.end + 1:min(sent.end, span.end + 9)]:
            if tok.text in {",", ".", ";", "—", "–"}:
                break
            after.append(tok)
    for tok in window[::-1] + after:
        code = DEMONYMS.get(tok.lower_)
        if code:
            return code
    return ""


def _longest_forms(cands: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Map each (label, name) to the longest name of the article it is a part of.

    A bare surname (``Roe``) or first part resolves to the longest name whose
    words contain it in order (``Jane Q. Roe``).

    >>> m = _longest_forms([("PERSON", "Jane Roe"), ("PERSON", "Roe"), ("PERSON", "Jane Q. Roe")])
    >>> m[("PERSON", "Roe")], m[("PERSON", "Jane Roe")]
    ('Jane Q. Roe', 'Jane Q. Roe')
    >>> _longest_forms([("PERSON", "Ann Lee"), ("ORG", "Lee")])[("ORG", "Lee")]
    'Ann Lee'

    A single word that only ever begins one longer name is that name, whatever
    the model's label (surname-first names: ``Park`` is ``Park Ji-won``).

    >>> _longest_forms([("PERSON", "Park Ji-won"), ("ORG", "Park")])[("ORG", "Park")]
    'Park Ji-won'
    """
    names = sorted(set(cands), key=lambda c: (-len(c[1].split()), -len(c[1]), c))
    out: dict[tuple[str, str], str] = {}
    for label, name in names:
        words = name.split()
        best = name
        for other_label, other in names:
            ow = other.split()
            if len(ow) <= len(words) or not _subsequence(words, ow):
                continue
            # a person's surname (or its parts) may have been tagged ORG by the model: people win
            if other_label == label or (other_label == "PERSON" and _surname_part(words, ow)) or (
                    label == "PERSON" and len(words) >= 2 and ow[-len(words):] == words
                    and len(ow) == len(words) + 1):
                best = out.get((other_label, other), other)
                break
        if best == name and len(words) == 1:
            holders = {o for _, o in names if len(o.split()) > 1 and words[0] in o.split()}
            if len(holders) == 1 and next(iter(holders)).split()[0] == words[0]:
                full = next(iter(holders))
                best = next((out.get((lab, o), o) for lab, o in names if o == full), full)
        out[(label, name)] = best
    return out


def initials(name: str) -> str:
    """The initials of a name's capitalised words (``League of Pilots`` -> ``LP``).

    >>> initials("Harbour Pilots Guild"), initials("Office of Fair Trading")
    ('HPG', 'OFT')
    """
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _initials_forms(forms: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """An acronym used alone (``the HPG said``) for the one organisation of the article whose
    initials it is (``Harbour Pilots Guild``), though no bracket defined it.

    >>> _initials_forms({("ORG", "HPG"): "HPG", ("ORG", "Harbour Pilots Guild"): "Harbour Pilots Guild"})
    {('ORG', 'HPG'): 'Harbour Pilots Guild'}
    """
    fulls = {v for (lab, _), v in forms.items() if lab == "ORG" and len(v.split()) >= 2}
    out = {}
    for (label, name), full in forms.items():
        if full != name or not _BRACKET_ACRONYM.match(name) or len(name) < 3:
            continue
        hits = {f for f in fulls if initials(f) == name}
        if len(hits) == 1:
            out[(label, name)] = hits.pop()
    return out


def _surname_part(small: list[str], big: list[str]) -> bool:
    """Is ``small`` a run of ``big``'s words after its given name (a surname or part of one)?

    >>> _surname_part(["Ortiz"], "Ana Ortiz de la Cruz".split()), _surname_part(["Ana"], ["Ana", "Ortiz"])
    (True, False)
    """
    n = len(small)
    return 0 < n < len(big) and any(big[i:i + n] == small for i in range(1, len(big) - n + 1))


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


# ---------------------------------------------------------------- mentions

def _sentence(span):
    """The span's sentence, or the whole doc when it has no sentence boundaries."""
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return span.sent
    return doc[:]


_SENTS: dict[int, tuple] = {}


def _sentence_bounds(doc) -> tuple[list[int], list[tuple[int, int]]]:
    """Token starts and (start_char, end_char) of ``doc``'s sentences, computed once per article."""
    entry = _SENTS.get(id(doc))
    if entry is None or entry[0] is not doc:
        if len(_SENTS) >= 8:
            _SENTS.clear()
        sents = list(doc.sents)
        entry = _SENTS[id(doc)] = (doc, [s.start for s in sents], [(s.start_char, s.end_char) for s in sents])
    return entry[1], entry[2]


def _mention(name, actor, type_, country, span, source) -> dict:
    doc = span.doc
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        starts, chars = _sentence_bounds(doc)
        sent_start, sent_end = chars[max(0, bisect.bisect_right(starts, span.start) - 1)]  # as ``span.sent``
    else:
        whole = doc[:]
        sent_start, sent_end = whole.start_char, whole.end_char
    return {"article": name, "actor": actor, "type": type_, "country": country,
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
    if isinstance(doc, ArticleContext):
        doc, name = doc.doc, doc.name
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
        mentions.append(_mention(name, actor.canonical, actor.type, actor.country, span, "registry"))

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
        mentions.append(_mention(name, actor_name, TYPES[kind], stated[0] if stated else "",
                                 span, "discovered"))
    for actor_name, type_, country, s, e in defined:
        span = doc[s:e]
        if _inside(span.start_char, span.end_char, zones["outlet"]) or _is_credit(doc, s, e):
            continue
        mentions.append(_mention(name, actor_name, type_, country or _stated_country(span), span,
                                 "registry" if reg.by_name.get(actor_name) else "discovered"))
    mentions += _later_surnames(doc, name, mentions, matches, zones)
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


def _fill_countries(doc, mentions: list[dict]) -> None:
    """Give every mention of a discovered actor the country the text states at any of them."""
    stated: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m["source"] != "discovered":
            continue
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        code = m["country"] or (_stated_country(span) if span is not None else "")
        if code:
            stated[m["actor"]][code] += 1
    for m in mentions:
        if m["source"] == "discovered" and stated.get(m["actor"]):
            m["country"] = sorted(stated[m["actor"]].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _later_surnames(doc, name, mentions, matches, zones) -> list[dict]:
    """Bare surnames of discovered people that the NER missed (``Okafor, a British engineer``)."""
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
        out.append(_mention(name, m["actor"], m["type"], m["country"], doc[tok.i:tok.i + 1],
                            "discovered"))
    return out


def mentions_frame(rows: list[dict]) -> pd.DataFrame:
    """Mention dicts as a DataFrame with ``MENTION_COLUMNS`` (empty-safe)."""
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def actors_table(mentions: pd.DataFrame, registry=None) -> pd.DataFrame:
    """One row per actor over the corpus: type, country, surfaces seen, counts.

    >>> m = mentions_frame([{"article": "a", "actor": "NATO", "type": "organization",
    ...     "country": "INT", "surface": "Nato", "start": 0, "end": 4, "sentence": "",
    ...     "sent_start": 0, "source": "registry"}])
    >>> actors_table(m)[["actor", "aliases", "n_articles"]].to_dict("records")
    [{'actor': 'NATO', 'aliases': 'Nato', 'n_articles': 1}]
    """
    if mentions is None or not len(mentions):
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    rows = []
    for actor, group in mentions.groupby("actor", sort=True):
        def first(col):
            vals = [v for v in group[col].fillna("").astype(str) if v]
            return Counter(vals).most_common(1)[0][0] if vals else ""
        surfaces = sorted(set(group["surface"].astype(str)), key=lambda s: (s.lower(), s))
        rows.append({
            "actor": actor, "type": first("type"), "country": first("country"),
            "aliases": "|".join(surfaces),
            "registered": bool((group["source"] == "registry").any()),
            "n_articles": int(group["article"].nunique()), "n_mentions": int(len(group)),
        })
    df = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    return df.sort_values(["n_articles", "n_mentions", "actor"], ascending=[False, False, True],
                          ignore_index=True)
