"""The torture suite (issue 18): bad inputs and faults, each next to three good articles.

Every case is made in a temporary folder by the test itself (big files are
sparse or written in a stream), then built with ``python -m helpers build``
(in this process: one job, ``--no-cache`` unless the case is about the cache)
and checked three ways:

1. the message: one line naming the file (escaped), in ``problems.csv`` and in
   the log;
2. the good articles' rows: byte-identical to a clean build of the three good
   articles alone (``baseline``, built once per module);
3. nothing outside the corpus was read: an audit hook records every file the
   build opens, and each must resolve into the corpus or the output folder
   (or the package, the model and the cache, which live outside the test's folder).

Sections follow the issue's items. Cases that need work from another branch
are marked ``xfail(strict=True)`` with the branch named: they fail now, and the
marker comes off when that branch is merged. Cases that start a new Python
process carry the ``slow`` marker (``make test`` runs them; ``pytest -m "not
slow"`` leaves them out).
"""
from __future__ import annotations

import csv
import logging
import os
import resource
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from helpers import __main__ as cli
from helpers import config, corpus, evaluate, plots, report, safety
from helpers.analysis import graph as agraph
from helpers.pipeline import read_table
from helpers.render import graph as rgraph

GOOD = {
    "harbour.txt": (
        "Harbour deal stalls as Lakeside council demands guarantees – Coastal Ledger\n\n"
        "The Lakeside city council on Tuesday demanded that the Northport Shipping Company repay the "
        "dredging subsidy before any new lease is signed.\n\n"
        "“We will not sign a lease until the company repays every cent it received,” said Mayor Anna "
        "Lindqvist, who chairs the harbour committee.\n\n"
        "Company spokesman Tomas Reyes said the firm had met its obligations and accused the council of "
        "stalling the project.\n\n"
        "Governor Paul Ferrante urged both sides to return to talks and warned that the state could "
        "withdraw its funding.\n"
    ),
    "bridge.txt": (
        "Bridge repairs split the valley towns – Valley Courier\n\n"
        "The mayors of Eastbrook and Westford clashed on Monday over who should pay for repairs to the old "
        "river bridge.\n\n"
        "“Westford uses the bridge more than anyone, so Westford should pay the larger share,” said "
        "Eastbrook mayor Lena Okafor.\n\n"
        "Westford mayor Daniel Moreau rejected the demand and said the county must cover the cost.\n\n"
        "County executive Rosa Delgado said the county would fund an inspection but insisted that both "
        "towns agree on a plan first.\n"
    ),
    "school.txt": (
        "Teachers threaten strike over class sizes – Northern Gazette\n\n"
        "The teachers' union in Pinecrest said on Wednesday it would strike next month unless the school "
        "board hires forty new teachers.\n\n"
        "“Our classrooms are too crowded for anyone to learn,” said union president Marcus Hale.\n\n"
        "Board chair Ingrid Svensson said the district could not afford new hires without help from the "
        "state.\n\n"
        "Hale accused the board of ignoring the teachers and called on Governor Paul Ferrante to "
        "intervene.\n"
    ),
}
#: The tables with one row per article or per piece of an article (``actors`` sums over articles).
ROW_TABLES = ("articles", "mentions", "quotes", "conditions", "relations")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XML_FORBIDDEN = "\x00\x01\x1b\ufffe\uffff"

# --------------------------------------------------------------------------- what the build opens

_OPENED: list[str] = []
_RECORDING = [False]


def _record_open(event: str, args: tuple) -> None:
    """Audit hook: the path of every file opened while ``_RECORDING`` is on (``open`` and ``os.open``)."""
    if event == "open" and _RECORDING[0] and isinstance(args[0], (str, bytes, os.PathLike)):
        _OPENED.append(os.path.join(os.getcwd(), os.fsdecode(args[0])))


sys.addaudithook(_record_open)


def reads_outside(opened: list[str], area: Path, allowed: list[Path]) -> list[str]:
    """Files opened inside ``area`` (the test's folder) that resolve outside every ``allowed`` folder."""
    area = area.resolve()
    roots = [Path(os.path.realpath(a)) for a in allowed]
    bad = []
    for path in opened:
        real = Path(os.path.realpath(path))
        if (real == area or area in real.parents) and not any(real == r or r in real.parents for r in roots):
            bad.append(str(real))
    return bad


@contextmanager
def no_hang(seconds: int = 120):
    """Turn a hang (a FIFO opened for reading, an endless read) into a test failure."""
    def fail(*_):
        raise TimeoutError(f"hung for {seconds} s")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# --------------------------------------------------------------------------- builds


def csv_rows(path: Path, names) -> list[list[str]]:
    """The header and the rows of a CSV table whose ``article`` is in ``names``, exactly as written."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    col = rows[0].index("article")
    return [rows[0]] + [r for r in rows[1:] if r[col] in names]


def good_rows(folder: Path) -> dict[str, list[list[str]]]:
    return {table: csv_rows(folder / f"{table}.csv", GOOD) for table in ROW_TABLES}


@dataclass
class Run:
    """One ``python -m helpers build``: exit code, output folder, stderr, logged warnings, files opened."""

    code: int
    out: Path
    err: str
    messages: list[str]
    opened: list[str]

    def problems(self) -> pd.DataFrame:
        return pd.read_csv(self.out / "problems.csv", dtype=str, keep_default_na=False)

    def table(self, name: str) -> pd.DataFrame:
        return read_table(self.out / f"{name}.csv", name)

    def line(self, name: str, *words: str) -> str:
        """The one logged line naming ``name`` (escaped) that holds every word; every line is one line."""
        assert all("\n" not in m and "\r" not in m for m in self.messages), self.messages
        found = [m for m in self.messages if m.startswith(f"{name}: ") and all(w in m for w in words)]
        assert found, f"no line names {name!r} with {words}: {self.messages}"
        listed = self.problems()
        assert ((listed["file"] == name) & listed["message"].isin(found)).any(), listed
        return found[0]


def write_good(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """The rows of a clean build of the three good articles alone."""
    root = tmp_path_factory.mktemp("clean")
    code = cli.main(["build", "--corpus", str(write_good(root / "corpus")), "--out", str(root / "out"),
                     "--no-cache", "--jobs", "1"])
    assert code == 0
    rows = good_rows(root / "out")
    assert all(len(rows[t]) > 1 for t in ("articles", "mentions", "quotes", "relations"))
    return rows


@pytest.fixture
def good(tmp_path):
    """A corpus folder holding the three good articles, for a case to add its bad input to."""
    return write_good(tmp_path / "corpus")


@pytest.fixture
def build(tmp_path, caplog, capsys, monkeypatch):
    """Run ``python -m helpers build`` on a folder in this process; options are passed on."""
    monkeypatch.setenv(corpus.FOLLOW_ENV, "0")  # --follow-symlinks sets it; restored after the test

    def run(folder: Path, *options: str, cache: bool = False) -> Run:
        out = tmp_path / "out"
        argv = ["build", "--corpus", str(folder), "--out", str(out), "--jobs", "1", *options]
        _OPENED.clear()
        caplog.clear()
        _RECORDING[0] = True
        try:
            with caplog.at_level(logging.WARNING, logger="helpers"), no_hang():
                code = cli.main(argv + ([] if cache else ["--no-cache"]))
        finally:
            _RECORDING[0] = False
        messages = [r.getMessage() for r in caplog.records if r.name.startswith("helpers")]
        return Run(code, out, capsys.readouterr().err, messages, list(_OPENED))

    return run


def assert_clean(run: Run, baseline, tmp_path: Path, folder: Path) -> None:
    """Exit 0, the good articles' rows as in the clean build, and nothing outside the corpus read."""
    assert run.code == 0, run.err
    assert good_rows(run.out) == baseline
    # The tables are written into a new folder beside --out, then swapped in (the old set put aside and removed).
    sets = (f".{run.out.name}.new-", f".{run.out.name}.old-")
    output_sets = {q for p in map(Path, run.opened) for q in (p, *p.parents)
                   if q.parent == run.out.parent and q.name.startswith(sets)}
    assert reads_outside(run.opened, tmp_path, [folder, run.out, config.CACHE_DIR, *output_sets]) == []


# =========================================================================== item 1: one gate for input text


def test_a_1_2_mb_article_is_refused_in_one_line_and_never_parsed(good, build, baseline, tmp_path):
    paragraph = ("The county board heard residents on the road plan for the northern district, and the "
                 "planning office said it would review the traffic figures before the vote.\n\n")
    with open(good / "huge.txt", "w", encoding="utf-8") as fh:  # written in a stream, 1.2 MB
        fh.write("Road plan hearing runs long\n\n")
        for _ in range(1_200_000 // len(paragraph) + 1):
            fh.write(paragraph)
    run = build(good)
    run.line("huge.txt", "1,000,000-character limit", "HELPERS_MAX_CHARS")
    assert "huge.txt" not in set(run.table("articles")["article"])
    assert_clean(run, baseline, tmp_path, good)


def test_symlinks_leaving_the_corpus_are_refused_and_their_targets_never_opened(good, build, baseline, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("Private notes\n\nThe secret word is marigold-7731, said Ada Quill.\n")
    (good / "secret.txt").symlink_to(secret)
    (good / "folder_link").symlink_to(outside, target_is_directory=True)
    (good / "loop.txt").symlink_to(good / "loop.txt")
    system = Path("/etc/hostname")
    if system.exists():
        (good / "host.txt").symlink_to(system)
    run = build(good)
    run.line("secret.txt", "leaving the corpus folder")
    run.line("loop.txt", "loop")
    if system.exists():
        run.line("host.txt", "leaving the corpus folder")
    assert_clean(run, baseline, tmp_path, good)
    assert not [p for p in run.opened if os.path.realpath(p) in {str(secret), str(system)}]
    for path in run.out.iterdir():
        assert "marigold" not in path.read_text(encoding="utf-8"), path.name


def test_a_fifo_named_manifest_csv_does_not_hang(good, build, baseline, tmp_path):
    os.mkfifo(good / "manifest.csv")
    os.mkfifo(good / "pipe.txt")
    run = build(good)
    run.line("manifest.csv", "not a regular file")
    run.line("pipe.txt", "not a regular file")
    assert_clean(run, baseline, tmp_path, good)


def test_a_manifest_linked_to_dev_zero_is_refused_even_when_links_are_followed(good, build, baseline, tmp_path):
    (good / "manifest.csv").symlink_to("/dev/zero")
    run = build(good, "--follow-symlinks")
    run.line("manifest.csv", "not a regular file")
    assert run.code == 0 and good_rows(run.out) == baseline
    assert not [p for p in run.opened if os.path.realpath(p) == "/dev/zero"]


def test_a_3_gb_file_is_refused_before_it_is_read_even_for_the_cache_key(good, build, baseline, tmp_path):
    with open(good / "dump.txt", "wb") as fh:
        fh.truncate(3 * 1024 ** 3)  # sparse: no disk used
    run = build(good, cache=True)
    run.line("dump.txt", "byte limit")
    assert_clean(run, baseline, tmp_path, good)
    assert not [p for p in run.opened if p.endswith("dump.txt")]


def test_40000_curly_quotation_marks_are_shortened_before_tokenizing(good, build, baseline, tmp_path):
    (good / "marks.txt").write_text("Quotation marks\n\n" + "“" * 40_000 + "\n", encoding="utf-8")
    run = build(good)
    run.line("marks.txt", "punctuation run shortened")
    text = run.table("articles").set_index("article").loc["marks.txt", "text"]
    assert text.count("“") <= 3
    assert_clean(run, baseline, tmp_path, good)


def test_control_characters_never_reach_the_tables_and_the_graph_files_parse(good, build, baseline, tmp_path):
    filler = "The ferry board chair, Nils Berg, met harbour master Olav Dahl to discuss the winter timetable.\n\n"
    text = ("Ferry vote \x1b[31mdelayed\x01\n\n" + filler * 100 + "Berg\x00 said\ufffe the vote\uffff was delayed.\n\n"
            + filler)
    name = "ferry\x1b\ufffe.txt"
    (good / name).write_text(text, encoding="utf-8")
    (good / "manifest.csv").write_text(f"article,outlet\n{name},Ferry\x01 Times\n", encoding="utf-8")
    run = build(good)
    run.line("ferry\\x1b\\ufffe.txt", "NUL", "control character", "U+FFFE/U+FFFF")
    articles = run.table("articles").set_index("article")
    assert not set(XML_FORBIDDEN) & set(articles.loc[name, "text"] + articles.loc[name, "outlet"])
    relations = run.table("relations")
    assert name in set(relations["article"])  # the name, with its ESC, reaches the graph
    assert_clean(run, baseline, tmp_path, good)
    G = agraph.build_graph(relations, run.table("actors"), run.table("articles"))
    paths = rgraph.export_graph(G, tmp_path / "graph")
    for ext in ("gexf", "graphml"):
        root = ET.parse(paths[ext]).getroot()  # raises on a malformed file
        values = [v for el in root.iter() for v in el.attrib.values()] + [el.text or "" for el in root.iter()]
        assert any("ferry\ufffd\ufffd.txt" in v for v in values), ext


def test_bidirectional_controls_around_a_name_do_not_hide_its_mentions(good, build, baseline, tmp_path):
    wrapped = "\u202eMarta Kowal\u202c"
    text = (f"Library hours cut\n\n{wrapped}, the library director, said the reading rooms would close at six.\n\n"
            f"Parents asked \u2066Marta Kowal\u2069 to keep the children's room open. {wrapped} said she would try.\n")
    (good / "library.txt").write_text(text, encoding="utf-8")
    run = build(good)
    run.line("library.txt", "bidirectional control")
    mentions = run.table("mentions")
    assert (mentions[mentions["article"] == "library.txt"]["actor"] == "Marta Kowal").sum() == 3
    assert_clean(run, baseline, tmp_path, good)


def test_a_utf16_file_is_read_like_its_utf8_original(good, build, baseline, tmp_path):
    (good / "copy16.txt").write_bytes(GOOD["bridge.txt"].encode("utf-16"))
    run = build(good)
    run.line("copy16.txt", "UTF-16")
    articles = run.table("articles").set_index("article")
    assert articles.loc["copy16.txt", "duplicate_of"] == "bridge.txt"
    for table in ("mentions", "quotes", "relations"):
        df = run.table(table)
        copy, original = (df[df["article"] == a].drop(columns="article").reset_index(drop=True)
                          for a in ("copy16.txt", "bridge.txt"))
        pd.testing.assert_frame_equal(copy, original)
    assert_clean(run, baseline, tmp_path, good)


def test_file_names_with_newlines_and_colons_are_named_safely(good, build, baseline, tmp_path):
    (good / "x\nharbour.txt: forged.txt").write_text("")  # unescaped, its warning would name harbour.txt
    (good / "a:b.txt").write_text("")
    run = build(good)
    run.line("x\\nharbour.txt: forged.txt", "empty file")
    run.line("a:b.txt", "empty file")
    assert not [m for m in run.messages if m.startswith("harbour.txt")]
    assert_clean(run, baseline, tmp_path, good)


def test_names_and_fields_that_are_not_valid_unicode_do_not_stop_the_build(good, build, baseline, tmp_path):
    with open(os.path.join(os.fsencode(good), b"caf\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write("Tram line reopens\n\nThe tram operator, Eva Holm, said services would resume on Friday.\n")
    (good / "feed.jsonl").write_text(
        '{"id": "1", "title": "Quay \\udcff news\\u001b", "outlet": "Port \\ud800 Daily", '
        '"text": "Quay news\\n\\nThe quay chief, Ivo Petrov, said work had begun."}\n', encoding="utf-8")
    run = build(good)
    run.line("caf\ufffd.txt", "not valid UTF-8")
    run.line("feed.jsonl#1", "removed from outlet, title")
    articles = run.table("articles").set_index("article")
    assert "caf\ufffd.txt" in articles.index
    assert articles.loc["feed.jsonl#1", "outlet"] == "Port \ufffd Daily"
    assert_clean(run, baseline, tmp_path, good)


def test_manifest_bad_dates_repeated_rows_and_missing_columns_are_reported(good, build, baseline, tmp_path):
    (good / "manifest.csv").write_text("article,published\nharbour.txt,someday\nharbour.txt,2020-01-01\n")
    run = build(good)
    run.line("manifest.csv", "'someday' is not a date")
    run.line("manifest.csv", "listed again", "first row is used")
    assert run.code == 0
    rows = good_rows(run.out)
    assert {t: rows[t] for t in ROW_TABLES[1:]} == {t: baseline[t] for t in ROW_TABLES[1:]}
    articles = run.table("articles").set_index("article")
    assert articles.loc["harbour.txt", "published"] == ""  # not the repeated row's date
    clean = pd.DataFrame(baseline["articles"][1:], columns=baseline["articles"][0]).set_index("article")
    for col in ("title", "outlet", "byline", "text"):  # each missing column falls back to the text
        assert articles.loc["harbour.txt", col] == clean.loc["harbour.txt", col]


def test_a_manifest_without_an_article_column_is_ignored_in_one_line(good, build, baseline, tmp_path):
    (good / "manifest.csv").write_text("file,outlet\nharbour.txt,Somebody Else\n")
    run = build(good)
    run.line("manifest.csv", "no 'article' column")
    assert_clean(run, baseline, tmp_path, good)


def test_files_that_are_not_articles_are_each_one_line(good, build, baseline, tmp_path):
    (good / "empty.txt").write_text("")
    (good / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (good / "notes.docx").write_bytes(b"PK\x03\x04")
    (good / "sub").mkdir()
    (good / "sub" / "hidden.txt").write_text("Not read\n\nA sub-folder is not part of the corpus.\n")
    run = build(good)
    run.line("empty.txt", "empty file")
    run.line("image.txt", "binary")
    run.line("notes.docx", "not an article format")
    assert "sub" not in "".join(run.problems()["file"])
    assert_clean(run, baseline, tmp_path, good)


# =========================================================================== item 3: GEXF, GraphML, graph page


PAYLOADS = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "</script><script>alert(2)</script>",
            "Ann & Bo \x1b[31m\x00\ufffe", "=HYPERLINK(\"https:evil.example\")"]


def payload_graph():
    rows = [{"source": f"Ann {p}", "target": f"Bo {q}", "relation": "criticizes", "sign": "-", "category": p,
             "article": f"{q}.txt", "sentence": p, "evidence": f"{p} said {q}"}
            for p, q in zip(PAYLOADS, PAYLOADS[1:] + PAYLOADS[:1], strict=True)]
    return agraph.build_graph(rows)


def test_graph_exports_of_hostile_names_parse_and_the_page_escapes_them(tmp_path):
    paths = rgraph.export_graph(payload_graph(), tmp_path)
    for ext in ("gexf", "graphml"):
        ET.parse(paths[ext])  # well-formed despite NUL, ESC and U+FFFE
    page = paths["html"].read_text(encoding="utf-8")
    assert page.count("<script") == 2 and page.count("</script>") == 2  # only the page's own
    assert "<img" not in page and 'alert("x")</' not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page  # shown as text


def test_xml_safe_graph_keeps_allowed_text_and_changes_nothing_else():
    G = payload_graph()
    H = safety.xml_safe_graph(G)
    assert H.number_of_edges() == G.number_of_edges() and H.is_directed() and H.is_multigraph()
    assert sorted(H.nodes) == sorted(safety.xml_text(n) for n in G.nodes)
    assert 'Ann <script>alert("x")</script>' in H  # allowed characters are the XML writer's to escape
    assert not [n for n in H.nodes if set(XML_FORBIDDEN) & set(n)]
    assert sorted(d["evidence"] for *_, d in H.edges(data=True)) == sorted(
        safety.xml_text(d["evidence"]) for *_, d in G.edges(data=True))
    assert any("\x1b" in n for n in G.nodes)  # the original graph is not changed
    assert safety.xml_text("tab\tline\nend\u00e9") == "tab\tline\nend\u00e9"


# =========================================================================== item 4: spreadsheet safety


def test_formula_names_and_quotes_stay_exact_in_the_tables_and_safe_in_figure_csvs(good, build, baseline, tmp_path):
    name = '=HYPERLINK("https:evil.example","open").txt'
    (good / name).write_text("Pier vote delayed\n\n“+cmd|' /C calc'!A0 is what the pier needs,” said harbour "
                             "master Olav Dahl.\n\n“@SUM(1+1) is not a plan,” said Nils Berg.\n", encoding="utf-8")
    run = build(good)
    assert_clean(run, baseline, tmp_path, good)
    quotes = run.table("quotes")
    hostile = quotes[quotes["article"] == name]
    assert {"+cmd", "@SUM"} <= {q[:4] for q in hostile["quote"]}  # the data tables keep the exact text
    text = run.table("articles").set_index("article").loc[name, "text"]
    assert all(text[s:e] == q for s, e, q in zip(hostile["start"], hostile["end"], hostile["quote"], strict=True))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.bar(range(len(quotes)), quotes["end"] - quotes["start"])
    data = quotes.assign(change=-(quotes["end"] - quotes["start"]))
    path = plots.save_figure(fig, "hostile", data, folder=tmp_path / "figures")["csv"]
    plt.close(fig)
    with open(path, encoding="utf-8", newline="") as fh:
        cells = list(csv.reader(fh))
    header, rows = cells[0], cells[1:]
    numeric = {header.index(c) for c in ("start", "end", "change")}
    for row in rows:
        assert not [c for i, c in enumerate(row) if i not in numeric and c.startswith(FORMULA_STARTS)], row
        assert float(row[header.index("change")]) < 0  # numbers stay numbers
    back = pd.DataFrame([[c[1:] if c.startswith("'") else c for c in r] for r in rows], columns=header)
    assert back["quote"].tolist() == data["quote"].tolist() and back["article"].tolist() == data["article"].tolist()


@pytest.mark.parametrize("value", ["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "'quoted"])
def test_spreadsheet_cell_escapes_every_formula_start_reversibly(value):
    safe = safety.spreadsheet_cell(value)
    assert safe.startswith("'") and safe[1:] == value
    assert safety.spreadsheet_cell("plain words") == "plain words"


def test_spreadsheet_safe_leaves_numbers_and_the_original_frame_alone():
    df = pd.DataFrame({"quote": ["=A1", "fine"], "n": [-1, 2], "share": [-0.5, 0.25]})
    safe = safety.spreadsheet_safe(df)
    assert safe["quote"].tolist() == ["'=A1", "fine"] and df["quote"].tolist() == ["=A1", "fine"]
    assert safe["n"].tolist() == [-1, 2] and safe["share"].tolist() == [-0.5, 0.25]


# =========================================================================== item 5: outputs for the seeds only

@pytest.mark.parametrize("spelling", ["seeds/.", "./seeds/", "seeds"])
def test_every_spelling_of_the_seeds_writes_the_seeds_outputs(spelling, monkeypatch):
    monkeypatch.chdir(config.PROJECT_DIR)
    assert config.output_dir(Path(spelling)) == config.REPORTS_DIR
    source = config.NOTEBOOKS_DIR / "00_corpus.py"
    assert report.notebook_target(source, Path(spelling)) == source.with_suffix(".ipynb")


def other_corpora(tmp_path) -> list[Path]:
    named = [tmp_path / n for n in ("tables", "figures", "graph", "notebooks", "reports")]
    return [Path("/"), tmp_path / "seeds", *named]


def test_no_other_corpus_writes_into_the_seeds_outputs(tmp_path):
    seeds_outputs = [config.REPORTS_DIR / n for n in ("tables", "figures", "graph")]
    for folder in other_corpora(tmp_path):
        out = config.output_dir(folder)
        assert out != config.REPORTS_DIR and not any(o == out or o in out.parents for o in seeds_outputs), folder
        target = report.notebook_target(config.NOTEBOOKS_DIR / "00_corpus.py", folder)
        assert target.parent != config.NOTEBOOKS_DIR, folder


def make_out_folder(corpus_arg: str) -> Path:
    """The ``--out`` of the command ``make tables CORPUS=...`` would run (``make -n``: nothing runs)."""
    proc = subprocess.run(["make", "-n", "tables", f"CORPUS={corpus_arg}", f"PY={sys.executable}"],
                          cwd=config.PROJECT_DIR, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    line = [ln for ln in proc.stdout.splitlines() if " build " in ln][-1]
    return (config.PROJECT_DIR / line.split("--out", 1)[1].split()[0]).resolve()


@pytest.mark.slow
@pytest.mark.skipif(not (config.PROJECT_DIR / "Makefile").exists() or not os.path.exists("/usr/bin/make"),
                    reason="needs make and the project's Makefile")
def test_make_tables_writes_the_seeds_tables_only_for_the_seeds(tmp_path):
    assert make_out_folder("seeds/.") == make_out_folder("./seeds/") == config.REPORTS_DIR / "tables"


@pytest.mark.slow
@pytest.mark.skipif(not (config.PROJECT_DIR / "Makefile").exists() or not os.path.exists("/usr/bin/make"),
                    reason="needs make and the project's Makefile")
def test_make_tables_of_another_corpus_never_writes_reports_tables(tmp_path):
    seeds_tables = (config.REPORTS_DIR / "tables").resolve()
    for folder in ("/", str(tmp_path / "tables"), str(tmp_path / "seeds")):
        out = make_out_folder(folder)
        assert out != seeds_tables and seeds_tables not in out.parents, folder


# =========================================================================== item 6: clear errors at every entry point


@pytest.mark.parametrize(("variable", "value"), [
    ("HELPERS_MAX_BYTES", "abc"), ("HELPERS_MAX_CHARS", "1e6"), ("HELPERS_FOLLOW_SYMLINKS", "perhaps"),
    ("HELPERS_COLUMN_MAP", "nonsense"),
])
def test_an_invalid_environment_variable_is_one_line_and_exit_2(good, build, monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    run = build(good)
    lines = run.err.strip().splitlines()
    assert run.code == 2 and len(lines) == 1 and lines[0].startswith("error: "), run.err
    assert variable.split("_")[-1].lower() in lines[0].lower() or "column map" in lines[0]
    assert not run.out.exists()


@pytest.mark.slow
def test_the_command_line_names_an_invalid_setting_without_a_traceback(good, tmp_path):
    env = {**os.environ, "HELPERS_MAX_BYTES": "abc", "HELPERS_CACHE": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-m", "helpers", "build", "--corpus", str(good), "--out",
                           str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 2 and proc.stderr.strip().splitlines() == [
        "error: HELPERS_MAX_BYTES='abc' is not a whole number of bytes (e.g. 2000000)"]


def predictions(folder: Path, quotes: str | bytes) -> Path:
    folder.mkdir()
    path = folder / "quotes.csv"
    path.write_bytes(quotes if isinstance(quotes, bytes) else quotes.encode("utf-8"))
    return folder


@pytest.mark.parametrize("content", ['article,quote\nx.txt,"never closed\n', b"\x89\xff\xfe\x00garbage" * 50])
def test_evaluate_on_an_unreadable_csv_is_one_line_naming_it(tmp_path, capsys, content):
    pred = predictions(tmp_path / "pred", content)
    code = evaluate.main(["--gold", str(config.GOLD_DIR), "--pred", str(pred)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and str(pred / "quotes.csv") in err[0] and "Traceback" not in err[0]


def test_evaluate_on_a_missing_folder_is_one_line(tmp_path, capsys):
    code = evaluate.main(["--gold", str(config.GOLD_DIR), "--pred", str(tmp_path / "nowhere")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "nowhere" in err[0]


def test_evaluate_on_empty_predictions_shows_speaker_accuracy_as_not_available(tmp_path, capsys):
    pred = predictions(tmp_path / "pred", "article,kind,speaker,quote\n")
    assert evaluate.main(["--gold", str(config.GOLD_DIR), "--pred", str(pred)]) == 0
    [line] = [ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("speaker accuracy ")]
    assert line.split()[-2:] == ["n/a", "0"]
    assert evaluate.evaluate(config.GOLD_DIR, pred)["speaker accuracy"]["accuracy"] is None


# =========================================================================== items 2 and 3: cache and output sets
# The behaviour issue 18 specifies: cache entries that prove themselves, tables written as one set.


def table_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in {".csv", ".parquet"}
                  and p.stem in {"mentions", "quotes", "relations", "articles"})


def cut(path: Path, keep_rows: int | None) -> None:
    """Cut a cached table to its header (``keep_rows=None``) or at a row boundary (all rows but the last)."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        pq.write_table(table.slice(0, 0 if keep_rows is None else max(table.num_rows - 1, 0)), path)
        return
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    path.write_text((df.iloc[:0] if keep_rows is None else df.iloc[:-1]).to_csv(index=False, lineterminator="\n"))


@pytest.mark.parametrize("keep_rows", [None, -1], ids=["cut-to-its-header", "cut-at-a-row-boundary"])
def test_a_cut_cache_entry_is_rebuilt_not_trusted(good, build, baseline, tmp_path, monkeypatch, keep_rows):
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    first = build(good, cache=True)
    assert_clean(first, baseline, tmp_path, good)
    files = table_files(tmp_path / "cache")
    assert files
    for path in files:
        cut(path, keep_rows)
    from helpers import pipeline

    pipeline._MEMO.clear()
    run = build(good, cache=True)
    assert_clean(run, baseline, tmp_path, good)
    assert run.messages, "a damaged cache entry is rebuilt with a warning"


def test_a_file_in_place_of_the_cache_folder_is_a_warning_and_a_build_without_it(good, build, baseline, tmp_path,
                                                                                 monkeypatch):
    blocker = tmp_path / "cache"
    blocker.write_text("not a folder")
    monkeypatch.setattr(config, "CACHE_DIR", blocker)
    run = build(good, cache=True)
    assert_clean(run, baseline, tmp_path, good)
    assert any("cache" in m for m in run.messages) and blocker.read_text() == "not a folder"


def test_out_pointing_at_a_file_is_one_line_and_leaves_the_file(good, tmp_path, capsys):
    target = tmp_path / "tables.csv"
    target.write_text("keep me")
    code = cli.main(["build", "--corpus", str(good), "--out", str(target), "--no-cache", "--jobs", "1"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "tables.csv" in err[0]
    assert target.read_text() == "keep me"


def _limit_file_size(limit: int):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.slow
def test_a_build_that_cannot_write_its_tables_leaves_the_previous_set_untouched(good, tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "HELPERS_CACHE": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, "-m", "helpers", "build", "--corpus", str(good), "--out", str(out),
               "--no-cache", "--jobs", "1"]
    assert subprocess.run(command, capture_output=True, env=env, timeout=600).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    paragraph = "The harbour committee will meet again next week to hear the shipping company's answer.\n\n"
    (good / "long.txt").write_text("Harbour committee adjourns\n\n" + paragraph * 300, encoding="utf-8")
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600,
                          preexec_fn=_limit_file_size(40_000))  # as if the disk filled up mid-set
    errors = [ln for ln in proc.stderr.splitlines() if not ln.startswith("warning: ")]
    assert proc.returncode != 0 and "Traceback" not in proc.stderr and len(errors) == 1, proc.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
