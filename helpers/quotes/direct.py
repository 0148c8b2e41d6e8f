"""Direct attribution: who said the words inside quotation marks.

One registry, asked in order for each quote; the first rule that finds a
speaker decides (its name is the row's ``rule``). A rule finds a verb of
saying and its subject, which :func:`speakers.resolve_speaker` resolves.

Policy (the order of :data:`DIRECT`): the verb right after the closing mark
(``"…," X said``) is asked first, except for a quote set inside a clause
(``called it "…"``), which belongs to the verb that governs it; then the verb
governing the quote, ``according to X``, the verb before the opening mark
(``X said: "…"``), a dash and a name after the quote; last, a quote that opens
a sentence with no verb in sight continues the person introduced in the
paragraph or the speaker just before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..rules import Registry
from .article import QuoteArticle, Speaker
from .cues import verb_cue_text
from .marks import MARKS
from .speakers import resolve_speaker
from .syntax import agent, mention_is_subject, negated_or_hypothetical, subject_of
from .words import PRONOUNS, TITLES

#: Words just before an opening mark that set the quote inside a clause (``called it "…"``).
_IN_CLAUSE = re.compile(r"\b(?:a|an|the|of|for|to|as|what|he|she|they|it|called|call|calls)\s*[\"“”«]\s*$",
                        re.IGNORECASE)


@dataclass
class Quote:
    """One direct quote ``text[start:end]``, its tokens, and whether it sits inside a clause."""

    start: int
    end: int
    span: object
    in_clause: bool


def quote_tokens(art: QuoteArticle, s: int, e: int):
    span = art.doc.char_span(s, e, alignment_mode="expand")
    return span if span is not None else art.doc[0:0]


def attribute_direct(art: QuoteArticle, s: int, e: int) -> tuple[str, Speaker, str] | None:
    """(rule, speaker, cue) for the direct quote ``text[s:e]``, or None when no source is in sight."""
    span = quote_tokens(art, s, e)
    if not len(span):
        return None
    lead = art.text[art.text.rfind("\n", 0, s) + 1:s]
    rule, found = DIRECT.first(art, Quote(s, e, span, bool(_IN_CLAUSE.search(lead))))
    return None if found is None else (rule, *found)


# ---------------------------------------------------------------------------- the verb after the quote


def _after_window(art: QuoteArticle, span) -> list:
    """The tokens after the closing mark up to the end of the clause (at most 12), on its line."""
    doc = art.doc
    i = span.end if len(span) else 0
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].i < span.end + 3:
        if "\n" in doc[i].text:
            return []
        i += 1
    window = []
    while i < len(doc) and len(window) < 12:
        t = doc[i]
        if art.quoted[t.i] or "\n" in t.text or t.text in MARKS:
            break
        window.append(t)
        if t.is_punct and t.text in ".;!?":
            break
        i += 1
    return window


def _sentence_ended(art: QuoteArticle, span, window) -> bool:
    """Whether a full stop, a question or an exclamation mark closes the quote's sentence before
    the words after it (``"... in their court." However, ...``, ``"... court?" Norway ...``)."""
    doc = art.doc
    stop = window[0].i if window else span.end
    return any(doc[i].text in (".", "?", "!") for i in range(max(span.end - 1, 0), stop))


#: Dependencies of a verb's object or complement: a verb that has one after a closed quote acts on
#: something in a sentence of its own (``Norway has yet to reply``), not a speaker's manner (``Lee shouted``).
_OWN_COMPLEMENTS = ("dobj", "xcomp", "ccomp", "attr", "acomp", "oprd")


def _goes_on(window, verb) -> bool:
    """Whether the words after a closed quote open a sentence of their own: a linking adverb or
    conjunction first (``However, Norway ...``), or a verb with an object or a complement
    (``Norway has yet to reply``); ``"..." Lee shouted.`` is still an attribution."""
    return window[0].pos_ in ("ADV", "CCONJ", "SCONJ") or any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children)


def _after_subject(art: QuoteArticle, window, span, t):
    """The subject of the verb ``t`` after a quote, or None when it is no attribution."""
    if negated_or_hypothetical(t) and t.lemma_ not in art.cues:
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subj is not None and (subj.is_punct or subj.text in MARKS):
        subj = _inverted_subject(t)
    is_cue = art.cue_key(t) is not None
    if not is_cue and window[0].lower_ == "to":
        return None  # ``"…," to make people leave``: the sentence goes on, nobody speaks
    if not is_cue and _sentence_ended(art, span, window) and _goes_on(window, t):
        return None  # ``"… court." However, Norway has yet to reply``: a new sentence, no attribution
    if subj is None and is_cue:
        subj = _phrase_before(window, t)
    if subj is None or ((subj.i < span.end or subj.i > window[-1].i + 8) and not is_cue):
        return None
    return subj


def after_attribution(art: QuoteArticle, span):
    """``"…," X said`` / ``"…," said X``: (verb, subject) right after the closing mark, else None
    (``"…," as X seeks ...`` or ``after X said ...`` opens a clause of its own; ``"…," as X said``
    attributes it)."""
    window = _after_window(art, span)
    for t in window:
        if t.pos_ == "SCONJ" or (t.dep_ == "mark" and t.lower_ != "that"):
            if t.lower_ == "as" and art.cue_key(t.head) is not None:
                continue  # ``"…," as Lee, who heads the board, said``: still its attribution
            return None  # ``"…," as Osteria seeks to ...``, ``after Lee said ...``: a clause of its own
        if t.pos_ == "VERB":
            subj = _after_subject(art, window, span, t)
            if subj is not None:
                return t, subj
            continue
        if t.pos_ in ("NOUN", "ADJ") and t.dep_ not in ("nsubj", "compound", "amod", "appos"):
            break
        if t.lower_ == "according":
            return None
    return None


def _phrase_before(window, verb):
    """The head of the noun phrase between a closing mark and its verb when the parser hung it
    elsewhere (``"…," its chair, Ann Lee, said.``): the phrase's first word whose head lies outside it."""
    inside = {w.i for w in window if w.i < verb.i}
    for w in window:
        if w.i >= verb.i:
            break
        if w.pos_ in ("NOUN", "PROPN", "PRON") and (w.head.i not in inside or w.head.i == w.i):
            return w
    return None


def _inverted_subject(verb):
    """The subject written after its verb (``..., » said Ana Roe``) when the parser took a
    quotation mark for the subject: the head of the first noun phrase after the verb."""
    doc = verb.doc
    for t in doc[verb.i + 1:min(len(doc), verb.i + 6)]:
        if t.is_punct or t.is_space:
            break
        if t.pos_ in ("PROPN", "NOUN"):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.i < verb.i + 8:
                t = t.head
            return t
    return None


def _quoted_at(art: QuoteArticle, char: int) -> bool:
    """Whether the token at character ``char`` lies inside quotation marks."""
    tok = art.doc.char_span(char, char + 1, alignment_mode="expand")
    return tok is not None and art.quoted[tok.start]


def _named_after_verb(art: QuoteArticle, verb) -> Speaker | None:
    """The first person (else actor) named within a few words after the verb, on its line and
    outside quotation marks (a name in the next quote is what the speaker talks about)."""
    lo = verb.idx + len(verb)
    line_end = art.text.find("\n", lo)
    hi = min(lo + 60, line_end if line_end >= 0 else len(art.text))
    found = [m for m in art.mentions_in(lo, hi) if m["start"] >= lo and not _quoted_at(art, m["start"])]
    people = [m for m in found if m.get("type") == "person"]
    best = (people or found or [None])[0]
    return art.speaker_from_mention(best, best["surface"], verb.idx) if best else None


def _resolved(art: QuoteArticle, found, **kwargs):
    """(speaker, cue) for a (verb, subject) pair whose subject resolves to a speaker, else None."""
    if not found:
        return None
    verb, subj = found
    sp = resolve_speaker(art, subj, **kwargs)
    return (sp, verb_cue_text(verb)) if sp else None


def after_verb(art: QuoteArticle, q: Quote):
    """``"We will rebuild the pier," Ann Lee said.`` / ``"…," said Ann Lee.``"""
    return _resolved(art, after_attribution(art, q.span), before=q.start)


def after_verb_named(art: QuoteArticle, q: Quote):
    """``"The pier is safe," said co-author Dr. Ann Lee of the port board.`` when the parsed
    subject names nobody: the person named just after the verb (never after ``he said``: a
    pronoun the article does not resolve names no one after it)."""
    found = after_attribution(art, q.span)
    if not found or found[1].lower_ in PRONOUNS or resolve_speaker(art, found[1], before=q.start):
        return None
    sp = _named_after_verb(art, found[0])
    return (sp, verb_cue_text(found[0])) if sp else None


# ---------------------------------------------------------------------------- the verb that governs the quote


def climb_attribution(art: QuoteArticle, span):
    """The nearest verb of saying outside the quote that governs it (``X said that … "…"``)."""
    starts = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    for t in starts:
        a = t.head
        for _ in range(8):
            if art.hard_break(t, a):
                break
            found = _governing_subject(art, span, a)
            if found is not None:
                return a, found
            if a.head.i == a.i:
                break
            a = a.head
    return None


def _governing_subject(art: QuoteArticle, span, a):
    """The subject of ``a`` when ``a`` is an unquoted, asserted verb of saying outside the quote."""
    if art.quoted[a.i] or a.pos_ != "VERB" or art.cue_key(a) is None or negated_or_hypothetical(a):
        return None
    subj = subject_of(art, a)
    if subj is None and any(c.dep_ == "nsubjpass" for c in a.children):
        subj = agent(a)
    if subj is None or span.start <= subj.i < span.end:
        return None
    return subj


def governing_verb_in_clause(art: QuoteArticle, q: Quote):
    """``Ann Lee called the plan "a gift to the big shipping firms".``: a quote set inside a
    clause belongs to the verb that governs it (asked before the verb after the quote)."""
    return _resolved(art, climb_attribution(art, q.span), before=q.start) if q.in_clause else None


def governing_verb(art: QuoteArticle, q: Quote):
    """``Ann Lee said on Monday that the plan was "a gift to the shipping firms".``"""
    return None if q.in_clause else _resolved(art, climb_attribution(art, q.span), before=q.start)


# ---------------------------------------------------------------------------- according to, before, dash


def according_to_phrase(art: QuoteArticle, sent):
    """(``according``, X) of the first unquoted ``according to X`` in ``sent``, else None."""
    return according_to_object(sent, art.quoted)


def according_to_object(sent, quoted=None):
    """(``according``, X) of the first ``according to X`` in ``sent`` (outside quotation marks when
    ``quoted``, the article's quoted-token flags, is given), also where the parser did not hang
    ``to`` on ``according``; else None.

    >>> from helpers import nlp
    >>> according_to_object(nlp.bare_nlp()("According to the draft, the valley keeps its powers.")[:])[1]
    draft
    """
    doc = sent.doc
    for t in sent:
        if t.lower_ != "according" or (quoted is not None and quoted[t.i]):
            continue
        to = next((c for c in t.children if c.lower_ == "to"), None)
        if to is None and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
            to = doc[t.i + 1]
        if to is None:
            continue
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None:
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is not None:
            return t, obj
    return None


def according_to(art: QuoteArticle, q: Quote):
    """``According to Ann Lee, the pier is "older than anyone in this town".``"""
    acc = according_to_phrase(art, q.span[0].sent)
    if not acc or art.hard_break(acc[0], q.span[0]):
        return None  # a break: the parser ran the previous paragraph into the quote's sentence
    sp = resolve_speaker(art, acc[1], allow_any_np=True)
    return (sp, "according to") if sp else None


def _lead_before_mark(art: QuoteArticle, s: int, inner: bool) -> str:
    """The few characters before the quote's opening mark."""
    mark_pos = s - 1
    while mark_pos > 0 and art.text[mark_pos] not in (MARKS + "‘'" if inner else MARKS):
        mark_pos -= 1
    return art.text[max(0, mark_pos - 3):mark_pos].rstrip()


def before_attribution(art: QuoteArticle, span, s: int, inner: bool = False):
    """``X said: "…"``, ``X said, "…"``, ``saying, "…"``: (verb, subject) of the closest verb
    before the opening mark, else None."""
    doc = art.doc
    if not len(span):
        return None
    lead = _lead_before_mark(art, s, inner)
    if not lead.endswith((",", ":", "that", "—", "–", "said", "says")):
        return None
    last = span.start - 1
    while last >= 0 and (doc[last].is_punct or doc[last].is_space or doc[last].text in MARKS + "‘'"):
        last -= 1
    sent_start = doc[last].sent.start if last >= 0 else 0
    for i in range(last, max(last - 25, sent_start - 2, -1), -1):
        t = doc[i]
        if "\n" in t.text or (art.quoted[t.i] and not inner):
            break
        copula = (t.pos_ == "AUX" and lead.endswith(":") and not art.quoted[t.i]
                  and any(c.dep_ == "nsubj" for c in t.children))
        if copula or (t.pos_ == "VERB" and not negated_or_hypothetical(t)):
            subj = subject_of(art, t)
            if subj is not None and (art.cue_key(t) is not None or lead.endswith((":", ","))):
                return t, subj
    return None


def before_verb(art: QuoteArticle, q: Quote):
    """``Ann Lee said: "We will rebuild the pier."`` / ``Ann Lee was blunt: "…"``"""
    return _resolved(art, before_attribution(art, q.span, q.start))


def dash_name(art: QuoteArticle, span):
    """The first token of the name after a dash that follows the quote (titles skipped), else None."""
    doc = art.doc
    m = re.match(r"[\"”»]?\s*[-–—]\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})",
                 art.text[span.end_char:span.end_char + 80])
    if not m or not len(span):
        return None
    start = span.end_char + m.start(1)
    tok = next((t for t in doc[span.end:] if t.idx >= start), None)
    while (tok is not None and tok.i + 1 < len(doc) and "\n" not in tok.whitespace_
           and (tok.lower_.rstrip(".") in TITLES or tok.text == ".")):
        tok = doc[tok.i + 1]  # ``— Dr. Ann Lee``: the name after the title
    return tok


def dash(art: QuoteArticle, q: Quote):
    """``"We will rebuild the pier." — Ann Lee``"""
    tok = dash_name(art, q.span)
    sp = resolve_speaker(art, tok) if tok is not None else None
    return (sp, "—") if sp else None


# ---------------------------------------------------------------------------- no verb in sight


def starts_sentence(art: QuoteArticle, s: int) -> bool:
    """Does the quote at ``s`` open its sentence (only marks and dashes before it)?"""
    k = art.sent_index(s)
    s0 = art.sent_starts[k] if k >= 0 else 0
    p0 = art.text.rfind("\n", 0, s) + 1
    lead = art.text[max(s0, p0 if p0 <= s else 0):s]
    if re.fullmatch(r"[\s\"“”«»„—–-]*", lead):
        return True
    prev = art.text[max(p0, s - 3):s]
    return (bool(re.search(r"[.!?][\"”»]?\s*[—–-]?\s*[\"“”«»]?$", art.text[max(0, s - 6):s]))
            or p0 == s - 1 and prev.strip() in MARKS)


def _recent_speaker(art: QuoteArticle, s: int) -> Speaker | None:
    """The last speaker before ``s`` when within three sentences."""
    cur = art.sent_index(s)
    for p, sp, si in reversed(art.history):
        if p < s:
            return sp if cur - si <= 3 else None
    return None


def _paragraph_subject_person(art: QuoteArticle, s: int) -> dict | None:
    """The person who is the subject of a sentence before ``s`` in the same paragraph, outside quotes."""
    p0 = art.text.rfind("\n", 0, s) + 1
    for m in reversed(art.mentions_in(p0, s)):
        if m.get("type") != "person" or m["end"] > s:
            continue
        span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or art.quoted[span.root.i]:
            continue
        if mention_is_subject(art, m) or span.root.dep_ == "ROOT":
            return m
    return None


def paragraph_subject(art: QuoteArticle, q: Quote):
    """``Ann Lee, 71, has lived on the pier for years. "Where would I go now?"``: the person
    introduced in the paragraph, when named after the last speaker."""
    if not starts_sentence(art, q.start):
        return None
    intro = _paragraph_subject_person(art, q.start)
    sp = _recent_speaker(art, q.start)
    if intro is None or (sp is not None and sp.pos >= intro["start"]):
        return None
    return art.speaker_from_mention(intro, intro["surface"], q.start), ""


def floating_speaker(art: QuoteArticle, q: Quote):
    """``"We will rebuild," Ann Lee said. "It will take a year."``: the speaker just before."""
    if not starts_sentence(art, q.start):
        return None
    sp = _recent_speaker(art, q.start)
    return (sp.at(sp.surface, q.start), "") if sp else None


# The policy, in order (see the module docstring).
DIRECT = Registry("direct", [
    governing_verb_in_clause, after_verb, after_verb_named, governing_verb,
    according_to, before_verb, dash, paragraph_subject, floating_speaker,
])
