"""The world's states and international bodies are actors in every corpus, story or not."""
from __future__ import annotations

import pytest

from helpers import actors, nlp, story
from helpers.actors.registry import registry_from_records, with_world_actors, world_actors

NO_STORY = actors.story_registry(story.load_story(None))


@pytest.fixture(scope="module")
def pipe():
    return nlp.load_nlp(actors.ruler_patterns(NO_STORY))


def _actors(pipe, text, registry=NO_STORY):
    return {(m["actor"], m["type"], m["country"]) for m in actors.find_mentions(pipe(text), "t.txt", registry)}


def test_a_state_acts_without_a_story(pipe):
    found = _actors(pipe, "Uruguay and Peru said on Monday that the fishing talks had failed.")
    assert {("Uruguay", "state", "URY"), ("Peru", "state", "PER")} <= found


def test_an_alias_names_the_state(pipe):
    found = _actors(pipe, "The U.S. and Bosnia-Herzegovina signed the mining accord, officials said.")
    assert {("United States", "state", "USA"), ("Bosnia and Herzegovina", "state", "BIH")} <= found


@pytest.mark.parametrize("text, present", [
    # the state's name before its 2019 change is its alias, as older news writes it
    ("Macedonia and Albania signed the fishing accord, officials said.", True),
    # a region of that name another state's demonym owns is that state's region
    ("Farmers in the northern Greek region of Macedonia protested on Monday.", False),
    ("Farmers in Greek Macedonia protested on Monday.", False),
    ("Farmers in Greece's Macedonia region protested on Monday.", False),
])
def test_a_former_name_is_an_alias_and_a_neighbours_region_is_none(pipe, text, present):
    assert (("North Macedonia", "state", "MKD") in _actors(pipe, text)) is present


def test_a_former_state_of_older_news_keeps_its_withdrawn_code(pipe):
    # older news and retrospectives name states that no longer exist; their capitals name today's state
    found = _actors(pipe, "The USSR and Yugoslavia signed the grain accord, and North Vietnam welcomed it.")
    assert {("Soviet Union", "state", "SUN"), ("Yugoslavia", "state", "YUG"), ("North Vietnam", "state", "VDR")} <= found
    assert ("Vietnam", "state", "VNM") not in found
    assert ("Ann Lee", "person", "SUN") in _actors(pipe, "Soviet envoy Ann Lee said the talks had failed.")
    # ``former`` before the demonym of a state that no longer exists: where someone served once
    assert ("Ann Lee", "person", "LVA") in _actors(pipe, "Former Soviet diplomat Ann Lee, now Latvia's ambassador to "
                                                         "Norway, said the talks had failed.")
    assert ("Russia", "state", "RUS") in _actors(pipe, "Moscow said the talks had failed.")


def test_congo_alone_is_the_larger_congo_as_news_writes_it(pipe):
    # wire style writes ``Congo`` for the Democratic Republic; the other Congo is named in full
    found = _actors(pipe, "Congo and the rebels met on Monday, and Congo-Brazzaville sent an envoy.")
    assert ("Democratic Republic of the Congo", "state", "COD") in found
    assert ("Republic of the Congo", "state", "COG") in found


def test_an_international_body_by_its_acronym(pipe):
    found = _actors(pipe, "ASEAN said the monitors would arrive in March.")
    assert ("Association of Southeast Asian Nations", "organization", "INT") in found


def test_a_state_in_an_address_is_a_place(pipe):
    found = _actors(pipe, "The factory in Lakeport, Peru, closed on Monday.")
    assert not any(a == "Peru" for a, _, _ in found)


def test_the_story_row_wins_over_the_world_row():
    own = registry_from_records([{"canonical": "Peru", "type": "state", "country": "XPE", "aliases": "UN"}])
    merged = with_world_actors(own)
    assert merged.by_name["Peru"].country == "XPE"
    assert merged.lookup["un"] == "Peru" and "UN" not in merged.by_name["United Nations"].aliases
    assert len(merged) == len(world_actors())  # Peru once: the story's row replaced the world's


def test_one_world_list_names_each_actor_once_with_its_capitals():
    from helpers.actors.registry import capitals, world_records
    names = [r["canonical"] for r in world_records()]
    assert len(names) == len(set(names))
    world = world_actors().by_name
    assert capitals()["Montevideo"] == "Uruguay"
    assert all(capital in world[state].aliases for capital, state in capitals().items())


def test_a_capital_without_a_story_acts_for_its_state(pipe):
    found = _actors(pipe, "Montevideo said the fishing talks had failed.")
    assert ("Uruguay", "state", "URY") in found


def test_a_story_row_for_a_world_state_keeps_its_capital_unless_the_story_gives_it_away():
    plain = with_world_actors(registry_from_records([{"canonical": "Uruguay", "type": "state", "country": "URY"}]))
    assert plain.lookup["montevideo"] == "Uruguay"
    # the story names the capital as another actor: that actor keeps it
    taken = with_world_actors(registry_from_records([
        {"canonical": "Uruguay", "type": "state", "country": "URY"},
        {"canonical": "Montevideo City Council", "type": "organization", "country": "URY", "aliases": "Montevideo"}]))
    assert taken.lookup["montevideo"] == "Montevideo City Council"


def test_a_territory_with_its_own_code_and_its_demonym(pipe):
    # a disputed territory with a code of its own that news treats as a party, and its people's demonym
    found = _actors(pipe, "Western Sahara was on the agenda, and Sahrawi negotiator Ann Okafor said the talks had failed.")
    assert {("Western Sahara", "state", "ESH"), ("Ann Okafor", "person", "ESH")} <= found
    assert ("Ann Okafor", "person", "") in _actors(pipe, "Ann Okafor said the Sahrawi refugees had left the camps.")


@pytest.mark.parametrize("text, holders", [
    # a place and a spaced dash opening the first paragraph is where the story was filed: no party
    ("Talks\n\nOslo – Sweden’s opposition Harbour Front (HF) on Tuesday said it wants a unity government.",
     {"Harbour Front"}),
    # a later paragraph's place before a dash is the sentence's subject
    ("Talks\n\nTalks began.\n\nOslo – the host – wants a unity government, its envoy told reporters.",
     {"Norway"}),
])
def test_a_dateline_place_before_a_dash_holds_no_term(text, holders):
    from helpers import pipeline
    no_story = story.load_story(None)
    rows = pipeline.extract_article(pipeline._pipeline(no_story)(text), "t.txt", no_story)["conditions"]
    assert {r["holder"] for r in rows} == holders
