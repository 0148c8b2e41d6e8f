"""The rule registries: order, switching rules off, errors that surface."""
from __future__ import annotations

import logging

import pytest

from helpers import rules


def _upper(word):
    """Acronym rule: all capitals."""
    return "acronym" if word.isupper() else None


def _title(word):
    """Name rule: a capital first letter."""
    return "name" if word[:1].isupper() else None


def _boom(ctx, word):
    """A broken rule."""
    raise RuntimeError("broken on " + word)


def _ctx_title(ctx, word):
    """Name rule that takes the article context first."""
    return "name" if word[:1].isupper() else None


def test_first_answer_follows_the_listed_order():
    reg = rules.Registry("t_order", [_upper, _title])
    assert reg.first("UN") == ("t_order._upper", "acronym")
    assert reg.first("Ann") == ("t_order._title", "name")
    assert reg.first("ann") == (None, None)
    assert reg.all("UN") == [("t_order._upper", "acronym"), ("t_order._title", "name")]


def test_disabled_rule_is_skipped_and_restored():
    reg = rules.Registry("t_off", [_upper, _title])
    with rules.disabled("t_off._upper"):
        assert reg.first("UN") == ("t_off._title", "name")
    assert reg.first("UN") == ("t_off._upper", "acronym")


def test_a_rule_listed_twice_is_refused():
    with pytest.raises(ValueError, match="twice"):
        rules.Registry("t_twice", [_upper, _upper])


class _Ctx:
    name = "story.txt"


@pytest.mark.allow_errors
def test_a_failing_rule_is_logged_at_error_with_article_and_rule(caplog):
    reg = rules.Registry("t_err", [_boom, _ctx_title])
    with caplog.at_level(logging.ERROR, logger="helpers"):
        assert reg.first(_Ctx(), "Ann") == ("t_err._ctx_title", "name")
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("story.txt" in m and "t_err._boom" in m for m in messages)
