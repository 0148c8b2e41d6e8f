"""The quote finders' view of one article: built once from the article context.

Holds what the rules share for one article (the cue registry, the quote spans,
which tokens are quoted, paragraph and sentence starts) and what they learn
while reading it in order: the speakers so far (``history``) and the gender a
pronoun has shown for an actor. Nothing is kept between articles.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..actors import doc_text
from ..context import ArticleContext, as_context
from .cues import Cue, cue_key, load_cues
from .marks import find_quote_spans, has_break, lines_are_paragraphs, paragraph_starts, single_mark_spans


@dataclass
class Speaker:
    """A resolved speaker: canonical name, country, type, the words that name it, and where.

    ``rule`` is the qualified name of the rule that chose it (``speaker.pronoun``).
    """

    name: str
    country: str
    type: str
    surface: str
    pos: int
    unnamed: bool = False
    rule: str = ""

    def at(self, surface: str, pos: int) -> "Speaker":
        """The same actor named by other words elsewhere (the rule is not carried over)."""
        return Speaker(self.name, self.country, self.type, surface, pos, self.unnamed)


class QuoteArticle:
    """Everything about one parsed article that the quote rules share."""

    def __init__(self, ctx: ArticleContext, cues: dict[str, Cue] | None = None):
        doc = ctx.doc
        self.ctx = ctx
        self.doc = doc
        self.text = doc_text(doc)
        self.name = ctx.name
        self.cues = cues if cues is not None else load_cues()
        self.lines_are_paras = lines_are_paragraphs(self.text)
        self.mentions = sorted((m for m in ctx.mentions or [] if m.get("actor")),
                               key=lambda m: (m["start"], m["end"]))
        self.spans = find_quote_spans(self.text) or single_mark_spans(self.text)
        self.quoted = [False] * len(doc)
        for s, e in self.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.quoted[t.i] = True
        self.history: list[tuple[int, Speaker, int]] = []  # (char pos, speaker, sentence index)
        self.gender: dict[str, str] = {}  # actor -> "m"/"f", from a pronoun already resolved to it
        self.sent_starts = sorted({s.start_char for s in doc.sents}
                                  | set(paragraph_starts(self.text, self.lines_are_paras)))
        self.memo: dict = {}

    @classmethod
    def of(cls, doc, name: str = "t.txt", mentions=None, cues=None) -> "QuoteArticle":
        """The view of a bare Doc (for tests): ``QuoteArticle.of(nlp(text), "a.txt", mentions)``."""
        return cls(as_context(doc, name, mentions), cues)

    # ----- cues and paragraphs
    def cue_key(self, tok) -> str | None:
        """The cue-registry key of a verb token, else None."""
        return cue_key(self.cues, tok)

    def hard_break(self, a, b) -> bool:
        """True when a paragraph break lies between tokens ``a`` and ``b``."""
        lo, hi = sorted((a.idx, b.idx))
        return has_break(self.text, lo, hi, self.lines_are_paras)

    # ----- mentions
    def mentions_in(self, start: int, end: int) -> list[dict]:
        """The mentions overlapping ``text[start:end]``."""
        return [m for m in self.mentions if m["start"] < end and start < m["end"]]

    def mentions_of(self, toks, kind: str = "organization") -> list[dict]:
        """The mentions of ``kind`` inside the tokens ``toks`` (a subtree, in order)."""
        toks = list(toks)
        if not toks:
            return []
        return [m for m in self.mentions_in(toks[0].idx, toks[-1].idx + len(toks[-1])) if m.get("type") == kind]

    def speaker_from_mention(self, m: dict, surface: str, pos: int) -> Speaker:
        return Speaker(m["actor"], m.get("country") or "", m.get("type") or "", surface, pos)

    # ----- sentences and what was said so far
    def sent_index(self, pos: int) -> int:
        """Index of the sentence (or paragraph) start at or before ``pos``."""
        lo, hi = 0, len(self.sent_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sent_starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    def sent_end(self, k: int) -> int:
        """Where sentence ``k`` ends (the next one's start, else the text's end)."""
        return self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.history.append((speaker.pos, speaker, self.sent_index(speaker.pos)))
