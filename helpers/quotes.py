"""Quotes: direct and indirect quotes in a parsed article and who said them.

Three steps, each usable on its own:

1. :func:`find_quote_spans` pairs quotation marks in plain text (no spaCy):
   straight, curly and guillemet marks, a closing mark misused as an opening
   one, a missing closing mark at the end of a paragraph, a quote reopened on
   each new paragraph (one span), apostrophes never taken for marks.
2. :func:`find_quotes` attributes each direct quote of four or more words to
   a speaker (the verb of saying next to it, the clause that governs it,
   ``according to X``, a colon or dash, or the speaker of the sentences just
   before), and finds indirect quotes in the dependency parse: a verb of
   saying from ``data/quote_cues.csv`` with its content clause, ``according
   to X, ...``, speech acts that carry content.
3. Speakers are canonical actors from the mentions table; pronouns, roles
   (``the spokesman``) and documents (``the report``) resolve to the actor
   meant; a name the registry lacks keeps its NER text; sources the article
   does not name become ``unnamed: <description>``.

What notebook 01 summarises from the finished tables lives in
:mod:`helpers.analysis.quotes`.

>>> find_quote_spans('He said: "We will not give up on this." It’s late.')
[(10, 38)]
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


from . import config
from .context import ArticleContext
from .actors import ORG_TRAILERS, TITLES, clean_name
from .actors import doc_text as _doc_text

COLUMNS = ["article", "kind", "speaker", "speaker_country", "quote", "cue", "start", "end",
           "sentence", "speaker_surface"]
CUES_FILE = config.DATA_DIR / "quote_cues.csv"
#: A quoted span of fewer words is a scare quote or a term, not a quote.
MIN_WORDS = 4

# ---------------------------------------------------------------------------- words


def norm_tokens(text: str) -> list[str]:
    """Words as the annotation guide counts them (NFKC, lower case, apostrophes deleted).

    >>> norm_tokens("Norway’s “goals” don't change")
    ['norways', 'goals', 'dont', 'change']
    """
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = re.sub(r"[‘’ʼ`´']", "'", text)
    text = re.sub(r"(\w) n't\b", r"\1n't", text)
    text = text.replace("'", "")
    text = re.sub(r"[^\w\s]|_", " ", text)
    return text.split()


def n_words(text: str) -> int:
    """Number of words in ``text`` as the guide counts them.

    >>> n_words("the '90s, don't")
    3
    """
    return len(norm_tokens(text))


# ---------------------------------------------------------------------------- quotation marks

OPEN_GLYPHS = "“«„‟"
CLOSE_GLYPHS = "”»"
STRAIGHT = '"'
MARKS = OPEN_GLYPHS + CLOSE_GLYPHS + STRAIGHT
_DASHES = "—–-"
_SPEECH_AFTER = re.compile(
    r"^\s*(?:[,.]\s*)?(?:(?:[A-Z][\w.'’-]*|he|she|they|it|we|i|the|a|an|one)\s+){0,4}?"
    r"(?:said|says|say|added|adds|told|tells|wrote|writes|stated|states|noted|notes|asked|asks|"
    r"continued|explained|argued|insisted|warned|replied|remarked|claimed|according)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Mark:
    pos: int
    direction: str  # "open", "close" or "either"


def _mark_direction(text: str, i: int) -> str:
    """Whether the mark at ``i`` opens or closes, from its glyph and its neighbours."""
    prev = text[i - 1] if i > 0 else "\n"
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    open_ctx = (prev.isspace() or prev in "([{/" + _DASHES) and not nxt.isspace()
    close_ctx = not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)]}…" + _DASHES)
    glyph = text[i]
    if glyph == "«" and nxt.isspace():
        return "open"  # French spacing: « mot » has a space inside each guillemet
    if glyph == "»" and prev.isspace():
        return "close"
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    if glyph in OPEN_GLYPHS:
        return "open"
    if glyph in CLOSE_GLYPHS:
        return "close"
    return "either"


def _misused_opener(text: str, i: int, para_end: int, later_close: bool) -> bool:
    """A closing-looking mark with nothing open that really opens a quote (``said,” We ...``)."""
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    prev = text[i - 1] if i > 0 else "\n"
    if nxt != " " or not (prev.isalpha() or prev in ",:"):
        return False
    after = text[i + 1:para_end]
    if not re.match(r"\s*\w", after):
        return False
    if _SPEECH_AFTER.match(after):
        return False  # `..., on time,” Berg said`: a real closing mark, its opening one lost
    return later_close or prev in ",:" or text[max(0, i - 5):i].lower().endswith("that")


def _unopened_start(text: str, para_start: int, floor: int, close: int) -> int:
    """Where a quote starts whose opening mark is missing: after a dash, else the paragraph."""
    lo = max(para_start, floor)
    segment = text[lo:close]
    dash = None
    for m in re.finditer(r"(?:^|\s)[—–-]\s", segment):
        dash = m
    if dash is not None:
        return lo + dash.end()
    if floor > para_start:
        sent = re.search(r"[.!?]\s+(?=[A-Z“\"])", segment)
        if sent:
            return lo + sent.end()
    return lo


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """The text spans inside double quotation marks, marks excluded, in order.

    Pure and total: any string gives sorted, non-overlapping spans inside the
    text. Straight (``"``), curly (``“ ”``, ``„``) and guillemet (``« »``)
    marks; single quotes are apostrophes here (see :func:`inner_quote_spans`).
    A paragraph whose quote is not closed continues into the next paragraph
    when that one opens with a mark (one span over both); otherwise it closes
    at the end of the paragraph.

    >>> t = '"A," he said, "B."'
    >>> [t[s:e] for s, e in find_quote_spans(t)]
    ['A,', 'B.']
    >>> t = 'He said,” we will go.” Then: "First part.\\n\\n"Second part."'
    >>> [t[s:e] for s, e in find_quote_spans(t)]
    ['we will go.', 'First part.\\n\\n"Second part.']
    """
    spans: list[tuple[int, int]] = []
    if not text:
        return spans
    paragraphs = []
    start = 0
    for m in re.finditer(r"\n", text):
        paragraphs.append((start, m.start()))
        start = m.end()
    paragraphs.append((start, len(text)))
    open_at: int | None = None  # index just after the opening mark
    floor = 0  # nothing may start before this (end of the last span)
    for p_index, (p0, p1) in enumerate(paragraphs):
        marks = [i for i in range(p0, p1) if text[i] in MARKS]
        if open_at is not None:
            if marks and not text[p0:marks[0]].strip():
                marks = marks[1:]  # the reopening mark of a continued quote
            elif text[p0:p1].strip():
                s, e = _strip_span(text, open_at, _prev_paragraph_end(paragraphs, p_index))
                if e > s:
                    spans.append((s, e))
                floor = max(floor, e)
                open_at = None
        directions = [_mark_direction(text, i) for i in marks]
        for k, i in enumerate(marks):
            d = directions[k]
            if open_at is None:
                if d in ("open", "either"):
                    open_at = i + 1
                    continue
                later_close = any(x in ("close", "either") for x in directions[k + 1:])
                if _misused_opener(text, i, p1, later_close):
                    open_at = i + 1
                    continue
                s = _unopened_start(text, p0, floor, i)
                s, e = _strip_span(text, s, i)
                if e > s and s >= floor:
                    spans.append((s, e))
                    floor = i + 1
            else:
                if d == "open":
                    s, e = _strip_span(text, open_at, i)  # the previous quote never closed
                    if e > s:
                        spans.append((s, e))
                    floor = i
                    open_at = i + 1
                else:
                    s, e = _strip_span(text, open_at, i)
                    if e > s:
                        spans.append((s, e))
                    floor = i + 1
                    open_at = None
        if open_at is not None:
            nxt = _next_paragraph(text, paragraphs, p_index)
            continues = nxt is not None and text[nxt[0]:nxt[1]].lstrip()[:1] in MARKS
            if not continues:
                s, e = _strip_span(text, open_at, p1)
                if e > s:
                    spans.append((s, e))
                floor = max(floor, p1)
                open_at = None
    if open_at is not None:
        s, e = _strip_span(text, open_at, len(text))
        if e > s:
            spans.append((s, e))
    return _clean_spans(spans, len(text))


def _prev_paragraph_end(paragraphs, p_index: int) -> int:
    return paragraphs[p_index - 1][1] if p_index > 0 else paragraphs[0][1]


def _next_paragraph(text, paragraphs, p_index: int):
    for q0, q1 in paragraphs[p_index + 1:]:
        if text[q0:q1].strip():
            return q0, q1
    return None


def _clean_spans(spans, length: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        s, e = max(0, s), min(length, e)
        if e <= s:
            continue
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\w)")


def inner_quote_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans in single quotes inside ``text[start:end]`` that an apostrophe cannot explain.

    An opening single mark follows a space and precedes a letter; its closing
    mark follows a non-space and is followed by a space, punctuation or a
    double mark (so ``don't``, ``Russia's``, ``the '90s`` never pair up).

    >>> t = "She says, 'we won't sell the old farm.' Norway's '90s"
    >>> [t[s:e] for s, e in inner_quote_spans(t)]
    ["we won't sell the old farm."]
    """
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos < end:
        m = _SINGLE_OPEN.search(text, pos, end)
        if not m:
            break
        s = m.end()
        close = None
        for j in range(s, end):
            if text[j] in "’'" and (j + 1 >= end or text[j + 1].isspace() or text[j + 1] in ',.;:!?"”»)'):
                if not text[j - 1].isspace() and not (text[j - 1] == "s" and text[j - 2:j - 1].isalpha()
                                                      and j + 1 < end and text[j + 1] == " "
                                                      and m.group(0) != "‘"):
                    close = j
                    break
        if close is None:
            pos = s
            continue
        if re.fullmatch(r"\d0s", text[s:close]) is None:
            out.append((s, close))
        pos = close + 1
    return out


# ---------------------------------------------------------------------------- cues


@dataclass(frozen=True)
class Cue:
    """One verb of saying: its lemma (or phrasal verb), connotation and where its content is."""

    cue: str
    connotation: str
    content: tuple[str, ...]
    direct_only: bool


@lru_cache(maxsize=4)
def load_cues(path: Path | str = CUES_FILE) -> dict[str, Cue]:
    """The cue registry (``data/quote_cues.csv``) keyed by lemma or phrasal verb.

    >>> load_cues()["say"].connotation
    'neutral'
    """
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {
        row["cue"].strip().lower(): Cue(
            row["cue"].strip().lower(), row["connotation"].strip(),
            tuple(p.strip() for p in row["content"].split("|") if p.strip()),
            row.get("direct_only", "0").strip() == "1",
        )
        for row in rows if row.get("cue", "").strip()
    }


#: Verbs of thinking, seeing or feeling: never a cue of an indirect quote.
THINKING_VERBS = frozenset(
    "think believe see know feel hope expect fear assume view consider wonder seem doubt understand "
    "realize realise suspect imagine guess".split()
)
#: Nouns whose words belong to their author (``the report said``).
DOCUMENT_NOUNS = frozenset(
    "report assessment analysis study statement document paper survey review memo letter article "
    "update brief briefing communique communiqué release post tweet message note publication "
    "investigation research estimate notice filing ruling judgment judgement verdict".split()
)
#: ``a memo seen by X``: X read the document, it did not write it.
_READ_VERBS = frozenset("see obtain review view read examine access receive leak".split())
#: Documents a court issues: they speak for the court named before them.
COURT_DOCUMENTS = frozenset("ruling judgment judgement verdict".split())
#: Common nouns that name a person or group who can speak without a name.
SOURCE_NOUNS = frozenset(
    "official officials analyst analysts expert experts diplomat diplomats source sources spokesman "
    "spokeswoman spokesperson scientist scientists congressman congresswoman lawmaker lawmakers "
    "senator senators observer observers critic critics journalist journalists commentator "
    "commentators minister ministers adviser advisers advisor advisors aide aides insider insiders "
    "person people resident residents leader leaders president chairman chair director envoy "
    "ambassador general commander officer officers economist economists researcher researchers "
    "professor historian politician politicians member members representative representatives "
    "negotiator negotiators strategist strategists veteran veterans witness witnesses citizen "
    "citizens voter voters colleague colleagues partner partners ally allies delegate delegates "
    "secretary editor writer author columnist reporter correspondent blogger student students "
    "worker workers soldier soldiers man woman men women figure figures lawyer lawyers "
    "prosecutor prosecutors judge judges governor mayor candidate candidates republicans democrats "
    "conservatives liberals engineer engineers employee employees manager managers executive "
    "executives doctor doctors nurse nurses teacher teachers farmer farmers owner owners tenant "
    "tenants survivor survivors rescuer rescuers miner miners driver drivers passenger passengers "
    "activist activists protester protesters campaigner campaigners organiser organisers organizer "
    "organizers shopkeeper shopkeepers trader traders investor investors banker bankers villager "
    "villagers relative relatives neighbour neighbours neighbor neighbors mother father parent "
    "parents pilot pilots inspector inspectors monitor monitors".split()
)
#: Head nouns of an organisation's name (``the bank`` is the ``... Bank`` named before).
ORG_NOUNS = frozenset(
    "bank court agency ministry department company firm union council commission committee "
    "office authority jury tribunal party university institute board city municipality "
    "regulator service association federation club coalition alliance network fund bureau "
    "corporation cabinet parliament assembly administration government group organisation "
    "organization foundation trust society centre center school hospital police army navy "
    "directorate secretariat inspectorate watchdog exchange league team airline operator "
    "insurer lender carrier utility inquiry panel taskforce".split()
)
#: Of those, the nouns any company may be called, whatever its name.
GENERIC_ORG_NOUNS = frozenset("company firm group operator carrier airline insurer lender utility".split())
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
            "they": "plural", "them": "plural", "it": "thing"}
_MODALS = {"may", "might", "could", "would", "should", "can", "will", "must", "shall", "wo", "ca"}
_NOT_REPORT_HEADS = {"refuse", "decline", "expect", "want", "plan", "hope", "try", "need", "fail",
                     "wish", "seek", "likely", "unlikely", "able", "ask", "invite", "prepare"}


def _cue_key(tok) -> str | None:
    """The cue-registry key of a verb token (``point out`` for a phrasal verb), else None."""
    cues = _cues()
    lemma = tok.lemma_.lower()
    for child in tok.children:
        if child.dep_ == "prt":
            phrase = f"{lemma} {child.lower_}"
            if phrase in cues:
                return phrase
    return lemma if lemma in cues else None


_CUES_OVERRIDE: dict | None = None


def _cues() -> dict[str, Cue]:
    return _CUES_OVERRIDE if _CUES_OVERRIDE is not None else load_cues()


# ---------------------------------------------------------------------------- speakers


@dataclass
class Speaker:
    """A resolved speaker: canonical name, country, type, the words that name it, and where."""

    name: str
    country: str
    type: str
    surface: str
    pos: int
    unnamed: bool = False


class _Article:
    """Everything about one parsed article that the finders share."""

    def __init__(self, doc, name, mentions):
        self.doc = doc
        self.text = _doc_text(doc)
        self.name = name
        self.mentions = sorted((m for m in mentions or [] if m.get("actor")),
                               key=lambda m: (m["start"], m["end"]))
        self.spans = find_quote_spans(self.text)
        self.quoted = [False] * len(doc)
        for s, e in self.spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.quoted[t.i] = True
        self.history: list[tuple[int, Speaker, int]] = []  # (char pos, speaker, sentence start)
        self.gender: dict[str, str] = {}  # actor -> "m"/"f", from a pronoun already resolved to it
        self.sent_starts = sorted({s.start_char for s in doc.sents}
                                  | set(paragraph_starts(self.text, _LINES_ARE_PARAGRAPHS.get(id(doc), True))))

    # ----- mentions
    def mentions_in(self, start: int, end: int) -> list[dict]:
        return [m for m in self.mentions if m["start"] < end and start < m["end"]]

    def speaker_from_mention(self, m: dict, surface: str, pos: int) -> Speaker:
        return Speaker(m["actor"], m.get("country") or "", m.get("type") or "", surface, pos)

    def sent_index(self, pos: int) -> int:
        lo, hi = 0, len(self.sent_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sent_starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    def remember(self, speaker: Speaker | None) -> None:
        if speaker is not None:
            self.history.append((speaker.pos, speaker, self.sent_index(speaker.pos)))


def paragraph_starts(text: str, lines_are_paras: bool = True) -> list[int]:
    r"""Where each paragraph after the first starts (its first non-space character).

    The parser sometimes runs a sentence over a paragraph break; a paragraph
    always starts a new sentence for the speaker history. With wrapped lines
    (``lines_are_paras`` false) only a blank line ends a paragraph.

    >>> paragraph_starts("One.\n\nTwo.\nThree.")
    [6, 11]
    >>> paragraph_starts("One\nwrapped.\n\nTwo.", lines_are_paras=False)
    [14]
    """
    pattern = r"\n[ \t]*(?=\S)" if lines_are_paras else r"\n[ \t]*\n\s*(?=\S)"
    return [m.end() for m in re.finditer(pattern, text or "")]


def _np_tokens(head) -> list:
    """The tokens of a noun phrase without its relative clauses and trailing punctuation."""
    drop = set()
    for child in head.children:
        if child.dep_ in ("relcl", "acl") and child.i > head.i:
            drop.update(t.i for t in child.subtree)
            # the comma that introduces it
            if child.left_edge.i - 1 > head.i and head.doc[child.left_edge.i - 1].is_punct:
                drop.add(child.left_edge.i - 1)
    toks = [t for t in head.subtree if t.i not in drop]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def _description(head) -> str:
    """A short description of an unnamed source: its noun phrase without articles.

    ``A Danish engineer close to the port board, who asked ...`` ->
    ``Danish engineer close to the port board``.
    """
    toks = _np_tokens(head)
    while toks and toks[0].lower_ in ("a", "an", "the", "one", "some", "this", "that", "these", "those"):
        toks.pop(0)
    if not toks:
        return ""
    doc = head.doc
    return _doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1])].replace("\n", " ")


def _surname(name: str) -> str:
    parts = re.findall(r"[\w’'-]+", name)
    return parts[-1].lower() if parts else ""


def _entity_speaker(art: _Article, tok) -> Speaker | None:
    """A speaker for a proper name the mentions lack: its NER entity (or proper-noun chain)."""
    ent = next((e for e in art.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
        if ent.label_ == "NORP":
            return None
        if ent.label_ == "GPE":
            if not _MUNICIPAL.match(clean_name(ent.text)):
                return None
            typ = "organization"  # the City of X speaks as the city's government
        else:
            typ = "person" if ent.label_ == "PERSON" else "organization"
        text = clean_name(ent.text, person=typ == "person")
    elif tok.pos_ == "PROPN":
        chain = _propn_chain(tok)
        while len(chain) > 1 and chain[-1].is_lower and chain[-1].lower_ in ORG_TRAILERS:
            chain.pop()  # ``the CGT union``: the name without the generic noun after it
        text, typ = " ".join(t.text for t in chain), ""
    else:
        return None
    text = clean_name(re.sub(r"[’']s$", "", text).strip(" *.,"), person=typ == "person")
    if not text or not any(c.isupper() for c in text) or _only_titles(text):
        return None
    # a later surname resolves to the fuller name seen before
    for _, sp, _ in reversed(art.history):
        if not sp.unnamed and sp.type in ("person", "") and name_part_of(text, sp.name):
            return Speaker(sp.name, sp.country, sp.type, tok.text, tok.i and tok.idx)
    for m in art.mentions:
        if m["start"] < tok.idx and m.get("type") in ("person", "") and name_part_of(text, m["actor"]):
            return Speaker(m["actor"], m.get("country") or "", m.get("type") or "", text, tok.idx)
    m = next((m for m in art.mentions if text in (m["actor"], clean_name(m["surface"]))), None)
    if m is not None:
        return Speaker(m["actor"], m.get("country") or "", m.get("type") or "", text, tok.idx)
    m = _unique_prefix_mention(art.mentions, text)
    if m is not None:
        return Speaker(m["actor"], m.get("country") or "", m.get("type") or "", text, tok.idx)
    return Speaker(text, "", typ, text, tok.idx)


def _propn_chain(tok) -> list:
    """The proper nouns written next to ``tok`` that name it with it (``Harbour Pilots Guild``),
    never a proper noun further down its subtree (a title inside a relative clause)."""
    doc = tok.doc
    mods = {c.i for c in tok.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"}
    lo = hi = tok.i
    while lo - 1 in mods:
        lo -= 1
    while hi + 1 in mods:
        hi += 1
    return list(doc[lo:hi + 1])


def _only_titles(text: str) -> bool:
    """A "name" made only of titles and ranks (``Lt . Gen``) names nobody.

    >>> _only_titles("Lt . Gen"), _only_titles("Gen. Ann Lee")
    (True, False)
    """
    words = [w.strip(".()").lower() for w in text.split() if w.strip(".()")]
    return bool(words) and all(w in TITLES or w in ("retd", "ret", "rtd") for w in words)


def _unique_prefix_mention(mentions: list[dict], text: str) -> dict | None:
    """The mention whose actor's name begins with the words of ``text``, when only one actor does
    (``Acme`` for ``Acme Widgets``; ``Park`` for ``Park Ji-won``)."""
    words = text.split()
    if not words:
        return None
    found = {m["actor"]: m for m in mentions
             if m["actor"].split()[:len(words)] == words and len(m["actor"].split()) > len(words)}
    return next(iter(found.values())) if len(found) == 1 else None


_MUNICIPAL = re.compile(r"^(?:City|Town|Municipality|Borough|Village|County|Metropolitan Municipality)"
                        r" of [A-Z]")


def name_part_of(short: str, full: str) -> bool:
    """Is ``short`` the same person as ``full`` by surname: equal, the last word, or a run of
    words after the given name (compound surnames, particles)?

    >>> name_part_of("Ortiz", "Ana Ortiz de la Cruz"), name_part_of("Cruz", "Ana Ortiz de la Cruz")
    (True, True)
    >>> name_part_of("Ana", "Ana Ortiz"), name_part_of("Ortega", "Ana Ortiz")
    (False, False)
    """
    a, b = short.split(), full.split()
    if not a or not b:
        return False
    if a == b or (len(a) == 1 and _surname(short) == _surname(full)):
        return True
    n = len(a)
    return n < len(b) and any(b[i:i + n] == a for i in range(1, len(b) - n + 1))


def _is_subject(tok) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass")


def _compatible(kind: str, typ: str, unnamed: bool = False) -> bool:
    if kind == "person":
        return typ in ("person", "")
    if kind == "plural":
        return typ in ("organization", "state", "") or unnamed
    return typ in ("organization", "state")


def _resolve_pronoun(art: _Article, tok, before: int | None = None) -> Speaker | None:
    """The actor a pronoun refers to: a recent speaker, else a recent subject, else a recent mention.

    ``before`` is where the quote that the pronoun attributes starts: after a quote of
    three or more sentences (one run over several paragraphs), the search starts there.
    """
    kind = PRONOUNS.get(tok.lower_)
    if kind is None:
        return None
    pos = tok.idx
    if before is not None and art.sent_index(pos) - art.sent_index(before) >= 3:
        pos = before
    doc = art.doc
    inside = art.quoted[tok.i]
    cur = art.sent_index(pos)
    sex = _GENDER.get(tok.lower_)
    found = _resolve_pronoun_in(art, tok, kind, pos, inside, cur, sex)
    if found is not None and sex and not found.unnamed:
        art.gender.setdefault(found.name, sex)
    return found


#: The gender a third-person pronoun states.
_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _gender_of(art: _Article, name: str, m: dict | None = None) -> str:
    """The gender the article has shown for ``name``: a pronoun resolved to it before, or
    an honorific just before the mention (``Ms Lee``)."""
    if name in art.gender:
        return art.gender[name]
    if m is not None:
        lead = art.text[max(0, m["start"] - 6):m["start"]]
        if re.search(r"\b(?:Mrs|Ms|Miss|Mme)\.?\s+$", lead):
            return "f"
        if re.search(r"\b(?:Mr|Sir)\.?\s+$", lead):
            return "m"
    return ""


def _resolve_pronoun_in(art: _Article, tok, kind: str, pos: int, inside: bool, cur: int, sex: str | None):
    """The search of :func:`_resolve_pronoun`, skipping actors shown to be of the other gender."""
    doc = art.doc
    for k in range(cur, max(-1, cur - 4), -1):
        s0 = art.sent_starts[k]
        s1 = art.sent_starts[k + 1] if k + 1 < len(art.sent_starts) else len(art.text)
        hi = min(s1, pos)
        said = [sp for p, sp, si in art.history if si == k and p < hi
                and _compatible(kind, sp.type, sp.unnamed) and not (kind == "person" and sp.unnamed
                                                                    and sp.name.endswith("s"))
                and not (sex and _gender_of(art, sp.name) not in ("", sex))]
        if said and k < cur:
            sp = said[-1]
            return Speaker(sp.name, sp.country, sp.type, tok.text, pos, sp.unnamed)
        cands = []
        for m in art.mentions_in(s0, hi):
            if not _compatible(kind, m.get("type") or ""):
                continue
            if sex and _gender_of(art, m["actor"], m) not in ("", sex):
                continue
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            if span is None or (not inside and art.quoted[span.root.i]):
                continue
            root = span.root
            rank = 0 if (_is_subject(root) and root.head.dep_ == "ROOT") else 1 if _is_subject(root) else 2
            cands.append((rank, -m["start"], m))
        if said and not inside:  # inside a quote, "he" is never the quote's own speaker
            sp = said[-1]
            cands.append((0.5, -sp.pos, sp))
        if cands:
            best = min(cands, key=lambda c: (c[0], c[1]))[2]
            if isinstance(best, Speaker):
                return Speaker(best.name, best.country, best.type, tok.text, pos, best.unnamed)
            return art.speaker_from_mention(best, tok.text, pos)
    return None


def _resolve_role(art: _Article, head) -> Speaker | None:
    """``the spokesman``, ``the scientist``, ``the leader``: the source named before in that role."""
    word = head.lemma_.lower()
    for _, sp, _ in reversed(art.history):
        if word in sp.surface.lower() or (sp.unnamed and word in sp.name.lower()):
            return Speaker(sp.name, sp.country, sp.type, head.text, head.idx, sp.unnamed)
    people = [m for m in reversed(art.mentions) if m["end"] <= head.idx and m.get("type") == "person"]
    pattern = re.compile(rf"\b{re.escape(word)}")
    for m in people:  # the person given that role as a title or appositive
        if pattern.search(_role_context(art.text, m).lower()):
            return art.speaker_from_mention(m, head.text, head.idx)
    for m in people:  # else the role word anywhere near a name
        if pattern.search(art.text[max(0, m["start"] - 40):m["end"] + 60].lower()):
            return art.speaker_from_mention(m, head.text, head.idx)
    return None


def _role_context(text: str, m: dict) -> str:
    """The words that give a named person a role: the title just before the name (same
    sentence) and the appositive just after it (``Ann Lee, the firm's chief executive,``).

    >>> t = "Judge Ann Lee opened. Tom Roe, the defence lawyer, spoke."
    >>> _role_context(t, {"start": 22, "end": 29})
    ' the defence lawyer'
    """
    before = re.split(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?;]\s|\n", text[max(0, m["start"] - 40):m["start"]])[-1]
    after = re.match(r"\s*,([^,.;\n]{0,80})", text[m["end"]:m["end"] + 90])
    return before + (after.group(1) if after else "")


def _resolve_org_role(art: _Article, head) -> Speaker | None:
    """``the bank``, ``the court``, ``the agency``: the latest organisation named before whose
    name contains that noun (``... Bank``); for ``the company`` (a generic noun) the
    organisation mentioned most often so far. Never a person.
    """
    word = head.lower_
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    named = [m for m in art.mentions if m["end"] <= head.idx and m.get("type") in ("organization", "")
             and pattern.search(m["actor"])]
    if not named:  # ``the airline``: ``... Airlines``; ``the regulator``: ``... Regulation Authority``
        stem = word[:-2] if word.endswith(("or", "er")) and len(word) > 6 else word
        loose = re.compile(rf"\b{re.escape(stem)}\w*", re.IGNORECASE)
        named = [m for m in art.mentions if m["end"] <= head.idx and m.get("type") == "organization"
                 and loose.search(m["actor"])]
    prev = _previous_subject_org(art, head.idx)
    if named:
        last = named[-1]
        if prev is not None and prev["actor"] != last["actor"] and not _mention_is_subject(art, last):
            return art.speaker_from_mention(prev, head.text, head.idx)  # named only in passing
        return art.speaker_from_mention(last, head.text, head.idx)
    if word in GENERIC_ORG_NOUNS and prev is not None:
        return art.speaker_from_mention(prev, head.text, head.idx)
    for _, sp, _ in reversed(art.history):
        if sp.type == "organization" and not sp.unnamed and pattern.search(sp.name):
            return Speaker(sp.name, sp.country, sp.type, head.text, head.idx)
    if word in GENERIC_ORG_NOUNS:
        orgs = [m for m in art.mentions if m["end"] <= head.idx and m.get("type") == "organization"]
        if orgs:
            counts: dict[str, int] = {}
            for m in orgs:
                counts[m["actor"]] = counts.get(m["actor"], 0) + 1
            best = max(orgs, key=lambda m: (counts[m["actor"]], m["start"]))
            return art.speaker_from_mention(best, head.text, head.idx)
    return None


def _mention_is_subject(art: _Article, m: dict) -> bool:
    """Is the mention the subject (or its possessor) of its clause?"""
    span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ in ("compound", "flat", "appos", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "poss")


_OPENING_MARKS = {"“", '"', "«", "‘", "„"}


def _previous_subject_org(art: _Article, pos: int) -> dict | None:
    """The organisation that is the subject of the sentence before ``pos`` (or of the same
    sentence, before ``pos``) in the same paragraph: ``KCM rejected that. ... the company said``."""
    cur = art.sent_index(pos)
    para = art.text.rfind("\n", 0, pos) + 1
    ks = [cur, cur - 1]
    if cur >= 1 and art.text[art.sent_starts[cur - 1]:art.sent_starts[cur - 1] + 1] in _OPENING_MARKS:
        ks.append(cur - 2)  # the sentence before is the quote's own first sentence
    for k in ks:
        if k < 0:
            continue
        s0 = art.sent_starts[k]
        if s0 < para:
            break
        s1 = min(pos, art.sent_starts[k + 1] if k + 1 < len(art.sent_starts) else len(art.text))
        subj = [m for m in art.mentions_in(s0, s1) if m.get("type") == "organization"
                and m["end"] <= pos and _mention_is_subject(art, m)]
        if subj:
            return subj[0]
    return None


def _document_issuer(art: _Article, head) -> dict | None:
    """The organisation named as the author of the same document earlier in the article:
    ``the report of the X Inquiry`` / ``a report by X`` / ``X's report`` / ``the X report``,
    latest first, so that ``the report said`` speaks for X rather than someone quoted nearby.
    """
    lemma = head.lemma_.lower()
    for tok in reversed(art.doc[:head.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        spans = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")]
        spans += [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i < tok.i]
        spans += [a for v in tok.children if v.dep_ == "acl" and v.lemma_.lower() not in _READ_VERBS
                  for a in v.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")]
        for c in spans:
            sub = list(c.subtree)
            orgs = [m for m in art.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                    if m.get("type") == "organization"]
            if orgs:
                return orgs[0]
    return None


def _document_author(art: _Article, head) -> Speaker | None:
    """``the statement said``: the speaker who issued a statement in the sentences just before.

    A speaker counts when its sentence (within three sentences back) names the same noun
    (``said in a statement``).
    """
    word = head.lower_
    cur = art.sent_index(head.idx)
    for p, sp, si in reversed(art.history):
        if p >= head.idx or sp.unnamed or cur - si > 3:
            continue
        s0 = art.sent_starts[si]
        s1 = art.sent_starts[si + 1] if si + 1 < len(art.sent_starts) else len(art.text)
        if re.search(rf"\b{re.escape(word)}\b", art.text[s0:s1], re.IGNORECASE):
            return Speaker(sp.name, sp.country, sp.type, head.text, head.idx)
    return None


def _last_source(art: _Article, pos: int, types=("organization",)) -> Speaker | None:
    """The article's main source so far: the organisation quoted most often (latest on ties)."""
    counts: dict[str, int] = {}
    latest: dict[str, tuple[int, Speaker]] = {}
    for k, (p, sp, _) in enumerate(art.history):
        if p < pos and sp.type in types and not sp.unnamed:
            counts[sp.name] = counts.get(sp.name, 0) + 1
            latest[sp.name] = (k, sp)
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n], latest[n][0]))
    return latest[best][1]


def resolve_speaker(art: _Article, head, allow_any_np: bool = False,
                    before: int | None = None) -> Speaker | None:
    """The speaker named by the noun phrase headed by ``head`` (a subject, or the X of ``according to X``).

    ``before``: the start of the direct quote being attributed (see :func:`_resolve_pronoun`).
    """
    if head is None:
        return None
    if head.lower_ in ("who", "which", "that") and head.head.dep_ == "relcl":
        who = head.lower_ == "who"
        head = head.head.head
        if who and not [m for m in art.mentions_in(head.idx, head.idx + len(head)) if m.get("type") == "person"]:
            sent = head.sent
            people = [m for m in art.mentions_in(sent.start_char, head.idx + len(head))
                      if m.get("type") == "person"]
            if people:
                return art.speaker_from_mention(people[-1], head.text, head.idx)
    if head.lower_ in ("i", "we", "me", "us", "you"):
        return None
    if head.lower_ in PRONOUNS:
        return _resolve_pronoun(art, head, before)
    doc = art.doc
    toks = _np_tokens(head)
    surface = _doc_text(doc)[toks[0].idx:toks[-1].idx + len(toks[-1])] if toks else head.text
    lemma = head.lemma_.lower()
    own = art.mentions_in(head.idx, head.idx + len(head))
    if own and lemma not in DOCUMENT_NOUNS:
        return art.speaker_from_mention(own[-1], surface, head.idx)
    appos = [c for c in head.children if c.dep_ == "appos"]
    for child in appos:
        inner = art.mentions_in(child.idx, child.idx + len(child))
        if inner:
            return art.speaker_from_mention(inner[-1], surface, head.idx)
    for child in appos:
        sp = _entity_speaker(art, child) if child.pos_ == "PROPN" else None
        if sp:
            return sp
    if head.pos_ == "NUM":  # ``Ann Lee, 54, said``: the age was parsed as the subject
        people = [m for m in art.mentions_in(head.left_edge.idx, head.idx) if m.get("type") == "person"]
        if people:
            return art.speaker_from_mention(people[-1], surface, head.idx)
    group = _group_organisation(art, head)
    if group is not None:
        return art.speaker_from_mention(group, surface, head.idx)
    voice = _spokesperson_organisation(art, head)
    if voice is not None:
        return Speaker(voice.name, voice.country, voice.type, surface, head.idx, voice.unnamed)
    if lemma in AUTHOR_NOUNS:  # ``the study's authors``: the organisation that published the study
        doc_noun = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
        if doc_noun is None:
            doc_noun = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in DOCUMENT_NOUNS), None)
        issuer = _document_issuer(art, doc_noun) if doc_noun is not None else None
        if issuer is not None and not art.mentions_in(doc_noun.left_edge.idx, doc_noun.idx + len(doc_noun)):
            return art.speaker_from_mention(issuer, surface, head.idx)
    if head.lower_ in GROUP_NOUNS and not any(c.dep_ == "prep" for c in head.children):
        for _, sp, _ in reversed(art.history):  # ``Organisers said`` after ``organisers from X said``
            if not sp.unnamed and sp.type == "organization" and sp.surface.lower().startswith(head.lower_):
                return Speaker(sp.name, sp.country, sp.type, surface, head.idx)
    if lemma in DOCUMENT_NOUNS:
        whole = list(head.subtree)  # ``a notice posted by X``: the issuer sits in the clause after it
        lo, hi = whole[0].idx, whole[-1].idx + len(whole[-1])
        readers = [c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _READ_VERBS]
        skip = [(min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)) for c in readers]
        inner = [m for m in art.mentions_in(lo, hi) if m.get("type") != "state"
                 and not any(a <= m["start"] < b for a, b in skip)]
        if not inner and lemma in COURT_DOCUMENTS:
            courts = [m for m in art.mentions if m["end"] <= head.idx and m.get("type") == "organization"
                      and re.search(r"\b(?:court|tribunal)\b", m["actor"], re.IGNORECASE)]
            if courts:
                return art.speaker_from_mention(courts[-1], surface, head.idx)
        if inner:
            return art.speaker_from_mention(inner[0], surface, head.idx)
        for t in toks:
            if t.pos_ == "PROPN":
                sp = _entity_speaker(art, t)
                if sp:
                    return Speaker(sp.name, sp.country, sp.type, surface, head.idx)
        issuer = _document_issuer(art, head)
        if issuer is not None:
            return art.speaker_from_mention(issuer, surface, head.idx)
        sp = _document_author(art, head)
        if sp is not None:
            return Speaker(sp.name, sp.country, sp.type, surface, head.idx)
        sp = _last_source(art, head.idx)
        if sp is None:
            orgs = [m for m in art.mentions if m["end"] <= head.idx and m.get("type") == "organization"]
            return art.speaker_from_mention(orgs[-1], surface, head.idx) if orgs else None
        return Speaker(sp.name, sp.country, sp.type, surface, head.idx)
    if head.pos_ == "PROPN":
        sp = _entity_speaker(art, head)
        if sp:
            sp.surface = surface
            return sp
    det = next((c for c in head.children if c.dep_ in ("det", "poss")), None)
    if (head.pos_ == "NOUN" and det is not None and det.lower_ in ("the", "this", "that", "its")
            and head.lower_ in ORG_NOUNS):
        org = _resolve_org_role(art, head)
        if org is not None:
            return org
    elif head.pos_ == "NOUN" and det is not None and det.lower_ in ("the", "this", "that"):
        role = _resolve_role(art, head)
        if role:
            return role
    ents = [e for e in doc.ents if e.start <= head.i < e.end]
    if lemma in SOURCE_NOUNS or head.lower_ in SOURCE_NOUNS or (ents and ents[0].label_ == "NORP") or allow_any_np:
        desc = _description(head)
        if desc and head.pos_ in ("NOUN", "PROPN", "ADJ"):
            return Speaker(f"unnamed: {desc}", "", "", surface, head.idx, unnamed=True)
    return None


#: Plural sources who speak for the organisation they work at (``analysts at X``, ``observers from X``).
GROUP_NOUNS = frozenset("analysts observers monitors inspectors strategists economists organisers "
                        "organizers".split())
#: Nouns for an organisation's numbers (``X data``, ``figures from X``, ``results declared by X``): it speaks.
DATA_NOUNS = frozenset("data figures statistics numbers count tally results estimates projections".split())


#: The writers of a document: they speak for the organisation that published it.
AUTHOR_NOUNS = frozenset("author authors".split())
#: People who only voice an organisation's words: they speak for the organisation they are named with.
SPOKES_NOUNS = frozenset("spokesman spokeswoman spokesperson spokespeople spokespersons spokesmen "
                         "spokeswomen".split())


def _spokesperson_organisation(art: _Article, head) -> Speaker | None:
    """The organisation a spokesperson speaks for: named or called by its role noun in front
    (``a commission spokesperson``, ``the X spokesperson``) or after ``for``/``of``/``at``/``from``
    (``a spokesperson for the agency``); a role noun is the organisation of that kind named
    before (see :func:`_resolve_org_role`). Else None.
    """
    if head.lower_ not in SPOKES_NOUNS:
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("the", "this", "that"):
        known = _resolve_role(art, head)  # ``the spokesman`` already named (``Ann Lee, a spokesman for X``)
        if known is not None and known.type == "person" and not known.unnamed:
            return None
    parts = [c for c in head.children if c.dep_ in ("compound", "nmod", "poss", "amod") and c.i < head.i]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
            parts += [c for c in prep.children if c.dep_ == "pobj"]
    for part in parts:
        sub = list(part.subtree) if part.i > head.i else [t for t in part.subtree if t.i < head.i]
        if not sub:
            continue
        orgs = [m for m in art.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                if m.get("type") == "organization"]
        if orgs:
            return art.speaker_from_mention(orgs[-1], part.text, part.idx)
        if part.lower_ in ORG_NOUNS and part.pos_ in ("NOUN", "PROPN"):
            org = _resolve_org_role(art, part)
            if org is not None and not org.unnamed:
                return org
    return None


def _group_organisation(art: _Article, head) -> dict | None:
    """The organisation a plural group of experts speaks for (``Observers from the X said``,
    ``Analysts at X said``), or whose numbers are cited (``according to X data``); else None.

    Only an organisation named inside the phrase, right after ``from``/``at``/``with``/``of``
    (or in front of the data noun) counts; a lone official at a ministry stays unnamed.
    """
    word = head.lower_
    orgs = []
    is_data = word in DATA_NOUNS or head.lemma_.lower() in DATA_NOUNS
    if word in GROUP_NOUNS or is_data:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "at", "with", "of", "by"):
                sub = list(prep.subtree)
                if sub:
                    orgs += [m for m in art.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                             if m.get("type") == "organization"]
    if is_data and not orgs:  # ``results declared by X``, ``figures published by X``
        for verb in head.children:
            if verb.dep_ in ("acl", "relcl"):
                for agent in verb.children:
                    if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                        sub = list(agent.subtree)
                        orgs += [m for m in art.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                                 if m.get("type") == "organization"]
    if is_data and not orgs:
        left = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod") and c.i < head.i]
        for c in left:
            sub = list(c.subtree)
            orgs += [m for m in art.mentions_in(sub[0].idx, sub[-1].idx + len(sub[-1]))
                     if m.get("type") == "organization"]
    return orgs[0] if orgs else None


def _subject_of(verb):
    """The subject token of ``verb``, climbing through participles, conjuncts and infinitives."""
    seen = 0
    v = verb
    while v is not None and seen < 6:
        subjects = [c for c in v.children if c.dep_ == "nsubj" and not _hard_break_between(c, v)]
        plain = [c for c in subjects if not (c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in "([")]
        subjects = plain or subjects  # a name glossed in brackets is not the subject
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - v.i))
        fronted = _fronted_subject(v)
        if fronted is not None:
            return fronted
        opening = _relative_opening_subject(v)
        if opening is not None:
            return opening
        if v.dep_ in ("conj", "advcl", "ccomp") and _hard_break_between(v.head, v):
            return _line_subject(v)
        if v.dep_ in ("acl",) and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return v.head
        if v.dep_ in ("relcl",):
            for child in v.children:
                if child.dep_ == "nsubjpass":
                    return None
        if v.dep_ in ("advcl", "conj", "xcomp", "pcomp", "acl", "dep") or (v.dep_ == "pobj"):
            v = v.head
            seen += 1
            continue
        if v.dep_ == "prep":
            v = v.head
            seen += 1
            continue
        return None
    return None


def _relative_opening_subject(verb):
    """``Ann Lee, whose son was on the shift, said …`` parsed with the name inside the relative
    clause: a sentence that opens with a proper name, a comma and ``who``/``whose`` gives
    the name as the subject of its main verb of saying (when that verb has no subject)."""
    if verb.dep_ != "ROOT" or _cue_key(verb) is None:
        return None
    sent = verb.sent
    i = sent.start
    doc = verb.doc
    while i < verb.i and (doc[i].is_space or doc[i].is_punct and doc[i].text not in ","):
        i += 1
    j = i
    while j < verb.i and doc[j].pos_ == "PROPN":
        j += 1
    if j == i or j + 1 >= verb.i or doc[j].text != "," or doc[j + 1].lower_ not in ("who", "whose"):
        return None
    if not any(t.text == "," for t in doc[j + 2:verb.i]):
        return None
    return doc[j - 1]


def _fronted_subject(verb):
    """A name parsed as the object of a fronted phrase (``On Monday Roe said``): the subject.

    The proper noun just before the verb, inside a prepositional phrase that
    opens the sentence and hangs on the verb, when the verb has no subject.
    """
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.pos_ != "PROPN" or prev.dep_ not in ("pobj", "compound", "appos"):
        return None
    top = prev
    while top.dep_ in ("compound", "appos", "pobj") and top.head.i != top.i and top.dep_ != "pobj":
        top = top.head
    prep = top.head if top.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != verb.i or prep.i != prep.sent.start:
        return None
    return prev


def _hard_break_between(a, b) -> bool:
    """True when a paragraph break lies between tokens ``a`` and ``b``."""
    lo, hi = sorted((a.idx, b.idx))
    if _LINES_ARE_PARAGRAPHS.get(id(a.doc)):
        return "\n" in _doc_text(a.doc)[lo:hi]
    return bool(_HARD_BREAK.search(_doc_text(a.doc), lo, hi))


_LINES_ARE_PARAGRAPHS: dict[int, bool] = {}


def lines_are_paragraphs(text: str) -> bool:
    """True when the text's long lines end as sentences do (each line a paragraph, not a wrap).

    >>> lines_are_paragraphs("One full line here that ends well.\\nAnother full line that also ends.")
    True
    >>> lines_are_paragraphs("A line that was wrapped in the\\nmiddle of a sentence by a scraper.")
    False
    """
    long_lines = [ln.strip() for ln in text.split("\n") if len(ln.split()) > 5]
    if not long_lines:
        return True
    open_ended = sum(1 for ln in long_lines if not ln.endswith((".", "!", "?", ":", '"', "”", "»", "’", ")")))
    return open_ended / len(long_lines) <= 0.15


#: A line break that ends a paragraph: after sentence punctuation, or before a capital.
_HARD_BREAK = re.compile(r"(?:(?<=[.!?:;\"”»…])\s*\n|\n\s*\n|\n(?=\s*[A-Z\"“«”-]))")


def _line_subject(verb):
    """The noun just before ``verb`` on its own line (for a parse that ran two paragraphs together)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and "\n" not in doc[i].text and verb.i - i <= 8:
        t = doc[i]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            return t
        if t.pos_ not in ("ADV", "AUX", "PART"):
            return None
        i -= 1
    return None


def _agent(verb):
    for t in verb.subtree:
        if t.lower_ == "by" and t.dep_ == "agent" or (t.lower_ == "by" and t.head.i == verb.i):
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    for t in verb.subtree:
        if t.lower_ == "by":
            obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


# ---------------------------------------------------------------------------- rows


def _row(art: _Article, kind: str, speaker: Speaker, start: int, end: int, cue: str) -> dict:
    span = art.doc.char_span(start, min(end, len(art.text)), alignment_mode="expand")
    sent = span.sent if span is not None and len(span) else None
    if sent is None:
        tok_idx = next((t.i for t in art.doc if t.idx >= start), len(art.doc) - 1)
        sent = art.doc[tok_idx].sent if len(art.doc) else None
    return {
        "article": art.name, "kind": kind, "speaker": speaker.name,
        "speaker_country": speaker.country, "quote": art.text[start:end], "cue": cue,
        "start": int(start), "end": int(end), "sentence": sent.text.strip() if sent is not None else "",
        "speaker_surface": speaker.surface,
    }


def _verb_cue_text(verb) -> str:
    parts = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _negated_or_hypothetical(verb) -> bool:
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NOT_REPORT_HEADS:
        return True
    if verb.dep_ in ("amod", "compound") or verb.pos_ not in ("VERB", "AUX"):
        return True
    return False


# ----- direct quotes


def _quote_tokens(art: _Article, s: int, e: int):
    span = art.doc.char_span(s, e, alignment_mode="expand")
    return span if span is not None else art.doc[0:0]


def _after_attribution(art: _Article, span, e: int):
    """``"…," X said`` / ``"…," said X``: a verb right after the closing mark with its subject there too."""
    doc = art.doc
    i = span.end if len(span) else 0
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space) and doc[i].i < span.end + 3:
        if "\n" in doc[i].text:
            return None
        i += 1
    window = []
    while i < len(doc) and len(window) < 12:
        t = doc[i]
        if art.quoted[t.i] or "\n" in t.text or t.text in MARKS:
            break
        window.append(t)
        if t.is_punct and t.text in ".;!?":
            break
        i += 1
    for t in window:
        if t.pos_ in ("VERB",) or (t.pos_ == "AUX" and False):
            if _negated_or_hypothetical(t) and not t.lemma_ in _cues():
                continue
            subj = next((c for c in t.children if c.dep_ in ("nsubj",)), None)
            if subj is not None and (subj.is_punct or subj.text in MARKS):
                subj = _inverted_subject(t)
            if subj is None and _cue_key(t) is not None:
                subj = _phrase_before(window, t)
            if subj is None or subj.i < span.end or subj.i > window[-1].i + 8:
                if _cue_key(t) is None:
                    continue
                if subj is None:
                    continue
            return t, subj
        if t.pos_ in ("NOUN", "ADJ") and t.dep_ not in ("nsubj", "compound", "amod", "appos"):
            break
        if t.lower_ == "according":
            return None
    return None


def _phrase_before(window, verb):
    """The head of the noun phrase between a closing mark and its verb when the parser hung it
    elsewhere (``"…," its chair, Ann Lee, said.``): the phrase's first word whose head lies outside it."""
    inside = {w.i for w in window if w.i < verb.i}
    for w in window:
        if w.i >= verb.i:
            break
        if w.pos_ in ("NOUN", "PROPN", "PRON") and (w.head.i not in inside or w.head.i == w.i):
            return w
    return None


def _inverted_subject(verb):
    """The subject written after its verb (``..., » said Ana Roe``) when the parser took a
    quotation mark for the subject: the head of the first noun phrase after the verb."""
    doc = verb.doc
    for t in doc[verb.i + 1:min(len(doc), verb.i + 6)]:
        if t.is_punct or t.is_space:
            break
        if t.pos_ in ("PROPN", "NOUN"):
            while t.dep_ in ("compound", "flat") and t.head.i > t.i and t.head.i < verb.i + 8:
                t = t.head
            return t
    return None


def _named_after_verb(art: _Article, verb) -> Speaker | None:
    """``"…," said co-author Dr. Ann Lee of X``: the first person (else actor) named within a few
    words after the verb, on its line, when the parsed subject names nobody."""
    lo = verb.idx + len(verb)
    line_end = art.text.find("\n", lo)
    hi = min(lo + 60, line_end if line_end >= 0 else len(art.text))
    found = [m for m in art.mentions_in(lo, hi) if m["start"] >= lo]
    people = [m for m in found if m.get("type") == "person"]
    best = (people or found or [None])[0]
    return art.speaker_from_mention(best, best["surface"], verb.idx) if best else None


def _climb_attribution(art: _Article, span):
    """The nearest verb of saying outside the quote that governs it (``X said that … "…"``)."""
    doc = art.doc
    starts = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    for t in starts:
        a = t.head
        steps = 0
        while steps < 8 and not _hard_break_between(t, a):
            if not art.quoted[a.i] and a.pos_ in ("VERB", "AUX", "NOUN"):
                key = _cue_key(a) if a.pos_ == "VERB" else None
                if key is not None and not _negated_or_hypothetical(a):
                    subj = _subject_of(a)
                    if subj is None:
                        subj = _agent(a) if any(c.dep_ == "nsubjpass" for c in a.children) else None
                    if subj is not None and not (span.start <= subj.i < span.end):
                        return a, subj
            if a.head.i == a.i:
                break
            a = a.head
            steps += 1
    return None


def _according_to(art: _Article, sent, skip=None):
    for t in sent:
        if t.lower_ == "according" and not art.quoted[t.i]:
            to = next((c for c in t.children if c.lower_ == "to"), None)
            if to is None and t.i + 1 < len(art.doc) and art.doc[t.i + 1].lower_ == "to":
                to = art.doc[t.i + 1]
            if to is None:
                continue
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is None:
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return t, obj
    return None


def _before_attribution(art: _Article, span, s: int, inner: bool = False):
    """``X said: "…"``, ``X said, "…"``, ``saying, "…"``: the closest verb before the opening mark."""
    doc = art.doc
    if not len(span):
        return None
    mark_pos = s - 1
    while mark_pos > 0 and art.text[mark_pos] not in (MARKS + "‘'" if inner else MARKS):
        mark_pos -= 1
    lead = art.text[max(0, mark_pos - 3):mark_pos].rstrip()
    if not lead.endswith((",", ":", "that", "—", "–")) and not lead.endswith(("said", "says")):
        return None
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space or doc[i].text in MARKS + "‘'"):
        i -= 1
    checked = 0
    sent_start = doc[max(i, 0)].sent.start if i >= 0 else 0
    while i >= 0 and checked < 25 and i >= sent_start - 1:
        t = doc[i]
        if "\n" in t.text:
            break
        if art.quoted[t.i] and not inner:
            break
        copula = (t.pos_ == "AUX" and lead.endswith(":") and not art.quoted[t.i]
                  and any(c.dep_ == "nsubj" for c in t.children))
        if (t.pos_ == "VERB" or copula) and (copula or not _negated_or_hypothetical(t)):
            subj = _subject_of(t)
            if subj is not None and (_cue_key(t) is not None or lead.endswith(":")
                                     or lead.endswith(",")):
                return t, subj
        i -= 1
        checked += 1
    return None


def _dash_attribution(art: _Article, span):
    doc = art.doc
    m = re.match(r"[\"”»]?\s*[-–—]\s*([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})", art.text[span.end_char:span.end_char + 80])
    if not m or not len(span):
        return None
    start = span.end_char + m.start(1)
    tok = next((t for t in doc[span.end:] if t.idx >= start), None)
    while (tok is not None and tok.i + 1 < len(doc) and "\n" not in tok.whitespace_
           and (tok.lower_.rstrip(".") in TITLES or tok.text == ".")):
        tok = doc[tok.i + 1]  # ``— Dr. Ann Lee``: the name after the title
    return tok


def _starts_sentence(art: _Article, s: int) -> bool:
    k = art.sent_index(s)
    s0 = art.sent_starts[k] if k >= 0 else 0
    p0 = art.text.rfind("\n", 0, s) + 1
    lead = art.text[max(s0, p0 if p0 <= s else 0):s]
    if not re.fullmatch(r"[\s\"“”«»„—–-]*", lead):
        prev = art.text[max(p0, s - 3):s]
        return bool(re.search(r"[.!?][\"”»]?\s*[—–-]?\s*[\"“”«»]?$", art.text[max(0, s - 6):s])) or p0 == s - 1 and prev.strip() in MARKS
    return True


def _floating_speaker(art: _Article, s: int) -> Speaker | None:
    cur = art.sent_index(s)
    for p, sp, si in reversed(art.history):
        if p < s and cur - si <= 3:
            return sp
        if p < s:
            break
    return None


def _paragraph_subject_person(art: _Article, s: int) -> dict | None:
    """The person who is the subject of a sentence before ``s`` in the same paragraph
    (``Ann Lee, 71, has lived here for years. "Where would I go?"``), outside quotes."""
    p0 = art.text.rfind("\n", 0, s) + 1
    for m in reversed(art.mentions_in(p0, s)):
        if m.get("type") != "person" or m["end"] > s:
            continue
        span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or art.quoted[span.root.i]:
            continue
        if _mention_is_subject(art, m) or span.root.dep_ == "ROOT":
            return m
    return None


def _attribute_direct(art: _Article, s: int, e: int):
    """(speaker, cue) for the direct quote ``text[s:e]``, or None when no source is in sight."""
    span = _quote_tokens(art, s, e)
    if not len(span):
        return None
    finders = [_after_attribution, _climb_attribution]
    lead = art.text[art.text.rfind("\n", 0, s) + 1:s]
    if re.search(r"\b(?:a|an|the|of|for|to|as|what|he|she|they|it|called|call|calls)\s*[\"“”«]\s*$", lead,
                 re.IGNORECASE):
        finders.reverse()  # a quote inside a clause belongs to the verb that governs it
    for finder in finders:
        found = finder(art, span, e) if finder is _after_attribution else finder(art, span)
        if found:
            verb, subj = found
            sp = resolve_speaker(art, subj, before=s)
            if sp is None and finder is _after_attribution:
                sp = _named_after_verb(art, verb)
            if sp:
                return sp, _verb_cue_text(verb)
    acc = _according_to(art, span[0].sent)
    if acc and _hard_break_between(acc[0], span[0]):
        acc = None  # the parser ran the previous paragraph into the quote's sentence
    if acc:
        t, obj = acc
        sp = resolve_speaker(art, obj, allow_any_np=True)
        if sp:
            return sp, "according to"
    found = _before_attribution(art, span, s)
    if found:
        verb, subj = found
        sp = resolve_speaker(art, subj)
        if sp:
            return sp, _verb_cue_text(verb)
    tok = _dash_attribution(art, span)
    if tok is not None:
        sp = resolve_speaker(art, tok)
        if sp:
            return sp, "—"
    if _starts_sentence(art, s):
        sp = _floating_speaker(art, s)
        intro = _paragraph_subject_person(art, s)
        if intro is not None and (sp is None or sp.pos < intro["start"]):
            return art.speaker_from_mention(intro, intro["surface"], s), ""
        if sp:
            return Speaker(sp.name, sp.country, sp.type, sp.surface, s, sp.unnamed), ""
    return None


# ----- indirect quotes


def _content_range(art: _Article, verb, cue: Cue):
    """Token range (first, last) of what ``verb`` reports, by the cue's content rules."""
    doc = art.doc
    for rule in cue.content:
        if rule == "clause":
            comps = [c for c in verb.children if c.dep_ == "ccomp"]
            if not comps:
                comps = [c for x in verb.children if x.dep_ in ("acomp", "oprd", "dobj") and x.lower_ == "clear"
                         for c in x.children if c.dep_ == "ccomp"]
            after = [c for c in comps if c.i > verb.i]
            before = [c for c in comps if c.i < verb.i
                      and re.fullmatch(r"[\s,\"”»]*(?:[,—–-][\s\S]*)?",
                                       _doc_text(doc)[c.right_edge.idx + len(c.right_edge):verb.idx]) is not None
                      and ":" not in _doc_text(doc)[c.right_edge.idx:verb.idx] and not _hard_break_between(c, verb)]
            comp = after[0] if after else before[0] if before else None
            if comp is None and verb.dep_ == "ROOT":
                comp = next((c for c in verb.children if c.dep_ == "parataxis" and c.i < verb.i), None)
            if comp is not None:
                toks = [t for t in comp.subtree]
                while toks and (toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether") or toks[0].is_punct):
                    toks.pop(0)
                if toks:
                    return toks[0].i, toks[-1].i
            colon = _colon_content(art, verb)
            if colon:
                return colon
        elif rule == "object":
            kids = [c for c in verb.children if c.i > verb.i and c.dep_ in
                    ("dobj", "prep", "oprd", "ccomp", "xcomp", "attr", "acomp", "dative", "pcomp")]
            if any(c.dep_ in ("dobj", "xcomp", "ccomp", "pcomp") for c in kids):
                stop = min([c.i for c in verb.children if c.i > verb.i and c.dep_ in ("cc", "conj", "advcl")]
                           + [len(doc)])
                kids = [c for c in kids if c.i < stop]
                first = min(c.left_edge.i for c in kids)
                last = max(c.right_edge.i for c in kids)
                colon = _colon_content(art, verb)
                if colon and colon[0] > last:
                    return colon
                return first, last
        elif rule == "xcomp":
            comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
            if comp is not None:
                toks = [t for t in comp.subtree if not (t.lower_ == "to" and t.dep_ == "aux" and t.head == comp)]
                if toks:
                    return toks[0].i, toks[-1].i
        elif rule.startswith("prep:"):
            word = rule.split(":", 1)[1]
            prep = next((c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == word
                         and c.i > verb.i), None)
            if prep is not None:
                toks = [t for t in prep.subtree if t.i != prep.i]
                if toks:
                    return toks[0].i, toks[-1].i
    return None


def _colon_content(art: _Article, verb):
    """``X articulated these terms: …``: the words after a colon that closes the verb's clause."""
    doc = art.doc
    sent = verb.sent
    for t in doc[verb.i + 1:sent.end]:
        if art.quoted[t.i] or t.text in MARKS:
            return None
        if t.text == ":":
            rest = [x for x in doc[t.i + 1:sent.end] if not x.is_space]
            if len(rest) >= 3 and not art.quoted[rest[0].i] and rest[0].text not in MARKS:
                last = rest[-1].i
                while last > t.i and doc[last].is_punct:
                    last -= 1
                return rest[0].i, last
            return None
        if t.pos_ == "VERB" and t.head.i != verb.i:
            return None
    return None


def _clip(art: _Article, verb, first: int, last: int) -> tuple[int, int]:
    """Keep the content within the verb's paragraph and stop it before another report."""
    doc = art.doc
    if first > verb.i:
        for i in range(first, last + 1):
            t = doc[i]
            if i > first and _hard_break_between(doc[i - 1], t):
                last = i - 1
                break
            if (t.dep_ == "conj" and t.pos_ == "VERB" and _cue_key(t) and not art.quoted[t.i]
                    and i > first and not any(_cue_key(x) and x.pos_ == "VERB" for x in doc[first:i])):
                last = i - 1
                while last > first and doc[last].dep_ in ("cc", "punct"):
                    last -= 1
                break
            if (t.dep_ == "advcl" and i - 1 > first and doc[i - 1].text == "," and not art.quoted[t.i]
                    and ((t.tag_ == "VBG" and t.lemma_.lower() in THINKING_VERBS)
                         or any(c.dep_ == "mark" and c.lower_ in ("though", "although", "whereas")
                                for c in t.children))):
                last = i - 2
                break
    else:
        for i in range(last, first - 1, -1):
            if i < last and _hard_break_between(doc[i], doc[i + 1]):
                first = i + 1
                break
    return first, last


def _trim(art: _Article, first: int, last: int) -> tuple[int, int]:
    doc = art.doc
    while first <= last and (doc[first].is_punct and doc[first].text not in MARKS or doc[first].is_space):
        first += 1
    while last >= first and (doc[last].text in (".", ",", ";", ":", "—", "-") or doc[last].is_space):
        last -= 1
    if first > last:
        return -1, -1
    return doc[first].idx, doc[last].idx + len(doc[last])


_LEADING_JUNK = "»”)]},;:—–- \t\n"


def _within_paragraph(text: str, start: int, end: int, anchor: int, lines_are_paras: bool = True):
    r"""``(start, end)`` cut to the paragraph that holds ``anchor`` (the cue), without a
    closing mark or dash left at its start: a dateline or the previous paragraph's
    closing mark never opens a reported clause.

    >>> t = "OSLO (NTB) —\nThe ferry is late, the harbour said."
    >>> s, e = _within_paragraph(t, 6, t.index(","), t.index("said"))
    >>> t[s:e]
    'The ferry is late'
    >>> _within_paragraph("A said.\nB went home.", 8, 19, 2)
    (8, 8)
    """
    if not text or end <= start:
        return start, end
    anchor = min(max(anchor, 0), len(text))
    brk = re.compile(r"\n") if lines_are_paras else _HARD_BREAK
    if (start > anchor and brk.search(text, anchor, start)) or (end < anchor and brk.search(text, end, anchor)):
        return start, start  # the clause lies wholly in another paragraph than its cue
    breaks = [m for m in (re.finditer(r"\n", text[start:end]) if lines_are_paras
                          else _HARD_BREAK.finditer(text[start:end]))]
    for m in breaks:
        cut = start + m.start()
        if cut < anchor:
            continue
        end = min(end, cut)
        break
    for m in reversed(breaks):
        cut = start + m.end()
        if cut <= anchor and cut > start:
            start = cut
            break
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unquoted_words(art: _Article, start: int, end: int) -> int:
    """Words of ``text[start:end]`` outside the direct-quote spans."""
    pieces, pos = [], start
    for s, e in art.spans:
        if e <= start or s >= end:
            continue
        pieces.append(art.text[pos:max(pos, s)])
        pos = max(pos, e)
    pieces.append(art.text[pos:end])
    return n_words(" ".join(pieces))


def _is_title_line(art: _Article, pos: int) -> bool:
    line_end = art.text.find("\n")
    return line_end == -1 and False or (0 <= pos < line_end and not art.text[:line_end].rstrip().endswith((".", "”", '"')))


def _indirect_events(art: _Article):
    """(speaker head token or Speaker, cue text, content start, end, verb index) for each reported clause."""
    doc = art.doc
    cues = _cues()
    events = []
    for v in doc:
        if art.quoted[v.i] or v.pos_ != "VERB":
            continue
        key = _cue_key(v)
        if key is None or cues[key].direct_only or _negated_or_hypothetical(v):
            continue
        if _is_title_line(art, v.idx):
            continue
        cue = cues[key]
        passive = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            if passive.lower_ in ("this", "that") and not any(c.dep_ == "ccomp" for c in v.children):
                agent = _agent(v)
                sent = v.sent
                prev = doc[sent.start - 1].sent if sent.start > 0 else None
                if agent is not None and prev is not None:
                    s, e = _trim(art, prev.start, prev.end - 1)
                    if s >= 0:
                        cue_text = art.text[sent.start_char:v.idx + len(v)] + art.text[v.idx + len(v):agent.idx].rstrip()
                        events.append((agent, cue_text.strip(), s, e, v.i, True))
                continue
            if passive.lower_ == "it":
                rng = _content_range(art, v, cue)
                if rng:
                    s, e = _trim(art, *rng)
                    agent = _agent(v)
                    if s >= 0:
                        events.append((agent if agent is not None else "source",
                                       f"{passive.text} {' '.join(c.text for c in v.children if c.dep_ == 'auxpass')} {v.text}".strip(),
                                       s, e, v.i, False))
                continue
            continue
        # `as X points out, <clause>`
        if v.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in v.children):
            head = v.head
            inner = {t.i for t in v.subtree}
            toks = [t for t in head.subtree if t.i not in inner]
            subj = _subject_of(v)
            if toks and subj is not None:
                s, e = _trim(art, toks[0].i, toks[-1].i)
                if s >= 0:
                    events.append((subj, f"as {_verb_cue_text(v)}", s, e, v.i, False))
            continue
        rng = _content_range(art, v, cue)
        if not rng:
            continue
        s, e = _trim(art, *_clip(art, v, *rng))
        if s < 0:
            continue
        subj = _subject_of(v)
        if (v.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in v.children)
                and _cue_key(v.head) is None):
            earlier = [u for u in doc[v.sent.start:v.i] if u.pos_ == "VERB" and _cue_key(u)
                       and not art.quoted[u.i] and any(c.dep_ == "nsubj" for c in u.children)]
            if earlier:
                subj = _subject_of(earlier[-1])
        if subj is None:
            continue
        events.append((subj, _verb_cue_text(v), s, e, v.i, False))
    for sent in doc.sents:
        acc = _according_to(art, sent)
        if not acc or _is_title_line(art, acc[0].idx):
            continue
        t, obj = acc
        phrase = {x.i for x in t.subtree} | {t.i}
        head = t.head if t.head.i != t.i else sent.root
        base = head.subtree if head.pos_ in ("VERB", "AUX") else sent
        toks = [x for x in base if x.i not in phrase and x.sent.start == sent.start]
        if not toks:
            continue
        # an `according to` that only credits another attribution (`This is stated by X, according to Y`)
        if any(x.dep_ == "nsubjpass" and x.lower_ in ("this", "that", "it") for x in toks):
            continue
        s, e = _trim(art, toks[0].i, toks[-1].i)
        if s >= 0:
            events.append((obj, "according to", s, e, t.i, "according"))
    return events


# ---------------------------------------------------------------------------- the finder


def find_quotes(doc, name: str | None = None, mentions: list[dict] | None = None, cues: dict | None = None) -> list[dict]:
    """Every direct and indirect quote of a parsed article, as dicts with :data:`COLUMNS`.

    ``mentions`` are the article's actor mentions (``actors.find_mentions``);
    ``cues`` an optional cue registry (default ``data/quote_cues.csv``).
    ``doc`` may be the article's :class:`~helpers.context.ArticleContext`
    (its ``mentions`` are used). Errors are not swallowed: the pipeline logs
    them at ERROR with the article's name.

    >>> from helpers import nlp                                    # doctest: +SKIP
    >>> doc = nlp.bare_nlp()('"We will never give up," Jane Roe said.')  # doctest: +SKIP
    >>> [(q["speaker"], q["quote"]) for q in find_quotes(doc, "a.txt", [])]  # doctest: +SKIP
    [('Jane Roe', 'We will never give up,')]
    """
    global _CUES_OVERRIDE
    if isinstance(doc, ArticleContext):
        doc, name, mentions = doc.doc, doc.name, doc.mentions
    previous = _CUES_OVERRIDE
    _CUES_OVERRIDE = cues
    try:
        return _find_quotes(doc, name, mentions)
    finally:
        _CUES_OVERRIDE = previous


def _find_quotes(doc, name, mentions) -> list[dict]:
    _LINES_ARE_PARAGRAPHS.clear()
    _LINES_ARE_PARAGRAPHS[id(doc)] = lines_are_paragraphs(_doc_text(doc))
    art = _Article(doc, name, mentions)
    indirect = _indirect_events(art)
    directs = [(s, e) for s, e in art.spans if n_words(art.text[s:e]) >= MIN_WORDS]
    # Resolve in reading order so pronouns and roles see the speakers before them.
    items = []
    for ev in indirect:
        subj = ev[0]
        pos = subj.idx if hasattr(subj, "idx") else doc[ev[4]].idx
        items.append((pos, 1, ev))
    for s, e in directs:
        items.append((s, 0, (s, e)))
    items.sort(key=lambda x: (x[0], x[1]))
    rows = []
    pending = []
    for pos, kind, item in items:
        if kind == 1:
            subj, cue, s, e, vi, special = item
            if subj == "source":
                sp = _last_source(art, doc[vi].idx)
                if sp is not None:
                    sp = Speaker(sp.name, sp.country, sp.type, "", doc[vi].idx, sp.unnamed)
            else:
                sp = resolve_speaker(art, subj, allow_any_np=(special == "according"))
            if sp is None:
                continue
            art.remember(sp)
            s, e = _within_paragraph(art.text, s, e, doc[vi].idx,
                                     _LINES_ARE_PARAGRAPHS.get(id(doc), True))
            if e <= s or _unquoted_words(art, s, e) < 2:
                continue
            rows.append(_row(art, "indirect", sp, s, e, cue))
        else:
            s, e = item
            got = _attribute_direct(art, s, e)
            if got is None:
                pending.append((s, e))
                continue
            sp, cue = got
            art.remember(Speaker(sp.name, sp.country, sp.type, sp.surface, s, sp.unnamed))
            rows.append(_row(art, "direct", sp, s, e, cue))
            rows.extend(_inner_rows(art, s, e))
    for s, e in pending:  # quotes whose attribution needed a later speaker in the text
        got = _attribute_direct(art, s, e)
        if got is not None:
            sp, cue = got
            rows.append(_row(art, "direct", sp, s, e, cue))
    rows.sort(key=lambda r: (r["start"], r["kind"], r["end"]))
    return _dedupe(rows)


def _inner_rows(art: _Article, s: int, e: int) -> list[dict]:
    """Speech quoted inside a quote: ``"…He says, 'I don't care.'"`` is a row for the inner speaker."""
    rows = []
    for a, b in inner_quote_spans(art.text, s, e):
        if n_words(art.text[a:b]) < MIN_WORDS:
            continue
        lead = art.text[max(s, a - 40):a - 1]
        if not re.search(r"[,:]\s*$", lead):
            continue
        span = _quote_tokens(art, a, b)
        found = _before_attribution(art, span, a, inner=True) if len(span) else None
        if found:
            verb, subj = found
            sp = resolve_speaker(art, subj)
            if sp:
                rows.append(_row(art, "direct", sp, a, b, _verb_cue_text(verb)))
    return rows


def _dedupe(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        key = (r["kind"], r["start"], r["end"], r["speaker"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
