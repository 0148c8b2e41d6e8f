"""Verbs of saying: the cue registry ``data/quote_cues.csv`` and the cue of a verb token."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import config, language

CUES_FILE = config.DATA_DIR / "quote_cues.csv"


@dataclass(frozen=True)
class Cue:
    """One verb of saying: its lemma (or phrasal verb), connotation and where its content is."""

    cue: str
    connotation: str
    content: tuple[str, ...]
    direct_only: bool


@lru_cache(maxsize=4)
def load_cues(path: Path | str = CUES_FILE) -> dict[str, Cue]:
    """The cue registry (``data/quote_cues.csv``) keyed by lemma or phrasal verb.

    >>> load_cues()["say"].connotation
    'neutral'
    """
    rows = language.data_table(path, required=["cue", "connotation", "content"]).to_dict("records")
    return {
        row["cue"].strip().lower(): Cue(
            row["cue"].strip().lower(), row["connotation"].strip(),
            tuple(p.strip() for p in row["content"].split("|") if p.strip()),
            row.get("direct_only", "0").strip() == "1",
        )
        for row in rows if row.get("cue", "").strip()
    }


def cue_key(cues: dict[str, Cue], tok) -> str | None:
    """The registry key of a verb token (``point out`` for a phrasal verb), else None."""
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prt":
            phrase = f"{lemma} {child.lower_}"
            if phrase in cues:
                return phrase
    return lemma if lemma in cues else None


def saying_verb(tok) -> bool:
    """Whether ``tok`` is a verb among the quote cues (a verb of saying or demanding: ``says``, ``insisted``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee says it rained.")
    >>> saying_verb(doc[1]), saying_verb(doc[3])
    (True, False)
    """
    return tok.pos_ == "VERB" and cue_key(load_cues(), tok) is not None


def verb_cue_text(verb) -> str:
    """The cue as written: the verb with its particle (``pointed out``)."""
    parts = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
