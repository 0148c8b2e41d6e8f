"""helpers.pipeline and the command line: tables, cache keys, parallel build, bad input end to end.

Shards and engines are tested in test_shards.py; cache entries and output sets in test_cache_outputs.py.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

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
    parallel = h.build(small_corpus, jobs=2, cache=False, shard_size=1)  # one shard per article
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
    assert "John Doe" in set(first.mentions["actor"])
    (small_corpus / "b.txt").write_text(ARTICLE_B.replace("John Doe", "Mary Major"), encoding="utf-8")
    second = h.build(small_corpus, jobs=1)
    b_actors = set(second.mentions.loc[second.mentions["article"] == "b.txt", "actor"])
    assert "Mary Major" in b_actors and "John Doe" not in b_actors
    assert "John Doe" not in set(second.actors["actor"])
    a_rows = lambda c: c.mentions[c.mentions["article"] == "a.txt"].reset_index(drop=True)  # noqa: E731
    pd.testing.assert_frame_equal(a_rows(first), a_rows(second))


def test_article_key_depends_on_name_and_text():
    key = pipeline.article_key("a.txt", "Mayor Jane Roe spoke on Monday.")
    assert pipeline.article_key("a.txt", "Mayor Jane Roe spoke on Tuesday.") != key
    assert pipeline.article_key("b.txt", "Mayor Jane Roe spoke on Monday.") != key
    assert pipeline.article_key("a.txt", "Mayor Jane Roe spoke on Monday.") == key


def test_cache_holds_parquet_and_manifests_never_pickles(small_corpus):
    h.build(small_corpus, jobs=1)
    files = [p for p in config.CACHE_DIR.rglob("*") if p.is_file()]
    assert files and all(p.suffix == ".parquet" or p.name == "manifest.json" for p in files)


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
    stories = {p for p in (config.PACKAGE_DIR / "stories").rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert stories and stories <= files
    modules = {p for p in (config.PACKAGE_DIR / "quotes").glob("*.py")} | {config.PACKAGE_DIR / "gate.py"}
    assert modules <= files
    assert not {p for p in files if "analysis" in p.parts or "render" in p.parts or p.name == "plots.py"}


def test_cache_fingerprint_covers_every_data_file_the_extractors_read():
    from helpers import actors, cache, conditions, graph, quotes

    read = {actors.REGISTRY_FILE, actors.DEMONYMS_FILE, quotes.CUES_FILE, conditions.TAXONOMY_FILE,
            conditions.CUES_FILE, graph.VERBS_FILE, config.DATA_DIR / "boilerplate.csv"}
    assert {p.resolve() for p in read} <= {p.resolve() for p in cache.fingerprint_files()}


def test_a_new_data_file_in_a_subfolder_invalidates_the_cache(monkeypatch, tmp_path):
    before = pipeline.corpus_key(config.SEEDS_DIR)
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR, data)
    (data / "story").mkdir()
    (data / "story" / "extra.csv").write_text("term\nbridge\n", encoding="utf-8")
    monkeypatch.setattr(config, "DATA_DIR", data)
    pipeline.code_fingerprint.cache_clear()
    try:
        assert pipeline.corpus_key(config.SEEDS_DIR) != before
    finally:
        pipeline.code_fingerprint.cache_clear()


MODULES_RUN = """
import sys, helpers as h
h.build(sys.argv[1], jobs=1, cache=False)
for name, module in sorted(sys.modules.items()):
    if name.startswith("helpers") and getattr(module, "__file__", None):
        print(module.__file__)
"""


def test_fingerprint_covers_every_module_a_build_runs(small_corpus):
    from helpers import cache

    env = {"HELPERS_CACHE": str(small_corpus.parent / "c"), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-c", MODULES_RUN, str(small_corpus)], capture_output=True, text=True,
                          cwd=config.PROJECT_DIR, env=env)
    assert proc.returncode == 0, proc.stderr
    ran = {Path(line).resolve() for line in proc.stdout.split()}
    assert ran and ran <= {p.resolve() for p in cache.chain_files()}


def test_fingerprint_follows_imports_not_a_hand_kept_list(tmp_path):
    from helpers import cache

    pkg = tmp_path / "helpers"
    (pkg / "rules").mkdir(parents=True)
    (pkg / "pipeline.py").write_text("from . import reader\nfrom .rules import pick\n")
    (pkg / "reader.py").write_text("import helpers.store\n")
    (pkg / "store.py").write_text("")
    (pkg / "rules" / "__init__.py").write_text("")
    (pkg / "rules" / "pick.py").write_text("from .. import reader\n")
    (pkg / "rules" / "loaded_by_name.py").write_text("")
    (pkg / "plots.py").write_text("from . import reader\n")
    (pkg / "__init__.py").write_text("")
    names = {p.relative_to(pkg).as_posix() for p in cache.chain_files(pkg)}
    assert names == {"__init__.py", "pipeline.py", "reader.py", "store.py", "rules/__init__.py", "rules/pick.py",
                     "rules/loaded_by_name.py"}


def test_editing_a_data_file_invalidates_the_cache(monkeypatch, tmp_path):
    before = pipeline.corpus_key(config.SEEDS_DIR)
    package = tmp_path / "helpers"
    shutil.copytree(config.PACKAGE_DIR, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(config, "PACKAGE_DIR", package)
    monkeypatch.setattr(config, "DATA_DIR", package / "data")
    pipeline.code_fingerprint.cache_clear()
    try:
        assert pipeline.corpus_key(config.SEEDS_DIR) == before  # where the package lies does not count
        with open(package / "data" / "relation_verbs.csv", "a", encoding="utf-8") as fh:
            fh.write("\n")
        pipeline.code_fingerprint.cache_clear()
        edited = pipeline.corpus_key(config.SEEDS_DIR)
        assert edited != before
        with open(package / "stories" / "ukraine" / "actors.csv", "a", encoding="utf-8") as fh:
            fh.write("\n")
        pipeline.code_fingerprint.cache_clear()
        assert pipeline.corpus_key(config.SEEDS_DIR) not in {before, edited}  # a named story is data too
    finally:
        pipeline.code_fingerprint.cache_clear()


@pytest.mark.parametrize("table, rows", [
    ("quotes", [{"article": "a.txt", "start": 3, "end": 9, "speaker": None, "quote": "We will wait."}]),
    ("quotes", [{"article": "a.txt", "start": "3", "end": None, "speaker": float("nan"), "kind": True}]),
    ("mentions", [{"article": "b.txt", "registered": "yes", "start": 1.0}, {"article": "c.txt", "registered": False}]),
    ("conditions", [{"article": "d.txt", "holder": "Ruritania", "start": 4, "end": 20, "text": 5}]),
    ("relations", []),
])
def test_rows_arrow_is_the_tidy_table(table, rows):
    """The shards' direct route from extractor rows to Arrow gives the table tidy() + to_arrow() give,
    whatever the rows hold (numbers as text, missing values, a bool in a text column)."""
    direct, tidied = pipeline.rows_arrow(rows, table), pipeline.to_arrow(pipeline.tidy(rows, table))
    assert direct.schema.equals(tidied.schema)
    assert direct.equals(tidied)
