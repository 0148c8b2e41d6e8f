"""Small-corpus statistics."""
from __future__ import annotations

import numpy as np
import pytest

from helpers import stats


def test_clopper_pearson_known_values():
    lo, hi = stats.clopper_pearson(4, 8)
    assert lo == pytest.approx(0.157, abs=1e-3) and hi == pytest.approx(0.843, abs=1e-3)
    assert stats.clopper_pearson(5, 5)[1] == 1.0
    assert stats.clopper_pearson(0, 5)[0] == 0.0
    with pytest.raises(ValueError):
        stats.clopper_pearson(6, 5)


def test_fisher_presence_symmetric_table():
    r = stats.fisher_presence(3, 6, 3, 6)
    assert r["p_value"] == pytest.approx(1.0) and r["table"] == [[3, 3], [3, 3]]


def test_permutation_is_reproducible_and_sensible():
    values = [0.9, 0.8, 0.85, 0.1, 0.2, 0.15, 0.5, 0.45]
    labels = ["x", "x", "x", "y", "y", "y", "x", "y"]
    a = stats.permutation_test(values, labels, n_permutations=500, seed=7)
    b = stats.permutation_test(values, labels, n_permutations=500, seed=7)
    assert a == b and a["observed"] > 0 and a["p_value"] < 0.1
    same = stats.permutation_test([1, 2, 1, 2], ["a", "b", "a", "b"][::-1], n_permutations=200)
    assert same["p_value"] > 0.2


def test_share_with_interval():
    row = stats.share_with_interval(1, 4)
    assert row["share"] == 0.25 and row["low"] < 0.25 < row["high"]


def test_one_permutation_loop_serves_the_test_and_the_framing_threshold():
    from helpers import framing

    labels = ["x", "x", "y", "y", "y"]
    shuffled = stats.permutation_statistics(labels, lambda lab: float((lab[:2] == "x").sum()), 50, seed=4)
    assert shuffled.shape == (50,) and set(shuffled) <= {0.0, 1.0, 2.0} and len(set(shuffled)) > 1
    values = [1.0, 1.0, 0.0, 0.0, 0.0]
    test = stats.permutation_test(values, labels, n_permutations=50, seed=4)
    diffs = stats.permutation_statistics(
        labels, lambda lab: float(np.mean(np.array(values)[lab == "x"]) - np.mean(np.array(values)[lab == "y"])), 50, 4)
    assert test["p_value"] == ((np.abs(diffs) >= 1.0 - 1e-12).sum() + 1) / 51
    counts = np.array([[3.0, 0.0], [2.0, 1.0], [0.0, 4.0], [1.0, 2.0], [0.0, 3.0]])
    maxima = framing.permutation_maxima(counts, labels, counts.sum(axis=0), n_permutations=20, seed=2)
    again = stats.permutation_statistics(
        labels, lambda lab: float(np.abs(framing._group_z(counts, lab, ["x", "y"], counts.sum(axis=0))).max()), 20, 2)
    assert np.array_equal(maxima, again)
