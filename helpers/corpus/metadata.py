"""Metadata an article's own text states, and moving those lines out of the analysed text.

Bylines, datelines, ``Published``/``Updated`` lines, ``City • Outlet`` and
``Outlet, weekday date`` lines, lines of fields (``By Ann Lee | Example Post |
3 May 2026``) and an outlet after a dash that closes the headline are
metadata, not story: left in, a byline becomes an actor and the
outlet is co-mentioned with everyone. The line patterns are data
(``data/metadata_lines.csv``); this module decides where each applies (the
head of the article, its last lines, the opening of the first paragraph)
and checks what they capture (every part of a byline reads as a name; a
date line holds nothing but a date).

>>> text, moved, found = split_metadata("Deal near\\nBy Jane Roe and John Doe\\nPublished On 16 Jan 2025\\n"
...                                     "LONDON (Example Wire) — Talks went on.")
>>> text, found["byline"], found["published"]
('Deal near\\nTalks went on.', 'Jane Roe; John Doe', '2025-01-16')
>>> moved
['By Jane Roe and John Doe', 'Published On 16 Jan 2025', 'LONDON (Example Wire) —']
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from .. import config, language

HEAD_LINES = 8  # non-empty lines after the title that may hold metadata
TAIL_LINES = 3  # non-empty lines at the end that may hold a byline or a date
LEAD_LINES = 3  # paragraphs after the title whose opening may be a dateline
#: A first line longer than this (in words, after its dateline) that ends a sentence is a lead paragraph,
#: not a headline: the first line of an article kept without its headline.
LEAD_WORDS = 16


@dataclass(frozen=True)
class MetadataRule:
    kind: str
    where: str  # any, edge (head or tail), head, lead, title
    pattern: re.Pattern
    description: str


@lru_cache(maxsize=4)
def metadata_rules(path: Path = config.DATA_DIR / "metadata_lines.csv") -> tuple[MetadataRule, ...]:
    """The metadata line patterns from ``data/metadata_lines.csv`` (kind, where, pattern, description)."""
    rows = language.data_table(path, required=["kind", "where", "pattern", "description"]).to_dict("records")
    return tuple(MetadataRule(r["kind"], r["where"], re.compile(r["pattern"]), r["description"]) for r in rows)


# --------------------------------------------------------------------------- dates

_WORD = r"[A-Za-z]{3,9}\.?"
_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(rf"(?P<mon>{_WORD})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})"),
    re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_WORD}),?\s+(?P<y>\d{{4}})"),
    # day first (``19.03.2026``, ``13/10/2026``) unless the middle number cannot be a month (``02/20/2027``)
    re.compile(r"(?<![\w.])(?P<d>\d{1,2})(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?!\d)"),
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?|\b\d{1,2}\s*[AaPp]\.?[Mm]\.?"
                   r"|[+-]\d{2}:?\d{2}\b|\b[A-Z]{2,5}\b|T(?=\d)")
_FILLER = re.compile(r"[\s,.:;|/()\-–—•·]+")


def _month(word: str) -> int | None:
    word = word.rstrip(".").capitalize()
    for fmt in ("%b", "%B"):
        try:
            return datetime.strptime(word, fmt).month
        except ValueError:
            continue
    return 9 if word == "Sept" else None


def find_date(value: str) -> tuple[str, tuple[int, int]] | None:
    """The first calendar date written in ``value``, as (ISO date, span), or None.

    >>> find_date("Updated on Nov. 8th, 2024 at 6 pm")
    ('2024-11-08', (11, 25))
    >>> find_date("in 2024") is None
    True
    """
    found = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(value):
            parts = m.groupdict()
            month = int(parts["m"]) if parts.get("m") else _month(parts["mon"])
            if parts.get("sep") and month > 12 >= int(parts["d"]):
                month, parts["d"] = int(parts["d"]), parts["m"]  # month first, as in the US
            try:
                day = datetime(int(parts["y"]), month or 0, int(parts["d"])).date()
            except (TypeError, ValueError):
                continue
            found.append((m.start(), day.isoformat(), m.span()))
            break
    if not found:
        return None
    _, iso, span = min(found)
    return iso, span


def parse_date(value: str) -> str:
    """An ISO date from the common news formats, or '' when ``value`` holds no date.

    >>> parse_date("Nov 8, 2024"), parse_date("2024-11-07 21:21:00"), parse_date("soon")
    ('2024-11-08', '2024-11-07', '')
    """
    found = find_date(value)
    return found[0] if found else ""


def _is_weekday(word: str) -> bool:
    for fmt in ("%A", "%a"):
        try:
            datetime.strptime(word.rstrip(".").capitalize(), fmt)
            return True
        except ValueError:
            continue
    return False


def date_only(value: str) -> str:
    """The ISO date when ``value`` is nothing but dates, weekdays, times and time zones, else ''.

    >>> date_only("Tuesday 21 January 2025 10.15 GMT"), date_only("On 21 January 2025 talks began")
    ('2025-01-21', '')
    """
    found = find_date(value)
    if not found:
        return ""
    rest = value
    while (hit := find_date(rest)) is not None:
        rest = rest[: hit[1][0]] + " " + rest[hit[1][1]:]
    rest = _TIME.sub(" ", rest)
    words = [w for w in _FILLER.split(rest) if w]
    return found[0] if all(_is_weekday(w) or w.lower() in {"on", "at"} for w in words) else ""


# --------------------------------------------------------------------------- names

_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*")


def _name_like(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5:
        return False
    for i, word in enumerate(words):
        if word[0].isupper():
            continue
        if 0 < i < len(words) - 1 and len(word) <= 3 and word.isalpha():
            continue  # particles inside a name: de, van, al
        return False
    return True


def name_list(value: str) -> list[str]:
    """The names in a byline, or [] when any part does not read as a name.

    >>> name_list("Jane Roe, J. Doe and Ana de la Cruz"), name_list("Monday, the troops left")
    (['Jane Roe', 'J. Doe', 'Ana de la Cruz'], [])
    """
    parts = [p.strip(" .") if p.count(".") > 1 or p.endswith(" .") else p.strip()
             for p in _NAME_SPLIT.split(value.strip().rstrip("."))]
    parts = [p for p in parts if p]
    return parts if parts and all(_name_like(p) for p in parts) else []


def _names_key(names) -> frozenset[str]:
    return frozenset(n.strip().casefold() for n in names if n.strip())


# --------------------------------------------------------------------------- moving lines

FIELDS = ("title", "outlet", "published", "byline", "outlet_evidence")


def _line_meta(kind: str, m: re.Match) -> dict | None:
    """What a matched line states, or None when its capture fails the check for its kind."""
    if kind == "byline":
        names = name_list(m.group("names"))
        return {"byline": "; ".join(names)} if names else None
    if kind == "label_date":
        iso = parse_date(m.group("date"))
        return {"published": iso} if iso else None
    if kind == "date_only":
        iso = date_only(m.group("date"))
        return {"published": iso} if iso else None
    if kind == "outlet_date":
        iso = date_only(m.group("date"))
        first = m.group("date").split()[0].strip(",")
        return {"published": iso, "outlet": m.group("outlet").strip()} if iso and _is_weekday(first) else None
    if kind == "place_outlet":
        outlet = m.group("outlet").strip()
        return {"outlet": outlet} if len(outlet.split()) <= 4 else None
    return None


def _positions(lines: list[str]) -> tuple[int | None, set[int], set[int]]:
    """The title's line index and the indices of the head and tail lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return None, set(), set()
    rest = filled[1:]
    return filled[0], set(rest[:HEAD_LINES]), set(rest[-TAIL_LINES:])


def _applies(where: str, i: int, head: set[int], tail: set[int]) -> bool:
    return where == "any" or (where == "head" and i in head) or (where == "edge" and (i in head or i in tail))


def _match_line(line: str, i: int, head, tail, rules) -> dict | None:
    for rule in rules:
        if rule.where in ("lead", "title") or not _applies(rule.where, i, head, tail):
            continue
        m = rule.pattern.match(line)
        meta = _line_meta(rule.kind, m) if m else None
        if meta:
            return meta
    return None


#: Lower-case words naming a writer's role after the names of a byline field (``staff``, ``live desk``).
_ROLE_WORDS = language.words("byline_role_words")
_NOTE_IN_BRACKETS = re.compile(r"\s*\([^()]*\)\s*$")


#: Function words a title-case headline capitalises and a name does not (``Talks In Oslo Collapse``).
_TITLE_CASE_WORDS = language.words("title_case_function_words")


def _names_field(value: str) -> bool:
    """A field that is only names (people, an outlet, places), perhaps with a role after them; a
    capitalised function word inside it makes it a title-case subtitle, not names.

    >>> _names_field("Ann Lee, staff writer"), _names_field("Talks In Oslo Collapse")
    (True, False)
    """
    words = [w for w in value.replace("/", ",").split() if not (w.islower() and w.strip(",") in _ROLE_WORDS)]
    if any(w[:1].isupper() and w.lower().strip(",") in _TITLE_CASE_WORDS for w in words[1:]):
        return False
    return bool(name_list(" ".join(words)))


def _field_meta(field: str, rules) -> dict | None:
    """What one field of a fields line states (``{}`` for names, a label or a note), or None
    when it does not read as metadata.

    >>> rules = metadata_rules()
    >>> _field_meta("By Ann Lee", rules), _field_meta("Lisbon, 3 May 2026", rules), _field_meta("Opinion", rules)
    ({'byline': 'Ann Lee'}, {'published': '2026-05-03'}, {})
    >>> _field_meta("talks went on", rules) is None
    True
    """
    field = _NOTE_IN_BRACKETS.sub("", field).strip(" ,;")
    if not _TIME.sub(" ", field).strip(" ,;"):
        return {}  # nothing, or only a time and its zone (``05:30 CET``)
    for rule in rules:
        if rule.kind in ("byline", "label_date", "date_only"):
            m = rule.pattern.match(field)
            meta = _line_meta(rule.kind, m) if m else None
            if meta:
                return meta
        elif rule.where == "field":
            m = rule.pattern.match(field)
            if m and m.groupdict().get("date") is not None:
                iso = date_only(m.group("date"))
                if iso:
                    return {"published": iso}
            elif m and (not m.groupdict().get("names") or _names_field(m.group("names"))):
                return {}
    found = find_date(field)
    if found:  # a place and a date (``Lisbon, 3 May 2026``)
        place = (field[: found[1][0]] + " " + field[found[1][1]:]).strip(" ,;")
        place = _TIME.sub(" ", place).strip(" ,;-")
        if not place or _names_field(place):
            return {"published": found[0]}
        return None
    return {} if _names_field(field) else None


def _fields_line(line: str, rules) -> dict | None:
    """A line of fields between separators (``By Ann Lee | Example Post | 3 May 2026``): what it
    states when every field reads as metadata and one of them is a date or a By line, else None.

    >>> _fields_line("By Ann Lee | Example Post | 3 May 2026", metadata_rules())
    {'byline': 'Ann Lee', 'published': '2026-05-03'}
    >>> _fields_line("Talks | what each side wants", metadata_rules()) is None
    True
    """
    found: dict = {}
    for rule in (r for r in rules if r.kind == "fields"):
        fields = [f for f in rule.pattern.split(line) if f.strip()]
        if len(fields) < 2 or len(line) > 200:
            continue
        metas = [_field_meta(f, rules) for f in fields]
        if any(m is None for m in metas) or not any(m for m in metas):
            continue
        for meta in metas:
            for key, value in meta.items():
                found.setdefault(key, value)
        return found
    return None


def _is_known_byline(line: str, byline: str) -> bool:
    """A bare list of names (no ``By``) that is exactly the byline known from elsewhere."""
    known = _names_key(byline.split(";"))
    return bool(known) and _names_key(name_list(line)) == known


def in_agency_dateline(text: str, start: int, rules=None) -> bool:
    r"""Whether offset ``start`` lies in a dateline with its agency that opens its line (``LIMA,
    March 3 (Wire) -``, or the agency alone: ``(Wire) —``): who filed the story, not who speaks in it.

    >>> t = "Talks\n\nLIMA, March 3 (Wire) - Norland said no."
    >>> in_agency_dateline(t, t.index("Wire")), in_agency_dateline(t, t.index("Norland"))
    (True, False)
    >>> t = "Talks\n\n(Example Wire) — Norland said no. Lee (Osteria) - said no."
    >>> [in_agency_dateline(t, t.index(w)) for w in ("Example", "Norland", "Osteria")]
    [True, False, False]
    >>> [in_agency_dateline(t, t.index("(") + 1) for t in ("Talks\n\n(NWS) — Norland said no.", "Talks\n\n(Ann Lee) — No.")]
    [True, False]
    >>> t = "Talks\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n(Osteria) — The ministry said no."
    >>> in_agency_dateline(t, t.index("Osteria"))
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    for rule in (r for r in (rules or metadata_rules()) if r.kind == "dateline"):
        m = rule.pattern.match(line)
        if m and m.group("agency") and start - line_start < m.end() and (
                m.group("place") or agency_name(m.group("agency").strip())
                or (_opens_story(text, line_start) and _AGENCY_CODE.fullmatch(m.group("agency").strip()))):
            return True  # an agency alone (``(Wire) —``): a known agency's, or a code opening the story (``(NWS) —``)
    return False


#: An agency's code in a credit (``NWS``, ``AB/CD``): capitals, perhaps joined by a slash or an ampersand.
_AGENCY_CODE = re.compile(r"[A-Z]{2,}(?:[/&][A-Z]{2,})*")


def _opens_story(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is one of the first :data:`LEAD_LINES` non-empty lines of ``text``."""
    return sum(1 for line in text[:line_start].split("\n") if line.strip()) < LEAD_LINES


#: Last words of a news agency's name (``Example Wire``) in a dateline's brackets.
AGENCY_NAME_WORDS = language.words("agency_name_words")


@lru_cache(maxsize=1)
def _news_agencies() -> frozenset[str]:
    """The names and aliases of the world list's news organisations, lower-cased (``afp``, ``ap``)."""
    from ..actors.registry import world_records  # the one reader of the world list
    return frozenset(n.strip().lower() for r in world_records() if r["role"] == "News organisation"
                     for n in [r["canonical"], *r["aliases"].split("|")] if n.strip())


def news_organisation(name: str) -> bool:
    """Whether ``name`` is one of the world list's news organisations or their aliases: it reports
    what parties say and holds no term of its own.

    >>> news_organisation("AFP"), news_organisation("Associated Press"), news_organisation("Norland")
    (True, True, False)
    """
    return name.strip().lower() in _news_agencies()


#: Last words of a newspaper's title (``the Harbour Times``): ``newspaper_title_words``.
NEWSPAPER_TITLE_WORDS = language.words("newspaper_title_words")


def newspaper_title(name: str) -> bool:
    """Whether ``name`` is a newspaper's title by its last word (``newspaper_title_words``: ``the Harbour
    Times``, ``The Economist``): a paper that reports what the parties say holds none of their terms, and
    the holder rules after the one that met it look for who does (a wire agency's row is dropped instead:
    ``conditions._may_hold``). Whether the name is an organisation's is ``conditions._paper``'s to say.

    >>> newspaper_title("The Harbour Times"), newspaper_title("The Economist"), newspaper_title("Norland")
    (True, True, False)
    >>> newspaper_title("Times")
    False
    """
    words = _title_words(name)
    return bool(words) and words[-1].lower() in NEWSPAPER_TITLE_WORDS and (len(words) > 1 or name[:4].lower() == "the ")


def _title_words(name: str) -> list[str]:
    """The words of a paper's name without a leading ``the`` (``The Harbour Post`` -> ``Harbour``, ``Post``)."""
    words = re.findall(r"[\w'\u2019-]+", name)
    return words[1:] if words and words[0].lower() == "the" else words


def short_paper_title(name: str, names: Iterable[str]) -> bool:
    """Whether ``name`` is a newspaper's title word alone (``the Post said``) standing for a paper that one
    of ``names`` (the article's organisations: a person ``Jan Post`` is no paper) names whole (``The Harbour
    Post``): news shortens a paper's title once it is named.

    >>> short_paper_title("Post", ["The Harbour Post"]), short_paper_title("Post", ["Harbour Times"])
    (True, False)
    >>> short_paper_title("Norland", ["The Harbour Post"])
    False
    """
    words = _title_words(name)
    return len(words) == 1 and words[0].lower() in NEWSPAPER_TITLE_WORDS and any(
        newspaper_title(other) and _title_words(other)[-1].lower() == words[0].lower() for other in names if other != name)


def agency_name(name: str) -> bool:
    """Whether a dateline's bracket names a news agency (wire copy names who filed it): a known one
    (``AFP``) or a name whose last word is an agency's (``Example Wire``); not a time zone, a day or
    a person (``GMT``, ``Monday``, ``Ann Lee``).

    >>> agency_name("AFP"), agency_name("Example Wire"), agency_name("GMT"), agency_name("Updated")
    (True, True, False, False)
    """
    words = name.split()
    return name.lower() in _news_agencies() or (len(words) > 1 and words[0][:1].isupper()
                                                 and words[-1].lower() in AGENCY_NAME_WORDS)


def _dateline_lead(line: str, rules) -> bool:
    """Whether a first line is a lead paragraph opened by a dateline rather than a headline: a
    sentence of more than :data:`LEAD_WORDS` words after the dateline, ending with a full stop, a
    question or exclamation mark (a closing quotation mark may follow), with a dateline before it whose
    place is no section label (``ANALYSIS --`` opens a headline). Its dateline is stripped like a body line's.

    >>> rules = metadata_rules()
    >>> _dateline_lead("OSLO, Norway -- Envoys from Norland and Osteria said on Monday that they had agreed "
    ...                "on a schedule for pulling all foreign forces out of the border region.", rules)
    True
    >>> _dateline_lead("OSLO -- Envoys agree on a timetable", rules)
    False
    >>> _dateline_lead("ANALYSIS -- Why the decision of Norland to raise fuel taxes for the third time this year "
    ...                "could cost its government the next election.", rules)
    False
    >>> _dateline_lead("Envoys from Norland and Osteria said on Monday that they had agreed on a schedule "
    ...                "for pulling all foreign forces out of the border region.", rules)
    False
    """
    line = line.strip()
    if not line.rstrip("\"'”’)»").endswith((".", "!", "?")):
        return False
    m = _dateline_match(line, rules)
    if m is None or any(r.pattern.match(m.group("place").strip()) for r in rules if r.kind == "field_label"):
        return False  # no dateline, or ``ANALYSIS --``, ``EXCLUSIVE --``: a headline's label
    return len(line[m.end():].split()) > LEAD_WORDS


def _dateline_match(line: str, rules):
    """The match of the first dateline rule that opens ``line`` with a place of two letters or more, else None."""
    for rule in (r for r in rules if r.kind == "dateline"):
        m = rule.pattern.match(line)
        if m and len(m.group("place")) >= 2:
            return m
    return None


def _strip_dateline(lines: list[str], body: list[int], rules) -> tuple[str, str]:
    """Remove a dateline opening one of the first body lines; return (what was removed, the news
    agency its brackets name, or '': :func:`agency_name`)."""
    for i in body[:LEAD_LINES]:
        m = _dateline_match(lines[i], rules)
        if m is not None:
            lines[i] = lines[i][m.end():]
            agency = (m.group("agency") or "").strip()
            return m.group(0).strip(), agency if agency_name(agency) else ""
    return "", ""


def split_metadata(text: str, known: dict | None = None, rules=None) -> tuple[str, list[str], dict]:
    """Move metadata lines out of ``text``: return (text, moved lines, what they state: the
    :data:`FIELDS`, and ``agency``, the news agency a stripped dateline credits, the outlet of last
    resort for the callers, after outlet lines and a headline suffix).

    ``known`` holds metadata from elsewhere (manifest, record): a bare line of
    names equal to its ``byline`` is moved too. The headline stays (see
    :func:`strip_title_suffix` for its outlet suffix).
    """
    rules = metadata_rules() if rules is None else rules
    known = known or {}
    lines = text.split("\n")
    title_i, head, tail = _positions(lines)
    found = {key: "" for key in FIELDS}
    found["title"] = lines[title_i].strip() if title_i is not None else ""
    moved, keep = [], []
    for i, line in enumerate(lines):
        stripped = line.strip()
        meta = None if i == title_i or not stripped else _match_line(stripped, i, head, tail, rules)
        if meta is None and i in head and _is_known_byline(stripped, known.get("byline", "")):
            meta = {"byline": known["byline"]}
        if meta is None and stripped and i != title_i and (i in head or i in tail):
            meta = _fields_line(stripped, rules)
        if meta is None:
            keep.append(line)
            continue
        moved.append(stripped)
        for key, value in meta.items():
            found[key] = found[key] or value
    if found["outlet"]:
        found["outlet_evidence"] = "text"
    body = [i for i, line in enumerate(keep) if line.strip()]
    if body and not _dateline_lead(keep[body[0]], rules):
        body = body[1:]  # the headline
    dateline, found["agency"] = _strip_dateline(keep, body, rules)
    if dateline:
        moved.append(dateline)
    cleaned = re.sub(r"\n{3,}", "\n\n", "\n".join(keep)).strip("\n")
    return cleaned, moved, found


def _same_outlet(a: str, b: str) -> bool:
    def norm(s):
        return re.sub(r"^the\s+", "", " ".join(s.casefold().split()))

    return norm(a) == norm(b)


def strip_title_suffix(text: str, outlet: str = "", rules=None) -> tuple[str, str, str]:
    """Cut an outlet suffix off the headline (first line): return (text, suffix removed, outlet).

    The suffix goes when it names ``outlet``, or when no outlet is known (it
    then names the outlet). Another name after a dash (a source such as a
    think tank) stays in the headline.

    >>> strip_title_suffix("Talks stall – The Daily Example\\nBody.")
    ('Talks stall\\nBody.', '– The Daily Example', 'The Daily Example')
    >>> strip_title_suffix("Talks stall - ISW\\nBody.", outlet="Example Wire")[1]
    ''
    """
    rules = metadata_rules() if rules is None else rules
    first, sep, rest = text.partition("\n")
    for rule in (r for r in rules if r.kind == "title_outlet"):
        m = rule.pattern.search(first)
        if not m or len(m.group("outlet").split()) > 4:
            continue
        suffix_outlet = m.group("outlet").strip()
        if outlet and not _same_outlet(outlet, suffix_outlet):
            continue
        if not first[: m.start()].strip():
            continue
        return first[: m.start()].rstrip() + sep + rest, m.group(0).strip(), outlet or suffix_outlet
    return text, "", outlet


def metadata_from_text(text: str) -> dict:
    """What the article's own text states about itself: title, outlet, date, byline.

    >>> m = metadata_from_text("Deal near – The Example Times\\nLondon • Example Wire\\nBody.")
    >>> m["title"], m["outlet"]
    ('Deal near – The Example Times', 'Example Wire')
    >>> metadata_from_text("Talks stall – Daily Example\\nBody.")["title"]
    'Talks stall'
    """
    cleaned, _, found = split_metadata(text)
    titled, _, outlet = strip_title_suffix(cleaned, found["outlet"])
    credit_outlet(found, outlet, found.pop("agency"))
    found["title"] = titled.split("\n", 1)[0].strip()
    return found


def credit_outlet(meta: dict, title_outlet: str, agency: str) -> None:
    """Fill an empty ``meta["outlet"]`` from the text itself: the outlet a headline's suffix names
    (``title_outlet``, :func:`strip_title_suffix`), else the news agency a dateline credits
    (``agency``, :func:`split_metadata`), the outlet of last resort.

    >>> m = {"outlet": "", "outlet_evidence": ""}
    >>> credit_outlet(m, "", "Example Wire"); m
    {'outlet': 'Example Wire', 'outlet_evidence': 'text'}
    """
    outlet = title_outlet or agency
    if outlet and not meta["outlet"]:
        meta["outlet"], meta["outlet_evidence"] = outlet, "text"
