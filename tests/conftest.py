"""Shared fixtures: a scratch corpus folder and a cache that never touches the project's."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    """Each test session writes build caches into a temporary folder, not .cache/."""
    from helpers import config

    monkeypatch.setattr(config, "CACHE_DIR", tmp_path_factory.getbasetemp() / "cache")


@pytest.fixture
def corpus_dir(tmp_path):
    """An empty corpus folder to fill with articles."""
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder
