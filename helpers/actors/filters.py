"""Filters: zones and shapes where a capitalised name is not an actor."""
from __future__ import annotations

import re

from ..rules import Registry
from .state import state_of
from .names import _holder_office, _sentence, _trailer_head
from .words import ORG_HEADS, _BYLINE_WORDS, _CREDIT_LABELS, _VISIT_VERBS, _CREDIT_LINE, _MOTION_VERBS, _PARTICLES, _PLACE_WORDS, \
    _QUOTE_CHARS, _TITLE_CUES, _CONNECTORS

def _line_bounds(text: str) -> list[tuple[int, int]]:
    bounds, pos = [], 0
    for line in text.split("\n"):
        bounds.append((pos, pos + len(line)))
        pos += len(line) + 1
    return bounds


def _title_suffix(text: str) -> tuple[int, int] | None:
    """Char span of a trailing ``– Outlet`` on the first line (the site name in a headline)."""
    first = text.split("\n", 1)[0]
    m = re.search(r"\s[-–—|]\s+([^-–—|]{1,40})$", first)
    if m and len(m.group(1).split()) <= 4:
        return (m.start(1), m.end(1))
    return None


def _is_credit_line(line: str) -> bool:
    """A line that credits the reporters and editors of the story, wherever it stands.

    >>> _is_credit_line("(Reporting by Ann Lee in Oslo; Editing by Tom Roe)")
    True
    >>> _is_credit_line("Staff writers Ann Lee and Tom Roe contributed to this report."), _is_credit_line("Lee said so.")
    (True, False)
    """
    return bool(_CREDIT_LINE.search(line.strip()))


def _is_byline(doc, text: str, start: int, end: int) -> bool:
    """A short early line made only of capitalised names and separators (``By A, B and C``,
    ``ANN LEE and TOM O'ROE``, ``Ann Lee in Oslo``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or len(span) > 30:
        return False
    line = text[start:end].strip()
    signed = line.lower().startswith("by ")
    person = any(e.label_ == "PERSON" and e.start_char < end and start < e.end_char for e in doc.ents)
    if not (person or signed):
        return False
    line = re.sub(r"\s+in\s+[A-Z][^\s,;]*(?:\s+[A-Z][^\s,;]*){0,2}$", "", line)  # ``... in São Paulo``
    words = [w for w in re.split(r"[\s,;&|/·•]+", line) if w and w.lower() not in _BYLINE_WORDS]
    if len(words) < 2 or len(words) > 12:
        return False
    return all(re.fullmatch(r"[A-Z][\w'’.\-]*", w) or w.lower() in _PARTICLES for w in words)


def _skip_zones(ctx) -> dict[str, list[tuple[int, int]]]:
    """Char ranges where mentions are ignored: ``outlet`` (title suffix), ``names`` (bylines),
    ``discovery`` (footnotes)."""
    text, doc = ctx.text, ctx.doc
    zones: dict[str, list[tuple[int, int]]] = {"outlet": [], "names": [], "discovery": []}
    suffix = _title_suffix(text)
    if suffix:
        zones["outlet"].append(suffix)
    for i, (s, e) in enumerate(_line_bounds(text)):
        line = text[s:e]
        if not line.strip():
            continue
        if line.lstrip().startswith("*"):
            zones["discovery"].append((s, e))
        if (i <= 6 and _is_byline(doc, text, s, e)) or _is_credit_line(line):
            zones["names"].append((s, e))
    return zones


def _inside(start: int, end: int, ranges) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def _is_credit(doc, start_tok: int, end_tok: int | None = None) -> bool:
    """A picture or wire credit: ``Image/Reuters``, ``Photo: AP``, ``File Image/``."""
    if end_tok is not None and end_tok < len(doc) and doc[end_tok].text.startswith("/"):
        return True
    if start_tok == 0:
        return False
    prev = doc[start_tok - 1]
    if prev.text in {"/", "©"}:
        return True
    if prev.text == ":" and start_tok >= 2 and doc[start_tok - 2].lower_ in _CREDIT_LABELS:
        return True
    return prev.text.endswith("/") and len(prev.text) > 1


def _address_place(doc, start_tok: int, registered_toks: set[int]) -> bool:
    """A state written as the last part of an address (``Osaka, Japan``): a place, not an actor."""
    if start_tok < 2 or doc[start_tok - 1].text != ",":
        return False
    before = doc[start_tok - 2]
    if before.i in registered_toks:
        return False
    if before.lower_ in _PLACE_WORDS:
        return True
    return before.ent_type_ in {"GPE", "LOC", "FAC"}


def _in_work_title(doc, span) -> bool:
    """Inside quotation marks opened right after ``titled``/``entitled``/...: the name of a work."""
    sent = _sentence(span)
    opened_at = None
    for tok in sent:
        if tok.i >= span.start:
            break
        if tok.text and tok.text[0] in _QUOTE_CHARS:
            if opened_at is None and tok.i > sent.start and doc[tok.i - 1].lower_ in _TITLE_CUES:
                opened_at = tok.i
            elif opened_at is not None:
                opened_at = None
    return opened_at is not None


def _name_token_ok(tok) -> bool:
    text = tok.text
    if _hyphen_part(tok):
        return True
    if tok.lower_ in _PARTICLES or text in {"-", ".", "&"} or tok.lower_ in _CONNECTORS:
        return True
    if text in ("'s", "’s") and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ORG_HEADS \
            and tok.doc[tok.i + 1].text[:1].isupper():
        return True  # ``the State Attorney's Office``
    return text[:1].isupper() and bool(re.match(r"^[^\W\d_][\w.'’\-]*$", text))


def _hyphen_part(tok) -> bool:
    """A word joined by a hyphen to the name word before it (``Seo-yeon``, ``Min-jae``)."""
    doc = tok.doc
    return (tok.i >= 2 and tok.is_alpha and doc[tok.i - 1].text in "-‐" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].text[:1].isupper())


def _plausible(span, label: str, lower_words: set[str]) -> bool:
    """Is a NER span a credible actor name? Filters the small model's usual junk.

    Rejected: digits, no capital letter, symbols, lines of several names,
    single common words (written in lower case elsewhere in the article or
    stop words), and platforms named as a medium (``on Twitter``, ``a Telegram post``).
    """
    text = span.text
    if not text or len(text) < 2 or len(span) > (12 if label == "ORG" and _holder_office(span) else 8):
        return False
    if any(ch.isdigit() for ch in text) or not any(ch.isupper() for ch in text):
        return False
    if label == "ORG" and re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* & [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*", text):
        text = text.replace(" & ", " ")  # ``Parekh & Sethna``: a firm's name joined by an ampersand
    if re.search(r"[&@#/\\*<>=+_~^\[\]{}()\"“”«»|•]|https?:|www\.", text):
        return False
    if "\n" in text:
        return False
    if not all(_name_token_ok(t) for t in span if not t.is_punct):
        return False
    if not span[0].text[:1].isupper():
        return False
    if len(span) == 1:
        tok = span[0]
        if tok.is_stop or tok.lower_ in lower_words:
            return False
        if label == "ORG":
            if (tok.dep_ == "compound" and not _trailer_head(tok)) or (
                    tok.head.lower_ in {"on", "via"} and tok.dep_ == "pobj"):
                return False
            if tok.text.isupper() and len(tok.text) <= 3 and not (_the_acronym(tok) or _trailer_head(tok)):
                return False
    if label == "PERSON" and len([t for t in span if t.lower_ not in _PARTICLES and t.is_alpha]) > 4:
        return False
    return True


def _the_acronym(tok) -> bool:
    """A short all-capital name with ``the`` before it and nothing after it (``the IRS``):
    an organisation, unlike a bare code or a modifier (``MMR vaccine``, ``GP practices``)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.dep_ in ("compound", "amod", "nmod"):
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is None or not (nxt.pos_ in ("NOUN", "PROPN") or nxt.is_alpha and nxt.is_lower
                               and nxt.pos_ == "ADJ")


def _visited_place(span) -> bool:
    """A building or body named as where someone goes (``returning to the White House``)."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in {"to", "into", "from"}:
        return head.head.lemma_.lower() in _MOTION_VERBS
    return root.dep_ == "dobj" and head.lemma_.lower() in _VISIT_VERBS


def _acts(span) -> bool:
    """Does a one-word organisation name act in its sentence (subject, possessor, agent, source)?

    ``Gazprom said``, ``Gazprom's chief``, ``a report by Gazprom``; not ``control of Eastmarch``.
    A name written before a generic noun (``the CGT union said``) acts when that noun does.
    """
    root = span.root
    root = _trailer_head(root) or root
    if root.dep_ in {"nsubj", "nsubjpass", "poss", "agent"}:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in {"by", "to"} and root.head.head.pos_ == "VERB":
        return root.head.lower_ == "by"
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.pos_ == "NOUN":
        return True  # ``a poll by X``, ``a statement by X``
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    return root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"}


# ---------------------------------------------------------------- filter rules
#
# Each rule is ``rule(ctx, cand) -> bool``: True drops the candidate. A registered alias,
# an acronym defined in brackets and a discovered name (``ner``/``joined``) are each
# dropped only by the rules that say so. A discovered name over a registered one never gets
# here: ``mentions._discovered`` has already let it swallow the registered names or dropped it.

_DISCOVERED = ("ner", "joined")


def _zone(ctx, cand, zone: str) -> bool:
    sp = cand.span
    return _inside(sp.start_char, sp.end_char, state_of(ctx).zones[zone])


def _registered_org(cand) -> bool:
    return cand.origin == "registry" and cand.type == "organization"


def outlet_name(ctx, cand) -> bool:
    """``Storm hits coast – Lakeport Herald``: the site's name after a headline is no actor."""
    applies = _registered_org(cand) or cand.origin in _DISCOVERED or cand.origin == "defined"
    return applies and _zone(ctx, cand, "outlet")


def picture_credit(ctx, cand) -> bool:
    """``Photo: Lakeport Herald``, ``Image/Tidewater Freight``: a picture or wire credit."""
    if _registered_org(cand):
        return _is_credit(ctx.doc, cand.start)
    return cand.origin != "registry" and _is_credit(ctx.doc, cand.start, cand.end)


def byline(ctx, cand) -> bool:
    """``By Ann Lee and Tom Roe`` near the top, ``(Reporting by Ann Lee)``: the story's authors."""
    return cand.origin != "defined" and _zone(ctx, cand, "names")


def footnote(ctx, cand) -> bool:
    """``* Ann Lee is a fellow at ...``: a discovered name in a footnote line."""
    return cand.origin in _DISCOVERED and _zone(ctx, cand, "discovery")


def address_place(ctx, cand) -> bool:
    """``a plant in Osaka, Ruritania``: a registered state written as the end of an address."""
    return (cand.origin == "registry" and cand.type == "state"
            and _address_place(ctx.doc, cand.start, state_of(ctx).registered_toks))


def visited_place(ctx, cand) -> bool:
    """``after returning to the Harbour Council``: a registered body named as where one goes."""
    return _registered_org(cand) and _visited_place(cand.span)


def implausible(ctx, cand) -> bool:
    """``[ORG Doctors]``, ``[PERSON on Twitter]``: what the model tags but no actor's name looks like."""
    return cand.origin in _DISCOVERED and not _plausible(cand.span, cand.label, state_of(ctx).lower_words)


def work_title(ctx, cand) -> bool:
    """``a film titled "Ann Lee Goes Home"``: a name inside the title of a work."""
    return cand.origin in _DISCOVERED and _in_work_title(ctx.doc, cand.span)


#: Filters on the candidates before names are resolved. The order only decides which rule
#: a dropped name is charged to: zones of the page first, then the shape of the name.
FILTERS = Registry("filters", [
    outlet_name, picture_credit, byline, footnote, address_place, visited_place,
    implausible, work_title,
])


def lone_word(ctx, cand) -> bool:
    """``the Harbour said``: a one-word name never introduced by a longer one is kept only
    when some mention of it acts (subject, possessor, agent, source)."""
    return len(cand.actor.split()) == 1 and cand.actor not in state_of(ctx).words_ok


def visited_name(ctx, cand) -> bool:
    """``flew back to Tidewater Freight``: a discovered name named as where someone goes."""
    return _visited_place(cand.span)


def place_name(ctx, cand) -> bool:
    """``Pine Hollow``: a discovered name ending in a place word that never acts."""
    return cand.actor in state_of(ctx).places


#: Filters on discovered names once resolved to the article's full names (they ask how
#: every mention of the name is used).
RESOLVED_FILTERS = Registry("resolved_filters", [lone_word, visited_name, place_name])


def dropped_by(registry, ctx, cand) -> str | None:
    """The qualified name of the first rule of ``registry`` that drops ``cand``, else None."""
    for qualified, rule in registry.active():
        if registry.call(qualified, rule, ctx, cand):
            return qualified
    return None
