"""Issue 19: the graph counts a sentence once per pair and relation (invented sentences and tables)."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import graph
from helpers.analysis import graph as agraph
from helpers.nlp import load_model
from tests.test_graph import relations


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_a_line_break_ends_a_co_mention_sentence(nlp):
    # A headline without a full stop runs into the next line for the parser; the relation
    # unit ends at the line break, so the headline's actors are not paired with the next line's.
    text = "Norland courts Estmark\nAnna Berg met Karl Ostrow in the port."
    rows = relations(nlp, text)
    co = [r for r in rows if r["relation"] == "co_mention"]
    assert not any("\n" in r["sentence"] for r in rows)
    assert sorted((r["source"], r["target"]) for r in co) == [("Anna Berg", "Karl Ostrow"), ("Estmark", "Norland")]
    assert {r["sentence"] for r in co} == {"Norland courts Estmark", "Anna Berg met Karl Ostrow in the port."}


def test_relation_units_cut_parser_sentences_at_line_breaks(nlp):
    from helpers.context import ArticleContext

    ctx = ArticleContext.from_doc(nlp("Headline about Norland\nNorland met Estmark."), "a.txt")
    assert [ctx.text[s:e] for s, e in graph.relation_units(ctx)] == ["Headline about Norland", "Norland met Estmark."]


def test_a_mixed_quote_gives_quotes_about_once(nlp):
    text = 'Anna Berg said Estmark "will regret what Estmark did to the port."'
    indirect_start = text.index("Estmark")
    direct_start = text.index('"') + 1
    quotes = [{"kind": "indirect", "speaker": "Anna Berg", "start": indirect_start, "end": len(text) - 1,
               "quote": text[indirect_start:-1]},
              {"kind": "direct", "speaker": "Anna Berg", "start": direct_start, "end": len(text) - 1,
               "quote": text[direct_start:-1]}]
    about = [r for r in relations(nlp, text, quotes=quotes) if r["relation"] == "quotes_about"]
    assert [(r["source"], r["target"]) for r in about] == [("Anna Berg", "Estmark")]


def test_one_sentence_gives_each_relation_once_per_pair(nlp):
    text = "Norland praised Estmark and praised Estmark again."
    rows = relations(nlp, text)
    keys = [graph.unit_key(r) for r in rows]
    assert len(keys) == len(set(keys))
    assert sorted(r["relation"] for r in rows) == ["co_mention", "praises"]


def test_two_demands_in_one_sentence_keep_both_categories(nlp):
    text = "Norland demanded that Estmark lift its tariffs and leave the islands."
    base = {"article": "a.txt", "holder": "Norland", "holder_country": "NRL", "addressee": "Estmark",
            "text": text, "start": 0, "end": len(text)}
    rows = relations(nlp, text, conditions=[dict(base, category="sanctions"), dict(base, category="territory")])
    demands = [r for r in rows if r["relation"] == "demands_from"]
    assert [r["category"] for r in demands] == ["sanctions; territory"]


def _rel(source, target, relation, article, sentence, sign=""):
    return {"source": source, "target": target, "relation": relation, "sign": sign, "category": "",
            "article": article, "sentence": sentence, "evidence": sentence}


@pytest.fixture()
def one_sentence_many_relations():
    s1, s2 = "Norland praised Estmark.", "Anna Berg spoke of Norland."
    return agraph.build_graph(pd.DataFrame([
        _rel("Estmark", "Norland", "co_mention", "a.txt", s1),
        _rel("Norland", "Estmark", "praises", "a.txt", s1, "+"),
        _rel("Norland", "Estmark", "demands_from", "a.txt", s1),
        _rel("Anna Berg", "Norland", "co_mention", "a.txt", s2),
        _rel("Anna Berg", "Norland", "quotes_about", "b.txt", s2),
    ], columns=graph.RELATION_COLUMNS))


def test_a_unit_with_three_relation_types_adds_one_to_centrality(one_sentence_many_relations):
    G = one_sentence_many_relations
    table = agraph.centrality_table(G).set_index("actor")
    # Norland: one unit with Estmark (three relation types) + two units with Anna Berg (two articles).
    assert table.loc["Norland", "weighted_degree"] == 3
    assert table.loc["Estmark", "weighted_degree"] == 1
    units = agraph.evidence_units(G)
    row = units[(units["actor_a"] == "Estmark") & (units["actor_b"] == "Norland")].iloc[0]
    assert (row["relations"], row["n_relations"]) == ("co_mention; demands_from; praises", 3)


def test_centrality_per_relation_type_and_typed_apart(one_sentence_many_relations):
    table = agraph.centrality_by_relation(one_sentence_many_relations)
    got = {(r.selection, r.actor): r.weighted_degree for r in table.itertuples()}
    assert got[("typed (all but co_mention)", "Norland")] == 2   # the s1 unit once, the quote once
    assert got[("co_mention", "Norland")] == 2
    assert got[("praises", "Estmark")] == 1
    assert ("typed (all but co_mention)", "Anna Berg") in got and ("praises", "Anna Berg") not in got


def test_cooccurrence_normalised_beside_raw_counts():
    # Four sentences: A+B, A+B, A alone, C alone -> c=2, n_A=3, n_B=2, N=4.
    rel = pd.DataFrame([_rel("A", "B", "co_mention", "x", "A and B."), _rel("A", "B", "co_mention", "x", "B and A.")])
    m = pd.DataFrame([{"article": "x", "actor": a, "start": s, "sentence": t, "sent_start": 0}
                      for a, s, t in [("A", 0, "A and B."), ("B", 6, "A and B."), ("B", 0, "B and A."),
                                      ("A", 6, "B and A."), ("A", 0, "A alone."), ("C", 0, "C alone.")]])
    row = agraph.cooccurrence(rel, m).iloc[0]
    assert (row["n_sentences"], row["n_a"], row["n_b"], row["n_total"]) == (2, 3, 2, 4)
    assert row["jaccard"] == pytest.approx(2 / (3 + 2 - 2), abs=1e-3)
    assert row["association_strength"] == pytest.approx(2 * 4 / (3 * 2), abs=1e-3)


@pytest.fixture(scope="module")
def seed_relations():
    from helpers import config, pipeline

    corpus = pipeline.build(config.SEEDS_DIR, jobs=1)
    return corpus.relations, corpus


def test_seeds_have_no_co_mention_sentence_with_a_line_break(seed_relations):
    relations, _ = seed_relations
    co = relations[relations["relation"] == "co_mention"]
    assert len(co) > 0
    assert not co["sentence"].str.contains("\n").any()


def test_seeds_count_each_unit_once_per_relation_type_in_centrality(seed_relations):
    relations, corpus = seed_relations
    assert not relations.duplicated(["article", "sentence", "source", "target", "relation"]).any()
    G = agraph.build_graph(relations, corpus.actors, corpus.articles)
    table = agraph.centrality_by_relation(G)
    named = relations[relations["source"].map(graph.is_actor) & relations["target"].map(graph.is_actor)
                      & (relations["source"] != relations["target"])]
    for selection, rels in [("all relations", None), *[(r, [r]) for r in sorted(named["relation"].unique())]]:
        part = named if rels is None else named[named["relation"].isin(rels)]
        pairs = part.assign(a=part[["source", "target"]].min(axis=1), b=part[["source", "target"]].max(axis=1))
        units = pairs.drop_duplicates(["article", "sentence", "a", "b"])
        degree_sum = table.loc[table["selection"] == selection, "weighted_degree"].sum()
        assert degree_sum == 2 * len(units), selection
