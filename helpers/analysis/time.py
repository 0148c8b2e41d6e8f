"""Who is quoted and which terms are stated over time: counts per week or month and side.

Only dated articles count (``articles.published``, ISO dates); an undated
article has no period and is left out, and every function says how many
were. The period is a sortable label: ``2024-W07`` (ISO week) or
``2024-03`` (month).
"""
from __future__ import annotations

import pandas as pd

#: A corpus spanning more days than this is counted by month, else by week.
MONTHLY_AFTER_DAYS = 92


def _dates(articles: pd.DataFrame) -> pd.Series:
    """Article -> publication date (NaT when missing or unreadable)."""
    published = articles.set_index("article")["published"] if len(articles) else pd.Series(dtype=object)
    return pd.to_datetime(published.astype("string").str.slice(0, 10), errors="coerce", format="%Y-%m-%d")


def frequency(articles: pd.DataFrame) -> str:
    """``'week'`` for a corpus spanning up to three months, else ``'month'``.

    >>> frequency(pd.DataFrame({"article": ["a", "b"], "published": ["2024-01-01", "2024-12-01"]}))
    'month'
    """
    dates = _dates(articles).dropna()
    return "month" if len(dates) and (dates.max() - dates.min()).days > MONTHLY_AFTER_DAYS else "week"


def article_periods(articles: pd.DataFrame, freq: str | None = None) -> pd.Series:
    """Article -> period label (``''`` when undated).

    >>> arts = pd.DataFrame({"article": ["a", "b"], "published": ["2024-02-14", ""]})
    >>> article_periods(arts, "week").tolist(), article_periods(arts, "month").tolist()
    (['2024-W07', ''], ['2024-02', ''])
    """
    freq = freq or frequency(articles)
    dates = _dates(articles)

    def label(d):
        if pd.isna(d):
            return ""
        if freq == "month":
            return f"{d.year}-{d.month:02d}"
        iso = d.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return dates.map(label).astype(str)


def _side(values: pd.Series) -> pd.Series:
    return values.fillna("").astype(str).replace("", "unknown")


def quotes_over_time(quotes: pd.DataFrame, articles: pd.DataFrame, freq: str | None = None) -> pd.DataFrame:
    """Quotes per period, side (speaker's country) and speaker, from dated articles only.

    >>> arts = pd.DataFrame({"article": ["a", "b"], "published": ["2024-02-14", "2024-03-01"]})
    >>> q = pd.DataFrame({"article": ["a", "a", "b"], "speaker": ["X", "X", "Y"], "speaker_country": ["RUS", "RUS", ""]})
    >>> quotes_over_time(q, arts, "month").values.tolist()
    [['2024-02', 'RUS', 'X', 2], ['2024-03', 'unknown', 'Y', 1]]
    """
    period = quotes["article"].map(article_periods(articles, freq)).fillna("")
    df = pd.DataFrame({"period": period, "side": _side(quotes["speaker_country"]),
                       "speaker": quotes["speaker"].fillna("").astype(str)})
    df = df[df["period"] != ""]
    out = df.groupby(["period", "side", "speaker"]).size().rename("n").reset_index()
    return out.sort_values(["period", "side", "speaker"]).reset_index(drop=True)


def conditions_over_time(conditions: pd.DataFrame, articles: pd.DataFrame, freq: str | None = None) -> pd.DataFrame:
    """Condition statements per period, side (holder's country) and category, from dated articles only.

    >>> arts = pd.DataFrame({"article": ["a"], "published": ["2024-02-14"]})
    >>> c = pd.DataFrame({"article": ["a", "a"], "holder_country": ["RUS", "RUS"], "category": ["security", "security"]})
    >>> conditions_over_time(c, arts, "week").values.tolist()
    [['2024-W07', 'RUS', 'security', 2]]
    """
    period = conditions["article"].map(article_periods(articles, freq)).fillna("")
    df = pd.DataFrame({"period": period, "side": _side(conditions["holder_country"]),
                       "category": conditions["category"].fillna("").astype(str)})
    df = df[df["period"] != ""]
    out = df.groupby(["period", "side", "category"]).size().rename("n").reset_index()
    return out.sort_values(["period", "side", "category"]).reset_index(drop=True)


def undated(articles: pd.DataFrame) -> int:
    """How many articles carry no readable publication date.

    >>> undated(pd.DataFrame({"article": ["a", "b"], "published": ["2024-02-14", None]}))
    1
    """
    return int(_dates(articles).isna().sum())
