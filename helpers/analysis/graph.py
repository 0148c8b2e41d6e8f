"""The actor graph as networkx: built from the relations table, collapsed and measured.

:func:`build_graph` turns relation rows into a :class:`networkx.MultiDiGraph`;
:func:`collapse` gives weighted simple graphs per relation type and per outlet;
:func:`actor_matrix`, :func:`centrality_table`, :func:`edge_support` and
:func:`degree_rank_stability` measure it.

>>> rows = [{"source": "A", "target": "B", "relation": "praises", "sign": "+",
...          "category": "", "article": "a.txt", "sentence": "A praised B.", "evidence": "A praised B"}]
>>> G = build_graph(rows)
>>> sorted(G.nodes), G.number_of_edges()
(['A', 'B'], 1)
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pandas as pd

from ..graph import EVIDENCE_SEP, RELATION_COLUMNS, SEP, UNDIRECTED_RELATIONS, _text, is_actor

# ----------------------------------------------------------------------------------------
# the graph
# ----------------------------------------------------------------------------------------

def _records(table) -> list[dict]:
    if table is None:
        return []
    if isinstance(table, pd.DataFrame):
        table = table.to_dict("records")
    return [{k: _text(v) for k, v in dict(r).items()} for r in table]


def build_graph(relations, actors_df=None, articles=None) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per relation row, nodes and edges added in sorted order.

    Node attributes ``type`` and ``country`` come from the actors table
    (``''`` when unknown); edge attributes are ``relation, sign, category,
    article, outlet, sentence, evidence`` and ``weight`` = 1, the outlet
    from the articles table. Edge keys are ``relation|article|n``.

    >>> G = build_graph([{"source": "B", "target": "A", "relation": "meets", "sign": "+",
    ...                   "category": "", "article": "x.txt", "sentence": "", "evidence": "B met A"}],
    ...                 articles=pd.DataFrame({"article": ["x.txt"], "outlet": ["Daily"]}))
    >>> list(G.edges(keys=True, data="outlet"))
    [('B', 'A', 'meets|x.txt|0', 'Daily')]
    """
    rows = _records(relations)
    outlet = {}
    if articles is not None and len(articles):
        outlet = {_text(a): _text(o) for a, o in zip(articles["article"], articles["outlet"], strict=True)}
    info = {}
    if actors_df is not None and len(actors_df):
        for r in _records(actors_df):
            info.setdefault(r.get("actor", ""), {"type": r.get("type", ""), "country": r.get("country", "")})
    rows = [r for r in rows if is_actor(r.get("source")) and is_actor(r.get("target"))
            and r["source"] != r["target"]]
    rows.sort(key=lambda r: tuple(r.get(c, "") for c in RELATION_COLUMNS))
    G = nx.MultiDiGraph()
    for node in sorted({r["source"] for r in rows} | {r["target"] for r in rows}):
        attrs = info.get(node, {})
        G.add_node(node, type=attrs.get("type", ""), country=attrs.get("country", ""))
    counter: dict[tuple, int] = defaultdict(int)
    for r in rows:
        n = counter[(r["source"], r["target"], r["relation"], r["article"])]
        counter[(r["source"], r["target"], r["relation"], r["article"])] += 1
        G.add_edge(r["source"], r["target"], key=f"{r['relation']}|{r['article']}|{n}",
                   relation=r["relation"], sign=r.get("sign", ""), category=r.get("category", ""),
                   article=r["article"], outlet=outlet.get(r["article"], ""),
                   sentence=r.get("sentence", ""), evidence=r.get("evidence", ""), weight=1)
    return G


def _as_set(value) -> set[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return {value}
    return {str(v) for v in value}


def edges_of(G, relation=None, outlet=None, article=None, exclude_article=None):
    """The ``(u, v, key, data)`` edges of ``G`` filtered by relation(s), outlet(s), article(s)."""
    relations, outlets, articles, excluded = map(_as_set, (relation, outlet, article, exclude_article))
    for u, v, k, d in G.edges(keys=True, data=True):
        if relations is not None and d.get("relation") not in relations:
            continue
        if outlets is not None and d.get("outlet") not in outlets:
            continue
        if articles is not None and d.get("article") not in articles:
            continue
        if excluded is not None and d.get("article") in excluded:
            continue
        yield u, v, k, d


def _join(values) -> str:
    """Distinct non-empty values, sorted and ``; ``-joined (a value already joined is split first).

    >>> _join(["b; a", "a", ""])
    'a; b'
    """
    return SEP.join(sorted({part for v in values if v for part in v.split(SEP) if part}))


def collapse(G, relation=None, outlet=None, directed: bool | None = None, keep_isolates: bool = True,
             exclude_article=None):
    """A weighted simple graph from the MultiDiGraph: one edge per actor pair.

    ``relation`` and ``outlet`` select edges (a name or a list); ``directed``
    defaults to False when every selected relation is undirected
    (``co_mention``), else True. Edge attributes: ``weight`` (number of
    evidence units: distinct (article, sentence) pairs, so a sentence that
    gives the pair a co-mention and a verb relation counts once),
    ``n_articles``, ``articles``, ``relations``,
    ``outlets`` (``; ``-joined), ``positive``/``negative`` (signed evidence).
    All nodes of ``G`` are kept unless ``keep_isolates`` is False.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "co_mention", "article": "1"},
    ...                  {"source": "A", "target": "B", "relation": "co_mention", "article": "2"}])
    >>> H = collapse(G, relation="co_mention")
    >>> H.is_directed(), H["A"]["B"]["weight"], H["A"]["B"]["n_articles"]
    (False, 2, 2)
    """
    selected = list(edges_of(G, relation, outlet, exclude_article=exclude_article))
    if directed is None:
        names = _as_set(relation) or {d["relation"] for *_, d in selected}
        directed = not names or not names <= UNDIRECTED_RELATIONS
    H = nx.DiGraph() if directed else nx.Graph()
    nodes = sorted(G.nodes) if keep_isolates else sorted({n for u, v, *_ in selected for n in (u, v)})
    H.add_nodes_from((n, dict(G.nodes[n])) for n in nodes)
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for u, v, _, d in selected:
        pair = (u, v) if directed else tuple(sorted((u, v)))
        groups[pair].append(d)
    for (u, v), ds in sorted(groups.items()):
        articles = {d.get("article", "") for d in ds}
        H.add_edge(u, v, weight=n_units(ds), n_articles=len(articles - {""}), articles=_join(articles),
                   relations=_join(d.get("relation", "") for d in ds),
                   outlets=_join(d.get("outlet", "") for d in ds),
                   positive=n_units(d for d in ds if d.get("sign") == "+"),
                   negative=n_units(d for d in ds if d.get("sign") == "-"))
    return H


def n_units(edges) -> int:
    """Distinct evidence units (article, sentence) among edge attribute dicts: a sentence that
    gives a pair several relations (co-mention, a quote about, a verb) counts once.

    >>> n_units([{"article": "a", "sentence": "A met B."}, {"article": "a", "sentence": "A met B."},
    ...          {"article": "b", "sentence": "A met B."}])
    2
    """
    return len({(d.get("article", ""), d.get("sentence", "")) for d in edges})


def relation_graph(G, relation=None, outlet=None) -> nx.MultiDiGraph:
    """One edge per (source, target, relation), keyed by the relation, with flat string attributes.

    This is the graph the exports write: ``relation, sign, category, article``
    (``; ``-joined articles), ``outlet``, ``evidence`` (`` || ``-joined,
    each prefixed with its article), ``weight`` (evidence units: distinct (article, sentence)) and
    ``n_articles``; no value is a list or None.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "praises", "sign": "+", "article": "1",
    ...                   "evidence": "A praised B"}])
    >>> R = relation_graph(G)
    >>> R["A"]["B"]["praises"]["evidence"]
    '[1] A praised B'
    """
    R = nx.MultiDiGraph()
    R.add_nodes_from((n, {"label": n, "type": _text(d.get("type")), "country": _text(d.get("country"))})
                     for n, d in sorted(G.nodes(data=True)))
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for u, v, _, d in edges_of(G, relation, outlet):
        groups[(u, v, d.get("relation", ""))].append(d)
    for (u, v, rel), ds in sorted(groups.items()):
        ds = sorted(ds, key=lambda d: (d.get("article", ""), d.get("evidence", ""), d.get("sentence", "")))
        evidence = []
        for d in ds:
            item = f"[{d.get('article', '')}] {d.get('evidence', '')}"
            if item not in evidence:
                evidence.append(item)
        R.add_edge(u, v, key=rel, label=rel, relation=rel, sign=_join(d.get("sign", "") for d in ds),
                   category=_join(d.get("category", "") for d in ds),
                   article=_join(d.get("article", "") for d in ds),
                   outlet=_join(d.get("outlet", "") for d in ds),
                   n_articles=len({d.get("article", "") for d in ds}),
                   weight=n_units(ds), evidence=EVIDENCE_SEP.join(evidence))
    return R


def relation_types(G, directed_only: bool = False) -> list[str]:
    """The relation types present in ``G``, sorted; ``directed_only`` leaves out ``co_mention``.

    >>> relation_types(build_graph([{"source": "A", "target": "B", "relation": "co_mention", "article": "1"}]))
    ['co_mention']
    """
    names = {d.get("relation", "") for *_, d in G.edges(keys=True, data=True)} - {""}
    return sorted(names - UNDIRECTED_RELATIONS if directed_only else names)


def relation_summary(G) -> pd.DataFrame:
    """Per relation type: sign, pieces of evidence, distinct actor pairs, articles, outlets, single-article pairs.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "sign": "+", "article": "1"}])
    >>> relation_summary(G).to_dict("records")[0]["evidence"]
    1
    """
    support = edge_support(G)
    rows = []
    for rel in relation_types(G):
        ds = [d for *_, d in edges_of(G, rel)]
        part = support[support["relation"] == rel]
        rows.append({"relation": rel, "sign": _join(d.get("sign", "") for d in ds), "evidence": len(ds),
                     "actor_pairs": len(part), "single_article_pairs": int(part["single_article"].sum()),
                     "articles": len({d.get("article") for d in ds}),
                     "outlets": len({d.get("outlet") for d in ds} - {""})})
    cols = ["relation", "sign", "evidence", "actor_pairs", "single_article_pairs", "articles", "outlets"]
    return pd.DataFrame(rows, columns=cols)


def actor_matrix(G, relation=None, outlet=None, weight: str = "weight") -> pd.DataFrame:
    """Actor x actor counts (rows = source, columns = target), sorted, ints.

    Undirected selections (``co_mention`` only) give a symmetric matrix.
    Actors without any selected edge are left out.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "praises", "article": "1"}])
    >>> int(actor_matrix(G).loc["A", "B"])
    1
    """
    H = collapse(G, relation, outlet, keep_isolates=False)
    nodes = sorted(H.nodes)
    m = nx.to_pandas_adjacency(H, nodelist=nodes, weight=weight, dtype=int) if nodes else pd.DataFrame()
    m.index.name, m.columns.name = "source", "target"
    return m


def centrality_table(G, relation=None, outlet=None, digits: int = 3) -> pd.DataFrame:
    """Degree, weighted degree, betweenness and article count per actor.

    ``degree`` counts distinct neighbours (direction ignored),
    ``weighted_degree`` evidence units (an (article, sentence, pair) counts
    once however many relation types it carries), ``betweenness`` is
    normalised on the undirected simple graph; sorted by degree, weighted
    degree, name. :func:`centrality_by_relation` gives it per relation type.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"},
    ...                  {"source": "B", "target": "C", "relation": "meets", "article": "2"}])
    >>> centrality_table(G)[["actor", "degree", "betweenness"]].values.tolist()[0]
    ['B', 2, 1.0]
    """
    U = collapse(G, relation, outlet, directed=False)
    between = nx.betweenness_centrality(U) if len(U) else {}
    articles: dict[str, set] = defaultdict(set)
    for u, v, _, d in edges_of(G, relation, outlet):
        articles[u].add(d.get("article"))
        articles[v].add(d.get("article"))
    rows = []
    for n in sorted(U.nodes):
        rows.append({"actor": n, "type": _text(U.nodes[n].get("type")), "country": _text(U.nodes[n].get("country")),
                     "degree": U.degree(n), "weighted_degree": int(U.degree(n, weight="weight")),
                     "betweenness": round(float(between.get(n, 0.0)), digits), "n_articles": len(articles[n])})
    cols = ["actor", "type", "country", "degree", "weighted_degree", "betweenness", "n_articles"]
    df = pd.DataFrame(rows, columns=cols)
    df = df.sort_values(["degree", "weighted_degree", "actor"], ascending=[False, False, True], kind="mergesort")
    return df.reset_index(drop=True)


def edge_support(G, relation=None, outlet=None) -> pd.DataFrame:
    """One row per (source, target, relation) with its weight, articles and a ``single_article`` flag.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"}])
    >>> edge_support(G)[["source", "target", "single_article"]].values.tolist()
    [['A', 'B', True]]
    """
    R = relation_graph(G, relation, outlet)
    rows = [{"source": u, "target": v, "relation": d["relation"], "sign": d["sign"], "weight": d["weight"],
             "n_articles": d["n_articles"], "articles": d["article"], "outlets": d["outlet"],
             "single_article": d["n_articles"] == 1}
            for u, v, d in R.edges(data=True)]
    cols = ["source", "target", "relation", "sign", "weight", "n_articles", "articles", "outlets", "single_article"]
    df = pd.DataFrame(rows, columns=cols)
    if df.empty:  # typed like a full table, so a boolean mask on single_article still selects rows
        df = df.astype({"weight": int, "n_articles": int, "single_article": bool})
    return df.sort_values(["relation", "source", "target"], kind="mergesort").reset_index(drop=True)


def single_article_edges(G, relation=None, outlet=None) -> pd.DataFrame:
    """The rows of :func:`edge_support` whose every piece of evidence comes from one article."""
    df = edge_support(G, relation, outlet)
    return df[df["single_article"].astype(bool)].reset_index(drop=True)


def _ranking(values: dict[str, float], k: int) -> list[str]:
    return [n for n, _ in sorted(values.items(), key=lambda nv: (-nv[1], nv[0]))][:k]


def _degrees(G, relation, measure: str, exclude_article=None) -> dict[str, float]:
    U = collapse(G, relation, directed=False, exclude_article=exclude_article)
    if measure == "degree":
        return {n: float(U.degree(n)) for n in U.nodes}
    if measure == "weighted_degree":
        return {n: float(U.degree(n, weight="weight")) for n in U.nodes}
    raise ValueError(f"measure must be 'degree' or 'weighted_degree', not {measure!r}")


def degree_rank_stability(G, k: int = 5, relation=None, measure: str = "degree", digits: int = 3) -> pd.DataFrame:
    """Drop one article at a time and compare the degree ranking with the full one.

    One row per article: edges dropped, actors left without edges,
    Spearman and Kendall (tau-b) correlations of the actors' degrees (all
    actors of the full graph; actors left without edges count as 0), the
    share of the full top ``k`` still in the top ``k``, and the new top ``k``.
    Ties are broken by name. Correlations are NaN when a ranking is constant.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"},
    ...                  {"source": "A", "target": "C", "relation": "meets", "article": "2"}])
    >>> degree_rank_stability(G, k=1)[["article", "top_k_overlap"]].values.tolist()
    [['1', 1.0], ['2', 1.0]]
    """
    from scipy import stats

    full = _degrees(G, relation, measure)
    nodes = sorted(full)
    top = _ranking(full, k)
    articles = sorted({d.get("article", "") for *_, d in edges_of(G, relation)})
    outlet = {}
    for *_, d in edges_of(G, relation):
        outlet.setdefault(d.get("article", ""), d.get("outlet", ""))
    rows = []
    for article in articles:
        dropped = _degrees(G, relation, measure, exclude_article=article)
        a = [full[n] for n in nodes]
        b = [dropped.get(n, 0.0) for n in nodes]
        constant = len(set(a)) < 2 or len(set(b)) < 2
        rho = float("nan") if constant else float(stats.spearmanr(a, b).statistic)
        tau = float("nan") if constant else float(stats.kendalltau(a, b).statistic)
        new_top = _ranking(dropped, k)
        rows.append({"article": article, "outlet": outlet.get(article, ""),
                     "edges_dropped": sum(1 for _ in edges_of(G, relation, article=article)),
                     "actors_lost": sum(1 for n in nodes if full[n] > 0 and dropped.get(n, 0.0) == 0),
                     "spearman": round(rho, digits), "kendall": round(tau, digits),
                     "top_k_overlap": round(len(set(top) & set(new_top)) / max(1, len(top)), digits),
                     "top_k": SEP.join(new_top)})
    cols = ["article", "outlet", "edges_dropped", "actors_lost", "spearman", "kendall", "top_k_overlap", "top_k"]
    return pd.DataFrame(rows, columns=cols)




# ----------------------------------------------------------------------------------------
# evidence units, centrality per relation type, normalised co-occurrence
# ----------------------------------------------------------------------------------------

UNIT_COLUMNS = ["article", "outlet", "sentence", "actor_a", "actor_b", "relations", "n_relations"]


def evidence_units(G, relation=None, outlet=None) -> pd.DataFrame:
    """One row per evidence unit (article, sentence, unordered actor pair) with the relation
    types it carries (``; ``-joined) and how many: the unit counts once in every measure.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "co_mention", "article": "1", "sentence": "s"},
    ...                  {"source": "A", "target": "B", "relation": "praises", "article": "1", "sentence": "s"}])
    >>> evidence_units(G)[["actor_a", "actor_b", "relations", "n_relations"]].values.tolist()
    [['A', 'B', 'co_mention; praises', 2]]
    """
    units: dict[tuple, set] = defaultdict(set)
    outlets: dict[tuple, str] = {}
    for u, v, _, d in edges_of(G, relation, outlet):
        a, b = sorted((u, v))
        key = (d.get("article", ""), d.get("sentence", ""), a, b)
        units[key].add(d.get("relation", ""))
        outlets[key] = d.get("outlet", "")
    rows = [{"article": k[0], "outlet": outlets[k], "sentence": k[1], "actor_a": k[2], "actor_b": k[3],
             "relations": _join(rels), "n_relations": len(rels)} for k, rels in sorted(units.items())]
    return pd.DataFrame(rows, columns=UNIT_COLUMNS)


def centrality_by_relation(G, outlet=None, digits: int = 3) -> pd.DataFrame:
    """:func:`centrality_table` for every relation type, for the typed relations together
    (all but ``co_mention``) and for all relations, stacked with a ``selection`` column.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "co_mention", "article": "1", "sentence": "s"},
    ...                  {"source": "A", "target": "B", "relation": "praises", "article": "1", "sentence": "s"}])
    >>> centrality_by_relation(G)[["selection", "actor", "weighted_degree"]].values.tolist()[:2]
    [['all relations', 'A', 1], ['all relations', 'B', 1]]
    """
    selections = [("all relations", None)]
    typed = relation_types(G, directed_only=True)
    if typed:
        selections.append(("typed (all but co_mention)", typed))
    selections += [(rel, rel) for rel in relation_types(G)]
    parts = []
    for label, selection in selections:
        table = centrality_table(G, relation=selection, outlet=outlet, digits=digits)
        table = table[(table["degree"] > 0)] if selection is not None else table
        parts.append(table.assign(selection=label))
    cols = ["selection", "actor", "type", "country", "degree", "weighted_degree", "betweenness", "n_articles"]
    return pd.concat(parts, ignore_index=True)[cols] if parts else pd.DataFrame(columns=cols)


def mention_units(mentions: pd.DataFrame) -> pd.DataFrame:
    """(article, sentence, actor) for every named actor, ``sentence`` being the relation unit that
    holds the mention (its parser sentence cut at line breaks, as :func:`helpers.graph.relation_units`).

    >>> m = pd.DataFrame([{"article": "a", "actor": "A", "start": 7, "sentence": "Title\\nA left.", "sent_start": 0}])
    >>> mention_units(m).values.tolist()
    [['a', 'A left.', 'A']]
    """
    rows = []
    for r in mentions.itertuples():
        if not is_actor(r.actor):
            continue
        sentence, offset = _text(r.sentence), int(r.start) - int(r.sent_start)
        lo = sentence.rfind("\n", 0, max(0, offset)) + 1
        hi = sentence.find("\n", max(0, offset))
        rows.append({"article": r.article, "sentence": sentence[lo:hi if hi >= 0 else len(sentence)].strip(),
                     "actor": _text(r.actor).strip()})
    return pd.DataFrame(rows, columns=["article", "sentence", "actor"]).drop_duplicates().reset_index(drop=True)


COOCCURRENCE_COLUMNS = ["actor_a", "actor_b", "n_sentences", "n_a", "n_b", "n_total", "jaccard",
                        "association_strength", "n_articles"]


def cooccurrence(relations: pd.DataFrame, mentions: pd.DataFrame, digits: int = 3) -> pd.DataFrame:
    """Co-mention counts beside two normalisations, per unordered actor pair.

    ``n_sentences`` (c) is the number of sentences naming both actors, ``n_a``
    and ``n_b`` the sentences naming each, ``n_total`` (N) the sentences naming
    any actor. ``jaccard`` = c / (n_a + n_b − c); ``association_strength`` =
    c·N / (n_a·n_b), the ratio of observed to expected co-occurrence if the
    two were named independently (1 = as often as chance; van Eck and Waltman
    2009). Frequent actors co-occur with everyone by raw count; these do not.

    >>> rel = pd.DataFrame([{"source": "A", "target": "B", "relation": "co_mention", "article": "x",
    ...                      "sentence": "A and B."}])
    >>> m = pd.DataFrame([{"article": "x", "actor": a, "start": s, "sentence": t, "sent_start": 0}
    ...                   for a, s, t in [("A", 0, "A and B."), ("B", 6, "A and B."), ("A", 0, "A alone.")]])
    >>> cooccurrence(rel, m)[["n_sentences", "n_a", "n_b", "jaccard", "association_strength"]].to_dict("records")
    [{'n_sentences': 1, 'n_a': 2, 'n_b': 1, 'jaccard': 0.5, 'association_strength': 1.0}]
    """
    units = mention_units(mentions)
    n_of = units.groupby("actor").size().to_dict()
    total = len(units[["article", "sentence"]].drop_duplicates())
    co = relations[relations["relation"] == "co_mention"] if len(relations) else relations
    rows = []
    pairs: dict[tuple[str, str], set] = defaultdict(set)
    for r in co.itertuples():
        a, b = sorted((_text(r.source), _text(r.target)))
        pairs[(a, b)].add((_text(r.article), _text(r.sentence)))
    for (a, b), sentences in sorted(pairs.items()):
        c, n_a, n_b = len(sentences), max(n_of.get(a, 0), len(sentences)), max(n_of.get(b, 0), len(sentences))
        rows.append({"actor_a": a, "actor_b": b, "n_sentences": c, "n_a": n_a, "n_b": n_b, "n_total": total,
                     "jaccard": round(c / (n_a + n_b - c), digits),
                     "association_strength": round(c * max(total, 1) / (n_a * n_b), digits),
                     "n_articles": len({art for art, _ in sentences})})
    df = pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS)
    if df.empty:
        df = df.astype({c: int for c in COOCCURRENCE_COLUMNS[2:6] + ["n_articles"]})
    return df.sort_values(["n_sentences", "actor_a", "actor_b"], ascending=[False, True, True],
                          kind="mergesort").reset_index(drop=True)
