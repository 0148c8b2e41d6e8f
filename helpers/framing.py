"""Per-outlet framing measures, each computed on the outlet's own voice.

The outlet's voice is the article text with quoted words held apart: the
direct quotes found by ``quotes`` and any other text between quotation marks
(a scare quote or a short quoted term belongs to whoever is quoted, or is a
term the outlet keeps at a distance; either way it is not the outlet's own
wording). Indirect quotes stay in the outlet's voice: their words are the
outlet's paraphrase. The masked text keeps every character offset, so the
tables of ``actors`` and ``quotes`` still point into it.

Four measures, each a function from tables to a tidy DataFrame:

- :func:`appellations`: how an outlet refers to each actor (names as
  written, titles and epithets before a name, appositives, ``X is a ...``
  predicates), counted per article.
- :func:`loaded_terms`: presence per article of the terms in
  story's ``lexicon.csv`` plus the lower-casing of registered names
  (:func:`lowercase_names`).
- :func:`distinctive_words`: weighted log-odds with an informative
  Dirichlet prior (Monroe, Colaresi and Quinn 2008), one outlet against the
  rest, with a threshold from permuting outlet labels across articles.
- :func:`voices`: whose quotes an outlet carries, by side, with a diversity
  index, who is quoted first and the share of direct quotes.

Nothing here knows a topic: the words to look for are data (the lexicon, the
actor registry), the rest is structure.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article": ["a.txt"], "outlet": ["Daily"],
...                      "text": ['The tyrant spoke. "A tyrant is here," she said.']})
>>> outlet_voice(arts, pd.DataFrame(columns=QUOTE_COLUMNS)).loc[0, "voice"]
'The tyrant spoke.                     she said.'
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import config, stats
from .story import Story, current_story, sides_of

#: The seeds' story's lexicon (a corpus's own story brings its own: ``Story.lexicon``).
LEXICON_PATH = config.PACKAGE_DIR / "stories" / config.SEEDS_STORY / "lexicon.csv"
LEXICON_COLUMNS = ["term", "concept", "variant", "signals", "case_sensitive", "note"]
#: Columns of the quotes table this module reads (a subset of ``quotes.COLUMNS``).
QUOTE_COLUMNS = ["article", "kind", "speaker", "speaker_country", "quote", "start", "end"]
#: Columns of the mentions table this module reads (a subset of ``actors.MENTION_COLUMNS``).
MENTION_COLUMNS = ["article", "actor", "type", "country", "surface", "start", "end", "sentence", "sent_start"]

SPAN_COLUMNS = ["article", "start", "end", "source", "speaker", "speaker_country", "text"]
VOICE_COLUMNS = ["article", "outlet", "voice", "quoted", "n_chars", "n_chars_quoted", "share_quoted"]
APPELLATION_COLUMNS = ["article", "outlet", "actor", "kind", "form", "descriptor", "count"]
TERM_COLUMNS = ["article", "outlet", "concept", "variant", "signals", "n_outlet", "n_quoted", "present"]
LOWERCASE_COLUMNS = ["article", "outlet", "actor", "n_names", "n_lower", "share_lower", "examples"]
WORD_COLUMNS = ["outlet", "word", "y_outlet", "y_rest", "n_articles", "prior", "delta", "z",
                "threshold", "p_perm", "distinctive"]
VOICE_SIDE_COLUMNS = ["outlet", "side", "n_quotes", "share"]
VOICES_COLUMNS = ["outlet", "n_articles", "n_quotes", "n_direct", "n_indirect", "share_direct",
                  "n_speakers", "n_sides", "entropy", "entropy_norm", "first_speaker", "first_side"]

UNKNOWN_SIDE = "unknown"

# --------------------------------------------------------------------------- the outlet's voice

#: Opening and closing quotation marks (straight marks are both; decided by context).
OPENERS = "“«„‘‹\"'"
CLOSERS = {"“": "”", "«": "»", "„": "“”", "‘": "’", "‹": "›", '"': '"', "'": "'"}
#: Quoted spans in single marks longer than this many words are left alone
#: (an apostrophe mistaken for a mark must not mask a paragraph).
MAX_SINGLE_QUOTE_WORDS = 12


def _is_open(text: str, i: int) -> bool:
    """A mark at ``i`` opens when it starts a word: start, space or bracket before, a word char after."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:" or before in OPENERS) and not after.isspace()


def _is_close(text: str, i: int) -> bool:
    """A mark at ``i`` closes when it ends a word: no space before, a non-word char after."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not (after.isalnum())


def mark_spans(text: str) -> list[tuple[int, int]]:
    """Character spans (marks included) of text between paired quotation marks.

    Marks pair within a paragraph only (a reopened mark per paragraph is the
    quotes module's business). A mark that neither opens nor closes by its
    context is ignored, so apostrophes and stray marks do not mask text.

    >>> t = 'He called it "a farce" and left. It\\'s \\'odd\\' here.'
    >>> [t[s:e] for s, e in mark_spans(t)]
    ['"a farce"', "'odd'"]
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        stack: list[tuple[str, int]] = []
        for i, ch in enumerate(paragraph):
            if ch in "\"'”»“’›„‘‹«":
                if stack:
                    opener, start = stack[-1]
                    if ch in CLOSERS[opener] and _is_close(paragraph, i):
                        stack.pop()
                        span_text = paragraph[start:i + 1]
                        if opener in "'‘" and len(span_text.split()) > MAX_SINGLE_QUOTE_WORDS:
                            continue
                        spans.append((offset + start, offset + i + 1))
                        continue
                if ch in OPENERS and _is_open(paragraph, i):
                    stack.append((ch, i))
        offset += len(paragraph) + 1
    return merge_spans(spans)


def merge_spans(spans) -> list[tuple[int, int]]:
    """Sorted, non-overlapping union of ``(start, end)`` spans.

    >>> merge_spans([(5, 9), (0, 3), (2, 4), (9, 10)])
    [(0, 4), (5, 10)]
    """
    merged: list[list[int]] = []
    for start, end in sorted((int(s), int(e)) for s, e in spans if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def overlaps(start: int, end: int, spans) -> bool:
    """True when ``[start, end)`` shares a character with any of ``spans``.

    >>> overlaps(3, 5, [(4, 8)]), overlaps(3, 4, [(4, 8)])
    (True, False)
    """
    return any(start < e and s < end for s, e in spans)


def mask_text(text: str, spans, fill: str = " ") -> str:
    """``text`` with the characters of ``spans`` replaced by ``fill`` (newlines kept; offsets kept).

    >>> mask_text("ab\\ncd", [(1, 4)])
    'a \\n d'
    """
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if chars[i] != "\n":
                chars[i] = fill
    return "".join(chars)


def _quotes_frame(quotes: pd.DataFrame | None) -> pd.DataFrame:
    if quotes is None or len(quotes) == 0:
        return pd.DataFrame(columns=QUOTE_COLUMNS)
    q = quotes.copy()
    for col in QUOTE_COLUMNS:
        if col not in q.columns:
            q[col] = ""
    q["speaker_country"] = q["speaker_country"].fillna("").astype(str)
    q["speaker"] = q["speaker"].fillna("").astype(str)
    return q


def _valid_span(row) -> bool:
    try:
        return int(row.end) > int(row.start) >= 0
    except (TypeError, ValueError):
        return False


MARKS = "\"'“”«»„‘’‹›"


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a quote span to the quotation marks right around it (spaces between allowed).

    >>> _with_marks('He said "no way" twice.', 9, 15)
    (8, 16)
    """
    s = start
    while s > 0 and text[s - 1] == " ":
        s -= 1
    start = s - 1 if s > 0 and text[s - 1] in MARKS else start
    e = end
    while e < len(text) and text[e] == " ":
        e += 1
    end = e + 1 if e < len(text) and text[e] in MARKS else end
    return start, end


def quoted_spans(articles: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Every span of quoted text, per article: direct quotes and text between quotation marks.

    ``source`` is ``direct_quote`` (a direct quote of the quotes table,
    widened to the quotation marks around it) or
    ``quotation_marks`` (paired marks around text that is not itself a
    direct quote, such as a scare quote or a quoted term). ``speaker`` is the
    speaker of the quote (direct or indirect) that contains the span, else
    empty (the outlet's own scare quote).

    >>> arts = pd.DataFrame({"article": ["a"], "outlet": ["O"], "text": ['So-called "experts" agree.']})
    >>> quoted_spans(arts, None)[["source", "text"]].values.tolist()
    [['quotation_marks', '"experts"']]
    """
    q = _quotes_frame(quotes)
    rows = []
    for art in articles.itertuples():
        text = art.text or ""
        aq = q[q["article"] == art.article]
        direct = [r for r in aq.itertuples() if r.kind == "direct" and _valid_span(r)]
        spoken = [r for r in aq.itertuples() if _valid_span(r)]
        for r in direct:
            start, end = _with_marks(text, int(r.start), int(r.end))
            rows.append({"article": art.article, "start": start, "end": end,
                         "source": "direct_quote", "speaker": r.speaker,
                         "speaker_country": r.speaker_country, "text": text[start:end]})
        direct_spans = [(int(r.start), int(r.end)) for r in direct]
        for start, end in mark_spans(text):
            inner = (start + 1, end - 1)
            if any(s <= inner[0] and inner[1] <= e for s, e in direct_spans):
                continue  # the marks around (or inside) a direct quote already masked
            holder = [r for r in spoken if int(r.start) <= start + 1 and end - 1 <= int(r.end)]
            holder.sort(key=lambda r: (r.kind != "direct", int(r.end) - int(r.start)))
            rows.append({"article": art.article, "start": start, "end": end, "source": "quotation_marks",
                         "speaker": holder[0].speaker if holder else "",
                         "speaker_country": holder[0].speaker_country if holder else "",
                         "text": text[start:end]})
    df = pd.DataFrame(rows, columns=SPAN_COLUMNS)
    return df.sort_values(["article", "start", "end"], kind="stable").reset_index(drop=True)


def _spans_by_article(spans: pd.DataFrame) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for art, group in spans.groupby("article", sort=True):
        out[art] = merge_spans(zip(group["start"], group["end"], strict=True))
    return out


def outlet_voice(articles: pd.DataFrame, quotes: pd.DataFrame | None,
                 spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article: the outlet's own voice (quoted spans blanked out) and the quoted text apart.

    ``voice`` has the same length and offsets as ``articles.text``;
    ``quoted`` joins the quoted spans, one per line.

    >>> arts = pd.DataFrame({"article": ["a"], "outlet": ["O"], "text": ['We disagree. "They lie," he said.']})
    >>> q = pd.DataFrame([{"article": "a", "kind": "direct", "speaker": "X", "speaker_country": "",
    ...                    "quote": "They lie,", "start": 14, "end": 23}])
    >>> row = outlet_voice(arts, q).iloc[0]
    >>> row.voice.split(), row.quoted
    (['We', 'disagree.', 'he', 'said.'], 'They lie,')
    """
    spans = quoted_spans(articles, quotes) if spans is None else spans
    by_article = _spans_by_article(spans)
    rows = []
    for art in articles.itertuples():
        text = art.text or ""
        masked = by_article.get(art.article, [])
        quoted = "\n".join(text[s:e].strip("\"'“”«»„‘’‹›") for s, e in masked)
        n_quoted = sum(e - s for s, e in masked)
        rows.append({"article": art.article, "outlet": _outlet(art), "voice": mask_text(text, masked),
                     "quoted": quoted, "n_chars": len(text), "n_chars_quoted": n_quoted,
                     "share_quoted": round(n_quoted / len(text), 4) if text else 0.0})
    return pd.DataFrame(rows, columns=VOICE_COLUMNS)


def _outlet(art) -> str:
    outlet = getattr(art, "outlet", "")
    return outlet if isinstance(outlet, str) and outlet.strip() else f"({art.article})"


def outlet_of(articles: pd.DataFrame) -> dict[str, str]:
    """Article -> outlet; an article without an outlet stands for itself in parentheses."""
    return {art.article: _outlet(art) for art in articles.itertuples()}


# --------------------------------------------------------------------------- appellations

#: Dependency labels of the words before a name that belong to how it is named
#: (``Former Senator``, ``ministry spokesman``, ``the country's leader``).
PREMODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "case", "flat", "npadvmod", "nummod", "punct"}
PRONOUN_TAGS = {"PRP", "PRP$", "WP", "WP$"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
MAX_APPOSITIVE_TOKENS = 14
#: Kinds that are the reference itself (one per mention); appositives and predicates come on top.
REFERENCE_KINDS = ("name", "title/epithet", "description")


@lru_cache(maxsize=1)
def _default_nlp():
    from . import nlp

    return nlp.bare_nlp()


def _strip_possessive(text: str) -> str:
    return re.sub(r"(?:'s|’s|'|’)$", "", text.strip())


def _strip_determiner(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _clean_phrase(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:—–-()")
    return _strip_possessive(_strip_determiner(text))


def _descendant_via(token, root, allowed: set[str]) -> bool:
    """True when ``token`` hangs under ``root`` through ``allowed`` dependencies only."""
    node = token
    for _ in range(12):
        if node.dep_ not in allowed:
            return False
        node = node.head
        if node.i == root.i:
            return True
        if node.head.i == node.i:
            return False
    return False


def premodifier_span(span):
    """The tokens before ``span`` that name it (titles, epithets), as a (start, end) token range.

    >>> nlp = _default_nlp()                                   # doctest: +SKIP
    >>> doc = nlp("corrupt senator jane roe may try.")         # doctest: +SKIP
    >>> premodifier_span(doc[2:4])                             # doctest: +SKIP
    (0, 2)
    """
    doc, root = span.doc, span.root
    i = span.start - 1
    while i >= 0:
        tok = doc[i]
        if tok.dep_ == "punct" and tok.text not in "-‑":
            break
        if tok.tag_ in PRONOUN_TAGS or tok.pos_ in {"DET", "PRON", "VERB", "AUX", "ADP", "SCONJ", "CCONJ"}:
            break
        if not _descendant_via(tok, root, PREMODIFIER_DEPS):
            break
        i -= 1
    start = i + 1
    while start < span.start and (doc[start].is_punct or doc[start].dep_ == "case"):
        start += 1
    return start, span.start


def _phrase(doc, tokens) -> str:
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens:
        return ""
    return doc[tokens[0].i:tokens[-1].i + 1].text


def _subtree_phrase(token, exclude=()) -> tuple[str, int, int]:
    """The contiguous phrase headed by ``token`` (relative clauses left out) and its char span."""
    doc = token.doc
    drop = set(exclude)
    for t in token.subtree:
        if t.i != token.i and t.dep_ in {"relcl", "acl", "advcl"}:
            drop.update(x.i for x in t.subtree)
    keep = {t.i for t in token.subtree} - drop
    lo = hi = token.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    while lo < hi and doc[lo].is_punct:
        lo += 1
    span = doc[lo:hi + 1]
    return span.text, span.start_char, span.end_char


def _head_words(token) -> str:
    """A noun with its compound modifiers (``autocrat``, ``security analyst``)."""
    toks = [t for t in token.lefts if t.dep_ == "compound"] + [token]
    return " ".join(t.text for t in sorted(toks, key=lambda t: t.i))


def _set_off(doc, left: int, right: int) -> bool:
    """True when a comma, dash or bracket stands between token ``left`` and token ``right``."""
    return any(doc[k].text in {",", "—", "–", "(", "-"} for k in range(left + 1, right))


def _appositives_after(span, in_span: set[int]) -> list[dict]:
    """``X, a veteran diplomat, ...``: appositives set off after the mention."""
    doc, out = span.doc, []
    for child in span.root.children:
        if (child.dep_ == "appos" and child.i >= span.end and child.pos_ in {"NOUN", "PROPN"}
                and span.end < len(doc) and doc[span.end].text in {",", "(", "—", "–"}):
            text, s, e = _subtree_phrase(child, exclude=in_span)
            if text and len(text.split()) <= MAX_APPOSITIVE_TOKENS:
                out.append({"kind": "appositive", "form": _clean_phrase(text),
                            "descriptor": _clean_phrase(_head_words(child)), "start": s, "end": e})
    return out


def _appositive_before(span, in_span: set[int]) -> list[dict]:
    """``the veteran diplomat, X, ...``: the noun phrase the mention is an appositive of."""
    doc, root = span.doc, span.root
    if not (root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ in {"NOUN", "PROPN"}
            and _set_off(doc, root.head.i, span.start)):
        return []
    head = root.head
    toks = [t for t in head.lefts if t.i < head.i] + [head]
    toks = [t for t in toks if t.i not in in_span]
    text = _phrase(doc, toks)
    if not text:
        return []
    return [{"kind": "appositive", "form": _clean_phrase(text), "descriptor": _clean_phrase(_head_words(head)),
             "start": min(t.idx for t in toks), "end": head.idx + len(head.text)}]


def _predicates(root) -> list[dict]:
    """``X is a veteran diplomat``: the predicate noun of a copula whose subject is the mention."""
    out = []
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        for child in root.head.children:
            if child.dep_ == "attr" and child.pos_ in {"NOUN", "PROPN"} and child.i > root.i:
                text, s, e = _subtree_phrase(child)
                if text and len(text.split()) <= MAX_APPOSITIVE_TOKENS:
                    out.append({"kind": "predicate", "form": _clean_phrase(text),
                                "descriptor": _clean_phrase(_head_words(child)), "start": s, "end": e})
    return out


def describe_mention(span, name_words=None) -> list[dict]:
    """How one mention (a spaCy Span) names its actor: a list of ``{kind, form, descriptor, start, end}``.

    ``kind`` is ``name`` (the name as written), ``title/epithet`` (words
    before the name, kept in ``descriptor``), ``description`` (a reference
    without the name: ``the country's leader``, a capital for its state),
    ``appositive`` (``X, a ... ,`` or ``the ..., X``) or ``predicate``
    (``X is a ...``). Character offsets are relative to the parsed text.
    Pronouns give nothing. ``name_words`` (lower-cased words of the actor's
    name) tell a name from a description; without them a mention with a
    common noun is a description.

    >>> nlp = _default_nlp()                                         # doctest: +SKIP
    >>> doc = nlp("Smith, a veteran diplomat, said no.")              # doctest: +SKIP
    >>> [(d["kind"], d["form"]) for d in describe_mention(doc[0:1])]  # doctest: +SKIP
    [('name', 'Smith'), ('appositive', 'veteran diplomat')]
    """
    doc = span.doc
    if all(t.tag_ in PRONOUN_TAGS or t.pos_ == "PRON" for t in span):
        return []
    root = span.root
    out = []
    surface = _strip_possessive(_strip_determiner(span.text))
    words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’.-]*", surface)]
    if name_words:
        descriptive = not any(_strip_possessive(w) in name_words for w in words)
    else:
        descriptive = any(t.pos_ == "NOUN" for t in span if t.text.lower() not in DETERMINERS)
    pre_start, pre_end = premodifier_span(span)
    descriptor = doc[pre_start:pre_end].text if pre_start < pre_end else ""
    if descriptor:
        form = _strip_possessive(doc[pre_start:span.end].text)
        out.append({"kind": "title/epithet", "form": " ".join(form.split()),
                    "descriptor": _clean_phrase(descriptor),
                    "start": doc[pre_start].idx, "end": span.end_char})
    else:
        out.append({"kind": "description" if descriptive else "name", "form": surface,
                    "descriptor": _clean_phrase(surface) if descriptive else "",
                    "start": span.start_char, "end": span.end_char})
    in_span = {t.i for t in span}
    out += _appositives_after(span, in_span) + _appositive_before(span, in_span) + _predicates(root)
    return [d for d in out if d["form"]]


def _mentions_frame(mentions: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    m = mentions.copy()
    for col in MENTION_COLUMNS:
        if col not in m.columns:
            m[col] = "" if col not in {"start", "end", "sent_start"} else np.nan
    texts = dict(zip(articles["article"], articles["text"], strict=True))
    starts = []
    for r in m.itertuples():
        s = r.sent_start
        if s is None or (isinstance(s, float) and math.isnan(s)) or s == "":
            text = texts.get(r.article, "")
            sentence = r.sentence if isinstance(r.sentence, str) else ""
            found = text.rfind(sentence, 0, int(r.start) + 1) if sentence else -1
            s = found if found >= 0 and found + len(sentence) >= int(r.end) else int(r.start)
        starts.append(int(s))
    m["sent_start"] = starts
    m["sentence"] = m["sentence"].fillna("").astype(str)
    return m[m["article"].isin(texts)].reset_index(drop=True)


def _parsed_sentences(m: pd.DataFrame, articles: pd.DataFrame, nlp) -> dict[tuple[str, int], object]:
    """Parse each distinct mention sentence once, from the article text so offsets agree."""
    texts = dict(zip(articles["article"], articles["text"], strict=True))
    keys, sents = [], []
    for key, group in m.groupby(["article", "sent_start"], sort=True):
        text = texts[key[0]]
        length = max(len(group["sentence"].iloc[0]), int(group["end"].max()) - key[1])
        keys.append((key[0], int(key[1])))
        sents.append(text[key[1]:key[1] + length])
    nlp = nlp or _default_nlp()
    return dict(zip(keys, nlp.pipe(sents, batch_size=64), strict=True))


def mention_forms(articles: pd.DataFrame, mentions: pd.DataFrame, quotes: pd.DataFrame | None,
                  nlp=None, spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per way a mention names its actor, with ``in_quote`` telling whose words they are.

    Columns: article, outlet, actor, kind, form, descriptor, start, end,
    in_quote (the words overlap a quoted span), speaker (whose quote).
    """
    columns = ["article", "outlet", "actor", "kind", "form", "descriptor", "start", "end", "in_quote", "speaker"]
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=columns)
    spans = quoted_spans(articles, quotes) if spans is None else spans
    span_rows = {a: list(g.itertuples()) for a, g in spans.groupby("article")}
    outlets = outlet_of(articles)
    m = _mentions_frame(mentions, articles)
    docs = _parsed_sentences(m, articles, nlp)
    rows = []
    for r in m.itertuples():
        doc = docs[(r.article, r.sent_start)]
        span = doc.char_span(int(r.start) - r.sent_start, int(r.end) - r.sent_start, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        name_words = {w.lower() for w in re.findall(r"[^\W\d_][\w'’.-]*", str(r.actor))}
        for d in describe_mention(span, name_words=name_words):
            start, end = d["start"] + r.sent_start, d["end"] + r.sent_start
            holders = [s for s in span_rows.get(r.article, []) if start < s.end and s.start < end]
            rows.append({"article": r.article, "outlet": outlets[r.article], "actor": r.actor,
                         "kind": d["kind"], "form": d["form"], "descriptor": d["descriptor"],
                         "start": start, "end": end, "in_quote": bool(holders),
                         "speaker": holders[0].speaker if holders else ""})
    df = _drop_contained(pd.DataFrame(rows, columns=columns).drop_duplicates())
    return df.sort_values(["article", "start", "kind", "form"], kind="stable").reset_index(drop=True)


def _drop_contained(df: pd.DataFrame) -> pd.DataFrame:
    """Drop a reference that lies inside a longer one of the same actor (``X`` in ``Title X``).

    Two registry aliases side by side (a title alias, then the name) are one
    way of naming, counted once as the longer form.
    """
    if df.empty:
        return df
    refs = df[df["kind"].isin(REFERENCE_KINDS)]
    drop = set()
    for (_, _), group in refs.groupby(["article", "actor"], sort=False):
        spans = list(zip(group.index, group["start"], group["end"], strict=True))
        for idx, s, e in spans:
            if any(o != idx and s2 <= s and e <= e2 and (e2 - s2) > (e - s) for o, s2, e2 in spans):
                drop.add(idx)
    return df.drop(index=sorted(drop))


def appellations(articles: pd.DataFrame, mentions: pd.DataFrame, quotes: pd.DataFrame | None,
                 nlp=None, forms: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article x actor: the forms of reference in the outlet's own voice, with counts.

    Forms inside any quoted span are left out (they are the speaker's);
    :func:`mention_forms` keeps them with ``in_quote=True``.

    >>> arts = pd.DataFrame({"article": ["a"], "outlet": ["O"], "text": ["The tyrant Smith spoke."]})
    >>> m = pd.DataFrame([{"article": "a", "actor": "John Smith", "surface": "Smith", "start": 11,
    ...                    "end": 16, "sentence": "The tyrant Smith spoke.", "sent_start": 0}])
    >>> appellations(arts, m, None)[["kind", "form", "descriptor", "count"]].values.tolist()  # doctest: +SKIP
    [['title/epithet', 'tyrant Smith', 'tyrant', 1]]
    """
    forms = mention_forms(articles, mentions, quotes, nlp=nlp) if forms is None else forms
    own = forms[~forms["in_quote"].astype(bool)]
    if own.empty:
        return pd.DataFrame(columns=APPELLATION_COLUMNS)
    out = (own.groupby(["article", "outlet", "actor", "kind", "form", "descriptor"], sort=True)
           .size().rename("count").reset_index())
    return out.sort_values(["actor", "outlet", "article", "count", "kind", "form"],
                           ascending=[True, True, True, False, True, True], kind="stable"
                           ).reset_index(drop=True)[APPELLATION_COLUMNS]


def appellation_summary(table: pd.DataFrame, actor: str | None = None) -> pd.DataFrame:
    """Per outlet x actor x form: total count and the number of articles it appears in.

    >>> t = pd.DataFrame([{"article": "a", "outlet": "O", "actor": "X", "kind": "name", "form": "X",
    ...                    "descriptor": "", "count": 2}])
    >>> appellation_summary(t).to_dict("records")
    [{'outlet': 'O', 'actor': 'X', 'kind': 'name', 'form': 'X', 'count': 2, 'n_articles': 1}]
    """
    t = table if actor is None else table[table["actor"] == actor]
    out = (t.groupby(["outlet", "actor", "kind", "form"], sort=True)
           .agg(count=("count", "sum"), n_articles=("article", "nunique")).reset_index())
    out = out.sort_values(["actor", "outlet", "count", "kind", "form"],
                          ascending=[True, True, False, True, True], kind="stable")
    return out.reset_index(drop=True)


# --------------------------------------------------------------------------- loaded terms


@lru_cache(maxsize=8)
def _read_lexicon(path: str) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)


def load_lexicon(path: "Path | str | Story | None" = None) -> pd.DataFrame:
    """The lexicon of loaded terms: one row per term (a regular expression; a plain phrase is one).

    ``path`` is a lexicon CSV or a :class:`~helpers.story.Story` (default: the
    story of the configured corpus, :func:`helpers.story.current_story`).
    Columns: term, concept, variant, signals, case_sensitive (``1``/``true``
    or empty), note. A space in a term matches any run of whitespace.

    >>> lex = load_lexicon(LEXICON_PATH)
    >>> {"term", "concept", "variant", "signals"} <= set(lex.columns)
    True
    """
    if path is None:
        path = current_story()
    if isinstance(path, Story):
        lex, path = path.lexicon.copy(), f"story {path.name}"
    else:
        lex = _read_lexicon(str(path)).copy()
    missing = {"term", "concept", "variant", "signals"} - set(lex.columns)
    if missing:
        raise ValueError(f"{path}: lexicon lacks columns {sorted(missing)}")
    for col in LEXICON_COLUMNS:
        if col not in lex.columns:
            lex[col] = ""
    lex = lex[lex["term"].str.strip() != ""].reset_index(drop=True)
    lex["case_sensitive"] = lex["case_sensitive"].str.strip().str.lower().isin({"1", "true", "yes", "y"})
    return lex


def term_pattern(term: str, case_sensitive: bool = False) -> re.Pattern:
    """The compiled pattern of a lexicon term, bounded by non-word characters.

    >>> bool(term_pattern("special (military )?operation").search("a Special  operation"))
    True
    >>> bool(term_pattern("Lvov").search("Lvovsky Street"))
    False
    >>> bool(term_pattern("mega ?project").search("a megaproject"))
    True
    """
    body = re.sub(r"(?<!\\) ", r"(?:\\s+)", term.strip())
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def count_terms(text: str, lexicon: pd.DataFrame) -> list[int]:
    """How often each lexicon row's term occurs in ``text``.

    >>> count_terms("Lviv and Lviv", pd.DataFrame({"term": ["Lviv"], "case_sensitive": [False]}))
    [2]
    """
    return [len(term_pattern(r.term, bool(r.case_sensitive)).findall(text)) for r in lexicon.itertuples()]


def lexicon_terms(articles: pd.DataFrame, quotes: pd.DataFrame | None, lexicon: pd.DataFrame | None = None,
                  voice: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article x lexicon variant: occurrences in the outlet's voice and in quoted text; presence.

    Rows of the same concept and variant are summed; every article gets
    every variant (zeros included), so absence is visible.
    """
    lexicon = load_lexicon() if lexicon is None else lexicon
    voice = outlet_voice(articles, quotes) if voice is None else voice
    rows = []
    for v in voice.itertuples():
        own = count_terms(v.voice, lexicon)
        quoted = count_terms(v.quoted, lexicon)
        for lex, n_own, n_q in zip(lexicon.itertuples(), own, quoted, strict=True):
            rows.append({"article": v.article, "outlet": v.outlet, "concept": lex.concept,
                         "variant": lex.variant, "signals": lex.signals, "n_outlet": n_own, "n_quoted": n_q})
    df = pd.DataFrame(rows, columns=TERM_COLUMNS[:-1])
    if df.empty:
        return pd.DataFrame(columns=TERM_COLUMNS)
    keys = ["article", "outlet", "concept", "variant", "signals"]
    df = df.groupby(keys, sort=False, as_index=False)[["n_outlet", "n_quoted"]].sum()
    df["present"] = df["n_outlet"] > 0
    return df.sort_values(["concept", "variant", "article"], kind="stable").reset_index(drop=True)


def _name_words(actor: str, aliases) -> dict[str, str]:
    """Lower-cased word -> a capitalised spelling of it, from the canonical name and its aliases."""
    names = [actor]
    if isinstance(aliases, str):
        names += re.split(r"\s*[;|]\s*", aliases)
    elif isinstance(aliases, (list, tuple, set)):
        names += list(aliases)
    words: dict[str, str] = {}
    for name in names:
        for word in re.findall(r"[^\W\d_][\w'’.-]*", str(name)):
            if word != word.lower():
                words.setdefault(word.lower(), word)
    return words


def _sentence_initial(text: str, start: int) -> bool:
    """True when nothing but punctuation or space stands between the line/sentence start and ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    tail = re.split(r"[.!?…]\s", before)[-1]
    return not re.search(r"\w", tail)


def _aliases_and_registered(actors: pd.DataFrame | None) -> tuple[dict[str, object], set[str] | None]:
    """The actors table's aliases by actor, and its registered actors (None: no such column)."""
    if actors is None or not len(actors):
        return {}, None
    aliases = actors.get("aliases", pd.Series([""] * len(actors)))
    alias_of = dict(zip(actors["actor"], aliases, strict=True))
    if "registered" not in actors.columns:
        return alias_of, None
    flags = actors["registered"].astype(str).str.lower().isin({"true", "1", "yes"})
    return alias_of, set(actors.loc[flags, "actor"])


def lowercase_names(articles: pd.DataFrame, mentions: pd.DataFrame, quotes: pd.DataFrame | None,
                    actors: pd.DataFrame | None = None, min_sentence_words: int = 4,
                    spans: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article x actor: how often a registered name is written all in lower case by the outlet.

    A mention counts when it is in the outlet's voice, not at the start of a
    sentence or line, in a sentence and a line of at least
    ``min_sentence_words`` words (not a tag line), and every word of it is a word of the actor's
    name or aliases that the registry spells with a capital (``roe`` for
    ``Jane Roe``). ``n_lower`` of ``n_names`` such mentions are in lower case.

    >>> arts = pd.DataFrame({"article": ["a"], "outlet": ["O"], "text": ["Yesterday smith met the press."]})
    >>> m = pd.DataFrame([{"article": "a", "actor": "John Smith", "surface": "smith", "start": 10,
    ...                    "end": 15, "sentence": "Yesterday smith met the press.", "sent_start": 0}])
    >>> lowercase_names(arts, m, None)[["actor", "n_names", "n_lower"]].values.tolist()
    [['John Smith', 1, 1]]
    """
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame(columns=LOWERCASE_COLUMNS)
    spans = quoted_spans(articles, quotes) if spans is None else spans
    masked = _spans_by_article(spans)
    texts = dict(zip(articles["article"], articles["text"], strict=True))
    outlets = outlet_of(articles)
    alias_of, registered = _aliases_and_registered(actors)
    m = _mentions_frame(mentions, articles)
    if "source" in m.columns:
        m = m[m["source"].fillna("registry").astype(str) != "discovered"]
    rows = []
    for r in m.itertuples():
        if registered is not None and r.actor not in registered:
            continue
        text = texts[r.article]
        start, end = int(r.start), int(r.end)
        surface = _strip_possessive(text[start:end])
        words = re.findall(r"[^\W\d_][\w'’.-]*", surface)
        capitals = _name_words(r.actor, alias_of.get(r.actor, ""))
        if not words or any(w.lower() not in capitals for w in words):
            continue
        if overlaps(start, end, masked.get(r.article, [])) or _sentence_initial(text, start):
            continue
        line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
        if min(len(r.sentence.split()), len(line.split())) < min_sentence_words:
            continue
        rows.append({"article": r.article, "outlet": outlets[r.article], "actor": r.actor,
                     "lower": surface == surface.lower(), "surface": surface})
    if not rows:
        return pd.DataFrame(columns=LOWERCASE_COLUMNS)
    df = pd.DataFrame(rows)
    out = df.groupby(["article", "outlet", "actor"], sort=True).agg(
        n_names=("lower", "size"), n_lower=("lower", "sum"),
        examples=("surface", lambda s: "; ".join(sorted(set(s[df.loc[s.index, "lower"]]))))
    ).reset_index()
    out["n_lower"] = out["n_lower"].astype(int)
    out["share_lower"] = (out["n_lower"] / out["n_names"]).round(3)
    return out[LOWERCASE_COLUMNS].reset_index(drop=True)


def loaded_terms(articles: pd.DataFrame, quotes: pd.DataFrame | None, mentions: pd.DataFrame | None = None,
                 actors: pd.DataFrame | None = None, lexicon: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per article: presence of each lexicon variant, plus ``lower-case name`` rows when mentions are given.

    The lower-case marker is one row per article x actor written in lower
    case at least once (concept ``lower_case_name``, variant
    ``lower-case <actor>``, signals ``lower_case_name``); ``n_outlet``
    counts the lower-case mentions.

    >>> arts = pd.DataFrame({"article": ["a"], "outlet": ["O"], "text": ['In Lviv. "Lvov is far," he said.']})
    >>> lex = pd.DataFrame({"term": ["Lviv", "Lvov"], "concept": ["city"] * 2, "variant": ["Lviv", "Lvov"],
    ...                     "signals": ["u", "r"], "case_sensitive": [False] * 2})
    >>> loaded_terms(arts, None, lexicon=lex)[["variant", "n_outlet", "n_quoted"]].values.tolist()
    [['Lviv', 1, 0], ['Lvov', 0, 1]]
    """
    spans = quoted_spans(articles, quotes)
    voice = outlet_voice(articles, quotes, spans=spans)
    terms = lexicon_terms(articles, quotes, lexicon=lexicon, voice=voice)
    if mentions is None or len(mentions) == 0:
        return terms
    low = lowercase_names(articles, mentions, quotes, actors=actors, spans=spans)
    low = low[low["n_lower"] > 0]
    extra = pd.DataFrame({"article": low["article"], "outlet": low["outlet"], "concept": "lower_case_name",
                          "variant": "lower-case " + low["actor"], "signals": "lower_case_name",
                          "n_outlet": low["n_lower"], "n_quoted": 0, "present": True}, columns=TERM_COLUMNS)
    out = pd.concat([terms, extra], ignore_index=True) if len(extra) else terms
    out["present"] = out["present"].astype(bool)
    return out.sort_values(["concept", "variant", "article"], kind="stable").reset_index(drop=True)


def presence_matrix(terms: pd.DataFrame, by: str = "outlet") -> pd.DataFrame:
    """Variants (rows: concept, variant, signals) x outlets: 1 when present in any article of the outlet.

    >>> t = pd.DataFrame({"outlet": ["A", "B"], "concept": ["c", "c"], "variant": ["v", "v"],
    ...                   "signals": ["s", "s"], "present": [True, False]})
    >>> presence_matrix(t).values.tolist()
    [[1, 0]]
    """
    wide = (terms.assign(present=terms["present"].astype(int))
            .pivot_table(index=["concept", "variant", "signals"], columns=by, values="present",
                         aggfunc="max", fill_value=0))
    wide.columns.name = None
    return wide.sort_index().astype(int)


# --------------------------------------------------------------------------- distinctive words

WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def tokenize(text: str) -> list[str]:
    """Lower-cased words (letters, with inner apostrophes and hyphens; possessive ``'s`` dropped).

    >>> tokenize("Freedonia’s pro-Western FREEDONIA, 2024 don't")
    ['freedonia', 'pro-western', 'freedonia', "don't"]
    """
    words = []
    for w in WORD_RE.findall(text):
        w = w.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        words.append(w)
    return words


def word_counts(texts: dict[str, str] | pd.Series, min_articles: int = 2) -> pd.DataFrame:
    """Article x word counts for the words found in at least ``min_articles`` articles (columns sorted).

    >>> word_counts({"a": "war war peace", "b": "war talk"}).to_dict("index")
    {'a': {'war': 2}, 'b': {'war': 1}}
    """
    texts = dict(texts)
    rows = {art: pd.Series(tokenize(t), dtype=object).value_counts() for art, t in sorted(texts.items())}
    counts = pd.DataFrame(rows).T.fillna(0).astype(int)
    if counts.empty:
        return counts
    keep = (counts > 0).sum(axis=0) >= min_articles
    counts = counts.loc[:, keep]
    return counts[sorted(counts.columns)]


def log_odds_z(y_i, y_j, a):
    """Weighted log-odds z of group i against j with Dirichlet prior ``a`` (Monroe et al. 2008).

    ``d = ln((y_i+a)/(n_i+a0-y_i-a)) - ln((y_j+a)/(n_j+a0-y_j-a))``,
    ``var = 1/(y_i+a) + 1/(y_j+a)``, ``z = d / sqrt(var)``; ``n`` are the
    group totals and ``a0 = sum(a)``. Arrays broadcast along the last axis
    (words). Returns ``(d, z)``.

    >>> d, z = log_odds_z(np.array([3.0, 1.0]), np.array([1.0, 3.0]), np.array([1.0, 1.0]))
    >>> [round(float(v), 4) for v in z]
    [1.6008, -1.6008]
    """
    y_i, y_j, a = (np.asarray(v, dtype=float) for v in (y_i, y_j, a))
    n_i = y_i.sum(axis=-1, keepdims=True)
    n_j = y_j.sum(axis=-1, keepdims=True)
    a0 = a.sum(axis=-1, keepdims=True)
    d = np.log((y_i + a) / (n_i + a0 - y_i - a)) - np.log((y_j + a) / (n_j + a0 - y_j - a))
    var = 1.0 / (y_i + a) + 1.0 / (y_j + a)
    return d, d / np.sqrt(var)


def _group_z(counts: np.ndarray, labels: np.ndarray, groups: list, a: np.ndarray) -> np.ndarray:
    """z for each group against the rest: groups x words."""
    total = counts.sum(axis=0)
    y_i = np.vstack([counts[labels == g].sum(axis=0) for g in groups])
    return log_odds_z(y_i, total - y_i, np.broadcast_to(a, y_i.shape))[1]


def permutation_maxima(counts: np.ndarray, labels, a: np.ndarray, n_permutations: int = 200,
                       seed: int = 0) -> np.ndarray:
    """Max |z| over groups and words for each shuffle of the group labels across articles.

    With one article per group every shuffle gives the same comparisons, so
    every maximum equals the observed one: such data cannot single out a word.
    """
    labels = np.asarray(labels)
    groups = sorted(set(labels.tolist()))

    def max_abs_z(shuffled) -> float:
        z = _group_z(counts, shuffled, groups, a)
        return float(np.abs(z).max()) if z.size else 0.0

    return stats.permutation_statistics(labels, max_abs_z, n_permutations, seed)


def _empty_words() -> pd.DataFrame:
    """No (outlet, word) rows, but the columns typed as a full table has them (``distinctive`` boolean)."""
    return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in zip(
        WORD_COLUMNS, [object, object, int, int, int, float, float, float, float, float, bool], strict=True)})


def distinctive_words(articles: pd.DataFrame, quotes: pd.DataFrame | None = None, min_articles: int = 2,
                      prior_scale: float = 1.0, n_permutations: int = 200, seed: int = 0,
                      quantile: float = 0.95, voice: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each outlet's words against the rest: weighted log-odds z with an informative Dirichlet prior.

    Words are counted in the outlet's voice (quotes masked), lower-cased,
    and kept when found in at least ``min_articles`` articles. The prior is
    the pooled corpus: ``a_w = prior_scale * (pooled count of w)``. The
    threshold is the ``quantile`` of the maximum |z| over outlets and words
    when outlet labels are shuffled across articles (``n_permutations``,
    fixed ``seed``); ``p_perm`` is the share of shuffles whose maximum
    reaches |z| (family-wise). ``distinctive`` is ``|z| > threshold``.
    Rows are every (outlet, word), sorted by outlet then z descending.
    """
    voice = outlet_voice(articles, quotes) if voice is None else voice
    counts = word_counts(dict(zip(voice["article"], voice["voice"], strict=True)), min_articles=min_articles)
    if counts.empty or counts.shape[1] == 0:
        return _empty_words()
    outlets = outlet_of(articles)
    labels = np.array([outlets[a] for a in counts.index])
    groups = sorted(set(labels.tolist()))
    c = counts.to_numpy(dtype=float)
    a = prior_scale * c.sum(axis=0)
    total = c.sum(axis=0)
    y_i = np.vstack([c[labels == g].sum(axis=0) for g in groups])
    d, z = log_odds_z(y_i, total - y_i, np.broadcast_to(a, y_i.shape))
    maxima = permutation_maxima(c, labels, a, n_permutations=n_permutations, seed=seed)
    threshold = float(np.quantile(maxima, quantile))
    present = (c > 0).sum(axis=0)
    rows = []
    for gi, g in enumerate(groups):
        for wi, word in enumerate(counts.columns):
            zz = float(z[gi, wi])
            rows.append({"outlet": g, "word": word, "y_outlet": int(y_i[gi, wi]),
                         "y_rest": int(total[wi] - y_i[gi, wi]), "n_articles": int(present[wi]),
                         "prior": round(float(a[wi]), 4), "delta": round(float(d[gi, wi]), 4),
                         "z": round(zz, 4), "threshold": round(threshold, 4),
                         "p_perm": round((1 + int((maxima >= abs(zz) - 1e-12).sum())) / (1 + n_permutations), 4),
                         "distinctive": abs(zz) > threshold + 1e-9})
    df = pd.DataFrame(rows, columns=WORD_COLUMNS)
    return df.sort_values(["outlet", "z", "word"], ascending=[True, False, True], kind="stable").reset_index(drop=True)


def top_words(table: pd.DataFrame, n: int = 8) -> pd.DataFrame:
    """The ``n`` words of highest z per outlet (the outlet's most over-used words).

    >>> t = pd.DataFrame({"outlet": ["A", "A", "A"], "word": ["x", "y", "z"], "z": [2.0, 3.0, -1.0]})
    >>> top_words(t, 2)["word"].tolist()
    ['y', 'x']
    """
    t = table.sort_values(["outlet", "z", "word"], ascending=[True, False, True], kind="stable")
    return t.groupby("outlet", sort=True).head(n).reset_index(drop=True)


# --------------------------------------------------------------------------- voices


def shannon_entropy(counts) -> float:
    """Shannon entropy (natural log) of a list of counts.

    >>> round(shannon_entropy([1, 1]), 4)
    0.6931
    """
    c = np.asarray([x for x in counts if x > 0], dtype=float)
    if c.size == 0:
        return 0.0
    p = c / c.sum()
    return float(0.0 - (p * np.log(p)).sum())


def _sides(quotes: pd.DataFrame) -> pd.Series:
    return sides_of(quotes)


def voices_by_side(articles: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Per outlet x side (speaker_country; ``unknown`` when empty): number and share of quotes.

    >>> arts = pd.DataFrame({"article": ["a"], "outlet": ["O"], "text": ["..."]})
    >>> q = pd.DataFrame({"article": ["a"] * 3, "kind": ["direct"] * 3, "speaker": ["X", "X", "Y"],
    ...                   "speaker_country": ["RUS", "RUS", "UKR"], "start": [0, 1, 2], "end": [1, 2, 3]})
    >>> voices_by_side(arts, q)[["side", "n_quotes", "share"]].values.tolist()
    [['RUS', 2, 0.6667], ['UKR', 1, 0.3333]]
    """
    q = _quotes_frame(quotes)
    outlets = outlet_of(articles)
    q = q[q["article"].isin(outlets)]
    if q.empty:
        return pd.DataFrame(columns=VOICE_SIDE_COLUMNS)
    q = q.assign(outlet=q["article"].map(outlets), side=_sides(q))
    out = q.groupby(["outlet", "side"], sort=True).size().rename("n_quotes").reset_index()
    out["share"] = (out["n_quotes"] / out.groupby("outlet")["n_quotes"].transform("sum")).round(4)
    return out[VOICE_SIDE_COLUMNS]


def voices(articles: pd.DataFrame, quotes: pd.DataFrame | None) -> pd.DataFrame:
    """Per outlet: how many quotes, direct vs indirect, how diverse the sides, who is quoted first.

    ``entropy`` is the Shannon entropy of the outlet's quotes over sides;
    ``entropy_norm`` divides it by ln(number of sides quoted in the whole
    corpus), so 1 means every side of the corpus equally heard. The first
    speaker is the speaker of the quote that starts earliest in each article
    (``; ``-joined over an outlet's articles).

    >>> arts = pd.DataFrame({"article": ["a"], "outlet": ["O"], "text": ["..."]})
    >>> q = pd.DataFrame({"article": ["a", "a"], "kind": ["indirect", "direct"], "speaker": ["Y", "X"],
    ...                   "speaker_country": ["UKR", "RUS"], "start": [9, 2], "end": [12, 5]})
    >>> voices(arts, q)[["n_quotes", "share_direct", "entropy_norm", "first_speaker"]].values.tolist()
    [[2, 0.5, 1.0, 'X']]
    """
    q = _quotes_frame(quotes)
    outlets = outlet_of(articles)
    q = q[q["article"].isin(outlets)].copy()
    q["side"] = _sides(q) if len(q) else pd.Series(dtype=str)
    k = q["side"].nunique()
    rows = []
    for outlet in sorted(set(outlets.values())):
        arts = sorted(a for a, o in outlets.items() if o == outlet)
        oq = q[q["article"].isin(arts)]
        side_counts = oq["side"].value_counts()
        firsts, first_sides = [], []
        for art in arts:
            aq = oq[oq["article"] == art]
            if len(aq):
                first = aq.assign(_s=pd.to_numeric(aq["start"], errors="coerce")).sort_values(
                    ["_s", "kind"], kind="stable").iloc[0]
                firsts.append(first["speaker"])
                first_sides.append(first["side"])
        entropy = shannon_entropy(side_counts.values)
        n = len(oq)
        n_direct = int((oq["kind"] == "direct").sum())
        rows.append({"outlet": outlet, "n_articles": len(arts), "n_quotes": n, "n_direct": n_direct,
                     "n_indirect": int((oq["kind"] == "indirect").sum()),
                     "share_direct": round(n_direct / n, 4) if n else float("nan"),
                     "n_speakers": int(oq["speaker"].nunique()), "n_sides": int(side_counts.size),
                     "entropy": round(entropy, 4),
                     "entropy_norm": round(entropy / math.log(k), 4) if k > 1 else 0.0,
                     "first_speaker": "; ".join(firsts), "first_side": "; ".join(first_sides)})
    return pd.DataFrame(rows, columns=VOICES_COLUMNS)
