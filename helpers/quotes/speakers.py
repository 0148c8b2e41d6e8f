"""Speaker resolution: who the noun phrase of a verb of saying (or ``according to X``) names.

One registry, asked in order; the first rule with an answer decides, and its
name is the quote row's ``speaker_rule``. A rule answers ``NOBODY`` to stop the
search without a speaker (``I said``, an unresolved pronoun, a document whose
issuer is nowhere).

Policy (the order of :data:`SPEAKER`): a relative ``who`` first takes the
person before it; pronouns resolve (or stop); a name the mentions hold wins
next, then an appositive's name, then the person before an age. Words that
speak for an organisation (groups of experts, data, spokespeople, authors)
come before documents; a document speaks for its issuer or stops. Only then
a bare proper name, an organisation noun (``the bank``), a role (``the
spokesman``), and last an unnamed source described by its words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..doccache import doc_ents
from ..actors import DEMONYMS, TITLES, canonical, demonym_at, story_registry
from ..actors.filters import credit_dateline_end, wire_dateline_end
from ..rules import Registry
from .article import QuoteArticle, Speaker
from .lookup import (ends_name, orgs_before, document_author, document_issuer, entity_speaker, last_source, previous_subject_org,
                     resolve_org_role, resolve_pronoun, resolve_role)
from .syntax import description, mention_is_subject, np_surface, np_tokens, relative_antecedent
from .titles import OFFICE_NOUNS, abbreviations, office_holder_speaker, possessor_side, title_holder_mention, title_words
from .words import (AUTHOR_NOUNS, COURT_DOCUMENTS, DATA_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS, MEMBERSHIP_BODIES, MEMBERSHIP_PLURALS, ORG_NOUNS, OWN_VOICE,
                    PRONOUNS, PUBLISH_VERBS, READ_VERBS, SOURCE_NOUNS, SPOKES_NOUNS, STATE_VOICE_NOUNS,
                    LEDE_TITLES)

#: A rule's answer that ends the search without a speaker.
NOBODY = Speaker("", "", "", "", -1)


@dataclass
class Query:
    """The noun phrase to resolve: its head token, and how it was reached."""

    head: object
    allow_any_np: bool = False
    before: int | None = None  # start of the direct quote being attributed
    relative: str = ""  # ``who``/``which``/``that`` when the head was reached through one

    @cached_property
    def surface(self) -> str:
        return np_surface(self.head)

    @cached_property
    def lemma(self) -> str:
        return self.head.lemma_.lower()

    def det(self):
        return next((c for c in self.head.children if c.dep_ in ("det", "poss")), None)


def resolve_speaker(art: QuoteArticle, head, allow_any_np: bool = False, before: int | None = None) -> Speaker | None:
    """The speaker named by the noun phrase headed by ``head`` (a subject, or the X of
    ``according to X``), its ``rule`` set to the rule that chose it; None when none does.

    ``before``: the start of the direct quote being attributed (see :func:`lookup.resolve_pronoun`).
    """
    if head is None:
        return None
    relative = ""
    if (antecedent := relative_antecedent(head)) is not None:
        relative, head = head.lower_, antecedent
    head = past_credit(head)
    rule, found = SPEAKER.first(art, Query(head, allow_any_np, before, relative))
    if found is None or found is NOBODY:
        return None
    return replace(found, rule=rule)


# ---------------------------------------------------------------------------- pronouns and names


def relative_who(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Ann Lee met a nurse who said ...`` where the noun before ``who`` names nobody known:
    the person named last before it in the sentence."""
    head = q.head
    if q.relative != "who" or [m for m in art.mentions_in(head.idx, head.idx + len(head)) if m.get("type") == "person"]:
        return None
    people = [m for m in art.mentions_in(head.sent.start_char, head.idx + len(head)) if m.get("type") == "person"]
    return art.speaker_from_mention(people[-1], head.text, head.idx) if people else None


def own_voice(art: QuoteArticle, q: Query) -> Speaker | None:
    """``"We will win," I said.``: first and second person name no speaker (stop)."""
    return NOBODY if q.head.lower_ in OWN_VOICE else None


def _document_before(tok):
    """The document an ``it`` subject of a main clause stands for: the main subject of the
    sentence before, when that is a document noun (``Acme's plan was leaked. It proposes a
    truce.`` -> ``plan``), else None."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i != tok.sent.root.i:
        return None
    if tok.sent.start == 0:
        return None
    before = tok.doc[tok.sent.start - 1].sent
    subj = next((t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.i == before.root.i), None)
    return subj if subj is not None and subj.lemma_.lower() in DOCUMENT_NOUNS else None


def it_document(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Acme's plan tries a middle way. It proposes a truce.``: ``it`` right after a sentence
    whose subject is a document speaks for whoever that document speaks for (its owner, its
    issuer named before; the document rules decide), not for the actor that spoke last."""
    if q.relative:
        return None
    found = _document_before(q.head)
    sp = resolve_speaker(art, found) if found is not None else None
    return sp.at(q.head.text, q.head.idx) if sp is not None and not sp.unnamed else None


def it_speaker(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The plan calls for talks. ... Talks are "the only way," it says.``: ``it`` as the one
    who speaks is the organisation, state or document that spoke last (within five
    sentences: numbered points count as sentences), before any actor merely named in between."""
    if q.head.lower_ != "it" or q.relative:
        return None
    here = art.sent_index(q.head.idx)
    for p, sp, si in reversed(art.history):
        if p < q.head.idx and here - si <= 5 and not sp.unnamed and sp.type in ("organization", "state"):
            return sp.at(q.head.text, q.head.idx)
        if p < q.head.idx:
            return None
    return None


def pronoun(art: QuoteArticle, q: Query) -> Speaker | None:
    """``She said the port would close.``: the actor the pronoun refers to (else stop)."""
    if q.head.lower_ not in PRONOUNS:
        return None
    return resolve_pronoun(art, q.head, q.before) or NOBODY


def mention(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Ann Lee said ...``: the actor mention at the head (not a document noun)."""
    own = art.mentions_in(q.head.idx, q.head.idx + len(q.head))
    if own and q.lemma not in DOCUMENT_NOUNS:
        return art.speaker_from_mention(own[-1], q.surface, q.head.idx)
    return None


def _appositives(head, quoted=None) -> list:
    """The appositives of ``head``; none inside quotation marks (``quoted``: the article's
    quoted-token flags), which are someone's words, not a name for the speaker."""
    return [c for c in head.children if c.dep_ == "appos" and not (quoted is not None and quoted[c.i])]


def _office_appositives(head, quoted=None) -> list:
    """The names in apposition to the place or body an office is ``of``, which the parser hangs
    there though they name the office's holder (``said the president of Norland, Ann Lee, ...``):
    proper nouns only, and only after a common noun (the office)."""
    if head.pos_ != "NOUN":
        return []
    places = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return [c for o in places for c in _appositives(o, quoted) if c.pos_ == "PROPN"]


def appositive_mention(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The mayor, Ann Lee, said ...``: the actor mentioned in an appositive of the head; a person
    named after the place the office is of (``said the president of Norland, Ann Lee``); not a
    wire dateline's credit (``LAKEPORT (Wire) — President Ann Lee said``: Ann Lee)."""
    for child in _past_dateline(q.head, _appositives(q.head, art.quoted)):
        inner = art.mentions_in(child.idx, child.idx + len(child))
        if inner:
            return art.speaker_from_mention(inner[-1], q.surface, q.head.idx)
    for child in _office_appositives(q.head, art.quoted):
        inner = [m for m in art.mentions_in(child.idx, child.idx + len(child)) if m.get("type") == "person"]
        if inner:
            return art.speaker_from_mention(inner[-1], q.surface, q.head.idx)
    return None


def past_credit(head):
    """The subject past a wire story's opening credit: when ``head`` is the bracketed credit that
    opens the line (``(Wire) – LAKEPORT, MAY 2 – Harbour chief Ann Lee of the port board said ...``, which the
    parser makes the subject with the real one in apposition), its first appositive past the dateline
    (:func:`helpers.actors.filters.credit_dateline_end`), wherever the parser hangs it in the credit's
    phrase; else ``head``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("(Wire) \u2013 LAKEPORT, MAY 2 \u2013 The harbour chief of Lakeport said no talks would start.")
    >>> [past_credit(t).text for t in doc if t.dep_ == "nsubj"][:1]
    ['chief']
    """
    end = credit_dateline_end(head.doc.text, head.idx, head.idx + len(head))
    if end is None:
        return head
    return next((t for t in head.subtree if t.dep_ == "appos" and t.idx >= end), head)  # (on the place, too)


def wire_credit(head) -> bool:
    """Whether ``head`` is the bracketed credit that opens a wire story's line before its place and date
    (``(Wire) – LAKEPORT, MAY 2 – ...``): an agency filing the story, no subject of its sentence."""
    return credit_dateline_end(head.doc.text, head.idx, head.idx + len(head)) is not None


def _past_dateline(head, children):
    """``children`` of ``head`` that stand past the wire dateline ``head`` opens, if it opens one
    (``LAKEPORT (Wire) — ...``: not the bracketed credit); else all of them."""
    first = head.left_edge if head.left_edge.text.isupper() and head.left_edge.i < head.i else head  # ``NEW YORK``
    end = wire_dateline_end(head.doc.text, first.idx, head.idx + len(head))
    return [c for c in children if end is None or c.idx >= end]


def appositive_name(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The pilot, Tom Roe, said ...`` when Tom Roe is no known actor: the appositive's name; a
    person's name after the place the office is of (``the mayor of Bo, Tom Roe,``); not a wire
    dateline's credit (:func:`_past_dateline`)."""
    for child in _past_dateline(q.head, _appositives(q.head, art.quoted)):
        sp = entity_speaker(art, child) if child.pos_ == "PROPN" else None
        if sp:
            return sp
    for child in _office_appositives(q.head, art.quoted):
        sp = entity_speaker(art, child)
        if sp and sp.type == "person":
            return sp
    return None


def age_subject(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Ann Lee, 54, said ...`` with the age parsed as the subject: the person before it."""
    head = q.head
    if head.pos_ != "NUM":
        return None
    people = [m for m in art.mentions_in(head.left_edge.idx, head.idx) if m.get("type") == "person"]
    return art.speaker_from_mention(people[-1], q.surface, head.idx) if people else None


def title_holder(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Deputy Minister Ann Lee ... the deputy minister said``, ``Ann Lee, the head of
    state, ... the President said``, ``Ruritania's foreign minister said``: the person named
    with that title (or an equivalent one; with a story, the role its registry gives), of
    the state that owns the title if one does."""
    words = title_words(q.head)
    if words and q.det() is not None and q.det().dep_ == "poss" and not possessor_side(art, q.head):
        return None  # ``Lee's deputy``: someone's title, not a state's office
    m = title_holder_mention(art, words, q.head.idx, possessor_side(art, q.head)) if words else None
    return art.speaker_from_mention(m, q.surface, q.head.idx) if m is not None else None


def office_holder(art: QuoteArticle, q: Query) -> Speaker | None:
    """``"We will appeal," Minister Ann Lee said. "..." the official added``: a bare office
    noun right after a named office holder spoke is that person."""
    if q.head.lower_ not in OFFICE_NOUNS or not _definite(q):
        return None
    sp = office_holder_speaker(art, q.head.idx)
    if isinstance(sp, dict):
        return art.speaker_from_mention(sp, q.surface, q.head.idx)
    return sp.at(q.surface, q.head.idx) if sp is not None else None


# ---------------------------------------------------------------------------- people who speak for an organisation


def group_organisation(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Analysts at Acme Bank said ...``, ``Acme Bank analysts said``, ``according to Acme Bank
    data``, ``figures published by Acme Bank``: the organisation a group of experts speaks for,
    or whose numbers are cited."""
    head = q.head
    is_data = head.lower_ in DATA_NOUNS or q.lemma in DATA_NOUNS
    if head.lower_ not in GROUP_NOUNS and not is_data:
        return None
    orgs = [m for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("from", "at", "with", "of", "by")
            for m in art.mentions_of(prep.subtree)]
    if is_data and not orgs:  # ``results declared by X``
        orgs = [m for verb in head.children if verb.dep_ in ("acl", "relcl") for a in verb.children
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by") for m in art.mentions_of(a.subtree)]
    if not orgs:  # ``Acme Bank data``, ``Acme Bank analysts``
        orgs = [m for c in head.children if c.dep_ in ("compound", "poss", "nmod") and c.i < head.i
                for m in art.mentions_of(c.subtree)]
    return art.speaker_from_mention(orgs[0], q.surface, head.idx) if orgs else None


def _spokes_parts(head) -> list:
    """The words that can name a spokesperson's organisation: in front, or after for/of/at/from."""
    parts = [c for c in head.children if c.dep_ in ("compound", "nmod", "poss", "amod") and c.i < head.i]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at", "from"):
            parts += [c for c in prep.children if c.dep_ == "pobj"]
    return parts


def spokesperson(art: QuoteArticle, q: Query) -> Speaker | None:
    """``A spokesperson for the agency said ...``, ``an Acme spokesman said``: the organisation
    the spokesperson speaks for (a role noun is the organisation of that kind named before);
    not ``the spokesman`` already named as a person."""
    head = q.head
    if head.lower_ not in SPOKES_NOUNS:
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is not None and det.lower_ in ("the", "this", "that"):
        known = resolve_role(art, head)
        if known is not None and known.type == "person" and not known.unnamed:
            return None
    for part in _spokes_parts(head):
        sub = list(part.subtree) if part.i > head.i else [t for t in part.subtree if t.i < head.i]
        orgs = art.mentions_of(sub)
        if orgs:
            return art.speaker_from_mention(orgs[-1], part.text, part.idx).at(q.surface, head.idx)
        if part.lower_ in ORG_NOUNS and part.pos_ in ("NOUN", "PROPN"):
            org = resolve_org_role(art, part)
            if org is not None and not org.unnamed:
                return org.at(q.surface, head.idx)
    return None


def _document_noun(head):
    """The document of ``the study's authors`` / ``the authors of the study``."""
    found = next((c for c in head.children if c.dep_ == "poss" and c.lemma_.lower() in DOCUMENT_NOUNS), None)
    if found is None:
        found = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in DOCUMENT_NOUNS), None)
    return found


def document_authors(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The study's authors said ...``: the organisation named before as the study's issuer."""
    if q.lemma not in AUTHOR_NOUNS:
        return None
    doc_noun = _document_noun(q.head)
    issuer = document_issuer(art, doc_noun) if doc_noun is not None else None
    if issuer is not None and not art.mentions_in(doc_noun.left_edge.idx, doc_noun.idx + len(doc_noun)):
        return art.speaker_from_mention(issuer, q.surface, q.head.idx)
    return None


def group_named_before(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Organisers said ...`` after ``organisers from Acme said``: that organisation again."""
    head = q.head
    if head.lower_ not in GROUP_NOUNS or any(c.dep_ == "prep" for c in head.children):
        return None
    for _, sp, _ in reversed(art.history):
        if not sp.unnamed and sp.type == "organization" and sp.surface.lower().startswith(head.lower_):
            return sp.at(q.surface, head.idx)
    return None


def members_of_subject_before(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The Harbour Caucus released a statement. In it, the members proposed ...``: ``the members``
    or ``its members`` (``membership_plurals``) after a sentence whose subject is a body with members
    (its name ends in a ``membership_bodies`` word: a caucus, a union, a committee), in the same
    paragraph, are that body speaking. Members picked out (``the two members``, ``the members who
    voted against``, ``members of the public``) are a part of it, not its voice; after a bank's or a
    company's sentence the rule is silent, and the later rules are asked."""
    head = q.head
    if head.lower_ not in MEMBERSHIP_PLURALS or not _definite(q, ("the", "its")) \
            or any(c.dep_ in ("prep", "relcl", "acl", "amod", "nummod") for c in head.children):
        return None
    org = previous_subject_org(art, head.idx)
    if org is None or org["actor"].split()[-1].lower() not in MEMBERSHIP_BODIES:
        return None
    return art.speaker_from_mention(org, q.surface, head.idx)


# ---------------------------------------------------------------------------- documents


def _document_mentions(art: QuoteArticle, q: Query) -> list[dict]:
    """Actors (not states) named inside a document's phrase, except a reader (``seen by X``)."""
    head = q.head
    whole = list(head.subtree)
    lo, hi = whole[0].idx, whole[-1].idx + len(whole[-1])
    readers = [c for c in head.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in READ_VERBS]
    skip = [(min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)) for c in readers]
    return [m for m in art.mentions_in(lo, hi) if m.get("type") != "state"
            and not any(a <= m["start"] < b for a, b in skip)]


def court_document(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The ruling said ...`` naming no issuer: the court named last before it."""
    if q.lemma not in COURT_DOCUMENTS or _document_mentions(art, q):
        return None
    courts = [m for m in art.mentions if m["end"] <= q.head.idx and m.get("type") == "organization"
              and re.search(r"\b(?:court|tribunal)\b", m["actor"], re.IGNORECASE)]
    return art.speaker_from_mention(courts[-1], q.surface, q.head.idx) if courts else None


def document_mention(art: QuoteArticle, q: Query) -> Speaker | None:
    """``A report by Acme Bank said ...``, ``a notice posted by the council``: the actor named in
    the document's phrase; its possessor first, a state too (``according to Ruritania's proposals``:
    a state named elsewhere in the phrase is what it is about)."""
    if q.lemma not in DOCUMENT_NOUNS:
        return None
    owner = _owner(art, q.head) if not _quoted_document(art, q.head) else None
    if owner is not None:
        return _as_speaker(art, owner, q)
    inner = _document_mentions(art, q)
    return art.speaker_from_mention(inner[0], q.surface, q.head.idx) if inner else None


def document_name(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The Lee Commission report said ...`` with no known actor: the proper name in the phrase."""
    if q.lemma not in DOCUMENT_NOUNS:
        return None
    for t in np_tokens(q.head):
        if t.pos_ == "PROPN":
            sp = entity_speaker(art, t)
            if sp:
                return sp.at(q.surface, q.head.idx)
    return None


def document_issuer_before(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Acme Bank published a report on Monday. ... The report said ...``: the issuer named
    with the same document earlier."""
    if q.lemma not in DOCUMENT_NOUNS:
        return None
    issuer = document_issuer(art, q.head)
    return art.speaker_from_mention(issuer, q.surface, q.head.idx) if issuer is not None else None


def _owner(art: QuoteArticle, tok):
    """The actor that owns the document ``tok`` (``Ann Lee's plan``, ``his plan``): a mention, a
    speaker for a possessive pronoun, else None."""
    poss = next((c for c in tok.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    found = art.mentions_in(poss.left_edge.idx, poss.idx + len(poss))
    if found:
        return found[0]
    return resolve_pronoun(art, poss) if poss.lower_ in PRONOUNS else None


def _published_by(art: QuoteArticle, tok):
    """The actor that released the document ``tok`` (the subject of a verb publishing it) or
    owns it (``Ann Lee's plan``): a mention row or a speaker, else None."""
    owner = _owner(art, tok)
    if owner is not None:
        return owner
    verb = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return None
    phrasal = " ".join([verb.lemma_.lower()] + [c.lower_ for c in verb.children if c.dep_ == "prt"])
    if verb.lemma_.lower() not in PUBLISH_VERBS and phrasal not in PUBLISH_VERBS:
        return None
    sides = [c for c in verb.children if c.dep_ == "nsubj"]
    sides += [a for a in verb.children if a.dep_ == "agent"]
    found = [m for c in sides for m in art.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))]
    return found[0] if found else None


#: Connotations of verbs of saying whose object is someone else's document (``rejected a plan``).
_NOT_OWN = ("critical", "distancing", "concessive")


def document_of_subject(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Ann Lee is pushing a plan that calls for a new pier``: a document reached through
    ``that``/``which`` speaks for the subject of the verb it is the object of."""
    head = q.head
    if not q.relative or q.lemma not in DOCUMENT_NOUNS or head.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb, key = head.head, art.cue_key(head.head)
    if verb.lemma_.lower() in READ_VERBS or (key and art.cues[key].connotation in _NOT_OWN):
        return None  # ``criticised a plan that ...``, ``read a plan that ...``: someone else's
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    found = [m for c in subj for m in art.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge))]
    return art.speaker_from_mention(found[0], q.surface, head.idx) if found else None


def _quoted_document(art: QuoteArticle, tok) -> bool:
    """Is the document noun ``tok`` someone's quoted words rather than the article's? A name in
    scare quotes after an owner outside them (``his "peace plan"``) is the article's own."""
    return art.quoted[tok.i] and not any(c.dep_ == "poss" and not art.quoted[c.i] for c in tok.children)


def document_published(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Ruritania released a ten-point plan on Monday. ... The document says ...``, ``Ann Lee's
    plan ... The plan says``, ``her "harbour plan" ... The plan says``: the actor that released
    (or owns) the latest document named before, whatever noun named it then."""
    if q.lemma not in DOCUMENT_NOUNS:
        return None
    for tok in reversed(art.doc[:q.head.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in DOCUMENT_NOUNS and not _quoted_document(art, tok):
            m = _published_by(art, tok)
            if m is not None:
                return _as_speaker(art, m, q)
    return None


def _as_speaker(art: QuoteArticle, found, q: Query) -> Speaker:
    """A document's owner or publisher as the speaker of ``q``: a speaker already (a resolved pronoun),
    or a mention row."""
    return found.at(q.surface, q.head.idx) if isinstance(found, Speaker) else \
        art.speaker_from_mention(found, q.surface, q.head.idx)


def statement_author(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Acme said in a statement ... The statement said ...``: the speaker of that statement."""
    if q.lemma not in DOCUMENT_NOUNS:
        return None
    sp = document_author(art, q.head)
    return sp.at(q.surface, q.head.idx) if sp is not None else None


def document_main_source(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The document said ...`` with no issuer in sight: the organisation quoted most so far,
    else the organisation named last; else stop."""
    if q.lemma not in DOCUMENT_NOUNS:
        return None
    sp = last_source(art, q.head.idx)
    if sp is not None:
        return sp.at(q.surface, q.head.idx)
    orgs = [m for m in art.mentions if m["end"] <= q.head.idx and m.get("type") == "organization"]
    return art.speaker_from_mention(orgs[-1], q.surface, q.head.idx) if orgs else NOBODY


# ---------------------------------------------------------------------------- names, roles, unnamed sources


def _demonym_country(head) -> str:
    """The country of a demonym modifying ``head`` (``the Ruritanian side`` -> its code; of two, the
    nearer: ``the Albanian Macedonian side`` is North Macedonia's), else ``''``."""
    for c in sorted(head.children, key=lambda c: -c.i):
        code = demonym_at(c)[0] if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i else ""
        if code:  # ``the North Korean side``, ``the Sri Lankan side``: two words read whole
            return code
    return ""


def _state_named(art: QuoteArticle, country: str) -> Speaker | None:
    """The state of ``country`` as the registry in use names it (a story may rename it)."""
    state = next((a for a in story_registry(art.ctx.story).actors if a.type == "state" and a.country == country), None)
    return Speaker(state.canonical, country, "state", state.canonical, 0) if state is not None else None


def demonym_state(art: QuoteArticle, q: Query) -> Speaker | None:
    """``The Ruritanian side proposed ...``, ``the Ruritanian delegation said``: a collective noun
    after a demonym speaks for the state itself (not for a person of that state named before)."""
    if q.lemma not in STATE_VOICE_NOUNS and q.head.lower_ not in STATE_VOICE_NOUNS:
        return None
    country = _demonym_country(q.head)
    sp = _state_named(art, country) if country else None
    return sp.at(q.surface, q.head.idx) if sp is not None else None


def demonym_ministry(art: QuoteArticle, q: Query) -> Speaker | None:
    """``according to the Ruritanian foreign ministry``: a ministry after a demonym is that
    state's ministry, named in title case (``Ruritanian Foreign Ministry``), or the registry's
    row of that name."""
    if q.head.lower_ != "ministry" or q.head.tag_ in ("NNS", "NNPS"):
        return None
    country = _demonym_country(q.head)
    if not country:
        return None
    words = [t for t in q.head.subtree if t.i <= q.head.i and t.dep_ not in ("det", "punct") and t.is_alpha]
    name = " ".join(t.text[:1].upper() + t.text[1:] for t in words)
    registered = canonical(name, story_registry(art.ctx.story))
    return Speaker(registered or name, country, "organization", q.surface, q.head.idx)



def entity(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Tom Roe said ...`` when Tom Roe is no known actor: the name (or the fuller name seen before)."""
    if q.head.pos_ != "PROPN":
        return None
    sp = entity_speaker(art, q.head)
    if sp:
        sp.surface = q.surface
    return sp


def _definite(q: Query, words=("the", "this", "that")) -> bool:
    det = q.det()
    return q.head.pos_ == "NOUN" and det is not None and det.lower_ in words


def org_role(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Acme Bank cut rates. The bank said ...``: the organisation that noun names; one named
    inside the phrase itself first (``the Acme (AC) rebel group said``)."""
    if not _definite(q, ("the", "this", "that", "its")) or (q.head.lower_ not in ORG_NOUNS and not _ends_a_name(art, q.head)):
        return None
    inner = [m for m in art.mentions_in(q.head.left_edge.idx, q.head.idx)
             if m.get("type") in ("organization", "")]
    if inner:
        return art.speaker_from_mention(inner[-1], q.surface, q.head.idx)
    return resolve_org_role(art, q.head)


def _ends_a_name(art: QuoteArticle, head) -> bool:
    """Whether a singular noun is the last word of an organisation named before it, a noun no list
    holds (``the Coastal Liberation Front ... the front said``)."""
    return head.tag_ == "NN" and any(ends_name(m["actor"], head.lower_) for m in orgs_before(art.mentions, head.idx))


def role(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Ann Lee, a pilot, ... The pilot said ...``: the source named before in that role."""
    if not _definite(q) or q.head.lower_ in ORG_NOUNS:
        return None
    return resolve_role(art, q.head)


def title_named_next(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Ruritania's envoy said on Monday ... "...," Ann Lee told reporters.``: a singular office
    (``the`` or a possessive before it) the article gives nobody is the person who is the
    subject of one of the next two sentences (not one named inside the phrase: ``Lee's envoy``
    is not Lee), of the same side when both are known."""
    head, det = q.head, q.det()
    if head.pos_ != "NOUN" or head.tag_ == "NNS" or head.lower_ not in LEDE_TITLES or det is None:
        return None
    if det.dep_ == "det" and det.lower_ != "the":
        return None
    named = {m["actor"] for m in art.mentions_in(head.left_edge.idx, head.idx + len(head))}
    sides = possessor_side(art, head) | ({_demonym_country(head)} - {""})
    k = art.sent_index(head.idx)
    last = min(k + 2, len(art.sent_starts) - 1)
    for m in art.mentions_in(art.sent_end(k), art.sent_end(last)):
        if m.get("type") == "person" and m["actor"] not in named and mention_is_subject(art, m) \
                and not (sides and m.get("country") and m["country"] not in sides):
            return art.speaker_from_mention(m, q.surface, head.idx)
    return None


def abbreviated_title(art: QuoteArticle, q: Query) -> Speaker | None:
    """``Norland PM vows ...``, ``Deputy PM demands ...``: a title's abbreviation (``PM``) with only
    title words or a state (its name, possessive or demonym) before it is the person the article
    gives that title, of that state (:func:`title_holder_mention`), not a name; anything else before
    it leaves it to the name rules."""
    head = q.head
    if head.text not in abbreviations():
        return None
    words, sides = [], set()
    for mod in (c for c in head.children if c.dep_ in ("compound", "amod", "poss") and c.i < head.i):
        states = [m for m in art.mentions_in(mod.idx, mod.idx + len(mod)) if m.get("type") == "state"]
        if mod.lower_ in TITLES and mod.dep_ != "poss":
            words.append(mod.lower_)
        elif states and states[0].get("country"):
            sides.add(states[0]["country"])  # ``Norland PM``, ``Norland's PM``
        elif mod.lower_ in DEMONYMS and mod.dep_ != "poss":
            sides.add(DEMONYMS[mod.lower_])  # ``Norwegian PM``
        else:
            return None
    m = title_holder_mention(art, words + abbreviations()[head.text], head.idx, sides or None)
    return art.speaker_from_mention(m, q.surface, head.idx) if m is not None else None


def unnamed_source(art: QuoteArticle, q: Query) -> Speaker | None:
    """``A local farmer said ...``, ``Danish officials said``: an unnamed source, described."""
    head = q.head
    ents = [e for e in doc_ents(art.doc) if e.start <= head.i < e.end]
    norp = bool(ents) and ents[0].label_ == "NORP"
    if not (q.lemma in SOURCE_NOUNS or head.lower_ in SOURCE_NOUNS or norp or q.allow_any_np):
        return None
    desc = description(head)
    if desc and head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return Speaker(f"unnamed: {desc}", "", "", q.surface, head.idx, unnamed=True)
    return None


# The policy, in order (see the module docstring).
SPEAKER = Registry("speaker", [
    relative_who, own_voice, it_document, it_speaker, pronoun,
    mention, appositive_mention, appositive_name, age_subject, title_holder, office_holder,
    group_organisation, spokesperson, document_authors, group_named_before, members_of_subject_before,
    document_of_subject, court_document, document_mention, document_name, document_issuer_before, document_published, statement_author,
    document_main_source,
    demonym_state, demonym_ministry, abbreviated_title, entity, org_role, role, title_named_next, unnamed_source,
])
