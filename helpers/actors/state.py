"""What the actor rules share within one article: the candidates and the article's facts.

A :class:`Candidate` is a name found in the text before the filters and name
resolution; :class:`ActorState` holds what the rules compute once per article
(the registry, the skip zones, the words written in lower case, the tokens of
registered names). It lives in ``ctx.memo["actors"]``, never in module state.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: ``ctx.memo`` key of the article's :class:`ActorState`.
MEMO_KEY = "actors"


@dataclass
class Candidate:
    """One name in the text: its span, its label and the rule that found it.

    ``origin`` says how the name is known: ``registry`` (an alias), ``defined``
    (an acronym defined in brackets, or its later uses), ``joined`` (a name the
    model split or missed) or ``ner`` (an entity of the model).
    """

    span: Any
    label: str
    origin: str
    actor: str = ""
    type: str = ""
    country: str = ""
    rule: str = ""

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    def overlaps(self, other) -> bool:
        """Do the two (candidate or span) token ranges overlap?"""
        return self.span.start < other.end and other.start < self.span.end


@dataclass
class ActorState:
    """Per-article facts the actor rules consult (see the module docstring)."""

    registry: Any
    zones: dict = field(default_factory=dict)
    lower_words: set = field(default_factory=set)
    registered_toks: set = field(default_factory=set)
    matches: list = field(default_factory=list)
    forms: dict = field(default_factory=dict)
    initials: dict = field(default_factory=dict)
    person_names: set = field(default_factory=set)
    org_words: set = field(default_factory=set)
    full_labels: dict = field(default_factory=dict)
    words_ok: set = field(default_factory=set)
    places: set = field(default_factory=set)
    #: How often the article's mentions name each state (by country code), once the mentions are known.
    state_counts: dict = field(default_factory=dict)
    #: The same counts over the headline and first paragraph only (no dateline or byline place).
    lede_counts: dict = field(default_factory=dict)
    #: The counts of the places on the lede's dateline and byline lines (``countries.state_tallies``).
    filed_counts: dict = field(default_factory=dict)
    #: How often the states the article writes only as places (``mentions.state_only_as_place``) are
    #: written as where someone holds or operates (``countries.ground_tallies``), by country code: the
    #: ground of a story that names no state as an actor.
    place_counts: dict = field(default_factory=dict)
    #: Discovered actors whose country only a guessing rule gave (``countries.GUESSES``).
    guessed: set = field(default_factory=set)


def state_of(ctx) -> ActorState:
    """The article's :class:`ActorState` (set by ``find_mentions``)."""
    return ctx.memo[MEMO_KEY]
