"""The code fingerprint finds a module's imports by pattern (cheap); it must find what Python's
parser finds, in every module of the package, or an edit would leave stale cached tables."""
import ast

import pytest

from helpers import cache, config


def _parsed_names(path, package_dir):
    """What the fingerprint would read with a full parse of the module (the slow, sure way)."""
    original = cache._import_nodes
    cache._import_nodes = lambda source: list(ast.walk(ast.parse(source)))
    try:
        return cache._imported_names(path, package_dir)
    finally:
        cache._import_nodes = original


@pytest.mark.parametrize("path", sorted(config.PACKAGE_DIR.rglob("*.py")),
                         ids=lambda p: str(p.relative_to(config.PACKAGE_DIR)))
def test_pattern_finds_every_import_the_parser_finds(path):
    found = cache._imported_names(path, config.PACKAGE_DIR)
    assert _parsed_names(path, config.PACKAGE_DIR) <= found, (
        "an import written in a form the fingerprint's pattern does not read (one line per import "
        "statement at the start of a line); write it so, or widen cache._IMPORT_LINE")


def test_an_import_inside_a_one_line_if_is_missed_and_caught(tmp_path):
    """The guard above can fail: an import after ``if X:`` on one line is not read by the pattern."""
    module = tmp_path / "m.py"
    module.write_text("if True: from . import a\n")
    assert _parsed_names(module, tmp_path) == {"a"}
    assert cache._imported_names(module, tmp_path) == set()
