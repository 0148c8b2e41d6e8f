"""One gate for input text: every byte that becomes an article passes through here.

The gate decides, before a file is read, whether it may be read at all
(:func:`check_file`: regular file, inside the corpus folder unless symlinks
are followed, not a loop, not over the size limit), reads it without ever
holding more than the limit (:func:`read_file_bytes`), decodes it
(:func:`decode`: UTF-8, UTF-8 with BOM, UTF-16 with BOM; invalid bytes
replaced and counted), and cleans the text (:func:`clean_text`: NUL,
control and bidirectional characters, U+FFFE/U+FFFF removed; long
punctuation runs shortened so the tokenizer stays fast). Texts longer than
the parser's limit are cut into pieces at paragraph boundaries
(:func:`parser_pieces`) and the extracted rows shifted back
(:func:`shift_rows`), so one huge article never aborts a build.

Each function returns what it changed, so the caller can report it with one
line naming the file (:func:`safe_name` escapes control characters in names).

>>> clean_text("A\\x00B\\u202eC" + "!" * 30)
('ABC!!!', {'NUL': 1, 'bidirectional control': 1, 'punctuation run shortened': 1})
"""
from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from . import config

#: spaCy's default ``nlp.max_length``; longer texts are parsed in pieces.
PARSER_MAX_CHARS = 1_000_000
#: A single article longer than this many characters is refused (a news article is a
#: few thousand characters; parsing a million takes minutes and gigabytes). The
#: default is the parser's limit; ``HELPERS_MAX_CHARS`` raises it, and a longer text
#: is then parsed in pieces. The byte limit is ``config.MAX_ARTICLE_BYTES``.
MAX_ARTICLE_CHARS = PARSER_MAX_CHARS
#: A file read whole (a JSON array) may be at most this many bytes; JSON Lines and
#: CSV files are streamed record by record and have no file limit.
MAX_WHOLE_FILE_BYTES = 256 * 1024 * 1024
#: Runs of punctuation longer than this are shortened to ``RUN_KEEP`` characters.
RUN_LIMIT = 20
RUN_KEEP = 3

_CONTROL = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NONCHAR = re.compile(r"[\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_PUNCT_RUN = re.compile(r"([^\w\s])\1{%d,}|[^\w\s]{%d,}" % (RUN_LIMIT, RUN_LIMIT + 1))
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufffe\uffff]")


class GateSettingError(ValueError):
    """A setting (environment variable) the gate depends on has an invalid value."""


def safe_name(name: str | Path) -> str:
    r"""A file name fit for a one-line message: control, newline and bidi characters escaped.

    >>> safe_name("evil\nname\u202e.txt")
    'evil\\nname\\u202e.txt'
    """
    name = str(name.name if isinstance(name, Path) else name)

    def escape(m):
        ch = m.group(0)
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch) or (
            f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")

    return _UNSAFE_NAME.sub(escape, name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def max_article_bytes() -> int:
    """The byte limit for one article file, with ``HELPERS_MAX_BYTES`` validated.

    >>> os.environ["HELPERS_MAX_BYTES"] = "lots"
    >>> max_article_bytes()
    Traceback (most recent call last):
    ...
    helpers.gate.GateSettingError: HELPERS_MAX_BYTES='lots' is not a whole number of bytes (e.g. 2000000)
    >>> del os.environ["HELPERS_MAX_BYTES"]
    """
    return _limit_setting("HELPERS_MAX_BYTES", config.MAX_ARTICLE_BYTES, "bytes")


def max_article_chars() -> int:
    """The character limit for one article: ``HELPERS_MAX_CHARS`` (validated), else ``MAX_ARTICLE_CHARS``.

    >>> os.environ["HELPERS_MAX_CHARS"] = "-5"
    >>> max_article_chars()
    Traceback (most recent call last):
    ...
    helpers.gate.GateSettingError: HELPERS_MAX_CHARS='-5' is not a whole number of characters (e.g. 1000000)
    >>> del os.environ["HELPERS_MAX_CHARS"]
    """
    return _limit_setting("HELPERS_MAX_CHARS", MAX_ARTICLE_CHARS, "characters")


def _limit_setting(variable: str, default: int, unit: str) -> int:
    """A positive whole number from the environment variable ``variable`` (``_`` allowed), else ``default``."""
    raw = os.environ.get(variable)
    if raw is None:
        return default
    value = raw.strip().replace("_", "")
    if not value.isdigit() or int(value) <= 0:
        example = 2_000_000 if unit == "bytes" else PARSER_MAX_CHARS
        raise GateSettingError(f"{variable}={raw!r} is not a whole number of {unit} (e.g. {example})")
    return int(value)


# --------------------------------------------------------------------------- files


@dataclass(frozen=True)
class FileCheck:
    """What :func:`check_file` found: ``reason`` is None when the file may be read."""

    path: Path
    size: int
    reason: str | None = None


def _link_reason(path: Path, root: Path, follow_symlinks: bool) -> str | None:
    try:
        target = path.resolve(strict=True)
    except RuntimeError:
        return "symbolic link loop; skipped"
    except OSError as exc:
        if "loop" in str(exc).lower() or getattr(exc, "errno", None) == 40:
            return "symbolic link loop; skipped"
        return "symbolic link to a missing file; skipped"
    if follow_symlinks or target == root or root in target.parents:
        return None
    return "symbolic link leaving the corpus folder; skipped (--follow-symlinks reads it)"


def check_file(path: Path, root: Path | None = None, follow_symlinks: bool = False,
               limit: int | None = None) -> FileCheck:
    """Whether ``path`` may be read, decided from its metadata alone (nothing is opened).

    Refuses special files (FIFOs, sockets, devices), symlinks that loop or
    leave ``root`` (unless ``follow_symlinks``), and files over ``limit``
    bytes (when given).
    """
    root = (root or path.parent).resolve()
    try:
        lst = os.lstat(path)
    except OSError as exc:
        return FileCheck(path, 0, f"cannot be read ({exc.strerror or exc}); skipped")
    if stat.S_ISLNK(lst.st_mode):
        reason = _link_reason(path, root, follow_symlinks)
        if reason:
            return FileCheck(path, 0, reason)
    try:
        st = os.stat(path)
    except OSError as exc:
        return FileCheck(path, 0, f"cannot be read ({exc.strerror or exc}); skipped")
    if stat.S_ISDIR(st.st_mode):
        return FileCheck(path, 0, "a folder, not a file; skipped")
    if not stat.S_ISREG(st.st_mode):
        return FileCheck(path, 0, "not a regular file (a pipe, socket or device); skipped")
    if limit is not None and st.st_size > limit:
        return FileCheck(path, st.st_size, over_limit_message(st.st_size, limit))
    return FileCheck(path, st.st_size)


def over_limit_message(size: int, limit: int) -> str:
    """The reason given for a file over the byte limit."""
    return (f"{size:,} bytes is over the {limit:,}-byte limit for one article "
            "(HELPERS_MAX_BYTES raises it); skipped")


def open_regular(path: Path):
    """Open ``path`` for binary reading without blocking, and only if it is a regular file.

    A FIFO swapped in after :func:`check_file` is refused here instead of hanging.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(f"{safe_name(path)}: not a regular file")
    return os.fdopen(fd, "rb")


def read_file_bytes(path: Path, limit: int) -> bytes | None:
    """At most ``limit`` bytes of ``path``; None when it holds more (it is never read whole)."""
    with open_regular(path) as fh:
        data = fh.read(limit + 1)
    return None if len(data) > limit else data


# --------------------------------------------------------------------------- decoding

_BOMS = ((codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


def sniff_encoding(head: bytes) -> tuple[str, int, str]:
    """(codec, BOM length, label) from a file's first bytes; UTF-8 when there is no BOM.

    >>> sniff_encoding(b"\\xff\\xfeH\\x00")
    ('utf-16-le', 2, 'UTF-16')
    """
    for bom, codec, label in _BOMS:
        if head.startswith(bom):
            return codec, len(bom), label
    return "utf-8", 0, ""


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in a byte-order-marked or UTF-8 encoding (NUL bytes)."""
    return sniff_encoding(data[:4])[0] == "utf-8" and b"\x00" in data[:8192]


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text from bytes, with notes on what was done (BOM removed, bytes replaced, line endings).

    >>> decode("Caf\\u00e9".encode("utf-16"))
    ('Café', ['UTF-16 text with byte-order mark decoded'])
    >>> decode(b"Caf\\xe9\\r\\n")[1]
    ['invalid UTF-8 at byte 3; 1 undecodable byte(s) replaced with U+FFFD', 'CRLF/CR line endings converted to LF']
    """
    codec, skip, label = sniff_encoding(data[:4])
    notes = []
    if label == "UTF-8":
        notes.append("UTF-8 byte-order mark removed")
    elif label:
        notes.append(f"{label} text with byte-order mark decoded")
    body = data[skip:]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        text = body.decode(codec, errors="replace")
        bad = text.count("\ufffd") - body.decode(codec, errors="ignore").count("\ufffd")
        notes.append(f"invalid {label or 'UTF-8'} at byte {exc.start + skip}; "
                     f"{bad} undecodable byte(s) replaced with U+FFFD")
    if "\r" in text:
        notes.append("CRLF/CR line endings converted to LF")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, notes


# --------------------------------------------------------------------------- text


def _shorten_run(m: re.Match) -> str:
    return m.group(0)[:RUN_KEEP]


def clean_text(text: str) -> tuple[str, dict[str, int]]:
    """Remove characters that are never story text; shorten long punctuation runs.

    Returns the text and a count per kind of change (empty when nothing
    changed). Tabs and newlines are kept; ``\\r`` is expected to be gone.

    >>> clean_text("Fine text.")
    ('Fine text.', {})
    """
    counts: dict[str, int] = {}
    for label, pattern, repl in (("NUL", re.compile("\x00"), ""), ("control character", _CONTROL, ""),
                                 ("bidirectional control", _BIDI, ""), ("U+FFFE/U+FFFF", _NONCHAR, ""),
                                 ("lone surrogate", _SURROGATE, "\ufffd")):
        text, n = pattern.subn(repl, text)
        if n:
            counts[label] = n
    text, n = _PUNCT_RUN.subn(_shorten_run, text)
    if n:
        counts["punctuation run shortened"] = n
    return text, counts


def clean_field(value: str) -> tuple[str, int]:
    r"""A metadata value (title, outlet, byline, ...) fit for a table, and how many characters changed.

    NUL, control and bidirectional characters and U+FFFE/U+FFFF are removed
    (tabs and newlines kept); lone surrogates (``\udcff`` escapes in JSON)
    become U+FFFD, since no file can hold them.

    >>> clean_field("Port\x1b Daily\udcff") == ("Port Daily\ufffd", 2)
    True
    """
    changed = value.count("\x00")
    value = value.replace("\x00", "")
    for pattern, repl in ((_CONTROL, ""), (_BIDI, ""), (_NONCHAR, ""), (_SURROGATE, "\ufffd")):
        value, n = pattern.subn(repl, value)
        changed += n
    return value, changed


def writable_name(name: str) -> str:
    r"""An article name that can be written to a file: lone surrogates (the undecodable bytes
    of a file name that is not UTF-8) become U+FFFD; every other character is kept.

    >>> writable_name("caf\udce9.txt") == "caf\ufffd.txt"
    True
    """
    return _SURROGATE.sub("\ufffd", name)


def describe_changes(counts: dict[str, int]) -> str:
    """One phrase for :func:`clean_text`'s counts.

    >>> describe_changes({"NUL": 2, "punctuation run shortened": 1})
    '2 NUL removed, 1 punctuation run shortened'
    """
    parts = []
    for label, n in counts.items():
        parts.append(f"{n} {label}" + ("" if "shortened" in label else " removed"))
    return ", ".join(parts)


def check_length(text: str, limit: int | None = None) -> str | None:
    """The refusal reason for a text over ``limit`` characters (default :func:`max_article_chars`), else None.

    >>> check_length("x" * 12, limit=10)
    '12 characters is over the 10-character limit for one article (HELPERS_MAX_CHARS raises it); skipped'
    """
    limit = max_article_chars() if limit is None else limit
    if len(text) > limit:
        return (f"{len(text):,} characters is over the {limit:,}-character limit for one article "
                "(HELPERS_MAX_CHARS raises it); skipped")
    return None


# --------------------------------------------------------------------------- parser pieces


def _cut_point(text: str, start: int, limit: int) -> int:
    """Where to end the piece that starts at ``start``: a paragraph, line, sentence or word break."""
    end = start + limit
    for sep in ("\n\n", "\n", ". ", " "):
        cut = text.rfind(sep, start + 1, end)
        if cut > start:
            return cut + len(sep)
    return end


def parser_pieces(text: str, limit: int = PARSER_MAX_CHARS) -> list[tuple[int, str]]:
    """``text`` cut into (offset, piece) of at most ``limit`` characters, at paragraph breaks if possible.

    Joining the pieces gives ``text`` back, so offsets found in a piece plus
    its offset are offsets in ``text``.

    >>> parser_pieces("One.\\n\\nTwo.\\n\\nThree.", limit=12)
    [(0, 'One.\\n\\nTwo.\\n\\n'), (12, 'Three.')]
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        cut = _cut_point(text, start, limit)
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


OFFSET_KEYS = ("start", "end", "sent_start")


def shift_rows(rows: list[dict], offset: int) -> list[dict]:
    """The rows with every character offset moved by ``offset`` (rows are copied).

    >>> shift_rows([{"start": 1, "end": 4, "actor": "X"}], 100)
    [{'start': 101, 'end': 104, 'actor': 'X'}]
    """
    if not offset:
        return rows
    return [{k: (v + offset if k in OFFSET_KEYS and isinstance(v, int) else v) for k, v in row.items()}
            for row in rows]
