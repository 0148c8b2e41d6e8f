"""Readers per input format: plain text, saved web pages, JSON, JSON Lines, CSV/TSV.

Each reader yields :class:`Record` (one article: its name, text and the
metadata the format states) or :class:`Problem` (one line naming a file or
record and why it was refused or repaired). The format is chosen by the
file's content as well as its extension (:func:`detect_format`): an HTML page
or a JSON Lines export renamed ``.txt`` is still read as what it is.

Field names of news-please, newspaper4k and trafilatura's JSON output are
recognised (``data/record_fields.csv``); others are named with a column map
(:func:`parse_column_map`, ``--map text=body,outlet=source``). JSON Lines and
CSV files are streamed one record at a time.

>>> detect_format("page.txt", b"<!DOCTYPE html><html><body>Hi</body></html>")
'html'
>>> detect_format("export.txt", b'{"maintext": "a"}\\n{"maintext": "b"}\\n')
'jsonl'
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .. import config, gate, language

#: The columns a record or a column map can fill (``id`` names the record in ``article``).
MAP_COLUMNS = ("text", "title", "outlet", "outlet_country", "via", "published", "byline", "url", "id")
EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html", ".xhtml": "html",
              ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv", ".tab": "tsv"}
SNIFF_BYTES = 65536
#: A web page whose main text has fewer words is a menu or an error page, not an article.
MIN_PAGE_WORDS = 5


@dataclass
class Record:
    """One article as a reader found it: ``meta`` holds the format's own metadata columns."""

    name: str
    text: str
    meta: dict = field(default_factory=dict)
    source: str = "txt"


@dataclass
class Problem:
    """One refused or repaired file or record; ``message`` starts with the (safe) name."""

    name: str
    reason: str

    @property
    def message(self) -> str:
        return f"{gate.safe_name(self.name)}: {self.reason}"


@lru_cache(maxsize=4)
def known_fields(path: Path = config.DATA_DIR / "record_fields.csv") -> dict[str, tuple[str, ...]]:
    """Field names each column is looked up under, in order (``data/record_fields.csv``)."""
    fields: dict[str, list[str]] = {}
    for column, name in language.data_table(path, required=["column", "field"])[["column", "field"]].values:
        fields.setdefault(column, []).append(name)
    return {col: tuple(names) for col, names in fields.items()}


def parse_column_map(spec: str | None) -> dict[str, str]:
    """``"text=body,outlet=source"`` as {column: field}; a clear ValueError for anything else.

    >>> parse_column_map("text=body, outlet=source")
    {'text': 'body', 'outlet': 'source'}
    >>> parse_column_map("txt=body")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: column map: 'txt' is not a column (use text, title, outlet, ...)
    """
    mapping = {}
    for part in (p.strip() for p in (spec or "").split(",")):
        if not part:
            continue
        column, sep, name = (x.strip() for x in part.partition("="))
        if not sep or not name:
            raise ValueError(f"column map: {part!r} is not column=field")
        if column not in MAP_COLUMNS:
            raise ValueError(f"column map: {column!r} is not a column (use {', '.join(MAP_COLUMNS)})")
        mapping[column] = name
    return mapping


def _value(value) -> str:
    if value is None or isinstance(value, dict):
        return ""
    if isinstance(value, list):
        return "; ".join(_value(v) for v in value if _value(v))
    return str(value).strip()


def map_fields(obj: dict, column_map: dict[str, str]) -> dict[str, str]:
    """Our columns from one record's fields: the column map first, then the known field names.

    >>> map_fields({"maintext": "Body.", "authors": ["A B", "C D"], "date_publish": "2024-01-02 10:00:00"}, {})
    {'text': 'Body.', 'published': '2024-01-02', 'byline': 'A B; C D'}
    """
    from .metadata import parse_date

    out = {}
    for column, names in known_fields().items():
        for name in ((column_map[column],) if column in column_map else ()) + names:
            value = _value(obj.get(name))
            if value:
                out[column] = parse_date(value) if column == "published" else value
                break
    if "byline" in out:
        out["byline"] = "; ".join(p.strip() for p in re.split(r";|,| and ", out["byline"]) if p.strip())
    return {k: v for k, v in out.items() if v}


def compose(title: str, body: str) -> str:
    """The article text: the headline as first line, then the body (unless it already opens with it).

    >>> compose("Deal near", "Deal near\\nBody."), compose("Deal near", "Body.")
    ('Deal near\\nBody.', 'Deal near\\n\\nBody.')
    """
    body = body.strip("\n")
    first = next((line.strip() for line in body.split("\n") if line.strip()), "")
    if not title or first == title.strip():
        return body
    return f"{title.strip()}\n\n{body}"


# --------------------------------------------------------------------------- format


def _header_fields(line: str) -> set[str]:
    delimiter = "\t" if line.count("\t") > line.count(",") else ","
    return {f.strip().strip('"').lower() for f in line.split(delimiter)}


def _json_opening(start: str) -> bool:
    """Whether text opening with ``[`` or ``{`` opens JSON: what follows the bracket (after spaces)
    can start an article object, a text or a list (or a key), so a plain article that opens ``[Source: Wire]`` or ``{Updated}``
    is text, as is one that opens with a bracketed date or note number (``[12 May]``, ``[1]``).

    >>> _json_opening('[{"text": "a"}]'), _json_opening("[source: wire] talks resumed"), _json_opening('{ "a": 1}')
    (True, False, True)
    >>> _json_opening("[12 may] talks resumed"), _json_opening("[1] a note")
    (False, False)
    """
    rest = start[1:].lstrip()
    return rest[:1] in ('"', "}") if start[:1] == "{" else rest[:1] in '{["]'  # an array of articles or texts


def sniff_content(head: str) -> str | None:
    """The format the text says it is (html, json, jsonl, csv, tsv), or None for plain text."""
    start = head.lstrip()[:1000].lower()
    if start.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in start and "<" == start[:1]):
        return "html"
    if start[:1] in "[{" and start and _json_opening(start):
        lines = [line for line in head.strip().split("\n") if line.strip()]
        if start[:1] == "{" and len(lines) > 1 and all(x.lstrip().startswith("{") for x in lines[:2]):
            return "jsonl"
        return "json"
    first = head.split("\n", 1)[0]
    texts = set(known_fields().get("text", ()))
    if (first.count(",") or first.count("\t")) and _header_fields(first) & texts:
        return "tsv" if first.count("\t") > first.count(",") else "csv"
    return None


def detect_format(name: str, head: bytes) -> str | None:
    """The reader for a file from its extension and first bytes, or None when it is no article format.

    >>> detect_format("notes.docx", b"PK\\x03\\x04"), detect_format("table.csv", b"body,title\\n")
    (None, 'csv')
    """
    ext = EXTENSIONS.get(Path(name).suffix.lower())
    if gate.looks_binary(head):
        return None
    codec, skip, _ = gate.sniff_encoding(head[:4])
    text = head[skip:].decode(codec, errors="replace")
    sniffed = sniff_content(text)
    if ext in (None, "txt"):
        return sniffed or ext
    if ext in ("csv", "tsv") and sniffed in ("csv", "tsv"):
        return sniffed
    return ext


# --------------------------------------------------------------------------- readers


def read_txt(path: Path, name: str, limit: int):
    """One article from a plain-text file (UTF-8, or UTF-16 / UTF-8 with a byte-order mark)."""
    data = gate.read_file_bytes(path, limit)
    if data is None:
        yield Problem(name, gate.over_limit_message(path.stat().st_size, limit))
        return
    if not data.strip():
        yield Problem(name, "empty file; skipped")
        return
    if gate.looks_binary(data):
        yield Problem(name, "binary file (contains NUL bytes), not text; skipped")
        return
    text, notes = gate.decode(data)
    for note in notes:
        yield Problem(name, note)
    yield Record(name, text, {}, "txt")


def read_html(path: Path, name: str, limit: int):
    """One article from a saved web page: main text and metadata by trafilatura (no comments, no menus)."""
    import trafilatura

    data = gate.read_file_bytes(path, limit)
    if data is None:
        yield Problem(name, gate.over_limit_message(path.stat().st_size, limit))
        return
    try:
        doc = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception as exc:  # noqa: BLE001 - a page trafilatura cannot parse is one bad file
        yield Problem(name, f"web page could not be parsed ({type(exc).__name__}); skipped")
        return
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = _value(found.get("text"))
    if len(body.split()) < MIN_PAGE_WORDS:
        yield Problem(name, f"web page without article text (trafilatura found {len(body.split())} words); skipped")
        return
    meta = {"title": _value(found.get("title")), "outlet": _value(found.get("sitename")),
            "published": _value(found.get("date")), "url": _value(found.get("url")),
            "byline": "; ".join(p.strip() for p in _value(found.get("author")).split(";") if p.strip())}
    yield Record(name, compose(meta["title"], body), {k: v for k, v in meta.items() if v}, "html")


def _record_name(file_name: str, mapped: dict, number: int, used: set[str]) -> str:
    """``file#id`` when the record has an unused id, else ``file#number`` (line or row)."""
    ident = re.sub(r"\s+", "_", mapped.get("id", "").strip())[:80]
    name = f"{file_name}#{ident}" if ident else f"{file_name}#{number}"
    if name in used:
        name = f"{file_name}#{number}"
    used.add(name)
    return name


def record_from_object(obj, name: str, column_map: dict, source: str) -> Record | Problem:
    """A :class:`Record` from one JSON object or CSV row, or the :class:`Problem` it has."""
    if not isinstance(obj, dict):
        return Problem(name, f"a JSON {type(obj).__name__}, not an object; skipped")
    mapped = map_fields(obj, column_map)
    body = mapped.pop("text", "")
    mapped.pop("id", None)
    if not body:
        looked = ([column_map["text"]] if "text" in column_map else []) + list(known_fields()["text"])
        return Problem(name, f"no text (looked for {', '.join(looked)}; --map text=FIELD names yours); skipped")
    return Record(name, compose(mapped.get("title", ""), body), mapped, source)


def _json_objects(value) -> list:
    """The article objects of a JSON document: a list, one object, or a list under one key."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        lists = [v for v in value.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
        if len(lists) == 1 and not map_fields(value, {}).get("text"):
            return lists[0]
        return [value]
    return [value]


def read_json(path: Path, name: str, column_map: dict):
    """One article per object of a JSON file (an array, one object, or ``{"articles": [...]}``)."""
    data = gate.read_file_bytes(path, gate.MAX_WHOLE_FILE_BYTES)
    if data is None:
        yield Problem(name, f"JSON file over {gate.MAX_WHOLE_FILE_BYTES:,} bytes; save it as JSON Lines; skipped")
        return
    text, notes = gate.decode(data)
    yield from (Problem(name, note) for note in notes)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Problem(name, f"not valid JSON (line {exc.lineno}: {exc.msg}); skipped")
        return
    objects = _json_objects(value)
    used: set[str] = set()
    for number, obj in enumerate(objects, 1):
        record_name = name if len(objects) == 1 and not isinstance(value, list) else \
            _record_name(name, map_fields(obj, column_map) if isinstance(obj, dict) else {}, number, used)
        yield record_from_object(obj, record_name, column_map, "json")


def _lines(fh, limit: int):
    """(line number, bytes) for each line of a binary file; bytes is None for a line over ``limit``."""
    number = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            yield number, None
            continue
        yield number, line


def read_jsonl(path: Path, name: str, column_map: dict, limit: int):
    """One article per line of a JSON Lines file, streamed; a line that is not JSON is one problem."""
    used: set[str] = set()
    with gate.open_regular(path) as fh:
        for number, line in _lines(fh, limit):
            if line is None:
                yield Problem(f"{name} line {number}", f"over the {limit:,}-byte limit; skipped")
                continue
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[3:]
            if not line.strip():
                continue
            text, notes = gate.decode(line)
            yield from (Problem(f"{name} line {number}", n) for n in notes if "line endings" not in n)
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Problem(f"{name} line {number}", f"not JSON ({exc.msg}); skipped")
                continue
            ident = map_fields(obj, column_map) if isinstance(obj, dict) else {}
            yield record_from_object(obj, _record_name(name, ident, number, used), column_map, "jsonl")


_REPLACED = [0]


def _count_replace(exc: UnicodeDecodeError):
    _REPLACED[0] += exc.end - exc.start
    return "\ufffd", exc.end


codecs.register_error("helpers-count-replace", _count_replace)


def _csv_reader(stream, fmt: str) -> csv.DictReader:
    header = stream.readline()
    delimiter = "\t" if fmt == "tsv" or header.count("\t") > header.count(",") else ","
    fields = next(csv.reader([header], delimiter=delimiter), [])
    return csv.DictReader(stream, fieldnames=[f.strip() for f in fields], delimiter=delimiter)


def _text_column(fieldnames, column_map: dict) -> str | None:
    wanted = ([column_map["text"]] if "text" in column_map else []) + list(known_fields()["text"])
    return next((f for f in wanted if f in (fieldnames or [])), None)


def _csv_rows(reader, name: str):
    """(row number, row or Problem) for each data row; a malformed row is one problem."""
    number = 0
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield number, Problem(f"{name}#{number}", f"malformed CSV row ({exc}); skipped")
            continue
        yield number, row


def read_csv(path: Path, name: str, column_map: dict, fmt: str = "csv"):
    """One article per row of a CSV or TSV file, streamed (the file is never loaded whole)."""
    with gate.open_regular(path) as raw:
        codec, skip, _ = gate.sniff_encoding(raw.read(4))
        raw.seek(skip)
        _REPLACED[0] = 0
        stream = io.TextIOWrapper(raw, encoding=codec, errors="helpers-count-replace", newline="")
        csv.field_size_limit(max(gate.max_article_chars() * 2, 1 << 20))
        reader = _csv_reader(stream, fmt)
        if _text_column(reader.fieldnames, column_map) is None:
            yield Problem(name, f"no text column (columns: {', '.join(reader.fieldnames or []) or 'none'}; "
                                "--map text=COLUMN names it); skipped")
            return
        used: set[str] = set()
        for number, row in _csv_rows(reader, name):
            if isinstance(row, Problem):
                yield row
                continue
            row = {k: v for k, v in row.items() if k is not None}
            ident = map_fields(row, column_map)
            yield record_from_object(row, _record_name(name, ident, number, used), column_map, fmt)
        if _REPLACED[0]:
            yield Problem(name, f"invalid {'UTF-8' if codec == 'utf-8' else codec.upper()}: "
                                f"{_REPLACED[0]} undecodable byte(s) replaced with U+FFFD")


def read_file(path: Path, fmt: str, name: str, column_map: dict, limit: int):
    """Records and problems from one file in format ``fmt`` (see :func:`detect_format`)."""
    if fmt == "html":
        return read_html(path, name, limit)
    if fmt == "json":
        return read_json(path, name, column_map)
    if fmt == "jsonl":
        return read_jsonl(path, name, column_map, limit)
    if fmt in ("csv", "tsv"):
        return read_csv(path, name, column_map, fmt)
    return read_txt(path, name, limit)


SINGLE_ARTICLE_FORMATS = {"txt", "html"}
#: Formats holding many articles: no file-size limit (records are limited one by one).
STREAMED_FORMATS = {"csv", "tsv", "jsonl", "json"}
