"""The one mask for quoted text (helpers.textmask) and the voice-leak cases of issue 19.

Every sentence is invented. Each leak case is checked at the mask (which voice a
word is in) and through framing (a loaded term counted for the outlet or for the
quoted speaker; an appellation counted or not).
"""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import framing, textmask

EPITHET = pd.DataFrame({"term": ["warlord"], "concept": ["epithet"], "variant": ["warlord"],
                        "signals": ["hostile"], "case_sensitive": [False]})


def _voice_of(text: str, word: str, nth: int = 0, **meta) -> str:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return textmask.article_mask(text, **meta).voice(start, start + len(word))


def _term_counts(text: str, title: str = "") -> tuple[int, int]:
    arts = pd.DataFrame([{"article": "a.txt", "outlet": "Daily", "text": text, "title": title}])
    row = framing.loaded_terms(arts, None, lexicon=EPITHET).iloc[0]
    return int(row["n_outlet"]), int(row["n_quoted"])


# ---------------------------------------------------------------------------- the voice-leak cases

LONG_SINGLE = ("Ms Vale said: ‘The warlord in the north has broken every promise he made to the "
               "farmers of the valley and we will not forget it.’ The council met later.")


def test_british_single_mark_quote_longer_than_twelve_words_is_quoted():
    inner = LONG_SINGLE[LONG_SINGLE.index("‘") + 1:LONG_SINGLE.index("’")]
    assert len(inner.split()) > 12
    assert _voice_of(LONG_SINGLE, "warlord") == textmask.QUOTED
    assert _voice_of(LONG_SINGLE, "council") == textmask.OUTLET
    assert _term_counts(LONG_SINGLE) == (0, 1)


@pytest.mark.parametrize("text", [
    "Critics call the governor a ”warlord” and move on.",
    "Critics call the governor a ’warlord’ and move on.",
    "Critics call the governor a “warlord“ and move on.",
])
def test_scare_quote_written_with_marks_the_wrong_way_round_is_quoted(text):
    assert _voice_of(text, "warlord") == textmask.QUOTED
    assert _voice_of(text, "governor") == textmask.OUTLET
    assert _term_counts(text) == (0, 1)


@pytest.mark.parametrize("text", [
    'Some papers call him the "river\nwarlord" of the delta, the minister said.',
    "Some papers call him the 'river\nwarlord' of the delta, the minister said.",
])
def test_scare_quote_split_by_a_line_wrap_is_quoted(text):
    assert _voice_of(text, "warlord") == textmask.QUOTED
    assert _voice_of(text, "minister") == textmask.OUTLET
    assert _term_counts(text) == (0, 1)


@pytest.mark.parametrize("text", [
    "In the '90s the warlord ruled, and the farmers' fields burned.",
    "In the ’90s the warlord ruled, and the farmers’ fields burned.",
])
def test_decade_apostrophe_and_plural_possessive_do_not_hide_the_outlets_words(text):
    assert textmask.quoted_spans(text) == []
    assert _voice_of(text, "warlord") == textmask.OUTLET
    assert _term_counts(text) == (1, 0)


@pytest.mark.parametrize("text", [
    "They'll tell 'em the warlord's men left at six o'clock.",
    "Rock 'n' roll fans said the warlord's band can't play.",
])
def test_elisions_and_inner_apostrophes_are_never_marks(text):
    assert _voice_of(text, "warlord") == textmask.OUTLET


def test_quote_over_a_paragraph_break_is_one_quoted_span():
    text = ("‘The first part of what she told us ends here.\n\n"
            "‘And the warlord is the second part of it,’ Ms Vale said.\n\nThe council met.")
    assert _voice_of(text, "first") == textmask.QUOTED
    assert _voice_of(text, "warlord") == textmask.QUOTED
    assert _voice_of(text, "council") == textmask.OUTLET
    spans = textmask.quoted_spans(text)
    assert len(spans) == 1 and text[spans[0][0]] == "‘" and text[spans[0][1] - 1] == "’"


def test_title_and_metadata_lines_are_neither_voice():
    text = "Warlord returns to the valley\nPORTVILLE\nThe governor spoke of a ‘warlord’ once."
    meta = {"title": "Warlord returns to the valley", "metadata_lines": "PORTVILLE"}
    assert _voice_of(text, "Warlord", **meta) == textmask.METADATA
    assert _voice_of(text, "PORTVILLE", **meta) == textmask.METADATA
    assert _voice_of(text, "governor", **meta) == textmask.OUTLET
    assert _voice_of(text, "warlord", **meta) == textmask.QUOTED
    # the title's word is counted neither for the outlet nor for a speaker
    assert _term_counts(text, title=meta["title"]) == (0, 1)
    assert _term_counts(text) == (1, 1)  # without the title column the line is the outlet's


def test_double_mark_spans_are_the_quote_finders():
    from helpers.quotes import find_quote_spans

    text = 'He said: "We stay," and later, "We go." It’s late.'
    inner = [(s + 1, e - 1) for s, e in textmask.double_quote_spans(text)]
    assert inner == find_quote_spans(text)


# ---------------------------------------------------------------------------- single marks, piece by piece


@pytest.mark.parametrize("text, expected", [
    ("He said 'no' twice.", ["'no'"]),
    ("She called it ‘a farce’, then left.", ["‘a farce’"]),
    ("The allies' 'red lines' were gone.", ["'red lines'"]),
    ("‘The generals’ plans are old,’ he said.", ["‘The generals’ plans are old,’"]),
    ("It was 'the boys' own war.", ["'the boys'"]),
    ("Nobody's view changed in the '80s or '22.", []),
])
def test_single_quote_spans(text, expected):
    assert [text[s:e] for s, e in textmask.single_quote_spans(text)] == expected


def test_mention_forms_carry_the_voice():
    text = "Raider returns\nThe envoy met Raider. Critics call him the ”butcher Raider” now."
    arts = pd.DataFrame([{"article": "a.txt", "outlet": "Daily", "text": text, "title": "Raider returns"}])
    rows = []
    for nth, sent in [(0, 0), (1, text.index("The envoy")), (2, text.index("Critics"))]:
        start = -1
        for _ in range(nth + 1):
            start = text.index("Raider", start + 1)
        end_of_sentence = text.find("\n", start) if nth == 0 else text.find(".", start)
        rows.append({"article": "a.txt", "actor": "Tom Raider", "type": "person", "country": "",
                     "surface": "Raider", "start": start, "end": start + 6,
                     "sentence": text[sent:end_of_sentence + 1], "sent_start": sent})
    forms = framing.mention_forms(arts, pd.DataFrame(rows), None)
    voices = sorted(set(forms["voice"]))
    assert voices == ["metadata", "outlet", "quoted"]
    own = framing.appellations(arts, pd.DataFrame(rows), None, forms=forms)
    assert own["count"].sum() == 1 and not own["form"].str.contains("butcher").any()


def test_title_line_without_the_outlet_suffix_is_metadata():
    text = "Warlord returns\nThe governor left."
    assert _voice_of(text, "Warlord", title="Warlord returns – Daily Example") == textmask.METADATA
    assert _voice_of(text, "Warlord", title="Warlord returns home") == textmask.OUTLET
