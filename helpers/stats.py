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


# --------------------------------------------------------------------------- the article as the unit

#: Resamples of a cluster bootstrap, and its seed (fixed: the same data give the same interval).
N_BOOT = 2000
BOOT_SEED = 0


def cluster_bootstrap(values: Sequence[float], n_boot: int = N_BOOT, seed: int = BOOT_SEED,
                      confidence: float = 0.95, statistic: Callable | None = None) -> tuple[float, float]:
    """Percentile interval of a statistic over resamples of whole articles (one value per article).

    Each resample draws as many articles as there are, with replacement
    (NumPy ``default_rng(seed)``); the statistic defaults to the mean. With
    ``values`` as rows (2-D), ``statistic(rows)`` gets the resampled rows,
    e.g. to take a ratio of sums. Returns ``(nan, nan)`` without articles.

    Worked example: an outlet's three articles with article shares 1, 0 and
    0. A resample's mean is 0 whenever the first article is not drawn
    (8/27 = 30 % of resamples) and 1 when only it is drawn (1/27 = 3.7 %),
    so the 95 % interval is [0, 1].

    >>> cluster_bootstrap([1.0, 0.0, 0.0])
    (0.0, 1.0)
    >>> cluster_bootstrap([0.5, 0.5])
    (0.5, 0.5)
    """
    values = np.asarray(values, dtype=float)
    n = len(values)
    if n == 0:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_boot, n))
    if statistic is None:
        draws = values[idx].mean(axis=1)
    else:
        draws = np.array([statistic(values[i]) for i in idx], dtype=float)
    alpha = (1.0 - confidence) / 2
    lo, hi = np.quantile(draws, [alpha, 1 - alpha])
    return float(lo), float(hi)


def benjamini_hochberg(p_values: Sequence[float]) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (q-values): reject at FDR ``q`` where the result is ``<= q``.

    NaN p-values stay NaN and do not count as tests.

    >>> benjamini_hochberg([0.01, 0.04, 0.03, 0.5]).round(3).tolist()
    [0.04, 0.053, 0.053, 0.5]
    """
    p = np.asarray(p_values, dtype=float)
    out = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return out
    order = np.argsort(p[ok], kind="mergesort")
    ranked = p[ok][order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1].clip(max=1.0)
    q = np.empty(m)
    q[order] = adjusted
    out[ok] = q
    return out


def stratified_permutation_test(values: Sequence[float], labels: Sequence, strata: Sequence,
                                statistic: Callable, n_permutations: int = 9999, seed: int = 0) -> dict:
    """Permutation test that shuffles ``labels`` only within each stratum (e.g. within an article).

    ``statistic(values, labels)`` is compared with its value under shuffles
    that keep every stratum's labels (an article's quotes keep their article),
    so a difference between groups is not the difference between articles.
    Two-sided on the absolute statistic, +1 corrected.

    >>> v = [1, 0, 1, 0]; lab = ["a", "b", "a", "b"]; art = ["x", "x", "y", "y"]
    >>> diff = lambda v, l: float(v[l == "a"].mean() - v[l == "b"].mean())
    >>> r = stratified_permutation_test(v, lab, art, diff, n_permutations=999)
    >>> r["observed"], round(r["p_value"], 2)
    (1.0, 0.5)
    """
    values, labels, strata = np.asarray(values, dtype=float), np.asarray(labels), np.asarray(strata)
    groups = [np.flatnonzero(strata == s) for s in sorted(set(strata.tolist()))]
    observed = float(statistic(values, labels))
    rng = np.random.default_rng(seed)
    shuffled = labels.copy()
    hits = 0
    for _ in range(n_permutations):
        for idx in groups:
            shuffled[idx] = labels[idx][rng.permutation(len(idx))]
        hits += abs(statistic(values, shuffled)) >= abs(observed) - 1e-12
    return {"observed": observed, "p_value": (hits + 1) / (n_permutations + 1),
            "n_permutations": n_permutations, "seed": seed}


# --------------------------------------------------------------------------- keyness


def log_likelihood(a, b, c, d) -> np.ndarray:
    """Log-likelihood G² of a word seen ``a`` times in a corpus of ``c`` tokens and ``b`` times
    in one of ``d`` tokens (Rayson and Garside 2000; a term with a zero count adds nothing).

    >>> round(float(log_likelihood(10, 0, 100, 100)), 4)
    13.8629
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    return 2 * (t1 + t2)


def log_ratio(a, b, c, d, pseudo: float = 0.5) -> np.ndarray:
    """Log ratio (Hardie 2014): log2 of the word's relative frequency in one corpus over the other,
    with ``pseudo`` added to a zero count; 1 = twice as frequent.

    >>> float(log_ratio(20, 10, 1000, 1000))
    1.0
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    a, b = np.where(a == 0, pseudo, a), np.where(b == 0, pseudo, b)
    return np.log2((a / c) / (b / d))


def g2_p_value(g2) -> np.ndarray:
    """p-value of G² against chi-squared with one degree of freedom.

    >>> round(float(g2_p_value(3.841)), 3)
    0.05
    """
    return _st.chi2.sf(np.asarray(g2, dtype=float), 1)


def dispersion_dp(counts: Sequence[float], sizes: Sequence[float]) -> float:
    """Gries' deviation of proportions: 0 when a word is spread over the articles as their sizes
    are, towards 1 when it sits in one article. NaN for a word never seen.

    >>> dispersion_dp([5, 5], [100, 100]), dispersion_dp([10, 0], [100, 100])
    (0.0, 0.5)
    """
    v, s = np.asarray(counts, dtype=float), np.asarray(sizes, dtype=float)
    if v.sum() == 0 or s.sum() == 0:
        return float("nan")
    return float(0.5 * np.abs(v / v.sum() - s / s.sum()).sum())
