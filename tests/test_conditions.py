"""Tests for helpers.conditions, on invented sentences (no seed wording).

Mentions and quotes are built by hand, so these tests do not depend on the
actors and quotes modules; only the spaCy parse is real.
"""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from helpers import conditions, nlp, story
from helpers.analysis import conditions as aconditions

from hand_mentions import mentions_in

ACTORS = {
    "Vladimir Putin": ("Vladimir Putin", "person", "RUS"),
    "Putin": ("Vladimir Putin", "person", "RUS"),
    "Dmitry Peskov": ("Dmitry Peskov", "person", "RUS"),
    "Peskov": ("Dmitry Peskov", "person", "RUS"),
    "Sergey Lavrov": ("Sergey Lavrov", "person", "RUS"),
    "Lavrov": ("Sergey Lavrov", "person", "RUS"),
    "Kremlin": ("Kremlin", "organization", "RUS"),
    "Russia": ("Russia", "state", "RUS"),
    "Moscow": ("Russia", "state", "RUS"),
    "Donald Trump": ("Donald Trump", "person", "USA"),
    "Trump": ("Donald Trump", "person", "USA"),
    "JD Vance": ("JD Vance", "person", "USA"),
    "Washington": ("United States", "state", "USA"),
    "United States": ("United States", "state", "USA"),
    "Ukraine": ("Ukraine", "state", "UKR"),
    "Kyiv": ("Ukraine", "state", "UKR"),
    "NATO": ("NATO", "organization", "INT"),
}


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


#: These sentences are classified with the categories of the seeds' story.
SEEDS_TAXONOMY = conditions.story_taxonomy(story.load_story("ukraine"))


def run(pipe, text, quotes=(), taxonomy=None):
    doc = pipe(text)
    return conditions.find_conditions(doc, "t.txt", mentions_for(text), list(quotes),
                                      taxonomy=SEEDS_TAXONOMY if taxonomy is None else taxonomy)


def triples(rows):
    return sorted({(r["holder"], r["category"]) for r in rows})


# --------------------------------------------------------------------------- constructions


@pytest.mark.parametrize("text, expected", [
    # only if / would only accept ... if
    ("Moscow will sign a deal only if Washington lifts the sanctions on its banks.",
     [("Russia", "sanctions")]),
    ("Russia would only accept a summit if the talks start on equal terms.",
     [("Russia", "negotiation_terms")]),
    # unless
    ("The Kremlin will keep fighting unless Kyiv gives up its bid to join NATO.",
     [("Kremlin", "nato_membership")]),
    # on condition that
    ("Russia agreed to a truce on condition that the allies halt all arms shipments.",
     [("Russia", "military_aid")]),
    # must
    ("Putin said on Friday that Ukraine must reduce its armed forces.",
     [("Vladimir Putin", "demilitarization")]),
    # insists on
    ("Russia insists on the recognition of its annexation of four regions.",
     [("Russia", "territory")]),
    # demands that
    ("Lavrov demanded that the talks address the root causes of the war.",
     [("Sergey Lavrov", "security_architecture")]),
    # in exchange for
    # (offering a ceasefire is itself a proposal: negotiation_terms in this story, as the guide says)
    ("Moscow offered a ceasefire in exchange for Kyiv ceding the southern regions.",
     [("Russia", "negotiation_terms"), ("Russia", "territory")]),
    # would require (a plan's terms are held by its owner)
    ("Washington's plan would require more weapons deliveries to Ukraine if Russia rejects the deal.",
     [("United States", "military_aid")]),
    # would condition ... on
    ("The Kremlin would condition any summit on Washington ending its military aid to Kyiv.",
     [("Kremlin", "military_aid")]),
    # expectations ... include
    ("Moscow's expectations from the West include an end to sanctions.",
     [("Russia", "sanctions")]),
    # pressures into
    ("Trump could pressure Kyiv into territorial concessions.",
     [("Donald Trump", "territory")]),
    # support for a proposal
    ("JD Vance voiced support for a demilitarized zone along the front.",
     [("JD Vance", "demilitarization")]),
    # wants ... on equal terms
    ("Putin wants to negotiate with Washington on equal terms.",
     [("Vladimir Putin", "negotiation_terms")]),
    # denazification as a stated objective
    ("Putin repeated his objectives, including the denazification of Ukraine.",
     [("Vladimir Putin", "denazification")]),
])
def test_constructions_and_categories(pipe, text, expected):
    assert triples(run(pipe, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow insists that Kyiv postpone its accession to NATO.", [("Russia", "nato_membership")]),
    ("Kyiv reported on its accession talks with the union.", []),
    ("Lavrov demanded that the talks address the underlying causes of the war.",
     [("Sergey Lavrov", "security_architecture")]),
    ("Putin insists on the destruction of what he calls a neo-Nazi regime.", [("Vladimir Putin", "denazification")]),
    ("Kyiv urged Washington to maintain military aid if Russia rejects the deal.", [("Ukraine", "military_aid")]),
    ("Kyiv said military aid arrived on Monday.", []),
    # a reversed order of the generic territory lemmas (the term before the verb)
    ("Kyiv insists that no territory will be ceded.", [("Ukraine", "territory")]),
    # the generic governance terms are "other" in this story
    ("Putin demanded that Ukraine hold presidential elections before any deal.", [("Vladimir Putin", "other")]),
    # ... but not when the sentence states one of the story's own terms (the constitution is the NATO goal's)
    ("Moscow insists that Kyiv drop the goal of joining NATO from its constitution.", [("Russia", "nato_membership")]),
])
def test_the_stories_own_words_for_its_terms(pipe, text, expected):
    assert triples(run(pipe, text)) == expected


def test_conditions_followed_by_a_list_give_a_row_per_category(pipe):
    text = ("The Kremlin's conditions include the lifting of sanctions, Ukrainian neutrality "
            "and a reduction of Ukraine's army.")
    rows = run(pipe, text)
    assert triples(rows) == [("Kremlin", "demilitarization"), ("Kremlin", "nato_membership"),
                             ("Kremlin", "sanctions")]
    assert {r["cue"] for r in rows} == {"conditions followed by a list"}
    assert {r["cameo"] for r in rows} == {"1054", "1042", "1056"}


def test_these_refers_to_the_terms_of_the_previous_sentence(pipe):
    text = "Putin restated his demands on Tuesday. In essence, these amount to neutrality for Ukraine."
    assert triples(run(pipe, text)) == [("Vladimir Putin", "nato_membership")]


def test_obligation_subject_is_the_addressee(pipe):
    rows = run(pipe, "Putin said on Friday that Ukraine must reduce its armed forces.")
    assert rows[0]["addressee"] == "Ukraine"
    assert rows[0]["holder_country"] == "RUS"


# --------------------------------------------------------------------------- voice and holder


def test_condition_in_a_quote_belongs_to_the_speaker(pipe):
    text = '"We will talk only if the sanctions are lifted," Peskov said.'
    quote = quote_for(text, "We will talk only if the sanctions are lifted,", "Dmitry Peskov", "RUS")
    rows = run(pipe, text, [quote])
    assert [(r["holder"], r["category"], r["voice"]) for r in rows] == [
        ("Dmitry Peskov", "sanctions", "quote")]


def test_named_subject_inside_a_quote_wins_over_an_unnamed_speaker(pipe):
    text = '"Russia is ready to negotiate, but from a position of strength," an analyst said.'
    quote = quote_for(text, "Russia is ready to negotiate, but from a position of strength,",
                      "unnamed: analyst", "")
    rows = run(pipe, text, [quote])
    assert [(r["holder"], r["holder_country"], r["voice"]) for r in rows] == [("Russia", "RUS", "quote")]


def test_outlet_voice(pipe):
    rows = run(pipe, "Russia insists on keeping control of the annexed regions.")
    assert {r["voice"] for r in rows} == {"outlet"}
    assert set(rows[0]) == set(conditions.COLUMNS)


@pytest.mark.parametrize("text", [
    "Putin congratulated Trump on his victory.",
    "Sanctions on Russia remain in place, and aid to Ukraine goes on.",
    '"Russia will win," he said on condition of anonymity.',
    "Trump failed to lift sanctions on Russia in his first term.",
])
def test_no_condition(pipe, text):
    assert run(pipe, text) == []


# --------------------------------------------------------------------------- taxonomy as data


def test_new_category_from_data_without_code_change(pipe, tmp_path):
    path = tmp_path / "conditions.csv"
    shutil.copy(conditions.TAXONOMY_FILE, path)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write('energy_transit,other,1043,object,\\bgas transit\\b,"Gas transit through Ukraine resumes"\n')
    taxonomy = conditions.load_taxonomy(path)
    text = "Russia insists on resuming gas transit through Ukraine."
    rows = run(pipe, text, taxonomy=taxonomy)
    assert [(r["holder"], r["category"], r["cameo"]) for r in rows] == [("Russia", "energy_transit", "1043")]
    assert run(pipe, text) == []  # the shipped taxonomy does not know it


def test_taxonomy_dataframe_is_accepted(pipe):
    df = pd.DataFrame([dict(category="prisoners", cameo="1041", role="object",
                            pattern=r"\bprisoner exchange\b", description="")])
    rows = run(pipe, "The Kremlin demands a prisoner exchange.", taxonomy=df)
    assert triples(rows) == [("Kremlin", "prisoners")]


def test_shipped_taxonomy_has_every_guide_category():
    table = conditions.taxonomy_table()
    assert set(table.category) >= {"nato_membership", "territory", "sanctions", "military_aid",
                                   "demilitarization", "denazification", "security_architecture",
                                   "negotiation_terms", "other"}
    assert (table.loc[table.category != "other", "n_patterns"] > 0).all()


# --------------------------------------------------------------------------- summary


def test_summarize_one_row_per_article_holder_category(pipe):
    text = ("Russia insists on keeping the annexed regions. Russia also demands the return of "
            "the occupied regions.")
    df = pd.DataFrame(run(pipe, text), columns=conditions.COLUMNS)
    assert len(df) == 2
    summary = aconditions.summarize(df)
    assert list(summary.columns) == aconditions.SUMMARY_COLUMNS
    assert summary[["holder", "category"]].values.tolist() == [["Russia", "territory"]]
    assert summary.text.iloc[0].startswith("Russia insists")


def test_summarize_empty():
    assert list(aconditions.summarize(pd.DataFrame(columns=conditions.COLUMNS)).columns) == \
        aconditions.SUMMARY_COLUMNS


# --------------------------------------------------------------------------- notebook analyses


def _frame():
    return pd.DataFrame([
        dict(article="a", holder="X", holder_country="RUS", addressee="", category="sanctions",
             cameo="1054", text="t1", cue="if", start=0, end=2, voice="quote"),
        dict(article="a", holder="X", holder_country="RUS", addressee="", category="sanctions",
             cameo="1054", text="t2", cue="must", start=5, end=8, voice="outlet"),
        dict(article="b", holder="Y", holder_country="USA", addressee="", category="territory",
             cameo="1056", text="t3", cue="if", start=1, end=3, voice="outlet"),
    ], columns=conditions.COLUMNS)


def test_holder_by_category_counts_articles():
    table = aconditions.holder_by_category(_frame())
    assert table.to_dict("records") == [
        {"holder": "X", "holder_country": "RUS", "sanctions": 1, "territory": 0},
        {"holder": "Y", "holder_country": "USA", "sanctions": 0, "territory": 1}]


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
