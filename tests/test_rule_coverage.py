"""Every registered extraction rule, of every registry, has a positive and a negative case.

The cases live in three tables (``test_actor_rules.CASES``,
``test_quote_rules.POSITIVE``/``NEGATIVE`` and ``test_rule_cases.CASES``); this
test reads all three against :data:`helpers.rules.REGISTRIES` after importing
every extractor, so a rule added to any registry, or a new registry, fails here
until its cases are written, and a case naming a rule that is gone fails too.
"""
from __future__ import annotations

import pytest

from helpers import actors, conditions, graph, quotes, rules  # noqa: F401 (importing registers the rules)

import test_actor_rules
import test_quote_rules
import test_rule_cases


def _extraction_rules() -> list[str]:
    """Qualified names of the package's rules (registries a test builds for itself are left out)."""
    return sorted(name for reg in rules.REGISTRIES.values()
                  if any(rule.__module__.startswith("helpers.") for rule in reg.rules)
                  for name in reg.names())


def _cases() -> set[tuple[str, bool]]:
    """(rule, positive?) for every case of the three tables."""
    found = {(rule, fires) for rule, _, _, fires, _ in test_actor_rules.CASES}
    found |= {(case[0], True) for case in test_quote_rules.POSITIVE}
    found |= {(case[0], False) for case in test_quote_rules.NEGATIVE}
    found |= {(rule, bool(expected)) for rule, _, _, expected in test_rule_cases.CASES}
    return found


def test_the_extractors_register_their_rules():
    names = _extraction_rules()
    for registry in ("candidates", "filters", "speaker", "direct", "indirect", "condition_cue", "relation"):
        assert any(n.startswith(registry + ".") for n in names), registry


@pytest.mark.parametrize("rule", _extraction_rules())
def test_every_registered_rule_has_a_positive_and_a_negative_case(rule):
    cases = _cases()
    assert (rule, True) in cases, f"{rule}: no positive case in the rule tables"
    assert (rule, False) in cases, f"{rule}: no negative case in the rule tables"


def test_every_case_names_a_registered_rule():
    assert {rule for rule, _ in _cases()} - set(_extraction_rules()) == set()
