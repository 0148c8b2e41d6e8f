"""Reading the dependency parse: subjects of verbs of saying, noun phrases, names.

Helpers the rules share; none of them is a rule (they find the words a rule
then resolves).
"""
from __future__ import annotations

import re

from .. import language
from ..actors import doc_text
from .words import MODALS, NOT_REPORT_HEADS, TITLES

_ARTICLES = ("a", "an", "the", "one", "some", "this", "that", "these", "those")


# ---------------------------------------------------------------------------- noun phrases and names


def np_tokens(head) -> list:
    """The tokens of a noun phrase without its relative clauses and trailing punctuation."""
    drop = set()
    for child in head.children:
        if child.dep_ in ("relcl", "acl") and child.i > head.i:
            drop.update(t.i for t in child.subtree)
            if child.left_edge.i - 1 > head.i and head.doc[child.left_edge.i - 1].is_punct:
                drop.add(child.left_edge.i - 1)  # the comma that introduces it
    toks = [t for t in head.subtree if t.i not in drop]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "cc"):
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def relative_antecedent(tok):
    """The noun a relative pronoun stands for (``the envoy, who said`` -> ``envoy``), else None.
    Shared by the quote speakers and the condition holders.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The plan was rejected by Osteria, which insists on a truce.")
    >>> relative_antecedent(doc[7]).text, relative_antecedent(doc[5])
    ('Osteria', None)
    """
    if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl" and tok.head.head.i < tok.i:
        return tok.head.head
    return None


def np_surface(head) -> str:
    """The words of the noun phrase headed by ``head`` as written."""
    toks = np_tokens(head)
    return doc_text(head.doc)[toks[0].idx:toks[-1].idx + len(toks[-1])] if toks else head.text


def description(head) -> str:
    """A short description of an unnamed source: its noun phrase without articles.

    ``A Danish engineer close to the port board, who asked ...`` ->
    ``Danish engineer close to the port board``.
    """
    toks = np_tokens(head)
    while toks and toks[0].lower_ in _ARTICLES:
        toks.pop(0)
    if not toks:
        return ""
    return doc_text(head.doc)[toks[0].idx:toks[-1].idx + len(toks[-1])].replace("\n", " ")


def closed_up(name: str) -> str:
    """A name's letters without hyphens, apostrophes or spaces, lower case (``Abdul-Karim`` -> ``abdulkarim``).

    >>> closed_up("Abdul-Karim"), closed_up("O'Neill")
    ('abdulkarim', 'oneill')
    """
    return re.sub(r"[\W_]", "", name).lower()


def surname(name: str) -> str:
    parts = re.findall(r"[\w’'-]+", name)
    return parts[-1].lower() if parts else ""


def propn_chain(tok) -> list:
    """The proper nouns written next to ``tok`` that name it with it (``Harbour Pilots Guild``),
    never a proper noun further down its subtree (a title inside a relative clause)."""
    mods = {c.i for c in tok.children if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"}
    lo = hi = tok.i
    while lo - 1 in mods:
        lo -= 1
    while hi + 1 in mods:
        hi += 1
    return list(tok.doc[lo:hi + 1])


def only_titles(text: str) -> bool:
    """A "name" made only of titles and ranks (``Lt . Gen``) names nobody.

    >>> only_titles("Lt . Gen"), only_titles("Gen. Ann Lee")
    (True, False)
    """
    words = [w.strip(".()").lower() for w in text.split() if w.strip(".()")]
    return bool(words) and all(w in TITLES or w in ("retd", "ret", "rtd") for w in words)


def unique_prefix_mention(mentions: list[dict], text: str) -> dict | None:
    """The mention whose actor's name begins with the words of ``text``, when only one actor does
    (``Acme`` for ``Acme Widgets``; ``Park`` for ``Park Ji-won``)."""
    words = text.split()
    if not words:
        return None
    found = {m["actor"]: m for m in mentions
             if m["actor"].split()[:len(words)] == words and len(m["actor"].split()) > len(words)}
    return next(iter(found.values())) if len(found) == 1 else None


def name_part_of(short: str, full: str, closed: bool = True) -> bool:
    """Is ``short`` the same person as ``full`` by surname: equal, the last word, or a run of
    words after the given name (compound surnames, particles)?

    >>> name_part_of("Ortiz", "Ana Ortiz de la Cruz"), name_part_of("Cruz", "Ana Ortiz de la Cruz")
    (True, True)
    >>> name_part_of("Ana", "Ana Ortiz"), name_part_of("Ortega", "Ana Ortiz")
    (False, False)

    A transliterated surname is spelt with and without its hyphen or space in one article
    (``Omar Abdul-Karim`` ... ``Abdulkarim said``): one word is the same surname as the full
    name's last words written closed up (unless ``closed`` is false: callers try the surname as
    written first, so a ``Sara Abdulkarim`` of the same article keeps her own).

    >>> name_part_of("Abdulkarim", "Omar Abdul-Karim"), name_part_of("Abdulkarim", "Omar Abdul Karim")
    (True, True)
    >>> name_part_of("Omarkarim", "Omar Abdul-Karim"), name_part_of("Abdul", "Omar Abdul-Karim")
    (False, False)
    """
    a, b = short.split(), full.split()
    if not a or not b:
        return False
    if a == b or (len(a) == 1 and surname(short) == surname(full)):
        return True
    if closed and len(a) == 1 and any(closed_up(" ".join(b[i:])) == closed_up(short) for i in range(1, len(b))):
        return True
    n = len(a)
    return n < len(b) and any(b[i:i + n] == a for i in range(1, len(b) - n + 1))


def is_subject(tok) -> bool:
    return tok.dep_ in ("nsubj", "nsubjpass")


def mention_is_subject(art, m: dict) -> bool:
    """Is the mention the subject (or its possessor) of its clause?"""
    span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    while root.dep_ in ("compound", "flat", "appos", "conj") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass", "poss")


# ---------------------------------------------------------------------------- verbs


def negated_or_hypothetical(verb) -> bool:
    """``did not say``, ``could say``, ``refused to say``, a verb used as an adjective."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and child.lower_ in MODALS:
            return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NOT_REPORT_HEADS:
        return True
    return verb.dep_ in ("amod", "compound") or verb.pos_ not in ("VERB", "AUX")


def agent(verb):
    """The X of ``by X`` in the verb's clause (the agent of a passive)."""
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


def subject_of(art, verb):
    """The subject token of ``verb``, climbing through participles, conjuncts and infinitives; none for
    a passive participle of saying that describes a noun (``the officers accused of the killings``: the
    noun is spoken of), though a verb below it climbs through it (``Lee, quoted by the agency as saying
    that ...``: Lee)."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return None  # ``the officers accused of the massacre``: the noun is spoken of, not speaking
    v = verb
    for _ in range(6):
        found, v = _subject_step(art, v)
        if v is None:
            return found
    return None


#: Verbs whose object says what the infinitive after them says (``led the minister to state``).
CAUSATIVE_SPEECH_VERBS = language.words("causative_speech_verbs")


def _controlling_object(v):
    """The object of a verb that makes it speak (:data:`CAUSATIVE_SPEECH_VERBS`), who does the saying
    of the infinitive after it (``the snub prompted Ann Lee to say ...``, ``which led the minister to
    state ...``); None without one, after a request (``urged Ann Lee to say ...``), or when the making
    is only tried, possible or denied (``tried to force Lee to say``, ``could lead Lee to say``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The snub prompted Ann Lee to say that the talks were over. Tom urged Ann Lee to say more. "
    ...                      "Nothing could force Ann Lee to say more.")
    >>> _controlling_object(doc[6]).text, _controlling_object(doc[18]), _controlling_object(doc[27])
    ('Lee', None, None)
    """
    cause = v.head
    if v.dep_ != "xcomp" or cause.lemma_.lower() not in CAUSATIVE_SPEECH_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None  # ``asked Lee to say``: a request, nothing said
    if cause.dep_ == "xcomp" or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in cause.children):
        return None  # ``tried to force Lee to say``, ``could force``, ``will not lead``: nothing said yet
    return next((c for c in cause.children if c.dep_ == "dobj" and c.i < v.i), None)


_CLIMB_DEPS = ("advcl", "conj", "xcomp", "pcomp", "acl", "dep", "pobj", "prep")


def _subject_step(art, v):
    """One step of :func:`subject_of`: ``(subject, None)`` when settled, ``(None, head)`` to climb."""
    reporter = _reported_clause_reporter(art, v)
    if reporter is not None:
        return None, reporter  # ``Lee said Norway was ready, noting that ...``: Lee notes, not Norway
    subjects = [c for c in v.children if c.dep_ == "nsubj" and not art.hard_break(c, v)]
    plain = [c for c in subjects if not (c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text in "([")]
    subjects = plain or subjects  # a name glossed in brackets is not the subject
    if subjects:
        return min(subjects, key=lambda c: abs(c.i - v.i)), None
    found = fronted_subject(v) or _controlling_object(v)
    if found is None:
        found = relative_opening_subject(art, v)
    if found is not None:
        return found, None
    if v.dep_ in ("conj", "advcl", "ccomp") and art.hard_break(v.head, v):
        return line_subject(v), None
    if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
        if v.tag_ == "VBG" and v.doc[v.i - 1].text == "," and art.cue_key(v) is not None:
            return None, _clause_verb(v.head)  # ``… highlighted its role, stating …``: the clause's subject
        return v.head, None
    if v.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in v.children):
        return None, None
    return None, (v.head if v.dep_ in _CLIMB_DEPS else None)


#: Verbs that describe their subject's state (``be``, ``seem``), and modals of a duty (``must``): a
#: reported clause of either describes; a participle of saying after it is the reporter's.
LINKING_VERBS = language.words("linking_verbs")
DUTY_MODALS = language.words("condition_obligation_modals")


def _reported_clause_reporter(art, v):
    """The verb of saying that reports the clause a participle of saying after a comma hangs on,
    when that clause describes a state or a duty (its verb one of :data:`LINKING_VERBS` or with a
    modal of :data:`DUTY_MODALS`; none of saying): ``Lee noted that Norway is ready, noting that
    ...``, ``Lee said every state must help, adding that ...`` -> ``noted``, ``said``. A clause
    whose subject acts or speaks keeps its subject (``Lee said Vos resigned, saying ...``, ``Lee
    said Vos warned them, adding ...``, ``... issued a manual, stressing ...``). Else None."""
    if v.tag_ != "VBG" or v.dep_ != "advcl" or not v.i or v.doc[v.i - 1].text != "," or art.cue_key(v) is None:
        return None
    clause = v.head
    reporter = clause.head
    if clause.dep_ != "ccomp" or reporter.i == clause.i or art.cue_key(reporter) is None \
            or art.hard_break(reporter, v) or art.quoted[reporter.i]:
        return None
    if art.cue_key(clause) is not None or not (clause.lemma_.lower() in LINKING_VERBS or any(
            c.dep_ == "aux" and c.lower_ in DUTY_MODALS for c in clause.children)):
        return None  # ``Lee said Vos resigned, saying ...``, ``... issued a manual, stressing ...``: theirs
    return reporter


def _clause_verb(tok):
    """The nearest verb above ``tok`` (``tok`` itself when it has none)."""
    v = tok
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    return v if v.pos_ in ("VERB", "AUX") else None


def relative_opening_subject(art, verb):
    """``Ann Lee, whose son was on the shift, said …`` parsed with the name inside the relative
    clause: a sentence that opens with a proper name, a comma and ``who``/``whose`` gives
    the name as the subject of its main verb of saying (when that verb has no subject)."""
    if verb.dep_ != "ROOT" or art.cue_key(verb) is None:
        return None
    doc = verb.doc
    i = verb.sent.start
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


def fronted_subject(verb):
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
    while top.dep_ in ("compound", "appos") and top.head.i != top.i:
        top = top.head
    prep = top.head if top.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != verb.i or prep.i != prep.sent.start:
        return None
    return prev


def line_subject(verb):
    """The noun just before ``verb`` on its own line (for a parse that ran two paragraphs together),
    or the name that opens the line before an appositive (``Ann Lee, the mayor, said``)."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and "\n" not in doc[i].text and verb.i - i <= 8:
        t = doc[i]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            return t
        if t.pos_ not in ("ADV", "AUX", "PART"):
            return _line_opening_name(verb) if t.text == "," else None
        i -= 1
    return None


def _line_opening_name(verb):
    """The proper name that opens ``verb``'s line and is followed by a comma, else None."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and "\n" not in doc[i - 1].text:
        i -= 1
    j = i
    while j < verb.i and doc[j].pos_ == "PROPN":
        j += 1
    return doc[j - 1] if j > i and j < verb.i and doc[j].text == "," else None
