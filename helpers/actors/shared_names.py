"""One state for a short name two states share (``Congo``, ``Korean``), read per article.

The world list gives a shared short name and its demonym to one state (``Congo`` -> the Democratic
Republic of the Congo). An article that names the other state by a name of its own (``the Republic of
Congo``, ``Brazzaville``) and never the default state by one (``DR Congo``, ``Kinshasa``) writes the
short name for the other state: every row of the default state in that article (a mention, a speaker's
side, a condition's holder or addressee, a relation's end) is the other's. The pairs are language
data (``words/shared_state_names.csv``: ``congo=COD>COG``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import language
from .registry import world_records
from .words import DEMONYMS

#: The columns of each per-article table that hold a state's ISO code, and those that hold an actor's name.
CODE_COLUMNS = ("country", "speaker_country", "holder_country")
NAME_COLUMNS = ("actor", "speaker", "holder", "addressee", "source", "target")
#: (name column, code column) of the actors whose code the corpus reads from their words when empty.
DESCRIBED = (("speaker", "speaker_country"), ("holder", "holder_country"))
#: The rule a state mention read as the other state names.
RULE = "places.shared_state_name"


@lru_cache(maxsize=1)
def shared_pairs() -> tuple[tuple[frozenset[str], str, str], ...]:
    """((shared words), default code, other code) for each pair of ``shared_state_names``.

    >>> [(sorted(words), default, other) for words, default, other in shared_pairs()][0]
    (['congo', 'congolese'], 'COD', 'COG')
    """
    pairs: dict[tuple[str, str], set[str]] = {}
    for entry in language.words("shared_state_names"):
        word, codes = entry.split("=", 1)
        default, other = codes.upper().split(">", 1)
        pairs.setdefault((default, other), set()).add(word)
    return tuple((frozenset(words), default, other) for (default, other), words in sorted(pairs.items()))


@lru_cache(maxsize=1)
def _state_names() -> dict[str, tuple[str, tuple[str, ...]]]:
    """ISO code -> (canonical name, every name of its own: canonical, aliases, capitals, demonyms)."""
    out = {}
    for r in world_records():
        if r.get("type") != "state" or not r.get("country"):
            continue
        names = [r["canonical"], *str(r.get("aliases") or "").split("|"), *str(r.get("capital") or "").split("|")]
        names += [d for d, code in DEMONYMS.items() if code == r["country"]]
        out.setdefault(r["country"], (r["canonical"], tuple(n.strip() for n in names if n.strip())))
    return out


def _named_states(text: str, codes: tuple[str, str], shared: frozenset[str]) -> set[str]:
    """The codes of ``codes`` whose own names (not a shared word) the text writes, longest name first,
    a name inside a longer one found before not counted (``Republic of Congo`` in ``Democratic Republic
    of Congo``)."""
    names = sorted(((n, code) for code in codes for n in _state_names().get(code, ("", ()))[1]
                    if n.lower() not in shared), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    found = set()
    for name, code in names:
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, flags=re.IGNORECASE):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            found.add(code)
    return found


def article_swaps(text: str) -> dict[str, str]:
    """Default code -> other code for each shared short name the article uses for the other state.

    >>> article_swaps("North Korea wants a pact. The Korean envoy said so.")
    {'KOR': 'PRK'}
    >>> article_swaps("South Korea wants a pact. The Korean envoy said so.")
    {}
    >>> article_swaps("Pyongyang and Seoul met. The Korean envoy said so.")
    {}
    >>> article_swaps("The Democratic People's Republic of Korea wants a pact. Korea's envoy said so.")
    {'KOR': 'PRK'}
    """
    lowered = text.lower()
    swaps = {}
    for shared, default, other in shared_pairs():
        if not any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", lowered) for w in shared):
            continue
        if _named_states(text, (default, other), shared) == {other}:
            swaps[default] = other
    return swaps


def one_state_per_name(found: dict[str, list[dict]], text: str) -> dict[str, list[dict]]:
    """An article's rows (table -> rows) with each default state of :func:`article_swaps` written as
    the other state: its code in :data:`CODE_COLUMNS`, its canonical name in :data:`NAME_COLUMNS`.

    >>> rows = {"mentions": [dict(actor="South Korea", country="KOR", surface="Korea", rule="x")],
    ...         "conditions": [dict(holder="Ann Lee", holder_country="KOR", addressee="South Korea")]}
    >>> out = one_state_per_name(rows, "North Korea signed. Korea's army withdrew.")
    >>> out["mentions"][0]["actor"], out["mentions"][0]["country"], out["mentions"][0]["rule"]
    ('North Korea', 'PRK', 'places.shared_state_name')
    >>> out["conditions"][0]["holder_country"], out["conditions"][0]["addressee"]
    ('PRK', 'North Korea')
    """
    swaps = article_swaps(text)
    if not swaps:
        return found
    names = _state_names()
    renamed = {names[a][0]: names[b][0] for a, b in swaps.items() if a in names and b in names}
    described = {word: swaps[default] for words, default, _ in shared_pairs() if default in swaps for word in words}
    out = {}
    for table, rows in found.items():
        out[table] = [_swapped(row, swaps, renamed, described, table == "mentions") for row in rows]
    return out


def _swapped(row: dict, codes: dict[str, str], renamed: dict[str, str], described: dict[str, str],
             mention: bool) -> dict:
    """``row`` with the codes and names swapped, and an actor with no code whose own words hold a
    shared word (``unnamed: Korean envoy``) given the state the article means by it (where the corpus
    would read the word as the default state's); a state mention swapped names this rule as its own."""
    new = {k: (codes.get(v, v) if k in CODE_COLUMNS else renamed.get(v, v) if k in NAME_COLUMNS else v)
           for k, v in row.items()}
    for name, code in DESCRIBED:
        if name in new and code in new and not new[code]:
            words = re.findall(r"[^\W\d_]+", str(new[name]).lower())
            new[code] = next((described[w] for w in words if w in described), new[code])
    if mention and new != row and row.get("actor") in renamed:
        new["rule"] = RULE
    return new
