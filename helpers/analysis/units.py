"""The article as the unit: per-article measures first, outlet summaries from them.

A quote, a word or a term is not an independent draw: an article that quotes
one speaker ten times is one editorial choice. Every outlet summary here is a
summary of its articles' values (a share, a rate per 1,000 words, a
presence), with an interval from a cluster bootstrap over the articles
(:func:`helpers.stats.cluster_bootstrap`, fixed seed) or, for presence, an
exact interval over articles. Below :data:`MIN_ARTICLES` articles an outlet's
interval is *not estimable*: the mean is shown, the interval is not.

Worked example (the tests repeat it): an outlet with three articles quoting
Russia 10 times in the first and the United States once in each of the other
two. Pooled, 10 of 12 quotes are Russian (83 %); per article the Russian share
is 1, 0 and 0, so the mean article share is 33 % and the bootstrap interval
[0, 1].

>>> per = pd.DataFrame({"outlet": ["O"] * 3, "article": ["a", "b", "c"], "share": [1.0, 0.0, 0.0]})
>>> summarise(per, "share")[["n_articles", "mean", "low", "high", "estimable"]].to_dict("records")
[{'n_articles': 3, 'mean': 0.3333, 'low': 0.0, 'high': 1.0, 'estimable': True}]
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import stats

#: Fewest articles an outlet needs for an interval (fewer: "not estimable").
MIN_ARTICLES = 3
NOT_ESTIMABLE = "not estimable"
SUMMARY_COLUMNS = ["n_articles", "mean", "low", "high", "estimable"]


def summarise(per_article: pd.DataFrame, value: str, by=("outlet",), min_articles: int = MIN_ARTICLES,
              n_boot: int = stats.N_BOOT, seed: int = stats.BOOT_SEED, digits: int = 4) -> pd.DataFrame:
    """Per group of ``by``: the number of articles with a value, their mean, and a cluster-bootstrap
    interval (NaN and ``estimable`` False below ``min_articles`` articles). Rows with a NaN value
    (an article where the measure is undefined, e.g. a share of zero quotes) are left out.

    >>> per = pd.DataFrame({"outlet": ["A", "A", "B"], "rate": [2.0, 4.0, 1.0]})
    >>> summarise(per, "rate", min_articles=2)[["outlet", "mean", "low", "estimable"]].values.tolist()
    [['A', 3.0, 2.0, True], ['B', 1.0, nan, False]]
    """
    by = list(by)
    rows = []
    for key, group in per_article.dropna(subset=[value]).groupby(by, sort=True):
        values = group[value].astype(float).to_numpy()
        n = len(values)
        estimable = n >= min_articles
        lo, hi = stats.cluster_bootstrap(values, n_boot, seed) if estimable else (float("nan"), float("nan"))
        key = key if isinstance(key, tuple) else (key,)
        rows.append({**dict(zip(by, key, strict=True)), "n_articles": n, "mean": round(float(values.mean()), digits),
                     "low": round(lo, digits), "high": round(hi, digits), "estimable": estimable})
    return pd.DataFrame(rows, columns=by + SUMMARY_COLUMNS)


def presence(per_article: pd.DataFrame, flag: str, by=("outlet",), min_articles: int = MIN_ARTICLES,
             digits: int = 4) -> pd.DataFrame:
    """Per group: in how many of its articles ``flag`` is true (``k`` of ``n``), the share, and an
    exact (Clopper–Pearson) interval over articles, NaN below ``min_articles``.

    >>> per = pd.DataFrame({"outlet": ["A", "A", "A", "A"], "has": [True, True, False, False]})
    >>> presence(per, "has")[["k", "n", "share", "estimable"]].values.tolist()
    [[2, 4, 0.5, True]]
    """
    by = list(by)
    rows = []
    for key, group in per_article.groupby(by, sort=True):
        k, n = int(group[flag].astype(bool).sum()), len(group)
        estimable = n >= min_articles
        lo, hi = stats.clopper_pearson(k, n) if estimable else (float("nan"), float("nan"))
        key = key if isinstance(key, tuple) else (key,)
        rows.append({**dict(zip(by, key, strict=True)), "k": k, "n": n, "share": round(k / n, digits),
                     "low": round(lo, digits), "high": round(hi, digits), "estimable": estimable})
    return pd.DataFrame(rows, columns=by + ["k", "n", "share", "low", "high", "estimable"])


def article_words(articles: pd.DataFrame) -> pd.Series:
    """Words per article (the ``n_words`` column when the table has it, else counted), by article.

    >>> article_words(pd.DataFrame({"article": ["a"], "text": ["one two three"]})).to_dict()
    {'a': 3}
    """
    if "n_words" in articles.columns:
        words = pd.to_numeric(articles["n_words"], errors="coerce")
    else:
        words = articles["text"].fillna("").map(lambda t: len(str(t).split()))
    return pd.Series(words.to_numpy(), index=articles["article"].to_numpy()).fillna(0).astype(int)


def per_thousand_words(counts: pd.DataFrame, articles: pd.DataFrame, count: str = "n") -> pd.DataFrame:
    """Per article: ``count`` per 1,000 words of the article, every article kept (a missing count is 0).

    >>> arts = pd.DataFrame({"article": ["a", "b"], "outlet": ["O", "O"], "n_words": [500, 2000]})
    >>> per_thousand_words(pd.DataFrame({"article": ["a"], "n": [3]}), arts)["rate"].tolist()
    [6.0, 0.0]
    """
    words = article_words(articles)
    by_article = counts.groupby("article")[count].sum() if len(counts) else pd.Series(dtype=float)
    out = articles[["article", "outlet"]].copy()
    out[count] = out["article"].map(by_article).fillna(0).astype(int)
    out["n_words"] = out["article"].map(words).astype(int)
    out["rate"] = [round(1000 * c / w, 4) if w else float("nan") for c, w in zip(out[count], out["n_words"],
                                                                                  strict=True)]
    return out.reset_index(drop=True)


def interval_label(row, percent: bool = True) -> str:
    """``33 % [0 %, 100 %]`` or ``33 % (not estimable: 2 articles)`` for a :func:`summarise` row.

    >>> interval_label({"mean": 1 / 3, "low": 0.0, "high": 1.0, "estimable": True, "n_articles": 3})
    '33 % [0 %, 100 %]'
    """
    fmt = (lambda v: f"{v:.0%}".replace("%", " %")) if percent else (lambda v: f"{v:.2f}")
    if not row["estimable"]:
        return f"{fmt(row['mean'])} ({NOT_ESTIMABLE}: {row['n_articles']} article{'s' if row['n_articles'] != 1 else ''})"
    return f"{fmt(row['mean'])} [{fmt(row['low'])}, {fmt(row['high'])}]"


PRESENCE_TEST_COLUMNS = ["item", "outlet", "k_outlet", "n_outlet", "k_rest", "n_rest", "odds_ratio", "p_value",
                         "q_value", "tested"]


def presence_differences(per_article: pd.DataFrame, item: str, flag: str = "present",
                         group: str = "outlet") -> pd.DataFrame:
    """For each item (a term, a category) and each outlet: is the item in more or fewer of the
    outlet's articles than of the other outlets'? Fisher's exact test on articles (k of n with
    the item, this outlet against the rest), Benjamini–Hochberg ``q_value`` over every test.
    ``per_article`` has one row per (article, item) with ``group`` and a boolean ``flag``. An
    outlet alone in the corpus, or an item in every article or none, is not tested (NaN).

    >>> per = pd.DataFrame({"article": list("abcdef"), "outlet": list("AAABBB"), "item": "t",
    ...                     "present": [True, True, True, False, False, False]})
    >>> presence_differences(per, "item")[["outlet", "k_outlet", "k_rest", "p_value", "q_value"]].values.tolist()
    [['A', 3, 0, 0.1, 0.1], ['B', 0, 3, 0.1, 0.1]]
    """
    rows = []
    for name, part in per_article.groupby(item, sort=True):
        flags = part.drop_duplicates("article").set_index("article")
        for outlet in sorted(flags[group].unique()):
            mine = flags[group] == outlet
            k1, n1 = int(flags.loc[mine, flag].astype(bool).sum()), int(mine.sum())
            k2, n2 = int(flags.loc[~mine, flag].astype(bool).sum()), int((~mine).sum())
            row = {"item": name, "outlet": outlet, "k_outlet": k1, "n_outlet": n1, "k_rest": k2, "n_rest": n2}
            if n2 == 0 or k1 + k2 in (0, n1 + n2):
                rows.append({**row, "odds_ratio": float("nan"), "p_value": float("nan"), "tested": False})
                continue
            res = stats.fisher_presence(k1, n1, k2, n2)
            rows.append({**row, "odds_ratio": res["odds_ratio"], "p_value": round(res["p_value"], 6), "tested": True})
    out = pd.DataFrame(rows, columns=[c for c in PRESENCE_TEST_COLUMNS if c != "q_value"])
    out["q_value"] = stats.benjamini_hochberg(out["p_value"].to_numpy(dtype=float)).round(6) if len(out) else []
    out["tested"] = out["tested"].astype(bool)  # boolean even when empty: ``df[df["tested"]]`` keeps the columns
    return out[PRESENCE_TEST_COLUMNS]


def accuracy_scope(corpus, gold) -> str:
    """One line saying which articles an accuracy figure was measured on, and whether the rules
    were tuned on them (the seeds' answer key: in-sample, an upper bound).

    >>> from helpers import config
    >>> accuracy_scope(config.SEEDS_DIR, config.GOLD_DIR).startswith("measured on the 5 seed articles")
    True
    """
    from .. import config

    if gold is None:
        return "no answer key for this corpus: no accuracy measured"
    articles = set()
    for path in sorted(Path(gold).glob("*.csv")):
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        if "article" in table.columns:
            articles |= set(table["article"]) - {""}
    if config.is_seed_corpus(Path(corpus)):
        return (f"measured on the {len(articles)} seed articles of the answer key, the articles the rules "
                "were tuned on: in-sample accuracy, an upper bound (held-out articles score lower)")
    return (f"measured on the {len(articles)} articles of this corpus's answer key ({Path(gold).name}/); "
            "held-out only if the rules were not tuned on them")
