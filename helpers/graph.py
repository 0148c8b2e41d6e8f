"""The actor relationship graph: relations found per article, the networkx graph, and its exports.

Relations (one row per piece of evidence, :data:`RELATION_COLUMNS`):

- ``quotes_about``  speaker -> every actor mentioned inside the speaker's quote;
- ``co_mention``    actors named in the same sentence (one row per unordered
  pair per sentence, ``source < target``; the direction means nothing);
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

The graph side turns the table into a :class:`networkx.MultiDiGraph`
(:func:`build_graph`), collapses it into weighted simple graphs per relation
type and per outlet (:func:`collapse`), and measures it (:func:`actor_matrix`,
:func:`centrality_table`, :func:`edge_support`, :func:`degree_rank_stability`).
:func:`export_graph` writes GEXF, GraphML, node-link JSON and one offline HTML
page, byte-identical from build to build.

>>> rows = [{"source": "A", "target": "B", "relation": "praises", "sign": "+",
...          "category": "", "article": "a.txt", "sentence": "A praised B.", "evidence": "A praised B"}]
>>> G = build_graph(rows)
>>> sorted(G.nodes), G.number_of_edges()
(['A', 'B'], 1)
"""
from __future__ import annotations

import bisect
import csv
import html
import json
import math
import re
import textwrap
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import networkx as nx
import pandas as pd

from . import config
from .actors import doc_text as _doc_text
from .store import atomic_write_text

RELATION_COLUMNS = ["source", "target", "relation", "sign", "category", "article", "sentence", "evidence"]

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
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}


# ----------------------------------------------------------------------------------------
# verb table
# ----------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _read_verbs(path: str) -> tuple[tuple[str, str, str], ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
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

    >>> is_actor("Vladimir Putin"), is_actor("unnamed: officials"), is_actor("")
    (True, False, False)
    """
    name = _text(name).strip()
    return bool(name) and not name.lower().startswith("unnamed")


class _Sentences:
    """Sentence lookup by character offset in a Doc."""

    def __init__(self, doc):
        self.sents = list(doc.sents)
        self.starts = [s.start_char for s in self.sents]
        text = _doc_text(doc)
        self.texts = [text[s.start_char:s.end_char].strip() for s in self.sents]

    def index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, int(char)) - 1)

    def text(self, char: int) -> str:
        if not self.sents:
            return ""
        return self.texts[self.index(char)]


def _row(source, target, relation, sign, category, article, sentence, evidence) -> dict:
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


def _quote_rows(doc, name: str, mentions, quotes) -> list[tuple[int, dict]]:
    """``quotes_about`` rows: speaker -> each actor mentioned inside the quote span.

    One row per (quote, actor); ``sentence`` is the sentence of the actor's
    first mention in the quote, ``evidence`` the quote.
    """
    sentences = _Sentences(doc)
    found = _clean_mentions(mentions)
    rows = []
    for q in quotes or []:
        speaker = _text(q.get("speaker")).strip()
        if not is_actor(speaker):
            continue
        try:
            start, end = int(q["start"]), int(q["end"])
        except (KeyError, TypeError, ValueError):
            continue
        quote = _text(q.get("quote")) or _doc_text(doc)[start:end]
        seen = set()
        for m in found:
            if m["start"] >= start and m["end"] <= end and m["actor"] != speaker and m["actor"] not in seen:
                seen.add(m["actor"])
                rows.append((m["start"], _row(speaker, m["actor"], "quotes_about", "", "", name,
                                              sentences.text(m["start"]), quote)))
    return rows


def _co_mention_rows(doc, name: str, mentions) -> list[tuple[int, dict]]:
    """``co_mention`` rows: one per unordered pair of actors named in the same sentence."""
    sentences = _Sentences(doc)
    by_sentence: dict[int, dict[str, int]] = defaultdict(dict)
    for m in _clean_mentions(mentions):
        by_sentence[sentences.index(m["start"])].setdefault(m["actor"], m["start"])
    rows = []
    for i, actors in sorted(by_sentence.items()):
        names = sorted(actors)
        sentence = sentences.texts[i] if sentences.sents else ""
        position = sentences.starts[i] if sentences.sents else 0
        for a_i, a in enumerate(names):
            for b in names[a_i + 1:]:
                rows.append((position, _row(a, b, "co_mention", "", "", name, sentence, sentence)))
    return rows


def _condition_rows(doc, name: str, conditions) -> list[tuple[int, dict]]:
    """``demands_from`` rows: holder -> addressee (several addressees may be ``;``-separated)."""
    sentences = _Sentences(doc)
    rows = []
    for c in conditions or []:
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
                evidence = _text(c.get("text")) or sentences.text(start)
                rows.append((start, _row(holder, addressee, "demands_from", "", _text(c.get("category")),
                                         name, sentences.text(start), evidence)))
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
        if v.dep_ in {"conj", "xcomp", "advcl"} and v.head is not v:
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


def _verb_rows(doc, name: str, mentions, quotes, verbs=None) -> list[tuple[int, dict]]:
    """Verb-typed relations in the outlet's voice (verbs inside a quote span are skipped)."""
    table = _as_verbs(verbs)
    by_verb: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for lemma, (relation, sign) in sorted(table.items()):
        head, _, particle = lemma.partition(" ")
        by_verb[head].append((particle, relation, sign))
    token_actor, span_of = _token_actors(doc, mentions)
    quote_spans = _spans(quotes)
    sentences = _Sentences(doc)
    rows = []
    for verb in doc:
        if verb.lemma_.lower() not in by_verb or not _is_predicate(verb):
            continue
        if _inside(verb.idx, quote_spans) or any(c.dep_ == "neg" for c in verb.children):
            continue
        entries = by_verb[verb.lemma_.lower()]
        # a phrasal entry (`meet with`) that matches wins over the bare verb (`meet`)
        matched = [(p, r, s) for p, r, s in entries if p and _object_tokens(verb, p)]
        if not matched:
            matched = [(p, r, s) for p, r, s in entries if not p]
        subjects, passive = _subject_tokens(verb)
        for particle, relation, sign in matched[:1]:
            if passive:
                sources = [a for t in _agent_tokens(verb) for a in _actors_of(t, token_actor, False)]
                targets = [a for t in subjects for a in _actors_of(t, token_actor, True)]
            else:
                sources = [a for t in subjects for a in _actors_of(t, token_actor, False)]
                targets = [a for t in _object_tokens(verb, particle) for a in _actors_of(t, token_actor, True)]
            best: dict[tuple[str, str], tuple[int, int]] = {}
            for source, s_i in sources:
                for target, t_i in targets:
                    if source == target:
                        continue
                    ends = [*span_of[s_i], *span_of[t_i], verb.i]
                    lo, hi = min(ends), max(ends)
                    # one row per verb and actor pair: the shortest span (an actor named twice counts once)
                    if (source, target) not in best or hi - lo < best[(source, target)][1] - best[(source, target)][0]:
                        best[(source, target)] = (lo, hi)
            for (source, target), (lo, hi) in sorted(best.items()):
                rows.append((verb.idx, _row(source, target, relation, sign, "", name,
                                            sentences.text(verb.idx), doc[lo:hi + 1].text)))
    return rows


def find_relations(doc, name: str, mentions, quotes, conditions, verbs=None) -> list[dict]:
    """Every relation of one parsed article, as rows with :data:`RELATION_COLUMNS`.

    ``mentions``, ``quotes`` and ``conditions`` are the per-article rows of
    ``actors``, ``quotes`` and ``conditions``; ``verbs`` an optional verb
    table (``{lemma: (relation, sign)}`` or a DataFrame like
    ``data/relation_verbs.csv``). Rows come in text order, without duplicates.

    >>> from helpers.nlp import bare_nlp                                  # doctest: +SKIP
    >>> doc = bare_nlp()("Alpha praised Beta.")                           # doctest: +SKIP
    >>> ms = [{"actor": "Alpha", "start": 0, "end": 5}, {"actor": "Beta", "start": 14, "end": 18}]
    >>> [r["relation"] for r in find_relations(doc, "a.txt", ms, [], [])]  # doctest: +SKIP
    ['co_mention', 'praises']
    """
    found = (_quote_rows(doc, name, mentions, quotes)
             + _co_mention_rows(doc, name, mentions)
             + _condition_rows(doc, name, conditions)
             + _verb_rows(doc, name, mentions, quotes, verbs))
    found.sort(key=lambda pr: (pr[0], pr[1]["relation"], pr[1]["source"], pr[1]["target"], pr[1]["evidence"]))
    rows, seen = [], set()
    for _, row in found:
        key = tuple(row[c] for c in RELATION_COLUMNS)
        if key not in seen:
            seen.add(key)
            rows.append(row)
    return rows


# ----------------------------------------------------------------------------------------
# the graph
# ----------------------------------------------------------------------------------------

def _records(table) -> list[dict]:
    if table is None:
        return []
    if isinstance(table, pd.DataFrame):
        table = table.to_dict("records")
    return [{k: _text(v) for k, v in dict(r).items()} for r in table]


def build_graph(relations, actors_df=None, articles=None) -> nx.MultiDiGraph:
    """A MultiDiGraph with one edge per relation row, nodes and edges added in sorted order.

    Node attributes ``type`` and ``country`` come from the actors table
    (``''`` when unknown); edge attributes are ``relation, sign, category,
    article, outlet, sentence, evidence`` and ``weight`` = 1, the outlet
    from the articles table. Edge keys are ``relation|article|n``.

    >>> G = build_graph([{"source": "B", "target": "A", "relation": "meets", "sign": "+",
    ...                   "category": "", "article": "x.txt", "sentence": "", "evidence": "B met A"}],
    ...                 articles=pd.DataFrame({"article": ["x.txt"], "outlet": ["Daily"]}))
    >>> list(G.edges(keys=True, data="outlet"))
    [('B', 'A', 'meets|x.txt|0', 'Daily')]
    """
    rows = _records(relations)
    outlet = {}
    if articles is not None and len(articles):
        outlet = {_text(a): _text(o) for a, o in zip(articles["article"], articles["outlet"])}
    info = {}
    if actors_df is not None and len(actors_df):
        for r in _records(actors_df):
            info.setdefault(r.get("actor", ""), {"type": r.get("type", ""), "country": r.get("country", "")})
    rows = [r for r in rows if is_actor(r.get("source")) and is_actor(r.get("target"))
            and r["source"] != r["target"]]
    rows.sort(key=lambda r: tuple(r.get(c, "") for c in RELATION_COLUMNS))
    G = nx.MultiDiGraph()
    for node in sorted({r["source"] for r in rows} | {r["target"] for r in rows}):
        attrs = info.get(node, {})
        G.add_node(node, type=attrs.get("type", ""), country=attrs.get("country", ""))
    counter: dict[tuple, int] = defaultdict(int)
    for r in rows:
        n = counter[(r["source"], r["target"], r["relation"], r["article"])]
        counter[(r["source"], r["target"], r["relation"], r["article"])] += 1
        G.add_edge(r["source"], r["target"], key=f"{r['relation']}|{r['article']}|{n}",
                   relation=r["relation"], sign=r.get("sign", ""), category=r.get("category", ""),
                   article=r["article"], outlet=outlet.get(r["article"], ""),
                   sentence=r.get("sentence", ""), evidence=r.get("evidence", ""), weight=1)
    return G


def _as_set(value) -> set[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return {value}
    return {str(v) for v in value}


def edges_of(G, relation=None, outlet=None, article=None, exclude_article=None):
    """The ``(u, v, key, data)`` edges of ``G`` filtered by relation(s), outlet(s), article(s)."""
    relations, outlets, articles, excluded = map(_as_set, (relation, outlet, article, exclude_article))
    for u, v, k, d in G.edges(keys=True, data=True):
        if relations is not None and d.get("relation") not in relations:
            continue
        if outlets is not None and d.get("outlet") not in outlets:
            continue
        if articles is not None and d.get("article") not in articles:
            continue
        if excluded is not None and d.get("article") in excluded:
            continue
        yield u, v, k, d


def _join(values) -> str:
    return SEP.join(sorted({v for v in values if v}))


def collapse(G, relation=None, outlet=None, directed: bool | None = None, keep_isolates: bool = True,
             exclude_article=None):
    """A weighted simple graph from the MultiDiGraph: one edge per actor pair.

    ``relation`` and ``outlet`` select edges (a name or a list); ``directed``
    defaults to False when every selected relation is undirected
    (``co_mention``), else True. Edge attributes: ``weight`` (number of
    pieces of evidence), ``n_articles``, ``articles``, ``relations``,
    ``outlets`` (``; ``-joined), ``positive``/``negative`` (signed evidence).
    All nodes of ``G`` are kept unless ``keep_isolates`` is False.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "co_mention", "article": "1"},
    ...                  {"source": "A", "target": "B", "relation": "co_mention", "article": "2"}])
    >>> H = collapse(G, relation="co_mention")
    >>> H.is_directed(), H["A"]["B"]["weight"], H["A"]["B"]["n_articles"]
    (False, 2, 2)
    """
    selected = list(edges_of(G, relation, outlet, exclude_article=exclude_article))
    if directed is None:
        names = _as_set(relation) or {d["relation"] for *_, d in selected}
        directed = not names or not names <= UNDIRECTED_RELATIONS
    H = nx.DiGraph() if directed else nx.Graph()
    nodes = sorted(G.nodes) if keep_isolates else sorted({n for u, v, *_ in selected for n in (u, v)})
    H.add_nodes_from((n, dict(G.nodes[n])) for n in nodes)
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for u, v, _, d in selected:
        pair = (u, v) if directed else tuple(sorted((u, v)))
        groups[pair].append(d)
    for (u, v), ds in sorted(groups.items()):
        articles = {d.get("article", "") for d in ds}
        H.add_edge(u, v, weight=len(ds), n_articles=len(articles - {""}), articles=_join(articles),
                   relations=_join(d.get("relation", "") for d in ds),
                   outlets=_join(d.get("outlet", "") for d in ds),
                   positive=sum(d.get("sign") == "+" for d in ds),
                   negative=sum(d.get("sign") == "-" for d in ds))
    return H


def relation_graph(G, relation=None, outlet=None) -> nx.MultiDiGraph:
    """One edge per (source, target, relation), keyed by the relation, with flat string attributes.

    This is the graph the exports write: ``relation, sign, category, article``
    (``; ``-joined articles), ``outlet``, ``evidence`` (`` || ``-joined,
    each prefixed with its article), ``weight`` (pieces of evidence) and
    ``n_articles``; no value is a list or None.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "praises", "sign": "+", "article": "1",
    ...                   "evidence": "A praised B"}])
    >>> R = relation_graph(G)
    >>> R["A"]["B"]["praises"]["evidence"]
    '[1] A praised B'
    """
    R = nx.MultiDiGraph()
    R.add_nodes_from((n, {"label": n, "type": _text(d.get("type")), "country": _text(d.get("country"))})
                     for n, d in sorted(G.nodes(data=True)))
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for u, v, _, d in edges_of(G, relation, outlet):
        groups[(u, v, d.get("relation", ""))].append(d)
    for (u, v, rel), ds in sorted(groups.items()):
        ds = sorted(ds, key=lambda d: (d.get("article", ""), d.get("evidence", ""), d.get("sentence", "")))
        evidence = []
        for d in ds:
            item = f"[{d.get('article', '')}] {d.get('evidence', '')}"
            if item not in evidence:
                evidence.append(item)
        R.add_edge(u, v, key=rel, label=rel, relation=rel, sign=_join(d.get("sign", "") for d in ds),
                   category=_join(d.get("category", "") for d in ds),
                   article=_join(d.get("article", "") for d in ds),
                   outlet=_join(d.get("outlet", "") for d in ds),
                   n_articles=len({d.get("article", "") for d in ds}),
                   weight=len(ds), evidence=EVIDENCE_SEP.join(evidence))
    return R


def relation_types(G, directed_only: bool = False) -> list[str]:
    """The relation types present in ``G``, sorted; ``directed_only`` leaves out ``co_mention``.

    >>> relation_types(build_graph([{"source": "A", "target": "B", "relation": "co_mention", "article": "1"}]))
    ['co_mention']
    """
    names = {d.get("relation", "") for *_, d in G.edges(keys=True, data=True)} - {""}
    return sorted(names - UNDIRECTED_RELATIONS if directed_only else names)


def relation_summary(G) -> pd.DataFrame:
    """Per relation type: sign, pieces of evidence, distinct actor pairs, articles, outlets, single-article pairs.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "sign": "+", "article": "1"}])
    >>> relation_summary(G).to_dict("records")[0]["evidence"]
    1
    """
    support = edge_support(G)
    rows = []
    for rel in relation_types(G):
        ds = [d for *_, d in edges_of(G, rel)]
        part = support[support["relation"] == rel]
        rows.append({"relation": rel, "sign": _join(d.get("sign", "") for d in ds), "evidence": len(ds),
                     "actor_pairs": len(part), "single_article_pairs": int(part["single_article"].sum()),
                     "articles": len({d.get("article") for d in ds}),
                     "outlets": len({d.get("outlet") for d in ds} - {""})})
    cols = ["relation", "sign", "evidence", "actor_pairs", "single_article_pairs", "articles", "outlets"]
    return pd.DataFrame(rows, columns=cols)


def actor_matrix(G, relation=None, outlet=None, weight: str = "weight") -> pd.DataFrame:
    """Actor x actor counts (rows = source, columns = target), sorted, ints.

    Undirected selections (``co_mention`` only) give a symmetric matrix.
    Actors without any selected edge are left out.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "praises", "article": "1"}])
    >>> int(actor_matrix(G).loc["A", "B"])
    1
    """
    H = collapse(G, relation, outlet, keep_isolates=False)
    nodes = sorted(H.nodes)
    m = nx.to_pandas_adjacency(H, nodelist=nodes, weight=weight, dtype=int) if nodes else pd.DataFrame()
    m.index.name, m.columns.name = "source", "target"
    return m


def centrality_table(G, relation=None, outlet=None, digits: int = 3) -> pd.DataFrame:
    """Degree, weighted degree, betweenness and article count per actor.

    ``degree`` counts distinct neighbours (direction ignored),
    ``weighted_degree`` pieces of evidence, ``betweenness`` is normalised on
    the undirected simple graph; sorted by degree, weighted degree, name.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"},
    ...                  {"source": "B", "target": "C", "relation": "meets", "article": "2"}])
    >>> centrality_table(G)[["actor", "degree", "betweenness"]].values.tolist()[0]
    ['B', 2, 1.0]
    """
    U = collapse(G, relation, outlet, directed=False)
    between = nx.betweenness_centrality(U) if len(U) else {}
    articles: dict[str, set] = defaultdict(set)
    for u, v, _, d in edges_of(G, relation, outlet):
        articles[u].add(d.get("article"))
        articles[v].add(d.get("article"))
    rows = []
    for n in sorted(U.nodes):
        rows.append({"actor": n, "type": _text(U.nodes[n].get("type")), "country": _text(U.nodes[n].get("country")),
                     "degree": U.degree(n), "weighted_degree": int(U.degree(n, weight="weight")),
                     "betweenness": round(float(between.get(n, 0.0)), digits), "n_articles": len(articles[n])})
    cols = ["actor", "type", "country", "degree", "weighted_degree", "betweenness", "n_articles"]
    df = pd.DataFrame(rows, columns=cols)
    df = df.sort_values(["degree", "weighted_degree", "actor"], ascending=[False, False, True], kind="mergesort")
    return df.reset_index(drop=True)


def edge_support(G, relation=None, outlet=None) -> pd.DataFrame:
    """One row per (source, target, relation) with its weight, articles and a ``single_article`` flag.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"}])
    >>> edge_support(G)[["source", "target", "single_article"]].values.tolist()
    [['A', 'B', True]]
    """
    R = relation_graph(G, relation, outlet)
    rows = [{"source": u, "target": v, "relation": d["relation"], "sign": d["sign"], "weight": d["weight"],
             "n_articles": d["n_articles"], "articles": d["article"], "outlets": d["outlet"],
             "single_article": d["n_articles"] == 1}
            for u, v, d in R.edges(data=True)]
    cols = ["source", "target", "relation", "sign", "weight", "n_articles", "articles", "outlets", "single_article"]
    df = pd.DataFrame(rows, columns=cols)
    if df.empty:  # typed like a full table, so a boolean mask on single_article still selects rows
        df = df.astype({"weight": int, "n_articles": int, "single_article": bool})
    return df.sort_values(["relation", "source", "target"], kind="mergesort").reset_index(drop=True)


def single_article_edges(G, relation=None, outlet=None) -> pd.DataFrame:
    """The rows of :func:`edge_support` whose every piece of evidence comes from one article."""
    df = edge_support(G, relation, outlet)
    return df[df["single_article"].astype(bool)].reset_index(drop=True)


def _ranking(values: dict[str, float], k: int) -> list[str]:
    return [n for n, _ in sorted(values.items(), key=lambda nv: (-nv[1], nv[0]))][:k]


def _degrees(G, relation, measure: str, exclude_article=None) -> dict[str, float]:
    U = collapse(G, relation, directed=False, exclude_article=exclude_article)
    if measure == "degree":
        return {n: float(U.degree(n)) for n in U.nodes}
    if measure == "weighted_degree":
        return {n: float(U.degree(n, weight="weight")) for n in U.nodes}
    raise ValueError(f"measure must be 'degree' or 'weighted_degree', not {measure!r}")


def degree_rank_stability(G, k: int = 5, relation=None, measure: str = "degree", digits: int = 3) -> pd.DataFrame:
    """Drop one article at a time and compare the degree ranking with the full one.

    One row per article: edges dropped, actors left without edges,
    Spearman and Kendall (tau-b) correlations of the actors' degrees (all
    actors of the full graph; actors left without edges count as 0), the
    share of the full top ``k`` still in the top ``k``, and the new top ``k``.
    Ties are broken by name. Correlations are NaN when a ranking is constant.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"},
    ...                  {"source": "A", "target": "C", "relation": "meets", "article": "2"}])
    >>> degree_rank_stability(G, k=1)[["article", "top_k_overlap"]].values.tolist()
    [['1', 1.0], ['2', 1.0]]
    """
    from scipy import stats

    full = _degrees(G, relation, measure)
    nodes = sorted(full)
    top = _ranking(full, k)
    articles = sorted({d.get("article", "") for *_, d in edges_of(G, relation)})
    outlet = {}
    for *_, d in edges_of(G, relation):
        outlet.setdefault(d.get("article", ""), d.get("outlet", ""))
    rows = []
    for article in articles:
        dropped = _degrees(G, relation, measure, exclude_article=article)
        a = [full[n] for n in nodes]
        b = [dropped.get(n, 0.0) for n in nodes]
        constant = len(set(a)) < 2 or len(set(b)) < 2
        rho = float("nan") if constant else float(stats.spearmanr(a, b).statistic)
        tau = float("nan") if constant else float(stats.kendalltau(a, b).statistic)
        new_top = _ranking(dropped, k)
        rows.append({"article": article, "outlet": outlet.get(article, ""),
                     "edges_dropped": sum(1 for _ in edges_of(G, relation, article=article)),
                     "actors_lost": sum(1 for n in nodes if full[n] > 0 and dropped.get(n, 0.0) == 0),
                     "spearman": round(rho, digits), "kendall": round(tau, digits),
                     "top_k_overlap": round(len(set(top) & set(new_top)) / max(1, len(top)), digits),
                     "top_k": SEP.join(new_top)})
    cols = ["article", "outlet", "edges_dropped", "actors_lost", "spearman", "kendall", "top_k_overlap", "top_k"]
    return pd.DataFrame(rows, columns=cols)


# ----------------------------------------------------------------------------------------
# layout and drawing
# ----------------------------------------------------------------------------------------

def _even_out(pos: dict) -> dict:
    """Keep each node's direction from the centre but give it a radius by rank (sqrt: even density).

    Hubs pull a spring layout into a dense core with a few far outliers; this
    spreads the core without changing who is central or on which side.
    """
    names = sorted(pos)
    cx = sum(pos[n][0] for n in names) / len(names)
    cy = sum(pos[n][1] for n in names) / len(names)
    radius = {n: math.hypot(pos[n][0] - cx, pos[n][1] - cy) for n in names}
    order = sorted(names, key=lambda n: (round(radius[n], 9), n))
    out = {}
    for rank, n in enumerate(order):
        r, target = radius[n], math.sqrt((rank + 1) / len(names))
        scale = target / r if r > 0 else 0.0
        out[n] = ((pos[n][0] - cx) * scale, (pos[n][1] - cy) * scale)
    return out


def layout(G, seed: int = LAYOUT_SEED, digits: int = 4) -> dict[str, tuple[float, float]]:
    """Fixed positions in [-1, 1]: ``spring_layout`` over the sorted nodes (log-evidence weights,
    fixed seed), radii evened out by rank, rounded.

    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"}])
    >>> layout(G) == layout(G)
    True
    """
    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes))
    for u, v, d in sorted(collapse(G, directed=False).edges(data=True)):
        U.add_edge(u, v, weight=math.log1p(d["weight"]))
    if len(U) == 0:
        return {}
    k = 2.0 / math.sqrt(len(U))
    pos = nx.spring_layout(U, seed=seed, k=k, weight="weight", iterations=200)
    pos = _even_out({n: (float(x), float(y)) for n, (x, y) in pos.items()})
    return {n: (round(x, digits), round(y, digits)) for n, (x, y) in sorted(pos.items())}


def relation_colors(relations) -> dict[str, str]:
    """A fixed colour per relation type: the sorted names take the Okabe–Ito palette in order."""
    palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
               "#332288", "#117733", "#882255", "#999933", "#AA4499", "#44AA99", "#DDCC77"]
    names = sorted({r for r in relations if r})
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}


def side_colors(G) -> dict[str, str]:
    """Node -> the colour of its side (``plots.side_color`` of the node's country)."""
    from .plots import side_color

    return {n: side_color(_text(c)) for n, c in sorted(G.nodes(data="country"))}


def draw(G, pos, ax, relation=None, outlet=None, node_color=None, min_size: float = 80,
         label_nodes: bool = True, edge_color: str = "#555555", font_size: float = 7):
    """Draw the collapsed graph of the selected edges on ``ax`` at the fixed positions ``pos``.

    Every node in ``pos`` is drawn (grey and small when it has no selected
    edge) so that panels drawn with the same ``pos`` line up; edge width
    grows with the evidence count. ``node_color`` maps a node to a colour
    (a dict or a function); by default the side colour of its country.
    """
    H = collapse(G, relation, outlet, keep_isolates=True)
    nodes = [n for n in sorted(pos) if n in H]
    degree = dict(H.degree(weight="weight"))
    active = {n for n in nodes if degree.get(n, 0) > 0}
    if node_color is None:
        node_color = side_colors(G)
    color_of = node_color.get if isinstance(node_color, dict) else node_color
    colors = [(color_of(n) or "#999999") if n in active else "#DDDDDD" for n in nodes]
    sizes = [min_size + 25 * math.sqrt(degree.get(n, 0)) for n in nodes]
    edges = sorted(H.edges(data="weight"))
    widths = [0.6 + 1.2 * math.log1p(w) for *_, w in edges]
    arrows = {"arrows": True, "arrowsize": 8, "node_size": sizes, "nodelist": nodes} if H.is_directed() else {}
    nx.draw_networkx_edges(H, pos, edgelist=[(u, v) for u, v, _ in edges], width=widths, ax=ax,
                           edge_color=edge_color, alpha=0.55, **arrows)
    nx.draw_networkx_nodes(H, pos, nodelist=nodes, node_color=colors, node_size=sizes, ax=ax,
                           edgecolors="white", linewidths=0.8)
    if label_nodes:
        labels = {n: "\n".join(textwrap.wrap(n, 20)) for n in nodes if n in active}
        nx.draw_networkx_labels(H, pos, labels=labels, font_size=font_size, ax=ax)
    ax.margins(0.12)
    ax.set_axis_off()
    return ax


# ----------------------------------------------------------------------------------------
# exports
# ----------------------------------------------------------------------------------------

def _gexf_text(R) -> str:
    text = "\n".join(nx.generate_gexf(R, encoding="utf-8", prettyprint=True)) + "\n"
    return re.sub(r'\s+lastmodifieddate="[^"]*"', "", text, count=1)


def _graphml_text(R) -> str:
    return "\n".join(nx.generate_graphml(R, encoding="utf-8", prettyprint=True)) + "\n"


def _json_text(R) -> str:
    data = nx.node_link_data(R, edges="links")
    data["links"] = sorted(data["links"], key=lambda e: (e["source"], e["target"], str(e.get("key", ""))))
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def export_graph(G, folder: Path | str | None = None, name: str = "actor_graph",
                 title: str = "Actor graph", seed: int = LAYOUT_SEED) -> dict[str, Path]:
    """Write ``name``.gexf, .graphml, .json and .html into ``folder`` atomically; return the paths.

    The exported graph is :func:`relation_graph` of ``G`` (one edge per
    source, target and relation; every attribute a string or a number).
    ``folder`` defaults to ``config.output_dir() / "graph"``. The files are
    byte-identical for the same graph (no dates, sorted nodes and edges,
    rounded positions). The HTML page loads nothing from the network.
    """
    folder = Path(folder) if folder is not None else config.output_dir() / "graph"
    R = relation_graph(G)
    texts = {"gexf": _gexf_text(R), "graphml": _graphml_text(R), "json": _json_text(R),
             "html": html_page(R, layout(G, seed=seed), title=title)}
    paths = {}
    for ext, text in texts.items():
        paths[ext] = folder / f"{name}.{ext}"
        atomic_write_text(paths[ext], text)
    return paths


def _script_json(value) -> str:
    """JSON safe to inline in a ``<script>`` element."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_HTML_STYLE = """
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:16px;color:#222}
h1{font-size:20px;margin:0 0 4px}
p.note{margin:0 0 8px;color:#555;font-size:13px}
#wrap{display:flex;gap:16px;align-items:flex-start}
svg{border:1px solid #ddd;background:#fff;flex:0 0 auto;max-width:70vw;height:auto}
#info{flex:1 1 300px;font-size:13px;max-height:820px;overflow:auto}
#info li{margin-bottom:6px}
.edge{fill:none;cursor:pointer;opacity:.7}
.edge:hover,.edge.sel{opacity:1;stroke-width:5px}
.node{cursor:pointer}
.node text{font-size:11px;pointer-events:none}
.hidden{display:none}
#legend label{margin-right:12px;font-size:13px;white-space:nowrap}
.swatch{display:inline-block;width:18px;height:4px;vertical-align:middle;margin-right:4px}
"""

_HTML_SCRIPT = """
(function(){
var data=JSON.parse(document.getElementById('graph-data').textContent);
var info=document.getElementById('info');
function el(tag,text){var e=document.createElement(tag);if(text!==undefined){e.textContent=text;}return e;}
function clearSel(){var s=document.querySelectorAll('.sel');for(var i=0;i<s.length;i++){s[i].classList.remove('sel');}}
function showEdges(head,idx){
  info.textContent='';info.appendChild(el('h2',head));
  idx.forEach(function(i){
    var e=data.edges[i];var box=el('div');
    box.appendChild(el('h3',e.source+' \\u2192 '+e.target+': '+e.relation+(e.sign?' ('+e.sign+')':'')+' \\u00d7'+e.weight));
    if(e.category){box.appendChild(el('p','category: '+e.category));}
    box.appendChild(el('p','articles: '+e.article+(e.outlet?' | outlets: '+e.outlet:'')));
    var ul=el('ul');e.evidence.forEach(function(t){ul.appendChild(el('li',t));});
    box.appendChild(ul);info.appendChild(box);
  });
}
var paths=document.querySelectorAll('.edge');
for(var i=0;i<paths.length;i++){paths[i].addEventListener('click',function(ev){
  clearSel();ev.currentTarget.classList.add('sel');
  showEdges('Edge',[parseInt(ev.currentTarget.getAttribute('data-i'),10)]);});}
var nodes=document.querySelectorAll('.node');
for(var j=0;j<nodes.length;j++){nodes[j].addEventListener('click',function(ev){
  clearSel();var id=ev.currentTarget.getAttribute('data-id');var idx=[];
  data.edges.forEach(function(e,k){if((e.source===id||e.target===id)&&!document.querySelector('.edge[data-i="'+k+'"]').classList.contains('hidden')){idx.push(k);}});
  idx.forEach(function(k){document.querySelector('.edge[data-i="'+k+'"]').classList.add('sel');});
  var n=data.nodes[id];showEdges(id+(n.country?' ('+n.country+')':'')+' \\u2013 '+idx.length+' edges',idx);});}
var boxes=document.querySelectorAll('#legend input');
for(var b=0;b<boxes.length;b++){boxes[b].addEventListener('change',function(ev){
  var rel=ev.currentTarget.value;var on=ev.currentTarget.checked;
  data.edges.forEach(function(e,k){if(e.relation===rel){document.querySelector('.edge[data-i="'+k+'"]').classList.toggle('hidden',!on);}});});}
})();
"""


def html_page(R, pos, title: str = "Actor graph", width: int = 900, height: int = 800,
              hidden: Iterable[str] = ("co_mention",)) -> str:
    """A self-contained HTML page (inline SVG, CSS and JS; nothing fetched) drawing ``R`` at ``pos``.

    ``R`` is a :func:`relation_graph`; ``pos`` maps nodes to [-1, 1]
    positions (:func:`layout`). Hovering an edge or node shows a tooltip;
    clicking shows its evidence; check boxes show or hide relation types
    (those in ``hidden`` start hidden: co-mention edges would cover the rest).
    """
    hidden = set(hidden)
    from .plots import side_color

    esc = html.escape
    margin = 60
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def xy(n):
        x, y = pos.get(n, (0.0, 0.0))
        return (round(margin + (x - min(xs)) / span_x * (width - 2 * margin), 1),
                round(margin + (max(ys) - y) / span_y * (height - 2 * margin), 1))

    degree = dict(R.degree(weight="weight"))
    radius = {n: round(5 + 1.6 * math.sqrt(degree.get(n, 0)), 1) for n in R.nodes}
    colors = relation_colors(d["relation"] for *_, d in R.edges(data=True))
    edges = sorted(R.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    lanes: dict[tuple, int] = defaultdict(int)
    svg = [f'<svg id="graph" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="{esc(title)}">', "<defs>"]
    for rel, color in colors.items():
        svg.append(f'<marker id="arrow-{esc(rel)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{color}"/></marker>')
    svg.append("</defs>")
    svg.append('<g id="edges">')
    edge_data = []
    for i, (u, v, rel, d) in enumerate(edges):
        (x1, y1), (x2, y2) = xy(u), xy(v)
        lane = lanes[(u, v)]
        lanes[(u, v)] += 1
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        bend = 14 + 16 * lane
        cx, cy = (x1 + x2) / 2 - dy / length * bend, (y1 + y2) / 2 + dx / length * bend
        # stop the curve at the target's circle so the arrow head stays visible
        ex, ey = x2 - cx, y2 - cy
        e_len = math.hypot(ex, ey) or 1.0
        r = radius.get(v, 5) + 2
        tx, ty = x2 - ex / e_len * r, y2 - ey / e_len * r
        width_px = round(1 + 1.5 * math.log1p(d["weight"]), 2)
        color = colors.get(rel, "#555555")
        dash = ' stroke-dasharray="4 3"' if rel in UNDIRECTED_RELATIONS else ""
        marker = "" if rel in UNDIRECTED_RELATIONS else f' marker-end="url(#arrow-{esc(rel)})"'
        tip = f"{u} \u2192 {v}: {rel} \u00d7{d['weight']} ({d['n_articles']} articles)"
        css = "edge hidden" if rel in hidden else "edge"
        svg.append(f'<path class="{css}" data-i="{i}" data-relation="{esc(rel)}" '
                   f'd="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {tx:.1f},{ty:.1f}" stroke="{color}" '
                   f'stroke-width="{width_px}"{dash}{marker}><title>{esc(tip)}</title></path>')
        edge_data.append({"source": u, "target": v, "relation": rel, "sign": d["sign"], "weight": d["weight"],
                          "category": d["category"], "article": d["article"], "outlet": d["outlet"],
                          "evidence": d["evidence"].split(EVIDENCE_SEP) if d["evidence"] else []})
    svg.append("</g>")
    svg.append('<g id="nodes">')
    for n in sorted(R.nodes):
        x, y = xy(n)
        attrs = R.nodes[n]
        tip = f"{n} | {attrs.get('type') or 'type unknown'} | {attrs.get('country') or 'country unknown'}"
        svg.append(f'<g class="node" data-id="{esc(n)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n]}" '
                   f'fill="{side_color(attrs.get("country", ""))}" stroke="#ffffff" stroke-width="1.5"/>'
                   f'<text x="{x:.1f}" y="{y + radius[n] + 11:.1f}" text-anchor="middle">{esc(n)}</text>'
                   f"<title>{esc(tip)}</title></g>")
    svg.append("</g></svg>")
    legend = ['<div id="legend">']
    for rel, color in colors.items():
        count = sum(1 for *_, d in R.edges(data=True) if d["relation"] == rel)
        checked = "" if rel in hidden else " checked"
        legend.append(f'<label><input type="checkbox" value="{esc(rel)}"{checked}> '
                      f'<span class="swatch" style="background:{color}"></span>{esc(rel)} ({count})</label>')
    legend.append("</div>")
    nodes_data = {n: {"type": R.nodes[n].get("type", ""), "country": R.nodes[n].get("country", "")}
                  for n in sorted(R.nodes)}
    note = (f"{R.number_of_nodes()} actors, {R.number_of_edges()} edges (one per source, target and relation; "
            "width grows with the evidence count). Node colour = side (country). Dashed = co-mention "
            "(undirected)" + (f"; hidden at first: {', '.join(sorted(hidden & set(colors)))}" if hidden & set(colors) else "")
            + ". Hover for a summary; click an edge or an actor for its evidence.")
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>", f"<style>{_HTML_STYLE}</style>", "</head>", "<body>",
        f"<h1>{esc(title)}</h1>", f'<p class="note">{esc(note)}</p>', "".join(legend),
        '<div id="wrap">', "\n".join(svg),
        '<div id="info"><p>Click an edge or an actor to see the evidence.</p></div>', "</div>",
        f'<script type="application/json" id="graph-data">{_script_json({"edges": edge_data, "nodes": nodes_data})}</script>',
        f"<script>{_HTML_SCRIPT}</script>", "</body>", "</html>",
    ]
    return "\n".join(parts) + "\n"
