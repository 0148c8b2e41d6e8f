"""Conditions: the demands and terms an actor sets, classified by a taxonomy kept as data.

Two data files drive everything; a researcher edits them for a new topic,
never this code:

* the story's ``conditions.csv`` (``helpers/stories/<name>/``; the seeds' in
  ``stories/ukraine``) -- the taxonomy: one row per (category, pattern).
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
                  (``Ruritania's expectations include``, ``the president sets out conditions, including``)
  ``anaphora``    a sentence opening with ``these`` that lists the terms named by a
                  ``list_noun`` in the previous sentence; the holder comes from there
  ``list_noun``   the nouns an ``anaphora`` sentence refers back to

A sentence gives a row when a category's object words fall in the scope of a
cue (the cue's clause; for lists, the rest of the sentence). One row per
(sentence, holder, category): a list of terms gives one row per category.
A condition stated inside a quote belongs to the quote's speaker unless the
clause names its own actor (``"Ruritania is ready to negotiate, but from a
position of strength," a scientist said`` is held by Ruritania).

>>> from helpers import nlp
>>> doc = nlp.bare_nlp()("Ruritania insists on keeping control of the eastern provinces.")
>>> m = [dict(actor="Ruritania", type="state", country="RUR", start=0, end=9)]
>>> cats = pd.DataFrame([dict(category="territory", role="object", pattern="control of")])
>>> [(r["holder"], r["category"], r["cue"]) for r in find_conditions(doc, "a.txt", m, [], cats)]
[('Ruritania', 'territory', 'insists on')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import islice, takewhile
from pathlib import Path

import pandas as pd

from .. import config, language, literals
from ..story import derived
from ..context import ArticleContext, as_context
from ..actors.countries import _THIRD_PARTY as _THIRD_PARTY_ROLES, CONCLUDING_VERBS, brokered_by, concluded_document, deal_partners, \
    opens_on_condition as _opens_on_condition, said_with_obligation
from ..actors.countries import phrase_head as _phrase_head
from ..actors.filters import gone_to
from ..actors.words import demonym_at
from ..actors.names import doc_text as _doc_text
from ..doccache import doc_tokens
from ..quotes.lookup import commanded_by, ends_name, most_mentioned, orgs_before
from ..quotes.marks import CLOSE_GLYPHS, OPEN_GLYPHS, STRAIGHT
from ..quotes.speakers import past_credit, wire_credit
from ..quotes.syntax import relative_antecedent
from ..quotes.words import DOCUMENT_NOUNS as SPOKEN_DOCUMENTS, GENERIC_ORG_NOUNS, MODALS, PUBLISH_VERBS, READ_VERBS
from ..rules import Registry
from .plans import LIST_ITEM_NOUNS, ORDINAL_WORDS, heading, item_openers, ordinal_items
from ..corpus.metadata import in_agency_dateline, news_organisation, newspaper_title, short_paper_title
from .sides import (
    COMMENTATORS, STATE_NOUNS, bloc_demonym, brokering, canonical_actor, country_of_phrase, dateline,
    described_as_commentator, demonym_owner, demonym_state, holder_side, names_bloc, party_noun, people_of_state, portfolio,
    side_noun_at, state_at, unnamed_words, window_start)

#: ``rule``: the cue rule that made the row; ``holder_rule``: the rule that chose the holder (and,
#: after ``; ``, the :mod:`.sides` rule that found the holder's side when its mention had no country).
COLUMNS = ["article", "holder", "holder_country", "addressee", "category", "cameo", "text", "cue",
           "start", "end", "voice", "rule", "holder_rule",
           "generic_category"]
SUMMARY_COLUMNS = ["article", "holder", "holder_country", "addressee", "category", "text"]
#: The seeds' story's taxonomy (a build reads the categories of its own story: ``ctx.story.conditions``).
TAXONOMY_FILE = config.PACKAGE_DIR / "stories" / config.SEEDS_STORY / "conditions.csv"
CUES_FILE = config.DATA_DIR / "condition_cues.csv"
#: The guide's generic categories (phrases and lemmas; no story's places or people).
GENERIC_FILE = config.DATA_DIR / "condition_categories.csv"
#: The catch-all category: a generic match that a story files under it is dropped from a sentence
#: that states one of the story's own terms (the generic words there are part of that term).
CATCH_ALL = "other"
#: How many segments before a list's opener may name its holder (``Norland's plan.`` / ``It reads:``).
LIST_LOOKBACK = 3
#: How many tokens may lie between two groups of a lemma sequence.
LEMMA_WINDOW = 4

# Pronouns, by whom they can stand for (word lists in helpers/data/words/).
_FIRST_PERSON = language.words("pronouns_first_person")
_PERSONAL = language.words("pronouns_personal")
_IMPERSONAL = language.words("pronouns_impersonal")
_PLURAL = language.words("plural_pronouns")
_THING = language.words("thing_pronouns")
#: Relative pronouns (``a plan that would ...``, ``the accord, which ...``).
_RELATIVE = language.words("pronouns_relative")
#: Pronouns pointing back to what the text just told (``These include ...``).
DEMONSTRATIVES = language.words("demonstrative_pronouns")
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
#: Nouns of an armed group (``the militia``) and the head words that end such a group's name (``Forces``).
ARMED_GROUP_NOUNS = language.words("armed_group_nouns")
ARMED_GROUP_HEADS = language.words("armed_group_heads")
#: Determiners that point back to something named before (``the front``, ``this council``).
_DEFINITE = language.words("definite_determiners")
#: Determiners of something yet to exist (``any deal``): no particular document.
_ANY = language.words("any_determiners")
#: Nouns of documents that state terms for their author (``the plan calls for ...``).
DOCUMENT_NOUNS = language.words("condition_documents")
#: Documents one side drafts: under one, every clause is its author's term (not a deal's parties').
ONE_AUTHOR_DOCUMENTS = language.words("condition_one_author_documents")
#: Verbs whose clause states a term the verb's subject sets for the clause's subject.
DEMAND_VERBS = language.words("condition_demand_verbs")
#: Markers of a conditional clause, whose subject is the addressee of the term.
CONDITION_MARKERS = language.words("condition_markers")
#: Nouns whose ``for`` names what the terms are for (``conditions for a truce``), not a term.
GOAL_NOUNS = language.words("condition_goal_nouns")
#: Nouns whose ``of`` names what the terms are for (``the price of any truce``), not a term.
GOAL_OF_NOUNS = language.words("condition_goal_of_nouns")
#: Markers of a proviso (``if``, ``unless``, the ``that`` of ``on condition that``): with ``it`` or ``they`` for
#: subject, the clause may qualify the main clause's words.
PROVISO_MARKERS = language.words("condition_proviso_markers")
#: Verbs of accepting what is offered: a proviso naming their object again qualifies the offer.
ACCEPTANCE_VERBS = language.words("condition_acceptance_verbs")
#: What a proviso may put an offer under (``only under a UN mandate``, ``only with the council's approval``).
AUTHORITY_NOUNS = language.words("condition_authority_nouns")
#: Nouns that carry a side's terms, owned by the state a demonym before them names (``the Danish demand``).
DEMAND_NOUNS = language.words("condition_demand_nouns")
#: A state's title nouns: ``the State of Qatar`` names Qatar.
STATE_TITLE_NOUNS = language.words("state_title_nouns")
#: Verbs of voicing a demand: ``..., a demand Norland has made for years`` -> Norland holds the term.
DEMAND_MAKER_VERBS = language.words("condition_demand_maker_verbs")
#: Verbs whose agent brokered or backed a document or a group, and is not its author (``brokered by``).
BROKER_VERBS = language.words("condition_broker_verbs")
#: Nouns of brokering whose ``of`` names a broker of talks, not a party (``under the auspices of Norway``).
BROKER_NOUNS = language.words("condition_broker_nouns")
#: Verbs of receiving a plan: their subject answers or studies it and is not its author (``X accepted the plan``;
#: one that accepts it holds its terms all the same: :func:`joining_parties`).
RECEIVING_VERBS = language.words("condition_receiving_verbs")
#: Verbs and prepositions of backing a particular plan (``backs the plan``, ``swung behind the plan``):
#: whoever backs it is not its author; backing a term (``backs a truce``) or no particular deal
#: (``would back no deal that ...``) is the backer's own.
BACKING_VERBS = language.words("condition_backing_verbs")
BACKING_PREPOSITIONS = language.words("condition_backing_prepositions")
#: Verbs whose subject a threatened measure would hit (``face``, ``risk``) and the measures.
THREATENED_VERBS = language.words("condition_threatened_verbs")
THREAT_MEASURES = language.words("condition_threat_measures")
#: Verbs with which a document in the present tense sets a term (``the draft limits ...``).
DOCUMENT_TERM_VERBS = language.words("condition_document_term_verbs")
#: Prepositions that name whose a proposal is after its word (``the offer from Osteria``, ``proposed
#: by Osteria``), besides :func:`_owners`.
OWNER_PREPOSITIONS = language.words("condition_owner_prepositions")
#: Verbs of giving a plan up: the plan given up is a term set for its owner, not a proposal (``X scraps its plan``).
DROPPING_VERBS = language.words("condition_dropping_verbs")
#: Verbs whose subject, in a relative clause on a document, wrote it (``the plan that Norland drafted``).
AUTHOR_VERBS = language.words("condition_author_verbs")
#: Verbs of laying out terms: who sets them out in a document is its author (``the text in which X outlined ...``).
TERMS_SETTING_VERBS = language.words("terms_setting_verbs")
#: Words of talking: talks that a conditional makes conditional are a term of the talks (``we will talk if ...``).
TALK_WORDS = language.words("condition_talk_words")
#: The people and places of talks (``delegations``, ``venue``): a demand that names them is a term of the talks.
TALK_NOUNS = language.words("condition_talk_nouns")
#: Words naming talks on another matter (``trade talks``): no term of the talks when made conditional.
OTHER_TALK_TOPICS = language.words("condition_other_talk_topics")
#: Words of signing: a demand that a document be signed (``sign the accord first``) is a term of the talks.
SIGNING_WORDS = language.words("condition_signing_words")
#: Words after which talks wait for an obligation met first (``before any talks``).
WAIT_WORDS = language.words("condition_wait_words")
#: Verbs of something breaking down by itself (``the cabinet will collapse if ...``): their subject holds no term.
BREAKDOWN_VERBS = language.words("condition_breakdown_verbs")
#: Words of hoping and desiring: a hope for a deal between others is a bystander's wish.
HOPE_WORDS = language.words("condition_hope_words")
#: Prepositions that name the two parties of a deal (``a truce between Norland and Osteria``).
PAIR_PREPOSITIONS = language.words("pair_prepositions")
#: Words that count a plain plural noun of parties as two (``both sides``, ``the two countries``).
PAIR_WORDS = language.words("pair_words")
#: The generic category of the talks themselves (format, sequence, preconditions for talking).
TALKS_CATEGORY = "negotiation_terms"
#: The generic category of economic measures: the guide counts them "imposed, lifted or kept", so a
#: measure a holder keeps, eases or reopens on a condition is its term too (``will ease sanctions if ...``).
MEASURE_CATEGORY = "sanctions"
#: How many dependency levels below a conditional's main verb a word of talking may lie (``can only follow``).
TALK_DEPTH = 2
#: The kind of a match of talks made conditional: a term by itself, even as the subject of the
#: conditional's clause (``talks can only follow once ...``), unlike the other categories' words.
TALKS_KIND = "talks"
#: Verbs of demanding or proposing that state no term when negated (``has not urged``).
UNSAID_VERBS = language.words("condition_unsaid_verbs")
#: Verbs of asking that, with ``can``/``could`` and a negation, refuse what is asked (``nobody can ask us to``).
RHETORICAL_ASK_VERBS = language.words("condition_rhetorical_ask_verbs")
#: Modals of ability (``can``, spaCy's ``ca`` of ``can't``, ``could``).
ABILITY_MODALS = language.words("ability_modals")
#: Subjects that deny anyone acts (``nobody is asking for ...``): no one's term.
NEGATIVE_SUBJECTS = language.words("negative_subjects")
#: Verbs of refusing to accept: what they refuse is a red line, a term, even when a conditional
#: names an exception (``rules out foreign troops unless ...``), unlike a price the holder pays.
ACCEPT_VERBS = language.words("condition_refusal_accept_verbs")
#: Prepositions whose object is a time frame or a setting, not a term (``during the truce``).
TIME_PREPOSITIONS = language.words("condition_time_prepositions")
#: Units of time whose ``of`` names a time frame, not a term (``within 72 hours of the truce``).
TIME_UNITS = language.words("condition_time_units")
#: Markers of a clause set beside a cue's clause, not under it (``..., as Osteria lifted the embargo``).
ASIDE_MARKERS = language.words("condition_aside_markers")
#: Nouns of what a demand's holder gives in return (``in exchange for``, ``as the price for``): words
#: there are no term.
RETURN_NOUNS = language.words("condition_return_nouns")
#: Verbs (and their nouns) that keep, impose or lift a measure (``will keep the embargo unless ...``).
MEASURE_ACT_VERBS = language.words("condition_measure_act_verbs")
#: Prepositions on a verb of wanting that name whom or what something is wanted from (``wants from the talks``).
SOURCE_PREPOSITIONS = language.words("condition_source_prepositions")
#: Participles that open a proviso with no ``that`` (``will attend provided the talks cover ...``).
PROVISO_PARTICIPLES = language.words("condition_proviso_participles")
#: Cue kinds whose holder asks for something; what it would give in return is not asked for.
_ASKING_KINDS = frozenset({"demand", "obligation", "requirement"})
#: Verbs of denying: a cue they govern states no term (``Norland denied demanding a truce``).
DENIAL_VERBS = language.words("condition_denial_verbs")
#: Verbs of keeping or breaking a deal: the terms they take are a deal's, not a demand (``comply with the terms``).
COMPLIANCE_VERBS = language.words("condition_compliance_verbs")
#: Verbs of carrying out a document (``implement the plan``): their subject is no author of it.
IMPLEMENTING_VERBS = language.words("condition_implementing_verbs")
#: Words that date a document to the past (``the previous accord``); a year does too.
PAST_DOCUMENT_MARKERS = language.words("condition_past_document_markers")
#: Nouns of commentators: what they say must happen is a view, not a party's term.
#: Modals of obligation (``should insist``: advice, not a stance); also read by :mod:`helpers.actors.countries`.
OBLIGATION_MODALS = language.words("condition_obligation_modals")
#: Lower-case words a body's title-case name may hold (``Council of Ministers``, ``Peace and Security``).
_IN_NAME = language.words("org_name_inner_words")
#: Verbs of a conditional about the speaker's own words (``if you ask me``, ``if I may say so``).
SPEECH_ACT_VERBS = language.words("condition_speech_act_verbs")
_OWN_VOICE = language.words("own_voice_pronouns")
_OWNER_DEPS = {"compound", "poss", "nmod", "appos"}
_HEAD_DEPS = {"aux", "auxpass", "mark", "advmod", "neg", "prep", "det"}
# Same-length typographic folding so regex offsets stay offsets into the text.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\n": " ",
                       "\u2014": "-", "\u2013": "-"})


# --------------------------------------------------------------------------- taxonomy


@dataclass(frozen=True)
class Category:
    """One category: its CAMEO code, description and compiled patterns.

    ``generic`` is the generic category of the guide that the category's matches map to;
    ``source`` is ``story`` (the story's own patterns) or ``generic`` (the package's generic
    patterns, renamed to the story's category); ``lemmas`` are lemma sequences (see :func:`parse_lemmas`).
    """

    name: str
    cameo: str
    description: str
    objects: tuple[re.Pattern, ...]
    standalone: tuple[re.Pattern, ...]
    generic: str = ""
    source: str = "story"
    lemmas: tuple[tuple[frozenset, ...], ...] = ()

    @cached_property
    def lemma_index(self) -> dict[str, tuple[int, ...]]:
        """Each lemma of a sequence's first group -> the indices of the sequences it opens, so a
        sentence is tested only against the sequences one of its lemmas can open."""
        index: dict[str, list[int]] = {}
        for i, sequence in enumerate(self.lemmas):
            for lemma in sequence[0]:
                index.setdefault(lemma, []).append(i)
        return {lemma: tuple(found) for lemma, found in index.items()}

    @cached_property
    def phrases(self) -> tuple[tuple[re.Pattern, tuple[frozenset[str], ...], str], ...]:
        """Each phrase pattern with the strings it needs (:func:`_needs`) and its kind, read once."""
        return tuple((p, _needs(p), "standalone" if p in self.standalone else "object") for p in self.objects)


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

    @cached_property
    def screen(self) -> literals.Screen:
        """The strings the category phrases need, to look up once per sentence (:func:`find_objects`)."""
        return literals.Screen(needs for cat in self.categories for _, needs, _ in cat.phrases)

    @cached_property
    def cue_screen(self) -> literals.Screen:
        """The strings the cues need, to look up once per sentence (:func:`find_cues`)."""
        return literals.Screen(_needs(cue.pattern) for cue in self.cues)


def _str(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def parse_lemmas(pattern: str) -> tuple[frozenset, ...]:
    """A lemma sequence: groups separated by ``>``, alternatives by ``|`` (each group within
    :data:`LEMMA_WINDOW` tokens of the previous one).

    >>> [sorted(g) for g in parse_lemmas("release|free > prisoner")]
    [['free', 'release'], ['prisoner']]
    """
    return tuple(frozenset(w.strip().lower() for w in group.split("|") if w.strip())
                 for group in pattern.split(">") if group.strip())


def _collect(df: pd.DataFrame) -> tuple[dict[str, dict], dict[str, str]]:
    """Taxonomy rows grouped by category, and the ``generic`` rows: generic category -> category."""
    cats: dict[str, dict] = {}
    mapping: dict[str, str] = {}
    for row in df.to_dict("records"):
        name = _str(row.get("category"))
        if not name:
            continue
        role, pattern = _str(row.get("role")) or "object", _str(row.get("pattern"))
        if role == "generic":
            mapping.setdefault(_str(row.get("generic_category")) or name, name)
            continue
        cat = cats.setdefault(name, {"cameo": "", "description": "", "generic": "", "object": [],
                                     "standalone": [], "lemma": []})
        cat["cameo"] = cat["cameo"] or _str(row.get("cameo")).removesuffix(".0")
        cat["description"] = cat["description"] or _str(row.get("description"))
        cat["generic"] = cat["generic"] or _str(row.get("generic_category"))
        if pattern and role == "lemma":
            cat["lemma"].append(parse_lemmas(pattern))
        elif pattern and role in ("object", "standalone"):
            compiled = re.compile(pattern, re.IGNORECASE)
            cat["object"].append(compiled)
            if role == "standalone":
                cat["standalone"].append(compiled)
    return cats, mapping


def categories_from_frame(df: pd.DataFrame, source: str = "story") -> tuple[Category, ...]:
    """Compile taxonomy rows (category, generic_category, cameo, role, pattern, description) into
    categories (rows of role ``generic`` are read by :func:`taxonomy_from_frame`).

    >>> df = pd.DataFrame([dict(category="x", cameo="1", role="object", pattern="foo", description="d")])
    >>> categories_from_frame(df)[0].objects[0].pattern
    'foo'
    """
    cats, _ = _collect(df)
    return tuple(Category(name, c["cameo"], c["description"], tuple(c["object"]), tuple(c["standalone"]),
                          c["generic"] or (name if source == "generic" else ""), source, tuple(c["lemma"]))
                 for name, c in cats.items())


@lru_cache(maxsize=1)
def generic_categories(path: Path | str | None = None) -> tuple[Category, ...]:
    """The guide's generic categories (``data/condition_categories.csv``): phrases and lemmas.

    >>> [c.name for c in generic_categories()][:3]
    ['ceasefire', 'territory', 'prisoners']
    """
    df = language.data_table(path or GENERIC_FILE, required=["category", "role", "pattern"])
    return categories_from_frame(df, source="generic")


def mapped_generic(mapping: dict[str, str], own: tuple[Category, ...]) -> tuple[Category, ...]:
    """The generic categories renamed to the story's categories they map to (unmapped ones dropped).

    >>> [(c.name, c.generic) for c in mapped_generic({"sanctions": "economy"}, ())]
    [('economy', 'sanctions')]
    """
    cameo = {c.name: c.cameo for c in own}
    return tuple(Category(mapping[g.name], cameo.get(mapping[g.name], ""), g.description, g.objects,
                          g.standalone, g.name, "generic", g.lemmas)
                 for g in generic_categories() if g.name in mapping)


def taxonomy_from_frame(df: pd.DataFrame, cues: tuple = ()) -> "Taxonomy":
    """A story's taxonomy: its own categories, then the generic ones its ``generic`` rows map;
    a story without categories gets the generic categories themselves.

    >>> [c.name for c in taxonomy_from_frame(pd.DataFrame(columns=["category"])).categories][:2]
    ['ceasefire', 'territory']
    """
    own = categories_from_frame(df)
    if not own:
        return Taxonomy(generic_categories(), tuple(cues))
    _, mapping = _collect(df)
    return Taxonomy(own + mapped_generic(mapping, own), tuple(cues))


def cues_from_frame(df: pd.DataFrame) -> tuple[Cue, ...]:
    """Compile cue rows (cue, kind, subject, pattern) into cues, each ``{slot}`` of a pattern filled
    from the package's slot table (:func:`helpers.language.cue_slots`).

    >>> cues_from_frame(pd.DataFrame([dict(cue="unless", kind="conditional", subject="addressee",
    ...                                     pattern="unless")]))[0].subject
    'addressee'
    >>> cue = cues_from_frame(pd.DataFrame([dict(cue="urges", kind="demand", pattern=r"\\burg\\w*{when_adverb} for")]))[0]
    >>> bool(cue.pattern.search("Norland urged again for a truce")), bool(cue.pattern.search("urged only for"))
    (True, False)
    """
    slots = language.cue_slots()
    return tuple(Cue(_str(r["cue"]), _str(r["kind"]),
                     re.compile(language.expand_slots(_str(r["pattern"]), slots, f"condition cue {_str(r['cue'])!r}"),
                                re.IGNORECASE),
                     _str(r.get("subject")) or "holder")
                 for r in df.to_dict("records") if _str(r.get("pattern")))


@lru_cache(maxsize=8)
def load_taxonomy(path: Path | str = TAXONOMY_FILE, cues_path: Path | str = CUES_FILE) -> Taxonomy:
    """The taxonomy and the cues from their CSV files (cached)."""
    categories = pd.read_csv(path, dtype=str, keep_default_na=False)
    cues = language.data_table(cues_path, required=["cue", "kind", "pattern"])
    return taxonomy_from_frame(categories, cues_from_frame(cues))


def taxonomy_table(taxonomy: Taxonomy | None = None) -> pd.DataFrame:
    """One row per (category, generic category, source): cameo, description, n_patterns (for a notebook)."""
    taxonomy = taxonomy or load_taxonomy()
    return pd.DataFrame([dict(category=c.name, generic_category=c.generic, source=c.source, cameo=c.cameo,
                              description=c.description, n_patterns=len(c.objects) + len(c.lemmas))
                         for c in taxonomy.categories])


@lru_cache(maxsize=1)
def load_cues(cues_path: Path | str = CUES_FILE) -> tuple[Cue, ...]:
    """The condition cues (language data, the same for every story)."""
    return cues_from_frame(language.data_table(cues_path, required=["cue", "kind", "pattern"]))


def story_taxonomy(story) -> Taxonomy:
    """The categories of a :class:`~helpers.story.Story` with the package's cues, built once per story
    (no categories when the story has none)."""
    return derived(story, "taxonomy", lambda st: taxonomy_from_frame(st.conditions, load_cues()))


def _as_taxonomy(taxonomy, story=None) -> Taxonomy:
    if taxonomy is None:
        return story_taxonomy(story) if story is not None else load_taxonomy()
    if isinstance(taxonomy, Taxonomy):
        return taxonomy
    if isinstance(taxonomy, (str, Path)):
        return load_taxonomy(str(taxonomy))
    if isinstance(taxonomy, pd.DataFrame):
        return taxonomy_from_frame(taxonomy, load_cues())
    raise TypeError(f"taxonomy must be a Taxonomy, a DataFrame or a path, not {type(taxonomy).__name__}")


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    label: str  # category name, or cue name
    kind: str   # "object"/"standalone", or the cue kind
    subject: str = "holder"  # for cues: whose the subject of the cued clause is
    generic: str = ""  # for category matches: the generic category
    source: str = "story"  # for category matches: the story's own patterns or the generic ones
    gapped: bool = False  # for category matches: a lemma sequence with other words between its lemmas


def lemma_matches(tokens, sequence: tuple[frozenset, ...], window: int = LEMMA_WINDOW,
                  lemmas: list[str] | None = None) -> list[tuple[int, int]]:
    """(first, last) token positions (in ``tokens``) where the lemma ``sequence`` occurs, each
    group within ``window`` words of the previous one, a hyphen counting for none (the hyphen of
    ``the pro-government militias`` is no word; ``lemmas``: the tokens' lower-case lemmas, when the
    caller already has them).

    >>> from types import SimpleNamespace as T
    >>> toks = [T(lemma_=w) for w in "they release all the prisoner".split()]
    >>> lemma_matches(toks, parse_lemmas("release > prisoner"))
    [(1, 4)]
    >>> toks = [T(lemma_=w) for w in "disband of the pro - government militia".split()]
    >>> lemma_matches(toks, parse_lemmas("disband > militia"))
    [(0, 6)]
    """
    if lemmas is None:
        lemmas = [t.lemma_.lower() for t in tokens]
    found = []
    for i, lemma in enumerate(lemmas):
        if lemma not in sequence[0]:
            continue
        at = i
        for group in sequence[1:]:
            nxt = next((j for j in _within(lemmas, at, window) if lemmas[j] in group), None)
            if nxt is None:
                break
            at = nxt
        else:
            found.append((i, at))
    return found


#: Tokens that join the parts of a word (``pro-government``) and count for no word of a lemma window.
_JOINERS = frozenset({"-", "\u2010", "\u2011"})


def _within(lemmas: list[str], at: int, window: int):
    """The positions after ``at`` up to ``window`` + 1 words on, a hyphen counting for none."""
    words = 0
    for j in range(at + 1, len(lemmas)):
        if lemmas[j] not in _JOINERS:
            words += 1
            if words > window + 1:
                return
        yield j


@lru_cache(maxsize=None)
def _needs(pattern: re.Pattern) -> tuple[frozenset[str], ...]:
    """The strings ``pattern`` cannot match without (:func:`helpers.literals.required`), read once."""
    return literals.required(pattern)


def _category_matches(cat: Category, folded: str, offset: int, parsed=None,
                      present: frozenset[str] | None = None) -> list[Match]:
    """``cat``'s phrase matches in ``folded``, and its lemma sequences in ``parsed`` (the
    sentence's tokens, their lemmas and the set of them, read once for all categories) when
    given. A pattern is run only on a text that holds the words it needs (``present``: the
    strings of a :class:`helpers.literals.Screen` holding ``cat``'s that the text holds)."""
    if present is None:
        present = literals.Screen(needs for _, needs, _ in cat.phrases).present(literals.folded(folded))
    found = []
    for pattern, needs, kind in cat.phrases:
        if not literals.satisfied(needs, present):
            continue
        found += [Match(m.start() + offset, m.end() + offset, cat.name, kind, generic=cat.generic,
                        source=cat.source) for m in pattern.finditer(folded)]
    if parsed is not None:
        tokens, lemmas, present = parsed
        index = cat.lemma_index
        for i in sorted({i for lemma in present for i in index.get(lemma, ())}):
            sequence = cat.lemmas[i]
            if not all(group & present for group in sequence[1:]):
                continue  # a lemma of the sequence is not in the sentence at all
            words = frozenset().union(*sequence)
            found += [Match(tokens[a].idx, tokens[b].idx + len(tokens[b]), cat.name, "object",
                            generic=cat.generic, source=cat.source, gapped=b - a + 1 > len(sequence))
                      for a, b in lemma_matches(tokens, sequence, lemmas=lemmas)
                      if b - a + 1 == len(sequence) or _joined(tokens[a], tokens[b], words)]
    return found


#: How a word of a lemma sequence may modify the noun that joins it to the next (``free the jailed
#: protesters``, ``a start date for talks``).
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
#: Parts of speech a lemma sequence's words may be joined through (``an end to the shelling``).
_LINK_POS = frozenset({"ADP", "DET", "PART", "AUX", "VERB", "NUM", "ADV", "ADJ", "CCONJ", "SCONJ", "PUNCT", "PRON"})


def _joined(first, last, words: frozenset) -> bool:
    """Whether two words of a lemma sequence with others between them are joined in the parse
    through function words, verbs, modifiers, the sequence's own words, a noun one of them is
    joined to by ``and`` or ``of`` or modifies (a passive participle after it too) only: ``stop all
    the shelling``, ``an end to a wave of attacks``, ``withdraw the bulk of its troops``, ``a start date for talks``, ``free the jailed protesters``,
    ``the release of members held``, ``its language be given equal status``; not ``an end to the
    leaflets targeting miners`` (the targeting is the leaflets', not what is ended).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They want an end to the shelling. They want an end to the leaflets targeting miners.")
    >>> _joined(doc[3], doc[6], frozenset({"end", "shelling"})), _joined(doc[11], doc[15], frozenset({"end", "target"}))
    (True, False)
    """
    up = [first, *first.ancestors]
    seen = {t.i for t in up}
    path = []
    for tok in [last, *last.ancestors]:
        if tok.i in seen:
            path += up[:[t.i for t in up].index(tok.i) + 1]
            break
        path.append(tok)
    else:
        return False
    inner = [t for t in path if t.i not in (first.i, last.i)]
    ends = (first.i, last.i)
    joined = {t.head.i for t in path if t.dep_ == "conj"}  # ``an end to the war and the shelling``
    joined |= {t.head.i for t in path if t.dep_ == "prep" and t.lower_ == "of"}  # ``the bulk of its troops``
    return all(t.pos_ in _LINK_POS or t.lemma_.lower() in words or t.i in joined
               or any(c.i in ends and (c.dep_ in _MODIFIER_DEPS or (c.dep_ == "acl" and c.tag_ == "VBN"))
                      for c in t.children) for t in inner)


def find_objects(text: str, offset: int, taxonomy: Taxonomy, sent=None) -> list[Match]:
    """Category matches in ``text`` (offsets shifted by ``offset``); lemma sequences too when the
    parsed ``sent`` is given. A generic match that overlaps one of the story's own is dropped
    (the story's pattern is the more specific).

    >>> t = load_taxonomy()
    >>> [m.label for m in find_objects("lift sanctions and stop supplying weapons", 0, t)]
    ['sanctions', 'military_aid']
    """
    folded = text.translate(_FOLD)
    present, parsed = taxonomy.screen.present(literals.folded(folded)), None
    if sent is not None:
        tokens = doc_tokens(sent.doc)[sent.start:sent.end]
        lemmas = [t.lemma_.lower() for t in tokens]
        parsed = (tokens, lemmas, frozenset(lemmas))
    found = [m for cat in taxonomy.categories for m in _category_matches(cat, folded, offset, parsed, present)]
    own = [m for m in found if m.source == "story"]
    found = own + [m for m in found if m.source != "story"
                   and not any(o.start < m.end and m.start < o.end for o in own)
                   and not (own and m.label == CATCH_ALL)]
    return sorted(set(found), key=lambda m: (m.start, m.end, m.label, m.kind, m.generic))


def find_cues(text: str, offset: int, taxonomy: Taxonomy, kinds=None) -> list[Match]:
    """Cue matches in ``text``, optionally only of the given kinds. A pattern's group named ``at``
    marks where the cue's own words start, after the context it needs (a headline's subject).

    >>> [m.label for m in find_cues("He would only accept it if they paid.", 0, load_taxonomy())]
    ['would only accept … if', 'only if', 'if']
    """
    folded = text.translate(_FOLD)
    low = literals.folded(folded)
    present = taxonomy.cue_screen.present(low) if kinds is None else None
    found = []
    for cue in taxonomy.cues:
        if kinds is not None and cue.kind not in kinds:
            continue
        if not (literals.may_match(_needs(cue.pattern), low) if present is None
                else literals.satisfied(_needs(cue.pattern), present)):
            continue
        at = "at" in cue.pattern.groupindex  # ``(?P<at>...)``: the cue's own words, after the context it needs
        for m in cue.pattern.finditer(folded):
            start = m.start("at") if at and m.group("at") is not None else m.start()
            found.append(Match(start + offset, m.end() + offset, cue.name, cue.kind, cue.subject))
    return sorted(set(found), key=lambda m: (m.start, m.end, m.label))


# --------------------------------------------------------------------------- actors in the parse


def _overlapping(items: list[dict], start: int, end: int) -> list[dict]:
    return [x for x in items if x["start"] < end and x["end"] > start]


#: Nouns of a party related to their owner (``Norland's allies``, ``its critics``): another party than the owner.
_RELATIONAL_NOUNS = language.words("relational_party_nouns")


def _token_mention(tok, mentions: list[dict]) -> dict | None:
    """The actor mention that covers ``tok`` or its compound/possessor children (not the possessor of a
    noun of a related party: ``Norland's allies`` name no Norland, :data:`_RELATIONAL_NOUNS`, though a
    body's members do, ``NATO allies``); else a
    state that such a token names though no mention covers it (:func:`.sides.state_at`: ``Oslo insists``;
    :func:`.sides.people_of_state`: ``the Norwegians insist``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland's allies want a truce. Norland's envoys want a truce. NATO allies want a truce.")
    >>> m = [dict(actor="Norland", start=0, end=7), dict(actor="Norland", start=31, end=38),
    ...      dict(actor="NATO", start=62, end=66)]
    >>> _token_mention(doc[2], m), _token_mention(doc[9], m)["actor"], _token_mention(doc[15], m)["actor"]
    (None, 'Norland', 'NATO')
    """
    near = [tok] + [c for c in tok.children if c.dep_ in _OWNER_DEPS
                    and not (c.dep_ == "poss" and tok.lower_ in _RELATIONAL_NOUNS)]
    for t in near:
        hits = [m for m in _overlapping(mentions, t.idx, t.idx + len(t)) if m.get("actor")]
        if hits:
            return hits[0]
    return next((s for s in [*map(state_at, near), side_noun_at(tok), people_of_state(tok),
                             *(_same_surface(t, mentions) for t in near), _name_head(tok, mentions)] if s), None)


def _name_head(tok, mentions: list[dict]) -> dict | None:
    """A definite singular noun that is the last word of an organisation's name written before it:
    that organisation (``the Coastal Liberation Front met envoys. The front wants ...``), the latest
    such one; a bare noun any group may be called (``generic_org_nouns``: ``the movement``, ``the
    group``, not ``the protest movement``) is the organisation named most so far, and a noun of an
    armed group (``the militia``) the armed group so named (``... Forces``, ``... Brigades``); else
    the body whose title-case name the noun ended (:func:`_written_name_with`); another noun names no one.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Harbour Front met envoys. The front wants a truce. The port wants one.")
    >>> m = [dict(actor="Harbour Front", type="organization", country="NOR", start=4, end=17)]
    >>> _name_head(doc[7], m)["actor"], _name_head(doc[13], m)
    ('Harbour Front', None)
    """
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return None
    orgs = orgs_before(mentions, tok.idx)
    named = [m for m in orgs if ends_name(m.get("actor"), tok.lower_)]
    bare = _described_only(tok)
    if not named and bare and tok.lower_ in ARMED_GROUP_NOUNS:  # ``the militia``: an armed group named so
        orgs = [m for m in orgs if any(ends_name(m.get("actor"), head) for head in ARMED_GROUP_HEADS)]
    if not named and bare and _group_noun(tok):
        fitting = _fitting_description(tok, orgs)  # ``the armed group``: a movement, not a company
        speaking = [m for m in fitting if not listener(m, tok.doc)] or fitting  # ``told the agency``: who listened
        named = [m for m in [most_mentioned(speaking)] if m]  # ``the movement``: the organisation in focus
    named = named or [m for m in [_written_name_with(tok, orgs)] if m]
    return dict(named[-1], start=tok.idx, end=tok.idx + len(tok)) if named else None


#: Words that describe a group already named, its kind or creed (``the militant group``), not another group.
_GROUP_DESCRIPTORS = language.words("group_descriptors")


def _described_only(tok) -> bool:
    """Whether the words before a group noun are only a determiner, punctuation and words that
    describe the group already named (``group_descriptors``): ``the group``, ``the militant group``,
    ``the extremist Shiite group``; not ``the protest movement`` or ``the rival group`` (another one).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The militant group met. The rival group met. The protest movement met.")
    >>> [_described_only(doc[i]) for i in (2, 7, 12)]
    [True, False, False]
    """
    return all(c.dep_ == "det" or c.is_punct or c.dep_ == "case"
               or (c.dep_ in ("amod", "compound") and c.lower_ in _GROUP_DESCRIPTORS
                   and all(g.lower_ in _GROUP_DESCRIPTORS for g in c.subtree if g is not c))
               for c in tok.children if c.i < tok.i)


#: Last words of a movement's name that a describing word (``the armed group``) may stand for: not a
#: state's army or forces, a party or a company (``movement_name_heads``).
_DESCRIBED_HEADS = language.words("movement_name_heads")


def _fitting_description(tok, orgs: list[dict]) -> list[dict]:
    """The organisations a group noun's describing words fit (``group_descriptors``): those whose
    name holds one of the words (``the Maoist group`` -> ``... Maoist Army``), else those whose
    name ends as a movement's does (``the armed group`` -> ``... Liberation Front``, not a company,
    a party or a state's army); with no describing word, every organisation.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The armed group met.")
    >>> orgs = [dict(actor="Lake Mining Company"), dict(actor="Harbour Liberation Front")]
    >>> [m["actor"] for m in _fitting_description(doc[2], orgs)]
    ['Harbour Liberation Front']
    """
    words = {g.lower_ for c in tok.children if c.i < tok.i for g in c.subtree if g.lower_ in _GROUP_DESCRIPTORS}
    if not words:
        return orgs
    named = [m for m in orgs if words & set((m.get("actor") or "").lower().split())]
    return named or [m for m in orgs if any(ends_name(m.get("actor"), head) for head in _DESCRIBED_HEADS)]


def _group_noun(tok) -> bool:
    """Whether ``tok`` is a noun any group may be called (``the group``, ``the movement``, ``the militia``)."""
    return tok.lower_ in GENERIC_ORG_NOUNS or tok.lower_ in ARMED_GROUP_NOUNS


#: Verbs and nouns of speaking whose object, ``to`` or ``with`` names who listened (``told the agency``).
LISTENER_VERBS = language.words("listener_verbs")


def _mention_root(mention: dict, doc):
    """The head token of the words a mention covers (``the Freedom Front``: ``Front``), else None.

    >>> from helpers import nlp
    >>> _mention_root(dict(start=0, end=17), nlp.bare_nlp()("The Freedom Front met.")).text
    'Front'
    """
    if mention.get("start") is None or mention.get("end") is None:
        return None
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def listener(mention: dict, doc) -> bool:
    """Whether a mention names who listened to a speaker (``X told the Harbour Post``, ``said to the
    Post``, ``in an interview with Harbour Post``), not someone who acts or speaks.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee told Harbour News that the front is ready.")
    >>> listener(dict(start=13, end=25), doc), listener(dict(start=0, end=7), doc)
    (True, False)
    """
    root = _mention_root(mention, doc)
    if root is None:
        return False
    if root.dep_ in ("dobj", "dative"):
        return root.head.lemma_.lower() in LISTENER_VERBS
    return root.dep_ == "pobj" and root.head.lower_ in ("to", "with") \
        and root.head.head.lemma_.lower() in LISTENER_VERBS


def _written_name_with(tok, orgs: list[dict]) -> dict | None:
    """The organisation a mention inside the latest title-case name before ``tok`` names, where that
    name ends with ``tok``'s noun and the tables cut it short (the mention nearest the noun, among
    the :data:`DOCUMENT_LOOKBACK` tokens before it): ``the Union Security Council met. The council
    wants ...`` with only ``Union`` a mention -> the Union.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Union Security Council met. The council wants a truce.")
    >>> _written_name_with(doc[7], [dict(actor="Union", start=4, end=9)])["actor"]
    'Union'
    """
    doc = tok.doc
    for i in range(tok.i - 1, max(-1, tok.i - DOCUMENT_LOOKBACK), -1):
        if doc[i].lower_ != tok.lower_ or not doc[i].text[:1].isupper() or doc[i + 1].text[:1].isupper() \
                or (doc[i + 1].lower_ in _IN_NAME and i + 2 < len(doc) and doc[i + 2].text[:1].isupper()):
            continue  # the noun must end the name (``the Agency for Relief`` goes on)
        j = i - 1
        while j >= 0 and (doc[j].text[:1].isupper() or doc[j].lower_ in _IN_NAME) and doc[j].lower_ != "the":
            hit = next((m for m in orgs if m["start"] <= doc[j].idx < m["end"] <= doc[i].idx), None)
            if hit:
                return hit
            j -= 1
    return None


def _same_surface(tok, mentions: list[dict]) -> dict | None:
    """A proper noun the actor tables did not mark here, written as a mention of the article is
    written elsewhere (``Osteria officials`` after ``Osteria``): that actor, at this token.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria spoke. Osteria officials insist on a truce.")
    >>> _same_surface(doc[3], [dict(actor="Osteria", surface="Osteria", start=0, end=7)])["start"]
    15
    """
    if tok.pos_ != "PROPN":
        return None
    same = [m for m in mentions if m.get("actor") and (m.get("surface") or "") == tok.text]
    return {**same[0], "start": tok.idx, "end": tok.idx + len(tok)} if same else None


def _namesake(tok, mentions: list[dict]) -> dict | None:
    """A person of the article whose name, as written elsewhere, ends in the proper noun ``tok``
    (``the Lee Plan`` after ``Ann Lee``): that person, at this token; None when two people share it.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee spoke. The Lee Plan includes a truce.")
    >>> _namesake(doc[5], [dict(actor="Ann Lee", type="person", surface="Ann Lee", start=0, end=7)])["start"]
    19
    >>> _namesake(doc[5], [dict(actor="Lee City", type="place", surface="Lee", start=0, end=3)]) is None
    True
    """
    if tok.pos_ != "PROPN":
        return None
    same = [m for m in mentions if m.get("actor") and m.get("type") == "person"
            and (m.get("surface") or "").split()[-1:] == [tok.text]]
    if len({m["actor"] for m in same}) != 1:
        return None
    return {**same[0], "start": tok.idx, "end": tok.idx + len(tok)}


def _resolve_pronoun(tok, mentions: list[dict], text: str | None = None) -> dict | None:
    """The mention a third-person pronoun refers to: a bracketed name right after it
    (``they (the US)``), else the nearest preceding person (he/she) or non-person (it/they), never a
    name inside the clause the pronoun is the subject of (:func:`.quotes.lookup.commanded_by`). ``text`` is the
    article's text (``tok.doc.text`` when not given)."""
    after = [m for m in mentions if tok.idx + len(tok) <= m["start"] <= tok.idx + len(tok) + 8]
    doc_text = _doc_text(tok.doc) if text is None and after else text
    if after and "(" in doc_text[tok.idx + len(tok):after[0]["start"]]:
        return after[0]
    lower = tok.lower_
    want_person = lower in _PERSONAL or lower in _FIRST_PERSON
    before = [m for m in mentions if m["end"] <= tok.idx and m.get("actor") and not commanded_by(tok, m)]
    if lower in _FIRST_PERSON and (teller := _teller(tok)) is not None:
        found = _token_mention(teller, mentions) or (
            _resolve_pronoun(teller, mentions, text) if teller.lower_ in _PERSONAL else None)
        if found is not None:
            return found  # ``he stated that we will sign``: the one who says ``we``
    if lower in _FIRST_PERSON and (answerer := _transcript_speaker(tok.idx, mentions, text or _doc_text(tok.doc))):
        return answerer  # a transcript's answer: ``Ann Lee: ...`` and the paragraphs after it
    if want_person and lower not in _FIRST_PERSON:
        subject = _conjunct_subject(tok, before) or _subject_person(tok, before)
        if subject is not None:
            return subject
    for m in reversed(before):
        if (m.get("type") == "person") == want_person:
            return m
    if want_person and lower not in _FIRST_PERSON:  # ``he`` never stands for an agency or a state
        return None
    return before[-1] if before else None


def _named_teller(tok, mentions: list[dict]) -> dict | None:
    """The person a ``he`` or ``she`` stands for when a named person reports the clause it is the subject
    of (``Lee said he was willing to ..., according to Vos`` -> Lee, whoever reports Lee's words: the
    quote's speaker is read after this); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Anna Berg said she was willing to sign.")
    >>> _named_teller(doc[3], [dict(actor="Anna Berg", type="person", start=0, end=9)])["actor"]
    'Anna Berg'
    >>> _named_teller(doc[3], [dict(actor="Anna Berg", type="organization", start=0, end=9)]) is None
    True
    """
    teller = _teller(tok) if tok.lower_ in _PERSONAL else None
    told = _token_mention(teller, mentions) if teller is not None else None
    return told if told is not None and told.get("type") == "person" else None


def _teller(tok):
    """The subject of the verb of saying (``attribution_verbs``, or a quote cue's verb that takes a clause:
    :func:`_reports_clause`) whose reported clause the pronoun ``tok`` stands in (``he stated that we will sign`` -> ``he``; ``Lee said she was willing`` -> ``Lee``:
    :func:`_named_teller`), else None. Inside a quotation the quote's own speaker is read before this for
    ``we`` (:func:`_subject_actor`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee stated that we will sign. We will sign.")
    >>> _teller(doc[3]).text, _teller(doc[8])
    ('Lee', None)
    """
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "ccomp"), None)
    if clause is None or not (clause.head.lower_ in ATTRIBUTION_VERBS or _reports_clause(clause.head, clause)
                              or _made_clear(clause)):
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subj is None else past_credit(subj)  # ``(Wire) - LAKEPORT - The mayor said ...``: the mayor


def _made_clear(clause) -> bool:
    """Whether ``clause`` is the adjective of a quote cue of a verb and an adjective (``make clear`` in
    ``data/quote_cues.csv``) that the parser made a clause of its own: ``Berg made [it clear] on Monday that he ...``,
    whose ``that`` clause hangs on the adjective; its verb's subject tells what follows.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Berg made it clear at once that she would sign. Berg found it clear at once that she would sign.")
    >>> _made_clear(doc[3]), _made_clear(doc[14])
    (True, False)
    """
    from ..quotes.cues import load_cues
    cues, verb = load_cues(), clause.head
    if clause.pos_ == "ADJ":
        return f"{verb.lemma_.lower()} {clause.lower_}" in cues
    # ``Berg made (it) very clear that ...``: the clause hangs on the verb, the adjective is the verb's own
    return any(c.pos_ == "ADJ" and c.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "dobj", "advmod")
               and f"{verb.lemma_.lower()} {c.lower_}" in cues for c in verb.children if c.i != clause.i)


#: How many paragraphs back a transcript's answer may run from its speaker's label.
TRANSCRIPT_LOOKBACK = 4
#: A line's opening label and colon (``Question: ``, ``Ann Lee: ``).
_LINE_LABEL = re.compile(r"(?m)^([^\n:]{1,60}):[ \t]")


def _short_label(match) -> bool:
    """Whether a :data:`_LINE_LABEL` match is a label (five words at most), not a sentence with a colon."""
    return match is not None and len(match.group(1).split()) <= 5


def _transcript_speaker(at: int, mentions: list[dict], text: str) -> dict | None:
    """The person whose answer in a transcript holds character ``at``: the nearest paragraph at or before
    it (at most :data:`TRANSCRIPT_LOOKBACK` back) that opens with a label and a colon, when that label is a
    person's name alone (``Ann Lee: We are ready ...``); another label (``Question:``) ends the answer.
    Blank lines are not counted; a text with fewer than two labelled lines is no transcript.

    >>> text = "Question: Will you talk?\\n\\nAnn Lee: Well, yes.\\n\\nAnd we will sign."
    >>> _transcript_speaker(text.index("we"), [dict(actor="Ann Lee", type="person", start=26, end=33)], text)["actor"]
    'Ann Lee'
    >>> print(_transcript_speaker(text.index("you"), [dict(actor="Ann Lee", type="person", start=26, end=33)], text))
    None
    """
    if sum(1 for m in _LINE_LABEL.finditer(text) if _short_label(m)) < 2:
        return None  # one ``Name: ...`` line (a headline's attribution) makes no transcript
    end, seen = at, 0
    while seen <= TRANSCRIPT_LOOKBACK:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            seen += 1
            label = _LINE_LABEL.match(text, start)
            if _short_label(label):
                return next((m for m in mentions if m.get("type") == "person" and m["start"] == start
                             and m["end"] == label.end(1)), None)
        if start == 0:
            return None
        end = start - 1
    return None


def _conjunct_subject(tok, before: list[dict]) -> dict | None:
    """The person a ``he`` or ``she`` stands for when it is the subject of a clause joined by ``and``
    to a clause whose subject is a person: that subject, not a person named later in the first clause
    (``Ann Lee took a call from Bo Park, and she said ...`` -> Ann Lee); None otherwise, and across
    ``but`` (``Ann Lee invited Bo Park, but he refused``: the turn is often to the other).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee took a call from Bo Park, and she said no.")
    >>> ms = [dict(actor="Ann Lee", type="person", start=0, end=7), dict(actor="Bo Park", type="person", start=25, end=32)]
    >>> _conjunct_subject(doc[10], ms)["actor"]
    'Ann Lee'
    """
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "conj" \
            or any(c.dep_ == "cc" and c.lower_ != "and" for c in tok.head.head.children):
        return None  # ``..., but he refused``: a turn to the other person
    first = tok.head.head
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i >= tok.i:
        return None
    return next((m for m in before if m.get("type") == "person" and m["start"] <= subj.idx < m["end"]), None)


def _subject_person(tok, before: list[dict]) -> dict | None:
    """The person a ``he``, ``his`` or ``her`` with no person named before it in its own sentence
    stands for when the sentence before has a person as its subject: that subject, before any
    person named later in a phrase of that sentence (``President Ann Lee says no deal is possible
    while troops stay in Bo Park. His government demands ...`` -> Ann Lee), the main clause's
    subject before the subject of a clause inside it (``Ann Lee was glad after Bo Park lost his
    ally. He said ...`` -> Ann Lee: :func:`_main_subjects`); None when the pronoun's own sentence
    names a person before it, or the sentence before has no person subject.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee spoke to Bo Park. His aides left.")
    >>> ms = [dict(actor="Ann Lee", type="person", start=0, end=7), dict(actor="Bo Park", type="person", start=17, end=24)]
    >>> _subject_person(doc[7], ms)["actor"]
    'Ann Lee'
    """
    seg, prev = _segment_around(tok), _segment_around(tok, 1)
    people = [m for m in before if m.get("type") == "person"]
    if seg is None or prev is None or any(m["start"] >= seg.start_char for m in people):
        return None
    for subj in _main_subjects(prev):
        found = next((m for m in people if m["start"] <= subj.idx < m["end"]), None)
        if found is not None:
            return found
    return None


def _speaker(quote: dict | None, unnamed: bool = False) -> dict | None:
    """The quote's speaker as a holder; an ``unnamed: ...`` source only when ``unnamed`` is set
    (a named actor found in the clause is a better holder than an unnamed source)."""
    speaker = (quote or {}).get("speaker") or ""
    if not speaker or (speaker.startswith("unnamed") and not unnamed):
        return None
    return {"actor": speaker, "country": quote.get("speaker_country", "") or ""}


def _subject_actor(tok, mentions, quote, text=None):
    """What a subject token says about the holder: a mention dict, or None if it names no one."""
    body = _speakers_body(tok, quote, mentions)
    if body is not None:
        return body  # ``Kestrel Front council member Ann Lee said the group ...``: the front
    mention = _token_mention(tok, mentions)
    if mention and not (tok.pos_ == "PRON" and mention.get("surface", "").lower() != tok.lower_):
        return mention
    party = ((_state_of(tok, mentions) or party_noun(tok, mentions)) if tok.pos_ == "NOUN" else None) \
        or _officials_in(tok, mentions)
    if party is not None:  # ``the authorities of Norland agreed ...``: the state after ``of``;
        return party  # ``the government insists ...``, ``the rebels want ...``, ``officials in Osteria said``
    lower = tok.lower_
    owner = _pronoun_owner(tok)
    if owner is not None:
        return _subject_actor(owner, mentions, quote, text)
    antecedent = _relative_subject_noun(tok)
    if antecedent is not None:  # ``rejected by Osteria, which insists on ...``: Osteria
        return _subject_actor(antecedent, mentions, quote, text)
    found = _document_referred_to(tok, mentions)
    if found is not None:
        return found
    bound = _bound_possessive(tok, mentions) if lower in _IMPERSONAL and tok.dep_ == "poss" else None
    if bound is not None:
        return bound  # ``Norland took the chance to restate its demand that ...``: Norland's, whoever reports it
    bound = _bound_subject(tok, mentions, text) if lower == "it" or (lower in _PLURAL and not (
        quote is not None and (quote.get("speaker") or "").startswith("unnamed"))) else None  # an unnamed source speaks of itself
    if bound is not None:
        return bound  # ``the Norwegian side made clear that it considers ...``: the side, whoever reports it
    if (lower in _IMPERSONAL or lower in _PERSONAL and tok.dep_ == "poss") and quote is not None \
            and not _inside(tok, quote) and not _reporter(tok, quote):
        quote = None  # ``Its envoys require ..., and they say [...]``, ``His statement ...``: not that speech's
    if lower in _IMPERSONAL:  # a directly quoted ``they`` is never its speaker
        found = _antecedent(tok, mentions, documents_only=quote is not None and quote.get("kind") != "direct")
        if found is not None:
            return found
    if lower in _FIRST_PERSON or (lower in _PERSONAL | _IMPERSONAL and quote is not None):
        return _named_teller(tok, mentions) or _speaker(quote) or _unnamed_self(tok, quote, mentions) \
            or _resolve_pronoun(tok, mentions, text)
    if lower in _PERSONAL | _IMPERSONAL:
        return _resolve_pronoun(tok, mentions, text)
    return None


def _document_referred_to(tok, mentions) -> dict | None:
    """The owner of the document a subject word refers back to, else None: ``the aim of that initiative``
    (:func:`_refers_back`: the document the text just named), or an ``it`` (``they``) opening a sentence that sets
    out a content right after a document (:func:`_content_pronoun_document`: ``Norland unveiled a plan.
    It involves ...``: the plan's author, not the actor named last)."""
    if _refers_back(tok):
        found = _antecedent(tok, mentions, documents_only=True)
        if found is not None:
            return found
    paper = _content_pronoun_document(tok)
    return _document_owner(paper, mentions) if paper is not None else None


#: Plurals of those who serve a state, named by where they serve (``officials in Osteria``).
PLACED_OFFICIALS = language.words("condition_placed_officials")
#: Plurals of those who speak for a state, named by where they come from (``envoys from Osteria``).
SENT_OFFICIALS = language.words("condition_sent_officials")
#: Plurals of those who speak for a party named after ``of`` (``the representatives of Osteria``).
OFFICIALS_OF = language.words("condition_officials_of")


def _officials_in(tok, mentions) -> dict | None:
    """The state (or body) that officials named by where they serve or come from speak for:
    ``officials in Osteria``, ``envoys from Osteria`` -> Osteria; officials with a word of their own
    in front (``foreign diplomats in Osteria``, ``opposition leaders in Osteria``) or of no place are
    none, and so is a person there (``officials in Lee's office``). Those named as a party's own
    after ``of`` (``condition_officials_of``: ``the foreign ministers of Osteria``) speak for the party
    named there by its own name, with no word in front but a portfolio's (``title_modifier_words``:
    foreign, defence, deputy); not rebel, opposition or former leaders of it, not those of a body it
    owns (``leaders of Osteria's opposition``), nor those of another kind (``relatives of ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Officials in Osteria said a truce must hold.")
    >>> _officials_in(doc[0], [dict(actor="Osteria", type="state", country="OST", start=13, end=20)])["actor"]
    'Osteria'
    >>> doc = nlp.bare_nlp()("The foreign ministers of Osteria met.")
    >>> _officials_in(doc[2], [dict(actor="Osteria", type="state", country="OST", start=25, end=32)])["actor"]
    'Osteria'
    """
    lower = tok.lower_
    fronts = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod")]
    places = ("of",) if lower in OFFICIALS_OF and all(c.lower_ in _TITLE_MODIFIERS for c in fronts) else ()
    if not fronts:
        places += ("in", "from") if lower in PLACED_OFFICIALS else ()
        places += ("from",) if lower in SENT_OFFICIALS else ()
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in places):
        for place in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "of" and place.pos_ != "PROPN":
                sides = _sides_of_state(place, mentions)
                if sides is not None:
                    return sides  # ``the leaders of Osteria's two factions``: the sides of its own war
                continue  # ``leaders of Norland's opposition``: a body the party owns
            hit = _token_mention(place, mentions) or state_at(place)
            if hit is not None and hit.get("type") != "person":
                return hit
    return None


def _relative_subject_noun(tok):
    """The noun a relative pronoun that is its clause's subject stands for (``Norland's plan was
    rejected by Osteria, which insists on a truce`` -> ``Osteria``: :func:`relative_antecedent`);
    else None (an object ``which``, a passive ``which was drafted``, any other word)."""
    return relative_antecedent(tok) if tok.dep_ == "nsubj" else None


#: How many words may stand between an organisation and the name of its member (``council member``).
MEMBER_GAP = 4


def _speakers_body(tok, quote: dict | None, mentions: list[dict]) -> dict | None:
    """The organisation a quote's speaker is written as a member of, for a bare ``the group``, ``the
    movement`` or ``the militia`` in the speaker's words (``Kestrel Front council member Ann Lee
    told the agency the group would ...``, ``Ann Lee, a spokesman for the Kestrel Front, said the
    movement ...``), at the noun; else None (the organisation in focus: :func:`_name_head`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Kestrel Front council member Ann Lee said the group would wait.")
    >>> m = [dict(actor="Kestrel Front", type="organization", country="", start=0, end=13),
    ...      dict(actor="Ann Lee", type="person", country="", start=29, end=36)]
    >>> _speakers_body(doc[8], dict(speaker="Ann Lee"), m)["actor"]
    'Kestrel Front'
    """
    if quote is None or not quote.get("speaker") or tok.tag_ != "NN" \
            or not _group_noun(tok) \
            or [c.lower_ for c in tok.children] != ["the"]:
        return None
    doc, sent = tok.doc, tok.sent
    orgs = [m for m in mentions if m.get("type") == "organization" and sent.start_char <= m["start"] < sent.end_char]
    for who in (m for m in mentions if m.get("actor") == quote["speaker"] and sent.start_char <= m["start"] < tok.idx):
        name = doc.char_span(who["start"], who["end"], alignment_mode="expand")
        if name is None:
            continue
        for org in orgs:
            span = doc.char_span(org["start"], org["end"], alignment_mode="expand")
            if span is None:
                continue
            if _member_before(span, name) or _member_after(span, name, tok):
                return dict(org, start=tok.idx, end=tok.idx + len(tok), surface=tok.text)
    return None


#: Nouns of speaking for or belonging to an organisation (``spokesman``, ``member``, ``leader``).
MEMBER_NOUNS = language.words("member_nouns")


def _member_before(org, name) -> bool:
    """``Kestrel Front council member Ann Lee``, ``the Front's spokesman, Ann Lee``: the organisation,
    then only the words of a title (nouns and adjectives, ``'s``, a comma last) ending in a noun of
    ``member_nouns`` up to the name; not ``The Front met Ann Lee``."""
    between = [t for t in org.doc[org.end:name.start]]
    if between and between[-1].text == ",":
        between = between[:-1]
    return org.end <= name.start and 0 < len(between) <= MEMBER_GAP and between[-1].lower_ in MEMBER_NOUNS and all(
        t.lower_ in ("'s", "’s") or (t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ")) for t in between)


def _member_after(org, name, tok) -> bool:
    """``Ann Lee, a spokesman for the Kestrel Front,``: an apposition of the name whose role or
    noun (``member_nouns``) owns the organisation (``for``, ``of``, ``'s``); not ``a critic of the Front``."""
    doc = org.doc
    if not (name.end < org.start and org.end <= tok.i and doc[name.end].text == ","):
        return False
    role = org.root.head.head if org.root.dep_ == "pobj" and org.root.head.lower_ in ("for", "of") else \
        org.root.head if org.root.dep_ == "poss" else None
    return role is not None and name.end < role.i and role.lower_ in MEMBER_NOUNS \
        and not any(t.is_punct for t in doc[name.end + 1:org.start])


def _unnamed_self(tok, quote: dict | None, mentions: list[dict] = ()) -> dict | None:
    """An unnamed source of a known side speaking of itself: ``we`` in its words, a plural
    ``they`` of its reported speech (``Peruvian officials say they want ...``), or a ``his`` or
    ``her`` of its reported speech (``a ministry official said his government would ...``); else
    None (a directly quoted ``they`` is someone else, and an ``it`` never stands for a group of
    officials). Its side is the one its description names (``Peruvian``), else the one of the
    actor named in that description (``a Lakeport Ministry official``, of ``mentions``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Officials say they want it.")
    >>> q = dict(kind="indirect", speaker="unnamed: Peruvian officials", speaker_surface="Peruvian officials",
    ...          start=14, end=26)
    >>> _unnamed_self(doc[2], q)["country"], _unnamed_self(doc[2], {**q, "kind": "direct"})
    ('PER', None)
    >>> doc = nlp.bare_nlp()("A Lakeport Ministry official said his government would sign.")
    >>> q = dict(kind="indirect", speaker="unnamed: Lakeport Ministry official", start=34, end=60,
    ...          speaker_surface="A Lakeport Ministry official")
    >>> _unnamed_self(doc[5], q, [dict(actor="Lakeport Ministry", country="NOR", start=2, end=19)])["country"]
    'NOR'
    """
    if quote is None:
        return None
    own = tok.lower_ in _PERSONAL and tok.dep_ == "poss" and quote.get("kind") != "direct" and _inside(tok, quote) \
        and not any(m.get("type") == "person" and quote["start"] <= m["start"] < tok.idx for m in mentions)  # ``X said Vos ... his``
    if not own and (tok.lower_ not in _FIRST_PERSON and (quote.get("kind") == "direct" or tok.lower_ not in _PLURAL)):
        return None  # ``officials say Osteria won't sign unless it ...``: ``it`` is not the officials
    party = _reporters_party(tok.doc, quote, mentions) if not own else None
    if party is not None:
        return party  # ``Negotiators from Norland and Osteria say they ...``: the parties (and their conjuncts)
    found = _speaker(quote, unnamed=True)
    surface = quote.get("speaker_surface") or ""
    code = (found or {}).get("country") or country_of_phrase(surface) or _described_side(tok.doc, quote, mentions)
    return {**found, "country": code} if found and code else None


def _reporters_party(doc, quote: dict, mentions: list[dict]) -> dict | None:
    """The party that the officials who report a ``quote`` are named by, where they come
    from or whose own they are (:func:`_officials_in`: ``Negotiators from Norland and Osteria said
    [...]`` -> Norland, whose conjuncts then hold the terms too); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Envoys from Osteria said they want a truce. Envoys said they want a truce.")
    >>> m = [dict(actor="Osteria", type="state", country="OST", start=12, end=19)]
    >>> found = [_reporters_party(doc, dict(start=s.start_char + s.text.index("they"), end=s.end_char), m)
    ...          for s in doc.sents]
    >>> found[0]["actor"], found[1]
    ('Osteria', None)
    """
    verb = _reporting_verb(doc, quote)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return _officials_in(subj, mentions) if subj is not None else None


def _described_side(doc, quote: dict, mentions: list[dict]) -> str:
    """The country of the one actor named inside an unnamed source's description (its
    ``speaker_surface``, the last time it is written before the quote: ``a Lakeport Ministry
    official``), else ''."""
    surface, text = quote.get("speaker_surface") or "", _doc_text(doc)
    start = text.rfind(surface, 0, quote.get("start", len(text))) if surface else -1
    if start < 0:
        return ""
    codes = {m.get("country") for m in mentions if start <= m["start"] and m["end"] <= start + len(surface)}
    return next(iter(codes)) if len(codes) == 1 and None not in codes else ""


def _bound_possessive(tok, mentions: list[dict]) -> dict | None:
    """The actor an ``its`` or ``their`` stands for when the clause it is written in has a named
    subject before it: that subject (``Norland took the chance to restate its demand`` -> Norland),
    if it names an actor that is not a person; else None (the pronoun is read as before). The noun
    the pronoun owns is not its own subject (``Its envoy said ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Anna said Norland took the chance to restate its demand.")
    >>> m = [dict(actor="Norland", type="state", country="NOR", start=10, end=17)]
    >>> _bound_possessive(doc[8], m)["actor"], _bound_possessive(nlp.bare_nlp()("Its envoy left.")[0], m)
    ('Norland', None)
    """
    for node in tok.ancestors:
        if node.pos_ not in ("VERB", "AUX"):
            continue
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subj = subjects[0]
        if subj.i >= tok.i or tok in subj.subtree:
            return None
        found = _token_mention(subj, mentions)
        return found if found is not None and found.get("type") != "person" else None
    return None


def _bound_subject(tok, mentions: list[dict], text=None) -> dict | None:
    """The actor an ``it`` stands for when it is the subject of a clause that a verb
    reports and that verb's own subject, written before it, names an actor that is not a person
    (``the Norwegian side made clear that it considers ...`` -> Norway, whoever the sentence credits
    with the report); else None (the pronoun is read as before). A plural pronoun (``they``) so
    placed stands for a plural phrase that names one actor at most (:func:`_plural_phrase`: ``envoys
    from Norland said they had agreed ...``; its co-subjects are read by :func:`conjunct_holders`), a
    person or not. A relative pronoun subject stands for its noun (``Lee met officials from Norland,
    who said they ...``), a ``they`` only for a plural one.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland stated that it seeks a truce.")
    >>> m = [dict(actor="Norland", type="state", country="NOR", start=0, end=7)]
    >>> _bound_subject(doc[3], m)["actor"], _bound_subject(nlp.bare_nlp()("It wants a truce.")[0], m)
    ('Norland', None)
    >>> doc = nlp.bare_nlp()("Envoys from Norland said they seek a truce. Norland said they seek a truce.")
    >>> m = [dict(actor="Norland", type="state", country="NOR", start=12, end=19)]
    >>> _bound_subject(doc[4], m)["actor"], _bound_subject(doc[11], m)
    ('Norland', None)
    """
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    subj = _relative_subject_noun(subjects[0]) if subjects and subjects[0].pos_ == "PRON" else \
        (subjects[0] if subjects else None)  # ``officials from Norland, who said they ...``: the officials
    if subj is None or subj.pos_ == "PRON":
        return None
    if tok.lower_ in _PLURAL and not _plural_phrase(subj, mentions):
        return None  # ``Norland said they ...``, ``met Vos, who said they ...``: another group
    found = _subject_actor(subj, mentions, None, text)
    return found if found is not None and (tok.lower_ in _PLURAL or found.get("type") != "person") else None


def _plural_phrase(subj, mentions: list[dict]) -> bool:
    """Whether ``subj`` heads a plural phrase that names one actor at most (``delegates from Norland``,
    ``Norland and Osteria``, or a name after ``from`` on a plural noun: ``officials from [Norland]``): a
    ``they`` may stand for it. A phrase that names two actors or more is left to the antecedent rules,
    which read its conjuncts as the parser joined them.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Delegates from Norland met Vos.")
    >>> m = [dict(actor="Norland", start=15, end=22), dict(actor="Karl Vos", start=27, end=30)]
    >>> _plural_phrase(doc[0], m), _plural_phrase(doc[2], m), _plural_phrase(doc[4], m)
    (True, True, False)
    """
    owner = subj.head.head if subj.dep_ == "pobj" and subj.head.dep_ == "prep" else None
    if not (_plural_noun(subj) or (owner is not None and owner.tag_ in ("NNS", "NNPS"))):
        return False
    top = owner if owner is not None else subj
    named = {m.get("actor") for m in mentions
             if top.left_edge.idx <= m["start"] < top.right_edge.idx + len(top.right_edge)}
    return len(named) <= 1 or bool(subj.conjuncts)


def _plural_noun(tok) -> bool:
    """Whether ``tok`` names more than one: a plural noun or one of a series (``Norland and Osteria``),
    what a ``they`` may stand for.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Envoys, Norland and Osteria met Vos.")
    >>> [_plural_noun(t) for t in doc if t.pos_ in ("NOUN", "PROPN")]
    [True, True, True, False]
    """
    return tok.tag_ in ("NNS", "NNPS") or bool(tok.conjuncts)


def _refers_back(tok) -> bool:
    """Whether the noun ``tok`` points back with a demonstrative, itself or the noun after its
    ``of`` (``this plan``, ``the aim of that initiative``), as an ``it`` does.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The aim of that initiative is a truce. The aim of the talks is a truce.")
    >>> _refers_back(doc[1]), _refers_back(doc[9])
    (True, False)
    """
    if tok.pos_ != "NOUN":
        return False
    nouns = [tok] + _of_objects(tok)
    return any(d.dep_ == "det" and "Dem" in d.morph.get("PronType") for n in nouns for d in n.children)


def _of_objects(noun, preposition: str = "of") -> list:
    """The objects of ``noun``'s ``of`` (``the terms of [the government]``, ``the State of [Qatar]``), or
    of another ``preposition`` (``a plan from [Osteria]``).

    >>> from helpers import nlp
    >>> [t.text for t in _of_objects(nlp.bare_nlp()("The State of Qatar met them.")[1])]
    ['Qatar']
    """
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition
            for g in c.children if g.dep_ == "pobj"]


def _reporting_verb(doc, quote: dict):
    """The verb that reports an indirect ``quote``: the first head above its first word that lies
    outside it (``they [say] amnesty should wait``), else None."""
    first = _token_at(doc, quote["start"])
    return next((a for a in first.ancestors if not _inside(a, quote)), None) if first is not None else None


def _reporter(tok, quote: dict) -> bool:
    """Whether the pronoun ``tok`` (or the noun it owns) is the subject of the verb that reports
    ``quote``: the quote's speaker is then who it stands for (``it said [...]``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Its envoys insist on talks, and they say the truce must hold.")
    >>> q = dict(start=doc.text.index("the truce"), end=len(doc.text))
    >>> _reporter(doc[0], q), _reporter(doc[7], q)
    (False, True)
    """
    while tok.dep_ == "poss" and tok.head.i != tok.i:
        tok = tok.head
    verb = _reporting_verb(tok.doc, quote)
    return verb is not None and tok.head.i == verb.i and tok.dep_ in _SUBJECT_DEPS


def _pronoun_owner(tok):
    """The possessive pronoun of a noun that stands for a state or its agents, or names its terms
    or its plan (``Her cabinet insists ...`` -> ``Her``; ``Its conditions include ...`` -> ``Its``),
    or what it said (``His statement rejects ...`` -> ``His``), whose referent holds the term; else
    None (``Her plane landed``)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in STATE_NOUNS | GOAL_NOUNS | DOCUMENT_NOUNS | SPOKEN_DOCUMENTS:
        return None
    return next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


#: How many pronouns back an ``it`` is followed to the actor it stands for (``It is thin: it proposes ...``).
ANTECEDENT_DEPTH = 6

#: Where the segments of a parsed article start (token indices), kept with the Doc.
_SEGMENTS_KEY = "conditions.segment_starts"


def _segment_starts(doc) -> list[int]:
    """The first token of each of ``doc``'s :func:`segments`, computed once per Doc."""
    starts = doc.user_data.get(_SEGMENTS_KEY)
    if starts is None:
        starts = doc.user_data[_SEGMENTS_KEY] = [seg.start for seg in segments(doc)]
    return starts


def _segment_around(tok, back: int = 0):
    """The segment that holds ``tok`` (``back=1``: the one before it), as a span, else None."""
    starts = _segment_starts(tok.doc)
    k = bisect_right(starts, tok.i) - 1 - back
    if k < 0:
        return None
    return tok.doc[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(tok.doc)]


def _main_subjects(seg) -> list:
    """The subjects of ``seg``: those of its top clause first (else the noun it opens with, which a
    parser may have misread: ``The document foresees ...``), then the others, last first."""
    subjects = [t for t in seg if t.dep_ in ("nsubj", "nsubjpass")]
    top = [t for t in subjects if not seg.start <= t.head.head.i < seg.end or t.head.head.i == t.head.i]
    return (top or _opening_noun(seg)) + [t for t in reversed(subjects) if t not in top]


def _opening_noun(seg) -> list:
    """The head of the noun phrase ``seg`` opens with, before its first verb (``Osteria's chief
    demand that ...`` -> ``demand``), as a list (empty when a verb or a clause comes first).

    >>> from helpers import nlp
    >>> [t.text for t in _opening_noun(nlp.bare_nlp()("Osteria's chief demand that Norland leave stands.")[:])]
    ['demand']
    """
    for tok in seg:
        if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.is_punct and tok.text not in ("'", "’"):
            return []
        if tok.pos_ in ("NOUN", "PROPN") and (tok.dep_ not in ("compound", "poss", "nmod", "amod") or tok.head.pos_ == "VERB"):
            return [tok]
    return []


def _antecedent(tok, mentions: list[dict], documents_only: bool = False, depth: int = 0) -> dict | None:
    """The actor an ``it``, ``its`` or ``they`` stands for: the subject of a clause above it in its
    own sentence (else of another clause before it there, the least embedded first; never of a
    conditional clause, whose subject is the addressee), else the main
    subject of the sentence before (or, when that is a person or a
    pronoun, another subject there), read as a holder is read: an actor (not a person, except the
    first of a series of names a ``they`` stands for: ``Lee and Vos said they ...``), the state of
    a plural demonym (``the Norwegians``), the author of a document (``The Osterian plan was leaked.
    It calls for a truce.`` -> Osteria). The subject agrees in number (``it``: no plural noun);
    ``documents_only``: only a document's author (a pronoun of an indirect quote is its speaker's).
    A pronoun subject of the same number is followed back (``It is thin: it proposes ...``); when
    the sentence before opens on such a pronoun with no subject to follow, the two share its
    referent (``Osteria's demands are old. It wants a truce. It wants ...`` -> Osteria both times).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria's draft was leaked. It calls for a truce on the river.")
    >>> m = [dict(actor="Osteria", type="state", country="OST", start=0, end=7)]
    >>> _antecedent(doc[6], m)["actor"]
    'Osteria'
    """
    seg, before = _segment_around(tok), _segment_around(tok, 1)
    own = [c for a in tok.ancestors if seg is not None and seg.start <= a.i < seg.end
           for c in a.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
    own += sorted((t for t in (seg[:tok.i - seg.start] if seg is not None else [])  # ``X met Y; they want``
                   if t.dep_ in ("nsubj", "nsubjpass") and t not in own), key=lambda t: (len(list(t.ancestors)), -t.i))
    own = [t for t in own if not _term_clause(t.head)]  # ``if Osteria thinks ..., it won't``: the addressee
    plural = tok.tag_ in ("NNS", "NNPS") if tok.pos_ == "NOUN" else \
        tok.lower_ not in _THING and tok.lower_.removesuffix("s") not in _THING
    for subj in own + (_main_subjects(before) if before is not None else []):
        if subj.pos_ == "PRON" and depth < ANTECEDENT_DEPTH and subj.lower_ in _IMPERSONAL and \
                (subj.lower_ in _THING) != plural:
            found = _antecedent(subj, mentions, documents_only, depth + 1)
            if found is None and subj not in own and not documents_only:
                found = _resolve_pronoun(subj, mentions)  # ``It wants X. It wants Y.``: one referent
                found = None if found is not None and found.get("type") == "person" else found
            if found is not None:
                return found
        read = _read_document(subj, mentions) if not plural and _tells_content(tok) else None
        if read is not None:
            return read  # ``The agency has seen the paper Lee circulated. It proposes ...``: Lee's paper
        series = plural and subj.pos_ == "PROPN" and bool(subj.conjuncts)  # ``Lee and Vos said they ...``
        if subj.pos_ == "PRON" or ((subj.tag_ in ("NNS", "NNPS")) != plural and not series):
            continue
        if subj.lemma_.lower() in DOCUMENT_NOUNS:  # ``the document``: the last one the text introduced
            return _document_author(subj, mentions) or _earlier_document_owner(subj.doc, subj.i, DOCUMENT_NOUNS,
                                                                                mentions)
        # ``negotiators from Norland said they ...``: Norland (:func:`_officials_in`)
        mention = _token_mention(subj, mentions) or (_officials_in(subj, mentions) if plural else None)
        if mention is not None and mention.get("type") == "person" and not series:
            continue
        owner = _pronoun_owner(subj) if mention is None and depth < ANTECEDENT_DEPTH else None
        if owner is not None and owner.lower_ in _IMPERSONAL:  # ``Its negotiators ...; they say``
            return _antecedent(owner, mentions, documents_only, depth + 1)
        if mention is None and subj in own:
            return None  # a thing of its own sentence (``the talks``) ends the search
        if mention is None:  # ``According to the document, the valley would ... Its provisions``: the document
            paper = _according_to_document(before)
            return _document_author(paper, mentions) if paper is not None else None
        return None if documents_only else mention
    return None


def _according_to_document(seg):
    """The document noun of a segment's ``According to the plan, ...``, else None: what the
    segment says is the document's, so an ``its`` after it may stand for the document.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("According to the draft, the valley would keep its powers. According to Lee, it would.")
    >>> [_according_to_document(s) for s in doc.sents]
    [draft, None]
    """
    from ..quotes.direct import according_to_object
    found = according_to_object(seg)
    return found[1] if found is not None and found[1].lemma_.lower() in DOCUMENT_NOUNS else None


#: Verbs with which a document sets out its content (``it proposes``, ``it calls for``, ``it caps``).
DOCUMENT_CONTENT_VERBS = language.words("document_content_verbs") | DOCUMENT_TERM_VERBS


def _tells_content(tok) -> bool:
    """Whether the pronoun ``tok`` is the subject of a verb with which a document sets out its content
    (:data:`DOCUMENT_CONTENT_VERBS`, or ``would`` and a verb: ``it would cap ...``), as a document's
    ``it`` is; ``it insists``, ``it wants``, ``it will ...`` and ``its negotiators`` are a party's.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It proposes a truce. It wants a truce. It would cap the army.")
    >>> [_tells_content(s[0]) for s in doc.sents]
    [True, False, True]
    """
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() == "be":
        return False  # ``It would be a mistake to ...``: an expletive ``it``, no paper
    return verb.lemma_.lower() in DOCUMENT_CONTENT_VERBS or any(
        c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)


def _read_document(subj, mentions: list[dict]) -> dict | None:
    """The author of the document ``subj`` has read or put forward (a verb of :data:`READ_VERBS` other
    than ``receive``, or of :data:`AUTHOR_VERBS`; its object the document or a copy of it), when its
    sentence names the author (``Norland's radio has seen a copy of the paper that Lee circulated``): an
    ``it`` in the next sentence stands for the paper, not for whoever saw it. Else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The radio has seen the paper that Lee circulated. The radio has seen a paper.")
    >>> m = [dict(actor="Lee", type="person", country="", start=32, end=35)]
    >>> _read_document(doc[1], m)["actor"], _read_document(doc[11], m)
    ('Lee', None)
    """
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() not in (READ_VERBS - {"receive"}) | AUTHOR_VERBS:
        return None  # ``Lee presented the plan to Osteria. It would ...``: the plan, put forward, is Lee's too
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        papers = [obj] + [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"]  # ``a copy of the paper``
        for paper in papers:
            if paper.lemma_.lower() in DOCUMENT_NOUNS:
                owner = _document_owner(paper, mentions) or _misparsed_writer(paper, mentions)
                if owner is not None:
                    return owner
    return None


def _misparsed_writer(paper, mentions: list[dict]) -> dict | None:
    """The writer of ``paper`` in a relative clause the parser broke (a document's name in quotation
    marks: ``the "bridge paper" that the envoy, Lee, circulated``, where ``circulated`` hangs on
    ``envoy``): the noun after the paper that a verb of :data:`AUTHOR_VERBS` hangs on, as a mention."""
    for tok in paper.sent[paper.i + 1 - paper.sent.start:]:
        if tok.lemma_.lower() in AUTHOR_VERBS and tok.dep_ in ("acl", "relcl") and tok.head.i > paper.i:
            hit = _token_mention(tok.head, mentions)
            if hit is not None:
                return hit
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


def _venue_name(compound, node) -> bool:
    """Whether ``compound`` names the capital a signed document is named after (``the Lakeport
    accord``, ``the Kuala Lumpur agreement``): where it was signed, not who wrote it; a one-author
    document keeps its city as its author's (``the Lakeport plan``: :data:`ONE_AUTHOR_DOCUMENTS`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They signed the Lima accord and saw the Lima plan.")
    >>> _venue_name(doc[3], doc[4]), _venue_name(doc[9], doc[10])
    (True, False)
    """
    from ..actors.registry import is_capital
    lemma = node.lemma_.lower()
    if lemma not in DOCUMENT_NOUNS or lemma in ONE_AUTHOR_DOCUMENTS:
        return False
    words = [t for t in compound.subtree if t.i < node.i]
    return bool(words) and is_capital(compound.doc[words[0].i:words[-1].i + 1].text)


def _owners(node) -> list:
    """The tokens that can name whose a noun is: its possessor (``Osteria's demand``), a compound
    in front of a common noun (``the Osteria plan``), the agent after ``by`` (``a plan by Osteria``; for a
    noun of terms or a document, a party after ``from`` too: ``a proposal from Osteria``),
    the subject of a relative clause that wrote or handed it (``the plan that Osteria drafted``),
    the agent of a verb of writing inside that clause (``which aides say was drafted by Osteria``)
    or joined to the noun's own verb with no subject of its own (a misparse), and, for a noun of
    terms or a document, the party after ``of`` (``the terms of the Lund government``).

    >>> from helpers import nlp
    >>> [t.text for t in _owners(nlp.bare_nlp()("They saw the Osteria plan.")[4])]
    ['Osteria']
    >>> [t.text for t in _owners(nlp.bare_nlp()("The text, which aides say was drafted by Lee, calls for a truce.")[1])]
    ['Lee']
    """
    if node.pos_ not in ("NOUN", "PROPN"):
        return []
    owners = [c for c in node.children if c.dep_ == "poss"]
    if node.pos_ == "NOUN":
        owners += [c for c in node.children if c.dep_ == "compound" and not _venue_name(c, node)]
        owners += [g for c in node.children if c.dep_ == "prep" and c.lower_ == "by"
                   for g in c.children if g.dep_ == "pobj"]
        owners += [g for c in node.children if c.dep_ == "acl"  # ``the demands put forward by X``
                   and c.lemma_.lower() not in BROKER_VERBS | READ_VERBS  # ``brokered by X``, ``seen by X``: no author
                   for g in _agents(c)]
        owners += _relative_subjects(node, AUTHOR_VERBS, lambda c: not _prepositional_relative(c))  # ``that Norland drafted``
        if node.lemma_.lower() in DOCUMENT_NOUNS:  # ``the text in which Norland set out its terms``
            owners += _relative_subjects(node, TERMS_SETTING_VERBS,
                                         lambda c: _prepositional_relative(c, ("in",)) and _sets_own_terms(c))
        owners += [g for c in node.children if c.dep_ == "amod" and c.lemma_.lower() in AUTHOR_VERBS
                   for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod") and g.i < c.i]  # ``a Norland-drafted plan``
        if node.lemma_.lower() in GOAL_NOUNS | DEMAND_NOUNS | DOCUMENT_NOUNS:  # ``the terms of the Lund government``
            owners += [g for g in _of_objects(node) + _of_objects(node, "from")  # ``a plan from X``
                       if g.pos_ == "PROPN" or _of_party(g)]
        verbs = [v for c in node.children if c.dep_ == "relcl"  # ``the text, which officials say was written by X``
                 for v in c.subtree if v.dep_ in ("ccomp", "xcomp")]
        if node.dep_ in ("nsubj", "nsubjpass"):  # ``the text circulated, was written by X and provides ...`` (misparsed)
            verbs += [v for v in node.head.children if v.dep_ == "conj" and v.tag_ == "VBN"
                      and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)]
        owners += [g for v in verbs if v.lemma_.lower() in AUTHOR_VERBS for g in _agents(v)]
    return owners or _written_possessor(node)


def _prepositional_relative(clause, prepositions=None) -> bool:
    """Whether a relative clause hangs on its noun through a preposition (``a swap under which
    Norland would hand over the valley``), one of ``prepositions`` if given: the noun is not what the
    clause's verb acts on, so its subject wrote or handed nothing; but a document in which someone
    sets out terms is that one's (``the text in which Lee outlined her terms``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It is a swap under which Lee would hand over the valley. It is the plan Lee handed over.")
    >>> _prepositional_relative(doc[8]), _prepositional_relative(doc[18]), _prepositional_relative(doc[8], ("in",))
    (True, False, False)
    """
    return any(c.dep_ == "prep" and (prepositions is None or c.lower_ in prepositions)
               and any(g.lower_ in ("which", "whom") for g in c.children) for c in clause.children)


def _sets_own_terms(verb) -> bool:
    """Whether a verb's object is a set of terms (``condition_demand_nouns``, ``condition_goal_nouns``:
    terms, conditions, demands) that no one else owns: ``in which Lee outlined her terms``, not ``her
    doubts`` nor ``Osteria's demands``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee outlined her terms. Lee outlined her doubts. Lee listed Osteria's demands.")
    >>> [_sets_own_terms(t) for t in doc if t.pos_ == "VERB"]
    [True, False, False]
    """
    return any(c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS | GOAL_NOUNS
               and all(p.pos_ == "PRON" for p in c.children if p.dep_ == "poss") for c in verb.children)


def _written_possessor(node) -> list:
    """The name written with ``'s`` right before a noun, adjectives between, that the parser hung
    elsewhere (a headline it misread: ``... has seen Osteria's new plan``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They saw Osteria's new plan. They saw a new plan.")
    >>> [t.text for t in _written_possessor(doc[5])], _written_possessor(doc[11])
    (['Osteria'], [])
    """
    doc, i = node.doc, node.i - 1
    while i > 0 and doc[i].pos_ == "ADJ":
        i -= 1
    return [doc[i - 1]] if i > 0 and doc[i].text in ("'s", "\u2019s") else []


def _conjunct_of_action(came_from, node) -> bool:
    """Whether ``node``'s possessor is no holder for its conjunct ``came_from``: ``Norland's terms
    include Osteria's withdrawal and a pledge of neutrality`` (Osteria withdraws; its possessive
    belongs to ``withdrawal`` alone, and the pledge is Norland's term). A document or demand
    (``Osteria's plan and timetable``) shares its author with its conjuncts.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They want Osteria's withdrawal and a pledge.")
    >>> _conjunct_of_action(doc[7], doc[4]), _conjunct_of_action(doc[4], doc[1])
    (True, False)
    """
    return came_from.dep_ == "conj" and came_from.head.i == node.i and node.pos_ == "NOUN" \
        and node.lemma_.lower() not in DOCUMENT_NOUNS | GOAL_NOUNS | DEMAND_VERBS


def _term_clause(node) -> bool:
    """Whether ``node`` heads a clause that states a term set by someone above it: the
    complement of a demanding verb (``X demanded that [Y withdraw]``), a conditional
    clause (``X will sign [if Y withdraws]``) or a ``for ... to`` clause (``terms [for Y to withdraw]``);
    its subject is the addressee.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland demanded that Osteria withdraw.")
    >>> _term_clause(doc[4]), _term_clause(doc[1])
    (True, False)
    """
    if node.pos_ not in ("VERB", "AUX"):
        return False
    if node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in DEMAND_VERBS and not _indicating(node.head):
        return True  # not ``the remarks suggest [Osteria is ready to ...]``: what the remarks show
    if said_with_obligation(node):
        return True  # ``Anna Berg said [Osteria must keep the embargo until ...]``: a term laid on Osteria
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return True  # ``provisions [for Osteria to cede land]``: the one to act is asked, not the asker
    return node.dep_ in ("advcl", "ccomp", "conj") and any(
        c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in node.children)


#: Prepositions joining a document noun to what it proposes (``the proposal for a truce``), not
#: to another document it answers (``a response to the proposal``).
_CONTENT_PREPOSITIONS = frozenset({"for", "on", "of"})


def resolve_holder(tok, subject: str, mentions: list[dict], quote: dict | None = None, segment=None,
                   text: str | None = None, term: tuple[int, int] | None = None):
    """(holder, addressee) for a cue at token ``tok``: mention-like dicts or None.

    Climbs from the cue through its syntactic heads (within ``segment``, a
    span, if given) and takes the first subject or possessor that names an
    actor; when ``subject == "addressee"`` the first subject met is the
    addressee and the holder is looked for higher up. Leaving the quote that
    contains the cue gives the quote's speaker; a reported speech whose subject is a document
    (``The plan calls for ...``) gives none: the document speaks for its author
    (:func:`author_of_document`), whoever the quote table made its speaker. ``text`` is the
    article's text; ``term``, the term's span: a name in it is no holder (``NATO membership ... is unacceptable``).
    """
    skip, paper = subject == "addressee", False
    addressee = None
    quote, reported = _outside_quote(tok, quote)
    lo, hi = (segment.start, segment.end) if segment is not None else (0, len(tok.doc))
    chain = [tok] + list(tok.ancestors)
    for i, node in enumerate(chain):
        if not lo <= node.i < hi:
            break
        if quote is not None and not _inside(node, quote) and _speaker(quote):
            return _voice_leaving_quote(node, quote, mentions), addressee
        owners = [] if i and (_conjunct_of_action(chain[i - 1], node) or _answered_through(node, chain[i - 1])
                              or _condition_on_participle(chain, i)) else _owners(node)
        if not owners and not skip and node.lemma_.lower() in DOCUMENT_NOUNS | GOAL_NOUNS | DEMAND_NOUNS \
                and (i == 0 or chain[i - 1].lower_ in _CONTENT_PREPOSITIONS) and (state := demonym_owner(node)):
            return state, addressee  # ``will weigh the Danish plan for a pause``, ``rejected Danish demands``
        subjects = _climb_subjects(chain, i, lo, hi)
        if not skip and _passive_grant(node):  # ``displaced Osterians will be allowed to return``: let act
            asker = _passive_asker(node)
            return (_subject_actor(asker, mentions, quote or reported, text) if asker is not None else None), addressee
        told = not skip and _told_in_passive(node, chain[i - 1] if i else None)  # ``Osteria was told that ...``
        if told or (not skip and _asked_in_passive(node, chain[i - 1] if i else None)):  # ``was urged to ...``
            addressee = addressee or next((a for a in (_subject_actor(c, mentions, quote, text) for c in subjects
                                                        if c.dep_ == "nsubjpass") if a), None)
            asker = next(iter(_agents(node)), None) if told else _passive_asker(node)
            if asker is None and told:
                continue  # no teller named: the sayer above, if any (``Norland said Osteria had been told ...``)
            found = _subject_actor(asker, mentions, quote or reported, text) if asker is not None else None
            return found, addressee  # no agent named: no one above it asks (``X said Osteria was urged``)
        if skip and _slot_left_open(node, chain[i - 1] if i else None, subjects):
            skip = False  # ``there can be no truce without ...``, ``X said a deal needed to ...`` (subject lost)
        if subjects and not skip and ((lo <= node.head.i < hi and _term_clause(node))  # its subject: the addressee
                                      or _subject_asked(chain, i, subject)):
            addressee = addressee or _subject_actor(subjects[0], mentions, quote, text)  # or who a threat would hit
            continue
        for subj in owners + subjects:
            actor = _subject_actor(subj, mentions, quote or reported, text)
            if actor is not None and term is not None and term[0] <= actor.get("start", -1) < term[1]:
                continue  # the term's own words (``NATO membership ... is unacceptable``)
            if skip:
                skip, addressee = False, actor
                break
            if actor is not None:
                return actor, addressee
            if (author := _paper_subject_author(subj, node, subjects, mentions)) is not None:
                return author, addressee  # ``officials said the Norland draft calls for ...``: its author
            paper = paper or subj.lemma_.lower() in DOCUMENT_NOUNS
    return (None if paper and quote is None else _speaker(quote or reported)), addressee


def _subject_asked(chain: list, i: int, subject: str) -> bool:
    """Whether the subjects at ``chain[i]`` are who the term asks to act, or hits, not who asks it: those
    a measure would hit (:func:`_hit_by_measure`, not reached from a verb joined by ``and``), and, for a
    cue whose subject is the addressee, the subject of ``be`` reached from a relative clause on its
    predicate noun (:func:`_copula_of_relative`)."""
    node = chain[i]
    return (_hit_by_measure(node) and not (i and chain[i - 1].dep_ == "conj")) \
        or (subject == "addressee" and _copula_of_relative(chain, i))


def _relative_on_copula(verb) -> bool:
    """Whether ``verb`` heads a relative clause on the predicate noun of ``be`` (``Osteria is the side
    that must ...``): the copula's subject is the clause's own, who the term asks to act.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria is the side that must leave. Osteria said that Norland must leave.")
    >>> _relative_on_copula(doc[6]), _relative_on_copula(doc[13])
    (True, False)
    """
    return verb.dep_ == "relcl" and verb.head.dep_ in ("attr", "acomp") and verb.head.head.lemma_.lower() == "be"


def _copula_of_relative(chain: list, i: int) -> bool:
    """Whether the climb reached ``be`` (``chain[i]``) from a relative clause on its predicate noun
    (``Norland and Osteria are the two sides who must settle it``): the copula's subject is the
    relative clause's own subject, who the term asks to act, not who asks it.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland and Osteria are the two sides who must settle it.")
    >>> chain = [doc[8], *doc[8].ancestors]
    >>> [_copula_of_relative(chain, k) for k in range(len(chain))]
    [False, False, False, True]
    """
    return i >= 2 and chain[i - 1].head.i == chain[i].i and _relative_on_copula(chain[i - 2])


def _condition_on_participle(chain: list, i: int) -> bool:
    """Whether the climb reached the noun ``chain[i]`` from a participle that modifies it (``the plan
    proposed by Osteria``) through a conditional clause the parser hung on that participle (``... to a
    vote if Norland agrees to a truce``): the condition belongs to the sentence's clause, not to whoever
    wrote the noun's document, so the noun's owners are passed over.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Karl Vos said he would submit the issue of the deal drafted by Norland to a popular vote"
    ...                      " if Osteria agrees to a truce for a month.")
    >>> agrees = next(t for t in doc if t.lower_ == "agrees")
    >>> chain = [agrees, *agrees.ancestors]
    >>> [_condition_on_participle(chain, k) for k in range(len(chain))][:3]
    [False, False, True]
    >>> doc = nlp.bare_nlp()("Lee mentioned the truce proposed by Osteria if Norland frees the detainees.")
    >>> frees = next(t for t in doc if t.lower_ == "frees")
    >>> any(_condition_on_participle([frees, *frees.ancestors], k) for k in range(len(list(frees.ancestors)) + 1))
    False
    """
    if i < 2 or chain[i].lemma_.lower() not in DOCUMENT_NOUNS:
        return False  # ``the truce proposed by Osteria if ...``: an offer's own term stays its maker's
    participle, clause = chain[i - 1], chain[i - 2]
    return participle.dep_ == "acl" and participle.tag_ == "VBN" and _opens_on_condition(clause)


def _voice_leaving_quote(node, quote: dict, mentions: list[dict]) -> dict | None:
    """Who holds a term inside a quote, met at ``node``, the first head outside it: the voice its reporting
    clause names (:func:`_reported_voice`); for an indirect quote a document reports and whose author
    it names nowhere, none (its authors': :func:`author_of_document`); else the quote's speaker."""
    voice = _reported_voice(node, quote, mentions)
    if voice is None and _document_reports(node, quote):
        return None  # ``the declaration outlines [...]``
    return voice or _speaker(quote)


def _slot_left_open(node, below, subjects: list) -> bool:
    """Whether the addressee's slot of a cued clause stays open at ``node`` (reached from ``below``): an
    expletive stands in it (``there can be no truce without ...``), or ``node`` is the verb of saying
    that reports the clause, whose subject is no addressee (:func:`_reports_clause`)."""
    if not subjects and any(c.dep_ == "expl" for c in node.children):
        return True
    return below is not None and _reports_clause(node, below)


def _reports_clause(verb, below) -> bool:
    """Whether ``verb`` is a verb of saying (``data/quote_cues.csv``) whose clausal complement ``below`` is
    (or the object the parser made of that clause's subject): an addressee left unfilled inside what it
    reports stays unfilled, and the one who says it is no addressee (``Osteria's ministry thanked Lee but
    said a deal needed to free the detainees``, where the parser hangs ``needed`` on ``deal``: the ministry
    asks, no one is asked).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee said a truce must hold. Lee saw that a truce must hold.")
    >>> _reports_clause(doc[1], doc[5]), _reports_clause(doc[8], doc[13])
    (True, False)
    """
    from ..quotes.cues import cue_key, load_cues
    cues = load_cues()
    key = cue_key(cues, verb)
    # a verb of saying takes a clause; an object hung on it is that clause's subject the parser cut off
    # (``said a deal ... needed to``), for a cue whose content is a clause only
    return below.dep_ in ("ccomp", "dobj") and below.head.i == verb.i and key is not None \
        and "clause" in cues[key].content


def _paper_subject_author(subj, node, subjects: list, mentions: list[dict]) -> dict | None:
    """The author of a document that is the subject ``subj`` of ``node`` in :func:`resolve_holder`'s
    climb, where the climb ends at it: a document noun with an owner below the sentence's root
    (``officials said the Norland draft calls for ...``); a relative pronoun standing for a document
    (``accept the plan, which would force it to ...``): its author, where the text names one; else None
    (climb on: ``X is willing to reach a deal that would ...`` is X's).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Vos drew up a plan. Lee must accept the plan, which would force her to cede the valley.")
    >>> m = [dict(actor="Vos", type="person", country="", start=0, end=3)]
    >>> _paper_subject_author(doc[12], doc[14], [doc[12]], m)["actor"]
    'Vos'
    >>> _paper_subject_author(doc[6], doc[8], [doc[6]], m) is None
    True
    """
    if subj.lower_ in ("which", "that") and node.dep_ == "relcl" and node.head.lemma_.lower() in DOCUMENT_NOUNS:
        noun = node.head  # only ``the plan, which ...`` points back to an earlier plan and its author;
        back = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)  # ``a deal that``: its own
        return _document_author(noun, mentions) if back else _document_owner(noun, mentions)
    if subj.lemma_.lower() in DOCUMENT_NOUNS and subj in subjects and node.head.i != node.i and not _yet_to_exist(subj):
        return _document_owner(subj, mentions)
    return None


def _climb_subjects(chain: list, i: int, lo: int, hi: int) -> list:
    """The subjects :func:`resolve_holder` weighs at ``chain[i]``, the ``i``-th head above the cue: its
    own (or implied) subjects within ``lo``..``hi``; none where the clause below it was received or has a
    subject of its own (``and that`` ...), nor for a verb of breaking down (:func:`_breaks_down`), also
    where the parser hung that verb's subject on the head above it."""
    node = chain[i]
    below = chain[i - 1] if i else None
    if below is not None and (_received(below) or _own_subject_conjunct(below) or _knowing(below)):
        return []
    if _breaks_down(node) or (below is not None and _breaks_down(below)
                              and not any(c.dep_ in _SUBJECT_DEPS for c in below.children)):
        return []  # ``Osteria's cabinet will collapse if ...``: whoever warns of it sets the condition
    subjects = [past_credit(c) for c in node.children if c.dep_ in _SUBJECT_DEPS and lo <= c.i < hi]
    return [c for c in subjects if not _dateline_word(c)] or _implied_subject(node)


def _knowing(tok) -> bool:
    """Whether ``tok`` is a word of knowing (``condition_knowing_words``: ``aware``, ``familiar``) on the way
    up from a term: whoever is aware of the terms is told them and sets none (``Lee said Osteria is well
    aware of her conditions``: Lee's side's, not Osteria's); a predicate of making (``made known``) is a telling.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria is aware of the terms. Osteria is familiar with the terms.")
    >>> _knowing(doc[2]), _knowing(doc[0])
    (True, False)
    """
    return tok.lemma_.lower() in KNOWING_WORDS and tok.dep_ != "oprd"


#: Words of knowing: their subject is told a term, it does not set it.
KNOWING_WORDS = language.words("condition_knowing_words")


def _breaks_down(tok) -> bool:
    """Whether ``tok`` is a verb of something breaking down by itself (:data:`BREAKDOWN_VERBS`): its
    subject does nothing of its will, so the one who warns of it sets the condition (``Osteria's cabinet
    will collapse if the rebels do not disarm, Lee warned``: Lee's term, not Osteria's).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The cabinet will collapse if the rebels do not disarm.")
    >>> _breaks_down(doc[3]), _breaks_down(doc[9])
    (True, False)
    >>> _breaks_down(nlp.bare_nlp()("Lee threatened to collapse the cabinet.")[3])
    False
    """
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in BREAKDOWN_VERBS \
        and not any(c.dep_ == "dobj" for c in tok.children)  # ``threatened to collapse the cabinet``: a deed


def _own_subject_conjunct(tok) -> bool:
    """Whether ``tok`` is a clause joined by ``and that`` with a subject of its own: the clause it
    is joined to speaks of another subject (``said the draft would be weighed by Osteria's ministers,
    and that a deal should then be signed``: Osteria does not ask for the signing).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee said the draft would be weighed by the ministers, and that a deal should be signed.")
    >>> _own_subject_conjunct(doc[17]), _own_subject_conjunct(doc[6])
    (True, False)
    """
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)


def _passive_demand(node) -> bool:
    """Whether ``node`` is a passive verb of demanding (:data:`DEMAND_VERBS`): its subject is asked."""
    return node.lemma_.lower() in DEMAND_VERBS and any(c.dep_ == "nsubjpass" for c in node.children)


def _asked_in_passive(node, below) -> bool:
    """Whether ``node`` is a passive verb of demanding whose subject is asked (``Osteria was urged (by
    Norland) to withdraw``), not one of expecting over a verb of demanding (:func:`_voiced_by_subject`)."""
    return _passive_demand(node) and not (node.lemma_.lower() in EXPECT_VERBS and _voiced_by_subject(below))


#: Verbs of telling (``tell``, ``warn``, ``inform``): the subject of their passive is the one told.
TELLING_VERBS = language.words("condition_telling_verbs")


def _told_in_passive(node, below) -> bool:
    """Whether ``node`` is a passive verb of telling (``condition_telling_verbs``) whose clause of what
    was told holds the climb (``Osteria was told [that it must withdraw]``, ``was told [to withdraw] by
    Norland``): its subject is the one told.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria was told that it must withdraw. Osteria told Lee that it must withdraw.")
    >>> [_told_in_passive(t, next(c for c in t.children if c.dep_ == "ccomp")) for t in doc if t.lemma_ == "tell"]
    [True, False]
    """
    return below is not None and below.dep_ in ("ccomp", "xcomp") and node.lemma_.lower() in TELLING_VERBS \
        and any(c.dep_ == "auxpass" for c in node.children) and any(c.dep_ == "nsubjpass" for c in node.children)


def _voiced_by_subject(below) -> bool:
    """Whether ``below``, the clause under a passive verb of expecting, is itself a verb of demanding
    whose subject is the passive's: ``Berg is expected to demand a truce`` (the passive's subject voices
    the term), not ``Osteria was expected to withdraw`` (asked); under a verb of urging (``Berg was urged
    by Lee to demand a truce``) the one who urges wants it (the caller checks the verb).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Berg is expected to demand a truce. Berg was urged to withdraw.")
    >>> _voiced_by_subject(doc[4]), _voiced_by_subject(doc[11])
    (True, False)
    """
    return below is not None and below.dep_ == "xcomp" and below.lemma_.lower() in DEMAND_VERBS


#: Verbs of letting (``allow``, ``permit``): the subject of their passive is let act, and sets no term.
PERMISSION_VERBS = language.words("condition_permission_verbs")


def _passive_grant(node) -> bool:
    """Whether ``node`` is a passive verb of letting (:data:`PERMISSION_VERBS`) in a clause of its own:
    its subject is let act (``displaced Osterians will be permitted to return``) and holds nothing;
    who lets it (its ``by`` agent, else the document or party the next rules find) holds the term. Not
    in a conditional's clause, where the main clause's subject sets it (``Norland will sign if it is
    allowed to keep its bases``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osterians will be allowed to return. Norland will sign if it is allowed to stay.")
    >>> _passive_grant(doc[3]), _passive_grant(doc[13])
    (True, False)
    """
    return node.lemma_.lower() in PERMISSION_VERBS and any(c.dep_ == "nsubjpass" for c in node.children) \
        and not any(c.dep_ == "mark" for c in node.children)


def _passive_asker(node):
    """The ``by`` agent of a passive verb of demanding (:data:`DEMAND_VERBS`: ``Osteria was urged
    by Norland to stop``, ``was asked by the Norlandic authorities to ...``) or of letting
    (:func:`_passive_grant`: ``will be allowed by Norland to ...``): who asks or lets; its passive
    subject is who is asked or let. Else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria was urged by Norland to stop. Osteria was seen by Norland.")
    >>> _passive_asker(doc[2]).text, _passive_asker(doc[10])
    ('Norland', None)
    """
    return next(iter(_agents(node)), None) if _passive_demand(node) or _passive_grant(node) else None


def _agents(verb) -> list:
    """The nouns of the ``by`` agent of a passive ``verb`` (``was drafted by Osteria`` -> [Osteria])."""
    return [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]


def _hit_by_measure(node) -> bool:
    """Whether ``node`` says its subject would be hit by a measure (``Osteria would face new
    sanctions``, ``risks tariffs``): in the climb from a term, that subject is who must meet it, not
    who sets it (a verb joined to it by ``and`` keeps its own subject).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria would face sanctions. Osteria would face the press.")
    >>> _hit_by_measure(doc[2]), _hit_by_measure(doc[7])
    (True, False)
    """
    return node.lemma_.lower() in THREATENED_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in THREAT_MEASURES for c in node.children)


def _reported_voice(node, quote: dict, mentions: list[dict]) -> dict | None:
    """Who an indirect quote's reporting clause names, by this module's reading, when its subject
    is an ``it``/``they`` or a document (``It proposes [...]``, ``the plan foresees [...]``): the
    pronoun's antecedent, the document's author; the party that officials named by where they come
    from speak for (``Negotiators from Norland and Osteria said [...]``: :func:`_officials_in`, so
    the parties coordinated with it hold the quote's terms too); else None (the quote table's
    speaker stands)."""
    if quote.get("kind") == "direct":
        return None
    for subj in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in _IMPERSONAL:
            return _antecedent(subj, mentions)
        if subj.lemma_.lower() in DOCUMENT_NOUNS:
            return _document_author(subj, mentions)
        return _officials_in(subj, mentions) or _named_reporter(subj, quote, mentions)
    return None


def _document_reports(node, quote: dict) -> bool:
    """Whether the reporting clause ``node`` of an indirect quote has a document noun for its subject
    (``The accord outlines a pledge to ...``): the document speaks, and the quote table's speaker, some
    official quoted nearby, is no author of it.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The accord outlines a pledge to free detainees. Lee outlines a pledge.")
    >>> _document_reports(doc[2], {"kind": "indirect"}), _document_reports(doc[10], {"kind": "indirect"})
    (True, False)
    """
    return quote.get("kind") != "direct" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DOCUMENT_NOUNS for c in node.children)


def _named_reporter(subj, quote: dict, mentions: list[dict]) -> dict | None:
    """The organisation a reporting clause's subject names, where the quote table gave the words
    to another speaker (a wire's credit before the sentence, a name in an aside): ``The Kestrel
    Front (KF), an armed alliance, said in a statement that ...`` -> the front, named in the
    subject's words up to its noun. A person, a state, an owner (``Norland's president said``: the
    president speaks, not Norland) or the speaker itself gives None."""
    if subj.pos_ != "NOUN":
        return None
    words = [t for t in subj.subtree if t.i <= subj.i and not _under_possessive(t, subj)]
    mention = next((m for m in (_token_mention(t, mentions) for t in words) if m is not None), None)
    if mention is None or mention.get("type") != "organization" or mention.get("actor") == quote.get("speaker"):
        return None
    return mention


def _under_possessive(tok, head) -> bool:
    """Whether ``tok`` is, or hangs from, a possessive on its way up to ``head``."""
    while tok is not None and tok.i != head.i:
        if tok.dep_ == "poss":
            return True
        tok = tok.head if tok.head.i != tok.i else None
    return False


def _received(node) -> bool:
    """Whether ``node`` is the object of a verb of receiving a plan: that verb's subject answers the
    plan and is not its author (``Osteria accepted [a framework] for a truce``); of a verb of backing,
    only a particular document (``backs the plan``, not ``backs a truce`` or ``would back no deal that``).
    A kind of deal yet to exist that the verb takes a stance on (``rejects any deal that would ...``:
    :func:`_kind_taken_a_stance_on`) is no one's plan: its subject states a stance of its own.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria accepted a framework. Osteria drafted a framework.")
    >>> _received(doc[3]), _received(doc[8])
    (True, False)
    >>> doc = nlp.bare_nlp()("Osteria swung behind the plan.")
    >>> _received(doc[2])
    True
    >>> doc = nlp.bare_nlp()("Osteria would accept a truce provided that Lee frees the prisoners.")
    >>> _received(doc[4])
    False
    >>> doc = nlp.bare_nlp()("Osteria rejects any deal that cedes land.")
    >>> _received(doc[3])
    False
    """
    if any(c.dep_ in ("acl", "relcl") and c.lower_ in PROVISO_PARTICIPLES
           and not any(g.dep_ == "agent" for g in c.children) for c in node.children):
        return False  # ``would accept a truce [provided] that ...``: the parser hung the proviso on the object
    if _kind_taken_a_stance_on(node):
        return False  # ``rejects any deal that would ...``: no one's plan, a stance
    if any(_answered_through(node, c) for c in node.children):
        return True  # ``her first [reaction] to the truce proposal``: another's plan, answered
    return _object_of(node, RECEIVING_VERBS) or _backed_document(node) is not None


#: Nouns of answering a plan (``reaction``, ``response``): the plan after their ``to`` is another's.
REACTION_NOUNS = language.words("condition_reaction_nouns")


def _answered_through(node, below) -> bool:
    """Whether ``node`` is a noun of answering reached from the plan after its ``to`` (``her reaction
    [to] the truce proposal``): its owner answers the plan and did not write it."""
    return node.lemma_.lower() in REACTION_NOUNS and below.lower_ == "to" and below.dep_ == "prep"


def _backed_document(node):
    """The particular document ``node`` backs or stands for in a backing: the object of a verb of
    backing (``backs [the plan]``) or of ``behind`` (``swung [behind] the plan``: its object); None for
    a term backed (``backs a truce``) or no particular deal (``would back no deal that ...``)."""
    if node.dep_ == "prep" and node.lower_ in BACKING_PREPOSITIONS:
        node = next((c for c in node.children if c.dep_ == "pobj"), None)
    elif not _object_of(node, BACKING_VERBS):
        return None
    if node is None or node.lemma_.lower() not in DOCUMENT_NOUNS or _negated_object(node):
        return None
    return node


def _negated_object(node) -> bool:
    """Whether ``node``'s verb is negated or ``node`` is no particular document (``backs no deal``,
    ``would back any deal that ...``: :func:`_yet_to_exist`)."""
    return any(c.dep_ == "neg" for c in node.head.children) or _yet_to_exist(node)


def _yet_to_exist(noun) -> bool:
    """Whether ``noun`` has a determiner of something yet to exist (``any deal``, ``no deal``:
    :data:`_ANY`), or is an indefinite document whose coming about a modal or a negation weighs
    (:func:`_weighed_document`), so names no particular document."""
    return any(c.dep_ == "det" and c.lower_ in _ANY for c in noun.children) or _weighed_document(noun)


#: Verbs and adjectives of a document coming about (``can be reached``, ``would be impossible``).
_COMING_ABOUT = language.words("document_coming_about_words")
#: Modals that weigh whether a thing can come about (``would``, ``could``, ``can``; not ``will``: a
#: deal that ``will be signed on Friday`` is scheduled, not weighed).
_WEIGHING_MODALS = language.words("weighing_modals")
#: The indefinite articles (``a deal``): a document not named before.
_INDEFINITE = language.words("indefinite_articles")


def _weighed_document(noun) -> bool:
    """Whether ``noun`` is an indefinite document whose coming about a modal or a negation weighs: the
    passive subject of a verb of reaching it (``a settlement cannot be achieved unless ...``), or the
    subject of ``be`` with an adjective of its being possible (``a deal would be impossible unless
    ...``): a document yet to exist, whose terms are the speaker's, not those of the parties it would
    bind; not one reached (``a deal was reached``) nor a definite one (``the deal cannot be signed``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A deal cannot be reached unless Osteria withdraws. A deal was reached.")
    >>> _weighed_document(doc[1]), _weighed_document(doc[9])
    (True, False)
    """
    if noun.dep_ not in ("nsubj", "nsubjpass") or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE
                                                          for c in noun.children):
        return False
    verb = noun.head
    weighed = any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _WEIGHING_MODALS) for c in verb.children)
    said = {verb.lemma_.lower()} if noun.dep_ == "nsubjpass" else \
        {c.lemma_.lower() for c in verb.children if c.dep_ == "acomp"} if verb.lemma_ == "be" else set()
    return weighed and bool(said & _COMING_ABOUT)


#: Determiners of a kind of deal yet to exist (``any plan``, ``no deal``), not of deals already made.
KIND_DETERMINERS = language.words("condition_kind_determiners")


def _kind_taken_a_stance_on(noun) -> bool:
    """Whether ``noun`` names a kind of deal yet to exist (``condition_kind_determiners``: ``any plan``)
    that a verb of taking a stance has for its object (accepting, refusing, opposing or backing it:
    ``condition_refusal_accept_verbs``, ``condition_backing_verbs``): no one wrote it, so the subject
    states a stance of its own; not deals already made (``rejected each proposal``) nor a kind only read,
    witnessed or brokered.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria rejects any deal. Osteria studies any deal. Osteria rejects each deal.")
    >>> [_kind_taken_a_stance_on(t) for t in doc if t.lower_ == "deal"]
    [True, False, False]
    """
    return any(c.dep_ == "det" and c.lower_ in KIND_DETERMINERS for c in noun.children) \
        and _object_of(noun, ACCEPT_VERBS | BACKING_VERBS)


def _object_of(tok, verbs) -> bool:
    """Whether ``tok`` is the object (or passive subject) of one of ``verbs``."""
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.i != tok.i and tok.head.lemma_.lower() in verbs


def _receiver(tok) -> bool:
    """Whether ``tok`` (or the noun it is part of, or the first of its conjuncts) is the subject of a
    verb of receiving a plan (``Norland and Osteria welcomed the plan``), of backing one
    (:func:`_backed_document`) or of giving an answer to one (``gave her reaction to the plan``)."""
    while tok.dep_ in ("compound", "poss", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and (tok.head.lemma_.lower() in RECEIVING_VERBS or any(
        _backed_document(c) is not None or (c.dep_ == "dobj" and _received(c)) for c in tok.head.children))
    # ``backs the plan``, ``swung behind it``, ``gave her reaction to it``


def _dropped(tok) -> bool:
    """Whether the noun ``tok`` is what a verb of giving a plan up takes (``Osteria dropping its
    [plan] to build a base``): the plan is a term set for its owner, it proposes nothing here."""
    return _object_of(tok, DROPPING_VERBS)


def _dateline_word(tok) -> bool:
    """Whether ``tok`` is the place of a dateline, or the bracketed credit that opens one (``(Wire) – OSLO –
    ...``: :func:`helpers.quotes.speakers.wire_credit`), that the parser took for a subject (``OSLO (Wire) — ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("OSLO (Wire) — Osteria's leader rejected the plan.")
    >>> _dateline_word(doc[0]), _dateline_word(doc[7])
    (True, False)
    """
    return dateline(_doc_text(tok.doc), tok.idx, tok.idx + len(tok)) or wire_credit(tok)


def _implied_subject(node) -> list:
    """The object of the verb a gerund complements, the gerund's own subject: ``Osteria accuses
    [Norland] of demanding ...`` (Norland demands), ``blamed [Norland] for seeking ...``; and the
    name the parser hung as an apposition on an opening phrase, right before a verb with no
    subject (``During a meeting with Karl Vos, [Anna Berg] called on ...``); and the subject of the
    clause before a comma when the parser made the participle after it the subject of what it reports
    (``[Osteria] criticised the talks, warning any meeting without it would be void``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria accuses Norland of demanding a truce.")
    >>> [t.text for t in _implied_subject(doc[4])]
    ['Norland']
    """
    if node.tag_ in ("VBD", "VBZ", "VBP") and node.i and not any(c.dep_ in _SUBJECT_DEPS for c in node.children):
        prev = node.doc[node.i - 1]  # ``During a meeting with Karl Vos, Anna Berg called on ...``: the
        if prev.dep_ == "appos" and prev.head.i < prev.i and prev.head.dep_ == "pobj":  # parser's apposition
            return [prev]
    if node.tag_ == "VBG" and node.dep_ == "csubj" and node.i and node.doc[node.i - 1].text == ",":
        # ``Norland criticised the talks, warning any deal without it would be void``: the parser made the
        # participle the subject of the clause it reports; the clause before the comma has its subject
        before = next((c for c in node.head.children if c.dep_ == "ccomp" and c.i < node.i), None)
        if before is not None:
            return [c for c in before.children if c.dep_ == "nsubj"]
    if node.tag_ != "VBG" or node.dep_ != "pcomp" or node.head.lower_ not in ("of", "for"):
        return []
    verb = node.head.head
    return [c for c in verb.children if c.dep_ == "dobj"] if verb.pos_ == "VERB" else []


def _outside_quote(tok, quote: dict | None) -> tuple[dict | None, dict | None]:
    """(quote, reported) for a cue at ``tok``: a cue inside the quote keeps it (leaving it gives
    its speaker); a cue outside it (``Norland and Osteria urged "a truce"``) reads the sentence's
    own subjects, and an indirect quote's speaker only stands for a pronoun (``he urged ...``)."""
    if quote is None or _inside(tok, quote):
        return quote, None
    return None, (quote if quote.get("kind") != "direct" else None)


def _proviso_clause(tok):
    """The clause a bare proviso participle opens (``will attend provided the talks cover the
    border``: ``cover``), or None where the participle is the verb ``provide`` itself, with a subject,
    an object or an agent of its own (``the agency provided food``, ``aid provided by donors``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland will attend, provided the talks cover the border. The agency provided food.")
    >>> _proviso_clause(doc[4]).text, _proviso_clause(doc[14])
    ('cover', None)
    >>> _proviso_clause(nlp.bare_nlp()("Norland would sign any deal provided it respects the border.")[5]).text
    'respects'
    >>> _proviso_clause(nlp.bare_nlp()("Norland would accept a truce provided Lee stops its attacks.")[5]).text
    'stops'
    >>> doc = nlp.load_model()("A peace deal is possible, Peru's foreign minister said, provided Chile stops arming the "
    ...                        "militia groups in the hills.")
    >>> _proviso_clause(doc[12]).text  # the parser made the clause a conjunct of ``is``
    'stops'
    """
    if tok.lower_ not in PROVISO_PARTICIPLES or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent") for c in tok.children):
        return None
    clauses = [*tok.rights] or [c for h in (tok.head, tok.head.head) for c in h.children  # the parser may hang the
                                if c.left_edge.i == tok.i + 1]  # clause on the word before, or on its verb,
    deps = ("ccomp", "pcomp", "advcl") if tok.n_rights else ("ccomp", "pcomp", "advcl", "conj")  # even as a conjunct
    return next((c for c in clauses if c.dep_ in deps
                 and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)


#: Nouns of time that open a clause as a conjunction does (``the moment``, ``the day``: ``time_clause_nouns``).
_TIME_CLAUSE_NOUNS = language.words("time_clause_nouns")


def _cue_head(tok):
    """The token whose subtree is a cue's scope: the governed verb of an auxiliary,
    marker or preposition, or of a time noun opening a clause (``the moment ...``); the clause of a predicative adjective (``ready to``) or noun (``is a red
    line``), or of a noun that is the subject of ``be`` (``Norland's key demand is the lifting of ...``)
    or in apposition to the term (``disarmament, a key demand by Norland``);
    the clause a bare proviso participle opens (:func:`_proviso_clause`)."""
    clause = _proviso_clause(tok)
    if clause is not None:
        return clause
    node = tok
    if node.dep_ in _HEAD_DEPS and node.head.i != node.i:
        node = node.head
    if node.pos_ == "ADJ" and node.dep_ in ("acomp", "amod", "advcl") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "npadvmod" and node.lemma_.lower() in _TIME_CLAUSE_NOUNS and node.head.dep_ in ("advcl", "ccomp") \
            and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # ``[The moment] Osteria frees them, we will ...``: the time clause it opens
    if node.dep_ in ("attr", "acomp", "oprd") and node.head.i != node.i:  # ``X is a precondition``, ``called X a precondition``
        node = node.head
    if node.pos_ == "NOUN" and node.dep_ == "nsubj" and node.head.lemma_ == "be" and node.head.i != node.i:
        node = node.head  # ``the demand is [the lifting of sanctions]``
    if node.pos_ == "NOUN" and node.dep_ == "appos" and node.lemma_.lower() in DEMAND_NOUNS and node.head.i != node.i:
        node = node.head  # ``[disarmament], a key demand by Norland``: the term the demand names
    if node.pos_ == "NOUN" and node.dep_ in ("dobj", "oprd") and node.head.lemma_ == "make" and node.head.i != node.i:
        node = node.head  # ``Norland made [the withdrawal] a precondition``
    if node.pos_ == "NOUN" and node.dep_ == "pobj" and node.head.lower_ == "as" and node.head.head.pos_ == "VERB":
        node = node.head.head  # ``Norland set [the release of the detainees] as a precondition``
    return node


def _cue_head_at(doc, char: int):
    """:func:`_cue_head` of the token at character ``char`` of ``doc`` (None where no token is)."""
    tok = _token_at(doc, char)
    return _cue_head(tok) if tok is not None else None


def _bare_imperative(verb) -> bool:
    """Whether ``verb`` is an imperative with no subject of its own (``Free our detainees``, not
    ``Free movement is ...`` nor ``we free them``). A name before a colon is a headline's speaker, not
    the verb's subject (``Norland to Osteria: free our detainees``), though the parser may hang it there;
    a verb right after a colon that the parser makes a complement of the clause before it (acomp, attr,
    xcomp, dep, appos) is the message itself (``Our message to Osteria is: free our detainees``).

    >>> from helpers import nlp
    >>> _bare_imperative(nlp.bare_nlp()("Free our detainees now.")[0])
    True
    >>> _bare_imperative(nlp.bare_nlp()("Norland to Osteria: free our detainees.")[4])
    True
    """
    after_colon = verb.i > 0 and verb.doc[verb.i - 1].text == ":"  # ``Our message to Osteria is: free ...``
    return verb.tag_ == "VB" and (verb.dep_ in ("ROOT", "ccomp", "conj", "advcl")
                                  or (after_colon and verb.dep_ in ("acomp", "attr", "xcomp", "dep", "appos"))) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") and not _colon_between(c, verb) for c in verb.children)


def _colon_between(tok, verb) -> bool:
    """Whether ``tok`` is a headline's name before a colon, the one who gives the order to another
    named after ``to`` (``Norland to Osteria: free ...``), not the verb's subject; a coach to fans, a
    column or advice before a colon is none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland to Osteria: free our detainees.")
    >>> _colon_between(doc[0], doc[4])
    True
    """
    return tok.i < verb.i and tok.pos_ == "PROPN" and any(t.text == ":" for t in tok.doc[tok.i + 1:verb.i]) \
        and any(p.dep_ == "prep" and p.lower_ == "to" and any(g.pos_ == "PROPN" for g in p.children)
                for p in tok.children)


def _threat_clauses(cue: Match, doc):
    """(main, inner) for a threat cue (``if Osteria rejects the plan``): the verb of the clause the
    refusal conditions (``Norland will impose sanctions``) and the top of the cue's own clause, else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("If Osteria rejects the plan, Norland will impose tariffs.")
    >>> [t.text for t in _threat_clauses(Match(0, 19, "threat if refused", "threat"), doc)]
    ['impose', 'rejects']
    """
    tok = _token_at(doc, cue.start)
    if tok is None:
        return None
    inner = tok.head if tok.dep_ in ("mark", "aux") and tok.head.i != tok.i else tok  # ``in case of``: the phrase
    if inner.dep_ not in ("advcl", "prep") or inner.head.i == inner.i:
        return None
    return inner.head, inner


def _refuser(cue: Match, doc, mentions: list[dict]) -> dict | None:
    """Who a threat's refusal names (``if Osteria rejects``, ``in case of Osteria's refusal``): the
    addressee of the threat, never who makes it."""
    clauses = _threat_clauses(cue, doc)
    if clauses is None:
        return None
    inner = clauses[1]
    return next((hit for t in inner.subtree if t.dep_ in ("nsubj", "poss")
                 and (hit := _token_mention(t, mentions))), None)


def _in_threat(cue: Match, obj: Match, doc) -> bool:
    """Whether an object lies in the clause a refusal conditions (``if Osteria rejects the plan,
    Norland will impose [sanctions]``), not in the refusal itself."""
    clauses = _threat_clauses(cue, doc)
    obj_tok = _token_at(doc, obj.start)
    if clauses is None or obj_tok is None:
        return False
    main, inner = clauses
    return main.left_edge.i <= obj_tok.i <= main.right_edge.i and \
        not inner.left_edge.i <= obj_tok.i <= inner.right_edge.i


def _in_scope(cue: Match, obj: Match, doc) -> bool:
    """Whether an object lies in the scope of a cue (lists and anaphora: anywhere after it)."""
    if cue.kind in ("list", "anaphora"):  # ``conditions for a truce: ...``: the items come after the colon
        said = _doc_text(doc)[cue.start:cue.end]  # ``demands in the talks on a pact, X said, include``: after the verb
        return obj.start >= (cue.end if said.endswith(":") or "," in said else cue.start)
    if cue.kind == "threat":
        return _in_threat(cue, obj, doc)
    if cue.kind == "imperative":  # ``"Free our detainees," Berg said``: a bare imperative's object
        verb, obj_tok = _token_at(doc, cue.end - 1), _token_at(doc, obj.start)
        return verb is not None and obj_tok is not None and _bare_imperative(verb) \
            and verb.left_edge.i <= obj_tok.i <= verb.right_edge.i
    if cue.kind == "prepositional":  # ``would agree to a truce only with guarantees``: the guarantees
        prep, obj_tok = _token_at(doc, cue.end - 1), _token_at(doc, obj.start)
        return prep is not None and obj_tok is not None and prep.left_edge.i <= obj_tok.i <= prep.right_edge.i \
            and obj_tok.i > prep.i
    if cue.kind == "sequence":  # ``free the detainees first, then ...``: what comes first is the term
        return obj.start < cue.start
    if cue.kind == "agreement" and not _agreeing_party(_token_at(doc, cue.start)):
        return False  # ``has not agreed``, ``the truce agreed on in March``, ``the two sides agreed``
    if cue.kind == "stance" and not _is_measure(obj) and _trade_under_demand(_token_at(doc, cue.start)):
        return False  # ``demands that Osteria free them in exchange for a truce``: the truce is given, not asked
    if cue.kind == "document" and (framed := _document_scope(cue, obj, doc)) is not None:
        return framed
    if (cue.start, cue.end) == (obj.start, obj.end):
        return False  # a word that is both a cue and a term (``preconditions``) is no term of itself
    if cue.start <= obj.start < cue.end and cue.kind != "conditional":
        return True
    cue_tok = _token_at(doc, _conditional_word(cue, doc))
    obj_tok = _token_at(doc, obj.start)
    if cue_tok is None or obj_tok is None:
        return False
    hung = _misparsed_scope(cue, cue_tok, obj_tok)
    if hung is not None:
        return hung
    head = _cleft(_elided_clause(cue, _cue_head(cue_tok)))
    if _in_agent(obj_tok, head):
        return False  # ``proposed by Norwegian envoys``: who proposes is no term
    if head.left_edge.i <= obj_tok.i <= head.right_edge.i or _modified_noun(cue_tok, obj_tok) \
            or (cue.kind != "conditional" and _relative_antecedent(head, obj_tok)) or _shared_subject(head, obj_tok):
        return not _aside(obj_tok, head) and not (cue.kind in _ASKING_KINDS and not _is_measure(obj)
                                                  and _given_in_return(obj_tok, head)) \
            and not (cue.kind == "demand" and head.i == cue_tok.i and _wanted_from(obj_tok, head))
    return _noun_clause(cue, obj, cue_tok)


def _misparsed_scope(cue: Match, cue_tok, obj_tok) -> bool | None:
    """Whether a noun cue's scope holds the object where the parse hides it, else None (the parse
    decides): an apposition hung elsewhere (``rejected disarmament, a key demand by Norland``) and a
    ``for`` phrase hung on the verb (``rejected a proposal from Norland for a truce``) and the items
    of terms hung on the verb (``set conditions ..., including a withdrawal``) are in it; a
    kind of terms with an owner of its own, refused (``rejected the truce plan proposed by Vos``), is
    that owner's proposal, not the refuser's red line."""
    if cue.kind == "demand" and cue_tok.lemma_.lower() in DEMAND_NOUNS and _right_after_term(obj_tok, cue_tok) \
            and any(_makers(cue_tok)):
        return True
    if cue.kind == "demand" and cue_tok.pos_ == "NOUN" and (_apposition_as_sibling(cue_tok, obj_tok)
                                                           or _quoted_term_before(cue_tok, obj_tok)):
        return True
    if _content_hung_on_verb(cue_tok, obj_tok) or _for_clause_hung_on_verb(cue_tok, obj_tok) \
            or _series_taken_for_main(cue_tok, obj_tok) \
            or _items_hung_on_verb(cue_tok, obj_tok) \
            or (cue.kind == "document" and _series_after_relative(cue_tok, obj_tok)) or _named_again(cue_tok, obj_tok) \
            or _as_clause_of_subject(cue_tok, obj_tok) or _noun_complement_hung_elsewhere(cue_tok, obj_tok):
        return True
    if cue.kind == "refusal" and _names_anothers_terms(obj_tok):
        return False
    return None


def _apposition_as_sibling(noun, obj_tok) -> bool:
    """Whether ``obj_tok`` lies in a noun phrase set off by commas right after the noun ``noun`` that
    the parser made a second subject or object of the same verb, not the noun's apposition (``A key
    Norland demand, the release of the sailors, remains ...``): the phrase names what the noun is.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A central Norland condition, the release of 40 guards held since March, remains unmet.")
    >>> noun = next(t for t in doc if t.lower_ == "condition")
    >>> [t.text for t in doc if t.dep_ == noun.dep_ and t.head == noun.head and t.i > noun.i]
    ['release']
    >>> _apposition_as_sibling(noun, doc[8]), _apposition_as_sibling(noun, doc[16])
    (True, False)
    """
    doc, edge = noun.doc, noun.right_edge.i  # ``the chief demand of Norland, the release ...``
    if edge + 2 >= len(doc) or doc[edge + 1].text != "," or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    second = next((t for t in doc[edge + 2:noun.head.i] if t.head.i == noun.head.i and t.dep_ == noun.dep_), None)
    if second is None or second.left_edge.i != edge + 2 or not second.left_edge.i <= obj_tok.i <= second.right_edge.i:
        return False
    end = second.right_edge.i
    return doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")


#: Opening and closing quotation marks: the quote finder's double marks, and single ones.
_OPENING_QUOTES = frozenset(OPEN_GLYPHS + STRAIGHT + "\u2018'")
_CLOSING_QUOTES = frozenset(CLOSE_GLYPHS + STRAIGHT + "\u2019'")


def _quoted_term_before(noun, obj_tok) -> bool:
    """Whether the demand noun ``noun`` follows a term in quotation marks that the parser made the
    noun's head, the noun its apposition, where the marks hide a verb's second object (``called "the
    release of the guards" a key condition``: the quoted phrase is what the condition is), with
    ``obj_tok`` inside the quoted phrase.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland called \u201cthe release of all prisoners\u201d a fundamental condition for any peace.")
    >>> noun = next(t for t in doc if t.lower_ == "condition")
    >>> noun.dep_, noun.head.text
    ('appos', 'release')
    >>> _quoted_term_before(noun, doc[4]), _quoted_term_before(noun, doc[0])
    (True, False)
    """
    mark = noun.left_edge.i - 1
    if noun.dep_ != "appos" or mark < 1 or noun.doc[mark].text not in _CLOSING_QUOTES:
        return False
    head = noun.head
    opening = head.left_edge.i - 1
    return head.i < mark and head.left_edge.i <= obj_tok.i < mark and opening >= 0 \
        and noun.doc[opening].text in _OPENING_QUOTES  # not a plural's apostrophe (``the rebels' demand``)


def _noun_complement_hung_elsewhere(cue_tok, obj_tok) -> bool:
    """Whether a noun cue is followed by ``that`` opening its own clause (``Vos's insistence that it
    accept the border``) whose verb the parser hung on a noun before the cue: the clause states the
    noun's content, so the object in it is in the cue's scope. A relative ``that`` (``the demand that
    was rejected``) opens no content clause.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The drive to retake the towns it lost since 2019 clashes with Vos’s insistence "
    ...                      "that it accept the facts. Vos's insistence that it accept the facts angered Lee.")
    >>> [t.head.text for t in doc if t.lower_ == "accept"]  # the parser hangs the first clause on ``drive``
    ['drive', 'insistence']
    >>> [_noun_complement_hung_elsewhere(doc[i], doc[i + 5]) for i, t in enumerate(doc) if t.lower_ == "insistence"]
    [True, False]
    """
    if cue_tok.pos_ != "NOUN" or cue_tok.i + 1 >= len(cue_tok.doc):
        return False
    mark = cue_tok.doc[cue_tok.i + 1]
    if mark.lower_ != "that" or mark.dep_ != "mark":
        return False
    verb = mark.head
    return verb.i > mark.i and verb.head.i < cue_tok.i and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.left_edge.i <= obj_tok.i <= verb.right_edge.i


def _as_clause_of_subject(cue_tok, obj_tok) -> bool:
    """Whether the cue is an ``as`` clause with no object of its own that the parse hangs on the main
    verb, and the object is in that verb's subject: the subject is what the clause describes (``A full
    truce, as proposed by Norland, was rejected``, ``..., as Norland proposed, ...``: the truce was proposed).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A full ceasefire, as proposed by Valdia, was rejected by Osteria.")
    >>> _as_clause_of_subject(doc[5], doc[2]), _as_clause_of_subject(doc[5], doc[12])
    (True, False)
    """
    if cue_tok.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in cue_tok.children):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue_tok.children):
        return False  # ``as Norland proposed a month ago`` describes the subject; ``as it proposed talks`` does not
    head = cue_tok.head
    described = [head] if head.pos_ in ("NOUN", "PROPN") else [s for s in head.children if s.dep_ in ("nsubj", "nsubjpass")]
    return any(s.left_edge.i <= obj_tok.i <= s.i for s in described)  # the noun and the words before it


def _document_scope(cue: Match, obj: Match, doc) -> bool | None:
    """Whether a document cue that frames what follows it or qualifies the clause before it has the
    object in its scope, else None (its own clause decides): ``Under the plan, X would ..., Y would ...``
    frames all that follows; ``is still to withdraw its units as agreed`` qualifies the clause it hangs on."""
    tok = _token_at(doc, cue.start)
    if tok is not None and tok.lower_ == "to" and not _infinitive_to(tok):
        return False  # ``committed the deal to paper``, ``its agreement to prisoner swaps``: no infinitive
    if _opens_sentence(tok):
        return obj.start >= cue.end
    agreed = _as_clause(tok)
    if agreed is None:
        return None
    if agreed.head.tag_ == "VBD" and not any(c.dep_ == "neg" for c in agreed.head.children):
        return False  # ``lifted the sanctions in March, as promised``: a step taken, no term
    obj_tok = _token_at(doc, obj.start)
    return obj_tok is not None and obj_tok.i < agreed.i and agreed.head.left_edge.i <= obj_tok.i <= agreed.head.right_edge.i


def _as_clause(tok):
    """The verb of an ``as`` clause that ``tok`` opens (``withdraw its units as agreed``), else None: what
    the clause it qualifies says is what was agreed (:func:`_document_scope` reads the object before it).

    >>> from helpers import nlp
    >>> doc = nlp.load_model()("Osteria is still to withdraw its units as agreed.")
    >>> _as_clause(doc[7]), _as_clause(doc[0])
    (agreed, None)
    """
    if tok is None or tok.lower_ != "as" or tok.dep_ != "mark" or tok.head.dep_ != "advcl" or tok.head.i < tok.i:
        return None
    return tok.head


_AGREEMENT_PARTY_NOUNS = language.words("agreement_party_nouns")


def _agreeing_party(verb) -> bool:
    """Whether ``agreed`` is a party's own agreement to a step: not negated (``has not agreed``,
    ``neither Norland nor Osteria has agreed``), not a participle after the deal's noun (``the truce
    agreed on in March``), not made on a condition (the condition is the term: ``agreed to reopen the
    crossings only if ...``), and its subject not the parties named by a plural noun (``the sides
    agreed``: whoever reports it names no party) unless the noun is counted (``both sides``, ``the
    three countries``) or names the dispute's parties (``the warring sides``, ``the parties to the accord``:
    :func:`_dispute_parties`), both those named before (:func:`parties_named_before`); a singular party
    noun (``the government agreed``) or a demonym's (``the Norwegian delegations``) names one.

    >>> from helpers import nlp as models
    >>> nlp = models.bare_nlp()
    >>> [_agreeing_party(nlp(t)[i]) for t, i in [("Norland agreed to a truce.", 1),
    ...                                          ("Norland has not agreed to a truce.", 3),
    ...                                          ("Berg said the sides agreed to a truce.", 4)]]
    [True, False, False]
    """
    if verb is None or verb.dep_ in ("acl", "amod") or any(c.dep_ == "neg" for c in verb.children):
        return False
    if _has_conditional(verb) or any(_has_conditional(c) for c in verb.children if c.dep_ == "xcomp"):
        return False
    subjects = [s for s in _clause_subjects(verb) if s.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_.lower() in JOINT_DECISION_VERBS and not any(
            (s.pos_ == "PROPN" and any(c.pos_ == "PROPN" for c in s.conjuncts)) or _named_parties(s) for s in subjects):
        return False  # ``Norland decided to withdraw``, ``Berg and her cabinet decided``: one side's deed
    for subj in subjects:
        if _neither(subj):
            return False
        if _party_noun(subj) and not _named_parties(subj) and subj.lemma_.lower() not in GROUP_OFFICE_NOUNS:
            return False  # ``the sides agreed``; ``the leaders agreed`` may be a group named before
    return True


def _neither(subj) -> bool:
    """Whether the subject ``subj`` is negated by ``neither`` (``neither Norland nor Osteria agreed``)."""
    return any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subj.children)


def _party_noun(subj) -> bool:
    """Whether ``subj`` names parties by a plain plural noun (``the sides``, ``both countries``; in
    title case too, ``both Ministers``, which the tagger reads as a name), not by a name or a demonym
    (``the Norwegian delegations``, ``Osteria's negotiators``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Both Ministers agreed. Both ministers agreed. Both Smiths agreed. Both EU leaders agreed.")
    >>> [_party_noun(doc[i]) for i in (1, 5, 9, 14)]
    [True, True, False, True]
    """
    bloc = subj.lemma_.lower() not in _THIRD_PARTY_ROLES  # ``the two EU leaders``: members; ``two EU mediators``: the bloc's
    named = any((c.dep_ in ("compound", "poss") or (c.dep_ == "amod" and c.text[:1].isupper()))
                and not (bloc and names_bloc(c)) for c in subj.children)
    plural = (subj.pos_ == "NOUN" and subj.tag_ == "NNS" and subj.lemma_.lower()) or (
        subj.tag_ == "NNPS" and subj.lower_.endswith("s") and subj.lower_[:-1])  # ``both Ministers``: title case
    return bool(plural) and plural in _AGREEMENT_PARTY_NOUNS and not named


def _pair_they_stand_for(subj):
    """The counted noun of parties a ``they`` stands for when it opens its sentence's subjects and
    the sentence before is about such a noun (its main subject: ``Both sides agreed to a truce. They
    also pledged to free the detainees.`` -> ``sides``), else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Both sides agreed to a truce. They also pledged to free the detainees.")
    >>> _pair_they_stand_for(doc[7]).text
    'sides'
    >>> doc = nlp.bare_nlp()("The envoys agreed to a truce. They also pledged to free the detainees.")
    >>> _pair_they_stand_for(doc[6]) is None
    True
    """
    seg = _segment_around(subj)
    if subj.lower_ not in _PLURAL or subj.dep_ != "nsubj" or seg is None or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.i < subj.i for t in seg):
        return None
    before = _segment_around(subj, 1)
    main = _main_subjects(before)[:1] if before is not None else []
    return main[0] if main and _counted_pair(main[0]) else None


def _counted_pair(subj) -> int:
    """How many parties a plain plural noun of parties is counted as, when it stands for those named
    before it (``both sides``, ``the two countries``: 2; ``the three countries``, ``all four
    mediators``: 3, 4; :func:`parties_named_before`), else 0.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Both sides agreed. The sides agreed. The two countries met. Two other countries met. "
    ...                      "The three countries met.")
    >>> [_counted_pair(doc[i]) for i in (1, 5, 10, 15, 20)]
    [2, 0, 2, 0, 3]
    """
    if not _party_noun(subj) or any(c.lemma_.lower() in ("other", "another") for c in subj.children):
        return 0  # ``two other countries``: not the two named before
    kids = {c.lower_: c.dep_ for c in subj.children}
    definite = any(w in _DEFINITE or w == "all" for w in kids)
    for w, d in kids.items():
        if d not in ("det", "predet", "nummod"):
            continue
        if w in PAIR_WORDS and (w == "both" or definite):
            return 2  # ``both sides``, ``the two countries``; not ``two countries``
        if w in GROUP_COUNTS and definite and d == "nummod":
            return GROUP_COUNTS[w]  # ``the three countries``, ``all four mediators``
    return 0


#: Adjectives (``the warring sides``) and nouns a party is ``to`` (``the parties to the accord``) that make a
#: definite plural noun of parties stand for the parties named before it, however many.
DISPUTE_PARTY_ADJECTIVES = language.words("dispute_party_adjectives")
PARTIES_TO_NOUNS = language.words("parties_to_nouns")


#: Nouns of a step the parties of a dispute take together (``the parties' pledge``): a bare ``the
#: parties`` owning one is the dispute's parties, not a country's political parties.
PARTY_STEP_NOUNS = language.words("party_step_nouns")


def _parties_owner(noun):
    """The possessor of a cue's noun that stands for the parties named before (``the two sides'
    commitment``, ``the warring parties' pledge``, and, before a noun of committing or agreeing, a
    bare ``the parties'``): they hold the term, not whoever welcomes or reports their commitment
    (``the envoy praised the parties' pledge of a truce``); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("He hailed the parties' commitment. He hailed the parties' leaders. He hailed Lee's pledge.")
    >>> [_parties_owner(doc[i]) is not None for i in (5, 12, 17)]
    [True, False, False]
    """
    if noun is None or noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not _party_noun(owner):
        return None
    bare = noun.lemma_.lower() in PARTY_STEP_NOUNS and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in owner.children)
    return owner if _counted_pair(owner) or _dispute_parties(owner) or bare else None


def _dispute_parties(subj) -> bool:
    """Whether a definite plural noun of parties that counts none (:func:`_counted_pair`) stands for the
    parties of the dispute or the deal named before it: ``the warring parties``, ``the rival
    delegations`` (:data:`DISPUTE_PARTY_ADJECTIVES`), ``the parties to the accord`` (:data:`PARTIES_TO_NOUNS`);
    not a bare ``the parties`` (a country's political parties), ``rival parties`` (no determiner) or ``the
    parties to the north``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The warring parties agreed. The parties to the truce met. Rival parties met. "
    ...                      "The parties met. The parties to the north met.")
    >>> [_dispute_parties(doc[i]) for i in (2, 6, 13, 17, 21)]
    [True, True, False, False, False]
    """
    if not _party_noun(subj) or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children):
        return False
    return any(c.dep_ == "amod" and c.lower_ in DISPUTE_PARTY_ADJECTIVES for c in subj.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in PARTIES_TO_NOUNS
                                                      for g in c.children) for c in subj.children)


#: Adjectives of parties at war (``the warring parties in Norland``): placed ``in`` a state, they fight there.
WAR_PARTY_ADJECTIVES = language.words("war_party_adjectives")


def _state_fought_in(subj, mentions: list[dict]) -> tuple[dict] | None:
    """The state the parties at war are placed ``in`` (``the warring parties in Norland``,
    :data:`WAR_PARTY_ADJECTIVES`): a civil war's parties are coded by the state they fight in; None
    when no state is named so, or for parties of talks (``the negotiating parties in Osteria``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The warring parties in Norland agreed to a truce.")
    >>> [p["actor"] for p in _state_fought_in(doc[2], [dict(actor="Norland", type="state", start=23, end=30)])]
    ['Norland']
    >>> _state_fought_in(doc[2], [dict(actor="Anna Berg", type="person", start=23, end=30)]) is None
    True
    """
    if not any(c.dep_ == "amod" and c.lower_ in WAR_PARTY_ADJECTIVES for c in subj.children):
        return None  # ``the negotiating parties in Osteria``: the host, not the state fought in
    for prep in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            found = _token_mention(obj, mentions)
            if found is not None and found.get("type") == "state":
                return (found,)
    return None


#: Number words and the number of parties they count (``count_words``, in order from ``two``).
GROUP_COUNTS = {w: n for n, w in enumerate(language.ordered("count_words"), start=2)}
#: How many sentences before a counted noun (``both sides``, ``the three countries``) its parties may be named.
PAIR_WINDOW = 2


def named_pair(subj, mentions: list[dict], side=None, count: int | None = None) -> tuple[dict, ...] | None:
    """The parties a counted noun (``both sides``, ``the three countries``: :func:`_counted_pair`)
    stands for: the nearest actors joined by ``and`` before it, as many as it counts, in its
    sentence or the :data:`PAIR_WINDOW` sentences before (``praised Norland and Osteria and said
    both nations agreed``); for a pair, else the two countries its sentence names before it
    (:func:`_two_sides_before`), or the host and guest of a meeting before it (:func:`_met_pair`); else a
    subject series of exactly that many in the
    :data:`JOINT_WINDOW` sentences before (a wire story's lede: ``X and Y announced a truce. ...
    Both governments then pledged ...``, :func:`joint_issuers`); else None. ``count``: how many it
    stands for when the noun counts none (``0``: any number, for :func:`_dispute_parties`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland and Osteria met. Both parties agreed on a truce.")
    >>> m = [dict(actor="Norland", start=0, end=7), dict(actor="Osteria", start=12, end=19)]
    >>> [p["actor"] for p in named_pair(doc[6], m)]
    ['Norland', 'Osteria']
    """
    count = (_counted_pair(subj) or 2) if count is None else count
    found = _pair_near(subj, mentions, side, count)
    if found is None and count:
        for same in _same_counted_before(subj, count):  # ``the two countries`` again, paragraphs later
            if (found := _pair_near(same, mentions, side, count)) is not None:
                break
    return found if found is not None or not count else _signatories_before(subj, mentions, count)


def _signatories_before(subj, mentions: list[dict], count: int) -> tuple[dict, ...] | None:
    """The parties of the latest document the text named with as many signatories as the counted noun
    ``subj`` counts, before it and within :data:`DOCUMENT_LOOKBACK` tokens (``Norland signed a declaration
    with the Freedom Front. ... Both parties pledged ...``; a framework backed by three blocs in between is
    passed over, a deal on another matter, such as a trade pact, too); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland signed a pact with Osteria. Rain fell. Envoys met. Both parties agreed.")
    >>> m = [dict(actor="Norland", start=0, end=7), dict(actor="Osteria", start=27, end=34)]
    >>> [p["actor"] for p in _signatories_before(doc[12], m, 2)]
    ['Norland', 'Osteria']
    """
    doc, since = subj.doc, max(0, subj.i - DOCUMENT_LOOKBACK)
    for tok in reversed(doc[since:subj.sent.start]):
        if tok.lemma_.lower() not in DOCUMENT_NOUNS or _other_talks(tok) \
                or (owner := _document_owner(tok, mentions)) is None:
            continue  # ``a trade pact``: a deal on another matter binds no parties of this one
        parties = list({p.get("actor"): p for p in _document_parties(tok, owner, mentions)}.values())
        if len(parties) == count:
            return tuple(parties)
    return None


#: How many earlier uses of the same counted noun (``the two countries``) a later one may follow back to
#: the parties the text named next to one of them (:func:`named_pair`).
SAME_PAIR_CHAIN = 4


def _same_counted_before(subj, count: int):
    """The earlier tokens, nearest first, at most :data:`SAME_PAIR_CHAIN` and within :data:`DOCUMENT_LOOKBACK`
    tokens, that count the same parties by the same noun as ``subj`` (``the two countries``, ``both
    countries``): a story that names its two parties once and then writes ``the two countries`` throughout
    means the same two each time.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The two countries met. Both countries agreed. Two countries left. The two sides met.")
    >>> [t.i for t in _same_counted_before(doc[15], 2)], [t.i for t in _same_counted_before(doc[6], 2)]
    ([], [2])
    """
    same = (t for t in _earlier_uses(subj, subj.sent.start) if _counted_pair(t) == count)
    return list(islice(same, SAME_PAIR_CHAIN))


def _earlier_uses(subj, end: int):
    """The tokens with ``subj``'s lemma before token ``end`` and within :data:`DOCUMENT_LOOKBACK` tokens
    of its sentence, nearest first."""
    lemma, lo = subj.lemma_.lower(), max(0, subj.sent.start - DOCUMENT_LOOKBACK)
    return (t for t in reversed(subj.doc[lo:end]) if t.lemma_.lower() == lemma)


def _pair_near(subj, mentions: list[dict], side, count: int) -> tuple[dict, ...] | None:
    """:func:`named_pair` within reach of ``subj`` itself: a series in its sentence or the
    :data:`PAIR_WINDOW` sentences before, the two sides its sentence names, or a lede's subject series."""
    doc = subj.doc
    lo = window_start(doc, subj.sent.start, PAIR_WINDOW)
    for tok in reversed(doc[lo:subj.i]):
        named_so = count or (_subject_or_beside(tok) and tok.head.dep_ != "relcl") \
            or (tok.dep_ == "pobj" and tok.head.lower_ in PAIR_PREPOSITIONS)
        series = _series_at(tok, mentions, subj, count) if named_so else None
        if series is not None:  # not ``Norland, Osteria and Valdia met. The two countries ...``
            return series  # however many (``count`` 0): a subject series or one ``between`` (not ``which X and Y praised``)
    near = _two_sides_before(subj, mentions, side) if count in (0, 2) else None
    near = near or (_met_pair(subj, mentions) if count == 2 else None)
    near = near or (_demonym_series_before(subj, count) if count else None)
    far = None if near or not count else joint_issuers(subj, mentions, count)
    return near or (far if far is not None and not _other_pair_after(subj.doc, far, mentions) else None)


def _demonym_series_before(subj, count: int) -> tuple[dict, ...] | None:
    """The states a series of demonyms in front of a noun of the parties or their envoys or of a document
    names (joined by ``and``, a comma or a dash: ``Norwegian and Swedish negotiators``, ``the
    Norwegian-Swedish accord``; :data:`_AGREEMENT_PARTY_NOUNS`, :data:`OFFICIALS_OF`, :data:`DOCUMENT_NOUNS`),
    in text order, the series nearest ``subj`` first, in its sentence before it or the :data:`PAIR_WINDOW`
    sentences before, when it names exactly as many states as the counted noun ``subj`` counts (``Norwegian
    and Swedish envoys met. Both sides agreed ...``); else None (``Norwegian and Swedish tourists``, a
    language, or a series of another size).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norwegian and Swedish envoys met. Both sides then backed a truce.")
    >>> [p["actor"] for p in _demonym_series_before(doc[7], 2)]
    ['Norway', 'Sweden']
    """
    doc = subj.doc
    lo = window_start(doc, subj.sent.start, PAIR_WINDOW)
    i = subj.i - 1
    while i >= lo:
        code, first = demonym_at(doc[i])
        if not code:
            i -= 1
            continue
        series, at = [], i
        head = doc[i]
        for _ in range(4):  # ``Norwegian and Swedish truce negotiators``: the noun the series names
            if head.dep_ not in ("compound", "amod", "conj", "nmod") or head.head.i == head.i:
                break
            head = head.head
        if not (head.lemma_.lower() in _AGREEMENT_PARTY_NOUNS | DOCUMENT_NOUNS or head.lower_ in OFFICIALS_OF):
            i = min(i, first) - 1
            continue  # ``talks held in Norwegian and Swedish``, ``Norwegian and Swedish tourists``: no parties
        joins = []
        while True:  # the series ending at ``at``, read leftwards
            state = demonym_state(doc[at])
            if state is None:
                break
            series.insert(0, state)
            code, first = demonym_at(doc[at])
            if first < lo + 2 or doc[first - 1].lower_ not in ("and", ",", *_JOINING_DASHES):
                break
            joins.append(doc[first - 1].lower_)
            at = first - 2 if doc[first - 1].lower_ != "and" or doc[first - 2].lower_ != "," else first - 3
            if at < lo:
                break
        states = list({p["actor"]: p for p in series}.values())
        if len(states) == count and (not joins or joins[0] != ","):  # ``Speaking in Norwegian, Swedish envoys``
            return tuple(states)
        i = min(i, first) - 1
    return None


#: Verbs whose subject and object are the two sides of a meeting (``Berg received Vos``): ``meeting_pair_verbs``.
MEETING_PAIR_VERBS = language.words("meeting_pair_verbs")


def _phrase_mention(tok, mentions: list[dict]) -> dict | None:
    """The actor ``tok`` names, or a name in apposition to it, or the state of its ``of`` (``the prime minister
    of Osteria, Karl Vos``: Osteria), else None; not an owner (``Karl Vos's proposal``) nor a source (``a
    letter from Karl Vos``)."""
    if tok.pos_ not in ("PROPN", "NOUN") or any(c.dep_ == "poss" for c in tok.children):
        return None  # ``Karl Vos's proposal``: a thing of theirs, not them
    ofs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return next((m for t in (tok, *(c for c in tok.children if c.dep_ == "appos"), *ofs)
                 if (m := _token_mention(t, mentions) or _named_in_apposition(t, mentions))), None)


def _met_pair(subj, mentions: list[dict]) -> tuple[dict, ...] | None:
    """The two actors a sentence in the :data:`PAIR_WINDOW` sentences before ``subj`` (a counted pair:
    ``the two leaders``) names as the subject and the object of a verb of meeting (``meeting_pair_verbs``:
    ``Anna Berg received Karl Vos. ... The two leaders agreed ...``), nearest first, when they are two sides
    (not one country's; ``Norland met Anna Berg`` of Norland is no pair); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Anna Berg received Karl Vos. The two leaders agreed on a truce.")
    >>> m = [dict(actor="Anna Berg", start=0, end=9), dict(actor="Karl Vos", start=19, end=27)]
    >>> [p["actor"] for p in _met_pair(doc[8], m)]
    ['Anna Berg', 'Karl Vos']
    """
    doc = subj.doc
    lo = window_start(doc, subj.sent.start, PAIR_WINDOW)
    for verb in reversed(doc[lo:subj.sent.start]):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in MEETING_PAIR_VERBS \
                or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue  # ``did not meet``, ``will meet``: no meeting yet
        found = [next((m for c in verb.children if c.dep_ == dep and (m := _phrase_mention(c, mentions))), None)
                 for dep in ("nsubj", "dobj")]
        if all(found) and found[0]["actor"] != found[1]["actor"] \
                and not (found[0].get("country") and found[0].get("country") == found[1].get("country")):
            return tuple(found)  # two sides: not a state meeting one of its own people
    return None


#: Nouns of people who act for a state (``the leaders``, ``the ministers``): written again for a group
#: named by them with ``of`` and a series, they stand for its members (:func:`group_named_before`).
GROUP_OFFICE_NOUNS = language.words("group_office_nouns")


def group_named_before(subj, mentions: list[dict]) -> tuple[dict, ...] | None:
    """The parties a definite plural noun of people who act for states (``the leaders``, ``the
    ministers``: :data:`GROUP_OFFICE_NOUNS`) stands for when a sentence before it, in the
    :data:`JOINT_WINDOW` sentences before, named a group by the same noun with ``of`` and a series
    of actors (``The leaders of Norland, Osteria and Valdia met. ... The leaders also agreed to
    ...`` -> the three); None for a noun with a word of its own (``the rebel leaders``, ``the
    leaders of the protest``, ``the ministers who walked out``), an indefinite one, a noun of no
    such office (``the farmers``), or when another group by that noun came between (``other
    leaders``, ``leaders from Valdia``); ``the leaders``, ``both leaders`` or ``the two leaders``
    between them is the same group.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The leaders of Norland and Osteria met. The talks ran late. The leaders agreed on a truce.")
    >>> m = [dict(actor="Norland", start=15, end=22), dict(actor="Osteria", start=27, end=34)]
    >>> [p["actor"] for p in group_named_before(doc[14], m)]
    ['Norland', 'Osteria']
    >>> doc = nlp.bare_nlp()("The leaders of Norland and Osteria met. Two leaders agreed on a truce.")
    >>> group_named_before(doc[9], m) is None
    True
    """
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in GROUP_OFFICE_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children) \
            or any(c.dep_ in ("compound", "poss", "amod", "nummod", "prep", "relcl") for c in subj.children):
        return None  # ``the rebel leaders``, ``the leaders of the protest``, ``the ministers who walked out``
    doc, lo = subj.doc, window_start(subj.doc, subj.sent.start, JOINT_WINDOW)
    for tok in reversed(doc[lo:subj.sent.start]):
        if tok.tag_ != "NNS" or tok.lemma_.lower() != subj.lemma_.lower():
            continue
        for obj in (o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"):
            return _series_at(obj, mentions, subj)
        if any(c.dep_ in ("compound", "poss", "amod", "prep", "relcl")
               or (c.dep_ == "det" and c.lower_ not in _DEFINITE and c.lower_ != "both") for c in tok.children):
            return None  # ``other leaders``, ``leaders from Valdia``: another group came between
    return None  # ``the leaders``, ``both leaders``, ``the two leaders`` in between: the same group, named before


def _other_pair_after(doc, series: tuple[dict, ...], mentions: list[dict]) -> bool:
    """Whether the sentence of a series names two more parties joined by ``and`` after it
    (``Norland and Valdia condemned the clashes between Osteria and the Front``): a counted noun
    further on may stand for either pair, so that sentence names no sure one."""
    last = _token_at(doc, max(m["start"] for m in series))
    named = {m.get("actor") for m in series}
    for tok in (last.sent[last.i - last.sent.start + 1:] if last is not None else []):
        one = _token_mention(tok, mentions)
        if one is None or one.get("actor") in named or any(c.i < tok.i for c in tok.conjuncts):
            continue
        if any((o := _token_mention(c, mentions)) is not None and o.get("actor") not in named | {one.get("actor")}
               for c in tok.conjuncts):
            return True
    return False


def _series_at(tok, mentions: list[dict], before, count: int = 0) -> tuple[dict, ...] | None:
    """The parties of the series of two or more actors that ``tok`` opens before token ``before``:
    its conjuncts, else the names read from the words when the parser split it
    (:func:`listed_subjects`), all distinct, and ``count`` of them when ``count`` is given;
    None when ``tok`` names no actor, is a later member of a series or opens none."""
    first = _token_mention(tok, mentions)
    if first is None or any(c.i < tok.i for c in tok.conjuncts):
        return None  # a later member of a series: its first one is read on
    others = [_token_mention(c, mentions) if c.i < before.i else None for c in tok.conjuncts]
    if not others or None in others or (count and len(others) != count - 1):
        others = listed_subjects(tok, mentions)  # a series the parser split
    if not others or (count and len(others) != count - 1) or any(o["start"] >= before.idx for o in others) \
            or len({first.get("actor"), *(o.get("actor") for o in others)}) != len(others) + 1:
        return None
    return (first, *others)


#: Words that make a statement several parties' (``joint``) and the nouns of what they issue together.
JOINT_WORDS = language.words("joint_words")
JOINT_STATEMENT_NOUNS = language.words("joint_statement_nouns")
#: Verbs of deciding that state an agreement only when several parties decide together (``joint_decision_verbs``).
JOINT_DECISION_VERBS = language.words("joint_decision_verbs")
#: Prepositions before a subjectless gerund whose doer is the clause's subject (``by signing``).
GERUND_DOER_PREPOSITIONS = language.words("gerund_doer_prepositions")
#: Verbs of starting or holding talks, in a list's point (``1. To initiate negotiations``).
TALK_START_VERBS = language.words("talk_start_verbs")
#: Nouns of people who speak unnamed (``officials``, ``diplomats``): ``source_nouns``.
SOURCE_PEOPLE = language.words("source_nouns")
#: How many sentences before a joint statement its issuers may be named (a wire story's lede, then its details).
JOINT_WINDOW = 6
#: Prepositions that name whom a statement is from (``the joint statement from Norland and Osteria``).
SOURCE_PREPOSITIONS = language.words("condition_source_prepositions")


def _joint_statement(subj) -> bool:
    """Whether ``subj`` is a statement several parties issued together with no issuer named on it
    (``the joint statement urged ...``; not ``Norland's joint statement with Osteria``)."""
    return subj.lemma_.lower() in JOINT_STATEMENT_NOUNS and any(
        c.dep_ == "amod" and c.lower_ in JOINT_WORDS for c in subj.children) and not _owners(subj) \
        and not any(c.dep_ == "prep" and c.lower_ in SOURCE_PREPOSITIONS for c in subj.children)


def joint_issuers(subj, mentions: list[dict], count: int = 0) -> tuple[dict, ...] | None:
    """The issuers of a joint statement (:func:`_joint_statement`): the nearest series of two or
    more parties that is a clause's subject (or stands beside it: ``the mediators, X, Y and Z,``)
    in its sentence or the :data:`JOINT_WINDOW` sentences before (``Norland, Valdia and Osteria
    called for a truce. ... The joint statement urged ...``); else None (no one named). A statement
    said to be ``from`` someone is read as theirs. With ``count``, a series of that many parties
    only: a counted noun's parties named in a story's lede (:func:`named_pair`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland and Osteria met. Rain fell. The joint statement urged calm.")
    >>> m = [dict(actor="Norland", start=0, end=7), dict(actor="Osteria", start=12, end=19)]
    >>> [p["actor"] for p in joint_issuers(doc[10], m)]
    ['Norland', 'Osteria']
    """
    doc, lo = subj.doc, window_start(subj.doc, subj.sent.start, JOINT_WINDOW)
    for tok in reversed(doc[lo:subj.i]):
        series = _series_at(tok, mentions, subj, count) if _subject_or_beside(tok) else None
        if series is not None:
            return series
    return None


def _subject_or_beside(tok) -> bool:
    """Whether ``tok`` is a clause's subject or a name in apposition to a common noun that is one
    (``The three mediators, Norland, Osteria and Valdia, met``: Norland; not a later name of a series
    the parser split, ``Norland, the United States, Valdia and Osteria met``)."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "NOUN")


def _in_subject_phrase(tok) -> bool:
    """Whether ``tok`` lies inside the phrase that is a clause's subject (``a broadcast heard in Lakeport
    said ...``), not in its object or its adjuncts (``an envoy met officials in Lakeport``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A broadcast heard in Lakeport said so. An envoy met officials in Lakeport.")
    >>> _in_subject_phrase(doc[4]), _in_subject_phrase(doc[13])
    (True, False)
    """
    return any(a.dep_ in ("nsubj", "nsubjpass") for a in tok.ancestors)


def _two_sides_before(subj, mentions: list[dict], side=None) -> tuple[dict, dict] | None:
    """The two parties of a counted pair its own sentence names before it, not joined by ``and``:
    the first actor of each of exactly two countries there (``Berg told the Osterian side to keep to
    the talks where both parties had agreed ...``); else None. A place named inside the subject as
    where something happened (:func:`_venue`, :func:`_in_subject_phrase`: ``a broadcast heard in
    Lakeport said ...``) is no side; a place where the subject met others is (``met officials in
    Lakeport``). ``side``: the article's side of an actor (:meth:`Article.side`), else the mention's
    country.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A report from Osteria heard in Valdia said the two parties agreed. "
    ...                      "Osteria met envoys in Valdia, and the two parties agreed.")
    >>> m = [dict(actor=a, country=a[:3].upper(), start=s, end=s + len(a))
    ...      for a, s in (("Osteria", 14), ("Valdia", 31), ("Osteria", 67), ("Valdia", 89))]
    >>> _two_sides_before(doc[10], m) is None, [p["actor"] for p in _two_sides_before(doc[22], m)]
    (True, ['Osteria', 'Valdia'])
    """
    by_side: dict[str, dict] = {}
    for tok in subj.sent:
        if tok.i >= subj.i:
            break
        found = _token_mention(tok, mentions)
        if found is not None and _venue(subj.sent, found["start"]) and _in_subject_phrase(tok):
            continue  # ``a broadcast heard in Lakeport said both parties agreed``: where it was heard is no side
        country = (side(found)[0] if side else found.get("country")) if found is not None else ""
        if country:
            by_side.setdefault(country, found)
    return tuple(by_side.values()) if len(by_side) == 2 else None


def _shared_subject(verb, tok) -> bool:
    """Whether ``tok`` lies in the subject ``verb`` shares with the verb it is joined to by ``and``
    (a conjunct with no subject of its own): ``the release of the captives is urgent and must come
    first`` (``come`` has the release as its subject too).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The release of the captives is urgent and must come first.")
    >>> _shared_subject(doc[9], doc[1]), _shared_subject(doc[5], doc[1])
    (True, False)
    """
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    return any(c.left_edge.i <= tok.i <= c.right_edge.i for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass"))


def _opens_sentence(tok) -> bool:
    """Whether ``tok`` is the first word of its sentence (after any opening quotation mark).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Under the plan, talks resume. They met under the plan.")
    >>> _opens_sentence(doc[0]), _opens_sentence(doc[10])
    (True, False)
    """
    if tok is None:
        return False
    before = [t for t in tok.sent if t.i < tok.i]
    return all(t.is_punct or t.is_space for t in before)


def _cleft(head):
    """The noun on the other side of ``be`` in a pseudo-cleft whose ``what`` clause the cue heads
    (``what Norland wants is a truce``, ``a truce is what Norland wants``): that noun is the term;
    else ``head`` (``what Norland wants is not clear``, ``... is whether the truce holds``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("What Norland wants is a truce.")
    >>> _cleft(doc[2]).text
    'truce'
    """
    wh = any(t.lower_ == "what" and t.tag_ == "WP" and t.i < head.i for t in head.subtree)
    if not (wh and head.dep_ in ("csubj", "ccomp", "attr", "pcomp", "advcl") and head.head.lemma_ == "be"):
        return head
    other = [c for c in head.head.children if c.dep_ in ("attr", "nsubj") and c.i != head.i
             and c.pos_ in ("NOUN", "PROPN")]
    return other[0] if other else head


def _elided_clause(cue: Match, head):
    """The clause a conditional's elided verb stands for: ``Norland will keep the truce as long
    as Osteria does`` (``does`` repeats ``keep the truce``, the term); else ``head`` itself."""
    if cue.kind != "conditional" or head.lemma_.lower() != "do" or head.head.i == head.i:
        return head
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "acomp") for c in head.children):
        return head  # ``as long as Osteria does its part``: a verb of its own
    up = head.head
    while up.dep_ == "advmod" and up.head.i != up.i:  # ``as long as``: the clause hangs on ``long``
        up = up.head
    return up


def _elides(cue: Match, doc) -> bool:
    """Whether a conditional's clause is a bare ``do`` that repeats the main clause (``as long as
    Osteria does``): then the main clause before it states the term."""
    tok = _token_at(doc, _conditional_word(cue, doc))
    if tok is None or cue.kind != "conditional":
        return False
    head = _cue_head(tok)
    return _elided_clause(cue, head).i != head.i


def _conditional_word(cue: Match, doc) -> int:
    """Where the cue's scope is read from: a conditional's last word (``would only sign a truce
    if ...``: the ``if`` clause is the term, not the truce the holder would sign), else its first."""
    if cue.kind != "conditional":
        return cue.start
    last = _token_at(doc, cue.end - 1)
    return last.idx if last is not None else cue.start


def _in_agent(tok, head) -> bool:
    """Whether ``tok`` lies in the ``by`` agent of the cue's verb and that agent is someone
    (``convoys proposed by the envoys``: the envoys propose, they are not proposed); what a deal
    is backed by is a term (``must be backed by security guarantees``: ``condition_backing_nouns``),
    and so is the body that watches over it (``policed by neutral monitors``: ``condition_supervising_verbs``,
    ``condition_monitor_nouns``; not ``monitored by the families of the detainees``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A truce must be backed by guarantees. A truce must be proposed by envoys.")
    >>> _in_agent(doc[6], doc[4]), _in_agent(doc[14], doc[12])
    (False, True)
    >>> doc = nlp.bare_nlp()("A truce must be policed by monitors.")
    >>> _in_agent(doc[5], doc[3])
    False
    """
    if head.lemma_.lower() in SUPERVISING_VERBS and all(
            g.lemma_.lower() in MONITOR_NOUNS for a in head.children if a.dep_ == "agent" for g in a.children
            if g.dep_ == "pobj"):
        return False  # ``a truce policed by neutral monitors``: who watches over the deal is one of its terms
    for agent in (c for c in head.children if c.dep_ == "agent" and c.left_edge.i <= tok.i <= c.right_edge.i):
        who = [g for g in agent.children if g.dep_ == "pobj"]
        if not who or who[0].lemma_.lower() not in BACKING_NOUNS:
            return True  # ``proposed by the families of the detainees``: the families propose
    return False


def _modified_noun(cue_tok, obj_tok) -> bool:
    """Whether the object is in the noun phrase a participle cue modifies: ``aid convoys,
    proposed by Norland,`` (the convoys are what Norland proposed)."""
    noun = cue_tok.head
    return cue_tok.dep_ == "acl" and cue_tok.tag_ == "VBN" and noun.left_edge.i <= obj_tok.i < cue_tok.i


def _relative_antecedent(head, obj_tok) -> bool:
    """Whether the object is in the noun a relative clause of the cue describes, the clause's
    object: ``the surcharge on grain, which Osteria wants scrapped`` (what Osteria wants is the
    surcharge gone); not the relative clause's subject (``the envoy, who demands a truce``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They kept the embargo, which Osteria wants lifted.")
    >>> _relative_antecedent(doc[8], doc[3])  # the clause of ``wants lifted``
    True
    """
    noun = head.head
    top = _noun_phrase_top(noun)  # ``the surcharge on grain, which ...``: the whole noun phrase
    if head.dep_ != "relcl" or noun.i == head.i or not (top.left_edge.i <= obj_tok.i <= noun.i
                                                         or _apposition_after(noun, head, obj_tok)):
        return False
    pronouns = [t for t in head.subtree if t.tag_ in ("WDT", "WP") and t.i < head.i]
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not pronouns:  # a contact clause (``the truce Norland wants``): its own subject, the noun its object
        return any(s.i < head.i and s.i > noun.i for s in subjects)
    return not (len(subjects) == 1 and subjects[0] in pronouns)  # ``which X wants``: X


def _apposition_after(noun, clause, tok) -> bool:
    """Whether ``tok`` lies in an apposition on ``noun`` after the relative clause ``clause`` on it:
    the apposition names the noun again, so what the clause says of the noun it says of the
    apposition (``the pullback Norland seeks, a withdrawal of all troops, ...``); not a clause
    that wants something else (``the envoy Norland seeks to appoint, a veteran of ...``), nor a
    phrase hung on the apposition's noun.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The withdrawal Norland seeks, a pullback of all troops, would take months.")
    >>> clause = next(t for t in doc if t.lower_ == "seeks")
    >>> _apposition_after(clause.head, clause, doc[6]), _apposition_after(clause.head, clause, doc[13])
    (True, False)
    """
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in clause.children):
        return False  # ``the envoy Norland seeks to appoint, a veteran of ...``: the clause wants another thing
    return any(c.dep_ == "appos" and c.i > clause.right_edge.i and c.left_edge.i <= tok.i <= c.i
               for c in noun.children)  # the apposition's own noun, not a phrase hung on it


def _noun_phrase_top(noun):
    """The noun a chain of ``of``/``on`` phrases hangs from (``the release of the detainees`` for
    ``detainees``): the head of the whole noun phrase ``noun`` ends."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def _aside(tok, head) -> bool:
    """Whether ``tok`` lies in a clause set beside the cue's clause (``Norland is ready to talk,
    as Osteria lifted the embargo``: the embargo is not under ``ready to``), or in a clause that
    dates a past deed and hangs on a cue in the past (``Norland demanded a truce after the detainees
    were freed``: :data:`PAST_TIME_MARKERS`; ``said it would sign after Osteria lifted the embargo``
    keeps the embargo, under a verb yet to act, and ``hold the lines they held when the truce began``
    keeps a clause inside the term).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland demanded a truce after the detainees were freed.")
    >>> _aside(doc[6], doc[1]), _aside(doc[3], doc[1])
    (True, False)
    """
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ASIDE_MARKERS for c in node.children) \
                and not any(t.lower_ in ("long", "soon", "far") for t in [node.head, *node.children]):  # as long as
            return True
        if node.dep_ == "advcl" and node.head.i == head.i and _past_deed(node) and _past_deed(_governing_verb(head)) \
                and any(c.dep_ in ("mark", "advmod") and c.lower_ in PAST_TIME_MARKERS for c in node.children):
            return True
        if _describes_subject(node, head):
            return True
        node = node.head
    return False


def _describes_subject(node, head) -> bool:
    """Whether ``node`` is a relative clause set off by commas on the subject of the cue's clause
    ``head``, a name or one a ``who`` clause describes (``Berg, who helped broker prisoner swaps, now
    seeks a role in the talks``): it tells who the subject is, not what the subject asks; its own cue,
    if any, makes its own row. A thing's clause may be the term (``A deal, which would free them,
    remains Norland's goal``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Berg, who helped broker prisoner swaps, now seeks a role. Berg seeks swaps that free all.")
    >>> seeks = [t for t in doc if t.lower_ == "seeks"]
    >>> _describes_subject(doc[3], seeks[0]), _describes_subject(next(t for t in doc if t.lower_ == "free"), seeks[1])
    (True, False)
    """
    doc, edge, end = node.doc, node.left_edge.i, node.right_edge.i
    return node.dep_ == "relcl" and node.head.dep_ in _SUBJECT_DEPS and node.head.head.i == head.i \
        and (node.head.pos_ == "PROPN" or any(t.lower_ in ("who", "whom", "whose") for t in doc[edge:edge + 2])) \
        and edge > 0 and doc[edge - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","


#: Markers of a clause that dates a past deed (``after``, ``when``): under a cue in the past, no term.
PAST_TIME_MARKERS = language.words("condition_past_time_markers")


def _past_deed(verb) -> bool:
    """Whether ``verb`` tells a deed done: a simple past, or a past auxiliary with no modal (``demanded``,
    ``were freed``, ``had left``; not ``would sign``, ``will be freed``, ``have left``)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux)


def _wanted_from(tok, head) -> bool:
    """Whether ``tok`` lies in a phrase of :data:`SOURCE_PREPOSITIONS` on ``head``, a verb of
    wanting that is the cue itself, which names whom or what something is wanted from, not what is
    wanted: ``what Norland wants from the truce talks`` (``wants a withdrawal from the valley`` hangs
    the valley on the withdrawal, and stays in scope; ``must desist from violating the truce`` is an
    obligation's verb, not a verb of wanting, and the caller does not ask).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("What Norland wants from the truce talks is unclear.")
    >>> _wanted_from(doc[5], doc[2]), _wanted_from(doc[0], doc[2])
    (True, False)
    """
    return any(c.dep_ == "prep" and c.lower_ in SOURCE_PREPOSITIONS and c.left_edge.i <= tok.i <= c.right_edge.i
               for c in head.children)


def _given_in_return(tok, head) -> bool:
    """Whether ``tok`` names what the holder of a demand would give once it is met, not what it asks
    for: the object of ``in exchange for``, ``in return for``, ``as the price for`` (``Norland demanded
    a pullback as its price for any truce``). A measure is left alone: lifted or kept, it is a term
    (:func:`measure_on_condition`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland demanded a pullback as its price for any truce.")
    >>> _given_in_return(doc[9], doc[1]), _given_in_return(doc[3], doc[1])
    (True, False)
    """
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ in ("pobj", "pcomp") and node.head.lower_ == "for":
            noun = node.head.head
            if noun.lemma_.lower() in RETURN_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as"):
                return True
        node = node.head
    return False


def _trade_under_demand(prep) -> bool:
    """Whether ``prep`` opens an ``in exchange for``/``in return for`` that hangs on a clause a verb of
    demanding asks of another (``Norland demands that Osteria free them in return for a truce``): what
    follows is what the demand's holder would give. A trade set out with ``should`` or ``must`` may be a
    mediator's, both of whose halves are its terms, and is left alone.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland demands that Osteria free them in return for a truce.")
    >>> _trade_under_demand(doc[6]), _trade_under_demand(nlp.bare_nlp()("Norland offered talks in return for a truce.")[3])
    (True, False)
    """
    if prep is None or prep.lower_ != "in" or not any(c.dep_ == "pobj" and c.lemma_.lower() in RETURN_NOUNS
                                                          for c in prep.children):
        return False
    return _demanded_clause(prep.head)


#: A noun cue's own clause (``demand that ...``, ``proposal for ...``) up to the next clause break.
_NOUN_CLAUSE = re.compile(r"\s+(?:that|for)\b[^,;:()\"\u201c\u201d]*$")


def _noun_clause(cue: Match, obj: Match, cue_tok) -> bool:
    """Whether the object lies in the clause a noun cue opens, whatever the parse attached it to:
    ``a reply to Norland's demand that Osteria halt the tests`` (the parse may hang the
    ``that`` clause on another noun)."""
    return cue_tok.pos_ == "NOUN" and obj.start > cue.end and \
        bool(_NOUN_CLAUSE.match(_doc_text(cue_tok.doc)[cue.end:obj.start]))


def _token_at(doc, char: int):
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _innermost(quotes: list[dict], start: int, end: int) -> dict | None:
    hits = [q for q in quotes if q["start"] <= start and end <= q["end"]]
    return min(hits, key=lambda q: q["end"] - q["start"]) if hits else None


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


def _venue(sent, start: int) -> bool:
    """Whether the mention at ``start`` names where something happened (``signed in Norway``):
    the object of ``in`` or ``at`` in its own segment ``sent``, or where a trip went or came from
    (``on his return from Norway``: :func:`~helpers.actors.filters.gone_to` after a noun; ``the call
    came from Norway`` names who made it), no actor of the sentence."""
    tok = _token_at(sent.doc, start)
    while tok is not None and tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ == "pobj" and sent.start <= tok.head.i < sent.end \
        and (tok.head.lower_ in ("in", "at") or (gone_to(tok) and tok.head.head.pos_ == "NOUN"))  # ``on his return from``


def _broker(sent, start: int) -> bool:
    """Whether the mention at ``start`` only brokers what the sentence is about: the agent of a verb
    of brokering (``talks hosted by Norway``, ``a plan mediated by Norway``) or the owner of a noun
    of brokering (``under the auspices of Norway``), or one joined to it (``monitored by Norway and
    Sweden``); such an actor sets no term of the talks."""
    tok = _token_at(sent.doc, start)
    while tok is not None and tok.dep_ in ("compound", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok is None or tok.dep_ != "pobj" or not sent.start <= tok.head.i < sent.end:
        return False
    return brokered_by(tok) or (tok.head.lower_ == "of" and tok.head.head.lower_ in BROKER_NOUNS)


def _in_relative_clause(sent, char: int) -> bool:
    """Whether the token at ``char`` sits in a relative clause (``The draft, which Norway has seen,
    calls for …``): an actor there describes a noun of the sentence, it does not set its terms,
    unless the clause says it issued it (``which Norway tabled``: a verb of ``publish_verbs``).

    >>> from helpers import nlp
    >>> sent = next(nlp.bare_nlp()("The draft, which Norway has seen, calls for a truce.").sents)
    >>> _in_relative_clause(sent, sent.text.index("Norway")), _in_relative_clause(sent, 0)
    (True, False)
    """
    tok = next((t for t in sent if t.idx <= char < t.idx + len(t)), None)
    return tok is not None and any(a.dep_ == "relcl" and a.lemma_.lower() not in PUBLISH_VERBS
                                   for a in [tok, *tok.ancestors])


def _receives(sent, char: int) -> bool:
    """Whether the mention at ``char`` is the subject of a verb of receiving a plan (``Osteria
    welcomed the plan``) or the agent of a verb of reading one (``a copy seen by Osteria``): it
    answers or read the plan, it does not set its terms."""
    tok = _token_at(sent.doc, char)
    return tok is not None and (_reader(tok) or _receiver(tok))


def _reader(tok) -> bool:
    """Whether ``tok`` is (in) the agent of a verb of reading a document (``a copy seen by Osteria``)."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    by = tok.head if tok.dep_ == "pobj" else None
    return by is not None and by.dep_ == "agent" and by.head.lemma_.lower() in READ_VERBS


def _fallback_holder(sent, cue_pos: int, addressee, mentions):
    """First actor of the sentence before the cue (other than the addressee, one that only backs
    another: ``Norway-backed``, or one a speaker told it to: :func:`listener`), else any in it, unless
    the actors before the cue only receive or back the plan (:func:`_receives`)."""
    text = _doc_text(sent.doc)
    in_sent = [m for m in mentions if sent.start_char <= m["start"] < sent.end_char and m.get("actor")
               and not _paper(m, mentions) and not brokering(text, m["end"])
               and not _venue(sent, m["start"]) and not _broker(sent, m["start"])
               and not _in_relative_clause(sent, m["start"]) and not _receives(sent, m["start"])
               and not listener(m, sent.doc) and not (m.get("type") == "state" and _in_portfolio(sent.doc, m["start"]))]
    asked = _addressee_and_conjuncts(sent.doc, addressee, mentions)
    other = [m for m in in_sent if m["actor"] not in asked]
    before = [m for m in other if m["start"] < cue_pos]
    if not before and _common_noun_subject(sent.doc, cue_pos, mentions):
        return None  # ``Diplomats proposed using the assets to fund Osteria's rebuilding``: who proposed is unnamed
    other = before or [m for m in other if not _asked(_token_at(sent.doc, m["start"]))]
    if not before and any(sent.start_char <= m["start"] < cue_pos and _receives(sent, m["start"]) for m in mentions):
        # ``Norland would back the plan only if Osteria ...``: the plan is neither's, unless the cue's
        # noun names its owner (``rejected the offer from Osteria``)
        cue = _token_at(sent.doc, cue_pos)
        return next((m for m in other if cue is not None and _owner_of(_token_at(sent.doc, m["start"]), cue)), None)
    return (before or other or [None])[0]


def _common_noun_subject(doc, cue_pos: int, mentions: list[dict] = ()) -> bool:
    """Whether the verb the cue at ``cue_pos`` is (or hangs on) has a subject that is a noun of people who
    speak unnamed (``source_nouns``) whose words name no actor (``Diplomats proposed ...``, ``European
    leaders proposed ...``; not ``The aim of Norland is ...``, ``The call came from Osteria``): the clause
    says who holds the term and names no one the tables know, so no actor written after the cue stands in
    for them.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Diplomats proposed a truce. Osteria proposed a truce.")
    >>> _common_noun_subject(doc, 10), _common_noun_subject(doc, 36)
    (True, False)
    """
    tok = _token_at(doc, cue_pos)
    if tok is None:
        return False
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(
        c.pos_ == "NOUN" and c.lower_ in SOURCE_PEOPLE and not c.ent_type_
        and not any(_overlapping(mentions, t.idx, t.idx + len(t)) for t in c.subtree) for c in subjects)


def _in_portfolio(doc, char: int) -> bool:
    """Whether the mention at ``char`` names the state a title deals with (``The envoy for Osteria Ann Lee
    said ...``: :func:`~.sides.portfolio`): the title's holder speaks, the state is no party of it."""
    tok = _token_at(doc, char)
    return tok is not None and portfolio(tok)


def _addressee_and_conjuncts(doc, addressee, mentions) -> set:
    """The actors a term is asked of: the addressee and the actors joined to it by ``and`` (``Norland and
    Osteria should swap prisoners``: both are asked, neither sets the term).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland and Osteria should swap prisoners.")
    >>> m = [dict(actor="Norland", start=0, end=7), dict(actor="Osteria", start=12, end=19)]
    >>> sorted(_addressee_and_conjuncts(doc, m[0], m))
    ['Norland', 'Osteria']
    """
    if not addressee:
        return set()
    tok = _mention_root(addressee, doc)  # ``the Freedom Front``: its head, not ``the``
    joined = (_token_mention(t, mentions) for t in (tok.conjuncts if tok is not None else ()))
    return {addressee.get("actor"), *(m["actor"] for m in joined if m)}


def _asked(tok) -> bool:
    """Whether the name at ``tok`` is the party a term is asked of: the object of a verb of demanding
    with a clause after it (``it asks [Osteria] to withdraw``), or the subject of a clause that states
    a term (:func:`_term_clause`: ``only if [Osteria] observes the truce``); also the one given a time to
    act (``gave [Osteria] a week to``) or given aid (``provide aid to [Osteria]``). No fallback holder.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It asks Osteria to withdraw. It thanks Osteria for the talks.")
    >>> _asked(doc[2]), _asked(doc[9])
    (True, False)
    """
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok is None:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return _term_clause(tok.head)
    if tok.dep_ == "dative" and _ultimatum_time(tok.head):
        return True  # ``the leaders gave [Osteria] three months to open talks``: the one given the time is asked
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and (verb := next(
            (a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None \
            and verb.lemma_.lower() in GIVING_VERBS:
        return True  # ``donors pledged to provide aid to [Osteria]``: the one given aid sets no term
    return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in DEMAND_VERBS and any(
        c.dep_ in ("xcomp", "ccomp") for c in tok.head.children)


#: Verbs of giving: the party after their ``to`` receives (``provide aid to Osteria``), it sets no term.
GIVING_VERBS = language.words("condition_giving_verbs")


def _ultimatum_time(verb) -> bool:
    """Whether ``verb`` gives a span of time to act in (``gave Osteria 48 hours to leave``): a verb of giving
    (``condition_giving_verbs``) with a unit of time as its object (``condition_time_units``, ``a week``
    parsed as an adverbial noun too) and a ``to`` clause of what must be done.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland gave Osteria 48 hours to leave. Norland gave Osteria 48 tanks.")
    >>> _ultimatum_time(doc[1]), _ultimatum_time(doc[9])
    (True, False)
    """
    return verb.lemma_.lower() in GIVING_VERBS and any(c.dep_ in ("dobj", "npadvmod")
                                                       and c.lemma_.lower() in TIME_UNITS for c in verb.children) \
        and any(c.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(a.lower_ == "to" for a in c.children)
                for c in [*verb.children, *(g for c in verb.children if c.dep_ in ("dobj", "npadvmod")
                                            for g in c.children)])


def _owner_of(tok, noun) -> bool:
    """Whether ``tok`` names whose ``noun`` (a cue's word) is: one of its :func:`_owners` (``Osteria's
    offer``) or the object of ``from`` or ``by`` after it (``the offer from Osteria``, ``proposed by
    Osteria``)."""
    if tok is None:
        return False
    return any(o.i == tok.i for o in _owners(noun)) or (
        tok.dep_ == "pobj" and tok.head.lower_ in OWNER_PREPOSITIONS and tok.head.head.i == noun.i)


# --------------------------------------------------------------------------- the rules


@dataclass
class Article:
    """One article as the condition rules see it (built once per article from its context)."""

    name: str
    doc: object
    text: str
    mentions: list[dict]
    quotes: list[dict]
    taxonomy: Taxonomy
    ctx: ArticleContext | None = None
    _sides: dict = field(default_factory=dict)

    @classmethod
    def from_context(cls, ctx: ArticleContext, taxonomy: Taxonomy) -> "Article":
        mentions = sorted((m for m in ctx.mentions or [] if m.get("actor") and not in_agency_dateline(ctx.text, m["start"])),
                          key=lambda m: (m["start"], m["end"]))  # the agency of a dateline files the story, holds no term
        quotes = [q for q in ctx.quotes or [] if q.get("start") is not None and q.get("end") is not None]
        return cls(ctx.name, ctx.doc, ctx.text, mentions, quotes, taxonomy, ctx)

    def side(self, holder: dict) -> tuple[str, str]:
        """(country, rule) of the holder's side: its own country (no rule), else what the article
        states (:mod:`.sides`)."""
        key = (holder.get("actor"), holder.get("country") or "")
        if key not in self._sides:
            self._sides[key] = holder_side(holder, self.mentions, self.doc)
        return self._sides[key]

    def commentator(self, holder: dict) -> bool:
        """Whether the article describes the holder as a commentator (:func:`.sides.described_as_commentator`)."""
        key = ("commentator", holder.get("actor"))
        if key not in self._sides:
            self._sides[key] = described_as_commentator(holder, self.mentions, self.doc)
        return self._sides[key]

    @cached_property
    def speakers(self):
        """The quote module's view of the article, to resolve a holder as a speaker is resolved."""
        from ..quotes import QuoteArticle
        return QuoteArticle(self.ctx if self.ctx is not None else as_context(self.doc, self.name, self.mentions))


@dataclass
class Clue:
    """One category match in one sentence, with everything the cue and holder rules read."""

    article: Article
    sent: object
    obj: Match
    cues: list[Match]
    previous: object = None
    cue: Match | None = None
    lead: list = field(default_factory=list)  # for a plan's item: its list's opener, then the segments before it
    others: list = field(default_factory=list)  # the sentence's category matches (this one among them)
    pledges: list = field(default_factory=list)  # the sentence's parties' ``will`` (:func:`party_pledge`)

    @property
    def name(self) -> str:
        """The article's name (rules' errors are logged with it)."""
        return self.article.name

    @property
    def kind(self) -> str:
        return self.cue.kind if self.cue else "standalone"

    @cached_property
    def context_owner(self) -> dict | None:
        """The author of a document named just before (:func:`_context_document_owner`), asked once."""
        return _context_document_owner(self)

    @cached_property
    def quote(self) -> dict | None:
        return _innermost(self.article.quotes, self.obj.start, self.obj.end)

    @cached_property
    def anchor(self):
        """The token the holder is looked for from: the cue's first word (its last word when the
        cued clause's subject is the addressee: the ``that`` of ``on condition that``; the clause a bare
        ``provided`` opens, wherever the parser hung it), else the object."""
        cue = self.cue
        if cue is not None and cue.kind == "threat":
            clauses = _threat_clauses(cue, self.sent.doc)
            return clauses[0] if clauses else None  # who threatens: the subject of the main clause
        at = (cue.end - 1 if cue.subject == "addressee" else cue.start) if cue else self.obj.start
        if cue is not None and cue.kind == "document" and cue.end <= self.obj.start:
            noun = _token_at(self.sent.doc, cue.end - 1)
            if noun is not None and noun.lower_ == "which":
                return _token_at(self.sent.doc, cue.start)  # ``X floated a deal under which Y would ...``: X's deal
            if noun is not None and _owners(noun):
                return noun  # ``Under Norland's proposal, Osteria would ...``: the proposal's owner
            first = _token_at(self.sent.doc, cue.start)
            if first is not None and _item_of_noun(_token_at(self.sent.doc, self.obj.start), first):
                return first  # ``provisions on Osteria's neutrality``: the document's, not the item's owner
            at = self.obj.start  # ``Under the deal, A will withdraw, while B will disarm``: each clause's party
        tok = _token_at(self.sent.doc, at)
        clause = _proviso_clause(tok) if tok is not None and cue is not None and cue.subject == "addressee" else None
        if clause is not None:
            return clause  # ``accept a truce provided [Osteria stops]``: the proviso's own clause, wherever it hangs
        return tok

    @cached_property
    def pair(self) -> tuple | None:
        """For a cue whose holder is a counted noun of parties (``both sides agreed``, ``the three
        countries``), the parties of a dispute (``the warring parties``: the state they fight in, or
        those named before, :func:`_dispute_parties`) or a joint statement: its parties
        (:func:`named_pair`, :func:`joint_issuers`), ``()`` when none are named before; for ``the
        leaders`` of a group named before, that group (:func:`group_named_before`); else None."""
        cue = self.cue
        if cue is not None and cue.subject == "addressee" and (agreed := _agreeing_pair(self.anchor)) is not None:
            return named_pair(agreed, self.article.mentions, self.article.side) or None
        if cue is None or cue.subject != "holder" or self.anchor is None or _owned_frame(cue, self.sent, self.article.mentions):
            return None
        subj = _first_subject(self.anchor, self.sent)
        if (bound := _bound_pair(self.anchor)) is not None:  # ``the pact commits the two sides to ...``
            return named_pair(bound, self.article.mentions, self.article.side) or ()
        if (owner := _parties_owner(self.anchor)) is not None:  # ``praised the two sides' pledge of a truce``
            return (_state_fought_in(owner, self.article.mentions)
                    or named_pair(owner, self.article.mentions, self.article.side, count=_counted_pair(owner)) or ())
        if subj is not None and _joint_statement(subj) and (issuers := joint_issuers(subj, self.article.mentions)):
            return issuers
        if subj is None:
            return None
        if (counted := _pair_they_stand_for(subj)) is not None:  # ``Both sides agreed ... They also pledged``
            subj = counted
        if not _counted_pair(subj):
            if _dispute_parties(subj):  # ``the warring parties``, ``the parties to the accord``: however many were named
                return _state_fought_in(subj, self.article.mentions) \
                    or named_pair(subj, self.article.mentions, self.article.side, count=0) or ()
            return group_named_before(subj, self.article.mentions)  # ``the leaders`` of a group named before
        return named_pair(subj, self.article.mentions, self.article.side) or ()

    def _term_span(self) -> tuple[int, int]:
        """The term's characters; for a refusal or a demand said after it, from the possessor of a noun of
        the term's phrase (``Lee said Osteria's return to the old borders is unacceptable``, ``Lee said
        Osteria's neutrality was a key condition``: whose step it is, not who refuses or asks it, unless no
        one else does), up to a noun of demands, goals or documents (``Osteria's demand for ...``: its own)."""
        start, word = self.obj.start, _token_at(self.sent.doc, self.obj.start)
        if self.cue is None or self.cue.kind not in _SAID_AFTER_KINDS or _owned_cue(self.cue, self.sent.doc):
            return start, self.obj.end
        if (content := _predicated_content(_token_at(self.sent.doc, self.cue.start))) is not None:
            start = min(start, content.left_edge.idx)  # ``Osteria's withdrawal is a precondition for talks``
        if self.cue.start < self.obj.end:
            return start, self.obj.end
        while word is not None and word.lemma_.lower() not in DOCUMENT_NOUNS | GOAL_NOUNS | DEMAND_NOUNS:
            owner = next((c for c in word.children if c.dep_ == "poss"), None)
            if owner is not None and self.cue.kind == "demand" and _held(word):
                break  # ``Osteria's security guarantees are a key condition``: what Osteria would gain
            if owner is not None:
                start = min(start, owner.left_edge.idx)
            word = word.head if word.dep_ in _PHRASE_DEPS and word.head.i != word.i else None
        return start, self.obj.end

    @cached_property
    def climbed(self) -> tuple[dict | None, dict | None]:
        """(holder, addressee) from the subjects above the anchor (:func:`resolve_holder`)."""
        if self.kind == "anaphora":
            return None, None
        subject = self.cue.subject if self.cue else "holder"
        span = None if self.obj.gapped else self._term_span()
        holder, addressee = resolve_holder(self.anchor, subject, self.article.mentions, self.quote, self.sent,
                                           self.article.text, span)
        if holder is None and span is not None and span[0] != self.obj.start:  # no one else refuses it: its owner
            holder, addressee = resolve_holder(self.anchor, subject, self.article.mentions, self.quote, self.sent,
                                               self.article.text, (self.obj.start, self.obj.end))
        if self.cue is not None and self.cue.kind == "threat" and addressee is None:
            addressee = _refuser(self.cue, self.sent.doc, self.article.mentions)
        return holder, addressee


def _predicated_content(cue_tok):
    """The subject of the clause whose predicate noun is the cue's word (``Osteria's withdrawal is a
    precondition for talks`` -> ``withdrawal``): the step the condition asks for, whose possessor is
    asked, not asking; None for another cue, or a subject that is itself a demand, goal or document
    (``Osteria's demand ... is a precondition``: its own), or what the possessor holds or gains
    (:data:`HELD_NOUNS`: ``Osteria's right to defend itself is a key condition``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria's withdrawal is a precondition for talks. Osteria set a precondition.")
    >>> _predicated_content(doc[5]).text, _predicated_content(doc[12])
    ('withdrawal', None)
    """
    if cue_tok is None or cue_tok.dep_ != "attr":
        return None
    subj = next((c for c in cue_tok.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.lemma_.lower() in DOCUMENT_NOUNS | GOAL_NOUNS | DEMAND_NOUNS \
            or _held(subj):
        return None  # ``Osteria's right to defend itself is a key condition``: its own
    return subj


#: What a party holds or gains (``condition_held_nouns``: a right, guarantees, sovereignty): its own demand,
#: named as a condition, is not a step asked of it.
HELD_NOUNS = language.words("condition_held_nouns")


def _held(noun) -> bool:
    """Whether ``noun`` names what its possessor holds or gains (:data:`HELD_NOUNS`), in either number."""
    return noun.lower_ in HELD_NOUNS or noun.lemma_.lower() in HELD_NOUNS


def _owned_cue(cue: Match, doc) -> bool:
    """Whether the cue's own words name whose demand or goal it is: an owner (``its main goal``,
    ``Norland's demands``) or a ``for`` phrase with a name (``a key condition for Norland``; not ``a
    precondition for any talks``); the term's possessor is then not set aside for the sayer.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A truce remains its main goal. A truce is a key condition.")
    >>> _owned_cue(Match(doc[2].idx, doc[5].idx + 4, "is its goal", "demand"), doc), \\
    ...     _owned_cue(Match(doc[9].idx, doc[11].idx + 9, "precondition", "demand"), doc)
    (True, False)
    """
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)) for t in span or () if t.pos_ == "NOUN" for c in t.children)


#: Kinds of cue that, said after a term, leave the possessor of the term's noun out of the holders
#: (:meth:`Clue._term_span`): a refusal (``... is unacceptable``) and a demand (``... is a key condition``).
_SAID_AFTER_KINDS = frozenset({"refusal", "demand"})


#: Dependencies that keep a word inside the noun phrase of its head (``the old borders``, ``return to``).
_PHRASE_DEPS = {"amod", "compound", "nmod", "pobj", "prep", "det", "nummod"}


#: Verbs by which parties agree that a step should be taken (``the two sides agreed that both should ...``).
_AGREEING_VERBS = language.words("agreeing_verbs")


def _owned_frame(cue: Match, sent, mentions: list[dict]) -> bool:
    """Whether ``cue`` frames its clause by a document that has an author (``Under the Norwegian plan,
    both sides would ...``, ``under`` or ``according to Osteria's proposal``: :func:`_document_owner`): the parties the
    clause binds (``both sides``) are not who set its terms, its author is.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Under the Norwegian plan, both sides would disarm. Under the plan, both sides would disarm.")
    >>> [_owned_frame(Match(s.start_char, s[t].idx + len(s[t]), "under the deal", "document"), s, [])
    ...  for s, t in zip(doc.sents, (3, 2))]
    [True, False]
    """
    if cue.kind != "document" or not sent.doc.text[cue.start:cue.end].lower().startswith(("under", "according")):
        return False
    noun = _cue_document_noun(cue, sent.doc)
    return noun is not None and _document_owner(noun, mentions) is not None


def _cue_document_noun(cue: Match, doc):
    """The last document or goal noun inside a document cue's words (``under terms tabled by X``:
    ``terms``; ``under the Norwegian plan``: ``plan``), else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Under terms tabled by Norland, both sides would disarm.")
    >>> _cue_document_noun(Match(0, 28, "under the deal", "document"), doc).text
    'terms'
    """
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand") or ()
    return next((t for t in reversed(span) if t.lemma_.lower() in DOCUMENT_NOUNS | GOAL_NOUNS), None)


def _agreeing_pair(tok):
    """The counted noun of parties (``the two ministers``) that agrees, as the subject of an agreeing
    verb (``agreeing_verbs``), to the clause whose obligation ``tok`` is (``The two ministers agreed
    both sides should withdraw``): the parties that agree hold the step together, whoever it asks to
    act; None for one party's demand (``Norland agreed that Osteria should withdraw``) or a clause
    not agreed to (``the two ministers said both sides should withdraw``, ``did not agree that``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The two ministers agreed both sides should withdraw. The two ministers said both sides should talk.")
    >>> _agreeing_pair(doc[6]).text, _agreeing_pair(doc[15])
    ('ministers', None)
    """
    if tok is None:
        return None
    verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _AGREEING_VERBS \
            or any(c.dep_ == "neg" for c in verb.head.children):
        return None  # ``the two ministers did not agree that ...``: nobody holds it
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and (_counted_pair(c) or _counted_before(c))),
                None)


def _counted_before(subj) -> bool:
    """Whether ``subj`` is a bare plural noun of parties (``the ministers``) that the text counted as two
    before (``the two ministers agreed ... The ministers agreed``): the same two parties.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The two ministers met. The ministers agreed. The envoys agreed.")
    >>> _counted_before(doc[6]), _counted_before(doc[10])
    (True, False)
    >>> doc = nlp.bare_nlp()("The two ministers met. Ministers from Valdia came. The ministers agreed.")
    >>> _counted_before(doc[11])
    False
    """
    if not _party_noun(subj) or _counted_pair(subj):
        return False
    last = next(_earlier_uses(subj, subj.i), None)
    return last is not None and _counted_pair(last) == 2  # ``Ministers from Valdia`` in between: other ministers


def _item_of_noun(tok, noun) -> bool:
    """Whether ``tok`` hangs below ``noun`` (a document cue's first word: the document noun, or a
    preposition that opens it, ``Under the deal``, which no item hangs below) through no clause with a
    subject of its own: an item the document lists (``provisions on the release of prisoners, Osteria's neutrality``),
    whose owner is the party it concerns; a clause of its own (``a deal under which Osteria will ...``)
    names who acts.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It has provisions on Osteria's neutrality. "
    ...                      "It has provisions that Osteria will pay debts.")
    >>> _item_of_noun(doc[6], doc[2]), _item_of_noun(doc[15], doc[10])
    (True, False)
    """
    if tok is None or noun is None or tok.i == noun.i:
        return False
    for head in (tok, *tok.ancestors):
        if head.i == noun.i:
            return True
        if head.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECT_DEPS for c in head.children):
            return False
    return False


def _demanded_refusal(demand: Match, refusal: Match, doc) -> bool:
    """Whether a refusal cue lies in what a demand cue asks for (``insists on guarantees that X will not
    allow ...``: the refusal is the addressee's, asked of it), climbing from the refusal to the demand
    through no clause set beside it (``wants talks, but X will never ...``, ``although X will never ...``
    are X's own refusals).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee wants pledges that Kim will not leave. Lee wants talks, but Kim will not leave.")
    >>> refusal = lambda at: Match(at, at + 8, "refuses", "refusal")
    >>> want = lambda at: Match(at, at + 5, "wants", "demand")
    >>> _demanded_refusal(want(4), refusal(27), doc), _demanded_refusal(want(46), refusal(68), doc)
    (True, False)
    """
    top, tok = _token_at(doc, demand.start), _token_at(doc, refusal.start)
    if top is None or tok is None:
        return False
    while tok.i != top.i:
        if tok.dep_ in ("conj", "parataxis", "advcl") or tok.head.i == tok.i:
            return False  # ``wants talks, although X will never ...``: a clause beside the demand
        tok = tok.head
    return True


def cue_before(clue: Clue) -> Match | None:
    """The nearest cue before the category words that has them in its scope.

    ``Norland will sign only if Osteria lifts the tariffs``: ``only if`` governs ``lifts the tariffs``;
    a cue inside a conditional's clause is the addressee's (``... as long as Osteria refuses to disarm``).
    """
    doc = clue.sent.doc
    before = [c for c in clue.cues if c.start <= clue.obj.start and _in_scope(c, clue.obj, doc)]
    conditionals = [c for c in before if c.kind == "conditional"]
    before = [c for c in before if c.kind == "conditional" or not any(  # the addressee's own verb in the term
        k.start < c.start and _in_scope(k, c, doc) for k in conditionals)]
    demands = [c for c in before if c.kind == "demand"]
    before = [c for c in before if c.kind != "refusal" or not any(  # ``insists on guarantees that X will not allow``
        k.end <= c.start and _demanded_refusal(k, c, doc) for k in demands)]
    # ``X issued a new demand: ...``: a terms noun and a colon govern all that follows
    colon = [c for c in before if c.kind == "list" and re.match(r"[\w-]+\s*:", _doc_text(doc)[c.start:c.end])]
    return max(colon or before, key=lambda c: (c.start, -c.end)) if before else None


def cue_after(clue: Clue) -> Match | None:
    """The nearest clause cue after the category words that has them in its scope (lists never look back,
    and a conditional's term is in its own clause, never in the main clause before it).

    ``Lifting the tariffs is what Norland demands``: ``demands`` comes after the term it governs.
    """
    doc = clue.sent.doc
    if _names_the_subject(_token_at(doc, clue.obj.start), clue.obj.end):
        return None  # ``the mediation team proposed ...``: the words name who proposes
    after = [c for c in clue.cues if c.start > clue.obj.start and (_in_scope(c, clue.obj, doc)
             and (c.kind not in ("list", "anaphora", "conditional") or _elides(c, doc)) or _names_again(c, clue.obj, doc)
             or _bare_proviso(c, clue))]
    return min(after, key=lambda c: c.start) if after else None


#: Head nouns of a body named by what it does (``the mediation team``, ``the ceasefire committee``).
_BODY_HEADS = language.words("org_nouns") | language.words("generic_org_nouns")


def _names_the_subject(tok, end: int) -> bool:
    """Whether category words (from ``tok`` to the character ``end``) only modify the head noun of a
    clause's subject that names a body (``the mediation team proposed ...``, ``the ceasefire commission
    wants ...``): they say who speaks, they are no term of what it asks; words that run on past the
    noun (``the joint commission should meet monthly``) state one.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The mediation team proposed a vote. Mediation proposed by the team failed.")
    >>> _names_the_subject(doc[1], 13), _names_the_subject(doc[7], 45)
    (True, False)
    """
    if tok is None or tok.dep_ not in ("compound", "amod", "nmod"):
        return False
    head = tok.head
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _BODY_HEADS and end <= head.idx


def _bare_proviso(cue: Match, clue: Clue) -> bool:
    """Whether a prepositional proviso after the category words names no term of its own but an
    authority (:data:`AUTHORITY_NOUNS`), so that what it qualifies is the term: ``would accept
    foreign troops only under a UN mandate`` (a mandate is no category's word); ``would agree to a
    truce only with security guarantees`` keeps the guarantees as the term, not the truce."""
    if cue.kind != "prepositional" or any(o.start >= cue.end for o in clue.others):
        return False
    doc = clue.sent.doc
    word, tok = _token_at(doc, clue.obj.start), _token_at(doc, cue.start)
    if word is None or tok is None or not any(t.lemma_.lower() in AUTHORITY_NOUNS for t in tok.head.subtree):
        return False  # ``only with great reluctance``, ``only under cover of darkness``: a manner, not a proviso
    verb = _governing_verb(tok.head)
    return verb.tag_ not in ("VBD", "VBN") and word in verb.subtree  # ``the truce held only under pressure``: a fact


def _names_again(cue: Match, obj: Match, doc) -> bool:
    """Whether a conditional's clause is about the category words of the main clause before it,
    named again by ``it`` and with no object of its own: ``would welcome a neutral strip if it were
    patrolled by both armies``, ``will back the pause unless it is broken`` (the term qualifies
    them, so they are the term); ``... if it keeps its bases`` names something else.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland will back the pause unless it is broken.")
    >>> _names_again(Match(28, 34, "unless", "conditional"), Match(22, 27, "ceasefire", "object"), doc)
    True
    """
    mark, word = _token_at(doc, _conditional_word(cue, doc)), _token_at(doc, obj.start)
    if cue.kind != "conditional" or mark is None or word is None or mark.dep_ != "mark" \
            or mark.head.dep_ not in ("advcl", "acl"):
        return False
    clause = mark.head  # ``on the condition that they ...``: the clause hangs on ``condition``, under the verb
    main = clause.head if clause.dep_ == "advcl" else _governing_verb(clause.head)
    if not (word.i < mark.i and word in main.subtree) or word in clause.subtree:
        return False
    return _names_it(clause, word, main)


def _names_it(clause, word=None, main=None) -> bool:
    """Whether a conditional's clause names again what a verb of accepting takes (``word``, the
    object of one of :data:`ACCEPTANCE_VERBS`): it has ``it`` for subject and no object of its own,
    while the main clause's subject is not ``it`` too (``it would sign the pact if it was ready``:
    ``it`` is the party); or ``they`` in a clause that only describes them (``would admit monitors on
    the condition that they be drawn from neutral states``), naming a plural ``word`` (``they
    withdraw`` names a party)."""
    main = [c for c in (main if main is not None else clause.head).children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(m.dep_ == "mark" and m.lower_ in PROVISO_MARKERS for m in clause.children):
        return False  # ``once it takes effect``: a document's date, not the main clause's words
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in clause.children):
        return False
    word = _phrase_head(word)  # ``foreign observers``: the noun, not its adjective
    if word is None or word.dep_ not in ("dobj", "pobj") or _governing_verb(word).lemma_.lower() not in ACCEPTANCE_VERBS:
        return False  # ``the truce would collapse if it were tested``, ``will free them if they are found guilty``
    subjects = [c.lower_ for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(w in _THING for w in subjects):
        return not any(c.lower_ in _THING for c in main)
    described = clause.lemma_ == "be" or any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    return described and word.tag_ in ("NNS", "NNPS") and any(w in _PLURAL for w in subjects) \
        and not any(c.lower_ in _PLURAL for c in main)


#: The pseudo-cue of a term that is a condition by itself (the ``cue`` column shows the term).
STANDALONE = Match(-1, -1, "", "standalone")


def standalone_term(clue: Clue) -> Match | None:
    """A phrase that states a term without any cue (``role=standalone`` in the taxonomy).

    ``Norland backs a demilitarised zone along the river``: no cue, the phrase is the condition.
    """
    return STANDALONE if clue.obj.kind in ("standalone", TALKS_KIND) else None


def _is_measure(obj: Match) -> bool:
    """Whether a category match names an economic measure (the generic ``sanctions``).

    >>> _is_measure(Match(0, 7, "sanctions", "object")), _is_measure(Match(0, 5, "ceasefire", "object"))
    (True, False)
    """
    return MEASURE_CATEGORY in (obj.label, obj.generic)


def _verbs_of_offer(verb) -> set[int]:
    """The indices of the verbs a conditional on ``verb``'s offer may hang from: the verb and the verbs it
    is the complement of (``will consider easing``), and a verb of saying
    that reports them, where the parser may hang the conditional (``said it would ease sanctions
    provided that ...``: no one says a thing on a condition).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland said it will consider easing sanctions.")
    >>> sorted(doc[i].text for i in _verbs_of_offer(doc[5]))
    ['consider', 'easing', 'said']
    """
    from ..quotes.cues import saying_verb
    heads = list(takewhile(lambda v: v.pos_ in ("VERB", "AUX"), _verb_heads(verb, ("xcomp", "acomp", "pcomp"))))
    top = heads[-1] if heads else verb
    if top.dep_ == "ccomp" and saying_verb(top.head):
        heads.append(top.head)
    return {v.i for v in heads}


def _conditional_clause(mark):
    """The clause a conditional's word ``mark`` opens: its adverbial clause, the proviso participle
    the parser joined to the verb as a conjunct or complement (``would ease sanctions provided that
    ...``), or the phrase ``on condition`` (``will free them on condition that ...``: its preposition),
    else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland would pull its soldiers out provided that Osteria follows suit.")
    >>> _conditional_clause(doc[7]).text
    'provided'
    >>> doc = nlp.bare_nlp()("Norland would ease sanctions if Osteria returned to talks.")
    >>> _conditional_clause(doc[4]).text
    'returned'
    """
    for tok in [mark, *mark.ancestors]:
        if tok.dep_ == "advcl":
            return tok
        if tok.lower_ in PROVISO_PARTICIPLES and tok.dep_ in ("conj", "ccomp", "xcomp", "dep", "prep") and tok.i != mark.i:
            return tok
        if tok.lemma_.lower() == "condition" and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            return tok.head  # ``will free them on condition that ...``: the phrase ``on condition``
    return None


def _verb_above(clause):
    """The verb a conditional's clause hangs from, past the words of ``as long as`` (``keep ... as long
    as``: on ``long``; ``for as long as``: on ``for``)."""
    above = clause.head
    while above.pos_ not in ("VERB", "AUX") and above.head.i != above.i:
        above = above.head
    return above


def _generic_subject(verb) -> bool:
    """Whether the clause of ``verb`` has a generic subject (``one``, ``you``: ``unless one counts the
    embargo``), a turn of phrase, no term.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It ended, unless one counts the embargo.")
    >>> _generic_subject(doc[5])
    True
    """
    return any(c.dep_ == "nsubj" and c.lower_ in _GENERIC_SUBJECTS for c in verb.children)


#: Subjects of a turn of phrase, no party (``unless one counts ...``).
_GENERIC_SUBJECTS = language.words("generic_subjects")


#: The conditional under which a measure already laid down still waits on its term (``imposed a ban
#: unless the junta steps down``).
_LAID_DOWN_UNLESS = frozenset({"unless"})


def _measure_verb_on_condition(obj: Match, doc, conditionals: list[Match]) -> Match | None:
    """The conditional (among ``conditionals``) on the verb whose object is a measure the subject
    keeps, eases or lifts (``will keep its sanctions until ...``, ``is prepared to ease
    sanctions if ...``, ``will consider easing sanctions only after ...``), or of the negated passive
    verb it is the subject of (``no sanctions should be eased until ...``), else None. A measure
    laid down in the past waits on its term only under ``unless`` with a clause not in the past
    (``imposed a ban on oil sales unless the junta steps down``; not ``kept its sanctions until the
    troops left``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland will ease the sanctions if Osteria frees the detainees.")
    >>> _measure_verb_on_condition(Match(22, 31, "sanctions", "object"), doc, [Match(32, 34, "if", "conditional")]).label
    'if'
    """
    tok = _token_at(doc, obj.start)
    if tok is None or not _is_measure(obj) or not conditionals:
        return None
    word = act = _phrase_head(tok)  # ``sanctions relief``: the noun the measure's word describes
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ == "NOUN":
        word = act = word.head.head  # ``any easing of sanctions``: the noun of the act on the measure
    if word.dep_ == "nsubjpass" and word.head.pos_ == "VERB":
        if not (any(c.dep_ == "neg" for c in word.head.children) or any(c.lower_ == "no" for c in word.children)):
            return None  # ``the embargo will be lifted once the paperwork is done``: a schedule, no measure kept
        verb = word.head  # ``no sanctions should be eased until ...``: the passive verb that keeps it
    elif word.pos_ != "VERB" and word.dep_ not in ("dobj", "pobj"):
        return None
    else:
        verb = word if word.pos_ == "VERB" else _governing_verb(word)  # a match may open with its verb (``keep its sanctions``)
    if not any(w.lemma_.lower() in MEASURE_ACT_VERBS for w in (verb, tok, act, tok.head)):
        return None  # ``would review the embargo if ...``: no act that keeps or lifts it
    past = verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_.lower() == "have")
                                     for c in verb.children)
    # ``is prepared to ease``, ``will consider easing``: the conditional on a head of the verb
    verbs = _verbs_of_offer(verb)
    for cue in sorted(conditionals, key=lambda c: c.start):
        mark = _token_at(doc, _conditional_word(cue, doc))
        clause = _conditional_clause(mark) if mark is not None else None
        if clause is None or clause.left_edge.i <= tok.i <= clause.right_edge.i or _names_it(clause, tok):
            continue
        if past and (cue.label not in _LAID_DOWN_UNLESS or _past_deed(clause) or _generic_subject(clause)):
            continue  # ``has kept its sanctions as long as anyone remembers``: what was done, no term
        if clause.head.i in verbs or _verb_above(clause).i in verbs:
            return cue
    return None


def measure_on_condition(clue: Clue) -> Match | None:
    """A measure its holder keeps, eases or lifts on a condition is a term of that holder (the guide's
    sanctions are "imposed, lifted or kept"): the conditional of the verb it is the object of.

    ``Norland will keep its sanctions until Osteria's troops leave`` -> ``until``;
    ``Norland will agree to a truce only if ...`` names no measure (the truce is what is offered).
    """
    return _measure_verb_on_condition(clue.obj, clue.sent.doc, [c for c in clue.cues if c.kind == "conditional"])


#: Conditional cues that make an offer depend on its condition alone (``only if``, ``unless``).
_RESTRICTIVE = language.words("restrictive_conditionals")
#: Of those, the ones that restrict only a refusal (``would not accept X unless``; ``would accept X
#: unless the rains come`` hedges).
_NEGATED_ONLY = frozenset({"unless"})


def _accepted_on_condition(obj: Match, doc, conditionals: list[Match], others: list[Match]) -> Match | None:
    """The restrictive conditional (among ``conditionals``: ``restrictive_conditionals``, ``only if``,
    ``unless`` after a negated verb; a plain ``if`` hedges) on the verb of
    accepting (``condition_acceptance_verbs``)
    whose object ``obj`` is, when that conditional's clause names none of the sentence's other terms
    (``others``); or any conditional on another verb of a step offered (or, with ``unless``, refused)
    when its clause asks the other party to take the same step (``will halt the raids only if Osteria
    does the same``: :func:`_reciprocal`); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria would accept a single corps only if the treasury pays its soldiers.")
    >>> corps, only_if = Match(23, 35, "security", "object"), Match(36, 43, "only if", "conditional")
    >>> _accepted_on_condition(corps, doc, [only_if], [corps]).label
    'only if'
    """
    tok = _token_at(doc, obj.start)
    if tok is None or not conditionals:
        return None
    word = _phrase_head(tok)
    if word.pos_ == "VERB" and word.i == tok.i:
        verb = word  # a match that opens with its verb (``stop shelling``): offered only on a reciprocal proviso
    elif word.dep_ in ("dobj", "pobj"):
        verb = _governing_verb(word)
    else:
        return None
    accepting = verb.lemma_.lower() in ACCEPTANCE_VERBS
    if verb.tag_ == "VBD" or any(c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_.lower() == "have") for c in verb.children):
        return None  # ``accepted a truce only when ...``: what was done
    verbs = _verbs_of_offer(verb)
    negated = any(c.dep_ == "neg" for v in _verb_heads(verb, ("xcomp", "acomp", "pcomp")) for c in v.children)
    for cue in sorted((c for c in conditionals if not accepting
                       or (c.label in _RESTRICTIVE and (negated or c.label not in _NEGATED_ONLY))), key=lambda c: c.start):
        mark = _token_at(doc, _conditional_word(cue, doc))
        clause = _conditional_clause(mark) if mark is not None else None
        if clause is None or clause.left_edge.i <= tok.i <= clause.right_edge.i \
                or (clause.head.i not in verbs and _verb_above(clause).i not in verbs):
            continue
        if not accepting and (not _reciprocal(clause) or negated != (cue.label in _NEGATED_ONLY)):
            continue  # ``will stop its raids only if Osteria frees ...``: the condition is the term; ``will not
            # stop them unless Osteria does the same`` offers the step, ``will not stop them if ...`` does not
        lo, hi = _subtree_chars(clause)
        if not any(lo <= o.start < hi for o in others if o is not obj):
            return cue
    return None


#: Provisos that ask the other party to take the same step (``only if Osteria does the same``).
RECIPROCAL_PROVISOS = language.ordered("condition_reciprocal_provisos")


def _reciprocal(clause) -> bool:
    """Whether a conditional's clause asks the other party to take the same step (``only if Osteria does
    the same``, ``provided Osteria reciprocates``: ``condition_reciprocal_provisos``), unnegated.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland will halt its raids only if Osteria does the same.")
    >>> _reciprocal(doc[8]), _reciprocal(doc[4])
    (True, False)
    """
    if any(c.dep_ == "neg" for c in clause.subtree):
        return False
    text = " ".join(t.lower_ for t in clause.subtree)
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in RECIPROCAL_PROVISOS)


def accepted_on_condition(clue: Clue) -> Match | None:
    """What a party would accept, sign or agree to (``condition_acceptance_verbs``) only on a
    condition that names no term of its own is a term of that party: the conditional of that verb
    (:func:`_accepted_on_condition`); so is any step it offers only if the other party takes the same
    (``will halt its raids only if Osteria does the same``: :func:`_reciprocal`). What is offered on a condition that names a term is no term
    (:func:`conditioned`): that term is.

    ``Osteria would accept a single corps only if the treasury pays its soldiers`` -> ``only if``
    (security); ``... a truce only if Norland frees the detainees`` gives the detainees' release
    alone (:func:`cue_before`), and ``accepted a truce after ...`` (done, no conditional) nothing.
    """
    return _accepted_on_condition(clue.obj, clue.sent.doc, [c for c in clue.cues if c.kind == "conditional"],
                                  clue.others)


#: Modals of the conditional mood a document's points are written in (``Norland would withdraw``).
CONTENT_MODALS = language.words("document_content_modals")
#: The modal with which the outlet tells a signed deal's points (``Lee and Vos signed a truce. The army
#: will end its raids.``): only after a document written as signed (:func:`_signed_documents`).
AGREED_MODALS = language.words("document_agreed_modals")
#: Halts to fighting that parties sign like documents (``signed a truce``): :func:`_signed_documents`.
SIGNED_NOUNS = language.words("condition_signed_nouns")
_SIGNABLE = DOCUMENT_NOUNS | SIGNED_NOUNS
#: How many sentences back a document named in the outlet's voice frames a clause in that mood.
DOCUMENT_CONTEXT_SENTENCES = 3
#: How many sentences back a truce or deal written as signed makes a clause in the future one of its
#: points (wire copy tells a signed deal's points in the paragraphs after the signing).
SIGNED_CONTEXT_SENTENCES = 5
#: Documents of terms whose points an explainer writes in that mood (``plan``, ``draft``, ``paper``).
CONTEXT_DOCUMENTS = language.words("document_context_nouns")
#: Words that make such a clause history, a forecast or someone's words (``later``, ``likely``, ``according``).
CONTEXT_BLOCKERS = language.words("document_context_blockers")
#: The cue kind of a clause framed by a document named just before it (:func:`document_in_context`).
CONTEXT_KIND = "document_context"


def _context_document_owner(clue: Clue) -> dict | None:
    """The author of the document named in the :data:`DOCUMENT_CONTEXT_SENTENCES` sentences before
    the clue's (the latest that has an owner there or where the text introduced it), else None; for a
    clause in the future (:func:`_future_point`), the signer of a document written as signed in the
    :data:`SIGNED_CONTEXT_SENTENCES` sentences before."""
    doc, sent, mentions = clue.sent.doc, clue.sent, clue.article.mentions
    if _future_point(clue):  # ``will``: only a signed deal's point, told within a few sentences of the signing
        signed = _signed_documents(doc[window_start(doc, sent.start, SIGNED_CONTEXT_SENTENCES):sent.start])
        return next((o for o in (_signer(t, mentions) for t in reversed(signed)) if o), None)
    nouns = [t for t in doc[window_start(doc, sent.start, DOCUMENT_CONTEXT_SENTENCES):sent.start]
             if t.lemma_.lower() in CONTEXT_DOCUMENTS and not _yet_to_exist(t) and not _answered_document(t)]
    return next((o for o in (_document_author(t, mentions) for t in reversed(nouns)) if o), None)


def _answered_document(noun) -> bool:
    """Whether the document ``noun`` is only what another document answers (``a counterproposal to
    [Norland's plan]``, ``their reply to [the draft]``): the points told next are the answer's.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria made a counterproposal to Norland's plan.")
    >>> _answered_document(doc[7]), _answered_document(doc[3])
    (True, False)
    """
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "to" \
        and prep.head.lemma_.lower() in CONTEXT_DOCUMENTS | DOCUMENT_NOUNS


def _signed_documents(span) -> list:
    """The document nouns of ``span`` written as signed or reached (:data:`CONCLUDING_VERBS`): the object
    of such a verb (``Lee and Vos signed a truce``) or its passive subject (``the accord was sealed``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee and Vos signed a truce. Lee and Vos discussed a truce.")
    >>> [[t.text for t in _signed_documents(s)] for s in doc.sents]
    [['truce'], []]
    """
    return [t for t in span if t.lemma_.lower() in _SIGNABLE and not _yet_to_exist(t)
            and t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in CONCLUDING_VERBS
            and not any(c.dep_ == "neg" for c in t.head.children)]


def _signer(noun, mentions: list[dict]) -> dict | None:
    """Who signed a document noun of :func:`_signed_documents`: its owner, else the first actor of the
    subject of the verb that concludes it (``Lee and Vos signed a truce`` -> Lee; :func:`conjunct_holders`
    adds Vos)."""
    owner = _document_owner(noun, mentions)
    if owner is not None or noun.dep_ != "dobj":
        return owner
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return _token_mention(subj, mentions) if subj is not None else None


def _future_point(clue: Clue) -> bool:
    """Whether the clue's clause is in the future (``will``: :data:`AGREED_MODALS`, or a present ``be to``:
    :func:`_scheduled`), as a signed deal's points are told in the outlet's voice (``Lee and Vos signed
    a truce. The army will end its raids.``)."""
    tok = _token_at(clue.sent.doc, clue.obj.start)
    verb = _clause_verb(tok) if tok is not None else None
    return verb is not None and (any(c.dep_ == "aux" and c.lower_ in AGREED_MODALS for c in verb.children)
                                 or _scheduled(verb))


#: Subjects of ``is to`` that name a task, an aim or a question, not a party (``the hard part is to ...``).
_UNSCHEDULED_SUBJECTS = language.words("condition_unscheduled_subjects")


def _scheduled(verb) -> bool:
    """Whether ``verb`` is the infinitive of a present ``be to`` (``both armies are to pull back``), the
    future of what is arranged: as ``will``, it tells a signed deal's points in the outlet's voice. Not
    a past ``were to`` (what was due), ``are yet to`` (what is not done), ``are to blame``, nor a task or a
    question as the subject (``the hard part is to ...``, ``who is to monitor it``:
    ``condition_unscheduled_subjects``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Both armies are to leave. Both armies want to leave. Both armies were to leave.")
    >>> _scheduled(doc[4]), _scheduled(doc[10]), _scheduled(doc[16])
    (True, False, False)
    """
    be = verb.head
    if not (verb.dep_ == "xcomp" and be.lemma_.lower() == "be" and be.pos_ == "AUX"
            and be.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() != "blame"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "yet") for c in be.children):
        return False
    return not any(c.dep_ in ("nsubj", "csubj") and c.lemma_.lower() in _UNSCHEDULED_SUBJECTS for c in be.children)


def document_in_context(clue: Clue) -> Match | None:
    """A clause in the conditional mood (``would``: ``document_content_modals``) in the outlet's own
    voice, with no cue of its own, a few sentences after the text names a document with an author,
    states one of its points (explainers go through a plan clause by clause): the clause's verb; so
    does a clause in the future (``will``) after a document written as signed (:func:`_signed_documents`).
    A ``would`` in someone's words, or with no document named just before, says nothing.

    ``Osteria's plan was leaked on Monday. Norland would withdraw from the valley.`` -> a term of
    Osteria's (:func:`author_of_context_document`).
    """
    if clue.quote is not None:
        return None
    tok = _token_at(clue.sent.doc, clue.obj.start)
    if tok is None:
        return None
    verb = _clause_verb(tok)
    while verb.dep_ == "amod" or (verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
                                  and _clause_verb(verb.head).lemma_.lower() in _AIMS_GIVEN_UP):
        verb = _clause_verb(verb.head)  # ``would renounce any attempt [to retake the occupied land]``: its modal
    return _point_in_context(clue, verb)


def _point_in_context(clue: Clue, verb) -> Match | None:
    """The match of :func:`document_in_context` on ``verb`` when its clause, in the conditional mood or
    the future, reads as a point of the document named just before; else None."""
    scheduled = _scheduled(verb)  # ``both armies are to pull back``: as ``will``
    if not (scheduled or any(c.dep_ == "aux" and c.lower_ in CONTENT_MODALS | AGREED_MODALS for c in verb.children)) \
            or any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return None  # ``It would have freed them``: what a dropped paper would have done
    clause = [verb.head, *verb.head.ancestors] if scheduled else [verb, *verb.ancestors]
    if any(a.dep_ in ("ccomp", "xcomp") and not _document_speaks(a.head) for a in clause):
        return None  # ``Ann Lee said Norland would withdraw``: someone's words (``the paper says ...`` is the paper's)
    if any(t.lower_ in CONTEXT_BLOCKERS for t in clue.sent) or any(
            t.dep_ == "parataxis" and not _document_speaks(t) for t in clue.sent):
        return None  # ``Three years later ...``, ``... would likely ...``, ``..., analysts say``
    if any(c.kind == "conditional" for c in clue.cues) or clue.context_owner is None:
        return None  # ``would ... if ...``: a forecast on a condition, not a point of the paper
    return Match(verb.idx, verb.idx + len(verb), "document in context", CONTEXT_KIND)


#: Verbs of giving up an aim (``would renounce any attempt to retake ...``): the aim given up is the paper's point.
_AIMS_GIVEN_UP = language.words("condition_renouncing_verbs") | DROPPING_VERBS
#: Verbs by which a document binds the parties it names as objects (``the deal commits Norland and Osteria to ...``).
_COMMITTING_VERBS = language.words("condition_committing_verbs")


def _document_speaks(verb) -> bool:
    """Whether ``verb`` has a document noun as its subject (``the paper says``)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)


def agreed_in_context(clue: Clue) -> Match | None:
    """A party that ``would agree to`` (or accept) a step, in the outlet's voice just after the text names
    a document with an author, is one of the document's points, not the party's own offer (an explainer
    going through a plan: ``Osteria's plan leaked. Norland would also agree to cap its army``): the
    clause counts as :func:`document_in_context` (its author holds it); a cue of another kind, or
    someone's words, is left to :func:`cue_before`.
    """
    cue = cue_before(clue)
    if cue is None or clue.quote is not None or cue.kind not in ("demand", "agreement") \
            or not clue.sent.doc.text[cue.start:cue.end].lower().startswith("would "):
        return None
    modal = _token_at(clue.sent.doc, cue.start)
    if modal is None or modal.dep_ != "aux" or any(c.kind == "document" for c in clue.cues) or _own_part(clue.sent):
        return None  # its own document (``under its own plan``) or its own part (``for its part``)
    return _point_in_context(clue, modal.head)  # as a clause of the paper, with the same checks


def _own_part(sent) -> bool:
    """Whether the sentence gives a party's own stance (``for its part``, ``for their part``).

    >>> from helpers import nlp
    >>> _own_part(nlp.bare_nlp()("Lee, for her part, would agree to a truce.")[:])
    True
    """
    return any(t.lower_ == "part" and t.head.lower_ == "for" and any(c.dep_ == "poss" for c in t.children)
               for t in sent)


def pledge_before(clue: Clue) -> Match | None:
    """With no other cue, the nearest party's ``will`` before the category words it pledges (:func:`party_pledge`,
    :func:`_pledged_step`): ``Osteria will free the detainees`` is Osteria's pledge; ``under the deal, Osteria
    will free them`` keeps the deal's cue, found first; a pledge with a condition in its own clause has its
    term there (``will keep the truce so long as ...``); a measure is pledged only when it is eased or lifted
    (``will lift the sanctions``; ``will keep the sanctions`` is the party's own measure).
    """
    doc = clue.sent.doc
    relief = _is_measure(clue.obj) and not _measure_relief(clue.obj, doc)
    conditionals = [_token_at(doc, k.start) for k in clue.cues if k.kind == "conditional"]
    before = [c for c in clue.pledges if c.start <= clue.obj.start and not relief and _pledged_step(c, clue.obj, doc)
              and not any(_in_clause_of(k, _verb_of_pledge(_token_at(doc, c.start)).i) for k in conditionals)]
    return max(before, key=lambda c: c.start) if before else None


#: Verbs that ease, lift or end a measure (``will lift the sanctions``): the measure a party pledges.
MEASURE_RELIEF_VERBS = language.words("measure_relief_verbs")


def _measure_relief(obj: Match, doc) -> bool:
    """Whether the measure named by ``obj`` is the object of a verb that eases or lifts it."""
    word = _token_at(doc, obj.start)
    return word is not None and any(t.lemma_.lower() in MEASURE_RELIEF_VERBS for t in (word, word.head, word.head.head))


#: Dependencies that open a clause of its own below a verb (purpose, report, relative, adverbial).
_CLAUSE_DEPS = {"xcomp", "advcl", "ccomp", "relcl", "acl", "parataxis"}


def _own_clause(tok) -> bool:
    """Whether ``tok`` is a verb joined by ``and`` or ``but`` with a subject or a negation of its own
    (``will free them, and Norland lifted ...``, ``and not free them``): a clause apart from its head's."""
    return tok.dep_ == "conj" and any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "neg" for c in tok.children)


def _in_clause_of(tok, verb: int, clauses: bool = True) -> bool:
    """Whether ``tok`` lies in the clause of the verb at index ``verb``: climbing its heads reaches the verb
    without leaving a clause of its own (:func:`_own_clause`) or, unless ``clauses``, any clause below
    it (:data:`_CLAUSE_DEPS`)."""
    while tok is not None and tok.i != verb:
        if _own_clause(tok) or (not clauses and tok.dep_ in _CLAUSE_DEPS) or tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok is not None


def _pledged_step(cue: Match, obj: Match, doc) -> bool:
    """Whether the category words ``obj`` are the step that the verb of a pledge's ``will`` names: the verb
    itself or its own object, not a clause of purpose or report below it (``will send jets to police the
    zone``: the zone is not pledged), nor a clause joined with its own subject (``will free them, and
    Norland lifted the embargo``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("We will lift the embargo. We will send jets to police the embargo.")
    >>> [_pledged_step(Match(t.idx, t.idx + 4, "commits", "commitment"), Match(e.idx, e.idx + 7, "x", "object"), doc)
    ...  for t, e in [(doc[1], doc[4]), (doc[7], doc[13])]]
    [True, False]
    """
    modal, word = _token_at(doc, cue.start), _token_at(doc, obj.start)
    return modal is not None and _in_clause_of(word, _verb_of_pledge(modal).i, clauses=False)


def _verb_of_pledge(modal):
    """The verb a pledge's modal goes with: the head of ``will``, the infinitive of ``is to``."""
    return next((v for m, v in _pledge_verbs([modal]) if m.i == modal.i), modal.head)


#: How a category match becomes a condition: the first rule that finds its cue (the order is the policy).
CUE_RULES = Registry("condition_cue", [agreed_in_context, cue_before, cue_after, measure_on_condition,
                                       accepted_on_condition, standalone_term, document_in_context, pledge_before])


def role_set_out_list(clue: Clue) -> tuple[dict, None] | None:
    """``These include ...`` after a sentence whose subject is a role with no name that sets out a list
    noun bound to it by ``his`` or ``her`` (``The opposition leader set out his demands``, ``... outlined what
    he called a plan``): the person the quote module takes that role for, not the person named last.

    ``Karl Vos spoke first. The party leader set out his demands. These include ...`` -> Karl Vos.
    """
    if clue.kind != "anaphora" or clue.previous is None:
        return None
    sent = clue.previous
    noun = next(iter(find_cues(sent.text, sent.start_char, clue.article.taxonomy, kinds={"list_noun"})), None)
    tok = _token_at(sent.doc, noun.start) if noun is not None else None
    subj = _role_binding_subject(tok, sent) if tok is not None else None
    named = _token_mention(subj, clue.article.mentions) if subj is not None else None
    if named is not None and named.get("type") == "person":
        return named, None  # ``Lee set out his demands``
    if subj is None or not _speaks_as_role(subj):
        return None  # a body's role (``the Green Bloc leader``) is resolved as the quote module resolves it
    from ..quotes import resolve_speaker
    found = resolve_speaker(clue.article.speakers, subj)
    if found is None or found.unnamed or not found.name or found.type != "person":
        return None
    return {"actor": found.name, "country": found.country, "type": found.type}, None


def _role_binding_subject(tok, sent):
    """The subject of ``sent``'s main verb when that verb sets out a document (``condition_author_verbs``),
    the subject is a noun, and ``tok`` is bound to it by a person's pronoun: ``his`` or ``her`` owns ``tok``,
    or ``he`` or ``she`` is the subject of a clause between ``tok`` and the main verb, and no other subject
    stands between them nor another owner before ``tok`` (``what he called Norland's demands``); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The party leader set out his demands. The party leader rejected his demands.")
    >>> one, two = doc.sents
    >>> _role_binding_subject(doc[6], one).text, _role_binding_subject(doc[13], two)
    ('leader', None)
    """
    root = sent.root
    if not AUTHOR_VERBS & {root.lemma_.lower(), _phrasal_lemma(root)} or tok.i == root.i:
        return None
    if any(c.dep_ == "poss" and c.lower_ not in _PERSONAL for c in tok.children):
        return None  # ``set out what he called Norland's demands``: Norland's
    bound = any(c.dep_ == "poss" and c.lower_ in _PERSONAL for c in tok.children)
    for node in tok.ancestors:
        if node.i == root.i:
            break
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                if c.lower_ not in _PERSONAL:
                    return None
                bound = True
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj if bound and subj is not None and subj.pos_ in ("NOUN", "PROPN") else None


def list_noun_before(clue: Clue) -> tuple[dict, None] | None:
    """``These include ...``: the holder of the list noun named in the previous sentence.

    ``Osteria set out its demands. These include an end to the tariffs.`` -> Osteria.
    """
    if clue.kind != "anaphora":
        return None
    holder = _list_holder(clue.previous, clue.article.mentions, clue.article.quotes, clue.article.taxonomy)
    return (holder, None) if holder else None


def possessor_of_list(clue: Clue) -> tuple[dict, None] | None:
    """A list opened by a possessed noun: the possessor a few words before the cue, else the owner of a
    noun of demands or of a document in the cue's own words (:func:`_owner_inside_cue`).

    ``Osteria's terms include an end to the tariffs``, ``One of Osteria's demands is ...`` -> Osteria.
    """
    if clue.kind != "list" or clue.anchor is None:
        return None
    holder = _possessor_before(clue.anchor, clue.article.mentions) or _owner_inside_cue(clue)
    return (holder, None) if holder else None


def _owner_inside_cue(clue: Clue) -> dict | None:
    """The named owner (:func:`_owners`) of a noun of demands or of a document inside the cue's own words
    (``One of Norland's demands is ...``, ``One of the conditions in Norland's plan is ...`` -> Norland),
    else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee said one of Norland's demands is a truce.")
    >>> m = [dict(actor="Norland", type="state", country="NRL", start=doc[4].idx, end=doc[4].idx + 7)]
    >>> cue = Match(doc[2].idx, doc[7].idx + 2, "its demand is", "list")
    >>> _owner_inside_cue(Clue(Article("t", doc, doc.text, m, [], None), doc[:], None, [], cue=cue))["actor"]
    'Norland'
    """
    doc = clue.sent.doc
    span = doc.char_span(clue.cue.start, clue.cue.end, alignment_mode="expand") if clue.cue is not None else None
    nouns = [t for t in span or () if t.lemma_.lower() in DEMAND_NOUNS | GOAL_NOUNS | AIM_NOUNS | DOCUMENT_NOUNS]
    return next((hit for t in nouns if (hit := _first_mention(_owners(t), clue.article.mentions))), None)


def _of_party(noun) -> bool:
    """Whether a common noun after ``of`` names a party (``the Lund government``, ``the rebels``),
    not a thing (``the deal``, ``the truce``)."""
    return noun.lemma_.lower() in STATE_NOUNS or noun.lemma_.lower() in ARMED_GROUP_NOUNS


def maker_of_demand(clue: Clue) -> tuple[dict, dict | None] | None:
    """A term followed by a demand noun in apposition whose relative clause names who voices it:
    that one holds it, whoever the sentence's subject is (``Osteria is to adopt a neutral status, a
    demand Norland has made for years`` -> Norland; ``a demand officials there call absurd`` names no
    one who voices it), or, parsed as an apposition, that names its maker by ``by``, ``of`` or
    ``from`` or as its owner (``Osteria's disarmament, a key demand by Norland,`` -> Norland; ``a demand
    of the crowd`` names no actor).
    """
    doc, obj = clue.sent.doc, _token_at(clue.sent.doc, clue.obj.start)
    if obj is None:
        return None
    for noun in (t for t in clue.sent if t.i > obj.i and t.lemma_.lower() in DEMAND_NOUNS and t.left_edge.i > 0
                 and doc[t.left_edge.i - 1].text == ","):  # an apposition after a comma, however parsed
        voicers, makers = _makers(noun)
        for subj in voicers:
            actor = _subject_actor(subj, clue.article.mentions, None, clue.article.text)
            if actor is not None:
                return actor, None
        if not (noun.dep_ == "appos" and noun.head.left_edge.i <= obj.i <= noun.head.right_edge.i) \
                and not _right_after_term(obj, noun):
            continue  # ``Norland demands a truce, while the tariffs, a key demand of Osteria, ...``: not the term's
        actor = _first_mention(makers, clue.article.mentions)
        if actor is not None:
            return actor, None
    return None


def demander_in_relative_clause(clue: Clue) -> tuple[dict, None] | None:
    """The subject of a relative clause of demanding on the phrase that holds the term: that one
    holds it, whoever the sentence's subject is (``rejected disarmament, on which Norland has long
    insisted`` -> Norland; ``rejected the buffer zone that the Front has demanded`` -> the Front). The
    relative word is what is demanded (the verb's object, or the object of its preposition: ``on
    which``, ``that ... called for``); a clause of expecting a thing to happen (``which Norland expects
    to hold``) or of saying (``which Norland called absurd``) demands nothing. The sentence's own cue
    must be a refusal (a refused term is its demander's) or lie in the clause: a term the subject
    itself demands stays the subject's (``Norland demanded a truce, which Osteria has also called for``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria rejected the buffer zone that the Front has demanded for years.")
    >>> _demanding_relative(doc[4]).text, _demanding_relative(doc[0])
    ('demanded', None)
    >>> doc = nlp.bare_nlp()("The truce, which Norland expects to hold, began.")
    >>> _demanding_relative(doc[1])
    """
    obj = _token_at(clue.sent.doc, clue.obj.start) if clue.obj is not None else None
    verb = _demanding_relative(obj) if obj is not None else None
    if verb is not None and clue.cue is not None and clue.cue.kind != "refusal" \
            and not verb.left_edge.idx <= clue.cue.start < verb.right_edge.idx + len(verb.right_edge):
        return None  # ``Norland demanded a truce, which Osteria has also called for``: the sentence's own demand
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    found = _subject_actor(subj, clue.article.mentions, clue.quote, clue.article.text) if subj is not None else None
    return (found, None) if found is not None else None


def _demanding_relative(obj):
    """The verb of demanding (``condition_demand_verbs``) of a relative clause on the phrase that
    holds ``obj``, after it, whose relative word (``pronouns_relative``) is what it demands; else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria rejected the buffer zone that the Front has called for.")
    >>> _demanding_relative(doc[4]).text
    'called'
    >>> doc = nlp.bare_nlp()("Osteria rejected the buffer zone that the Front called absurd.")
    >>> _demanding_relative(doc[4]) is None
    True
    """
    for verb in obj.sent:
        if verb.dep_ != "relcl" or verb.i <= obj.i or verb.lemma_.lower() not in DEMAND_VERBS:
            continue
        if not verb.head.left_edge.i <= obj.i <= verb.head.right_edge.i or \
                verb.left_edge.i <= obj.i <= verb.right_edge.i:
            continue  # the term is not in the phrase the clause is on, or is in the clause itself
        if any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp") for c in verb.children):
            continue  # ``which Norland expects to hold``, ``which Norland called absurd``
        preps = [c for c in verb.children if c.dep_ == "prep"]
        relative = [c for c in verb.children if c.dep_ == "dobj"] + \
            [g for p in preps for g in p.children if g.dep_ == "pobj"]
        if any(r.lower_ in _RELATIVE for r in relative):
            return verb
    return None


#: Nouns of a party's aim named after the term (``a truce remains Norland's goal``).
AIM_NOUNS = language.words("condition_aim_nouns")


def owner_of_goal_after(clue: Clue) -> tuple[dict, None] | None:
    """The owner of a goal or demand noun that a cue after the term names (``A truce with Osteria is
    Norland's goal``, ``Norland wants calm. A truce remains its goal.`` -> Norland): the term is that
    owner's, whoever the sentence names first.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A truce with Kim is Lee's goal.")
    >>> _goal_owner_token(doc, Match(doc[5].idx, doc[7].idx + 4, "is its goal", "demand"), 0).text
    'Lee'
    """
    cue = clue.cue
    if cue is None or cue.start <= clue.obj.start:
        return None
    owner = _goal_owner_token(clue.sent.doc, cue, clue.obj.start)
    if owner is None:
        return None
    mentions = clue.article.mentions
    if owner.pos_ == "PRON":  # ``its``: not a name inside the term before it (``a truce with X remains its goal``)
        mentions = [m for m in mentions if not clue.sent.start_char <= m["start"] < cue.start]
    found = _subject_actor(owner, mentions, clue.quote, clue.article.text)
    return (found, None) if found is not None else None


def _goal_owner_token(doc, cue: Match, term_start: int):
    """The possessor of the goal or demand noun that ends ``cue`` (after the term at ``term_start``); for a
    cue that ends on a verb of wanting in a free relative (``... is what Lee wants``), that verb's subject;
    else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A truce is what Lee wants.")
    >>> _goal_owner_token(doc, Match(doc[2].idx, doc[5].idx + 5, "is what it wants", "demand"), 0).text
    'Lee'
    """
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if not span:
        return None
    if span[-1].pos_ == "NOUN" and span[-1].lemma_.lower() in AIM_NOUNS | DEMAND_NOUNS:
        return next((c for c in span[-1].children if c.dep_ == "poss" and c.idx > term_start), None)
    verb = next((t for t in reversed(span) if t.pos_ == "VERB"), None)
    if verb is None or not any(t.lower_ == "what" and t.head.i in (verb.i, *(c.i for c in verb.children)) for t in span):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and span.start <= c.i < span.end), None)


def owner_of_cue_noun(clue: Clue) -> tuple[dict, dict | None] | None:
    """A cue that is a noun with a named owner (``amid Norland's pressure to agree to a truce``, ``under
    pressure from Norland to free the detainees``, ``the call from Norland for a truce``): the owner
    holds the term, whoever the clause's subject is (the one pressed or answering is not).

    ``Osteria is under pressure from Norland to agree to a truce`` -> Norland; ``Osteria faces Norwegian
    pressure to ...`` -> Norway; a setter named who is no party (``the deadline set by the court``) holds
    nothing.
    """
    cue = clue.cue
    tok = _token_at(clue.sent.doc, cue.start) if cue is not None else None
    if tok is None or tok.pos_ != "NOUN":
        return None
    named = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPOSITIONS
             for g in c.children if g.dep_ == "pobj"]  # ``pressure from X``: not in _owners for this noun
    named += [g for c in tok.children if c.dep_ == "acl" for g in _agents(c)]  # ``a deadline set by X``
    mentions = clue.article.mentions
    found = (_token_mention(o, mentions) or _premodifier_mention(o, mentions) for o in _owners(tok) + named)
    hit = next((h for h in found if h), None) or (
        None if tok.lemma_.lower() in DOCUMENT_NOUNS else demonym_owner(tok, unions=True))  # ``Norwegian pressure``
    if hit is None and named and not any(_mentions_within(o, mentions) for o in named):
        return NOBODY  # ``missed the deadline set by the court``: its setter is named and is no party
    return (hit, clue.climbed[1]) if hit else None


#: Prepositions of the party a predicate of stance concerns (``unacceptable to X``, ``a red line for X``).
_EXPERIENCER_PREPOSITIONS = ("to", "for")
#: Predicates of a party's stance (``unacceptable``, ``a red line``, ``non-negotiable``): the party after
#: ``to`` or ``for`` holds the term.
STANCE_PREDICATES = language.words("condition_stance_predicates")


def experiencer_of_stance(clue: Clue) -> tuple[dict, dict | None] | None:
    """A cue that is a predicate of stance (``condition_stance_predicates``) with the party it concerns
    after ``to`` or ``for`` (``Osteria's entry into the alliance is unacceptable to Norland``, ``... is a
    red line for Norland``): that party holds the term, whoever says it and whoever the term's own words
    name. Only a party named by its own name or by its officials (``the negotiators of Norland``): not a
    noun a party owns (``unacceptable to Norland's farmers``), not a demand's addressee (``a request to
    Norland``: no stance predicate), and not a predicate denied (``was not a red line for Norland``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Foreign troops are unacceptable to Norland.")
    >>> m = [dict(actor="Norland", type="state", country="NRL", start=35, end=42)]
    >>> art = Article(None, "", "", m, [], None)
    >>> cue = Match(19, 31, "refuses", "refusal")
    >>> experiencer_of_stance(Clue(art, doc[:], Match(0, 14, "security", "object"), [], cue=cue))[0]["actor"]
    'Norland'
    """
    cue = clue.cue
    span = clue.sent.doc.char_span(cue.start, cue.end, alignment_mode="expand") if cue is not None else None
    node = next((t for t in span or () if t.lemma_.lower() in STANCE_PREDICATES and t.dep_ in ("acomp", "attr")), None)
    if node is None or any(c.dep_ == "neg" for c in [*node.children, *node.head.children]):
        return None
    mentions = clue.article.mentions
    parties = [g for c in node.children if c.dep_ == "prep" and c.lower_ in _EXPERIENCER_PREPOSITIONS
               for g in c.children if g.dep_ == "pobj"]
    hit = next((h for h in ((_token_mention(p, mentions) if p.pos_ == "PROPN" else None) or _officials_in(p, mentions)
                            for p in parties) if h), None)
    return (hit, clue.climbed[1]) if hit else None


def _subtree_chars(tok) -> tuple[int, int]:
    """The character span of the phrase ``tok`` heads (its subtree).

    >>> from helpers import nlp
    >>> _subtree_chars(nlp.bare_nlp()("Envoys from Norland met.")[0])
    (0, 19)
    """
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _mentions_within(tok, mentions: list[dict]) -> bool:
    """Whether an actor is named anywhere in the phrase ``tok`` heads (``envoys from Norland``)."""
    lo, hi = _subtree_chars(tok)
    return any(lo <= m["start"] < hi for m in mentions)


def owner_of_term_noun(clue: Clue) -> tuple[dict, None] | None:
    """A term named together with the demand noun that carries it (``Osteria's territorial demands``,
    ``the territorial demands of Osteria``): the noun's owner holds the term, whoever the sentence's
    subject is, since refusing or reporting another's demand does not make it one's own (``Norland
    will never accept Osteria's territorial demands`` -> Osteria; ``Norland's territorial demands``
    -> Norland; a demand with no named owner, ``territorial demands are unacceptable``, is left to
    the rules after this one).
    """
    doc = clue.sent.doc
    span = doc.char_span(clue.obj.start, clue.obj.end, alignment_mode="expand")
    for noun in (t for t in span or () if t.lemma_.lower() in DEMAND_NOUNS):
        actor = _first_mention(_makers(noun)[1], clue.article.mentions)
        if actor is not None:
            return actor, None
    return None


def _right_after_term(obj, noun) -> bool:
    """Whether the demand noun ``noun`` follows the term ``obj`` after one comma, with only the term's
    own words between (no verb, conjunction or other comma): an apposition the parser hung elsewhere
    (``rejected disarmament, a key demand by Norland``, parsed as a second object).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria rejected disarmament, a key demand by Norland.")
    >>> _right_after_term(doc[2], doc[6])
    True
    >>> doc = nlp.bare_nlp()("Norland wants a truce, while the tariffs, a key demand of Osteria, stay.")
    >>> _right_after_term(doc[3], doc[11])
    False
    """
    comma = noun.left_edge.i - 1
    between = obj.doc[obj.i + 1:comma]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # ``Despite the release of all detainees, the main demand of Norland remains unmet``
    return obj.i < comma and obj.doc[comma].text == "," and not any(
        t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.text in ",;:" for t in between)


def _first_mention(tokens, mentions: list[dict]) -> dict | None:
    """The first actor mention that one of ``tokens`` names (:func:`_token_mention`), else None."""
    return next((a for a in (_token_mention(t, mentions) for t in tokens) if a), None)


def _makers(noun) -> tuple[list, list]:
    """Who a demand noun says voices it: (the subjects of its relative clause of voicing, ``a demand
    Norland has made for years``; its owner and the objects of its ``by``, ``of`` or ``from``, ``a key
    demand by Norland``, and the agent of a participle of voicing, ``a demand made by Norland``); both
    empty for ``a demand that the crowd found absurd``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It is a key demand by Norland. It is a demand that the crowd found absurd.")
    >>> [[[t.text for t in part] for part in _makers(s[4])] for s in doc.sents]
    [[[], ['Norland']], [[], []]]
    >>> doc = nlp.bare_nlp()("It is a demand made by Norland. It is a demand read by Norland.")
    >>> [[t.text for t in _makers(s[3])[1]] for s in doc.sents]
    [['Norland'], []]
    """
    voicers = [s for s in (next((g for g in c.children if g.dep_ == "nsubj"), None) for c in noun.children
                           if c.dep_ == "relcl" and c.lemma_.lower() in DEMAND_MAKER_VERBS) if s is not None]
    makers = [c for c in noun.children if c.dep_ == "poss"] + [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in MAKER_PREPOSITIONS
        for o in p.children if o.dep_ == "pobj"]
    makers += [a for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in DEMAND_MAKER_VERBS
               for a in _agents(c)]  # ``a demand made by Norland``, ``a request put forward by Norland``
    return voicers, makers


#: Prepositions that name who voices a demand noun (``a key demand by Norland``, ``of``, ``from``).
MAKER_PREPOSITIONS = language.words("demand_maker_prepositions")
#: Prepositions that name what a proposal or a demand asks for (``a proposal from Norland for a truce``).
CONTENT_PREPOSITIONS = language.words("condition_content_prepositions")
#: Nouns after ``for`` that give a reason, not what is asked for (``for lack of guarantees``).
REASON_NOUNS = language.words("condition_reason_nouns")


def _names_anothers_terms(obj) -> bool:
    """Whether category words name the kind of a document or of terms that have an owner of their own
    (``the truce plan proposed by Vos``, ``Vos's truce terms``): what a party refuses there is that
    owner's proposal, not its own red line.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland firmly rejected the truce plan proposed by Karl Vos. Norland firmly rejected a truce.")
    >>> _names_anothers_terms(doc[4]), _names_anothers_terms(doc[14])
    (True, False)
    """
    noun = obj.head
    return obj.dep_ in ("compound", "amod") and noun.lemma_.lower() in DOCUMENT_NOUNS | GOAL_NOUNS and any(
        o.i != obj.i and (o.ent_type_ in OWNER_ENTITY_TYPES or _of_party(o)) for o in _owners(noun))


#: Entity types of a name that can own a document (``Vos's truce plan``; not ``the Easter truce plan``).
OWNER_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _content_hung_on_verb(noun, obj) -> bool:
    """Whether ``obj`` lies in a ``for``/``on`` phrase (:data:`CONTENT_PREPOSITIONS`) that follows a
    proposal or demand noun and its maker (``a proposal from Norland``, :func:`_makers`) right away but
    that the parser hung on the verb the noun is the object of: what the proposal asks for.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria rejected a proposal from Norland for a truce along the river.")
    >>> _content_hung_on_verb(doc[3], doc[8])
    True
    >>> doc = nlp.bare_nlp()("Osteria rejected a proposal from Norland on Monday for the third time.")
    >>> _content_hung_on_verb(doc[3], doc[11])
    False
    >>> doc = nlp.bare_nlp()("Osteria rejected an offer from Norland for lack of security guarantees.")
    >>> _content_hung_on_verb(doc[3], doc[10])
    False
    """
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") or not any(_makers(noun)):
        return False
    prep = next((t for t in [obj, *obj.ancestors] if t.dep_ == "prep" and t.lower_ in CONTENT_PREPOSITIONS), None)
    if prep is None or prep.i + 1 >= len(prep.doc) or prep.doc[prep.i + 1].lemma_.lower() in REASON_NOUNS:
        return False  # ``for lack of guarantees``: a reason, not what the proposal asks for
    return prep.head.i == noun.head.i and prep.i == noun.right_edge.i + 1


def _series_taken_for_main(cue_tok, obj) -> bool:
    """Whether the parser made the second verb of a series the cue asks for into the sentence's main
    verb, the cue its subject or its clause (``the draft calls for Osteria to cede land, cap its army
    and drop its bid``: ``cap`` as the root, ``calls`` below it), and ``obj`` lies in that
    verb or the verbs joined to it: a bare verb with no subject of its own, after the cue's own
    infinitive clause (the parser may make the cue its subject or its clause).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland's draft calls for Osteria to cede land to Valdia, cap its army at 40,000 troops, "
    ...                      "and drop its bid to join the alliance.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("calls", "cap")]
    [('calls', 'nsubj', 'cap'), ('cap', 'ROOT', 'cap')]
    >>> [_series_taken_for_main(doc[3], doc[i]) for i in (14, 26, 8)]
    [True, True, False]
    """
    verb = cue_tok.head
    if cue_tok.dep_ not in ("nsubj", "ccomp") or verb.i <= cue_tok.i or verb.tag_ != "VB":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") and c.i != cue_tok.i for c in verb.children):
        return False  # ``calls for talks, and they restrict ...``: a verb of its own
    if not any(c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VB" for c in cue_tok.children):
        return False  # no infinitive the series goes on from
    return verb.left_edge.i <= obj.i <= verb.right_edge.i and not cue_tok.left_edge.i <= obj.i <= cue_tok.right_edge.i


def _for_clause_hung_on_verb(noun, obj) -> bool:
    """Whether ``obj`` lies in a ``for ... to`` clause right after a noun of demands (``renewed his calls
    for Osteria to cede the valley``) that the parser hung on the verb of voicing them the noun is the
    object of (``condition_demand_maker_verbs``; not ``withdrew his calls``): what the calls ask for.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Karl Vos renewed his calls for Osteria to cede the valley.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("for", "cede")]
    [('for', 'mark', 'cede'), ('cede', 'advcl', 'renewed')]
    >>> _for_clause_hung_on_verb(doc[4], doc[10])
    True
    """
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.lemma_.lower() not in DEMAND_NOUNS \
            or noun.head.lemma_.lower() not in DEMAND_MAKER_VERBS:
        return False  # ``withdrew his calls for ...``: only a verb that voices them (``renew``, ``repeat``)
    nxt = noun.right_edge.i + 1
    if nxt >= len(noun.doc) or noun.doc[nxt].lower_ != "for" or noun.doc[nxt].dep_ != "mark":
        return False
    clause = noun.doc[nxt].head
    return clause.head.i == noun.head.i and clause.left_edge.i <= obj.i <= clause.right_edge.i


def _series_after_relative(noun, obj) -> bool:
    """Whether ``obj`` lies in a verb of a series that goes on a document's relative clause in the
    present (``a truce that halts the raids, pulls back the troops and frees the detainees``)
    but that the parser hung on a verb above the document: a verb of the same tense, with no subject
    of its own, after the relative clause's verb.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria said on Monday it signed a truce that halts the raids, "
    ...                      "withdraws Norland troops and frees the prisoners.")
    >>> _series_after_relative(doc[7], doc[15]), _series_after_relative(doc[7], doc[0])
    (True, False)
    """
    rel = next((c for c in noun.children if c.dep_ == "relcl"), None)
    if rel is None or rel.tag_ not in ("VBZ", "VBP"):
        return False
    def acts(tok) -> bool:  # a verb, or a word with an object the tagger took for a plural noun (``withdraws``)
        return tok.pos_ == "VERB" or any(c.dep_ == "dobj" for c in tok.children)

    verb = obj
    while not acts(verb) and verb.head.i != verb.i:
        verb = verb.head
    same_tense = verb.tag_ == rel.tag_ or (rel.tag_ == "VBZ" and verb.lower_.endswith("s") and verb.dep_ in ("conj", "advcl"))
    if verb.i <= rel.i or not same_tense or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    while verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i and verb not in set(rel.ancestors):
        verb = verb.head
    return verb in set(rel.ancestors)


#: Words that open a restatement naming what was just said (``the aims declared in May; namely, X``).
RESTATING_WORDS = language.words("condition_restating_words")


def _named_again(cue_tok, obj) -> bool:
    """Whether ``obj`` follows the cue in a restatement that names what the cue's clause spoke of
    (``a truce hinges on the aims declared in May; namely, a smaller army``), which the
    parser hangs anywhere: it is in the cue's scope.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Peace depends on the goals set in May; namely, a smaller army.")
    >>> _named_again(doc[1], doc[12]), _named_again(doc[1], doc[3])
    (True, False)
    """
    if obj.i <= cue_tok.i:
        return False
    opens = [t for t in obj.doc[cue_tok.i + 1:obj.i]
             if t.lower_ in RESTATING_WORDS and t.i > 0 and obj.doc[t.i - 1].text in (";", ",", ":", "—", "–")]
    return bool(opens) and not any(t.text in (".", "?", "!", ";") for t in obj.doc[opens[-1].i:obj.i]) \
        and not any(t.text in (".", "?", "!") for t in obj.doc[cue_tok.i:obj.i])


#: Prepositions that open the items of a list of terms (``conditions, including a withdrawal``).
ITEM_PREPOSITIONS = language.words("condition_item_prepositions")


def _items_hung_on_verb(noun, obj) -> bool:
    """Whether ``obj`` lies in an ``including`` phrase (:data:`ITEM_PREPOSITIONS`) after the terms noun
    ``noun`` that the parser hung on the verb the noun is the object of (``set conditions for talks,
    in its first phase, including a full withdrawal``): the items of those terms.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Front set conditions for talks, in its first phase, including a full withdrawal.")
    >>> _items_hung_on_verb(doc[3], doc[15])
    True
    >>> doc = nlp.bare_nlp()("The Front met envoys for talks, in its first phase, including a full withdrawal.")
    >>> _items_hung_on_verb(doc[3], doc[15])
    False
    """
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.lemma_.lower() not in GOAL_NOUNS | DEMAND_NOUNS:
        return False
    prep = next((t for t in [obj, *obj.ancestors] if t.dep_ == "prep" and t.lower_ in ITEM_PREPOSITIONS), None)
    return prep is not None and prep.head.i == noun.head.i and prep.i > noun.i


def owner_before_colon(clue: Clue) -> tuple[dict, dict | None] | None:
    """What a colon lays out after a noun of terms with an owner belongs to that owner:

    ``The terms of the Lund government are simple: free the detainees.`` -> Norland (the government
    the article is about); ``Osteria's demands, repeated all week, are these: ...`` -> Osteria, also
    where the parser ends a sentence at the colon (``For a lasting deal, Osteria's terms have hardly
    changed in years: ...``).
    """
    sent = clue.sent
    colon = next((t for t in sent if t.text == ":" and t.idx < clue.obj.start), None)
    if colon is None:  # the parser may end a sentence at the colon: its opener is the sentence before
        before = sent.start - 1
        while before >= 0 and sent.doc[before].is_space:
            before -= 1  # ``...: \n\nNorland must ...``: the colon before a paragraph break
        if before >= 0 and sent.doc[before].text == ":":
            colon = sent.doc[before]
            sent = colon.sent
    if colon is None:
        return None
    mentions = clue.article.mentions
    for noun in (t for t in sent if t.i < colon.i and t.lemma_.lower() in GOAL_NOUNS | DEMAND_NOUNS | DOCUMENT_NOUNS
                 and t.dep_ in ("nsubj", "nsubjpass")):  # ``Osteria's demands ... are:``, not ``X rejected Y's demands:``
        holder = _possessor_before(noun, mentions) or next(
            (h for h in (_subject_actor(o, mentions, None) for o in _owners(noun)) if h), None)
        if holder:
            return holder, clue.climbed[1]
    return None


#: A holder rule's answer that the term has a holder no rule may name (``both sides agreed``
#: with no parties named before): no row, and no later rule asked.
NOBODY = ({}, None)


def parties_named_before(clue: Clue) -> tuple[dict, dict | None] | None:
    """The first of the parties a counted noun or a joint statement stands for (``Norland and
    Osteria met. Both sides agreed on a truce.`` -> Norland; ``the three countries``, ``the joint
    statement urged``: :func:`named_pair`, :func:`joint_issuers`; :func:`conjunct_holders` adds the
    others); :data:`NOBODY` when the text names no such parties before it (whoever reports ``both
    sides agreed`` holds nothing)."""
    if clue.pair is None:
        return None
    return (clue.pair[0], None) if clue.pair else NOBODY


def _paper(holder: dict, mentions: list[dict]) -> bool:
    """Whether ``holder`` is an organisation (by its own type, else by the article's mention of the same
    actor: a quote's speaker carries no type) whose name is a newspaper's title (:func:`newspaper_title`),
    or its title word alone where the article names the paper whole (``the Post``: :func:`short_paper_title`);
    a person's name is never a paper's (``Jan Post``).

    >>> _paper({"actor": "Harbour Times"}, [{"actor": "Harbour Times", "type": "organization"}])
    True
    >>> _paper({"actor": "Jan Post", "type": "person"}, []), _paper({"actor": "Harbour Times"}, [])
    (False, False)
    >>> post = {"actor": "Post", "type": "organization"}
    >>> _paper(post, [{"actor": "Harbour Post", "type": "organization"}]), _paper(post, [{"actor": "Jan Post", "type": "person"}])
    (True, False)
    """
    name = holder.get("actor", "")
    kind = holder.get("type") or next((m.get("type") for m in mentions if m.get("actor") == name), "")
    return kind == "organization" and (newspaper_title(name) or short_paper_title(
        name, {m.get("actor", "") for m in mentions if m.get("type") == "organization"}))


def subject_of_clause(clue: Clue) -> tuple[dict, dict | None] | None:
    """The first subject (or possessor) naming an actor above the cue; the quote's speaker outside a quote.

    ``Norland insists that Osteria must lift the tariffs`` -> Norland (Osteria, the subject of
    the cued clause, is the addressee). A speaker the sentence names only as a reader of the
    document (``according to a copy seen by Osteria, the plan envisions ...``) is none: the
    document speaks for its author (:func:`author_of_document`).
    """
    holder, addressee = clue.climbed
    if holder and _paper(holder, clue.article.mentions):
        return None  # ``The Harbour Times reported that Norland wants ...``: the paper reports, the next rule looks on
    if holder and _only_reader(holder, clue.sent, clue.article.mentions):
        return None
    if holder and _reports_document(holder, clue):
        return None  # ``According to AFP, the plan includes ...``: the agency reports, the plan's author holds
    if holder and (_framed_by_unowned_plan(clue) or _framed_by_others_plan(clue, holder)):
        return None  # ``Under the plan, X would ...``: the plan speaks for its author (author_of_document)
    if holder and _body_serving_deal(clue, holder):
        return None  # ``Under the deal, the UN would send monitors``: the deal's parties' term (author_of_document)
    if holder and _told_by_another(clue, holder):
        return None  # ``Berg said the deal will free them``: the deal's parties' term (author_of_document)
    if holder and _part_of_document(clue):
        return None  # ``Osteria's withdrawal is a central part of the deal``: the deal's authors' term
    if holder and _unwritten_antecedent(clue.anchor):
        return None  # ``Lee flew in to witness the pact, which calls for ...``: the pact's authors' term
    if holder and _document_infinitive(clue):
        return None  # ``Norland criticised the deal to free them``: the deal's parties' term (author_of_document)
    return (holder, addressee) if holder else None


def _infinitive_to(tok) -> bool:
    """Whether ``tok`` is the ``to`` of a bare infinitive (``a deal to free them``), not a preposition
    (``its agreement to prisoner swaps``, ``committed the deal to paper``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A deal to free them. Its agreement to the plan.")
    >>> _infinitive_to(doc[2]), _infinitive_to(doc[8])
    (True, False)
    """
    return tok.lower_ == "to" and tok.dep_ == "aux" and tok.head.tag_ == "VB"


def _document_infinitive(clue: Clue) -> bool:
    """Whether the clue's cue is a document cue on the ``to`` of the step a deal is to bring about (``its
    agreement with Norland to free the detainees``, cue ``agreement to``): the deal speaks for its parties
    (:func:`author_of_document`), whoever the clause's subject is (``Norland criticised the deal to ...``);
    not a deal named with ``a``, which may be what the subject asks for (``Norland called for a deal to ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland criticised the deal to free them.")
    >>> _document_infinitive(Clue(None, doc[:], None, [], cue=Match(28, 30, "agreement to", "document")))
    True
    """
    cue = clue.cue
    tok = _token_at(clue.sent.doc, cue.start) if cue is not None and cue.kind == "document" else None
    if tok is None or not _infinitive_to(tok):
        return False
    noun = next((t for t in reversed(clue.sent.doc[max(clue.sent.start, tok.i - 8):tok.i])
                 if t.lemma_.lower() in DOCUMENT_NOUNS), None)
    return noun is None or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


#: Words of a monitoring group's name (``the Coastal Observatory``, ``Harbour Rights Watch``).
_MONITOR_NAME_WORDS = language.words("monitor_name_words")


def _reporting_body(name: str) -> bool:
    """Whether ``name`` reports what others agreed: a news organisation of the world list or a
    monitoring group (a word of its name in ``monitor_name_words``: ``the Coastal Observatory for Human
    Rights``; a movement for rights is a party).

    >>> _reporting_body("AFP"), _reporting_body("Coastal Observatory for Human Rights"), _reporting_body("Norland")
    (True, True, False)
    """
    words = name.split()
    return news_organisation(name) or (len(words) > 1 and any(w.lower() in _MONITOR_NAME_WORDS for w in words))


def _reports_document(holder: dict, clue: Clue) -> bool:
    """Whether ``holder`` is a reporting body (:func:`_reporting_body`) and a document states the clue's
    term (:func:`_document_speaks_here`): it reports the document, whose author holds the term."""
    return _reporting_body(holder.get("actor", "")) and _document_speaks_here(clue)


def _document_speaks_here(clue: Clue) -> bool:
    """Whether a document states the clue's term: the subject of the sentence's main clause
    (:func:`_document_subject`) or of the clause the term is in (:func:`_term_clause_document`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The plan includes a truce. Osteria wants a truce.")
    >>> [_document_speaks_here(Clue(None, s, Match(s.end_char - 6, s.end_char - 1, "ceasefire", "object"), []))
    ...  for s in doc.sents]
    [True, False]
    """
    obj = _token_at(clue.sent.doc, clue.obj.start) if clue.obj is not None else None
    return _document_subject(clue.sent) is not None or _term_clause_document(obj) is not None


def _unwritten_antecedent(anchor) -> bool:
    """Whether ``anchor`` (a cue's token) stands in a relative clause on a document noun that the
    sentence's actor only witnesses, receives, backs or brokers (:data:`_NOT_WRITING_VERBS`): the clause
    describes a document that actor did not write, so the subject above it holds none of its terms; one
    another is pressed to accept (:func:`_asked_to_take`) is the presser's (``urged Lee to accept a pact that ...``).

    >>> from helpers import nlp
    >>> text = "Lee came to witness the pact, which calls for a vote. Lee drafted a pact, which calls for it."
    >>> [_unwritten_antecedent(t) for t in nlp.bare_nlp()(text) if t.lower_ == "calls"]
    [True, False]
    """
    if anchor is None:
        return False
    clause = next((a for a in [anchor, *anchor.ancestors] if a.dep_ == "relcl"), None)
    return clause is not None and clause.head.lemma_.lower() in DOCUMENT_NOUNS and not _kind_taken_a_stance_on(clause.head) \
        and _object_of(clause.head, _NOT_WRITING_VERBS) and not _asked_to_take(clause.head)


def _part_of_document(clue: Clue) -> bool:
    """Whether the cue is a document cue that opens on a verb (``is a central part of the deal``): the
    clause's subject is the term itself, whoever it names (``Osteria's withdrawal``), and the
    document's author or parties hold it (:func:`author_of_document`); so do they a step the sentence
    says was agreed in a document it names with its parties (``a deal between Norland and Osteria ... but
    Osteria is still to withdraw its units as agreed``)."""
    cue = clue.cue
    tok = _token_at(clue.sent.doc, cue.start) if cue is not None and cue.kind == "document" else None
    if tok is not None and _as_clause(tok) is not None:
        return author_of_document(clue) is not None and _taker_is_party(_as_clause(tok).head, clue)
    return tok is not None and tok.pos_ in ("AUX", "VERB")


def _taker_is_party(verb, clue: Clue) -> bool:
    """Whether the one to take an agreed step (the subject of ``verb`` or of the clause it completes) is
    named inside a document noun of the sentence (``a deal between Norland and Osteria ... but Osteria is
    still to withdraw ... as agreed``), so the step is that deal's; a trade deal with others is not."""
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    taker = _token_mention(subj, clue.article.mentions) if subj is not None else None
    if taker is None:
        return False
    for noun in (t for t in clue.sent if t.lemma_.lower() in DOCUMENT_NOUNS):  # ``between Oslo and ...``: a capital too
        named = (_token_mention(t, clue.article.mentions) or state_at(t) for t in noun.subtree)
        if any(hit is not None and hit["actor"] == taker["actor"] for hit in named):
            return True
    return False


def _told_by_another(clue: Clue, holder: dict) -> bool:
    """Whether the cued clause's subject is a document the text introduced with authors the holder
    found above it is not on the side of (``Norland and Osteria signed a deal. Berg, the mediator, said
    the deal will free the detainees``): whoever else describes a document, its authors hold its terms."""
    subj = _first_subject(clue.anchor, clue.sent) if clue.anchor is not None else None
    if subj is None or subj.lemma_.lower() not in DOCUMENT_NOUNS or _yet_to_exist(subj) \
            or _document_owner(subj, clue.article.mentions):
        return False
    authors = _earlier_document_parties(subj.doc, clue.sent.start, subj.lemma_.lower(), clue.article.mentions)
    if not authors:
        return False
    side = clue.article.side
    return side(holder)[0] not in {side(a)[0] for a in authors}  # a party's own people speak for it


def _earlier_document_parties(doc, before: int, lemma: str, mentions: list[dict]) -> list[dict]:
    """The parties of the latest document noun ``lemma`` before token ``before`` that has an owner
    (:func:`_document_owner`): the owner, the actors joined to it by ``and``, and those it concluded
    the document with (``Norland signed a deal with Osteria``: :func:`~helpers.actors.countries.deal_partners`)."""
    found = _earlier_owned_document(doc, before, {lemma}, mentions)
    return _document_parties(*found, mentions) if found is not None else []


def _document_parties(tok, owner: dict, mentions: list[dict]) -> list[dict]:
    """The parties of document noun ``tok`` whose owner is ``owner``: the owner, the actors joined to it by
    ``and``, and those it concluded the document with (:func:`_earlier_document_parties`)."""
    doc = tok.doc
    at = _token_at(doc, owner["start"]) if owner.get("start") is not None else None
    others = list(at.conjuncts) if at is not None else []
    others += [o for s in tok.head.children if s.dep_ == "nsubj" for o in deal_partners(s)]  # ``signed a deal with``
    return [owner, *(m for m in (_token_mention(o, mentions) for o in others) if m)]


def _framed_by_unowned_plan(clue: Clue) -> bool:
    """Whether the term is framed by a sentence-opening ``Under the plan,`` (or one set off by commas after
    the subject: ``Norland, under the plan, would ...``) whose document one side
    drafts (``one_author_documents``) and whose author the phrase does not name: its author, found
    where the plan was introduced, holds every clause (a deal's clauses name each party's own)."""
    first, noun = _document_phrase(clue)
    if first is None or noun is None or not _frames_clause(first, noun):
        return False
    return noun.lemma_.lower() in ONE_AUTHOR_DOCUMENTS and not _owners(noun)


def _frames_clause(first, noun) -> bool:
    """Whether a document phrase (its first word and its noun: ``Under the plan``) frames the clause it
    stands in: it opens the sentence, is set off by commas after the subject (``Norland, under the plan,
    would ...``: an aside, as an opener), or is ``under the plan`` with ``the`` wherever it stands (``X would
    cede the valley under the plan``: the plan named before)."""
    doc = first.doc
    set_off = 0 < first.i and doc[first.i - 1].text == "," and noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","
    back = first.lower_ == "under" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
    return _opens_sentence(first) or set_off or back


def _body_serving_deal(clue: Clue, holder: dict) -> bool:
    """Whether the holder found is an international body (country ``INT``) that ``under the deal`` (any
    document: opening the sentence, or after the clause with ``the``) gives a task (``Under the accord, the
    Tide Council would send monitors``): the body serves the deal, whose parties hold its clauses
    (author_of_document; where no party is found, the next rules read the sentence as before). A body
    named with a party (``Norland and the Tide Council would ...``) is read with it, as the parser joins them.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Under the accord, the Tide Council would send monitors. The Tide Council would send monitors.")
    >>> body = {"actor": "Tide Council", "country": "INT"}
    >>> [_body_serving_deal(Clue(None, s, Match(s.end_char - 9, s.end_char - 1, "security", "object"), [],
    ...                          cue=Match(s.start_char, s.start_char + 15, "under the deal", "document")), body)
    ...  for s in doc.sents]
    [True, False]
    """
    first, noun = _document_phrase(clue)
    return first is not None and noun is not None and first.lower_ == "under" and holder.get("country") == "INT" \
        and _frames_clause(first, noun)


def _framed_by_others_plan(clue: Clue, holder: dict) -> bool:
    """Whether the term is framed by ``under`` a plan one side drafts (``one_author_documents``) whose
    author the sentence names and who is not the subject found (``Osteria would give up the valley under
    a plan drafted by Valdia``, ``Under a plan put forward by Valdia, Osteria would ...``; a backer is no
    author): the author holds the plan's points (author_of_document); a party's own plan stays its own
    (``under its own plan``)."""
    first, noun = _document_phrase(clue)
    if first is None or noun is None or first.lower_ != "under" or (
            noun.lemma_.lower() not in ONE_AUTHOR_DOCUMENTS and not any(c.dep_ == "acl" and _agents(c) for c in noun.children)):
        return False  # ``under terms tabled by Valdia``: terms one side put forward are its own, as a plan is
    owner = _document_owner(noun, clue.article.mentions)
    return owner is not None and owner.get("actor") != holder.get("actor")


def _document_phrase(clue: Clue) -> tuple:
    """The first word and the noun of the clue's document cue (``under the plan``), or of a document cue
    that opens the sentence before another cue (``According to a draft, Osteria would agree to ...``),
    else (None, None)."""
    cue, doc = clue.cue, clue.sent.doc
    if cue is None or cue.kind != "document":
        cue = next((c for c in clue.cues if c.kind == "document" and cue is not None and c.end <= cue.start
                    and (first := _token_at(doc, c.start)) is not None and _opens_sentence(first)), None)
    if cue is None:
        return None, None
    return _token_at(doc, cue.start), _cue_document_noun(cue, doc) or _token_at(doc, cue.end - 1)


def _only_reader(holder: dict, sent, mentions: list[dict]) -> bool:
    """Whether the sentence names the holder, and only as a reader of a document (``a copy seen by Osteria``)."""
    here = [_token_at(sent.doc, m["start"]) for m in mentions if m.get("actor") == holder.get("actor")
            and sent.start_char <= m["start"] < sent.end_char]
    return bool(here) and all(t is not None and _reader(t) for t in here)


def _first_subject(tok, segment):
    """The first grammatical subject above ``tok`` (inside ``segment``), else None; the subject of a
    verb of receiving a plan is skipped (``Osteria rejected the plan``: no author of it)."""
    chain = [tok] + list(tok.ancestors)
    for i, node in enumerate(chain):
        if not segment.start <= node.i < segment.end:
            return None
        subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and segment.start <= c.i < segment.end]
        if subjects and not (i and _received(chain[i - 1])):
            return subjects[0]
    return None


#: The speaker rule that finds the author of a document named before: left to :func:`author_of_document`.
_DOCUMENT_PUBLISHED = "speaker.document_published"


def _addressee_subject(subj, clue: Clue) -> bool:
    """Whether ``subj`` is the subject of the clause a cue of the addressee governs (``if Osteria
    frees``, ``Osteria must free``, ``Osteria would be forced to free``): the addressee, not the holder."""
    cue = clue.cue
    if cue is None or cue.subject != "addressee":
        return False
    return subj.head.i == _cue_head(clue.anchor).i or cue.start <= subj.head.idx < cue.end


def sayer_of_parenthetical(clue: Clue) -> tuple[dict, dict | None] | None:
    """The sayer set off by commas just before a conditional (``A deal is possible, Berg said,
    provided Osteria disarms``): the proviso hangs on the statement that sayer makes, so it is the
    sayer's term (whoever the statement's subject is); a sayer that names no actor, none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A deal is possible, Berg said, provided Osteria stops arming the rebels.")
    >>> _parenthetical_sayer(doc[8]).text
    'Berg'
    >>> doc = nlp.bare_nlp()("Berg said a deal is possible provided Osteria stops arming the rebels.")
    >>> _parenthetical_sayer(doc[7]) is None
    True
    """
    if clue.cue is None or clue.cue.kind != "conditional":
        return None
    cue_tok = _token_at(clue.sent.doc, clue.cue.start)
    sayer = _parenthetical_sayer(cue_tok) if cue_tok is not None else None
    found = _subject_actor(sayer, clue.article.mentions, None, clue.article.text) if sayer is not None else None
    return (found, clue.climbed[1]) if found is not None else None


def _parenthetical_sayer(cue_tok):
    """The subject of a verb of saying (``attribution_verbs``) set off by commas right before the word
    ``cue_tok`` (``..., Berg said, provided ...``), else None."""
    doc = cue_tok.doc
    if cue_tok.i < 4 or doc[cue_tok.i - 1].text != ",":
        return None
    verb = doc[cue_tok.i - 2]
    if verb.lower_ not in ATTRIBUTION_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i < 1 or doc[subj.left_edge.i - 1].text != ",":
        return None  # ``Berg said, provided ...`` opens the sentence: its own clause, not an aside
    return subj


def speaker_of_subject(clue: Clue) -> tuple[dict, dict | None] | None:
    """The subject names no actor by itself: resolve it as the quote module resolves a speaker
    (a role, a spokesperson, a document's authors, an office).

    ``A spokesperson for Osteria insisted that the tariffs be lifted`` -> Osteria; a role that
    owns the subject speaks for it too (``The minister's demand is that ...`` -> the minister).
    """
    if clue.kind == "anaphora" or clue.quote is not None or _framed_by_unowned_plan(clue) or _part_of_document(clue) \
            or _framed_by_others_plan(clue, {}) or _document_infinitive(clue):
        return None  # a document's point is its parties' (author_of_document)
    subj = _first_subject(clue.anchor, clue.sent)
    if subj is not None and (_addressee_subject(subj, clue) or _term_clause(subj.head)):  # ``envisions [X ...]``
        upper = subj.head.head
        subj = _first_subject(upper, clue.sent) if upper.i != subj.head.i and not _relative_on_copula(subj.head) else None
    if subj is not None and subj.dep_ == "nsubjpass" and (_passive_demand(subj.head) or _passive_grant(subj.head)):
        return None  # ``Osteria was urged to stop``, ``Osterians will be allowed to return``: who is asked or let sets nothing
    subj = _title_owner(subj) or subj  # ``the minister's demand``: the minister
    if subj is None or subj.pos_ == "PRON" or _hit_by_measure(subj.head) or subj.lemma_.lower() in DOCUMENT_NOUNS:
        return None  # a document speaks for its author: author_of_document's case
    if not _speaks_as_role(subj):
        return None  # ``the mediators should ...``, ``the word survives``: no one's office speaks
    from ..quotes import resolve_speaker
    found = resolve_speaker(clue.article.speakers, subj)
    if found is None or found.unnamed or not found.name or found.rule == _DOCUMENT_PUBLISHED:
        return None  # a document released earlier speaks for its author: author_of_document's case
    if _paper({"actor": found.name, "type": found.type}, clue.article.mentions):
        return None  # the paper reports (subject_of_clause): the next rule looks on
    if _body_serving_deal(clue, {"country": found.country}):
        return None  # ``Under the deal, the UN would ...``: the deal's parties' term (author_of_document)
    return {"actor": found.name, "country": found.country, "type": found.type}, clue.climbed[1]


#: Entity labels of a day or a time, never a speaker (``Sunday``, ``midnight``).
_WHEN_ENTITIES = frozenset({"DATE", "TIME"})


def _speaks_as_role(subj) -> bool:
    """Whether a subject names someone, as the quote module resolves a speaker: a name, or an office
    or a role (``the minister``, ``a spokesperson for Osteria``: ``titles``, ``source_nouns``,
    ``spokes_nouns``); not a thing or a plural of others (``the word``, ``the mediators``), nor a day or
    a time the parser made the subject (``the Front (NF) Sunday declared a truce``: a wire story's day).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Sunday brought a truce. Karl Vos brought a truce.")
    >>> _speaks_as_role(doc[0]), _speaks_as_role(doc[6])
    (False, True)
    """
    from ..actors import TITLES
    from ..quotes.titles import ROLE_NOUNS, title_words
    if subj.ent_type_ in _WHEN_ENTITIES:
        return False
    if subj.pos_ == "PROPN":
        return True
    word = subj.lemma_.lower()
    return subj.pos_ == "NOUN" and subj.tag_ != "NNS" and (
        word in ROLE_NOUNS or word in TITLES or title_words(subj) is not None)


def _title_owner(subj):
    """The bare title that owns ``subj`` (``[the minister]'s demand``), else None (``the plane's crew``)."""
    from ..quotes.titles import title_words
    if subj is None:
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "NOUN" and title_words(c)), None)


#: Verbs whose subject takes, backs, reads, brokers, keeps or carries out a document it did not write.
_NOT_WRITING_VERBS = RECEIVING_VERBS | BACKING_VERBS | READ_VERBS | BROKER_VERBS | COMPLIANCE_VERBS | IMPLEMENTING_VERBS


#: Prefixes that make a demonym a leaning (``pro-Norwegian``), not a belonging.
_LEANING_PREFIXES = language.words("leaning_prefixes")


#: Plurals naming the sides of one state's own war after its possessor (``Osteria's two factions``), and
#: ``parties``, which names them only with a word of war in front (``Osteria's warring parties``).
WAR_SIDE_NOUNS = language.words("condition_war_side_nouns")
WAR_PARTY_NOUNS = language.words("condition_war_party_nouns")
#: The words of war before such a plural (``warring``, ``rival``), and of rank (``main``).
WAR_SIDE_MODIFIERS = language.words("condition_war_side_modifiers")
SIDE_RANK_WORDS = language.words("condition_side_rank_words")


def _sides_of_state(noun, mentions) -> dict | None:
    """The state whose own war's sides the plural ``noun`` names by its possessor (:data:`WAR_SIDE_NOUNS`
    with a count, a rank or a word of war in front, :data:`WAR_SIDE_MODIFIERS`, :data:`SIDE_RANK_WORDS`:
    ``Osteria's two factions``; :data:`WAR_PARTY_NOUNS` with a word of war: ``Osteria's warring parties``),
    else None: a civil war's parties are coded by their state, so those who lead or speak for them speak
    for it; a body the state owns (``Osteria's opposition``), its political parties (``Osteria's ruling
    parties``, ``Osteria's two main parties``, bare ``Osteria's parties``) or a person's factions are none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria's two factions met. Osteria's ruling parties met.")
    >>> m = [dict(actor="Osteria", type="state", country="OST", start=0, end=7),
    ...      dict(actor="Osteria", type="state", country="OST", start=28, end=35)]
    >>> _sides_of_state(doc[3], m)["actor"], _sides_of_state(doc[9], m)
    ('Osteria', None)
    """
    if noun.lower_ not in WAR_SIDE_NOUNS | WAR_PARTY_NOUNS or noun.tag_ != "NNS":
        return None
    fronts = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    if not fronts or any(c.dep_ != "nummod" and c.lower_ not in WAR_SIDE_MODIFIERS | SIDE_RANK_WORDS for c in fronts):
        return None  # ``Osteria's parties``, ``Osteria's ruling parties``: political parties, not a war's sides
    if noun.lower_ in WAR_PARTY_NOUNS and not any(c.lower_ in WAR_SIDE_MODIFIERS for c in fronts):
        return None  # ``Osteria's two main parties``: political parties
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    hit = _token_mention(owner, mentions) if owner is not None else None
    return hit if hit is not None and hit.get("type") == "state" else None


def _fighters_of_state(subj) -> bool:
    """Whether ``subj`` is a plural noun of an armed group (``armed_group_nouns``) a demonym names, not
    one that only leans to the state (``pro-`` or ``anti-`` before it): ``Norwegian rebels reached an
    accord`` -> the rebels of Norway's own war sign for it, as a civil war's parties are coded.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norwegian rebels reached an accord. Pro-Norwegian rebels reached an accord.")
    >>> _fighters_of_state(doc[1]), _fighters_of_state(doc[10])
    (True, False)
    """
    if subj.tag_ != "NNS" or subj.lemma_.lower() not in ARMED_GROUP_NOUNS and subj.lower_ not in ARMED_GROUP_NOUNS:
        return False
    return not any(t.lower_ in _LEANING_PREFIXES for t in subj.doc[max(subj.left_edge.i, subj.i - 4):subj.i])


def _announcer_of_pronoun(subj):
    """The teller (:func:`_teller`) of the clause a pronoun subject opens (``Norland said it had
    concluded an accord with the Front`` -> ``Norland``), when it can be what the pronoun stands for: an
    ``it`` stands for no person (``Anna Berg said it had ...``), a ``they`` for a plural or a series;
    else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland's cabinet said it had concluded an accord with the Front.")
    >>> _announcer_of_pronoun(doc[4]).text
    'cabinet'
    >>> doc = nlp.bare_nlp()("Norland said that Osteria had concluded an accord with the Front.")
    >>> _announcer_of_pronoun(doc[4]) is None
    True
    """
    if subj.pos_ != "PRON" or subj.lower_ not in _IMPERSONAL or subj.dep_ != "nsubj" or subj.head.dep_ != "ccomp":
        return None
    teller = _teller(subj)
    if teller is None or teller.pos_ == "PRON" or (subj.lower_ in _THING and teller.ent_type_ == "PERSON"):
        return None  # ``Anna Berg said it had ...``: not Anna Berg
    if subj.lower_ in _PLURAL and not _plural_noun(teller):
        return None  # ``Norland said they had ...``: someone else
    return teller


def _document_owner(tok, mentions) -> dict | None:
    """The actor whose document ``tok`` is: an owner of the noun (a possessive pronoun: whom it stands
    for, :func:`_pronoun_owner_actor`), or the subject of the verb that has it as its object (``Osteria unveiled a
    plan``), or the state of a demonym in front of it (``the Norwegian draft``), or the first of the
    parties it is between (``a deal between Norland and Osteria``)."""
    for owner in _owners(tok):
        hit = _token_mention(owner, mentions) or _premodifier_mention(owner, mentions) or (
            demonym_state(owner) if owner.dep_ == "npadvmod" else None) or _officials_in(owner, mentions)
        # (``a Norwegian-drafted text``; ``the deal signed by the envoys of Norland``)
        if hit:
            return hit
    if tok.lemma_.lower() in ONE_AUTHOR_DOCUMENTS:  # ``the Lee Plan``, ``the Lee plan``: named after its author
        hit = next((h for h in (_namesake(c, mentions) for c in tok.children
                                if c.dep_ == "compound" and c.pos_ == "PROPN") if h), None)
        if hit:
            return hit
    if demonym_owner(tok, unions=True):
        return demonym_owner(tok, unions=True)  # ``the European plan``: the union's
    hit = _pronoun_owner_actor(tok, mentions) or _parties_of_war_ended(tok, mentions)
    if hit:  # ``its deal``: the party its ``its`` stands for; ``an accord to end the Norland-Osteria war``
        return hit
    for bearer in _bearers(tok) + _signers(tok):  # ``the draft Norland carried to the summit``, ``the deal Lee signed``
        hit = _token_mention(bearer, mentions) or _premodifier_mention(bearer, mentions) or _officials_in(bearer, mentions)
        if hit:
            return hit
    between = None if tok.head.lemma_.lower() in AUTHOR_VERBS else _party_between(tok, mentions, noun_only=True)
    if between:  # ``Lee announced a deal between Norland and Osteria``: the deal's parties', not its announcer's
        return between  # (``Valdia proposed a deal between ...``: the proposer wrote it)
    for keeper in _keepers(tok):  # ``Norland pledged to abide by the accord``: a party the deal names none of
        hit = _token_mention(keeper, mentions) or (_resolve_pronoun(keeper, mentions) if keeper.pos_ == "PRON" else None)
        if hit:
            return hit
    presented = _presented_with(tok)  # ``Osteria presented the parties with a draft``: the presenter's draft
    if presented or (tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB"
                     and not _object_of(tok, _NOT_WRITING_VERBS)  # ``accepted a plan``, ``seen by X``, ``implemented``
                     and not _asked_to_take(tok)):
        verb = tok.head.head if presented else tok.head
        # ``the delegation, led by Ann Lee, handed over a plan``: the parser may hang the verb on its subject
        doers = [verb.head] if tok.dep_ == "dobj" and verb.dep_ == "acl" else []
        doers += _gerund_doers(verb) if tok.dep_ == "dobj" else []  # ``took a step by signing an accord``
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        subjects += [s for s in map(_announcer_of_pronoun, subjects) if s is not None]
        for subj in doers + subjects:
            # ``signed by three rebel groups and Ann Lee``: an agent's object and the names joined to it
            below = [*subj.children, *(c for g in subj.children for c in g.conjuncts if not _signs_as_third_party(c))] \
                if subj.dep_ == "agent" else list(subj.children)
            hit = _token_mention(subj, mentions) or next(
                (h for h in (_token_mention(g, mentions) or ((_premodifier_mention(g, mentions) or _officials_in(g, mentions))
                                                              if subj.dep_ == "agent" else None) for g in below) if h),
                None) \
                or (demonym_owner(subj) if subj.lemma_.lower() in STATE_NOUNS or _fighters_of_state(subj) else None) \
                or _state_of(subj, mentions) or _pronoun_owner_actor(subj, mentions) or _officials_in(subj, mentions)
            if hit:  # ``the Norwegian delegation``, ``the State of Qatar``, ``her government``, ``envoys of Norland``
                return hit
    return _committed_party(tok, mentions) or _party_between(tok, mentions)


#: Words of one who signs a deal without being its party (``condition_witness_nouns``: a witness, a guarantor)
#: or takes a third party's part in the talks (``third_party_roles``: a mediator).
_WITNESS_WORDS = language.words("condition_witness_nouns") | language.words("third_party_roles")


def _signs_as_third_party(tok) -> bool:
    """Whether a name joined to a deal's signers signs as a witness, a guarantor or a mediator: its own
    word is one, or one stands in apposition to it or after its ``as`` (``signed by three rebel groups
    and the mediator, Ann Lee, as a witness``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It was signed by the rebels and Ann Lee as a witness. It was signed by the rebels and Ann Lee.")
    >>> _signs_as_third_party(doc[8]), _signs_as_third_party(doc[21])
    (True, False)
    """
    if tok.lemma_.lower() in _WITNESS_WORDS or any(t.lemma_.lower() in _WITNESS_WORDS for t in tok.subtree
                                                  if t.i != tok.i and t.dep_ not in ("conj", "cc")):
        return True  # ``the mediator, Ann Lee``, ``Ann Lee, the mediator``
    verb = tok.head
    while verb.dep_ in ("conj", "pobj", "agent") and verb.head.i != verb.i:
        verb = verb.head  # ``signed by the rebels and Ann Lee as a witness``: the parser hangs ``as`` on the verb
    last = max((c for c in tok.head.conjuncts), key=lambda c: c.i, default=tok) if tok.dep_ == "conj" else tok
    return tok.i >= last.i and any(p.lower_ == "as" and p.i > tok.i and any(o.lemma_.lower() in _WITNESS_WORDS
                                                                              for o in p.children)
                                   for p in verb.children)


#: Nouns of a war or dispute a document is to end, and the verbs of ending it (``an accord to end the
#: Norland-Osteria border war``).
WAR_NOUNS = language.words("condition_war_nouns")
ENDING_VERBS = language.words("condition_ending_verbs")


def _parties_of_war_ended(tok, mentions) -> dict | None:
    """The parties of the war or dispute the document ``tok`` is to end (``to`` and a verb of
    :data:`ENDING_VERBS` right after the noun or a time named after it, :func:`_past_time_words`, a noun of :data:`WAR_NOUNS` within eight words): the states
    or actors named between the verb and the war's noun, by names, demonyms or a possessor (``an accord to
    end the Norwegian-Swedish border war``, ``a deal to end Norland's civil war``), and the names right
    after ``between`` (``to end the long war between Norland and Osteria``, up to the first word that is no
    name); the first, with every party under ``pair`` (:func:`conjunct_holders`), else None (``an accord to
    end the war``: no party named).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("An accord to end the Norwegian-Swedish border war was signed. An accord to end the war was signed.")
    >>> [p["actor"] for p in _parties_of_war_ended(doc[1], [])["pair"]], _parties_of_war_ended(doc[13], [])
    (['Norway', 'Sweden'], None)
    """
    doc, at = tok.doc, _past_time_words(tok.doc, tok.i + 1)  # ``signed an accord late on Friday to end ...``
    if at + 1 >= len(doc) or doc[at].lower_ != "to" or doc[at + 1].lemma_.lower() not in ENDING_VERBS:
        return None
    war = next((t for t in doc[at + 2:at + 10] if t.lemma_.lower() in WAR_NOUNS), None)
    if war is None or any(t.is_punct and t.text not in _JOINING_DASHES for t in doc[at + 2:war.i]):
        return None
    named = list(doc[at + 2:war.i])
    if war.i + 1 < len(doc) and doc[war.i + 1].lower_ == "between":  # ``the war between Norland and Osteria``
        for t in doc[war.i + 2:war.i + 9]:
            if t.pos_ not in ("PROPN", "CCONJ", "DET", "ADJ") and t.text not in _JOINING_DASHES:
                break  # ``... and Osteria was signed in Valdia``: the pair ends at the verb
            named.append(t)
    parties = []
    for t in named:
        hit = _token_mention(t, mentions) or demonym_state(t)
        if hit is not None and hit.get("type") != "person" and hit["actor"] not in [p["actor"] for p in parties]:
            parties.append(hit)
    if not parties:
        return None
    return dict(parties[0], pair=tuple(parties)) if len(parties) > 1 else parties[0]


def _past_time_words(doc, at: int, most: int = 4) -> int:
    """The index of the first word from ``at`` on that is no part of a time named right there: words of a
    date or time entity, and a preposition or an adverb before one (``late on Friday``, ``at midnight``), at
    most ``most`` words (``a deal late on Friday to end ...``: the ``to``); ``at`` itself when no time stands there.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They signed a deal late on Friday to end the war. They signed a deal to end it.")
    >>> _past_time_words(doc, 4), _past_time_words(doc, 16)
    (7, 16)
    """
    def timed(i):
        return i < len(doc) and doc[i].ent_type_ in _WHEN_ENTITIES
    end = at
    while end < len(doc) and end - at < most:
        if timed(end) or (doc[end].pos_ in ("ADP", "ADV") and (
                timed(end + 1) or (end + 2 < len(doc) and doc[end + 1].pos_ == "ADP" and timed(end + 2)))):
            end += 1
        else:
            break
    return end


def _pronoun_owner_actor(noun, mentions) -> dict | None:
    """The actor behind the possessive pronoun of a state's noun (:func:`_pronoun_owner`: ``Her
    government drafted a plan`` -> the person the ``Her`` stands for), else None (``Her plane``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Ann Lee spoke. Her government drafted a plan. Her plane landed.")
    >>> m = [dict(actor="Ann Lee", type="person", country="", start=0, end=7)]
    >>> _pronoun_owner_actor(doc[5], m)["actor"], _pronoun_owner_actor(doc[12], m)
    ('Ann Lee', None)
    """
    owner = _pronoun_owner(noun)
    return None if owner is None else _resolve_pronoun(owner, mentions)


def _asked_to_take(tok) -> bool:
    """Whether the document ``tok`` is the object of a verb in its bare form that states what someone
    above it asks (:func:`_term_clause`): the one asked to sign or accept it is no author of it
    (``Vos wants Norland to sign a deal that would ...``, ``demanded that Osteria accept the plan``),
    unlike one who signs or accepts it (``Norland accepted a plan``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Vos wants Lee to sign a deal. Lee signed a deal.")
    >>> _asked_to_take(doc[6]), _asked_to_take(doc[11])
    (True, False)
    """
    verb = tok.head
    return tok.dep_ == "dobj" and verb.tag_ == "VB" and _term_clause(verb)


def _gerund_doers(verb) -> list:
    """The understood subject of a subjectless gerund: after a preposition of ``gerund_doer_prepositions``,
    a gerund of concluding (``condition_concluding_verbs``): who signs (``Norland and Osteria took a step by
    signing an accord``); as an adverbial clause, a gerund of concluding or of writing (``condition_author_verbs``,
    also with its particle: ``set out``): the subject of the clause it hangs on (``After signing the accord,
    Norland ...``, ``Berg spoke on Monday, setting out a peace plan``), or after ``it was`` the one named (``It
    was Berg, setting out a peace plan``); not ``criticised Osteria for signing``, ``left without signing``,
    ``responded by publishing``, ``spoke on Monday, citing a plan``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland took a step by signing an accord. Norland praised the signing of an accord.")
    >>> [t.text for t in _gerund_doers(doc[5])], _gerund_doers(doc[11])
    (['Norland'], [])
    >>> doc = nlp.bare_nlp()("Berg spoke on Monday, setting out a peace plan. It was Berg, setting out a peace plan.")
    >>> [t.text for t in _gerund_doers(doc[5])], [t.text for t in _gerund_doers(doc[15])]
    (['Berg'], ['Berg'])
    """
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
        return []
    head, lemma = verb.head, verb.lemma_.lower()
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in GERUND_DOER_PREPOSITIONS \
            and lemma in CONCLUDING_VERBS:
        head = head.head
    elif verb.dep_ != "advcl" or not (lemma in CONCLUDING_VERBS or lemma in AUTHOR_VERBS or any(
            f"{lemma} {c.lower_}" in AUTHOR_VERBS for c in verb.children if c.dep_ == "prt")):
        return []  # ``criticised Osteria for signing``, ``spoke on Monday, citing a plan``: no doer of a writing
    if head.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if head.lemma_ == "be" and subjects and subjects[0].lower_ == "it":  # ``It was Berg, laying out ...``
        named = [c for c in head.children if c.dep_ == "attr"]
        return [c for n in named for c in n.children if c.dep_ == "appos"] + named  # the name before its office
    return subjects


def _committed_party(tok, mentions) -> dict | None:
    """The first party a document ``tok`` commits by name as the subject of a committing verb
    (``the deal commits Norland and Osteria to a swap`` -> Norland; :func:`conjunct_holders` adds
    Osteria): parties bound by the text are its parties. Not an owner named elsewhere, nor one that
    commits the document (``Norland committed the deal to paper``: the verb's subject is not the document).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The deal commits Lee to a swap.")
    >>> _committed_party(doc[1], [dict(actor="Lee", type="person", country="", start=17, end=20)])["actor"]
    'Lee'
    """
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in _COMMITTING_VERBS:
        return None
    bound = [c for c in verb.children if c.dep_ == "dobj"]  # ``commits Norland to ...``, or as the parser may
    bound += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp")  # hang it: ``[Norland to withdraw]``
              for s in c.children if s.dep_ == "nsubj"]
    return next((hit for hit in (_token_mention(c, mentions) for c in bound) if hit), None)


def _party_between(tok, mentions, noun_only: bool = False):
    """The first party of a document named as between two (``a deal between Norland and Osteria``;
    the others by :func:`conjunct_holders`), on the noun, the noun it is joined to by ``and`` (``a
    truce and swap deal between ...``), a participle of concluding that follows it (``the deal signed
    between ...``; not ``the plan discussed between``) or the verb it is the object of (``secured a
    deal between ...``). ``noun_only``: on the noun (or the noun it is joined to) itself.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The deal signed between Norland and Osteria calls for a truce.")
    >>> _party_between(doc[1], [dict(actor="Norland", start=24, end=31)])["actor"]
    'Norland'
    """
    holders = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    if noun_only:
        holders = [h for h in holders if h.pos_ in ("NOUN", "PROPN")]
    else:
        holders += [h.head for h in holders if h.dep_ == "dobj"]
    holders += [c for h in holders for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_.lower() in CONCLUDING_VERBS]  # not ``the plan discussed between ...``
    for prep in (c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ in PAIR_PREPOSITIONS):
        hit = next((m for m in (_token_mention(o, mentions) for o in prep.children if o.dep_ == "pobj") if m), None)
        if hit:
            return hit
    return None


#: Verbs of carrying a document to talks (``the draft that Norland carried to the summit``).
BEARER_VERBS = language.words("condition_bearer_verbs")


def _bearers(noun) -> list:
    """The subjects of a relative clause that carried or brought document ``noun`` to the talks
    (:data:`BEARER_VERBS`): its author when nothing else names one; not a document brought back
    from somewhere (``the proposal Lee brought back from Osteria`` is Osteria's, if anyone's), nor
    one a verb with a particle acts on (``the plan Lee brought down``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The draft that Lee carried to the summit is thin. The draft that Lee brought back from Oslo is thin.")
    >>> [[t.text for t in _bearers(s[1])] for s in doc.sents]
    [['Lee'], []]
    """
    return _relative_subjects(noun, BEARER_VERBS, lambda c: not any(
        p.dep_ == "prt" or p.lower_ in ("back", "from") for p in c.children if p.dep_ in ("prt", "prep", "advmod")))


def _signers(noun) -> list:
    """The subjects of a relative clause that concluded document ``noun`` (a verb of concluding,
    ``condition_concluding_verbs``: ``the agreement Ann Lee signed with Osteria``): its first party
    (the others: :func:`~helpers.actors.countries.deal_partners`); not a clause that says it was not.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They hailed the deal Lee signed with Oslo. They hailed the deal Lee did not sign.")
    >>> [[t.text for t in _signers(s[3])] for s in doc.sents]
    [['Lee'], []]
    """
    if not concluded_document(noun):
        return []  # ``any deal Ann Lee signs with Osteria``: a deal yet to exist
    return _relative_subjects(noun, CONCLUDING_VERBS, lambda c: not any(n.dep_ == "neg" for n in c.children))


#: Nouns of a pledge to keep a deal (``their commitment to the accord``): whoever gives it is a party.
KEEPING_NOUNS = language.words("condition_keeping_nouns")
#: Verbs of keeping a deal (``abide by``, ``honour``): one who pledges to keep it is a party to it.
KEEPING_VERBS = language.words("condition_keeping_verbs")
#: Verbs that give or restate a pledge (``reaffirmed their commitment``): its giver is the subject.
PLEDGE_GIVING_VERBS = language.words("condition_pledge_giving_verbs")


def _keepers(noun) -> list:
    """The parties that pledge to keep deal ``noun`` (a noun of a deal, ``condition_deal_nouns``): the subject
    of a verb of agreeing or pledging (``agreeing_verbs``) to a verb of keeping it (``condition_keeping_verbs``:
    ``Norland and Osteria pledged to abide by the accord``), or the owner of a pledge to keep it
    (``condition_keeping_nouns``: ``Osteria's commitment to the accord``), else the subject of the verb that
    gives or restates that pledge (``condition_pledge_giving_verbs``: ``reaffirmed their commitment to the
    accord``, ``ended the meeting with a pledge to comply with the accord``); whoever pledges to keep a deal
    is a party to it and holds its terms. Not one urged to keep it, nor one who vows to break it, nor a
    pledge negated (``made no commitment``), doubted or asked for by another (``questioned Osteria's
    commitment``: Osteria's, if anyone's), nor one made on a condition (``if Osteria agrees to abide by
    it``), nor a document that is no deal (``abide by the resolution``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee pledged to abide by the accord. Lee reaffirmed her commitment to the accord. "
    ...                      "Lee pledged to abide by the resolution. Lee urged Vos to abide by the accord.")
    >>> [[t.text for t in _keepers(s[-2])] for s in doc.sents]
    [['Lee'], ['Lee'], [], []]
    >>> [[t.text for t in _keepers(s[-2])] for s in nlp.bare_nlp()(
    ...     "Lee made no commitment to the accord. Lee questioned Vos's commitment to the accord.").sents]
    [[], ['Vos']]
    """
    if noun.lemma_.lower() not in DEAL_NOUNS:
        return []
    head = noun.head
    verb = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else head if noun.dep_ == "dobj" else None
    if verb is None:
        return []
    pledge = verb if verb.pos_ == "NOUN" and verb.lemma_.lower() in KEEPING_NOUNS else None  # ``commitment to it``
    if pledge is None and verb.pos_ == "VERB" and verb.lemma_.lower() in KEEPING_VERBS:
        agreeing = verb.head
        if verb.dep_ == "acl" and agreeing.pos_ == "NOUN" and agreeing.lemma_.lower() in KEEPING_NOUNS:
            pledge = agreeing  # ``a pledge to comply with it``
        elif verb.dep_ == "xcomp" and agreeing.lemma_.lower() in _AGREEING_VERBS and not _negated_or_conditional(agreeing) \
                and not any(c.dep_ == "dobj" for c in agreeing.children):
            return [c for c in agreeing.children if c.dep_ == "nsubj"]  # ``pledged to abide by the accord``
    if pledge is None or any(c.dep_ == "det" and c.lower_ in _ANY for c in pledge.children):
        return []
    owners = [c for c in pledge.children if c.dep_ == "poss"]
    if any(o.pos_ != "PRON" for o in owners):
        return owners  # ``Osteria's commitment to the accord``: Osteria's, whoever writes of it
    giver = pledge.head.head if pledge.dep_ == "pobj" else pledge.head if pledge.dep_ == "dobj" else None
    if giver is None or giver.lemma_.lower() not in PLEDGE_GIVING_VERBS or _negated_or_conditional(giver):
        return owners  # ``their commitment to the accord``: whom ``their`` stands for
    return [c for c in giver.children if c.dep_ == "nsubj"]  # ``Lee reaffirmed her commitment``: Lee


def _negated_or_conditional(verb) -> bool:
    """Whether ``verb`` is negated or stands in a conditional clause (``condition_markers``: ``if Osteria
    agrees to ...``)."""
    return any(c.dep_ == "neg" for c in verb.children) or _opens_on_condition(verb)


def _relative_subjects(noun, verbs, keep=lambda clause: True) -> list:
    """The subjects of the relative clauses on ``noun`` whose verb is one of ``verbs`` and that ``keep``
    accepts (``the plan that Norland drafted`` -> [Norland])."""
    return [g for c in noun.children if c.dep_ in ("relcl", "acl") and verbs & {c.lemma_.lower(), _phrasal_lemma(c)}
            and keep(c) for g in c.children if g.dep_ == "nsubj"]


def _phrasal_lemma(verb) -> str:
    """The lemma of ``verb`` with its particle, where a word list names the pair (``drew up`` -> ``draw up``),
    else its lemma alone.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria drew up the plan. Osteria drafted the plan.")
    >>> _phrasal_lemma(doc[1]), _phrasal_lemma(doc[7])
    ('draw up', 'draft')
    """
    prt = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()


def _state_of(noun, mentions) -> dict | None:
    """The state named after ``of`` by a state's title noun (``the State of Qatar``, ``the Republic
    of Norland``, ``the government of Norland``: ``state_title_nouns``), else None: a person or a body
    after ``of`` (``the government of Karl Vos``) is no state.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The government of Norland met. The government of Karl Vos met.")
    >>> m = [dict(actor="Norland", type="state", start=18, end=25),
    ...      dict(actor="Karl Vos", type="person", start=49, end=57)]
    >>> _state_of(doc[1], m)["actor"], _state_of(doc[7], m)
    ('Norland', None)
    """
    if noun.lemma_.lower() not in STATE_TITLE_NOUNS:
        return None
    return next((hit for obj in _of_objects(noun) for hit in [_token_mention(obj, mentions)]
                 if hit and hit.get("type") in ("state", None, "")), None)


def _presented_with(tok) -> bool:
    """Whether ``tok`` is what a verb of writing or handing gives someone ``with`` (``presented the
    delegations with a draft roadmap``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria presented the envoys with a draft. Osteria met the envoys with a smile.")
    >>> _presented_with(doc[6]), _presented_with(doc[14])
    (True, False)
    """
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "with" and head.dep_ == "prep" \
        and head.head.pos_ == "VERB" and head.head.lemma_.lower() in AUTHOR_VERBS


def _premodifier_mention(noun, mentions) -> dict | None:
    """The first actor named in the words in front of ``noun`` that hang from it, however deep
    (``special envoy Ann Lee's team``, which a parser may build as envoy <- Lee's <- team), else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It was written by special envoy Ann Lee's team.")
    >>> _premodifier_mention(doc[9], [{"start": 32, "end": 39, "actor": "Ann Lee"}])["actor"]
    'Ann Lee'
    """
    for tok in noun.subtree:
        if tok.i >= noun.i:
            break
        hit = next((m for m in _overlapping(mentions, tok.idx, tok.idx + len(tok)) if m.get("actor")), None)
        if hit:
            return hit
    return None


#: How many tokens back a document named again is looked for where the text introduced it.
DOCUMENT_LOOKBACK = 400


def _first_owner(tokens, mentions) -> dict | None:
    """The owner (:func:`_document_owner`) of the first of the document nouns ``tokens`` that has one."""
    return next((o for o in (_document_owner(t, mentions) for t in tokens) if o), None)


def _earlier_document_owner(doc, before: int, lemmas, mentions, since: int = 0) -> dict | None:
    """The owner of the latest document noun of ``lemmas`` that has one, among the
    :data:`DOCUMENT_LOOKBACK` tokens before token ``before`` (where the text introduced it), none
    before token ``since`` (the section's start)."""
    found = _earlier_owned_document(doc, before, lemmas, mentions, since)
    return found[1] if found else None


def _earlier_owned_document(doc, before: int, lemmas, mentions, since: int = 0) -> tuple | None:
    """(noun, owner) of the latest document noun of ``lemmas`` that has an owner
    (:func:`_document_owner`) among the :data:`DOCUMENT_LOOKBACK` tokens before token ``before``."""
    for tok in reversed(doc[max(0, since, before - DOCUMENT_LOOKBACK):before]):
        if tok.lemma_.lower() in lemmas and (owner := _document_owner(tok, mentions)) is not None:
            return tok, owner
    return None


def _document_author(tok, mentions) -> dict | None:
    """The owner of document noun ``tok``, else of the same noun where the text last introduced it
    (``Osteria unveiled a plan. ... The plan calls for ...`` -> Osteria)."""
    return _document_owner(tok, mentions) or _earlier_document_owner(tok.doc, tok.i, {tok.lemma_.lower()}, mentions)


def author_of_context_document(clue: Clue) -> tuple[dict, dict | None] | None:
    """A point of a document named just before (:func:`document_in_context`) is its author's: the
    clause's subject is the party it asks to act (the addressee)."""
    if clue.cue is None or clue.cue.kind != CONTEXT_KIND:
        return None
    owner = clue.context_owner
    if owner is None:
        return None
    subject = clue.climbed[0]
    return owner, (subject if subject and subject.get("actor") != owner.get("actor") else None)


def _pointer(tok) -> bool:
    """Whether ``tok`` points back to what the text just told: a demonstrative (``These include ...``)
    or an ordinal after ``the`` (``The second includes ...``: the second of the variants just named).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("These include talks. The second includes talks. Lee includes talks.")
    >>> [_pointer(s[0]) or _pointer(s[1]) for s in doc.sents]
    [True, True, False]
    """
    if tok.lower_ in DEMONSTRATIVES:
        return True
    return tok.lower_ in ORDINAL_WORDS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


#: Nouns of terms or documents a pointer (``The second``, ``These``) may stand for.
POINTER_NOUNS = DOCUMENT_NOUNS | DEMAND_NOUNS | language.words("pointer_antecedent_nouns")
#: How many sentences before a pointer its antecedent may stand in.
POINTER_WINDOW = 2


def _pointer_antecedent(pointer):
    """What a pointer stands for, else None: for ``These``, the last noun of terms or documents
    (:data:`POINTER_NOUNS`) in the sentence before; for ``The second``, the last counted plural noun
    (``two demands``) in the :data:`POINTER_WINDOW` sentences before, passing over the items of the
    same series (``The first requires ...``), when it is such a noun (``Osteria has two demands. The
    first includes ...`` -> ``demands``; ``A fair has two stages. The second includes ...`` -> None).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee has two demands. The first includes talks. The second includes a truce. "
    ...                      "A fair has two stages. The second has music.")
    >>> [str(_pointer_antecedent(doc[i])) for i in (5, 10, 22)]
    ['demands', 'demands', 'None']
    """
    doc, sent = pointer.doc, pointer.sent
    if pointer.lower_ in DEMONSTRATIVES:
        before = doc[sent.start - 1].sent if sent.start else None
        nouns = [t for t in before or [] if t.pos_ == "NOUN" and t.lemma_.lower() in POINTER_NOUNS]
        return nouns[-1] if nouns else None
    seen = 0
    for _ in range(POINTER_WINDOW + SERIES_ITEMS):
        if seen >= POINTER_WINDOW or sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        first = next(iter(_main_subjects(sent)), None)
        if first is not None and first.lower_ in ORDINAL_WORDS and _pointer(first):
            continue  # ``The first requires ...``: an earlier item of the same series
        seen += 1
        counted = [t for t in sent if t.pos_ == "NOUN" and t.tag_ == "NNS"
                   and any(c.dep_ == "nummod" for c in t.children)]
        if counted:
            return counted[-1] if counted[-1].lemma_.lower() in POINTER_NOUNS else None
    return None


#: How many items of a series (``The first ...``, ``The second ...``) a pointer may look past.
SERIES_ITEMS = 6


def author_of_document(clue: Clue) -> tuple[dict, dict | None] | None:
    """A document states the term (``the plan calls for``, ``under the deal``): its author, the
    owner of a document the sentence cites with ``according to`` wherever it stands, else named
    with the document in this sentence or where the same document noun was last introduced, else
    where the sentence before named a document by another noun (news varies the word); a document
    that is the sentence's subject or its source (``according to a draft``), else, goes to the last
    document the text gave an owner. Only a document before the term or in its clause counts.

    ``Osteria unveiled a plan on Monday. The plan calls for a ceasefire.`` -> Osteria;
    ``Osteria's draft was leaked. The plan calls for a ceasefire.`` -> Osteria.
    """
    sent, doc = clue.sent, clue.sent.doc
    source = _according_to_document(sent)
    owner = _document_owner(source, clue.article.mentions) if source is not None else None
    if owner is not None:  # ``Norland must withdraw ..., according to Osteria's memorandum``: wherever it stands
        return owner, clue.climbed[1]
    obj = _token_at(doc, clue.obj.start)
    nouns = [t for t in sent if t.lemma_.lower() in DOCUMENT_NOUNS
             and (obj is None or t.i < obj.i or _clause_verb(t) == _clause_verb(obj))]
    if not nouns:
        pointer = next(iter(_main_subjects(sent)), None)  # ``These include ...``: the terms just told
        if pointer is not None and _pointer(pointer) and pointer.head.lemma_.lower() in DOCUMENT_CONTENT_VERBS:
            noun = _pointer_antecedent(pointer)
            owner = None if noun is None else (_document_owner(noun, clue.article.mentions)
                                                or _earlier_document_owner(doc, sent.start, DOCUMENT_NOUNS,
                                                                           clue.article.mentions))
            return (owner, clue.climbed[1]) if owner else None
        noun = _under_it_document(sent)  # ``Under it, X is to ...``: the document the sentence before names
        owner = None if noun is None else _document_owner(noun, clue.article.mentions)
        if owner is not None:
            return owner, clue.climbed[1]
        return None  # ``X said a deal must ... and recalled the Norland document``: a later clause's document
    mentions, lemmas = clue.article.mentions, {t.lemma_.lower() for t in nouns}
    before = [t for t in clue.previous or [] if t.lemma_.lower() in DOCUMENT_NOUNS]
    owner = _first_owner(nouns, mentions) or _earlier_document_owner(doc, sent.start, lemmas, mentions) \
        or _first_owner(reversed(before), mentions)
    if owner is None and (_document_subject(sent) is not None or source is not None
                          or _term_clause_document(obj) is not None):
        owner = _earlier_document_owner(doc, sent.start, DOCUMENT_NOUNS, mentions)  # news varies the word
    if owner is None and _document_subject(sent) is not None:
        owner = _agreed_before(_document_subject(sent), mentions)  # ``X and Y agreed to a truce. The agreement ...``
    return (owner, clue.climbed[1]) if owner else None


def _agreed_deal(verb) -> bool:
    """Whether the verb of agreeing ``verb`` takes a deal as what is agreed (``agreed to a truce``, ``agreed
    on a ceasefire``, ``agreed a deal``): ``condition_deal_nouns`` as its object or after its preposition.

    Agreeing to take a step of a truce or a settlement (``agreed to cease hostilities``: ``agreed_step_verbs``)
    is agreeing a deal too; agreeing to meet again, or to exchange views or end a meeting
    (``agreed_step_non_objects``), is none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They agreed to a truce. They vowed to breach the accord.")
    >>> _agreed_deal(doc[1]), _agreed_deal(doc[7])
    (True, False)
    >>> doc = nlp.bare_nlp()("They agreed to cease hostilities. They agreed to meet again. They agreed to exchange views.")
    >>> _agreed_deal(doc[1]), _agreed_deal(doc[6]), _agreed_deal(doc[11])
    (True, False, False)
    """
    return any(o.lemma_.lower() in DEAL_NOUNS and o.lemma_.lower() not in TALK_NOUNS for o in _verb_nouns(verb)) \
        or any(c.dep_ == "xcomp" and c.lemma_.lower() in _AGREED_STEPS and not any(
            o.dep_ in ("dobj", "obj") and (o.lemma_.lower() in TALK_NOUNS or o.lemma_.lower() in _NO_STEP_OBJECTS)
            for o in c.children) for c in verb.children)


#: Verbs of a step two sides agree to take (``agreed to cease hostilities``): the agreement is a deal.
_AGREED_STEPS = language.words("agreed_step_verbs")
#: What such a verb may take that makes no deal (``agreed to exchange views``, ``to end the meeting``).
_NO_STEP_OBJECTS = language.words("agreed_step_non_objects")


#: How many sentences back a deal named with ``the`` may point to the parties that agreed to it.
AGREED_LOOKBACK = 2


def _agreed_before(noun, mentions) -> dict | None:
    """The first party that agreed, in one of the :data:`AGREED_LOOKBACK` sentences before, when a deal
    noun (``condition_deal_nouns``) with ``the`` or ``this`` opens a sentence that names no owner: the
    subject of a verb of agreeing (``agreeing_verbs``) to a deal (:func:`_agreed_deal`), told in the past,
    not negated, under no modal and in no conditional clause (``Norland and Osteria agreed to a truce on
    Monday. The agreement provides for ...`` -> Norland; :func:`conjunct_holders` adds Osteria); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee and Kim agreed to a truce. The agreement frees the detainees.")
    >>> m = [dict(actor="Lee", type="person", country="", start=0, end=3)]
    >>> _agreed_before(doc[9], m)["actor"]
    'Lee'
    """
    if noun.lemma_.lower() not in DEAL_NOUNS or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    doc, start = noun.doc, noun.sent.start
    for verb in reversed(doc[window_start(doc, start, AGREED_LOOKBACK):start]):  # the nearest first
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _AGREEING_VERBS:
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ != "that") or (c.dep_ == "aux" and c.lower_ in MODALS)
               for c in verb.children) or verb.tag_ not in ("VBD", "VBN") or not _agreed_deal(verb):
            continue  # ``not agreed``, ``if Osteria agrees to abide by it``, ``vowed to breach it``
        hit = next((h for h in (_token_mention(c, mentions) for c in verb.children if c.dep_ == "nsubj") if h), None)
        if hit:
            return hit
    return None


def _under_it_document(sent):
    """The document an ``it`` after an opening ``Under`` stands for (``Norland and Osteria reached a pact.
    Under it, the rebels are to leave the towns.``): the document the sentence before has as its subject or
    as what its main verb writes or presents, or as what its main verb of concluding concludes (``reached``,
    ``signed``: ``concluding_verbs``), else None (``discussed a pact``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland and Osteria reached a pact. Under it, the rebels are to leave. Under it, rain fell.")
    >>> [getattr(_under_it_document(s), "text", None) for s in doc.sents]
    [None, 'pact', None]
    """
    words = [t for t in sent if not t.is_space][:3]
    if len(words) < 3 or words[0].lower_ != "under" or words[1].lower_ != "it" or words[2].text != ",":
        return None
    return _document_before(words[1], AUTHOR_VERBS | CONCLUDING_VERBS)  # not a pact only discussed


def _document_subject(sent):
    """The document noun that is the subject of the sentence's main clause (``A draft that leaked
    would see Osteria disarm``), else None: the sentence is the document's, whoever it names.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A new draft would see Osteria disarm. Any deal must see Osteria disarm.")
    >>> [_document_subject(s) for s in doc.sents]
    [draft, None]
    """
    first = _main_subjects(sent)[:1]
    if not first or first[0].lemma_.lower() not in DOCUMENT_NOUNS or _yet_to_exist(first[0]):
        return None  # ``Any deal must ...``: a deal yet to exist, no one's document
    return first[0]


def _term_clause_document(obj):
    """The document noun that is the subject of the clause the term ``obj`` is in (``an aide said
    the plan would lift the tariffs``), climbing a verb joined by ``and`` to the first or an open
    complement to the verb that takes it (``the accord requires Osteria to withdraw``), else None;
    a document yet to exist (``any deal``) is none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("An aide said the plan would free the ports and end the tariffs.")
    >>> _term_clause_document(doc[12]), _term_clause_document(doc[1])
    (plan, None)
    """
    if obj is None:
        return None
    verb = _clause_verb(obj)
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                                 for c in verb.children):
        verb = verb.head  # ``and end the tariffs``; ``requires Osteria to withdraw``: the clause above
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS or _yet_to_exist(subject):
        return None
    return subject


def _clause_verb(tok):
    """The verb of the clause ``tok`` is in (itself if it is one), else the sentence's root.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland said a truce must come and recalled the plan.")
    >>> _clause_verb(doc[3]).text, _clause_verb(doc[9]).text
    ('come', 'recalled')
    """
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def first_actor_of_sentence(clue: Clue) -> tuple[dict, dict | None] | None:
    """No subject names an actor: the first actor of the sentence before the cue (not the addressee),
    else any actor of the sentence; for a list of terms, only one before the list (its items name
    who must act).

    ``Under the Norland plan, the tariffs must be lifted`` -> Norland.
    """
    addressee = clue.climbed[1]
    if _document_speaks_here(clue) or _part_of_document(clue) or _unwritten_antecedent(clue.anchor) \
            or _document_infinitive(clue):
        return None  # a document no one is named as writing: those it names are asked, they set no term
    if clue.anchor is not None and _passive_demand(clue.anchor) and _passive_asker(clue.anchor) is None:
        return None  # ``X said Osteria was urged to ...``: no one named asks
    doc = clue.sent.doc
    mentions = [m for m in clue.article.mentions if not _modifies_term(m, clue.obj, doc)
                and not _describes_provision(m, clue.cue, doc)]
    if clue.cue is not None and clue.cue.kind == "list":
        # ``sets out ten points, including an end to Osteria's ...``: the items name who must act
        # (a source named after them, ``according to Norland``, still speaks)
        lo, hi = _according_to_source(clue.sent) or (0, 0)
        mentions = [m for m in mentions if m["start"] < clue.cue.end or lo <= m["start"] < hi]
    if clue.cue is not None and not any(clue.sent.start_char <= m["start"] < clue.cue.start for m in mentions):
        source = _attributed_source(clue.sent, clue.cue.end, mentions)
        if source is not None:  # ``X would be lifted, contingent on Osteria ..., a Norwegian memo said``
            return source, addressee
    holder = _fallback_holder(clue.sent, clue.anchor.idx, addressee, mentions)
    if holder and owns_related_party(holder, doc):
        return None  # ``Norland's allies want ...``: the allies ask, not Norland, nor anyone after them
    return (holder, addressee) if holder else None


def owns_related_party(mention: dict, doc) -> bool:
    """Whether a mention is the possessor of a noun of a related party (``Norland's allies``:
    :data:`_RELATIONAL_NOUNS`): it names whom the party is related to, not the party (a body's members,
    ``NATO allies``, are the body's).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland's allies want a truce. Norland's envoys want a truce.")
    >>> owns_related_party(dict(start=0, end=7), doc), owns_related_party(dict(start=31, end=38), doc)
    (True, False)
    """
    tok = _token_at(doc, mention["start"])
    while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i and tok.head.idx < mention["end"]:
        tok = tok.head  # the last word of a name of several words
    return tok is not None and tok.dep_ == "poss" and tok.head.lower_ in _RELATIONAL_NOUNS


def _attributed_source(sent, after: int, mentions: list[dict]) -> dict | None:
    """The actor the sentence attributes itself to after the cue ending at ``after``: the X of its
    ``according to X``, or the subject of an inflected verb of saying (``attribution_verbs``) that
    closes it (``..., a Norwegian memo said``), an actor's mention there or a state its demonym names
    (not a newspaper's or a mediator's: ``source_media``, ``third_party_roles``); else None. A sentence whose
    terms no actor before the cue sets is the source's: the actors inside the term are asked.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The ban would be lifted in return for a truce, a Norwegian memo said.")
    >>> _attributed_source(doc[:], 30, [])["actor"]
    'Norway'
    >>> doc = nlp.bare_nlp()("The ban would be lifted in return for a truce, a Swiss mediator said.")
    >>> _attributed_source(doc[:], 30, []) is None
    True
    """
    span = _according_to_source(sent)
    if span is None:
        root = sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if root.idx < after or subject is None or subject.idx < after or root.lower_ not in ATTRIBUTION_VERBS:
            return None
        if subject.lemma_.lower() in _MEDIA_NOUNS or subject.lemma_.lower() in _THIRD_PARTY_ROLES:
            return None  # ``..., a German newspaper said``, ``..., a Swiss mediator said``: no party's voice
        span = _subtree_chars(subject)
    lo, hi = span
    if lo < after:
        return None
    found = [m for m in mentions if lo <= m["start"] < hi and m.get("actor") and not _paper(m, mentions)]
    if found:
        return found[0]
    phrase = sent.doc.char_span(lo, hi, alignment_mode="expand") or []
    if any(t.lemma_.lower() in _MEDIA_NOUNS | _THIRD_PARTY_ROLES for t in phrase):
        return None  # ``according to a Swiss mediator``: a third party's word, no side's
    return next((m for tok in phrase for m in [demonym_state(tok)] if m), None)


#: Nouns of the press (``source_media``): a newspaper that reports an offer holds none of it.
_MEDIA_NOUNS = language.words("source_media")


def _according_to_source(sent) -> tuple[int, int] | None:
    """The character span of the X of the sentence's ``according to X`` (a source, not a list's
    item: :func:`~helpers.quotes.direct.according_to_object`), else None.

    >>> from helpers import nlp
    >>> _according_to_source(nlp.bare_nlp()("It lists a truce, according to Norland, and a swap.")[:])
    (31, 38)
    """
    from ..quotes.direct import according_to_object
    found = according_to_object(sent)
    if found is None:
        return None
    return _subtree_chars(found[1])


#: Kinds of cue whose object is what a text provides (``provides for``, ``under the deal``, ``agreed on``).
PROVISION_CUE_KINDS = ("proposal", "document", "agreement")


def _describes_provision(mention: dict, cue: Match | None, doc) -> bool:
    """Whether ``mention`` names an actor after a cue of what a text provides (:data:`PROVISION_CUE_KINDS`)
    only as a word describing a noun (``a Valdia peacekeeping force``, ``Valdia-supervised elections``,
    ``under Valdia auspices``): who is to run or staff the measure, not who sets it.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The text provides for a Valdia peacekeeping force, Osteria said.")
    >>> cue = Match(9, 21, "envisions", "proposal")
    >>> _describes_provision(dict(start=24, end=30), cue, doc), _describes_provision(dict(start=50, end=57), cue, doc)
    (True, False)
    >>> doc = nlp.bare_nlp()("A truce, as proposed by the Valdia side, was rejected.")
    >>> _describes_provision(dict(start=28, end=34), Match(12, 20, "proposes", "proposal"), doc)
    False
    """
    if cue is None or cue.kind not in PROVISION_CUE_KINDS or mention["start"] < cue.end:
        return False
    tok = _token_at(doc, max(mention["start"], mention["end"] - 1))
    if tok is None or tok.dep_ not in ("compound", "amod", "npadvmod", "nmod") or tok.head.pos_ not in ("NOUN", "VERB", "ADJ") \
            or mention["start"] <= tok.head.idx < mention["end"]:
        return False
    return not any(a.dep_ == "agent" for a in tok.head.ancestors)  # ``as proposed by the Valdia side``: who proposed


def _modifies_term(mention: dict, obj: Match, doc) -> bool:
    """Whether ``mention`` is part of the term's own words, or a word that only describes them: a
    chain of modifiers (compound, possessor, adjective, conjunct) from it ends on a word of the term
    (``the lifting of US sanctions``, ``an end to Norland's expansion``): who imposes or does what
    the term undoes, not who sets it. The party a measure falls on (``sanctions on Osteria``) is
    left to the fallback: it is most often the one that wants it lifted.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lund wants an end to Norland sanctions.")
    >>> term = Match(29, 38, "sanctions", "object")
    >>> _modifies_term(dict(start=21, end=28), term, doc), _modifies_term(dict(start=0, end=4), term, doc)
    (True, False)
    """
    if obj.start <= mention["start"] < obj.end:
        return True
    tok = _token_at(doc, max(mention["start"], mention["end"] - 1))
    while tok is not None and tok.dep_ in ("compound", "poss", "amod", "nmod", "conj") and tok.head.i != tok.i:
        tok = tok.head
        if obj.start <= tok.idx < obj.end:
            return True
    return False


def author_of_list_before(clue: Clue) -> tuple[dict, dict | None] | None:
    """A list of terms in the outlet's voice whose sentence names no one before it goes on with the
    last document the text gave an owner (news varies the word), in its paragraph or the
    :data:`LIST_DOCUMENT_PARAGRAPHS` before it.

    ``Norland handed over its memorandum. ... Its second option sets out ten points, including an
    end to troop movements by Osteria.`` -> Norland (Osteria, in the items, is asked).
    """
    sent = clue.sent
    if clue.cue is None or clue.cue.kind != "list" or clue.quote is not None:
        return None
    if any(sent.start_char <= m["start"] < clue.cue.end for m in clue.article.mentions):
        return None  # someone named before the list: first_actor_of_sentence's, or no one's
    since = _paragraph_start(sent[0], LIST_DOCUMENT_PARAGRAPHS, clue.article.ctx.paragraphs)
    owner = _earlier_document_owner(sent.doc, sent.start, DOCUMENT_NOUNS, clue.article.mentions, since=since)
    return (owner, clue.climbed[1]) if owner else None


#: How many paragraphs before a list of terms the document it goes on with may have been named.
LIST_DOCUMENT_PARAGRAPHS = 2


def _paragraph_start(tok, back: int, paragraphs: list[int]) -> int:
    r"""The first token of the paragraph ``back`` paragraphs before the one holding ``tok`` (the first
    paragraph's when there are fewer); ``paragraphs``: where each paragraph after the first starts
    (the article context's ``paragraphs``, which knows hard-wrapped lines).

    >>> from helpers import nlp
    >>> from helpers.quotes import paragraph_starts
    >>> doc = nlp.bare_nlp()("One.\n\nTwo.\n\nThree.")
    >>> starts = paragraph_starts(doc.text)
    >>> _paragraph_start(doc[-2], 1, starts), _paragraph_start(doc[-2], 5, starts)
    (3, 0)
    """
    starts = [0, *paragraphs]
    char = starts[max(bisect_right(starts, tok.idx) - 1 - back, 0)]
    return next((t.i for t in tok.doc if t.idx >= char), 0)


def author_before(clue: Clue) -> tuple[dict, dict | None] | None:
    """A sentence of the outlet that names no one goes on with the document the sentence before, in
    its paragraph, is about (its subject is the document, or an ``it`` that stands for it): its author.

    ``Osteria's plan calls for a truce. The tariffs would be lifted in exchange for a withdrawal.``
    -> Osteria. The party the term is asked of may be named (``Stage one starts once Norland
    frees the detainees.``, ``The tariffs would go only if Norland frees them``: :func:`_asked`):
    it is the addressee, not the author.
    """
    sent, before = clue.sent, clue.previous
    gap = _doc_text(sent.doc)[before.start_char:sent.start_char] if before is not None else "\n"
    addressee = (clue.climbed[1] or {}).get("actor")
    if clue.quote is not None or "\n" in gap[len(gap.rstrip()):] \
            or any(sent.start_char <= m["start"] < sent.end_char and m.get("actor") != addressee
                   and not _asked(_token_at(sent.doc, m["start"])) for m in clue.article.mentions):
        return None
    subjects = _main_subjects(before)[:1]
    if not subjects:
        return None
    subj, mentions = subjects[0], clue.article.mentions
    if subj.lower_ in _THING:
        holder = _antecedent(subj, mentions, documents_only=True)
    elif subj.lemma_.lower() in DOCUMENT_NOUNS:
        holder = _document_author(subj, mentions)
    elif _terms_announced(subj):
        holder = _token_mention(subj, mentions)  # ``Norland set one condition. Osteria must ...``
    else:
        return None
    return (holder, clue.climbed[1]) if holder else None


#: Verbs by which a side names its terms without stating them (``set one condition``, ``has two demands``).
TERM_SETTING_VERBS = language.words("condition_term_setting_verbs")


def _terms_announced(subj) -> bool:
    """Whether the subject ``subj`` announces terms its sentence does not state: the object of its verb
    (``condition_term_setting_verbs``) is a noun of a list's items (``list_item_nouns``: ``Norland set one
    condition.``, ``has two demands``) with no words of its content after it (no ``that``, ``:``, ``on``
    or ``including``: what follows in its own sentence is the term, read there).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland set one condition for a settlement. Norland set one condition: a truce.")
    >>> [_terms_announced(s[0]) for s in doc.sents]
    [True, False]
    """
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.lemma_.lower() not in TERM_SETTING_VERBS:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in LIST_OPENER_NOUNS:
        return False
    sent = subj.sent
    after = sent.doc[obj.i + 1:sent.end]
    return not any(t.text in (":", ";") or t.lower_ in ("that", "including", "on", "to", "of") for t in after) \
        and not any(c.dep_ in ("relcl", "acl") for c in obj.children)


#: Phrases that open a sentence adding to the one before (``In addition,``, ``Moreover,``).
_ADDITIVE_OPENERS = tuple(sorted(language.words("additive_openers"), key=len, reverse=True))
#: Nouns that name a side's set of terms outright (``conditions``, ``demands``), not a plan's points or a score.
_TERMS_SET_NOUNS = language.words("condition_terms_set_nouns")


def holder_of_terms_added(clue: Clue) -> tuple[dict, dict | None] | None:
    """A term whose cue no earlier rule gives a holder, in a sentence that opens by adding to the one
    before (``In addition,``, ``Moreover,``: :data:`_ADDITIVE_OPENERS`), outside a quote, when the
    sentence before names a side's set of terms outright (:data:`_TERMS_SET_NOUNS`: conditions,
    demands) and whose they are (``Osteria's conditions are ... . In addition, Norland should free the
    detainees.`` -> Osteria, Norland asked); after a sentence that names no such set (``won the vote
    by six points``), or in a sentence that opens otherwise, this rule gives no one.
    """
    if clue.previous is None or clue.quote is not None:
        return None  # a quote has its speaker to hold what it adds
    opening = clue.sent.text.lstrip(" \"'\u201c\u2018").lower()
    if not any(opening.startswith(w) and opening[len(w):len(w) + 1] in (",", " ") for w in _ADDITIVE_OPENERS):
        return None
    if not any(t.lemma_.lower() in _TERMS_SET_NOUNS and t.pos_ == "NOUN" for t in clue.previous):
        return None  # ``won the vote by six points. Moreover, ...``: no set of terms to go on with
    holder = _list_holder(clue.previous, clue.article.mentions, clue.article.quotes, clue.article.taxonomy)
    return (holder, clue.climbed[1]) if holder else None


def unnamed_speaker(clue: Clue) -> tuple[dict, dict | None] | None:
    """No actor in the sentence: the quote's speaker, even an unnamed one.

    ``"The tariffs must go first," an official said`` -> ``unnamed: official``.
    """
    holder = _speaker(clue.quote, unnamed=True)
    if holder and _document_label(holder["actor"]):
        return None  # ``according to a treaty's copy``: a document no one is named as writing holds nothing
    if holder and _press_label(holder["actor"]):
        return None  # ``..., a local journalist said``: the press reports terms, it sets none
    if holder and _reports_document(holder, clue):
        return None  # ``a monitor said the accord provides for ...``: it reports, holds nothing
    if holder and not holder.get("country"):
        holder = _bloc_of_unnamed(holder, clue.sent) or holder  # ``European officials stressed ...``: the union's
    return (holder, clue.climbed[1]) if holder else None


def _bloc_of_unnamed(holder: dict, sent) -> dict | None:
    """The union of states an unnamed source is described by (a bloc's adjective and one noun, the
    adjective on the noun in the sentence: :func:`~helpers.conditions.sides.bloc_demonym`): ``unnamed:
    European officials`` -> the European Union; ``European football officials`` or anything else -> None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("European officials said so.")
    >>> _bloc_of_unnamed({"actor": "unnamed: European officials"}, doc[:])["actor"]
    'European Union'
    """
    words = unnamed_words(holder.get("actor", ""))
    if len(words) != 2:
        return None  # ``European football officials``: a trade's, not the union's
    return next((body for t in sent if t.lower_ == words[0].lower() and t.dep_ in ("amod", "compound")
                 and t.head.lower_ == words[1].lower() for body in [bloc_demonym(t)] if body), None)


def _press_label(speaker: str) -> bool:
    """Whether an unnamed source is one of the press (its head noun, the last one or two words of
    :func:`_description_head`, or those without a plural ``s``, is in ``source_media``: a journalist, a
    reporter, a news agency), who reports terms and sets none.

    >>> _press_label("unnamed: local journalist"), _press_label("unnamed: reporters")
    (True, True)
    >>> _press_label("unnamed: a news agency"), _press_label("unnamed: state media")
    (True, True)
    >>> _press_label("unnamed: local officials"), _press_label("unnamed: officials briefing journalists")
    (False, False)
    """
    head = _description_head(speaker) if speaker.startswith("unnamed") else []
    tails = [" ".join(head[-n:]) for n in (1, 2) if len(head) >= n]
    return any(t in _MEDIA_NOUNS or (t.endswith("s") and t[:-1] in _MEDIA_NOUNS) for t in tails)


#: Words after which an unnamed source's description goes on about something else (``officials with
#: knowledge of ...``, ``a reporter who ...``): its head noun stands before them (``description_breaks``).
_DESCRIPTION_BREAKS = language.words("description_breaks")


def _description_head(speaker: str) -> list[str]:
    """The words of a source's description (after ``unnamed:``) up to its head noun: up to the first
    word after which it goes on about something else (``description_breaks``: ``of``, ``with``,
    ``who``) or a participle in ``-ing``, never the first word.

    >>> _description_head("unnamed: copy of the treaty"), _description_head("unnamed: officials briefing journalists")
    (['copy'], ['officials'])
    """
    found = re.findall(r"[a-z-]+", speaker.split(":", 1)[-1].lower())
    cut = next((i for i, w in enumerate(found) if i and (w in _DESCRIPTION_BREAKS or w.endswith("ing"))), len(found))
    return found[:cut]


def _document_label(speaker: str) -> bool:
    """Whether an unnamed source is a document (``unnamed: copy of the treaty shown to reporters``),
    not a person or a body: its head noun (the last word of :func:`_description_head`) is one.

    >>> _document_label("unnamed: copy of the treaty shown to reporters"), _document_label("unnamed: official")
    (True, False)
    >>> _document_label("unnamed: drafts of the deal"), _document_label("unnamed: treaty negotiators")
    (True, False)
    """
    head = (_description_head(speaker) or [""])[-1]
    return head in DOCUMENT_NOUNS or head.rstrip("s") in DOCUMENT_NOUNS


def _opener_holder(article: Article, lead: list):
    """Who holds a list opened by ``lead[0]``: a list noun's holder in the opener, else the owner
    of a document the opener names (``Key points of the Norwegian plan:``), or of the same
    document noun where the text last gave it one (``Norway's paper ... The paper lists:``), else
    a list noun's holder a few segments before it, else the opener's subject, else the author of
    the last document named before it in its section (news varies the word), else the owner the
    text gave before the section's heading to the document the section names again
    (:func:`_section_document_author`)."""
    opener = lead[0]
    named = [t for t in opener if t.lemma_.lower() in DOCUMENT_NOUNS and t.pos_ in ("NOUN", "PROPN")]  # not ``According``
    pair = _opener_pair(opener, article.mentions)
    if pair:  # ``The two leaders agreed on these points:``: each party they stand for
        return dict(pair[0], pair=pair)
    holder = _members_in_subject(opener, article.mentions) \
        or _list_holder(opener, article.mentions, article.quotes, article.taxonomy) \
        or _first_owner(reversed(named), article.mentions) \
        or (_earlier_document_owner(opener.doc, opener.start, {t.lemma_.lower() for t in named}, article.mentions)
            if named else None)
    for seg in lead[1:]:
        holder = holder or _list_holder(seg, article.mentions, article.quotes, article.taxonomy)
    if holder:
        return holder
    from ..quotes.direct import according_to_phrase
    source = according_to_phrase(article.speakers, opener)  # ``According to the institute, the points are:``
    holder = resolve_holder(opener.root, "holder", article.mentions, None, opener, article.text)[0] \
        or (_subject_actor(source[1], article.mentions, None, article.text) if source else None)
    if holder:
        return holder
    since = lead[-1].start if len(lead) > 1 and heading(lead[-1], article.text) else 0  # the section's heading
    found = _earlier_document_owner(opener.doc, opener.end, DOCUMENT_NOUNS, article.mentions, since) \
        or _section_document_author(lead, since, article.mentions)
    return dict(found, guessed=True) if found else None


def _section_document_author(lead: list, since: int, mentions: list[dict]) -> dict | None:
    """The author of a document the opener's section names without an owner, where the text last gave
    the same noun one before the section's heading (``Norland signed a deal with Osteria.`` /
    ``What was agreed`` / ``Stage one of the deal frees the captives. In this stage:`` -> Norland): a section
    continues the document the article introduced when it names it again as ``the deal``; a section
    naming no document, another one, or a document of its own (``a deal to stop the fighting``, ``a fresh
    plan``, ``a great deal of doubt``) has no holder from before its heading."""
    if not since:
        return None
    nouns = [t for seg in lead for t in seg if t.i >= since and t.pos_ in ("NOUN", "PROPN")
             and t.lemma_.lower() in DOCUMENT_NOUNS and _bare_reference(t)]
    return next((owner for t in nouns
                 if (owner := _earlier_document_owner(t.doc, since, {t.lemma_.lower()}, mentions)) is not None), None)


def _bare_reference(noun) -> bool:
    """Whether a noun points back to one named before: a definite determiner (``definite_determiners``)
    and no modifier that makes it another (``the new deal``, ``the deal reached in 2015``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The deal holds. A new deal is near. The deal reached in 2015 collapsed.")
    >>> [_bare_reference(t) for t in doc if t.lower_ == "deal"]
    [True, False, False]
    """
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) \
        and not any(c.dep_ in ("amod", "acl", "relcl", "compound", "poss", "nummod", "nmod") for c in noun.children)


def _opener_pair(opener, mentions: list[dict]) -> tuple[dict, ...] | None:
    """The parties a counted noun that is the subject of a list's opener stands for when the opener agrees
    to, signs or decides on the points (``Norland and Osteria met. ... The two leaders agreed on the
    points below:``: :func:`named_pair`), else None (``rejected``, ``could not agree on``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Anna Berg received Karl Vos. The two leaders agreed on these points:")
    >>> m = [dict(actor="Anna Berg", start=0, end=9), dict(actor="Karl Vos", start=19, end=27)]
    >>> [p["actor"] for p in _opener_pair(list(doc.sents)[1], m)]
    ['Anna Berg', 'Karl Vos']
    """
    subject = next((c for c in opener.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS" or not _counted_pair(subject):
        return None
    if not any(t.pos_ == "VERB" and t.lemma_.lower() in JOINING_VERBS | JOINT_DECISION_VERBS | CONCLUDING_VERBS
               and not any(c.dep_ == "neg" for c in t.children) for t in opener):
        return None  # ``The two leaders rejected these points:``: theirs to refuse, not to hold
    pair = named_pair(subject, mentions)
    return tuple(pair) if pair and len(pair) > 1 else None


def _members_in_subject(opener, mentions: list[dict]) -> dict | None:
    """The first state named in the subject of the opener's main verb when that subject is a plural
    common noun, else None: a group's members named in apposition (``the three members of the
    contact group, Norway, Sweden and Denmark, set out a plan``) hold its plan, each of them
    (:func:`conjunct_holders`), rather than the group."""
    subject = next((c for c in opener.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ != "NNS":
        return None
    for tok in subject.subtree:
        hit = next((m for m in mentions if m.get("type") == "state" and m["start"] <= tok.idx < m["end"]), None)
        if hit:
            return hit
    return None


def holder_of_list_opener(clue: Clue) -> tuple[dict, None] | None:
    """An item of a plan laid out on lines of its own belongs to whoever holds the list:

    ``Norland set out its plan:`` / ``1. A truce along the river.`` -> Norland. When the opener names
    no holder and only the last document named before it gives one (a guess), an item whose sentence
    has an actor as its own subject is left to the other rules; so is an item whose actor speaks in it
    (``- Valdia says the war could end if ...``: a digest's point, not a clause of the plan).
    """
    if not clue.lead:
        return None
    key = ("opener", clue.lead[0].start_char)
    if key not in clue.article._sides:
        clue.article._sides[key] = _opener_holder(clue.article, clue.lead)
    holder = clue.article._sides[key]
    if holder and (holder.get("guessed") or _item_speaks(clue.sent.root)) and _own_subject(clue):
        return None  # ``- Osteria has tied any deal to ...``, ``- Valdia says ...``: the item says whose it is
    return ({k: v for k, v in holder.items() if k != "guessed"}, None) if holder else None


def _item_speaks(root) -> bool:
    """Whether a list item's main verb, or a verb joined to it by ``and`` that thinks or wants or says a
    clause (:func:`_own_stance`: ``attribution_verbs``, ``stance_verbs``), speaks: its subject gives its own
    position (``- Valdia says ...``, ``- Valdia wants the valley.``, ``- Valdia views the valley as vital
    and says ...``), not a point of the opener's plan (``- Osteria withdraws its troops.``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Valdia wants the valley. Valdia views it as vital and says it will stay. "
    ...                      "Osteria withdraws its troops. It is proposed to free the detainees. "
    ...                      "Osteria calls a truce. Osteria leaves and asks the monitors to check.")
    >>> [_item_speaks(s.root) for s in doc.sents]
    [True, True, False, False, False, False]
    """
    return _own_stance(root) or any(_own_stance(v) and (v.lemma_.lower() in _ITEM_STANCE_VERBS
                                                         or any(c.dep_ == "ccomp" for c in v.children))
                                    for v in root.conjuncts)  # ``... and says it ...``, not ``... and asks X to``


def _own_stance(verb) -> bool:
    """Whether ``verb`` says, thinks or wants in its subject's own voice (``attribution_verbs``,
    ``stance_verbs``), in the active voice and with no particle (``pushes back``, ``calls off``)."""
    return (verb.lower_ in ATTRIBUTION_VERBS or verb.lemma_.lower() in _ITEM_STANCE_VERBS) \
        and not any(c.dep_ in ("auxpass", "prt") for c in verb.children)


#: Verbs by which a list item's own subject thinks or wants what the item says (``- Valdia wants ...``).
_ITEM_STANCE_VERBS = language.words("stance_verbs")


def _own_subject(clue: Clue) -> bool:
    """Whether the item's sentence has a subject of its own that names an actor (``- Osteria has tied
    any deal to a truce``), not one that only receives a plan (``- Osteria has studied the call``)."""
    root = clue.sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and not _receiver(c)
               and _subject_actor(c, clue.article.mentions, None, clue.article.text) for c in root.children)


def name_before_colon(clue: Clue) -> tuple[dict, dict | None] | None:
    """A line that opens with an actor's name and a colon (``Berg: Osteria must free the
    detainees``, a headline's attribution): the name speaks the clause after the colon. The name
    may carry the role of who speaks for it, or be a demonym (``Norland's chief negotiator:``,
    ``Norwegian envoy:``: :func:`_speaker_role_words`).

    ``Norland: Osteria must lift the tariffs`` -> Norland; ``Terms: Osteria must ...`` and ``Norland
    economy: ...`` name no one.
    """
    sent = clue.sent
    colon = next((t for t in sent[:6] if t.text == ":"), None)
    if colon is None or clue.obj.start < colon.idx or (clue.cue is not None and clue.cue.start < colon.idx):
        return None
    if any(t.lower_ in ATTRIBUTION_VERBS and any(c.dep_ == "nsubj" for c in t.children)
           for t in sent if t.i > colon.i):
        return None  # ``Norland: Berg says Osteria must ...``: the clause names its own speaker
    text = clue.article.text
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    before = [m for m in clue.article.mentions if line_start <= m["start"] and m["end"] <= colon.idx]
    if not before and (first := _token_at(sent.doc, line_start)) is not None and first.i < colon.i:
        before = [m for m in [demonym_state(first)] if m]  # ``Norwegian envoy: ...``
    if len(before) != 1 or text[line_start:before[0]["start"]].strip() \
            or not _speaker_role_words(text[before[0]["end"]:colon.idx]):
        return None  # only a name, alone or with its speaker's role, between the line's start and the colon
    return before[0], clue.climbed[1]


def name_after_dash(clue: Clue) -> tuple[dict, dict | None] | None:
    """A line that ends with a dash and an actor's name, alone or with its speaker's role (``Talks must
    start from strength – Anna Berg``, ``... – Norland's envoy``: a headline's attribution): the name
    speaks the clause before the dash. Only a headline's line counts (one sentence, no full stop), and
    only when its clause has no verb of saying or of demanding with a subject of its own (``X insists
    ... – Ann Lee``); a dash inside the clause (``the valley – and the river – must ...``), or a name
    followed by more words, is no attribution.

    >>> _after_attribution_dash("Talks must start from strength – Anna Berg")
    33
    >>> _after_attribution_dash("Talks – long stalled – must start again") is None
    True
    """
    text, sent = clue.article.text, clue.sent
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    after = _after_attribution_dash(text[line_start:line_end])
    if after is None:
        return None
    after += line_start
    if clue.obj.end > after or (clue.cue is not None and clue.cue.start > after):
        return None
    if text[line_start:sent.start_char].strip() or sent.end_char < line_end or text[:line_end].rstrip().endswith("."):
        return None  # a headline: one sentence, the whole line, no full stop (not a body's ``... – Ann Lee.``)
    if any(t.idx < after and (t.lower_ in ATTRIBUTION_VERBS or _own_stance(t)) and any(c.dep_ == "nsubj" for c in t.children)
           for t in sent):
        return None  # ``X says ... – Ann Lee``, ``X insists that ...``: the clause names its own holder
    named = [m for m in clue.article.mentions if after <= m["start"] and m["end"] <= line_end]
    if len(named) != 1 or text[after:named[0]["start"]].strip() \
            or not _speaker_role_words(text[named[0]["end"]:line_end].rstrip(" .")):
        return None  # only a name, alone or with its role, between the dash and the line's end
    return named[0], clue.climbed[1]


#: Dashes that set a headline's speaker after its words (``... – Anna Berg``), with spaces around.
_ATTRIBUTION_DASHES = (" - ", " – ", " — ", " -- ")


def _after_attribution_dash(line: str) -> int | None:
    """The offset in ``line`` right after its attribution dash (:data:`_ATTRIBUTION_DASHES`), when it has
    just one, else None."""
    found = list(_ATTRIBUTION_DASH.finditer(line))
    return found[0].end() if len(found) == 1 else None


#: One attribution dash (``_ATTRIBUTION_DASHES``), longest first so `` -- `` is not read as `` - ``.
_ATTRIBUTION_DASH = re.compile("|".join(re.escape(d) for d in sorted(_ATTRIBUTION_DASHES, key=len, reverse=True)))


#: Title words that name a portfolio or a rank, not a person, when they stand last (``Norland economy:``).
_TITLE_MODIFIERS = language.words("title_modifier_words")


def _speaker_role_words(words: str) -> bool:
    """Whether ``words`` (what follows a name before a headline's colon) are nothing or only the role
    of one who speaks for it (``negotiator``, ``'s foreign minister``, ``spokesman``, ``council``:
    ``titles``, ``source_nouns``, ``spokes_nouns``, ``state_body_nouns``), ending in a person or a
    body in the singular (``Norland economy:``, ``Norland allies:`` are topics).

    >>> _speaker_role_words(""), _speaker_role_words("'s chief negotiator"), _speaker_role_words(" talks")
    (True, True, False)
    >>> _speaker_role_words(" economy"), _speaker_role_words(" allies")
    (False, False)
    """
    from ..actors import TITLES
    from ..actors.countries import STATE_BODY_NOUNS
    from ..quotes.titles import ROLE_NOUNS
    found = [w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"['\u2019]s\b", " ", words))]
    if found and (found[-1] in _TITLE_MODIFIERS or (found[-1].endswith("s") and not found[-1].endswith("ss")
                                                     and found[-1] not in TITLES)):
        return False
    return all(w in TITLES or w in ROLE_NOUNS or w in STATE_BODY_NOUNS for w in found)


#: Who holds a condition: the first rule that names a holder (the order is the policy).
HOLDER_RULES = Registry("condition_holder", [author_of_context_document, holder_of_list_opener, role_set_out_list,
                                             list_noun_before, possessor_of_list, name_before_colon, name_after_dash,
                                             owner_before_colon, maker_of_demand, demander_in_relative_clause, owner_of_term_noun,
                                             owner_of_goal_after,
                                             owner_of_cue_noun, experiencer_of_stance, parties_named_before,
                                             subject_of_clause, sayer_of_parenthetical, speaker_of_subject, author_of_document,
                                             first_actor_of_sentence,
                                             author_of_list_before, author_before, unnamed_speaker,
                                             holder_of_terms_added])


# --------------------------------------------------------------------------- the table


_LINE_START = re.compile(r"\n+(?=[\"'\u201c\u2018\u00abA-Z0-9\u2022*-])")


def segments(doc, text: str | None = None):
    r"""The sentences of ``doc``, also split where a line starts with a capital or a quotation
    mark (a headline or byline glued to the next sentence by the parser); a line that goes on
    in lower case is the same sentence wrapped. ``text`` is ``doc.text`` when known.

    >>> import spacy
    >>> nlp = spacy.blank("en"); _ = nlp.add_pipe("sentencizer")
    >>> [s.text for s in segments(nlp("By Jane Roe\nTalks end.\nThe end of\ntalks."))]
    ['By Jane Roe', 'Talks end.', 'The end of\ntalks.']
    """
    text = _doc_text(doc) if text is None else text
    for sent in doc.sents:
        sent_text = text[sent.start_char:sent.end_char]
        breaks = list(_LINE_START.finditer(sent_text))
        if not breaks:
            if len(sent) and sent_text.strip():
                yield sent
            continue
        cuts = [sent.start_char] + [m.end() + sent.start_char for m in breaks]
        ends = [m.start() + sent.start_char for m in breaks] + [sent.end_char]
        for start, end in zip(cuts, ends, strict=True):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and len(span) and span.text.strip():
                yield span


def _lead(segs: list, openers: dict[int, int], opener: int, is_heading=lambda j: False) -> list:
    """A list's opener and the :data:`LIST_LOOKBACK` segments before it, nearest first, up to the
    last item of an earlier list (whose holder is not this list's) or up to the heading of the
    opener's section (``is_heading(j)`` for segment ``j``; what comes before it is another section's).

    >>> _lead(list("abcdefg"), {1: 0, 2: 0, 5: 4}, 4)
    ['e', 'd']
    >>> _lead(list("abcdefg"), {6: 5}, 5)
    ['f', 'e', 'd', 'c']
    >>> _lead(list("abcdefg"), {6: 5}, 5, {3}.__contains__)
    ['f', 'e', 'd']
    """
    start = max(0, opener - LIST_LOOKBACK)
    start = max([start] + [j + 1 for j in range(start, opener) if j in openers]
                + [j for j in range(start, opener) if is_heading(j)])
    return segs[start:opener + 1][::-1]


def find_conditions(doc, name: str | None = None, mentions: list[dict] | None = None, quotes: list[dict] | None = None,
                    taxonomy=None) -> list[dict]:
    """The conditions stated in one parsed article: one row per (sentence, holder, category).

    ``doc`` is the article's :class:`~helpers.context.ArticleContext` (or a
    parsed Doc with its ``name``, ``mentions`` and ``quotes`` rows: those of
    ``actors.find_mentions`` and ``quotes.find_quotes``). ``taxonomy`` is a
    :class:`Taxonomy`, a taxonomy DataFrame or a CSV path. ``rule`` names the
    cue rule that made the row, ``holder_rule`` the rule that chose the holder.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Palace demanded that sanctions be lifted.")
    >>> m = [dict(actor="Palace", type="organization", country="RUR", start=0, end=6)]
    >>> [(r["holder"], r["category"], r["voice"], r["rule"])
    ...  for r in find_conditions(doc, "a.txt", m, [], load_taxonomy())]
    [('Palace', 'sanctions', 'outlet', 'condition_cue.cue_before')]
    """
    ctx = as_context(doc, name, mentions, quotes)
    article = Article.from_context(ctx, _as_taxonomy(taxonomy, ctx.story))
    rows: dict[tuple, dict] = {}
    segs = list(segments(ctx.doc, ctx.text))
    openers = item_openers(segs, ctx.text)
    for item, counted in ordinal_items(segs).items():  # ``... has five points. The second point is ...``
        openers.setdefault(item, counted)
    for i, sent in enumerate(segs):
        objects = find_objects(sent.text, sent.start_char, article.taxonomy, sent)
        objects += talks_made_conditional(sent, article.taxonomy)
        objects = objects or talks_demanded(sent, article.taxonomy) or (talks_in_item(sent, article.taxonomy)
                                                                       if i in openers else [])
        if objects:
            lead = _lead(segs, openers, openers[i], lambda j: heading(segs[j], ctx.text)) if i in openers else []
            lead = lead if _announces_terms(lead, article.taxonomy) else []
            for clue in _clues(article, sent, objects, segs[i - 1] if i else None, lead):
                _add_row(clue, rows)
    return sorted(rows.values(), key=lambda r: (r["start"], r["category"], r["holder"]))


def _main_clause(cue: Match, sent):
    """(verb, inside) for a conditional or a sequence cue: the verb it makes conditional (``we will
    [talk] if ...``; the first verb after ``first, then``) and a test of the tokens of the cue's own
    clause, which are not part of it; None when the cue governs no main clause."""
    doc = sent.doc
    if cue.kind == "sequence":
        verb = next((t for t in sent if t.idx >= cue.end and t.pos_ in ("VERB", "AUX")), None)
        verb = verb.head if verb is not None and verb.dep_ in ("aux", "auxpass") else verb  # ``then we [can] talk``
        return (verb, lambda t: t.idx < cue.end) if verb is not None else None
    if cue.kind == "conditional" and cue.subject == "holder":
        return _dependent_subject(cue, doc)
    if cue.kind != "conditional" or cue.subject != "addressee":
        return None
    head = _cue_head_at(doc, _conditional_word(cue, doc))
    if head is None or head.dep_ != "advcl" or head.head.i == head.i:
        return None
    main = head.head
    if main.pos_ == "ADV" and main.dep_ == "advmod" and main.head.i != main.i:
        main = main.head  # ``talks can begin [as soon] as ...``: the adverb hangs on the verb it times
    return main, lambda t: head.left_edge.i <= t.i <= head.right_edge.i


def _dependent_subject(cue: Match, doc):
    """(subject, inside) for a conditional cue that is a verb of depending whose subject names the talks
    themselves (``resuming the talks will depend on ...``, ``a new round of talks depends on ...``): the
    talks are made conditional on what follows the verb; None for any other subject (``the success of the
    talks``) or a cue that is no verb with a subject.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("New talks will depend on a truce. Their success will depend on a truce.")
    >>> _dependent_subject(Match(15, 24, "depends on", "conditional"), doc)[0].text
    'talks'
    >>> _dependent_subject(Match(53, 62, "depends on", "conditional"), doc) is None
    True
    """
    verb = _token_at(doc, cue.start)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None) \
        if verb is not None and verb.pos_ == "VERB" else None
    if subj is None or not (_names_talks(subj) or any(  # ``resuming talks``: a gerund's object
            c.dep_ == "dobj" and _names_talks(c) for c in subj.children if subj.pos_ == "VERB")):
        return None  # ``the success of the talks will depend on ...``: not the talks themselves
    if _past_deed(verb):
        return None  # ``resuming talks depended on ...``: what happened, not a term
    return subj, lambda t: t.i > verb.i


def _bound_pair(verb):
    """The counted noun of parties (``the two sides``) that a document, the subject of the committing
    verb ``verb`` (``condition_committing_verbs``), binds as its object (``the pact commits the two sides
    to a truce``), else None: the parties bound by a text hold what it binds them to.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The pact commits the two sides to a truce. Lee commits the two sides to a truce.")
    >>> _bound_pair(doc[2]).text, _bound_pair(doc[12])
    ('sides', None)
    """
    if verb is None or verb.lemma_.lower() not in _COMMITTING_VERBS \
            or not any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children):
        return None
    bound = [c for c in verb.children if c.dep_ == "dobj"]  # or the subject the parser gave its clause
    bound += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]
    return next((c for c in bound if _counted_pair(c)), None)


def _other_talks(word) -> bool:
    """Whether a word of talking names talks on another matter (``trade talks``, ``talks on
    tariffs``: :data:`OTHER_TALK_TOPICS`), which a truce may be a lever for but no term of."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in OTHER_TALK_TOPICS for c in word.children) or any(
        g.lower_ in OTHER_TALK_TOPICS for c in word.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")


def _names_talks(word) -> bool:
    """Whether a word in what a demand asks for names the talks (:data:`TALK_NOUNS`: ``the
    delegations``, ``the next round``), not talks on another matter, nor a round of something else
    (``a second round of vaccinations``); or a signing of a document (:data:`SIGNING_WORDS`: ``sign
    the accord``, not ``sign a petition``)."""
    if word.lower_ in SIGNING_WORDS:
        return any(t.lemma_.lower() in DOCUMENT_NOUNS for t in [word.head, *word.subtree] if t.i != word.i)
    if word.lower_ not in TALK_NOUNS or _other_talks(word):
        return False
    of = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return not of or any(g.lower_ in TALK_NOUNS or g.lemma_.lower() in TALK_WORDS for g in of)


def _talk_word(verb, inside):
    """A word of talking at most :data:`TALK_DEPTH` levels below ``verb`` (``we will talk``, ``talks
    can only follow``), outside the cue's own clause (``inside``); else None."""
    level = [verb]
    for _ in range(TALK_DEPTH + 1):
        hit = next((t for t in level if t.lemma_.lower() in TALK_WORDS and not _other_talks(t)), None)
        if hit is not None:
            return hit
        level = [c for t in level for c in t.children if not inside(c)]
    return None


def talks_made_conditional(sent, taxonomy: Taxonomy) -> list[Match]:
    """Talks that a conditional or a sequence makes conditional are a term of the talks themselves
    (the guide: preconditions for talking): ``If the shelling stops, we will talk`` / ``Stop the
    shelling first, then we can talk`` -> a standalone match of the talks' category on ``talk``.

    >>> from helpers import nlp
    >>> sent = nlp.bare_nlp()("We will talk if the shelling stops.")[:]
    >>> [(m.label, sent.doc.text[m.start:m.end]) for m in talks_made_conditional(sent, load_taxonomy())]
    [('negotiation_terms', 'talk')]
    """
    words = list(_talks_after_obligation(sent, taxonomy))
    for cue in outermost(_cues_in(sent, taxonomy, kinds={"conditional", "sequence"})):
        main = None if speech_act(cue, sent.doc) else _main_clause(cue, sent)
        word = _talk_word(*main) if main is not None and not _past_deed(main[0]) else None
        words += [word] if word is not None else []
    return _talk_matches(words, taxonomy)


def _talk_matches(words, taxonomy: Taxonomy) -> list[Match]:
    """A match of the talks' category (the taxonomy's category whose generic one is
    :data:`TALKS_CATEGORY`) on each of the tokens ``words``; none when the taxonomy has no such category."""
    cat = next((c for c in taxonomy.categories if c.generic == TALKS_CATEGORY), None)
    return [Match(w.idx, w.idx + len(w), cat.name, TALKS_KIND, generic=TALKS_CATEGORY, source=cat.source)
            for w in words] if cat is not None else []


def talks_demanded(sent, taxonomy: Taxonomy) -> list[Match]:
    """The talks themselves as what a demand or a proposal asks for, or as the subject of an
    obligation, in a sentence that names no other term (the guide: the talks' format, participants,
    venue, sequence): ``the talks should be held in a neutral city``, ``Osteria wants each
    delegation housed apart`` / ``proposed that the talks move to its capital`` ->
    a match of the talks' category on the first of :data:`TALK_NOUNS` in what it asks for.

    >>> from helpers import nlp
    >>> tax = load_taxonomy()
    >>> sent = nlp.bare_nlp()("Osteria wants each delegation housed in a separate hotel.")[:]
    >>> [(m.label, sent.doc.text[m.start:m.end]) for m in talks_demanded(sent, tax)]
    [('negotiation_terms', 'delegation')]
    >>> talks_demanded(nlp.bare_nlp()("Each delegation was housed in a separate hotel.")[:], tax)
    []
    """
    doc, words = sent.doc, []
    for cue in outermost(_cues_in(sent, taxonomy, kinds={"demand", "proposal", "obligation"})):
        tok = _token_at(doc, cue.start)
        if cue.kind == "obligation":  # ``the talks should be held in a neutral city``: what the talks must be
            verb = _cue_head(tok) if tok is not None and _usable(cue, doc) else None
            if verb is not None and any(a.dep_ == "aux" and a.lemma_ == "have" or a.dep_ == "neg" for a in verb.children):
                continue  # ``must have slept well``: a guess about the past; ``must not be rushed``: a stance
            words += [t for t in (verb.children if verb is not None else ())
                      if t.dep_ in ("nsubj", "nsubjpass") and _names_talks(t)]
            continue
        if tok is None or tok.pos_ != "VERB" or tok.lower_ in HOPE_WORDS or not _usable(cue, doc):
            continue  # a plan's noun (``the framework was not on the agenda``) or a hope asks for nothing here
        if tok.dep_ == "relcl" and tok.head.pos_ != "PROPN":
            continue  # ``those who would like the round to collapse``: nobody's term
        word = next((t for t in _asked_for(tok, cue.end) if _names_talks(t)
                     and not ((t.pos_ == "VERB" or t.dep_ == "advcl") and _in_adverbial(t, tok))), None)
        words += [word] if word is not None else []
    return _talk_matches(words, taxonomy)


def talks_in_item(sent, taxonomy: Taxonomy) -> list[Match]:
    """The talks as a point of a list laid out on lines of its own, written as a step into talks (``1. To
    initiate negotiations on the river within four months;``): a match of the talks' category on the
    talks the item's first verb, an infinitive of starting or holding talks (``talk_start_verbs``), takes as
    its object (or after ``into``: ``to enter into talks``); an item that only mentions talks (``1. The talks
    failed.``, ``1. To report on the talks.``) is none.

    >>> from helpers import nlp
    >>> tax = load_taxonomy()
    >>> [(m.label) for m in talks_in_item(nlp.bare_nlp()("1. To initiate negotiations with Osteria.")[:], tax)]
    ['negotiation_terms']
    >>> talks_in_item(nlp.bare_nlp()("1. The negotiations with Osteria failed.")[:], tax)
    []
    """
    verb = next((t for t in sent if t.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in TALK_START_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []  # ``To report on the talks``, ``To refuse any negotiations``: no step into talks
    words = [c for c in verb.children if c.dep_ == "dobj"]
    words += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    return _talk_matches([w for w in words if _names_talks(w)][:1], taxonomy)


def _in_adverbial(tok, top) -> bool:
    """Whether ``tok`` lies in an adverbial clause below ``top``: a signing there (``wants the drains
    unblocked [before it signs]``) is the act that waits for the demand, not what it asks."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl":
            return True
        tok = tok.head
    return False


def _asked_for(verb, after: int):
    """The tokens of what a verb of demanding or proposing asks for: its object and complement
    clauses after the cue (``wants [the delegation housed apart]``, ``proposed [that the round be
    held ...]``; whom it asks is no part of it: ``urged the envoys [to remain]``, nor what it is
    wanted from: ``wants ... from the talks``), not a participle beside it (``insisted on X,
    citing ...``) nor a that-clause in the
    indicative, which states a fact (``insisted that the envoys had met twice``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria insisted that the talks be held in its capital.")
    >>> [t.text for t in _asked_for(doc[1], doc[1].idx + 8)][:3]
    ['that', 'the', 'talks']
    >>> list(_asked_for(nlp.bare_nlp()("Osteria insisted that the talks were held in its capital.")[1], 16))
    []
    """
    asked = [c for c in verb.children if c.dep_ == "xcomp"]
    for child in verb.children:
        if child.idx < after or child.dep_ not in ("ccomp", "xcomp", "dobj", "prep", "oprd"):
            continue
        if child.dep_ == "dobj" and asked:
            continue  # ``urged each delegation [to ...]``: whom it asks, not what
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPOSITIONS:
            continue  # ``what Norland wants [from the talks]``: whom or what it is wanted from
        if child.dep_ == "xcomp":
            yield from (t for t in child.subtree if t.i != child.i)
            continue  # ``wanted [to talk]``: a wish to talk is a stance, what follows it is asked for
        auxes = [a for a in child.children if a.dep_ in ("aux", "auxpass")]
        said = any(a.dep_ == "mark" for a in child.children)  # ``that``: a clause told, not a small clause
        if child.dep_ == "ccomp" and not any(a.tag_ == "MD" for a in auxes) and (
                any(a.tag_ in ("VBD", "VBZ", "VBP") for a in auxes) or said and child.tag_ in ("VBD", "VBZ")):
            continue  # ``insisted that they had met ...``: a fact; ``that it be held``, ``that they agree``
            # (a plural present reads as the subjunctive), ``wants X kept out``: a term
        yield from child.subtree


def speech_act(cue: Match, doc) -> bool:
    """Whether a conditional is about the speaker's own words, not a term: ``If you ask me,
    Norland will never talk`` (its verb is one of :data:`SPEECH_ACT_VERBS`, its subject ``I``,
    ``we`` or ``you``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("If you ask me, they will talk. If you free them, they will talk.")
    >>> speech_act(Match(0, 2, "if", "conditional"), doc), speech_act(Match(31, 33, "if", "conditional"), doc)
    (True, False)
    """
    tok = _token_at(doc, cue.start)
    if cue.kind != "conditional" or tok is None or tok.dep_ != "mark":
        return False
    verb = tok.head
    if any(c.dep_ in ("prep", "xcomp", "ccomp") for c in verb.children):
        return False  # ``if you ask for a truce``, ``if you tell them to withdraw``: a term
    return verb.lemma_.lower() in SPEECH_ACT_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in _OWN_VOICE for c in verb.children)


def _talks_after_obligation(sent, taxonomy: Taxonomy) -> list:
    """The talk words of a ``before`` that an obligation or a demand governs: ``Osteria must free the
    detainees before any talks`` / ``before we talk``, ``Norland wants Osteria to lift the embargo
    before any talks``: the talks wait for the term (``freed them before the talks``, a past event, is none)."""
    if not any(w in sent.text.lower() for w in WAIT_WORDS):
        return []  # no ``before``, no talks waiting (a test of the text, before the cues)
    doc = sent.doc
    heads = {_cue_head(t).i for c in _cues_in(sent, taxonomy, kinds={"obligation", "demand"})
             if (t := _token_at(doc, c.start)) is not None and not commentators_view(c, doc)}
    found = []
    for tok in sent:
        if tok.lower_ not in WAIT_WORDS or tok.head.i == tok.i:
            continue
        node = tok.head if tok.dep_ == "mark" else tok  # ``before we talk``: the clause; ``before talks``: the phrase
        if node.tag_ == "VBD":
            continue  # ``before the talks collapsed``: a past event, not talks to come
        verb = node.head.head if node.head.dep_ in ("xcomp", "ccomp") else node.head  # ``has to [lift] ... before``
        if node.head.i in heads or verb.i in heads or (verb.dep_ in ("acl", "ccomp") and verb.head.i in heads):
            word = _talk_word(node, lambda t: False)  # ``X's insistence that [Y accept ...] before``: a demand noun too
            found += [word] if word is not None else []
    return found


def outermost(cues: list[Match]) -> list[Match]:
    """The cues not lying inside a longer cue (``only if`` is one cue, not also ``if``).

    >>> [c.label for c in outermost([Match(0, 7, "only if", "c"), Match(5, 7, "if", "c")])]
    ['only if']
    """
    return [c for c in cues if not any(o is not c and o.start <= c.start and c.end <= o.end
                                       and (o.end - o.start) > (c.end - c.start) for o in cues)]


def _announces_terms(lead: list, taxonomy: Taxonomy) -> bool:
    """Whether a list's opener announces terms: it ends with a colon, or it or a segment just before
    names a set of terms or a document (``the plan's main points``); a list of facts is no list of terms."""
    if not lead:
        return False
    if lead[0].text.rstrip().endswith(":"):
        return True
    return any(find_cues(seg.text, 0, taxonomy, kinds={"list_noun"}) or
               any(t.lemma_.lower() in DOCUMENT_NOUNS for t in seg) for seg in lead)


#: Verbs whose object is a measure threatened on a condition (``threatened tariffs unless ...``).
MEASURE_VERBS = language.words("condition_measure_verbs")


def conditioned(obj: Match, doc) -> bool:
    """Whether category words name what the terms are for, not a term: the object of ``conditions
    for`` (``its conditions for a truce``), a time frame (``during the truce``, ``100 days after the
    truce``), what a term must come before (``withdraw before the truce``, ``before a truce can take
    effect``) or the subject of a clause with a conditional (``a truce will only follow if ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Its conditions for a truce are clear.")
    >>> conditioned(Match(21, 26, "ceasefire", "object"), doc)
    True
    >>> doc = nlp.bare_nlp()("Its conditions for joining talks are clear.")
    >>> conditioned(Match(19, 32, "negotiation_terms", "object"), doc)
    True
    """
    tok = _token_at(doc, obj.start)
    if tok is None:
        return False
    goal = tok.head if tok.dep_ == "dobj" and tok.head.dep_ == "pcomp" else tok  # ``for joining [talks]``
    if goal.dep_ in ("pobj", "pcomp") and goal.head.head.lemma_.lower() in {
            "for": GOAL_NOUNS | GOAL_OF_NOUNS, "of": GOAL_OF_NOUNS}.get(goal.head.lower_, ()):
        return True  # ``conditions for a truce`` (or ``for joining talks``), ``the price of any truce``: what they are for
    if tok.dep_ == "pobj" and tok.head.lower_ in TIME_PREPOSITIONS:  # ``no weapons during the truce``
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("before", "after") and (
            tok.head.lower_ == "before" or tok.head.head.lemma_.lower() in TIME_UNITS):
        return True  # ``withdraw before the truce``, ``elections 100 days after the truce``: what it waits for
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "mark" and c.lower_ == "before" for c in tok.head.children):
        return True  # ``troops must leave before a truce can take effect``
    frame = tok.head if tok.dep_ == "nsubj" and tok.head.dep_ == "pcomp" else tok  # ``of the truce taking effect``
    if frame.dep_ in ("pobj", "pcomp") and frame.head.lower_ == "of" and frame.head.head.lemma_.lower() in TIME_UNITS:
        return True  # ``within 72 hours of the truce``
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return not _demanded_clause(tok.head) and _has_conditional(tok.head, tok)
    # ``Norland would consider a truce only if ...``: what is offered on a condition, as the subject
    # of ``a truce will follow only if ...`` (a verb's object, or the object of its preposition: ``agree to``)
    verb = _governing_verb(tok)
    if tok.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX") \
            or verb.lemma_.lower() in DEMAND_VERBS | MEASURE_VERBS:
        return False  # ``Norland demands a truce if ...``, ``threatened tariffs unless ...``: the term
    # ``is prepared to consider a truce only if``: the conditional on a head of the verb
    return any(_has_conditional(v, tok) for v in _verb_heads(verb))


def _verb_heads(verb, deps=("xcomp", "acomp"), limit: int = 3) -> list:
    """``verb`` and the heads it is the complement of (``is prepared to consider``: consider,
    prepared, is), up to ``limit`` words: where a conditional on what the verb does may hang.

    >>> from helpers import nlp
    >>> [t.text for t in _verb_heads(nlp.bare_nlp()("Norland is prepared to consider a truce.")[4])]
    ['consider', 'prepared', 'is']
    """
    chain = [verb]
    while len(chain) < limit and chain[-1].dep_ in deps and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


#: Conditionals that set a true condition rather than a time (``only if``, ``unless``).
_TRUE_CONDITIONALS = language.words("true_conditionals")
#: Modals that keep a clause a wish under a verb of demanding (``must``, ``should``).
_WISH_MODALS = language.words("wish_modals")


def _demanded_clause(verb) -> bool:
    """Whether the clause of ``verb`` is what a verb of demanding asks for (``demands that the
    observers leave once ...``, ``wants the detainees freed once ...``): its subject is the term,
    whatever the clause waits for. The clause must read as a wish: a bare or past-participle verb
    (``that they leave``, ``them freed``) or ``must``/``should`` (``wish_modals``); a clause with
    another modal or a finite verb (``insists a truce will follow if ...``, ``insists a truce
    follows once ...``) states what is offered on a condition.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland demands that the monitors leave once it is signed.")
    >>> _demanded_clause(doc[5])
    True
    >>> _demanded_clause(nlp.bare_nlp()("Norland insists a truce will follow if it is signed.")[5])
    False
    >>> _demanded_clause(nlp.bare_nlp()("Norland wants a truce to follow only if it is signed.")[5])
    False
    >>> _demanded_clause(nlp.bare_nlp()("Norland insists a truce follows once it is signed.")[4])
    False
    """
    if verb.dep_ not in ("ccomp", "xcomp") or verb.head.lemma_.lower() not in DEMAND_VERBS:
        return False
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    bare = verb.tag_ == "VBN" or verb.lower_ == verb.lemma_.lower()  # ``that they leave``, ``them freed``
    if modals and not all(c.lower_ in _WISH_MODALS for c in modals) or not modals and not bare:
        return False  # ``insists a truce will follow``, ``insists a truce follows``: a statement, not a wish
    marks = [m for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
    # ``wants a truce only if ...``, ``... unless ...``: a true condition on what is wanted, not its time
    return not any(m.lower_ in _TRUE_CONDITIONALS or (m.i and m.doc[m.i - 1].lower_ == "only") for m in marks)


def set_aside(obj: Match, doc) -> bool:
    """Whether category words are the alternative a term sets aside, after a comma and ``not``:
    ``must be settled by a joint panel, not an international court`` (the court is what the
    holder refuses); ``not only ... but also`` sets nothing aside.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland wants a joint panel, not an international court.")
    >>> set_aside(Match(36, 55, "accountability", "object"), doc)
    True
    """
    tok = _phrase_head(_token_at(doc, obj.start))
    if tok is None:
        return False
    tok = _noun_phrase_top(tok)  # ``not the release of the detainees``: the whole noun phrase
    left = tok.left_edge.i
    return left - 2 >= tok.sent.start and doc[left - 1].lower_ == "not" and doc[left - 1].dep_ == "neg" \
        and doc[left - 2].is_punct


#: The dependencies of a noun's words that say what kind of deal it must be (``a truce that ...``).
_RESTRICTING_DEPS = ("relcl", "acl")
#: Prepositions after a deal's noun that say what it must have (``a truce without guarantees``).
_RESTRICTING_PREPOSITIONS = language.words("condition_restricting_prepositions")
#: Nouns of a deal: the frame when other words set out what the deal must do (``any truce must ...``).
DEAL_NOUNS = language.words("condition_deal_nouns")


def framed_by_terms(obj: Match, objects: list[Match], doc) -> bool:
    """Whether category words name a deal (``deal_nouns``) whose terms other category words set out,
    not a term: the object of a verb of accepting or refusing, or a deal for any (``any``, ``no``), whose
    relative clause or ``without`` holds the terms (``refuses to back any truce that freezes the front
    line``), or such a deal as the subject of the clause that holds them (``any truce must free
    the detainees``). A deal wanted for itself stays a term (``wants a truce that frees ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland will not sign any truce that leaves the militia armed.")
    >>> truce, militia = Match(29, 34, "ceasefire", "object"), Match(53, 60, "security", "object")
    >>> framed_by_terms(truce, [truce, militia], doc), framed_by_terms(militia, [truce, militia], doc)
    (True, False)
    """
    tok = _phrase_head(_token_at(doc, obj.start))
    if tok is None or tok.lemma_.lower() not in DEAL_NOUNS:
        return False  # ``any transit route must stay ours``: a term, not a deal
    others = [t for o in objects if o is not obj and (t := _token_at(doc, o.start)) is not None
              and _phrase_head(t).i != tok.i]
    if not others:
        return False
    if _whole_of_part(tok, others) or _frame_of_step(tok, others):
        return True  # ``the withdrawal is a central part of the truce deal``: the deal is what it is part of
    quantified = any(c.dep_ == "det" and c.lower_ in _ANY for c in tok.children)
    if tok.dep_ in ("nsubj", "nsubjpass"):  # ``any truce must free the detainees``, not ``proposed by``
        return quantified and any(t in tok.head.subtree and t not in tok.subtree and not _in_agent(t, tok.head)
                                  and _in_own_clause(t, tok.head) for t in others)
    verb = _governing_verb(tok)
    weighed = tok.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in ACCEPTANCE_VERBS | REJECTION_VERBS | ACCEPT_VERBS
    return (quantified or weighed) and any(_restricts(t, tok) for t in others)


#: Nouns of a part of a whole (``a central part of the deal``, ``a condition of the truce``).
PART_NOUNS = language.words("part_nouns")


def _part_noun_of(deal):
    """The part noun (:data:`PART_NOUNS`) the deal noun ``deal`` is the ``of`` object of (``a central part
    of the truce deal``), else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It is part of the deal. It is a copy of the deal.")
    >>> _part_noun_of(doc[5]).text, _part_noun_of(doc[13])
    ('part', None)
    """
    prep = deal.head
    part = prep.head
    ok = deal.dep_ == "pobj" and prep.lower_ == "of" and part.lemma_.lower() in PART_NOUNS
    return part if ok else None


def _whole_of_part(deal, others: list) -> bool:
    """Whether the deal noun ``deal`` is the whole a term is called part of: ``of`` a part noun
    (:data:`PART_NOUNS`) that is the predicate of a clause whose subject holds another term's
    words (``the withdrawal of troops is the main condition of the truce accord``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The withdrawal of troops is a central part of the truce deal.")
    >>> _whole_of_part(doc[11], [doc[1]]), _whole_of_part(doc[11], [])
    (True, False)
    """
    part = _part_noun_of(deal)
    if part is None or part.dep_ != "attr":
        return False
    subjects = [c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t in s.subtree for s in subjects for t in others)


def _frame_of_step(deal, others: list) -> bool:
    """Whether the deal noun ``deal`` is the whole that an ``as part of`` phrase sets a step in, the step
    being another term's words in the clause the phrase hangs on (``wants Osteria to free the detainees as
    part of any truce deal``: the release is asked, the truce is the frame it is asked in).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland wants Osteria to free all detainees as part of a truce deal.")
    >>> _frame_of_step(doc[12], [doc[6]]), _frame_of_step(doc[12], [])
    (True, False)
    """
    part = _part_noun_of(deal)
    if part is None or part.dep_ != "pobj" or part.head.lower_ != "as":
        return False
    clause, frame = part.head.head, set(part.head.subtree)
    return any(t in clause.subtree and t not in frame for t in others)


def _in_own_clause(tok, head) -> bool:
    """Whether ``tok`` lies in ``head``'s own clause: not in a clause joined to it (``and all
    detainees must be freed``), set beside it, or in a ``before``/``after`` phrase (what comes first)."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in ("conj", "advcl", "parataxis") or (tok.dep_ == "prep" and tok.lower_ in ("before", "after")):
            return False
        tok = tok.head
    return True


def _restricts(tok, noun) -> bool:
    """Whether ``tok`` lies in a relative clause or a ``without`` phrase of ``noun`` (the parse may
    hang the phrase right after the noun on its verb: ``back any truce without ...``)."""
    after = [c for c in noun.head.children if c.i == noun.right_edge.i + 1] if noun.dep_ == "dobj" else []
    return any(c.dep_ in _RESTRICTING_DEPS or (c.dep_ == "prep" and c.lower_ in _RESTRICTING_PREPOSITIONS)
               for c in [*noun.children, *after] if tok in c.subtree and (c.dep_ == "prep" or c.head.i == noun.i))


def _governing_verb(tok):
    """The word whose object ``tok`` is: its head, or the head of its preposition (``agree to a truce``)."""
    return tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head


def _has_conditional(verb, word=None) -> bool:
    """Whether ``verb`` has an adverbial clause opened by a conditional (``... only if``, ``unless``)
    that states a term of its own: not one that names the main clause's words again
    (``will back the pause unless it is broken``: :func:`_names_it`)."""
    return any(_opens_on_condition(c) and not _names_it(c, word) for c in verb.children)


#: Inflected verbs of saying (``says``, ``told``): a clause with one names its own speaker.
ATTRIBUTION_VERBS = language.words("attribution_verbs")
#: Verbs of expecting: their cue is a term only when a party is expected to act (:func:`forecast`).
EXPECT_VERBS = language.words("condition_expect_verbs")
#: Nouns of a party that can be expected to act (``expects the government to ...``).
_PARTY_NOUNS = language.words("org_nouns") | language.words("armed_group_nouns") | language.words("condition_state_nouns")
#: What a deal is backed or secured by (``backed by security guarantees``): after ``by``, a term.
BACKING_NOUNS = language.words("condition_backing_nouns")
#: Verbs of watching over a deal (``policed``, ``monitored``): their agent is a term, not a proposer.
SUPERVISING_VERBS = language.words("condition_supervising_verbs")
#: Bodies that watch over a deal (``monitors``, ``peacekeepers``): the agents of those verbs that are terms.
MONITOR_NOUNS = language.words("condition_monitor_nouns")
#: Verbs of rejecting: what a party is expected to reject is no term (``expects Osteria to reject the truce``).
REJECTION_VERBS = language.words("condition_rejection_verbs")
#: The acts a party can be expected to perform as a term (``expects Osteria to withdraw``); any other
#: expected act is a forecast (``expects Osteria to send envoys next week``).
EXPECTED_ACTS = language.words("condition_expected_acts")
#: Words that date an expected act to the near future (``soon``), and words that do so before a unit of
#: time (``next week``, ``in the coming days``): such an expected act is a forecast.
SOON_WORDS = language.words("condition_soon_words")
NEAR_TIME_WORDS = language.words("condition_near_time_words")
#: Words that after ``as`` keep a step on its timetable (``as scheduled``): ``condition_schedule_words``.
SCHEDULE_WORDS = language.words("condition_schedule_words")


def dated_soon(verb) -> bool:
    """Whether an expected act is dated to the near future by one of its own modifiers (``to free
    the detainees soon``, ``to withdraw next week``, ``in the coming days``): a schedule forecast,
    not a term (``to free the detainees before any talks`` is dated by a condition instead).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland expects Osteria to withdraw next week.")
    >>> dated_soon(doc[4]), dated_soon(nlp.bare_nlp()("Norland expects Osteria to withdraw.")[4])
    (True, False)

    A step kept on its timetable (``as scheduled``, ``as planned``: ``condition_schedule_words``) is one too:

    >>> dated_soon(nlp.bare_nlp()("Norland will hold elections in October as scheduled.")[2])
    True
    """
    for tok in verb.subtree:
        if tok.lower_ in SOON_WORDS and tok.dep_ in ("advmod", "npadvmod") and tok.head.i == verb.i:
            return True
        if tok.lower_ in SCHEDULE_WORDS and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "as" \
                and (tok.head.i == verb.i or tok.head.head.i == verb.i):
            return True  # ``will hold the elections as scheduled``: a timetable kept
        if tok.lemma_.lower() in TIME_UNITS and any(c.lower_ in NEAR_TIME_WORDS for c in tok.children) \
                and (tok.head.i == verb.i or tok.head.head.i == verb.i):
            return True
    return False


def forecast(cue: Match, doc) -> bool:
    """Whether a cue of expecting forecasts rather than demands: what is expected to happen is no
    party's act (``Norland expects the truce to hold``, ``the talks to resume``), a party is expected
    to reject it, or commentators expect it (``analysts expect ...``). A party expected to
    act (``expects Osteria to withdraw``, ``expects the government to disarm the militias``) or a
    measure expected to be taken (``expects the embargo to be lifted``) is a term.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland expects the truce to hold. Norland expects Osteria to withdraw.")
    >>> forecast(Match(8, 15, "expects … to", "demand"), doc), forecast(Match(43, 50, "expects … to", "demand"), doc)
    (True, False)
    """
    tok = _token_at(doc, cue.start)
    if tok is None or tok.lemma_.lower() not in EXPECT_VERBS:
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in COMMENTATORS for c in tok.children):
        return True  # ``analysts expect Norland to lift the embargo``: a view
    for clause in (c for c in tok.children if c.dep_ in ("ccomp", "xcomp")):
        verb = _expected_infinitive(clause)
        if verb.lemma_.lower() in REJECTION_VERBS or verb.lemma_.lower() not in EXPECTED_ACTS:
            return True  # ``expects Osteria to reject the truce``, ``to send envoys next week``: no term's act
        if dated_soon(verb):
            return True  # ``expects Osteria to free the detainees soon``: a schedule, not a term
        for subj in (c for c in (*verb.children, *clause.children) if c.dep_ in ("nsubj", "nsubjpass")):
            if subj.dep_ == "nsubjpass" or subj.pos_ == "PROPN" or (subj.pos_ == "PRON" and subj.lower_ not in _THING) \
                    or subj.lemma_.lower() in _PARTY_NOUNS:
                return False
        if any(c.dep_ == "dobj" for c in tok.children):
            return False  # ``expects Osteria to withdraw`` parsed with Osteria as the object
    return True


def _expected_infinitive(verb):
    """The act a party is expected to perform when the parser took a participle describing the
    party for the verb (``expects [all citizens held abroad] to be released``: ``held`` read as the
    clause, ``released`` hung below it); else ``verb`` itself.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland expects all Norlanders held in Osteria to be released.")
    >>> _expected_infinitive(doc[4]).text
    'released'
    """
    if verb.tag_ != "VBN":
        return verb
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > verb.i
                 and any(a.lower_ == "to" for a in c.children)), verb)


def _cues_in(sent, taxonomy: Taxonomy, kinds=None) -> list[Match]:
    """:func:`find_cues` in the segment ``sent``, without a proviso participle that is the verb
    ``provide`` (:func:`_verb_provide`): every reader of a sentence's cues sees the same ones."""
    return [c for c in find_cues(sent.text, sent.start_char, taxonomy, kinds) if not _verb_provide(c, sent.doc)]


def _verb_provide(cue: Match, doc) -> bool:
    """Whether a cue ending on a proviso participle is the verb ``provide`` rather than a proviso
    (``the agency provided food``; see :func:`_proviso_clause`)."""
    last = _token_at(doc, cue.end - 1)
    return last is not None and last.lower_ in PROVISO_PARTICIPLES and _proviso_clause(last) is None


def unsaid(cue: Match, doc) -> bool:
    """Whether a cue is a verb of demanding or proposing that the sentence negates: ``Norland has
    not urged a truce`` or ``nobody is asking for a truce`` states no term (``Norland does not want a
    truce`` and ``no one can ask Norland to ...`` still do).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland has not urged a truce. Norland urged a truce.")
    >>> unsaid(Match(16, 21, "calls for", "demand"), doc), unsaid(Match(39, 44, "calls for", "demand"), doc)
    (True, False)
    """
    tok = _token_at(doc, cue.start)
    if tok is None or tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in RHETORICAL_ASK_VERBS and any(c.dep_ == "aux" and c.lemma_.lower() in ABILITY_MODALS for c in tok.children):
        return False  # ``nobody can ask our army to ...``: a refusal of what is asked, not a denial of asking
    return (lemma in UNSAID_VERBS and any(c.dep_ == "neg" for c in tok.children)) or (
        lemma in UNSAID_VERBS | DEMAND_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in tok.children))


def _nobody(subj) -> bool:
    """Whether a subject denies that anyone acts: ``nobody``, ``none of them``, ``no one``, ``no party``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Nobody asks. No party asks. Every party asks.")
    >>> _nobody(doc[0]), _nobody(doc[4]), _nobody(doc[8])
    (True, True, False)
    """
    return subj.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ in NEGATIVE_SUBJECTS for d in subj.children)


#: How many heads above a cue a verb of denying or a ``whether`` is looked for.
DENIAL_DEPTH = 4


def denied_or_asked(cue: Match, doc) -> bool:
    """Whether a cue is what a verb of denying or doubting governs (``Norland denied that it had demanded a
    truce``, ``Norland dismissed calls for a truce``, ``Norland expressed doubt that Osteria wants a truce``;
    not ``no doubt that``) or lies in a ``whether`` clause (``it is
    unclear whether Norland will insist on a truce``) or in a question after a preposition
    (``divided over what the deal must cover``): it states no term. A demand noun with an owner
    other than a pronoun (``Norland dismissed Osteria's demand``, ``the Danish demand``) is that
    owner's term, whoever dismisses it; so is one set off with its maker named (``unclear whether
    Osteria will disarm, a central demand of Norland``: the outlet's aside).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland denied demanding a truce. Norland kept demanding a truce.")
    >>> denied = Match(15, 24, "demands that", "demand")
    >>> kept = Match(47, 56, "demands that", "demand")
    >>> denied_or_asked(denied, doc), denied_or_asked(kept, doc)
    (True, False)
    """
    node = _cue_head_at(doc, cue.start)
    if node is None:
        return False
    if node.pos_ == "NOUN" and (any(c.dep_ == "poss" and c.pos_ != "PRON" for c in node.children) or demonym_owner(node)):
        return False  # ``Norland dismissed Osteria's demand for a truce``: a term, Osteria's
    tok = _token_at(doc, cue.start)
    if tok is not None and tok.pos_ == "NOUN" and _set_off(tok) and _named_maker(tok):
        return False  # ``unclear whether Osteria will lay down its arms, a central demand of Norland``: an aside
    for _ in range(DENIAL_DEPTH):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return True
        if node.dep_ in ("pcomp", "ccomp") and _opens_with_question_word(node):
            return True  # ``divided over what the referral should cover``: a question the talks weigh
        if node.head.i == node.i or node.dep_ in ("conj", "parataxis") or (node.dep_ == "advcl" and not (
                _opens_on_condition(node) and node.head.lemma_.lower() not in DENIAL_VERBS) and not _offer_infinitive(node)):
            return False  # ``dismissed the offer and demanded a truce``, ``dismissed talks unless ...``: a clause of its own
        node = node.head  # (an ``if`` hung on an offer below the denial is the offer's)
        if node.lemma_.lower() in DENIAL_VERBS and node.pos_ in ("VERB", "NOUN") and not any(
                c.dep_ == "neg" or c.lower_ in ("no", "little") for c in node.children):
            return True  # ``denied that``, ``doubts that``, ``expressed doubt that`` (not ``no doubt that``)
    return False


def _offer_infinitive(clause) -> bool:
    """Whether an infinitive the parser hangs on a verb as its own clause belongs to a demand or offer noun
    that verb takes (``denied receiving any offer from Osteria to free the pilots``: the offer's content).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland denied receiving any offer from Osteria to free the pilots.")
    >>> _offer_infinitive(doc[8])
    True
    >>> doc = nlp.bare_nlp()("Norland dismissed the offer, to insist instead on a truce.")
    >>> _offer_infinitive(next(t for t in doc if t.lower_ == "insist"))
    False
    """
    if clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
            or any(c.lower_ in ("so", "as", "order") for c in clause.subtree if c.i < clause.i):
        return False  # ``so as to insist``, ``in order to``: a purpose of the verb's own
    nouns = [c for c in clause.head.children if c.dep_ == "dobj" and c.lemma_.lower() in DEMAND_NOUNS]
    return any(noun.i < clause.left_edge.i and not any(t.is_punct or t.pos_ in ("VERB", "AUX")
                                                       for t in noun.doc[noun.i + 1:clause.left_edge.i])
               for noun in nouns)  # ``dismissed the offer, to insist instead on ...``: the comma parts them


def _set_off(noun) -> bool:
    """Whether a noun phrase stands in apposition (parsed so, or set off by a comma before it: the parser
    may hang it on a verb as its object: ``would accept the pullback, a central demand of Norland``)."""
    first = noun.left_edge
    return noun.dep_ == "appos" or (first.i > 0 and noun.doc[first.i - 1].text == ",")


def _named_maker(noun) -> bool:
    """Whether a demand's noun names its maker after one of :data:`MAKER_PREPOSITIONS` (:func:`_makers`):
    a name the model takes for a state, a body or a person (:data:`OWNER_ENTITY_TYPES`: ``a central
    demand of Norland``), not a resolution or a date (``a demand of Resolution 242``, ``of March 2023``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("It is a demand by Norland. It is a demand of long standing.")
    >>> _named_maker(doc[3]), _named_maker(doc[10])
    (True, False)
    """
    return any(m.pos_ == "PROPN" and m.ent_type_ in OWNER_ENTITY_TYPES for m in _makers(noun)[1])


def _opens_with_question_word(node) -> bool:
    """Whether the clause ``node`` heads opens with a question word, after a preposition if any
    (``what the deal should cover``, ``over which detainees should be freed``), not ``that`` (the
    tagger may call it a question word), nor the ``why`` of an explanation (``which is why ...``), nor
    a relative pronoun fronted before the verb of a relative clause the clause hangs on (``grievances
    which its envoy said had to be addressed``: a question follows the word that governs it; ``asked
    Lee what she thinks Osteria must give up`` stays a question).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They argued about how the detainees must be freed.")
    >>> _opens_with_question_word(doc[8])
    True
    >>> doc = nlp.bare_nlp()("They listed grievances which their envoy said had to be heard.")
    >>> _opens_with_question_word(doc[7])
    False
    """
    words = [t for t in node.subtree if t.i < node.i][:2]
    if words and words[0].tag_ == "IN" and words[0].lower_ not in ("that", "if"):
        words = words[1:]
    return bool(words) and words[0].tag_ in ("WP", "WDT", "WRB") and words[0].lower_ not in ("why", "that") \
        and not (words[0].i < node.head.i and node.head.dep_ == "relcl")


def commentators_view(cue: Match, doc) -> bool:
    """Whether a cue is in what commentators say or think (``analysts say Osteria must lift the
    embargo``, ``..., experts said``, ``analysts say Norland might sign if ...``, ``analysts suggest a truce``):
    a view, not a term of any party.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Analysts say Osteria must free them. Norland says Osteria must free them.")
    >>> commentators_view(Match(21, 25, "must", "obligation"), doc), commentators_view(Match(58, 62, "must", "obligation"), doc)
    (True, False)
    """
    node = _cue_head_at(doc, cue.start)
    if node is None:
        return False
    if cue.subject == "holder" and any(c.dep_ == "nsubj" and c.lemma_.lower() in COMMENTATORS and not _owners(c)
                                       and not any(t.pos_ == "PROPN" for t in c.subtree) for c in node.children):
        return True  # ``analysts suggest a truce ...``: the cue is their own view (not ``analysts at Norland's ...``)
    for _ in range(DENIAL_DEPTH):
        if cue.subject == "holder" and _party_stance(node):
            return False  # ``experts note that the Norwegian side links a truce to ...``: the side's term, reported
        if node.head.i == node.i or (node.dep_ not in ("ccomp", "xcomp", "parataxis") and not (
                _opens_on_condition(node) and _guessed(node.head))):
            return False  # only what they say: ``Norland's analysts drafted a plan that ...`` is the plan's
        node = node.head
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in COMMENTATORS and not _owners(c) for c in node.children):
            return True
    return False


#: Verbs of a guess about what a party will do (``speculate``, ``guess``, ``wonder``).
SPECULATION_VERBS = language.words("speculation_verbs")


def speculated(cue: Match, doc) -> bool:
    """Whether a cue is in a guess about a party: the clause that holds it, or one it hangs from, has a
    modal of a guess (:func:`_guessed`) and is what a verb of speculating (:data:`SPECULATION_VERBS`)
    says, whoever speculates (``a columnist speculated that Osteria might ask for a truce``); a party's
    own stance under it is a guess too. Without a modal of a guess it is what the speaker reports
    (``reporters wondered why Osteria demands a truce`` is left to the other rules); so is a clause a verb
    of saying reports on the way up (``... but Norland said it might insist on ...``), and a guess whose
    subject is a pronoun, a speaker hedging an offer of their own (``"I guess we could lift the embargo
    if ..."``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A columnist speculated that Osteria might ask for a truce. Norland said Osteria might ask for a truce.")
    >>> speculated(Match(42, 49, "asks for", "demand"), doc), speculated(Match(86, 93, "asks for", "demand"), doc)
    (True, False)
    """
    node = _cue_head_at(doc, cue.start)
    if node is not None and node.dep_ == "mark":
        node = node.head  # ``... could be talked into it if X``: the conditional's clause
    guessed = False
    for _ in range(DENIAL_DEPTH + 2):  # prepositions count as steps: ``talked into letting ... if``
        if node is None or node.head.i == node.i:
            return False
        guessed = guessed or _guessed(node)
        if node.dep_ not in ("ccomp", "xcomp", "advcl", "acl", "relcl", "prep", "pobj", "pcomp"):  # ``in an editorial that``
            return False  # (not a clause joined by ``and`` or ``but``: a guess beside it is its own)
        node = node.head
        if node.lemma_.lower() in SPECULATION_VERBS and node.pos_ == "VERB":
            return guessed and not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in node.children)
        if node.lemma_.lower() in ATTRIBUTION_VERBS:
            return False  # ``Norland said it might insist on ...``: its own hedged stance, reported
    return False


#: Nouns and verbs of fear (``concerns that``, ``fears grew that``, ``Norland fears that``).
FEAR_NOUNS = language.words("fear_nouns")
FEAR_VERBS = language.words("fear_verbs")


def feared(cue: Match, doc) -> bool:
    """Whether a cue is in what someone fears a party will do: the clause that holds it (or a clause
    it is the object of) is the content of a noun of fear no party owns (``fear_nouns``: ``there are
    concerns that Osteria will push Norland to cede the valley``; not ``Norland's concern is that``,
    nor ``a concern that makes steel``, a relative clause: its subject or object is a relative
    pronoun, ``pronouns_relative``), of a verb other than ``be`` whose subject
    is one (``fears grew that ...``), or of a verb of fearing (``fear_verbs``: ``Norland fears Osteria
    will demand ...``) when the feared clause's subject is no pronoun or ``there`` (``we fear we must
    insist`` is the fearer's own). Only content clauses count (``fears grew after Osteria demanded``
    does not), and a verb of saying on the way up ends the search.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("There are concerns that Osteria will demand the valley. Norland said Osteria will demand it.")
    >>> feared(Match(37, 43, "demands", "demand"), doc), feared(Match(88, 94, "demands", "demand"), doc)
    (True, False)
    """
    node = _cue_head_at(doc, cue.start)
    for _ in range(DENIAL_DEPTH + 2):
        if node is None or node.head.i == node.i or node.dep_ not in _FEARED_DEPS:
            return False
        own = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and (c.pos_ == "PRON" or c.lower_ == "there")
                  for c in node.children)
        content = node.dep_ in ("ccomp", "acl", "relcl") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _RELATIVE for c in node.children)
        node = node.head
        if content and _fear_noun(node):
            return True
        if content and node.pos_ == "VERB" and node.lemma_.lower() != "be" \
                and (any(c.dep_ == "nsubj" and _fear_noun(c) for c in node.children)
                     or (node.lemma_.lower() in FEAR_VERBS and not own)):
            return True
        if node.lemma_.lower() in ATTRIBUTION_VERBS:
            return False
    return False


def _fear_noun(tok) -> bool:
    """Whether ``tok`` is a noun of fear (``fear_nouns``) no one owns (``Norland's concern`` is its own)."""
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in FEAR_NOUNS and not any(c.dep_ == "poss" for c in tok.children)


#: Dependencies along which a cue's clause hangs from the words that say it: a content clause, or
#: an infinitive it governs (``... will push Norland to cede``).
_FEARED_DEPS = frozenset({"ccomp", "xcomp", "acl", "relcl"})


def _guessed(verb) -> bool:
    """Whether ``verb`` has a modal of a guess (``might``, ``may``, ``could``: ``hedging_modals``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland might sign. Norland will sign.")
    >>> _guessed(doc[2]), _guessed(doc[6])
    (True, False)
    """
    return any(c.dep_ == "aux" and c.lower_ in _HEDGING_MODALS for c in verb.children)


def _party_stance(verb) -> bool:
    """Whether ``verb`` states what a named party does or holds (its subject is a name or a state's
    side: ``Norland insists``, ``the Norwegian side links``), not what it ought to do (``Norland
    should insist`` is advice) nor what it might do (``Norland might accept``, a guess: ``hedging_modals``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland insists on a truce. Norland should insist on a truce.")
    >>> _party_stance(doc[1]), _party_stance(doc[8])
    (True, False)
    """
    if any(c.dep_ == "aux" and c.lemma_.lower() in OBLIGATION_MODALS for c in verb.children) or _guessed(verb):
        return False  # ``should insist`` is advice, ``might accept`` a guess
    return any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or side_noun_at(c) is not None) for c in verb.children)


#: Modals of a guess (``might``, ``may``, ``could``; not ``would``, reported speech's ``will``): what a
#: commentator says a party might do.
_HEDGING_MODALS = language.words("hedging_modals")


def past_fact(seg) -> bool:
    """Whether a list's item is a clause told in the past tense, a fact (``- The truce was holding.``,
    ``- Osteria withdrew its troops.``), or a noun a past clause describes (``- a truce that lasted a
    decade``, ``- an embargo lifted in 1995``), not a term (``- Both sides would halt fire.``, ``- A truce.``).

    >>> from helpers import nlp
    >>> [past_fact(nlp.bare_nlp()(t)[:]) for t in ("The truce was holding.", "Both sides would halt fire.")]
    [True, False]
    >>> [past_fact(nlp.bare_nlp()(t)[:]) for t in ("a truce that lasted a decade", "an embargo lifted in 1995",
    ...                                           "a truce that lasts a year", "an embargo lifted within a month")]
    [True, True, False, False]
    """
    root = seg.root
    if any(c.dep_ == "conj" and c.tag_ in ("VBZ", "VBP") for c in root.children):
        return False  # ``- The deal was signed and involves the return of ...``: what it holds now
    if root.pos_ in ("NOUN", "PROPN"):  # ``- a truce that lasted a decade``, ``- an embargo lifted in 1995``
        return any(_past_of_its_own(c) for c in root.children)
    return root.pos_ in ("VERB", "AUX") and (root.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_ == "be" for c in root.children))


def _past_of_its_own(clause) -> bool:
    """Whether a clause that describes a list item's noun tells what that noun did or underwent at a
    time now past: a relative clause in the past whose subject is the relative pronoun, with a date or a
    span of time (``a truce that lasted a decade``), or a participle with a past date (``an embargo
    lifted in 1995``); not what a party did to it (``detainees that Norland seized``, ``a truce that
    Norland offered last week``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("a truce that lasted a decade")
    >>> _past_of_its_own(doc[3]), _past_of_its_own(nlp.bare_nlp()("a truce that Norland offered last week")[4])
    (True, False)
    """
    if clause.dep_ == "relcl" and clause.tag_ == "VBD":
        return any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in clause.children) \
            and any(t.ent_type_ == "DATE" or t.lemma_.lower() in TIME_UNITS for t in clause.subtree)
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and any(map(_past_date, clause.subtree))


DEED_NOUNS = language.words("deed_nouns")
DEED_VERBS = language.words("deed_verbs")
#: Nouns of what has happened (``history``, ``timeline``): a list they open tells past events.
HISTORY_NOUNS = language.words("history_nouns")
#: Nouns of a list's items (``terms``, ``steps``, ``points``: the plans module's ``list_item_nouns``): an
#: opener that names them lists terms.
LIST_OPENER_NOUNS = frozenset(LIST_ITEM_NOUNS)


def deeds_listed(opener) -> bool:
    """Whether a list's opener announces deeds a side has done (``the gestures of goodwill made by
    the front, among them:``, ``the steps it has taken:``) or past events (``their history, in brief:``:
    ``history_nouns``): its items are facts, not terms (unlike ``the steps it wants:``).

    >>> from helpers import nlp
    >>> [deeds_listed(nlp.bare_nlp()(t)[:]) for t in ("He listed the acts of goodwill taken by the group:",
    ...                                               "He listed the steps the group has taken:",
    ...                                               "He listed the steps the group wants:")]
    [True, True, False]
    """
    if any(t.lemma_.lower() in HISTORY_NOUNS and t.pos_ == "NOUN" for t in opener) and not any(
            t.lemma_.lower() in DEMAND_NOUNS | GOAL_NOUNS | DOCUMENT_NOUNS | LIST_OPENER_NOUNS
            or (t.pos_ == "VERB" and t.lemma_.lower() in DEMAND_VERBS) for t in opener):
        return True  # ``their history, in brief:``: past events (not ``a timeline for the steps it wants:``)
    for tok in opener:
        if tok.lemma_.lower() not in DEED_VERBS or tok.dep_ not in ("acl", "relcl"):
            continue
        noun = tok.head  # ``gestures of goodwill made``: the parse may hang the verb on the ``of`` noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head if noun.head.head.lemma_.lower() in DEED_NOUNS else noun
        if noun.lemma_.lower() not in DEED_NOUNS:
            continue
        aux = [c for c in tok.children if c.dep_ == "aux"]
        if any(c.dep_ == "prt" for c in tok.children) or any(c.tag_ == "MD" for c in aux):
            continue  # ``taken up by``, ``the steps it should have taken``: no deed done
        if tok.tag_ == "VBN" and (tok.dep_ == "acl" or any(c.lemma_ == "have" for c in aux)):
            return True
    return False


def outlet_question(sent, quotes: list[dict]) -> bool:
    """Whether a sentence is the outlet's question (``Will Norland demand a truce?``): it asks,
    it sets no term. A question inside a quote is the speaker's, and may state one."""
    text = sent.text.rstrip().rstrip("\"'\u201d\u2019 ")
    return text.endswith("?") and _innermost(quotes, sent.end_char - 1, sent.end_char) is None \
        and _innermost(quotes, sent.start_char, sent.start_char + 1) is None


def complied_with(cue: Match, doc) -> bool:
    """Whether a noun cue (``conditions``, ``terms``) is what a verb of keeping or breaking a deal
    takes (``Osteria's failure to comply with the conditions of the old accord``, ``breached the
    terms``): the terms of a deal in force, which no one sets here.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria violated the terms of the truce.")
    >>> complied_with(Match(21, 26, "precondition", "demand"), doc)
    True
    """
    tok = _token_at(doc, cue.start)
    if tok is None or tok.pos_ != "NOUN":
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    return tok.dep_ in ("dobj", "pobj", "nsubjpass") and head.lemma_.lower() in COMPLIANCE_VERBS


def _dated(noun) -> bool:
    """Whether a document noun is dated to the past: a year (``the 2019 accord``, ``the accord of 2019``)
    or a marker of :data:`PAST_DOCUMENT_MARKERS` (``the previous deal``) among its modifiers.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The accord of 2019 held. The accord of Lakeport held.")
    >>> _dated(doc[1]), _dated(doc[7])
    (True, False)
    """
    return any(_year(c) or c.lower_ in PAST_DOCUMENT_MARKERS
               for c in noun.children if c.dep_ in ("nummod", "compound", "amod", "poss", "npadvmod")) \
        or any(_year(g) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _dated_to_year(verb) -> bool:
    """Whether a verb is dated by a date with its year (``sealed a truce on May 12, 1994``, ``signed the
    accord in March 2001``, ``in 1994``): the object of ``on`` or ``in`` is the year itself or a month
    with the year on it. News of the week writes the day alone (``signed a truce on Monday``) and the
    wire writes a year only for a date of another year, so such a deal is retold history. What was
    agreed ``on`` (``agreed on a return to the 1994 borders``) is no date.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They signed a truce on May 12, 1994. They signed a truce on Monday. They agreed on the 1994 line.")
    >>> _dated_to_year(doc[1]), _dated_to_year(doc[11]), _dated_to_year(doc[17])
    (True, False, False)
    """
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (_year(obj) or (obj.lower_ in _MONTHS and any(_year(t) for t in obj.subtree))):
                return True
    return False


#: Month names and their abbreviations (``May``, ``Dec.``): a date's head noun.
_MONTHS = language.MONTH_NAMES | language.MONTH_ABBREVIATIONS


def _year(tok) -> bool:
    """Whether ``tok`` is a year of the last two centuries (``2019``)."""
    return tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def past_document(cue: Match, doc) -> bool:
    """Whether a document's cue describes a past deal, not terms set now: the verb it governs is in
    the simple past and the document is dated (``the 2019 deal, which required Osteria to free the
    detainees, collapsed``; ``under the previous accord, Osteria withdrew its troops``; ``the 1994
    accord, in which Osteria agreed to ...``; for an agreement's cue, a deal sealed ``on May 12, 1994``:
    :func:`_dated_to_year`);
    ``under the 2019 accord, Osteria must withdraw`` still states a term.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The 2019 deal required a truce. The 2019 deal requires a truce.")
    >>> past_document(Match(14, 22, "stipulates", "demand"), doc), past_document(Match(46, 54, "stipulates", "demand"), doc)
    (True, False)
    """
    if cue.kind not in ("document", "requirement", "demand", "proposal", "list", "agreement"):
        return False
    tok = _token_at(doc, cue.start)
    if tok is None:
        return False
    verb = _cue_head(tok)
    if cue.kind == "agreement":  # ``the 1994 accord, in which Norland agreed to ...``: what a dated text held
        return verb.tag_ == "VBD" and (verb.dep_ == "relcl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS
                                       and _dated(verb.head) or _dated_to_year(verb))
    if cue.kind == "document":  # ``under the 2019 accord, Osteria withdrew``: the verb the phrase hangs on
        verb = tok.head
    if verb.tag_ != "VBD":
        return False
    nouns = [t for t in verb.subtree if t.lemma_.lower() in DOCUMENT_NOUNS and t.head.i in (verb.i, tok.i)]
    nouns += [verb.head] if verb.dep_ == "relcl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS else []
    return any(_dated(n) for n in nouns)


def describes_actor(obj: Match, doc, mentions: list[dict], cues=()) -> bool:
    """Whether category words lie in a relative clause set off by a comma after an actor's name
    (``demanded that Osteria, which hosts thousands of refugees, take part``): they describe the
    actor, they are not what is asked; unless the clause demands, offers or says something
    (``Norland, which wants the valley back,``, ``Osteria, which would free the detainees,``,
    ``Osteria, whose envoy called for a truce,``: a verb of demanding or saying, ``would`` or
    ``will``, or one of ``cues``, the starts of the sentence's condition cues, inside it).

    >>> from helpers import nlp
    >>> text = "Norland demanded that Osteria, which hosts many refugees, take part."
    >>> doc, at = nlp.bare_nlp()(text), text.index("refugees")
    >>> describes_actor(Match(at, at + 8, "humanitarian", "object"), doc, [dict(start=22, end=29)])
    True
    """
    tok = _token_at(doc, obj.start)
    clause = next((a for a in ([tok, *tok.ancestors] if tok is not None else []) if a.dep_ == "relcl"), None)
    if clause is None or clause.head.i == clause.i or clause.left_edge.i == 0 \
            or clause.lemma_.lower() in DEMAND_VERBS | ATTRIBUTION_VERBS or said_with_obligation(clause) \
            or any(c.dep_ == "aux" and c.lower_ in _DOCUMENT_MODALS for c in clause.children) \
            or any(doc[clause.left_edge.i].idx <= c < doc[clause.right_edge.i].idx for c in cues):
        return False  # ``Norland, which wants the valley back, ...``: the actor's own demand
    named = clause.head
    return doc[clause.left_edge.i - 1].text == "," and named.pos_ == "PROPN" and any(
        m["start"] <= named.idx < m["end"] for m in mentions)


def _dropped_plan(cue: Match, doc) -> bool:
    """Whether a cue is a plan's noun that a verb of giving up takes (``in exchange for Osteria
    dropping its plan to build a base``): the plan is the term, not a proposal of its owner."""
    if cue.kind not in ("proposal", "list", "document", "demand"):
        return False
    tok = _token_at(doc, cue.start)
    return tok is not None and tok.pos_ == "NOUN" and _dropped(tok)  # also ``dropped its demand for ...``


def _clues(article: Article, sent, objects: list[Match], previous, lead=()) -> list[Clue]:
    """One clue per category match of a sentence, with the sentence's usable cues (a plan's item,
    whose ``lead`` is its list's opener and the segments before it, is a list of terms by itself)."""
    taxonomy = article.taxonomy
    if outlet_question(sent, article.quotes):
        return []
    kept = _cues_in(sent, taxonomy, kinds={"kept"})
    threats = _cues_in(sent, taxonomy, kinds={"threat"})
    conditionals = _cues_in(sent, taxonomy, kinds={"conditional"})
    objects = [o for o in objects if o.kind == TALKS_KIND or not conditioned(o, sent.doc)
               or _kept_measure(o, kept, sent.doc) or _threatened(o, threats, sent.doc)
               or _measure_verb_on_condition(o, sent.doc, conditionals) is not None
               or _accepted_on_condition(o, sent.doc, conditionals, objects) is not None]
    all_cues = _cues_in(sent, taxonomy)
    objects = [o for o in objects if not framed_by_terms(o, objects, sent.doc) and not set_aside(o, sent.doc)
               and not describes_actor(o, sent.doc, article.mentions, [c.start for c in all_cues])]
    spans = [(o.start, o.end) for o in objects if not o.gapped]  # lemmas far apart hold other words, not a term's own
    cues = [c for c in all_cues
            if c.kind != "list_noun" and (c.kind in ("imperative", "kept", "obligation") or _owned_demand(c, sent.doc, article.mentions)
                                          or not any(s <= c.start and c.end <= e and e - s > c.end - c.start
                                                     for s, e in spans))]  # a cue inside a longer term is part of it
    cues = [c for c in outermost(cues + document_pronoun_modal(sent) + document_pronoun_content(sent) + document_verb(sent))
            if _usable(c, sent.doc)]
    pledges = [c for c in party_pledge(sent, article.mentions) if _usable(c, sent.doc)]
    if previous is None or not find_cues(previous.text, 0, taxonomy, kinds={"list_noun"}):
        cues = [c for c in cues if c.kind != "anaphora"]
    if lead and not past_fact(sent) and not deeds_listed(lead[0]):
        cues = [Match(sent.start_char, sent.start_char, "plan item", "list")] + cues
    return [Clue(article, sent, obj, cues, previous, lead=list(lead), others=objects, pledges=pledges)
            for obj in objects]


def _owned_demand(cue: Match, doc, mentions: list[dict]) -> bool:
    """Whether a demand cue is a demand noun with a named owner (``Osteria's territorial demands``, ``the
    territorial demands of Osteria``): inside the term's words it still says who demands it, so it stays a
    cue (``Norland refused Osteria's territorial demands`` -> Osteria); an unowned one (``territorial
    demands``) is only part of the term."""
    noun = _token_at(doc, cue.start) if cue.kind == "demand" else None
    if noun is None or noun.lemma_.lower() not in DEMAND_NOUNS:
        return False
    return _first_mention(_makers(noun)[1], mentions) is not None


#: Verbs whose ``it`` holds a view or a later clause (``it would be unwise``, ``it would take years to``).
_EXTRAPOSITION_VERBS = language.words("extraposition_verbs")
#: The modals with which a document sets out what it would do (``the plan would cap ...``).
_DOCUMENT_MODALS = language.words("document_modals")


def document_pronoun_modal(sent) -> list[Match]:
    """``It would cap Osteria's army``, where ``it`` opens the sentence and the sentence before has a
    document as its subject or as what its verb presents (:func:`_document_before`: ``Norland's plan was
    leaked.``, ``Norland unveiled a plan.``): the document's ``would``/``will`` sets out its
    terms, as ``the plan would`` does (the ``envisions`` cue), as a cue Match of kind ``proposal``.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The draft was leaked. It would cap the army. The talks ended. It would rain. "
    ...                      "The draft was leaked. It would be unwise. The draft was leaked. It would take years.")
    >>> [len(document_pronoun_modal(s)) for s in doc.sents]
    [0, 1, 0, 0, 0, 0, 0, 0]
    """
    subjects = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ != "it" or subjects[0].dep_ != "nsubj":
        return []
    it = subjects[0]
    if it.head.pos_ != "VERB" or it.head.lemma_.lower() in _EXTRAPOSITION_VERBS:
        return []  # ``It would be unwise to ...``: a view, not the document's content
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in it.head.children):
        return []  # ``It would have freed ...``: what a dropped document would have done
    modal = next((c for c in it.head.children if c.dep_ == "aux" and c.lower_ in _DOCUMENT_MODALS and c.i > it.i), None)
    if modal is None or _document_before(it) is None:
        return []
    return [Match(modal.idx, modal.idx + len(modal), "envisions", "proposal")]


#: Verbs with which ``it`` opening a sentence sets out what a document named just before holds, each with
#: the particle it needs, if any (``calls for``, ``consists of``; ``involves``: none).
_PRONOUN_CONTENT_VERBS = {w.split()[0]: " ".join(w.split()[1:])
                          for w in language.words("condition_pronoun_content_verbs")}


def document_pronoun_content(sent) -> list[Match]:
    """``Norland unveiled a plan on Monday. It involves a truce and ...``: ``it`` opening a sentence
    whose verb sets out a content in the present tense (:data:`_PRONOUN_CONTENT_VERBS`: involves,
    includes, calls for; or one with which a document sets a term, :data:`DOCUMENT_TERM_VERBS`), right
    after a sentence with a document as its subject or as what its main verb writes, presents or
    concludes (:func:`_pronoun_document`: ``signed an accord. It includes ...``; ``signed two accords.
    They include ...``; not one yet to exist: ``any deal``), lists the document's terms, as ``the
    plan involves`` does: a cue Match of kind ``proposal`` at the verb. After
    a sentence with no document (``The harvest failed. It involves ...``) or in the past tense (``It
    included ...``: what it held), none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland unveiled a plan. It involves a truce. The harvest failed. It involves a truce. "
    ...                      "Norland unveiled a plan. It included a truce.")
    >>> [len(document_pronoun_content(s)) for s in doc.sents]
    [0, 1, 0, 0, 0, 0]
    """
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ not in _CONTENT_PRONOUN_TAGS or first.dep_ != "nsubj":
        return []
    verb = first.head
    if verb.tag_ != _CONTENT_PRONOUN_TAGS[first.lower_] \
            or verb.lemma_.lower() not in _PRONOUN_CONTENT_VERBS.keys() | DOCUMENT_TERM_VERBS:
        return []  # (``It creates a panel``, ``It lifts the bans``: what a document does, as its noun would)
    particle = _PRONOUN_CONTENT_VERBS.get(verb.lemma_.lower(), "")
    if particle and not any(c.dep_ in ("prep", "mark") and c.lower_ == particle for c in verb.children):
        return []  # ``it calls the envoy``: no content set out
    return [Match(verb.idx, verb.idx + len(verb), "envisions", "proposal")] if _pronoun_document(first) is not None else []


#: The pronouns that may open a sentence on a document's content, each with the tag of its present-tense
#: verb: ``It includes ...`` after one document, ``They include ...`` after several.
_CONTENT_PRONOUN_TAGS = {"it": "VBZ", "they": "VBP"}


def _pronoun_document(pronoun):
    """The document a content pronoun (``it``, ``they``) stands for: the one the sentence before has as
    its subject, or as the object of a verb that writes, presents or concludes it (``AUTHOR_VERBS``,
    ``concluding_verbs``: ``Norland and Osteria signed two accords. They include ...``; a ``they`` with a
    verb of setting terms that is no verb of content, ``They keep ...``, only the object: after a subject
    it is as often that document's readers), of the pronoun's number (``they``: a plural noun), not one
    left unsigned or only possible (:func:`_unrealised`); else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland and Osteria signed two accords. They include a truce. "
    ...                      "Norland and Osteria signed an accord. They include a truce.")
    >>> _pronoun_document(doc[7]).text, _pronoun_document(doc[19])
    ('accords', None)
    """
    verbs = AUTHOR_VERBS | CONCLUDING_VERBS
    before = _segment_around(pronoun, 1)
    if pronoun.lower_ == "they" and pronoun.head.lemma_.lower() not in _PRONOUN_CONTENT_VERBS:
        paper = _document_object(before, verbs) if before is not None else None  # ``They keep ...``: as often people
    else:
        paper = _document_before(pronoun, verbs)
    if paper is None or (paper.tag_ in ("NNS", "NNPS")) != (pronoun.lower_ == "they") or _unrealised(paper.head):
        return None
    return paper


def _unrealised(verb) -> bool:
    """Whether ``verb`` (that writes or signs a document) is negated, only possible or only owed (``did not
    sign``, ``could sign``, ``must sign``: ``weighing_modals``, ``condition_obligation_modals``): the document
    then sets no one's terms.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They signed a pact. They did not sign a pact. They could sign a pact.")
    >>> [_unrealised(s.root) for s in doc.sents]
    [False, True, True]
    """
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _WEIGHING_MODALS | OBLIGATION_MODALS)
               for c in verb.children)


def _content_pronoun_document(tok):
    """The document an ``it`` (or a ``they``) stands for when it opens a sentence that sets out a content
    (:func:`document_pronoun_content`: ``It involves a truce``) right after a sentence with that
    document as its subject or its main verb's object (:func:`_pronoun_document`), else None (``It wants
    a truce`` is a party's).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland unveiled a plan. It involves a truce. Norland unveiled a plan. It wants a truce.")
    >>> _content_pronoun_document(doc[5]).text, _content_pronoun_document(doc[15])
    ('plan', None)
    """
    if tok.lower_ not in _CONTENT_PRONOUN_TAGS or not document_pronoun_content(_segment_around(tok)):
        return None
    return _pronoun_document(tok)


def _document_before(tok, verbs=None):
    """The document the segment before ``tok``'s names as its subject or as what its main verb writes or
    presents (:func:`_document_subject`, :func:`_document_object`; ``verbs``: the verbs that may take it,
    :data:`AUTHOR_VERBS` when not given), else None."""
    before = _segment_around(tok, 1)
    if before is None:
        return None
    subject = _document_subject(before)
    return subject if subject is not None else _document_object(before, verbs)


def _document_object(seg, verbs=None):
    """The document noun that is the direct object of the segment's root verb when that verb writes or
    presents it (``verbs``, else :data:`AUTHOR_VERBS`: ``Norland unveiled a plan``), not one yet to exist,
    else None (``Osteria studied the plan``: the ``it`` after it may be Osteria's)."""
    if seg.root.lemma_.lower() not in (AUTHOR_VERBS if verbs is None else verbs):
        return None
    return next((c for c in seg.root.children if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS
                 and not _yet_to_exist(c)), None)


def document_verb(sent) -> list[Match]:
    """``Norland's draft limits Osteria's army to 50,000 troops``: a document (not one yet to exist:
    ``any deal``) as the subject of a verb of setting terms (:data:`DOCUMENT_TERM_VERBS`) in the present
    tense (:func:`_document_tense`), or of such a verb joined to its verb by
    ``and`` or ``but``, says what it sets out, as ``the plan envisions`` does; a cue Match of kind
    ``proposal`` at the verb (a past tense tells what a document did; ``the declaration paves the way`` sets nothing).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The draft limits the army. The draft limited the army. Any deal limits the army.")
    >>> [len(document_verb(s)) for s in doc.sents]
    [1, 0, 0]
    """
    found = []
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.lemma_.lower() not in DOCUMENT_NOUNS or _yet_to_exist(tok):
            continue
        for verb in (tok.head, *tok.head.conjuncts):  # ``waives the claims and sets up a fund``: one subject
            if verb.lemma_.lower() in DOCUMENT_TERM_VERBS and _document_tense(verb) and not _verb_idiom(verb) \
                    and (verb.i == tok.head.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
                found.append(Match(verb.idx, verb.idx + len(verb), "envisions", "proposal"))
    return found


#: Nouns that make a document's verb an idiom of effect (``sets the stage for``, ``opens the door to``).
_VERB_IDIOM_NOUNS = language.words("document_verb_idiom_nouns")


def _verb_idiom(verb) -> bool:
    """Whether ``verb``'s object, or the noun of a preposition on it, makes it an idiom of what a document
    brings about rather than a term it sets (:data:`_VERB_IDIOM_NOUNS`: ``sets the stage for talks``,
    ``places Osteria in a bind``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The accord sets the stage for talks. The accord sets the border.")
    >>> _verb_idiom(doc[2]), _verb_idiom(doc[10])
    (True, False)
    """
    return any(n.lemma_.lower() in _VERB_IDIOM_NOUNS for n in _verb_nouns(verb))


def _verb_nouns(verb) -> list:
    """The direct objects of ``verb`` and the nouns of the prepositions on it (``agreed on a truce``).

    >>> from helpers import nlp
    >>> [t.text for t in _verb_nouns(nlp.bare_nlp()("They signed a deal in the capital.")[1])]
    ['deal', 'capital']
    """
    return [c for c in verb.children if c.dep_ == "dobj"] + \
        [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]


def _document_tense(verb) -> bool:
    """Whether ``verb`` tells what a document does now: the present tense (``the accord lifts the bans``),
    not negated; a past tense tells what it did (``the accord lifted the bans in 1990``), and a future is
    read by the cues of what a document would do (``would lift``), which know its effects from its terms.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The accord lifts the bans. The accord does not lift the bans. The accord lifted the bans.")
    >>> [_document_tense(doc[i]) for i in (2, 9, 15)]
    [True, False, False]
    """
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "neg" for c in verb.children)


#: The modals of a pledge (``Osteria will free the detainees``) and the verbs whose ``will`` pledges no
#: term (``will meet``, ``will visit``: a plan of the talks or a trip; ``will decide``: a step still open).
PLEDGE_MODALS = language.words("pledge_modals")
#: Verbs of intention whose infinitive a party pledges as it does after ``will`` (``Osteria intends to free them``).
PLEDGE_INTENTION_VERBS = language.words("pledge_intention_verbs")
NO_PLEDGE_VERBS = language.words("no_pledge_verbs")


def party_pledge(sent, mentions: list[dict]) -> list[Match]:
    """``Osteria will free the detainees`` (or ``intends to free``: :func:`_pledge_verbs`): a party named (an actor mention, a party's noun as the ``expects``
    cue reads it: ``the rebels``, ``the government``, or parties named by a counted noun: ``both sides``) or
    the speaker's own ``we`` or ``I`` as the subject of an active, unnegated verb with a modal of
    :data:`PLEDGE_MODALS`, or of ``is to`` (:func:`_pledge_verbs`), pledges the step the verb names, as
    ``commits to`` does; a cue Match of kind ``commitment`` at the modal. A thing (``the truce will hold``),
    a passive (``the detainees will be freed``: no one named pledges), a refusal (``will not withdraw``,
    ``neither ... nor``), a verb of talks, travel, fault or opposition (:data:`NO_PLEDGE_VERBS`, ``will
    veto``, ``is to blame``), a schedule (``will free them next week``: :func:`dated_soon`) or what someone
    hopes or fears another will do is none. A ``he``, ``she`` or ``they``, or a party's ``it``, pledges only
    as what a party says of itself (:func:`_said`: ``Osteria says it will free them``; not ``they will free
    them, Lee said``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("We will free the detainees. The truce will hold. "
    ...                      "They will not withdraw. We will meet again.")
    >>> [len(party_pledge(s, [])) for s in doc.sents]
    [1, 0, 0, 0]
    """
    found = []
    for aux, verb in _pledge_verbs(sent):
        clause = verb if aux.head.i == verb.i else aux  # ``is to free``: the clause is the ``be``'s
        if verb.pos_ != "VERB" or verb.lemma_.lower() in NO_PLEDGE_VERBS | REJECTION_VERBS or dated_soon(verb) \
                or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for t in {verb, clause} for c in t.children) \
                or _has_conditional(verb) or _has_conditional(clause):
            continue  # ``will impose sanctions if necessary``: the condition is the term, if any
        said = _said(clause)
        if clause.dep_ == "ccomp" and not said:
            continue  # ``Norland hopes Osteria will free them``: no one's pledge
        subject = _pledging_subject(clause)
        if subject is not None and subject.lower_ in _THING and said:
            subject = _pledging_subject(clause.head)  # ``Osteria says it will free them``: the sayer's own pledge
            if subject is not None and (_token_mention(subject, mentions) or {}).get("type") == "person":
                continue  # ``Lee said it will ...``: a person's ``it`` is a thing
        if subject is None or _neither(subject) or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            continue
        own_word = said and clause.head.i < subject.i and subject.lower_ in _PERSONAL | _PLURAL  # ``X says they will``
        if not (subject.lower_ in _FIRST_PERSON or own_word
                or (subject.lower_ not in _THING and (_token_mention(subject, mentions) or _named_parties(subject)
                                                      or subject.lemma_.lower() in _PARTY_NOUNS))):
            continue
        found.append(Match(aux.idx, aux.idx + len(aux), "commits", "commitment"))
    return found


def _pledge_verbs(sent):
    """The (modal, verb) pairs of a segment that may pledge: a modal of :data:`PLEDGE_MODALS` before its verb
    (``will free``), a form of ``be`` with its ``to`` infinitive (``Osteria is to free them``, a plan
    told as the party's own) and a verb of :data:`PLEDGE_INTENTION_VERBS` in the present, with no auxiliary,
    with its (``Osteria intends to free them``; not ``had intended``, ``aimed``, ``may intend``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria will free them. Osteria is to free them. Osteria is free. Osteria intends to free them.")
    >>> [(a.text, v.text) for a, v in _pledge_verbs(doc[:])]
    [('will', 'free'), ('is', 'free'), ('intends', 'free')]
    """
    for tok in sent:
        if tok.dep_ == "aux" and tok.lower_ in PLEDGE_MODALS and tok.head.i > tok.i:
            yield tok, tok.head
        elif (tok.lemma_ == "be" and tok.dep_ != "aux") or (
                tok.lemma_.lower() in PLEDGE_INTENTION_VERBS and tok.tag_ in ("VBZ", "VBP")
                and not any(c.dep_ == "aux" for c in tok.children)):  # ``intends to``; not ``had intended``
            yield from ((tok, c) for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))


def _said(verb) -> bool:
    """Whether ``verb`` is what an unnegated verb of saying reports (``Osteria says it will free them``: its
    ``it`` is the sayer), any of the quote module's cues.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee says it will free them. It will free them.")
    >>> [_said(t) for t in doc if t.lower_ == "free"]
    [True, False]
    """
    from ..quotes.cues import saying_verb
    head = verb.head
    return verb.dep_ == "ccomp" and saying_verb(head) and not any(c.dep_ == "neg" for c in head.children)


def _named_parties(subj) -> bool:
    """Whether a plural noun of parties is one that can stand for parties named before it (``both sides``,
    ``the two countries``, ``the warring sides``: :func:`_counted_pair`, :func:`_dispute_parties`), as a
    subject of ``agreed`` can (:func:`_agreeing_party`); a plain ``the sides`` names none. Which parties,
    if any, is the holder rules' question (:func:`parties_named_before`)."""
    return _party_noun(subj) and bool(_counted_pair(subj) or _dispute_parties(subj))


def _pledging_subject(verb):
    """The active subject of ``verb``, or of the verb it is joined to by ``and`` (:func:`_clause_subjects`)."""
    return next((c for c in _clause_subjects(verb) if c.dep_ == "nsubj"), None)


def _clause_subjects(verb) -> list:
    """The subjects of ``verb``, or, when it has none, of the verb it is joined to by ``and`` (``will
    withdraw and free``, ``agreed and signed``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria will withdraw and free them.")
    >>> [t.text for t in _clause_subjects(doc[4])]
    ['Osteria']
    """
    node = verb
    while not any(c.dep_ in _SUBJECT_DEPS for c in node.children) and node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return [c for c in node.children if c.dep_ in _SUBJECT_DEPS]


def _usable(cue: Match, doc) -> bool:
    """Whether a cue states a term: not unsaid, denied or asked, a dropped plan, a speech act, a
    demand complied with, a past document, a commentator's view or a guess, a forecast, a measure kept
    until a date, or a claim of a business or a sporting body."""
    return not (unsaid(cue, doc) or _dropped_plan(cue, doc) or speech_act(cue, doc) or denied_or_asked(cue, doc)
                or complied_with(cue, doc) or past_document(cue, doc) or commentators_view(cue, doc)
                or speculated(cue, doc) or feared(cue, doc) or forecast(cue, doc) or _kept_until_date(cue, doc) or _narrated_obligation(cue, doc)
                or _unheld_document(cue, doc) or _armed_forces(cue, doc) or _indicated(cue, doc) or _commercial_demander(cue, doc)
                or _fragment_with_verb(cue, doc))


def _fragment_with_verb(cue: Match, doc) -> bool:
    """Whether a refusal cue that opens on a determiner (``No limits on our army.``: a red line said as
    a sentence with no verb) stands before a finite verb of its own clause, up to a comma: ``No country
    recognised the annexation``, ``No unit withdrew from the valley`` tell facts, they refuse nothing
    (``No veto on our right to choose allies`` is a red line).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("No limits on our army, Lee said. No unit withdrew from the valley.")
    >>> cue = lambda at: Match(at, at + 3, "no X", "refusal")
    >>> _fragment_with_verb(cue(0), doc), _fragment_with_verb(cue(33), doc)
    (False, True)
    """
    tok = _token_at(doc, cue.start)
    if cue.kind != "refusal" or tok is None or tok.pos_ != "DET":
        return False
    for t in doc[tok.i + 1:tok.sent.end]:
        if t.text == "," or t.is_quote:
            return False
        if t.tag_ in FINITE_TAGS:
            return True  # ``No unit withdrew``; not ``No veto on its right to choose``
    return False


#: Tags of a finite verb or modal: a clause of its own (an infinitive or a participle is none).
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


#: Verbs of proposing that only indicate when words or signs are their subject (``the remarks suggested``).
INDICATING_VERBS = language.words("indicating_verbs")
#: Words or signs (lemmas) that, as such a verb's subject, indicate rather than propose.
INDICATING_SUBJECTS = language.words("indicating_subjects")


def _indicated(cue: Match, doc) -> bool:
    """Whether a cue of proposing is a verb of suggesting whose subject is words or signs
    (:data:`INDICATING_SUBJECTS`): ``the remarks suggested the talks would go on`` tells what the
    remarks show, no one proposes it (``Lee suggested the talks go on`` does).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The remarks suggested a pause. Lee suggested a pause.")
    >>> _indicated(Match(12, 21, "proposes", "proposal"), doc), _indicated(Match(35, 44, "proposes", "proposal"), doc)
    (True, False)
    """
    tok = _token_at(doc, cue.start)
    return tok is not None and _indicating(tok)


def _indicating(verb) -> bool:
    """Whether ``verb`` is a verb of suggesting with words or signs as its subject (:func:`_indicated`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Her remarks suggest a pause. Lee suggests a pause.")
    >>> _indicating(doc[2]), _indicating(doc[7])
    (True, False)
    """
    return verb.lemma_.lower() in INDICATING_VERBS \
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in INDICATING_SUBJECTS for c in verb.children)


#: Businesses and sporting bodies, whose demands are claims of commerce, law or sport (``a firm``, ``a federation``).
COMMERCIAL_BODY_NOUNS = language.words("commercial_body_nouns")
#: Those who act for a business (``lawyers for an exporter``, ``shareholders of a company``).
BUSINESS_AGENT_NOUNS = language.words("business_agent_nouns")


def _commercial_demander(cue: Match, doc) -> bool:
    """Whether a demand's subject is a business or a sporting body (:data:`COMMERCIAL_BODY_NOUNS`), or
    those who act for one (``lawyers for an exporter``, ``shareholders of a holding company``): a claim of
    commerce, law or sport, whatever words of terms it uses (``a dairy firm called for a 'ceasefire' in
    its price war``, ``the football federation demanded security guarantees``), not a party's term. A
    name or a state's possessive over the noun still names no party here: the state's firm is not the
    state (``Osteria's largest firm``); a name that ends in such a word is none (``the Osterian Federation``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("A property firm demanded a truce. The government demanded a truce.")
    >>> [_commercial_demander(Match(t.idx, t.idx + 8, "demands that", "demand"), doc) for t in doc if t.lower_ == "demanded"]
    [True, False]
    """
    if cue.kind not in ("demand", "stance", "proposal", "refusal"):
        return False
    node = _cue_head_at(doc, cue.start)
    if node is None:
        return False
    subject = next(iter(_clause_subjects(node)), None)
    if subject is None or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children):
        return False  # ``the head of the federation, Karl Vos, demanded``: a person the text names
    heads = [subject] + [p for prep in subject.children if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                         and subject.lemma_.lower() in BUSINESS_AGENT_NOUNS
                         for p in prep.children if p.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in COMMERCIAL_BODY_NOUNS for t in heads)  # not ``the Russian Federation``


def _armed_forces(cue: Match, doc) -> bool:
    """Whether a cue of making someone do something reads the noun ``forces`` as the verb (``that
    Norland's forces return to their barracks``): troops, not a verb of pressure, as a word with an
    owner, an article or a modifier of its own shows (the tagger may call the verb a noun too).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee said that Kim's forces return to base. Lee forces Kim to sign.")
    >>> [_armed_forces(Match(t.idx, t.idx + len(t), "pressures into", "demand"), doc) for t in (doc[5], doc[11])]
    [True, False]
    """
    if cue.kind != "demand":
        return False
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand") or ()
    words = [t for t in span if t.lemma_.lower() == "force" or t.lower_.startswith("forc")]
    return bool(words) and all(any(c.dep_ in ("poss", "det", "amod") for c in t.children) for t in words)


def _unheld_document(cue: Match, doc) -> bool:
    """Whether a document cue opens on its noun (``a deal that would ...``) where the noun names no
    one's document: one yet to exist (``any deal``) or one a party rejects or receives (``rejects
    the plan that would ...``): what such a deal would do is the rejecter's red line, if anything.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Osteria rejects any deal that would free them. Osteria signed a deal that would free them.")
    >>> [_unheld_document(Match(t.idx, t.idx + 4, "deal that would", "document"), doc) for t in doc if t.lower_ == "deal"]
    [True, False]
    """
    tok = _token_at(doc, cue.start)
    return cue.kind == "document" and tok is not None and tok.lemma_.lower() in DOCUMENT_NOUNS and (
        _yet_to_exist(tok) or _object_of(tok, REJECTION_VERBS | RECEIVING_VERBS))


def _narrated_obligation(cue: Match, doc) -> bool:
    """Whether an obligation in the past (``had to``, ``needed to``, ``it was up to X to``) tells what someone had to do, not what a
    speaker says must be done: it states a term only as reported speech, the complement of a
    verb of saying (any of the quote module's cues) or with one in parenthesis, or after ``according
    to`` (``X stressed the root causes had to be addressed``, ``the deal, she said, had to ...``),
    where it stands for ``has to``; never in a direct quote or with a date of its own (``had to
    withdraw in 2019``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee said the troops had to leave. The troops had to leave in 2019.")
    >>> [_narrated_obligation(Match(t.idx, t.idx + 6, "must", "obligation"), doc) for t in doc if t.lower_ == "had"]
    [False, True]
    """
    up = _backshifted_up_to(cue, doc)
    tok = up or _token_at(doc, cue.start)
    if tok is None or not (up is not None or (cue.kind == "obligation" and tok.lower_ in ("had", "needed"))):
        return False  # (only the ``was`` of ``it was up to``: ``was ready to`` is another cue's)
    from ..quotes.cues import saying_verb
    from ..quotes.direct import according_to_object
    from ..textmask import double_quote_spans
    sent = tok.sent
    at = tok.idx - sent.start_char
    if any(s <= at < e for s, e in double_quote_spans(sent.text)):
        return True  # ``"We had to withdraw," he said``: a direct quote is not backshifted
    acts = [tok] + [c for c in tok.children if c.dep_ == "xcomp"]
    if any(_past_date(t) and (t.head in acts or t.head.head in acts) for t in tok.subtree):
        return True  # ``... had to withdraw in 2019``: a deed of a past time (``by March`` is a deadline)
    said = [] if tok.dep_ in ("relcl", "advcl") else [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")][:1]
    # ``said that any deal [needed to]``, however parsed; not ``Lee, who [had to] leave, told ...``
    said += [c for c in tok.children if c.dep_ in ("parataxis", "ccomp")]
    if any(v.lemma_.lower() in NARRATING_VERBS for v in said):
        return True  # ``recalled that Osteria had to withdraw``: what had to be done then
    return not (any(saying_verb(v) for v in said) or according_to_object(sent))


def _backshifted_up_to(cue: Match, doc):
    """The ``was`` of an ``it was up to X to`` cue (``it is up to`` told in the past), else None: like ``had
    to``, it states a term only in reported speech (:func:`_narrated_obligation`).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee said it was now up to Osteria to leave.")
    >>> _backshifted_up_to(Match(doc[5].idx, doc[5].idx + 2, "it is up to … to", "demand"), doc).text
    'was'
    """
    tok = _token_at(doc, cue.start)
    if cue.label != "it is up to … to" or tok is None:
        return None
    before = [t for t in doc[max(0, tok.i - 2):tok.i] if t.lower_ != "now"]
    return before[-1] if before and before[-1].lower_ == "was" else None


#: Verbs of saying that tell what was, not what must be (``recalled``, ``admitted``).
NARRATING_VERBS = language.words("narrating_verbs")


#: Words of a date in the past (``last month``, ``two years ago``), beside :data:`PAST_DOCUMENT_MARKERS`.
PAST_DATE_WORDS = language.words("past_date_words")


def _past_date(tok) -> bool:
    """Whether ``tok`` opens a date that places a deed in the past: a year after ``in`` (``in 2019``)
    or a date with ``last``, ``ago``, ``earlier`` or ``yesterday``; a deadline (``by March``, ``within
    a year``) is none.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("They had to leave in 2019. They had to leave by March.")
    >>> [t.text for t in doc if _past_date(t)]
    ['2019']
    """
    if tok.ent_type_ != "DATE":
        return False
    words = {t.lower_ for t in tok.doc[tok.i:tok.i + 4] if t.ent_type_ == "DATE"}
    if words & (PAST_DOCUMENT_MARKERS | PAST_DATE_WORDS):
        return True
    return _year(tok) and tok.head.lower_ == "in"


def _kept_until_date(cue: Match, doc) -> bool:
    """Whether a measure is kept until a date, not until a term is met: ``sanctions would remain
    until the spring`` (the model's DATE after ``until``) is a time frame; ``until Osteria pays``
    and ``until the end of the occupation`` are terms.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The embargo will stay until next year.")
    >>> _kept_until_date(Match(12, 21, "will not be lifted", "kept"), doc)
    True
    """
    tok = _token_at(doc, cue.start)
    if cue.kind != "kept" or tok is None:
        return False
    word = next((t for t in tok.sent if t.idx >= cue.end and t.lower_ in CONDITION_MARKERS), None)
    return word is not None and word.dep_ == "prep" and any(
        t.ent_type_ == "DATE" for c in word.children if c.dep_ == "pobj" for t in c.subtree)


def _kept_measure(obj: Match, kept: list[Match], doc) -> bool:
    """Whether category words are the subject of a measure kept until a term is met (``the embargo
    will not be lifted unless ...``, ``the assets stay frozen until ...``): the measure kept is a
    term of its own, not what the terms are for (``a truce will only follow if ...``)."""
    tok = _phrase_head(_token_at(doc, obj.start))  # ``sanctions relief would come only after ...``
    if tok is None or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any((head := _token_at(doc, c.start)) is not None and _cue_head(head).i == tok.head.i for c in kept)


def _threatened(obj: Match, threats: list[Match], doc) -> bool:
    """Whether category words are the subject or the object of the measure a refusal would bring
    (``new tariffs will be imposed if Osteria rejects the deal``, ``Norland threatened new tariffs
    unless ...``): a threat's term, not what the terms are for."""
    tok = _token_at(doc, obj.start)
    if tok is None or tok.dep_ not in ("nsubjpass", "dobj", "pobj"):
        return False  # ``the truce will collapse if Osteria refuses``: a forecast, not a measure
    verb = _governing_verb(tok)  # ``move to sanctions``
    return any((clauses := _threat_clauses(c, doc)) is not None and clauses[0].i == verb.i for c in threats)


def hoped_between(clue: Clue) -> bool:
    """Whether the term is a hope for a deal between others (``Valdia hopes for a truce between
    Norland and Osteria``): a bystander's wish, no term of its own (``Norland hopes for a truce
    along the border`` is one)."""
    cue, doc = clue.cue, clue.sent.doc
    word = None if cue is None else _token_at(doc, cue.start)
    if word is None or word.lower_ not in HOPE_WORDS:
        return False
    tok = _token_at(doc, clue.obj.start)
    return tok is not None and any(c.lower_ in PAIR_PREPOSITIONS for t in (tok, tok.head) for c in t.children)


def withheld(clue: Clue) -> bool:
    """Whether a refusal's category words are what the holder withholds until a conditional's term is
    met: ``Norland will not disband its militia unless Osteria withdraws its troops`` (the withdrawal
    is the term; disbanding is the price, no term of Norland's); so is what comes after a sequence's
    ``first ..., then``. Talks are kept (``will not discuss ... until``: a term of the talks), and so
    is an economic measure (``will not discuss easing the tariffs until ...``: the tariffs are kept
    until the term is met, a measure kept on a condition as :func:`measure_on_condition` reads it)."""
    if clue.obj.generic == TALKS_CATEGORY or _is_measure(clue.obj):
        return False
    if any(c.kind == "sequence" and c.end <= clue.obj.start for c in clue.cues):
        return True  # ``X first, and only then Y``: Y is what the holder gives once X is done
    if clue.cue is None or clue.cue.kind != "refusal":
        return False
    doc = clue.sent.doc
    if any(t.lemma_.lower() in ACCEPT_VERBS for t in doc.char_span(clue.cue.start, clue.cue.end, alignment_mode="expand") or ()):
        return False  # ``rules out foreign troops unless ...``: what is refused is a red line
    tok = _token_at(doc, clue.obj.start)
    for cue in (c for c in clue.cues if c.kind == "conditional"):
        main = _main_clause(cue, clue.sent)
        if tok is None or main is None or main[1](tok) or not main[0].left_edge.i <= tok.i <= main[0].right_edge.i:
            continue
        terms = [_token_at(doc, o.start) for o in clue.others if o is not clue.obj]
        if any(t is not None and main[1](t) for t in terms):
            return True
    return False


def _may_hold(found: tuple[dict, dict | None]) -> bool:
    """Whether a holder rule's answer may hold a term: not a news organisation (``Portville (AFP) -
    Rebels refused to sign``, ``..., according to AP``): the agency reports, and the row is dropped
    rather than given to whoever a rule of position would find next.

    >>> _may_hold(({"actor": "AFP"}, None)), _may_hold(({"actor": "Norland"}, None))
    (False, True)
    """
    return not news_organisation(found[0]["actor"])


def _required_by_verb(clue: Clue) -> set[str]:
    """The actors the clue's sentence names as the object of a verb of demanding with a clause after it
    (``a framework requiring Osteria to cede land``: :func:`_asked`): the party required to act, which
    does not hold the term beside the holder it is coordinated with (``Norland and Osteria reported
    progress on a framework requiring Osteria to ...`` -> Norland only)."""
    doc, found = clue.sent.doc, set()
    for m in clue.article.mentions:
        if clue.sent.start_char <= m["start"] < clue.sent.end_char and m.get("actor"):
            tok = _token_at(doc, m["start"])
            while tok is not None and tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
                tok = tok.head
            if tok is not None and tok.dep_ == "dobj" and _asked(tok):
                found.add(m["actor"])
    return found


def _commentators_guess(clue: Clue) -> bool:
    """Whether the cue is a guess (its verb, or one it is the infinitive of, has a modal of a guess:
    ``might``, ``may``, ``could``; ``might decide to demand``) told
    by one the article describes as a commentator (:meth:`Article.commentator`: a professor, an analyst,
    a think tank), the subject of the verb of saying its clause hangs on (:func:`_teller`), by name or pronoun
    (``Ann Lee, a professor of law, ... Lee said Norland might ask for a truce``): a forecast, no party's
    term. A party's official who reports it (``Norland said Osteria might ask for ...``) is left to the
    other rules.

    >>> from helpers import nlp
    >>> text = "Ann Lee, a professor of law, spoke. Lee said Norland might ask for a truce."
    >>> doc = nlp.bare_nlp()(text)
    >>> m = [dict(actor="Ann Lee", type="person", country="", start=0, end=7),
    ...      dict(actor="Ann Lee", type="person", country="", start=36, end=39)]
    >>> art, at = Article("a.txt", doc, text, m, [], None), text.index("ask")
    >>> _commentators_guess(Clue(art, list(doc.sents)[1], Match(at, at + 3, "x", "object"), [],
    ...                          cue=Match(at, at + 3, "asks for", "demand")))
    True
    """
    node = _cue_head_at(clue.sent.doc, clue.cue.start) if clue.cue is not None else None
    teller = _teller(node) if node is not None else None
    if teller is None:
        return False
    verbs = [node]
    while verbs[-1].dep_ == "xcomp" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)  # ``might decide to demand``: the modal on the verb above
    if not any(_guessed(v) for v in verbs):
        return False
    mentions = clue.article.mentions
    sayer = _token_mention(teller, mentions) or (_resolve_pronoun(teller, mentions) if teller.pos_ == "PRON" else None)
    return sayer is not None and clue.article.commentator(sayer)


def _add_row(clue: Clue, rows: dict[tuple, dict]) -> None:
    """Ask the cue rules, then the holder rules, and keep the first row per (sentence, holder, category)."""
    cue_rule, cue = CUE_RULES.first(clue)
    if cue is None:
        return
    clue.cue = None if cue is STANDALONE else cue
    asked = _holder_of(clue)
    if asked is None:
        return
    holder_rule, found = asked
    if found is None or found is NOBODY:
        clue, holder_rule, found = _outer_clue(clue) or (clue, holder_rule, found)
    if found is None or found is NOBODY or not _may_hold(found):
        return
    holder, addressee = found
    holder = {**holder, "actor": canonical_actor(holder["actor"], clue.article.mentions)}
    if clue.article.commentator(holder) or _commentators_guess(clue):
        return  # an analyst's view of what a deal needs, or a guess of what a party might ask, is no party's term
    addressee_name, after = (addressee or {}).get("actor", ""), ""
    if not addressee_name or addressee_name == holder["actor"]:
        addressee_name = ""
        after = _addressee_after(clue.anchor.idx, clue.sent.end_char, holder, clue.article.mentions)
    others = [o for o in conjunct_holders(clue, holder, addressee_name, holder_rule)
              if o["actor"] not in _required_by_verb(clue)]  # ``X and Y back a plan requiring Y to ...``
    if after and after not in {o["actor"] for o in others}:
        addressee_name = after  # the next actor is asked, unless it is coordinated with the holder
    others += [j for j in joining_parties(clue) if j["actor"] not in {holder["actor"], addressee_name}
               and j["actor"] not in {o["actor"] for o in others}]
    for one in joint_bloc([holder, *others], clue.article):
        key = (clue.sent.start_char, one["actor"], clue.obj.label)
        if key not in rows:
            rows[key] = _row(clue, one, addressee_name, cue_rule, holder_rule)


#: Cue kinds that never stand for a document's content's holder from outside (:func:`_outer_clue`).
_NOT_OUTER_KINDS = frozenset({"list", "anaphora", "conditional", "sequence", "threat", "imperative", "prepositional"})


def _outer_clue(clue: Clue) -> tuple | None:
    """For a term a document's own verb states (``the accord will form the basis ...``, ``a deal that would
    see ...``) whose document has no author to hold it: the nearest cue before it that has it in scope,
    as ``(clue, holder rule, answer)`` when its holder is found (``the two leaders agreed that the accord
    would ...``: the leaders'; ``urged Osteria to accept a plan that would see ...``: the urger's); else None.

    >>> from helpers import nlp, story
    >>> text = "Lee met Vos on Monday. The two leaders agreed that the accord would be the sole basis of any talks."
    >>> m = [dict(actor="Lee", type="person", country="NRL", start=0, end=3),
    ...      dict(actor="Vos", type="person", country="OST", start=8, end=11)]
    >>> taxonomy = taxonomy_from_frame(story.empty_story().conditions, load_cues())
    >>> rows = find_conditions(nlp.bare_nlp()(text), "t.txt", m, [], taxonomy=taxonomy)
    >>> sorted({(r["holder"], r["cue"]) for r in rows})
    [('Lee', 'agreed to'), ('Vos', 'agreed to')]
    """
    doc, cue = clue.sent.doc, clue.cue
    if cue is None or cue.kind not in ("proposal", "document") or not _document_clause(_token_at(doc, cue.start)):
        return None
    outer = [c for c in clue.cues if c.end <= cue.start and c.kind not in _NOT_OUTER_KINDS
             and _in_scope(c, clue.obj, doc)]
    if not outer:
        return None
    other = replace(clue, cue=max(outer, key=lambda c: (c.start, -c.end)))
    asked = _holder_of(other)
    if asked is None or asked[1] is None or asked[1] is NOBODY:
        return None
    return (other, *asked)


def _holder_of(clue: Clue) -> tuple | None:
    """``(rule, answer)`` of the holder rules for a clue whose cue is set, or None when nothing anchors
    the holder's search or the term is one the holder withholds or only hopes for."""
    if clue.anchor is None or withheld(clue) or hoped_between(clue):
        return None
    return HOLDER_RULES.first(clue)


def _document_clause(tok) -> bool:
    """Whether the cue word ``tok`` is the verb (or its modal) of a clause whose subject is a document
    noun, or a relative pronoun standing for one (``the accord will ...``, ``a plan that would see ...``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The accord will end the raids. Lee will end the raids.")
    >>> _document_clause(doc[2]), _document_clause(doc[8])
    (True, False)
    """
    if tok is None:
        return False
    verb = tok.head if tok.dep_ == "aux" else tok
    return _document_speaks(verb) or (verb.dep_ == "relcl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE for c in verb.children))


#: Verbs by which a party takes on another's proposal as its own terms (``agreed to the Osterian proposal``).
JOINING_VERBS = language.words("condition_joining_verbs")


def joining_parties(clue: Clue) -> list[dict]:
    """The parties that accepted, approved, signed or agreed to the document whose words state the
    term hold it too, beside its author (``Berg told reporters she had agreed to the Osterian
    proposal for a truce`` -> Norland as well as Osteria): a party that takes on a proposal makes its
    terms its own. Not one that only received, weighed, backed or answered it, nor a verb negated
    (``did not accept``, ``neither X nor Y accepted``), only possible (``hoped X would accept``) or in
    its bare form, asked for, refused or failed (``demanded that X accept``, ``refused to sign``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee agreed to the proposal for a truce. Lee rejected the proposal for a truce.")
    >>> [[t.text for t in _joiners(s[5])] for s in doc.sents]
    [['Lee'], []]
    """
    tok = _token_at(clue.sent.doc, clue.obj.start)
    if tok is None:
        return []
    found = (_subject_actor(s, clue.article.mentions, clue.quote, clue.article.text) for s in _joiners(tok))
    return [f for f in found if f is not None and f.get("actor")]


def _joiners(tok) -> list:
    """The subjects of a joining verb (:data:`JOINING_VERBS`) whose object is the document noun
    ``tok`` hangs on (the first document noun among its heads)."""
    noun = next((a for a in [tok, *tok.ancestors] if a.lemma_.lower() in DOCUMENT_NOUNS and a.pos_ == "NOUN"), None)
    if noun is None:
        noun = _agreed_document(tok)  # ``agreed to a proposal [for a truce]``: a ``for`` hung on the verb
    if noun is None:
        return []
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in JOINING_VERBS and verb.tag_ == "VB":
        return _urgers(verb)  # ``urged Osteria to accept Norland's offer``: the one who urges takes it on
    if noun.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in JOINING_VERBS or verb.tag_ == "VB" \
            or (noun.dep_ == "pobj" and verb.lemma_.lower() != "agree") \
            or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return []  # ``Osteria did not accept``, ``would accept``, ``that Osteria accept``, ``to accept``
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_neither(s) for s in subjects):
        return []  # ``neither Norland nor Osteria accepted``
    return [s for c in subjects for s in (c, *c.conjuncts)]  # ``X and Y accepted``


def _agreed_document(tok):
    """The document noun a verb of joining governs with ``to`` when the term's own ``for`` phrase hangs
    on that verb (``Osteria agreed to a proposal for a truce``, parsed ``agreed [to a proposal] [for a
    truce]``), else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Kim agreed to a US proposal for an immediate 60-day truce.")
    >>> _agreed_document(doc[12]).text
    'proposal'
    """
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in JOINING_VERBS:
        return None
    into = next((p for p in tok.ancestors if p.head.i == verb.i), None)
    if into is None or into.dep_ != "prep" or into.lower_ != "for":
        return None
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
                 if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS and g.pos_ == "NOUN"), None)


#: Verbs by which a party presses another to take on a proposal (``urged Osteria to accept the offer``).
URGING_VERBS = language.words("condition_urging_verbs")


def _urgers(verb) -> list:
    """The subjects of a verb of urging (:data:`URGING_VERBS`) whose bare ``to``-clause is ``verb``
    (``Lee urged Kim to accept the offer`` -> Lee; ``Lee went online to urge Kim to accept`` -> Lee, the
    subject of the clause the urging completes); none when the urging is negated.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Lee urged Kim to accept the offer. Lee did not urge Kim to accept the offer.")
    >>> [[t.text for t in _urgers(s[4])] for s in doc.sents]
    [['Lee'], []]
    """
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head.lemma_.lower() not in URGING_VERBS:
        return []
    urge = verb.head
    if any(c.dep_ == "neg" for c in (*urge.children, *verb.children)):
        return []  # ``did not urge X to accept``, ``urged X not to accept``
    subjects = [c for c in urge.children if c.dep_ == "nsubj"]
    if not subjects and urge.dep_ == "advcl":  # ``went online to urge X to accept``: the purpose's subject;
        subjects = [c for c in urge.head.children if c.dep_ == "nsubj"]  # not ``refused to urge`` (an xcomp)
    return [s for c in subjects for s in (c, *c.conjuncts)]


#: How many coordinated holders make a joint statement of a bloc (``Norland, Osteria, Valdia and the UN``).
BLOC_SIZE = 3


def joint_bloc(holders: list[dict], article) -> list[dict]:
    """The holders of one term: a joint statement of several states with an international body
    (``Norland, Osteria, Valdia and the UN urged ...``) is the bloc's, held by the body (``INT``);
    fewer holders, or none international, each hold the term."""
    if len(holders) < BLOC_SIZE:
        return holders
    bodies = [h for h in holders if article.side(h)[0] == "INT"]
    return bodies or holders


#: Holder rules that name a document's author where the document was introduced: the parties
#: coordinated with that author there (``Norland and Osteria signed a deal``) are its authors too.
LIST_OPENER_RULE = "condition_holder.holder_of_list_opener"
AUTHOR_RULES = ("condition_holder.author_of_document", "condition_holder.author_of_context_document", LIST_OPENER_RULE)
#: The holder rule that reads a counted noun or a joint statement (``both sides agreed``).
PAIR_RULE = "condition_holder.parties_named_before"
#: The rule of a headline's one name before a colon (:func:`name_before_colon`): it speaks alone.
COLON_RULE = "condition_holder.name_before_colon"


def conjunct_holders(clue: Clue, holder: dict, addressee: str, holder_rule: str = "") -> list[dict]:
    """The actors coordinated with the holder in its own sentence hold the term too:
    ``Norland and Osteria demand a truce`` -> Norland, Osteria; so do the co-authors of a document
    named earlier (``Norland and Osteria signed a deal. The deal calls for a truce.``).

    Only a holder named in the clue's sentence (a quote table's speaker where it is the subject of a
    plural speech, :func:`_plural_speech`), one a ``they`` of the sentence stands for (:func:`_they_of`),
    or a document's author (:data:`AUTHOR_RULES`); never the addressee. A role noun's name in
    apposition (``his counterpart Karl Vos``) and a party joined by a dash before a document
    (:func:`hyphen_partners`) count as coordinated. A counted noun's or a joint statement's
    holder (``both sides``) has the other parties it stands for (:func:`parties_named_before`); a
    headline's one name before a colon has none (``Osteria: Norland must ...``)."""
    if holder_rule.split("; ")[0] == PAIR_RULE:
        return [p for p in clue.pair[1:] if p["actor"] != holder["actor"]]
    if holder_rule.split("; ")[0] == COLON_RULE:
        return []  # ``Osteria: Norland must pull back``: the one name before the colon speaks; the one after is told
    if holder.get("pair"):  # a list opened by a counted noun (:func:`_opener_pair`)
        return [p for p in holder["pair"][1:] if p["actor"] != holder["actor"]]
    start = holder.get("start")
    if start is None and holder_rule.split("; ")[0] == LIST_OPENER_RULE and clue.lead:
        opener = clue.lead[0]  # a list's holder read from the quote table: its mention in the opener
        start = _mention_start(clue, holder, opener.start_char, opener.end_char)
    elif start is None and _plural_speech(clue):  # ``X and Y said they ...``: the speaker as the series' subject
        start = _mention_start(clue, holder, clue.sent.start_char, clue.sent.end_char, subject=True)
    if start is None:
        return []
    if holder_rule.split("; ")[0] not in AUTHOR_RULES and not clue.sent.start_char <= start < clue.sent.end_char \
            and not _they_of(clue, start) and not _opening_document_pronoun(clue.sent):
        return []  # (``... by envoys of Norland and Osteria. It commits them to ...``: the ``it`` is the document)
    tok = _token_at(clue.sent.doc, start)
    if tok is None:
        return []
    while tok.dep_ in ("compound", "poss") and tok.head.i != tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    found = []
    # the party a document was signed ``with`` is its signatory too, of that document's own terms
    partners = deal_partners(tok) if holder_rule.split("; ")[0] in AUTHOR_RULES or _in_concluded(tok, clue) else []
    partners = [*partners, *hyphen_partners(tok, clue.article.mentions), *_co_subjects(tok), *_possessed_deal_partners(tok)]
    for conj in [*tok.conjuncts, *listed_subjects(tok, clue.article.mentions), *partners]:
        if not isinstance(conj, dict) and conj.dep_ == "pobj" and tok.dep_ == "conj":
            continue  # ``the members of the contact group, Norway, Sweden and ...``: the group the parser coordinated
        other = conj if isinstance(conj, dict) else _named_in_apposition(conj, clue.article.mentions) \
            or _token_mention(conj, clue.article.mentions) \
            or (demonym_state(conj) if _joined_demonym(conj, tok) else None)
        if other and other["actor"] not in (holder["actor"], addressee) \
                and other["actor"] not in [f["actor"] for f in found]:
            found.append(other)
    return found


def _opening_document_pronoun(sent) -> bool:
    """Whether ``sent`` opens with an ``it`` (or a ``they``) that stands for the document the sentence before names
    (:func:`_content_pronoun_document`: ``Norland and Osteria initialled an accord. It commits them to ...``):
    its terms are the document's, and all its parties hold them.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland unveiled a plan. It involves a truce. It rained.")
    >>> [_opening_document_pronoun(s) for s in doc.sents]
    [False, True, False]
    """
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and _content_pronoun_document(first) is not None


def _possessed_deal_partners(tok) -> list:
    """The parties named after ``with`` on a document that ``tok`` owns (``Norland's accord with Osteria and
    Valdia`` -> Osteria, Valdia), or that its verb takes as its object with ``its`` (``Norland hailed its
    accord with Osteria``, :func:`_pronoun_owner`): the document's other parties; else none (``Norland's talks with Osteria``:
    talks are no document).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland's accord with Osteria calls for a truce. Norland's talks with Osteria resumed.")
    >>> [t.text for t in _possessed_deal_partners(doc[0])], _possessed_deal_partners(doc[10])
    (['Osteria'], [])
    """
    if tok.dep_ == "poss" and tok.head.lemma_.lower() in DOCUMENT_NOUNS:
        documents = [tok.head]
    elif tok.dep_ == "nsubj":  # ``Norland hailed its accord with Osteria``: the subject's own document
        documents = [c for c in tok.head.children if c.dep_ == "dobj" and _pronoun_owner(c) is not None
                     and c.lemma_.lower() in DOCUMENT_NOUNS]
    else:
        return []
    return [t for d in documents for c in d.children if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children if g.dep_ == "pobj" for t in (g, *g.conjuncts)]


def _joined_demonym(conj, tok) -> bool:
    """Whether ``conj`` is a demonym joined to the holder's token ``tok`` whole, right after ``and``, ``or``
    or a comma (``the Peruvian and Sri Lankan governments``; not ``Latin`` + ``American``).

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Peruvian and Latin American officials met. Peruvian and Sri Lankan officials met.")
    >>> _joined_demonym(doc[3], doc[0]), _joined_demonym(doc[10], doc[7])
    (False, True)
    """
    if conj.dep_ != "conj" or conj.head.i != tok.i or conj.pos_ not in ("ADJ", "PROPN"):
        return False
    code, first = demonym_at(conj)
    return bool(code) and first > 0 and conj.doc[first - 1].lower_ in ("and", "or", ",")


def _co_subjects(tok) -> list:
    """The other subjects of the verb ``tok`` is a subject of: a headline joins its parties by a comma
    and the parser makes each a subject (``Norland, Osteria agree prisoner swap``); for a name after a
    preposition on a subject, the names listed after it that the parser made further subjects
    (:func:`_listed_after_subject`).

    >>> from helpers import nlp
    >>> [t.text for t in _co_subjects(nlp.bare_nlp()("Norway, Sweden agree prisoner swap")[0])]
    ['Sweden']
    """
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "nsubj":
        return _listed_after_subject(tok)
    if tok.dep_ != "nsubj" or tok.head.i == tok.i:
        return []
    return [s for s in tok.head.children if s.dep_ == "nsubj" and s.i != tok.i]


def _listed_after_subject(tok) -> list:
    """The names listed after ``tok``, the object of a preposition on a subject (``Negotiators from
    Norland, Osteria and Valdia said ...``), that the parser made further subjects of the verb: the
    one right after the comma and its conjuncts.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Delegates from Costa Rica, Fiji and Samoa said late on Friday that they want elections.")
    >>> [t.text for t in _listed_after_subject(doc[3])]
    ['Fiji', 'Samoa']
    >>> _listed_after_subject(nlp.bare_nlp()("Delegates from Costa Rica said late on Friday that they want elections.")[3])
    []
    """
    subj, doc = tok.head.head, tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or subj.head.i == subj.i:
        return []
    return [t for s in subj.head.children if s.dep_ == "nsubj" and s.i != subj.i and s.left_edge.i == tok.i + 2
            for t in (s, *s.conjuncts)]


#: The marks that join two parties' names before a document's noun (``the Norland-Osteria deal``).
_JOINING_DASHES = ("-", "\u2013")


def _mention_start(clue: Clue, holder: dict, lo: int, hi: int, subject: bool = False) -> int | None:
    """Where the holder (a speaker from the quote table, with no offsets) is mentioned between
    ``lo`` and ``hi``: its first mention there, or with ``subject`` its first mention that is a
    clause's subject; else None."""
    for m in clue.article.mentions:
        if m.get("actor") != holder.get("actor") or not lo <= m["start"] < hi:
            continue
        tok = _token_at(clue.sent.doc, m["start"]) if subject else None
        while tok is not None and tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head
        if not subject or (tok is not None and tok.dep_ in ("nsubj", "nsubjpass")):
            return m["start"]
    return None


def _they_subjects(sent) -> list:
    """The ``they`` subjects of a sentence (:data:`_PLURAL` pronouns as a clause's subject)."""
    return [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _PLURAL]


def _plural_speech(clue: Clue) -> bool:
    """Whether the clue's sentence reports a plural speech: a ``they`` subject (``Norland and
    Osteria said they had reached a deal``), not a speaker's ``she`` or ``it``."""
    return bool(_they_subjects(clue.sent))


def hyphen_partners(tok, mentions: list[dict]) -> list[dict]:
    """The other party of a pair joined by a dash before a document's noun, with no space
    (``the Norland-Osteria accord`` -> Norland for Osteria, and back), by names or by demonyms
    (``the Norwegian-Swedish accord`` -> Norway for Sweden): both are its parties.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("The Norland-Osteria accord calls for a truce.")
    >>> [m["actor"] for m in hyphen_partners(doc[3], [dict(actor="Norland", start=4, end=11),
    ...                                                 dict(actor="Osteria", start=12, end=19)])]
    ['Norland']
    >>> doc = nlp.bare_nlp()("The Norwegian-Swedish accord calls for a truce.")
    >>> [m["actor"] for m in hyphen_partners(doc[3], [])]
    ['Norway']
    """
    doc, found = tok.doc, []
    head = tok.head if tok.dep_ in ("compound", "amod", "nmod") else None
    own = _token_mention(tok, mentions) or demonym_state(tok)
    if head is None or head.lemma_.lower() not in DOCUMENT_NOUNS or own is None or "start" not in own:
        return found
    glued = [m for m in _overlapping(mentions, tok.idx, tok.idx + len(tok)) if m.get("actor")
             and m.get("actor") != own.get("actor")] if any(d in tok.text for d in _JOINING_DASHES) else []
    if glued:
        return glued[:1]  # ``the N.R.-Osteria deal``: one token the tokenizer did not split
    first = _token_at(doc, own["start"]) or tok  # ``the Norland-Freedom Front deal``: the name's own words
    last = _token_at(doc, own["end"] - 1) or tok
    for dash, other in ((first.i - 1, first.i - 2), (last.i + 1, last.i + 2)):
        if 0 <= other < len(doc) and 0 <= dash < len(doc) and doc[dash].text in _JOINING_DASHES \
                and not doc[dash].whitespace_ and not doc[min(dash, other)].whitespace_:
            hit = _token_mention(doc[other], mentions) or demonym_state(doc[other])
            if hit is not None:
                found.append(hit)
    return found


def _named_in_apposition(tok, mentions: list[dict]) -> dict | None:
    """The actor a role noun is named as in apposition (``his Osterian counterpart Karl Vos``,
    ``the mediator, Anna Berg``), else None.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Berg and her counterpart Karl Vos met.")
    >>> _named_in_apposition(doc[3], [dict(actor="Karl Vos", start=25, end=33)])["actor"]
    'Karl Vos'
    """
    return next((m for c in tok.children if c.dep_ == "appos" and (m := _token_mention(c, mentions))), None)


def _they_of(clue: Clue, start: int) -> bool:
    """Whether a ``they`` subject of the clue's sentence stands for the actor mentioned at ``start``
    in a sentence before (``Norland and Osteria met on Monday. They agreed to a truce.``): then the
    series that actor opens holds the term, as it would in the pronoun's own sentence."""
    return any((found := _antecedent(t, clue.article.mentions)) is not None and found.get("start") == start
               for t in _they_subjects(clue.sent))


def _in_concluded(tok, clue: Clue) -> bool:
    """Whether the term lies in the document the subject ``tok`` concluded (``Norland reached an
    agreement with Osteria that calls for ...``): only then is the partner a holder of it, not of a
    demand made beside the deal (``signed a trade deal with Osteria and demanded ...``)."""
    word = _token_at(clue.sent.doc, clue.obj.start)
    return word is not None and any(word in c.subtree for c in tok.head.children
                                    if c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS)


#: The dependency labels the parser gives the last name of a subject series it split apart.
_SERIES_END_DEPS = ("nsubj", "nsubjpass", "conj", "appos")


def listed_subjects(tok, mentions: list[dict]) -> list[dict]:
    """The actors written after the subject ``tok`` in a series that ends in ``and``, read from the
    words, for the series the parser splits into an apposition and a second subject
    (``Norland, the United States, Valdia, and Osteria called for a truce``).

    Each member is a name (``the`` may open it) after a comma; the last one follows ``and`` and
    is itself a subject, a conjunct or an apposition. Anything else between the names (a verb,
    a lowercase noun) means no series.

    >>> from helpers import nlp
    >>> doc = nlp.bare_nlp()("Norland, Valdia, and Osteria called for a truce.")
    >>> [m["actor"] for m in listed_subjects(doc[0], [
    ...     {"actor": "Valdia", "start": 9, "end": 15}, {"actor": "Osteria", "start": 21, "end": 28}])]
    ['Valdia', 'Osteria']
    """
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc, found, i = tok.doc, [], tok.i + 1
    while i < len(doc) and doc[i].text in (",", "and"):
        i += doc[i].text == ","
        final = i < len(doc) and doc[i].lower_ == "and"
        i += final
        i += i < len(doc) and doc[i].lower_ == "the"
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN":
            j += 1
        member = _token_mention(doc[j - 1], mentions) if j > i else None
        if member is None:
            return []
        found.append(member)
        if final:
            return found if doc[j - 1].dep_ in _SERIES_END_DEPS else []
        i = j
    return []


def _row(clue: Clue, holder: dict, addressee: str, cue_rule: str, holder_rule: str) -> dict:
    obj, sent, cue = clue.obj, clue.sent, clue.cue
    cameo = {c.name: c.cameo for c in clue.article.taxonomy.categories}
    return {
        "article": clue.article.name,
        "holder": holder["actor"],
        "holder_country": clue.article.side(holder)[0],
        "addressee": addressee,
        "category": obj.label,
        "cameo": cameo.get(obj.label, ""),
        "text": sent.text.strip(),
        "cue": cue.label if cue else clue.article.text[obj.start:obj.end],
        "start": sent.start_char,
        "end": sent.end_char,
        "voice": "quote" if clue.quote is not None else "outlet",
        "rule": cue_rule,
        "holder_rule": "; ".join(r for r in (holder_rule, clue.article.side(holder)[1]) if r),
        "generic_category": obj.generic,
    }
