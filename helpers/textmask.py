"""One mask for quoted text: whose words each character of an article is.

Every character of an article's ``text`` is one of three voices:

- ``metadata``: a line that is the article's title (or a metadata line left in
  the text: dateline, byline); neither the outlet's prose nor anyone's quote;
- ``quoted``: inside quotation marks, double or single, straight or curly,
  whichever way round they are written;
- ``outlet``: the rest, the outlet's own voice.

Double marks are paired by the quote finder's own pairing
(:func:`helpers.quotes.marks.find_quote_spans`: wrong-way-round marks, a quote
reopened on each paragraph, a missing closing mark), so the mask and the
extractor agree on them. Single marks are paired here, because the quote
finder reads single marks only inside a quote: an apostrophe (``don't``,
``Russia's``, ``the '90s``, ``'em``, the plural possessive ``leaders'``) is never
a mark, so a British-style quote in single marks is masked whatever its
length, and a quote wrapped over a line or reopened on a new paragraph stays
one span. The mask is therefore a superset of the extractor's spans (it adds
single-mark quotes and scare quotes); the extractor keeps its own spans,
since taking single marks as speech would change the quotes table, which
must keep matching the answer key.

Elisions that start with an apostrophe are language data
(``data/words/elisions.csv``).

>>> t = "He called it ‘a farce’ in the '90s, and the leaders' plans “failed”."
>>> [t[s:e] for s, e in quoted_spans(t)]
['‘a farce’', '“failed”']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import language
from .quotes.marks import find_quote_spans

OUTLET, QUOTED, METADATA = "outlet", "quoted", "metadata"
#: The three voices, in the order a character is assigned to them (metadata first).
VOICES = (METADATA, QUOTED, OUTLET)
SINGLE = "'‘’‹›"
DOUBLE = '"“”„‟«»'
_OPEN_BEFORE = "([{/—–-" + DOUBLE
_CLOSE_AFTER = ",.;:!?)]}…—–-" + DOUBLE
_DECADE = re.compile(r"\d\d(?:s\b|\b)")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _elisions() -> frozenset[str]:
    return language.words("elisions")


# ---------------------------------------------------------------------------- single marks


def single_mark_role(text: str, i: int) -> str:
    """What the single mark at ``i`` is: ``apostrophe``, ``open``, ``close``, ``possessive``
    (an ``s'`` that may close a quote or end a plural possessive) or ``none``.

    >>> [single_mark_role(t, t.index(m)) for t, m in [("don't", "'"), ("the '90s", "'"), ("'em all", "'"),
    ...     ("say 'no' now", "'"), ("say 'no' now", "' "), ("the leaders' plan", "'")]]
    ['apostrophe', 'apostrophe', 'apostrophe', 'open', 'close', 'possessive']
    """
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        return "apostrophe"  # don't, Russia's, o'clock
    opens = (prev.isspace() or prev in _OPEN_BEFORE) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER or nxt in SINGLE)
    if text[i] == "‹" or (opens and not closes):
        if _DECADE.match(text, i + 1):
            return "apostrophe"  # the '90s, in '22
        word = _WORD.match(text, i + 1)
        if word and word.group(0).lower() in _elisions() and text[i] != "‹":
            return "apostrophe"  # 'em, 'til
        return "open"
    if text[i] == "›" or closes:
        if prev in "sS" and i >= 2 and text[i - 2].isalpha() and nxt == " " and text[i + 2:i + 3].isalnum():
            return "possessive"
        return "close"
    return "none"


def is_wrap(text: str, i: int) -> bool:
    """True when the line break at ``i`` wraps a sentence: no sentence punctuation or closing
    mark before it, and the next line goes on in lower case (no blank line, capital or mark).

    >>> t = "a 'special\\nmilitary' one.\\nNext."
    >>> is_wrap(t, t.index("\\n")), is_wrap(t, t.rindex("\\n"))
    (True, False)
    """
    before = text[:i].rstrip(" \t")
    after = text[i + 1:].lstrip(" \t")
    if not before or not after or before[-1] in ".!?:;…" + DOUBLE + SINGLE:
        return False
    return after[0].isalnum() and not after[0].isupper()


def _units(text: str) -> list[tuple[int, int]]:
    """The stretches of text single marks pair within: paragraphs, a wrapped line joined to the next.

    >>> _units("one 'two\\nthree' four.\\nFive.")
    [(0, 21), (22, 27)]
    """
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        if not is_wrap(text, m.start()):
            out.append((start, m.start()))
            start = m.end()
    out.append((start, len(text)))
    return out


class _SinglePairing:
    """One pass over the single marks of the text, unit by unit."""

    def __init__(self, text: str):
        self.text = text
        self.spans: list[tuple[int, int]] = []
        self.open_at: int | None = None
        self.fallback: int | None = None

    def pair(self, end: int) -> None:
        self.spans.append((self.open_at, end + 1))
        self.open_at = self.fallback = None

    def settle(self) -> None:
        """An open quote that met no closing mark: closes at a possessive-like mark, else is dropped."""
        if self.open_at is not None and self.fallback is not None:
            self.pair(self.fallback)
        self.open_at = self.fallback = None

    def mark(self, i: int, role: str) -> None:
        if role == "open":
            self.settle()
            self.open_at = i
        elif role == "close" and self.open_at is not None:
            self.pair(i)
        elif role == "possessive" and self.open_at is not None and self.fallback is None:
            self.fallback = i


def single_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (marks included) of text in single quotation marks; apostrophes never pair.

    A quote left open at the end of a paragraph continues when the next
    paragraph opens with a single mark (one span over both), else it closes at
    an ``s'`` inside it, if any, or is not a quote.

    >>> t = "It was ‘a long and winding road that\\nleads nowhere’, she said. The '90s' leaders' plans."
    >>> [t[s:e] for s, e in single_quote_spans(t)]
    ['‘a long and winding road that\\nleads nowhere’']
    """
    state = _SinglePairing(text)
    units = _units(text)
    for k, (u0, u1) in enumerate(units):
        marks = [i for i in range(u0, u1) if text[i] in SINGLE]
        if state.open_at is not None and marks and not text[u0:marks[0]].strip():
            marks = marks[1:]  # the reopening mark of a quote continued from the paragraph before
        for i in marks:
            state.mark(i, single_mark_role(text, i))
        if state.open_at is not None:
            nxt = units[k + 1] if k + 1 < len(units) else None
            reopened = nxt is not None and text[nxt[0]:nxt[1]].lstrip()[:1] in SINGLE
            if not reopened:
                state.settle()
    return sorted(state.spans)


# ---------------------------------------------------------------------------- double marks, metadata, the mask


def widen(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to the quotation marks right around it (spaces between allowed)."""
    s = start
    while s > 0 and text[s - 1] in " \t":
        s -= 1
    if s > 0 and text[s - 1] in DOUBLE + SINGLE:
        start = s - 1
    e = end
    while e < len(text) and text[e] in " \t":
        e += 1
    if e < len(text) and text[e] in DOUBLE + SINGLE:
        end = e + 1
    return start, end


def double_quote_spans(text: str) -> list[tuple[int, int]]:
    """The quote finder's double-mark spans, widened to their marks.

    >>> t = 'They call it ”a rescue” now.'
    >>> [t[s:e] for s, e in double_quote_spans(t)]
    ['”a rescue”']
    """
    return [widen(text, s, e) for s, e in find_quote_spans(text)]


def merge_spans(spans) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of ``(start, end)`` spans.

    >>> merge_spans([(5, 9), (0, 3), (2, 4), (9, 10)])
    [(0, 4), (5, 10)]
    """
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Every span of ``text`` inside quotation marks (marks included), double and single, merged;
    the pieces of a quote cut by a line wrap are one span.

    >>> t = 'The "special\\nmilitary operation" went on.'
    >>> [t[s:e] for s, e in quoted_spans(t)]
    ['"special\\nmilitary operation"']
    """
    text = text or ""
    return join_wraps(text, merge_spans(double_quote_spans(text) + single_quote_spans(text)))


def join_wraps(text: str, spans) -> list[tuple[int, int]]:
    """Sorted spans with those that only a wrapped line break separates joined into one.

    >>> join_wraps("ab\\ncd", [(0, 2), (3, 5)]), join_wraps("ab.\\nCd", [(0, 3), (4, 6)])
    ([(0, 5)], [(0, 3), (4, 6)])
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            gap = text[out[-1][1]:s]
            if gap.strip() == "" and gap.count("\n") == 1 and is_wrap(text, out[-1][1] + gap.index("\n")):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def metadata_spans(text: str, title: str = "", metadata_lines: str = "") -> list[tuple[int, int]]:
    """The lines of ``text`` that are the title or one of the article's metadata lines.

    >>> metadata_spans("Talks stall\\nBy Jo Doe\\nThey met.", "Talks stall", "By Jo Doe")
    [(0, 11), (12, 21)]
    """
    wanted = {" ".join(str(line).split()) for line in str(metadata_lines or "").split("\n")}
    wanted.discard("")
    title = " ".join(str(title or "").split())
    spans, start = [], 0
    for line in (text or "").split("\n"):
        stripped = " ".join(line.split())
        if stripped and (stripped in wanted or is_title(stripped, title)):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def is_title(line: str, title: str) -> bool:
    """True when ``line`` is the title, or the title without the outlet suffix the reader cut off.

    >>> is_title("Talks stall", "Talks stall – Daily Example"), is_title("Talks", "Talks stall")
    (True, False)
    """
    if not line or not title:
        return False
    return line == title or (title.startswith(line) and re.match(r"\s*[-–—|:•]\s*\S", title[len(line):]) is not None)


@dataclass(frozen=True)
class Mask:
    """The quoted and metadata spans of one article; :meth:`voice` says whose a span is."""

    quoted: tuple[tuple[int, int], ...]
    metadata: tuple[tuple[int, int], ...]

    def voice(self, start: int, end: int) -> str:
        """``metadata`` when the span touches a metadata line, else ``quoted`` when it touches
        quoted text, else ``outlet``.

        >>> m = article_mask('Title\\nThe "tyrant" left.', title="Title")
        >>> m.voice(0, 5), m.voice(11, 17), m.voice(19, 23)
        ('metadata', 'quoted', 'outlet')
        """
        if overlaps(start, end, self.metadata):
            return METADATA
        return QUOTED if overlaps(start, end, self.quoted) else OUTLET


def article_mask(text: str, title: str = "", metadata_lines: str = "", extra_quoted=()) -> Mask:
    """The mask of one article: quotation-mark spans plus ``extra_quoted`` (e.g. the quote
    finder's direct quotes), and the metadata lines."""
    quoted = merge_spans(quoted_spans(text) + [(int(s), int(e)) for s, e in extra_quoted])
    return Mask(tuple(quoted), tuple(metadata_spans(text, title, metadata_lines)))


def overlaps(start: int, end: int, spans) -> bool:
    """True when ``[start, end)`` shares a character with any of ``spans``.

    >>> overlaps(3, 5, [(4, 8)]), overlaps(3, 4, [(4, 8)])
    (True, False)
    """
    return any(start < e and s < end for s, e in spans)


def mask_text(text: str, spans, fill: str = " ") -> str:
    """``text`` with the characters of ``spans`` replaced by ``fill`` (newlines kept; offsets kept).

    >>> mask_text("ab\\ncd", [(1, 4)])
    'a \\n d'
    """
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] != "\n":
                chars[i] = fill
    return "".join(chars)
