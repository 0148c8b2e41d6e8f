"""What one article cannot know about a name: the corpus links it (run once, after every article).

- :func:`surname_links`: a person written by a surname alone in an article that never gives
  the full name (``Okafor said``) is the corpus's one person with that surname (``Ann Okafor``),
  when exactly one full name ends with it.
- :func:`acronym_links`: an organisation written by its acronym (or one-word short name) alone in an article that never
  gives the full name (``the HPG said``) is the corpus's organisation written so where an article
  defined it (``the Harbour Pilots Guild (HPG)``), and names given one acronym are one body.
- :func:`corpus_countries`: a discovered actor whose country one article states has it in
  every article (the most frequent stated country; ties by code).
- :func:`settled_countries`: a person or armed group whose articles disagree on its country
  takes the one most articles give (an article's guess is overruled).
- :func:`link_tables`: all applied to the per-article tables (mentions, quotes, conditions,
  relations), and :func:`quote_sides` gives each quote the side of its speaker.

>>> import pandas as pd
>>> m = pd.DataFrame({"actor": ["Ann Okafor", "Okafor"], "type": ["person", "person"],
...                   "country": ["FRA", ""], "source": ["discovered", "discovered"]})
>>> surname_links(m), corpus_countries(m.assign(actor="Ann Okafor"))
({'Okafor': 'Ann Okafor'}, {'Ann Okafor': 'FRA'})
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

import pandas as pd

from .names import initials
from .registry import canonical, story_registry
from .words import DEMONYMS, ORG_HEADS, bare_surname

#: The side of a speaker whose side and country are both unknown.
UNKNOWN_SIDE = "unknown"
#: How the quotes table writes a speaker described but not named (``unnamed: Ruritanian official``).
UNNAMED = "unnamed:"

#: Per table, the (actor column, country column) pairs the links rewrite.
LINKED = {"mentions": [("actor", "country")], "quotes": [("speaker", "speaker_country")],
          "conditions": [("holder", "holder_country")], "relations": [("source", ""), ("target", "")]}


def surname_links(mentions: pd.DataFrame, speakers=()) -> dict[str, str]:
    """One-word discovered persons and named speakers -> the corpus's only multi-word person
    (or speaker) ending with that word; a speaker the mentions type as a state or an organisation
    is neither."""
    if mentions is None or not len(mentions):
        return {}
    people = mentions[(mentions["type"] == "person") & (mentions["source"] == "discovered")]["actor"]
    # a speaker the mentions type as a state or an organisation is no person: ``Poland`` said, and
    # ``the National Bank of Poland`` said, are not a surname and its full name
    bodies = set(mentions.loc[mentions["type"] != "person", "actor"].astype(str)) - set(people.astype(str))
    names = set(people.astype(str)) | {s for s in map(str, speakers)
                                       if s and not s.startswith(UNNAMED) and s not in bodies}
    full = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) > 1:
            full[words[-1]].add(name)
    for name in sorted(names):  # ``Noor`` for ``Ali al-Noor``, unless another name ends in ``Noor``
        last = name.split()[-1] if len(name.split()) > 1 else ""
        if last and bare_surname(last) != last and bare_surname(last) not in full:
            full[bare_surname(last)].add(name)
    return {name: next(iter(full[name])) for name in sorted(names)
            if " " not in name and len(full.get(name, ())) == 1}


_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: A one-word short name an organisation is written by (``the Coastal Liberation Movement (Kesh)``).
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z]{2,15}")


#: The candidate rule that reads a name's short form in brackets (``the Harbour Pilots Guild (HPG)``).
BRACKET_RULE = "candidates.bracket_acronym"


def _short_name(surface: str, actor: str, rule: str = BRACKET_RULE) -> bool:
    """Whether ``surface`` writes the organisation ``actor`` by an acronym, or by a one-word short
    name given in brackets (``rule``: the candidate rule of the mention) that is none of the full
    name's own words (``Kesh`` for the Coastal Liberation Movement; not ``Movement``, which names it
    by its head, nor ``Brigade`` for the Kestrel Brigade, nor ``Army`` written for an army's full
    name outside brackets).

    >>> _short_name("Kesh", "Coastal Liberation Movement"), _short_name("CLM", "Coastal Liberation Movement")
    (True, True)
    >>> _short_name("Movement", "Coastal Liberation Movement"), _short_name("Army", "Ruritanian Armed Forces", "x")
    (False, False)
    """
    if actor == surface or len(actor.split()) < 2:
        return False
    if _ACRONYM.fullmatch(surface):
        return True
    return rule == BRACKET_RULE and bool(_SHORT_NAME.fullmatch(surface)) \
        and surface.lower() not in {w.lower() for w in actor.split()}


def acronym_links(mentions: pd.DataFrame) -> dict[str, str]:
    """Discovered organisations written by an acronym or a one-word short name alone (``HPG``,
    :func:`_short_name`), and other full names written with the same acronym, -> the full name the most articles write with that acronym (``Harbour
    Pilots Guild``); between names as many articles write so, the one whose initials the acronym
    is (a translation's are not), then the one written with it most often, then the first in
    order. When more articles write the acronym alone than write that name, the acronym is the
    body's usual name and every full name links to it. Registered actors keep their names.

    >>> m = pd.DataFrame({"article": ["a", "b", "c", "d"], "type": ["organization"] * 4,
    ...                   "actor": ["Harbour Pilots Guild", "Harbour Pilots Guild", "HPG", "Gremio de Pilotos"],
    ...                   "surface": ["HPG", "HPG", "HPG", "HPG"], "source": ["discovered"] * 4})
    >>> acronym_links(m)
    {'HPG': 'Harbour Pilots Guild', 'Gremio de Pilotos': 'Harbour Pilots Guild'}
    >>> acronym_links(m.assign(actor=["Harbour Pilots Guild", "HPG", "HPG", "Gremio de Pilotos"]))
    {'Harbour Pilots Guild': 'HPG', 'Gremio de Pilotos': 'HPG'}
    >>> acronym_links(m.assign(actor=["Coastal Liberation Movement", "Kesh", "Kesh", "Kesh"],
    ...                        surface=["Kesh"] * 4))
    {'Coastal Liberation Movement': 'Kesh'}
    """
    if mentions is None or not len(mentions) or "surface" not in mentions.columns:
        return {}
    orgs = mentions[(mentions["type"] == "organization")]
    registered = set(orgs.loc[orgs["source"] != "discovered", "actor"].astype(str))
    written: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    rules = orgs["rule"].astype(str) if "rule" in orgs.columns else pd.Series(BRACKET_RULE, index=orgs.index)
    for art, actor, surface, rule in zip(orgs["article"], orgs["actor"].astype(str), orgs["surface"].astype(str),
                                         rules, strict=True):
        surface = surface.strip()
        if _short_name(surface, actor, rule):
            written[surface][actor].append(art)
    alone = orgs.loc[orgs["actor"].astype(str).isin(written), ["actor", "article"]]
    alone_in = alone.groupby("actor")["article"].nunique().to_dict() if len(alone) else {}
    links = {}
    for acronym, by in sorted(written.items()):
        best = min(by, key=lambda n: (-len(set(by[n])), initials(n) != acronym, -len(by[n]), n))
        best = acronym if alone_in.get(acronym, 0) > len(set(by[best])) else best
        links.update({name: best for name in [acronym, *by] if name != best and name not in registered})
    return links


def member_links(mentions: pd.DataFrame) -> dict[str, str]:
    """A discovered organisation named by one word and the same word with a plural ``s`` (a group
    written by its name, ``the Kestrel movement``, and by its members, ``the Kestrels``) -> the
    members' name, the one news uses for the group as a party. Registered actors keep their names.

    >>> m = pd.DataFrame({"type": ["organization"] * 3, "actor": ["Kestrel", "Kestrels", "Harbour"],
    ...                   "source": ["discovered"] * 3})
    >>> member_links(m)
    {'Kestrel': 'Kestrels'}
    >>> member_links(m.assign(type=["organization", "person", "organization"]))
    {}
    """
    if mentions is None or not len(mentions):
        return {}
    orgs = mentions[(mentions["type"] == "organization") & (mentions["source"] == "discovered")]
    names = set(orgs["actor"].astype(str))
    return {name: name + "s" for name in sorted(names)
            if " " not in name and not name.endswith("s") and name + "s" in names}


def fold_name(word: str) -> str:
    """A spelling key under which transliterations of one name meet.

    >>> [fold_name(w) for w in ("Dorovskyy", "Dorovskiy", "Dorovsky", "Yevgeny", "Evgeny")]
    ['dorovski', 'dorovski', 'dorovski', 'evgeni', 'evgeni']
    """
    w = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
    w = re.sub(r"^ye", "e", w)
    for old, new in _FOLDS:
        w = w.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", w)


#: Spelling pairs that transliterations swap (applied in order by :func:`fold_name`).
_FOLDS = (("kh", "h"), ("gh", "g"), ("q", "k"), ("ck", "k"), ("ph", "f"), ("ou", "u"), ("iy", "i"),
          ("yy", "i"), ("ij", "i"), ("ii", "i"), ("y", "i"))


def _one_edit(a: str, b: str) -> bool:
    """Equal, or one letter inserted, deleted or changed."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def same_person(a: str, b: str) -> bool:
    """Two spellings of one person's name: the surnames fold alike (or, with the same given name,
    differ by one letter), and the given names fold alike or one shortens the other.

    >>> same_person("Yevgeny Dorov", "Evgeny Dorov"), same_person("Steve Hale", "Steven Hale")
    (True, True)
    >>> same_person("Abbas Karimi", "Abbas Qarimi"), same_person("Ann Hale", "Tom Hale")
    (True, False)
    >>> same_person("Ruritanian Harbour Board", "Ruritanian Ferry Board")  # organisations, not people
    False
    """
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2 or a == b or {wa[-1].lower(), wb[-1].lower()} & ORG_HEADS:
        return False
    ga, gb, sa, sb = fold_name(wa[0]), fold_name(wb[0]), fold_name(wa[-1]), fold_name(wb[-1])
    given = ga == gb or (min(len(ga), len(gb)) >= 4 and (ga.startswith(gb) or gb.startswith(ga)))
    surname = sa == sb or (ga == gb and min(len(sa), len(sb)) >= 5 and _one_edit(sa, sb))
    return given and surname


def variant_links(counts: Counter, registered=frozenset()) -> dict[str, str]:
    """Person names -> the spelling their group is known by (registered first, then the most
    frequent, then the longer, then the first in order)."""
    names = sorted(counts)
    links: dict[str, str] = {}
    for i, a in enumerate(names):
        group = [b for b in names[i + 1:] if same_person(a, b)]
        if not group or a in links:
            continue
        group = [a] + [b for b in group if b not in links]
        best = min(group, key=lambda n: (n not in registered, -counts[n], -len(n), n))
        links.update({n: best for n in group if n != best})
    return links


def corpus_countries(mentions: pd.DataFrame) -> dict[str, str]:
    """Each discovered actor's most frequent non-empty country over the corpus (ties: the lower code)."""
    if mentions is None or not len(mentions):
        return {}
    found: dict[str, Counter] = defaultdict(Counter)
    for actor, country, source in zip(mentions["actor"], mentions["country"], mentions["source"], strict=True):
        if source == "discovered" and country:
            found[actor][country] += 1
    return {a: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for a, c in found.items()}


def _one_identity(actor: str, kind: str) -> bool:
    """Whether a name means one actor in every article: a person's full name, or an armed group's
    (``Coastal Liberation Front``); not a body any state has (``Foreign Ministry``)."""
    from .. import language

    words = actor.split()
    if kind == "person":
        return len(words) > 1
    return kind == "organization" and len(words) > 1 and words[-1].lower() in language.words("armed_group_heads")


def settled_countries(mentions: pd.DataFrame) -> dict[str, str]:
    """Discovered persons and armed groups whose articles disagree on their country -> the country
    that more articles give them than any other, when at least two do. An article that could only
    guess (an armed group placed in the state it names most) is overruled by the corpus.

    >>> m = pd.DataFrame({"article": ["a", "b", "c"], "actor": ["Coastal Liberation Front"] * 3,
    ...                   "type": ["organization"] * 3, "country": ["PER", "PER", "CHL"],
    ...                   "source": ["discovered"] * 3})
    >>> settled_countries(m)
    {'Coastal Liberation Front': 'PER'}
    """
    if mentions is None or not len(mentions) or "article" not in mentions.columns:
        return {}
    seen: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for art, actor, kind, country, source in zip(mentions["article"], mentions["actor"], mentions["type"],
                                                 mentions["country"], mentions["source"], strict=True):
        if source == "discovered" and country and _one_identity(str(actor), kind):
            seen[actor][country].add(art)
    out = {}
    for actor, by in seen.items():
        ranked = sorted(((len(arts), code) for code, arts in by.items()), key=lambda x: (-x[0], x[1]))
        if len(ranked) > 1 and ranked[0][0] >= 2 and ranked[0][0] > ranked[1][0]:
            out[actor] = ranked[0][1]
    return out


def _office_words() -> frozenset[str]:
    from .. import language

    return language.words("titles") | language.words("source_nouns") | language.words("spokes_nouns")


def affiliation_countries(mentions: pd.DataFrame, countries: dict[str, str]) -> dict[str, str]:
    """Discovered persons without a country -> the country of the organisation written right before
    one of their mentions with office words between (``Ferry Union leader Ann Lee``), when that
    organisation's country is known anywhere in the corpus."""
    if mentions is None or not len(mentions):
        return {}
    orgs = {a: countries.get(a) or c for a, c, t in zip(mentions["actor"], mentions["country"], mentions["type"],
                                                         strict=True) if t == "organization"}
    orgs = {a.lower(): c for a, c in orgs.items() if c and c != "INT"}
    offices, found = _office_words(), {}
    people = mentions[(mentions["type"] == "person") & (mentions["source"] == "discovered")]
    for r in people.itertuples():
        if r.actor in countries or r.actor in found:
            continue
        before = str(r.sentence)[:max(0, int(r.start) - int(r.sent_start))].split()
        while before and before[-1].lower() in offices:
            before.pop()
        for n in (4, 3, 2, 1):
            code = orgs.get(" ".join(before[-n:]).lower()) if len(before) >= n else None
            if code:
                found[r.actor] = code
                break
    return found


def _relink(df: pd.DataFrame, pairs, names: dict[str, str], countries: dict[str, str],
            settled: dict[str, str] | None = None) -> pd.DataFrame:
    df = df.copy()
    for actor_col, country_col in pairs:
        if actor_col not in df.columns:
            continue
        df[actor_col] = df[actor_col].map(lambda a: names.get(a, a))
        if country_col and country_col in df.columns:
            empty = df[country_col].astype(str) == ""
            df.loc[empty, country_col] = df.loc[empty, actor_col].map(lambda a: countries.get(a, ""))
            if settled:
                known = df[actor_col].isin(settled.keys())
                df.loc[known, country_col] = df.loc[known, actor_col].map(settled)
    return df


def link_inputs(mentions: pd.DataFrame) -> pd.DataFrame:
    """The part of a mentions table :func:`link_maps` reads: persons, organisations and discovered
    actors with a country, and one row for each other actor (a state: a speaker that is a state is
    no person's name, :func:`surname_links`); the sentence kept for discovered persons only. Applied
    to each part of a corpus's mentions, the parts' concatenation gives the same links as the whole
    table.

    >>> m = pd.DataFrame({"article": ["a", "a", "b"], "actor": ["Norland", "Norland", "Ann Lee"],
    ...                   "type": ["state", "state", "person"], "country": ["NRL", "NRL", ""],
    ...                   "source": ["registry", "registry", "discovered"], "sentence": ["x", "x", "y"]})
    >>> link_inputs(m)[["actor", "type"]].values.tolist()
    [['Norland', 'state'], ['Ann Lee', 'person']]
    """
    if mentions is None or not len(mentions):
        return mentions
    keep = mentions["type"].isin(["person", "organization"]) | (
        (mentions["source"] == "discovered") & (mentions["country"].astype(str) != ""))
    keep |= ~mentions.duplicated("actor")  # one row of each other actor: a state that speaks is no surname's full name
    part = mentions[keep].copy()
    if "sentence" in part.columns:
        lone = ~((part["type"] == "person") & (part["source"] == "discovered"))
        part.loc[lone, "sentence"] = ""
    return part


def link_maps(mentions: pd.DataFrame, speakers: pd.Series) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """``(names, countries, settled)`` for a whole corpus: each person's name variant or lone surname
    -> the name it links to, each (linked) discovered actor -> its corpus-wide country (for rows
    without one), and :func:`settled_countries` (for every row)."""
    people = mentions[mentions["type"] == "person"]
    counts = Counter(people["actor"]) + Counter(s for s in speakers if s and not s.startswith(UNNAMED))
    names = variant_links(counts, frozenset(people.loc[people["source"] == "registry", "actor"]))
    mentions = _relink(mentions, [("actor", "")], names, {})
    names.update(surname_links(mentions, speakers.map(lambda s: names.get(s, s))))
    names.update(acronym_links(mentions))
    names.update(member_links(mentions))
    names = {a: names.get(b, b) for a, b in names.items()}
    renamed = _relink(mentions, [("actor", "")], names, {})
    countries = corpus_countries(renamed)
    countries.update(affiliation_countries(renamed, countries))
    return names, countries, settled_countries(renamed)


def relink_table(table: str, df: pd.DataFrame, names: dict[str, str], countries: dict[str, str],
                 settled: dict[str, str] | None = None) -> pd.DataFrame:
    """One per-article table (or a part of it) with the links of :func:`link_maps` applied, row by row."""
    return _relink(df, LINKED.get(table, []), names, countries, settled)


def link_tables(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The per-article tables with corpus-wide surname links and countries applied."""
    speakers = tables["quotes"]["speaker"] if "quotes" in tables else pd.Series(dtype=object)
    links = link_maps(tables["mentions"], speakers)
    return {table: relink_table(table, df, *links) for table, df in tables.items()}


def described_country(speaker: str, registry) -> str:
    """The country a speaker's own words state: any demonym or registered state in an unnamed
    speaker's description (else INT for a registered international body in it), or the demonym
    or state opening a body's name (``Ruritania Defence Force``).

    >>> from helpers.actors.registry import registry_from_records
    >>> reg = registry_from_records([{"canonical": "Ruritania", "type": "state", "country": "RUR"}])
    >>> described_country("unnamed: Ruritania's trade minister", reg), described_country("unnamed: French diplomat", reg)
    ('RUR', 'FRA')
    >>> described_country("Ruritania Defence Force", reg), described_country("Ruritania Jones", reg)
    ('RUR', '')
    >>> reg = registry_from_records([{"canonical": "Tide Relief Office", "type": "organization", "country": "INT",
    ...                               "aliases": "TRO"}])
    >>> described_country("unnamed: TRO spokesperson", reg), described_country("unnamed: port official", reg)
    ('INT', '')
    """
    if speaker.startswith(UNNAMED):
        words = re.findall(r"[\w.-]+", speaker[len(UNNAMED):].replace("’", "'").replace("'s", ""))
    else:
        words = speaker.split()
        if len(words) < 2 or words[-1].lower() not in ORG_HEADS:
            return ""
        words = words[:1]
    for word in words:
        code = DEMONYMS.get(word.lower()) or _state_country(word, registry)
        if code:
            return code
    if speaker.startswith(UNNAMED) and any(_international(word, registry) for word in words):
        return "INT"  # ``unnamed: OCHA spokesperson``: staff of an international body
    return ""


def _state_country(word: str, registry) -> str:
    actor = registry.by_name.get(canonical(word, registry) or "")
    return actor.country if actor is not None and actor.type == "state" else ""


def _international(word: str, registry) -> bool:
    """Whether ``word`` names a registered international body (``OCHA``, ``WFP``)."""
    actor = registry.by_name.get(canonical(word, registry) or "")
    return actor is not None and actor.type == "organization" and actor.country == "INT"


def quote_sides(quotes: pd.DataFrame, story) -> tuple[pd.Series, pd.Series]:
    """Each quote's country (its own, else what an unnamed speaker's description states) and side
    (the story's side of its speaker or that country, else ``unknown``)."""
    registry = story_registry(story)
    countries = [c or described_country(s, registry)
                 for s, c in zip(quotes["speaker"].astype(str), quotes["speaker_country"].astype(str), strict=True)]
    sides = [story.side_of(s, c) or UNKNOWN_SIDE for s, c in zip(quotes["speaker"].astype(str), countries, strict=True)]
    return (pd.Series(countries, index=quotes.index, dtype=object),
            pd.Series(sides, index=quotes.index, dtype=object))


#: The condition side rules that only guess (the state the article is about, the state its headline
#: opens with, the state of an office named in the sentence before): the corpus knows better.
GUESSED_SIDES = ("condition_side.home_state", "condition_side.state_of_headline",
                 "condition_side.office_in_sentence_before")


def holder_countries(conditions: pd.DataFrame, story, countries: dict[str, str] | None = None) -> pd.Series:
    """Each condition's holder country: the corpus's country for a holder whose article could not
    place it or only guessed it (:data:`GUESSED_SIDES`), else its own, else what the holder's words
    state (an unnamed holder's description, a body's name: :func:`described_country`), as quotes
    get theirs.

    >>> df = pd.DataFrame({"holder": ["Ann Lee"] * 4, "holder_country": ["PER", "PER", "", "PER"],
    ...                    "holder_rule": ["x; condition_side.home_state", "x", "x", "x; condition_side.state_of_headline"]})
    >>> from helpers.story import empty_story
    >>> holder_countries(df, empty_story(), {"Ann Lee": "CHL"}).tolist()
    ['CHL', 'PER', 'CHL', 'CHL']
    """
    registry = story_registry(story)
    countries = countries or {}
    rules = conditions["holder_rule"].astype(str) if "holder_rule" in conditions.columns else [""] * len(conditions)
    out = []
    for holder, country, rule in zip(conditions["holder"].astype(str), conditions["holder_country"].astype(str),
                                     rules, strict=True):
        if (not country or any(guess in rule.split("; ") for guess in GUESSED_SIDES)) and countries.get(holder):
            country = countries[holder]  # its article could not place it, or only guessed
        out.append(country or described_country(holder, registry))
    return pd.Series(out, index=conditions.index, dtype=object)
