"""Text repair and boilerplate removal: typography fixed without changing meaning, and
lines that are not the story (cross-links, share buttons, donation appeals; patterns in
``data/boilerplate.csv``) removed and kept for the record.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import config, language

# --------------------------------------------------------------------------- typography

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPLIT_NEGATION = re.compile(r"\b(\w+) (n['’]t)\b", re.IGNORECASE)
_PAREN_OPEN = re.compile(r"([(\[]) +")
_PAREN_CLOSE = re.compile(r" +([)\]])")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w)\]%’'\"”])[ ]+([,.;:!?])(?=\s|$|[\"”’])")
_MULTISPACE = re.compile(r" {2,}")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def repair_typography(text: str) -> str:
    """Repair tokenizer and scraping damage without changing meaning.

    Quotation marks keep their kind (straight, curly, guillemets) so quotes
    can still be found; paragraph breaks are kept.

    >>> repair_typography("They wo n’t go ( for now ) , he said .")
    'They won’t go (for now), he said.'
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPLIT_NEGATION.sub(r"\1\2", text)
    text = _PAREN_OPEN.sub(r"\1", text)
    text = _PAREN_CLOSE.sub(r"\1", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _MULTISPACE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")


# --------------------------------------------------------------------------- boilerplate


@dataclass(frozen=True)
class BoilerplateRule:
    pattern: re.Pattern
    scope: str  # "line", or "line_and_headline" (the next line too when it reads as a headline)
    description: str


@lru_cache(maxsize=4)
def boilerplate_rules(path: Path = config.DATA_DIR / "boilerplate.csv") -> tuple[BoilerplateRule, ...]:
    """The boilerplate patterns, from ``data/boilerplate.csv`` (pattern, scope, description)."""
    rows = language.data_table(path, required=["pattern", "scope", "description"]).to_dict("records")
    return tuple(BoilerplateRule(re.compile(row["pattern"], re.IGNORECASE), row["scope"], row["description"])
                 for row in rows)


def _fold_quotes(line: str) -> str:
    return line.translate(str.maketrans("‘’“”", "''\"\""))


def looks_like_headline(line: str) -> bool:
    """A short line that does not end as a sentence does (a linked headline).

    >>> looks_like_headline("Can the talks work?"), looks_like_headline("The talks failed, he said.")
    (True, False)
    """
    return len(line.split()) <= 20 and not line.rstrip().endswith((".", ":", ";", ",", '"', "”"))


def remove_boilerplate(text: str, rules=None) -> tuple[str, list[str]]:
    """Drop the lines that match a boilerplate rule; return (text, removed lines).

    A repeated copy of the title line (scraped pages often print the headline
    twice) is removed too.

    >>> remove_boilerplate("Title\\nStory.\\nRead also:\\nOther story\\nMore story.")
    ('Title\\nStory.\\nMore story.', ['Read also:', 'Other story'])
    >>> remove_boilerplate("Title\\nAlso Watch:\\nThe story goes on.")
    ('Title\\nThe story goes on.', ['Also Watch:'])
    """
    rules = boilerplate_rules() if rules is None else rules
    lines = text.split("\n")
    keep, removed = [], []
    drop_headline = False
    title = _fold_quotes(lines[0].strip()) if lines else ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if drop_headline and stripped:
            drop_headline = False
            if looks_like_headline(stripped):
                removed.append(stripped)
                continue
        if i > 0 and stripped and _fold_quotes(stripped) == title:
            removed.append(stripped)
            continue
        rule = next((r for r in rules if stripped and r.pattern.search(stripped)), None)
        if rule is None:
            keep.append(line)
            continue
        removed.append(stripped)
        drop_headline = rule.scope == "line_and_headline"
    cleaned = _MANY_BLANK_LINES.sub("\n\n", "\n".join(keep)).strip("\n")
    return cleaned, removed
