"""helpers.gate: the one gate every input byte passes (files, decoding, characters, limits, parser pieces).

Files are made in tmp folders; big files are sparse (no disk is used for their size).
"""
from __future__ import annotations

import os
import signal
import warnings
from contextlib import contextmanager

import pytest

from helpers import __main__ as cli
from corpus_load import load
from helpers import corpus, engines, gate, pipeline

BODY = "The harbour board met on Monday and agreed to dredge the channel before the summer season.\n"




def named(messages, prefix):
    found = [m for m in messages if m.startswith(prefix)]
    assert found, f"no message starts with {prefix!r}: {messages}"
    return found[0]


@contextmanager
def no_hang(seconds=20):
    """Turn a hang (e.g. opening a FIFO) into a test failure."""
    def fail(*_):
        raise TimeoutError("hung")

    old = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_byte_order_marks_are_detected(corpus_dir, encoding):
    data = ("Quay reopens\n" + BODY).encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (corpus_dir / "a.txt").write_bytes(data)
    df, messages = load(corpus_dir)
    assert df.loc[0, "title"] == "Quay reopens" and "dredge" in df.loc[0, "text"]
    assert "byte-order mark" in named(messages, "a.txt:")


def test_invalid_bytes_are_replaced_with_a_warning():
    text, notes = gate.decode(b"Caf\xe9 and \xff\xfe\x00")
    assert text.startswith("Caf\ufffd and") and any("invalid UTF-8" in n for n in notes)


# --------------------------------------------------------------------------- characters


def test_clean_text_counts_each_kind():
    text, counts = gate.clean_text("a\x00b\x07c\u202ed\u2066e\ufffef\uffffg\x85h")
    assert text == "abcdefgh"
    assert counts == {"NUL": 1, "control character": 2, "bidirectional control": 2, "U+FFFE/U+FFFF": 2}


def test_control_characters_in_a_record_are_removed_and_reported(corpus_dir):
    (corpus_dir / "rows.jsonl").write_text('{"title": "Pier", "text": "The pier\\u0000 opened\\u202e today."}\n')
    df, messages = load(corpus_dir)
    assert df.loc[0, "text"] == "Pier\n\nThe pier opened today."
    message = named(messages, "rows.jsonl#1:")
    assert "1 NUL removed" in message and "1 bidirectional control removed" in message


def test_long_punctuation_runs_are_shortened_with_a_note(corpus_dir):
    (corpus_dir / "a.txt").write_text("Headline\nHe said " + "“”" * 20000 + " and left.\n")
    df, messages = load(corpus_dir)
    assert len(df.loc[0, "text"]) < 100
    assert "punctuation run shortened" in named(messages, "a.txt:")


def test_ordinary_punctuation_is_untouched():
    text = "Wait... what?! -- “Yes,” he said (twice). ***"
    assert gate.clean_text(text) == (text, {})


# --------------------------------------------------------------------------- limits


def test_character_limit(corpus_dir, monkeypatch):
    monkeypatch.setattr(gate, "MAX_ARTICLE_CHARS", 50)
    (corpus_dir / "long.txt").write_text("Headline\n" + BODY * 3)
    (corpus_dir / "short.txt").write_text("Headline\nShort body.\n")
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["short.txt"]
    assert "character limit" in named(messages, "long.txt:")


def test_huge_sparse_file_is_refused_before_reading(corpus_dir, monkeypatch):
    big = corpus_dir / "dump.txt"
    with open(big, "wb") as fh:
        fh.truncate(3 * 1024 ** 3)
    (corpus_dir / "good.txt").write_text("Headline\n" + BODY)
    opened = []
    real_open = gate.open_regular
    monkeypatch.setattr(gate, "open_regular", lambda p: opened.append(p.name) or real_open(p))
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["good.txt"]
    assert "byte limit" in named(messages, "dump.txt:")
    opened.clear()
    corpus.folder_digest(corpus_dir)  # the build cache key must not read it either
    assert "dump.txt" not in opened


def test_invalid_max_bytes_setting_is_a_clear_error(corpus_dir, monkeypatch, capsys):
    (corpus_dir / "good.txt").write_text("Headline\n" + BODY)
    monkeypatch.setenv("HELPERS_MAX_BYTES", "two megabytes")
    code = cli.main(["build", "--corpus", str(corpus_dir), "--out", str(corpus_dir.parent / "out"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2 and "HELPERS_MAX_BYTES" in err and "Traceback" not in err


# --------------------------------------------------------------------------- files


def test_symlink_leaving_the_folder_is_refused_unless_followed(corpus_dir):
    outside = corpus_dir.parent / "outside.txt"
    outside.write_text("Outside headline\n" + BODY)
    (corpus_dir / "link.txt").symlink_to(outside)
    (corpus_dir / "good.txt").write_text("Headline\nAnother body of text here.\n")
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["good.txt"]
    assert "leaving the corpus folder" in named(messages, "link.txt:")
    df, _ = load(corpus_dir, follow_symlinks=True)
    assert df["article"].tolist() == ["good.txt", "link.txt"]


def test_symlink_inside_the_folder_is_read(corpus_dir):
    (corpus_dir / "good.txt").write_text("Headline\n" + BODY)
    (corpus_dir / "alias.txt").symlink_to(corpus_dir / "good.txt")
    df, _ = load(corpus_dir)
    assert df["article"].tolist() == ["alias.txt", "good.txt"]
    assert df.loc[0, "duplicate_of"] == "good.txt" or df.loc[1, "duplicate_of"] == "alias.txt"


def test_symlink_loop_is_refused(corpus_dir):
    (corpus_dir / "loop.txt").symlink_to(corpus_dir / "loop.txt")
    (corpus_dir / "good.txt").write_text("Headline\n" + BODY)
    df, messages = load(corpus_dir, follow_symlinks=True)
    assert df["article"].tolist() == ["good.txt"]
    assert "loop" in named(messages, "loop.txt:")


def test_fifos_are_refused_without_hanging(corpus_dir):
    os.mkfifo(corpus_dir / "manifest.csv")
    os.mkfifo(corpus_dir / "pipe.txt")
    (corpus_dir / "good.txt").write_text("Headline\n" + BODY)
    with no_hang():
        df, messages = load(corpus_dir)
        corpus.folder_digest(corpus_dir)
    assert df["article"].tolist() == ["good.txt"]
    assert "not a regular file" in named(messages, "manifest.csv:")
    assert "not a regular file" in named(messages, "pipe.txt:")


def test_open_regular_refuses_a_fifo_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "f")
    with no_hang(), pytest.raises(OSError, match="not a regular file"):
        gate.open_regular(tmp_path / "f")


def test_file_names_are_printed_safely(corpus_dir):
    (corpus_dir / "bad\nname\x1b[31m.txt").write_text("")
    _, messages = load(corpus_dir)
    assert named(messages, "bad\\nname\\x1b[31m.txt:")


# --------------------------------------------------------------------------- manifest


def test_manifest_dates_duplicates_and_missing_columns(corpus_dir):
    (corpus_dir / "a.txt").write_text("Quay reopens – Bay Times\nBy Ola Berg\n" + BODY)
    (corpus_dir / "b.txt").write_text("Pier closes\n" + BODY.replace("dredge", "close"))
    (corpus_dir / "manifest.csv").write_text("article,outlet_country,published\n"
                                             "a.txt,NOR,\"Nov 8, 2024\"\nb.txt,NOR,someday\na.txt,SWE,2020-01-01\n")
    df, messages = load(corpus_dir)
    rows = df.set_index("article")
    assert rows.loc["a.txt", "published"] == "2024-11-08"
    assert rows.loc["a.txt", "outlet_country"] == "NOR"  # the first of the repeated rows
    assert (rows.loc["a.txt", "outlet"], rows.loc["a.txt", "byline"]) == ("Bay Times", "Ola Berg")  # from the text
    assert rows.loc["b.txt", "published"] == ""
    assert any("someday" in m and "not a date" in m for m in messages if m.startswith("manifest.csv:"))
    assert any("listed again" in m for m in messages if m.startswith("manifest.csv:"))


# --------------------------------------------------------------------------- empty corpus


def test_empty_corpus_builds_empty_tables(corpus_dir):
    (corpus_dir / "notes.docx").write_bytes(b"PK\x03\x04")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = pipeline.build(corpus_dir, jobs=1, cache=False)
    assert result.articles.empty and result.mentions.empty
    assert result.problems["file"].tolist() == ["notes.docx"]


def test_cli_build_of_an_empty_folder_exits_non_zero(corpus_dir, capsys):
    code = cli.main(["build", "--corpus", str(corpus_dir), "--out", str(corpus_dir.parent / "out"), "--no-cache"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and "no articles" in err[0]


# --------------------------------------------------------------------------- parser pieces


def test_parser_pieces_rejoin_and_respect_the_limit():
    text = "\n\n".join(f"Paragraph {i} " + "word " * (i * 7 % 40) for i in range(200))
    pieces = gate.parser_pieces(text, limit=500)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 500 for _, p in pieces)
    assert all(text[off:off + len(p)] == p for off, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_parser_pieces_without_breaks_cut_hard():
    assert [len(p) for _, p in gate.parser_pieces("x" * 25, limit=10)] == [10, 10, 5]


def test_over_long_article_is_parsed_in_pieces_with_offsets_into_the_whole(monkeypatch):
    pipe = pipeline._pipeline()
    paragraph = "The mayor of Lakeside, Anna Berg, said the harbour would reopen on Friday."
    text = "\n\n".join([paragraph] * 12)
    monkeypatch.setattr(pipe, "max_length", 400)
    [(_, found)] = engines._extracted(["long.txt"], [text], None)
    assert len(text) > 400
    starts = sorted(m["start"] for m in found["mentions"])
    assert starts and starts[-1] > 400  # mentions from later pieces, shifted
    for row in found["mentions"] + found["quotes"]:
        assert text[row["start"]:row["end"]] == row.get("surface", row.get("quote", text[row["start"]:row["end"]]))
    monkeypatch.setattr(pipe, "max_length", 1_000_000)
    [(_, whole)] = engines._extracted(["long.txt"], [text], None)
    key = ("actor", "start", "end")
    assert {tuple(m[k] for k in key) for m in found["mentions"]} == {tuple(m[k] for k in key) for m in whole["mentions"]}
