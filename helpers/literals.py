"""Words a regular expression cannot match without: a cheap test before the scan.

The condition patterns are many and backtrack (``\\w*\\W+(?:\\w+\\W+){0,4}?``),
and each is run over every sentence of every article, although most
sentences hold none of the words a pattern is about. :func:`required` reads a
compiled pattern's structure once and returns the sets of literal strings
that every match must contain (one string of each set); :func:`may_match` then
tells in a few substring tests whether the scan can find anything. The test
is sound: it never says no to a text the pattern matches (case-insensitive
patterns included; see :func:`folded`).

>>> import re
>>> p = re.compile(r"\\b(?:lift|ease)\\w*\\W+(?:the\\W+)?sanctions\\b", re.IGNORECASE)
>>> sorted(map(sorted, required(p)))
[['ease', 'lift'], ['sanctions']]
>>> may_match(required(p), folded("They will LIFT the Sanctions.")), may_match(required(p), folded("Talks resumed."))
(True, False)
"""
from __future__ import annotations

import re

try:  # the parser ``re`` itself uses (Python 3.11+); without it nothing is filtered
    from re import _constants as _c
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - older or other Pythons
    _c = _sre_parse = None

#: The non-ASCII characters that Python's case-insensitive matching takes for ASCII letters
#: (dotted and dotless i, long s, the Kelvin sign), written as those letters before lower-casing.
_ASCII_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(text: str) -> str:
    """``text`` as :func:`may_match` compares it: lower case, with the characters that match an
    ASCII letter case-insensitively written as that letter.

    >>> folded("KIEL \\u0130zmir")
    'kiel izmir'
    """
    return text.translate(_ASCII_CASE).lower()


def required(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of lower-case ASCII strings such that every match of ``pattern`` contains a string of
    each set (at most two sets, the most selective; ``()`` when nothing is certain).

    >>> [sorted(words) for words in required(re.compile(r"cease-?fire|truce"))]
    [['cease', 'truce']]
    >>> required(re.compile(r"\\w+ly"))
    (frozenset({'ly'}),)
    >>> required(re.compile(r"(?:talks)?\\d+"))
    ()
    """
    if _sre_parse is None:
        return ()
    try:
        items = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply not filtered
        return ()
    sets = _sequence_sets(list(items))
    sets.sort(key=lambda s: (-min(map(len, s)), len(s), sorted(s)))
    return tuple(frozenset(s) for s in sets[:2])


def may_match(needs: tuple[frozenset[str], ...], text_folded: str) -> bool:
    """False only when ``text_folded`` (see :func:`folded`) lacks every string of one set in ``needs``."""
    return all(any(word in text_folded for word in words) for words in needs)


class Screen:
    """The strings that many patterns need, looked up in a text once for all of them.

    :func:`may_match` tests one pattern's strings; a sentence is tested against a hundred
    patterns, which share many strings. :meth:`present` finds once which of all their strings
    the text holds, and :func:`satisfied` then answers for each pattern with set tests:
    ``satisfied(needs, screen.present(t)) == may_match(needs, t)`` for every ``needs`` given.

    >>> lift = required(re.compile(r"\\b(?:lift|ease)\\w*\\W+sanctions\\b"))
    >>> truce = required(re.compile(r"truce|cease-?fire"))
    >>> seen = Screen([lift, truce]).present(folded("They will lift sanctions."))
    >>> sorted(seen), satisfied(lift, seen), satisfied(truce, seen)
    (['lift', 'sanctions'], True, False)
    """

    def __init__(self, needs) -> None:
        #: every string of every set, sorted (the order does not change the answer)
        self.words = tuple(sorted({word for one in needs for words in one for word in words}))

    def present(self, text_folded: str) -> frozenset[str]:
        """The strings of the screen that ``text_folded`` (see :func:`folded`) contains."""
        return frozenset(filter(text_folded.__contains__, self.words))


def satisfied(needs: tuple[frozenset[str], ...], present: frozenset[str]) -> bool:
    """:func:`may_match` for a text whose strings :meth:`Screen.present` found (``present``):
    False only when one set in ``needs`` has no string in ``present``."""
    for words in needs:
        if words.isdisjoint(present):
            return False
    return True


def _sequence_sets(items: list) -> list[set[str]]:
    """Every set of strings one of which any match of the sequence ``items`` contains."""
    sets, run = [], []
    for op, av in items:
        if op is _c.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            sets.append({"".join(run)})
            run = []
        found = _item_set(op, av)
        if found:
            sets.append(found)
    if run:
        sets.append({"".join(run)})
    return sets


def _best(items: list) -> set[str] | None:
    """The most selective set of strings one of which any match of the sequence contains."""
    sets = _sequence_sets(items)
    return max(sets, key=lambda s: (min(map(len, s)), -len(s))) if sets else None


def _item_set(op, av) -> set[str] | None:
    """The set of strings one of which any match of one parsed item contains, or None."""
    if op is _c.SUBPATTERN:
        return _best(list(av[-1]))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            words = _best(list(branch))
            if not words:
                return None
            union |= words
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        return _best(list(av[2]))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _best(list(av))
    return None
