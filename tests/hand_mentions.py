"""Hand-made mention dicts for unit tests, so extractors can be tested without the actors module."""
from __future__ import annotations

import re


def mentions_in(text: str, actors: dict[str, tuple[str, str, str]], name: str = "t.txt") -> list[dict]:
    """Every occurrence of a known surface in ``text`` as a mention (longest surface wins).

    ``actors`` maps a surface to (canonical, type, country).

    >>> [m["actor"] for m in mentions_in("Ann Roe met Roe.", {"Ann Roe": ("Ann Roe", "person", "GBR"),
    ...                                                        "Roe": ("Ann Roe", "person", "GBR")})]
    ['Ann Roe', 'Ann Roe']
    """
    taken, out = set(), []
    for surface in sorted(actors, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(surface)}\b", text):
            if taken & set(range(m.start(), m.end())):
                continue
            taken |= set(range(m.start(), m.end()))
            actor, type_, country = actors[surface]
            out.append({"article": name, "actor": actor, "type": type_, "country": country,
                        "surface": surface, "start": m.start(), "end": m.end(), "sentence": "",
                        "sent_start": 0, "source": "registry"})
    return sorted(out, key=lambda m: m["start"])
