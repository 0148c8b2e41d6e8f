"""Conditions summarised for notebook 03: tables of conditions in, tables out.

:func:`summarize` gives one row per (article, holder, category) as in the answer
key; :func:`holder_by_category`, :func:`outlet_presence`, :func:`voice_by_category`
and :func:`evidence` are what the notebook shows.
"""
from __future__ import annotations

import pandas as pd

SUMMARY_COLUMNS = ["article", "holder", "holder_country", "addressee", "category", "text"]


def summarize(conditions_df: pd.DataFrame) -> pd.DataFrame:
    """One row per (article, holder, category), as in the answer key: the first statement's
    text and country, and the first non-empty addressee.

    >>> df = pd.DataFrame([dict(article="a", holder="X", holder_country="RUS", addressee="",
    ...                         category="sanctions", text="t1", start=5),
    ...                    dict(article="a", holder="X", holder_country="RUS", addressee="Y",
    ...                         category="sanctions", text="t2", start=9)])
    >>> summarize(df)[["holder", "addressee", "text"]].values.tolist()
    [['X', 'Y', 't1']]
    """
    if conditions_df is None or conditions_df.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    df = conditions_df.sort_values(["article", "start", "holder", "category"], kind="stable")
    out = []
    for (article, holder, category), group in df.groupby(["article", "holder", "category"], sort=True):
        addressees = [a for a in group["addressee"].fillna("") if a]
        out.append(dict(article=article, holder=holder, holder_country=group["holder_country"].iloc[0],
                        addressee=addressees[0] if addressees else "", category=category,
                        text=group["text"].iloc[0]))
    return pd.DataFrame(out, columns=SUMMARY_COLUMNS).reset_index(drop=True)


# --------------------------------------------------------------------------- analyses for the notebook


def holder_by_category(conditions_df: pd.DataFrame) -> pd.DataFrame:
    """Articles in which each holder states each category (rows: holder and side, sorted).

    >>> df = pd.DataFrame(dict(article=["a", "a", "b"], holder=["X", "X", "X"], holder_country="RUS",
    ...                        category=["sanctions", "sanctions", "territory"]))
    >>> holder_by_category(df).values.tolist()
    [['X', 'RUS', 1, 1]]
    """
    if conditions_df.empty:
        return pd.DataFrame(columns=["holder", "holder_country"])
    table = (conditions_df.drop_duplicates(["article", "holder", "category"])
             .pivot_table(index=["holder", "holder_country"], columns="category", values="article",
                          aggfunc="count", fill_value=0))
    table.columns.name = None
    return table.reset_index().sort_values(["holder_country", "holder"], kind="stable").reset_index(drop=True)


def outlet_presence(conditions_df: pd.DataFrame, articles_df: pd.DataFrame) -> pd.DataFrame:
    """Per outlet and category: in how many of the outlet's ``n`` articles the category appears
    (any holder), as ``k/n`` counts; one row per outlet, sorted, outlets without conditions kept.

    >>> arts = pd.DataFrame(dict(article=["a", "b"], outlet=["O1", "O2"]))
    >>> cond = pd.DataFrame(dict(article=["a"], category=["sanctions"]))
    >>> outlet_presence(cond, arts).values.tolist()
    [['O1', 1, 1], ['O2', 1, 0]]
    >>> outlet_presence(cond.iloc[:0], arts).values.tolist()
    [['O1', 1], ['O2', 1]]
    """
    arts = articles_df[["article", "outlet"]].drop_duplicates()
    n = arts.groupby("outlet").size().rename("n")
    found = conditions_df[["article", "category"]].drop_duplicates().merge(arts, on="article")
    counts = pd.crosstab(found["outlet"], found["category"]) if not found.empty else pd.DataFrame(index=n.index)
    table = n.to_frame().join(counts).fillna(0).astype(int)
    table.index.name = "outlet"
    table.columns.name = None
    return table.reset_index().sort_values("outlet").reset_index(drop=True)


def voice_by_category(conditions_df: pd.DataFrame) -> pd.DataFrame:
    """Statements per category stated inside a quote vs in the outlet's own voice.

    >>> df = pd.DataFrame(dict(category=["sanctions", "sanctions"], voice=["quote", "outlet"]))
    >>> voice_by_category(df).values.tolist()
    [['sanctions', 1, 1, 0.5]]
    """
    table = pd.crosstab(conditions_df["category"], conditions_df["voice"])
    for voice in ("outlet", "quote"):
        if voice not in table.columns:
            table[voice] = 0
    table = table[["outlet", "quote"]]
    table["share_quote"] = (table["quote"] / table.sum(axis=1)).round(2)
    table.columns.name = None
    return table.reset_index().sort_values("category").reset_index(drop=True)


def evidence(conditions_df: pd.DataFrame, articles_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """The evidence: one row per statement with its outlet, holder, category, cue, voice and text."""
    cols = ["article", "holder", "holder_country", "addressee", "category", "cue", "voice", "text"]
    df = conditions_df.sort_values(["article", "start", "category", "holder"], kind="stable")[cols + ["start"]]
    if articles_df is not None:
        df = df.merge(articles_df[["article", "outlet"]], on="article", how="left")
        cols = ["article", "outlet"] + cols[1:]
    df = df.assign(text=df["text"].str.replace(r"\s+", " ", regex=True))
    return df[cols].reset_index(drop=True)
