"""helpers.pipeline and the command line: tables, cache, parallel build, bad input end to end."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pandas as pd
import pytest

import helpers as h
from helpers import config, pipeline

ARTICLE_A = (
    "Talks on the bridge stall – The Example Herald\n"
    "Mayor Jane Roe said on Monday that the bridge would stay closed until the repairs are paid for.\n"
    "“We cannot open a bridge that might fall down,” Roe told reporters.\n"
)
ARTICLE_B = (
    "Council answers the mayor\n"
    "Nov 3, 2024 - 09:00\n"
    "The city council insists that the repairs must wait for the next budget, according to its chair, John Doe.\n"
)


@pytest.fixture
def small_corpus(corpus_dir):
    (corpus_dir / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus_dir / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return corpus_dir


def test_build_returns_every_table_with_its_columns(small_corpus):
    result = h.build(small_corpus, jobs=1, cache=False)
    for name, df in result.tables().items():
        assert list(df.columns) == pipeline.TABLE_COLUMNS[name], name
    assert result.articles["article"].tolist() == ["a.txt", "b.txt"]
    assert set(result.mentions["article"]) <= {"a.txt", "b.txt"}
    assert len(result.quotes) >= 1


def test_build_is_deterministic_and_parallel_equals_serial(small_corpus):
    serial = h.build(small_corpus, jobs=1, cache=False)
    parallel = h.build(small_corpus, jobs=2, cache=False)
    for name in pipeline.TABLE_COLUMNS:
        a = pipeline.to_csv_text(getattr(serial, name))
        b = pipeline.to_csv_text(getattr(parallel, name))
        assert a == b, name


def test_warm_cache_gives_identical_tables(small_corpus):
    cold = h.build(small_corpus, jobs=1)
    warm = h.build(small_corpus, jobs=1)
    for name in pipeline.TABLE_COLUMNS:
        pd.testing.assert_frame_equal(getattr(cold, name), getattr(warm, name), check_dtype=True)


def test_changed_article_is_rebuilt(small_corpus):
    first = h.build(small_corpus, jobs=1)
    (small_corpus / "b.txt").write_text(ARTICLE_B.replace("John Doe", "Mary Major"), encoding="utf-8")
    second = h.build(small_corpus, jobs=1)
    assert "Mary Major" in second.articles.loc[1, "text"]

    def actors_of(result, article):
        return set(result.mentions.loc[result.mentions["article"] == article, "actor"])

    assert "John Doe" in actors_of(first, "b.txt")
    assert "Mary Major" in actors_of(second, "b.txt") and "John Doe" not in actors_of(second, "b.txt")
    assert actors_of(second, "a.txt") == actors_of(first, "a.txt")


def test_damaged_cache_entry_is_rebuilt_not_trusted(small_corpus):
    good = h.build(small_corpus, jobs=1)
    entry = config.CACHE_DIR / "corpus" / pipeline.corpus_key(small_corpus)
    assert (entry / "COMPLETE").exists()
    (entry / "quotes.csv").write_text("garbage,not,the,columns\n1,2,3,4\n")
    again = h.build(small_corpus, jobs=1)
    pd.testing.assert_frame_equal(good.quotes, again.quotes)


def test_cache_is_csv_not_pickle(small_corpus):
    h.build(small_corpus, jobs=1)
    files = [p for p in config.CACHE_DIR.rglob("*") if p.is_file()]
    assert files and all(p.suffix == ".csv" or p.name == "COMPLETE" for p in files)


def test_bad_files_are_reported_and_the_rest_is_built(small_corpus):
    (small_corpus / "empty.txt").write_bytes(b"")
    (small_corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = h.build(small_corpus, jobs=1, cache=False)
    assert result.articles["article"].tolist() == ["a.txt", "b.txt"]
    assert set(result.problems["file"]) == {"empty.txt", "binary.txt"}


def test_cli_build_writes_one_csv_per_table(small_corpus, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", "build", "--corpus", str(small_corpus), "--out", str(out), "--jobs", "1"],
        capture_output=True, text=True, cwd=config.PROJECT_DIR,
        env={"HELPERS_CACHE": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") == 1 and "2 articles" in proc.stdout
    for name in list(pipeline.TABLE_COLUMNS) + ["problems"]:
        assert (out / f"{name}.csv").exists(), name
    back = pipeline.read_table(out / "quotes.csv", "quotes")
    assert list(back.columns) == pipeline.TABLE_COLUMNS["quotes"]


def test_cli_names_a_bad_file_on_one_line(small_corpus, tmp_path):
    (small_corpus / "broken.txt").write_bytes(b"\xef\xbb\xbfHeadline\r\nBody \xff text.\r\n")
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", "build", "--corpus", str(small_corpus), "--out", str(tmp_path / "o"),
         "--jobs", "1", "--no-cache"],
        capture_output=True, text=True, cwd=config.PROJECT_DIR,
    )
    assert proc.returncode == 0
    lines = [line for line in proc.stderr.splitlines() if "broken.txt" in line]
    assert any("byte-order mark" in line for line in lines)
    assert any("invalid UTF-8" in line for line in lines)
    assert any("CRLF" in line for line in lines)
    assert all(line.startswith("WARNING: ") for line in lines)  # the level is shown (an error would say ERROR)
    assert "3 articles" in proc.stdout


def test_cli_missing_corpus_is_a_clear_error(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "helpers", "build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "o")],
        capture_output=True, text=True, cwd=config.PROJECT_DIR,
    )
    assert proc.returncode == 2 and "nope" in proc.stderr and "Traceback" not in proc.stderr


def test_build_never_writes_into_the_corpus_folder(small_corpus):
    before = sorted((p.name, p.stat().st_mtime_ns) for p in small_corpus.iterdir())
    h.build(small_corpus, jobs=1)
    after = sorted((p.name, p.stat().st_mtime_ns) for p in small_corpus.iterdir())
    assert before == after


def test_seeds_untouched_by_a_seed_build(tmp_path):
    copy = tmp_path / "seeds_copy"
    shutil.copytree(config.SEEDS_DIR, copy)
    h.build(config.SEEDS_DIR, jobs=1)
    for path in copy.iterdir():
        assert (config.SEEDS_DIR / path.name).read_bytes() == path.read_bytes()


def test_cache_fingerprint_lists_every_data_file_and_extraction_module():
    files = set(pipeline.fingerprint_files())
    data = {p for p in config.DATA_DIR.rglob("*") if p.is_file()} - {config.DATA_DIR / "helpers.mplstyle",
                                                                       config.DATA_DIR / "relation_styles.csv"}
    assert data and data <= files
    modules = {p for p in (config.PACKAGE_DIR / "quotes").glob("*.py")} | {config.PACKAGE_DIR / "gate.py"}
    assert modules <= files
    assert not {p for p in files if "analysis" in p.parts or "render" in p.parts or p.name == "plots.py"}


def test_editing_a_data_file_invalidates_the_cache(monkeypatch, tmp_path):
    before = pipeline.corpus_key(config.SEEDS_DIR)
    package = tmp_path / "helpers"
    shutil.copytree(config.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(config, "PACKAGE_DIR", package)
    pipeline.code_fingerprint.cache_clear()
    try:
        assert pipeline.corpus_key(config.SEEDS_DIR) == before
        with open(package / "data" / "relation_verbs.csv", "a", encoding="utf-8") as fh:
            fh.write("\n")
        pipeline.code_fingerprint.cache_clear()
        assert pipeline.corpus_key(config.SEEDS_DIR) != before
    finally:
        pipeline.code_fingerprint.cache_clear()
