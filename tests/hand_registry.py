"""An invented story's actor registry for unit tests, so that no test names the seeds' people or places.

The story: Veldania (capital Tarsk, presidency "the Citadel") at war with Marchia (capital
Lissa); the United Shires of Corvenia (capital Ambrel, "US") mediate; the Northern Compact is
their alliance, the Corvenian Congress its legislature; North and South Velmark are two states of one name. As for any story, the registry adds the package's states and international
bodies (language data) to the story's own actors.

>>> WORLD.by_name["Oren Valcourt"].country, WORLD.by_name["Canada"].type
('VEL', 'state')
"""
from __future__ import annotations

import pandas as pd

from helpers import actors, story

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
    {"canonical": "Lakeside Policy Forum", "type": "organization", "country": "COR", "aliases": ""},
    {"canonical": "Corvenian Congress", "type": "organization", "country": "COR", "aliases": "Congress"},
    {"canonical": "North Velmark", "type": "state", "country": "NVM", "aliases": ""},
    {"canonical": "South Velmark", "type": "state", "country": "SVM", "aliases": ""},
]

#: The invented story's registry (its actors, then the package's states and international bodies).
WORLD = actors.story_registry(story.story_from_frames("invented", actors=pd.DataFrame(RECORDS)))
