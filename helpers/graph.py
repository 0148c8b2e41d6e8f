"""Relations between actors, found per article (the extraction side of the actor graph).

Relations (one row per piece of evidence, :data:`RELATION_COLUMNS`):

- ``quotes_about``  speaker -> every actor mentioned inside the speaker's quote;
- ``co_mention``    actors named in the same sentence (one row per unordered
  pair per sentence, ``source < target``; the direction means nothing);
  a sentence ends at every line break too (:func:`relation_units`), so a
  title, dateline or byline is never joined to the sentence after it;
- ``demands_from``  condition holder -> addressee, ``category`` from the condition;
- verb-typed relations in the outlet's own voice (never inside a quote span),
  from the dependency parse: subject actor -verb-> object actor, for the verbs
  listed in ``data/relation_verbs.csv`` (``lemma, relation, sign``). Direct
  objects, prepositional objects (``met with X``, ``called on X``), the
  possessor of an object (``praised X's courage``), conjoined verbs and
  subjects, relative clauses and passives (``X was praised by Y``) are
  followed; negated verbs (``did not congratulate``) are skipped.

Speakers, holders and addressees written ``unnamed: ...`` are not actors and
get no edges; self-loops are skipped.

The networkx graph and its measures live in :mod:`helpers.analysis.graph`;
layout, drawing, exports and the HTML page in :mod:`helpers.render.graph`
(neither is part of extraction, so editing them keeps the build cache).
"""
from __future__ import annotations

import bisect
import math
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .doccache import doc_tokens
from . import config, language, textmask
from .context import ArticleContext, as_context
from .rules import Registry
from .statements import statement_spans

#: ``rule`` names the finder (``relation.<finder>``) that made the row.
RELATION_COLUMNS = ["source", "target", "relation", "sign", "category", "article", "sentence", "evidence", "rule"]

#: The relations that come from the tables rather than from verbs.
STRUCTURAL_RELATIONS = ("co_mention", "demands_from", "quotes_about")
#: Relations whose direction carries no meaning (stored as ``source < target``).
UNDIRECTED_RELATIONS = frozenset({"co_mention"})
VERBS_FILE = config.DATA_DIR / "relation_verbs.csv"
#: Seed of every layout (positions repeat because nodes are always added sorted).
LAYOUT_SEED = 7
#: Separator used when several values are flattened into one string attribute.
SEP = "; "
EVIDENCE_SEP = " || "

_SUBJECT_DEPS = {"nsubj", "csubj"}
_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
_RELATIVE_PRONOUNS = language.words("pronouns_relative")


# ----------------------------------------------------------------------------------------
# verb table
# ----------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _read_verbs(path: str) -> tuple[tuple[str, str, str], ...]:
    rows = language.data_table(path, required=["lemma", "relation", "sign"]).to_dict("records")
    out = []
    for row in rows:
        lemma = " ".join((row.get("lemma") or "").lower().split())
        relation = (row.get("relation") or "").strip()
        sign = (row.get("sign") or "").strip()
        if not lemma or not relation:
            continue
        if sign not in {"+", "-"}:
            raise ValueError(f"{path}: sign of {lemma!r} must be + or -, not {sign!r}")
        out.append((lemma, relation, sign))
    return tuple(out)


def load_verbs(path: Path | str | None = None) -> dict[str, tuple[str, str]]:
    """The verb table as ``{lemma: (relation, sign)}``; a lemma may be ``verb particle``.

    >>> load_verbs()["congratulate"]
    ('congratulates', '+')
    >>> load_verbs()["meet with"]
    ('meets', '+')
    """
    return {lemma: (relation, sign) for lemma, relation, sign in _read_verbs(str(path or VERBS_FILE))}


def _as_verbs(verbs) -> dict[str, tuple[str, str]]:
    if verbs is None:
        return load_verbs()
    if isinstance(verbs, pd.DataFrame):
        return {" ".join(str(r.lemma).lower().split()): (str(r.relation), str(r.sign)) for r in verbs.itertuples()}
    return {" ".join(k.lower().split()): tuple(v) for k, v in dict(verbs).items()}


# ----------------------------------------------------------------------------------------
# finding relations in one parsed article
# ----------------------------------------------------------------------------------------

def _text(value) -> str:
    """A clean string for a table cell (None/NaN -> '')."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _squash(text: str) -> str:
    """Collapse runs of whitespace: ``'a\\n  b'`` -> ``'a b'``."""
    return " ".join(_text(text).split())


def is_actor(name) -> bool:
    """True for a canonical actor name; False for '', None and ``unnamed: ...`` sources.

    >>> is_actor("Ivan Dorov"), is_actor("unnamed: officials"), is_actor("")
    (True, False, False)
    """
    name = _text(name).strip()
    return bool(name) and not name.lower().startswith("unnamed")


def _row(source, target, relation, sign, category, article, sentence, evidence) -> dict:
    """One relation row (its ``rule`` is set by :func:`find_relations`)."""
    return {"source": source, "target": target, "relation": relation, "sign": sign,
            "category": category, "article": article, "sentence": sentence, "evidence": _squash(evidence)}


def _clean_mentions(mentions) -> list[dict]:
    out = []
    for m in mentions or []:
        if not is_actor(m.get("actor")):
            continue
        try:
            start, end = int(m["start"]), int(m["end"])
        except (KeyError, TypeError, ValueError):
            continue
        out.append({"actor": _text(m["actor"]).strip(), "start": start, "end": end})
    return sorted(out, key=lambda m: (m["start"], m["end"], m["actor"]))


def _spans(items) -> list[tuple[int, int]]:
    spans = []
    for q in items or []:
        try:
            start, end = int(q["start"]), int(q["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if end > start:
            spans.append((start, end))
    return sorted(spans)


def _inside(char: int, spans) -> bool:
    return any(start <= char < end for start, end in spans)


def _span_of(item) -> tuple[int, int] | None:
    """(start, end) of a row as integers, or None when it has no usable offsets."""
    try:
        return int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        return None


def relation_units(ctx: ArticleContext) -> list[tuple[int, int]]:
    """The sentences relations are counted in: the parser's sentences cut at every line break
    (a title, dateline or byline line is never joined to the sentence after it); empty pieces
    are dropped. Computed once per article (``ctx.memo``).

    >>> from types import SimpleNamespace
    >>> ctx = SimpleNamespace(text="Title line\\nA met B. C left.", sent_bounds=[(0, 19), (20, 27)], memo={})
    >>> [ctx.text[s:e] for s, e in relation_units(ctx)]
    ['Title line', 'A met B.', 'C left.']
    """
    if "relation.units" not in ctx.memo:
        units = []
        for start, end in ctx.sent_bounds:
            pos = start
            for piece in ctx.text[start:end].split("\n"):
                if piece.strip():
                    units.append((pos, pos + len(piece)))
                pos += len(piece) + 1
        ctx.memo["relation.units"] = units
    return ctx.memo["relation.units"]


def unit_index(ctx: ArticleContext, char: int) -> int:
    """Index of the relation unit holding ``char`` (the last one starting at or before it)."""
    starts = [s for s, _ in relation_units(ctx)]
    return max(0, bisect.bisect_right(starts, int(char)) - 1)


def unit_text(ctx: ArticleContext, char: int) -> str:
    """The stripped text of the relation unit holding ``char`` ('' for an article without text)."""
    units = relation_units(ctx)
    if not units:
        return ""
    start, end = units[unit_index(ctx, char)]
    return ctx.text[start:end].strip()


def _masked_spans(ctx: ArticleContext) -> list[tuple[int, int]]:
    """Quoted text by the shared mask (:mod:`helpers.textmask`), once per article."""
    if "relation.mask" not in ctx.memo:
        ctx.memo["relation.mask"] = textmask.quoted_spans(ctx.text)
    return ctx.memo["relation.mask"]


def quotes_about(ctx: ArticleContext, verbs=None) -> list[tuple[int, dict]]:
    """Speaker -> each actor mentioned inside the speaker's quote (not the speaker, not an unnamed one).

    ``"Osteria will regret this," Anna Berg said.`` -> Anna Berg -quotes_about-> Osteria.
    One row per (statement, actor): the quotes of one speaker that overlap
    (a mixed quote's direct and indirect rows) are one statement
    (:mod:`helpers.statements`); ``sentence`` is the unit of the actor's
    first mention in it, ``evidence`` the statement's text.
    """
    found = _clean_mentions(ctx.mentions)
    rows = []
    quotes = [{**q, "article": ctx.name, "speaker": _text(q.get("speaker")).strip()} for q in ctx.quotes or []]
    for speaker, start, end, _ in statement_spans(quotes):
        if not is_actor(speaker):
            continue
        quote = _squash(ctx.text[start:end])
        seen = set()
        for m in found:
            if m["start"] >= start and m["end"] <= end and m["actor"] != speaker and m["actor"] not in seen:
                seen.add(m["actor"])
                rows.append((m["start"], _row(speaker, m["actor"], "quotes_about", "", "", ctx.name,
                                              unit_text(ctx, m["start"]), quote)))
    return rows


def co_mention(ctx: ArticleContext, verbs=None) -> list[tuple[int, dict]]:
    """One row per unordered pair of actors named in the same sentence (``source < target``).

    ``Norland and Osteria met in Vell.`` -> Norland -co_mention- Osteria.
    """
    by_sentence: dict[int, dict[str, int]] = defaultdict(dict)
    for m in _clean_mentions(ctx.mentions):
        by_sentence[unit_index(ctx, m["start"])].setdefault(m["actor"], m["start"])
    units = relation_units(ctx)
    rows = []
    for i, actors in sorted(by_sentence.items()):
        names = sorted(actors)
        position = units[i][0]
        sentence = ctx.text[units[i][0]:units[i][1]].strip()
        for a_i, a in enumerate(names):
            for b in names[a_i + 1:]:
                rows.append((position, _row(a, b, "co_mention", "", "", ctx.name, sentence, sentence)))
    return rows


def demands_from(ctx: ArticleContext, verbs=None) -> list[tuple[int, dict]]:
    """Condition holder -> addressee (several addressees may be ``;``-separated), with the category.

    ``Norland demands that Osteria lift the tariffs.`` (a condition row) -> Norland -demands_from-> Osteria.
    """
    rows = []
    for c in ctx.conditions or []:
        holder = _text(c.get("holder")).strip()
        if not is_actor(holder):
            continue
        try:
            start = int(c.get("start"))
        except (TypeError, ValueError):
            start = 0
        for addressee in _text(c.get("addressee")).split(";"):
            addressee = addressee.strip()
            if is_actor(addressee) and addressee != holder:
                evidence = _text(c.get("text")) or unit_text(ctx, start)
                rows.append((start, _row(holder, addressee, "demands_from", "", _text(c.get("category")),
                                         ctx.name, unit_text(ctx, start), evidence)))
    return rows


def _token_actors(doc, mentions) -> tuple[dict[int, str], dict[int, tuple[int, int]]]:
    """Token index -> actor for every token inside a mention, and token index -> the mention's token span."""
    actor: dict[int, str] = {}
    span_of: dict[int, tuple[int, int]] = {}
    for m in _clean_mentions(mentions):
        span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.i not in actor:
                actor[tok.i] = m["actor"]
                span_of[tok.i] = (span.start, span.end - 1)
    return actor, span_of


def _with_conjuncts(tok) -> list:
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


def _actors_of(tok, token_actor: dict[int, str], possessor: bool) -> list[tuple[str, int]]:
    """Actors named by the noun phrase headed by ``tok`` (and its conjuncts).

    The head itself, else a compound/appositive modifier (``US officials``),
    and, for objects only, the possessor (``praised X's courage``).
    """
    deps = {"compound", "appos", "amod", "nmod"} | ({"poss"} if possessor else set())
    out = []
    for head in _with_conjuncts(tok):
        if head.i in token_actor:
            out.append((token_actor[head.i], head.i))
            continue
        for child in head.children:
            if child.dep_ in deps and child.i in token_actor:
                out.append((token_actor[child.i], child.i))
                break
    return out


def _subject_tokens(verb) -> tuple[list, bool]:
    """The subject token(s) of ``verb`` and whether the clause is passive."""
    v = verb
    for _ in range(4):  # climb conj/xcomp chains for a shared subject
        subjects = [c for c in v.children if c.dep_ in _SUBJECT_DEPS]
        passive = [c for c in v.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
        if subjects or passive:
            resolved = []
            for s in subjects or passive:
                if s.lower_ in _RELATIVE_PRONOUNS and v.dep_ == "relcl":
                    resolved.append(v.head)
                else:
                    resolved.append(s)
            return resolved, bool(passive and not subjects)
        if v.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in v.head.children):
            # object control: `A urged B to sanction C` -> B is the subject of `sanction`
            return [c for c in v.head.children if c.dep_ == "dobj"], False
        if v.dep_ in {"conj", "xcomp", "advcl"} and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "relcl":
            return [v.head], False
        break
    return [], False


def _object_tokens(verb, particle: str) -> list:
    """Objects of ``verb``: the ``dobj``; or the object of the preposition/particle ``particle``."""
    if particle:
        out = []
        for c in verb.children:
            if c.dep_ in {"prep", "prt"} and c.lower_ == particle:
                out.extend(g for g in c.children if g.dep_ == "pobj")
                if c.dep_ == "prt":
                    out.extend(g for g in verb.children if g.dep_ == "dobj")
        return out
    return [c for c in verb.children if c.dep_ in {"dobj", "dative"}]


def _is_predicate(tok) -> bool:
    """A verb, or a token the tagger called a noun but the parser uses as a verb (`to sanction X`)."""
    if tok.pos_ in {"VERB", "AUX"}:
        return True
    return tok.dep_ in {"ROOT", "xcomp", "conj", "relcl", "advcl", "ccomp"} and any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass", "agent", "aux"} for c in tok.children)


def _agent_tokens(verb) -> list:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _by_verb(verbs) -> dict[str, list[tuple[str, str, str]]]:
    """The verb table by head verb: ``{"meet": [("with", "meets", "+"), ...]}`` (sorted)."""
    by_verb: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for lemma, (relation, sign) in sorted(_as_verbs(verbs).items()):
        head, _, particle = lemma.partition(" ")
        by_verb[head].append((particle, relation, sign))
    return by_verb


def _entry(verb, by_verb) -> tuple[str, str, str] | None:
    """The table entry of one verb token: a phrasal entry (``meet with``) whose object is there wins
    over the bare verb (``meet``)."""
    entries = by_verb[verb.lemma_.lower()]
    matched = [(p, r, s) for p, r, s in entries if p and _object_tokens(verb, p)]
    if not matched:
        matched = [(p, r, s) for p, r, s in entries if not p]
    return matched[0] if matched else None


def _closest_pairs(sources, targets, span_of, verb_i: int) -> dict[tuple[str, str], tuple[int, int]]:
    """One token range per (source, target) pair: the shortest (an actor named twice counts once)."""
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for source, s_i in sources:
        for target, t_i in targets:
            if source == target:
                continue
            ends = [*span_of[s_i], *span_of[t_i], verb_i]
            lo, hi = min(ends), max(ends)
            if (source, target) not in best or hi - lo < best[(source, target)][1] - best[(source, target)][0]:
                best[(source, target)] = (lo, hi)
    return best


def _verb_relations(ctx: ArticleContext, verbs, passive_voice: bool) -> list[tuple[int, dict]]:
    """Verb-typed relations in the outlet's voice, of active or of passive clauses.

    A verb counts when it is in the table, used as a predicate, not negated and
    not inside a quote span or quotation marks (the mask of :mod:`helpers.textmask`).
    """
    by_verb = _by_verb(verbs)
    doc = ctx.doc
    token_actor, span_of = _token_actors(doc, ctx.mentions)
    quote_spans = _spans(ctx.quotes) + _masked_spans(ctx)
    rows = []
    for verb in doc_tokens(doc):
        if verb.lemma_.lower() not in by_verb or not _is_predicate(verb):
            continue
        if _inside(verb.idx, quote_spans) or any(c.dep_ == "neg" for c in verb.children):
            continue
        subjects, passive = _subject_tokens(verb)
        entry = _entry(verb, by_verb)
        if passive != passive_voice or entry is None:
            continue
        particle, relation, sign = entry
        if passive:
            sources = [a for t in _agent_tokens(verb) for a in _actors_of(t, token_actor, False)]
            targets = [a for t in subjects for a in _actors_of(t, token_actor, True)]
        else:
            sources = [a for t in subjects for a in _actors_of(t, token_actor, False)]
            targets = [a for t in _object_tokens(verb, particle) for a in _actors_of(t, token_actor, True)]
        for (source, target), (lo, hi) in sorted(_closest_pairs(sources, targets, span_of, verb.i).items()):
            rows.append((verb.idx, _row(source, target, relation, sign, "", ctx.name,
                                        unit_text(ctx, verb.idx), doc[lo:hi + 1].text)))
    return rows


def verb_active(ctx: ArticleContext, verbs=None) -> list[tuple[int, dict]]:
    """Subject actor -verb-> object actor, for the verbs of ``data/relation_verbs.csv``.

    ``Norland praised Osteria's courage.`` -> Norland -praises-> Osteria; also prepositional
    objects (``met with``), conjoined verbs and subjects, relative clauses, object control.
    """
    return _verb_relations(ctx, verbs, passive_voice=False)


def verb_passive(ctx: ArticleContext, verbs=None) -> list[tuple[int, dict]]:
    """Passive clauses: the agent acts on the subject.

    ``Osteria was praised by Norland.`` -> Norland -praises-> Osteria.
    """
    return _verb_relations(ctx, verbs, passive_voice=True)


#: The relation finders; every row names its finder in ``rule`` (order: how rows are gathered).
RELATION_RULES = Registry("relation", [quotes_about, co_mention, demands_from, verb_active, verb_passive])


def find_relations(doc, name: str | None = None, mentions=None, quotes=None, conditions=None, verbs=None) -> list[dict]:
    """Every relation of one parsed article, as rows with :data:`RELATION_COLUMNS`.

    ``doc`` is the article's :class:`~helpers.context.ArticleContext` (or a
    parsed Doc with the per-article rows of ``actors``, ``quotes`` and
    ``conditions``); ``verbs`` an optional verb table (``{lemma: (relation,
    sign)}`` or a DataFrame like ``data/relation_verbs.csv``). Rows come in
    text order; a sentence gives at most one row per pair and relation (the
    first in text order; the categories of several demands in one sentence
    are ``; ``-joined): the unit of evidence is (article, sentence, pair),
    and :func:`helpers.analysis.graph.evidence_units` lists the relations each unit carries.

    >>> from helpers.nlp import bare_nlp                                  # doctest: +SKIP
    >>> doc = bare_nlp()("Alpha praised Beta.")                           # doctest: +SKIP
    >>> ms = [{"actor": "Alpha", "start": 0, "end": 5}, {"actor": "Beta", "start": 14, "end": 18}]
    >>> [r["rule"] for r in find_relations(doc, "a.txt", ms, [], [])]     # doctest: +SKIP
    ['relation.co_mention', 'relation.verb_active']
    """
    ctx = as_context(doc, name, mentions, quotes, conditions)
    found = [(position, {**row, "rule": rule})
             for rule, rows in RELATION_RULES.all(ctx, verbs) for position, row in rows]
    found.sort(key=lambda pr: (pr[0], pr[1]["relation"], pr[1]["source"], pr[1]["target"], pr[1]["evidence"]))
    rows: dict[tuple, dict] = {}
    for _, row in found:
        key = unit_key(row)
        if key not in rows:
            rows[key] = row
        elif row["category"] and row["category"] not in rows[key]["category"].split(SEP):
            kept = rows[key]
            kept["category"] = SEP.join(sorted(filter(None, [*kept["category"].split(SEP), row["category"]])))
    return list(rows.values())


def unit_key(row) -> tuple[str, str, str, str, str]:
    """(article, sentence, source, target, relation): what one piece of evidence is.

    >>> unit_key({"article": "a", "sentence": "A met B.", "source": "A", "target": "B", "relation": "meets"})
    ('a', 'A met B.', 'A', 'B', 'meets')
    """
    return tuple(_text(row.get(c)) for c in ("article", "sentence", "source", "target", "relation"))
