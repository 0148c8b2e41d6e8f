"""The package's own tables for the seeds, scored against the answer key (tests/gold).

These are the acceptance thresholds of the extraction on the seed corpus; the
rules themselves never see the seeds (unit tests use invented sentences).
"""
from __future__ import annotations

import pytest

from helpers import config, evaluate, pipeline


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    corpus = pipeline.build(config.SEEDS_DIR, jobs=1)
    out = tmp_path_factory.mktemp("pred")
    pipeline.write_tables(corpus, out)
    return evaluate.evaluate(config.GOLD_DIR, out)


def test_direct_quotes_f1(scores):
    assert scores["quotes/direct"]["f1"] >= 0.95, scores["quotes/direct"]["misses"]


def test_indirect_quotes_f1(scores):
    assert scores["quotes/indirect"]["f1"] >= 0.80, scores["quotes/indirect"]["misses"]


def test_speaker_accuracy(scores):
    assert scores["speaker accuracy"]["accuracy"] >= 0.95, scores["speaker accuracy"]["errors"]


def test_actors_f1(scores):
    assert scores["actors"]["f1"] >= 0.90, scores["actors"]


def test_conditions_f1_and_precision(scores):
    result = scores["conditions"]
    assert result["f1"] >= 0.85 and result["precision"] >= 0.85, result


def test_every_seed_article_is_scored(scores):
    assert scores["n_articles"] == 5
