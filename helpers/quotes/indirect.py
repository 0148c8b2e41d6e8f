"""Indirect quotes: reported speech found in the dependency parse.

A registry of finders; every finder's events count (``Registry.all``), each
named in the row's ``rule``. The verb finders look at the verbs of saying of
the cue registry (``data/quote_cues.csv``) that are asserted (not negated,
not modal), outside quotation marks and outside the headline; a verb is
claimed by one finder at most (passives, ``as X said``, and content clauses
are told apart by their syntax). ``according to X`` is found per sentence.
The fallbacks (:data:`FALLBACK`: a verb after its clause or between commas,
read from the words when the parse did not link them) only take a verb no
other finder claimed. A verb of finding with a document subject (``the study
found that``) and the passive subject of ``was quoted as saying`` count too.

Policy (the order of :data:`INDIRECT`): the order only lists them; the events
are read in the order of the text.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..doccache import doc_tokens
from ..rules import Registry
from .article import QuoteArticle
from .content import clip, content_range, trim
from .cues import verb_cue_text
from .direct import according_to_phrase
from .marks import MARKS
from .syntax import agent, negated_or_hypothetical, subject_of
from .words import DOCUMENT_FINDING_VERBS, DOCUMENT_NOUNS, PASSIVE_REPORT_VERBS


@dataclass
class Event:
    """One reported clause ``text[start:end]``: who reported it (a token to resolve, or
    ``"source"`` for the article's main source), the cue as written, and the cue's token."""

    subj: object
    cue: str
    start: int
    end: int
    verb_i: int
    any_np: bool = False  # the speaker may be any noun phrase (``according to X``)
    rule: str = ""
    anchor: int | None = None  # the paragraph the clause is cut to (default: the cue's)


def _is_title_line(art: QuoteArticle, pos: int) -> bool:
    """Is ``pos`` on the first line when that line is a headline (no closing punctuation)?"""
    line_end = art.text.find("\n")
    return 0 <= pos < line_end and not art.text[:line_end].rstrip().endswith((".", "”", '"'))


def cue_verbs(art: QuoteArticle) -> list:
    """(verb, cue) of every asserted, unquoted verb of saying outside the headline (once per article)."""
    if "cue_verbs" not in art.memo:
        found = []
        for v in doc_tokens(art.doc):
            if art.quoted[v.i] or v.pos_ != "VERB":
                continue
            key = art.cue_key(v)
            if key is None or art.cues[key].direct_only or negated_or_hypothetical(v):
                continue
            if not _is_title_line(art, v.idx):
                found.append((v, art.cues[key]))
        art.memo["cue_verbs"] = found
    return art.memo["cue_verbs"]


def _passive_subject(v):
    return next((c for c in v.children if c.dep_ == "nsubjpass"), None)


def _told_before(art: QuoteArticle, sent):
    """What ``this`` in ``sent`` points back to: the sentence before, or the whole paragraph
    before when ``sent`` opens a paragraph of its own (``This was reported by the agency.``)."""
    if sent.start == 0:
        return None
    prev = art.doc[sent.start - 1].sent
    if not art.hard_break(art.doc[sent.start - 1], art.doc[sent.start]) or prev.start == 0:
        return prev.start, prev.end - 1
    last = sent.start - 1
    while last > 0 and art.doc[last].is_space:
        last -= 1
    first = last
    while first > 0 and not art.hard_break(art.doc[first - 1], art.doc[first]):
        first -= 1
    return first, last


def passive_this(art: QuoteArticle) -> list[Event]:
    """``The pier is unsafe. This was confirmed by Ann Lee.``: the sentence before (the paragraph
    before, when this one stands alone), said by the agent."""
    events = []
    for v, _ in cue_verbs(art):
        passive = _passive_subject(v)
        if passive is None or passive.lower_ not in ("this", "that") or any(c.dep_ == "ccomp" for c in v.children):
            continue
        who, sent = agent(v), v.sent
        prev = _told_before(art, sent)
        if who is None or prev is None:
            continue
        s, e = trim(art, *prev)
        if s >= 0:
            cue_text = art.text[sent.start_char:v.idx + len(v)] + art.text[v.idx + len(v):who.idx].rstrip()
            events.append(Event(who, cue_text.strip(), s, e, v.i, anchor=e - 1))
    return events


def said_this(art: QuoteArticle) -> list[Event]:
    """``The pier is unsafe. Ann Lee said this on Monday.``: a verb of saying whose only object
    is ``this`` reports what comes before it (:func:`_told_before`), said by its subject."""
    events = []
    for v, _ in cue_verbs(art):
        obj = [c for c in v.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
        if len(obj) != 1 or obj[0].lower_ != "this" or obj[0].i != v.i + 1 or _passive_subject(v) is not None:
            continue
        prev, subj = _told_before(art, v.sent), _reporter(art, v)
        if prev is None or subj is None:
            continue
        s, e = trim(art, *prev)
        if s >= 0:
            events.append(Event(subj, f"{verb_cue_text(v)} this", s, e, v.i, anchor=e - 1))
    return events


def passive_it(art: QuoteArticle) -> list[Event]:
    """``It was reported by Acme Bank that rates would rise.`` (no agent: the main source)."""
    events = []
    for v, cue in cue_verbs(art):
        passive = _passive_subject(v)
        if passive is None or passive.lower_ != "it":
            continue
        rng = content_range(art, v, cue)
        if not rng:
            continue
        s, e = trim(art, *rng)
        if s >= 0:
            who = agent(v)
            aux = " ".join(c.text for c in v.children if c.dep_ == "auxpass")
            events.append(Event(who if who is not None else "source", f"{passive.text} {aux} {v.text}".strip(),
                                s, e, v.i))
    return events


def _as_clause(v) -> bool:
    """``as Ann Lee said`` / ``as Ann Lee put it``: an ``as`` clause whose verb has no content of
    its own (``as the board announced a ban`` is a report of its own, and ``as`` there only
    means ``while``)."""
    return (v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > v.i and c.lower_ != "it" for c in v.children))


def as_clause(art: QuoteArticle) -> list[Event]:
    """``As Ann Lee pointed out, the pier is older than the town.`` (``As stated by the board, …``):
    the clause it modifies."""
    events = []
    for v, _ in cue_verbs(art):
        if _passive_subject(v) is not None or not _as_clause(v):
            continue
        inner = {t.i for t in v.subtree}
        toks = [t for t in v.head.subtree if t.i not in inner]
        if all(t.is_punct or t.is_space for t in toks if t.i > max(inner)):
            toks = [t for t in toks if t.i < min(inner)]  # ``…, as Ann Lee said.``: the clause before
        subj = _own_agent(v) or subject_of(art, v)  # ``As reported by the agency, …``
        if toks and subj is not None:
            s, e = trim(art, toks[0].i, toks[-1].i)
            if s >= 0:
                events.append(Event(subj, f"as {verb_cue_text(v)}", s, e, v.i))
    return events


def _own_agent(v):
    """The X of the verb's own ``by X`` (``stated by the board``), else None."""
    by = next((c for c in v.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _passive_reporter(v):
    """``Ann Lee was quoted as saying …`` / ``Ann Lee is reported to have said …``: the passive
    subject of a reporting verb (``passive_report_verbs``) the verb of saying hangs under."""
    head = v
    for _ in range(3):
        if head.dep_ not in ("xcomp", "pcomp", "prep", "advcl") or head.head.i == head.i:
            return None
        head = head.head
        if head.lemma_.lower() in PASSIVE_REPORT_VERBS:
            return next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    return None


def _quoted_object(v):
    """``The agency quoted Ann Lee as saying …``: the object of an active reporting verb
    (``passive_report_verbs``) whose ``as`` the verb of saying hangs under speaks, not the
    agency that quotes her (its subject)."""
    if v.dep_ != "pcomp" or v.head.lower_ != "as" or v.head.head.i == v.head.i:
        return None
    verb = v.head.head
    if verb.lemma_.lower() not in PASSIVE_REPORT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _reporter(art: QuoteArticle, v):
    """The subject of a verb of saying; for ``X said A and warned B`` the second verb's is X;
    for ``Y quoted X as saying`` it is X."""
    subj = _quoted_object(v) or subject_of(art, v)
    if subj is None:
        subj = _passive_reporter(v)
    if v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children) and art.cue_key(v.head) is None:
        earlier = [u for u in art.doc[v.sent.start:v.i] if u.pos_ == "VERB" and art.cue_key(u)
                   and not art.quoted[u.i] and any(c.dep_ == "nsubj" for c in u.children)]
        if earlier:
            subj = subject_of(art, earlier[-1])
    return subj


def _trailing(art: QuoteArticle, v) -> bool:
    """Is ``v`` a verb of saying hung under another one after its content, behind a comma,
    with a subject and no content of its own (``A said B, the agency reported``)?"""
    outer = v.head
    if v.dep_ not in ("ccomp", "parataxis", "conj") or outer.i >= v.i or art.cue_key(outer) is None:
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in v.children):
        return False
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.left_edge.i > 0 and art.doc[subj.left_edge.i - 1].text == ","


def trailing_report(art: QuoteArticle) -> list[Event]:
    """``Ann Lee said the pier was unsafe, the agency reported.``: the outer report holds the
    whole sentence before it (a row for the agency, besides Ann Lee's own)."""
    events = []
    for v, _ in cue_verbs(art):
        if _passive_subject(v) is not None or not _trailing(art, v):
            continue
        subj = next(c for c in v.children if c.dep_ == "nsubj")
        s, e = trim(art, *clip(art, v, v.sent.start, subj.left_edge.i - 2))
        if s >= 0:
            events.append(Event(subj, verb_cue_text(v), s, e, v.i))
    return events


#: Parts of speech of a noun phrase named before its verb of saying (``Ann Lee's office``).
_NP_POS = ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "PART", "ADP", "CCONJ")


def _subject_before(art: QuoteArticle, v):
    """``…, the harbour board said``: the head of the noun phrase between a comma and the verb
    (the token whose head lies outside the phrase), read from the words, not from the parse
    (which often hangs such a phrase inside the clause before it) and the comma's index; None
    if no such phrase."""
    doc, i = art.doc, v.i - 1
    while i >= 0 and doc[i].pos_ == "ADV" and doc[i].lower_ != "as":
        i -= 1  # ``the board also said``
    last = i
    while i >= 0 and (doc[i].pos_ in _NP_POS or doc[i].text in ("’s", "'s")) and not art.quoted[i] \
            and doc[i].lower_ not in ("that", "which", "who", "as"):
        i -= 1
    if i < 1 or i == last or doc[i].text != "," or art.hard_break(doc[i], v) or doc[i + 1].pos_ == "CCONJ":
        return None  # ``…, but the board rejected it``: a clause of its own
    phrase = range(i + 1, last + 1)
    if len(phrase) > 1 and any(doc[k].pos_ == "PRON" and doc[k].tag_ != "PRP$" for k in phrase):
        return None  # ``…, a right it claims``: a relative clause without its pronoun
    heads = [doc[k] for k in phrase if doc[k].head.i not in phrase and doc[k].pos_ in ("PROPN", "NOUN", "PRON")]
    if not heads:
        return None
    own = [t for t in heads if t.head.i == v.i and t.dep_ == "nsubj"]
    adp = next((k for k in phrase if doc[k].pos_ == "ADP"), last + 1)
    front = [t for t in heads if t.i < adp]
    return (own or front or heads)[-1], i


def _bare_after(art: QuoteArticle, v) -> int | None:
    """Index of the token that ends the verb's own words (``said on Friday``, ``told Reuters`` +
    ``.`` or ``,``): None when the verb has content of its own after it (a clause, an object,
    ``that``)."""
    doc, cue = art.doc, art.cues[art.cue_key(v)]
    for c in v.children:
        if c.i > v.i and (c.dep_ in ("ccomp", "xcomp") or c.dep_ in ("dobj", "dative") and
                          ("object" in cue.content or c.pos_ == "PRON")):
            return None  # content of its own (``announced a ban``, ``rejected it``), not ``told Reuters``
    for t in doc[v.i + 1:v.sent.end]:
        if t.text in (",", ".", ";", "!", "?") or t.is_space or art.hard_break(v, t):
            return t.i
        if t.pos_ in ("VERB", "AUX") or t.lower_ in ("that", "whether") or art.quoted[t.i] or t.text in ":—–-":
            return None
    return v.sent.end


def said_after_clause(art: QuoteArticle) -> list[Event]:
    """``The pier will reopen in May, the harbour board said on Friday.`` when the parse did not
    give the verb the clause before it (a headline run into the sentence, the subject hung
    inside the clause): the words from the sentence's start to the comma before the subject.
    A verb another finder claims is left to it (:func:`indirect_events`)."""
    events = []
    for v, _ in cue_verbs(art):
        found = _subject_before(art, v) if _passive_subject(v) is None else None
        end = _bare_after(art, v) if found is not None else None
        if end is None or (end < len(art.doc) and art.doc[end].text == "," and
                           (_clause_follows(art, end) or _quote_follows(art, end))):
            continue
        subj, comma = found
        by = _own_agent(v)  # ``…, a move confirmed by the board and the council``
        first, last = clip(art, v, v.sent.start, comma - 1)
        if _opens_quoted(art, first, last) or _no_content(art, first, last):
            continue  # ``"We will stay" Ann Lee, the mayor, said.``: a direct quote's attribution
        s, e = trim(art, first, last)
        if s >= 0 and _has_finite_verb(art, first, comma):
            events += [Event(who, verb_cue_text(v), s, e, v.i) for who in ([by] + _conjuncts(by) if by else [subj])]
    return events


def _conjuncts(tok) -> list:
    """``the board and the council``: the nouns joined to ``tok`` by ``and``."""
    return [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]


def _opens_quoted(art: QuoteArticle, first: int, last: int) -> bool:
    """Does the span open inside quotation marks (its first word quoted)?"""
    words = [t for t in art.doc[first:last + 1] if not (t.is_punct or t.is_space)]
    return not words or art.quoted[words[0].i]


def _has_finite_verb(art: QuoteArticle, first: int, stop: int) -> bool:
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in art.doc[first:stop])


def _quote_follows(art: QuoteArticle, comma: int) -> bool:
    """Does a direct quote open right after the comma (``…, she replied, "…"``)?"""
    nxt = next((t for t in art.doc[comma + 1:comma + 3] if not t.is_space), None)
    return nxt is not None and (art.quoted[nxt.i] or nxt.text in MARKS)


def _clause_follows(art: QuoteArticle, comma: int) -> bool:
    """Does a clause with a finite verb, outside quotation marks, follow the comma in the same
    sentence and paragraph (not a direct quote the verb introduces)?"""
    sent = art.doc[comma].sent
    rest = [t for t in art.doc[comma + 1:sent.end] if not art.hard_break(art.doc[comma], t)]
    if not rest or art.quoted[rest[0].i] or rest[0].text in MARKS or rest[0].pos_ == "CCONJ":
        return False  # a direct quote, or ``…, but …``: a clause of its own
    return any(not art.quoted[t.i] and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD")
               for t in rest)


def said_in_parenthesis(art: QuoteArticle) -> list[Event]:
    """``The pier, the board said, will reopen in May.`` / ``In short, the board said, the pier
    will reopen.``: a verb of saying set between commas inside the clause it reports; the
    sentence, or only what follows the parenthesis when little comes before it."""
    events = []
    for v, _ in cue_verbs(art):
        found = _subject_before(art, v) if _passive_subject(v) is None else None
        end = _bare_after(art, v) if found is not None else None
        if end is None or end >= len(art.doc) or art.doc[end].text != "," or not _clause_follows(art, end):
            continue
        subj, comma = found
        before = [t for t in art.doc[v.sent.start:comma] if not (t.is_punct or t.is_space)]
        first = v.sent.start if len(before) >= 3 else end + 1
        first, last = clip(art, v, first, v.sent.end - 1)
        s, e = trim(art, first, last)
        if s >= 0 and not _no_content(art, first, last):
            events.append(Event(subj, verb_cue_text(v), s, e, v.i))
    return events


def _no_content(art: QuoteArticle, first: int, last: int) -> bool:
    """Content that reports nothing: speech in the first person (``We will not sell,`` he
    said: a quote whose marks were lost, e.g. in translation) or an object that only points
    back (``rejected it on Monday``; ``called it a disgrace`` reports something)."""
    toks = [t for t in art.doc[first:last + 1] if not t.is_punct]
    if not toks:
        return True
    if toks[0].lower_ in ("i", "we") and toks[0].dep_ in ("nsubj", "nsubjpass") and not art.quoted[toks[0].i]:
        return True
    pointing = toks[0].pos_ == "PRON" and toks[0].lower_ in ("it", "this", "that", "them", "these", "those")
    return pointing and all(t.i == toks[0].i or t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADP" and
                            t.lower_ != "as" for t in toks)


def content_clause(art: QuoteArticle) -> list[Event]:
    """``Ann Lee said that the pier would reopen in May.`` and every cue's own content:
    ``warned of delays``, ``urged the council to act``, ``called for a vote``; never speech in
    the first person or an object that only points back (:func:`_no_content`)."""
    events = []
    for v, cue in cue_verbs(art):
        if _passive_subject(v) is not None or _as_clause(v):
            continue
        rng = content_range(art, v, cue)
        if not rng or _no_content(art, *rng):
            continue
        s, e = trim(art, *clip(art, v, *rng))
        subj = _reporter(art, v) if s >= 0 else None
        if subj is not None:
            events.append(Event(subj, verb_cue_text(v), s, e, v.i))
    return events


def document_finding(art: QuoteArticle) -> list[Event]:
    """``A report by Acme Bank found that fares had doubled.``: a verb of finding
    (``document_finding_verbs``) whose subject is a document reports its content clause,
    said by the document (whose author the speaker rules find)."""
    events = []
    for v in doc_tokens(art.doc):
        if v.pos_ != "VERB" or v.lemma_.lower() not in DOCUMENT_FINDING_VERBS:
            continue  # the cheap tests first: this runs on every token
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if (subj is None or art.quoted[v.i] or subj.lemma_.lower() not in DOCUMENT_NOUNS
                or negated_or_hypothetical(v)):
            continue
        comp = next((c for c in v.children if c.dep_ == "ccomp" and c.i > v.i), None)
        if comp is None or _is_title_line(art, v.idx):
            continue
        toks = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head.i == comp.i and t.i == comp.left_edge.i)]
        s, e = trim(art, *clip(art, v, toks[0].i, toks[-1].i))
        if s >= 0:
            events.append(Event(subj, verb_cue_text(v), s, e, v.i))
    return events


def _headline_cues(art: QuoteArticle) -> list:
    """(verb, cue) of the present-tense verbs of saying in a headline (``X says ...``), not after
    a colon (``ISW: ...`` attributes by punctuation, which the guide does not count)."""
    line_end = art.text.find("\n")
    found = []
    for v in doc_tokens(art.doc):
        if v.idx >= line_end or not _is_title_line(art, v.idx):
            break
        if art.quoted[v.i] or v.pos_ != "VERB" or v.tag_ not in ("VBZ", "VBP") or ":" in art.text[:v.idx]:
            continue
        key = art.cue_key(v)
        if key is not None and not art.cues[key].direct_only and not negated_or_hypothetical(v):
            found.append((v, art.cues[key]))
    return found


def headline_verb(art: QuoteArticle) -> list[Event]:
    """``Harbour board says the pier will reopen in May`` (a headline, present tense): the
    content of the verb, said by its subject; ``Pier to reopen, board says`` as well."""
    events, line_end = [], art.text.find("\n")
    for v, cue in _headline_cues(art):
        comma = art.text.rfind(",", 0, v.idx)
        if comma > 0 and not art.text[v.idx + len(v):line_end].strip(" .\t"):
            s, e = 0, comma  # ``Pier to reopen, board says``: what comes before the comma
        else:
            rng = content_range(art, v, cue)
            if not rng:
                continue
            s, e = trim(art, *clip(art, v, *rng))
        subj = subject_of(art, v)
        if subj is not None and 0 <= s < e <= line_end:
            events.append(Event(subj, verb_cue_text(v), s, e, v.i))
    return events


def according_to(art: QuoteArticle) -> list[Event]:
    """``The pier will reopen in May, according to the council.``: the rest of the sentence."""
    events = []
    for sent in art.doc.sents:
        acc = according_to_phrase(art, sent)
        if not acc or _is_title_line(art, acc[0].idx):
            continue
        t, obj = acc
        phrase = {x.i for x in t.subtree} | {t.i}
        head = t.head if t.head.i != t.i else sent.root
        closing = _closes_sentence(art, t, phrase)
        base = head.subtree if head.pos_ in ("VERB", "AUX") and not closing else sent
        toks = [x for x in base if x.i not in phrase and x.sent.start == sent.start and not (closing and x.i >= t.i)]
        # an `according to` that only credits another attribution (`This is stated by X, according to Y`)
        if not toks or any(x.dep_ == "nsubjpass" and x.lower_ in ("this", "that", "it") for x in toks):
            continue
        s, e = trim(art, toks[0].i, toks[-1].i)
        if s >= 0:
            events.append(Event(obj, "according to", s, e, t.i, any_np=True))
    return events


def _closes_sentence(art: QuoteArticle, t, phrase: set) -> bool:
    """Does ``…, according to X`` end its sentence after a comma? Then it reports the whole
    sentence, whatever clause the parser hung it on (``…, which it still holds, according to X``)."""
    doc = art.doc
    after = [x for x in doc[max(phrase) + 1:t.sent.end] if not (x.is_punct or x.is_space)]
    return t.i > 0 and doc[t.i - 1].text == "," and not after


# The finders (each verb is claimed by one verb finder at most; the events are read in text order).
INDIRECT = Registry("indirect", [passive_this, said_this, passive_it, as_clause, content_clause, trailing_report, headline_verb,
                                 according_to, document_finding, said_after_clause, said_in_parenthesis])
#: Finders that only read a verb no other finder claimed (their events give way).
FALLBACK = ("indirect.said_after_clause", "indirect.said_in_parenthesis")


def indirect_events(art: QuoteArticle) -> list[Event]:
    """Every finder's events, each named by its rule: verb events by verb, then ``according to``."""
    events = []
    for rule, found in INDIRECT.all(art):
        for ev in found:
            ev.rule = rule
            events.append(ev)
    claimed = {ev.verb_i for ev in events if ev.rule not in FALLBACK}
    events = [ev for ev in events if ev.rule not in FALLBACK or ev.verb_i not in claimed]
    events.sort(key=lambda ev: (ev.any_np, ev.verb_i))
    return events
