"""Language knowledge as data: the word lists the rules consult, loaded through one loader.

Each list is one CSV file in ``helpers/data/words/`` with the columns
``word,description``: one entry per row (a word or a phrase, matched as the
rule that uses it says), and a description saying what the entry is for.
What holds for any English news (reporting verbs, titles, organisation words,
document nouns, ...) lives here; what belongs to one story lives in that
story's data, never in code.

>>> "minister" in words("titles")                       # doctest: +SKIP
True
>>> table("titles").columns.tolist()                    # doctest: +SKIP
['word', 'description']
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config

WORDS_DIR = config.DATA_DIR / "words"
COLUMNS = ["word", "description"]


def list_path(name: str, folder: Path | None = None) -> Path:
    """The file of the word list ``name``."""
    return (folder or WORDS_DIR) / f"{name}.csv"


@lru_cache(maxsize=None)
def _read(path: str) -> tuple[tuple[str, str], ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames is None or [c.strip() for c in reader.fieldnames[:2]] != COLUMNS:
            raise ValueError(f"{path}: a word list needs the columns {','.join(COLUMNS)}")
        rows = []
        for row in reader:
            word = (row.get("word") or "").strip()
            if word and not word.startswith("#"):
                rows.append((word, (row.get("description") or "").strip()))
    return tuple(rows)


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
