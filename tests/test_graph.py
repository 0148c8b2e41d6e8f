"""helpers.graph: relations from invented sentences, the graph, its measures and its exports."""
from __future__ import annotations

import re

import networkx as nx
import pandas as pd
import pytest

from helpers import graph
from helpers.render import graph as rgraph
from helpers.analysis import graph as agraph
from helpers.nlp import load_model

# Invented actors (not the seeds' actors or wording).
ACTORS = {
    "Anna Berg": ("person", "NRL"),
    "Karl Ostrow": ("person", "EST"),
    "Norland": ("state", "NRL"),
    "Estmark": ("state", "EST"),
    "Vessel League": ("organization", "INT"),
}


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def mentions_for(doc, name="a.txt"):
    """Mention dicts (the actors contract) for every invented actor named in ``doc``."""
    rows = []
    for actor, (kind, country) in ACTORS.items():
        for m in re.finditer(re.escape(actor), doc.text):
            sent = doc.char_span(m.start(), m.end(), alignment_mode="expand").sent
            rows.append({"article": name, "actor": actor, "type": kind, "country": country,
                         "surface": m.group(), "start": m.start(), "end": m.end(),
                         "sentence": sent.text, "sent_start": sent.start_char, "source": "registry"})
    return sorted(rows, key=lambda r: r["start"])


def relations(nlp, text, quotes=(), conditions=(), verbs=None, name="a.txt"):
    doc = nlp(text)
    return graph.find_relations(doc, name, mentions_for(doc, name), list(quotes), list(conditions), verbs=verbs)


def triples(rows, relation=None):
    return sorted((r["source"], r["relation"], r["target"]) for r in rows
                  if relation is None or r["relation"] == relation)


def verb_triples(rows):
    return sorted((r["source"], r["relation"], r["target"], r["sign"]) for r in rows
                  if r["relation"] not in graph.STRUCTURAL_RELATIONS)


# ------------------------------------------------------------------ relations


def test_rows_have_the_contract_columns(nlp):
    rows = relations(nlp, "Anna Berg congratulated Karl Ostrow on his victory.")
    assert rows and all(list(r) == graph.RELATION_COLUMNS for r in rows)
    assert all(r["article"] == "a.txt" and r["evidence"] for r in rows)


def test_verb_relation_active_voice(nlp):
    rows = relations(nlp, "Anna Berg congratulated Karl Ostrow on his victory.")
    assert verb_triples(rows) == [("Anna Berg", "congratulates", "Karl Ostrow", "+")]
    row = next(r for r in rows if r["relation"] == "congratulates")
    assert row["evidence"] == "Anna Berg congratulated Karl Ostrow"
    assert row["sentence"] == "Anna Berg congratulated Karl Ostrow on his victory."


def test_verb_relation_passive_voice(nlp):
    rows = relations(nlp, "Karl Ostrow was praised by Anna Berg.")
    assert verb_triples(rows) == [("Anna Berg", "praises", "Karl Ostrow", "+")]


def test_verb_relation_prepositional_objects(nlp):
    rows = relations(nlp, "Anna Berg met with Karl Ostrow in the capital. Norland called on Estmark to withdraw its troops.")
    assert verb_triples(rows) == [("Anna Berg", "meets", "Karl Ostrow", "+"),
                                  ("Norland", "calls_on", "Estmark", "+")]


def test_verb_relation_conjoined_verbs_share_the_subject(nlp):
    rows = relations(nlp, "Norland criticized Estmark and accused Karl Ostrow of lying.")
    assert verb_triples(rows) == [("Norland", "accuses", "Karl Ostrow", "-"),
                                  ("Norland", "criticizes", "Estmark", "-")]


def test_verb_relation_object_control(nlp):
    rows = relations(nlp, "Anna Berg urged Norland to sanction Estmark.")
    assert verb_triples(rows) == [("Anna Berg", "calls_on", "Norland", "+"),
                                  ("Norland", "sanctions", "Estmark", "-")]


def test_negated_verbs_and_verbs_outside_the_table_give_nothing(nlp):
    rows = relations(nlp, "Anna Berg did not congratulate Karl Ostrow. Norland described Estmark.")
    assert verb_triples(rows) == []


def test_verbs_inside_a_quote_are_not_the_outlets_voice(nlp):
    text = 'Anna Berg said: "Norland sanctioned Estmark."'
    start = text.index('"') + 1
    end = text.rindex('"')
    quote = {"article": "a.txt", "kind": "direct", "speaker": "Anna Berg", "quote": text[start:end],
             "start": start, "end": end}
    rows = relations(nlp, text, quotes=[quote])
    assert verb_triples(rows) == []
    assert triples(rows, "quotes_about") == [("Anna Berg", "quotes_about", "Estmark"),
                                             ("Anna Berg", "quotes_about", "Norland")]
    assert {r["evidence"] for r in rows if r["relation"] == "quotes_about"} == {"Norland sanctioned Estmark."}


def test_quotes_about_skips_the_speaker_and_unnamed_speakers(nlp):
    text = 'Karl Ostrow said that Karl Ostrow and Norland would never yield. Officials said Estmark would wait.'
    q1_start = text.index("Karl Ostrow and")
    q1_end = text.index(" would never") + len(" would never yield")
    q2_start = text.index("Estmark")
    quotes = [{"kind": "indirect", "speaker": "Karl Ostrow", "start": q1_start, "end": q1_end,
               "quote": text[q1_start:q1_end]},
              {"kind": "indirect", "speaker": "unnamed: officials", "start": q2_start,
               "end": len(text) - 1, "quote": text[q2_start:-1]}]
    rows = relations(nlp, text, quotes=quotes)
    assert triples(rows, "quotes_about") == [("Karl Ostrow", "quotes_about", "Norland")]


def test_co_mention_is_one_row_per_unordered_pair_per_sentence(nlp):
    text = ("Norland, Estmark and the Vessel League met in the capital. "
            "Estmark later thanked Norland. Anna Berg stayed home.")
    rows = relations(nlp, text)
    co = [(r["source"], r["target"]) for r in rows if r["relation"] == "co_mention"]
    assert sorted(co) == [("Estmark", "Norland"), ("Estmark", "Norland"),
                          ("Estmark", "Vessel League"), ("Norland", "Vessel League")]
    assert all(s < t for s, t in co)
    first = [r for r in rows if r["relation"] == "co_mention" and "Vessel League" in (r["source"], r["target"])]
    assert {r["sentence"] for r in first} == {"Norland, Estmark and the Vessel League met in the capital."}
    assert not any("Anna Berg" in (r["source"], r["target"]) for r in rows)


def test_demands_from_takes_holder_addressee_and_category(nlp):
    text = "Norland demanded that Estmark lift its tariffs before any talks."
    condition = {"article": "a.txt", "holder": "Norland", "holder_country": "NRL", "addressee": "Estmark",
                 "category": "sanctions", "text": "that Estmark lift its tariffs", "start": 18, "end": 47}
    unnamed = dict(condition, holder="unnamed: diplomats")
    self_loop = dict(condition, addressee="Norland")
    rows = relations(nlp, text, conditions=[condition, unnamed, self_loop])
    demands = [r for r in rows if r["relation"] == "demands_from"]
    assert [(r["source"], r["target"], r["category"], r["evidence"]) for r in demands] == [
        ("Norland", "Estmark", "sanctions", "that Estmark lift its tariffs")]
    assert demands[0]["sentence"] == text


def test_verb_table_is_data_and_can_be_replaced(nlp):
    table = graph.load_verbs()
    assert table["condemn"] == ("criticizes", "-") and table["support"] == ("supports", "+")
    assert {sign for _, sign in table.values()} == {"+", "-"}
    custom = pd.DataFrame({"lemma": ["describe"], "relation": ["describes"], "sign": ["-"]})
    rows = relations(nlp, "Norland described Estmark.", verbs=custom)
    assert verb_triples(rows) == [("Norland", "describes", "Estmark", "-")]


def test_relations_are_deterministic_and_without_self_loops(nlp):
    text = "Norland praised Norland. Anna Berg warned Karl Ostrow, and Karl Ostrow invited Anna Berg."
    first, second = relations(nlp, text), relations(nlp, text)
    assert first == second
    assert all(r["source"] != r["target"] for r in first)
    assert ("Anna Berg", "warns", "Karl Ostrow", "-") in verb_triples(first)
    assert ("Karl Ostrow", "invites", "Anna Berg", "+") in verb_triples(first)


# ------------------------------------------------------------------ graph


def _row(source, target, relation, article, sign="", category="", evidence=None):
    return {"source": source, "target": target, "relation": relation, "sign": sign, "category": category,
            "article": article, "sentence": f"{source} and {target}.",
            "evidence": evidence or f"{source} {relation} {target}"}


@pytest.fixture()
def example():
    rels = pd.DataFrame([
        _row("Anna Berg", "Karl Ostrow", "praises", "a1.txt", "+"),
        _row("Anna Berg", "Karl Ostrow", "praises", "a2.txt", "+"),
        _row("Estmark", "Norland", "co_mention", "a1.txt"),
        _row("Estmark", "Norland", "co_mention", "a3.txt"),
        _row("Norland", "Estmark", "demands_from", "a1.txt", category="sanctions"),
        _row("Karl Ostrow", "Vessel League", "quotes_about", "a2.txt", evidence='"We trust the League"'),
        _row("Norland", "Norland", "praises", "a3.txt", "+"),
        _row("unnamed: officials", "Estmark", "quotes_about", "a3.txt"),
        _row("Karl Ostrow", "Norland", "criticizes", "a3.txt", "-", evidence="Ostrow <slammed> & Norland"),
    ], columns=graph.RELATION_COLUMNS)
    actors = pd.DataFrame([{"actor": a, "type": t, "country": c} for a, (t, c) in ACTORS.items()])
    articles = pd.DataFrame({"article": ["a1.txt", "a2.txt", "a3.txt"], "outlet": ["Daily", "Daily", "Herald"]})
    return agraph.build_graph(rels, actors, articles)


def test_build_graph_nodes_edges_and_attributes(example):
    G = example
    assert isinstance(G, nx.MultiDiGraph)
    assert list(G.nodes) == sorted(G.nodes) == ["Anna Berg", "Estmark", "Karl Ostrow", "Norland", "Vessel League"]
    assert G.nodes["Estmark"] == {"type": "state", "country": "EST"}
    assert G.number_of_edges() == 7  # the self-loop and the unnamed speaker are dropped
    data = G.get_edge_data("Anna Berg", "Karl Ostrow")
    assert sorted(data) == ["praises|a1.txt|0", "praises|a2.txt|0"]
    assert data["praises|a1.txt|0"]["outlet"] == "Daily"
    assert G["Norland"]["Estmark"]["demands_from|a1.txt|0"]["category"] == "sanctions"


def test_collapse_per_relation_and_outlet(example):
    co = agraph.collapse(example, relation="co_mention")
    assert not co.is_directed() and co["Estmark"]["Norland"]["weight"] == 2
    praise = agraph.collapse(example, relation="praises", keep_isolates=False)
    assert praise.is_directed() and list(praise.edges(data="n_articles")) == [("Anna Berg", "Karl Ostrow", 2)]
    daily = agraph.collapse(example, outlet="Daily", keep_isolates=False)
    assert sorted(daily.edges) == [("Anna Berg", "Karl Ostrow"), ("Estmark", "Norland"),
                                   ("Karl Ostrow", "Vessel League"), ("Norland", "Estmark")]
    herald = agraph.collapse(example, outlet="Herald")
    assert sorted(herald.nodes) == sorted(example.nodes)  # shared node set for panels
    assert herald["Karl Ostrow"]["Norland"]["negative"] == 1


def test_actor_matrix_and_centrality(example):
    m = agraph.actor_matrix(example)
    assert list(m.index) == list(m.columns) == sorted(m.index)
    assert m.loc["Anna Berg", "Karl Ostrow"] == 2 and m.loc["Karl Ostrow", "Anna Berg"] == 0
    co = agraph.actor_matrix(example, relation="co_mention")
    assert (co.values == co.values.T).all()
    table = agraph.centrality_table(example)
    assert list(table.columns) == ["actor", "type", "country", "degree", "weighted_degree", "betweenness",
                                   "n_articles"]
    top = table.iloc[0]
    assert (top["actor"], top["degree"]) == ("Karl Ostrow", 3)
    assert table.set_index("actor").loc["Norland", "weighted_degree"] == 4


def test_single_article_edges_are_flagged(example):
    support = agraph.edge_support(example)
    flagged = agraph.single_article_edges(example)
    assert flagged["single_article"].all() and len(flagged) == support["single_article"].sum()
    assert set(zip(flagged.source, flagged.relation, strict=True)) == {("Karl Ostrow", "criticizes"), ("Norland", "demands_from"),
                                                          ("Karl Ostrow", "quotes_about")}


def test_degree_rank_stability_reports_each_dropped_article(example):
    table = agraph.degree_rank_stability(example, k=2)
    assert list(table.article) == ["a1.txt", "a2.txt", "a3.txt"]
    assert list(table.columns) == ["article", "outlet", "edges_dropped", "actors_lost", "spearman", "kendall",
                                   "top_k_overlap", "top_k"]
    row = table.set_index("article").loc["a2.txt"]
    assert row["edges_dropped"] == 2 and row["actors_lost"] == 1
    assert table["top_k_overlap"].between(0, 1).all()
    assert table.equals(agraph.degree_rank_stability(example, k=2))


def test_layout_is_deterministic(example):
    assert rgraph.layout(example) == rgraph.layout(example)
    assert list(rgraph.layout(example)) == sorted(example.nodes)


# ------------------------------------------------------------------ exports


def test_gexf_round_trip_keeps_attributes(example, tmp_path):
    paths = rgraph.export_graph(example, tmp_path)
    assert sorted(p.name for p in paths.values()) == ["actor_graph.gexf", "actor_graph.graphml",
                                                      "actor_graph.html", "actor_graph.json"]
    G = nx.read_gexf(paths["gexf"])
    assert sorted(G.nodes) == sorted(example.nodes)
    assert G.nodes["Estmark"]["type"] == "state" and G.nodes["Estmark"]["country"] == "EST"
    edges = {(u, v, d["relation"]): d for u, v, d in G.edges(data=True)}
    praise = edges[("Anna Berg", "Karl Ostrow", "praises")]
    assert praise["sign"] == "+" and praise["weight"] == 2.0
    assert praise["article"] == "a1.txt; a2.txt"
    assert praise["evidence"] == "[a1.txt] Anna Berg praises Karl Ostrow || [a2.txt] Anna Berg praises Karl Ostrow"
    assert edges[("Karl Ostrow", "Norland", "criticizes")]["evidence"] == "[a3.txt] Ostrow <slammed> & Norland"
    assert edges[("Norland", "Estmark", "demands_from")]["category"] == "sanctions"
    assert all(d["evidence"] for d in edges.values())
    assert len({d["relation"] for d in edges.values()}) == 5


def test_graphml_round_trip_keeps_attributes(example, tmp_path):
    paths = rgraph.export_graph(example, tmp_path)
    G = nx.read_graphml(paths["graphml"], force_multigraph=True)
    assert G.is_multigraph() and G.is_directed()
    assert G.nodes["Vessel League"]["country"] == "INT"
    data = G.get_edge_data("Anna Berg", "Karl Ostrow")["praises"]
    assert (data["relation"], data["sign"], data["weight"], data["article"]) == ("praises", "+", 2, "a1.txt; a2.txt")
    for *_, d in G.edges(data=True):
        assert all(isinstance(v, (str, int, float)) for v in d.values())


def test_node_link_json_loads(example, tmp_path):
    import json

    paths = rgraph.export_graph(example, tmp_path)
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    G = nx.node_link_graph(data, edges="links")
    assert G.number_of_edges() == agraph.relation_graph(example).number_of_edges()


def test_two_exports_are_byte_identical(example, tmp_path):
    first = rgraph.export_graph(example, tmp_path / "one")
    rebuilt = agraph.build_graph(pd.DataFrame(
        [d | {"source": u, "target": v} for u, v, d in reversed(list(example.edges(data=True)))]),
        pd.DataFrame([{"actor": n, **d} for n, d in example.nodes(data=True)]),
        pd.DataFrame({"article": ["a1.txt", "a2.txt", "a3.txt"], "outlet": ["Daily", "Daily", "Herald"]}))
    second = rgraph.export_graph(rebuilt, tmp_path / "two")
    for ext in first:
        assert first[ext].read_bytes() == second[ext].read_bytes(), ext
    assert "lastmodifieddate" not in first["gexf"].read_text(encoding="utf-8")


def test_html_is_self_contained(example, tmp_path):
    page = rgraph.export_graph(example, tmp_path)["html"].read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, flags=re.I)
    assert "http://" not in page and "https://" not in page
    assert "<svg" in page and page.count('<path class="edge') == agraph.relation_graph(example).number_of_edges()
    assert "<slammed>" not in page  # evidence is escaped, not markup
    assert page.count("<script") == 2


def test_export_defaults_to_the_output_folder(example, tmp_path, monkeypatch):
    monkeypatch.setattr(graph.config, "output_dir", lambda path=None: tmp_path)
    paths = rgraph.export_graph(example)
    assert all(p.parent == tmp_path / "graph" for p in paths.values())


def test_draw_puts_every_node_on_shared_positions(example):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pos = rgraph.layout(example)
    fig, axes = plt.subplots(1, 2)
    rgraph.draw(example, pos, axes[0], outlet="Herald")
    rgraph.draw(example, pos, axes[1], relation="co_mention", node_color={n: "#000000" for n in example})
    offsets = [ax.collections[-1].get_offsets().tolist() for ax in axes]
    assert offsets[0] == offsets[1] and len(offsets[0]) == example.number_of_nodes()
    plt.close(fig)


def test_empty_relations_give_an_empty_graph_and_valid_exports(tmp_path):
    G = agraph.build_graph(pd.DataFrame(columns=graph.RELATION_COLUMNS))
    assert G.number_of_nodes() == 0
    assert agraph.centrality_table(G).empty and agraph.degree_rank_stability(G).empty
    assert agraph.relation_summary(G).empty and agraph.actor_matrix(G).empty
    paths = rgraph.export_graph(G, tmp_path)
    assert nx.read_gexf(paths["gexf"]).number_of_nodes() == 0


def test_single_article_edges_of_an_empty_graph_keep_the_edge_columns():
    G = agraph.build_graph(pd.DataFrame(columns=graph.RELATION_COLUMNS))
    support = agraph.edge_support(G)
    flagged = agraph.single_article_edges(G)
    assert flagged.empty and list(flagged.columns) == list(support.columns)
    assert support["single_article"].dtype == bool and support["single_article"].sum() == 0
