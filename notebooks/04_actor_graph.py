# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 04 · The actors as a network: who speaks about whom, who demands what of whom
#
# **Question.** How do the actors in the coverage relate to one another: who
# is named together, who speaks about whom, who demands what of whom, who
# praises, criticises, meets or supports whom, and does each outlet draw the
# same network?
#
# **Data.** The `relations` table built by `helpers.graph.find_relations`
# from every article, with the actors table (type, country) and the articles
# table (outlet).
#
# **Method.** Four kinds of edge, each carrying its article, sentence and
# evidence text: `co_mention` (two actors named in the same *sentence*; at
# article level nearly every pair co-occurs), `quotes_about` (speaker → every
# actor named inside the quote), `demands_from` (condition holder →
# addressee, with the category) and verb-typed relations in the outlet's own
# voice (subject –verb→ object, from the dependency parse, for the verbs in
# `helpers/data/relation_verbs.csv`, each with a sign). A sentence ends at
# every line break too, so a headline, dateline or byline is never paired
# with the next line. The unit of evidence is (article, sentence, actor
# pair): a sentence that gives a pair a co-mention, a quote about and a verb
# relation counts once in every weight, whatever relation types it carries.
# The graph is drawn with fixed positions (sorted nodes, fixed seed),
# measured (degree, weighted degree, betweenness, per relation type and for
# the typed relations apart from co-mention), co-mention is normalised
# (Jaccard, association strength) beside the raw counts, and the graph is
# exported for Gephi and the browser.
#
# **Caveats.** A few articles (counted in the first cell): the unit is the
# article, and an edge that rests on one article is one outlet's sentence,
# not a pattern. Automatic extraction misses relations stated with
# pronouns or nouns ("the ministry's offer") and can misread a parse; every
# edge carries its evidence so it can be checked. Co-mention is not
# interaction, and edge counts grow with article length.

# %% [markdown]
# ## Inputs and outputs
# Every file this notebook reads or writes. The corpus folder comes from
# `helpers.config` (`make report CORPUS=path/to/articles` points it elsewhere).

# %%
import matplotlib.pyplot as plt
import pandas as pd

import helpers as h
from helpers.render import tables


def rel(path):
    """A path relative to the project (or just its name outside it), for printing."""
    return path.relative_to(h.config.PROJECT_DIR) if path.is_relative_to(h.config.PROJECT_DIR) else path.name


CORPUS = h.config.corpus_dir()
FIGURES = h.config.figures_dir()
GRAPH_DIR = h.config.output_dir() / "graph"
io_paths = {
    "input: articles": rel(CORPUS),
    "input: relation verbs": rel(h.graph.VERBS_FILE),
    "output: figure": "04_actor_graph.svg/.png/.csv",
    "output: figure ": "04_outlet_panels.svg/.png/.csv",
    "output: figure  ": "04_actor_matrix.svg/.png/.csv",
    "figures folder": rel(FIGURES),
    "output: graph exports": "actor_graph.gexf/.graphml/.json/.html",
    "graph folder": rel(GRAPH_DIR),
}
for key, value in io_paths.items():
    print(f"{key:28} {value}")

# %%
corpus = h.build(CORPUS).with_outlet_labels()
G = h.analysis.graph.build_graph(corpus.relations, corpus.actors, corpus.articles)
h.plots.use_style()
outlet_colors = h.plots.outlet_colors(corpus.articles["outlet"])
n_articles = len(corpus.articles)
side_palette = h.plots.side_colors([c or "" for _, c in G.nodes(data="country")])  # every side of the graph
node_color = {actor: side_palette[country or ""] for actor, country in G.nodes(data="country")}
sides_of = dict(G.nodes(data="country"))
tables.init_browsing()
units = h.analysis.graph.evidence_units(G)
print(f"{n_articles} articles, {G.number_of_nodes()} actors with at least one relation, "
      f"{G.number_of_edges()} relation rows, {len(units)} evidence units (article, sentence, pair), "
      f"{len(h.analysis.graph.relation_types(G))} relation types")
co_rows = corpus.relations[corpus.relations["relation"] == "co_mention"]
print(f"co-mention rows whose sentence holds a line break: {int(co_rows['sentence'].str.contains(chr(10)).sum())}; "
      f"(article, sentence, pair, relation) counted more than once: "
      f"{int(corpus.relations.duplicated(['article', 'sentence', 'source', 'target', 'relation']).sum())}; "
      f"units carrying more than one relation type: {int((units['n_relations'] > 1).sum())}")

# %% [markdown]
# ## Which relations did we find?
# One row per relation type: how many pieces of evidence, how many distinct
# actor pairs, how many of those pairs rest on a single article, and in how
# many articles and outlets the type appears. `sign` is `+` for cooperative
# and `-` for conflictual verbs (empty for the structural relations).

# %%
# NBVAL_CHECK_OUTPUT
summary = h.analysis.graph.relation_summary(G)
summary if len(summary) else "no relations found in this corpus"

# %% [markdown]
# ## The whole graph
# Left: who is named with whom in a sentence (undirected; line width grows
# with the number of sentences). Right: the directed relations (quotes,
# demands, verbs), each relation type in its own colour and line style
# (fixed by the relation's name, the same in every corpus). Both panels use
# the same positions, computed once with a fixed seed over the sorted actors;
# node colour is the actor's side (country), node size its weighted degree;
# labels are moved apart so that none hides another.

# %%
pos = h.render.graph.layout(G)
typed = h.analysis.graph.relation_types(G, directed_only=True)
graph_edges = h.analysis.graph.edge_support(G)
if graph_edges.empty:
    print(h.plots.skip_figure("04_actor_graph", "no relations found in this corpus"))
else:
    fig, axes = plt.subplots(1, 2, figsize=(16, 8))
    drawn = []
    for ax, (label, selection) in zip(axes, [("Co-mention in a sentence", "co_mention"),
                                             ("Quotes, demands and verb relations", typed)]):
        drawn += h.render.graph.draw(G, pos, ax, relation=selection or "none", node_color=node_color)
        _ = ax.set_title(h.plots.with_n(label, n_articles))
    active = {n for u, v, *_ in G.edges(keys=True) for n in (u, v)}
    _ = h.render.graph.graph_legend(fig, [sides_of[n] or "" for n in active], drawn, loc="upper left",
                                    anchor=(0.99, 0.95))
    _ = h.plots.save_figure(fig, "04_actor_graph", graph_edges)

# %% [markdown]
# ## Does each outlet draw the same network?
# One panel per outlet, on the positions of the whole graph, all relation
# types together. Grey nodes are actors this outlet does not connect. With
# one article per outlet, a panel is one article's network.

# %%
outlets = sorted(corpus.articles["outlet"].unique())
n_per_outlet = corpus.articles["outlet"].value_counts()
panel_edges = pd.concat([h.analysis.graph.edge_support(G, outlet=o).assign(panel=o) for o in outlets], ignore_index=True)
if panel_edges.empty:
    print(h.plots.skip_figure("04_outlet_panels", "no relations found in this corpus"))
else:
    n_cols = min(2, len(outlets))
    n_rows = -(-len(outlets) // n_cols)
    fig, axes = plt.subplots(n_rows, n_cols, figsize=(8 * n_cols, 7 * n_rows), squeeze=False)
    for ax in axes.flat[len(outlets):]:
        ax.set_axis_off()
    drawn = []
    for ax, outlet in zip(axes.flat, outlets):
        drawn += h.render.graph.draw(G, pos, ax, outlet=outlet, node_color=node_color, font_size=8)
        _ = ax.set_title(h.plots.with_n(outlet, int(n_per_outlet[outlet])), fontsize=11)
    _ = h.render.graph.graph_legend(fig, [sides_of[n] or "" for n in G.nodes], drawn, loc="upper left",
                                    anchor=(0.99, 0.95))
    _ = fig.suptitle(h.plots.with_n("Actor network per outlet (shared positions; grey: not connected here)",
                                    n_articles), fontsize=12)
    _ = h.plots.save_figure(fig, "04_outlet_panels", panel_edges)

# %%
# NBVAL_CHECK_OUTPUT
per_outlet = pd.DataFrame([
    {"outlet": o, "actors": h.analysis.graph.collapse(G, outlet=o, keep_isolates=False).number_of_nodes(),
     "actor_pairs": int((panel_edges["panel"] == o).sum()),
     "evidence": int(panel_edges.loc[panel_edges["panel"] == o, "weight"].sum())}
    for o in outlets])
per_outlet

# %% [markdown]
# ## Who acts on whom? The actor × actor matrix
# Rows are sources, columns targets; a cell counts the evidence units (sentences) of
# every directed relation (quotes, demands, verbs), so the matrix is not
# symmetric. Rows are the actors that are a source at least once, columns
# those that are a target at least once.

# %%
matrix = h.analysis.graph.actor_matrix(G, relation=typed)
matrix = matrix.loc[matrix.sum(axis=1) > 0, matrix.sum(axis=0) > 0]
if matrix.empty:
    print(h.plots.skip_figure("04_actor_matrix", "no directed relation (quote, demand, verb) found in this corpus"))
else:
    fig = h.plots.heatmap(matrix, h.plots.with_n("Directed relations, source × target", n_articles),
                          "target", "source", "evidence units (sentences)")
    _ = h.plots.save_figure(fig, "04_actor_matrix", matrix.reset_index())

# %% [markdown]
# ## Who is central?
# `degree` counts distinct neighbours over all relation types (direction
# ignored), `weighted_degree` counts evidence units (a sentence counts once
# per pair, however many relation types it carries), `betweenness` is
# normalised on the undirected graph, `n_articles` is the number of articles
# in which the actor has any relation. The fifteen best connected actors:

# %%
# NBVAL_CHECK_OUTPUT
centrality = h.analysis.graph.centrality_table(G)
centrality.head(15) if len(centrality) else "no relations found in this corpus"

# %% [markdown]
# The same per relation type, and for the typed relations (quotes, demands,
# verbs) apart from co-mention, which dominates the totals: the five best
# connected actors of each selection.

# %%
# NBVAL_CHECK_OUTPUT
by_relation = h.analysis.graph.centrality_by_relation(G)
(by_relation.groupby("selection", sort=False).head(5)[["selection", "actor", "degree", "weighted_degree",
                                                       "betweenness", "n_articles"]].reset_index(drop=True)
 if len(by_relation) else "no relations found in this corpus")

# %% [markdown]
# ## Who is named with whom, beyond chance?
# Raw co-mention counts favour the most mentioned actors, who co-occur with
# everyone. Beside each pair's count of sentences (`n_sentences`), the
# sentences naming each actor (`n_a`, `n_b`, of `n_total` sentences naming any
# actor), the Jaccard index and the association strength (observed over
# expected co-occurrence: 1 = as often as chance, above 1 = more). The
# fifteen pairs of most sentences, then the fifteen most associated among
# pairs named together in two or more sentences.

# %%
# NBVAL_CHECK_OUTPUT
cooc = h.analysis.graph.cooccurrence(corpus.relations, corpus.mentions)
print(tables.plain(cooc.head(15)) if len(cooc) else "no co-mention found in this corpus")
print()
strong = cooc[cooc["n_sentences"] >= 2].sort_values(["association_strength", "actor_a", "actor_b"],
                                                     ascending=[False, True, True], kind="mergesort")
print(tables.plain(strong.head(15)) if len(strong) else "no pair named together in two or more sentences")

# %% [markdown]
# ## Which edges rest on a single article?
# An actor pair with a given relation that only one article supports is one
# outlet's sentence. Share of single-article pairs per relation type, then
# the directed ones listed (co-mention pairs are too many to list).

# %%
# NBVAL_CHECK_OUTPUT
support = h.analysis.graph.edge_support(G)
single_share = (support.groupby("relation")["single_article"].agg(["sum", "size"])
                .rename(columns={"sum": "single_article_pairs", "size": "actor_pairs"}).reset_index())
single_share["share"] = (single_share["single_article_pairs"] / single_share["actor_pairs"]).round(2)
single_share if len(single_share) else "no relations found in this corpus"

# %%
# NBVAL_CHECK_OUTPUT
flagged = h.analysis.graph.single_article_edges(G, relation=typed)
(flagged[["relation", "source", "target", "sign", "weight", "articles", "outlets"]]
 if len(flagged) else "no directed relation rests on a single article")

# %% [markdown]
# ## Every relation with its evidence
# One row per piece of evidence of a directed relation, to sort, search and
# filter by relation, outlet, source and target.

# %%
relation_rows = corpus.relations.merge(corpus.articles[["article", "outlet"]], on="article", how="left")
relation_rows = relation_rows[relation_rows["relation"] != "co_mention"]
relation_rows = relation_rows[[c for c in ["relation", "source", "target", "sign", "category", "outlet", "article",
                                           "evidence"] if c in relation_rows.columns]].reset_index(drop=True)
tables.browse(relation_rows, "relations", filters=["relation", "outlet", "source", "target"])

# %% [markdown]
# ## Does the degree ranking survive dropping one article?
# Drop each article in turn, recompute every actor's degree and compare with
# the full ranking: Spearman and Kendall correlations over all actors, and
# the share of the full top five still in the top five.

# %%
top_k = 5
top_full = centrality["actor"].head(top_k).tolist()
print(f"top {top_k} on all {n_articles} articles: " + ("; ".join(top_full) or "none (no relations found in this corpus)"))

# %%
# NBVAL_CHECK_OUTPUT
stability = h.analysis.graph.degree_rank_stability(G, k=top_k)
stability if len(stability) else "no relations found in this corpus: no ranking to test"

# %% [markdown]
# ## Exports
# GEXF (opens in Gephi), GraphML, node-link JSON and one offline HTML page
# (positions fixed, no network access): open `actor_graph.html` in a browser
# to search an actor, filter by relation, outlet or article, zoom and pan,
# see an actor's neighbours on hover and read the evidence of what is shown. One edge per source, target and relation, with the weight, the
# articles and every piece of evidence as strings. Then the GEXF is read back
# to check it.

# %%
paths = h.render.graph.export_graph(G, GRAPH_DIR, title=h.plots.with_n("Actor graph", n_articles))
for ext, path in sorted(paths.items()):
    print(rel(path))

# %%
# NBVAL_CHECK_OUTPUT
import networkx as nx  # noqa: E402

check = nx.read_gexf(paths["gexf"])
exported = {
    "nodes": check.number_of_nodes(),
    "edges": check.number_of_edges(),
    "relation types": len({d["relation"] for *_, d in check.edges(data=True)}),
    "edges without evidence": sum(1 for *_, d in check.edges(data=True) if not d.get("evidence")),
    "nodes without country": sum(1 for _, d in check.nodes(data=True) if not d.get("country")),
}
pd.Series(exported, name="exported GEXF")

# %% [markdown]
# ## Findings
# Computed from the tables above.

# %%
if summary.empty:
    print(f"- no relations found in this corpus ({n_articles} articles): no actor network to describe")
else:
    biggest = summary.sort_values(["evidence", "relation"], ascending=[False, True]).iloc[0]
    verbs = summary[~summary["relation"].isin(h.graph.STRUCTURAL_RELATIONS)]
    lead = centrality.iloc[0]
    stable = stability["top_k_overlap"].eq(1.0)
    print(f"- {G.number_of_nodes()} actors, {len(support)} actor pairs by relation type, "
          f"{len(units)} evidence units (article, sentence, pair) from {n_articles} articles")
    print(f"- the most frequent relation is {biggest['relation']} ({biggest['evidence']} pieces of evidence); "
          f"{len(verbs)} verb-typed relation types give {int(verbs['evidence'].sum())} pieces of evidence")
    print(f"- best connected: {lead['actor']} ({lead['degree']} neighbours, {lead['n_articles']} of {n_articles} articles)")
    typed_lead = by_relation[by_relation["selection"].str.startswith("typed")].head(1)
    if len(typed_lead):
        print(f"- best connected by quotes, demands and verbs alone: {typed_lead['actor'].iloc[0]} "
              f"({typed_lead['degree'].iloc[0]} neighbours)")
    if len(strong):
        top_pair = strong.iloc[0]
        print(f"- most associated pair named together in 2+ sentences: {top_pair['actor_a']} and {top_pair['actor_b']} "
              f"({top_pair['n_sentences']} sentences, association strength {top_pair['association_strength']:.1f})")
    print(f"- {int(support['single_article'].sum())} of {len(support)} actor pairs by relation type rest on a single article "
          f"({support['single_article'].mean():.0%})")
    if stability["spearman"].notna().any():
        print(f"- dropping one article keeps the top {top_k} intact in {int(stable.sum())} of {len(stability)} cases; "
              f"lowest Spearman {stability['spearman'].min():.2f} (when dropping {stability.loc[stability['spearman'].idxmin(), 'outlet']})")
    else:
        print(f"- dropping one article leaves no ranking to compare ({n_articles} article(s) with relations)")

# %% [markdown]
# ## How far can these findings be trusted?
# The network rests on the relations table; its `quotes_about` edges also
# rest on the quotes (who spoke) and its `demands_from` edges on the
# conditions (who demands). `co_mention` edges are as right as the actor
# detection and are not audited. With an answer key or audit sheets for this
# corpus (`audit/*.csv` beside the articles, or `reports/<name>/audit/`; see
# the README's audit workflow), this is how often each table was right, with
# Wilson 95 % intervals; a table nothing checks is named as such.

# %%
# NBVAL_CHECK_OUTPUT
trust = h.audit.trust_summary(CORPUS, ["relations", "quotes", "conditions"], corpus=corpus)
print(h.audit.trust_lines(trust))
