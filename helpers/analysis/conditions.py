"""Conditions summarised for notebook 03: tables of conditions in, tables out.

:func:`summarize` gives one row per (article, holder, category) as in the answer
key; :func:`holder_by_category`, :func:`outlet_presence`, :func:`voice_by_category`,
:func:`side_by_category` and :func:`evidence` are what the notebook shows, each for
the story's categories (``category``) or the generic ones (``generic_category``);
:func:`answer_keys` and :func:`key_scores` score whatever answer keys a corpus has.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .. import config, evaluate

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


def holder_by_category(conditions_df: pd.DataFrame, column: str = "category") -> pd.DataFrame:
    """Articles in which each holder states each category (rows: holder and side, sorted);
    ``column`` is ``category`` (the story's) or ``generic_category``.

    >>> df = pd.DataFrame(dict(article=["a", "a", "b"], holder=["X", "X", "X"], holder_country="RUS",
    ...                        category=["sanctions", "sanctions", "territory"]))
    >>> holder_by_category(df).values.tolist()
    [['X', 'RUS', 1, 1]]
    """
    if conditions_df.empty:
        return pd.DataFrame(columns=["holder", "holder_country"])
    table = (conditions_df.drop_duplicates(["article", "holder", column])
             .pivot_table(index=["holder", "holder_country"], columns=column, values="article",
                          aggfunc="count", fill_value=0))
    table.columns.name = None
    return table.reset_index().sort_values(["holder_country", "holder"], kind="stable").reset_index(drop=True)


def outlet_presence(conditions_df: pd.DataFrame, articles_df: pd.DataFrame, column: str = "category") -> pd.DataFrame:
    """Per outlet and category (``column``): in how many of the outlet's ``n`` articles the category
    appears (any holder), as ``k/n`` counts; one row per outlet, sorted, outlets without conditions kept.

    >>> arts = pd.DataFrame(dict(article=["a", "b"], outlet=["O1", "O2"]))
    >>> cond = pd.DataFrame(dict(article=["a"], category=["sanctions"]))
    >>> outlet_presence(cond, arts).values.tolist()
    [['O1', 1, 1], ['O2', 1, 0]]
    >>> outlet_presence(cond.iloc[:0], arts).values.tolist()
    [['O1', 1], ['O2', 1]]
    """
    arts = articles_df[["article", "outlet"]].drop_duplicates()
    n = arts.groupby("outlet").size().rename("n")
    found = conditions_df[["article", column]].drop_duplicates().merge(arts, on="article")
    counts = pd.crosstab(found["outlet"], found[column]) if not found.empty else pd.DataFrame(index=n.index)
    table = n.to_frame().join(counts).fillna(0).astype(int)
    table.index.name = "outlet"
    table.columns.name = None
    return table.reset_index().sort_values("outlet").reset_index(drop=True)


def voice_by_category(conditions_df: pd.DataFrame, column: str = "category") -> pd.DataFrame:
    """Statements per category (``column``) stated inside a quote vs in the outlet's own voice.

    >>> df = pd.DataFrame(dict(category=["sanctions", "sanctions"], voice=["quote", "outlet"]))
    >>> voice_by_category(df).values.tolist()
    [['sanctions', 1, 1, 0.5]]
    """
    table = pd.crosstab(conditions_df[column], conditions_df["voice"])
    for voice in ("outlet", "quote"):
        if voice not in table.columns:
            table[voice] = 0
    table = table[["outlet", "quote"]]
    table["share_quote"] = (table["quote"] / table.sum(axis=1)).round(2)
    table.columns.name = None
    return table.reset_index().sort_values(column).reset_index(drop=True)


def side_by_category(conditions_df: pd.DataFrame, column: str = "category") -> pd.DataFrame:
    """Articles in which each side (the holder's country, ``unknown`` when none) sets each category.

    >>> df = pd.DataFrame(dict(article=["a", "a", "b"], holder_country=["RUS", "RUS", ""],
    ...                        generic_category=["security", "security", "ceasefire"]))
    >>> side_by_category(df, "generic_category").to_dict("records")
    [{'side': 'RUS', 'ceasefire': 0, 'security': 1}, {'side': 'unknown', 'ceasefire': 1, 'security': 0}]
    """
    if conditions_df.empty:
        return pd.DataFrame(columns=["side"])
    df = conditions_df.assign(side=conditions_df["holder_country"].fillna("").replace("", "unknown"))
    table = pd.crosstab(df.drop_duplicates(["article", "side", column])["side"],
                        df.drop_duplicates(["article", "side", column])[column])
    table.columns.name = None
    return table.reset_index().sort_values("side").reset_index(drop=True)


def answer_keys(corpus: Path | str) -> list[Path]:
    """The answer keys a corpus has: :func:`helpers.config.gold_dir`, and a ``gold/`` folder beside
    a corpus folder (``texts/`` and ``gold/`` side by side), when it holds a ``conditions.csv``."""
    corpus = Path(corpus)
    keys = [config.gold_dir(corpus), corpus.parent / "gold"]
    out = []
    for key in keys:
        if key is not None and (key / "conditions.csv").exists() and key.resolve() not in [k.resolve() for k in out]:
            out.append(key)
    return out


def key_scores(conditions_df: pd.DataFrame, keys: list[Path], articles: set[str]) -> pd.DataFrame:
    """Each answer key scored twice: against the story's categories and against the generic ones
    (a key is written in one scheme; the other row shows what the other scheme gives).

    One row per (key, column): precision, recall, F1 over the (article, side, category) triples.
    """
    rows = []
    for key in keys:
        gold = pd.read_csv(Path(key) / "conditions.csv", dtype=str, keep_default_na=False)
        for column in ("category", "generic_category"):
            if column not in conditions_df.columns:
                continue
            pred = conditions_df.assign(category=conditions_df[column].fillna(""))
            pred = pred[["article", "holder_country", "category"]].fillna("")
            score = evaluate.score_conditions(gold, pred, articles)
            rows.append(dict(key=Path(key).name if Path(key).name != "gold" else str(Path(key).parent.name + "/gold"),
                             column=column, precision=score["precision"], recall=score["recall"],
                             f1=score["f1"], n_gold=score["n_gold"]))
    return pd.DataFrame(rows, columns=["key", "column", "precision", "recall", "f1", "n_gold"])


def evidence(conditions_df: pd.DataFrame, articles_df: pd.DataFrame | None = None) -> pd.DataFrame:
    """The evidence: one row per statement with its outlet, holder, category, cue, voice and text."""
    cols = ["article", "holder", "holder_country", "addressee", "category", "cue", "voice", "text"]
    if "generic_category" in conditions_df.columns:
        cols.insert(5, "generic_category")
    df = conditions_df.sort_values(["article", "start", "category", "holder"], kind="stable")[cols + ["start"]]
    if articles_df is not None:
        df = df.merge(articles_df[["article", "outlet"]], on="article", how="left")
        cols = ["article", "outlet"] + cols[1:]
    df = df.assign(text=df["text"].str.replace(r"\s+", " ", regex=True))
    return df[cols].reset_index(drop=True)
