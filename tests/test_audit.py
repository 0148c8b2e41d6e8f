"""Audit samples, coding sheets, precision and agreement, on invented tables and on the seeds.

Invented tables use made-up outlets, people and sentences. The seed test
checks the promise of the workflow: a sheet coded from the answer key scores
exactly what ``evaluate`` scores on the same sampled rows.
"""
from __future__ import annotations

import csv
import io
import math

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import audit, config, evaluate, pipeline
from helpers.__main__ import main as cli

# ---------------------------------------------------------------- invented tables

SPEAKERS = ["Ann Lee", "Bo Chan", "Harbour Council"]


def _article(name: str, outlet: str, n: int) -> tuple[dict, list[dict]]:
    """An invented article of ``n`` sentences and one direct quote per sentence."""
    sentences, quotes, pos = [], [], 0
    for i in range(n):
        speaker = SPEAKERS[i % len(SPEAKERS)]
        quote = f"the ferry number {i} will sail before the storm season"
        sentence = f"{speaker} said “{quote}” on the pier."
        start = pos + sentence.index(quote)
        quotes.append({"article": name, "kind": "direct", "speaker": speaker, "speaker_country": "GBR",
                       "quote": quote, "cue": "said", "start": start, "end": start + len(quote),
                       "sentence": sentence})
        sentences.append(sentence)
        pos += len(sentence) + 1
    return {"article": name, "outlet": outlet, "text": " ".join(sentences)}, quotes


def invented_tables() -> dict[str, pd.DataFrame]:
    """Three articles (one without an outlet), quotes, conditions and relations."""
    arts, quotes = [], []
    for name, outlet, n in (("a.txt", "Harbour Gazette", 12), ("b.txt", "Valley Post", 5), ("c.txt", "", 3)):
        art, q = _article(name, outlet, n)
        arts.append(art)
        quotes += q
    conditions = [{"article": a, "holder": "Harbour Council", "holder_country": "GBR", "addressee": "",
                   "category": cat, "text": f"The council demands {cat} first.", "cue": "demands",
                   "start": "", "end": "", "voice": "outlet"}
                  for a in ("a.txt", "b.txt") for cat in ("fees", "tolls")]
    relations = [{"source": "Ann Lee", "target": t, "relation": rel, "sign": "", "category": "",
                  "article": "a.txt", "sentence": "Ann Lee praised Bo Chan.", "evidence": "praised"}
                 for t in ("Bo Chan", "Harbour Council") for rel in ("praises", "co_mention")]
    return {"articles": pd.DataFrame(arts), "quotes": pd.DataFrame(quotes).astype(str),
            "conditions": pd.DataFrame(conditions), "relations": pd.DataFrame(relations)}


@pytest.fixture
def tables_dir(tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    for name, df in invented_tables().items():
        df.to_csv(folder / f"{name}.csv", index=False)
    return folder


def sheet_of(rows: list[dict]) -> pd.DataFrame:
    """A coding sheet from a few hand-written rows (quotes unless ``table`` says otherwise)."""
    base = {c: "" for c in audit.SHEET_COLUMNS}
    out = []
    for i, row in enumerate(rows):
        r = {**base, "table": "quotes", "article": "a.txt", "weight": "1", "kind": "direct",
             "text": f"invented quote {i}", **row}
        r["id"] = r["id"] or f"{r['table']}-{i + 1:03d}"
        out.append(r)
    return pd.DataFrame(out, columns=list(audit.SHEET_COLUMNS))


# ---------------------------------------------------------------- spreadsheet-safe cells

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@given(st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_escaped_cell_is_safe_and_reads_back(value):
    escaped = audit.escape_cell(value)
    assert not escaped.startswith(DANGEROUS)
    assert audit.unescape_cell(escaped) == value


def test_sheet_cells_never_start_a_formula_and_read_back(tmp_path):
    values = ["=SUM(A1)", "+44 said", "-1 degree", "@handle", "\tindented", "\rreturn", "'quoted", "plain"]
    sheet = sheet_of([{"text": v, "speaker": v, "note": v} for v in values])
    path = audit.write_sheet(sheet, tmp_path / "sheet.csv")
    raw = path.read_text(encoding="utf-8-sig")
    cells = [cell for record in csv.reader(io.StringIO(raw)) for cell in record]
    assert not [c for c in cells if c.startswith(DANGEROUS)]
    back = audit.read_sheet(path)
    assert list(back["text"]) == values and list(back["speaker"]) == values and list(back["note"]) == values


def test_sheet_saved_with_semicolons_by_a_spreadsheet_is_read(tmp_path):
    sheet = sheet_of([{"verdict": "correct"}, {"verdict": "spurious"}])
    path = tmp_path / "semicolons.csv"
    path.write_text(sheet.to_csv(index=False, sep=";"), encoding="utf-8")
    assert list(audit.read_sheet(path)["verdict"]) == ["correct", "spurious"]


# ---------------------------------------------------------------- allocation and sampling

def test_allocation_is_proportional_with_one_per_stratum():
    assert audit.allocate({"a": 80, "b": 15, "c": 5}, 10) == {"a": 8, "b": 1, "c": 1}
    assert audit.allocate({"a": 50, "b": 30, "c": 20}, 10) == {"a": 5, "b": 3, "c": 2}
    # fewer draws than strata: one each to the largest
    assert audit.allocate({"a": 5, "b": 50, "c": 20, "d": 0}, 2) == {"a": 0, "b": 1, "c": 1, "d": 0}
    # more draws than rows: everything
    assert audit.allocate({"a": 2, "b": 3}, 10) == {"a": 2, "b": 3}


@given(st.dictionaries(st.sampled_from("abcdefg"), st.integers(0, 40), min_size=1), st.integers(1, 120))
@settings(max_examples=300, deadline=None)
def test_allocation_invariants(sizes, n):
    alloc = audit.allocate(sizes, n)
    nonempty = [k for k, v in sizes.items() if v]
    assert sum(alloc.values()) == min(n, sum(sizes.values()))
    assert all(0 <= alloc[k] <= sizes[k] for k in sizes)
    if n >= len(nonempty):
        assert all(alloc[k] >= 1 for k in nonempty)


def test_sample_is_stratified_weighted_and_deterministic(tables_dir):
    sheet = audit.draw_sample(tables_dir, n=10, seed=3)
    assert len(sheet) == 10 and list(sheet.columns) == list(audit.SHEET_COLUMNS)
    assert not (sheet["relation"] == "co_mention").any()            # structural relations are not sampled
    counts = sheet.groupby("stratum")["id"].size().to_dict()
    # 20 quotes (12/5/3 by outlet), 4 conditions (2/2), 2 relations: 26 rows, 7 strata
    assert counts == {"conditions / Harbour Gazette": 1, "conditions / Valley Post": 1,
                      "quotes / (no outlet)": 1, "quotes / Harbour Gazette": 4, "quotes / Valley Post": 2,
                      "relations / Harbour Gazette": 1}
    row = sheet[sheet["stratum"] == "quotes / Harbour Gazette"].iloc[0]
    assert (row["stratum_rows"], row["stratum_sampled"], float(row["weight"])) == (12, 4, 3.0)
    assert sheet["verdict"].eq("").all() and sheet["id"].is_unique
    assert sheet["context"].str.contains(r"\[\[the ferry", regex=True).sum() == 7
    assert audit.draw_sample(tables_dir, n=10, seed=3).equals(sheet)
    assert not audit.draw_sample(tables_dir, n=10, seed=4)["text"].equals(sheet["text"])


def test_sample_does_not_depend_on_row_order(tables_dir):
    shuffled = {name: df.sample(frac=1, random_state=1) for name, df in invented_tables().items()}
    a = audit.draw_sample(tables_dir, n=9, seed=11)
    b = audit.draw_sample(shuffled, n=9, seed=11)
    assert list(a["text"]) == list(b["text"]) and list(a["id"]) == list(b["id"])


def test_tables_without_rows_to_sample_give_one_line(tmp_path, capsys, caplog):
    folder = tmp_path / "empty"
    folder.mkdir()
    pd.DataFrame({"article": ["a.txt"], "outlet": ["Valley Post"], "text": ["Quiet day."]}).to_csv(
        folder / "articles.csv", index=False)
    pd.DataFrame(columns=["article", "kind", "speaker", "quote"]).to_csv(folder / "quotes.csv", index=False)
    assert cli(["audit", "sample", "--tables", str(folder), "--out", str(tmp_path / "s.csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"error: {folder}: no quotes, conditions or relations to sample"
    assert "conditions.csv: missing, the conditions table is not sampled" in caplog.text
    assert cli(["audit", "sample", "--tables", str(tmp_path / "nowhere"), "--out", str(tmp_path / "s.csv")]) == 2
    assert "no articles.csv" in capsys.readouterr().err


# ---------------------------------------------------------------- reading sheets: clear errors

def test_missing_columns_name_the_file(tmp_path):
    path = tmp_path / "coder.csv"
    pd.DataFrame({"id": ["q1"], "table": ["quotes"]}).to_csv(path, index=False)
    with pytest.raises(audit.AuditError, match=r"coder\.csv: missing column\(s\) article, weight, text, verdict"):
        audit.read_sheet(path)


@pytest.mark.parametrize("row, message", [
    ({"verdict": "maybe"}, r"row 2 \(quotes-001\): unknown verdict 'maybe'"),
    ({"verdict": "wrong"}, r"verdict 'wrong' needs a correction"),
    ({"verdict": "wrong", "correction": "colour: red"}, r"correction 'colour: red' is not 'field: value'"),
    ({"verdict": "correct", "correction": "speaker: Bo Chan"}, r"verdict 'correct' but a value is corrected"),
    ({"verdict": "spurious", "correction": "speaker: Bo Chan"}, r"a correction is given but the verdict"),
    ({"weight": "heavy"}, r"weight 'heavy' is not a positive number"),
    ({"table": "mentions"}, r"unknown table 'mentions'"),
])
def test_bad_rows_give_one_line_errors(tmp_path, row, message):
    path = audit.write_sheet(sheet_of([row]), tmp_path / "bad.csv")
    with pytest.raises(audit.AuditError, match=message) as info:
        audit.read_sheet(path)
    assert "\n" not in str(info.value) and "bad.csv" in str(info.value)


def test_cli_reports_a_bad_sheet_in_one_line(tmp_path, capsys):
    path = audit.write_sheet(sheet_of([{"verdict": "perhaps"}]), tmp_path / "bad.csv")
    assert cli(["audit", "score", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "bad.csv" in err and "perhaps" in err and "\n" not in err


# ---------------------------------------------------------------- precision and errors

def test_precision_per_field_with_wilson_intervals():
    # 10 real quotes, 8 with the right speaker; 2 spurious rows; 1 skipped; 1 not coded
    rows = [{"speaker": "Ann Lee", "verdict": "correct"}] * 8
    rows += [{"speaker": "Ann Lee", "verdict": "wrong", "correction": "speaker: Bo Chan"}] * 2
    rows += [{"verdict": "spurious"}] * 2 + [{"verdict": "skip"}, {"verdict": ""}]
    scores = audit.score(sheet_of(rows)).set_index(["table", "field"])
    item, speaker = scores.loc[("quotes", "item")], scores.loc[("quotes", "speaker")]
    assert (item["n"], item["right"]) == (12, 10)
    assert (speaker["n"], speaker["right"], speaker["precision"]) == (10, 8, 0.8)
    # Wilson 95 % for 8 of 10, by hand: z = 1.96, centre (0.8 + z²/20) / (1 + z²/10) = 0.7167,
    # half-width z·sqrt(0.8·0.2/10 + z²/400) / (1 + z²/10) = 0.2266  ->  0.4902 .. 0.9433
    assert round(speaker["low"], 4) == 0.4902 and round(speaker["high"], 4) == 0.9433
    assert scores.loc[("quotes", "all fields"), "right"] == 8
    kinds = audit.error_kinds(sheet_of(rows)).set_index("error")
    assert kinds.loc["spurious", "rows"] == 2 and kinds.loc["wrong speaker", "rows"] == 2
    assert kinds.loc["wrong speaker", "of"] == 12 and kinds.loc["wrong kind", "rows"] == 0


def test_weighted_precision_uses_the_stratum_weights():
    rows = [{"weight": "2", "verdict": "correct"}, {"weight": "2", "verdict": "spurious"},
            {"weight": "6", "verdict": "correct"}]
    item = audit.score(sheet_of(rows)).set_index("field").loc["item"]
    assert math.isclose(item["precision"], 2 / 3)
    assert math.isclose(item["weighted"], (2 + 6) / 10)                # (2·1 + 2·0 + 6·1) / 10
    assert math.isclose(item["n_effective"], 10 ** 2 / (4 + 4 + 36))   # Kish: (Σw)² / Σw²


def test_unsure_field_is_left_out_of_its_precision_only():
    rows = [{"verdict": "correct", "correction": "speaker: ?"}, {"verdict": "correct"}]
    scores = audit.score(sheet_of(rows)).set_index("field")
    assert scores.loc["speaker", "n"] == 1 and scores.loc["kind", "n"] == 2 and scores.loc["item", "n"] == 2


# ---------------------------------------------------------------- agreement

def two_coders():
    """Five real quotes, all extracted with speaker Ann Lee; coder B skipped the fifth."""
    a = sheet_of([{"speaker": "Ann Lee", "verdict": "correct"},
                  {"speaker": "Ann Lee", "verdict": "correct"},
                  {"speaker": "Ann Lee", "verdict": "wrong", "correction": "speaker: Bo Chan"},
                  {"speaker": "Ann Lee", "verdict": "wrong", "correction": "speaker: bo chan"},
                  {"speaker": "Ann Lee", "verdict": "correct"}])
    b = a.copy()
    b["verdict"] = ["correct", "wrong", "wrong", "wrong", "skip"]
    b["correction"] = ["", "speaker: Bo Chan", "speaker: Bo Chan", "speaker: Bo Chan", ""]
    return a, b


def test_alpha_between_coders_equals_the_hand_computed_value():
    """Speaker values (a = Ann Lee, b = Bo Chan; case is normalised away):

        unit   u1  u2  u3  u4  u5
        A      a   a   b   b   a
        B      a   b   b   b   -      (skipped: u5 is not pairable and drops out)

    Coincidence matrix, o_ck = sum over units of (c-k pairs) / (m_u - 1), m_u = 2:
    u1 gives o_aa += 2; u2 gives o_ab += 1 and o_ba += 1; u3 and u4 give o_bb += 2 each.

        o = [[2, 1],      n_a = 3, n_b = 5, n = 8
             [1, 4]]

    Nominal alpha = 1 - (n - 1) * (o_ab + o_ba) / (n_a n_b + n_b n_a)
                  = 1 - 7 * 2 / 30 = 16 / 30 = 8 / 15 = 0.5333.

    Coder A against the extractor (which wrote a for all five units):
    pairs (a,a) x3, (a,b) x2 -> o_aa = 6, o_ab = o_ba = 2, n_a = 8, n_b = 2, n = 10;
    alpha = 1 - 9 * 4 / (2 * 8 * 2) = 1 - 36 / 32 = -1 / 8.
    """
    a, b = two_coders()
    table = audit.agreement([a, b], ["A", "B"]).set_index(["between", "field"])
    assert math.isclose(table.loc[("A ~ B", "speaker"), "alpha"], 8 / 15)
    assert table.loc[("A ~ B", "speaker"), "units"] == 4
    assert math.isclose(table.loc[("A ~ extractor", "speaker"), "alpha"], -1 / 8)
    assert table.loc[("A ~ extractor", "speaker"), "units"] == 5
    assert math.isnan(table.loc[("A ~ B", "kind"), "alpha"])            # both always 'direct'
    assert ("A ~ extractor", "item") not in table.index


def test_score_cli_with_two_coders(tmp_path, capsys):
    a, b = two_coders()
    pa = audit.write_sheet(a, tmp_path / "coder_a.csv")
    pb = audit.write_sheet(b, tmp_path / "coder_b.csv")
    assert cli(["audit", "score", str(pa), str(pb)]) == 0
    out = capsys.readouterr().out
    assert "coder_a.csv ~ coder_b.csv" in out and "0.533" in out and "-0.125" in out


def test_second_sheet_of_another_sample_is_refused(tmp_path):
    a, b = two_coders()
    b.loc[0, "text"] = "another quote altogether"
    with pytest.raises(audit.AuditError, match=r"other\.csv: row quotes-001 differs"):
        audit.same_sample(a, b, "other.csv")


# ---------------------------------------------------------------- command line

def test_cli_sample_and_second_coder_sheet(tables_dir, tmp_path, capsys):
    first, second = tmp_path / "coding.csv", tmp_path / "coding2.csv"
    assert cli(["audit", "sample", "--tables", str(tables_dir), "--n", "8", "--out", str(first),
                "--seed", "5"]) == 0
    sheet = audit.read_sheet(first)
    assert len(sheet) == 8 and sheet.equals(audit.read_sheet(first))
    sheet.loc[0, "verdict"] = "spurious"
    audit.write_sheet(sheet, first)
    assert cli(["audit", "sample", "--from", str(first), "--out", str(second)]) == 0
    copy = audit.read_sheet(second)
    assert list(copy["id"]) == list(sheet["id"]) and copy["verdict"].eq("").all()
    assert cli(["audit", "sample", "--out", str(second)]) == 2
    assert "--tables" in capsys.readouterr().err


# ---------------------------------------------------------------- coding from an answer key

def test_fill_from_key_codes_like_evaluate(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    pd.DataFrame([
        ["a.txt", "direct", "Ann Lee", "the bridge will open in the spring", "said"],
        ["a.txt", "direct", "unnamed: an official", "nobody asked us about the plan", "said"],
        ["a.txt", "indirect", "Harbour Council", "the fees would rise next year", "said"],
    ], columns=["article", "kind", "speaker", "quote", "cue"]).to_csv(gold / "quotes.csv", index=False)
    pd.DataFrame([["a.txt", "Harbour Council", "GBR", "", "fees", "x"]],
                 columns=["article", "holder", "holder_country", "addressee", "category", "text"]
                 ).to_csv(gold / "conditions.csv", index=False)
    sheet = sheet_of([
        {"kind": "direct", "speaker": "Lee", "text": "the bridge will open in the spring"},
        {"kind": "direct", "speaker": "Bo Chan", "text": "nobody asked us about the plan"},
        {"kind": "indirect", "speaker": "City Council", "text": "fees would rise next year"},
        {"kind": "direct", "speaker": "Ann Lee", "text": "a disgrace"},
        {"kind": "indirect", "speaker": "Bo Chan", "text": "the weather will stay cold all week"},
        {"kind": "direct", "speaker": "Ann Lee", "text": "the bridge opens", "article": "elsewhere.txt"},
        {"table": "conditions", "holder": "Ann Lee", "holder_country": "GBR", "category": "fees"},
        {"table": "conditions", "holder": "Bo Chan", "holder_country": "FRA", "category": "fees"},
        {"table": "conditions", "holder": "Bo Chan", "holder_country": "GBR", "category": "tolls"},
        {"table": "conditions", "holder": "Bo Chan", "holder_country": "FRA", "category": "tolls"},
        {"table": "relations", "source": "Ann Lee", "relation": "praises", "target": "Bo Chan"},
    ])
    filled = audit.fill_from_key(sheet, gold)
    assert list(zip(filled["verdict"], filled["correction"])) == [
        ("correct", ""), ("correct", "speaker: ?"), ("wrong", "speaker: Harbour Council"), ("skip", ""),
        ("spurious", ""), ("", ""),
        ("correct", ""), ("wrong", "holder: Harbour Council"), ("wrong", "category: fees"), ("spurious", ""),
        ("", "")]


# ---------------------------------------------------------------- trust summary

def test_nothing_checked_without_sheet_or_key(corpus_dir):
    summary = audit.trust_summary(corpus_dir, ["quotes", "relations"])
    assert list(summary["table"]) == ["quotes", "relations"]
    assert summary["checked_by"].eq(audit.NOTHING_CHECKED).all() and summary["n"].eq(0).all()
    assert "nothing has been checked" in audit.trust_lines(summary)


def test_audit_sheet_beside_the_corpus_is_used(corpus_dir, caplog):
    (corpus_dir / "audit").mkdir()
    audit.write_sheet(sheet_of([{"verdict": "correct"}] * 3 + [{"verdict": "spurious"}]),
                      corpus_dir / "audit" / "coder1.csv")
    audit.write_sheet(sheet_of([{"verdict": "nonsense"}]), corpus_dir / "audit" / "coder2.csv")
    summary = audit.trust_summary(corpus_dir, ["quotes", "relations"]).set_index(["table", "field"])
    assert summary.loc[("quotes", "item"), "precision"] == 0.75
    assert summary.loc[("quotes", "item"), "checked_by"] == "audit (coder1.csv, coder2.csv)"
    assert summary.loc[("relations", ""), "checked_by"] == audit.NOTHING_CHECKED
    assert "coder2.csv" in caplog.text and "nonsense" in caplog.text     # a bad sheet is named, not fatal


# ---------------------------------------------------------------- the seeds: same precision as evaluate

@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    corpus = pipeline.build(config.SEEDS_DIR, jobs=1)
    out = tmp_path_factory.mktemp("seed_tables")
    pipeline.write_tables(corpus, out)
    return corpus, out


def _as_prediction(sheet: pd.DataFrame, folder):
    """The sampled rows as a prediction folder for ``evaluate`` (conditions: one row per triple)."""
    folder.mkdir()
    quotes = sheet[sheet["table"] == "quotes"].rename(columns={"text": "quote"})
    quotes[["article", "kind", "speaker", "quote", "cue"]].to_csv(folder / "quotes.csv", index=False)
    conds = sheet[sheet["table"] == "conditions"]
    conds[["article", "holder", "holder_country", "category", "text"]].to_csv(folder / "conditions.csv", index=False)


@pytest.mark.parametrize("n, seed", [(60, 3), (150, 17), (10_000, 0)])   # the last one: every row
def test_key_filled_sheet_gives_the_precision_of_evaluate(seeds, tmp_path, n, seed):
    _, tables = seeds
    sheet = audit.draw_sample(tables, n=n, seed=seed)
    path = audit.write_sheet(audit.fill_from_key(sheet, config.GOLD_DIR), tmp_path / "filled.csv")
    filled = audit.read_sheet(path)
    # evaluate scores conditions as a set of (article, side, category) triples: one row per triple
    triple = ["article", "holder_country", "category"]
    filled = filled[~((filled["table"] == "conditions") & filled.duplicated(triple))]
    _as_prediction(filled, tmp_path / "pred")
    result = evaluate.evaluate(config.GOLD_DIR, tmp_path / "pred")
    scores = audit.score(filled).set_index(["table", "field"])

    quotes = [result["quotes/direct"], result["quotes/indirect"]]
    tp, n_pred = sum(q["tp"] for q in quotes), sum(q["n_pred"] for q in quotes)
    assert n_pred > 0 and (scores.loc[("quotes", "item"), "right"], scores.loc[("quotes", "item"), "n"]) == (tp, n_pred)
    assert math.isclose(scores.loc[("quotes", "item"), "precision"], tp / n_pred)
    speaker = result["speaker accuracy"]
    assert (scores.loc[("quotes", "speaker"), "right"], scores.loc[("quotes", "speaker"), "n"]) == (
        speaker["correct"], speaker["n"])
    conds = result["conditions"]
    assert conds["n_pred"] > 0
    assert (scores.loc[("conditions", "all fields"), "right"], scores.loc[("conditions", "all fields"), "n"]) == (
        conds["tp"], conds["n_pred"])
    assert math.isclose(scores.loc[("conditions", "all fields"), "precision"], conds["precision"], abs_tol=5e-5)


def test_seed_trust_summary_rests_on_the_answer_key(seeds):
    corpus, tables = seeds
    summary = audit.trust_summary(config.SEEDS_DIR, ["quotes", "conditions", "relations"], corpus=corpus)
    result = evaluate.evaluate(config.GOLD_DIR, tables)
    rows = summary.set_index(["table", "field"])
    assert math.isclose(rows.loc[("conditions", "all fields"), "precision"], result["conditions"]["precision"],
                        abs_tol=5e-5)
    assert rows.loc[("quotes", "speaker"), "n"] == result["speaker accuracy"]["n"]
    assert rows.loc[("relations", ""), "checked_by"] == audit.NOTHING_CHECKED


def test_readme_names_the_audit_folder_the_code_reads(tmp_path):
    """Audit sheets are read beside the articles, then from the corpus's output folder
    ``reports/<name>-<hash>/audit``: the README's audit workflow must say the same."""
    import re

    folder = tmp_path / "my_articles"
    folder.mkdir()
    beside, derived = audit.audit_dirs(folder)
    assert beside == folder / "audit"
    assert derived.parent.parent == config.REPORTS_DIR and re.fullmatch(r"my_articles-[0-9a-f]{8}", derived.parent.name)
    readme = (config.PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    workflow = readme[readme.index("## How far to trust the tables"):]
    assert "reports/my_articles-<hash>/audit/" in workflow and "reports/my_articles/audit" not in workflow
