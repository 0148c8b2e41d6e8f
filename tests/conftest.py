"""Shared fixtures: a scratch corpus folder and a cache that never touches the project's."""
from __future__ import annotations

import logging

import pytest


class _ErrorRecords(logging.Handler):
    """Collects ERROR (and worse) records of the ``helpers`` logger during one test."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def pytest_configure(config):
    config.addinivalue_line("markers", "allow_errors: the test expects the helpers logger to log at ERROR")
    config.addinivalue_line("markers", "slow: starts a new Python process (make test runs it; -m 'not slow' skips it)")


@pytest.fixture(autouse=True)
def _fail_on_logged_errors(request):
    """Errors surface: any ERROR the package logs during a test fails that test.

    An extractor may log an error and go on for a user; in the test suite that
    is a failure (mark a test ``allow_errors`` when the error is what it checks).
    """
    handler = _ErrorRecords()
    logger = logging.getLogger("helpers")
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("allow_errors") is None:
        lines = "; ".join(r.getMessage() for r in handler.records[:5])
        pytest.fail(f"the helpers logger logged {len(handler.records)} ERROR record(s): {lines}")


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
