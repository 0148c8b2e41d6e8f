"""One article's context, built once and passed to every extractor.

The pipeline parses an article, builds an :class:`ArticleContext` and hands
it down the chain ``actors -> quotes -> conditions -> relations``; each step
reads what the steps before it left (``ctx.mentions``, ``ctx.quotes``,
``ctx.conditions``) and anything it computes once per article goes in the
context (never in module-level state keyed by a document).

>>> from helpers import nlp                                  # doctest: +SKIP
>>> ctx = ArticleContext.from_doc(nlp.bare_nlp()("One. Two."), "a.txt")  # doctest: +SKIP
>>> ctx.sent_bounds                                          # doctest: +SKIP
[(0, 4), (5, 9)]
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .story import Story, empty_story


@dataclass(eq=False)
class ArticleContext:
    """Everything about one parsed article that the extractors share."""

    doc: Any
    name: str
    text: str
    sent_token_starts: list[int]
    sent_bounds: list[tuple[int, int]]
    mentions: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    conditions: list[dict] = field(default_factory=list)
    #: Per-article results a step computes once and later steps reuse (keyed by the step).
    memo: dict = field(default_factory=dict)
    #: The corpus's story (its actors, sides, condition categories, ...): the empty story when none.
    story: Story = field(default_factory=empty_story)
    #: The article's publication date (``YYYY-MM-DD``; '' when unknown): which registered role
    #: holder a title stands for.
    published: str = ""

    @classmethod
    def from_doc(cls, doc, name: str, story: Story | None = None, published: str = "") -> "ArticleContext":
        """The context of a parsed Doc (sentences are read once here)."""
        from .actors.names import doc_text

        text = doc_text(doc)
        if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
            sents = list(doc.sents)
        else:
            sents = [doc[:]] if len(doc) else []
        return cls(doc=doc, name=name, text=text, sent_token_starts=[s.start for s in sents],
                   sent_bounds=[(s.start_char, s.end_char) for s in sents], story=story or empty_story(),
                   published=published or "")

    # ----- sentences
    def sentence_index(self, char: int) -> int:
        """Index of the sentence holding character ``char`` (the last one starting at or before it)."""
        starts = self.sentence_starts
        return max(0, bisect.bisect_right(starts, int(char)) - 1)

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sent_bounds]

    def sentence_text(self, char: int) -> str:
        """The stripped text of the sentence holding ``char`` ('' for an empty article)."""
        if not self.sent_bounds:
            return ""
        s, e = self.sent_bounds[self.sentence_index(char)]
        return self.text[s:e].strip()

    # ----- paragraphs and quotation marks (computed on first use)
    @cached_property
    def lines_are_paragraphs(self) -> bool:
        """True when each line is a paragraph (False for hard-wrapped text)."""
        from .quotes import lines_are_paragraphs

        return lines_are_paragraphs(self.text)

    @cached_property
    def paragraphs(self) -> list[int]:
        """Where each paragraph after the first starts."""
        from .quotes import paragraph_starts

        return paragraph_starts(self.text, self.lines_are_paragraphs)

    @cached_property
    def quote_spans(self) -> list[tuple[int, int]]:
        """The (start, end) of every span inside quotation marks."""
        from .quotes import find_quote_spans

        return find_quote_spans(self.text)


def as_context(doc_or_ctx, name: str | None = None, mentions=None, quotes=None, conditions=None,
               story: Story | None = None) -> ArticleContext:
    """A context from a context (returned as is) or from a Doc and the rows found so far.

    Lets tests call an extractor on a bare Doc: ``find_quotes(doc, "a.txt", mentions)``
    (with the empty story unless ``story`` is given).
    """
    if isinstance(doc_or_ctx, ArticleContext):
        return doc_or_ctx
    ctx = ArticleContext.from_doc(doc_or_ctx, name or "", story)
    ctx.mentions = list(mentions or [])
    ctx.quotes = list(quotes or [])
    ctx.conditions = list(conditions or [])
    return ctx
