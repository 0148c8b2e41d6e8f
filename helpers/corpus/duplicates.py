"""Exact and near-duplicate articles: the same wire story in several outlets, a republication.

Each article is compared with the ones before it in corpus order (earliest
``published`` first, undated last, then by ``article``): an exact copy (the
same words once case, punctuation and spacing are ignored) or a near copy
(MinHash estimate of the Jaccard similarity of word 5-shingles at or above
``threshold``, candidates found with datasketch's LSH index) is flagged with
the first article of its chain in ``duplicate_of``.

Analyses count a story once per outlet that carries it
(:func:`one_per_outlet`): the same story in two outlets is two choices of
coverage; the same story twice in one outlet is one.

>>> import pandas as pd
>>> text = "The ministers met in the capital on Monday and agreed to meet again next week in the north."
>>> df = pd.DataFrame({"article": ["a.txt", "b.txt", "c.txt"], "outlet": ["X", "Y", "Y"],
...                    "published": ["", "", ""], "text": [text, text.upper(), "Something else entirely."]})
>>> find_duplicates(df)[["article", "duplicate_of", "duplicate_kind"]].values.tolist()
[['a.txt', '', ''], ['b.txt', 'a.txt', 'exact'], ['c.txt', '', '']]
"""
from __future__ import annotations

import hashlib
import re

import pandas as pd

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.8
DUPLICATE_COLUMNS = ["article", "duplicate_of", "duplicate_kind", "similarity"]

_WORDS = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The text's words, case-folded (punctuation and spacing ignored).

    >>> words("Talks, resumed—today.")
    ['talks', 'resumed', 'today']
    """
    return _WORDS.findall(text.casefold())


def shingles(tokens: list[str], size: int = SHINGLE) -> set[bytes]:
    """The word ``size``-grams of ``tokens`` (the whole text when it is shorter)."""
    if len(tokens) <= size:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i:i + size]).encode() for i in range(len(tokens) - size + 1)}


def minhash(items: set[bytes], num_perm: int = NUM_PERM):
    """A datasketch MinHash of ``items`` (fixed seed, so the same text gives the same signature)."""
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, seed=1)
    m.update_batch(sorted(items))
    return m


def corpus_order(articles: pd.DataFrame) -> list[int]:
    """Row positions, earliest published first (undated last), then by article name."""
    published = articles["published"].astype(str).replace("", "9999-99-99")
    keys = sorted(zip(published, articles["article"].astype(str), range(len(articles))))
    return [i for _, _, i in keys]


def find_duplicates(articles: pd.DataFrame, threshold: float = THRESHOLD) -> pd.DataFrame:
    """One row per article: the article it repeats (``duplicate_of``, the first of its chain),
    ``duplicate_kind`` (exact / near) and the estimated similarity; empty for originals."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    exact: dict[str, str] = {}
    root: dict[str, str] = {}
    hashes = {}
    rows = {}
    names = articles["article"].astype(str).tolist()
    texts = [str(text) for text in articles["text"].tolist()]  # not .astype(str): no Arrow copy of every text
    for i in corpus_order(articles):
        name, tokens = names[i], words(texts[i])
        digest = hashlib.sha256(" ".join(tokens).encode()).hexdigest()
        rows[name] = {"article": name, "duplicate_of": "", "duplicate_kind": "", "similarity": ""}
        if digest in exact and tokens:
            rows[name].update(duplicate_of=root[exact[digest]], duplicate_kind="exact", similarity="1.00")
            root[name] = root[exact[digest]]
            continue
        exact.setdefault(digest, name)
        sig = minhash(shingles(tokens))
        best = max(((sig.jaccard(hashes[c]), c) for c in lsh.query(sig)), key=lambda x: (x[0], x[1]), default=None)
        root[name] = name
        if best is not None and best[0] >= threshold and tokens:
            rows[name].update(duplicate_of=root[best[1]], duplicate_kind="near", similarity=f"{best[0]:.2f}")
            root[name] = root[best[1]]
        hashes[name] = sig
        lsh.insert(name, sig)
    return pd.DataFrame([rows[n] for n in names], columns=DUPLICATE_COLUMNS)


def story(articles: pd.DataFrame) -> pd.Series:
    """The story each article tells: the article it repeats, or itself."""
    dup = articles["duplicate_of"].astype(str) if "duplicate_of" in articles else pd.Series("", index=articles.index)
    return dup.where(dup != "", articles["article"].astype(str))


def one_per_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles with each story kept once per outlet (the first copy in corpus order).

    Use it before counting per outlet: a wire story carried by three outlets
    counts three times (once for each), the same story posted twice by one
    outlet counts once. Articles of unknown outlet are each their own outlet.

    >>> df = pd.DataFrame({"article": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "duplicate_of": ["", "a", "a"]})
    >>> one_per_outlet(df)["article"].tolist()
    ['a', 'c']
    """
    outlet = articles["outlet"].astype(str)
    outlet = outlet.where(outlet.str.strip() != "", "? " + articles["article"].astype(str))
    keep = ~pd.DataFrame({"story": story(articles), "outlet": outlet}).duplicated()
    return articles[keep.to_numpy()]


#: The tables of a corpus that have one row per article, mention, quote, ... (an ``article`` column).
PER_ARTICLE_TABLES = ("mentions", "quotes", "conditions", "relations")
DROPPED_COLUMNS = ["article", "outlet", "duplicate_of", "duplicate_kind"]


def recount_actors(actors: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """The actors still mentioned in ``mentions``, with ``n_articles`` and ``n_mentions`` counted there.

    >>> a = pd.DataFrame({"actor": ["X", "Y"], "n_articles": [2, 1], "n_mentions": [3, 1]})
    >>> recount_actors(a, pd.DataFrame({"article": ["a", "a"], "actor": ["X", "X"]})).values.tolist()
    [['X', 1, 2]]
    """
    counts = mentions.groupby("actor")["article"].agg(n_articles="nunique", n_mentions="size")
    out = actors[actors["actor"].isin(counts.index)].copy()
    out["n_articles"] = out["actor"].map(counts["n_articles"]).astype("int64")
    out["n_mentions"] = out["actor"].map(counts["n_mentions"]).astype("int64")
    return out.sort_values(["n_articles", "n_mentions", "actor"], ascending=[False, False, True], ignore_index=True)


def once_per_outlet(corpus):
    """``(corpus, dropped)``: the corpus with each story counted once per outlet, and the copies left out.

    Every table of the returned ``Corpus`` keeps only the articles
    :func:`one_per_outlet` keeps (the actors table recounted over them);
    ``dropped`` lists the articles left out (``article, outlet, duplicate_of,
    duplicate_kind``). With nothing to drop, the corpus comes back unchanged.
    A wire story in three outlets still counts three times: each outlet chose it.
    """
    import dataclasses

    articles = corpus.articles
    kept = one_per_outlet(articles)
    keep = set(kept["article"].astype(str))
    dropped = articles[~articles["article"].astype(str).isin(keep)].reindex(columns=DROPPED_COLUMNS)
    dropped = dropped.fillna("").reset_index(drop=True)
    if dropped.empty:
        return corpus, dropped
    tables = {name: getattr(corpus, name) for name in PER_ARTICLE_TABLES}
    tables = {name: df[df["article"].astype(str).isin(keep)].reset_index(drop=True) for name, df in tables.items()}
    return dataclasses.replace(corpus, articles=kept.reset_index(drop=True), **tables,
                               actors=recount_actors(corpus.actors, tables["mentions"])), dropped


def duplicate_chains(articles: pd.DataFrame) -> pd.DataFrame:
    """Each flagged article beside the one it repeats, with both outlets and dates."""
    cols = ["article", "outlet", "published", "duplicate_of", "duplicate_kind"]
    if "duplicate_of" not in articles:
        return pd.DataFrame(columns=cols + ["original_outlet", "original_published"])
    flagged = articles[articles["duplicate_of"].astype(str) != ""][cols]
    original = articles.set_index("article")
    out = flagged.assign(
        original_outlet=flagged["duplicate_of"].map(original["outlet"]),
        original_published=flagged["duplicate_of"].map(original["published"]))
    return out.sort_values(["duplicate_of", "article"]).reset_index(drop=True)
