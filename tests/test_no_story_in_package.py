"""The package knows the language; the seeds' story lives only in its story folder.

Every file under ``helpers/`` except the seeds' story folder is searched for names specific
to that story (its people, the parties' institutions, the places of its lexicon), taken
from the story's own files.
"""
from __future__ import annotations

import csv
import re

from helpers import config

STORY = config.PACKAGE_DIR / "stories" / config.SEEDS_STORY


def _rows(name: str) -> list[dict]:
    with open(STORY / f"{name}.csv", encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if not next(iter(row.values()), "").startswith("#")]


def story_names() -> list[str]:
    """The names that belong to the seeds' story, read from its files (never written here): its people
    and the organisations of its first two sides (the parties), by canonical name and one-word alias,
    and the place names of its lexicon."""
    parties = {c for side in _rows("sides")[:2] for c in side["countries"].split("|")}
    names: set[str] = set()
    for actor in _rows("actors"):
        if actor["type"] == "person" or (actor["type"] == "organization" and actor["country"] in parties):
            names |= {actor["canonical"]} | {a for a in actor["aliases"].split("|") if " " not in a.strip()}
    names |= {row["term"] for row in _rows("lexicon") if re.fullmatch(r"[A-Z][a-z]+", row["term"])}
    return sorted({n.strip() for n in names if len(n.strip()) >= 4})


#: Names that belong to the seeds' story, not to English news in general.
STORY_NAMES = story_names()
PATTERN = re.compile(r"\b(" + "|".join(re.escape(n) for n in STORY_NAMES) + r")\b", re.IGNORECASE)
SKIP_DIRS = {"__pycache__"}


def _package_files():
    story = STORY
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        if path.is_file() and not SKIP_DIRS & set(path.parts) and story not in path.parents:
            yield path


def _hits(path):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return []
    return [f"{path.relative_to(config.PROJECT_DIR)}:{i}: {m.group(0)}"
            for i, line in enumerate(text.splitlines(), 1) for m in PATTERN.finditer(line)]


def test_the_pattern_finds_a_story_name_in_any_case():
    focus = _rows("focus")[0]["actor"]
    assert len(STORY_NAMES) > 50 and focus in STORY_NAMES
    assert PATTERN.search(f"the {focus.lower()} said") and PATTERN.search(f"{focus.upper()}'s office")
    assert not PATTERN.search(f"x{focus.lower()}x")  # a word inside a word is not a hit


def test_no_package_file_outside_the_ukraine_story_names_the_story():
    files = list(_package_files())
    assert any(p.name == "pipeline.py" for p in files) and any(p.suffix == ".csv" for p in files)
    hits = [hit for path in files for hit in _hits(path)]
    assert not hits, "story names outside helpers/stories/ukraine/:\n" + "\n".join(hits)


def test_the_ukraine_story_itself_is_where_they_live():
    assert PATTERN.search((STORY / "actors.csv").read_text(encoding="utf-8"))
