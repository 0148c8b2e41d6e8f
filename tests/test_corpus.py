"""helpers.corpus: reading, metadata, typography repair, boilerplate and bad input.

Every bad-input case must give a one-line message that names the file, and
the other articles must still be loaded.
"""
from __future__ import annotations

import warnings

import pytest

from helpers import config, corpus

GOOD = "Ministers meet in Geneva – The Daily Example\nThe foreign minister said talks would resume.\n"


def load(folder):
    """The articles table and the warning messages raised while loading."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = corpus.load_corpus(folder)
    messages = [str(w.message) for w in caught if issubclass(w.category, corpus.CorpusWarning)]
    for message in messages:
        assert "\n" not in message, "messages are one line"
    return df, messages


def with_good_article(folder):
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")


def only(messages, name):
    found = [m for m in messages if m.startswith(f"{name}:")]
    assert found, f"no message names {name}: {messages}"
    return found[0]


def test_reads_sorted_txt_files_with_metadata_from_text(corpus_dir):
    (corpus_dir / "b.txt").write_text("Second story\nBraga • Example Agency\nBody text here.\n")
    with_good_article(corpus_dir)
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["b.txt", "good.txt"]
    assert df.loc[0, "outlet"] == "Example Agency"
    assert df.loc[1, "outlet"] == "The Daily Example"
    assert df.loc[1, "title"] == "Ministers meet in Geneva"  # the outlet suffix is metadata
    assert df.loc[1, "text"].splitlines()[0] == "Ministers meet in Geneva"
    assert messages == []


def test_metadata_from_text_reads_dates_and_authors():
    text = "Headline here\nNov 8, 2024 - 06:00\nAuthor: Jane Roe, John Doe\nBody.\n"
    meta = corpus.metadata_from_text(text)
    assert meta["published"] == "2024-11-08"
    assert meta["byline"] == "Jane Roe; John Doe"
    assert meta["outlet"] == ""  # never guessed


def test_publish_date_line():
    meta = corpus.metadata_from_text("Headline\nBody.\nPublish date : 2023-05-02 10:00:00\n")
    assert meta["published"] == "2023-05-02"


def test_outlet_is_never_guessed_from_the_file_name(corpus_dir):
    (corpus_dir / "Daily_Example_2024.txt").write_text("A plain headline\nBody text.\n")
    df, _ = load(corpus_dir)
    assert df.loc[0, "outlet"] == ""


def test_manifest_gives_metadata(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "manifest.csv").write_text(
        "article,outlet,outlet_country,via,published,title,byline\n"
        "good.txt,Example Wire,GBR,Aggregator,2024-01-02,Ministers meet,A. Writer\n"
    )
    df, messages = load(corpus_dir)
    row = df.iloc[0]
    assert (row.outlet, row.outlet_country, row.via, row.published) == ("Example Wire", "GBR", "Aggregator", "2024-01-02")
    assert row.metadata_from == "manifest"
    assert messages == []


def test_manifest_row_without_its_file(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "manifest.csv").write_text("article,outlet\ngood.txt,Example Wire\nmissing.txt,Other\n")
    df, messages = load(corpus_dir)
    assert "no such file" in only(messages, "missing.txt")
    assert df["article"].tolist() == ["good.txt"]


def test_file_without_manifest_row(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "extra.txt").write_text("Extra headline – Other Paper\nMore text.\n")
    (corpus_dir / "manifest.csv").write_text("article,outlet\ngood.txt,Example Wire\n")
    df, messages = load(corpus_dir)
    assert "not listed" in only(messages, "extra.txt")
    extra = df.set_index("article").loc["extra.txt"]
    assert extra.outlet == "Other Paper" and extra.metadata_from == "text"


def test_manifest_without_article_column_is_ignored_in_one_line(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "manifest.csv").write_text("file,outlet\ngood.txt,X\n")
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["good.txt"] and df.loc[0, "outlet"] != "X"
    assert any(m.startswith("manifest.csv: has no 'article' column") for m in messages)


def test_empty_file(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "blank.txt").write_bytes(b"  \n\n")
    df, messages = load(corpus_dir)
    assert "empty" in only(messages, "empty.txt")
    assert "empty" in only(messages, "blank.txt")
    assert df["article"].tolist() == ["good.txt"]


def test_binary_file(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    df, messages = load(corpus_dir)
    assert "binary" in only(messages, "image.txt")
    assert df["article"].tolist() == ["good.txt"]


def test_invalid_utf8_is_repaired_and_reported(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "latin.txt").write_bytes("Caf\xe9 talks\nThe minister said so.\n".encode("latin-1"))
    df, messages = load(corpus_dir)
    assert "invalid UTF-8" in only(messages, "latin.txt")
    assert df.set_index("article").loc["latin.txt", "text"].startswith("Caf\ufffd talks")
    assert len(df) == 2


def test_bom_is_removed(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "bom.txt").write_bytes(b"\xef\xbb\xbfHeadline with mark\nBody.\n")
    df, messages = load(corpus_dir)
    assert "byte-order mark" in only(messages, "bom.txt")
    assert df.set_index("article").loc["bom.txt", "title"] == "Headline with mark"


def test_crlf_is_normalised(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "dos.txt").write_bytes(b"Headline\r\n\r\nFirst paragraph.\r\nSecond paragraph.\r\n")
    df, messages = load(corpus_dir)
    assert "CRLF" in only(messages, "dos.txt")
    text = df.set_index("article").loc["dos.txt", "text"]
    assert "\r" not in text and text == "Headline\n\nFirst paragraph.\nSecond paragraph."


def test_unbalanced_quotation_marks_are_reported_but_loaded(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "quotes.txt").write_text("Headline\n“We will not give up, the mayor said.\n")
    df, messages = load(corpus_dir)
    assert "unbalanced quotation marks" in only(messages, "quotes.txt")
    assert "quotes.txt" in df["article"].tolist()


def test_non_txt_file_is_ignored_with_a_message(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "notes.docx").write_bytes(b"PK\x03\x04")
    df, messages = load(corpus_dir)
    assert "not an article format" in only(messages, "notes.docx")
    assert df["article"].tolist() == ["good.txt"]


def test_huge_article_is_skipped_with_a_message(corpus_dir):
    with_good_article(corpus_dir)
    (corpus_dir / "huge.txt").write_bytes(b"Headline\n" + b"word " * (10 * 1024 * 1024 // 5))
    assert (corpus_dir / "huge.txt").stat().st_size > 10_000_000
    df, messages = load(corpus_dir)
    assert "limit" in only(messages, "huge.txt")
    assert df["article"].tolist() == ["good.txt"]


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere"):
        corpus.load_corpus(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("raw", "fixed"),
    [
        ("They do n’t agree.", "They don’t agree."),
        ("It wo n't happen.", "It won't happen."),
        ("The vote ( on Monday ) passed.", "The vote (on Monday) passed."),
        ("He left , then spoke .", "He left, then spoke."),
        ("A\u00a0non-breaking\u202fspace", "A non-breaking space"),
        ("He said, “we agree.”", "He said, “we agree.”"),
        ("«Non», dit-il.", "«Non», dit-il."),
        ("Para one.\n\n\n\nPara two.", "Para one.\n\nPara two."),
    ],
)
def test_repair_typography(raw, fixed):
    assert corpus.repair_typography(raw) == fixed


def test_repair_keeps_every_quotation_mark():
    raw = 'He said "yes" and ‘no’ and “maybe” and «peut-être» .'
    out = corpus.repair_typography(raw)
    for mark in '"‘’“”«»':
        assert out.count(mark) == raw.count(mark)


def test_boilerplate_is_removed_and_recorded():
    text = (
        "Headline\nFirst paragraph.\nAlso Read |\nAnother headline elsewhere\n"
        "Second paragraph.\nSource link : http://example.org/x\nCopyright for syndicated content belongs to X.\n"
    )
    cleaned, removed = corpus.remove_boilerplate(text)
    assert cleaned == "Headline\nFirst paragraph.\nSecond paragraph."
    assert removed[:2] == ["Also Read |", "Another headline elsewhere"]
    assert len(removed) == 4


def test_label_followed_by_story_text_keeps_the_story():
    cleaned, removed = corpus.remove_boilerplate("Headline\nAlso Watch:\n\nThe minister said the talks failed.\n")
    assert "The minister said the talks failed." in cleaned
    assert removed == ["Also Watch:"]


def test_boilerplate_rules_are_data(tmp_path):
    rules_file = tmp_path / "boilerplate.csv"
    rules_file.write_text("pattern,scope,description\n^ADVERT BREAK$,line,test rule\n")
    rules = corpus.boilerplate_rules(rules_file)
    cleaned, removed = corpus.remove_boilerplate("Headline\nADVERT BREAK\nStory.", rules)
    assert cleaned == "Headline\nStory." and removed == ["ADVERT BREAK"]


def test_table_keeps_raw_text_and_paragraphs(corpus_dir):
    (corpus_dir / "a.txt").write_text("Headline\n\nPara one , here.\n\nPara two.\nRead also:\nOther headline\n")
    df, _ = load(corpus_dir)
    row = df.iloc[0]
    assert row.raw_text.startswith("Headline\n\nPara one , here.")
    assert row.text == "Headline\n\nPara one, here.\n\nPara two."
    assert row.n_paragraphs == 3
    assert "Read also:" in row.boilerplate


def test_seeds_are_never_written(tmp_path):
    from helpers.store import atomic_write_text

    with pytest.raises(PermissionError):
        atomic_write_text(config.SEEDS_DIR / "new.txt", "x")
    assert not (config.SEEDS_DIR / "new.txt").exists()
