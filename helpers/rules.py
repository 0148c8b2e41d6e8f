"""Rules as ordered registries of small named functions.

Every extraction step (candidate mentions, filters, speaker resolution,
direct attribution, indirect quotes, condition cues, relations, ...) is a
:class:`Registry`: a name and an ordered tuple of plain functions. The order
of the tuple is the policy, written in one visible place; each function is
one pattern of news language with a docstring that shows it; every row an
extractor writes names the rule that made it (``registry.rule``).

A rule returns ``None`` when its pattern does not apply. :meth:`Registry.first`
asks the rules in order and keeps the first answer (resolution);
:meth:`Registry.all` keeps every answer (finders whose results add up).

A rule that raises is logged at ERROR with the article name and the rule, and
treated as "does not apply": a user's build goes on, and the test suite fails
on the logged error.

Rules can be switched off by qualified name for an ablation, with the
:func:`disabled` context manager or the ``HELPERS_DISABLE_RULES`` environment
variable (comma-separated; worker processes inherit it).

>>> def all_caps(word):
...     '''An acronym: ``UNESCO`` -> ``organization``.'''
...     return "organization" if word.isupper() else None
>>> def capitalised(word):
...     '''A capitalised word: ``Jane`` -> ``person``.'''
...     return "person" if word[:1].isupper() else None
>>> kinds = Registry("kind", [all_caps, capitalised])
>>> kinds.names()
['kind.all_caps', 'kind.capitalised']
>>> kinds.first("UNESCO")
('kind.all_caps', 'organization')
>>> with disabled("kind.all_caps"):
...     kinds.first("UNESCO")
('kind.capitalised', 'person')
>>> kinds.all("Jane")
[('kind.capitalised', 'person')]
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

log = logging.getLogger("helpers")

#: Environment variable listing switched-off rules (``registry.rule``, comma-separated).
DISABLE_ENV = "HELPERS_DISABLE_RULES"

#: Every registry created, by name (for listing, ablation and the per-rule test tables).
REGISTRIES: dict[str, "Registry"] = {}

_parsed: tuple[str, frozenset[str]] = ("", frozenset())


def disabled_rules() -> frozenset[str]:
    """The qualified rule names switched off through ``HELPERS_DISABLE_RULES``.

    >>> with disabled("a.b", "c.d"):
    ...     sorted(disabled_rules())
    ['a.b', 'c.d']
    """
    global _parsed
    raw = os.environ.get(DISABLE_ENV, "")
    if raw != _parsed[0]:
        _parsed = (raw, frozenset(n.strip() for n in raw.split(",") if n.strip()))
    return _parsed[1]


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Switch rules off (by qualified name) inside a ``with`` block."""
    before = os.environ.get(DISABLE_ENV)
    current = set(disabled_rules()) | set(names)
    os.environ[DISABLE_ENV] = ",".join(sorted(current))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(DISABLE_ENV, None)
        else:
            os.environ[DISABLE_ENV] = before


def _article_of(args) -> str:
    """The article name for a log line: the first argument's ``name`` (an article context)."""
    for arg in args[:1]:
        name = getattr(arg, "name", None)
        if isinstance(name, str):
            return name
    return "?"


class Registry:
    """An ordered, named list of rule functions.

    ``Registry("speaker", [by_name, by_pronoun, by_role])``: the list order
    is the order in which the rules are asked.
    """

    def __init__(self, name: str, rules: Iterable[Callable]):
        self.name = name
        self.rules = tuple(rules)
        self._qualified = tuple(f"{name}.{rule.__name__}" for rule in self.rules)
        seen = set()
        for rule in self.rules:
            if rule.__name__ in seen:
                raise ValueError(f"registry {name}: rule {rule.__name__} listed twice")
            seen.add(rule.__name__)
        REGISTRIES[name] = self

    def qualified(self, rule: Callable) -> str:
        """``registry.rule`` for one of this registry's functions."""
        return f"{self.name}.{rule.__name__}"

    def names(self) -> list[str]:
        """Every rule's qualified name, in order."""
        return list(self._qualified)

    def active(self) -> list[tuple[str, Callable]]:
        """(qualified name, function) of the rules not switched off, in order."""
        off = disabled_rules()
        return [(q, rule) for q, rule in zip(self._qualified, self.rules, strict=True) if q not in off]

    def call(self, qualified: str, rule: Callable, *args, **kwargs):
        """One rule's answer; an exception is logged at ERROR and counts as no answer."""
        try:
            return rule(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - logged with article and rule, run goes on
            log.error("%s: rule %s failed: %s: %s", _article_of(args), qualified, type(exc).__name__, exc)
            return None

    def first(self, *args, **kwargs) -> tuple[str | None, object]:
        """The first rule (in order) whose answer is not None: ``(qualified name, answer)``."""
        for qualified, rule in self.active():
            found = self.call(qualified, rule, *args, **kwargs)
            if found is not None:
                return qualified, found
        return None, None

    def all(self, *args, **kwargs) -> list[tuple[str, object]]:
        """Every rule's answer that is not None, in rule order."""
        out = []
        for qualified, rule in self.active():
            found = self.call(qualified, rule, *args, **kwargs)
            if found is not None:
                out.append((qualified, found))
        return out

    def __iter__(self):
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        return f"Registry({self.name!r}, {[r.__name__ for r in self.rules]})"


def all_rule_names() -> list[str]:
    """Every registered rule's qualified name, registry by registry (sorted by registry)."""
    return [name for reg in sorted(REGISTRIES) for name in REGISTRIES[reg].names()]
