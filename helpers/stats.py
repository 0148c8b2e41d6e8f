"""Small-corpus statistics: the unit is the article, and five articles are five articles.

Exact intervals and tests only; nothing here assumes large samples.

>>> lo, hi = clopper_pearson(4, 8)
>>> round(lo, 2), round(hi, 2)
(0.16, 0.84)
"""
from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
from scipy import stats as _st


def clopper_pearson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Exact (Clopper–Pearson) binomial interval for ``k`` successes in ``n`` trials.

    >>> clopper_pearson(0, 5)[0], round(clopper_pearson(0, 5)[1], 3)
    (0.0, 0.522)
    >>> clopper_pearson(0, 0)
    (0.0, 1.0)
    """
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if n == 0:
        return 0.0, 1.0
    alpha = 1.0 - confidence
    lo = 0.0 if k == 0 else float(_st.beta.ppf(alpha / 2, k, n - k + 1))
    hi = 1.0 if k == n else float(_st.beta.ppf(1 - alpha / 2, k + 1, n - k))
    return lo, hi


def fisher_presence(present_a: int, n_a: int, present_b: int, n_b: int,
                    alternative: str = "two-sided") -> dict:
    """Fisher's exact test on a 2x2 presence table: articles with/without a feature in two groups.

    Returns the table, the odds ratio and the p-value.

    >>> r = fisher_presence(5, 5, 0, 5)
    >>> r["table"], round(r["p_value"], 4)
    ([[5, 0], [0, 5]], 0.0079)
    """
    if not (0 <= present_a <= n_a and 0 <= present_b <= n_b):
        raise ValueError("counts must satisfy 0 <= present <= n")
    table = [[present_a, n_a - present_a], [present_b, n_b - present_b]]
    res = _st.fisher_exact(table, alternative=alternative)
    return {"table": table, "odds_ratio": float(res.statistic), "p_value": float(res.pvalue)}


def permutation_test(values: Sequence[float], labels: Sequence, statistic: Callable | None = None,
                     n_permutations: int = 9999, seed: int = 0) -> dict:
    """Shuffle group labels across articles (fixed seed) to test a difference between groups.

    ``values`` holds one number per article, ``labels`` its group (two groups
    for the default statistic, the difference of means first-minus-second in
    sorted label order). A custom ``statistic(values, labels)`` may be given.
    The p-value is two-sided on the absolute statistic, with the +1 correction.

    >>> r = permutation_test([1, 1, 1, 0, 0, 0], ["a", "a", "a", "b", "b", "b"], n_permutations=999)
    >>> r["observed"], round(r["p_value"], 2)
    (1.0, 0.1)
    """
    values = np.asarray(values, dtype=float)
    labels = np.asarray(labels)
    if len(values) != len(labels):
        raise ValueError("values and labels differ in length")
    if statistic is None:
        groups = sorted(set(labels.tolist()))
        if len(groups) != 2:
            raise ValueError("the default statistic needs exactly two groups")

        def statistic(v, lab):
            return float(v[lab == groups[0]].mean() - v[lab == groups[1]].mean())

    observed = float(statistic(values, labels))
    shuffled = permutation_statistics(labels, lambda lab: statistic(values, lab), n_permutations, seed)
    hits = int((np.abs(shuffled) >= abs(observed) - 1e-12).sum())
    return {"observed": observed, "p_value": (hits + 1) / (n_permutations + 1),
            "n_permutations": n_permutations, "seed": seed}


def permutation_statistics(labels: Sequence, statistic: Callable, n_permutations: int = 9999,
                           seed: int = 0) -> np.ndarray:
    """``statistic(shuffled labels)`` for each of ``n_permutations`` shuffles of the labels.

    The one permutation loop of the package (:func:`permutation_test` and
    :func:`helpers.framing.permutation_maxima` both use it): NumPy's
    ``default_rng(seed)``, one ``rng.permutation(labels)`` per shuffle, so a
    seed gives the same shuffles everywhere.

    >>> permutation_statistics(["a", "b"], lambda lab: float(lab[0] == "a"), 4, seed=1).tolist()
    [1.0, 1.0, 0.0, 1.0]
    """
    labels = np.asarray(labels)
    rng = np.random.default_rng(seed)
    return np.array([statistic(rng.permutation(labels)) for _ in range(n_permutations)], dtype=float)


def share_with_interval(k: int, n: int, confidence: float = 0.95) -> dict:
    """A share and its exact interval, ready for a table row.

    >>> share_with_interval(2, 4)["share"]
    0.5
    """
    lo, hi = clopper_pearson(k, n, confidence)
    return {"k": k, "n": n, "share": (k / n) if n else float("nan"), "low": lo, "high": hi}
