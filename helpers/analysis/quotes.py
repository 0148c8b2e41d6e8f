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
from ..story import sides_of

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


def side_shares(quotes: pd.DataFrame, articles: pd.DataFrame, confidence: float = 0.95) -> pd.DataFrame:
    """Share of each outlet's quotes by side (``speaker_country``), with exact (Clopper–Pearson) intervals.

    Quotes cluster within articles, so the interval (which treats quotes as
    independent) is too narrow; ``n_articles`` says how many articles stand behind it.

    >>> q = pd.DataFrame({"article": ["a", "a", "a"], "speaker_country": ["RUS", "RUS", "USA"]})
    >>> a = pd.DataFrame({"article": ["a"], "outlet": ["O"]})
    >>> side_shares(q, a)[["outlet", "side", "k", "n"]].values.tolist()
    [['O', 'RUS', 2, 3], ['O', 'USA', 1, 3]]
    """
    from ..stats import clopper_pearson

    df = _with_outlet(quotes, articles)
    df["side"] = sides_of(df)
    rows = []
    for outlet, g in df.groupby("outlet", sort=True):
        n = len(g)
        for side, k in sorted(g["side"].value_counts().items()):
            lo, hi = clopper_pearson(int(k), n, confidence)
            rows.append({"outlet": outlet, "side": side, "k": int(k), "n": n, "share": k / n,
                         "low": lo, "high": hi, "n_articles": g["article"].nunique()})
    return pd.DataFrame(rows, columns=["outlet", "side", "k", "n", "share", "low", "high", "n_articles"])


def kind_by_outlet(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Direct and indirect quotes per outlet, with the total and the direct share.

    >>> q = pd.DataFrame({"article": ["a", "a"], "kind": ["direct", "indirect"]})
    >>> kind_by_outlet(q, pd.DataFrame({"article": ["a"], "outlet": ["O"]})).values.tolist()
    [['O', 1, 1, 2, 0.5]]
    """
    df = _with_outlet(quotes, articles)
    table = pd.crosstab(df["outlet"], df["kind"]).reindex(columns=["direct", "indirect"], fill_value=0)
    table.columns.name = None
    table["n"] = table.sum(axis=1)
    table["direct_share"] = (table["direct"] / table["n"]).round(3)
    return table.reset_index().sort_values("outlet").reset_index(drop=True)


def reporting_verbs(quotes: pd.DataFrame, cues: dict | None = None) -> pd.DataFrame:
    """Reporting verbs per side: each cue's lemma, its connotation and how often it attributes that side.

    >>> q = pd.DataFrame({"speaker_country": ["RUS", "RUS", "USA"], "cue": ["said", "claimed", "says"]})
    >>> reporting_verbs(q)[["side", "verb", "connotation", "n"]].values.tolist()
    [['RUS', 'claim', 'distancing', 1], ['RUS', 'say', 'neutral', 1], ['USA', 'say', 'neutral', 1]]
    """
    cues = load_cues() if cues is None else cues
    df = quotes.assign(side=sides_of(quotes),
                       verb=[cue_lemma(c, cues) or "(other)" for c in quotes["cue"].fillna("")],
                       connotation=[connotation(c, cues) for c in quotes["cue"].fillna("")])
    out = df.groupby(["side", "verb", "connotation"]).size().rename("n").reset_index()
    return out.sort_values(["side", "verb"]).reset_index(drop=True)


def loaded_share(quotes: pd.DataFrame, cues: dict | None = None) -> pd.DataFrame:
    """Per side: quotes, how many carry a loaded (non-neutral) reporting verb, and that share.

    >>> q = pd.DataFrame({"speaker_country": ["RUS", "RUS"], "cue": ["said", "insisted"]})
    >>> loaded_share(q).values.tolist()
    [['RUS', 2, 1, 0.5]]
    """
    verbs = reporting_verbs(quotes, cues)
    verbs = verbs[verbs["verb"] != "(other)"]
    total = verbs.groupby("side")["n"].sum()
    loaded = verbs[verbs["connotation"] != "neutral"].groupby("side")["n"].sum()
    out = pd.DataFrame({"n": total, "loaded": loaded}).fillna(0).astype(int)
    out["loaded_share"] = (out["loaded"] / out["n"]).round(3)
    return out.reset_index().rename(columns={"index": "side"}).sort_values("side").reset_index(drop=True)


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
