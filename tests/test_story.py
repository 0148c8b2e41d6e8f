"""Stories: a folder of data files, loaded by name, by path or from the corpus's story/ folder."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import story


def _write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_a_corpus_story_folder_is_used_by_default(tmp_path):
    corpus = tmp_path / "articles"
    _write(corpus / "story", "actors.csv", "canonical,type,country,aliases\nJane Roe,person,ATL,Roe\n")
    _write(corpus / "story", "sides.csv", "side,label,countries,colour\nNorth,The north,ATL|BOR,#123456\n")
    s = story.load_story(None, corpus)
    assert s.folder == (corpus / "story").resolve()
    assert s.actors["canonical"].tolist() == ["Jane Roe"]
    assert s.side_of("Jane Roe", "ATL") == "North"
    assert s.side_of("", "BOR") == "North"
    assert s.side_colours() == {"North": "#123456"}


def test_no_story_is_an_empty_story_that_falls_back_to_countries(tmp_path):
    s = story.load_story(None, tmp_path)
    assert s.folder is None and s.actors.empty and s.focus_actors == []
    assert s.side_of("Anyone", "ZZZ") == "ZZZ"
    assert s.side_of("Anyone", "") == ""


def test_an_explicit_story_wins_and_a_missing_one_is_a_clear_error(tmp_path):
    mine = tmp_path / "mine"
    _write(mine, "focus.csv", "actor\nJane Roe\n")
    corpus = tmp_path / "articles"
    _write(corpus / "story", "focus.csv", "actor\nJohn Doe\n")
    assert story.load_story(mine, corpus).focus_actors == ["Jane Roe"]
    with pytest.raises(FileNotFoundError, match="no such story"):
        story.load_story(tmp_path / "absent")


def test_a_story_file_without_its_required_columns_is_refused(tmp_path):
    _write(tmp_path / "bad", "actors.csv", "name,kind\nJane Roe,person\n")
    with pytest.raises(ValueError, match="canonical"):
        story.load_story(tmp_path / "bad")


def test_a_story_row_with_an_unquoted_comma_is_refused_naming_the_file_and_row(tmp_path):
    # pandas would shift every cell of the file one column to the right without a word
    folder = tmp_path / "mystory"
    folder.mkdir()
    (folder / "conditions.csv").write_text(
        "category,generic,cameo,role,pattern,description\n"
        "# a comment line is not counted\n"
        "quota,other,1,object,\\bquota\\W{1,3}cut\\b,a quota cut\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"conditions\.csv: row 2 .* 7 cells where the header has 6"):
        story.load_story(folder)


def test_the_fingerprint_changes_with_any_file(tmp_path):
    folder = tmp_path / "s"
    _write(folder, "focus.csv", "actor\nJane Roe\n")
    before = story.story_from_frames("s", folder).fingerprint()
    _write(folder, "lexicon.csv", "term,concept,variant\nfoo,bar,baz\n")
    assert story.story_from_frames("s", folder).fingerprint() != before
    assert story.story_from_frames("s", folder, focus=pd.DataFrame({"actor": ["X"]})).focus_actors == ["X"]


def test_a_build_reads_its_story_and_the_cache_keeps_stories_apart(corpus_dir, tmp_path):
    from helpers import pipeline

    (corpus_dir / "a.txt").write_text("Talks in the north\n\nThe Brackwater Accord Office said talks "
                                      "would resume, according to officials.\n", encoding="utf-8")
    mine = tmp_path / "mine"
    _write(mine, "actors.csv", "canonical,type,country,aliases\nAccord Office,organization,ATL,"
                               "Brackwater Accord Office\n")
    with_story = pipeline.build(corpus_dir, jobs=1, story=mine)
    without = pipeline.build(corpus_dir, jobs=1)
    registered = with_story.mentions[with_story.mentions["source"] == "registry"]
    assert registered["actor"].tolist() == ["Accord Office"]
    assert "Accord Office" not in set(without.mentions["actor"])
    assert pipeline.corpus_key(corpus_dir, story.load_story(mine)) != pipeline.corpus_key(corpus_dir)
    assert pipeline.article_key("a.txt", "x", story.load_story(mine)) != pipeline.article_key("a.txt", "x")


def test_an_article_context_always_has_a_story():
    from helpers import context, nlp

    ctx = context.ArticleContext.from_doc(nlp.bare_nlp()("One sentence."), "a.txt")
    assert ctx.story.name == story.NO_STORY and ctx.story.actors.empty


def test_new_story_writes_a_commented_template_that_loads_empty_and_never_overwrites(tmp_path, capsys):
    from helpers.__main__ import main

    folder = tmp_path / "mine"
    assert main(["new-story", str(folder)]) == 0
    s = story.load_story(folder)
    assert s.actors.empty and s.sides.empty and s.conditions.empty and s.lexicon.empty and s.focus_actors == []
    assert (folder / "conditions.csv").read_text(encoding="utf-8").startswith("#")
    assert main(["new-story", str(folder)]) == 2
    assert "already holds" in capsys.readouterr().err


def test_comment_lines_are_skipped_but_a_colour_is_a_value(tmp_path):
    _write(tmp_path / "s", "sides.csv", "# a comment, with commas\nside,label,countries,colour\nNorth,,ATL,#0072B2\n")
    assert story.load_story(tmp_path / "s").side_colours() == {"North": "#0072B2"}


def test_choose_focus_and_the_side_note():
    mentions = pd.DataFrame({"actor": ["Ann Lee", "Tom Roe", "Tom Roe", "Ruritania"],
                             "type": ["person", "person", "person", "state"]})
    focus = story.story_from_frames("s", focus=pd.DataFrame({"actor": ["Absent Person", "Ann Lee"]}))
    assert story.choose_focus(focus, mentions) == ["Ann Lee"]
    assert story.choose_focus(story.empty_story(), mentions) == ["Tom Roe", "Ann Lee"]
    sides = pd.Series(["unknown", "unknown", "RUR"])
    note = story.side_note(sides, pd.Series(["Tom Roe", "Tom Roe", "Ann Lee"]), story.empty_story())
    assert "2 of 3" in note and "Tom Roe (2)" in note and "actors.csv" in note
    assert story.side_note(pd.Series(["RUR", "unknown"]), pd.Series(["a", "b"]), story.empty_story()) == ""
