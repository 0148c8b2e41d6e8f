"""Mentions and actors as tables."""
from __future__ import annotations

from collections import Counter

import pandas as pd

from .registry import ACTOR_COLUMNS, MENTION_COLUMNS

def mentions_frame(rows: list[dict]) -> pd.DataFrame:
    """Mention dicts as a DataFrame with ``MENTION_COLUMNS`` (empty-safe)."""
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def actors_table(mentions: pd.DataFrame, registry=None) -> pd.DataFrame:
    """One row per actor over the corpus: type, country, surfaces seen, counts.

    >>> m = mentions_frame([{"article": "a", "actor": "Tidal League", "type": "organization",
    ...     "country": "INT", "surface": "TIDAL LEAGUE", "start": 0, "end": 12, "sentence": "",
    ...     "sent_start": 0, "source": "registry"}])
    >>> actors_table(m)[["actor", "aliases", "n_articles"]].to_dict("records")
    [{'actor': 'Tidal League', 'aliases': 'TIDAL LEAGUE', 'n_articles': 1}]
    """
    if mentions is None or not len(mentions):
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    rows = []
    for actor, group in mentions.groupby("actor", sort=True):
        def first(col, group=group):
            vals = [v for v in group[col].fillna("").astype(str) if v]
            return Counter(vals).most_common(1)[0][0] if vals else ""
        surfaces = sorted(set(group["surface"].astype(str)), key=lambda s: (s.lower(), s))
        rows.append({
            "actor": actor, "type": first("type"), "country": first("country"),
            "aliases": "|".join(surfaces),
            "registered": bool((group["source"] == "registry").any()),
            "n_articles": int(group["article"].nunique()), "n_mentions": int(len(group)),
        })
    df = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    return df.sort_values(["n_articles", "n_mentions", "actor"], ascending=[False, False, True],
                          ignore_index=True)
