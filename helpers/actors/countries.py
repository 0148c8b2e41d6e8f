"""Types and countries of discovered actors: what the article says about each name.

A registered actor's type and country come from the registry; a discovered
name's type is decided by how the article writes all its forms (``kinds``) and
its country by the demonyms the text attaches to it (``countries``).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..rules import Registry
from .names import _sentence
from .state import state_of
from .words import DEMONYMS

_CLAUSE_END = {",", ".", ";", "—", "–"}


# ---------------------------------------------------------------- types

def one_word_firm(ctx, label: str, name: str) -> str | None:
    """``Denso Corp`` tagged ORG once and ``Denso said`` tagged PERSON: a one-word name the
    article also writes as an organisation is one."""
    return "ORG" if len(name.split()) == 1 and name in state_of(ctx).org_words else None


def person_seen(ctx, label: str, name: str) -> str | None:
    """``Ann Lee`` tagged PERSON once: every mention resolved to that name is a person."""
    return "PERSON" if name in state_of(ctx).person_names else None


def full_form_label(ctx, label: str, name: str) -> str | None:
    """``Lee`` tagged ORG resolves to ``Ann Lee``: the label of the full name's own mentions."""
    return state_of(ctx).full_labels.get(name)


#: The type of a discovered name, first answer wins, else the model's label of the mention
#: itself (``[ORG Tidewater Freight]``). Policy: an organisation's one-word name beats a stray
#: PERSON tag; a person's name beats the labels of its parts.
KINDS = Registry("kinds", [one_word_firm, person_seen, full_form_label])


def kind_of(ctx, label: str, name: str) -> str:
    """The entity label (PERSON or ORG) of a discovered name (see :data:`KINDS`); the model's
    own ``label`` when no rule answers."""
    return KINDS.first(ctx, label, name)[1] or label


# ---------------------------------------------------------------- countries

def demonym_before(ctx, span) -> str | None:
    """``Ruritanian analyst Ann Lee``: a demonym in the four words before the name (nearest first)."""
    doc = span.doc
    sent = _sentence(span)
    for tok in reversed(doc[max(sent.start, span.start - 4):span.start]):
        if tok.lower_ in DEMONYMS:
            return DEMONYMS[tok.lower_]
    return None


def demonym_after(ctx, span) -> str | None:
    """``Ann Lee, a Ruritanian engineer,``: a demonym in the apposition after the name."""
    doc = span.doc
    sent = _sentence(span)
    if not (span.end < sent.end and doc[span.end].text == ","):
        return None
    for tok in doc[span.end + 1:min(sent.end, span.end + 9)]:
        if tok.text in _CLAUSE_END:
            break
        if tok.lower_ in DEMONYMS:
            return DEMONYMS[tok.lower_]
    return None


#: Where the text states a discovered name's country, first answer wins: before the name, then after.
COUNTRIES = Registry("countries", [demonym_before, demonym_after])


def _stated_country(ctx, span) -> str:
    """ISO code of a demonym the text attaches to a name, else ''."""
    return COUNTRIES.first(ctx, span)[1] or ""


def _fill_countries(ctx, mentions: list[dict]) -> None:
    """Give every mention of a discovered actor the country the text states at any of them."""
    stated: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if m["source"] != "discovered":
            continue
        span = ctx.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        code = m["country"] or (_stated_country(ctx, span) if span is not None else "")
        if code:
            stated[m["actor"]][code] += 1
    for m in mentions:
        if m["source"] == "discovered" and stated.get(m["actor"]):
            m["country"] = sorted(stated[m["actor"]].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
