"""Tests of helpers.framing on hand-made tables (no seed file, outlet or sentence is used)."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import framing


def _articles(rows):
    return pd.DataFrame([{"article": a, "outlet": o, "text": t} for a, o, t in rows])


def _mention(article, text, surface, actor, nth=0, sentence_start=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    end_of_sentence = text.find(".", start)
    sentence = text[sentence_start:end_of_sentence + 1]
    return {"article": article, "actor": actor, "type": "person", "country": "", "surface": surface,
            "start": start, "end": start + len(surface), "sentence": sentence, "sent_start": sentence_start,
            "source": "registry"}


def _quote(article, text, quote, speaker, country="", kind="direct"):
    start = text.index(quote)
    return {"article": article, "kind": kind, "speaker": speaker, "speaker_country": country,
            "quote": quote, "cue": "said", "start": start, "end": start + len(quote), "sentence": "",
            "speaker_surface": ""}


# --------------------------------------------------------------------------- log-odds


def test_log_odds_z_matches_hand_computation():
    # Three outlets, one article each. "ceasefire" is in one article only and is dropped,
    # so each article contributes 4 counted words: war, peace, talk.
    arts = _articles([
        ("a.txt", "Alpha", "war war peace talk ceasefire"),
        ("b.txt", "Beta", "war peace peace talk"),
        ("c.txt", "Gamma", "talk talk war peace"),
    ])
    table = framing.distinctive_words(arts, None, n_permutations=20, seed=1)
    assert "ceasefire" not in set(table["word"])
    row = table[(table["outlet"] == "Alpha") & (table["word"] == "war")].iloc[0]
    # Alpha vs rest for "war": y_i = 2, y_j = 1 + 1 = 2; n_i = 4, n_j = 8.
    # Prior from the pooled corpus: a_war = 4 (pooled count), a0 = 4 + 4 + 4 = 12.
    d = math.log((2 + 4) / (4 + 12 - 2 - 4)) - math.log((2 + 4) / (8 + 12 - 2 - 4))
    z = d / math.sqrt(1 / (2 + 4) + 1 / (2 + 4))
    assert z == pytest.approx(0.58278, abs=1e-4)
    assert row["z"] == pytest.approx(z, abs=1e-4)
    assert row["delta"] == pytest.approx(d, abs=1e-4)
    assert (row["y_outlet"], row["y_rest"]) == (2, 2)


def test_permutation_threshold_is_degenerate_with_one_article_per_outlet():
    # Shuffling labels over one article per outlet only renames the comparisons:
    # every shuffle's max |z| is the observed one, so no word passes the threshold.
    arts = _articles([
        ("a.txt", "Alpha", "war war war peace talk"),
        ("b.txt", "Beta", "war peace peace talk"),
        ("c.txt", "Gamma", "talk talk war peace"),
    ])
    table = framing.distinctive_words(arts, None, n_permutations=30, seed=0)
    assert table["threshold"].iloc[0] == pytest.approx(table["z"].abs().max(), abs=1e-4)
    assert not table["distinctive"].any()


def test_distinctive_words_is_deterministic():
    arts = _articles([(f"{i}.txt", "AB"[i % 2], "war peace talk " * (i + 1) + "war " * (i % 2))
                      for i in range(6)])
    one = framing.distinctive_words(arts, None, n_permutations=50, seed=3)
    two = framing.distinctive_words(arts, None, n_permutations=50, seed=3)
    pd.testing.assert_frame_equal(one, two)


def test_distinctive_words_without_shared_words_is_an_empty_typed_table():
    # One article: no word is in two articles, so there is nothing to compare.
    table = framing.distinctive_words(_articles([("a.txt", "Alpha", "war peace talk")]), None, n_permutations=5)
    assert table.empty and list(table.columns) == framing.WORD_COLUMNS
    assert table["distinctive"].dtype == bool
    assert table[table["distinctive"]][["outlet", "word", "z"]].empty


# --------------------------------------------------------------------------- outlet voice and appellations


TEXT = ('The tyrant Smith spoke on Monday. "The brutal tyrant Smith must go now," Jones said. '
        'Smith, a stubborn autocrat, refused.')


def _appellation_tables(with_quote=True):
    arts = _articles([("x.txt", "Daily", TEXT)])
    s2 = TEXT.index('"The')
    s3 = TEXT.index("Smith, a")
    mentions = pd.DataFrame([
        _mention("x.txt", TEXT, "Smith", "John Smith", 0, 0),
        _mention("x.txt", TEXT, "Smith", "John Smith", 1, s2),
        _mention("x.txt", TEXT, "Smith", "John Smith", 2, s3),
    ])
    quotes = pd.DataFrame([_quote("x.txt", TEXT, "The brutal tyrant Smith must go now,", "Ann Jones")]
                          if with_quote else [])
    return arts, mentions, quotes


def test_outlet_voice_masks_direct_quotes_and_keeps_offsets():
    arts, _, quotes = _appellation_tables()
    voice = framing.outlet_voice(arts, quotes).iloc[0]
    assert len(voice["voice"]) == len(TEXT)
    assert "brutal" not in voice["voice"] and "brutal" in voice["quoted"]
    assert voice["voice"].startswith("The tyrant Smith spoke")


@pytest.mark.parametrize("with_quote", [True, False])
def test_epithet_inside_a_quote_is_not_the_outlets(with_quote):
    # Without a quotes row the quotation marks alone hold the words apart.
    arts, mentions, quotes = _appellation_tables(with_quote)
    table = framing.appellations(arts, mentions, quotes)
    forms = set(zip(table["kind"], table["form"], strict=True))
    assert ("title/epithet", "tyrant Smith") in forms
    assert not any("brutal" in form for _, form in forms)
    assert ("appositive", "stubborn autocrat") in forms
    assert table["count"].sum() == 3          # tyrant Smith, Smith (name), the appositive
    every = framing.mention_forms(arts, mentions, quotes)
    quoted = every[every["in_quote"]]
    assert len(quoted) == 1 and "brutal" in quoted["form"].iloc[0]
    if with_quote:
        assert quoted["speaker"].iloc[0] == "Ann Jones"


def test_scare_quote_in_outlet_text_is_held_apart():
    text = 'Observers call the plan a "peace of the graveyard" and move on.'
    spans = framing.quoted_spans(_articles([("s.txt", "Daily", text)]), None)
    assert spans["text"].tolist() == ['"peace of the graveyard"']
    assert spans["speaker"].tolist() == [""]


def test_apostrophes_do_not_open_quotes():
    text = "The country's leaders and the leaders' aides met. Nobody's view changed."
    assert framing.mark_spans(text) == []


# --------------------------------------------------------------------------- loaded terms


def test_lexicon_row_added_in_a_copy_is_found_without_code_change(tmp_path):
    lexicon = pd.read_csv(framing.LEXICON_PATH, dtype=str, keep_default_na=False)
    extra = pd.DataFrame([{"term": "mega ?project", "concept": "test_concept", "variant": "megaproject",
                           "signals": "test_usage", "case_sensitive": "", "note": "added by a test"}])
    path = tmp_path / "lexicon.csv"
    pd.concat([lexicon, extra], ignore_index=True).to_csv(path, index=False)
    arts = _articles([("t.txt", "Daily", 'The mega project stalled. "A megaproject is a trap," he said.'),
                      ("u.txt", "Weekly", "Nothing to see.")])
    table = framing.loaded_terms(arts, None, lexicon=framing.load_lexicon(path))
    rows = table[table["variant"] == "megaproject"].set_index("article")
    assert rows.loc["t.txt", "present"] and rows.loc["t.txt", "n_outlet"] == 1
    assert rows.loc["t.txt", "n_quoted"] == 1
    assert not rows.loc["u.txt", "present"]


def test_case_sensitive_lexicon_row():
    lex = pd.DataFrame({"term": ["ABC"], "concept": ["c"], "variant": ["ABC"], "signals": ["s"],
                        "case_sensitive": [True]})
    arts = _articles([("a.txt", "O", "The abc and ABC.")])
    assert framing.loaded_terms(arts, None, lexicon=lex)["n_outlet"].tolist() == [1]


def test_lower_case_name_marker_is_found_generically():
    text = ("Reporters say zorin met the envoy on Monday. Zorin left early. Later the envoy praised Zorin "
            'warmly. "We trust zorin completely," an aide said.')
    arts = _articles([("z.txt", "Daily", text)])
    mentions = pd.DataFrame([
        _mention("z.txt", text, "zorin", "Pavel Zorin", 0, 0),
        _mention("z.txt", text, "Zorin", "Pavel Zorin", 0, text.index("Zorin left")),
        _mention("z.txt", text, "Zorin", "Pavel Zorin", 1, text.index("Later")),
        _mention("z.txt", text, "zorin", "Pavel Zorin", 1, text.index('"We')),
    ])
    table = framing.lowercase_names(arts, mentions, None)
    row = table.iloc[0]
    # counted: "zorin" (mid-sentence, lower) and "Zorin" (mid-sentence); the sentence-initial
    # "Zorin" and the quoted "zorin" are not evidence.
    assert (row["actor"], row["n_names"], row["n_lower"], row["examples"]) == ("Pavel Zorin", 2, 1, "zorin")
    terms = framing.loaded_terms(arts, None, mentions=mentions, lexicon=framing.load_lexicon())
    marker = terms[terms["concept"] == "lower_case_name"]
    assert marker["variant"].tolist() == ["lower-case Pavel Zorin"] and marker["present"].all()


def test_lower_case_descriptions_are_not_names():
    text = "Yesterday the tough general spoke to reporters."
    arts = _articles([("g.txt", "Daily", text)])
    mentions = pd.DataFrame([_mention("g.txt", text, "tough general", "Pavel Zorin", 0, 0)])
    assert framing.lowercase_names(arts, mentions, None).empty


# --------------------------------------------------------------------------- voices


def _voice_tables():
    arts = _articles([("a.txt", "Alpha", ""), ("b.txt", "Alpha", ""), ("c.txt", "Beta", "")])
    rows = [
        ("a.txt", "direct", "P1", "RUS", 50), ("a.txt", "indirect", "P2", "UKR", 10),
        ("a.txt", "indirect", "P1", "RUS", 90), ("b.txt", "direct", "P3", "USA", 5),
        ("c.txt", "direct", "P1", "RUS", 1), ("c.txt", "indirect", "unnamed: official", "", 20),
    ]
    quotes = pd.DataFrame([{"article": a, "kind": k, "speaker": s, "speaker_country": c, "quote": "x",
                            "start": st, "end": st + 5} for a, k, s, c, st in rows])
    return arts, quotes


def test_voices_by_side_shares():
    arts, quotes = _voice_tables()
    table = framing.voices_by_side(arts, quotes)
    got = {(r.outlet, r.side): (r.n_quotes, r.share) for r in table.itertuples()}
    # Alpha: article a has RUS 2/3, UKR 1/3, USA 0; article b USA 1 -> means 1/3, 1/6, 1/2.
    assert got == {("Alpha", "RUS"): (2, 0.3333), ("Alpha", "UKR"): (1, 0.1667), ("Alpha", "USA"): (1, 0.5),
                   ("Beta", "RUS"): (1, 0.5), ("Beta", "unknown"): (1, 0.5)}


def test_voices_summary():
    arts, quotes = _voice_tables()
    per = framing.article_voices(arts, quotes).set_index("article")
    assert (per.loc["a.txt", "n_statements"], per.loc["a.txt", "n_sources"]) == (3, 2)
    # known sides over the corpus: RUS, UKR, USA -> k = 3; unknown is not a side
    h = -(2 / 3 * math.log(2 / 3) + 1 / 3 * math.log(1 / 3))
    assert per.loc["a.txt", "evenness"] == pytest.approx(h / math.log(3), abs=1e-4)
    assert per.loc["c.txt", "evenness"] == 0.0 and per.loc["c.txt", "share_unknown"] == 0.5
    assert per.loc["a.txt", "first_speaker"] == "P2"      # the earliest statement of the article
    assert per.loc["c.txt", "first_side"] == "RUS"
    summary = framing.voices(arts, quotes).set_index(["outlet", "measure"])
    assert summary.loc[("Alpha", "n_sources"), "mean"] == 1.5
    assert summary.loc[("Alpha", "n_sources"), "n_statements"] == 4
