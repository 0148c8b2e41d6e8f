"""What extraction reads of a parsed article again and again, built once per Doc.

spaCy builds these anew on every access: ``doc.text`` joins every token,
``doc.ents`` walks every token and makes a Span per entity, and iterating or
indexing a Doc makes a new Token object each time. An article is read by a
hundred rules, so each is kept in the Doc's own ``user_data`` the first time
it is asked for (a parsed Doc never changes afterwards) and dropped by
:func:`forget` when the article's extraction ends: the kept Spans and Tokens
point back at their Doc, and without it the Doc would wait for the cyclic
garbage collector instead of being freed at once.

>>> from spacy.tokens import Doc; from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Talks", "resumed", "."], spaces=[True, False, False])
>>> doc_text(doc), [t.text for t in doc_tokens(doc)], doc_tokens(doc) is doc_tokens(doc)
('Talks resumed.', ['Talks', 'resumed', '.'], True)
>>> forget(doc); sorted(doc.user_data)
[]
"""
from __future__ import annotations

import bisect

TEXT_KEY = "helpers.text"
TOKENS_KEY = "helpers.tokens"
ENTS_KEY = "helpers.ents"
STARTS_KEY = "helpers.starts"
SENTS_KEY = "helpers.sentence_starts"


def doc_text(doc) -> str:
    """``doc.text``, joined once per Doc."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def doc_tokens(doc) -> list:
    """``list(doc)``, made once per Doc: index it (``doc_tokens(doc)[i]``) or walk it instead of the Doc."""
    tokens = doc.user_data.get(TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[TOKENS_KEY] = list(doc)
    return tokens


def doc_ents(doc) -> tuple:
    """``doc.ents``, made once per Doc."""
    ents = doc.user_data.get(ENTS_KEY)
    if ents is None:
        ents = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return ents


def token_at_or_after(doc, char: int) -> int:
    """The index of the first token starting at or after character ``char`` (``len(doc)`` when none).

    >>> from spacy.tokens import Doc; from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Talks", "resumed", "."], spaces=[True, False, False])
    >>> token_at_or_after(doc, 0), token_at_or_after(doc, 1), token_at_or_after(doc, 99)
    (0, 1, 3)
    """
    starts = doc.user_data.get(STARTS_KEY)
    if starts is None:
        starts = doc.user_data[STARTS_KEY] = [t.idx for t in doc_tokens(doc)]
    return bisect.bisect_left(starts, char)


def sentence_of(span):
    """``span.sent`` (the sentence holding the span's first token), found in a list of the
    sentence starts kept per Doc instead of by walking the tokens back and forth.

    >>> import spacy
    >>> doc = spacy.blank("en")("Talks resumed. They stalled again.")
    >>> doc[3].is_sent_start = True
    >>> sentence_of(doc[4:6]).text, sentence_of(doc[0:1]).text
    ('They stalled again.', 'Talks resumed.')
    """
    doc = span.doc
    if span.start >= len(doc):
        return span.sent
    starts = doc.user_data.get(SENTS_KEY)
    if starts is None:
        starts = doc.user_data[SENTS_KEY] = [t.i for t in doc_tokens(doc) if t.is_sent_start]
    at = bisect.bisect_right(starts, span.start)
    start = starts[at - 1] if at else 0
    end = starts[at] if at < len(starts) else len(doc)
    return doc[start:end]


def forget(doc) -> None:
    """Drop what this module kept for ``doc`` (at the end of its extraction)."""
    for key in (TEXT_KEY, TOKENS_KEY, ENTS_KEY, STARTS_KEY, SENTS_KEY):
        doc.user_data.pop(key, None)
