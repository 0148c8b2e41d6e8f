"""Titles used alone for a person named elsewhere: ``the deputy minister``, ``the head of state``.

A definite, singular title phrase (``the foreign minister said``) names the person the
article has given that title: as a title before the name (``Deputy Minister Ann Lee``),
in an appositive (``Ann Lee, the deputy minister of justice,``) or, with a story, as the
role or an alias in the story's registry. Equivalent titles come from
``data/words/title_equivalents.csv`` (``head of state`` = ``president``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import language
from ..actors import DEMONYMS, TITLES, story_registry
from .article import QuoteArticle

_DETERMINERS = ("the", "this", "that")
#: Words a title phrase may hold besides the titles themselves (``head of state``).
_OFFICE_WORDS = frozenset({"head", "state", "government", "affairs", "justice", "staff", "armed", "forces", "supreme",
                           "former"})
OFFICE_NOUNS = language.words("office_nouns")
#: Nouns of a person's role that, capitalised after ``the``, make a job title (``the Regional Coordinator``).
ROLE_NOUNS = language.words("source_nouns") | language.words("spokes_nouns")


@lru_cache(maxsize=1)
def equivalents() -> dict[str, tuple[str, ...]]:
    """Title -> the titles that name the same office (``data/words/title_equivalents.csv``).

    >>> "president" in equivalents()["head of state"]
    True
    """
    out: dict[str, list[str]] = {}
    for left, right in _title_pairs("title_equivalents"):
        out.setdefault(left.lower(), []).append(right)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, list[str]]:
    """A title's abbreviation as headlines write it (case kept) -> the title's words
    (``data/words/title_abbreviations.csv``).

    >>> abbreviations()["PM"]
    ['prime', 'minister']
    """
    return {left: right.split() for left, right in _title_pairs("title_abbreviations")}


def _title_pairs(name: str) -> list[tuple[str, str]]:
    """The ``left=right`` rows of a word list of titles (the right side in lower case); a row
    without both sides is an error naming the list."""
    out = []
    for pair in language.ordered(name):
        left, sep, right = (x.strip() for x in pair.partition("="))
        if not sep or not left or not right:
            raise ValueError(f"{name}: {pair!r} is not a 'left=right' row")
        out.append((left, right.lower()))
    return out


def title_words(head) -> list[str] | None:
    """The words of a definite, singular title phrase headed by ``head``, else None.

    ``the Deputy Minister`` -> ``['deputy', 'minister']``; ``the Head of State`` ->
    ``['head', 'of', 'state']``; ``the Ruritanian foreign minister`` -> ``['ruritanian',
    'foreign', 'minister']``; ``the ministers``, ``a minister``, ``Lee's deputy`` -> None.
    """
    capitalised = head.text[:1].isupper() and head.lower_ in ROLE_NOUNS  # ``the Deputy Security Coordinator``
    office = (head.lower_ in TITLES or capitalised
              or (head.lower_ in _OFFICE_WORDS and any(c.lower_ == "of" for c in head.children)))
    if not office or head.tag_ in ("NNS", "NNPS"):
        return None
    toks = [t for t in head.subtree if t.i <= head.i]
    toks += [t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i for t in c.subtree]
    det = next((t for t in toks if t.dep_ in ("det", "poss") and t.head.i == head.i), None)
    if det is None or (det.lower_ not in _DETERMINERS and det.dep_ != "poss"):
        return None
    own = {t.i for t in det.subtree} if det.dep_ == "poss" else {det.i}
    words = [t.lower_ for t in toks if t.is_alpha and t.i not in own]
    if capitalised and not all(t.text[:1].isupper() for t in toks if t.is_alpha and t.i not in own and t.lower_ != "of"):
        return None
    if not capitalised and not all(w in TITLES or w in _OFFICE_WORDS or w in DEMONYMS or w == "of" for w in words):
        return None  # ``the minister's plan``, ``the minister of a small party``: not a bare title
    return words


def possessor_side(art: QuoteArticle, head) -> set[str]:
    """The country of a state that owns the title: ``Ruritania's foreign minister`` -> {its code}."""
    det = next((c for c in head.children if c.dep_ == "poss"), None)
    if det is None:
        return set()
    found = art.mentions_in(det.left_edge.idx, det.idx + len(det))
    return {m["country"] for m in found if m.get("type") == "state" and m.get("country")}


def _has_words(words: list[str], text: str) -> bool:
    return all(re.search(rf"\b{re.escape(w)}s?\b", text) for w in words if w != "of" and w not in DEMONYMS)


def title_fits(words: list[str], evidence: str) -> bool:
    """Does ``evidence`` (lower-case) give the title ``words`` or an equivalent one?

    >>> title_fits(["head", "of", "state"], "the president of ruritania")
    True
    >>> title_fits(["deputy", "minister"], "the minister of justice")
    False
    """
    if _has_words(words, evidence):
        return True
    return any(_has_words(alt.split(), evidence) for alt in equivalents().get(" ".join(words), ()))


def title_before(text: str, start: int) -> str:
    """The title words written right before a name at ``start`` (no punctuation between; two
    capitalised titles joined by ``and`` are both its, a lower-case one before ``and`` is someone
    else's: ``the president and Finance Minister Ann Roe``).

    >>> t = "Lee, the mayor, met Deputy Finance Minister Ann Roe."
    >>> title_before(t, t.index("Ann"))
    'Deputy Finance Minister'
    >>> t = "Lee met the Premier and Finance Minister Ann Roe and Bo Kim."
    >>> title_before(t, t.index("Ann")), title_before(t, t.index("Bo"))
    ('Premier and Finance Minister', '')
    >>> t = "Lee met the president and Finance Minister Ann Roe."
    >>> title_before(t, t.index("Ann"))
    'Finance Minister'
    """
    words = text[max(0, start - 60):start].split()
    if start > 60 and text[start - 61:start - 60].strip():
        words = words[1:]  # the cut-off first word
    kept: list[str] = []
    rev = list(reversed(words))
    for i, w in enumerate(rev):
        low = w.lower().strip("’'")
        joined = low == "and" and kept and i + 1 < len(rev) and _title_word(rev[i + 1]) \
            and rev[i + 1][:1].isupper() and kept[-1][:1].isupper()  # ``Premier and Finance Minister``
        if not w[-1].isalnum() or not (w[:1].isupper() or _title_word(w) or low == "of" or joined):
            break
        kept.append(w)
    return " ".join(reversed(kept))


def _title_word(word: str) -> bool:
    """Whether ``word`` is a title or office word (``Minister``, ``president``)."""
    low = word.lower().strip("’'")
    return low in TITLES or low in _OFFICE_WORDS


def _appositive(text: str, end: int) -> str:
    found = re.match(r"\s*,([^,.;\n]{0,80})", text[end:end + 90])
    return found.group(1) if found else ""


def office_evidence(art: QuoteArticle, actor: str, pos: int, registry: bool = True) -> str:
    """Lower-case text giving ``actor`` an office: the titles right before its mentions and
    their appositives (before ``pos``), and (``registry``) its role and aliases in the story's
    registry."""
    parts = [title_before(art.text, m["start"]) + " " + _appositive(art.text, m["end"])
             for m in art.mentions if m["actor"] == actor and m["end"] <= pos]
    registered = story_registry(art.ctx.story).by_name.get(actor) if registry else None
    if registered is not None:
        parts += [*registered.aliases, registered.role if held_on(registered, art.ctx.published) else ""]
    return " | ".join(parts).lower()


def held_on(registered, date: str) -> bool:
    """Whether a registered actor held its ``role`` on ``date`` (``YYYY-MM-DD``): on or after
    ``valid_from`` and on or before ``valid_to``, each when given; any date counts when the
    article's date is unknown.

    >>> from types import SimpleNamespace as A
    >>> mayor = A(valid_from="2020-05-01", valid_to="2024-04-30")
    >>> held_on(mayor, "2022-01-10"), held_on(mayor, "2025-01-10"), held_on(mayor, "")
    (True, False, True)
    """
    day = (date or "")[:10]
    if not day:
        return True
    return (not registered.valid_from or registered.valid_from <= day) and (
        not registered.valid_to or day <= registered.valid_to)


def registered_holder(art: QuoteArticle, words: list[str], pos: int, sides: set[str]) -> dict | None:
    """``the mayor said`` in an article that names no mayor: the story's registered person whose
    ``role`` is that title on the article's date (:func:`held_on`), when exactly one fits (of the
    title's state, when it names one), as a mention-like dict; None with no story, or when two fit."""
    fits = [a for a in story_registry(art.ctx.story).actors
            if a.type == "person" and a.role and held_on(a, art.ctx.published)
            and title_fits(words, a.role.lower()) and not (sides and a.country and a.country not in sides)]
    if len(fits) != 1:
        return None
    return {"actor": fits[0].canonical, "type": "person", "country": fits[0].country, "start": pos, "end": pos,
            "surface": " ".join(words), "source": "registry"}


def _fitting(art: QuoteArticle, words: list[str], m: dict, pos: int, sides: set[str], registry: bool = True) -> bool:
    if m.get("type") != "person" or (sides and m.get("country") and m["country"] not in sides):
        return False  # ``the Ruritanian minister`` is not the other side's minister
    return title_fits(words, office_evidence(art, m["actor"], len(art.text), registry))


def title_holder_mention(art: QuoteArticle, words: list[str], pos: int, side: set[str] | None = None) -> dict | None:
    """The person the title ``words`` stands for at ``pos``: the latest speaker so far whose
    office the article gives (``President Ann Lee``; else whose registered role fits it), else
    the person mentioned last before ``pos`` with that office, else the first one named later
    (``The president said ... , Ann Lee, the president, added``), else the story's registered
    holder of that role on the article's date (:func:`registered_holder`)."""
    sides = {DEMONYMS[w] for w in words if w in DEMONYMS} | (side or set())
    if "former" in words:
        return _former_holder(art, [w for w in words if w != "former"], pos, sides)
    spoke = [sp.name for p, sp, _ in reversed(art.history) if p < pos and not sp.unnamed]
    before = [m for m in reversed(art.mentions) if m["end"] <= pos]
    by_actor = {m["actor"]: m for m in before}
    after = [m for m in art.mentions if m["start"] >= pos]
    for registry in (False, True):  # the title the article gives before the one the story knows
        for name in dict.fromkeys(spoke):
            if name in by_actor and _fitting(art, words, by_actor[name], pos, sides, registry):
                return by_actor[name]
        found = next((m for m in before + after if _fitting(art, words, m, pos, sides, registry)), None)
        if found is not None:
            return found
    return registered_holder(art, words, pos, sides)  # no one in the article holds it: the story's holder then


def _former_holder(art: QuoteArticle, words: list[str], pos: int, sides: set[str], back: int = 4) -> dict | None:
    """``Ann Lee, the ex-mayor, ... the former mayor said``: a person named with that title,
    else the person of that side who spoke last (within ``back`` sentences) and does not hold
    the office now (``the former president`` is not the president)."""
    here = art.sent_index(pos)
    before = [m for m in reversed(art.mentions) if m["end"] <= pos and m.get("type") == "person"]
    for m in before:
        if re.search(r"\b(?:former|ex)\b", office_evidence(art, m["actor"], pos)) and _fitting(art, words, m, pos, sides):
            return m
    by_actor = {m["actor"]: m for m in before}
    for p, sp, si in reversed(art.history):
        m = by_actor.get(sp.name)
        if p >= pos or sp.unnamed or m is None or here - si > back:
            continue
        if not (sides and m.get("country") and m["country"] not in sides) and not _fitting(art, words, m, pos, sides):
            return m
    return None


def _holds_office(art: QuoteArticle, actor: str, pos: int) -> bool:
    evidence = office_evidence(art, actor, pos)
    return any(re.search(rf"\b{re.escape(t)}\b", evidence) for t in TITLES)


def office_holder_speaker(art: QuoteArticle, pos: int, back: int = 4):
    """The speaker just before ``pos`` when it is a named person given an office (a title):
    ``Deputy Minister Ann Lee said ... The official added``; None when the latest person
    speaker is unnamed or further than ``back`` sentences. With no speaker yet, the person
    with an office mentioned last within ``back`` sentences (as a mention row)."""
    here = art.sent_index(pos)
    for p, sp, si in reversed(art.history):
        if p >= pos or sp.type not in ("person", "") and not sp.unnamed:
            continue
        if sp.unnamed or here - si > back:
            return None
        return sp if _holds_office(art, sp.name, pos) else None
    for m in reversed(art.mentions):
        if m["end"] <= pos and m.get("type") == "person" and here - art.sent_index(m["start"]) <= back:
            return m if _holds_office(art, m["actor"], pos) else None
    return None
