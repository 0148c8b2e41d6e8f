"""A story: what belongs to one news story, as a folder of data files.

The package knows the English language (reporting verbs, titles, organisation
words, states: ``helpers/data/``); a corpus brings its story. A story folder
holds any of these files (every one optional):

============== ================================================================
``actors.csv``  the story's actors: ``canonical,type,country,aliases,role,valid_from,valid_to``
                and optionally ``side`` (an actor's side when it is not its country's:
                a think tank is not its government)
``sides.csv``   ``side,label,countries,colour``: the sides of the story, the countries
                (``|``-separated ISO alpha-3) whose actors belong to each, an optional colour
``conditions.csv`` the story's own condition categories: ``category,generic_category,cameo,
                role,pattern,description`` (each maps to a generic category of the guide)
``lexicon.csv`` loaded terms: ``term,concept,variant,signals,case_sensitive,note``
``focus.csv``   ``actor``: the actors the framing notebook looks at first
============== ================================================================

The seeds' story ships in the package as the named story ``ukraine``
(``helpers/stories/ukraine/``); a researcher's own story is a folder anywhere,
and a corpus folder with a ``story/`` subfolder uses it by default. With no
story at all the package runs on its language knowledge and the generic
condition categories.

>>> s = load_story(None)
>>> s.name, len(s.actors), s.side_of("", "FRA")
('(no story)', 0, 'FRA')
"""
from __future__ import annotations

import hashlib
import csv
import io
import os
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from . import config

STORIES_DIR = config.PACKAGE_DIR / "stories"
#: The story folder name a corpus may carry beside its articles.
CORPUS_STORY = "story"
#: The name of the empty story.
NO_STORY = "(no story)"

FILES = {
    "actors": ["canonical", "type", "country", "aliases", "role", "valid_from", "valid_to", "side"],
    "sides": ["side", "label", "countries", "colour"],
    "conditions": ["category", "generic_category", "cameo", "role", "pattern", "description"],
    "lexicon": ["term", "concept", "variant", "signals", "case_sensitive", "note"],
    "focus": ["actor"],
}
#: Columns a file must have (the others are filled with '' when missing).
REQUIRED = {"actors": ["canonical", "type"], "sides": ["side"], "conditions": ["category", "pattern"],
            "lexicon": ["term", "concept", "variant"], "focus": ["actor"]}


@dataclass(frozen=True)
class Story:
    """One story's data: DataFrames with the columns of :data:`FILES` (empty when absent)."""

    name: str
    folder: Path | None
    actors: pd.DataFrame = field(repr=False)
    sides: pd.DataFrame = field(repr=False)
    conditions: pd.DataFrame = field(repr=False)
    lexicon: pd.DataFrame = field(repr=False)
    focus: pd.DataFrame = field(repr=False)

    @property
    def focus_actors(self) -> list[str]:
        """The actors the framing notebook starts from (may be empty)."""
        return [a for a in self.focus["actor"].tolist() if a]

    def side_of(self, actor: str = "", country: str = "") -> str:
        """An actor's side: its own ``side`` in the story, else the side holding its country, else
        the country itself ('' when unknown).

        >>> s = story_from_frames("t", actors=pd.DataFrame([{"canonical": "Tank", "type": "organization",
        ...                                                   "country": "USA", "side": "experts"}]),
        ...                       sides=pd.DataFrame([{"side": "West", "countries": "USA|GBR"}]))
        >>> s.side_of("Tank", "USA"), s.side_of("Jane Roe", "GBR"), s.side_of("", "FRA")
        ('experts', 'West', 'FRA')
        """
        own = self._actor_side_map.get(actor or "", "")
        if own:
            return own
        return self._country_side_map.get(country or "", country or "")

    # The two maps are read once per Story (a corpus's every quote asks for its speaker's side).
    @cached_property
    def _actor_side_map(self) -> dict[str, str]:
        return {r.canonical: r.side for r in self.actors.itertuples() if r.side}

    @cached_property
    def _country_side_map(self) -> dict[str, str]:
        out = {}
        for r in self.sides.itertuples():
            for code in str(r.countries).split("|"):
                if code.strip():
                    out.setdefault(code.strip(), r.side)
        return out

    def side_colours(self) -> dict[str, str]:
        """The colours the story gives its sides (only those it sets)."""
        return {r.side: r.colour for r in self.sides.itertuples() if r.colour}

    def fingerprint(self) -> str:
        """A hash of every file of the story (part of the build cache key); for a story made of
        DataFrames, of their contents."""
        h = hashlib.sha256(self.name.encode())
        if self.folder is not None:
            for path in sorted(self.folder.rglob("*")):
                if path.is_file():
                    h.update(path.relative_to(self.folder).as_posix().encode() + b"\0")
                    h.update(path.read_bytes())
        else:
            for kind in FILES:
                h.update(kind.encode() + b"\0" + getattr(self, kind).to_csv(index=False).encode())
        return h.hexdigest()[:16]


#: What other modules build from a story (its registry, its condition taxonomy), by kind and the
#: story's id (the story is kept so the id stays its own).
_DERIVED: dict[tuple[str, int], tuple["Story", object]] = {}


def derived(story: "Story", kind: str, build):
    """``build(story)``, made once per story object and ``kind`` and kept while few stories are in use.

    >>> s = empty_story()
    >>> derived(s, "doc", lambda st: [st.name]) is derived(s, "doc", lambda st: [])
    True
    """
    hit = _DERIVED.get((kind, id(story)))
    if hit is not None and hit[0] is story:
        return hit[1]
    if len(_DERIVED) > 32:
        _DERIVED.clear()
    value = build(story)
    _DERIVED[(kind, id(story))] = (story, value)
    return value


def _frame(df: pd.DataFrame | None, kind: str, where: str = "") -> pd.DataFrame:
    columns = FILES[kind]
    if df is None:
        return pd.DataFrame(columns=columns)
    df = df.fillna("").astype(str)
    missing = [c for c in REQUIRED[kind] if c not in df.columns]
    if missing:
        raise ValueError(f"{where or kind}: a story's {kind}.csv needs the columns {', '.join(missing)}")
    for col in columns:
        if col not in df.columns:
            df[col] = ""
    return df[columns + [c for c in df.columns if c not in columns]].reset_index(drop=True)


def story_from_frames(name: str, folder: Path | None = None, **frames: pd.DataFrame) -> Story:
    """A story from DataFrames (tests, notebooks); missing ones are empty."""
    unknown = set(frames) - set(FILES)
    if unknown:
        raise ValueError(f"unknown story parts: {sorted(unknown)}")
    return Story(name=name, folder=folder, **{k: _frame(frames.get(k), k) for k in FILES})


def _read(folder: Path, kind: str) -> pd.DataFrame | None:
    """A story file; lines starting with ``#`` are comments (a colour like ``#0072B2`` is a value)."""
    path = folder / f"{kind}.csv"
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8-sig")
    kept = "".join(line for line in text.splitlines(keepends=True) if not line.lstrip().startswith("#"))
    if not kept.strip():
        raise ValueError(f"{path}: a story file needs a header line ({', '.join(FILES[kind])})")
    rows = list(csv.reader(io.StringIO(kept)))
    long = next((i for i, row in enumerate(rows[1:], 2) if len(row) > len(rows[0])), None)
    if long is not None:  # pandas would shift every cell of the file into the wrong column
        raise ValueError(f"{path}: row {long} (not counting comments) has {len(rows[long - 1])} cells where "
                         f"the header has {len(rows[0])} (quote a cell that holds a comma)")
    df = pd.read_csv(io.StringIO(kept), dtype=str, keep_default_na=False)
    return _frame(df, kind, str(path))


@lru_cache(maxsize=16)
def _load_folder(folder: str) -> Story:
    path = Path(folder)
    return Story(name=path.name, folder=path, **{k: _read(path, k) if (path / f"{k}.csv").exists()
                                                  else _frame(None, k) for k in FILES})


def resolve(story: str | Path | None = None, corpus: Path | str | None = None) -> Path | None:
    """The story folder: a named story of the package, a folder, the corpus's ``story/``, or None.

    ``story`` wins; without it a corpus folder holding ``story/`` uses it; the
    seeds use the ``ukraine`` story.
    """
    if story is not None and str(story).strip():
        text = str(story).strip()
        named = STORIES_DIR / text
        if "/" not in text and named.is_dir():
            return named
        path = Path(text).expanduser()
        if path.is_dir():
            return path.resolve()
        raise FileNotFoundError(f"{text}: no such story (named stories: {', '.join(named_stories()) or 'none'})")
    if corpus is not None:
        own = Path(corpus) / CORPUS_STORY
        if own.is_dir():
            return own.resolve()
        if config.is_seed_corpus(Path(corpus)):
            return STORIES_DIR / config.SEEDS_STORY
    return None


def load_story(story: "str | Path | Story | None" = None, corpus: Path | str | None = None) -> Story:
    """The story for a corpus (see :func:`resolve`); an empty story when there is none.

    A :class:`Story` is returned as it is.
    """
    if isinstance(story, Story):
        return story
    folder = resolve(story, corpus)
    if folder is None:
        return empty_story()
    return _load_folder(str(folder))


@lru_cache(maxsize=1)
def empty_story() -> Story:
    """The story of a corpus without one: no actors, sides, categories, terms or focus."""
    return story_from_frames(NO_STORY)


#: The side of an actor whose side and country are both unknown.
UNKNOWN_SIDE = "unknown"


def sides_of(df: pd.DataFrame, country: str = "speaker_country", actor: str = "speaker",
             story: "Story | None" = None) -> pd.Series:
    """Each row's side: its ``side`` column when the table has one (the build fills it from the
    story), else ``story.side_of(actor, country)`` when a story is given, else its ``country``
    column; ``unknown`` when empty.

    >>> sides_of(pd.DataFrame({"speaker_country": ["RUS", ""]})).tolist()
    ['RUS', 'unknown']
    >>> sides_of(pd.DataFrame({"speaker_country": ["USA"], "side": ["experts"]})).tolist()
    ['experts']
    """
    if "side" in df.columns:
        values = df["side"]
    elif story is not None and actor in df.columns:
        values = pd.Series([story.side_of(a, c) for a, c in zip(df[actor].fillna("").astype(str),
                                                                  df[country].fillna("").astype(str), strict=True)],
                           index=df.index, dtype=object)
    else:
        values = df[country]
    return values.fillna("").astype(str).replace("", UNKNOWN_SIDE)


def label(story: Story) -> str:
    """How a notebook names a story: ``the story ukraine (helpers/stories/ukraine)`` or ``no story``.

    >>> label(empty_story())
    'no story (python -m helpers new-story DIR writes one)'
    """
    if story.folder is None:
        return "no story (python -m helpers new-story DIR writes one)" if story.name == NO_STORY \
            else f"the story {story.name}"
    where = story.folder.relative_to(config.PROJECT_DIR) if story.folder.is_relative_to(config.PROJECT_DIR) \
        else story.folder
    return f"the story {story.name} ({where})"


def choose_focus(story: Story, mentions: pd.DataFrame, n: int = 3) -> list[str]:
    """The actors a notebook looks at first: the story's focus actors the corpus mentions, else
    its ``n`` most mentioned persons (ties by name).

    >>> m = pd.DataFrame({"actor": ["Ann Lee", "Tom Roe", "Tom Roe"], "type": ["person"] * 3})
    >>> choose_focus(empty_story(), m, 1), choose_focus(story_from_frames("s", focus=pd.DataFrame({"actor": ["Ann Lee"]})), m)
    (['Tom Roe'], ['Ann Lee'])
    """
    present = set(mentions["actor"]) if len(mentions) else set()
    own = [a for a in story.focus_actors if a in present]
    if own:
        return own
    people = mentions[mentions["type"] == "person"]["actor"].value_counts() if len(mentions) else pd.Series()
    ranked = sorted(people.items(), key=lambda kv: (-kv[1], kv[0]))
    return [name for name, _ in ranked[:n]]


def side_note(sides: pd.Series, actors: pd.Series, story: Story, threshold: float = 0.5) -> str:
    """What to add to the story when most rows have no known side ('' otherwise).

    >>> side_note(pd.Series(["unknown", "unknown", "FRA"]), pd.Series(["A B", "A B", "C"]), empty_story())[:40]
    '2 of 3 (67 %) have no known side. Add th'
    """
    unknown = sides == UNKNOWN_SIDE
    if not len(sides) or unknown.mean() <= threshold:
        return ""
    top = actors[unknown].value_counts().head(5)
    where = f"the story's folder ({story.folder})" if story.folder is not None else \
        "a story folder (`python -m helpers new-story DIR`, then `--story DIR`, or a `story/` folder in the corpus)"
    return (f"{int(unknown.sum())} of {len(sides)} ({unknown.mean() * 100:.0f} %) have no known side. Add these actors "
            f"with a country or a side to actors.csv, and group countries into sides in sides.csv, in {where}. "
            "Most frequent: " + ", ".join(f"{a} ({k})" for a, k in top.items()) + ".")


def conditions_note(conditions: pd.DataFrame, story: Story) -> str:
    """What to add to the story when no condition is found ('' otherwise)."""
    if len(conditions):
        return ""
    n = story.conditions["category"].nunique()
    return (f"No condition was found ({label(story)}: {n} condition categories of its own). "
            "Add rows to the story's conditions.csv (category, generic_category, role, pattern) with the words that "
            "name each term in this corpus.")


#: The environment variable naming the story of the configured corpus (``make report STORY=...``).
STORY_ENV = "HELPERS_STORY"


def story_for(story: "str | Path | Story | None" = None, corpus: Path | str | None = None) -> Story:
    """``story`` if given, else ``$HELPERS_STORY`` (a name or a folder: ``make report STORY=...``),
    else the corpus's default story (:func:`resolve`)."""
    if story is None or (isinstance(story, str) and not story.strip()):
        story = os.environ.get(STORY_ENV, "").strip() or None
    return load_story(story, corpus)


def current_story() -> Story:
    """The story of the configured corpus (``$HELPERS_CORPUS``, see :func:`story_for`)."""
    return story_for(None, config.corpus_dir())


def named_stories() -> list[str]:
    """The stories shipped in the package."""
    return sorted(p.name for p in STORIES_DIR.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))) \
        if STORIES_DIR.is_dir() else []


#: The commented files :func:`write_template` writes (comment lines start with ``#``).
TEMPLATE = {
    "actors.csv": """# The story's actors: one row per actor (states and international bodies are known already).
# canonical: the name tables show; type: person, organization or state; country: ISO alpha-3
# (INT for an international body); aliases: other spellings, titles and short forms, |-separated;
# role, valid_from, valid_to (YYYY-MM-DD): optional; side: the actor's side when it is not its
# country's (a think tank is not its government). Example row (invented):
# Ann Okafor,person,NGA,Okafor|Foreign Minister Okafor,Foreign minister,2023-06-01,,
canonical,type,country,aliases,role,valid_from,valid_to,side
""",
    "sides.csv": """# The sides of the story: a side groups countries (ISO alpha-3, |-separated); colour is optional
# (hex, e.g. #0072B2; otherwise a colour-blind-safe palette by side name). Example (invented):
# North,The northern alliance,NGA|GHA,
side,label,countries,colour
""",
    "conditions.csv": """# The story's condition categories: one row per (category, pattern). generic_category is one of
# ceasefire, territory, prisoners, humanitarian, sanctions, security, governance, accountability,
# negotiation_terms, other. role: object (words that place a condition in the category) or
# standalone (a phrase that states a term by itself). pattern: a regular expression, case-insensitive.
# Example (invented): river_access,territory,,object,\\baccess to the (?:river|delta)\\b,Access to the river
category,generic_category,cameo,role,pattern,description
""",
    "lexicon.csv": """# Loaded terms: competing words for one thing (concept), each variant with what it signals.
# case_sensitive: 1 to match the case as written. Example (invented):
# insurgents,armed_group_name,insurgents,outsider_usage,,
term,concept,variant,signals,case_sensitive,note
""",
    "focus.csv": """# The actors the framing notebook looks at first (canonical names), one per line.
actor
""",
}


def write_template(folder: Path | str) -> list[Path]:
    """Write a commented, empty story into ``folder`` (created); refuses to overwrite a file."""
    folder = Path(folder)
    taken = [name for name in TEMPLATE if (folder / name).exists()]
    if taken:
        raise FileExistsError(f"{folder}: already holds {', '.join(taken)}; nothing written")
    folder.mkdir(parents=True, exist_ok=True)
    from .store import atomic_write_text

    paths = []
    for name, text in TEMPLATE.items():
        atomic_write_text(folder / name, text)
        paths.append(folder / name)
    return paths


def new_story_main(argv: list[str]) -> int:
    """``python -m helpers new-story DIR``: write a commented story template into DIR."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(prog="python -m helpers new-story", description=new_story_main.__doc__)
    parser.add_argument("folder", type=Path, help="the story folder to create (e.g. my-corpus/story)")
    args = parser.parse_args(argv)
    try:
        paths = write_template(args.folder)
    except (FileExistsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{args.folder}: wrote {', '.join(p.name for p in paths)}; fill them in, then build with "
          f"--story {args.folder} (or name the folder story/ inside the corpus)")
    return 0
