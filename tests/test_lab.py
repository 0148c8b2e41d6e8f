"""make lab and per-corpus output folders: root flag, the project root, a corpus's own notebooks."""
from __future__ import annotations

import os

import pytest

from helpers import config, report


def test_two_corpora_with_the_same_folder_name_get_separate_outputs(tmp_path):
    one, two = tmp_path / "x" / "articles", tmp_path / "y" / "articles"
    one.mkdir(parents=True)
    two.mkdir(parents=True)
    assert config.output_dir(one) != config.output_dir(two)
    assert config.output_dir(one).name.startswith("articles-")
    assert config.output_dir(one) == config.output_dir(one)  # stable
    assert config.output_dir(config.SEEDS_DIR) == config.REPORTS_DIR


def test_lab_command_serves_the_project_root_and_adds_allow_root_only_for_root():
    as_root = report.lab_command(config.NOTEBOOKS_DIR, ["--port", "8899", "--no-browser"], uid=0)
    as_user = report.lab_command(config.NOTEBOOKS_DIR, ["--port", "8899"], uid=1000)
    assert "--allow-root" in as_root and "--allow-root" not in as_user
    assert f"--ServerApp.root_dir={config.PROJECT_DIR}" in as_user
    assert "--LabApp.default_url=/lab/tree/notebooks" in as_user
    assert as_root[-3:] == ["--port", "8899", "--no-browser"]


@pytest.fixture()
def other_corpus(tmp_path, monkeypatch):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("An invented article.\n", encoding="utf-8")
    monkeypatch.setattr(config, "REPORTS_DIR", tmp_path / "reports")
    monkeypatch.setattr(config, "PROJECT_DIR", tmp_path)
    return corpus


def test_another_corpus_opens_its_own_notebooks_and_never_the_seeds(other_corpus, monkeypatch):
    folder = report.prepare_lab(other_corpus)
    assert folder.parent == config.output_dir(other_corpus) and folder.parent.parent == config.REPORTS_DIR
    names = sorted(p.name for p in folder.glob("*.ipynb"))
    assert names == sorted(p.with_suffix(".ipynb").name for p in report.notebook_sources())
    assert (folder / config.CORPUS_MARKER).read_text(encoding="utf-8").strip() == str(other_corpus.resolve())
    # a notebook already there (executed by make report CORPUS=...) is kept as it is
    first = folder / names[0]
    first.write_text("{}", encoding="utf-8")
    report.prepare_lab(other_corpus)
    assert first.read_text(encoding="utf-8") == "{}"
    # a kernel started in that folder reads that corpus; the seeds stay the default elsewhere
    monkeypatch.delenv("HELPERS_CORPUS", raising=False)
    monkeypatch.chdir(folder)
    assert config.corpus_dir() == other_corpus.resolve()
    monkeypatch.chdir(config.PACKAGE_DIR)
    assert config.corpus_dir() == config.SEEDS_DIR


def test_lab_refuses_a_missing_corpus_with_one_line(tmp_path, capsys):
    assert report.lab_main(["--corpus", str(tmp_path / "nowhere"), "--", "--no-browser"]) == 2
    assert "no such corpus folder" in capsys.readouterr().err


def test_seed_lab_opens_the_stored_notebooks():
    assert report.prepare_lab(config.SEEDS_DIR) == config.NOTEBOOKS_DIR
    assert os.path.isdir(config.NOTEBOOKS_DIR)
