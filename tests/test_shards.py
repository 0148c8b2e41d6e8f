"""Shards and engines: the local pool and a small Dask cluster give the same tables; killed builds resume."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import helpers as h
from helpers import config, engines, pipeline

PEOPLE = ["Alma Torvik", "Piet Hollander", "Rosa Quintal", "Emeka Obi", "Lena Varga", "Tomas Ruel",
          "Ines Baptiste", "Ola Nordby", "Kiri Waititi", "Marta Sole", "Jun Takeda", "Nadia Selim"]
TOPICS = ["the ferry", "the tram line", "the harbour wall", "the grain silo", "the night buses", "the bridge"]


def invented_article(i: int) -> str:
    who, what = PEOPLE[i % len(PEOPLE)], TOPICS[i % len(TOPICS)]
    return (f"Dispute over {what} – The Coastal Ledger\n"
            f"Councillor {who} said on Tuesday that {what} would stay shut until the audit is finished.\n"
            f"“We will not reopen {what} on a promise,” {who.split()[-1]} told reporters.\n"
            f"The operator insists that the city must pay for the repairs first, according to its director.\n")


@pytest.fixture
def twelve(corpus_dir, tmp_path, monkeypatch):
    for i in range(12):
        (corpus_dir / f"story_{i:02d}.txt").write_text(invented_article(i), encoding="utf-8")
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    pipeline._MEMO.clear()
    yield corpus_dir
    pipeline._MEMO.clear()


def csv_texts(result: pipeline.Corpus) -> dict[str, str]:
    return {name: pipeline.to_csv_text(getattr(result, name)) for name in pipeline.TABLE_COLUMNS}


def planned(folder: Path, size: int) -> list[engines.ShardTask]:
    articles, _ = pipeline.load_articles(folder)
    items = list(zip(articles["article"], articles["text"]))
    return engines.plan(items, config.CACHE_DIR / "shards", size)


@pytest.fixture
def parsed(monkeypatch):
    """The names of the articles extracted in this process (jobs=1 or an in-process cluster)."""
    names: list[str] = []
    real = pipeline.extract_article

    def counting(doc, name, story=None, published=""):
        names.append(name)
        return real(doc, name, story, published)

    monkeypatch.setattr(pipeline, "extract_article", counting)
    return names


# --------------------------------------------------------------------------- planning


def test_shards_cover_the_articles_in_order_and_an_insertion_moves_few_shards():
    names = [f"art_{i:04d}.txt" for i in range(400)]
    before = engines.cut_shards(names, 16)
    assert sum(before, []) == names
    assert max(map(len, before)) <= 32 and len(before) >= 10
    after = engines.cut_shards(sorted(names + ["art_0200b.txt"]), 16)
    changed = {tuple(s) for s in before} - {tuple(s) for s in after}
    assert 1 <= len(changed) <= 2


def test_shard_key_depends_on_every_article_text(twelve):
    tasks = planned(twelve, 4)
    victim = tasks[1].names[0]
    (twelve / victim).write_text(invented_article(1).replace("Tuesday", "Wednesday"), encoding="utf-8")
    again = planned(twelve, 4)
    assert [t.names for t in again] == [t.names for t in tasks]
    assert [t.key != u.key for t, u in zip(tasks, again)] == [victim in t.names for t in tasks]


# --------------------------------------------------------------------------- local engine


def test_a_failed_shard_names_its_articles_and_keeps_the_others(twelve, monkeypatch, parsed):
    tasks = planned(twelve, 2)
    assert len(tasks) >= 3
    bad_task = tasks[len(tasks) // 2]
    bad = bad_task.names[-1]
    real = pipeline.extract_article

    def broken(doc, name, story=None, published=""):
        if name == bad:
            raise ZeroDivisionError("simulated extractor bug")
        return real(doc, name, story, published)

    monkeypatch.setattr(pipeline, "extract_article", broken)
    with pytest.raises(engines.ShardError) as caught:
        h.build(twelve, jobs=1, shard_size=2)
    message = str(caught.value)
    assert f"shard {bad_task.index + 1} of {len(tasks)}" in message and f"failed at {bad}" in message
    assert all(name in message for name in bad_task.names) and "ZeroDivisionError" in message
    written = {p.name for p in (config.CACHE_DIR / "shards").iterdir() if (p / "manifest.json").is_file()}
    assert written == {t.key for t in tasks} - {bad_task.key}

    monkeypatch.setattr(pipeline, "extract_article", real)  # the counting one
    parsed.clear()
    h.build(twelve, jobs=1, shard_size=2)
    assert parsed == list(bad_task.names)


KILLED_BUILD = """
import os, signal, sys
from pathlib import Path
from helpers import config, pipeline, store
config.CACHE_DIR = Path(sys.argv[2])
real, calls = store.atomic_write_bytes, []
def dying(path, data):
    if path.suffix == ".parquet" and "shards" in path.parts:
        calls.append(path)
        if len(calls) == int(sys.argv[3]):
            real(path, data)                         # one table of this shard is on disk, the rest never will be
            os.kill(os.getpid(), signal.SIGKILL)
    return real(path, data)
store.atomic_write_bytes = dying
pipeline.build(sys.argv[1], jobs=1, shard_size=2)
"""


def test_a_build_killed_half_way_resumes_with_only_the_missing_shards(twelve, tmp_path, monkeypatch, parsed):
    tasks = planned(twelve, 2)
    half = len(tasks) // 2
    files_per_shard = len(pipeline.PER_ARTICLE_TABLES)
    proc = subprocess.run([sys.executable, "-c", KILLED_BUILD, str(twelve), str(config.CACHE_DIR),
                           str(half * files_per_shard + 2)], capture_output=True, text=True, cwd=config.PROJECT_DIR)
    assert proc.returncode == -9, proc.stderr
    shards = config.CACHE_DIR / "shards"
    complete = {p.name for p in shards.iterdir() if (p / "manifest.json").is_file()}
    assert len(complete) == half and complete < {t.key for t in tasks}
    assert [p for p in shards.iterdir() if p.name.startswith(".tmp-")]  # the shard it was writing

    resumed = h.build(twelve, jobs=1, shard_size=2)
    assert sorted(parsed) == sorted(name for t in tasks if t.key not in complete for name in t.names)
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "fresh")
    uninterrupted = h.build(twelve, jobs=2, shard_size=2)
    pipeline.write_tables(resumed, tmp_path / "resumed")
    pipeline.write_tables(uninterrupted, tmp_path / "uninterrupted")
    for path in sorted((tmp_path / "uninterrupted").iterdir()):
        assert (tmp_path / "resumed" / path.name).read_bytes() == path.read_bytes(), path.name


def test_progress_is_shown_per_shard(twelve, capsys):
    h.build(twelve, jobs=1, shard_size=4, progress=True)
    err = capsys.readouterr().err
    assert "parsing 12 articles in" in err and "shard" in err


# --------------------------------------------------------------------------- dask


@pytest.fixture(scope="module")
def cluster():
    """A small Dask cluster in this process (its worker runs the patched functions of the tests)."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None,
                                   scheduler_kwargs={"dashboard_address": ":0"}) as c:
        yield c.scheduler_address


def test_dask_on_a_running_scheduler_equals_the_local_engine(twelve, cluster, tmp_path, monkeypatch):
    local = h.build(twelve, jobs=1, cache=False)
    on_dask = h.build(twelve, engine="dask", scheduler=cluster, shard_size=2)
    assert csv_texts(on_dask) == csv_texts(local)


def test_dask_worker_error_names_the_shard_and_a_resume_parses_only_it(twelve, cluster, monkeypatch, parsed):
    tasks = planned(twelve, 2)
    bad_task = tasks[-1]
    real = pipeline.extract_article

    def broken(doc, name, story=None, published=""):
        if name == bad_task.names[0]:
            raise KeyError("simulated")
        return real(doc, name, story, published)

    monkeypatch.setattr(pipeline, "extract_article", broken)
    with pytest.raises(engines.ShardError, match=f"shard {len(tasks)} of {len(tasks)}.*failed at "
                                                 f"{bad_task.names[0]}: KeyError"):
        h.build(twelve, engine="dask", scheduler=cluster, shard_size=2)
    monkeypatch.setattr(pipeline, "extract_article", real)  # the counting one
    parsed.clear()
    resumed = h.build(twelve, engine="dask", scheduler=cluster, shard_size=2)
    assert sorted(parsed) == sorted(bad_task.names)
    assert csv_texts(resumed) == csv_texts(h.build(twelve, jobs=1, cache=False))


def test_dask_local_cluster_of_worker_processes_equals_the_local_engine(twelve):
    local = h.build(twelve, jobs=1, cache=False)
    on_dask = h.build(twelve, engine="dask", jobs=2, cache=False, shard_size=2)
    assert csv_texts(on_dask) == csv_texts(local)


def test_a_scheduler_needs_the_dask_engine(twelve):
    with pytest.raises(ValueError, match="needs engine='dask'"):
        h.build(twelve, engine="local", scheduler="tcp://127.0.0.1:1")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_streamed_build_writes_the_same_bytes_as_the_tables_in_memory(twelve, tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(pipeline, "ROW_GROUP", 3)  # row groups that straddle shards
    summary = pipeline.build_to_folder(tmp_path / "streamed", twelve, fmt=fmt, jobs=1, shard_size=2)
    result = h.build(twelve, jobs=1, shard_size=2)
    assert summary == result.summary()
    pipeline.write_tables(result, tmp_path / "in_memory", fmt=fmt)
    streamed = sorted((tmp_path / "streamed").iterdir())
    assert [p.name for p in streamed] == sorted(p.name for p in (tmp_path / "in_memory").iterdir())
    for path in streamed:
        assert (tmp_path / "in_memory" / path.name).read_bytes() == path.read_bytes(), path.name
    if fmt == "parquet":
        import pyarrow.parquet as pq

        groups = pq.ParquetFile(tmp_path / "streamed" / "mentions.parquet").num_row_groups
        assert len(result.mentions) > 6 and groups == -(-len(result.mentions) // 3)


def test_an_unreachable_scheduler_is_a_clear_error(twelve):
    dask = pytest.importorskip("dask")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(ConnectionError, match="cannot start or reach tcp://127.0.0.1:9 "):
            h.build(twelve, engine="dask", scheduler="tcp://127.0.0.1:9", cache=False)


def test_an_article_s_date_travels_with_its_shard_and_is_part_of_its_key(tmp_path):
    """A title's holder depends on the article's date: a new date must re-extract the article."""
    items = [("a.txt", "The mayor spoke."), ("b.txt", "The harbour closed.")]
    undated = engines.plan(items, tmp_path, 8)
    dated = engines.plan(items, tmp_path, 8, dates={"a.txt": "2024-06-01"})
    assert [t.dates for t in dated] == [("2024-06-01", "")]
    assert [t.dates for t in undated] == [("", "")]
    assert dated[0].key != undated[0].key
