"""What a verb of saying reports: its content by the cue's content rules, clipped to the
verb's paragraph and trimmed of punctuation.

The content rules of a cue (``data/quote_cues.csv``, column ``content``) are
``clause`` (``said that …``), ``object`` (``announced a ban``), ``xcomp``
(``urged X to …``) and ``prep:<word>`` (``called for …``), tried in the
order the cue lists them; ``as`` marks a cue that reports only in an ``as``
clause (``as X put it``), so it has no content of its own here.
"""
from __future__ import annotations

import re

from ..actors import doc_text
from .article import QuoteArticle
from .cues import Cue
from .marks import MARKS
from .words import THINKING_VERBS


def content_range(art: QuoteArticle, verb, cue: Cue):
    """Token range (first, last) of what ``verb`` reports, by the cue's content rules."""
    for rule in cue.content:
        if rule == "clause":
            found = _clause_content(art, verb)
        elif rule == "object":
            found = _object_content(art, verb)
        elif rule == "xcomp":
            found = _xcomp_content(verb)
        elif rule.startswith("prep:"):
            found = _prep_content(verb, rule.split(":", 1)[1])
        else:
            found = None
        if found:
            return found
    return None


def _fronted_clause_fits(art: QuoteArticle, c, verb) -> bool:
    """A clause before its verb (``The pier is safe, she said``): only marks, a comma or a dash between."""
    text = doc_text(art.doc)
    between = text[c.right_edge.idx + len(c.right_edge):verb.idx]
    return (re.fullmatch(r"[\s,\"”»]*(?:[,—–-][\s\S]*)?", between) is not None
            and ":" not in text[c.right_edge.idx:verb.idx] and not art.hard_break(c, verb))


def _clause_content(art: QuoteArticle, verb):
    """``said that the pier is safe`` / ``The pier is safe, she said`` / ``made it clear that …``."""
    comps = [c for c in verb.children if c.dep_ == "ccomp"]
    if not comps:
        comps = [c for x in verb.children if x.dep_ in ("acomp", "oprd", "dobj") and x.lower_ == "clear"
                 for c in x.children if c.dep_ == "ccomp"]
    after = [c for c in comps if c.i > verb.i]
    before = [c for c in comps if c.i < verb.i and _fronted_clause_fits(art, c, verb)]
    comp = after[0] if after else before[0] if before else None
    if comp is None and verb.dep_ == "ROOT":
        comp = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i), None)
    if comp is not None:
        toks = list(comp.subtree)
        while toks and (toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether") or toks[0].is_punct):
            toks.pop(0)
        if toks:
            return toks[0].i, max([toks[-1].i] + [c.right_edge.i for c in _second_that(verb, comp)])
    return colon_content(art, verb)


def _second_that(verb, comp) -> list:
    """``said that A and that B``: the second ``that`` clause, parsed as the verb's conjunct."""
    return [c for c in verb.children if c.dep_ == "conj" and c.i > comp.i > verb.i
            and any(x.dep_ == "mark" and x.lower_ == "that" and x.i == c.left_edge.i for x in c.children)]


def _object_content(art: QuoteArticle, verb):
    """``announced a ban on night ferries``: the verb's objects and complements after it, up to a
    clause joined after them (a clause set between the verb and its object, ``, as expected,``,
    ends nothing; a phrase there, ``on Monday``, is read as the first complement)."""
    kids = [c for c in verb.children if c.i > verb.i and c.dep_ in
            ("dobj", "prep", "oprd", "ccomp", "xcomp", "attr", "acomp", "dative", "pcomp")]
    if not any(c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp") for c in kids):
        return None
    gerunds = [c for c in verb.children if c.dep_ == "conj" and _object_gerund(art, c)]
    opening = min(c.i for c in kids)  # ``announced, as expected, a ban``: an aside before it stops nothing
    stop = min([c.i for c in verb.children if opening < c.i and c.dep_ in ("cc", "conj", "advcl")
                and not (c.dep_ == "cc" and gerunds) and c not in gerunds] + [len(verb.doc)])
    kids = [c for c in kids if c.i < stop] + gerunds
    first = min(c.left_edge.i for c in kids)
    last = max(c.right_edge.i for c in kids)
    colon = colon_content(art, verb)
    if colon and colon[0] > last:
        return colon
    return first, last


def _object_gerund(art: QuoteArticle, c) -> bool:
    """``proposed a plan including a fee cut and establishing a board``: a gerund the parser
    hung on the verb as its conjunct, with no subject and no cue of its own, continues the
    object (a verb of saying is never followed by a bare gerund of its own)."""
    return (c.tag_ == "VBG" and c.i > c.head.i and art.cue_key(c) is None
            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
            and c.i > 0 and c.doc[c.i - 1].lower_ == "and")


def _xcomp_content(verb):
    """``urged the council to rebuild the pier``: the infinitive clause without ``to``."""
    comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if comp is None:
        return None
    toks = [t for t in comp.subtree if not (t.lower_ == "to" and t.dep_ == "aux" and t.head == comp)]
    return (toks[0].i, toks[-1].i) if toks else None


def _prep_content(verb, word: str):
    """``called for a new pier``: what follows the preposition ``word``."""
    prep = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == word
                 and c.i > verb.i), None)
    if prep is None:
        return _marked_clause(verb, word)
    toks = [t for t in prep.subtree if t.i != prep.i]
    return (toks[0].i, toks[-1].i) if toks else None


def _marked_clause(verb, word: str):
    """``called for the council to act`` parsed as a clause opened by ``for``: the clause
    without its ``for``."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.left_edge.i == verb.i + 1 and c.left_edge.lower_ == word \
                and c.left_edge.dep_ == "mark":
            return c.left_edge.i + 1, c.right_edge.i
    return None


def colon_content(art: QuoteArticle, verb):
    """``X articulated these terms: …``: the words after a colon that closes the verb's clause."""
    doc = art.doc
    sent = verb.sent
    for t in doc[verb.i + 1:sent.end]:
        if art.quoted[t.i] or t.text in MARKS:
            return None
        if t.text == ":":
            rest = [x for x in doc[t.i + 1:sent.end] if not x.is_space]
            if len(rest) >= 3 and not art.quoted[rest[0].i] and rest[0].text not in MARKS:
                last = rest[-1].i
                while last > t.i and doc[last].is_punct:
                    last -= 1
                return rest[0].i, last
            return None
        if t.pos_ == "VERB" and t.head.i != verb.i:
            return None
    return None


def _second_report(art: QuoteArticle, t, first: int) -> bool:
    """``X said A and warned B``: a conjoined verb of saying starts another report."""
    doc = art.doc
    return (t.dep_ == "conj" and t.pos_ == "VERB" and bool(art.cue_key(t)) and not art.quoted[t.i]
            and t.i > first and not any(art.cue_key(x) and x.pos_ == "VERB" for x in doc[first:t.i]))


def _aside(art: QuoteArticle, t, first: int) -> bool:
    """``…, believing that …`` / ``…, though …``: an adverbial clause after a comma is no content;
    nor is one that holds a report of its own (``…, as the board announced …``, ``… after the
    board said …``; not ``…, as its stock was low``)."""
    doc = art.doc
    edge = t.left_edge.i
    if t.dep_ != "advcl" or edge - 1 <= first or art.quoted[t.i]:
        return False
    if (art.cue_key(t) is not None and any(c.dep_ == "nsubj" for c in t.children)
            and any(c.dep_ == "mark" and c.i == edge and c.lower_ in ("as", "after", "while", "before")
                    for c in t.children)):
        return True  # a report of its own at another time, not a condition (``… if the board says so``)
    return doc[edge - 1].text == "," and (
        (t.tag_ == "VBG" and t.lemma_.lower() in THINKING_VERBS)
        or any(c.dep_ == "mark" and c.lower_ in ("though", "although", "whereas") for c in t.children))


def _said_participle(art: QuoteArticle, t, first: int) -> bool:
    """``…, stating …`` / ``…, adding that …``: a participle of a neutral verb of saying after a
    comma starts the speaker's next report, whatever the parse hung it on (``…, emphasizing …``
    may describe the content itself)."""
    key = art.cue_key(t) if t.tag_ == "VBG" else None
    return (key is not None and art.cues[key].connotation == "neutral" and t.i - 1 > first
            and art.doc[t.i - 1].text == "," and not art.quoted[t.i])


def clip(art: QuoteArticle, verb, first: int, last: int) -> tuple[int, int]:
    """Keep the content within the verb's paragraph and stop it before another report."""
    doc = art.doc
    if first <= verb.i:
        for i in range(last, first - 1, -1):
            if i < last and art.hard_break(doc[i], doc[i + 1]):
                return i + 1, last
        return first, last
    for i in range(first, last + 1):
        t = doc[i]
        if i > first and art.hard_break(doc[i - 1], t):
            return first, i - 1
        if _second_report(art, t, first):
            last = i - 1
            while last > first and doc[last].dep_ in ("cc", "punct"):
                last -= 1
            return first, last
        if _aside(art, t, first):
            return first, t.left_edge.i - 1
        if _said_participle(art, t, first):
            return first, i - 2
    return first, last


def trim(art: QuoteArticle, first: int, last: int) -> tuple[int, int]:
    """Character offsets of tokens ``first..last`` without punctuation at either end ((-1, -1) if empty)."""
    doc = art.doc
    while first <= last and (doc[first].is_punct and doc[first].text not in MARKS or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].text in (".", ",", ";", ":", "—", "-") or doc[last].is_space):
        last -= 1
    if first > last:
        return -1, -1
    return doc[first].idx, doc[last].idx + len(doc[last])
