"""From a folder of articles to the tidy tables: ``build()`` and the :class:`Corpus` it returns.

The data flow is one way::

    corpus -> nlp -> actors -> quotes / conditions -> graph (relations)

Each article is parsed once; its spaCy ``Doc`` is handed to the per-article
extractors and dropped. Articles go in shards (:mod:`helpers.engines`): each
shard is one task, on a local process pool or a Dask cluster, that writes its
rows as Parquet; the tables are the shards concatenated in order, so memory
holds the final tables and no more. Shards and whole-corpus tables are cached
under ``.cache/`` (:mod:`helpers.cache`), keyed by the articles' bytes and a
fingerprint of the code and data, so a second ``build()`` only reads files
back and a killed build resumes at the first shard it had not written.

>>> corpus = build("seeds")                       # doctest: +SKIP
>>> sorted(corpus.tables())                       # doctest: +SKIP
['actors', 'articles', 'conditions', 'mentions', 'quotes', 'relations']
"""
from __future__ import annotations

import io
import logging
import os
import shutil
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import actors, cache, conditions, config, corpus, engines, graph, quotes, store
from .cache import article_key, code_fingerprint, corpus_key  # noqa: F401  (the keys, re-exported)
from .engines import ShardError

log = logging.getLogger("helpers")

#: Columns of every table, in order (the contract between modules, tests and notebooks).
TABLE_COLUMNS = {
    "articles": corpus.COLUMNS,
    "mentions": actors.MENTION_COLUMNS,
    "actors": actors.ACTOR_COLUMNS,
    "quotes": quotes.COLUMNS,
    "conditions": conditions.COLUMNS,
    "relations": graph.RELATION_COLUMNS,
}
PROBLEM_COLUMNS = ["file", "message"]
PER_ARTICLE_TABLES = ("mentions", "quotes", "conditions", "relations")
INTEGER_COLUMNS = {"start", "end", "sent_start", "n_words", "n_paragraphs", "n_articles", "n_mentions"}
BOOLEAN_COLUMNS = {"registered"}
FORMATS = ("csv", "parquet")


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
    """A table as UTF-8 CSV text with ``\\n`` line endings."""
    return df.to_csv(index=False, lineterminator="\n")


def _arrow_schema(df: pd.DataFrame):
    """The Parquet schema of a table: int64, bool or string per column (never inferred)."""
    import pyarrow as pa

    def kind(col):
        if col in INTEGER_COLUMNS and df[col].dtype.kind == "i":
            return pa.int64()
        if col in BOOLEAN_COLUMNS and df[col].dtype.kind == "b":
            return pa.bool_()
        return pa.string()

    return pa.schema([(col, kind(col)) for col in df.columns])


def to_parquet_bytes(df: pd.DataFrame, table: str | None = None) -> bytes:
    """A table as Parquet bytes (same input, same bytes); other columns are written as strings."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if table not in TABLE_COLUMNS:
        df = df.astype(str)
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(df, schema=_arrow_schema(df), preserve_index=False), buffer)
    return buffer.getvalue()


def table_bytes(df: pd.DataFrame, table: str, fmt: str = "csv") -> bytes:
    """A table in the on-disk format ``fmt`` (``csv`` or ``parquet``)."""
    if fmt == "parquet":
        return to_parquet_bytes(df, table)
    if fmt == "csv":
        return to_csv_text(df).encode("utf-8")
    raise ValueError(f"unknown table format {fmt!r} (choose from {', '.join(FORMATS)})")


def read_table(path: Path | str, table: str) -> pd.DataFrame:
    """Read a table written by :func:`write_tables` (CSV or Parquet, by suffix) with its dtypes."""
    path = Path(path)
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        df = pq.read_table(path).to_pandas()
    else:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    if table in TABLE_COLUMNS and list(df.columns) != list(TABLE_COLUMNS[table]):
        raise ValueError(f"{path}: columns differ from the {table} table")
    return tidy(df, table) if table in TABLE_COLUMNS else df.astype(str).astype(object)


def _table_file(folder: Path, name: str) -> Path:
    """The one file of table ``name`` in ``folder`` (``.csv`` or ``.parquet``)."""
    found = [folder / f"{name}.{fmt}" for fmt in FORMATS if (folder / f"{name}.{fmt}").is_file()]
    if len(found) != 1:
        what = "no" if not found else "both a .csv and a .parquet"
        raise FileNotFoundError(f"{folder}: {what} {name} table")
    return found[0]


def read_tables(folder: Path | str) -> Corpus:
    """The :class:`Corpus` written by ``write_tables`` / ``python -m helpers build``, either format.

    >>> corpus = read_tables("data/processed")           # doctest: +SKIP
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: tables folder not found")
    tables = {name: read_table(_table_file(folder, name), name) for name in TABLE_COLUMNS}
    try:
        problems = read_table(_table_file(folder, "problems"), "problems")
    except FileNotFoundError:
        problems = pd.DataFrame(columns=PROBLEM_COLUMNS)
    return Corpus(**tables, problems=problems)


def _table_file_names() -> set[str]:
    """Every file name a table set may hold (both formats), so a new set replaces an old one."""
    return {f"{name}.{fmt}" for name in [*TABLE_COLUMNS, "problems"] for fmt in FORMATS}


def write_tables(result: Corpus, out: Path | str, fmt: str = "csv") -> list[Path]:
    """Write every table (plus ``problems``) as ``out/<table>.<fmt>``, as one set.

    The files go to a temporary folder beside ``out`` that replaces it only
    when all are written, so a failure leaves the previous set untouched.
    Other files already in ``out`` are kept.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown table format {fmt!r} (choose from {', '.join(FORMATS)})")
    out = Path(out)
    tables = {**result.tables(), "problems": result.problems}
    with store.folder_set(out, replaces=_table_file_names()) as tmp:
        for name, df in tables.items():
            store.atomic_write_bytes(tmp / f"{name}.{fmt}", table_bytes(df, name, fmt))
    return [out / f"{name}.{fmt}" for name in tables]


# --------------------------------------------------------------------------- extraction


def extract_article(doc, name: str) -> dict[str, list[dict]]:
    """Every per-article table's rows for one parsed article (what each shard task calls)."""
    mentions = actors.find_mentions(doc, name)
    found_quotes = quotes.find_quotes(doc, name, mentions)
    found_conditions = conditions.find_conditions(doc, name, mentions, found_quotes)
    relations = graph.find_relations(doc, name, mentions, found_quotes, found_conditions)
    return {"mentions": mentions, "quotes": found_quotes, "conditions": found_conditions,
            "relations": relations}


# --------------------------------------------------------------------------- corpus cache


def _read_entry(entry: Path, key: str, names) -> dict[str, pd.DataFrame] | None:
    """The tables of a cache entry that proves itself (key, checksums, row counts), else None."""
    manifest = cache.read_manifest(entry, key)
    if manifest is None:
        return None
    try:
        tables = {name: read_table(entry / f"{name}.parquet", name) for name in names}
        bad = [n for n, df in tables.items() if len(df) != manifest["files"][f"{n}.parquet"]["rows"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        bad = [f"{type(exc).__name__}: {exc}"]
    if bad:
        log.warning(f"cache entry {entry.name}: {', '.join(bad)} differ from the manifest; rebuilding it")
        return None
    return tables


def _write_entry(entry: Path, key: str, tables: dict[str, pd.DataFrame]) -> None:
    """Store tables as one cache entry; a cache that cannot be written is a warning, not a stop."""
    try:
        files = {f"{name}.parquet": to_parquet_bytes(df, name) for name, df in tables.items()}
        cache.write_entry(entry, key, files, {f"{name}.parquet": len(df) for name, df in tables.items()})
    except OSError as exc:
        log.warning(f"{entry.parent}: cache not written ({exc}); the next build parses again")


def _cache_root(use_cache: bool) -> Path | None:
    """The usable cache folder, or None (cache off, or not writable: then a warning)."""
    if not use_cache:
        return None
    try:
        return cache.usable_dir(Path(config.CACHE_DIR))
    except cache.CacheUnavailable as exc:
        log.warning(f"{exc}; building without the cache")
        return None


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
            problems.append({"file": message.split(":", 1)[0], "message": message})
            log.warning(message)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return tidy(articles, "articles"), pd.DataFrame(problems, columns=PROBLEM_COLUMNS)


def default_jobs() -> int:
    """The machine's cores (at least 1)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def choose_engine(engine: str | None, scheduler: str | None) -> str:
    """The engine to use: ``dask`` when a scheduler address is given, else ``local`` by default.

    >>> choose_engine(None, "tcp://10.0.0.5:8786"), choose_engine(None, None)
    ('dask', 'local')
    """
    engine = engine or ("dask" if scheduler else "local")
    if engine not in engines.ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(engines.ENGINES)})")
    if scheduler and engine != "dask":
        raise ValueError(f"a scheduler address ({scheduler}) needs engine='dask', not {engine!r}")
    return engine


def build(folder: Path | str | None = None, jobs: int | None = None, progress: bool | None = None,
          cache: bool = True, engine: str | None = None, scheduler: str | None = None,
          shard_size: int | None = None) -> Corpus:
    """Read ``folder`` (default: the configured corpus) and extract every table.

    ``engine`` is ``"local"`` (a pool of ``jobs`` processes, default: the
    machine's cores) or ``"dask"``: a new ``LocalCluster`` of ``jobs``
    single-threaded workers, or the running scheduler at ``scheduler``
    (``tcp://host:8786``). ``progress`` shows a bar per shard (default: for
    more than 8 articles); ``cache=False`` ignores and does not write the
    cache; ``shard_size`` is the average articles per shard (default: by
    corpus size, at most 256). A failed shard raises :class:`ShardError`
    after the other shards are written.
    """
    folder = Path(folder) if folder is not None else config.corpus_dir()
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: corpus folder not found")
    engine = choose_engine(engine, scheduler)
    root = _cache_root(cache)
    key = corpus_key(folder) if root is not None else None
    entry = root / "corpus" / key if root is not None else None
    if entry is not None and (hit := _cached_corpus(entry, key)) is not None:
        return hit
    articles, problems = load_articles(folder)
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    progress = len(articles) > 8 if progress is None else progress
    tables = per_article_tables(articles, jobs=jobs, progress=progress, root=root, engine=engine,
                                scheduler=scheduler, shard_size=shard_size)
    result = Corpus(articles=articles, actors=tidy(actors.actors_table(tables["mentions"]), "actors"),
                    problems=problems, **tables)
    if entry is not None:
        stored = {**result.tables(), "problems": result.problems}
        _write_entry(entry, key, stored)
        _MEMO.clear()
        _MEMO[(str(entry), key)] = {name: df.copy() for name, df in stored.items()}
    return result


#: The last corpus read from the cache in this process, so a notebook's repeated
#: ``build()`` skips even the file parsing (the key still hashes every file, so an
#: edited article is seen). Callers get copies: mutating them cannot leak back.
_MEMO: dict[tuple[str, str], dict[str, pd.DataFrame]] = {}


def _cached_corpus(entry: Path, key: str) -> Corpus | None:
    """The whole corpus from the in-process memo or a cache entry that proves itself."""
    names = [*TABLE_COLUMNS, "problems"]
    cached = _MEMO.get((str(entry), key)) or _read_entry(entry, key, names)
    if cached is None:
        return None
    _MEMO.clear()
    _MEMO[(str(entry), key)] = cached
    for message in cached["problems"]["message"]:
        log.warning(message)
    return Corpus(**{name: df.copy() for name, df in cached.items()})


def per_article_tables(articles: pd.DataFrame, jobs: int = 1, progress: bool = False, root: Path | None = None,
                       engine: str = "local", scheduler: str | None = None,
                       shard_size: int | None = None) -> dict[str, pd.DataFrame]:
    """The per-article tables of every article: shards built where missing, then concatenated.

    With a cache folder ``root`` the shards live in ``root/shards`` and are
    reused; without one they go to a temporary folder removed at the end.
    """
    items = list(zip(articles["article"].tolist(), articles["text"].tolist()))
    folder, temporary = _shard_folder(root, scheduler)
    try:
        tasks = engines.plan(items, folder, shard_size)
        todo = [task for task in tasks if cache.read_manifest(folder / task.key, task.key) is None]
        run_shards(todo, len(tasks), engine=engine, jobs=jobs, scheduler=scheduler, progress=progress)
        return gather(tasks, folder)
    finally:
        if temporary:
            shutil.rmtree(folder, ignore_errors=True)


def _shard_folder(root: Path | None, scheduler: str | None) -> tuple[Path, bool]:
    """Where shards go and whether the folder is temporary.

    Without a cache, a temporary folder: under the configured cache folder when a
    remote scheduler's workers must see it, else the system's temporary folder.
    """
    if root is not None:
        folder = root / "shards"
        folder.mkdir(parents=True, exist_ok=True)
        cache.remove_stale_temporaries(folder)
        return folder, False
    parent = None
    if scheduler:
        try:
            parent = cache.usable_dir(Path(config.CACHE_DIR))
        except cache.CacheUnavailable:
            parent = None
    return Path(tempfile.mkdtemp(prefix="helpers-shards-", dir=parent)), True


def run_shards(todo: list, total: int, engine: str = "local", jobs: int = 1, scheduler: str | None = None,
               progress: bool = False) -> None:
    """Build the shards in ``todo`` (``total`` in the corpus), showing progress per shard.

    Every shard is attempted; a failed one is logged as a warning when it
    fails and, at the end, raised as one :class:`ShardError` naming each.
    """
    if not todo:
        return
    n_articles = sum(len(task.names) for task in todo)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        done = f"; {total - len(todo)} already built" if len(todo) < total else ""
        bar = tqdm(total=len(todo), unit="shard", desc=f"parsing {n_articles} articles in {len(todo)} shards{done}")
    failed = []
    try:
        largest_first = sorted(todo, key=lambda task: -len(task.names))  # the last to finish are short
        for _, error in engines.run(largest_first, engine, jobs, scheduler):
            if error:
                log.warning(error)
                failed.append(error)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    if failed:
        raise ShardError(f"{len(failed)} of {total} shards failed (the others are kept: run the build again "
                         f"to retry only these): " + "; ".join(failed))


def gather(tasks: list, folder: Path) -> dict[str, pd.DataFrame]:
    """The per-article tables: every shard's rows, in shard order, one table at a time."""
    tables = {}
    for table in PER_ARTICLE_TABLES:
        frames = []
        for task in tasks:
            path = folder / task.key / f"{table}.parquet"
            df = read_table(path, table)
            expected = cache.recorded_rows(folder / task.key, path.name)
            if len(df) != expected:
                raise ShardError(f"{path}: {len(df)} rows where its manifest records {expected}; "
                                 f"run the build again")
            if len(df):
                frames.append(df)
        tables[table] = pd.concat(frames, ignore_index=True) if frames else tidy([], table)
    return tables


__all__ = ["Corpus", "build", "write_tables", "read_table", "read_tables", "tidy", "TABLE_COLUMNS", "ShardError"]
