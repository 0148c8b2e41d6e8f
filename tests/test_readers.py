"""helpers.corpus readers: web pages, JSON, JSON Lines, CSV/TSV, mixed folders, metadata lines, duplicates.

Every file here is made up for the test; none is a real article.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers import corpus
from corpus_load import load

PAGE = """<!DOCTYPE html><html><head><title>Harbour talks resume | The Lakeside Courier</title>
<meta property="og:site_name" content="The Lakeside Courier">
<meta property="og:title" content="Harbour talks resume">
<meta name="author" content="Mara Quint">
<meta property="article:published_time" content="2025-01-16T09:30:00Z">
<link rel="canonical" href="https://courier.example/harbour-talks"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/region">Region</a></li><li>Subscribe now</li></ul></nav>
<article><h1>Harbour talks resume</h1>
<p>Delegates from the two port towns met again on Thursday to settle the dispute over fishing rights, officials said.</p>
<p>“We are closer than last week,” the harbour master told reporters after a session that lasted most of the day.</p>
<p>A third round is planned for February, according to a joint statement issued in the evening by both councils.</p>
</article>
<section class="comments"><h3>Comments</h3><p>Commenter99: this is all nonsense, they never agree on anything!!</p></section>
<footer>© 2025 The Lakeside Courier. All rights reserved.</footer></body></html>"""

NEWS_PLEASE = [
    {"title": "Ferry strike enters third day", "maintext": "Ferry crews stayed off work for a third day on Monday, "
     "the union said, as talks with the operator stalled.", "authors": ["Oskar Feld"],
     "date_publish": "2025-02-03 08:15:00", "source_domain": "islandpost.example",
     "url": "https://islandpost.example/ferry-strike", "language": "en"},
    {"title": "Council approves new pier", "maintext": "The town council approved the construction of a new pier "
     "on Tuesday after a long debate about its cost.", "authors": [], "date_publish": "2025-02-04 17:40:00",
     "source_domain": "islandpost.example", "url": "https://islandpost.example/pier", "language": "en"},
]

CSV = ("id,title,body,source,date\n"
       "r1,Lighthouse to reopen,\"The old lighthouse will reopen to visitors in May, the heritage trust said.\","
       "Coastal Gazette,2025-03-01\n"
       "r2,Storm damages sea wall,\"A winter storm damaged the sea wall overnight, and repairs will take weeks, "
       "engineers said.\",Coastal Gazette,2025-03-02\n")

TXT = "Bridge vote delayed – The Valley Herald\nBy Ines Moor\nPublished On 21 Jan 2025\nThe county postponed its vote on the bridge, a spokesman said.\n"




def named(messages, prefix):
    found = [m for m in messages if m.startswith(prefix)]
    assert found, f"no message starts with {prefix!r}: {messages}"
    return found[0]


def test_mixed_folder_builds_six_articles_with_metadata_and_no_markup(corpus_dir):
    (corpus_dir / "harbour.html").write_text(PAGE, encoding="utf-8")
    (corpus_dir / "ferries.jsonl").write_text("\n".join(json.dumps(o) for o in NEWS_PLEASE) + "\n")
    (corpus_dir / "gazette.csv").write_text(CSV, encoding="utf-8")
    (corpus_dir / "bridge.txt").write_text(TXT, encoding="utf-8")
    df, messages = load(corpus_dir, column_map="outlet=source")
    assert len(df) == 6, messages
    assert df["article"].is_unique
    assert sorted(df["article"]) == ["bridge.txt", "ferries.jsonl#1", "ferries.jsonl#2", "gazette.csv#r1",
                                     "gazette.csv#r2", "harbour.html"]
    for col in ("outlet", "title", "published"):
        assert (df[col].str.len() > 0).all(), df[["article", col]]
    assert not df["text"].str.contains(r"<[a-zA-Z/!]").any()
    page = df.set_index("article").loc["harbour.html"]
    assert (page.outlet, page.title, page.published, page.byline, page.url) == (
        "The Lakeside Courier", "Harbour talks resume", "2025-01-16", "Mara Quint", "https://courier.example/harbour-talks")
    assert "Commenter99" not in page.text and "Subscribe" not in page.text and "rights reserved" not in page.text
    assert "harbour master" in page.text and page.metadata_from == "html"
    ferry = df.set_index("article").loc["ferries.jsonl#1"]
    assert (ferry.outlet, ferry.published, ferry.byline) == ("islandpost.example", "2025-02-03", "Oskar Feld")
    assert ferry.text.startswith("Ferry strike enters third day\n\nFerry crews")
    gazette = df.set_index("article").loc["gazette.csv#r2"]
    assert (gazette.outlet, gazette.published, gazette.title) == ("Coastal Gazette", "2025-03-02", "Storm damages sea wall")
    bridge = df.set_index("article").loc["bridge.txt"]
    assert (bridge.outlet, bridge.byline, bridge.title) == ("The Valley Herald", "Ines Moor", "Bridge vote delayed")
    assert "Ines Moor" not in bridge.text and "Valley Herald" not in bridge.text


def test_format_is_chosen_by_content_when_renamed(corpus_dir):
    (corpus_dir / "page.txt").write_text(PAGE, encoding="utf-8")
    (corpus_dir / "lines.txt").write_text("\n".join(json.dumps(o) for o in NEWS_PLEASE) + "\n")
    (corpus_dir / "rows.txt").write_text(CSV.replace("body", "text"))
    df, _ = load(corpus_dir)
    assert sorted(df["article"]) == ["lines.txt#1", "lines.txt#2", "page.txt", "rows.txt#r1", "rows.txt#r2"]
    assert not df["text"].str.contains("<p>|maintext|,body,").any()


def test_broken_html_is_read_or_refused_with_one_line(corpus_dir):
    (corpus_dir / "torn.html").write_text("<html><body><p>The mayor said the market would open on Friday, "
                                          "weeks later than planned, after repairs to the roof<div><p>were slower "
                                          "than expected by the builders and the council.</span>")
    (corpus_dir / "empty.html").write_text("<html><head><title>x</title></head><body><nav>Home</nav></body>")
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["torn.html"]
    assert "market would open" in df.loc[0, "text"] and "<" not in df.loc[0, "text"]
    assert "no article text" in named(messages, "empty.html:") or "skipped" in named(messages, "empty.html:")


def test_jsonl_line_that_is_not_json_is_one_problem(corpus_dir):
    lines = [json.dumps(NEWS_PLEASE[0]), "{this is not json", json.dumps(NEWS_PLEASE[1])]
    (corpus_dir / "feed.jsonl").write_text("\n".join(lines) + "\n")
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["feed.jsonl#1", "feed.jsonl#3"]
    assert "not JSON" in named(messages, "feed.jsonl line 2:")


def test_json_array_trafilatura_and_newspaper4k_fields(corpus_dir):
    records = [
        {"title": "Dam report published", "text": "Engineers published their report on the dam on Friday.",
         "author": "Lea Brandt; Tom Ries", "date": "2025-04-04", "source-hostname": "Riverside Daily",
         "hostname": "riverside.example", "source": "https://riverside.example/dam", "id": "dam1"},
        {"title": "School roof fixed", "text": "Workers finished the school roof on Saturday, the head teacher said.",
         "authors": ["Pia Lenz"], "publish_date": "2025-04-05T10:00:00+00:00", "meta_site_name": "Town Voice"},
    ]
    (corpus_dir / "export.json").write_text(json.dumps(records))
    df, _ = load(corpus_dir)
    rows = df.set_index("article")
    assert rows.loc["export.json#dam1", ["outlet", "byline", "published", "url"]].tolist() == [
        "Riverside Daily", "Lea Brandt; Tom Ries", "2025-04-04", "https://riverside.example/dam"]
    assert rows.loc["export.json#2", ["outlet", "byline", "published"]].tolist() == ["Town Voice", "Pia Lenz", "2025-04-05"]


@pytest.mark.parametrize("opening", ["[Source: Tidewire]", "[Updated at 10:00]", "{Corrected}"])
def test_a_text_article_opening_with_a_bracket_is_text_not_json(corpus_dir, opening):
    (corpus_dir / "wire.txt").write_text(f"{opening}\n\nThe ferries stopped on Monday, the harbour master said.\n")
    (corpus_dir / "array.txt").write_text(json.dumps([{"text": "The ferries ran on Tuesday."}]))
    df, messages = load(corpus_dir)
    assert sorted(df["article"]) == ["array.txt#1", "wire.txt"] and not messages


def test_invalid_json_file_is_refused(corpus_dir):
    (corpus_dir / "broken.json").write_text('[{"text": "unfinished"')
    df, messages = load(corpus_dir)
    assert df.empty and "not valid JSON" in named(messages, "broken.json:")


def test_csv_without_text_column_is_refused_naming_its_columns(corpus_dir):
    (corpus_dir / "meta.csv").write_text("headline,outlet\nA headline,Paper\n")
    df, messages = load(corpus_dir)
    message = named(messages, "meta.csv:")
    assert df.empty and "no text column" in message and "headline, outlet" in message


def test_column_map_names_the_text_column(corpus_dir):
    (corpus_dir / "meta.csv").write_text("headline,story,paper\nA headline,The story text is here.,Paper\n")
    df, _ = load(corpus_dir, column_map={"text": "story", "title": "headline", "outlet": "paper"})
    assert df[["article", "title", "outlet"]].values.tolist() == [["meta.csv#1", "A headline", "Paper"]]


def test_column_map_from_environment(corpus_dir, monkeypatch):
    (corpus_dir / "meta.csv").write_text("story,paper\nThe story text is here.,Paper\n")
    monkeypatch.setenv(corpus.MAP_ENV, "text=story,outlet=paper")
    df, _ = load(corpus_dir)
    assert df["outlet"].tolist() == ["Paper"]


def test_bad_column_map_is_a_clear_error():
    with pytest.raises(ValueError, match="not a column"):
        corpus.parse_column_map("body=text")


def test_csv_in_the_wrong_encoding_is_read_and_reported(corpus_dir):
    data = "title,text\nCafé opens,The café on the quay opened on Monday.\n".encode("latin-1")
    (corpus_dir / "latin.csv").write_bytes(data)
    df, messages = load(corpus_dir)
    assert len(df) == 1 and "\ufffd" in df.loc[0, "text"]
    assert "undecodable" in named(messages, "latin.csv:")


def test_tsv_and_utf16_csv(corpus_dir):
    (corpus_dir / "a.tsv").write_text("title\ttext\nQuay works\tThe quay works start in June.\n")
    (corpus_dir / "b.csv").write_bytes("title,text\nNet repair,Fishers repaired the nets.\n".encode("utf-16"))
    df, _ = load(corpus_dir)
    assert df["title"].tolist() == ["Quay works", "Net repair"]


def test_csv_is_streamed_row_by_row(corpus_dir, monkeypatch):
    (corpus_dir / "big.csv").write_text("text\n" + "".join(f"Row number {i} says the tide was high.\n"
                                                            for i in range(3000)))
    reads = []
    original = corpus.readers.csv.DictReader.__next__

    def counting(self):
        reads.append(1)
        return original(self)

    monkeypatch.setattr(corpus.readers.csv.DictReader, "__next__", counting)
    first = next(corpus.iter_articles(corpus_dir))
    assert first["article"] == "big.csv#1" and len(reads) == 1


def test_empty_text_record_is_one_problem(corpus_dir):
    (corpus_dir / "rows.csv").write_text("title,text\nNo body,\nWith body,The body is here.\n")
    df, messages = load(corpus_dir)
    assert df["article"].tolist() == ["rows.csv#2"]
    assert "no text" in named(messages, "rows.csv#1:")


def test_manifest_names_a_record(corpus_dir):
    (corpus_dir / "rows.csv").write_text("title,text\nHeadline,The body is here.\n")
    (corpus_dir / "manifest.csv").write_text("article,outlet,outlet_country\nrows.csv#1,Quay News,NOR\n")
    df, _ = load(corpus_dir)
    assert df[["outlet", "outlet_country", "metadata_from"]].values.tolist() == [["Quay News", "NOR", "manifest"]]


# --------------------------------------------------------------------------- metadata lines


@pytest.mark.parametrize(("line", "expected"), [
    ("By Jane Roe and John Doe", {"byline": "Jane Roe; John Doe"}),
    ("By JANE ROE, Harbour Wire", {"byline": "JANE ROE; Harbour Wire"}),
    ("Published On 16 Jan 2025", {"published": "2025-01-16"}),
    ("Updated: January 21, 2025 10:15 AM EST", {"published": "2025-01-21"}),
    ("The Example Gazette, Tuesday 21 Jan 2025", {"published": "2025-01-21"}),
    ("Tuesday 21 January 2025 10.15 GMT", {"published": "2025-01-21"}),
    # a line of fields between bars, dots or spaced dashes
    ("By Ana Vale | The Quay Courier | 4 March 2026", {"byline": "Ana Vale", "published": "2026-03-04"}),
    ("Rui Costa | 04.03.2026 - Update : 05.03.2026", {"byline": "", "published": "2026-03-04"}),
    ("QUAY COURIER | Lisbon, March 4, 2026 | Rui Costa | Translated from Portuguese",
     {"byline": "", "published": "2026-03-04"}),
    ("Opinion · Harbour Daily · Wednesday 4 March 2026", {"byline": "", "published": "2026-03-04"}),
    ("Live updates | 03/14/2026 | Compiled by Ana Vale", {"byline": "Ana Vale", "published": "2026-03-14"}),
    ("By Rui Costa  •  Updated: 04/03/2026 - 18:40", {"byline": "Rui Costa", "published": "2026-03-04"}),
    ("Harbour Wire staff | Published On 4 Mar 2026", {"byline": "", "published": "2026-03-04"}),
    ("Port Agency (Lisbon) | via example.org | 4 March 2026 | All times GMT", {"byline": "", "published": "2026-03-04"}),
    # an interview's or a text's By
    ("Interview by Rui Costa", {"byline": "Rui Costa"}),
    ("Text by Rui Costa and Ana Vale", {"byline": "Rui Costa; Ana Vale"}),
])
def test_metadata_lines_leave_the_text(line, expected):
    text = f"Headline here\n{line}\nThe story starts here and goes on.\n"
    cleaned, moved, found = corpus.split_metadata(text)
    assert cleaned == "Headline here\nThe story starts here and goes on."
    assert moved == [line] and {key: found[key] for key in expected} == expected


@pytest.mark.parametrize("line", [
    "By Monday, the troops had left the town.",
    # a label and a colon before a subtitle, or before whoever an interview is with
    "Interview: the envoy says the talks will go on",
    "Report: Osteria Troops Cross River",
    "Interview: Norland Foreign Minister",
    "Text: Joint Declaration",
    "Published reports say the talks failed in 2024.",
    "On 21 January 2025 the talks began.",
    # lines with bars or dashes that are story, not fields
    "10:40 | Vale: the offer is less than we hoped for",
    "The truce - agreed on 4 March 2026 - held for a week.",
    "Monday | the talks failed on 4 March 2026",
    "Lisbon | Porto | Faro",  # names, but no date and no By line
    "CET | EST | GMT",
    # a title-case subtitle with a date is no line of names; a live entry's update stays in the story
    "Norland And Osteria Agree Truce - 4 March 2026",
    "Talks In Lisbon Collapse | March 4, 2026",
    "Update: Osteria said on 4 March 2026 that it would free the crew.",
])
def test_story_lines_that_look_like_metadata_stay(line):
    text = f"Headline here\n{line}\nMore story.\n"
    cleaned, moved, _ = corpus.split_metadata(text)
    assert moved == [] and line in cleaned


@pytest.mark.parametrize(("opening", "rest"), [
    ("BRAGA, Portugal (AP) — ", "Officials said the bridge was repaired."),
    ("GENEVA (Example Wire) - ", "Talks resumed on Monday."),
    ("LONDON — ", "The minister resigned."),
    # a day after the month, with or without a full stop
    ("LIMA, March 3 (Example Wire) - ", "Talks resumed on Monday."),
    ("TAIPEI, Oct. 31 (Example Wire) — ", "Talks resumed on Monday."),
])
def test_dateline_opening_the_first_paragraph_is_moved(opening, rest):
    cleaned, moved, _ = corpus.split_metadata(f"Headline\n{opening}{rest}\nSecond paragraph.")
    assert cleaned == f"Headline\n{rest}\nSecond paragraph." and moved == [opening.strip()]




LEAD = ("Envoys from Norland, Osteria and Valdia said on Monday that they had agreed on a schedule "
        "for pulling all foreign forces out of the border region.")
QUOTED_LEAD = ('The prime minister of Norland, speaking after the signing, called the accord "a good day for both '
               'our nations and for our farmers."')
LABELLED = ("ANALYSIS -- Why the decision of Norland to raise fuel taxes for the third time this year could cost "
            "its government the next election.")


@pytest.mark.parametrize(("text", "moved", "first"), [
    # an article kept without its headline: the first line is the lead paragraph under a dateline
    (f"OSLO, Norway -- {LEAD}\nTalks resume next week.", ["OSLO, Norway --"], LEAD),
    (f"GENEVA (Example Wire) — {LEAD}\nTalks resume next week.", ["GENEVA (Example Wire) —"], LEAD),
    # a headline that opens with a dateline-like capital word stays the headline
    ("TALKS — Envoys agree on a timetable\nLONDON — The talks resumed.", ["LONDON —"],
     "TALKS — Envoys agree on a timetable"),
    # a short line with a full stop is still a headline
    ("OSLO — Envoys agree.\nThe talks resumed.", [], "OSLO — Envoys agree."),
    # a lead may end with a quotation; a section label before a long headline is no dateline
    (f"OSLO, Norway -- {QUOTED_LEAD}\nTalks resume next week.", ["OSLO, Norway --"], QUOTED_LEAD),
    (f"{LABELLED}\nOSLO, Norway -- The talks resumed.", ["OSLO, Norway --"], LABELLED),
])
def test_a_dateline_opening_a_lead_paragraph_with_no_headline_is_moved(text, moved, first):
    cleaned, found_moved, _ = corpus.split_metadata(text)
    assert found_moved == moved and cleaned.split("\n")[0] == first


def test_bare_name_line_is_moved_only_when_it_is_the_known_byline():
    text = "Headline\nAna Vale, Rui Costa\nStory text.\n"
    assert corpus.split_metadata(text)[1] == []
    cleaned, moved, _ = corpus.split_metadata(text, {"byline": "Ana Vale; Rui Costa"})
    assert moved == ["Ana Vale, Rui Costa"] and cleaned == "Headline\nStory text."


def test_title_suffix_naming_another_source_stays(corpus_dir):
    (corpus_dir / "a.txt").write_text("Ports reopen - Harbour Institute\nQuay • Bay Times\nThe ports reopened.\n")
    df, _ = load(corpus_dir)
    row = df.iloc[0]
    assert row.outlet == "Bay Times" and row.text.startswith("Ports reopen - Harbour Institute\n")
    assert row.metadata_lines == "Quay • Bay Times"


def test_moved_lines_are_recorded_and_offsets_refer_to_text(corpus_dir):
    (corpus_dir / "a.txt").write_text("Pier opens – Bay Times\nBy Ola Berg\nPublished: 2025-05-01\n"
                                      "OSLO (Example Wire) — The pier opened.\n")
    df, _ = load(corpus_dir)
    row = df.iloc[0]
    assert row.text == "Pier opens\nThe pier opened."
    assert row.metadata_lines.split("\n") == ["By Ola Berg", "Published: 2025-05-01", "OSLO (Example Wire) —",
                                             "– Bay Times"]
    assert (row.byline, row.published, row.outlet) == ("Ola Berg", "2025-05-01", "Bay Times")


@pytest.mark.parametrize("lead, outlet", [
    ("OSLO (Example Wire) — The pier opened.", "Example Wire"),  # wire copy names who filed it
    ("Oslo • Bay Times\nOSLO (Example Wire) — The pier opened.", "Bay Times"),  # the outlet's own line wins
    # a bracket that names no agency: a time zone, a day
    ("TUESDAY (GMT) — 3 May 2026\nOSLO — The pier opened.", ""),
    ("UPDATE (Monday): The pier opened.", ""),
])
def test_a_dateline_s_agency_is_the_outlet_of_last_resort(corpus_dir, lead, outlet):
    (corpus_dir / "a.txt").write_text(f"Pier opens\n{lead}\n")
    row = load(corpus_dir)[0].iloc[0]
    assert (row.outlet, row.outlet_evidence) == (outlet, "text" if outlet else "")


# --------------------------------------------------------------------------- duplicates

WIRE = ("Rescue teams reached the stranded hikers on the ridge late on Sunday after a search that lasted two days, "
        "the mountain police said, adding that all five were cold but unhurt and would be flown to the valley.")


def test_exact_and_near_duplicates_point_to_the_first(corpus_dir):
    (corpus_dir / "a.txt").write_text(f"Hikers found\n{WIRE}\n")
    (corpus_dir / "b.txt").write_text(f"Hikers found\n{WIRE.upper()}\n")
    (corpus_dir / "c.txt").write_text(f"Hikers found\n{WIRE} The police thanked the volunteers.\n")
    (corpus_dir / "d.txt").write_text("Other story\nThe village fair was cancelled because of the rain.\n")
    (corpus_dir / "manifest.csv").write_text("article,outlet,published\nb.txt,Y,2025-01-01\na.txt,X,2025-01-02\n"
                                             "c.txt,Z,2025-01-03\nd.txt,X,2025-01-04\n")
    df, _ = load(corpus_dir)
    dup = df.set_index("article")[["duplicate_of", "duplicate_kind"]]
    assert dup.loc["b.txt"].tolist() == ["", ""]  # published first: the original
    assert dup.loc["a.txt"].tolist() == ["b.txt", "exact"]
    assert dup.loc["c.txt"].tolist() == ["b.txt", "near"]
    assert dup.loc["d.txt"].tolist() == ["", ""]
    chains = corpus.duplicate_chains(df)
    assert chains["article"].tolist() == ["a.txt", "c.txt"] and chains["original_outlet"].tolist() == ["Y", "Y"]


def test_one_per_outlet_counts_a_story_once_per_outlet():
    df = pd.DataFrame({"article": ["a", "b", "c", "d"], "outlet": ["X", "X", "Y", ""],
                       "duplicate_of": ["", "a", "a", "a"]})
    assert corpus.one_per_outlet(df)["article"].tolist() == ["a", "c", "d"]


def test_once_per_outlet_keeps_every_table_to_the_articles_counted():
    """A story posted twice by one outlet counts once in every table; the copy is listed as dropped."""
    from helpers.pipeline import Corpus

    articles = pd.DataFrame({"article": ["a", "b", "c"], "outlet": ["X", "X", "Y"],
                             "duplicate_of": ["", "a", "a"], "duplicate_kind": ["", "exact", "near"]})
    mentions = pd.DataFrame({"article": ["a", "b", "b", "c"], "actor": ["Ines Moor", "Ines Moor", "Olaf Brandt",
                                                                         "Ines Moor"]})
    actors = pd.DataFrame({"actor": ["Ines Moor", "Olaf Brandt"], "type": "person", "n_articles": [3, 1],
                           "n_mentions": [3, 1]})
    per_article = pd.DataFrame({"article": ["a", "b", "c"], "value": [1, 2, 3]})
    built = Corpus(articles=articles, mentions=mentions, actors=actors, quotes=per_article,
                   conditions=per_article.iloc[:0], relations=per_article[per_article["article"] == "b"])
    once, dropped = corpus.once_per_outlet(built)
    assert once.articles["article"].tolist() == ["a", "c"]
    assert once.quotes["value"].tolist() == [1, 3] and once.relations.empty and once.conditions.empty
    assert once.mentions["article"].tolist() == ["a", "c"]
    assert once.actors[["actor", "n_articles", "n_mentions"]].values.tolist() == [["Ines Moor", 2, 2]]
    assert dropped.to_dict("records") == [{"article": "b", "outlet": "X", "duplicate_of": "a",
                                           "duplicate_kind": "exact"}]
    assert built.articles["article"].tolist() == ["a", "b", "c"]  # the built corpus is left as it was
    unique = Corpus(articles=articles.assign(duplicate_of=""), mentions=mentions, actors=actors,
                    quotes=per_article, conditions=per_article, relations=per_article)
    same, none = corpus.once_per_outlet(unique)
    assert same is unique and none.empty and list(none.columns) == ["article", "outlet", "duplicate_of",
                                                                     "duplicate_kind"]
