"""Conditions: the demands and terms an actor sets, classified by a taxonomy kept as data.

Two data files drive everything; a researcher edits them for a new topic,
never this code:

* ``data/conditions.csv`` -- the taxonomy: one row per (category, pattern).
  ``role`` is ``object`` (words that place a condition in the category, e.g.
  ``lift ... sanctions``) or ``standalone`` (a phrase that states a term by
  itself, e.g. ``demilitarised zone``); ``cameo`` is the nearest CAMEO code
  and ``description`` what the category asks for (first non-empty row wins).
  Adding a category is adding rows.
* ``data/condition_cues.csv`` -- the constructions that make a sentence a
  condition (``only if``, ``unless``, ``must``, ``insists on``, ``demands``,
  ``in exchange for``, ``would require``, ``conditions ... including`` ...),
  each with a ``kind`` and a ``subject`` column that says whose the grammatical
  subject of the cued clause is: ``holder`` (``Russia insists on ...``) or
  ``addressee`` (``Ukraine must ...``, ``... if the US lifts sanctions``; the
  holder is then found higher up: the main clause, the speaker). Three kinds
  are special:

  ``list``        the scope is the rest of the sentence; the holder is the possessor
                  of the list noun or the subject of its verb
                  (``Russia's expectations include``, ``Putin sets out conditions, including``)
  ``anaphora``    a sentence opening with ``these`` that lists the terms named by a
                  ``list_noun`` in the previous sentence; the holder comes from there
  ``list_noun``   the nouns an ``anaphora`` sentence refers back to

A sentence gives a row when a category's object words fall in the scope of a
cue (the cue's clause; for lists, the rest of the sentence). One row per
(sentence, holder, category): a list of terms gives one row per category.
A condition stated inside a quote belongs to the quote's speaker unless the
clause names its own actor (``"Russia is ready to negotiate, but from a
position of strength," a scientist said`` is held by Russia).

>>> from helpers import nlp
>>> doc = nlp.bare_nlp()("Russia insists on keeping control of Crimea.")
>>> m = [dict(actor="Russia", type="state", country="RUS", start=0, end=6)]
>>> [(r["holder"], r["category"], r["cue"]) for r in find_conditions(doc, "a.txt", m, [])]
[('Russia', 'territory', 'insists on')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config
from .context import ArticleContext
from .actors import doc_text as _doc_text

COLUMNS = ["article", "holder", "holder_country", "addressee", "category", "cameo", "text", "cue",
           "start", "end", "voice"]
SUMMARY_COLUMNS = ["article", "holder", "holder_country", "addressee", "category", "text"]
TAXONOMY_FILE = config.DATA_DIR / "conditions.csv"
CUES_FILE = config.DATA_DIR / "condition_cues.csv"

_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
_PERSONAL = {"he", "him", "his", "she", "her"}
_IMPERSONAL = {"it", "its", "they", "them", "their"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_OWNER_DEPS = {"compound", "poss", "nmod", "appos"}
_HEAD_DEPS = {"aux", "auxpass", "mark", "advmod", "neg", "prep", "det"}
# Same-length typographic folding so regex offsets stay offsets into the text.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\n": " ",
                       "\u2014": "-", "\u2013": "-"})


# --------------------------------------------------------------------------- taxonomy


@dataclass(frozen=True)
class Category:
    """One category: its CAMEO code, description and compiled patterns."""

    name: str
    cameo: str
    description: str
    objects: tuple[re.Pattern, ...]
    standalone: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class Cue:
    """One conditional construction (``name`` is what the ``cue`` column shows)."""

    name: str
    kind: str
    pattern: re.Pattern
    subject: str = "holder"  # whose the subject of the cued clause is: "holder" or "addressee"


@dataclass(frozen=True)
class Taxonomy:
    categories: tuple[Category, ...]
    cues: tuple[Cue, ...]


def _str(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def categories_from_frame(df: pd.DataFrame) -> tuple[Category, ...]:
    """Compile taxonomy rows (category, cameo, role, pattern, description) into categories.

    >>> df = pd.DataFrame([dict(category="x", cameo="1", role="object", pattern="foo", description="d")])
    >>> categories_from_frame(df)[0].objects[0].pattern
    'foo'
    """
    cats: dict[str, dict] = {}
    for row in df.to_dict("records"):
        name = _str(row.get("category"))
        if not name:
            continue
        cat = cats.setdefault(name, {"cameo": "", "description": "", "object": [], "standalone": []})
        cat["cameo"] = cat["cameo"] or _str(row.get("cameo")).removesuffix(".0")
        cat["description"] = cat["description"] or _str(row.get("description"))
        role, pattern = _str(row.get("role")) or "object", _str(row.get("pattern"))
        if pattern and role in ("object", "standalone"):
            compiled = re.compile(pattern, re.IGNORECASE)
            cat["object"].append(compiled)
            if role == "standalone":
                cat["standalone"].append(compiled)
    return tuple(Category(name, c["cameo"], c["description"], tuple(c["object"]), tuple(c["standalone"]))
                 for name, c in cats.items())


def cues_from_frame(df: pd.DataFrame) -> tuple[Cue, ...]:
    """Compile cue rows (cue, kind, subject, pattern) into cues.

    >>> cues_from_frame(pd.DataFrame([dict(cue="unless", kind="conditional", subject="addressee",
    ...                                     pattern="unless")]))[0].subject
    'addressee'
    """
    return tuple(Cue(_str(r["cue"]), _str(r["kind"]), re.compile(_str(r["pattern"]), re.IGNORECASE),
                     _str(r.get("subject")) or "holder")
                 for r in df.to_dict("records") if _str(r.get("pattern")))


@lru_cache(maxsize=8)
def load_taxonomy(path: Path | str = TAXONOMY_FILE, cues_path: Path | str = CUES_FILE) -> Taxonomy:
    """The taxonomy and the cues from their CSV files (cached)."""
    categories = pd.read_csv(path, dtype=str, keep_default_na=False)
    cues = pd.read_csv(cues_path, dtype=str, keep_default_na=False)
    return Taxonomy(categories_from_frame(categories), cues_from_frame(cues))


def taxonomy_table(taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """One row per category: category, cameo, description, n_patterns (for a notebook)."""
    taxonomy = taxonomy or load_taxonomy()
    return pd.DataFrame([dict(category=c.name, cameo=c.cameo, description=c.description,
                              n_patterns=len(c.objects)) for c in taxonomy.categories])


def _as_taxonomy(taxonomy) -> Taxonomy:
    if taxonomy is None:
        return load_taxonomy()
    if isinstance(taxonomy, Taxonomy):
        return taxonomy
    if isinstance(taxonomy, (str, Path)):
        return load_taxonomy(str(taxonomy))
    if isinstance(taxonomy, pd.DataFrame):
        return Taxonomy(categories_from_frame(taxonomy), load_taxonomy().cues)
    raise TypeError(f"taxonomy must be a Taxonomy, a DataFrame or a path, not {type(taxonomy).__name__}")


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: str  # category name, or cue name
    kind: str   # "object"/"standalone", or the cue kind
    subject: str = "holder"  # for cues: whose the subject of the cued clause is


def find_objects(text: str, offset: int, taxonomy: Taxonomy) -> list[Match]:
    """Category object matches in ``text`` (offsets shifted by ``offset``).

    >>> t = load_taxonomy()
    >>> [m.label for m in find_objects("lift sanctions and stop supplying weapons", 0, t)]
    ['sanctions', 'military_aid']
    """
    folded = text.translate(_FOLD)
    found = []
    for cat in taxonomy.categories:
        for pattern in cat.objects:
            for m in pattern.finditer(folded):
                kind = "standalone" if pattern in cat.standalone else "object"
                found.append(Match(m.start() + offset, m.end() + offset, cat.name, kind))
    return sorted(set(found), key=lambda m: (m.start, m.end, m.label, m.kind))


def find_cues(text: str, offset: int, taxonomy: Taxonomy, kinds=None) -> list[Match]:
    """Cue matches in ``text``, optionally only of the given kinds.

    >>> [m.label for m in find_cues("He would only accept it if they paid.", 0, load_taxonomy())]
    ['would only accept … if', 'only if', 'if']
    """
    folded = text.translate(_FOLD)
    found = []
    for cue in taxonomy.cues:
        if kinds is not None and cue.kind not in kinds:
            continue
        for m in cue.pattern.finditer(folded):
            found.append(Match(m.start() + offset, m.end() + offset, cue.name, cue.kind, cue.subject))
    return sorted(set(found), key=lambda m: (m.start, m.end, m.label))


# --------------------------------------------------------------------------- actors in the parse


def _overlapping(items: list[dict], start: int, end: int) -> list[dict]:
    return [x for x in items if x["start"] < end and x["end"] > start]


def _token_mention(tok, mentions: list[dict]) -> dict | None:
    """The actor mention that covers ``tok`` or its compound/possessor children."""
    for t in [tok] + [c for c in tok.children if c.dep_ in _OWNER_DEPS]:
        hits = [m for m in _overlapping(mentions, t.idx, t.idx + len(t)) if m.get("actor")]
        if hits:
            return hits[0]
    return None


def _resolve_pronoun(tok, mentions: list[dict]) -> dict | None:
    """The mention a third-person pronoun refers to: a bracketed name right after it
    (``they (the US)``), else the nearest preceding person (he/she) or non-person (it/they)."""
    after = [m for m in mentions if tok.idx + len(tok) <= m["start"] <= tok.idx + len(tok) + 8]
    doc_text = _doc_text(tok.doc)
    if after and "(" in doc_text[tok.idx + len(tok):after[0]["start"]]:
        return after[0]
    lower = tok.lower_
    want_person = lower in _PERSONAL or lower in _FIRST_PERSON
    before = [m for m in mentions if m["end"] <= tok.idx and m.get("actor")]
    for m in reversed(before):
        if (m.get("type") == "person") == want_person:
            return m
    return before[-1] if before else None


def _speaker(quote: dict | None, unnamed: bool = False) -> dict | None:
    """The quote's speaker as a holder; an ``unnamed: ...`` source only when ``unnamed`` is set
    (a named actor found in the clause is a better holder than an unnamed source)."""
    speaker = (quote or {}).get("speaker") or ""
    if not speaker or (speaker.startswith("unnamed") and not unnamed):
        return None
    return {"actor": speaker, "country": quote.get("speaker_country", "") or ""}


def _subject_actor(tok, mentions, quote):
    """What a subject token says about the holder: a mention dict, or None if it names no one."""
    mention = _token_mention(tok, mentions)
    if mention and not (tok.pos_ == "PRON" and mention.get("surface", "").lower() != tok.lower_):
        return mention
    lower = tok.lower_
    if lower in _FIRST_PERSON or (lower in _PERSONAL | _IMPERSONAL and quote is not None):
        return _speaker(quote) or _resolve_pronoun(tok, mentions)
    if lower in _PERSONAL | _IMPERSONAL:
        return _resolve_pronoun(tok, mentions)
    return None


def _inside(tok, span: dict | None) -> bool:
    return span is not None and span["start"] <= tok.idx < span["end"]


def _possessor_before(tok, mentions: list[dict], window: int = 5) -> dict | None:
    """A mention in possessive form a few tokens before ``tok`` (``Moscow's earlier stated goals``)."""
    for i in range(tok.i - 1, max(tok.i - window, tok.sent.start) - 1, -1):
        t = tok.doc[i]
        if t.is_punct and t.text not in ("'", "’"):
            return None
        if t.lower_ in ("'s", "’s", "'", "’") and i > 0:
            hit = _token_mention(tok.doc[i - 1], mentions)
            if hit:
                return hit
    return None


def resolve_holder(tok, subject: str, mentions: list[dict], quote: dict | None = None, segment=None):
    """(holder, addressee) for a cue at token ``tok``: mention-like dicts or None.

    Climbs from the cue through its syntactic heads (within ``segment``, a
    span, if given) and takes the first subject or possessor that names an
    actor; when ``subject == "addressee"`` the first subject met is the
    addressee and the holder is looked for higher up. Leaving the quote that
    contains the cue gives the quote's speaker.
    """
    skip = subject == "addressee"
    addressee = None
    lo, hi = (segment.start, segment.end) if segment is not None else (0, len(tok.doc))
    for node in [tok] + list(tok.ancestors):
        if not lo <= node.i < hi:
            break
        if quote is not None and not _inside(node, quote) and _speaker(quote):
            return _speaker(quote), addressee
        owners = [c for c in node.children if c.dep_ == "poss"] if node.pos_ in ("NOUN", "PROPN") else []
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and lo <= c.i < hi]
        for subj in owners + subjects:
            actor = _subject_actor(subj, mentions, quote)
            if skip:
                skip, addressee = False, actor
                break
            if actor is not None:
                return actor, addressee
    return _speaker(quote), addressee


def _cue_head(tok):
    """The token whose subtree is a cue's scope: the governed verb of an auxiliary,
    marker or preposition; the clause of a predicative adjective (``ready to``)."""
    node = tok
    if node.dep_ in _HEAD_DEPS and node.head is not node:
        node = node.head
    if node.pos_ == "ADJ" and node.dep_ in ("acomp", "amod", "advcl") and node.head is not node:
        node = node.head
    return node


def _in_scope(cue: Match, obj: Match, doc) -> bool:
    """Whether an object lies in the scope of a cue (lists and anaphora: anywhere after it)."""
    if cue.kind in ("list", "anaphora"):
        return obj.start >= cue.start
    if cue.start <= obj.start < cue.end:
        return True
    cue_tok = _token_at(doc, cue.start)
    obj_tok = _token_at(doc, obj.start)
    if cue_tok is None or obj_tok is None:
        return False
    head = _cue_head(cue_tok)
    return head.left_edge.i <= obj_tok.i <= head.right_edge.i


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _innermost(quotes: list[dict], start: int, end: int) -> dict | None:
    hits = [q for q in quotes if q["start"] <= start and end <= q["end"]]
    return min(hits, key=lambda q: q["end"] - q["start"]) if hits else None


def _choose_cue(obj: Match, cues: list[Match], doc) -> Match | None:
    """The nearest cue before the object that has it in scope, else the nearest after it."""
    before = [c for c in cues if c.start <= obj.start and _in_scope(c, obj, doc)]
    if before:
        return max(before, key=lambda c: (c.start, -c.end))
    after = [c for c in cues if c.start > obj.start and c.kind not in ("list", "anaphora")
             and _in_scope(c, obj, doc)]
    return min(after, key=lambda c: c.start) if after else None


def _list_holder(sent, mentions, quotes, taxonomy):
    """The holder of the terms named by a list noun (``Moscow's war objectives``) in ``sent``."""
    for noun in find_cues(sent.text, sent.start_char, taxonomy, kinds={"list_noun"}):
        tok = _token_at(sent.doc, noun.start)
        if tok is not None:
            quote = _innermost(quotes, noun.start, noun.end)
            holder = _possessor_before(tok, mentions) or resolve_holder(tok, "holder", mentions, quote, sent)[0]
            if holder:
                return holder
    return None


def _addressee_after(pos: int, sent_end: int, holder: dict, mentions: list[dict]) -> str:
    for m in mentions:
        if pos <= m["start"] < sent_end and m.get("actor") and m["actor"] != holder.get("actor") \
                and (m.get("country") or "") != (holder.get("country") or ""):
            return m["actor"]
    return ""


def _fallback_holder(sent, cue_pos: int, addressee, mentions):
    """First actor of the sentence before the cue (other than the addressee), else any in it."""
    in_sent = [m for m in mentions if sent.start_char <= m["start"] < sent.end_char and m.get("actor")]
    other = [m for m in in_sent if not addressee or m["actor"] != addressee.get("actor")]
    before = [m for m in other if m["start"] < cue_pos]
    return (before or other or [None])[0]


# --------------------------------------------------------------------------- the table


_LINE_START = re.compile(r"\n+(?=[\"'\u201c\u2018\u00abA-Z])")


def segments(doc):
    r"""The sentences of ``doc``, also split where a line starts with a capital or a quotation
    mark (a headline or byline glued to the next sentence by the parser); a line that goes on
    in lower case is the same sentence wrapped.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> [s.text for s in segments(nlp("By Jane Roe\nTalks end.\nThe end of\ntalks."))]
    ['By Jane Roe', 'Talks end.', 'The end of\ntalks.']
    """
    text = _doc_text(doc)
    for sent in doc.sents:
        sent_text = text[sent.start_char:sent.end_char]
        breaks = list(_LINE_START.finditer(sent_text))
        if not breaks:
            if len(sent) and sent_text.strip():
                yield sent
            continue
        cuts = [sent.start_char] + [m.end() + sent.start_char for m in breaks]
        ends = [m.start() + sent.start_char for m in breaks] + [sent.end_char]
        for start, end in zip(cuts, ends):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span) and span.text.strip():
                yield span


def find_conditions(doc, name: str | None = None, mentions: list[dict] | None = None, quotes: list[dict] | None = None,
                    taxonomy=None) -> list[dict]:
    """The conditions stated in one parsed article: one row per (sentence, holder, category).

    ``mentions``/``quotes`` are the rows of ``actors.find_mentions`` and
    ``quotes.find_quotes`` (only ``actor``, ``type``, ``country``, ``start``,
    ``end`` and ``speaker``, ``speaker_country``, ``start``, ``end`` are used).
    ``taxonomy`` is a :class:`Taxonomy`, a taxonomy DataFrame or a CSV path.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Kremlin demanded that sanctions be lifted.")
    >>> m = [dict(actor="Kremlin", type="organization", country="RUS", start=0, end=7)]
    >>> [(r["holder"], r["category"], r["voice"]) for r in find_conditions(doc, "a.txt", m, [])]
    [('Kremlin', 'sanctions', 'outlet')]
    """
    if isinstance(doc, ArticleContext):
        doc, name, mentions, quotes = doc.doc, doc.name, doc.mentions, doc.quotes
    mentions, quotes = mentions or [], quotes or []
    taxonomy = _as_taxonomy(taxonomy)
    mentions = sorted((m for m in mentions if m.get("actor")), key=lambda m: (m["start"], m["end"]))
    quotes = [q for q in quotes if q.get("start") is not None and q.get("end") is not None]
    cameo = {c.name: c.cameo for c in taxonomy.categories}
    rows: dict[tuple, dict] = {}
    previous = None
    for sent in segments(doc):
        objects = find_objects(sent.text, sent.start_char, taxonomy)
        if objects:
            _sentence_rows(sent, objects, name, mentions, quotes, taxonomy, cameo, previous, rows)
        previous = sent
    return sorted(rows.values(), key=lambda r: (r["start"], r["category"], r["holder"]))


def _sentence_rows(sent, objects, name, mentions, quotes, taxonomy, cameo, previous, rows) -> None:
    doc = sent.doc
    spans = [(o.start, o.end) for o in objects]
    cues = [c for c in find_cues(sent.text, sent.start_char, taxonomy)
            if c.kind != "list_noun" and not any(s < c.end and c.start < e for s, e in spans)]
    if previous is None or not find_cues(previous.text, 0, taxonomy, kinds={"list_noun"}):
        cues = [c for c in cues if c.kind != "anaphora"]
    for obj in objects:
        cue = _choose_cue(obj, cues, doc)
        if cue is None and obj.kind != "standalone":
            continue
        quote = _innermost(quotes, obj.start, obj.end)
        # A clause whose subject is the addressee is entered through the cue's last word
        # (the ``that`` of ``on condition that``, the ``if`` of ``only if``).
        at = (cue.end - 1 if cue.subject == "addressee" else cue.start) if cue else obj.start
        anchor = _token_at(doc, at)
        if anchor is None:
            continue
        kind = cue.kind if cue else "standalone"
        if kind == "anaphora":
            holder, addressee = _list_holder(previous, mentions, quotes, taxonomy), None
        else:
            holder = _possessor_before(anchor, mentions) if kind == "list" else None
            addressee = None
            if holder is None:
                holder, addressee = resolve_holder(anchor, cue.subject if cue else "holder", mentions,
                                                   quote, sent)
        if holder is None:
            holder = _fallback_holder(sent, anchor.idx, addressee, mentions) or _speaker(quote, unnamed=True)
        if holder is None:
            continue
        addressee_name = (addressee or {}).get("actor", "") if addressee is not None else ""
        if not addressee_name or addressee_name == holder["actor"]:
            addressee_name = _addressee_after(anchor.idx, sent.end_char, holder, mentions)
        key = (sent.start_char, holder["actor"], obj.label)
        if key in rows:
            continue
        rows[key] = {
            "article": name,
            "holder": holder["actor"],
            "holder_country": holder.get("country", "") or "",
            "addressee": addressee_name,
            "category": obj.label,
            "cameo": cameo.get(obj.label, ""),
            "text": sent.text.strip(),
            "cue": cue.label if cue else _doc_text(doc)[obj.start:obj.end],
            "start": sent.start_char,
            "end": sent.end_char,
            "voice": "quote" if quote is not None else "outlet",
        }
