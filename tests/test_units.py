"""Issue 19: the article as the unit, voices as analysts code them, keyness, FDR.

Hand-made corpora whose answers are worked out by hand in the comments.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from helpers import framing, stats
from helpers.analysis import quotes as aq
from helpers.analysis import units


def _quotes(rows):
    """rows: (article, speaker, country, kind, start, end[, cue])."""
    out = []
    for r in rows:
        article, speaker, country, kind, start, end = r[:6]
        out.append({"article": article, "kind": kind, "speaker": speaker, "speaker_country": country,
                    "quote": "x", "cue": r[6] if len(r) > 6 else "said", "start": start, "end": end})
    return pd.DataFrame(out)


def _articles(outlets: dict[str, str], words: dict[str, int] | None = None):
    rows = [{"article": a, "outlet": o, "text": "", "n_words": (words or {}).get(a, 100)} for a, o in outlets.items()]
    return pd.DataFrame(rows)


# ---------------------------------------------------------------------------- the three-article outlet


@pytest.fixture()
def three_articles():
    # Article a quotes RUS ten times, b and c quote USA once each.
    rows = [("a", "Ivan Petrov", "RUS", "direct", 100 * i, 100 * i + 20) for i in range(10)]
    rows += [("b", "Jane Roe", "USA", "direct", 0, 20), ("c", "Jane Roe", "USA", "direct", 0, 20)]
    return _quotes(rows), _articles({"a": "Daily", "b": "Daily", "c": "Daily"})


def test_outlet_share_is_the_mean_article_share_with_an_article_bootstrap(three_articles):
    quotes, articles = three_articles
    table = aq.side_shares(quotes, articles).set_index("side")
    # Pooled: 10 of 12 quotes (83 %). Per article the RUS share is 1, 0, 0: mean 1/3.
    assert table.loc["RUS", "pooled_share"] == pytest.approx(10 / 12, abs=1e-4)
    assert table.loc["RUS", "share"] == pytest.approx(1 / 3, abs=1e-4)
    assert table.loc["USA", "share"] == pytest.approx(2 / 3, abs=1e-4)
    # Resampling 3 articles: all three are `a` in 1/27 = 3.7 % of draws (mean 1), `a` is missing in
    # 8/27 = 30 % (mean 0): both tails reach the bounds, so the 95 % interval is [0, 1].
    assert (table.loc["RUS", "low"], table.loc["RUS", "high"]) == (0.0, 1.0)
    assert (table.loc["USA", "low"], table.loc["USA", "high"]) == (0.0, 1.0)
    assert table.loc["RUS", "n_articles"] == 3 and table.loc["RUS", "estimable"]
    assert (table.loc["RUS", "k"], table.loc["RUS", "n"]) == (10, 12)


def test_below_the_stated_number_of_articles_the_interval_is_not_estimable(three_articles):
    quotes, articles = three_articles
    two = articles[articles["article"] != "c"]
    table = aq.side_shares(quotes[quotes["article"] != "c"], two).set_index("side")
    assert units.MIN_ARTICLES == 3
    assert not table.loc["RUS", "estimable"]
    assert math.isnan(table.loc["RUS", "low"]) and math.isnan(table.loc["RUS", "high"])
    assert table.loc["RUS", "share"] == 0.5
    row = units.summarise(pd.DataFrame({"outlet": ["O", "O"], "v": [1.0, 0.0]}), "v").iloc[0]
    assert units.interval_label(row) == "50 % (not estimable: 2 articles)"


def test_bootstrap_is_deterministic_and_seeded():
    values = np.random.default_rng(5).random(40)
    assert stats.cluster_bootstrap(values) == stats.cluster_bootstrap(values)
    assert stats.cluster_bootstrap(values, seed=1) != stats.cluster_bootstrap(values, seed=2)


def test_rates_per_thousand_words_and_presence_over_articles():
    articles = _articles({"a": "Daily", "b": "Daily", "c": "Daily"}, {"a": 500, "b": 2000, "c": 250})
    counts = pd.DataFrame({"article": ["a", "b"], "n": [3, 2]})
    per = units.per_thousand_words(counts, articles)
    # 3 / 500 * 1000 = 6; 2 / 2000 * 1000 = 1; 0 / 250 = 0 -> mean 7 / 3
    assert per["rate"].tolist() == [6.0, 1.0, 0.0]
    assert units.summarise(per, "rate").iloc[0]["mean"] == pytest.approx(7 / 3, abs=1e-4)
    pres = units.presence(per.assign(has=per["n"] > 0), "has").iloc[0]
    lo, hi = stats.clopper_pearson(2, 3)
    assert (pres["k"], pres["n"]) == (2, 3) and (pres["low"], pres["high"]) == (round(lo, 4), round(hi, 4))


# ---------------------------------------------------------------------------- mixed quotes, voices


@pytest.fixture()
def mixed():
    # Article a: Petrov's reported speech with a verbatim phrase inside it (one statement, two rows),
    # Roe once, and an unnamed aide once. Article b: Roe once.
    rows = [("a", "Ivan Petrov", "RUS", "indirect", 0, 80), ("a", "Ivan Petrov", "RUS", "direct", 40, 81),
            ("a", "Jane Roe", "USA", "direct", 100, 130), ("a", "unnamed: an aide", "", "indirect", 200, 240),
            ("b", "Jane Roe", "USA", "direct", 0, 20)]
    return _quotes(rows), _articles({"a": "Daily", "b": "Daily"})


def test_a_mixed_quote_counts_once(mixed):
    quotes, articles = mixed
    st = aq.statements(quotes)
    assert len(st) == 4 and st["kind"].tolist().count("mixed") == 1
    per = aq.article_side_shares(quotes, articles)
    a = per[per["article"] == "a"].set_index("side")["share"]
    # a has three statements: RUS, USA, unknown -> 1/3 each (not 2/4 for RUS)
    assert a.to_dict() == pytest.approx({"RUS": 1 / 3, "USA": 1 / 3, "unknown": 1 / 3})


def test_article_voices_coded_as_an_analyst_would(mixed):
    quotes, articles = mixed
    per = framing.article_voices(articles, quotes).set_index("article")
    a = per.loc["a"]
    assert (a["n_statements"], a["n_sources"], a["n_anonymous_sources"]) == (3, 3, 1)
    assert a["share_anonymous"] == pytest.approx(1 / 3, abs=1e-4)
    assert (a["n_direct"], a["n_mixed"], a["n_indirect"]) == (1, 1, 1)
    assert a["share_verbatim"] == pytest.approx(2 / 3, abs=1e-4)
    # known sides in the corpus: RUS, USA (k = 2); a quotes each once -> evenness 1; unknown apart
    assert a["evenness"] == 1.0 and a["share_unknown"] == pytest.approx(1 / 3, abs=1e-4)
    assert per.loc["b", "evenness"] == 0.0 and per.loc["b", "share_unknown"] == 0.0
    summary = framing.voices(articles, quotes).set_index("measure")
    assert summary.loc["evenness", "mean"] == 0.5 and not summary.loc["evenness", "estimable"]


def test_unknown_is_not_a_side_of_evenness():
    # Outlet A quotes two known sides once each; outlet B one known side and four unknown sources.
    rows = [("a", "P", "RUS", "direct", 0, 5), ("a", "Q", "USA", "direct", 10, 15)]
    rows += [("b", "P", "RUS", "direct", 0, 5)] + [("b", f"unnamed: s{i}", "", "direct", 10 * i + 10, 10 * i + 15)
                                                    for i in range(4)]
    per = framing.article_voices(_articles({"a": "A", "b": "B"}), _quotes(rows)).set_index("article")
    # With unknown counted as a side, B (RUS 1, unknown 4) would look diverse; over known sides it is 0.
    assert per.loc["a", "evenness"] == 1.0 and per.loc["b", "evenness"] == 0.0
    assert per.loc["b", "share_unknown"] == 0.8


def test_source_types_from_word_lists_and_roles():
    rows = [("a", "Norland", "NRL", "direct", 0, 5), ("a", "Jo Roe", "NRL", "direct", 10, 15),
            ("a", "unnamed: senior officials", "", "indirect", 20, 25), ("a", "Ann Vale", "NRL", "direct", 30, 35),
            ("a", "Bo Lind", "NRL", "direct", 40, 45)]
    actors = pd.DataFrame({"actor": ["Norland", "Jo Roe", "Ann Vale", "Bo Lind"],
                           "type": ["state", "person", "person", "person"]})
    roles = {"Jo Roe": "Senior fellow at a policy institute", "Ann Vale": "Editor of a weekly newspaper",
             "Bo Lind": "Deputy foreign minister"}
    st = framing.with_source_types(aq.statements(_quotes(rows)), actors, roles).set_index("speaker")
    assert st["source_type"].to_dict() == {"Norland": "official", "Jo Roe": "expert",
                                           "unnamed: senior officials": "anonymous", "Ann Vale": "media",
                                           "Bo Lind": "official"}
    assert st.loc["unnamed: senior officials", "described_as"] == "official"
    table = framing.source_types(_articles({"a": "Daily"}), _quotes(rows), actors, roles).set_index("source_type")
    assert table.loc["official", "n_statements"] == 2 and table.loc["official", "share"] == 0.4


# ---------------------------------------------------------------------------- tests of contrasts, keyness


def test_loaded_verb_contrast_is_tested_within_articles():
    # Two articles, each: RUS 'claimed', USA 'said'. Shuffling sides within each article gives four
    # equally likely arrangements; |difference| = 1 in two of them: p = 1/2.
    rows = [("x", "P", "RUS", "indirect", 0, 10, "claimed"), ("x", "Q", "USA", "indirect", 20, 30, "said"),
            ("y", "P", "RUS", "indirect", 0, 10, "claimed"), ("y", "Q", "USA", "indirect", 20, 30, "said")]
    table = aq.loaded_verb_test(_quotes(rows), n_permutations=4000, seed=3).set_index("side")
    assert table.loc["RUS", "difference"] == 1.0 and table.loc["USA", "difference"] == -1.0
    assert table.loc["RUS", "p_value"] == pytest.approx(0.5, abs=0.03)
    assert table.loc["RUS", "n_articles_both"] == 2
    assert table.loc["RUS", "q_value"] == pytest.approx(table["p_value"].max(), abs=1e-9)


def test_benjamini_hochberg_by_hand():
    # sorted p: .01 .02 .03 .04 .2 (m = 5): p*m/rank = .05 .05 .05 .05 .2 -> monotone from the top
    q = stats.benjamini_hochberg([0.2, 0.04, 0.01, 0.03, 0.02, float("nan")])
    assert q[:5].tolist() == pytest.approx([0.2, 0.05, 0.05, 0.05, 0.05])
    assert math.isnan(q[5])


def test_keyness_by_hand():
    # Outlet A: "war" 5 times in 7 tokens over two articles; the rest: "war" once in 6 tokens.
    arts = pd.DataFrame({"article": ["a", "b", "c", "d"], "outlet": ["A", "A", "B", "B"],
                         "text": ["war war war talk", "war war talk", "talk talk war", "talk talk talk"]})
    table = framing.keyness(arts)
    row = table[(table["outlet"] == "A") & (table["word"] == "war")].iloc[0]
    a, b, c, d = 5, 1, 7, 6
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    g2 = 2 * (a * math.log(a / e1) + b * math.log(b / e2))
    assert row["g2"] == pytest.approx(g2, abs=1e-4)
    assert row["log_ratio"] == pytest.approx(math.log2((5 / 7) / (1 / 6)), abs=1e-4)
    assert (row["n_articles_outlet"], row["n_articles_of_outlet"]) == (2, 2)
    # war in A: 3 of 4 and 2 of 3 tokens; article sizes 4 and 3 -> DP = 0.5 * (|3/5 - 4/7| + |2/5 - 3/7|)
    assert row["dp"] == pytest.approx(0.5 * (abs(3 / 5 - 4 / 7) + abs(2 / 5 - 3 / 7)), abs=1e-4)
    assert row["q_value"] == pytest.approx(stats.benjamini_hochberg(table["p_value"])[row.name], abs=1e-5)


def test_presence_differences_fisher_with_fdr():
    per = pd.DataFrame({"article": list("abcdefgh"), "outlet": list("AAAABBBB"), "item": "t",
                        "present": [True] * 4 + [False] * 4})
    table = units.presence_differences(per, "item").set_index("outlet")
    # 4/4 against 0/4: Fisher two-sided p = 2 / C(8, 4) = 2 / 70
    assert table.loc["A", "p_value"] == pytest.approx(2 / 70, abs=1e-6)
    assert table.loc["A", "q_value"] == pytest.approx(2 / 70, abs=1e-6)


def test_presence_differences_of_nothing_can_still_be_filtered():
    """No term found (a story without a lexicon): the empty table filters by ``tested`` and keeps its columns."""
    empty = pd.DataFrame(columns=["article", "outlet", "item", "present"])
    table = units.presence_differences(empty, "item")
    tested = table[table["tested"]]
    assert list(tested.columns) == list(table.columns) and int((tested["q_value"] <= 0.05).sum()) == 0
