"""One state for a short name two states share (``Congo``, ``Korean``), read per article.

The world list gives a shared short name and its demonym to one state (``Congo`` -> the Democratic
Republic of the Congo). An article that introduces the other state by a name of its own (``the Republic
of Congo``, ``Brazzaville``) before it first writes the bare short name, or names it so at least twice (a
headline may write the short name first), never names the default state by
one (``DR Congo``, ``Kinshasa``, also in a compound: ``DRC-backed``) and never writes the other's name and
the bare short name in one sentence (``the Republic of Congo urged Congo to ...`` sets two states apart)
writes the short name for the other state. Only what the short name made moves: a mention written with it,
the default state's own rows (a speaker, a holder, an addressee, a relation's end named by its canonical
name), an actor described with it (``unnamed: Congolese officials``) and a holder whose state was only
guessed (the article's lead state, its headline's: read from the short name); a person or a body the list
places in the default state (a news agency) stays, and so does a person the text calls by the shared demonym
(a ``Korean analyst`` in a report on the North is most often the South's). The pairs are language data
(``words/shared_state_names.csv``: ``congo=COD>COG``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import language
from .across import GUESSED_SIDES
from .registry import world_actors
from .words import DEMONYMS

#: (name column, the code column beside it, if any), in the per-article tables.
PAIRS = (("actor", "country"), ("speaker", "speaker_country"), ("holder", "holder_country"),
         ("addressee", ""), ("source", ""), ("target", ""))
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
    """ISO code -> (canonical name, every name of its own: the world list's canonical name and aliases,
    its capital among them, and its demonyms)."""
    out = {}
    for actor in world_actors().by_name.values():
        if actor.type == "state" and actor.country:
            names = (actor.canonical, *actor.aliases, *(d for d, code in DEMONYMS.items() if code == actor.country))
            out.setdefault(actor.country, (actor.canonical, names))
    return out


def _name_spans(text: str, codes: tuple[str, ...], shared: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, code) of every name of its own of the states ``codes`` in ``text`` (not a shared
    word), longest name first, a name inside a longer one found before not counted (``Republic of
    Congo`` in ``Democratic Republic of Congo``); a name in a compound counts (``DRC-backed``)."""
    names = sorted(((n, code) for code in codes for n in _state_names().get(code, ("", ()))[1]
                    if n.lower() not in shared), key=lambda x: -len(x[0]))
    taken: list[tuple[int, int, str]] = []
    for name, code in names:
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, flags=re.IGNORECASE):
            if not any(a <= m.start() < b for a, b, _ in taken):
                taken.append((m.start(), m.end(), code))
    return sorted(taken)


def _bare_shared(text: str, shared: frozenset[str], names: list[tuple[int, int, str]]) -> list[int]:
    """Where the text writes a shared word outside any state's own name (``Congo``, not the ``Congo``
    of ``Republic of Congo``)."""
    found = []
    for word in shared:
        for m in re.finditer(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text, flags=re.IGNORECASE):
            if not any(a <= m.start() < b for a, b, _ in names):
                found.append(m.start())
    return sorted(found)


#: How often an article must name the other state by names of its own when it writes the short name
#: first (a headline's ``Congo``): once in passing is no evidence, the short name is then the default's.
OTHER_NAMINGS = 2

#: Where a sentence ends, for telling whether two names share one.
_SENTENCE_END = re.compile(r"[.!?]+[\s\u201d\u2019\"']+|\n+")


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
    >>> article_swaps("Korea's envoy met the rebels. Later North Korea said so.")  # the short name first, one naming
    {}
    >>> article_swaps("Korea's envoy met the rebels. Later North Korea said so. Pyongyang agreed.")
    {'KOR': 'PRK'}
    >>> article_swaps("North Korea urged Korea to talk.")  # the two set apart in one sentence
    {}
    >>> article_swaps("North Korea fired two missiles.")  # no bare short name at all
    {}
    """
    swaps = {}
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    for shared, default, other in shared_pairs():
        names = _name_spans(text, (default, other), shared)
        bare = _bare_shared(text, shared, names)
        if not bare or {code for _, _, code in names} != {other}:
            continue
        first_other = min(a for a, _, code in names if code == other)
        introduced = first_other < bare[0] or len(names) >= OTHER_NAMINGS
        apart = {bisect_right(ends, a) for a, _, _ in names} & {bisect_right(ends, b) for b in bare}  # one sentence
        if introduced and not apart:
            swaps[default] = other
    return swaps


def one_state_per_name(found: dict[str, list[dict]], text: str) -> dict[str, list[dict]]:
    """An article's rows (table -> rows) with what the shared short name made written as the other
    state of :func:`article_swaps`: a mention written with the short name, the default state's own rows
    (by its canonical name in a name column of :data:`PAIRS`, its code in the column beside it) and an
    actor with no code of its own described with the short name; a moved condition adds this rule to its
    ``holder_rule``, a moved mention names it as its ``rule``.

    >>> rows = {"mentions": [dict(actor="South Korea", country="KOR", surface="Korea", rule="x"),
    ...                      dict(actor="Seoul Wire", country="KOR", surface="Seoul Wire", rule="y")],
    ...         "conditions": [dict(holder="South Korea", holder_country="KOR", addressee="", holder_rule="h")]}
    >>> out = one_state_per_name(rows, "North Korea signed. Korea's army withdrew.")
    >>> [(m["actor"], m["country"], m["rule"]) for m in out["mentions"]]
    [('North Korea', 'PRK', 'places.shared_state_name'), ('Seoul Wire', 'KOR', 'y')]
    >>> out["conditions"][0]["holder"], out["conditions"][0]["holder_country"], out["conditions"][0]["holder_rule"]
    ('North Korea', 'PRK', 'h; places.shared_state_name')
    """
    swaps = article_swaps(text)
    if not swaps:
        return found
    names = _state_names()
    renamed = {names[a][0]: names[b][0] for a, b in swaps.items() if a in names and b in names}
    words = {word: swaps[default] for ws, default, _ in shared_pairs() if default in swaps for word in ws}
    return {table: [_swapped(row, swaps, renamed, words) for row in rows] for table, rows in found.items()}


def _lead_state_guess(row: dict) -> bool:
    """Whether a condition's holder only has a guessed state (:data:`helpers.actors.across.GUESSED_SIDES`: the
    state the article is about, its headline's, that of an office named the sentence before): in an article
    that writes the short name for the other state, that guess was read from the short name.

    >>> _lead_state_guess(dict(holder_rule="condition_holder.subject_of_clause; condition_side.home_state"))
    True
    >>> _lead_state_guess(dict(holder_rule="condition_holder.subject_of_clause"))
    False
    """
    return any(guess in str(row.get("holder_rule") or "").split("; ") for guess in GUESSED_SIDES)


def _described(name: str, words: dict[str, str]) -> str | None:
    """The other state a name's own words give through a shared word (``unnamed: Korean envoy``), else None."""
    return next((words[w] for w in re.findall(r"[^\W\d_]+", name.lower()) if w in words), None)


def _swapped(row: dict, codes: dict[str, str], renamed: dict[str, str], words: dict[str, str]) -> dict:
    """``row`` with what the shared word made moved to the other state (:func:`one_state_per_name`)."""
    new = dict(row)
    if "surface" in row and row.get("country") in codes and str(row.get("surface", "")).strip().lower() in words:
        new.update(country=codes[row["country"]], actor=renamed.get(row.get("actor"), row.get("actor")), rule=RULE)
        return new
    for name, code in PAIRS:
        if name not in row:
            continue
        value = str(row.get(name) or "")
        if value in renamed:  # the default state itself
            new[name] = renamed[value]
            if code and code in row and row[code] in codes:
                new[code] = codes[row[code]]
        elif code and code in row and (not row[code] or row[code] in codes) and (found := _described(value, words)):
            new[code] = found  # ``unnamed: Korean envoy``: what the corpus would read as the default
        elif code == "holder_country" and row.get(code) in codes and _lead_state_guess(row):
            new[code] = codes[row[code]]  # the lead state the short name gave the article
    if new != row and "holder_rule" in row:
        new["holder_rule"] = "; ".join(filter(None, (str(row.get("holder_rule") or ""), RULE)))
    return new
