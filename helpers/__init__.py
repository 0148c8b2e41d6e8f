"""helpers: turn a folder of news articles into tidy tables for the analysis notebooks.

>>> import helpers as h
>>> corpus = h.build("seeds")                        # doctest: +SKIP
>>> corpus.quotes[["speaker", "kind", "quote"]]      # doctest: +SKIP
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

_SUBMODULES = {
    "actors", "analysis", "audit", "conditions", "config", "context", "corpus", "evaluate", "framing",
    "graph", "language", "nlp", "pipeline", "plots", "quotes", "render", "report", "rules", "stats", "store",
    "story",
}
_FROM_PIPELINE = {"build", "Corpus"}

__all__ = sorted(_SUBMODULES | _FROM_PIPELINE | {"__version__"})


def __getattr__(name: str):
    # Lazy imports keep `import helpers` cheap (spaCy loads only when a table is built).
    if name in _FROM_PIPELINE:
        return getattr(importlib.import_module(".pipeline", __name__), name)
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
