"""Scoring as the annotation guide defines it, on invented quotes and tables."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import evaluate as ev


def test_normalisation_rules():
    assert ev.normalize("“Quoted” ‘text’") == "quoted text"
    assert ev.normalize("We DO N’T know") == "we dont know"
    assert ev.normalize("we do n't know") == ev.normalize("we don't know")
    assert ev.normalize("the harbour’s gate") == "the harbours gate"
    assert ev.normalize("ﬁnal—word, end.") == "final word end"      # NFKC ligature, dash
    assert ev.tokens("Mid-term: ok!") == ["mid", "term", "ok"]


def _q(text, speaker="Ann Lee"):
    return {"quote": text, "speaker": speaker}


def test_direct_threshold_just_above_and_below():
    gold = [_q("one two three four five six seven eight nine ten")]
    above = [_q("one two three four five six seven eight")]          # 8/10 of gold, 8/8 pred
    below = [_q("one two three four five six seven")]                # 7/10 of gold
    assert ev.match_quotes(gold, above, ev.THRESHOLDS["direct"])
    assert not ev.match_quotes(gold, below, ev.THRESHOLDS["direct"])
    # too many extra predicted tokens also fails: 10 common of 13 predicted < 80 %
    longer = [_q("one two three four five six seven eight nine ten x y z")]
    assert not ev.match_quotes(gold, longer, ev.THRESHOLDS["direct"])


def test_indirect_threshold_just_above_and_below():
    gold = [_q("a b c d e f g h i j")]
    assert ev.match_quotes(gold, [_q("a b c d e")], ev.THRESHOLDS["indirect"])       # 50 %
    assert not ev.match_quotes(gold, [_q("a b c d")], ev.THRESHOLDS["indirect"])     # 40 %


def test_each_gold_matched_once_best_first():
    gold = [_q("red green blue yellow"), _q("red green blue yellow black")]
    pred = [_q("red green blue yellow black")]
    assert ev.match_quotes(gold, pred, 0.8) == [(1, 0, 1.0)]


def test_speaker_by_surname_only_for_people():
    assert ev.same_speaker("Ann B. Lee", "Lee", True)
    assert ev.same_speaker("harbour council", "Harbour Council", False)
    assert not ev.same_speaker("Harbour Council", "City Council", False)


def write(folder, name, rows, columns):
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=columns).to_csv(folder / name, index=False)


@pytest.fixture
def dirs(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    qcols = ["article", "kind", "speaker", "quote", "cue"]
    write(gold, "quotes.csv", [
        ["a.txt", "direct", "Ann Lee", "the bridge will open in the spring", "said"],
        ["a.txt", "direct", "Ann Lee", "a disgrace", "called"],          # short: not scored
        ["a.txt", "indirect", "Harbour Council", "the fees would rise next year", "said that"],
        ["a.txt", "direct", "unnamed: a local official", "nobody asked us about the plan", "said"],
    ], qcols)
    write(pred, "quotes.csv", [
        ["a.txt", "direct", "Lee", "the bridge will open in the spring", "said"],
        ["a.txt", "direct", "Ann Lee", "a disgrace", "called"],
        ["a.txt", "direct", "Ann Lee", "totally fine", "said"],         # short: not scored
        ["a.txt", "indirect", "City Council", "fees would rise next year", "said"],
        ["a.txt", "direct", "Bo Chan", "nobody asked us about the plan", "said"],
        ["a.txt", "indirect", "Bo Chan", "the weather will stay cold all week", "said"],
    ], qcols)
    write(gold, "actors.csv", [["a.txt", "Ann Lee", "person", "GBR"],
                               ["a.txt", "Harbour Council", "organization", "GBR"]],
          ["article", "actor", "type", "country"])
    write(pred, "mentions.csv", [["a.txt", "Ann Lee", "Lee"], ["a.txt", "Ann Lee", "Ann Lee"],
                                 ["a.txt", "Bo Chan", "Chan"]], ["article", "actor", "surface"])
    write(gold, "conditions.csv", [["a.txt", "Ann Lee", "GBR", "", "other", "x"]],
          ["article", "holder", "holder_country", "addressee", "category", "text"])
    return gold, pred


def test_evaluate_end_to_end(dirs):
    gold, pred = dirs
    r = ev.evaluate(gold, pred)
    assert (r["quotes/direct"]["n_gold"], r["quotes/direct"]["n_pred"], r["quotes/direct"]["tp"]) == (2, 2, 2)
    assert r["quotes/indirect"]["tp"] == 1 and r["quotes/indirect"]["precision"] == 0.5
    sp = r["speaker accuracy"]
    # named gold speakers among matches: Ann Lee (pred "Lee": ok) and Harbour Council (wrong)
    assert (sp["n"], sp["correct"]) == (2, 1)
    assert r["actors"]["tp"] == 1 and r["actors"]["spurious"] == [("a.txt", "Bo Chan")]
    assert r["conditions"] == {"status": "not predicted"}


def test_actors_table_with_article_column_wins(dirs):
    gold, pred = dirs
    write(pred, "actors.csv", [["a.txt", "Harbour Council"]], ["article", "actor"])
    assert ev.evaluate(gold, pred)["actors"]["misses"] == [("a.txt", "Ann Lee")]


def test_conditions_are_triples(dirs):
    gold, pred = dirs
    write(pred, "conditions.csv", [["a.txt", "Someone Else", "gbr", "", "other", "y"],
                                   ["a.txt", "Ann Lee", "GBR", "", "territory", "z"]],
          ["article", "holder", "holder_country", "addressee", "category", "text"])
    c = ev.evaluate(gold, pred)["conditions"]
    assert (c["tp"], c["n_pred"], c["n_gold"]) == (1, 2, 1)


def test_report_and_cli(dirs, capsys):
    gold, pred = dirs
    text = ev.format_report(ev.evaluate(gold, pred), verbose=True)
    for row in ("quotes/direct", "quotes/indirect", "speaker accuracy", "actors", "conditions"):
        assert row in text
    assert "not predicted" in text and "spurious" in text and "Bo Chan" in text
    assert ev.main(["--gold", str(gold), "--pred", str(pred)]) == 0
    assert "actors" in capsys.readouterr().out
    assert ev.main(["--gold", str(gold), "--pred", str(gold / "nope")]) == 2


def test_empty_prediction_folder(dirs, tmp_path):
    gold, _ = dirs
    empty = tmp_path / "empty"
    empty.mkdir()
    r = ev.evaluate(gold, empty)
    assert all(r[row] == {"status": "not predicted"} for row in ev.ROWS)


def test_compound_surnames_match_by_their_parts():
    assert ev.same_speaker("Lucía Ferrán de la Vega", "Ferrán", True)
    assert ev.same_speaker("Lucía Ferrán de la Vega", "Ferrán de la Vega", True)
    assert ev.same_speaker("Piet van Dorn-Okoye", "Van Dorn-Okoye", True)
    assert ev.same_speaker("Lucía Ferrán de la Vega", "Lucía Ferrán", True)
    # the given name alone, another person, or an organisation's part do not match
    assert not ev.same_speaker("Lucía Ferrán de la Vega", "Lucía", True)
    assert not ev.same_speaker("Lucía Ferrán de la Vega", "Pablo Ruiz", True)
    assert not ev.same_speaker("Vega Shipping Board", "Shipping Board", False)


def test_precision_per_rule_for_every_rule_column(dirs, capsys):
    gold, pred = dirs
    quotes = pd.read_csv(pred / "quotes.csv")
    quotes["rule"] = ["direct.a", "direct.a", "direct.a", "indirect.b", "direct.c", "indirect.b"]
    quotes["speaker_rule"] = ["speaker.x", "speaker.x", "speaker.x", "speaker.y", "speaker.x", "speaker.y"]
    quotes.to_csv(pred / "quotes.csv", index=False)
    write(pred, "conditions.csv", [["a.txt", "Ann Lee", "GBR", "", "other", "x", "cue.p", "holder.h"],
                                   ["a.txt", "Bo Chan", "USA", "", "other", "y", "cue.q", "holder.h"]],
          ["article", "holder", "holder_country", "addressee", "category", "text", "rule", "holder_rule"])
    entries = {(e["table"], e["rule"]): (e["correct"], e["n"]) for e in ev.rule_precision(ev.evaluate(gold, pred))}
    assert entries == {("quotes/direct", "direct.a"): (1, 1), ("quotes/direct", "direct.c"): (1, 1),
                       ("quotes/indirect", "indirect.b"): (1, 2),
                       ("speaker accuracy", "speaker.x"): (1, 1), ("speaker accuracy", "speaker.y"): (0, 1),
                       ("conditions", "cue.p"): (1, 1), ("conditions", "cue.q"): (0, 1),
                       ("conditions", "holder.h"): (1, 2)}
    assert ev.main(["--gold", str(gold), "--pred", str(pred), "--by-rule", "--verbose"]) == 0
    out = capsys.readouterr().out
    rule_lines = out.split("precision per rule")[1].strip().splitlines()[1:-1]  # the last: no key for relations
    assert len(rule_lines) == len(entries) and rule_lines[0].split()[:3] == ["quotes/direct", "rule", "direct.a"]
    assert "  [rule=indirect.b speaker_rule=speaker.y] (1)" in out     # the spurious indirect quote's group
    assert "[holder_rule=holder.h rule=cue.q] (1)" in out                # the spurious condition's group


def test_precision_per_mention_rule_over_distinct_article_actor_rule(dirs, capsys):
    gold, pred = dirs
    write(pred, "mentions.csv", [["a.txt", "Ann Lee", "Lee", "names.surname"],
                                 ["a.txt", "Ann Lee", "Ann Lee", "candidates.entity"],
                                 ["a.txt", "Ann Lee", "A. Lee", "candidates.entity"],  # the same triple: once
                                 ["a.txt", "Bo Chan", "Chan", "candidates.entity"],    # not in the key
                                 ["b.txt", "Bo Chan", "Chan", "names.surname"]],       # an article the key lacks
          ["article", "actor", "surface", "rule"])
    entries = {(e["table"], e["column"], e["rule"]): (e["correct"], e["n"])
               for e in ev.rule_precision(ev.evaluate(gold, pred)) if e["table"] == "mentions"}
    assert entries == {("mentions", "rule", "candidates.entity"): (1, 2), ("mentions", "rule", "names.surname"): (1, 1)}
    assert ev.main(["--gold", str(gold), "--pred", str(pred), "--by-rule"]) == 0
    lines = capsys.readouterr().out.split("precision per rule")[1].splitlines()
    assert [line.split() for line in lines if line.startswith("mentions")] == [
        ["mentions", "rule", "candidates.entity", "0.500", "1/2"], ["mentions", "rule", "names.surname", "1.000", "1/1"]]
    assert [line for line in lines if line.startswith("relations")] == [ev.NO_RELATION_KEY]
    assert "no answer key for relations" in ev.NO_RELATION_KEY


def test_tables_without_a_rule_column_give_no_rule_lines(dirs):
    gold, pred = dirs
    assert ev.rule_precision(ev.evaluate(gold, pred)) == []
    assert "no predicted table has a rule column" in ev.format_rule_precision([])


def test_verbose_lists_a_miss_under_the_rule_of_the_nearest_row_largest_group_first(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    qcols = ["article", "kind", "speaker", "quote", "cue"]
    write(gold, "quotes.csv", [
        ["a.txt", "indirect", "Ann Lee", "the old pier will reopen in May after the repairs are finished", "said"],
        ["a.txt", "indirect", "Ann Lee", "fares will rise", "warned"],
        ["a.txt", "indirect", "Ann Lee", "ferries will stop", "warned"],
    ], qcols)
    write(pred, "quotes.csv", [
        ["a.txt", "indirect", "Ann Lee", "the old pier will reopen", "said", "x.short", "y.name"],
    ], qcols + ["rule", "speaker_rule"])
    text = ev.format_report(ev.evaluate(gold, pred), verbose=True)
    listing = text[text.index("quotes/indirect: misses"):]
    assert listing.index("[no row near] (2)") < listing.index("[near: rule=x.short speaker_rule=y.name] (1)")
    assert "Ann Lee [warned]: 'fares will rise'" in listing
