"""Looking back through an article for the actor a word stands for.

The speaker rules (:mod:`helpers.quotes.speakers`) use these to resolve a
pronoun, a role (``the spokesman``), an organisation noun (``the bank``), a
document (``the report``) or a bare name to an actor named before.
"""
from __future__ import annotations

import re

from ..doccache import doc_ents
from ..actors import DEMONYMS, ORG_TRAILERS, TITLES, clean_name
from .article import QuoteArticle, Speaker
from .syntax import is_subject, mention_is_subject, name_part_of, only_titles, propn_chain, unique_prefix_mention
from .words import GENDER, GENERIC_ORG_NOUNS, MUNICIPAL, PRONOUNS, READ_VERBS, SOURCE_NOUNS
from .titles import ROLE_NOUNS
from .. import language

#: Nouns of one person's role or office (``the envoy``, ``the commissioner``), not a body's.
_PERSON_ROLES = (ROLE_NOUNS | TITLES) - language.words("org_nouns") - GENERIC_ORG_NOUNS

# ---------------------------------------------------------------------------- names


def _entity_text(art: QuoteArticle, tok) -> tuple[str, str] | None:
    """(name, type) that the NER entity (or proper-noun chain) at ``tok`` gives, else None."""
    ent = next((e for e in doc_ents(art.doc) if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
        if ent.label_ == "NORP":
            return None
        if ent.label_ == "GPE":
            if not MUNICIPAL.match(clean_name(ent.text)):
                return None
            typ = "organization"  # the City of X speaks as the city's government
        else:
            typ = "person" if ent.label_ == "PERSON" else "organization"
        return clean_name(ent.text, person=typ == "person"), typ
    if tok.pos_ != "PROPN":
        return None
    chain = propn_chain(tok)
    while len(chain) > 1 and chain[-1].is_lower and chain[-1].lower_ in ORG_TRAILERS:
        chain.pop()  # ``the CGT union``: the name without the generic noun after it
    return " ".join(t.text for t in chain), ""


def entity_speaker(art: QuoteArticle, tok) -> Speaker | None:
    """A speaker for a proper name: the fuller name seen before, a mention, else its NER text."""
    found = _entity_text(art, tok)
    if found is None:
        return None
    text, typ = found
    text = clean_name(re.sub(r"[’']s$", "", text).strip(" *.,"), person=typ == "person")
    if not text or not any(c.isupper() for c in text) or only_titles(text):
        return None
    for closed in (False, True):  # a later surname resolves to the fuller name seen before, as written first
        for _, sp, _ in reversed(art.history):
            if not sp.unnamed and sp.type in ("person", "") and name_part_of(text, sp.name, closed):
                return Speaker(sp.name, sp.country, sp.type, tok.text, tok.i and tok.idx)
    m = next((m for closed in (False, True) for m in art.mentions if m["start"] < tok.idx
              and m.get("type") in ("person", "") and name_part_of(text, m["actor"], closed)), None)
    if m is None:
        m = next((m for m in art.mentions if text in (m["actor"], clean_name(m["surface"]))), None)
    if m is None:
        m = unique_prefix_mention(art.mentions, text)
    if m is not None:
        return art.speaker_from_mention(m, text, tok.idx)
    return Speaker(text, "", typ, text, tok.idx)


# ---------------------------------------------------------------------------- pronouns


def _compatible(kind: str, typ: str, unnamed: bool = False) -> bool:
    if kind == "person":
        return typ in ("person", "")
    if kind == "plural":
        return typ in ("organization", "state", "") or unnamed
    return typ in ("organization", "state")


def resolve_pronoun(art: QuoteArticle, tok, before: int | None = None) -> Speaker | None:
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
    sex = GENDER.get(tok.lower_)
    found = None
    for k in range(art.sent_index(pos), max(-1, art.sent_index(pos) - 4), -1):
        # ``Ann Lee and Bo Ek urged ... "...," they said``: the first named, unless a nearer sentence has a body
        first = _first_of_person_series(art, k, min(art.sent_end(k), pos)) if kind == "plural" else None
        if first is not None:
            return art.speaker_from_mention(first, tok.text, pos)
        twin = _same_pronoun_subject(art, tok, k) if k < art.sent_index(tok.idx) and sex else None
        found = resolve_pronoun(art, twin) if twin is not None else None
        found = found.at(tok.text, pos) if found is not None else _pronoun_in_sentence(art, tok, kind, pos, k, sex)
        if found is not None:
            break
    if found is None and sex and not art.quoted[tok.i]:
        found = _last_speaker_of_sex(art, tok.text, pos, sex)
    if found is not None and sex and not found.unnamed:
        art.gender.setdefault(found.name, sex)
    return found


def _same_pronoun_subject(art: QuoteArticle, tok, k: int):
    """The same gendered pronoun as ``tok`` as the subject of sentence ``k``'s main clause (not of a
    clause inside it: ``After she resigned, ...``), in the outlet's words and before any person named
    in that sentence, else None: a run of sentences with one subject
    (``Ann Lee spoke. She met Bo Ek in Oslo. She said ...``) is about one person, whoever the
    sentences in between name (:func:`resolve_pronoun` resolves the first of them).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee spoke. She met Bo Ek in Oslo. She said no.")
    >>> m = [dict(actor="Ann Lee", type="person", start=0, end=7), dict(actor="Bo Ek", type="person", start=23, end=28)]
    >>> art = QuoteArticle.of(doc, "a.txt", m)
    >>> _same_pronoun_subject(art, doc[11], 1).idx, _same_pronoun_subject(art, doc[11], 0)
    (15, None)
    """
    named = [m["start"] for m in art.mentions_in(art.sent_starts[k], art.sent_end(k)) if m.get("type") == "person"]
    sent = art.doc.char_span(art.sent_starts[k], art.sent_end(k), alignment_mode="expand") or ()
    return next((t for t in sent if t.lower_ == tok.lower_ and t.dep_ in ("nsubj", "nsubjpass")
                 and t.head.dep_ == "ROOT" and not art.quoted[t.i] and all(t.idx < n for n in named)), None)


def _first_of_person_series(art: QuoteArticle, k: int, hi: int) -> dict | None:
    """The first person of a subject that joins two or more named people with ``and`` in sentence
    ``k`` before ``hi`` (``Ann Lee, a former envoy, and her counterpart Bo Ek urged ...``), else None."""
    people = [m for m in art.mentions_in(art.sent_starts[k], hi) if m.get("type") == "person"]
    for m in people:
        span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or art.quoted[span.root.i]:
            continue
        root = _through_appositions(span.root)
        if root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        joined = [t for c in root.children if c.dep_ == "conj" for t in c.subtree]
        if not joined:
            continue
        end = max(t.idx + len(t) for t in joined)  # ``and his counterpart [Bo Ek]``: a parser may hang the name apart
        if any(o["actor"] != m["actor"] and (any(t.idx <= o["start"] < t.idx + len(t) for t in joined)
                                             or 0 <= o["start"] - end <= 1) for o in people):
            return m
    return None


def _last_speaker_of_sex(art: QuoteArticle, surface: str, pos: int, sex: str) -> Speaker | None:
    """``she said`` with no one to refer to in the four sentences before: the person who spoke
    last before it and whose gender the article has shown to be ``sex`` (a feature's subject,
    quoted paragraphs earlier, speaks again)."""
    for p, sp, _ in reversed(art.history):
        if p < pos and not sp.unnamed and sp.type == "person" and gender_of(art, sp.name) == sex:
            return sp.at(surface, pos)
    return None


def gender_of(art: QuoteArticle, name: str, m: dict | None = None) -> str:
    """The gender the article has shown for ``name``: a pronoun resolved to it before, an
    honorific just before the mention (``Ms Lee``), or a pronoun of the outlet's own words in a
    sentence that names no other person before it (:func:`shown_genders`)."""
    if name in art.gender:
        return art.gender[name]
    if m is not None:
        lead = art.text[max(0, m["start"] - 6):m["start"]]
        if re.search(r"\b(?:Mrs|Ms|Miss|Mme)\.?\s+$", lead):
            return "f"
        if re.search(r"\b(?:Mr|Sir)\.?\s+$", lead):
            return "m"
    if "shown_genders" not in art.memo:
        art.memo["shown_genders"] = shown_genders(art)
    return art.memo["shown_genders"].get(name, "")


def shown_genders(art: QuoteArticle) -> dict[str, str]:
    """Actor -> ``m``/``f`` where a sentence in the outlet's words names one person, the subject of
    the clause that governs a gendered pronoun after it (:func:`_subject_governs`: ``Lee was jailed
    in 2001 and his trial ...``: Lee is a man); a person
    the article shows both ways stays unknown. Pronouns inside quotation marks are the speaker's and
    may mean anyone.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Bo Ek was jailed in 2001 and his trial is a cause. Ann Lee and Bo Ek met her aides.")
    >>> m = [dict(actor="Bo Ek", type="person", start=0, end=5), dict(actor="Ann Lee", type="person", start=51, end=58),
    ...      dict(actor="Bo Ek", type="person", start=63, end=68)]
    >>> shown_genders(QuoteArticle.of(doc, "a.txt", m))
    {'Bo Ek': 'm'}
    >>> doc = nlp.bare_nlp()("Ann Lee thanked the president for his help.")
    >>> shown_genders(QuoteArticle.of(doc, "a.txt", [dict(actor="Ann Lee", type="person", start=0, end=7)]))
    {}
    >>> doc = nlp.bare_nlp()("Ann Lee said he would appeal the verdict.")
    >>> shown_genders(QuoteArticle.of(doc, "a.txt", [dict(actor="Ann Lee", type="person", start=0, end=7)]))
    {}
    """
    found: dict[str, set] = {}
    for sent in art.doc.sents:
        pronoun = next((t for t in sent if t.lower_ in GENDER and not art.quoted[t.i]), None)
        if pronoun is None:
            continue
        named = [m for m in art.mentions_in(sent.start_char, pronoun.idx)
                 if m.get("type") == "person" and not _quoted_mention(art, m)]
        if len({m["actor"] for m in named}) == 1 and not _other_person_between(art, sent, pronoun) \
                and _subject_governs(art, named[0], pronoun):
            found.setdefault(named[0]["actor"], set()).add(GENDER[pronoun.lower_])
    return {name: sexes.pop() for name, sexes in sorted(found.items()) if len(sexes) == 1}


#: Nouns of people (titles, roles, sources): one between a name and a pronoun may be what it means.
_PERSON_NOUNS = TITLES | ROLE_NOUNS | language.words("person_role_nouns") | SOURCE_NOUNS


def _other_person_between(art: QuoteArticle, sent, pronoun) -> bool:
    """Whether a noun of a person or a name no mention covers lies between the sentence's last person
    mention and ``pronoun`` (``Ann Lee thanked the president for his help``: his is the president's)."""
    last = max((m["end"] for m in art.mentions_in(sent.start_char, pronoun.idx) if m.get("type") == "person"), default=sent.start_char)
    return any(t.idx >= last and (t.lemma_.lower() in _PERSON_NOUNS or t.ent_type_ == "PERSON")
               for t in sent if t.i < pronoun.i)


def _subject_governs(art: QuoteArticle, m: dict, pronoun) -> bool:
    """Whether the person mention ``m`` is the subject of a clause whose verb governs ``pronoun``
    outside its own words and outside reported speech (``Lee was jailed and his trial ...``; not
    ``Lee said he would appeal``, ``Lee, his lawyer, spoke`` or ``according to Lee, he ...``)."""
    span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass") or pronoun in span.root.subtree:
        return False
    verb, tok = span.root.head, pronoun
    while tok.i != verb.i:
        if tok.dep_ in ("ccomp", "parataxis", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _quoted_mention(art: QuoteArticle, m: dict) -> bool:
    """Whether the mention ``m`` lies inside quotation marks."""
    span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
    return span is not None and len(span) > 0 and art.quoted[span[0].i]


def _said_in(art: QuoteArticle, kind: str, k: int, hi: int, sex: str | None) -> list[Speaker]:
    """The speakers of sentence ``k`` before ``hi`` a pronoun of ``kind`` (and ``sex``) can mean."""
    return [sp for p, sp, si in art.history if si == k and p < hi
            and _compatible(kind, sp.type, sp.unnamed)
            and not (kind == "person" and sp.unnamed and sp.name.endswith("s"))
            and not (sex and gender_of(art, sp.name) not in ("", sex))]


def _mention_candidates(art: QuoteArticle, kind: str, s0: int, hi: int, inside: bool, sex) -> list:
    """(rank, -start, mention) of the mentions in ``text[s0:hi]`` a pronoun can mean; subjects of
    the main clause rank first."""
    cands = []
    for m in art.mentions_in(s0, hi):
        if not _compatible(kind, m.get("type") or ""):
            continue
        if sex and gender_of(art, m["actor"], m) not in ("", sex):
            continue
        span = art.doc.char_span(m["start"], m["end"], alignment_mode="expand")
        if span is None or (not inside and art.quoted[span.root.i]):
            continue
        root = _through_appositions(span.root)
        rank = 0 if (is_subject(root) and root.head.dep_ == "ROOT") else 1 if is_subject(root) else 2
        cands.append((rank, -m["start"], m))
    return cands


def _through_appositions(tok):
    """The noun a name stands in apposition to (``the spokesman, Ann Lee, said``: the subject
    ``spokesman``), so the name ranks as the subject it renames; else ``tok``."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return tok


#: Dependencies that open a clause of its own: a name inside one is not in a phrase of the pronoun's clause.
_CLAUSE_DEPS = {"ccomp", "parataxis", "conj", "advcl", "csubj", "relcl", "acl", "appos", "xcomp"}


def commanded_by(pronoun, mention: dict) -> bool:
    """Whether a mention lies before ``pronoun`` inside the clause whose subject the pronoun is (a phrase
    set before it: ``In a call with Bo Ek, he said ...``): a subject pronoun never stands for a name in
    its own clause, so ``he`` is not Bo Ek.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee spoke. In a call with Bo Ek, he said a truce was near.")
    >>> [commanded_by(doc[11], dict(start=s, end=e)) for s, e in ((0, 7), (30, 35))]
    [False, True]
    >>> doc = nlp.bare_nlp()("Bo Ek's stance is mixed: he has said a truce was near.")
    >>> commanded_by(doc[7], dict(start=0, end=5))
    False
    """
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.i == pronoun.i or mention["end"] > pronoun.idx:
        return False
    span = pronoun.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    tok, through_phrase = (span.root if span is not None and len(span) else None), False
    if tok is not None and tok.dep_ == "poss":
        return False  # ``In Bo Ek's letter, he demands ...``: the owner of the phrase's noun may be he
    while tok is not None and tok.i != pronoun.head.i:
        if tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            return False  # ``Lee's stance is mixed: he has said ...``: a clause of its own, not a phrase of his
        through_phrase = through_phrase or tok.dep_ == "prep"
        tok = tok.head
    return tok is not None and through_phrase



def _pronoun_in_sentence(art: QuoteArticle, tok, kind: str, pos: int, k: int, sex) -> Speaker | None:
    """The search of :func:`resolve_pronoun` in sentence ``k``, skipping actors of the other gender."""
    inside = art.quoted[tok.i]
    hi = min(art.sent_end(k), pos)
    said = _said_in(art, kind, k, hi, sex)
    cands = [c for c in _mention_candidates(art, kind, art.sent_starts[k], hi, inside, sex)
             if not commanded_by(tok, c[2])]
    if said and k < art.sent_index(pos):
        people = [c for c in cands if c[0] <= 1 and c[2].get("type") == "person"]
        if kind == "person" and said[-1].type == "" and people:
            # ``Acme.az reports that Minister Ann Lee said so. She recalled ...``: the person, not the outlet
            return art.speaker_from_mention(min(people, key=lambda c: (c[0], c[1]))[2], tok.text, pos)
        return said[-1].at(tok.text, pos)
    if said and not inside:  # inside a quote, "he" is never the quote's own speaker
        cands.append((0.5, -said[-1].pos, said[-1]))
    if not cands:
        return None
    best = min(cands, key=lambda c: (c[0], c[1]))[2]
    if isinstance(best, Speaker):
        return best.at(tok.text, pos)
    return art.speaker_from_mention(best, tok.text, pos)


# ---------------------------------------------------------------------------- roles and organisations


def resolve_role(art: QuoteArticle, head) -> Speaker | None:
    """``the spokesman``, ``the scientist``, ``the leader``: the source named before in that role,
    else the named person who spoke in this sentence or the one before (``Ann Lee said ... The
    envoy said ...``), else a person with the role word written near the name."""
    word = head.lemma_.lower()
    for _, sp, _ in reversed(art.history):
        if word in sp.surface.lower() or (sp.unnamed and word in sp.name.lower()):
            return sp.at(head.text, head.idx)
    people = [m for m in reversed(art.mentions) if m["end"] <= head.idx and m.get("type") == "person"]
    pattern = re.compile(rf"\b{re.escape(word)}")
    found = _role_in_body(art, head, word, people)  # ``the Green Bloc leader``: that body's
    if found is not None:
        return found
    for m in people:  # the person given that role as a title or appositive
        if pattern.search(role_context(art.text, m).lower()):
            return art.speaker_from_mention(m, head.text, head.idx)
    here, named = art.sent_index(head.idx), {m["actor"] for m in people}
    # else who spoke in this sentence or the one before (``Ann Lee said ... The envoy said``); ``the
    # Norwegian envoy`` is that state's, not the last speaker's
    for _, sp, si in (reversed(art.history) if _one_person(head) else ()):
        if here - si > 1:
            break
        if not sp.unnamed and sp.name in named:
            return sp.at(head.text, head.idx)
    for m in people:  # else the role word anywhere near a name
        if pattern.search(art.text[max(0, m["start"] - 40):m["end"] + 60].lower()):
            return art.speaker_from_mention(m, head.text, head.idx)
    return None


def _role_in_body(art: QuoteArticle, head, word: str, people: list[dict]) -> Speaker | None:
    """``the Green Bloc leader``: a role named with the body it is held in (a body's mention in front of
    the role word) is the person named before whose own description gives both the role word and that
    body, however far the role stands from the name: the words before the name back to the sentence's
    start, or its apposition after a comma, with no verb between (``Karl Vos, a lawmaker and leader of
    the Green Bloc, said ...``, ``MP, leader of the Green Bloc, and former judge Karl Vos said ...``; not
    ``Karl Vos criticised the Green Bloc leader``); None when the role names no body or no one is so
    described.
    """
    words = art.text[head.left_edge.idx:head.idx]
    bodies = [b.get("surface") or b["actor"] for b in art.mentions if b.get("type") == "organization"
              and re.search(rf"\b{re.escape(b.get('surface') or b['actor'])}\b", words)]
    if not bodies:
        return None
    role = re.compile(rf"\b{re.escape(word)}s?\b")
    for m in people:
        for start, end in _descriptions(art, m):
            text = art.text[start:end]
            if role.search(text.lower()) and any(b in text for b in bodies):
                return art.speaker_from_mention(m, head.text, head.idx)
    return None


def _descriptions(art: QuoteArticle, m: dict) -> list[tuple[int, int]]:
    """The spans that describe a named person with no verb between them and the name: from the
    sentence's start to the name, and from a comma right after the name to the next verb."""
    k = art.sent_index(m["start"])
    start, end = art.sent_starts[k], art.sent_end(k)
    verbs = [t.idx for t in art.doc.char_span(start, end, alignment_mode="expand") or () if t.pos_ in ("VERB", "AUX")]
    before = max((v for v in verbs if v < m["start"]), default=None)
    spans = [(start, m["start"])] if before is None else []
    if art.text[m["end"]:m["end"] + 1] == ",":
        after = min((v for v in verbs if v > m["end"]), default=end)
        spans.append((m["end"], after))
    return spans


def _one_person(head) -> bool:
    """Whether a role noun is a bare role of one person (``the envoy``), not a body's noun, not a
    word of no role, and not tied to a state (``the Norwegian envoy`` is that state's, whoever spoke last).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The envoy spoke. The Norwegian envoy spoke. The version spoke.")
    >>> _one_person(doc[1]), _one_person(doc[6]), _one_person(doc[10])
    (True, False, False)
    """
    return head.lemma_.lower() in _PERSON_ROLES and head.tag_ == "NN" \
        and not any(c.dep_ in ("amod", "compound") and c.lower_ in DEMONYMS for c in head.children)


def role_context(text: str, m: dict) -> str:
    """The words that give a named person a role: the title just before the name (same
    sentence) and the appositive just after it (``Ann Lee, the firm's chief executive,``).

    >>> t = "Judge Ann Lee opened. Tom Roe, the defence lawyer, spoke."
    >>> role_context(t, {"start": 22, "end": 29})
    ' the defence lawyer'
    """
    before = re.split(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?;]\s|\n", text[max(0, m["start"] - 40):m["start"]])[-1]
    after = re.match(r"\s*,([^,.;\n]{0,80})", text[m["end"]:m["end"] + 90])
    return before + (after.group(1) if after else "")


def _followed_by(text: str, end: int, word: str) -> bool:
    """Is the name ending at ``end`` followed by ``word`` as its kind (``Kestrel news agency``)?

    >>> _followed_by("the Kestrel news agency said", 11, "agency")
    True
    """
    return re.match(rf"(?:\s+[a-z-]+)?\s+{re.escape(word)}\b", text[end:end + 40]) is not None


def _orgs_named(art: QuoteArticle, head, word: str) -> list[dict]:
    """Organisations named before ``head`` whose name holds ``word`` or that it follows
    (``Kestrel news agency``) (else its stem:
    ``the airline`` -> ``... Airlines``, ``the regulator`` -> ``... Regulation Authority``)."""
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    named = [m for m in art.mentions if m["end"] <= head.idx and m.get("type") in ("organization", "")
             and (pattern.search(m["actor"]) or _followed_by(art.text, m["end"], word))]
    if not named:
        stem = word[:-2] if word.endswith(("or", "er")) and len(word) > 6 else word
        loose = re.compile(rf"\b{re.escape(stem)}\w*", re.IGNORECASE)
        named = [m for m in art.mentions if m["end"] <= head.idx and m.get("type") == "organization"
                 and loose.search(m["actor"])]
    return named


def orgs_before(mentions: list[dict], pos: int) -> list[dict]:
    """The organisation mentions that end before ``pos``."""
    return [m for m in mentions if m["end"] <= pos and m.get("type") == "organization"]


def most_mentioned(orgs: list[dict]) -> dict | None:
    """The mention of the actor named most often among ``orgs`` (its latest mention on ties), else None.

    >>> most_mentioned([dict(actor="A", start=0), dict(actor="B", start=5), dict(actor="A", start=9)])["start"]
    9
    """
    if not orgs:
        return None
    counts: dict[str, int] = {}
    for m in orgs:
        counts[m["actor"]] = counts.get(m["actor"], 0) + 1
    return max(orgs, key=lambda m: (counts[m["actor"]], m["start"]))


def ends_name(actor: str, word: str) -> bool:
    """Whether ``word`` is the last word of the name ``actor`` (``the front`` of ``Harbour Front``).

    >>> ends_name("Harbour Liberation Front", "front"), ends_name("Frontier Guild", "front")
    (True, False)
    """
    return (actor or "").lower().split()[-1:] == [word.lower()]


def _most_mentioned_org(art: QuoteArticle, pos: int) -> dict | None:
    """The organisation mentioned most often before ``pos`` (latest on ties)."""
    return most_mentioned(orgs_before(art.mentions, pos))


def resolve_org_role(art: QuoteArticle, head) -> Speaker | None:
    """``the bank``, ``the court``, ``the agency``: the latest organisation named before whose
    name contains that noun (``... Bank``); for ``the company`` (a generic noun) the
    organisation mentioned most often so far. Never a person.
    """
    word = head.lower_
    named = _orgs_named(art, head, word)
    prev = previous_subject_org(art, head.idx)
    if named:
        last = named[-1]
        if prev is not None and prev["actor"] != last["actor"] and not mention_is_subject(art, last):
            return art.speaker_from_mention(prev, head.text, head.idx)  # named only in passing
        return art.speaker_from_mention(last, head.text, head.idx)
    if word in GENERIC_ORG_NOUNS and prev is not None:
        return art.speaker_from_mention(prev, head.text, head.idx)
    pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    for _, sp, _ in reversed(art.history):
        if sp.type == "organization" and not sp.unnamed and pattern.search(sp.name):
            return Speaker(sp.name, sp.country, sp.type, head.text, head.idx)
    best = _most_mentioned_org(art, head.idx) if word in GENERIC_ORG_NOUNS else None
    return art.speaker_from_mention(best, head.text, head.idx) if best is not None else None


_OPENING_MARKS = {"“", '"', "«", "‘", "„"}


def previous_subject_org(art: QuoteArticle, pos: int) -> dict | None:
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
        s1 = min(pos, art.sent_end(k))
        subj = [m for m in art.mentions_in(s0, s1) if m.get("type") == "organization"
                and m["end"] <= pos and mention_is_subject(art, m)]
        if subj:
            return subj[0]
    return None


# ---------------------------------------------------------------------------- documents and sources


def _issuer_phrases(tok) -> list:
    """The phrases of a document noun that can name its issuer: ``of/by/from X``, ``X's``,
    ``the X report``, ``posted by X`` (never ``seen by X``)."""
    spans = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")]
    spans += [c for c in tok.children if c.dep_ in ("poss", "compound", "nmod") and c.i < tok.i]
    spans += [a for v in tok.children if v.dep_ == "acl" and v.lemma_.lower() not in READ_VERBS
              for a in v.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")]
    return spans


def document_issuer(art: QuoteArticle, head) -> dict | None:
    """The organisation named as the author of the same document earlier in the article:
    ``the report of the X Inquiry`` / ``a report by X`` / ``X's report`` / ``the X report``,
    latest first, so that ``the report said`` speaks for X rather than someone quoted nearby.
    """
    lemma = head.lemma_.lower()
    for tok in reversed(art.doc[:head.i]):
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        for c in _issuer_phrases(tok):
            orgs = art.mentions_of(c.subtree)
            if orgs:
                return orgs[0]
    return None


def document_author(art: QuoteArticle, head) -> Speaker | None:
    """``the statement said``: the speaker who issued a statement in the sentences just before.

    A speaker counts when its sentence (within three sentences back) names the same noun
    (``said in a statement``).
    """
    word = head.lower_
    cur = art.sent_index(head.idx)
    for p, sp, si in reversed(art.history):
        if p >= head.idx or sp.unnamed or cur - si > 3:
            continue
        s0, s1 = art.sent_starts[si], art.sent_end(si)
        if re.search(rf"\b{re.escape(word)}\b", art.text[s0:s1], re.IGNORECASE):
            return Speaker(sp.name, sp.country, sp.type, head.text, head.idx)
    return None


def last_source(art: QuoteArticle, pos: int, types=("organization",)) -> Speaker | None:
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
