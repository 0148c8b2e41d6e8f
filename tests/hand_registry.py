"""An invented story's actor registry for unit tests, so that no test names the seeds' people or places.

The story: Veldania (capital Tarsk, presidency "the Citadel") at war with Marchia (capital
Lissa); the United Shires of Corvenia (capital Ambrel, "US") mediate; the Northern Compact is
their alliance. A few real states the seeds never name stand beside them, for the tests of
names that end in a state (an agency "... Canada", "Seafarers UK", an address "..., Portugal").

>>> WORLD.by_name["Oren Valcourt"].country
'VEL'
"""
from __future__ import annotations

from helpers import actors

RECORDS = [
    {"canonical": "Oren Valcourt", "type": "person", "country": "VEL",
     "aliases": "Valcourt|Veldanian President|President of Veldania"},
    {"canonical": "Ilka Dornan", "type": "person", "country": "VEL",
     "aliases": "Dornan|Citadel spokesman|Citadel spokesperson"},
    {"canonical": "Sava Mirecki", "type": "person", "country": "VEL", "aliases": "Mirecki|Sava Mirezki|Mirezki"},
    {"canonical": "Harlan Pryce", "type": "person", "country": "COR", "aliases": "Pryce"},
    {"canonical": "Citadel", "type": "organization", "country": "VEL", "aliases": "the Citadel"},
    {"canonical": "Northern Compact", "type": "organization", "country": "INT", "aliases": "the Compact"},
    {"canonical": "Keystone Media", "type": "organization", "country": "COR", "aliases": "Keystone"},
    {"canonical": "Veldania", "type": "state", "country": "VEL", "aliases": "Tarsk"},
    {"canonical": "Marchia", "type": "state", "country": "MAR", "aliases": "Lissa"},
    {"canonical": "United Shires of Corvenia", "type": "state", "country": "COR", "aliases": "Corvenia|US|Ambrel"},
    {"canonical": "Canada", "type": "state", "country": "CAN", "aliases": ""},
    {"canonical": "Germany", "type": "state", "country": "DEU", "aliases": ""},
    {"canonical": "Portugal", "type": "state", "country": "PRT", "aliases": ""},
    {"canonical": "United Kingdom", "type": "state", "country": "GBR", "aliases": "UK|Britain"},
]

#: The invented story's registry.
WORLD = actors.registry_from_records(RECORDS)
