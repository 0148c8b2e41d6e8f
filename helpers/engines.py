"""Shards and the engines that run them: a local process pool or a Dask cluster.

The articles, in the articles table's order, are cut into shards of a few
hundred articles (fewer for a small corpus, so every worker gets work). A
shard is one task: parse its articles with the model (loaded once per worker
process and kept), extract the per-article rows, and write them as Parquet
into ``<shards>/<shard key>/`` through a temporary folder and a rename. The
shard key hashes its articles' keys (name, text, code and story fingerprints), so a
shard whose folder exists and proves itself (see :mod:`helpers.cache`) is
skipped: a killed build resumes where it stopped.

Boundaries are content-defined: an article starts a new shard when a hash of
its *name* says so (and at a maximum size), so an edited article changes only
its own shard, and an added or removed one only the shards up to the next
name that starts a shard, not every later one.

>>> names = [f"a{i:03d}.txt" for i in range(40)]
>>> [len(s) for s in cut_shards(names, 8)]
[6, 16, 16, 2]
>>> [len(s) for s in cut_shards(names[:20] + ["a019b.txt"] + names[20:], 8)]  # the first shard is kept
[6, 16, 16, 3]
"""
from __future__ import annotations

import hashlib
import logging
import math
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

log = logging.getLogger("helpers")

#: The largest average shard (articles); a shard of 256 articles of ~1,000 words
#: takes about 75 s on one core, short enough to lose little when a build dies.
SHARD_SIZE = 256
#: The smallest average shard: below this the model's batching loses speed.
MIN_SHARD = 8
#: Documents spaCy parses at once inside a shard (bounds the Docs held in memory).
PARSE_BATCH = 8
ENGINES = ("local", "dask")


class ShardError(RuntimeError):
    """A shard that could not be built; the message names the shard and its articles."""


@dataclass(frozen=True)
class ShardTask:
    """Everything one shard task needs (picklable, sent to a worker)."""

    index: int
    total: int
    key: str
    folder: str
    names: tuple[str, ...]
    texts: tuple[str, ...]
    #: The corpus's story: its folder (a worker loads it once), or the Story itself when it has none.
    story: object = None
    #: Each article's publication date ('' when unknown), in the order of ``names``.
    dates: tuple[str, ...] = ()

    def label(self) -> str:
        """``shard 3 of 10 (a.txt, b.txt)`` or ``shard 3 of 10 (256 articles: a.txt … z.txt)``."""
        names = self.names
        listed = ", ".join(names) if len(names) <= 6 else f"{len(names)} articles: {names[0]} … {names[-1]}"
        return f"shard {self.index + 1} of {self.total} ({listed})"


# --------------------------------------------------------------------------- planning


def target_size(n_articles: int) -> int:
    """The average shard size for a corpus: about 16 shards, a power of two in [8, 256].

    Depends on the corpus size only (not on the workers), so the same corpus is
    always cut the same way and a resumed build finds its shards.

    >>> [target_size(n) for n in (5, 100, 2000, 300000)]
    [8, 8, 64, 256]
    """
    if n_articles < 16 * MIN_SHARD:
        return MIN_SHARD
    return max(MIN_SHARD, min(SHARD_SIZE, 2 ** int(math.log2(n_articles / 16))))


def _cuts_here(name: str, size: int) -> bool:
    """True when ``name`` starts a new shard (about one name in ``size``)."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:12], 16) % size == 0


def cut_shards(names: list[str], size: int) -> list[list[str]]:
    """``names`` (in order) cut into consecutive shards averaging about ``size`` names.

    A shard ends before every name whose hash says so, and at ``2 * size``
    names in any case: a name changes only the run between the two cutting
    names around it.

    >>> shards = cut_shards([f"n{i}" for i in range(100)], 8)
    >>> sum(shards, []) == [f"n{i}" for i in range(100)] and max(map(len, shards)) <= 16
    True
    """
    shards: list[list[str]] = []
    current: list[str] = []
    for name in names:
        if current and (len(current) >= 2 * size or _cuts_here(name, size)):
            shards.append(current)
            current = []
        current.append(name)
    if current:
        shards.append(current)
    return shards


def shard_key(article_keys: Iterable[str]) -> str:
    """The key of a shard: a hash of its articles' keys, in order."""
    h = hashlib.sha256(b"shard\0")
    for key in article_keys:
        h.update(key.encode() + b"\0")
    return h.hexdigest()[:24]


def plan(items: list[tuple[str, str]], folder: Path, size: int | None = None, story=None,
         dates: dict[str, str] | None = None) -> list[ShardTask]:
    """The shard tasks for ``(name, text)`` articles, in order, writing under ``folder``, with ``story``
    (the article keys hold its fingerprint; workers get its folder when it has one) and each
    article's publication date from ``dates`` (part of its key)."""
    from . import story as story_mod
    from .cache import keyed_article

    story = story_mod.load_story(story)
    fingerprint, sent = story.fingerprint(), str(story.folder) if story.folder is not None else story
    texts, dates = dict(items), dates or {}
    groups = cut_shards([name for name, _ in items], size or target_size(len(items)))
    tasks = []
    for index, names in enumerate(groups):
        key = shard_key(keyed_article(name, texts[name], fingerprint, dates.get(name) or "") for name in names)
        tasks.append(ShardTask(index, len(groups), key, str(folder), tuple(names),
                               tuple(texts[name] for name in names), sent,
                               tuple(dates.get(name) or "" for name in names)))
    return tasks


# --------------------------------------------------------------------------- one shard


def _model(story=None):
    """The spaCy pipeline with the ruler of ``story``'s actors, loaded once per story and process
    (so once per worker)."""
    from . import pipeline

    return pipeline._pipeline(story)


def warm_up(story=None) -> None:
    """Load the model in a worker that has just started, while the client still reads the corpus."""
    _model(story)


class _ArticleFailed(Exception):
    def __init__(self, name: str, error: BaseException):
        super().__init__(name)
        self.name, self.error = name, error


def _named(name: str, extract, *args) -> dict[str, list[dict]]:
    """``extract(*args)``, a failure raised as the failure of article ``name``."""
    try:
        return extract(*args)
    except Exception as exc:
        raise _ArticleFailed(name, exc) from exc


def _extracted(names, texts, story, dates=()) -> Iterator[tuple[str, dict[str, list[dict]]]]:
    """``(name, rows per table)`` for each article, in order (``dates``: their publication dates,
    when known); a text over the parser's limit is parsed in pieces
    (:func:`helpers.pipeline.extract_in_pieces`)."""
    from . import pipeline

    pipe = _model(story)
    when = dict(zip(names, dates, strict=False))
    for short, group in groupby(zip(names, texts), key=lambda item: len(item[1]) <= pipe.max_length):
        if not short:
            for name, text in group:
                yield name, _named(name, pipeline.extract_in_pieces, pipe, name, text, story, when.get(name, ""))
            continue
        for doc, name in pipe.pipe(((text, name) for name, text in group), as_tuples=True,
                                   batch_size=PARSE_BATCH):
            yield name, _named(name, pipeline.extract_article, doc, name, story, when.get(name, ""))


def extract_parts(names, texts, story=None, every: int = PARSE_BATCH, dates=()) -> dict[str, list]:
    """Every per-article table's rows for these articles, in order (parse + extraction, with
    ``story``: a Story, a story folder or None), as Arrow tables of ``every`` articles each.

    A shard's rows are held as compact Arrow columns, not as Python dicts, so
    a worker's memory does not grow with the size of its shards; written as
    one Parquet file, the parts give the bytes of the rows written at once.
    """
    from . import pipeline
    from . import story as story_mod

    story = story_mod.load_story(story)
    parts: dict[str, list] = {table: [] for table in pipeline.PER_ARTICLE_TABLES}
    pending: dict[str, list[dict]] = {table: [] for table in parts}
    for i, (_, found) in enumerate(_extracted(names, texts, story, dates), start=1):
        for table in parts:
            pending[table].extend(found[table])
        if i % every == 0 or i == len(names):
            for table, rows in pending.items():
                parts[table].append(pipeline.rows_arrow(rows, table))
            pending = {table: [] for table in parts}
    return parts


def release_unused_memory() -> None:
    """Hand back to the system the memory Arrow's allocator keeps after its buffers are freed.

    pandas builds an Arrow column for every ``astype(str)`` and every Parquet
    read; their allocator keeps the freed pages for reuse, so without this a
    worker's memory grows with the size of the shards it has built, and the
    reading process's with the corpus. Called after the corpus is read and
    after each shard is written.
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def run_shard(task: ShardTask) -> dict[str, int]:
    """Build one shard and write it; its row counts per table. Runs in a worker.

    Any failure is a :class:`ShardError` naming the shard, its articles and,
    when extraction failed, the article.
    """
    from . import cache, pipeline

    try:
        parts = extract_parts(task.names, task.texts, task.story, dates=task.dates)
        files = {f"{t}.parquet": pipeline.to_parquet_bytes(p, t) for t, p in parts.items()}
        counts = {f"{t}.parquet": sum(map(len, p)) for t, p in parts.items()}
        cache.write_entry(Path(task.folder) / task.key, task.key, files, counts)
        del parts, files
        release_unused_memory()
    except _ArticleFailed as failed:
        error = failed.error
        raise ShardError(f"{task.label()} failed at {failed.name}: {type(error).__name__}: {error}") from None
    except Exception as exc:
        raise ShardError(f"{task.label()} failed: {type(exc).__name__}: {exc}") from None
    return counts


def _run_safely(task: ShardTask) -> tuple[int, str | None]:
    """``(index, None)`` when the shard was written, ``(index, message)`` when it failed."""
    try:
        run_shard(task)
    except ShardError as exc:
        return task.index, str(exc)
    return task.index, None


# --------------------------------------------------------------------------- engines


class LocalRunner:
    """Shards in this process (``jobs`` 1) or in a pool of ``jobs`` forked worker processes.

    The pool is forked when the runner starts, before the corpus is read, so
    the workers hold the imported code but not the articles.
    """

    def __init__(self, jobs: int, story=None):
        self.jobs, self.pool = jobs, None
        if jobs > 1:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
            self.warming = [self.pool.submit(warm_up, story) for _ in range(jobs)]  # forks every worker now

    def run(self, tasks: list[ShardTask]) -> Iterator[tuple[int, str | None]]:
        """``(index, error message or None)`` per shard, as shards finish (two per worker in flight)."""
        if self.pool is None:
            yield from (_run_safely(task) for task in tasks)
            return
        from concurrent.futures import FIRST_COMPLETED, wait

        pending, running = iter(tasks), {}
        while True:
            while len(running) < 2 * self.jobs and (task := next(pending, None)) is not None:
                running[self.pool.submit(_run_safely, task)] = task
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                task = running.pop(future)
                error = future.exception()
                lost = (task.index, f"{task.label()} failed: worker process lost ({error})")
                yield future.result() if error is None else lost

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask's own INFO lines (cluster start, workers joining) silenced while the engine runs."""
    import distributed  # noqa: F401  (its import sets its loggers' levels: set ours after it)

    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(max(level, logging.WARNING))
    try:
        yield
    finally:
        logger.setLevel(level)


def _local_cluster_config() -> dict:
    """Dask settings for the LocalCluster a build starts: no profiler (no dashboard shows it), and
    workers forked from this process where the system can fork (see :class:`DaskRunner`), so they start with the package,
    spaCy and pandas already imported (spawned workers import them again, seconds per worker);
    the same start as the local engine's process pool."""
    import multiprocessing as mp

    config = {"distributed.worker.profile.enabled": False}
    if "fork" in mp.get_all_start_methods():
        config["distributed.worker.multiprocessing-method"] = "fork"
    return config


class DaskRunner:
    """Shards as Dask tasks: on the scheduler at ``scheduler``, or on a new LocalCluster of
    ``jobs`` single-threaded worker processes.

    A LocalCluster's processes are started here, before the corpus is read, while the calling
    thread waits for them (forked where the system can fork; Dask forks from its own event-loop
    thread, and a fork while the calling thread reads and logs could copy a lock it holds, such
    as its log stream's). Connecting to them, and to a remote scheduler, goes on in the
    background while the corpus is read. A worker its nanny restarts later is spawned, as Dask
    does by default.
    """

    def __init__(self, jobs: int, scheduler: str | None = None, story=None):
        import threading

        self.jobs, self.scheduler, self.story = jobs, scheduler, story
        self.client = self.cluster = self.error = None
        if not scheduler:
            self._start_cluster()
        self.starting = threading.Thread(target=self._start, name="helpers-dask-start", daemon=True)
        self.starting.start()

    def _start_cluster(self) -> None:
        try:
            with _quiet_dask():
                import dask
                from distributed import LocalCluster

                with dask.config.set(_local_cluster_config()):
                    self.cluster = LocalCluster(n_workers=self.jobs, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=logging.WARNING,
                                                scheduler_kwargs={"dashboard_address": ":0"})  # no fixed port
        except Exception as exc:  # reported when the first shard is submitted
            self.error = exc

    def _start(self) -> None:
        if self.error is not None:
            return
        try:
            with _quiet_dask():
                from distributed import Client

                if self.scheduler:
                    self.client = Client(self.scheduler)
                    return
                self.client = Client(self.cluster)
                self.client.wait_for_workers(self.jobs, timeout=120)
                self.warming = [self.client.submit(warm_up, self.story, workers=[address], pure=False)
                                for address in self.client.scheduler_info()["workers"]]
        except Exception as exc:  # reported when the first shard is submitted
            self.error = exc

    def _ready(self):
        self.starting.join()
        if self.error is not None:
            where = self.scheduler or "a LocalCluster"
            raise ConnectionError(f"Dask: cannot start or reach {where} ({type(self.error).__name__}: "
                                  f"{self.error})") from None
        return self.client

    def run(self, tasks: list[ShardTask]) -> Iterator[tuple[int, str | None]]:
        """``(index, error message or None)`` per shard, as shards finish (one per worker thread in flight,
        so no worker queues shards while another idles)."""
        if not tasks:
            return
        client = self._ready()
        with _quiet_dask():
            yield from self._run(client, tasks)

    def _run(self, client, tasks: list[ShardTask]) -> Iterator[tuple[int, str | None]]:
        from distributed import as_completed

        pending, by_key, futures = iter(tasks), {}, as_completed()

        def top_up() -> None:
            """One shard per worker thread in flight (re-counted as workers join or leave)."""
            info = client.scheduler_info().get("workers", {})
            slots = sum(w.get("nthreads", 1) for w in info.values()) or self.jobs
            while len(by_key) < slots and (task := next(pending, None)) is not None:
                key = f"shard-{task.index + 1}-of-{task.total}-{uuid.uuid4().hex[:12]}"  # never a stale result
                future = client.submit(_run_safely, task, key=key, pure=False)
                by_key[future.key] = task
                futures.add(future)

        top_up()
        for future in futures:
            task = by_key.pop(future.key)
            try:
                yield future.result()
            except Exception as exc:  # a worker died or the scheduler lost the task
                yield task.index, f"{task.label()} failed: {type(exc).__name__}: {exc}"
            future.release()
            top_up()

    def close(self) -> None:
        """Disconnect; a LocalCluster we started winds down in the background (a second or two of
        stopping workers while the tables are written; the process waits for it at exit)."""
        import threading

        def close_all() -> None:
            self.starting.join()
            with _quiet_dask():
                if self.client is not None:
                    self.client.close()
                if self.cluster is not None:
                    self.cluster.close()

        if self.cluster is None and not self.starting.is_alive():
            close_all()
            return
        threading.Thread(target=close_all, name="helpers-dask-close", daemon=False).start()


@contextmanager
def started(engine: str, jobs: int, scheduler: str | None = None, story=None) -> Iterator[LocalRunner | DaskRunner]:
    """An engine, started now and closed when the block ends: ``runner.run(tasks)`` builds shards.

    ``story`` (a story folder, or a Story without one) is what workers load their model for.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    runner = DaskRunner(jobs, scheduler, story) if engine == "dask" else LocalRunner(jobs, story)
    try:
        yield runner
    finally:
        runner.close()
