"""Who said what, summarised for notebook 01: tables of quotes in, tables out.

Nothing here is part of extraction (editing it keeps every cached parse):
:func:`speakers_by_outlet`, :func:`side_shares`, :func:`kind_by_outlet`,
:func:`reporting_verbs`, :func:`loaded_share` and :func:`quote_table` read the
finished ``quotes`` and ``articles`` tables.
"""
from __future__ import annotations

import re

import pandas as pd

from ..quotes import load_cues
from ..statements import statement_ids, statement_kind
from ..story import sides_of
from . import units

_IRREGULAR = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
              "written": "write", "spoke": "speak", "spoken": "speak", "set": "set", "made": "make"}


def cue_lemma(cue: str, cues: dict | None = None) -> str:
    """The cue-registry key of a cue as written (``'has insisted'`` -> ``'insist'``), else ``''``.

    >>> cue_lemma("said"), cue_lemma("has insisted"), cue_lemma("according to"), cue_lemma("points out")
    ('say', 'insist', 'according to', 'point out')
    """
    cues = load_cues() if cues is None else cues
    words = re.findall(r"[a-z]+", (cue or "").lower())
    if "according" in words:
        return "according to"
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        forms = [_IRREGULAR.get(w, w)]
        for suffix in ("ing", "ed", "es", "s", "d"):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                stem = w[: -len(suffix)]
                forms += [stem, stem + "e"]
                if len(stem) > 2 and stem[-1] == stem[-2]:
                    forms.append(stem[:-1])
                if stem.endswith("i"):
                    forms.append(stem[:-1] + "y")
        for f in forms:
            if i + 1 < len(words) and f"{f} {words[i + 1]}" in cues:
                return f"{f} {words[i + 1]}"
            if f in cues:
                return f
    return ""


def connotation(cue: str, cues: dict | None = None) -> str:
    """``neutral`` for ``said``/``according to``, the registry's label for loaded verbs, ``other`` else.

    >>> connotation("said"), connotation("claimed"), connotation("he is sure")
    ('neutral', 'distancing', 'other')
    """
    cues = load_cues() if cues is None else cues
    key = cue_lemma(cue, cues)
    if key == "according to":
        return "neutral"
    return cues[key].connotation if key in cues else "other"


def _with_outlet(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    return quotes.merge(articles[["article", "outlet"]], on="article", how="left").assign(
        outlet=lambda d: d["outlet"].fillna("").replace("", "(unknown outlet)"))


def speakers_by_outlet(quotes: pd.DataFrame, articles: pd.DataFrame, top: int | None = None) -> pd.DataFrame:
    """Quotes per speaker (rows) and outlet (columns), with the total ``n``, most quoted first.

    >>> q = pd.DataFrame({"article": ["a", "a", "b"], "speaker": ["X", "Y", "X"]})
    >>> a = pd.DataFrame({"article": ["a", "b"], "outlet": ["O1", "O2"]})
    >>> speakers_by_outlet(q, a).reset_index().values.tolist()
    [['X', 1, 1, 2], ['Y', 1, 0, 1]]
    """
    df = _with_outlet(quotes, articles)
    table = pd.crosstab(df["speaker"], df["outlet"])
    table.columns.name = None
    table["n"] = table.sum(axis=1)
    table = table.reset_index().sort_values(["n", "speaker"], ascending=[False, True]).set_index("speaker")
    return table.head(top) if top else table


STATEMENT_COLUMNS = ["article", "statement", "speaker", "speaker_country", "side", "kind", "cue", "start", "end",
                     "n_rows"]


def statements(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row per statement: the quotes of one speaker that overlap in an article (a mixed quote's
    direct and indirect rows, a quote inside the same speaker's quote) count once
    (:mod:`helpers.statements`). ``kind`` is ``direct``, ``indirect`` or ``mixed``; ``cue`` the
    first non-empty cue in text order; ``side`` the speaker's country or ``unknown``.

    >>> q = pd.DataFrame({"article": ["a", "a"], "kind": ["indirect", "direct"], "speaker": ["X", "X"],
    ...                   "speaker_country": ["RUS", "RUS"], "cue": ["said", ""], "start": [0, 10], "end": [30, 29]})
    >>> statements(q)[["speaker", "kind", "cue", "n_rows"]].values.tolist()
    [['X', 'mixed', 'said', 2]]
    """
    if quotes is None or len(quotes) == 0:
        return pd.DataFrame(columns=STATEMENT_COLUMNS)
    q = quotes.copy()
    for col in ("speaker", "speaker_country", "cue", "kind"):
        q[col] = q[col].fillna("").astype(str) if col in q else ""
    for col in ("start", "end"):
        if col not in q:
            q[col] = float("nan")  # no offsets: every row is a statement of its own
    q["side"] = sides_of(q)
    q["statement"] = statement_ids(q.to_dict("records"))
    q = q.assign(_start=pd.to_numeric(q["start"], errors="coerce")).sort_values(["statement", "_start"], kind="stable")
    rows = []
    for sid, g in q.groupby("statement", sort=True):
        cues = [c for c in g["cue"] if c]
        rows.append({"article": g["article"].iloc[0], "statement": int(sid), "speaker": g["speaker"].iloc[0],
                     "speaker_country": g["speaker_country"].iloc[0],
                     "side": g["side"].iloc[0], "kind": statement_kind(g["kind"]),
                     "cue": cues[0] if cues else "", "start": g["_start"].min(),
                     "end": pd.to_numeric(g["end"], errors="coerce").max(), "n_rows": len(g)})
    return pd.DataFrame(rows, columns=STATEMENT_COLUMNS)


def article_side_shares(quotes: pd.DataFrame, articles: pd.DataFrame, column: str = "side") -> pd.DataFrame:
    """Per article with at least one statement and per side quoted anywhere in the corpus: the
    article's statements of that side ``k``, its statements ``n`` and the share ``k/n`` (zeros kept).
    ``column`` names another statement column to share out (e.g. ``source_type``; the output
    column keeps the name ``side``); ``quotes`` may already be :func:`statements`.

    >>> q = pd.DataFrame({"article": ["a", "b"], "kind": "direct", "speaker": ["X", "Y"],
    ...                   "speaker_country": ["RUS", "USA"], "start": [0, 0], "end": [5, 5]})
    >>> a = pd.DataFrame({"article": ["a", "b"], "outlet": ["O", "O"]})
    >>> article_side_shares(q, a)[["article", "side", "share"]].values.tolist()
    [['a', 'RUS', 1.0], ['a', 'USA', 0.0], ['b', 'RUS', 0.0], ['b', 'USA', 1.0]]
    """
    st = quotes if "statement" in quotes.columns else statements(quotes)
    cols = ["outlet", "article", "side", "k", "n", "share"]
    if st.empty:
        return pd.DataFrame(columns=cols)
    df = _with_outlet(st, articles)
    counts = pd.crosstab([df["outlet"], df["article"]], df[column].rename("side"))
    long = counts.stack().rename("k").reset_index()
    long["n"] = long.groupby("article")["k"].transform("sum")
    long["share"] = long["k"] / long["n"]
    return long[cols].sort_values(["outlet", "article", "side"]).reset_index(drop=True)


def side_shares(quotes: pd.DataFrame, articles: pd.DataFrame, min_articles: int = units.MIN_ARTICLES,
                column: str = "side") -> pd.DataFrame:
    """Each outlet's statements by side (``speaker_country``), the article as the unit.

    ``share`` is the mean over the outlet's articles (those with a statement)
    of the side's share of the article's statements; ``low``/``high`` a
    cluster-bootstrap 95 % interval over those articles (NaN, ``estimable``
    False, below ``min_articles`` articles); ``k``/``n`` the statements of the
    side and of the outlet, ``pooled_share`` = k/n for reference. Mixed quotes
    count once (:func:`statements`).

    >>> q = pd.DataFrame({"article": ["a"] * 10 + ["b", "c"], "kind": "direct", "speaker": "X",
    ...                   "speaker_country": ["RUS"] * 10 + ["USA", "USA"], "start": range(0, 120, 10),
    ...                   "end": range(5, 125, 10)})
    >>> a = pd.DataFrame({"article": ["a", "b", "c"], "outlet": ["O"] * 3})
    >>> side_shares(q, a)[["side", "k", "n", "share", "low", "high", "pooled_share"]].values.tolist()[0]
    ['RUS', 10, 12, 0.3333, 0.0, 1.0, 0.8333]
    """
    per = article_side_shares(quotes, articles, column)
    cols = ["outlet", "side", "k", "n", "share", "low", "high", "n_articles", "estimable", "pooled_share"]
    if per.empty:
        return pd.DataFrame(columns=cols)
    summary = units.summarise(per, "share", by=["outlet", "side"], min_articles=min_articles)
    k = per.groupby(["outlet", "side"])["k"].sum().rename("k")
    n = per.drop_duplicates("article").groupby("outlet")["n"].sum().rename("n")
    out = summary.join(k, on=["outlet", "side"]).join(n, on="outlet").rename(columns={"mean": "share"})
    out["pooled_share"] = (out["k"] / out["n"]).round(4)
    return out[cols].sort_values(["outlet", "side"]).reset_index(drop=True)


def kind_by_outlet(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Direct, mixed and indirect statements per outlet (a mixed quote, a quoted phrase inside
    reported speech, once), the total and the share with verbatim words (direct or mixed).

    >>> q = pd.DataFrame({"article": ["a", "a"], "kind": ["direct", "indirect"]})
    >>> kind_by_outlet(q, pd.DataFrame({"article": ["a"], "outlet": ["O"]})).values.tolist()
    [['O', 1, 0, 1, 2, 0.5]]
    """
    df = _with_outlet(statements(quotes), articles)
    table = pd.crosstab(df["outlet"], df["kind"]).reindex(columns=["direct", "mixed", "indirect"], fill_value=0)
    table.columns.name = None
    table["n"] = table.sum(axis=1)
    table["direct_share"] = ((table["direct"] + table["mixed"]) / table["n"]).round(3)
    return table.reset_index().sort_values("outlet").reset_index(drop=True)


def _as_statements(quotes: pd.DataFrame) -> pd.DataFrame:
    """Statements when the quotes carry articles and offsets, else the rows as they are."""
    if {"article", "start", "end"} <= set(quotes.columns) and len(quotes):
        return statements(quotes)
    return quotes


def _verb_rows(quotes: pd.DataFrame, cues: dict) -> pd.DataFrame:
    df = _as_statements(quotes)
    cue = df["cue"].fillna("") if len(df) else pd.Series(dtype=str)
    return df.assign(side=sides_of(df) if len(df) else pd.Series(dtype=str),
                     verb=[cue_lemma(c, cues) or "(other)" for c in cue],
                     connotation=[connotation(c, cues) for c in cue])


def reporting_verbs(quotes: pd.DataFrame, cues: dict | None = None) -> pd.DataFrame:
    """Reporting verbs per side: each cue's lemma, its connotation and how many statements
    (a mixed quote once) it attributes to that side.

    >>> q = pd.DataFrame({"speaker_country": ["RUS", "RUS", "USA"], "cue": ["said", "claimed", "says"]})
    >>> reporting_verbs(q)[["side", "verb", "connotation", "n"]].values.tolist()
    [['RUS', 'claim', 'distancing', 1], ['RUS', 'say', 'neutral', 1], ['USA', 'say', 'neutral', 1]]
    """
    cues = load_cues() if cues is None else cues
    df = _verb_rows(quotes, cues)
    out = df.groupby(["side", "verb", "connotation"]).size().rename("n").reset_index()
    return out.sort_values(["side", "verb"]).reset_index(drop=True)


def loaded_share(quotes: pd.DataFrame, cues: dict | None = None, min_articles: int = units.MIN_ARTICLES) -> pd.DataFrame:
    """Per side: statements attributed with a registry verb, how many with a loaded (non-neutral)
    one and that share pooled; with articles, also the mean of the per-article shares and its
    cluster-bootstrap interval (NaN below ``min_articles`` articles quoting the side).

    >>> q = pd.DataFrame({"speaker_country": ["RUS", "RUS"], "cue": ["said", "insisted"]})
    >>> loaded_share(q)[["side", "n", "loaded", "loaded_share"]].values.tolist()
    [['RUS', 2, 1, 0.5]]
    """
    cues = load_cues() if cues is None else cues
    df = _verb_rows(quotes, cues)
    df = df[df["verb"] != "(other)"].assign(loaded=lambda d: d["connotation"] != "neutral")
    out = df.groupby("side").agg(n=("loaded", "size"), loaded=("loaded", "sum")).reset_index()
    out["loaded"] = out["loaded"].astype(int)
    out["loaded_share"] = (out["loaded"] / out["n"]).round(3)
    if "article" not in df.columns or df.empty:
        return out.sort_values("side").reset_index(drop=True)
    per = df.groupby(["side", "article"])["loaded"].mean().rename("share").reset_index()
    summary = units.summarise(per, "share", by=["side"], min_articles=min_articles)
    summary = summary.rename(columns={"mean": "mean_article_share"})
    return out.merge(summary, on="side", how="left").sort_values("side").reset_index(drop=True)


LOADED_TEST_COLUMNS = ["side", "n_side", "loaded_side", "n_other", "loaded_other", "difference",
                       "n_articles_both", "p_value", "q_value", "test"]


def loaded_verb_test(quotes: pd.DataFrame, cues: dict | None = None, n_permutations: int = 9999,
                     seed: int = 0) -> pd.DataFrame:
    """Does a side get loaded reporting verbs more often than the other known sides?

    For each known side against the rest (statements with a registry verb,
    ``unknown`` left out): the difference of loaded shares, with a
    permutation test that shuffles the side labels *within each article*
    (so an article's style is not taken for a side's treatment; only
    articles quoting both groups carry information, ``n_articles_both``),
    fixed seed; ``q_value`` is Benjamini–Hochberg over the sides tested.
    A side with no article quoting the rest too is not tested (p NaN).
    """
    from ..stats import benjamini_hochberg, stratified_permutation_test

    cues = load_cues() if cues is None else cues
    df = _verb_rows(quotes, cues)
    df = df[(df["verb"] != "(other)") & (df["side"] != "unknown")]
    if "article" not in df.columns:
        df = df.assign(article="(all)")
    loaded = (df["connotation"] != "neutral").astype(float).to_numpy()
    rows = []
    for side in sorted(df["side"].unique()):
        labels = (df["side"] == side).map({True: "side", False: "other"}).to_numpy()
        both = df.assign(lab=labels).groupby("article")["lab"].nunique()
        n_both = int((both == 2).sum())
        in_side = labels == "side"
        row = {"side": side, "n_side": int(in_side.sum()), "loaded_side": int(loaded[in_side].sum()),
               "n_other": int((~in_side).sum()), "loaded_other": int(loaded[~in_side].sum()),
               "n_articles_both": n_both, "test": "permutation of sides within articles"}
        if row["n_other"] == 0 or n_both == 0:
            rows.append({**row, "difference": float("nan"), "p_value": float("nan")})
            continue
        result = stratified_permutation_test(loaded, labels, df["article"].to_numpy(), _share_difference,
                                             n_permutations, seed)
        rows.append({**row, "difference": round(result["observed"], 4), "p_value": round(result["p_value"], 4)})
    out = pd.DataFrame(rows, columns=LOADED_TEST_COLUMNS)
    out["q_value"] = benjamini_hochberg(out["p_value"].to_numpy(dtype=float)).round(4) if len(out) else []
    return out


def _share_difference(values, labels) -> float:
    """Loaded share of the ``side`` statements minus that of the ``other`` ones."""
    return float(values[labels == "side"].mean() - values[labels == "other"].mean())


def quote_table(quotes: pd.DataFrame, articles: pd.DataFrame, width: int | None = None,
                cues: dict | None = None) -> pd.DataFrame:
    """Every quote with its speaker, side, reporting verb and sentence, in reading order.

    The cue as written (``as points out``, ``This is stated in a report by the``)
    becomes the registry verb it stands for (``point out``), or ``(other)``;
    ``width`` shortens the texts to one line (``None``: whole).

    >>> q = pd.DataFrame({"article": ["a"], "kind": ["direct"], "speaker": ["X"], "speaker_country": ["RUS"],
    ...                   "cue": ["as he points out"], "quote": ["We go."], "sentence": ['"We go," X said.'],
    ...                   "start": [0]})
    >>> quote_table(q, pd.DataFrame({"article": ["a"], "outlet": ["O"]})).iloc[0].tolist()[:5]
    ['O', 'X', 'RUS', 'direct', 'point out']
    """
    cues = load_cues() if cues is None else cues

    def short(text):
        text = " ".join(str(text).split())
        return text if width is None or len(text) <= width else text[: width - 1] + "…"

    df = _with_outlet(quotes, articles).sort_values(["outlet", "article", "start", "kind"])
    return pd.DataFrame({"outlet": df["outlet"], "speaker": df["speaker"].fillna(""),
                         "side": sides_of(df), "kind": df["kind"],
                         "verb": [cue_lemma(c, cues) or "(other)" for c in df["cue"].fillna("")],
                         "quote": df["quote"].map(short), "evidence": df["sentence"].map(short),
                         "article": df["article"]}).reset_index(drop=True)
