"""Quotation marks, words and paragraphs in plain text (no spaCy).

:func:`find_quote_spans` pairs double quotation marks: straight, curly and
guillemet marks, a closing mark misused as an opening one, a missing closing
mark at the end of a paragraph, a quote reopened on each new paragraph (one
span), apostrophes never taken for marks. :func:`inner_quote_spans` finds
single-quoted speech inside a quote; :func:`paragraph_starts`,
:func:`lines_are_paragraphs` and :func:`within_paragraph` say where
paragraphs are.

>>> find_quote_spans('He said: "We will not give up on this." It’s late.')
[(10, 38)]
"""
from __future__ import annotations

import re
import unicodedata

from .words import SPEECH_AFTER

OPEN_GLYPHS = "“«„‟"
CLOSE_GLYPHS = "”»"
STRAIGHT = '"'
MARKS = OPEN_GLYPHS + CLOSE_GLYPHS + STRAIGHT
DASHES = "—–-"

# ---------------------------------------------------------------------------- words


def norm_tokens(text: str) -> list[str]:
    """Words as the annotation guide counts them (NFKC, lower case, apostrophes deleted).

    >>> norm_tokens("Norway’s “goals” don't change")
    ['norways', 'goals', 'dont', 'change']
    """
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"[‘’ʼ`´']", "'", text)
    text = re.sub(r"(\w) n't\b", r"\1n't", text)
    text = text.replace("'", "")
    text = re.sub(r"[^\w\s]|_", " ", text)
    return text.split()


def n_words(text: str) -> int:
    """Number of words in ``text`` as the guide counts them.

    >>> n_words("the '90s, don't")
    3
    """
    return len(norm_tokens(text))


# ---------------------------------------------------------------------------- pairing double marks


def mark_direction(text: str, i: int) -> str:
    """Whether the mark at ``i`` opens or closes (``open``/``close``/``either``), from its
    glyph and its neighbours.

    >>> mark_direction('a "b" c', 2), mark_direction('a "b" c', 4)
    ('open', 'close')
    """
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    open_ctx = (prev.isspace() or prev in "([{/" + DASHES) and not nxt.isspace()
    close_ctx = not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)]}…" + DASHES)
    glyph = text[i]
    if glyph == "«" and nxt.isspace():
        return "open"  # French spacing: « mot » has a space inside each guillemet
    if glyph == "»" and prev.isspace():
        return "close"
    if open_ctx != close_ctx:
        return "open" if open_ctx else "close"
    if glyph in OPEN_GLYPHS:
        return "open"
    if glyph in CLOSE_GLYPHS:
        return "close"
    return "either"


def _misused_opener(text: str, i: int, para_end: int, later_close: bool) -> bool:
    """A closing-looking mark with nothing open that really opens a quote (``said,” We ...``)."""
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    prev = text[i - 1] if i > 0 else "\n"
    if nxt != " " or not (prev.isalpha() or prev in ",:"):
        return False
    after = text[i + 1:para_end]
    if not re.match(r"\s*\w", after):
        return False
    if SPEECH_AFTER.match(after):
        return False  # `..., on time,” Berg said`: a real closing mark, its opening one lost
    return later_close or prev in ",:" or text[max(0, i - 5):i].lower().endswith("that")


def _unopened_start(text: str, para_start: int, floor: int, close: int) -> int:
    """Where a quote starts whose opening mark is missing: after a dash, else the paragraph."""
    lo = max(para_start, floor)
    segment = text[lo:close]
    dash = None
    for m in re.finditer(r"(?:^|\s)[—–-]\s", segment):
        dash = m
    if dash is not None:
        return lo + dash.end()
    if floor > para_start:
        sent = re.search(r"[.!?]\s+(?=[A-Z“\"])", segment)
        if sent:
            return lo + sent.end()
    return lo


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _Pairing:
    """The state of one left-to-right pass over the marks: the spans so far, where the open
    quote started (``open_at``, just after its mark) and the floor no span may start before."""

    def __init__(self, text: str):
        self.text = text
        self.spans: list[tuple[int, int]] = []
        self.open_at: int | None = None
        self.floor = 0

    def add(self, start: int, end: int, floor_ok: bool = True) -> int:
        """Keep ``text[start:end]`` stripped when not empty; return its stripped end."""
        s, e = _strip_span(self.text, start, end)
        if e > s and (floor_ok or s >= self.floor):
            self.spans.append((s, e))
        return e

    def close_open(self, end: int) -> int:
        """Close the open quote at ``end``."""
        e = self.add(self.open_at, end)
        self.open_at = None
        return e

    def mark(self, i: int, direction: str, later_close: bool, p0: int, p1: int) -> None:
        """One mark at ``i`` in the paragraph ``text[p0:p1]``."""
        text = self.text
        if self.open_at is None:
            if direction in ("open", "either") or _misused_opener(text, i, p1, later_close):
                self.open_at = i + 1
                return
            s, e = _strip_span(text, _unopened_start(text, p0, self.floor, i), i)
            if e > s and s >= self.floor:
                self.spans.append((s, e))
                self.floor = i + 1
        elif direction == "open":
            self.add(self.open_at, i)  # the previous quote never closed
            self.floor = i
            self.open_at = i + 1
        else:
            self.close_open(i)
            self.floor = i + 1


def _paragraph_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line."""
    out, start = [], 0
    for m in re.finditer(r"\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _paragraph_marks(state: _Pairing, paragraphs, p_index: int) -> list[int]:
    """The marks of one paragraph; an open quote either continues (its reopening mark dropped)
    or closes at the end of the paragraph before."""
    text = state.text
    p0, p1 = paragraphs[p_index]
    marks = [i for i in range(p0, p1) if text[i] in MARKS]
    if state.open_at is not None:
        if marks and not text[p0:marks[0]].strip():
            return marks[1:]  # the reopening mark of a continued quote
        if text[p0:p1].strip():
            end = paragraphs[p_index - 1][1] if p_index > 0 else paragraphs[0][1]
            state.floor = max(state.floor, state.close_open(end))
    return marks


def _next_paragraph(text, paragraphs, p_index: int):
    for q0, q1 in paragraphs[p_index + 1:]:
        if text[q0:q1].strip():
            return q0, q1
    return None


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """The text spans inside double quotation marks, marks excluded, in order.

    Pure and total: any string gives sorted, non-overlapping spans inside the
    text. Straight (``"``), curly (``“ ”``, ``„``) and guillemet (``« »``)
    marks; single quotes are apostrophes here (see :func:`inner_quote_spans`).
    A paragraph whose quote is not closed continues into the next paragraph
    when that one opens with a mark (one span over both); otherwise it closes
    at the end of the paragraph.

    >>> t = '"A," he said, "B."'
    >>> [t[s:e] for s, e in find_quote_spans(t)]
    ['A,', 'B.']
    >>> t = 'He said,” we will go.” Then: "First part.\\n\\n"Second part."'
    >>> [t[s:e] for s, e in find_quote_spans(t)]
    ['we will go.', 'First part.\\n\\n"Second part.']
    """
    if not text:
        return []
    state = _Pairing(text)
    paragraphs = _paragraph_lines(text)
    for p_index, (p0, p1) in enumerate(paragraphs):
        marks = _paragraph_marks(state, paragraphs, p_index)
        directions = [mark_direction(text, i) for i in marks]
        for k, i in enumerate(marks):
            later_close = any(x in ("close", "either") for x in directions[k + 1:])
            state.mark(i, directions[k], later_close, p0, p1)
        if state.open_at is not None:
            nxt = _next_paragraph(text, paragraphs, p_index)
            if nxt is None or text[nxt[0]:nxt[1]].lstrip()[:1] not in MARKS:
                state.close_open(p1)
                state.floor = max(state.floor, p1)
    if state.open_at is not None:
        state.close_open(len(text))
    return _clean_spans(state.spans, len(text))


def _clean_spans(spans, length: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        s, e = max(0, s), min(length, e)
        if e <= s:
            continue
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


# ---------------------------------------------------------------------------- single marks inside a quote

_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\w)")


def _single_close(text: str, s: int, end: int, opener: str) -> int | None:
    """The closing single mark of a quote opened at ``s``: after a non-space, before a space,
    punctuation or a double mark, and not the ``s'`` of a plural possessive."""
    for j in range(s, end):
        if text[j] not in "’'" or not (j + 1 >= end or text[j + 1].isspace() or text[j + 1] in ',.;:!?"”»)'):
            continue
        if text[j - 1].isspace():
            continue
        plural_possessive = (text[j - 1] == "s" and text[j - 2:j - 1].isalpha() and j + 1 < end
                             and text[j + 1] == " " and opener != "‘")
        if not plural_possessive:
            return j
    return None


def inner_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans in single quotes inside ``text[start:end]`` that an apostrophe cannot explain.

    An opening single mark follows a space and precedes a letter; its closing
    mark follows a non-space and is followed by a space, punctuation or a
    double mark (so ``don't``, ``Russia's``, ``the '90s`` never pair up).

    >>> t = "She says, 'we won't sell the old farm.' Norway's '90s"
    >>> [t[s:e] for s, e in inner_quote_spans(t)]
    ["we won't sell the old farm."]
    """
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end:
        m = _SINGLE_OPEN.search(text, pos, end)
        if not m:
            break
        s = m.end()
        close = _single_close(text, s, end, m.group(0))
        if close is None:
            pos = s
            continue
        if re.fullmatch(r"\d0s", text[s:close]) is None:
            out.append((s, close))
        pos = close + 1
    return out


def single_mark_spans(text: str) -> list[tuple[int, int]]:
    r"""The spans in single quotation marks of a text that uses no double marks at all (the
    house style of some outlets), paragraph by paragraph: pairs as :func:`inner_quote_spans`
    finds them, and a paragraph that opens with a single mark never closed runs to its end.

    >>> t = "He said: 'We will not sell the farm.' Norway's.\n\n'We stay here. Always."
    >>> [t[s:e] for s, e in single_mark_spans(t)]
    ['We will not sell the farm.', 'We stay here. Always.']
    >>> single_mark_spans('He said: "We will stay." \'Not so.\'')
    []
    """
    if not text or any(c in MARKS for c in text):
        return []
    out = []
    for p0, p1 in _paragraph_lines(text):
        found = inner_quote_spans(text, p0, p1)
        body = text[p0:p1].lstrip()
        opens = p1 - len(body)
        if body[:1] and body[0] in "‘'" and not any(s == opens + 1 for s, _ in found):
            end = len(text[:p1].rstrip())
            if not any(s < end and opens < e for s, e in found):
                found = [(opens + 1, end)]
        out += found
    return out


# ---------------------------------------------------------------------------- paragraphs


def paragraph_starts(text: str, lines_are_paras: bool = True) -> list[int]:
    r"""Where each paragraph after the first starts (its first non-space character).

    The parser sometimes runs a sentence over a paragraph break; a paragraph
    always starts a new sentence for the speaker history. With wrapped lines
    (``lines_are_paras`` false) only a blank line ends a paragraph.

    >>> paragraph_starts("One.\n\nTwo.\nThree.")
    [6, 11]
    >>> paragraph_starts("One\nwrapped.\n\nTwo.", lines_are_paras=False)
    [14]
    """
    pattern = r"\n[ \t]*(?=\S)" if lines_are_paras else r"\n[ \t]*\n\s*(?=\S)"
    return [m.end() for m in re.finditer(pattern, text or "")]


def lines_are_paragraphs(text: str) -> bool:
    """True when the text's long lines end as sentences do (each line a paragraph, not a wrap).

    >>> lines_are_paragraphs("One full line here that ends well.\\nAnother full line that also ends.")
    True
    >>> lines_are_paragraphs("A line that was wrapped in the\\nmiddle of a sentence by a scraper.")
    False
    """
    long_lines = [ln.strip() for ln in text.split("\n") if len(ln.split()) > 5]
    if not long_lines:
        return True
    open_ended = sum(1 for ln in long_lines if not ln.endswith((".", "!", "?", ":", '"', "”", "»", "’", ")")))
    return open_ended / len(long_lines) <= 0.15


#: A line break that ends a paragraph: after sentence punctuation, or before a capital.
HARD_BREAK = re.compile(r"(?:(?<=[.!?:;\"”»…])\s*\n|\n\s*\n|\n(?=\s*[A-Z\"“«”-]))")


def has_break(text: str, lo: int, hi: int, lines_are_paras: bool) -> bool:
    """True when a paragraph break lies in ``text[lo:hi]``.

    >>> has_break("a\\nb", 0, 3, True), has_break("a\\nb", 0, 3, False)
    (True, False)
    """
    if lines_are_paras:
        return "\n" in text[lo:hi]
    return bool(HARD_BREAK.search(text, lo, hi))


_LEADING_JUNK = "»”)]},;:—–- \t\n"


def within_paragraph(text: str, start: int, end: int, anchor: int, lines_are_paras: bool = True):
    r"""``(start, end)`` cut to the paragraph that holds ``anchor`` (the cue), without a
    closing mark or dash left at its start: a dateline or the previous paragraph's
    closing mark never opens a reported clause.

    >>> t = "OSLO (NTB) —\nThe ferry is late, the harbour said."
    >>> s, e = within_paragraph(t, 6, t.index(","), t.index("said"))
    >>> t[s:e]
    'The ferry is late'
    >>> within_paragraph("A said.\nB went home.", 8, 19, 2)
    (8, 8)
    """
    if not text or end <= start:
        return start, end
    anchor = min(max(anchor, 0), len(text))
    brk = re.compile(r"\n") if lines_are_paras else HARD_BREAK
    if (start > anchor and brk.search(text, anchor, start)) or (end < anchor and brk.search(text, end, anchor)):
        return start, start  # the clause lies wholly in another paragraph than its cue
    breaks = list(brk.finditer(text[start:end]))
    for m in breaks:
        cut = start + m.start()
        if cut >= anchor:
            end = min(end, cut)
            break
    for m in reversed(breaks):
        cut = start + m.end()
        if start < cut <= anchor:
            start = cut
            break
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
