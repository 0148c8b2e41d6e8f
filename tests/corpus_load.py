"""Load a corpus folder in a test and collect the one-line messages it gave (shared by the reader
and gate tests)."""
from __future__ import annotations

import warnings

from helpers import corpus


def load(folder, **kwargs):
    """``corpus.load_corpus(folder)`` and its CorpusWarning messages, each checked to be one line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = corpus.load_corpus(folder, **kwargs)
    messages = [str(w.message) for w in caught if issubclass(w.category, corpus.CorpusWarning)]
    for m in messages:
        assert "\n" not in m and "\r" not in m
    return df, messages
