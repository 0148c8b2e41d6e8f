"""Language knowledge as data: every table in ``helpers/data/`` has a description and is read by one loader."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
import textwrap

import pytest

from helpers import config, language


def test_every_data_table_has_a_description_column():
    tables = sorted(config.DATA_DIR.rglob("*.csv"))
    assert len(tables) > 40  # the cue tables and every word list
    for path in tables:
        with open(path, encoding="utf-8", newline="") as fh:
            header = next(csv.reader(fh))
        assert "description" in header, f"{path.relative_to(config.DATA_DIR)} has no description column"


def test_a_data_table_names_its_file_and_an_edited_file_is_read_again(tmp_path):
    path = tmp_path / "signs.csv"
    path.write_text("sign,meaning,description\n+,good,a cooperative relation\n", encoding="utf-8")
    table = language.data_table(path, required=["sign", "meaning"])
    assert table.to_dict("records") == [{"sign": "+", "meaning": "good", "description": "a cooperative relation"}]
    with pytest.raises(ValueError, match=r"signs\.csv: a data table needs the column\(s\) colour"):
        language.data_table(path, required=["sign", "colour"])
    path.write_text("sign,meaning,description\n+,good\n-,bad,a conflictual relation\n", encoding="utf-8")
    assert language.data_table(path)[["sign", "meaning", "description"]].values.tolist() == [
        ["+", "good", ""], ["-", "bad", "a conflictual relation"]]
    with pytest.raises(FileNotFoundError, match="nowhere.csv"):
        language.data_table(tmp_path / "nowhere.csv")


def test_a_lone_quotation_mark_inside_a_quoted_cell_names_its_file_and_line(tmp_path):
    # a single ``"`` in a pattern ends the cell there: the rest of the pattern would be lost silently
    path = tmp_path / "cues.csv"
    path.write_text('cue,pattern,description\nonce,\\bonce\\b,x\nquoted,"as (?:["\']\\s*)?vital",y\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"cues\.csv:3: .*double a quotation mark"):
        language.data_table(path)
    path.write_text('cue,pattern,description\nquoted,"as (?:[""\']\\s*)?vital",y\n', encoding="utf-8")
    assert language.data_table(path)["pattern"].tolist() == ['as (?:["\']\\s*)?vital']


def test_a_row_with_more_cells_than_the_header_names_its_file_and_line(tmp_path):
    # an unquoted comma (``\W{1,3}`` in a pattern) would cut the row; the file says where instead
    path = tmp_path / "cues.csv"
    path.write_text("cue,pattern,description\nonce,\\bonce\\b,a term met first\nonly,\\bonly\\W{1,3}when\\b,x\n",
                    encoding="utf-8")
    with pytest.raises(ValueError, match=r"cues\.csv:3: 4 cells where the header has 3"):
        language.data_table(path)
    path.write_text('cue,pattern,description\nonly,"\\bonly\\W{1,3}when\\b",x\n', encoding="utf-8")
    assert language.data_table(path)["pattern"].tolist() == [r"\bonly\W{1,3}when\b"]


def test_every_shipped_table_and_story_file_reads_without_a_cut_row():
    files = sorted(config.DATA_DIR.rglob("*.csv")) + sorted((config.PACKAGE_DIR / "stories").rglob("*.csv"))
    assert len(files) > 40
    for path in files:
        header, rows = language._read_csv(path)  # raises on a row longer than its header
        assert rows, f"{path} has no rows"


#: Run in a new process: records every file of helpers/data/ a module of the package opens other than
#: through helpers/language.py, while the package is imported and a small corpus is built.
_PROBE = textwrap.dedent("""
    import builtins, io, json, sys, traceback
    from pathlib import Path
    from helpers import config
    data, package = config.DATA_DIR.resolve(), config.PACKAGE_DIR.resolve()
    seen, direct = set(), set()
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        path = Path(str(file)) if isinstance(file, (str, Path)) else None
        binary = "b" in (args[0] if args else kwargs.get("mode", "r"))  # hashed for the cache key, not read
        if path is not None and not binary and path.suffix == ".csv" and data in path.resolve().parents:
            callers = [Path(f.filename).resolve() for f in traceback.extract_stack()[:-1]]
            ours = [c for c in callers if package in c.parents]
            seen.add(path.name)
            if ours and ours[-1].name != "language.py":
                direct.add(f"{ours[-1].relative_to(package)} reads {path.name}")
        return real_open(file, *args, **kwargs)

    builtins.open = io.open = spy
    from helpers import language, pipeline
    from helpers.render import plots
    language._rows.cache_clear()
    pipeline.build(sys.argv[1], jobs=1, progress=False, cache=False, story=sys.argv[2])
    plots.relation_style("meets")
    print(json.dumps({"seen": sorted(seen), "direct": sorted(direct)}))
""")


@pytest.mark.slow
def test_only_the_language_module_reads_the_data_folder(tmp_path):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Harbour talks\nBy Ann Lee\n\nThe Harbour Council criticized the "
                                  "mayor on Monday. \"We will not pay unless the fees fall,\" Tom Reyes said.\n",
                                  encoding="utf-8")
    (corpus / "b.json").write_text(json.dumps({"title": "Ferry news", "maintext": "Canadian engineer Ann "
                                               "Okafor said the ferry would sail."}), encoding="utf-8")
    story = tmp_path / "story"
    story.mkdir()
    (story / "actors.csv").write_text("canonical,type,country\nHarbour Council,organization,GBR\n",
                                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _PROBE, str(corpus), str(story)], capture_output=True,
                          text=True, cwd=config.PROJECT_DIR, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["direct"] == []
    # the probe saw the tables the build consults (so an unread table would show up above)
    assert {"demonyms.csv", "relation_verbs.csv", "quote_cues.csv", "condition_cues.csv", "boilerplate.csv",
            "metadata_lines.csv", "record_fields.csv", "relation_styles.csv", "titles.csv",
            "cue_slots.csv"} <= set(report["seen"])


def test_every_pattern_naming_a_closed_compound_reads_its_hyphenated_spelling():
    """A house style that hyphenates a compound (``cease-fire``) meets the same patterns as the closed
    spelling (``closed_compounds``): every regular-expression row of the categories and cues finds the
    hyphenated word alone where it finds the closed one (a stem such as ``peacekeep\\w*`` included)."""
    import re

    files = [config.DATA_DIR / "condition_categories.csv", config.DATA_DIR / "condition_cues.csv",
             *sorted((config.PACKAGE_DIR / "stories").glob("*/conditions.csv"))]
    closed_only = []
    for path in files:
        for row in csv.DictReader(open(path, encoding="utf-8")):
            if (row.get("role") or row.get("kind")) == "lemma":
                continue  # lemma rows: the closed_lemmas component gives the hyphenated word the closed lemma
            pattern = re.compile(language.expand_slots(row["pattern"], language.cue_slots()), re.IGNORECASE)
            for hyphenated in language.words("closed_compounds"):
                closed = hyphenated.replace("-", "")
                if bool(pattern.search(f" {closed} ")) != bool(pattern.search(f" {hyphenated} ")):
                    closed_only.append(f"{path.name}: {closed}: {row['pattern'][:60]}")
    assert not closed_only


def test_a_cue_slot_is_written_once_and_every_slot_a_cue_names_exists():
    """The alternations the cues share (``cue_slots.csv``) are written once: no cue row repeats a slot's
    expanded text in place of its ``{name}``, and every ``{name}`` a cue row uses is in the slot table."""
    import re

    slots = language.cue_slots()
    expanded = {name: language.expand_slots(f"{{{name}}}", slots) for name in slots}
    for row in csv.DictReader(open(config.DATA_DIR / "condition_cues.csv", encoding="utf-8")):
        language.expand_slots(row["pattern"], slots, row["cue"])  # a missing slot is a ValueError
        for name, text in expanded.items():
            assert text not in row["pattern"], f"{row['cue']}: write {{{name}}} instead of its text"
        assert "monday" not in row["pattern"].lower(), f"{row['cue']}: write {{weekday}} instead of the days"
    # only the cue table is expanded: a slot written in any other table would match its braces literally
    for path in sorted(config.DATA_DIR.rglob("*.csv")) + sorted((config.PACKAGE_DIR / "stories").rglob("*.csv")):
        if path.name not in ("condition_cues.csv", "cue_slots.csv"):
            assert not re.search(r"\{[a-z_]+\}", path.read_text(encoding="utf-8")), f"{path.name} names a slot"
    assert re.search(expanded["when_adverb"] + " for", "called on Monday for", re.IGNORECASE)
    assert re.search(expanded["when_adverb"] + " for", "pressed hard for", re.IGNORECASE)
    assert not re.search(r"pressed" + expanded["when_adverb"] + " for", "pressed only for", re.IGNORECASE)
    assert not re.search(r"pressed" + expanded["when_adverb"] + " for", "pressed the council for", re.IGNORECASE)


@pytest.mark.parametrize("hyphenated", sorted(language.words("closed_compounds")))
def test_a_hyphenated_compound_is_one_token_with_the_closed_lemma_in_every_case(hyphenated):
    from helpers import nlp

    closed = hyphenated.replace("-", "")
    pipe = nlp.bare_nlp()
    for form, spelling in ((hyphenated, closed), (hyphenated.capitalize(), closed.capitalize()),
                           (hyphenated.title(), closed.capitalize()), (hyphenated.upper(), closed.upper())):
        toks = [t for t in pipe(f"They spoke of the {form} on Monday.")]
        assert [t.text for t in toks][4] == form
        assert toks[4].lemma_ == pipe(f"They spoke of the {spelling} on Monday.")[4].lemma_.lower()
