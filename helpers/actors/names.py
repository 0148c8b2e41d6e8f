"""Name shapes: cleaning a name as NER gives it, and resolving short forms to the article's full names."""
from __future__ import annotations

import re

from .. import language
from ..doccache import doc_text, doc_tokens, sentence_of  # noqa: F401  (doc_text re-exported: extractors import it from here)
from ..rules import Registry
from .registry import canonical
from .state import state_of
from .words import bare_surname, ORDINAL, DEMONYMS, DESIGNATORS, HONORIFICS, ORG_HEADS, ORG_TRAILERS, TITLES, _BRACKET_ACRONYM, \
    _CONNECTORS, _PARTICLES, _NAME_MARKS


def _sentence(span):
    """The span's sentence, or the whole doc when it has no sentence boundaries."""
    doc = span.doc
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return sentence_of(span)
    return doc[:]


def _is_designator(tok) -> bool:
    """A legal-form suffix (``Ltd``, ``plc``, ``Inc.``, ``AG``); the lower-case forms only for the
    suffixes written so (``plc``), so a word like ``sa`` is never one."""
    word = tok.lower_.rstrip(".")
    if word not in DESIGNATORS:
        return False
    return tok.text[:1].isupper() or word in {"plc", "ltd", "inc", "llc", "pvt"}


def _holder_office(span) -> bool:
    """``X Attorney's Office ...``: a name with a possessive before its head word, whose
    first words (a state) are part of the name."""
    return any(t.lower_ in ("'s", "’s") and t.i + 1 < span.end and span.doc[t.i + 1].lower_ in ORG_HEADS
               for t in span[1:])


def _trailer_head(tok):
    """The lower-case generic noun (``the CGT union``; after a word of ``trailer_describing_words``,
    ``the KLF rebel alliance``, not ``the Ebola response group``) or legal form (``Acme Corp``) a
    name is written in front of, else None."""
    head = tok.head
    if tok.dep_ != "compound":
        return None
    if head.i == tok.i + 1 and ((head.is_lower and head.lower_ in ORG_TRAILERS) or _is_designator(head)):
        return head
    if head.i == tok.i + 2 and head.is_lower and head.lower_ in ORG_TRAILERS:
        between = tok.doc[tok.i + 1]
        if between.lower_ in _DESCRIBING and between.is_lower and between.head.i == head.i:
            return head
    return None


#: Words that describe a group between its name and a generic noun (``the KLF rebel alliance``).
_DESCRIBING = language.words("trailer_describing_words")


def _strip_span(span):
    """Drop leading determiners/punctuation and lower-case words (``daily Record``; not a unit's
    number, ``the 5th Harbour Brigade``), anything from an opening bracket on, and a trailing
    possessive or punctuation."""
    start, end = span.start, span.end
    doc = doc_tokens(span.doc)  # a list: indexing a Doc makes a new Token each time
    for i in range(start, end):
        if doc[i].text in "([{":
            end = i
            break
    while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct
                           or doc[start].is_space
                           or (doc[start].is_lower and doc[start].lower_ not in _PARTICLES
                               and not ORDINAL.fullmatch(doc[start].text))):
        start += 1
    while end > start and (doc[end - 1].lower_ in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct
                           or doc[end - 1].is_space or doc[end - 1].lower_ in _CONNECTORS
                           or (end - start > 1 and _is_designator(doc[end - 1]))
                           or (end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in ORG_TRAILERS)):
        end -= 1
    return span.doc[start:end]


def _strip_titles(span):
    """A person's span without the titles before the name (``Councillor Ann Lee`` -> ``Ann Lee``)."""
    start, end = span.start, span.end
    doc = span.doc
    while end - start > 1 and (doc[start].lower_.rstrip(".") in TITLES or doc[start].text in ".()"
                               or doc[start].lower_.rstrip(".") in _NAME_MARKS):
        start += 1
    return doc[start:end]


def glued(text: str) -> int:
    """How many words of ``text`` run a whole small-letter word into a capital (``NewsAnn``, three
    small letters or more before the capital); a name's prefix is no such word (``McKay``,
    ``DeShawn``, ``MacLeod``), and one word may be a firm's (``GlaxoSmithKline``): a site's menu
    glued to a headline makes two (``HomeWorld NewsAnn Lee``).

    >>> glued("HomeWorld NewsAnn Lee"), glued("DeShawn McKay"), glued("GlaxoSmithKline"), glued("Ann Lee")
    (2, 0, 1, 0)
    """
    return sum(bool(_GLUE.search(word)) for word in text.split())


#: A small-letter run of three or more letters followed by a capital, inside a word.
_GLUE = re.compile(r"[^\W\d_]*[^\W\d_A-Z]{3}(?=[A-Z])")


def _unglued(text: str) -> str:
    """``text`` from the capital that ends its last glued word on, when a site's menu runs into it
    (:func:`glued`); else ``text``.

    >>> _unglued("HomeWorld NewsAnn McKay"), _unglued("Ann McKay-MacLeod")
    ('Ann McKay', 'Ann McKay-MacLeod')
    """
    if glued(text) < 2:
        return text
    words = text.split(" ")
    last = max(i for i, w in enumerate(words) if _GLUE.search(w))
    cut = _GLUE.search(words[last]).end()
    return " ".join([words[last][cut:], *words[last + 1:]])


def clean_name(text: str, person: bool = False) -> str:
    """A name as NER or a parse gives it, made canonical: no bracket tail, no site menu glued before
    it, no leading article or lower-case word, no possessive; for a ``person``, no title either.

    >>> clean_name("the Harbour Pilots Guild (HPG"), clean_name("Councillor Ann Lee's", person=True)
    ('Harbour Pilots Guild', 'Ann Lee')
    >>> clean_name("weekly Courier"), clean_name("The Office of Fair Trading")
    ('Courier', 'Office of Fair Trading')
    >>> clean_name("Acme Widgets Ltd"), clean_name("Lt. Gen. Ann Lee", person=True)
    ('Acme Widgets', 'Ann Lee')
    >>> clean_name("HomeWorld NewsAnn Lee"), clean_name("Ann McKay")
    ('Ann Lee', 'Ann McKay')
    """
    text = _unglued(re.split(r"\s*[(\[{]", text or "", maxsplit=1)[0])
    words = text.replace("\n", " ").split()
    while words and (words[0].lower() in {"the", "a", "an"} or
                     (words[0].islower() and words[0] not in _PARTICLES)):
        words.pop(0)
    while person and len(words) > 1 and (words[0].lower().rstrip(".") in TITLES
                                         or words[0].lower().strip(".()") in _NAME_MARKS):
        words.pop(0)
    while not person and len(words) > 1 and words[-1].rstrip(".,").lower() in DESIGNATORS and (
            words[-1][:1].isupper() or words[-1].rstrip(".,").lower() in {"plc", "ltd", "inc", "llc", "pvt"}):
        words.pop()
    out = " ".join(words)
    out = re.sub(r"(?:['’]s|['’])$", "", out)
    return out.strip(" *.,;:-–—")


def _extend_given_name(span, lower_words: set[str], taken: set[int]):
    """A PERSON span widened left over given names the NER left out (``Ana [Ortiz de la Cruz]``).

    Only capitalised proper nouns that are not titles or marks before a name (``the Late Ana Cruz``),
    not written in lower case elsewhere in the article and not part of a registered name are added (a
    given name the model tags as a nationality is one when no demonym is spelt so).
    """
    doc = span.doc
    start = span.start
    while start > 0 and span.start - start < 2:
        prev = doc[start - 1]
        if not (prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()
                and prev.pos_ == "PROPN" and prev.lower_ not in TITLES and prev.lower_ not in _NAME_MARKS
                and prev.lower_ not in lower_words and prev.i not in taken
                and (prev.ent_type_ in ("", "PERSON") or (prev.ent_type_ == "NORP" and prev.lower_ not in DEMONYMS))
                and not prev.is_sent_start):
            break
        start -= 1
    end = span.end
    # ``Kang Min`` + ``-jae``: the rest of a hyphenated given name the model cut off
    if (end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in "-‐"
            and not doc[end].whitespace_ and doc[end + 1].is_alpha and doc[end + 1].is_lower):
        end += 2
    # ``Laia Puig`` + ``i Serra``: a particle and the surname after it that the model cut off
    j = end
    while j < len(doc) and j - end < 2 and doc[j].is_lower and doc[j].lower_ in _PARTICLES:
        j += 1
    if (j > end and j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper()
            and j not in taken and doc[j].ent_type_ in ("", "PERSON", "ORG") and "\n" not in doc[end - 1].whitespace_):
        end = j + 1
    # ``K. Ana`` + ``Ortiz``: an untagged surname the name is a compound of
    if (end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
            and doc[end].pos_ == "PROPN" and doc[end].ent_type_ == "" and doc[end].is_alpha
            and doc[end].text[:1].isupper() and not doc[end].text.isupper() and end not in taken
            and doc[end].lower_ not in lower_words and "\n" not in doc[end - 1].whitespace_):
        end += 1
    # ``Ana Ortiz de la`` + ``Cruz``: a surname particle at the end needs the word after it
    while end < len(doc) and doc[end - 1].lower_ in _PARTICLES and end - span.end < 2:
        nxt = doc[end]
        if not (nxt.is_alpha and nxt.text[:1].isupper() and nxt.i not in taken):
            break
        end += 1
    return doc[start:end]


def _name_word(tok) -> bool:
    """A capitalised proper noun that can be part of an organisation's name (not a title or demonym)."""
    return (tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and tok.pos_ == "PROPN"
            and tok.lower_ not in TITLES and tok.lower_ not in DEMONYMS and tok.ent_type_ in ("", "ORG"))


def _longest_forms(cands: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Map each (label, name) to the longest name of the article it is a part of.

    A bare surname (``Roe``) or first part resolves to the longest name whose
    words contain it in order (``Jane Q. Roe``).

    >>> m = _longest_forms([("PERSON", "Jane Roe"), ("PERSON", "Roe"), ("PERSON", "Jane Q. Roe")])
    >>> m[("PERSON", "Roe")], m[("PERSON", "Jane Roe")]
    ('Jane Q. Roe', 'Jane Q. Roe')
    >>> _longest_forms([("PERSON", "Ann Lee"), ("ORG", "Lee")])[("ORG", "Lee")]
    'Ann Lee'

    A single word that only ever begins one longer name is that name, whatever
    the model's label (surname-first names: ``Park`` is ``Park Ji-won``).

    >>> _longest_forms([("PERSON", "Park Ji-won"), ("ORG", "Park")])[("ORG", "Park")]
    'Park Ji-won'
    """
    names = sorted(set(cands), key=lambda c: (-len(c[1].split()), -len(c[1]), c))
    out: dict[tuple[str, str], str] = {}
    for label, name in names:
        words = name.split()
        best = name
        exact = any(len(o.split()) > len(words) and _subsequence(words, o.split()) for _, o in names)
        for other_label, other in names:
            ow = other.split()
            if not exact:  # ``Noor`` of ``Ali al-Noor``: the surname without its article, if no name has it whole
                ow = [bare_surname(w) for w in ow]
            if len(ow) <= len(words) or not _subsequence(words, ow):
                continue
            # a person's surname (or its parts) may have been tagged ORG by the model: people win
            if other_label == label or (other_label == "PERSON" and _surname_part(words, ow)) or (
                    label == "PERSON" and len(words) >= 2 and ow[-len(words):] == words
                    and len(ow) == len(words) + 1):
                best = out.get((other_label, other), other)
                break
        if best == name and len(words) == 1:
            holders = {o for _, o in names if len(o.split()) > 1 and words[0] in o.split()}
            if len(holders) == 1 and next(iter(holders)).split()[0] == words[0]:
                full = next(iter(holders))
                best = next((out.get((lab, o), o) for lab, o in names if o == full), full)
        out[(label, name)] = best
    return out


def initials(name: str) -> str:
    """The initials of a name's capitalised words (``League of Pilots`` -> ``LP``).

    >>> initials("Harbour Pilots Guild"), initials("Office of Fair Trading")
    ('HPG', 'OFT')
    """
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _initials_forms(forms: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """An acronym used alone (``the HPG said``) for the one organisation of the article whose
    initials it is (``Harbour Pilots Guild``), though no bracket defined it; failing that, the
    one whose initials it holds in another order (:func:`_reordered`).

    >>> _initials_forms({("ORG", "HPG"): "HPG", ("ORG", "Harbour Pilots Guild"): "Harbour Pilots Guild"})
    {('ORG', 'HPG'): 'Harbour Pilots Guild'}
    """
    fulls = {v for (lab, _), v in forms.items() if lab == "ORG" and len(v.split()) >= 2}
    out = {}
    for (label, name), full in forms.items():
        if full != name or not _BRACKET_ACRONYM.match(name) or len(name) < 3:
            continue
        hits = {f for f in fulls if initials(f) == name} or {f for f in fulls if _reordered(initials(f), name)}
        if len(hits) == 1:
            out[(label, name)] = hits.pop()
    return out


def _reordered(letters: str, acronym: str) -> bool:
    """Whether ``acronym`` has the same initials as a name in another order: the acronym of the
    name in its own language (``Front for the Liberation of the Coast``, ``FLC``, written as
    ``Coastal Liberation Front``), which translated names keep. Only when no name's initials match in order.

    >>> _reordered("CLF", "FLC"), _reordered("CLF", "CLF"), _reordered("CLF", "FLA")
    (True, False, False)
    """
    return letters != acronym and sorted(letters) == sorted(acronym)


def _surname_part(small: list[str], big: list[str]) -> bool:
    """Is ``small`` a run of ``big``'s words after its given name (a surname or part of one)?

    >>> _surname_part(["Ortiz"], "Ana Ortiz de la Cruz".split()), _surname_part(["Ana"], ["Ana", "Ortiz"])
    (True, False)
    """
    n = len(small)
    return 0 < n < len(big) and any(big[i:i + n] == small for i in range(1, len(big) - n + 1))


def _subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


def _honorific_person(span) -> bool:
    """An entity that starts with an honorific and goes on with two capitalised words.

    ``Councillor Ann Lee`` is a person whatever label the NER gave it.
    """
    words = [t for t in span if not t.is_punct]
    return (len(words) >= 3 and words[0].lower_.rstrip(".") in HONORIFICS
            and all(t.text[:1].isupper() or t.lower_ in _PARTICLES for t in words[1:]))


# ---------------------------------------------------------------- shaping a found name
#
# Each rule is ``rule(ctx, span, label) -> (span, label) | None``; every rule applies in
# turn to what the rules before it left (None: no change).

def name_edges(ctx, span, label):
    """``the weekly Courier's`` -> ``Courier``: no article, lower-case word, bracket tail,
    possessive, legal form (``Acme Widgets Ltd``) or generic noun (``the CGT union``)."""
    stripped = _strip_span(span)
    return None if (stripped.start, stripped.end) == (span.start, span.end) else (stripped, label)


def unit_number(ctx, span, label):
    """``the 5th [ORG Harbour Brigade]``: the unit's number just before an organisation's name
    (which the model tags apart, as an ordinal) opens the name."""
    if label != "ORG" or not len(span) or span.start == 0:
        return None
    before = span.doc[span.start - 1]
    if not ORDINAL.fullmatch(before.text) or "\n" in before.whitespace_ or not span[0].text[:1].isupper():
        return None
    return span.doc[span.start - 1:span.end], label


def honorific_person(ctx, span, label):
    """``[ORG Councillor Ann Lee]``: an honorific and two capitalised words make a person."""
    return (span, "PERSON") if label == "ORG" and len(span) and _honorific_person(span) else None


#: Common nouns of a person's office or role (``spokesman``, ``minister``, ``analyst``).
_PERSON_NOUNS = TITLES | language.words("source_nouns") | language.words("spokes_nouns")


def _renames_a_person(span) -> bool:
    """Two or three title-case words, none an organisation's head word, in apposition to a
    common noun of a person's role (``the spokesman, Ann Lee, said``)."""
    words = [t for t in span if not t.is_punct]
    root = span.root
    return (2 <= len(words) <= 3 and all(t.is_alpha and t.is_title for t in words)
            and not any(t.lower_ in ORG_HEADS for t in words)
            and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lower_ in _PERSON_NOUNS)


def appositive_person(ctx, span, label):
    """``the spokesman for the ministry, [ORG Ann Lee], said``: a name in apposition to a
    person's role noun is a person whatever label the model gave it."""
    return (span, "PERSON") if label == "ORG" and len(span) and _renames_a_person(span) else None


#: Roles only a person holds (``negotiator``, ``envoy``): a name right after one is a person's.
_PERSON_ROLES = language.words("person_role_nouns")


def _after_role(span) -> bool:
    """Two or three title-case words, none an organisation's head word, right after a lower-case
    title of an office or a role only a person holds (``titles``, ``person_role_nouns``: ``the special
    representative Ann Lee``, ``the negotiator Ann Lee``) or a capitalised title (``Ruritanian President
    Ann-Marie Lee``); not after a word an organisation may be too (``partner``, ``owner``, ``critics``,
    ``coordinator``)."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.is_title for t in words) \
            or any(t.lower_ in ORG_HEADS for t in words) or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (before.is_lower and (before.lower_ in TITLES or before.lower_ in _PERSON_ROLES)) or (
        before.is_title and before.lower_ in TITLES and "\n" not in before.whitespace_)  # ``President Ann Lee``


def role_before_person(ctx, span, label):
    """``the special representative [ORG Ann Lee] said``: a name right after the title of an office
    is a person whatever label the model gave it (an office is held by a person).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The special representative Ann Lee spoke. The board member Tide Port spoke.")
    >>> role_before_person(None, doc[3:5], "ORG")[1], role_before_person(None, doc[10:12], "PERSON")
    ('PERSON', None)
    """
    return (span, "PERSON") if label == "ORG" and len(span) and _after_role(span) else None


#: Nouns that are a person's office with ``of`` a body (``head of the port authority``).
_OFFICE_HEADS = language.words("office_head_nouns")


def _role_after(span) -> bool:
    """Two or three title-case words, none an organisation's head word and no capitalised word left
    out before them, followed by an apposition that is the title of an office (``titles``), not
    one a common noun modifies (``the market leader``), or a head ``of`` a body (``Ann Lee, head of
    the port authority,``)."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.is_title for t in words) \
            or any(t.lower_ in ORG_HEADS for t in words) \
            or (span.start and span.doc[span.start - 1].is_title and span.doc[span.start - 1].pos_ == "PROPN"):
        return False  # ``Green [Valley Farms]``: a name cut short is no person's
    return any(c.dep_ == "appos" and c.i >= span.end and c.pos_ == "NOUN" and (
        c.lower_ in TITLES or (c.lower_ in _OFFICE_HEADS and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)))
        and not any(g.dep_ == "compound" and g.pos_ == "NOUN" for g in c.children)  # ``the market leader``: a firm's rank
        for c in span.root.children)


def role_after_person(ctx, span, label):
    """``[ORG Ann Lee], head of the port authority, said``: a name followed by the title of an
    office in apposition is a person whatever label the model gave it.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee, head of the port authority, spoke. Tide Port, the ferry firm, spoke.")
    >>> role_after_person(None, doc[0:2], "ORG")[1], role_after_person(None, doc[10:12], "ORG")
    ('PERSON', None)
    """
    return (span, "PERSON") if label == "ORG" and len(span) and _role_after(span) else None


def _office_holder_start(span, known, person: bool = True) -> int | None:
    """Where the name starts in ``span`` when a title and ``of`` stand before a registered name
    (a state's, a body's: ``known(text)``) that the span follows, or opens a span the model took
    for a person's name (``person``) with two words or more after it, else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The President of Ruritania Ann-Marie Lee spoke. The son of Ruritania Ann Lee spoke.")
    >>> known = lambda text: text == "Ruritania"
    >>> _office_holder_start(doc[3:8], known), _office_holder_start(doc[4:8], known), _office_holder_start(doc[12:15], known)
    (4, 4, None)
    >>> doc = nlp.bare_nlp()("The director of Ruritania Airlines spoke.")
    >>> _office_holder_start(doc[3:5], known, person=False), _office_holder_start(doc[3:5], known)
    (None, None)
    """
    doc = span.doc
    opening = next((k for k in range(min(span.end, span.start + 5), span.start, -1)
                    if known(doc[span.start:k].text)), None)
    if opening is not None:
        if not person or span.end - opening < 2:
            return None  # ``the director of [ORG Marchia Airlines]``: a body named after its state
        first, k = span.start, opening
    else:
        first = next((j for j in range(max(span.start - 5, 0), span.start)  # the longest name first
                      if known(doc[j:span.start].text)), None)
        if first is None:
            return None  # no registered name opens or precedes the span
        k = span.start
    i = first - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_.rstrip(".") not in TITLES:
        return None
    words = [t for t in doc[k:span.end] if not (t.is_punct and t.text in "-‐")]
    if not 1 <= len(words) <= 5 or not any(t.text[:1].isupper() for t in words) or any(
            not t.is_alpha or t.lower_ in ORG_HEADS or t.lower_ in TITLES
            or (t.is_lower and t.lower_ not in _PARTICLES) for t in words):
        return None
    return k


def office_holder(ctx, span, label):
    """``President of [PERSON Ruritania Ann-Marie Lee]``, ``President of the Republic of Ruritania
    [ORG Ann-Marie Lee]``: the name after a title and the state or body the office is in (a
    registered name) is a person's, without the state's name the model glued to it."""
    if label not in ("PERSON", "ORG") or not len(span):
        return None
    reg = state_of(ctx).registry

    def known(text: str) -> bool:
        actor = reg.by_name.get(canonical(text, reg) or "")
        return actor is not None and actor.type != "person"

    start = _office_holder_start(span, known, person=label == "PERSON")
    return (span.doc[start:span.end], "PERSON") if start is not None else None


def person_titles(ctx, span, label):
    """``Lt. Gen. (retd) Ann Lee`` -> ``Ann Lee``: titles before a person's name are no part of it."""
    if label != "PERSON" or not len(span):
        return None
    stripped = _strip_titles(span)
    return None if stripped.start == span.start else (stripped, label)


def given_name(ctx, span, label):
    """``Ana [Ortiz de la] Cruz`` -> ``Ana Ortiz de la Cruz``: given names, hyphen parts and
    particles the model left out of a person's name."""
    if label != "PERSON" or not len(span):
        return None
    state = state_of(ctx)
    wider = _extend_given_name(span, state.lower_words, state.registered_toks)
    return None if (wider.start, wider.end) == (span.start, span.end) else (wider, label)


#: Adverbs that open a sentence and are no name's first word (``Later``): ``sentence_opening_adverbs``.
_OPENING_ADVERBS = language.words("sentence_opening_adverbs")


def opening_word(ctx, span, label):
    """``Later Noor said ...``, ``Rivals Norland and Osteria agreed ...``: a found name that opens its
    sentence with an adverb of ``sentence_opening_adverbs`` (not ``Still Waters Trust``, whatever the
    tagger says), or with a plural word before a name the registry knows and another after ``and``
    (``Rivals`` before a series of states; not a registered name whole, nor a body named with its
    state, ``Seafarers UK said``), starts after that word: its capital is the sentence's."""
    if len(span) < 2 or not _opens_sentence(span[0]):
        return None
    first, rest = span[0], span[1:]
    if first.lower_ in _OPENING_ADVERBS and rest[0].text[:1].isupper():
        return rest, label
    reg = state_of(ctx).registry
    doc = span.doc
    after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].lower_ in ("and", ",") else None
    if first.tag_ in ("NNS", "NNPS", "NNP") and first.lower_.endswith("s") and canonical(span.text, reg) is None \
            and reg.by_name.get(canonical(rest.text, reg) or "") is not None \
            and after is not None and canonical(after.text, reg) is not None:
        # ``Rivals Norland and Osteria``: the plural describes a series of names; ``Seafarers UK`` is one name
        return rest, "GPE" if reg.by_name[canonical(rest.text, reg)].type == "state" else label
    return None


#: Tags of a finite verb (``Agree``, ``Rejects``, ``Signed``) a title-case headline capitalises.
_FINITE_VERB_TAGS = frozenset({"VBP", "VBZ", "VBD"})


def headline_verb(ctx, span, label):
    r"""``Rebels Agree`` in a title-case headline (``Guards, Rebels Agree to Truce``) -> ``Rebels``: a
    found name of several words on the article's first line that ends on a capitalised finite verb
    (as the tagger reads it) ends before the verb; a name of one word, or one in the body, is left.

    >>> from types import SimpleNamespace
    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Port Guards Agree to Truce\n\nThe guards agreed.")
    >>> [t.tag_ for t in doc[:3]]
    ['NNP', 'NNPS', 'VBP']
    >>> headline_verb(SimpleNamespace(doc=doc), doc[0:3], "ORG")[0].text
    'Port Guards'
    >>> headline_verb(SimpleNamespace(doc=doc), doc[0:2], "ORG") is None
    True
    """
    if len(span) < 2:
        return None
    last = span[-1]
    if last.pos_ != "VERB" or last.tag_ not in _FINITE_VERB_TAGS or not last.text[:1].isupper():
        return None
    text = span.doc.text
    if "\n" in text[:span.start_char] or "\n" not in text[span.end_char:]:
        return None  # a body line, or a text with no headline line: a capitalised verb there is a sentence's
    return span[:-1], label


def _opens_sentence(tok) -> bool:
    """Whether ``tok`` is the first word of its sentence or of its line."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or tok.is_sent_start or "\n" in before.text + before.whitespace_


#: Shaping of a found name, applied in this order (each to the previous one's result):
#: the edges first, then whether it is a person, then what only a person's name has, last the
#: state's name glued in front of an office holder's (after the given names the model left out).
SHAPE = Registry("shape", [name_edges, headline_verb, opening_word, unit_number, honorific_person, appositive_person, role_before_person, role_after_person,
                           person_titles, given_name, office_holder])


def shape_name(ctx, span, label):
    """The span and label of a found name after every :data:`SHAPE` rule."""
    for qualified, rule in SHAPE.active():
        shaped = SHAPE.call(qualified, rule, ctx, span, label)
        if shaped is not None:
            span, label = shaped
    return span, label


# ---------------------------------------------------------------- resolving to the full name
#
# Each rule is ``rule(ctx, label, name) -> full name | None``, over the names of the article.

def longest_form(ctx, label: str, name: str) -> str | None:
    """``Roe`` or ``Jane Roe`` -> ``Jane Q. Roe``: the longest name of the article whose words
    hold the name in order (a surname tagged ORG goes to the person; ``Park`` -> ``Park Ji-won``)."""
    full = state_of(ctx).forms.get((label, name), name)
    return full if full != name else None


def acronym_to_full(ctx, label: str, name: str) -> str | None:
    """``the HPG said`` -> ``Harbour Pilots Guild``: the one full name of the article with those initials."""
    return state_of(ctx).initials.get((label, name))


#: Name resolution, first answer wins (else the name itself): a longer form of the name
#: written in the article, then an organisation whose initials the name is.
NAMES = Registry("names", [longest_form, acronym_to_full])


def resolve_name(ctx, label: str, name: str) -> str:
    """The full name a found name stands for in its article (see :data:`NAMES`)."""
    return NAMES.first(ctx, label, name)[1] or name
