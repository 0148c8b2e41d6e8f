"""The entity ruler's exact-token matcher answers as spaCy's Matcher does, in the same order."""
import pytest
from spacy.matcher import Matcher

from helpers import nlp

PATTERNS = [
    {"label": "ORG", "pattern": [{"ORTH": "UN"}], "id": "United Nations"},
    {"label": "ORG", "pattern": [{"ORTH": "AU"}], "id": "African Union"},
    {"label": "GPE", "pattern": [{"ORTH": "US"}], "id": "United States"},
    {"label": "ORG", "pattern": [{"ORTH": "UN"}, {"ORTH": "Security"}], "id": "Security Council"},
    {"label": "PERSON", "pattern": "ann lee", "id": "Ann Lee"},
]

TEXTS = [
    "The UN and the AU met in Ruritania on Monday.",
    "UN Security officials said the US would wait; the UN Security Council did not meet.",
    "Ann Lee told us the un would not act.",            # lower-case 'us' and 'un' are no acronyms
    "",
    "AU AU UN US",
]


@pytest.fixture(scope="module")
def pipelines():
    fast = nlp.load_nlp(PATTERNS)
    ruler = fast.get_pipe("entity_ruler")
    real = Matcher(fast.vocab, validate=False)
    for label, patterns in ruler.token_patterns.items():
        real.add(label, patterns)
    return fast, ruler.matcher, real


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_spacy_matcher(pipelines, text):
    fast, exact, real = pipelines
    doc = fast.make_doc(text)
    assert type(exact).__name__ == "ExactTokens"
    assert exact(doc) == list(real(doc))


def test_a_pattern_on_other_attributes_keeps_spacys_matcher():
    pipe = nlp.load_nlp([{"label": "ORG", "pattern": [{"LOWER": "acme"}], "id": "Acme"}])
    assert isinstance(pipe.get_pipe("entity_ruler").matcher, Matcher)
    assert [e.ent_id_ for e in pipe("Officials at ACME said so.").ents] == ["Acme"]


def test_one_text_run_under_two_labels_keeps_spacys_matcher():
    """Two patterns for one run of texts would make the order of their matches matter."""
    pipe = nlp.load_nlp([{"label": "ORG", "pattern": [{"ORTH": "UN"}], "id": "United Nations"},
                         {"label": "GPE", "pattern": [{"ORTH": "UN"}], "id": "Unland"}])
    assert isinstance(pipe.get_pipe("entity_ruler").matcher, Matcher)


def test_patterns_cannot_be_added_afterwards(pipelines):
    _, exact, _ = pipelines
    with pytest.raises(TypeError, match="before it replaces the Matcher"):
        exact.add("ORG", [[{"ORTH": "EU"}]])
