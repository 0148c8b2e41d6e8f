"""Shared fixtures: a scratch corpus folder and a cache that never touches the project's."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """The test session writes build caches into a temporary folder, never the project's .cache/.

    Session-scoped so it is in place before any module-scoped fixture builds a corpus.
    """
    from helpers import config

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(config, "CACHE_DIR", tmp_path_factory.getbasetemp() / "cache")
        yield


@pytest.fixture
def corpus_dir(tmp_path):
    """An empty corpus folder to fill with articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder
