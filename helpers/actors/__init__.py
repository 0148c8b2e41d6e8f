"""Actors: the registry, mention finding, and discovery of names the registry lacks.

The registry (a story's ``actors.csv``) is topic data a researcher edits:
one row per actor with its canonical name, type (person, organization,
state), country (ISO alpha-3, ``INT`` for international bodies), ``|``-separated
aliases (spellings, titles, capitals used for the state), role and validity
dates. Matching is case-insensitive, except for short all-capital acronyms
(``US`` must not match the pronoun ``us``).

Names the registry lacks are discovered from spaCy's NER (PERSON and ORG);
a later bare surname resolves to the longest form seen in the article.
Places used only as places are not actors: an unregistered GPE (a city, a
region) is never an actor, and a registered state written as part of an
address (``Osaka, Japan``) is a place.

The package, in the order an article goes through it:

- :mod:`.registry`: the registry file, canonical names, alias matching;
- :mod:`.candidates`: names the model misses or splits, acronyms defined in brackets;
- :mod:`.filters`: zones and shapes where a name is not an actor;
- :mod:`.names`: cleaning names and resolving short forms to the article's full names;
- :mod:`.countries`: countries of discovered actors;
- :mod:`.mentions`: :func:`find_mentions`, the whole chain for one article;
- :mod:`.tables`: mentions and actors as tables.

>>> reg = registry_from_records([{"canonical": "Jane Roe", "type": "person",
...     "country": "USA", "aliases": "Roe|the senator"}])
>>> canonical("the Senator", reg)
'Jane Roe'
"""
from __future__ import annotations

from .candidates import acronym_definitions, bare_acronyms, headed_organisations, joined_entities, \
    possessive_offices
from .mentions import find_mentions
from .names import clean_name, doc_text, initials
from .registry import ACTOR_COLUMNS, LABELS, MENTION_COLUMNS, REGISTRY_COLUMNS, REGISTRY_FILE, TYPES, Actor, \
    Registry, canonical, load_registry, registry_from_records, registry_matches, ruler_patterns, \
    story_registry
from .tables import actors_table, mentions_frame
from .words import DEMONYMS, DEMONYMS_FILE, DESIGNATORS, HONORIFICS, ORG_HEADS, ORG_TRAILERS, TITLES, \
    demonym_at, load_demonyms

__all__ = [
    "ACTOR_COLUMNS", "DEMONYMS", "DEMONYMS_FILE", "DESIGNATORS", "HONORIFICS", "LABELS", "MENTION_COLUMNS",
    "ORG_HEADS", "ORG_TRAILERS", "REGISTRY_COLUMNS", "REGISTRY_FILE", "TITLES", "TYPES", "Actor", "Registry",
    "acronym_definitions", "actors_table", "bare_acronyms", "canonical", "clean_name", "demonym_at", "doc_text",
    "find_mentions", "headed_organisations", "initials", "joined_entities", "load_demonyms", "load_registry",
    "mentions_frame", "possessive_offices", "registry_from_records", "registry_matches", "ruler_patterns",
    "story_registry",
]
