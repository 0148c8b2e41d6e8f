"""Tests for helpers.conditions, on invented sentences (no seed wording).

Mentions and quotes are built by hand, so these tests do not depend on the
actors and quotes modules; only the spaCy parse is real.
"""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from helpers import conditions, nlp, story
from helpers.analysis import conditions as aconditions

from hand_mentions import mentions_in

ACTORS = {
    "Oren Valcourt": ("Oren Valcourt", "person", "VEL"),
    "Valcourt": ("Oren Valcourt", "person", "VEL"),
    "Ilka Dornan": ("Ilka Dornan", "person", "VEL"),
    "Dornan": ("Ilka Dornan", "person", "VEL"),
    "Sava Mirecki": ("Sava Mirecki", "person", "VEL"),
    "Mirecki": ("Sava Mirecki", "person", "VEL"),
    "Citadel": ("Citadel", "organization", "VEL"),
    "Veldania": ("Veldania", "state", "VEL"),
    "Tarsk": ("Veldania", "state", "VEL"),
    "Harlan Pryce": ("Harlan Pryce", "person", "COR"),
    "Pryce": ("Harlan Pryce", "person", "COR"),
    "Jody Renner": ("Jody Renner", "person", "COR"),
    "Ambrel": ("Corvenia", "state", "COR"),
    "Corvenia": ("Corvenia", "state", "COR"),
    "Marchia": ("Marchia", "state", "MAR"),
    "Lissa": ("Marchia", "state", "MAR"),
    "Northern Compact": ("Northern Compact", "organization", "INT"),
}

#: The condition categories of an invented story (a war between Veldania and Marchia), each mapped onto
#: a generic category of the guide, as a story's ``conditions.csv`` would hold them.
CATEGORIES = pd.DataFrame([
    ("compact_membership", "security", "1042", "object",
     r"\b(?:renounce|abandon|give up|drop|rule out)\w*\W+(?:\w+\W+){0,4}?(?:compact|membership)\b"),
    ("compact_membership", "security", "1042", "object",
     r"\b(?:join|joining|enter|entering)\W+(?:the\W+)?(?:northern\W+)?compact\b"),
    ("compact_membership", "security", "1042", "object", r"\bneutral(?:ity)?\b"),
    ("compact_membership", "security", "1042", "object", r"\bnorthern compact membership\b"),
    ("territory", "territory", "1056", "object",
     r"\bterritor(?:ial|ies|y)\W+(?:concessions?|demands?|claims?)\b"),
    ("territory", "territory", "1056", "object",
     r"\b(?:cede|ceding|surrender|give up|hand over)\w*\W+(?:\w+\W+){0,3}?(?:territor\w*|regions?|lands?)\b"),
    ("territory", "territory", "1056", "object", r"\b(?:occupied|annexed) (?:regions?|territor\w*|lands?)\b"),
    ("territory", "territory", "1056", "object",
     r"\brecogni\w*\W+(?:\w+\W+){0,3}?annexation\b|\b(?:keeping|keep|retain\w*)\W+(?:\w+\W+){0,2}?control\b"),
    ("sanctions", "sanctions", "1054", "object",
     r"\b(?:lift|ease|drop|remov|end)\w*\W+(?:\w+\W+){0,4}?(?:sanctions|restrictions|embargo)\b"),
    ("sanctions", "sanctions", "1054", "object", r"\bsanctions\W+(?:\w+\W+){0,4}?(?:lifted|eased|dropped)\b"),
    ("military_aid", "security", "1056", "object",
     r"\b(?:stop|end|halt|cut|cease)\w*\W+(?:\w+\W+){0,3}?(?:aid|assistance|weapons|arms|shipments|deliveries)\b"),
    ("military_aid", "security", "1056", "object",
     r"\b(?:more|additional|step\w* up)\W+(?:\w+\W+){0,1}?(?:weapons|arms)(?:\W+(?:deliveries|supplies|shipments))?\b"),
    ("demilitarization", "security", "1056", "object", r"\bdemilitari[sz]\w*"),
    ("demilitarization", "security", "1056", "object",
     r"\b(?:reduc|cut|limit)\w*\W+(?:\w+\W+){0,4}?(?:armed forces|army|military|troops)\b"),
    ("lustration", "governance", "1044", "object", r"\blustrat\w*"),
    ("security_order", "security", "1042", "object", r"\bsecurity order\b|\bbuffer states?\b"),
    ("negotiation_terms", "negotiation_terms", "106", "object",
     r"\bstart\w*\W+(?:\w+\W+){0,1}?(?:talks|negotiations)\b"),
    ("negotiation_terms", "negotiation_terms", "106", "object", r"\bequal (?:terms|footing|partners?)\b"),
    ("other", "other", "", "none", ""),
    ("territory", "territory", "", "generic", ""),
    ("negotiation_terms", "ceasefire", "", "generic", ""),
    ("negotiation_terms", "negotiation_terms", "", "generic", ""),
    ("other", "prisoners", "", "generic", ""),
], columns=["category", "generic_category", "cameo", "role", "pattern"]).assign(description="")


@pytest.fixture(scope="module")
def pipe():
    return nlp.bare_nlp()


def mentions_for(text: str, name: str = "t.txt") -> list[dict]:
    """Every registry surface in ``text`` as a mention (longest match wins)."""
    return mentions_in(text, ACTORS, name)


def quote_for(text: str, quoted: str, speaker: str, country: str, kind: str = "direct") -> dict:
    start = text.index(quoted)
    return dict(article="t.txt", kind=kind, speaker=speaker, speaker_country=country, quote=quoted,
                cue="said", start=start, end=start + len(quoted), sentence=text, speaker_surface="")


#: These sentences are classified with the categories of the invented story.
STORY_TAXONOMY = conditions.story_taxonomy(story.story_from_frames("invented", conditions=CATEGORIES))


def run(pipe, text, quotes=(), taxonomy=None):
    doc = pipe(text)
    return conditions.find_conditions(doc, "t.txt", mentions_for(text), list(quotes),
                                      taxonomy=STORY_TAXONOMY if taxonomy is None else taxonomy)


def triples(rows):
    return sorted({(r["holder"], r["category"]) for r in rows})


# --------------------------------------------------------------------------- constructions


@pytest.mark.parametrize("text, expected", [
    # only if / would only accept ... if
    ("Tarsk will sign a deal only if Ambrel lifts the sanctions on its banks.",
     [("Veldania", "sanctions")]),
    ("Veldania would only accept a summit if the talks start on equal terms.",
     [("Veldania", "negotiation_terms")]),
    # unless
    ("The Citadel will keep fighting unless Lissa gives up its bid to join the Northern Compact.",
     [("Citadel", "compact_membership")]),
    # on condition that
    ("Veldania agreed to a truce on condition that the allies halt all arms shipments.",
     [("Veldania", "military_aid")]),
    # must
    ("Valcourt said on Friday that Marchia must reduce its armed forces.",
     [("Oren Valcourt", "demilitarization")]),
    # insists on
    ("Veldania insists on the recognition of its annexation of four regions.",
     [("Veldania", "territory")]),
    # demands that
    ("Mirecki demanded that the talks settle a new security order for the region.",
     [("Sava Mirecki", "security_order")]),
    # in exchange for
    # (offering a ceasefire is itself a proposal: negotiation_terms in this story, as the guide says)
    ("Tarsk offered a ceasefire in exchange for Lissa ceding the southern regions.",
     [("Veldania", "negotiation_terms"), ("Veldania", "territory")]),
    # would require (a plan's terms are held by its owner)
    ("Ambrel's draft would require additional arms supplies for Lissa before the winter.",
     [("Corvenia", "military_aid")]),
    # would condition ... on
    ("The Citadel would condition any summit on Ambrel ending its military aid to Lissa.",
     [("Citadel", "military_aid")]),
    # expectations ... include
    ("Tarsk's expectations from its neighbours include an end to sanctions.",
     [("Veldania", "sanctions")]),
    # pressures into
    ("Pryce could pressure Lissa into territorial concessions.",
     [("Harlan Pryce", "territory")]),
    # support for a proposal
    ("Jody Renner voiced support for a demilitarized zone along the front.",
     [("Jody Renner", "demilitarization")]),
    # wants ... on equal terms
    ("Valcourt wants to negotiate with Ambrel on equal terms.",
     [("Oren Valcourt", "negotiation_terms")]),
    # a name inside the term's words is part of the term, not its holder
    ("Northern Compact membership for Marchia is unacceptable, Valcourt said.",
     [("Oren Valcourt", "compact_membership")]),
    # a story's own category as a stated objective
    ("Valcourt repeated his objectives, including the lustration of Marchia's judges.",
     [("Oren Valcourt", "lustration")]),
])
def test_constructions_and_categories(pipe, text, expected):
    assert triples(run(pipe, text)) == expected


#: The invented story files the generic governance terms under its catch-all, as the shipped story does.
WITH_GOVERNANCE = conditions.story_taxonomy(story.story_from_frames(
    "invented-governance", conditions=pd.concat([CATEGORIES, pd.DataFrame(
        [dict(category="other", generic_category="governance", cameo="", role="generic", pattern="",
              description="")])])))


@pytest.mark.parametrize("text, expected", [
    # a reversed order of the generic territory lemmas (the term before the verb)
    ("Tarsk insists that no territory will be ceded.", [("Veldania", "territory")]),
    # the generic governance terms go to the catch-all ...
    ("Valcourt demanded that Marchia hold presidential elections before any deal.", [("Oren Valcourt", "other")]),
    # ... but not when the sentence states one of the story's own terms
    ("Tarsk insists that Lissa drop the goal of joining the Northern Compact from its constitution.",
     [("Veldania", "compact_membership")]),
])
def test_generic_terms_in_a_story(pipe, text, expected):
    assert triples(run(pipe, text, taxonomy=WITH_GOVERNANCE)) == expected


@pytest.mark.parametrize("phrase, category", [
    ("she would postpone its accession to NATO", "nato_membership"),
    ("the talks must address the underlying causes", "security_architecture"),
    ("the destruction of a neo-Nazi regime", "denazification"),
    ("allies should maintain military aid", "military_aid"),
])
def test_the_shipped_story_files_its_own_phrases(phrase, category):
    taxonomy = conditions.story_taxonomy(story.load_story("ukraine"))
    assert category in {m.label for m in conditions.find_objects(phrase, 0, taxonomy)}
    assert not conditions.find_objects("the ministers met on Monday", 0, taxonomy)


def test_conditions_followed_by_a_list_give_a_row_per_category(pipe):
    text = ("The Citadel's conditions include the lifting of sanctions, Marchia's neutrality "
            "and a reduction of Marchia's army.")
    rows = run(pipe, text)
    assert triples(rows) == [("Citadel", "compact_membership"), ("Citadel", "demilitarization"),
                             ("Citadel", "sanctions")]
    assert {r["cue"] for r in rows} == {"conditions followed by a list"}
    assert {r["cameo"] for r in rows} == {"1054", "1042", "1056"}


def test_these_refers_to_the_terms_of_the_previous_sentence(pipe):
    text = "Valcourt restated his demands on Tuesday. In essence, these amount to neutrality for Marchia."
    assert triples(run(pipe, text)) == [("Oren Valcourt", "compact_membership")]


def test_obligation_subject_is_the_addressee(pipe):
    rows = run(pipe, "Valcourt said on Friday that Marchia must reduce its armed forces.")
    assert rows[0]["addressee"] == "Marchia"
    assert rows[0]["holder_country"] == "VEL"


# --------------------------------------------------------------------------- voice and holder


def test_condition_in_a_quote_belongs_to_the_speaker(pipe):
    text = '"We will talk only if the sanctions are lifted," Dornan said.'
    quote = quote_for(text, "We will talk only if the sanctions are lifted,", "Ilka Dornan", "VEL")
    rows = run(pipe, text, [quote])
    assert [(r["holder"], r["category"], r["voice"]) for r in rows] == [  # the talks made conditional too
        ("Ilka Dornan", "negotiation_terms", "quote"), ("Ilka Dornan", "sanctions", "quote")]


def test_named_subject_inside_a_quote_wins_over_an_unnamed_speaker(pipe):
    text = '"Veldania is willing to bargain, though only on equal terms," a historian said.'
    quote = quote_for(text, "Veldania is willing to bargain, though only on equal terms,",
                      "unnamed: historian", "")
    rows = run(pipe, text, [quote])
    assert [(r["holder"], r["holder_country"], r["voice"]) for r in rows] == [("Veldania", "VEL", "quote")]


@pytest.mark.parametrize("subject, expected", [
    ("The plan", [("Veldania", "sanctions")]),  # the document speaks for its author, not the quote's speaker
    ("The envoy", [("Harlan Pryce", "sanctions")]),  # a person's reported speech stays the speaker's
])
def test_a_document_reported_as_speech_is_held_by_its_author(pipe, subject, expected):
    text = f"Veldania unveiled a plan on Monday. {subject} calls for the lifting of sanctions on Marchia."
    quote = quote_for(text, "the lifting of sanctions on Marchia", "Harlan Pryce", "COR", kind="indirect")
    assert triples(run(pipe, text, [quote])) == expected


@pytest.mark.parametrize("subject, expected", [
    # an ``its`` demand is the named subject's of its clause, whoever reports it
    ("Veldania", [("Veldania", "sanctions")]),
    ("the envoys", [("Harlan Pryce", "sanctions")]),  # a subject naming no one leaves it to the reporter
])
def test_an_its_demand_in_a_reported_clause_is_its_subjects(pipe, subject, expected):
    text = f"According to Pryce, {subject} took the chance to restate its demand for the lifting of sanctions on Marchia."
    quoted = text[text.index(subject):-1]
    quote = quote_for(text, quoted, "Harlan Pryce", "COR", kind="indirect")
    assert triples(run(pipe, text, [quote])) == expected


@pytest.mark.parametrize("reporter, expected", [
    # ``they``, as ``Its``, stand for the state of the sentence before, whoever the quote table made the speaker
    ("they say", [("Veldania", "negotiation_terms"), ("Veldania", "sanctions")]),
    ("Pryce says", [("Harlan Pryce", "negotiation_terms"), ("Veldania", "sanctions")]),  # a named reporter stays
])
def test_a_pronoun_of_a_reported_speech_is_read_by_its_antecedent(pipe, reporter, expected):
    text = ("Veldania met Marchia on Monday. Its negotiators require the lifting of sanctions on Marchia, "
            f"and {reporter} the talks must start on equal terms.")
    quote = quote_for(text, "the talks must start on equal terms", "Harlan Pryce", "COR", kind="indirect")
    assert triples(run(pipe, text, [quote])) == expected


@pytest.mark.parametrize("subject, expected", [
    # a group named in the reporting clause's subject holds what it announced, whoever the quote table
    # made the speaker (a wire's credit before the sentence)
    ("The Citadel movement", [("Citadel", "sanctions")]),
    ("The Northern Citadel (Citadel) armed alliance", [("Citadel", "sanctions")]),  # named before the noun
    ("The movement", [("Harlan Pryce", "sanctions")]),  # a bare noun names no one: the speaker stands
    ("Mirecki", [("Harlan Pryce", "sanctions")]),  # a person named there is the quote table's business
    ("Veldania's president", [("Harlan Pryce", "sanctions")]),  # an owner: the president speaks, not the state
])
def test_a_group_named_as_the_reporter_holds_the_reported_terms(pipe, subject, expected):
    text = f"{subject} announced on Tuesday that an end to the sanctions on Marchia is a prerequisite for peace."
    quote = quote_for(text, "an end to the sanctions on Marchia is a prerequisite for peace", "Harlan Pryce", "COR",
                      kind="indirect")
    assert triples(run(pipe, text, [quote])) == expected


@pytest.mark.parametrize("owner, expected", [
    ("His", [("Oren Valcourt", "sanctions")]),  # what he said is his, whoever the quote table made the speaker
    ("The", [("Ilka Dornan", "sanctions")]),  # no owner named: the quote's speaker stands
])
def test_what_a_pronoun_said_is_its_referents(pipe, owner, expected):
    text = f"Valcourt spoke on Monday. {owner} statement called for the lifting of sanctions on Marchia."
    quote = quote_for(text, "the lifting of sanctions on Marchia", "Ilka Dornan", "VEL", kind="indirect")
    assert triples(run(pipe, text, [quote])) == expected


def test_outlet_voice(pipe):
    rows = run(pipe, "Veldania insists on keeping control of the annexed regions.")
    assert {r["voice"] for r in rows} == {"outlet"}
    assert set(rows[0]) == set(conditions.COLUMNS)


@pytest.mark.parametrize("text", [
    "Valcourt congratulated Pryce on his victory.",
    "Sanctions on Veldania remain in place, and aid to Marchia goes on.",
    '"Veldania will prevail," she said on condition of anonymity.',
    "Pryce failed to lift sanctions on Veldania in his first term.",
])
def test_no_condition(pipe, text):
    assert run(pipe, text) == []


# --------------------------------------------------------------------------- taxonomy as data


def test_new_category_from_data_without_code_change(pipe, tmp_path):
    path = tmp_path / "conditions.csv"
    CATEGORIES.to_csv(path, index=False)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('energy_transit,other,1043,object,\\bgas transit\\b,"Gas transit through a neighbour resumes"\n')
    taxonomy = conditions.load_taxonomy(path)
    text = "Veldania insists on resuming gas transit through Marchia."
    rows = run(pipe, text, taxonomy=taxonomy)
    assert [(r["holder"], r["category"], r["cameo"]) for r in rows] == [("Veldania", "energy_transit", "1043")]
    assert run(pipe, text) == []  # the story's own table does not know it


def test_taxonomy_dataframe_is_accepted(pipe):
    df = pd.DataFrame([dict(category="prisoners", cameo="1041", role="object",
                            pattern=r"\bprisoner exchange\b", description="")])
    rows = run(pipe, "The Citadel demands a prisoner exchange.", taxonomy=df)
    assert triples(rows) == [("Citadel", "prisoners")]


def test_shipped_taxonomy_covers_its_file_and_every_generic_category():
    # the categories are read from the seeds' story file, not written here
    with open(conditions.TAXONOMY_FILE, encoding="utf-8", newline="") as fh:
        own = {row["category"] for row in csv.DictReader(fh)}
    table = conditions.taxonomy_table()
    assert own and set(table.category) == own
    assert set(table.generic_category) >= {c.name for c in conditions.generic_categories()}
    assert (table.loc[table.category != "other", "n_patterns"] > 0).all()


# --------------------------------------------------------------------------- summary


def test_summarize_one_row_per_article_holder_category(pipe):
    text = ("Veldania insists on keeping the annexed regions. Veldania also demands the return of "
            "the occupied regions.")
    df = pd.DataFrame(run(pipe, text), columns=conditions.COLUMNS)
    assert len(df) == 2
    summary = aconditions.summarize(df)
    assert list(summary.columns) == aconditions.SUMMARY_COLUMNS
    assert summary[["holder", "category"]].values.tolist() == [["Veldania", "territory"]]
    assert summary.text.iloc[0].startswith("Veldania insists")


def test_summarize_empty():
    assert list(aconditions.summarize(pd.DataFrame(columns=conditions.COLUMNS)).columns) == \
        aconditions.SUMMARY_COLUMNS


# --------------------------------------------------------------------------- notebook analyses


def _frame():
    return pd.DataFrame([
        dict(article="a", holder="X", holder_country="COR", addressee="", category="sanctions",
             cameo="1054", text="t1", cue="if", start=0, end=2, voice="quote"),
        dict(article="a", holder="X", holder_country="COR", addressee="", category="sanctions",
             cameo="1054", text="t2", cue="must", start=5, end=8, voice="outlet"),
        dict(article="b", holder="Y", holder_country="VEL", addressee="", category="territory",
             cameo="1056", text="t3", cue="if", start=1, end=3, voice="outlet"),
    ], columns=conditions.COLUMNS)


def test_holder_by_category_counts_articles():
    table = aconditions.holder_by_category(_frame())
    assert table.to_dict("records") == [
        {"holder": "X", "holder_country": "COR", "sanctions": 1, "territory": 0},
        {"holder": "Y", "holder_country": "VEL", "sanctions": 0, "territory": 1}]


def test_outlet_presence_keeps_n_and_silent_outlets():
    arts = pd.DataFrame(dict(article=["a", "b", "c"], outlet=["O1", "O1", "O2"]))
    table = aconditions.outlet_presence(_frame(), arts)
    assert table.to_dict("records") == [
        {"outlet": "O1", "n": 2, "sanctions": 1, "territory": 1},
        {"outlet": "O2", "n": 1, "sanctions": 0, "territory": 0}]


def test_voice_by_category_and_evidence():
    assert aconditions.voice_by_category(_frame()).to_dict("records") == [
        {"category": "sanctions", "outlet": 1, "quote": 1, "share_quote": 0.5},
        {"category": "territory", "outlet": 1, "quote": 0, "share_quote": 0.0}]
    ev = aconditions.evidence(_frame(), pd.DataFrame(dict(article=["a", "b"], outlet=["O1", "O2"])))
    assert ev["text"].tolist() == ["t1", "t2", "t3"] and ev["outlet"].tolist() == ["O1", "O1", "O2"]


def test_notebook_analyses_on_a_corpus_without_conditions():
    empty = pd.DataFrame(columns=conditions.COLUMNS)
    arts = pd.DataFrame({"article": ["a", "b"], "outlet": ["O1", "O2"]})
    assert aconditions.holder_by_category(empty).empty
    assert aconditions.voice_by_category(empty).empty
    assert aconditions.evidence(empty, arts).empty
    presence = aconditions.outlet_presence(empty, arts)
    assert presence[["outlet", "n"]].values.tolist() == [["O1", 1], ["O2", 1]]
    assert [c for c in presence.columns if c not in ("outlet", "n")] == []


def test_an_unplaced_holder_takes_the_one_side_of_its_article():
    from helpers.conditions.sides import one_side_of_article
    df = pd.DataFrame({"article": ["a.txt", "a.txt", "a.txt", "b.txt", "b.txt", "b.txt", "c.txt"],
                       "holder": ["Front", "Political Bureau", "Union", "Norland", "Osteria", "Ann Lee", "Eli Kim"],
                       "holder_country": ["NRL", "", "INT", "NRL", "OST", "", ""]})
    # one side (an international body aside) fills the gap; two sides or none leave it empty
    assert one_side_of_article(df).tolist() == ["NRL", "NRL", "INT", "NRL", "OST", "", ""]
