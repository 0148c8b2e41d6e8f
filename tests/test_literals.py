"""The pre-test of helpers.literals: which words a pattern needs, and that it never skips a match."""
import re

import pytest

from helpers import conditions, config, literals, story

CASES = [
    # (pattern, text, may match)
    (r"\b(?:lift|ease)\w*\W+(?:the\W+)?sanctions\b", "Officials hope to ease the sanctions soon.", True),
    (r"\b(?:lift|ease)\w*\W+(?:the\W+)?sanctions\b", "Officials hope the talks resume soon.", False),
    (r"\b(?:lift|ease)\w*\W+(?:the\W+)?sanctions\b", "Lifting sanctions is not on the table.", True),
    (r"\bcease-?fire\b|\btruce\b", "A TRUCE was declared at dawn.", True),
    (r"\bcease-?fire\b|\btruce\b", "Shelling went on through the night.", False),
    (r"\bwithdraw\w*\s+(?:all\s+)?troops", "They demanded that Ruritania withdraw all troops.", True),
    (r"\bwithdraw\w*\s+(?:all\s+)?troops", "They demanded more troops.", False),
    (r"(?:the\s+)?\d+\s+points?", "a plan of 12 points", True),        # only digits and spaces: no words needed
    (r"\bask\b", "Ask\u017fo", True),                                   # text that is not ASCII still checked
    (r"\bsk\b", "\u017fk", True),                                      # long s matches s case-insensitively
]


@pytest.mark.parametrize("pattern, text, expected", CASES)
def test_may_match(pattern, text, expected):
    compiled = re.compile(pattern, re.IGNORECASE)
    assert literals.may_match(literals.required(compiled), literals.folded(text)) is expected
    if compiled.search(text):
        assert expected, "a text the pattern matches must never be skipped"


@pytest.mark.parametrize("pattern, expected", [
    (r"\bprisoner\w*\b", [["prisoner"]]),
    (r"\b(?:free|release)\w*\s+(?:the\s+)?(?:hostage|captive)s?\b", [["captive", "hostage"], ["free", "release"]]),
    (r"\w+ly", [["ly"]]),
    (r"(?:talks)?\s*\d+", []),                 # the optional word is not needed
    (r"[a-z]+ment", [["ment"]]),
])
def test_required(pattern, expected):
    assert [sorted(s) for s in literals.required(re.compile(pattern, re.I))] == expected


def _all_patterns():
    patterns = []
    taxonomies = [conditions.load_taxonomy()]
    taxonomies += [conditions.story_taxonomy(story.load_story(name)) for name in [None, *story.named_stories()]]
    for taxonomy in taxonomies:
        patterns += [p for cat in taxonomy.categories for p in cat.objects]
        patterns += [cue.pattern for cue in taxonomy.cues]
    return patterns


def _texts():
    texts = []
    for path in sorted(config.SEEDS_DIR.glob("*.txt")):
        texts += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    return texts + [t.upper() for t in texts] + [t.replace("k", "\u212a").replace("s", "\u017f") for t in texts]


def test_no_pattern_of_the_data_loses_a_match():
    """Every condition pattern and cue of the package and its stories, on every paragraph of the
    seeds (also in capitals, and with letters swapped for the Unicode ones that match them
    case-insensitively): wherever the pattern matches, the pre-test lets the text through."""
    patterns, texts = _all_patterns(), _texts()
    assert len(patterns) > 50 and len(texts) > 100
    matched = 0
    for pattern in patterns:
        needs = literals.required(pattern)
        for text in texts:
            if pattern.search(text):
                matched += 1
                assert literals.may_match(needs, literals.folded(text)), (pattern.pattern, text[:80])
    assert matched > 100
    assert sum(bool(literals.required(p)) for p in patterns) > 0.8 * len(patterns)


def test_screen_answers_as_may_match():
    """The screen of all the data's patterns, on every paragraph of the seeds (and their variants):
    for each pattern, satisfied() on the strings found once gives may_match()'s answer."""
    patterns, texts = _all_patterns(), _texts()
    needs = [literals.required(p) for p in patterns]
    screen = literals.Screen(needs)
    passed = 0
    for text in texts:
        low = literals.folded(text)
        present = screen.present(low)
        for one in needs:
            expected = literals.may_match(one, low)
            assert literals.satisfied(one, present) is expected, (sorted(map(sorted, one)), text[:80])
            passed += expected
    assert 0 < passed < len(texts) * len(needs)  # both answers occur


@pytest.mark.parametrize("pattern, text, expected", CASES)
def test_screen_cases(pattern, text, expected):
    needs = literals.required(re.compile(pattern, re.IGNORECASE))
    present = literals.Screen([needs]).present(literals.folded(text))
    assert literals.satisfied(needs, present) is expected
