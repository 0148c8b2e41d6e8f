"""The package knows the language; the war in Ukraine lives only in the ``ukraine`` story.

Every file under ``helpers/`` except ``helpers/stories/ukraine/`` is searched for names
specific to that story (its people, places, institutions and condition categories).
"""
from __future__ import annotations

import re

from helpers import config

#: Names that belong to the seeds' story, not to English news in general.
STORY_NAMES = [
    "Putin", "Zelensky", "Zelenskyy", "Zelenskiy", "Kremlin", "Kyiv", "Kiev", "Donetsk", "Luhansk", "Lugansk",
    "Crimea", "Crimean", "NATO", "Donbas", "Donbass", "Peskov", "Lavrov", "Shoigu", "Gerasimov", "Medvedev",
    "Zakharova", "Prigozhin", "Yermak", "Kuleba", "Syrskyi", "Zaluzhnyi", "Budanov", "Podolyak", "Navalny",
    "Zaporizhzhia", "Zaporizhia", "Kherson", "Bakhmut", "Mariupol", "Avdiivka", "Kharkiv", "Odesa",
    "Verkhovna Rada", "Duma", "denazification", "nato_membership", "Wagner Group", "Minsk agreements",
]
PATTERN = re.compile(r"\b(" + "|".join(re.escape(n) for n in STORY_NAMES) + r")\b", re.IGNORECASE)
SKIP_DIRS = {"__pycache__"}


def _package_files():
    story = config.PACKAGE_DIR / "stories" / "ukraine"
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
    assert PATTERN.search("the kremlin said") and PATTERN.search("Zelenskyy's office")
    assert not PATTERN.search("senators met in Moscow")  # a word inside a word is not a hit


def test_no_package_file_outside_the_ukraine_story_names_the_story():
    files = list(_package_files())
    assert any(p.name == "pipeline.py" for p in files) and any(p.suffix == ".csv" for p in files)
    hits = [hit for path in files for hit in _hits(path)]
    assert not hits, "story names outside helpers/stories/ukraine/:\n" + "\n".join(hits)


def test_the_ukraine_story_itself_is_where_they_live():
    story = config.PACKAGE_DIR / "stories" / "ukraine" / "actors.csv"
    assert PATTERN.search(story.read_text(encoding="utf-8"))
