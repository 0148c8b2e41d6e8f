"""Filters: zones and shapes where a capitalised name is not an actor."""
from __future__ import annotations

import re
from functools import lru_cache

from ..doccache import doc_ents
from ..nlp import HEADING_WORDS, HEADLINE_WORDS, SENTENCE_END
from .. import language
from ..rules import Registry
from .registry import is_capital, world_actors
from .state import state_of
from .names import _holder_office, _sentence, _trailer_head, glued
from .words import CODED_NAME, DEMONYMS, FORMER_STATE_ROLE, SLASH_NAME, GROUPING_NOUNS, ORDINAL, ORG_HEADS, TITLES, _BYLINE_WORDS, _CREDIT_LABELS, _VISIT_VERBS, _CREDIT_LINE, _MOTION_VERBS, _PARTICLES, _PLACE_WORDS, \
    _QUOTE_CHARS, _TITLE_CUES, _CONNECTORS, demonym_at

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
    person = any(e.label_ == "PERSON" and e.start_char < end and start < e.end_char for e in doc_ents(doc))
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
    """A state written as the last part of an address (``Osaka, Japan``): a place, not an actor; not
    a state that is the subject of the verb after it, after a place that ends an opening phrase
    (``After the summit in Osaka, Japan offered talks``)."""
    if start_tok < 2 or doc[start_tok - 1].text != ",":
        return False
    tok = doc[start_tok]
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head  # ``the United States``: the name's last word carries its role
    first = next((t for t in tok.sent if not t.is_punct), tok)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i > tok.i and tok.head.pos_ in ("VERB", "AUX") \
            and first.pos_ in ("ADP", "SCONJ", "ADV") and first.i < start_tok - 2:
        return False  # ``Ahead of the summit in Osaka, Japan offered ...``; not ``A plant in Osaka, Japan was hit``
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
    if tok.lower_ in GROUPING_NOUNS and tok.i > 0 and tok.doc[tok.i - 1].text[:1].isupper():
        return True  # ``the Lakeport format``: a format of talks named after its place
    if text in ("'s", "’s") and _org_head_after(tok):
        return True  # ``the State Attorney's Office``, ``the Harbour Keeper's Liberation Army``
    return text[:1].isupper() and bool(re.match(r"^[^\W\d_][\w.'’\-]*$", text))


def _org_head_after(tok, window: int = 3) -> bool:
    """Whether a run of capitalised words right after ``tok`` ends, within ``window`` words, on a head
    of an organisation's name (``org_heads``): a possessive inside a body's name (``the Workers'
    Office``, ``the People's Liberation Army``), not a possessor before a body (``Norland's army``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Keeper's Liberation Army met. Norland's army met.")
    >>> _org_head_after(doc[2]), _org_head_after(doc[8])
    (True, False)
    """
    doc = tok.doc
    for nxt in doc[tok.i + 1:min(len(doc), tok.i + 1 + window)]:
        if not nxt.text[:1].isupper():
            return False
        if nxt.lower_ in ORG_HEADS:
            return True
    return False


def _hyphen_part(tok) -> bool:
    """A word joined by a hyphen to the name word before it (``Seo-yeon``, ``Min-jae``)."""
    doc = tok.doc
    return (tok.i >= 2 and tok.is_alpha and doc[tok.i - 1].text in "-‐" and not doc[tok.i - 1].whitespace_
            and not doc[tok.i - 2].whitespace_ and doc[tok.i - 2].text[:1].isupper())


#: Particles that end a phrasal verb (``rules out``, ``steps down``): no name ends on one.
_PHRASAL_PARTICLES = language.words("phrasal_particles")


def _plausible(span, label: str, lower_words: set[str]) -> bool:
    """Is a NER span a credible actor name? Filters the small model's usual junk.

    Rejected: digits (except a code such as ``XR21`` or a unit's number, ``5th Brigade``), no
    capital letter, symbols, lines of several names, single common words (written in lower case
    elsewhere in the article or stop words), several words ending on a verb's particle (a title-case
    headline's verb: ``Norland Rules Out``), and platforms named as a medium (``on Twitter``, ``a Telegram post``).
    """
    text = span.text
    if not text or len(text) < 2 or len(span) > (12 if label == "ORG" and _holder_office(span) else 8):
        return False
    unit = label == "ORG" and len(span) > 2 and ORDINAL.fullmatch(span[0].text) is not None
    digits = text.split(maxsplit=1)[1] if unit else text
    if (any(ch.isdigit() for ch in digits) and not CODED_NAME.fullmatch(text)) or not any(ch.isupper() for ch in text):
        return False
    if label == "ORG" and re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* & [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*", text):
        text = text.replace(" & ", " ")  # ``Parekh & Sethna``: a firm's name joined by an ampersand
    if re.search(r"[&@#/\\*<>=+_~^\[\]{}()\"“”«»|•]|https?:|www\.", text):
        return False
    if "\n" in text:
        return False
    if unit:
        span = span[1:]  # ``5th Harbour Brigade``: a unit's number, then its name
    if not _name_words(span):
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


def _name_words(span) -> bool:
    """Whether every word of ``span`` may stand in a name, the first is capitalised, no site menu is
    glued to it (two small letters run into capitals: ``HomeWorld NewsAnn Lee``) and several do not
    end on a verb's particle (``Norland Rules Out`` in a title-case headline)."""
    if not all(_name_token_ok(t) for t in span if not t.is_punct) or not span[0].text[:1].isupper():
        return False
    if glued(span.text) >= 2:
        return False  # ``HomeWorld NewsAnn Lee``: a site's menu glued to a headline, not a name
    last = span[-1]
    return len(span) == 1 or not (last.lower_ in _PHRASAL_PARTICLES and last.text[:1].isupper()
                                  and last.doc[last.i - 1].whitespace_)  # ``Park Su-in`` keeps its ``in``


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
    return gone_to(root) or (root.dep_ == "dobj" and root.head.lemma_.lower() in _VISIT_VERBS)


def gone_to(tok) -> bool:
    """Whether ``tok`` names where someone goes or comes from: the object of ``to``, ``into`` or
    ``from`` after a word whose lemma is one of ``motion_verbs`` (a verb, or a noun written the same:
    ``on his return from Norway``, ``flew to Oslo``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("On his return from Norway, Lee spoke. Lee wrote to Norway.")
    >>> gone_to(doc[4]), gone_to(doc[12])
    (True, False)
    """
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in {"to", "into", "from"} and head.head.lemma_.lower() in _MOTION_VERBS


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


#: What follows a place in capitals that opens a wire story: a bracketed credit and a dash, a
#: dash (a hyphen only with spaces round it: ``UN-backed`` is one word), or a comma and a date
#: (``RURITOWN (Wire) —``, ``RURITOWN - ``, ``RURITOWN, May 2``).
_WIRE_DATELINE_TAIL = re.compile(r"(?:\s*\([^()\n]{1,30}\))?(?:\s*[\u2013\u2014]|\s+-\s)|\s*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b")


def wire_dateline(ctx, cand) -> bool:
    """``RURITOWN (Wire) — Ann Lee said ...``: a discovered name in capitals opening a paragraph
    (the text's first line too, when a wire story comes without its headline) before a credit and
    a dash, a dash, or a date is where the story was filed, not an actor.

    >>> from types import SimpleNamespace
    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("RURITOWN (Wire) — Ann Lee said no.\\n\\nHARBOUR TRUST, a charity, said yes.")
    >>> ctx = SimpleNamespace(text=doc.text)
    >>> [wire_dateline(ctx, SimpleNamespace(origin="ner", span=doc[a:b])) for a, b in ((0, 1), (11, 13))]
    [True, False]
    """
    span = cand.span
    return cand.origin in _DISCOVERED and wire_dateline_end(ctx.text, span.start_char, span.end_char) is not None


def wire_dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the dateline a place in capitals at ``start:end`` opens ends (past its credit and
    dash, or its date: :data:`_WIRE_DATELINE_TAIL`), else None.

    >>> t = "LAKEPORT (Wire) — Ann Lee said no."
    >>> t[wire_dateline_end(t, 0, 8):], wire_dateline_end("Lakeport (Wire) — Ann Lee said no.", 0, 8)
    (' Ann Lee said no.', None)
    >>> wire_dateline_end("UN-backed talks resumed.", 0, 2), wire_dateline_end("KSVF – the union – said no.", 0, 4)
    (None, None)
    """
    if not _caps_opening_line(text, start, end):
        return None
    found = _WIRE_DATELINE_TAIL.match(text, end)
    if found is None or _DASHED_ASIDE.match(text, found.end()):
        return None  # ``KSVF – the ferry union – said``: a name and its aside between dashes
    return found.end()


#: What follows the credit that opens a wire story before its place (``(Wire) – LAKEPORT, MAY 2 –``): the
#: bracket, a dash, and perhaps a place in capitals with what a comma adds (a date, a day, a state) and a
#: second dash.
_CREDIT_FIRST_TAIL = re.compile(r"\)\s*[\u2013\u2014-]\s+(?:[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*"
                                r"(?:,[^\u2013\u2014\n]{0,30}?)?\s[\u2013\u2014-]\s+)?")
#: A bracketed credit (one to four words) that opens a line.
_OPENING_CREDIT = re.compile(r"[ \t]*\(([A-Z][^()\n]{0,29})\)")


def credit_dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the dateline that a bracketed credit opening its line ends, when ``start:end`` lies in that
    credit (``(Wire) – LAKEPORT, MAY 2 – The harbour chief said``: past the second dash; ``(Tide Wire) –
    LAKEPORT, Tuesday –``); else None.

    >>> t = "(Wire) \u2013 LAKEPORT, MAY 2 \u2013 The harbour chief said no."
    >>> t[credit_dateline_end(t, 1, 5):], credit_dateline_end("Talks (Wire) \u2013 The harbour chief said no.", 7, 11)
    ('The harbour chief said no.', None)
    >>> t = "(Tide Wire) \u2013 LAKEPORT, Tuesday \u2013 Ann Lee said no."
    >>> t[credit_dateline_end(t, 6, 10):]
    'Ann Lee said no.'
    """
    line = text.rfind("\n", 0, start) + 1
    opened = _OPENING_CREDIT.match(text, line)
    if opened is None or not opened.start(1) <= start < end <= opened.end(1):
        return None
    found = _CREDIT_FIRST_TAIL.match(text, opened.end(1))
    return found.end() if found else None


#: A lower-case aside closed by a second dash (``– the ferry union –``): what a name, not a
#: dateline, is followed by.
_DASHED_ASIDE = re.compile(r"\s*[a-z][^\u2013\u2014\n]{0,60}?\s[\u2013\u2014-]\s")


def _caps_opening_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is in capitals and opens its line (a dateline's place)."""
    return text[start:end].isupper() and not text[text.rfind("\n", 0, start) + 1:start].strip()


def implausible(ctx, cand) -> bool:
    """``[ORG Doctors]``, ``[PERSON on Twitter]``: what the model tags but no actor's name looks like
    (acronyms joined by a slash, ``AB/C12``, are a name: :func:`.candidates.slash_acronyms`)."""
    if cand.label == "ORG" and SLASH_NAME.fullmatch(cand.span.text):
        return False
    return cand.origin in _DISCOVERED and not _plausible(cand.span, cand.label, state_of(ctx).lower_words)


def work_title(ctx, cand) -> bool:
    """``a film titled "Ann Lee Goes Home"``: a name inside the title of a work."""
    return cand.origin in _DISCOVERED and _in_work_title(ctx.doc, cand.span)


_FORMER = language.words("former_marks")


def _world_row(ctx, actor: str) -> bool:
    """Does the registry in use hold the package's own row for ``actor`` (not a story's)?"""
    row = state_of(ctx).registry.by_name.get(actor)
    world = world_actors().by_name.get(actor)
    return row is not None and world is not None and set(row.aliases) <= set(world.aliases)


_PORTFOLIO = language.words("portfolio_titles")


#: Words that name a portfolio before its office (``Home`` of ``Home Minister``): ``title_modifier_words``.
_PORTFOLIO_WORDS = language.words("title_modifier_words")


def office_words(ctx, cand) -> bool:
    """``Ann Lee, Secretary of Foreign Relations``: a discovered name right after ``Secretary of``
    or ``Minister of`` is the rest of a person's title, not an organisation (``Chairman of
    Acme Bank`` names the bank); so is one that ends in a portfolio's word right before ``Minister``
    or ``Secretary`` (``State Home Minister Ann Lee``: ``title_modifier_words``), whatever the
    model made of it; not a body named with ``of`` or with its head word before the portfolio (``Lakeland
    Board of Trade Commissioner``, ``the Harbour Board Trade Secretary``), nor ``the Home Ministry``."""
    if cand.origin not in _DISCOVERED or cand.label != "ORG":
        return False
    doc, i, end = cand.span.doc, cand.span.start, cand.span.end
    if end < len(doc) and cand.span[-1].lower_ in _PORTFOLIO_WORDS and doc[end].lower_ in _PORTFOLIO \
            and doc[end].text[:1].isupper() and not any(t.lower_ == "of" or t.lower_ in ORG_HEADS for t in cand.span):
        return True  # ``State Home Minister Ann Lee``: the portfolio before the office is the title's front
    if i >= 1 and doc[i - 1].lower_ == "the":
        i -= 1
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PORTFOLIO and doc[i - 2].text[:1].isupper()


#: The roles of :data:`~helpers.actors.registry.WORLD_FILE` rows that name a state's seat or ministry.
_SEAT_ROLES = frozenset({"State seat", "State ministry"})
#: Prepositions that write a building as where something happens (``met at the Palace``).
_AT_PLACE = frozenset({"at", "inside", "outside", "near"})  # ``a clerk in the Palace`` works for it


def capital_as_place(ctx, cand) -> bool:
    """``talks in Ruritown``: a capital is its state only when it acts (``Ruritown said``,
    ``Ruritown's demands``); a dateline or a venue is a place. A capital the story itself
    lists as an alias follows the story."""
    if cand.origin != "registry" or cand.type != "state":
        return False
    text = cand.span.text
    if not is_capital(text) or not _world_row(ctx, cand.actor):
        return False
    return in_dateline(ctx.text, cand.span.start_char, cand.span.end_char) or not _acts(cand.span)


#: Compass and position words that make a region of a state's name (``Northern``, ``Upper``).
_REGION_WORDS = language.words("region_words")


def region_of_state(ctx, cand) -> bool:
    """``talks on Northern Ruritania``: a registered state's name (or its capital's) after a compass
    or position word in title case (:data:`_REGION_WORDS`) is part of a region's name, not the state
    (a state so named, ``North Ruritania``, is registered under its whole name; ``New`` is no such
    word: ``New Ruritania sanctions`` names the state)."""
    if cand.origin != "registry" or cand.type != "state" or cand.span.start == 0:
        return False
    before = cand.span.doc[cand.span.start - 1]
    return (before.is_title and before.lower_ in _REGION_WORDS) or _region_of_other_state(cand)


def _region_of_other_state(cand) -> bool:
    """``the northern Norwegian region of Ruritania``: a state's name after ``of`` and a division noun
    (:data:`_PLACE_WORDS`) that another state's demonym modifies names that state's region, not the
    state (``the Swedish region of Sweden`` would be the state's own); so does the name right after
    another state's demonym (``Norwegian Ruritania``; not ``pro-Norwegian Ruritania``, the state with
    a leaning) or after another state's possessive and before a division noun (``Norway's Ruritania
    region``).

    >>> from types import SimpleNamespace
    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Farmers in the Norwegian region of Sweden and the Swedish region of Sweden met.")
    >>> [_region_of_other_state(SimpleNamespace(span=doc[i:i + 1], country="SWE")) for i in (6, 12)]
    [True, False]
    >>> doc = nlp.bare_nlp()("Farmers in Norwegian Sweden met a pro-Norwegian Sweden.")
    >>> [_region_of_other_state(SimpleNamespace(span=doc[i:i + 1], country="SWE")) for i in (3, 9)]
    [True, False]
    """
    doc, start, end = cand.span.doc, cand.span.start, cand.span.end
    before = doc[start - 1] if start > 0 else None
    if before is not None and demonym_at(before)[0] not in ("", cand.country) \
            and not (start > 1 and doc[start - 2].text in ("-", "\u2010", "\u2011")):
        return True  # ``Norwegian Ruritania``: the neighbour's part of that name (not ``pro-Norwegian Ruritania``)
    if end < len(doc) and doc[end].lower_ in _PLACE_WORDS and start > 1 and before.text in ("'s", "’s") \
            and doc[start - 2].ent_type_ == "GPE":
        return True  # ``Norway's Ruritania region``
    root = cand.span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _PLACE_WORDS:
        return False
    owners = [c for c in prep.head.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
    return any(demonym_at(c)[0] not in ("", cand.country) for c in owners)


def seat_as_place(ctx, cand) -> bool:
    """``met at the Palace``, ``gathered outside the Palace``: a state's seat or ministry of the
    package's list (:data:`_SEAT_ROLES`) written as the building where something happens
    (:data:`_AT_PLACE`; where one goes is :func:`visited_place`); ``the Palace said`` and ``a Palace
    spokesman`` name it. A story's own row keeps its own role."""
    if cand.origin != "registry" or getattr(state_of(ctx).registry.by_name.get(cand.actor), "role", "") not in _SEAT_ROLES:
        return False
    root = cand.span.root
    return root.dep_ == "pobj" and root.head.lower_ in _AT_PLACE


_BLANK_LINE = re.compile(r"\n\s*\n")
_NEWLINE = re.compile(r"\n")
#: A spaced dash after a dateline's place (``Lima – Talks began``).
_SPACED_DASH = re.compile(r"\s+[-–—]{1,2}\s")
#: After a place in title case opening a paragraph, what makes it a dateline: a comma and a few
#: capitalised words or figures (``, Norland, May 2``, ``, Lakeport Wire``) or a bracketed
#: credit, then a spaced dash (``Oslo, Norland -``); or a comma, a date (ending on its day's
#: figure) and a bracketed credit before the first sentence with no dash (``Oslo, May 2 (Wire)
#: Talks began``); words in lower case make it a sentence.
_TITLE_DATELINE = re.compile(r"(?:,(?:\s+[A-Z0-9(][\w.()'’]*){1,6}|\s*\([^()\n]{1,40}\))\s+[-–—]{1,2}\s"
                             r"|,(?:\s+[A-Z][\w.'’]*){0,3}\s+\d{1,4}\s*\([^()\n]{1,40}\)\s+(?=[A-Z\"“‘'])")


#: How many dateline or byline lines may stand between a headline and the first paragraph.
MASTHEAD_LINES = 3
#: What marks a line as a dateline or a byline: ``By``, a separator, a figure (a date), a
#: bracketed credit or a spaced dash (``Oslo, May 2 (Wire) -``, ``By Ann Lee | Oslo``).
_MASTHEAD_MARK = re.compile(r"^\s*by\b|[|·•]|\d|\(|\s[-–—]\s", re.I)


def masthead_line(line: str) -> bool:
    """Whether ``line`` (a block or a line under the headline) is a dateline or byline line: no
    sentence end, not a lower-case continuation, and either as short as a heading
    (:data:`helpers.nlp.HEADING_WORDS`) or, up to a headline's length, marked as one
    (:data:`_MASTHEAD_MARK`: a long ``Monday, May 2 - Live updates from ...``).

    >>> masthead_line("By Ann Lee | Oslo"), masthead_line("Talks began."), masthead_line("and then they left")
    (True, False, False)
    >>> long = "the talks that the two delegations opened in the capital on Monday have gone on through the night"
    >>> masthead_line(long.capitalize()), masthead_line("Monday, May 2 - " + long)
    (False, True)
    """
    line = line.strip()
    if not line or line[-1] in SENTENCE_END or line[:1].islower():
        return False
    words = len(line.split())
    return words <= HEADING_WORDS or (words <= HEADLINE_WORDS and _MASTHEAD_MARK.search(line) is not None)


@lru_cache(maxsize=8)
def lede_blocks(text: str) -> tuple[int, int, int]:
    """Where the headline ends, where the first paragraph starts and where it ends: the first
    paragraph after the headline that is not a dateline or byline line (a short line with no
    sentence end: :func:`masthead_line`). Paragraphs are blocks between blank lines; in
    a text with no more than one blank line, its lines. With no such paragraph, the end of the text;
    with more than :data:`MASTHEAD_LINES` short lines before it, the short lines are no masthead
    (the paragraph starts where the headline ends).

    >>> text = "Title\\nBy Ann Lee | Oslo\\nTalks began.\\nThey stalled."
    >>> [text[a:b] for a, b in ((0, lede_blocks(text)[0]), lede_blocks(text)[1:])]
    ['Title', 'Talks began.']
    >>> lede_blocks("Title\\nOne\\nTwo\\nThree\\nFour\\nTalks began.")[:2]
    (5, 5)
    >>> text = "Title\\nBy Ann Lee\\n\\nTalks began in Oslo and\\nstalled.\\n\\nThey met."
    >>> [text[a:b] for a, b in ((0, lede_blocks(text)[0]), lede_blocks(text)[1:])]
    ['Title', 'Talks began in Oslo and\\nstalled.']
    """
    sep = _BLANK_LINE if len(_BLANK_LINE.findall(text)) > 1 else _NEWLINE
    head_end, short = None, 0
    for start, end in _lede_candidates(text, sep):
        block = text[start:end]
        if head_end is None:
            head_end = end
        elif masthead_line(block):
            short += 1
        else:
            return head_end, (start if short <= MASTHEAD_LINES else head_end), end
    return (head_end or 0), (head_end or 0), len(text)


def _lede_candidates(text: str, sep: re.Pattern):
    """The (start, end) of each non-blank block ``sep`` divides ``text`` into, stripped; in the first
    block, its first line and each short line with no sentence end under it that no lower-case line
    goes on from (a headline with its dateline or byline lines, no blank line between them) stand
    alone, and what follows them in the block is one paragraph."""
    pos, first = 0, True
    for m in [*sep.finditer(text), None]:
        end = m.start() if m is not None else len(text)
        block = text[pos:end].strip()
        if block:
            start = pos + text[pos:end].index(block)
            stop, lines = start + len(block), []
            if first:
                lines = [(start + x.start() + len(x.group()) - len(x.group().lstrip()), start + x.start() + len(x.group().rstrip()))
                         for x in re.finditer(r"[^\n]*\S[^\n]*", block)]
                first = False
            i = 0
            while i < len(lines) - 1:
                line, after = text[slice(*lines[i])], text[slice(*lines[i + 1])]
                if i and (not masthead_line(line) or after[:1].islower()):
                    break
                yield lines[i]
                i += 1
            yield (lines[i][0] if lines else start), stop
        pos = m.end() if m is not None else len(text)


def lede_end(text: str) -> int:
    """Where the article's headline and first paragraph end (:func:`lede_blocks`).

    >>> lede_end("Title\\n\\nFirst paragraph.\\n\\nSecond.")
    23
    >>> text = "Title\\nOSLO, May 2 (Wire) -\\nTalks began.\\nThey stalled."
    >>> text[:lede_end(text)].splitlines()[-1]
    'Talks began.'
    """
    return lede_blocks(text)[2]


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` names where the story is filed from: a place opening a
    paragraph in capitals (``RURITOWN (Wire) —``, ``RURITOWN, May 2 –``) or in title case before a
    comma and a few capitalised words, or a bracketed credit, and a dash (``Ruritown, Lakeport
    Wire -``, :data:`_TITLE_DATELINE`); or a place on a line between the headline and the first
    paragraph that is marked as a dateline or byline (``By Ann Lee | Ruritown``: :func:`lede_blocks`,
    :data:`_MASTHEAD_MARK`; a standfirst ``Ruritown rejects the offer`` is none).

    >>> in_dateline("LIMA (Wire) - Talks began.", 0, 4), in_dateline("Lima said no.", 0, 4)
    (True, False)
    >>> in_dateline("Lima, Andes Wire - Talks began.", 0, 4), in_dateline("Lima, which hosts them - and", 0, 4)
    (True, False)
    >>> in_dateline("Lima, May 2 (Wire) Talks began.", 0, 4), in_dateline("Lima, Quito (the hosts) and Bogota met.", 0, 4)
    (True, False)
    >>> text = "Talks stall\\nBy Ann Lee | Lima | May 2\\nTalks in Lima stalled."
    >>> in_dateline(text, 25, 29), in_dateline(text, 47, 51)
    (True, False)
    >>> in_dateline("Talks stall\\nLima rejects the offer\\nTalks in Lima stalled.", 12, 16)
    False

    A place in title case before a spaced dash is a dateline only where it opens the first
    paragraph and the dash opens a sentence (``Lima – Talks began.``), not a later paragraph's
    place nor an aside between dashes (``Lima – the capital – said no.``):

    >>> text = "Talks stall\\n\\nLima – Talks began.\\n\\nLima – the capital – said no."
    >>> in_dateline(text, 13, 17), in_dateline(text, 33, 37), in_dateline(text[33:], 0, 4)
    (True, False, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    head_end, lede_start, _ = lede_blocks(text)
    if not text[line_start:start].strip():
        tail = text[end:end + 80]
        if (_caps_opening_line(text, start, end) and re.match(r"\s*[,(–—:-]", tail)) or _TITLE_DATELINE.match(tail):
            return True
        dash = _SPACED_DASH.match(tail)
        if start == lede_start and text[start:start + 1].isupper() and dash and tail[dash.end():dash.end() + 1].isupper():
            return True  # ``Ruritown – Talks began.``: a place and a spaced dash opening the first paragraph
    if not head_end <= start < lede_start:
        return False
    line_end = text.find("\n", start)
    return _MASTHEAD_MARK.search(text[line_start:line_end if line_end >= 0 else len(text)]) is not None


def former_holder(ctx, cand) -> bool:
    """``the former Ruritanian president``: a registered title alias after ``former`` / ``ex-``
    names someone who held the office before, not its holder (a name, ``former President Ann
    Lee``, stays)."""
    if cand.origin != "registry" or not any(t.lower_ in TITLES for t in cand.span):
        return False
    doc = cand.span.doc
    before = [t for t in doc[max(0, cand.span.start - 3):cand.span.start] if t.text not in ("-", "–")]
    return any(t.lower_ in _FORMER for t in before[-2:])


#: Nouns of a state's end (``fall``, ``collapse``, ``break-up``).
_ENDING_NOUNS = language.words("state_ending_nouns")


def ended_state(ctx, cand) -> bool:
    """``after the dissolution of Czechoslovakia``, ``since the break-up of Yugoslavia``, ``after
    Yugoslavia's collapse``: a state that no longer exists (a world row marked ``Former state``) named as
    what fell, broke up or ended dates a past event; it does not act. A state of today so named
    (``the collapse of Norway's defence``, a team's ``collapse``) is left alone. Cases in
    ``tests/test_actor_rules.py`` (``filters.ended_state``).
    """
    if cand.origin != "registry" or getattr(state_of(ctx).registry.by_name.get(cand.actor), "role", "") != FORMER_STATE_ROLE:
        return False
    root, doc = cand.span.root, cand.span.doc
    if root.dep_ == "poss":  # ``Yugoslavia's collapse``
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":  # ``the collapse of Yugoslavia``
        noun = root.head.head
    else:
        return False
    word = noun.lemma_.lower()
    if noun.i >= 2 and doc[noun.i - 1].text in ("-", "‐", "‑", "–"):
        word = doc[noun.i - 2].lower_ + noun.lower_  # ``break-up``
    elif noun.lower_ == "up" and noun.i >= 1 and doc[noun.i - 1].lower_ == "break":
        word = "breakup"  # ``the break up of``
    return word in _ENDING_NOUNS


#: Filters on the candidates before names are resolved. The order only decides which rule
#: a dropped name is charged to: zones of the page first, then the shape of the name.
FILTERS = Registry("filters", [
    outlet_name, picture_credit, byline, footnote, address_place, visited_place, wire_dateline,
    implausible, work_title, former_holder, capital_as_place, region_of_state, seat_as_place, office_words, ended_state,
])


def lone_word(ctx, cand) -> bool:
    """``the Harbour said``: a one-word name never introduced by a longer one is kept only
    when some mention of it acts (subject, possessor, agent, source); a format of talks named
    by its noun alone (``envoys of the Quartet``, :data:`GROUPING_NOUNS`) is a name wherever it stands."""
    return len(cand.actor.split()) == 1 and cand.actor not in state_of(ctx).words_ok \
        and not (cand.label == "ORG" and cand.actor.lower() in GROUPING_NOUNS and cand.actor.istitle())


def visited_name(ctx, cand) -> bool:
    """``flew back to Tidewater Freight``: a discovered name named as where someone goes."""
    return _visited_place(cand.span)


def place_name(ctx, cand) -> bool:
    """``Pine Hollow``: a discovered name ending in a place word that never acts."""
    return cand.actor in state_of(ctx).places


def division_as_person(ctx, cand) -> bool:
    """``a schoolteacher from northern Harrow State``: a name the model took for a person whose last
    word is an administrative division (``place_words``: state, province, region, ...) is a place;
    no one's surname is ``Province``."""
    words = cand.actor.split()
    return cand.label == "PERSON" and len(words) >= 2 and words[-1].istitle() and words[-1].lower() in _PLACE_WORDS


_DOCUMENT_ENDINGS = language.words("document_name_endings")


def document_name(ctx, cand) -> bool:
    """``the Lakeport Agreement``, ``the Harbour Summit``, ``AP Photo``: a name whose last word
    makes it a document, an event or a picture credit is no actor."""
    words = cand.actor.split()
    return len(words) >= 2 and words[-1].lower() in _DOCUMENT_ENDINGS


_SETTLEMENTS = language.words("settlement_nouns")
_SETTLEMENT = "|".join(sorted(_SETTLEMENTS))


def named_as_place(ctx, cand) -> bool:
    """``the city of Lakeport``, ``the Lakeport region``: a name the article also writes as a place:
    a lower-case place noun and ``of`` before it (``the central city of Port Vale``), or, for a
    one-word name, the place noun right after it (``Ann Lee's village`` is a person's); not ``the
    village of Ann Lee's parents`` nor ``the home town of Ann Lee``."""
    name = cand.actor
    key = ("filters.named_as_place", name)
    if key not in ctx.memo:
        n = re.escape(name)
        pattern = rf"(?<!\bhome )\b(?:{_SETTLEMENT}) of (?:the )?{n}\b(?![’']s\b)" + (
            "" if " " in name else rf"|\b{n}(?:’s|'s)? (?:{_SETTLEMENT})\b")
        ctx.memo[key] = re.search(pattern, ctx.text) is not None
    return ctx.memo[key]


def title_only(ctx, cand) -> bool:
    """``[PERSON Ruritanian] President Ann Lee``, ``the [ORG Lieutenant General] told reporters``: a discovered
    name that is only titles, perhaps after a demonym of one word or two (``Ruritanian President``,
    ``Sri Lankan President``, ``Lieutenant General``), is the office, not a name (the quote module gives a bare title to whoever holds it)."""
    rest = _after_demonym([w.lower().strip(".") for w in cand.actor.split()])
    return bool(rest) and all(w in TITLES for w in rest) and (cand.label == "PERSON" or len(rest) >= 2)


def _after_demonym(words: list[str]) -> list[str]:
    """The lower-case words of a name after the state's demonym that opens it, of two words when
    they make one (``sri lankan``) and perhaps plural; all the words when none opens it.

    >>> _after_demonym(["sri", "lankan", "president"]), _after_demonym(["costa", "ricans"]), _after_demonym(["ann", "lee"])
    (['president'], [], ['ann', 'lee'])
    """
    for n in (2, 1):
        head = " ".join(words[:n])
        if len(words) >= n and (head in DEMONYMS or (head.endswith("s") and head[:-1] in DEMONYMS)):
            return words[n:]
    return words


def demonym_only(ctx, cand) -> bool:
    """``[PERSON Sri Lankan] officials said``: a discovered name that is only a state's demonym, of
    one word or two, perhaps plural (``Sri Lankans``), is the state's adjective, not anyone's name;
    a name with another word (``Ann English``) stays."""
    return not _after_demonym(cand.actor.lower().split())


#: Filters on discovered names once resolved to the article's full names (they ask how
#: every mention of the name is used).
RESOLVED_FILTERS = Registry("resolved_filters", [lone_word, visited_name, place_name, division_as_person, document_name,
                                                 named_as_place, title_only, demonym_only])


def dropped_by(registry, ctx, cand) -> str | None:
    """The qualified name of the first rule of ``registry`` that drops ``cand``, else None."""
    for qualified, rule in registry.active():
        if registry.call(qualified, rule, ctx, cand):
            return qualified
    return None
