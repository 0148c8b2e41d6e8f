"""Atomic writes of derived files (a reader never sees half a file).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "out" / "x.txt"
>>> atomic_write_text(p, "hello")
>>> p.read_text()
'hello'
"""
from __future__ import annotations

import os
import tempfile
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
