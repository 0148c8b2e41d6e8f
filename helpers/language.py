"""Language knowledge as data: the word lists the rules consult, loaded through one loader.

Each list is one CSV file in ``helpers/data/words/`` with the columns
``word,description``: one entry per row (a word or a phrase, matched as the
rule that uses it says), and a description saying what the entry is for.
What holds for any English news (reporting verbs, titles, organisation words,
document nouns, ...) lives here; what belongs to one story lives in that
story's data, never in code.

The other tables the rules consult (``helpers/data/*.csv``: demonyms, relation
verbs, quote and condition cues, boilerplate, metadata lines, record fields, ...)
have columns of their own and a ``description``; every one is read through
:func:`data_table`, the one loader of the package's language data.

>>> "minister" in words("titles")                       # doctest: +SKIP
True
>>> table("titles").columns.tolist()                    # doctest: +SKIP
['word', 'description']
"""
from __future__ import annotations

import calendar
import csv
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config

WORDS_DIR = config.DATA_DIR / "words"
COLUMNS = ["word", "description"]

#: The calendar's words in lower case (from the standard library, English): day names, month names,
#: and the months' abbreviations with and without their full stop (``dec``, ``dec.``).
DAY_NAMES = frozenset(w.lower() for w in calendar.day_name)
MONTH_NAMES = frozenset(w.lower() for w in calendar.month_name if w)
MONTH_ABBREVIATIONS = frozenset(w.lower() + dot for w in calendar.month_abbr if w for dot in ("", "."))


def list_path(name: str, folder: Path | None = None) -> Path:
    """The file of the word list ``name``."""
    return (folder or WORDS_DIR) / f"{name}.csv"


def data_path(source: str | Path) -> Path:
    """The file of a data table: a name in ``helpers/data/`` or a path to a CSV file.

    >>> data_path("demonyms").relative_to(config.DATA_DIR).as_posix()
    'demonyms.csv'
    """
    if isinstance(source, Path) or str(source).endswith(".csv") or "/" in str(source):
        return Path(source)
    return config.DATA_DIR / f"{source}.csv"


@lru_cache(maxsize=None)
def _rows(path: str, _mtime: int = 0, _size: int = 0) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(header, rows) of one CSV file, every short row padded to the header's width (blank lines
    skipped); cached by path and modification time, so an edited file is read again. A row with
    more cells than the header, or a quotation mark left single inside a quoted cell and followed
    by something other than a comma, is a ValueError naming the file and line: an unquoted comma in
    a pattern or a description would otherwise cut it silently, and a lone quotation mark would end
    its cell there (one followed by a comma still ends the cell quietly; the condition tables'
    loaders compile every pattern, and a pattern cut so seldom compiles)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh, strict=True)
        header = tuple(next(reader, ()))
        rows = []
        try:
            for row in reader:
                if len(row) > len(header):
                    raise ValueError(f"{path}:{reader.line_num}: {len(row)} cells where the header has "
                                     f"{len(header)} (quote a cell that holds a comma)")
                if row:
                    rows.append(tuple(row + [""] * (len(header) - len(row))))
        except csv.Error as exc:  # a lone ``"`` inside a quoted cell would end the cell there and drop the rest
            raise ValueError(f"{path}:{reader.line_num}: {exc} (double a quotation mark inside a quoted cell)") from None
    return header, tuple(rows)


def _read_csv(path: Path) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise FileNotFoundError(f"{path}: no such data table") from None
    return _rows(str(path), stat.st_mtime_ns, stat.st_size)


def data_table(source: str | Path, required=()) -> pd.DataFrame:
    """A data table as a DataFrame of strings (empty cells are ``''``): ``source`` is the name of a
    file in ``helpers/data/`` (``"demonyms"``) or a path; a clear ValueError naming the file when a
    ``required`` column is missing.

    >>> data_table("demonyms", required=["demonym", "country"]).columns.tolist()
    ['demonym', 'country', 'description']
    >>> data_table("demonyms", required=["capital"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: .../demonyms.csv: a data table needs the column(s) capital
    """
    path = data_path(source)
    header, rows = _read_csv(path)
    missing = [c for c in required if c not in header]
    if missing:
        raise ValueError(f"{path}: a data table needs the column(s) {','.join(missing)}")
    return pd.DataFrame(list(rows), columns=list(header), dtype=str)


#: A slot in a pattern: ``{name}`` with a lower-case name (a regex quantifier's braces hold digits).
_SLOT = re.compile(r"\{([a-z_]+)\}")


def expand_slots(pattern: str, slots: dict[str, str], source: str = "pattern") -> str:
    r"""``pattern`` with every ``{slot}`` replaced by that slot's pattern (slots may use slots); a
    ValueError naming ``source`` for a slot ``slots`` lacks. One alternation written once in a data
    table (the days of the week, the adverbs that may sit between a verb and its preposition) serves
    every pattern that needs it, instead of a copy in each.

    >>> print(expand_slots(r"\bcall\w*{when} for", {"when": r"(?:\s+{day})?", "day": "(?:monday|today)"}))
    \bcall\w*(?:\s+(?:monday|today))? for
    >>> print(expand_slots(r"(?:\w+ ){1,5}?for", {}))
    (?:\w+ ){1,5}?for
    >>> expand_slots("{nowhen} for", {}, source="cues.csv")
    Traceback (most recent call last):
    ...
    ValueError: cues.csv: no slot {nowhen} in the slot table
    """
    def fill(match: re.Match, depth: int = 0) -> str:
        name = match.group(1)
        if name not in slots:
            raise ValueError(f"{source}: no slot {{{name}}} in the slot table")
        if depth > len(slots):
            raise ValueError(f"{source}: slot {{{name}}} refers to itself")
        return _SLOT.sub(lambda m: fill(m, depth + 1), slots[name])
    return _SLOT.sub(fill, pattern)


@lru_cache(maxsize=1)
def cue_slots() -> dict[str, str]:
    """The pattern slots of the cue tables (``helpers/data/cue_slots.csv``: slot, pattern, description).

    >>> "monday" in cue_slots()["weekday"]
    True
    """
    table_ = data_table("cue_slots", required=["slot", "pattern"])
    return dict(zip(table_["slot"].str.strip(), table_["pattern"].str.strip()))


def _read(path: str) -> tuple[tuple[str, str], ...]:
    """(word, description) pairs of a word list, read by the same reader as every data table."""
    header, rows = _read_csv(Path(path))
    if [c.strip() for c in header[:2]] != COLUMNS:
        raise ValueError(f"{path}: a word list needs the columns {','.join(COLUMNS)}")
    pairs = ((row[0].strip(), row[1].strip()) for row in rows)
    return tuple((word, description) for word, description in pairs if word and not word.startswith("#"))


def entries(name: str, folder: Path | None = None) -> tuple[tuple[str, str], ...]:
    """(word, description) pairs of one list, in file order."""
    path = list_path(name, folder)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no word list named {name!r}")
    return _read(str(path))


def words(name: str, folder: Path | None = None, lower: bool = True) -> frozenset[str]:
    """The entries of one list as a frozenset (lower-cased unless ``lower=False``)."""
    return frozenset(w.lower() if lower else w for w, _ in entries(name, folder))


def ordered(name: str, folder: Path | None = None) -> tuple[str, ...]:
    """The entries of one list in file order (for patterns where order matters)."""
    return tuple(w for w, _ in entries(name, folder))


def table(name: str, folder: Path | None = None) -> pd.DataFrame:
    """One list as a DataFrame with :data:`COLUMNS`."""
    return pd.DataFrame(list(entries(name, folder)), columns=COLUMNS)


def available(folder: Path | None = None) -> list[str]:
    """The names of every word list, sorted."""
    return sorted(p.stem for p in (folder or WORDS_DIR).glob("*.csv"))


def catalogue(folder: Path | None = None) -> pd.DataFrame:
    """Every list with its size and first description: what the package knows of the language.

    >>> row = catalogue().set_index("list").loc["titles"]
    >>> row["entries"] > 0 and bool(row["description"])
    True
    """
    rows = []
    for name in available(folder):
        pairs = entries(name, folder)
        first = next((d for _, d in pairs if d), "")
        rows.append({"list": name, "entries": len(pairs), "description": first})
    return pd.DataFrame(rows, columns=["list", "entries", "description"])
