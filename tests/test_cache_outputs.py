"""Cache entries that prove themselves, a cache that cannot be used, and tables written as a set."""
from __future__ import annotations

import errno
import io
import logging
import shutil
import subprocess
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import helpers as h
from helpers import cache, config, pipeline, store

ARTICLES = {
    "a.txt": (
        "Ferry service suspended – The Harbour Courier\n"
        "Port director Alma Torvik said on Friday that the ferry would not sail until the engines are replaced.\n"
        "“No passenger boards a boat we cannot trust,” Torvik told reporters.\n"
    ),
    "b.txt": (
        "Unions answer the port\n"
        "The dockworkers' union insists that the repairs must be paid by the operator, according to its leader, "
        "Piet Hollander.\n"
        "“We will not pay for their neglect,” Hollander said.\n"
    ),
}


@pytest.fixture
def corpus(corpus_dir, tmp_path, monkeypatch):
    for name, text in ARTICLES.items():
        (corpus_dir / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    pipeline._MEMO.clear()
    yield corpus_dir
    pipeline._MEMO.clear()


def same_tables(a: pipeline.Corpus, b: pipeline.Corpus) -> None:
    for name in pipeline.TABLE_COLUMNS:
        assert pipeline.to_csv_text(getattr(a, name)) == pipeline.to_csv_text(getattr(b, name)), name


# --------------------------------------------------------------------------- entries that prove themselves


def cut_at_a_row_boundary(path):
    table = pq.read_table(path)
    pq.write_table(table.slice(0, table.num_rows - 1), path)


def reduced_to_its_header(path):
    pq.write_table(pq.read_table(path).slice(0, 0), path)


def filled_with_plausible_rows(path):
    df = pq.read_table(path).to_pandas()
    df["speaker"] = df["speaker"].iloc[::-1].to_numpy()  # each quote given the other article's speaker
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(df, preserve_index=False), buffer)
    path.write_bytes(buffer.getvalue())


def quotes_file(kind: str, folder) -> object:
    """The quotes file of the corpus entry, or of the shard holding both articles."""
    if kind == "corpus":
        return config.CACHE_DIR / "corpus" / pipeline.corpus_key(folder) / "quotes.parquet"
    shutil.rmtree(config.CACHE_DIR / "corpus")  # so the build reaches the shards
    (shard,) = [p for p in (config.CACHE_DIR / "shards").iterdir() if not p.name.startswith(".")]
    return shard / "quotes.parquet"


@pytest.mark.parametrize("kind", ["corpus", "shard"])
@pytest.mark.parametrize("damage", [cut_at_a_row_boundary, reduced_to_its_header, filled_with_plausible_rows])
def test_a_damaged_entry_is_rebuilt_with_a_warning(corpus, kind, damage, caplog):
    good = h.build(corpus, jobs=1)
    assert len(set(good.quotes["speaker"])) >= 2
    path = quotes_file(kind, corpus)
    damage(path)
    pipeline._MEMO.clear()
    with caplog.at_level(logging.WARNING, logger="helpers"):
        again = h.build(corpus, jobs=1)
    same_tables(good, again)
    assert any("differs from its checksum" in r.getMessage() for r in caplog.records)
    pipeline._MEMO.clear()
    same_tables(good, h.build(corpus, jobs=1))  # and the rebuilt entry is trusted again


def test_manifest_records_rows_and_checksums(corpus):
    good = h.build(corpus, jobs=1)
    entry = config.CACHE_DIR / "corpus" / pipeline.corpus_key(corpus)
    manifest = cache.read_manifest(entry, pipeline.corpus_key(corpus))
    assert manifest["files"]["quotes.parquet"]["rows"] == len(good.quotes)
    assert manifest["files"]["mentions.parquet"]["rows"] == len(good.mentions)


def test_row_counts_that_disagree_with_the_manifest_rebuild(corpus, caplog, monkeypatch):
    good = h.build(corpus, jobs=1)
    pipeline._MEMO.clear()
    monkeypatch.setattr(cache, "read_manifest", lambda entry, key, quiet=False: {
        "key": key, "files": {f"{n}.parquet": {"rows": 999} for n in [*pipeline.TABLE_COLUMNS, "problems"]}}
        if "corpus" in entry.parts else None)
    with caplog.at_level(logging.WARNING, logger="helpers"):
        again = h.build(corpus, jobs=1)
    same_tables(good, again)
    assert any("differ from the manifest" in r.getMessage() for r in caplog.records)


def test_an_unreadable_manifest_is_a_warning_and_a_rebuild(corpus, caplog):
    good = h.build(corpus, jobs=1)
    shutil.rmtree(config.CACHE_DIR / "corpus")
    (shard,) = [p for p in (config.CACHE_DIR / "shards").iterdir() if not p.name.startswith(".")]
    (shard / "manifest.json").unlink()
    (shard / "manifest.json").mkdir()  # cannot be read as a file
    pipeline._MEMO.clear()
    with caplog.at_level(logging.WARNING, logger="helpers"):
        again = h.build(corpus, jobs=1)
    same_tables(good, again)
    assert any("unreadable" in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------------- a cache that cannot be used


def test_a_file_in_place_of_the_cache_folder_builds_without_cache(corpus, tmp_path, caplog, monkeypatch):
    expected = h.build(corpus, jobs=1, cache=False)
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("a file where the cache should be")
    monkeypatch.setattr(config, "CACHE_DIR", blocker)
    with caplog.at_level(logging.WARNING, logger="helpers"):
        result = h.build(corpus, jobs=1)
    same_tables(expected, result)
    assert any("cannot be written" in r.getMessage() and "without the cache" in r.getMessage()
               for r in caplog.records)
    assert blocker.read_text() == "a file where the cache should be"


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_full_or_read_only_cache_builds_without_cache(corpus, caplog, monkeypatch, error):
    expected = h.build(corpus, jobs=1, cache=False)
    real = store.atomic_write_bytes

    def refusing(path, data):
        if config.CACHE_DIR in path.parents:
            raise OSError(error, "simulated", str(path))
        return real(path, data)

    monkeypatch.setattr(store, "atomic_write_bytes", refusing)
    with caplog.at_level(logging.WARNING, logger="helpers"):
        result = h.build(corpus, jobs=1)
    same_tables(expected, result)
    assert any("without the cache" in r.getMessage() for r in caplog.records)


def test_a_cache_that_fills_up_after_the_shards_is_a_warning(corpus, caplog, monkeypatch):
    expected = h.build(corpus, jobs=1, cache=False)
    real = store.atomic_write_bytes

    def full_for_the_corpus_entry(path, data):
        if "corpus" in path.parts:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real(path, data)

    monkeypatch.setattr(store, "atomic_write_bytes", full_for_the_corpus_entry)
    with caplog.at_level(logging.WARNING, logger="helpers"):
        result = h.build(corpus, jobs=1)
    same_tables(expected, result)
    assert any("cache not written" in r.getMessage() for r in caplog.records)


# --------------------------------------------------------------------------- outputs written as a set


def folder_bytes(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_failed_write_leaves_the_previous_set_untouched(corpus, tmp_path, monkeypatch):
    result = h.build(corpus, jobs=1)
    out = tmp_path / "tables"
    pipeline.write_tables(result, out)
    before = folder_bytes(out)
    real = pipeline.write_table_file

    def failing(path, frames, table, fmt="csv"):
        if table == "quotes":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, frames, table, fmt)

    monkeypatch.setattr(pipeline, "write_table_file", failing)
    changed = pipeline.Corpus(**{**result.tables(), "articles": result.articles.iloc[:1]})
    with pytest.raises(OSError):
        pipeline.write_tables(changed, out)
    assert folder_bytes(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tables")]


def test_a_new_set_replaces_the_old_format_and_keeps_other_files(corpus, tmp_path):
    result = h.build(corpus, jobs=1)
    out = tmp_path / "tables"
    pipeline.write_tables(result, out, fmt="csv")
    (out / "notes.txt").write_text("my notes")
    pipeline.write_tables(result, out, fmt="parquet")
    names = sorted(p.name for p in out.iterdir())
    assert "notes.txt" in names and not any(n.endswith(".csv") for n in names)
    assert {f"{n}.parquet" for n in [*pipeline.TABLE_COLUMNS, "problems"]} <= set(names)
    assert (out / "notes.txt").read_text() == "my notes"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tables")]


def test_both_formats_read_back_as_the_same_tables_and_parquet_is_deterministic(corpus, tmp_path):
    result = h.build(corpus, jobs=1)
    pipeline.write_tables(result, tmp_path / "csv", fmt="csv")
    pipeline.write_tables(result, tmp_path / "pq", fmt="parquet")
    pipeline.write_tables(result, tmp_path / "pq2", fmt="parquet")
    assert folder_bytes(tmp_path / "pq") == folder_bytes(tmp_path / "pq2")
    from_csv, from_parquet = pipeline.read_tables(tmp_path / "csv"), pipeline.read_tables(tmp_path / "pq")
    for name in pipeline.TABLE_COLUMNS:
        pd.testing.assert_frame_equal(getattr(from_csv, name), getattr(from_parquet, name), check_dtype=True)
        pd.testing.assert_frame_equal(getattr(result, name), getattr(from_parquet, name), check_dtype=True)
    pd.testing.assert_frame_equal(from_csv.problems, from_parquet.problems)


def test_read_tables_names_a_folder_holding_both_formats(corpus, tmp_path):
    result = h.build(corpus, jobs=1)
    pipeline.write_tables(result, tmp_path / "t", fmt="csv")
    (tmp_path / "t" / "quotes.parquet").write_bytes(pipeline.to_parquet_bytes(result.quotes, "quotes"))
    with pytest.raises(FileNotFoundError, match="both a .csv and a .parquet quotes table"):
        pipeline.read_tables(tmp_path / "t")


def test_write_tables_to_a_file_is_a_clear_error(corpus, tmp_path):
    result = h.build(corpus, jobs=1)
    target = tmp_path / "tables.csv"
    target.write_text("keep me")
    with pytest.raises(NotADirectoryError, match="tables.csv: is a file"):
        pipeline.write_tables(result, target)
    assert target.read_text() == "keep me"


def test_cli_out_a_file_is_one_line_not_a_traceback(corpus, tmp_path):
    target = tmp_path / "tables.csv"
    target.write_text("keep me")
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", "build", "--corpus", str(corpus), "--out", str(target), "--jobs", "1"],
        capture_output=True, text=True, cwd=config.PROJECT_DIR,
        env={"HELPERS_CACHE": str(tmp_path / "c"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "tables.csv" in proc.stderr and "is a file" in proc.stderr
    assert target.read_text() == "keep me"
