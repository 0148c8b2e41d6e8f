"""A short name two states share (``words/shared_state_names.csv``) is read per article: the other
state's when the article names it by a name of its own and never the default state by one. Invented
sentences; each case with its near miss."""
from __future__ import annotations

import pytest

from helpers import pipeline, story
from helpers.actors import shared_names


@pytest.fixture(scope="module")
def pipe():
    return pipeline._pipeline(story.empty_story())


def _codes(pipe, text):
    rows = pipeline.extract_article(pipe(text), "t.txt", story.empty_story())
    return ({r["holder_country"] for r in rows["conditions"]},
            {(m["surface"], m["country"]) for m in rows["mentions"]},
            {r["speaker_country"] for r in rows["quotes"]})


# (text, the holders' codes expected)
HOLDER_CASES = [
    # the North named by its own name: the shared demonym is the North's
    ("North Korea says it is ready to talk. The Korean foreign ministry wants the sanctions lifted first.", {"PRK"}),
    ("Pyongyang has named its envoy. A Korean government spokesman said the sanctions must be lifted first.", {"PRK"}),
    # the South named by its own name too, or alone: the demonym stays the South's
    ("North Korea and South Korea met. The Korean foreign ministry wants the sanctions lifted first.", {"KOR"}),
    ("Seoul has named its envoy. A Korean government spokesman said the sanctions must be lifted first.", {"KOR"}),
]


@pytest.mark.parametrize("text, codes", HOLDER_CASES)
def test_a_shared_demonym_is_the_state_the_article_names(pipe, text, codes):
    assert _codes(pipe, text)[0] == codes


def test_a_shared_short_name_mention_is_the_named_state_and_names_its_rule(pipe):
    text = "The Republic of Congo and the rebels met in the hills. Congo wants the fighters to disarm by June."
    rows = pipeline.extract_article(pipe(text), "t.txt", story.empty_story())
    congo = [m for m in rows["mentions"] if m["surface"] == "Congo"]
    assert [(m["country"], m["rule"]) for m in congo] == [("COG", shared_names.RULE)]
    assert {r["holder_country"] for r in rows["conditions"]} == {"COG"}


def test_a_shared_short_name_stays_the_default_when_the_default_is_named(pipe):
    text = "Kinshasa and the Republic of Congo met in the hills. Congo wants the fighters to disarm by June."
    rows = pipeline.extract_article(pipe(text), "t.txt", story.empty_story())
    assert [m["country"] for m in rows["mentions"] if m["surface"] == "Congo"] == ["COD"]


def test_a_name_inside_a_longer_name_is_not_the_shorter_state():
    # ``Republic of Korea`` inside the North's full name is no naming of the South
    assert shared_names.article_swaps("The Democratic People's Republic of Korea wants a pact. The Korean "
                                      "envoy said so.") == {"KOR": "PRK"}
    assert shared_names.article_swaps("The Republic of Korea wants a pact. The Korean envoy said so.") == {}


def test_an_unnamed_speaker_described_by_the_shared_demonym_speaks_for_the_named_state(pipe):
    text = "Pyongyang has named its envoy. A Korean government spokesman said the sanctions must be lifted first."
    assert _codes(pipe, text)[2] == {"PRK"}
    assert "PRK" not in _codes(pipe, text.replace("Pyongyang", "Seoul"))[2]  # the corpus reads the demonym


# (text, whether the article's bare short name is read as the other state): only an article that
# introduces the other state first, never names the default one and never sets the two apart in one sentence
SWAP_CASES = [
    ("The Republic of Congo and the rebels agreed on a truce. Congo's army will leave the hills.", True),
    # a headline's short name first, the other state named twice below it
    ("Congo rebels agree to truce\n\nThe Republic of Congo and its rebels agreed on a truce. Brazzaville will pay them.", True),
    # the short name written before the other state is named once in passing: the default state's (news style)
    ("Congo's army fought the rebels near the lakes. Some reached the Republic of Congo. Congo wants a truce.", False),
    # the two set apart in one sentence
    ("The Republic of Congo urged Congo to hold talks with the rebels.", False),
    # the default state named by a name of its own, also in a compound
    ("The Republic of Congo met DRC-backed militias. Congo's army will leave the hills.", False),
]


@pytest.mark.parametrize("text, swapped", SWAP_CASES)
def test_a_shared_short_name_moves_only_when_the_article_means_the_other_state(text, swapped):
    assert (shared_names.article_swaps(text) == {"COD": "COG"}) is swapped


def test_a_body_the_world_list_places_in_the_default_state_stays(pipe):
    text = "North Korea fired two missiles on Tuesday, the Yonhap news agency reported. The Korean army was on alert."
    rows = pipeline.extract_article(pipe(text), "t.txt", story.empty_story())
    assert {m["country"] for m in rows["mentions"] if m["actor"] == "Yonhap"} == {"KOR"}


@pytest.mark.allow_errors
def test_a_failing_pass_logs_the_article_and_keeps_its_rows(pipe, monkeypatch, caplog):
    def broken(found, text):
        raise ValueError("broken on purpose")
    monkeypatch.setattr(shared_names, "one_state_per_name", broken)
    text = "North Korea wants the sanctions lifted. The Korean envoy said so."
    with caplog.at_level("ERROR", logger="helpers"):
        rows = pipeline.extract_article(pipe(text), "nk.txt", story.empty_story())
    assert rows["mentions"] and any("nk.txt" in r.getMessage() and "broken on purpose" in r.getMessage()
                                    for r in caplog.records)



# (text, the code expected for the holder Ann Lee): a holder given the article's lead state, read from the short name
LEAD_STATE_CASES = [
    # no other placing: the lead state the short name gave the article is the other state's
    ("Congo holds talks with the rebels. The Republic of Congo met them in Brazzaville on Monday. Ann Lee said the "
     "fighters must hand over their guns.", "COG"),
    # the default state named by its own name too: the short name is the default's, and so is the lead state
    ("Congo holds talks with the rebels. The Republic of Congo met them in Brazzaville on Monday. Ann Lee said the "
     "fighters must hand over their guns. Kinshasa was not there.", "COD"),
]


@pytest.mark.parametrize("text, code", LEAD_STATE_CASES)
def test_a_holder_given_the_lead_state_moves_with_the_short_name(pipe, text, code):
    rows = pipeline.extract_article(pipe(text), "t.txt", story.empty_story())
    assert {r["holder_country"] for r in rows["conditions"] if r["holder"] == "Ann Lee"} == {code}


def test_a_person_called_by_the_shared_demonym_stays_the_default_states(pipe):
    text = ("North Korea sets terms\n\nNorth Korea wants the drills to stop, Pyongyang said on Monday. Korean analyst "
            "Ann Lee said the United States must first lift the sanctions.")
    rows = pipeline.extract_article(pipe(text), "t.txt", story.empty_story())
    assert {m["country"] for m in rows["mentions"] if m["actor"] == "Ann Lee"} == {"KOR"}
