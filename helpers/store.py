"""Atomic writes of derived files (a reader never sees half a file, nor half a set of files).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "out" / "x.txt"
>>> atomic_write_text(p, "hello")
>>> p.read_text()
'hello'
"""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import config


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _refuse_seeds(path: Path) -> None:
    seeds = config.SEEDS_DIR.resolve()
    target = path.resolve()
    if target == seeds or seeds in target.parents:
        raise PermissionError(f"{path}: refusing to write into seeds/ (inputs are never modified)")


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename."""
    path = Path(path)
    _refuse_seeds(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; derived files are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path | str, text: str) -> None:
    """Write UTF-8 ``text`` atomically (``\\n`` line endings as given)."""
    atomic_write_bytes(path, text.encode("utf-8"))


def _link_or_copy(src: str, dst: str) -> None:
    """Hard-link ``src`` to ``dst`` (no bytes copied), or copy it where links are impossible."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _carry_over(old: Path, new: Path, replaces: set[str]) -> None:
    """Keep what ``old`` holds besides the set: entries not in ``replaces`` and not in ``new``."""
    for entry in old.iterdir():
        if entry.name in replaces or (new / entry.name).exists():
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, new / entry.name, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(str(entry), str(new / entry.name))


def _swap_in(tmp: Path, target: Path) -> None:
    """Put folder ``tmp`` at ``target``; the previous ``target`` is removed only once it is replaced."""
    old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
    had_old = target.exists()
    if had_old:
        target.rename(old)
    try:
        tmp.rename(target)
    except BaseException:
        if had_old:
            old.rename(target)
        raise
    if had_old:
        shutil.rmtree(old, ignore_errors=True)


@contextmanager
def folder_set(target: Path | str, replaces: set[str] | frozenset = frozenset()) -> Iterator[Path]:
    """Write a set of files into a temporary folder beside ``target``, swapped in when all are written.

    If the block fails, the temporary folder is removed and ``target`` is as it
    was. Entries of the old ``target`` that the new set does not write and whose
    names are not in ``replaces`` are kept (hard-linked into the new folder).

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "tables"
    >>> with folder_set(out) as tmp:
    ...     atomic_write_text(tmp / "a.csv", "x\\n")
    >>> sorted(p.name for p in out.iterdir())
    ['a.csv']
    """
    target = Path(target)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(f"{target}: is a file, not a folder (give a folder for the tables)")
    _refuse_seeds(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        os.chmod(tmp, 0o777 & ~_UMASK)  # mkdtemp makes 0700; the set is an ordinary folder
        yield tmp
        if target.is_dir():
            _carry_over(target, tmp, set(replaces))
        _swap_in(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
