"""Actor registry, alias matching and discovery, on invented sentences."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import actors, nlp

from hand_registry import WORLD

REG = actors.registry_from_records([
    {"canonical": "Marek Novak", "type": "person", "country": "CZE",
     "aliases": "Novak|the Czech premier"},
    {"canonical": "Ruritania", "type": "state", "country": "RUR", "aliases": "Strelsau"},
    {"canonical": "Harbour Council", "type": "organization", "country": "RUR", "aliases": "HC"},
])


@pytest.fixture(scope="module")
def pipe():
    return nlp.load_nlp(actors.ruler_patterns(WORLD))


@pytest.fixture(scope="module")
def custom_pipe():
    return nlp.load_nlp(actors.ruler_patterns(REG))


def found(pipe, text, registry=None):
    return [(m["actor"], m["surface"], m["source"])
            for m in actors.find_mentions(pipe(text), "t.txt", registry=WORLD if registry is None else registry)]


def names(pipe, text, registry=None):
    return {a for a, _, _ in found(pipe, text, registry)}


def test_registry_file_is_well_formed():
    df = pd.read_csv(actors.REGISTRY_FILE, dtype=str, keep_default_na=False)
    assert list(df.columns) == actors.REGISTRY_COLUMNS
    assert not df["canonical"].duplicated().any()
    assert set(df["type"]) <= {"person", "organization", "state"}
    assert df["country"].str.fullmatch(r"[A-Z]{3}").all()


def test_canonical_lookup_is_case_insensitive():
    assert actors.canonical("VALCOURT", WORLD) == "Oren Valcourt"
    assert actors.canonical("the citadel", WORLD) == "Citadel"
    assert actors.canonical("Mirezki", WORLD) == actors.canonical("Mirecki", WORLD) == "Sava Mirecki"
    assert actors.canonical("a person nobody registered") is None
    assert actors.canonical("the Czech premier", REG) == "Marek Novak"


def test_ruler_patterns_carry_label_and_id():
    pats = actors.ruler_patterns(REG)
    assert {"label": "PERSON", "pattern": "Novak", "id": "Marek Novak"} in pats
    # acronyms are case-sensitive token patterns
    assert {"label": "ORG", "pattern": [{"ORTH": "HC"}], "id": "Harbour Council"} in pats


def test_alias_title_and_lower_case(pipe):
    text = ("The Veldanian president spoke after the citadel issued a note. "
            "Later valcourt and the citadel spokesman repeated it.")
    got = names(pipe, text)
    assert {"Oren Valcourt", "Citadel", "Ilka Dornan"} <= got


def test_acronym_does_not_match_pronoun(pipe):
    text = "The envoy told us that the US would wait."
    hits = found(pipe, text)
    assert [s for a, s, _ in hits if a == "United Shires of Corvenia"] == ["US"]


def test_lower_case_common_word_is_not_an_outlet(pipe):
    assert "Keystone Media" not in names(pipe, "Openness is the keystone of the new charter, the mayor said.")


def test_capital_metonym(pipe):
    got = names(pipe, "Officials in Tarsk rejected the note, while Ambrel stayed silent and Lissa protested.")
    assert {"Veldania", "United Shires of Corvenia", "Marchia"} <= got


def test_custom_registry_works_without_its_ruler(custom_pipe):
    text = "Strelsau said the HC would meet. Novak, the Czech premier, agreed."
    got = found(custom_pipe, text, registry=REG)
    assert ("Ruritania", "Strelsau", "registry") in got
    assert ("Harbour Council", "HC", "registry") in got
    assert {a for a, _, _ in got} >= {"Marek Novak"}


def test_discovered_name_and_later_surname(pipe):
    text = ("Hydrologist Greta Vandermolen warned on Monday that the dam was weak. "
            "Vandermolen said repairs would take a year.")
    ms = actors.find_mentions(pipe(text), "t.txt", registry=WORLD)
    gv = [m for m in ms if m["actor"] == "Greta Vandermolen"]
    assert len(gv) == 2 and {m["surface"] for m in gv} == {"Greta Vandermolen", "Vandermolen"}
    assert all(m["source"] == "discovered" and m["type"] == "person" for m in gv)


def test_stated_country_of_discovered_person(pipe):
    text = "Polish economist Jan Wisniewski said prices would rise. Wisniewski expects a slowdown."
    ms = [m for m in actors.find_mentions(pipe(text), "t.txt", registry=WORLD) if m["actor"] == "Jan Wisniewski"]
    assert ms and {m["country"] for m in ms} == {"POL"}


def test_unregistered_city_is_not_an_actor(pipe):
    got = names(pipe, "The delegates gathered in Sochi and later flew to Lyon for talks.")
    assert "Sochi" not in got and "Lyon" not in got


def test_state_in_an_address_is_a_place(pipe):
    got = names(pipe, "The photo was taken in Braga, Portugal, last spring. Germany objected to the plan.")
    assert "Portugal" not in got and "Germany" in got


def test_byline_and_credit_are_not_actors(pipe):
    text = ("Bridge closed after storm\nBy Lena Fischbach and Omar Haddad\n"
            "The ministry said repairs would start soon. File Photo/Keystone Media")
    got = names(pipe, text)
    assert "Lena Fischbach" not in got and "Omar Haddad" not in got and "Keystone Media" not in got


def test_name_inside_work_title_is_not_an_actor(pipe):
    got = names(pipe, "She reviewed the novel 'Waiting for Clara Mendes' at the festival.")
    assert "Clara Mendes" not in got


def test_junk_entities_are_dropped(pipe):
    got = names(pipe, "After the Q&A, the Pryce 2.0 agenda dominated. Analysts at Q4 Partners disagreed.")
    assert not any(any(ch.isdigit() for ch in a) or "&" in a for a in got)


def test_mention_columns_and_offsets(pipe):
    text = "Citadel officials met Northern Compact envoys."
    doc = pipe(text)
    for m in actors.find_mentions(doc, "t.txt", registry=WORLD):
        assert list(m) == actors.MENTION_COLUMNS
        assert text[m["start"]:m["end"]] == m["surface"]
        assert m["sentence"] == text[m["sent_start"]:m["sent_start"] + len(m["sentence"])]


def test_actors_table_counts():
    rows = [
        {"article": "a", "actor": "Compact", "type": "organization", "country": "INT", "surface": "Compact",
         "start": 0, "end": 4, "sentence": "", "sent_start": 0, "source": "registry"},
        {"article": "b", "actor": "Compact", "type": "organization", "country": "INT", "surface": "COMPACT",
         "start": 0, "end": 4, "sentence": "", "sent_start": 0, "source": "registry"},
        {"article": "b", "actor": "Ann Lee", "type": "person", "country": "", "surface": "Lee",
         "start": 5, "end": 8, "sentence": "", "sent_start": 0, "source": "discovered"},
    ]
    table = actors.actors_table(actors.mentions_frame(rows))
    assert list(table.columns) == actors.ACTOR_COLUMNS
    compact = table.set_index("actor").loc["Compact"]
    assert compact["n_articles"] == 2 and compact["registered"] and compact["aliases"] == "COMPACT|Compact"
    assert not table.set_index("actor").loc["Ann Lee", "registered"]
    assert actors.actors_table(actors.mentions_frame([])).empty


def test_never_raises_and_offsets_hold(pipe):
    from hypothesis import given, settings, HealthCheck
    from hypothesis import strategies as st

    alphabet = st.sampled_from(list("ab XY\"'“”«»‘’\n.,;:-–/*&0") + ["Valcourt ", "citadel ", "US ", "Anna Berg "])

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(alphabet, max_size=60).map("".join))
    def check(text):
        for m in actors.find_mentions(pipe(text), "t.txt", registry=WORLD):
            assert text[m["start"]:m["end"]] == m["surface"]

    check()


# ---------------------------------------------------------------- names the NER gives imperfectly

def test_clean_name_drops_brackets_articles_and_titles():
    assert actors.clean_name("the Harbour Pilots Guild (HPG") == "Harbour Pilots Guild"
    assert actors.clean_name("The Office of Fair Trading") == "Office of Fair Trading"
    assert actors.clean_name("weekly Courier") == "Courier"
    assert actors.clean_name("Councillor Ann Lee", person=True) == "Ann Lee"
    # an organisation keeps a first word that could be a title
    assert actors.clean_name("Justice Department") == "Justice Department"


def test_bracketed_acronym_is_an_alias_of_the_full_name(pipe):
    text = ("The Northern Fisheries Safety Board (NFSB) opened an inquiry on Monday. "
            "NFSB said the trawler had no working radio.")
    ms = actors.find_mentions(pipe(text), "t.txt", registry=WORLD)
    assert {m["actor"] for m in ms} == {"Northern Fisheries Safety Board"}
    assert [m["surface"] for m in ms] == ["Northern Fisheries Safety Board", "NFSB", "NFSB"]


def test_translated_name_keeps_its_acronym_and_no_bracket_leaks(pipe):
    text = ("Results came from the National Office of Vote Counting (ONCV), which "
            "published them at noon. Later the ONCV said turnout was low.")
    got = names(pipe, text)
    assert "National Office of Vote Counting" in got
    assert not any("(" in n or n == "ONCV" for n in got)


def test_dateline_bracket_is_not_an_acronym(pipe):
    assert actors.acronym_definitions(pipe("OSLO (NTB) - Talks resumed on Monday.")) == []


def test_organisation_names_with_of_and_and(pipe):
    text = "A spokesman for the Bureau of Mines and Quarries said the pass would reopen."
    assert "Bureau of Mines and Quarries" in names(pipe, text)


def test_title_is_not_part_of_a_discovered_name(pipe):
    text = "Councillor Maeve Thornbury voted against the plan on Tuesday evening."
    assert names(pipe, text) == {"Maeve Thornbury"}


@pytest.mark.parametrize("text, expected", [
    # an adviser's title, in either spelling, is no part of the name after it: the person stands
    # apart from a library or a trust named after them
    ("Retired Defence Minister and Security Advisor Maeve Thornbury opened the Maeve A. Thornbury Library on "
     "Friday.", True),
    ("As Chief Advisor Maeve Thornbury spoke, the Maeve A. Thornbury Trust issued a statement.", True),
    # a name that only begins with the word keeps it
    ("Maeve Advisory met Ann Field on Tuesday evening to discuss the plan.", False),
])
def test_an_advisers_title_is_not_part_of_a_name(pipe, text, expected):
    got = names(pipe, text)
    assert ("Maeve Thornbury" in got) is expected
    assert not any(n.startswith(("Advis", "Security Advis")) for n in got)


@pytest.mark.parametrize("text, expected", [
    # a compound military title (``Field Marshal``) is no actor and no part of the name after it
    ("Eastern commander Field Marshal Karl Brandt announced the lifting of the blockade, his office said.",
     {"Karl Brandt"}),
    ("Speaking in the port on Sunday, Field Marshal Karl Brandt ended the siege of the harbour.", {"Karl Brandt"}),
    # a name that only begins with the word keeps it
    ("Maeve Fielding met Ann Field on Tuesday evening to discuss the plan.", {"Maeve Fielding", "Ann Field"}),
])
def test_a_compound_military_title_is_not_a_name(pipe, text, expected):
    assert names(pipe, text) == expected


def test_compound_surname_resolves_to_the_full_name(pipe):
    text = ("Former judge Rosalía Ibarguren de la Serna won the vote. "
            "Ibarguren told reporters she would govern for everyone.")
    got = names(pipe, text)
    assert "Rosalía Ibarguren de la Serna" in got
    assert not {"Ibarguren", "Ibarguren de la Serna"} & got


def test_place_names_that_never_act_are_not_actors(pipe):
    text = "Evacuation orders were lifted for residents of Elm Hollow and Birch Flat on Friday."
    doc = pipe(text)
    assert {e.text for e in doc.ents if e.label_ == "ORG"} >= {"Elm Hollow"}  # the NER's view
    assert not {"Elm Hollow", "Birch Flat"} & names(pipe, text)


def test_city_of_x_is_an_organisation(pipe):
    text = "The City of Brackwater said on Monday that it would appeal the ruling."
    ms = [m for m in actors.find_mentions(pipe(text), "t.txt", registry=WORLD) if m["actor"] == "City of Brackwater"]
    assert ms and ms[0]["type"] == "organization"


def test_short_acronym_with_the_is_kept_but_not_as_a_modifier(pipe):
    assert actors.filters._plausible(pipe("Doctors said the NHB was short of staff.")[3:4], "ORG", set())
    doc = pipe("Doctors said NHB practices were short of staff.")
    assert not actors.filters._plausible(doc[2:3], "ORG", set())


def test_legal_form_suffix_is_not_part_of_a_company_name(pipe):
    text = "Shares of Brightwell Foods Ltd fell after Brightwell Foods Ltd cut its forecast on Monday."
    got = names(pipe, text)
    assert "Brightwell Foods" in got and not any(n.endswith("Ltd") for n in got)
    assert actors.clean_name("Orvane Systems Inc.") == "Orvane Systems"


def test_hyphenated_given_names_stay_whole(pipe):
    text = ("Presiding Judge Han Ji-soo read the verdict. His lawyer, Baek Tae-woon, said his client "
            "would appeal. Baek told reporters the trial had been unfair.")
    got = names(pipe, text)
    assert {"Han Ji-soo", "Baek Tae-woon"} <= got
    assert not {"Baek", "Han Ji", "Baek Tae"} & got


def test_a_word_that_only_begins_one_name_is_that_name():
    forms = actors.names._longest_forms([("PERSON", "Baek Tae-woon"), ("ORG", "Baek"), ("PERSON", "Ann Baek"),
                                   ("ORG", "Orvane Systems"), ("PERSON", "Orvane")])
    assert forms[("ORG", "Baek")] != "Baek Tae-woon"  # two names hold it: not the first-word rule
    assert forms[("PERSON", "Orvane")] == "Orvane Systems"


def test_acronym_of_a_name_with_a_lower_case_word_inside(pipe):
    doc = pipe("In Ruritania the Fisheries and Coastal waters Protection Board (FCPB) closed the bay.")
    got = [(a, doc[s:e].text) for a, s, e in actors.acronym_definitions(doc)]
    assert got == [("FCPB", "Fisheries and Coastal waters Protection Board")]


def test_ranks_and_retired_marks_are_not_part_of_a_name(pipe):
    doc = pipe("Federation president Lt. Gen. (retd) Samuel Otieno Wekesa opened the meeting.")
    span = actors.names._strip_titles(doc[2:11])
    assert span.text == "Samuel Otieno Wekesa"


def test_particle_and_surname_cut_off_by_the_model_are_part_of_the_name(pipe):
    doc = pipe("“We will not move,” said Laia Puigvert i Serra, a spokeswoman for the tenants.")
    got = names(pipe, doc.text)
    assert "Laia Puigvert i Serra" in got and "Serra" not in got


def test_legal_form_before_a_bracketed_acronym(pipe):
    doc = pipe("A spokesperson for Orvane Copper Mines plc (OCM), which runs the site, said so. OCM denied it.")
    got = [(a, doc[s:e].text) for a, s, e in actors.acronym_definitions(doc)]
    assert got == [("OCM", "Orvane Copper Mines")]
    assert actors.clean_name("Orvane Copper Mines plc") == "Orvane Copper Mines"


def test_a_firm_named_with_an_ampersand_is_one_organisation(pipe):
    text = "Analysts at the brokerage Holm & Berglund said the merger would lift margins next year."
    assert "Holm & Berglund" in names(pipe, text)


def test_leader_titles_are_not_part_of_a_name(pipe):
    got = names(pipe, "Senate Majority Leader Harold Venn said the chamber would sit on Sunday.")
    assert "Harold Venn" in got and not any("Leader" in n for n in got)


def test_an_acronym_used_alone_is_the_organisation_with_those_initials(pipe):
    text = ("The decision was criticised by the Harbour Pilots Guild on Monday. "
            "The HPG said in a statement that it was disappointed.")
    got = names(pipe, text)
    assert "Harbour Pilots Guild" in got and "HPG" not in got


@pytest.mark.parametrize("text, linked", [
    # the acronym of the name in its own language: the same initials in another order
    ("The Coastal Liberation Front attacked a convoy on Monday. The FLC said in a statement that "
     "its fighters would hold the port.", True),
    # initials that only share letters with the name are another organisation
    ("The Coastal Liberation Front attacked a convoy on Monday. The FLA said in a statement that "
     "its fighters would hold the port.", False),
])
def test_an_acronym_in_another_word_order_is_the_organisation_with_those_initials(pipe, text, linked):
    got = names(pipe, text)
    assert "Coastal Liberation Front" in got
    assert ("FLC" not in got) if linked else ("FLA" in got)


def test_a_generic_noun_after_a_name_is_not_part_of_it():
    assert actors.initials("League of Harbour Pilots") == "LHP"
    assert "union" in actors.ORG_TRAILERS and "party" in actors.ORG_TRAILERS


def test_an_agency_named_with_a_place_at_its_end_is_one_organisation(pipe):
    got = names(pipe, "Heritage and Culture Canada said the museum would reopen in May.")
    assert got == {"Heritage and Culture Canada"}
    got = names(pipe, "A spokesperson for Emergency Preparedness Canada said the planes would land.")
    assert "Emergency Preparedness Canada" in got


def test_a_registered_state_ending_a_two_word_organisation_is_part_of_its_name(pipe):
    got = names(pipe, "Seafarers UK said the crossings would resume on Friday.")
    assert "Seafarers UK" in got and "United Kingdom" not in got


def test_an_organisation_cut_before_of_and_a_place_is_rejoined(pipe):
    doc = pipe("The count was confirmed by the Electoral Board of Ruritania late on Sunday.")
    spans = [e.text for e in actors.joined_entities(doc) if e.label_ == "ORG"]
    assert not any(s.rstrip().endswith(" of") for s in spans)


def test_a_longer_place_is_not_an_agency(pipe):
    got = names(pipe, "Farmers in North Dakota said the drought had cut yields by half this year.")
    assert "North Dakota" not in got


def test_bylines_and_wire_credits_name_no_actor(pipe):
    text = ("Harbour fees to rise next year\n\nBy HANNA VIK and PER O'DALE\n\n"
            "Oslo port managers said fees would rise. The port director, Jonas Berge, said the rise was needed.\n\n"
            "(Reporting by Lise Aune in Bergen; Editing by Mark Holt)\n")
    got = names(pipe, text)
    assert "Jonas Berge" in got
    assert not got & {"HANNA VIK", "PER O'DALE", "Lise Aune", "Mark Holt"}


def test_a_byline_with_the_reporters_city():
    assert actors.filters._is_credit_line("Staff writers Ann Lee and Tom Roe contributed to this report.")


def test_an_untagged_acronym_that_speaks_is_an_organisation(pipe):
    doc = pipe("Ferry operator KSVF said two crossings had been cancelled because of the storm.")
    doc.ents = []  # as when the model leaves the abbreviation without a label
    assert [e.text for e in actors.bare_acronyms(doc)] == ["KSVF"]
    doc = pipe("The CEO said two crossings had been cancelled because of the storm.")
    assert actors.bare_acronyms(doc) == []


def test_a_firm_named_with_its_legal_form_and_alone_is_one_organisation(pipe):
    text = ("The valves were made by supplier Halvard Corp, which has denied any fault. "
            "Halvard said on Friday that it was reviewing its own tests.")
    assert "Halvard" in names(pipe, text)


def test_a_poll_by_an_institute_names_it(pipe):
    got = names(pipe, "A poll by the Vantor institute found that most voters backed the plan.")
    assert "Vantor" in got


def test_an_acronym_written_as_a_word_in_brackets(pipe):
    doc = pipe("The National Office for Coastal Surveys (Nocs) said the shoreline had retreated. "
               "Nocs said the trend would continue.")
    got = [(a, doc[s:e].text) for a, s, e in actors.acronym_definitions(doc)]
    assert got == [("Nocs", "National Office for Coastal Surveys")]
    doc = pipe("The Harbour Board (Labour) met, and labour unions protested outside.")
    assert actors.acronym_definitions(doc) == []


def test_an_untagged_title_case_name_ending_in_an_organisation_word(pipe):
    doc = pipe("Ann Lee, who sits on the Harbour Dredging Oversight Committee, said the work was late.")
    assert "Harbour Dredging Oversight Committee" in [s.text for s in actors.headed_organisations(doc)]
    doc = pipe("Ports Cabinet Secretary Ann Lee said the work was late.")
    assert actors.headed_organisations(doc) == []
    doc = pipe("The Department said the work was late.")
    assert actors.headed_organisations(doc) == []


def test_an_organisation_split_at_and_is_rejoined(pipe):
    got = names(pipe, "The Center for Seismology and Coastal Hazard Studies said it welcomed the research.")
    assert "Center for Seismology and Coastal Hazard Studies" in got and "Coastal Hazard Studies" not in got


def test_an_office_named_with_a_possessive_keeps_its_whole_name(pipe):
    got = names(pipe, "Prosecutors from the F.R. Attorney’s Office for the Western District of Ruritania "
                      "said the ring shipped tons of cocaine.")
    assert got == {"F.R. Attorney’s Office for the Western District of Ruritania"}


TITLED = actors.registry_from_records([
    {"canonical": "Ilse Marwood", "type": "person", "country": "RUR",
     "aliases": "Marwood|Ruritanian President|President of Ruritania"},
    {"canonical": "Ruritania", "type": "state", "country": "RUR", "aliases": ""},
])


@pytest.fixture(scope="module")
def titled_pipe():
    return nlp.load_nlp(actors.ruler_patterns(TITLED))


@pytest.mark.parametrize("text, expected, absent", [
    # the registered holder's title before another person's two-word name is that person's title
    ("Speaking in the capital, the second President of Ruritania Taras Hlynka urged patience with the talks.",
     "Taras Hlynka", "Ilse Marwood"),
    ("Critics, among them an ex-President of Ruritania, Anton Brill's ally and third President of Ruritania Lev "
     "Zarko, called the deal weak.", "Lev Zarko", "Ilse Marwood"),
    # negatives: the title alone, the holder's own name after it, a headline in title case
    ("The President of Ruritania said on Monday that talks must wait.", "Ilse Marwood", "Taras Hlynka"),
    ("The President of Ruritania Ilse Marwood said on Monday that talks must wait.", "Ilse Marwood", None),
    ("President of Ruritania Signs Decree On Truce", "Ilse Marwood", None),
    # a weekday after the name in wire style is no part of it, nor of the holder's own name
    ("Talks stalled, and the third President of Ruritania Lev Zarko Tuesday said the deal was weak.",
     "Lev Zarko", "Ilse Marwood"),
    ("The President of Ruritania Ilse Marwood Tuesday said talks must wait.", "Ilse Marwood", None),
])
def test_a_title_before_another_persons_name_is_that_persons(titled_pipe, text, expected, absent):
    got = names(titled_pipe, text, registry=TITLED)
    assert expected in got
    assert absent is None or absent not in got
