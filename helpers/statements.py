"""Statements: the quotes of one speaker that overlap in one article are one statement.

The quotes table keeps a mixed quote (a quoted phrase inside reported speech:
``She said the deal was "dead on arrival".``) as a direct and an indirect row,
and a quote inside a quote of the same speaker as two rows. Counting voices,
direct shares or ``quotes_about`` edges per row would count such a statement
twice; :func:`statement_ids` numbers the statements so that each counts once.
Quotes of different speakers stay apart even when nested (``the report said
that the minister said ...`` is two voices).

>>> rows = [{"article": "a", "speaker": "X", "kind": "indirect", "start": 0, "end": 40},
...         {"article": "a", "speaker": "X", "kind": "direct", "start": 20, "end": 41},
...         {"article": "a", "speaker": "Y", "kind": "direct", "start": 25, "end": 30}]
>>> statement_ids(rows)
[0, 0, 1]
>>> statement_kind(["direct", "indirect"]), statement_kind(["direct", "direct"])
('mixed', 'direct')
"""
from __future__ import annotations

from collections import defaultdict


def _span(row) -> tuple[int, int] | None:
    try:
        start, end = int(row["start"]), int(row["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (start, end) if end > start else None


def statement_ids(rows) -> list[int]:
    """One statement number per row (rows as dicts with article, speaker, start, end), numbered in
    order of (article, speaker, start); a row without offsets is a statement of its own."""
    rows = list(rows)
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        groups[(str(row.get("article", "")), str(row.get("speaker", "") or ""))].append(i)
    ids = [-1] * len(rows)
    next_id = 0
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda i: (_span(rows[i]) or (-1, -1), i))
        end = None
        for i in members:
            span = _span(rows[i])
            if span is None or end is None or span[0] >= end:
                next_id += 1
                end = span[1] if span else None
            else:
                end = max(end, span[1])
            ids[i] = next_id - 1
    return ids


def statement_kind(kinds) -> str:
    """``direct``, ``indirect`` or ``mixed`` (both) for the kinds of one statement's rows."""
    found = set(kinds)
    if {"direct", "indirect"} <= found:
        return "mixed"
    return "direct" if "direct" in found else ("indirect" if "indirect" in found else "")


def statement_spans(rows) -> list[tuple[str, int, int, list[int]]]:
    """(speaker, start, end, row indices) of each statement with offsets, in order of start.

    >>> statement_spans([{"speaker": "X", "start": 5, "end": 9}, {"speaker": "X", "start": 8, "end": 12}])
    [('X', 5, 12, [0, 1])]
    """
    rows = list(rows)
    by_id: dict[int, list[int]] = defaultdict(list)
    for i, sid in enumerate(statement_ids(rows)):
        if _span(rows[i]) is not None:
            by_id[sid].append(i)
    out = []
    for members in by_id.values():
        spans = [_span(rows[i]) for i in members]
        out.append((str(rows[members[0]].get("speaker", "") or ""), min(s for s, _ in spans),
                    max(e for _, e in spans), members))
    return sorted(out, key=lambda s: (s[1], s[2], s[0]))
