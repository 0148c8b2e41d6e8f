"""Quotes: direct and indirect quotes in a parsed article and who said them.

The package, step by step (each module usable on its own):

- :mod:`.marks` pairs quotation marks in plain text (no spaCy) and finds paragraphs;
- :mod:`.direct` attributes each direct quote of four or more words to a speaker
  (registry ``direct``: the verb after the quote, the verb that governs it,
  ``according to X``, the verb before it, a dash, the speaker before);
- :mod:`.indirect` finds indirect quotes in the dependency parse (registry
  ``indirect``): a verb of saying from ``data/quote_cues.csv`` with its content,
  ``according to X, ...``, passives, ``as X said``;
- :mod:`.speakers` resolves the words that name a speaker (registry ``speaker``):
  canonical actors from the mentions table; pronouns, roles (``the spokesman``)
  and documents (``the report``) resolve to the actor meant; a name the registry
  lacks keeps its NER text; sources the article does not name become
  ``unnamed: <description>``.

Each row names the rule that found or attributed it (``rule``) and the rule
that chose its speaker (``speaker_rule``). What notebook 01 summarises from the
finished tables lives in :mod:`helpers.analysis.quotes`.

>>> find_quote_spans('He said: "We will not give up on this." It’s late.')
[(10, 38)]
"""
from __future__ import annotations

import re

from ..doccache import token_at_or_after
from ..context import ArticleContext, as_context
from ..rules import Registry
from .article import QuoteArticle, Speaker
from .cues import CUES_FILE, Cue, cue_key, load_cues, verb_cue_text
from .direct import DIRECT, attribute_direct, before_attribution, quote_tokens
from .indirect import INDIRECT, indirect_events
from .lookup import last_source
from .marks import (MARKS, find_quote_spans, inner_quote_spans, lines_are_paragraphs, n_words, norm_tokens,
                    paragraph_starts, within_paragraph)
from .speakers import SPEAKER, resolve_speaker
from .syntax import name_part_of, only_titles, subject_of

__all__ = ["COLUMNS", "CUES_FILE", "Cue", "DIRECT", "INDIRECT", "INNER", "MARKS", "MIN_WORDS", "QuoteArticle",
           "SPEAKER", "Speaker", "attribute_direct", "cue_key", "find_quote_spans", "find_quotes",
           "inner_quote_spans", "lines_are_paragraphs", "load_cues", "n_words", "name_part_of", "norm_tokens",
           "only_titles", "paragraph_starts", "resolve_speaker", "subject_of", "within_paragraph"]

COLUMNS = ["article", "kind", "speaker", "speaker_country", "quote", "cue", "start", "end",
           "sentence", "speaker_surface", "rule", "speaker_rule"]
#: A quoted span of fewer words is a scare quote or a term, not a quote.
MIN_WORDS = 4


def find_quotes(doc, name: str | None = None, mentions: list[dict] | None = None,
                cues: dict | None = None) -> list[dict]:
    """Every direct and indirect quote of a parsed article, as dicts with :data:`COLUMNS`.

    ``doc`` is the article's :class:`~helpers.context.ArticleContext` (its
    ``mentions`` are used), or a parsed Doc with its ``name`` and ``mentions``
    (``actors.find_mentions``); ``cues`` an optional cue registry (default
    ``data/quote_cues.csv``). Errors are not swallowed: the pipeline logs
    them at ERROR with the article's name.

    >>> from helpers import nlp                                    # doctest: +SKIP
    >>> doc = nlp.bare_nlp()('"We will never give up," Jane Roe said.')  # doctest: +SKIP
    >>> [(q["speaker"], q["quote"]) for q in find_quotes(doc, "a.txt", [])]  # doctest: +SKIP
    [('Jane Roe', 'We will never give up,')]
    """
    ctx = doc if isinstance(doc, ArticleContext) else as_context(doc, name, mentions)
    art = QuoteArticle(ctx, cues)
    rows, pending = [], []
    for item in _reading_order(art):
        if isinstance(item, tuple):
            row = _direct_row(art, *item)
            if row is None:
                pending.append(item)
            else:
                rows += [row] + _inner_rows(art, *item)
        else:
            rows += _indirect_row(art, item)
    for s, e in pending:  # quotes whose attribution needed a later speaker in the text
        got = attribute_direct(art, s, e)
        if got is not None:
            rows.append(_row(art, "direct", got[1], s, e, got[2], got[0]))
    rows.sort(key=lambda r: (r["start"], r["kind"], r["end"]))
    return _dedupe(rows)


def _reading_order(art: QuoteArticle) -> list:
    """Indirect events and direct quote spans in reading order (a direct quote first on a tie),
    so pronouns and roles see the speakers before them."""
    items = []
    for ev in indirect_events(art):
        pos = ev.subj.idx if hasattr(ev.subj, "idx") else art.doc[ev.verb_i].idx
        items.append((pos, 1, ev))
    for s, e in art.spans:
        if n_words(art.text[s:e]) >= MIN_WORDS:
            items.append((s, 0, (s, e)))
    items.sort(key=lambda x: (x[0], x[1]))
    return [item for _, _, item in items]


def _direct_row(art: QuoteArticle, s: int, e: int) -> dict | None:
    """The row of the direct quote ``text[s:e]`` (its speaker remembered), else None."""
    got = attribute_direct(art, s, e)
    if got is None:
        return None
    rule, sp, cue = got
    art.remember(Speaker(sp.name, sp.country, sp.type, sp.surface, s, sp.unnamed))
    return _row(art, "direct", sp, s, e, cue, rule)


def _indirect_row(art: QuoteArticle, ev) -> list[dict]:
    """The row of one indirect event (its speaker remembered), or none when no speaker resolves
    or the clause has too few words outside quotation marks."""
    verb = art.doc[ev.verb_i]
    if ev.subj == "source":
        sp = last_source(art, verb.idx)
        sp = sp.at("", verb.idx) if sp is not None else None
    else:
        sp = resolve_speaker(art, ev.subj, allow_any_np=ev.any_np)
    if sp is None:
        return []
    art.remember(sp)
    anchor = verb.idx if ev.anchor is None else ev.anchor
    s, e = within_paragraph(art.text, ev.start, ev.end, anchor, art.lines_are_paras)
    if e <= s or _unquoted_words(art, s, e) < 2:
        return []
    return [_row(art, "indirect", sp, s, e, ev.cue, ev.rule)]


def _unquoted_words(art: QuoteArticle, start: int, end: int) -> int:
    """Words of ``text[start:end]`` outside the direct-quote spans."""
    pieces, pos = [], start
    for s, e in art.spans:
        if e <= start or s >= end:
            continue
        pieces.append(art.text[pos:max(pos, s)])
        pos = max(pos, e)
    pieces.append(art.text[pos:end])
    return n_words(" ".join(pieces))


def _row(art: QuoteArticle, kind: str, speaker: Speaker, start: int, end: int, cue: str, rule: str) -> dict:
    span = art.doc.char_span(start, min(end, len(art.text)), alignment_mode="expand")
    sent = span.sent if span is not None and len(span) else None
    if sent is None:
        tok_idx = min(token_at_or_after(art.doc, start), len(art.doc) - 1)
        sent = art.doc[tok_idx].sent if len(art.doc) else None
    return {
        "article": art.name, "kind": kind, "speaker": speaker.name,
        "speaker_country": speaker.country, "quote": art.text[start:end], "cue": cue,
        "start": int(start), "end": int(end), "sentence": sent.text.strip() if sent is not None else "",
        "speaker_surface": speaker.surface, "rule": rule, "speaker_rule": speaker.rule or rule,
    }


# ---------------------------------------------------------------------------- speech quoted inside a quote


def said_inside(art: QuoteArticle, span, a: int, outer_start: int):
    """``"The fishermen told me, 'we will not sell the old boats,' and left."``: a verb of saying
    with a comma or colon before a single-quoted passage (at ``a``) inside a direct quote."""
    if not re.search(r"[,:]\s*$", art.text[max(outer_start, a - 40):a - 1]):
        return None
    found = before_attribution(art, span, a, inner=True) if len(span) else None
    if not found:
        return None
    sp = resolve_speaker(art, found[1])
    return (sp, verb_cue_text(found[0])) if sp else None


#: Speech quoted inside a quote (one pattern).
INNER = Registry("inner", [said_inside])


def _inner_rows(art: QuoteArticle, s: int, e: int) -> list[dict]:
    """A row for each single-quoted passage of speech inside the direct quote ``text[s:e]``."""
    rows = []
    for a, b in inner_quote_spans(art.text, s, e):
        if n_words(art.text[a:b]) < MIN_WORDS:
            continue
        rule, got = INNER.first(art, quote_tokens(art, a, b), a, s)
        if got is not None:
            rows.append(_row(art, "direct", got[0], a, b, got[1], rule))
    return rows


def _dedupe(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = (r["kind"], r["start"], r["end"], r["speaker"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
