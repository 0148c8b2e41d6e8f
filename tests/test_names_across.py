"""Names (issue 11 item 4): an alias never swallows a longer name; a lone surname and the
spellings of one name are one actor across the corpus. Invented names and sentences."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import nlp, pipeline, story
from helpers.actors import across, registry


@pytest.fixture(scope="module")
def pipe():
    return pipeline._pipeline(story.empty_story())


def _mentions(pipe, text):
    rows = pipeline.extract_article(pipe(text), "t.txt", story.empty_story())
    return {(m["surface"], m["actor"]) for m in rows["mentions"]}


def test_a_state_alias_never_swallows_a_longer_name(pipe):
    found = _mentions(pipe, "Jordan Peters, a trade negotiator, said talks would resume. Jordan said it "
                            "would host them.")
    assert ("Jordan Peters", "Jordan Peters") in found
    assert [s for s, a in found if a == "Jordan"] == ["Jordan"]  # only the state on its own


def test_an_alias_followed_by_an_office_word_is_still_the_state():
    doc = nlp.bare_nlp()("The Jordan Foreign Ministry and Chad Okafor met in Chad.")
    assert not registry.continues_name(doc, 2, 1)   # Jordan | Foreign Ministry
    assert registry.continues_name(doc, 6, 5)       # Chad | Okafor
    assert not registry.continues_name(doc, 10, 9)  # Chad | .


def _tables(rows_mentions, speakers):
    mentions = pd.DataFrame(rows_mentions, columns=["article", "actor", "type", "country", "source", "sentence",
                                                    "start", "sent_start"])
    quotes = pd.DataFrame({"speaker": speakers, "speaker_country": [""] * len(speakers)})
    return across.link_tables({"mentions": mentions, "quotes": quotes})


def test_a_lone_surname_links_to_the_one_full_name_of_the_corpus():
    out = _tables([("a", "Ann Okafor", "person", "FRA", "discovered", "", 0, 0),
                   ("b", "Okafor", "person", "", "discovered", "", 0, 0),
                   ("b", "Lee", "person", "", "discovered", "", 0, 0),
                   ("c", "Tom Lee", "person", "", "discovered", "", 0, 0),
                   ("c", "Ada Lee", "person", "", "discovered", "", 0, 0)], ["Okafor", "Lee"])
    assert out["mentions"]["actor"].tolist() == ["Ann Okafor", "Ann Okafor", "Lee", "Tom Lee", "Ada Lee"]
    assert out["mentions"]["country"].tolist()[:2] == ["FRA", "FRA"]  # the country holds across articles
    assert out["quotes"]["speaker"].tolist() == ["Ann Okafor", "Lee"]  # two Lees: no link
    assert out["quotes"]["speaker_country"].tolist() == ["FRA", ""]


def test_a_state_is_no_surname_of_an_organisation_named_after_it():
    # both spoke, so both are speakers; neither is a person
    out = _tables([("a", "Bank of Norland", "organization", "NRL", "discovered", "", 0, 0),
                   ("b", "Norland", "state", "NRL", "registry", "", 0, 0),
                   ("c", "Ann Okafor", "person", "", "discovered", "", 0, 0),
                   ("d", "Okafor", "person", "", "discovered", "", 0, 0)],
                  ["Bank of Norland", "Norland", "Okafor"])
    assert out["mentions"]["actor"].tolist() == ["Bank of Norland", "Norland", "Ann Okafor", "Ann Okafor"]
    assert out["quotes"]["speaker"].tolist() == ["Bank of Norland", "Norland", "Ann Okafor"]


def test_a_state_is_no_surname_of_a_longer_state_when_the_corpus_is_linked_in_parts():
    # ``North Norland`` and ``Norland`` both speak; the shards' link inputs still know both are states
    rows = pd.DataFrame([("a", "Norland", "state", "NRL", "registry", "", 0, 0),
                         ("a", "North Norland", "state", "NNL", "registry", "", 0, 0),
                         ("b", "North Norland", "state", "NNL", "registry", "", 0, 0),
                         ("b", "Ann Okafor", "person", "", "discovered", "", 0, 0)],
                        columns=["article", "actor", "type", "country", "source", "sentence", "start", "sent_start"])
    speakers = pd.Series(["Norland", "North Norland", "North Norland"])
    whole = across.link_maps(rows, speakers)[0]
    parts = across.link_maps(pd.concat([across.link_inputs(rows[:2]), across.link_inputs(rows[2:])]), speakers)[0]
    assert whole == parts == {}


def test_spellings_of_one_name_are_one_actor():
    out = _tables([("a", "Yevgeny Dorovskiy", "person", "", "discovered", "", 0, 0),
                   ("a", "Yevgeny Dorovskiy", "person", "", "discovered", "", 0, 0),
                   ("b", "Evgeny Dorovsky", "person", "", "discovered", "", 0, 0),
                   ("c", "Steve Hale", "person", "", "discovered", "", 0, 0),
                   ("c", "Ann Hale", "person", "", "discovered", "", 0, 0)], ["Steven Hale"])
    assert out["mentions"]["actor"].tolist()[:3] == ["Yevgeny Dorovskiy"] * 3
    assert out["quotes"]["speaker"].tolist() == ["Steven Hale"]  # a tie: the longer spelling
    assert out["mentions"]["actor"].tolist()[3:] == ["Steven Hale", "Ann Hale"]  # Ann is someone else


def test_a_person_after_an_organisation_of_known_country_takes_it():
    out = _tables([("a", "Ferry Union", "organization", "NOR", "discovered", "", 0, 0),
                   ("b", "Ann Okafor", "person", "", "discovered", "Ferry Union leader Ann Okafor said so.", 19, 0)],
                  [])
    assert out["mentions"]["country"].tolist() == ["NOR", "NOR"]


@pytest.mark.parametrize("rows, expected", [
    # two articles place the armed group in one state, a third guessed another: the corpus decides
    ([("a", "Coastal Liberation Front", "organization", "PER", "discovered", "", 0, 0),
      ("b", "Coastal Liberation Front", "organization", "PER", "discovered", "", 0, 0),
      ("c", "Coastal Liberation Front", "organization", "CHL", "discovered", "", 0, 0)], ["PER", "PER", "PER"]),
    # one article against one: no majority, each keeps its own
    ([("a", "Ann Okafor", "person", "PER", "discovered", "", 0, 0),
      ("b", "Ann Okafor", "person", "CHL", "discovered", "", 0, 0)], ["PER", "CHL"]),
    # a body every state has is not one actor across articles
    ([("a", "Foreign Ministry", "organization", "PER", "discovered", "", 0, 0),
      ("b", "Foreign Ministry", "organization", "PER", "discovered", "", 0, 0),
      ("c", "Foreign Ministry", "organization", "CHL", "discovered", "", 0, 0)], ["PER", "PER", "CHL"]),
])
def test_a_person_or_armed_group_takes_the_country_most_articles_give_it(rows, expected):
    assert _tables(rows, [])["mentions"]["country"].tolist() == expected


@pytest.mark.parametrize("holder, country, expected", [
    ("unnamed: French diplomat", "", "FRA"),  # a demonym in an unnamed holder's description
    ("unnamed: UNICEF spokesperson", "", "INT"),  # staff of a registered international body
    ("unnamed: port official", "", ""),  # nothing stated
    ("unnamed: French diplomat", "DEU", "DEU"),  # a country already found is kept
])
def test_a_condition_holder_without_a_country_takes_the_one_its_description_states(holder, country, expected):
    df = pd.DataFrame({"holder": [holder], "holder_country": [country]})
    assert across.holder_countries(df, story.load_story(None)).tolist() == [expected]


def _org_rows(rows):
    """(article, actor, surface, country, source) -> an organisations' mentions table."""
    return pd.DataFrame([dict(article=a, actor=n, type="organization", country=c, source=s, surface=w, sentence="",
                              start=0, sent_start=0) for a, n, w, c, s in rows])


@pytest.mark.parametrize("rows, expected", [
    # an article defined the acronym, another wrote it alone: one body, with the country the first stated
    ([("a", "Harbour Pilots Guild", "HPG", "PER", "discovered"), ("b", "Harbour Pilots Guild", "HPG", "", "discovered"),
      ("c", "HPG", "HPG", "", "discovered")],
     [("Harbour Pilots Guild", "PER")] * 3),
    # more articles write it alone than define it: the acronym is its usual name; a translated name joins it
    ([("a", "Harbour Pilots Guild", "HPG", "PER", "discovered"), ("b", "HPG", "HPG", "", "discovered"),
      ("c", "HPG", "HPG", "", "discovered"), ("d", "Gremio de Pilotos", "HPG", "", "discovered")],
     [("HPG", "PER")] * 4),
    # a full name never written with the acronym is not linked to it
    ([("a", "Harbour Pilots Guild", "Harbour Pilots Guild", "PER", "discovered"), ("b", "HPG", "HPG", "", "discovered")],
     [("Harbour Pilots Guild", "PER"), ("HPG", "")]),
    # a registered actor keeps its name
    ([("a", "Harbour Pilots Guild", "HPG", "PER", "discovered"), ("b", "HPG", "HPG", "CHL", "registry")],
     [("Harbour Pilots Guild", "PER"), ("HPG", "CHL")]),
    # a one-word short name an article gave in brackets is an acronym's like: its country reaches the other articles
    ([("a", "Coastal Liberation Movement", "Kesh", "PER", "discovered"), ("b", "Kesh", "Kesh", "", "discovered"),
      ("c", "Kesh", "Kesh", "", "discovered")],
     [("Kesh", "PER")] * 3),
    # a word of the full name is no short name: the group named by its head stays apart
    ([("a", "Coastal Liberation Movement", "Movement", "PER", "discovered"),
      ("b", "Movement", "Movement", "", "discovered")],
     [("Coastal Liberation Movement", "PER"), ("Movement", "")]),
])
def test_an_acronym_written_alone_is_the_body_an_article_defined_it_as(rows, expected):
    out = across.link_tables({"mentions": _org_rows(rows)})["mentions"]
    assert list(zip(out["actor"], out["country"], strict=True)) == expected


@pytest.mark.parametrize("rule, expected", [
    ("condition_cue.cue_before; condition_side.home_state", "CHL"),  # the state the article is about: a guess
    ("condition_cue.cue_before; condition_side.state_of_headline", "CHL"),  # the headline's state: a guess too
    ("condition_cue.cue_before; condition_side.named_country", "PER"),  # stated in the article: kept
])
def test_a_holder_side_only_guessed_from_the_article_takes_the_corpus_country(rule, expected):
    df = pd.DataFrame({"holder": ["Ann Okafor"], "holder_country": ["PER"], "holder_rule": [rule]})
    assert across.holder_countries(df, story.load_story(None), {"Ann Okafor": "CHL"}).tolist() == [expected]
