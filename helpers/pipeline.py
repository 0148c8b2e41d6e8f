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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import actors, cache, conditions, config, context, corpus, doccache, engines, gate, graph, nlp, quotes, store
from . import story as story_mod
from .actors import across, shared_names
from .conditions.sides import one_side_of_article
from .cache import article_key, code_fingerprint, corpus_key, fingerprint_files  # noqa: F401  (re-exported)
from .engines import ShardError
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
        return summary_line({name: len(df) for name, df in self.tables().items()}, len(self.problems))


def summary_line(counts: dict[str, int], n_problems: int = 0) -> str:
    """``5 articles, 509 mentions, …`` from row counts per table (what :meth:`Corpus.summary` prints)."""
    line = ", ".join(f"{counts[name]:,} {name}" for name in TABLE_COLUMNS)
    return line + (f" ({n_problems} input problems)" if n_problems else "")


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
        # object columns: pandas would infer Arrow string columns only for _text_column to undo them
        df = pd.DataFrame(rows, columns=columns, dtype=object) if len(rows) else pd.DataFrame(columns=columns)
    out = {}
    for col in columns:
        values = df[col]
        if col in INTEGER_COLUMNS:
            out[col] = values if values.dtype == "int64" else \
                pd.to_numeric(values, errors="coerce").fillna(-1).astype("int64")
        elif col in BOOLEAN_COLUMNS:
            out[col] = values if values.dtype == bool else \
                values.astype(str).str.strip().str.lower().isin(["true", "1", "yes"]).astype(bool)
        else:
            out[col] = _text_column(values)
    return pd.DataFrame(out, columns=columns).reset_index(drop=True)


def _text_column(values: pd.Series) -> pd.Series:
    """A column as Python strings in an object column, missing values as ``''``.

    A column that already is one (every shard read back, every table linked)
    is kept as it is: converting it again is most of the time of joining a
    large corpus's shards.

    >>> _text_column(pd.Series(["a", None, 3], dtype=object)).tolist()
    ['a', '', '3']
    >>> _text_column(pd.Series(["a", None], dtype="str")).tolist()
    ['a', '']
    """
    if values.dtype == object and pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"):
        return values
    return values.where(values.notna(), "").astype(str).astype(object)


def to_csv_text(df: pd.DataFrame) -> str:
    """A table as UTF-8 CSV text with ``\\n`` line endings."""
    return df.to_csv(index=False, lineterminator="\n")


#: Rows per Parquet row group: fixed, so a table written whole or streamed shard by shard
#: has the same row groups and so the same bytes.
ROW_GROUP = 65_536


def to_arrow(df: pd.DataFrame):
    """An Arrow table of a tidy table: int64, bool or string per column, no pandas metadata
    (so the bytes depend on the rows only; :func:`read_table` restores the dtypes)."""
    import pyarrow as pa

    def kind(col):
        if df[col].dtype.kind == "i":
            return pa.int64()
        if df[col].dtype.kind == "b":
            return pa.bool_()
        return pa.string()

    if any(df[col].dtype.kind not in "ib" for col in df.columns):
        df = df.astype({col: str for col in df.columns if df[col].dtype.kind not in "ib"})
    schema = pa.schema([(col, kind(col)) for col in df.columns])
    return pa.Table.from_pandas(df, schema=schema, preserve_index=False).replace_schema_metadata(None)


def rows_arrow(rows: list[dict], table: str):
    """``to_arrow(tidy(rows, table))`` for rows as extractors give them, without building a
    DataFrame: the columns go straight to Arrow when they hold what they should (Python ints,
    bools, strings or None); any other column goes through :func:`tidy`'s conversion.

    >>> rows_arrow([{"article": "a.txt", "start": 3, "speaker": None}], "quotes").to_pylist()[0]["speaker"]
    ''
    """
    import pyarrow as pa

    columns = TABLE_COLUMNS[table]
    arrays = []
    for col in columns:
        values = [row.get(col) for row in rows]
        if col in INTEGER_COLUMNS:
            plain = all(type(v) is int for v in values)
            arrays.append(pa.array(values if plain else tidy([{col: v} for v in values], table)[col].to_numpy(),
                                   pa.int64()))
        elif col in BOOLEAN_COLUMNS:
            plain = all(type(v) is bool for v in values)
            arrays.append(pa.array(values if plain else tidy([{col: v} for v in values], table)[col].to_numpy(),
                                   pa.bool_()))
        else:
            plain = all(type(v) is str or v is None for v in values)
            arrays.append(pa.array(["" if v is None else v for v in values] if plain
                                   else tidy([{col: v} for v in values], table)[col].tolist(), pa.string()))
    return pa.Table.from_arrays(arrays, names=list(columns))


def _write_parquet(sink, frames, table: str) -> int:
    """Stream tidy ``frames`` (DataFrames, or Arrow tables made by :func:`to_arrow`) into one
    Parquet file in row groups of :data:`ROW_GROUP`; rows written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer, pending, total = None, [], 0
    for df in frames:
        part = df if isinstance(df, pa.Table) else to_arrow(df)
        writer = writer or pq.ParquetWriter(sink, part.schema)
        pending.append(part)
        total += len(part)
        if sum(map(len, pending)) >= ROW_GROUP:
            data = pa.concat_tables(pending).combine_chunks()
            cut = len(data) // ROW_GROUP * ROW_GROUP
            writer.write_table(data.slice(0, cut), row_group_size=ROW_GROUP)
            pending = [data.slice(cut)]
    if writer is None:
        writer = pq.ParquetWriter(sink, to_arrow(tidy([], table)).schema)
    if sum(map(len, pending)):
        writer.write_table(pa.concat_tables(pending).combine_chunks(), row_group_size=ROW_GROUP)
    writer.close()
    return total


def _write_csv(path: Path, frames, table: str) -> int:
    """Stream ``frames`` into one CSV file (header once, ``\\n`` line endings); rows written."""
    total, header = 0, True
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for df in frames:
            df.to_csv(fh, index=False, header=header, lineterminator="\n")
            header, total = False, total + len(df)
        if header:
            (tidy([], table) if table in TABLE_COLUMNS else pd.DataFrame(columns=PROBLEM_COLUMNS)).to_csv(
                fh, index=False, lineterminator="\n")
    return total


def write_table_file(path: Path, frames, table: str, fmt: str = "csv") -> int:
    """Write the parts of one table (tidy DataFrames, in order) as one file; the rows written.

    Streaming: one part is in memory at a time, and the bytes are those of the
    parts concatenated and written at once.
    """
    if fmt == "parquet":
        return _write_parquet(str(path), frames, table)
    if fmt == "csv":
        return _write_csv(Path(path), frames, table)
    raise ValueError(f"unknown table format {fmt!r} (choose from {', '.join(FORMATS)})")


def to_parquet_bytes(df, table: str | None = None) -> bytes:
    """A table (a DataFrame, or a list of its parts as Arrow tables) as Parquet bytes (same rows,
    same bytes)."""
    buffer = io.BytesIO()
    _write_parquet(buffer, df if isinstance(df, list) else [df], table)
    return buffer.getvalue()


def read_table(path: Path | str, table: str, skip: tuple[str, ...] = ()) -> pd.DataFrame:
    """Read a table written by :func:`write_tables` (CSV or Parquet, by suffix) with its dtypes.

    ``skip`` names Parquet columns not to read (they come back empty).
    """
    path = Path(path)
    if path.suffix == ".parquet":
        data, names = _read_arrow(path, skip)
        return _arrow_table_frame([data], names, table, path)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    _check_columns(df.columns, table, path)
    return tidy(df, table) if table in TABLE_COLUMNS else df.astype(str).astype(object)


def _read_arrow(path: Path, skip: tuple[str, ...] = ()):
    """A Parquet file's Arrow table without the ``skip`` columns, and all of its column names."""
    import pyarrow.parquet as pq

    names = pq.read_schema(path).names
    return pq.read_table(path, columns=[c for c in names if c not in skip]), names


def _check_columns(columns, table: str, path) -> None:
    if table in TABLE_COLUMNS and list(columns) != list(TABLE_COLUMNS[table]):
        raise ValueError(f"{path}: columns differ from the {table} table")


def _arrow_table_frame(parts: list, names: list[str], table: str, path) -> pd.DataFrame:
    """Arrow tables of one table (read from Parquet, in order) as one tidy DataFrame; columns
    absent from the parts (skipped when read) come back empty."""
    import pyarrow as pa

    _check_columns(names, table, path)
    df = arrow_frame(pa.concat_tables(parts) if len(parts) > 1 else parts[0]).reindex(columns=names)
    return tidy(df, table) if table in TABLE_COLUMNS else df.astype(str).astype(object)


def arrow_frame(data) -> pd.DataFrame:
    """An Arrow table as a DataFrame whose string columns hold Python strings (object columns).

    ``Table.to_pandas()`` gives pandas' Arrow-backed string columns, which
    :func:`tidy` would convert back to objects: reading every shard of a
    corpus twice over. Each string column is turned into Python strings once.

    >>> import pyarrow as pa
    >>> df = arrow_frame(pa.table({"article": ["a.txt", None], "start": [3, 4]}))
    >>> [str(t) for t in df.dtypes], df["article"].tolist()
    (['object', 'int64'], ['a.txt', None])
    """
    import pyarrow as pa

    columns = {}
    for spec, column in zip(data.schema, data.columns, strict=True):
        values = column.to_numpy(zero_copy_only=False)
        text = pa.types.is_string(spec.type) or pa.types.is_large_string(spec.type)
        columns[spec.name] = pd.Series(values, dtype=object if text else None, copy=False)
    return pd.DataFrame(columns, columns=data.column_names, copy=False)


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
    _check_format(fmt)
    tables = {**result.tables(), "problems": result.problems}
    with store.folder_set(Path(out), replaces=_table_file_names()) as tmp:
        for name, df in tables.items():
            write_table_file(tmp / f"{name}.{fmt}", [df], name, fmt)
    return [Path(out) / f"{name}.{fmt}" for name in tables]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown table format {fmt!r} (choose from {', '.join(FORMATS)})")


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


def _one_state_per_name(found: dict[str, list[dict]], ctx: context.ArticleContext) -> dict[str, list[dict]]:
    """The article's rows after :func:`helpers.actors.shared_names.one_state_per_name`; an error there is
    logged at ERROR (article, step) and leaves the rows as the extractors wrote them."""
    try:
        return shared_names.one_state_per_name(found, ctx.doc.text)
    except Exception as exc:  # noqa: BLE001 - logged with the article, the build goes on
        log.error("%s: shared state names failed (%s): %s: %s", ctx.name, shared_names.RULE, type(exc).__name__, exc)
        return found


def extract_article(doc, name: str, story: Story | None = None, published: str = "") -> dict[str, list[dict]]:
    """Every per-article table's rows for one parsed article, through one shared context (what
    each shard task calls). ``story`` is the corpus's story (default: the empty story).
    """
    ctx = context.ArticleContext.from_doc(doc, name, story, published)
    found = {}
    try:
        for table, extractor in EXTRACTORS:
            found[table] = _run_step(table, extractor, ctx)
            setattr(ctx, table, found[table])
        found = _one_state_per_name(found, ctx)
    finally:
        doccache.forget(doc)  # the Doc is freed when the caller drops it, not at the next collection
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


def _pipeline(story: "Story | str | None" = None):
    """The nlp pipeline with an entity ruler built from ``story``'s actors (default: the empty
    story), loaded once per story fingerprint (so once per worker process)."""
    return _cached_pipeline(_Keyed(story_mod.load_story(story)))


def extract_in_pieces(pipe, name: str, text: str, story: Story | None = None,
                      published: str = "") -> dict[str, list[dict]]:
    """Extract an over-long article piece by piece (cut at paragraph breaks), offsets shifted back."""
    rows: dict[str, list[dict]] = {}
    for offset, piece in gate.parser_pieces(text, pipe.max_length):
        for table, found in extract_article(pipe(piece), name, story, published).items():
            rows.setdefault(table, []).extend(gate.shift_rows(found, offset))
    return rows


# --------------------------------------------------------------------------- corpus-wide links


def link_table(table: str, df: pd.DataFrame, links: tuple[dict, dict, dict], story: Story) -> pd.DataFrame:
    """One per-article table (or any part of it) with the corpus's links applied (``links``: from
    :func:`helpers.actors.across.link_maps`); quotes also get their speaker's side in ``story``,
    and a condition whose holder has no country the one the holder's description states.

    Row by row, and for a condition left without a country article by article (the one side its
    article's placed holders share), so parts that each hold whole articles, as the shards do,
    linked one by one are the whole table linked.
    """
    df = across.relink_table(table, df, *links)
    if table == "quotes":
        countries, sides = across.quote_sides(df, story)
        df = df.assign(speaker_country=countries, side=sides)
    if table == "conditions" and len(df):
        df = df.assign(holder_country=across.holder_countries(df, story, links[1]))
        df = df.assign(holder_country=one_side_of_article(df))
    return tidy(df, table)


def link_corpus(tables: dict[str, pd.DataFrame], story: Story) -> dict[str, pd.DataFrame]:
    """The per-article tables with what only the corpus knows: name variants merged, a lone surname
    linked to the one full name, a discovered actor's country from any article, and each quote's
    side (``story``). Runs once, on the whole corpus's tables."""
    links = across.link_maps(tables["mentions"], tables["quotes"]["speaker"])
    return {name: link_table(name, df, links, story) for name, df in tables.items()}


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
            problems.append({"file": getattr(w.message, "file", message.split(":", 1)[0]), "message": message})
            log.warning(message)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    articles = tidy(articles, "articles")
    engines.release_unused_memory()
    return articles, pd.DataFrame(problems, columns=PROBLEM_COLUMNS)


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
          cache: bool = True, story: "Story | str | Path | None" = None, engine: str | None = None,
          scheduler: str | None = None, shard_size: int | None = None) -> Corpus:
    """Read ``folder`` (default: the configured corpus) and extract every table.

    ``story`` is a named story (``ukraine``), a story folder or a
    :class:`~helpers.story.Story`; by default the corpus's own ``story/``
    folder, ``ukraine`` for the seeds, else none; ``$HELPERS_STORY`` overrides the default
    (:func:`helpers.story.story_for`).
    ``engine`` is ``"local"`` (a pool of ``jobs`` processes, default: the
    machine's cores) or ``"dask"``: a new ``LocalCluster`` of ``jobs``
    single-threaded workers, or the running scheduler at ``scheduler``
    (``tcp://host:8786``). ``progress`` shows a bar per shard (default: for
    more than 8 articles); ``cache=False`` ignores and does not write the
    cache; ``shard_size`` is the average articles per shard (default: by
    corpus size, at most 256). A failed shard raises :class:`ShardError`
    after the other shards are written. The corpus-wide links
    (:func:`link_corpus`) run once the shards are gathered. A corpus without
    an article gives empty tables (not cached); its problems say why.
    """
    plan = _BuildPlan.make(folder, jobs, progress, cache, engine, scheduler, shard_size, story)
    if plan.entry is not None and (hit := _cached_corpus(plan.entry, plan.key)) is not None:
        return hit
    with built_shards(plan) as (articles, problems, tasks, shard_dir):
        if articles.empty:
            return Corpus(articles=articles, problems=problems,
                          **{name: tidy([], name) for name in TABLE_COLUMNS if name != "articles"})
        tables = link_corpus(gather(tasks, shard_dir), plan.story)
    result = Corpus(articles=articles, actors=tidy(actors.actors_table(tables["mentions"]), "actors"),
                    problems=problems, **tables)
    if plan.entry is not None:
        stored = {**result.tables(), "problems": result.problems}
        _write_entry(plan.entry, plan.key, stored)
        _MEMO.clear()
        _MEMO[(str(plan.entry), plan.key)] = {name: df.copy() for name, df in stored.items()}
    return result


def build_to_folder(out: Path | str, folder: Path | str | None = None, fmt: str = "csv", **options) -> str:
    """Build a corpus straight into table files ``out/<table>.<fmt>``; the summary line.

    What ``python -m helpers build`` runs. The same tables, byte for byte, as
    ``write_tables(build(folder, **options), out, fmt)``, but each per-article
    table is streamed from the shards into its file, so memory holds one
    shard's rows at a time, not the corpus's (the ``actors`` table is computed
    from the mentions without their sentences). The set replaces ``out`` whole.
    """
    _check_format(fmt)
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise NotADirectoryError(f"{out}: is a file, not a folder (give a folder for the tables)")
    plan = _BuildPlan.make(folder, **options)
    if plan.entry is not None and (hit := _cached_corpus(plan.entry, plan.key)) is not None:
        write_tables(hit, out, fmt)
        return hit.summary()
    with built_shards(plan) as (articles, problems, tasks, shard_dir):
        if articles.empty:
            raise EmptyCorpusError(plan.folder, len(problems))
        links = _corpus_links(tasks, shard_dir)
        with store.folder_set(out, replaces=_table_file_names()) as tmp:
            kept: list[pd.DataFrame] = []  # the linked mentions without their sentences, for the actors table
            counts = {table: write_table_file(tmp / f"{table}.{fmt}",
                                              _linked_frames(tasks, shard_dir, table, links, plan.story,
                                                             keep=kept if table == "mentions" else None),
                                              table, fmt)
                      for table in PER_ARTICLE_TABLES}
            mentions = _concat(kept, "mentions")
            del kept
            small = {"articles": articles, "actors": tidy(actors.actors_table(mentions), "actors"),
                     "problems": problems}
            del mentions
            for name, df in small.items():
                counts[name] = write_table_file(tmp / f"{name}.{fmt}", [df], name, fmt)
    return summary_line(counts, len(problems))


class EmptyCorpusError(Exception):
    """A corpus folder without a single article to build (its refused files were each logged)."""

    def __init__(self, folder: Path, refused: int):
        why = f" ({refused} file(s) or record(s) refused, each named above)" if refused else " (the folder is empty)"
        super().__init__(f"{folder}: no articles to build{why}")


def _corpus_links(tasks: list, folder: Path) -> tuple[dict, dict, dict]:
    """The corpus-wide links (:func:`helpers.actors.across.link_maps`) read from the shards, holding
    only the mention rows and columns the links depend on, and the quotes' speakers."""
    mentions = _concat(map(across.link_inputs, shard_frames(tasks, folder, "mentions")), "mentions")
    others = tuple(col for col in TABLE_COLUMNS["quotes"] if col != "speaker")
    speakers = _concat(shard_frames(tasks, folder, "quotes", skip=others), "quotes")["speaker"]
    return across.link_maps(mentions, speakers)


def _linked_frames(tasks: list, folder: Path, table: str, links, story: Story,
                   keep: list | None = None) -> Iterator[pd.DataFrame]:
    """One table's rows shard by shard, in order, with the corpus-wide links applied; each part
    is also appended to ``keep`` with its ``sentence`` emptied (the table is read once, not twice,
    when the corpus-wide actors are counted from the mentions)."""
    for df in shard_frames(tasks, folder, table):
        linked = link_table(table, df, links, story)
        if keep is not None:
            keep.append(linked.assign(sentence=""))
        yield linked


@dataclass
class _BuildPlan:
    """What one build was asked to do, with the defaults resolved."""

    folder: Path
    jobs: int
    progress: bool | None
    root: Path | None
    engine: str
    scheduler: str | None
    shard_size: int | None
    key: str | None
    entry: Path | None
    story: Story

    @classmethod
    def make(cls, folder=None, jobs=None, progress=None, cache=True, engine=None, scheduler=None,
             shard_size=None, story=None) -> "_BuildPlan":
        folder = Path(folder) if folder is not None else config.corpus_dir()
        if not folder.is_dir():
            raise FileNotFoundError(f"{folder}: corpus folder not found")
        engine = choose_engine(engine, scheduler)
        story = story_mod.story_for(story, folder)
        root = _cache_root(cache)
        key = corpus_key(folder, story) if root is not None else None
        entry = root / "corpus" / key if root is not None else None
        jobs = default_jobs() if jobs is None else max(1, int(jobs))
        return cls(folder, jobs, progress, root, engine, scheduler, shard_size, key, entry, story)


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


@contextmanager
def built_shards(plan: _BuildPlan) -> Iterator[tuple[pd.DataFrame, pd.DataFrame, list, Path]]:
    """Read the corpus and build every shard not yet built: ``(articles, problems, tasks, shard folder)``.

    The engine starts before the corpus is read (its workers never hold the
    articles) and stops once the shards are written, before they are read
    back. With a cache the shards live in ``<cache>/shards`` and stay;
    without one they go to a temporary folder removed when the block ends.
    """
    folder, temporary = _shard_folder(plan.root, plan.scheduler)
    sent = str(plan.story.folder) if plan.story.folder is not None else plan.story  # what workers load
    try:
        with engines.started(plan.engine, plan.jobs, plan.scheduler, story=sent) as runner:
            articles, problems = load_articles(plan.folder)
            items = list(zip(articles["article"].tolist(), articles["text"].tolist()))
            dates = dict(zip(articles["article"].tolist(), articles["published"].tolist()))
            tasks = engines.plan(items, folder, plan.shard_size, plan.story, dates)
            todo = [task for task in tasks if cache.read_manifest(folder / task.key, task.key) is None]
            progress = len(items) > 8 if plan.progress is None else plan.progress
            run_shards(todo, len(tasks), runner, progress=progress)
        yield articles, problems, tasks, folder
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


def run_shards(todo: list, total: int, runner, progress: bool = False) -> None:
    """Build the shards in ``todo`` (``total`` in the corpus) on ``runner``, with progress per shard.

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
        for _, error in runner.run(largest_first):
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


#: Rows read back at once when a table is joined from its shards: consecutive small shards
#: are read as one frame (fewer, larger pandas operations), a large shard alone.
FRAME_ROWS = 32_768


def shard_frames(tasks: list, folder: Path, table: str, skip: tuple[str, ...] = (),
                 rows: int = FRAME_ROWS) -> Iterator[pd.DataFrame]:
    """One table's rows in shard order, each shard checked against its manifest's row count;
    consecutive shards are joined into frames of about ``rows`` rows (a larger shard is one frame)."""
    pending, count, names = [], 0, None
    for task in tasks:
        path = folder / task.key / f"{table}.parquet"
        data, names = _read_arrow(path, skip)
        _check_columns(names, table, path)
        expected = cache.recorded_rows(folder / task.key, path.name)
        if len(data) != expected:
            raise ShardError(f"{path}: {len(data)} rows where its manifest records {expected}; run the build again")
        pending.append(data)
        count += len(data)
        if count >= rows:
            yield _arrow_table_frame(pending, names, table, path)
            pending, count = [], 0
    if pending:
        yield _arrow_table_frame(pending, names, table, folder)


def _concat(frames, table: str) -> pd.DataFrame:
    """Tidy parts concatenated in order (empty parts skipped, so dtypes never change)."""
    parts = [df for df in frames if len(df)]
    return pd.concat(parts, ignore_index=True) if parts else tidy([], table)


def gather(tasks: list, folder: Path) -> dict[str, pd.DataFrame]:
    """The per-article tables: every shard's rows, in shard order, one table at a time."""
    return {table: _concat(shard_frames(tasks, folder, table), table) for table in PER_ARTICLE_TABLES}


__all__ = ["Corpus", "build", "build_to_folder", "write_tables", "read_table", "read_tables", "tidy", "TABLE_COLUMNS",
           "ShardError", "EmptyCorpusError"]
