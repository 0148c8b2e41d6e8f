"""From a folder of articles to the tidy tables: ``build()`` and the :class:`Corpus` it returns.

The data flow is one way::

    corpus -> nlp -> actors -> quotes / conditions -> graph (relations)

Each article is parsed once; its spaCy ``Doc`` is handed to the per-article
extractors and dropped, so memory does not grow with the corpus. With
``jobs > 1`` whole articles (parse + extraction) are spread over worker
processes. Results are cached as CSV under ``.cache/``, keyed by the
articles' bytes, the package version, the model and the data files, so a
second ``build()`` of the same corpus only reads CSV files back.

>>> corpus = build("seeds")                       # doctest: +SKIP
>>> sorted(corpus.tables())                       # doctest: +SKIP
['actors', 'articles', 'conditions', 'mentions', 'quotes', 'relations']
"""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import warnings
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

import pandas as pd

from . import __version__, actors, conditions, config, context, corpus, gate, graph, nlp, quotes
from . import story as story_mod
from .actors import across
from .store import atomic_write_text
from .story import Story

log = logging.getLogger("helpers")

#: Columns of every table, in order (the contract between modules, tests and notebooks).
TABLE_COLUMNS = {
    "articles": corpus.COLUMNS,
    "mentions": actors.MENTION_COLUMNS,
    "actors": actors.ACTOR_COLUMNS,
    "quotes": quotes.COLUMNS + ["side"],  # side: the speaker's side in the story (``link_corpus``)
    "conditions": conditions.COLUMNS,
    "relations": graph.RELATION_COLUMNS,
}
PROBLEM_COLUMNS = ["file", "message"]
PER_ARTICLE_TABLES = ("mentions", "quotes", "conditions", "relations")
INTEGER_COLUMNS = {"start", "end", "sent_start", "n_words", "n_paragraphs", "n_articles", "n_mentions"}
BOOLEAN_COLUMNS = {"registered"}


@dataclass
class Corpus:
    """The tables of one corpus, as pandas DataFrames (every per-article table has ``article``)."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame
    conditions: pd.DataFrame
    relations: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=PROBLEM_COLUMNS))

    def tables(self) -> dict[str, pd.DataFrame]:
        """The six tables of the design by name (``problems`` is kept apart)."""
        return {name: getattr(self, name) for name in TABLE_COLUMNS}

    def with_outlet_labels(self) -> "Corpus":
        """A copy for charts: an article whose outlet is unknown is labelled by its file name.

        The tables keep ``outlet`` empty when neither a manifest nor the text names it;
        charts and group-bys need a label, and merging every unknown article into one
        group would invent an outlet.
        """
        articles = self.articles.copy()
        unknown = articles["outlet"].astype(str).str.strip() == ""
        articles.loc[unknown, "outlet"] = "? " + articles.loc[unknown, "article"].astype(str)
        return Corpus(articles=articles, mentions=self.mentions, actors=self.actors, quotes=self.quotes,
                      conditions=self.conditions, relations=self.relations, problems=self.problems)

    def summary(self) -> str:
        """One line: how many rows each table has."""
        counts = ", ".join(f"{len(df):,} {name}" for name, df in self.tables().items())
        extra = f" ({len(self.problems)} input problems)" if len(self.problems) else ""
        return counts + extra


# --------------------------------------------------------------------------- tables


def tidy(rows, table: str) -> pd.DataFrame:
    """A table with its declared columns and stable dtypes (ints, bools, else strings).

    ``rows`` is a list of dicts or a DataFrame. Fresh and cached builds go
    through this, so they are identical.

    >>> tidy([{"article": "a.txt", "start": "3"}], "quotes")[["article", "start", "kind"]].to_dict("records")
    [{'article': 'a.txt', 'start': 3, 'kind': ''}]
    """
    columns = TABLE_COLUMNS[table]
    if isinstance(rows, pd.DataFrame):
        df = rows.reindex(columns=columns)
    else:
        df = pd.DataFrame(rows, columns=columns) if len(rows) else pd.DataFrame(columns=columns)
    out = {}
    for col in columns:
        values = df[col]
        if col in INTEGER_COLUMNS:
            out[col] = pd.to_numeric(values, errors="coerce").fillna(-1).astype("int64")
        elif col in BOOLEAN_COLUMNS:
            out[col] = values.astype(str).str.strip().str.lower().isin(["true", "1", "yes"]).astype(bool)
        else:
            out[col] = values.where(values.notna(), "").astype(str).astype(object)
    return pd.DataFrame(out, columns=columns).reset_index(drop=True)


def to_csv_text(df: pd.DataFrame) -> str:
    """A table as UTF-8 CSV text with ``\\n`` line endings (the on-disk form everywhere)."""
    return df.to_csv(index=False, lineterminator="\n")


def read_table(path: Path, table: str) -> pd.DataFrame:
    """Read a table written by :func:`to_csv_text` back with the same dtypes."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    if table in TABLE_COLUMNS and list(df.columns) != list(TABLE_COLUMNS[table]):
        raise ValueError(f"{path}: columns differ from the {table} table")
    return tidy(df, table) if table in TABLE_COLUMNS else df


# --------------------------------------------------------------------------- extraction


#: The extraction chain, in order: (table, entry point). Each entry point takes the
#: article's context and returns its rows; later steps read earlier steps' rows from it.
EXTRACTORS = (
    ("mentions", actors.find_mentions),
    ("quotes", quotes.find_quotes),
    ("conditions", conditions.find_conditions),
    ("relations", graph.find_relations),
)


def _run_step(table: str, extractor, ctx: context.ArticleContext) -> list[dict]:
    """One extractor on one article; an error is logged at ERROR (article, step) and gives no rows.

    A user's build goes on with the other articles and steps; the test suite
    fails on the logged error.
    """
    try:
        return list(extractor(ctx))
    except Exception as exc:  # noqa: BLE001 - logged with the article and the step, the build goes on
        log.error("%s: %s extraction failed (%s.%s): %s: %s", ctx.name, table, extractor.__module__,
                  extractor.__name__, type(exc).__name__, exc)
        return []


def extract_article(doc, name: str, story: Story | None = None) -> dict[str, list[dict]]:
    """Every per-article table's rows for one parsed article, through one shared context.

    ``story`` is the corpus's story (default: the empty story).
    """
    ctx = context.ArticleContext.from_doc(doc, name, story)
    found = {}
    for table, extractor in EXTRACTORS:
        found[table] = _run_step(table, extractor, ctx)
        setattr(ctx, table, found[table])
    return found


class _Keyed:
    """A story hashed and compared by its fingerprint (so ``lru_cache`` keys on the fingerprint)."""

    def __init__(self, story: Story):
        self.story = story
        self.fingerprint = story.fingerprint()

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __eq__(self, other) -> bool:
        return isinstance(other, _Keyed) and self.fingerprint == other.fingerprint


@lru_cache(maxsize=2)
def _cached_pipeline(keyed: _Keyed):
    return nlp.load_nlp(actors.ruler_patterns(actors.story_registry(keyed.story)))


def _pipeline(story: Story | None = None):
    """The nlp pipeline with an entity ruler built from ``story``'s actors (default: the empty
    story), loaded once per story fingerprint."""
    return _cached_pipeline(_Keyed(story_mod.load_story(story)))


def _process_batch(items: list[tuple[str, str]], story: "Story | str | None" = None) -> list[dict[str, list[dict]]]:
    """Parse and extract a batch of (name, text) articles; runs in a worker when jobs > 1.

    ``story`` is the corpus's story or its folder (a worker loads a folder once; default: no story).
    A text longer than the parser's limit is parsed in pieces (``extract_in_pieces``).
    """
    story = story_mod.load_story(story)
    pipe = _pipeline(story)
    short = [(n, t) for n, t in items if len(t) <= pipe.max_length]
    found = {name: extract_article(doc, name, story)
             for doc, name in pipe.pipe(((t, n) for n, t in short), as_tuples=True)}
    return [found[n] if n in found else extract_in_pieces(pipe, n, t, story) for n, t in items]


def extract_in_pieces(pipe, name: str, text: str, story: Story | None = None) -> dict[str, list[dict]]:
    """Extract an over-long article piece by piece (cut at paragraph breaks), offsets shifted back."""
    rows: dict[str, list[dict]] = {}
    for offset, piece in gate.parser_pieces(text, pipe.max_length):
        for table, found in extract_article(pipe(piece), name, story).items():
            rows.setdefault(table, []).extend(gate.shift_rows(found, offset))
    return rows


def _batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_all(items: list[tuple[str, str]], jobs: int = 1, progress: bool = False, story: Story | None = None):
    """Yield each article's extracted rows, in input order, over ``jobs`` processes, with ``story``
    (workers receive its folder, or the story itself when it has none)."""
    story = story_mod.load_story(story)
    process = partial(_process_batch, story=str(story.folder) if story.folder is not None else story)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(items), desc="parsing", unit="article")
    batches = _batches(items, 8)
    if jobs > 1 and len(items) > 1:
        import multiprocessing as mp

        context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        with context.Pool(jobs) as pool:
            for result in pool.imap(process, batches):
                if bar is not None:
                    bar.update(len(result))
                yield from result
    else:
        for batch in batches:
            result = process(batch)
            if bar is not None:
                bar.update(len(result))
            yield from result
    if bar is not None:
        bar.close()


# --------------------------------------------------------------------------- cache


#: What does NOT decide a table: summaries, charts, exports, the notebook runner and the
#: command line. Every other module of the package, and every file under ``helpers/data/``
#: and ``helpers/stories/``, is part of the fingerprint by listing the folders, so a new
#: extraction module or data file is covered without editing a list.
NOT_EXTRACTION = frozenset({"analysis", "render", "plots.py", "framing.py", "stats.py", "report.py", "audit.py",
                            "evaluate.py", "ablation.py", "__main__.py", "helpers.mplstyle",
                            "relation_styles.csv"})


def fingerprint_files() -> list[Path]:
    """Every source and data file the tables depend on, in a stable order."""
    out = []
    for path in sorted(config.PACKAGE_DIR.rglob("*")):
        rel = path.relative_to(config.PACKAGE_DIR)
        if not path.is_file() or "__pycache__" in rel.parts or {rel.parts[0], path.name} & NOT_EXTRACTION:
            continue
        if path.suffix == ".py" or rel.parts[0] in {"data", "stories"}:
            out.append(path)
    return out


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of everything besides the articles that decides the tables.

    The package version, the model, the extraction modules' source (so an
    edited rule invalidates the cache) and the data files they read.
    """
    h = hashlib.sha256(__version__.encode())
    h.update(",".join(nlp.MODEL_PACKAGES).encode())
    for path in fingerprint_files():
        h.update(path.relative_to(config.PACKAGE_DIR).as_posix().encode() + b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def article_key(name: str, text: str, story: Story | None = None) -> str:
    """The cache key of one article's per-article tables (the code, the story, the article)."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(story_mod.load_story(story).fingerprint().encode())
    h.update(name.encode())
    h.update(b"\0")
    h.update(text.encode("utf-8"))
    return h.hexdigest()[:24]


def corpus_key(folder: Path, story: Story | None = None) -> str:
    """The cache key of a whole corpus: the bytes of its files, the code and the story's fingerprints."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(story_mod.load_story(story).fingerprint().encode())
    h.update(corpus.folder_digest(folder).encode())  # files hashed in chunks; special files never opened
    return h.hexdigest()[:24]


def _cache_read(entry: Path, names) -> dict[str, pd.DataFrame] | None:
    """Tables from a cache entry, or None when it is missing or damaged (then it is rebuilt)."""
    if not (entry / "COMPLETE").exists():
        return None
    try:
        return {name: read_table(entry / f"{name}.csv", name) for name in names}
    except (OSError, ValueError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        log.warning(f"{entry.name}: damaged cache entry ({exc}); rebuilding")
        shutil.rmtree(entry, ignore_errors=True)
        return None


def _cache_write(entry: Path, tables: dict[str, pd.DataFrame]) -> None:
    """Write a cache entry; the COMPLETE marker goes last so a torn entry is never read."""
    entry.mkdir(parents=True, exist_ok=True)
    for name, df in tables.items():
        atomic_write_text(entry / f"{name}.csv", to_csv_text(df))
    atomic_write_text(entry / "COMPLETE", "")


# --------------------------------------------------------------------------- build


def load_articles(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles table and the problems met while reading (file, message).

    Each problem is also logged as one line on the ``helpers`` logger.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", corpus.CorpusWarning)
        articles = corpus.load_corpus(folder)
    problems = []
    for w in caught:
        if issubclass(w.category, corpus.CorpusWarning):
            message = str(w.message)
            problems.append({"file": getattr(w.message, "file", message.split(":", 1)[0]), "message": message})
            log.warning(message)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return tidy(articles, "articles"), pd.DataFrame(problems, columns=PROBLEM_COLUMNS)


def default_jobs() -> int:
    """The machine's cores (at least 1)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def build(folder: Path | str | None = None, jobs: int | None = None, progress: bool | None = None,
          cache: bool = True, story: "Story | str | Path | None" = None) -> Corpus:
    """Read ``folder`` (default: the configured corpus) and extract every table.

    ``story`` is a named story (``ukraine``), a story folder or a
    :class:`~helpers.story.Story`; by default the corpus's own ``story/``
    folder, ``ukraine`` for the seeds, else none; ``$HELPERS_STORY`` overrides the default
    (:func:`helpers.story.story_for`).
    ``jobs`` worker processes parse in parallel (default: the machine's
    cores); ``progress`` shows a tqdm bar (default: for more than 8
    articles); ``cache=False`` ignores and does not write the cache.
    """
    folder = Path(folder) if folder is not None else config.corpus_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: corpus folder not found")
    story = story_mod.story_for(story, folder)
    names = list(TABLE_COLUMNS) + ["problems"]
    key = corpus_key(folder, story) if cache else None
    entry = config.CACHE_DIR / "corpus" / key if cache else None
    if entry is not None:
        cached = _MEMO.get((str(entry), key)) or _cache_read(entry, names)
        if cached is not None:
            _MEMO.clear()
            _MEMO[(str(entry), key)] = cached
            for message in cached["problems"]["message"]:
                log.warning(message)
            return Corpus(**{name: df.copy() for name, df in cached.items()})
    articles, problems = load_articles(folder)
    if articles.empty:  # no article: empty tables (not cached); the problems say why
        return Corpus(articles=articles, problems=problems,
                      **{name: tidy([], name) for name in TABLE_COLUMNS if name != "articles"})
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    progress = len(articles) > 8 if progress is None else progress
    tables = link_corpus(per_article_tables(articles, jobs=jobs, progress=progress, cache=cache, story=story),
                         story)
    result = Corpus(
        articles=articles,
        mentions=tables["mentions"],
        actors=tidy(actors.actors_table(tables["mentions"]), "actors"),
        quotes=tables["quotes"],
        conditions=tables["conditions"],
        relations=tables["relations"],
        problems=problems,
    )
    if entry is not None:
        stored = {**result.tables(), "problems": result.problems}
        _cache_write(entry, stored)
        _MEMO.clear()
        _MEMO[(str(entry), key)] = {name: df.copy() for name, df in stored.items()}
    return result


#: The last corpus read from the cache in this process, so a notebook's repeated
#: ``build()`` skips even the CSV parsing (the key still hashes every file, so an
#: edited article is seen). Callers get copies: mutating them cannot leak back.
_MEMO: dict[tuple[str, str], dict[str, pd.DataFrame]] = {}


def link_corpus(tables: dict[str, pd.DataFrame], story: Story) -> dict[str, pd.DataFrame]:
    """The per-article tables with what only the corpus knows: a lone surname linked to the one
    full name, a discovered actor's country from any article, and each quote's side (``story``)."""
    tables = across.link_tables(tables)
    countries, sides = across.quote_sides(tables["quotes"], story)
    tables["quotes"] = tables["quotes"].assign(speaker_country=countries, side=sides)
    return {name: tidy(df, name) for name, df in tables.items()}


def per_article_tables(articles: pd.DataFrame, jobs: int = 1, progress: bool = False,
                       cache: bool = True, story: Story | None = None) -> dict[str, pd.DataFrame]:
    """The per-article tables for every article, reusing cached articles.

    Only articles whose text (or the code and data) changed are parsed again;
    the tables keep the articles' order.
    """
    story = story_mod.load_story(story)
    keys = {rec.article: article_key(rec.article, rec.text, story) for rec in articles.itertuples()}
    done: dict[str, dict[str, pd.DataFrame | list[dict]]] = {}
    if cache:
        for name, key in keys.items():
            hit = _cache_read(config.CACHE_DIR / "articles" / key, PER_ARTICLE_TABLES)
            if hit is not None:
                done[name] = hit
    todo = [(rec.article, rec.text) for rec in articles.itertuples() if rec.article not in done]
    for (name, _), found in zip(todo, extract_all(todo, jobs=jobs, progress=progress, story=story)):
        if cache:
            _cache_write(config.CACHE_DIR / "articles" / keys[name],
                         {table: tidy(found[table], table) for table in PER_ARTICLE_TABLES})
        done[name] = found
    tables = {}
    for table in PER_ARTICLE_TABLES:
        parts = [done[name][table] for name in articles["article"]]
        frames = [p for p in parts if isinstance(p, pd.DataFrame) and len(p)]
        rows = [row for p in parts if not isinstance(p, pd.DataFrame) for row in p]
        if rows:
            frames.append(pd.DataFrame(rows))
        order = {name: i for i, name in enumerate(articles["article"])}
        merged = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        merged = tidy(merged, table)
        # Cached and fresh parts were gathered separately: restore article order (stable within one).
        rank = merged["article"].map(order).fillna(len(order)).astype(int)
        tables[table] = merged.iloc[rank.argsort(kind="stable")].reset_index(drop=True)
    return tables


def write_tables(result: Corpus, out: Path | str) -> list[Path]:
    """Write each table as ``out/<table>.csv`` (plus ``problems.csv``), atomically."""
    out = Path(out)
    paths = []
    for name, df in {**result.tables(), "problems": result.problems}.items():
        path = out / f"{name}.csv"
        atomic_write_text(path, to_csv_text(df))
        paths.append(path)
    return paths


__all__ = ["Corpus", "build", "write_tables", "read_table", "tidy", "TABLE_COLUMNS"]
