"""Read a folder of articles (+ optional ``manifest.csv``) into the articles table.

A folder may mix formats (:mod:`helpers.corpus.readers`): each ``.txt`` file
and each saved web page (``.html``) is one article; JSON, JSON Lines and
CSV/TSV exports hold one article per object or row, named
``file#id`` or ``file#row`` in ``article``. The format is chosen by content
as well as extension. Every byte passes the input gate (:mod:`helpers.gate`)
first: size and type checked before reading, decoding, control characters
removed, limits applied.

Metadata comes from the manifest when it lists the article, else from the
record's own fields (web page, JSON, CSV), else from what the text states;
each column falls back separately, and nothing is guessed from the file name.
Metadata lines (bylines, datelines, ``Published`` lines, an outlet suffix of
the headline) are moved out of the analysed text (``metadata_lines``),
boilerplate too (``boilerplate``); offsets in every table refer to ``text``.
Exact and near duplicates are flagged (``duplicate_of``; see
:mod:`helpers.corpus.duplicates`). Each problem is one :class:`CorpusWarning`
line naming the file or record, and the rest of the corpus is still loaded.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Talks stall – Daily Example\\nHe said it.\\n")
>>> load_corpus(d)[["article", "outlet", "title", "text"]].to_dict("records")
[{'article': 'a.txt', 'outlet': 'Daily Example', 'title': 'Talks stall', 'text': 'Talks stall\\nHe said it.'}]
"""
from __future__ import annotations

import csv
import hashlib
import os
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import gate
from .duplicates import duplicate_chains, find_duplicates, once_per_outlet, one_per_outlet, story  # noqa: F401
from .metadata import (metadata_from_text, metadata_rules, parse_date, split_metadata,  # noqa: F401
                       strip_title_suffix, credit_outlet)
from .readers import (EXTENSIONS, SINGLE_ARTICLE_FORMATS, SNIFF_BYTES, STREAMED_FORMATS, Problem, Record, detect_format,  # noqa: F401
                      parse_column_map, read_file)
from .text import (BoilerplateRule, boilerplate_rules, looks_like_headline, remove_boilerplate,  # noqa: F401
                   repair_typography)

MANIFEST = "manifest.csv"
META_COLUMNS = ["article", "outlet", "outlet_country", "via", "published", "title", "byline"]
COLUMNS = META_COLUMNS + [
    "outlet_evidence", "metadata_from", "text", "raw_text", "boilerplate", "n_words", "n_paragraphs",
    "url", "metadata_lines", "duplicate_of", "duplicate_kind",
]
#: Files in a corpus folder that are not articles and are silently skipped.
IGNORED_FILES = {MANIFEST, "README.md", "README.txt", ".DS_Store"}
#: Environment variables that set the reading options for every build (and the notebooks).
MAP_ENV, FOLLOW_ENV = "HELPERS_COLUMN_MAP", "HELPERS_FOLLOW_SYMLINKS"


class CorpusWarning(UserWarning):
    """A problem with one input file or record; the message starts with its (escaped) name."""

    def __init__(self, message: str, file: str = ""):
        super().__init__(message)
        self.file = file or message.split(":", 1)[0]

    def __str__(self) -> str:
        return self.args[0]


def _warn(name: str, reason: str) -> None:
    safe = gate.safe_name(name)
    warnings.warn(CorpusWarning(f"{safe}: {reason}", safe), stacklevel=3)


def _yes_no(variable: str) -> bool:
    """An on/off environment variable: 1/true/yes or 0/false/no (or unset); anything else is an error."""
    value = os.environ.get(variable, "").strip().lower()
    if value not in {"", "0", "1", "true", "false", "yes", "no"}:
        raise gate.GateSettingError(f"{variable}={os.environ[variable]!r} is not one of 1/0, true/false, yes/no")
    return value in {"1", "true", "yes"}


@dataclass(frozen=True)
class ReadOptions:
    """How a folder is read: the column map for JSON/CSV fields and whether symlinks are followed."""

    column_map: tuple[tuple[str, str], ...] = ()
    follow_symlinks: bool = False

    @classmethod
    def resolve(cls, column_map=None, follow_symlinks=None) -> "ReadOptions":
        """The options given, else from ``$HELPERS_COLUMN_MAP`` and ``$HELPERS_FOLLOW_SYMLINKS``."""
        if column_map is None or isinstance(column_map, str):
            column_map = parse_column_map(os.environ.get(MAP_ENV, "") if column_map is None else column_map)
        if follow_symlinks is None:
            follow_symlinks = _yes_no(FOLLOW_ENV)
        return cls(tuple(sorted(dict(column_map).items())), bool(follow_symlinks))


# --------------------------------------------------------------------------- reading


def read_text(path: Path) -> str | None:
    """One plain-text file through the gate, or None (with a warning) when it cannot be used."""
    path = Path(path)
    check = gate.check_file(path, path.parent, limit=gate.max_article_bytes())
    if check.reason:
        _warn(path.name, check.reason)
        return None
    text = None
    for item in read_file(path, "txt", path.name, {}, gate.max_article_bytes()):
        if isinstance(item, Problem):
            _warn(item.name, item.reason)
        else:
            text = item.text
    return text


def folder_entries(folder: Path) -> list[Path]:
    """Every entry of ``folder`` that may be an article, sorted: no dot-files, no real sub-folders."""
    with os.scandir(folder) as it:
        entries = [Path(e.path) for e in it if not e.name.startswith(".") and not e.is_dir(follow_symlinks=False)]
    return sorted(entries, key=lambda p: p.name)


def read_entry(path: Path, folder: Path, options: ReadOptions, limit: int):
    """Records and problems from one folder entry, checked before it is read."""
    check = gate.check_file(path, folder, options.follow_symlinks)
    if check.reason:
        yield Problem(path.name, check.reason)
        return
    if check.size > limit and EXTENSIONS.get(path.suffix.lower()) not in STREAMED_FORMATS:
        yield Problem(path.name, gate.over_limit_message(check.size, limit))  # refused before it is opened
        return
    try:
        with gate.open_regular(path) as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        yield Problem(path.name, f"cannot be read ({exc.strerror or exc}); skipped")
        return
    if gate.looks_binary(head):
        yield Problem(path.name, "binary file (contains NUL bytes), not text; skipped")
        return
    fmt = detect_format(path.name, head)
    if fmt is None:
        yield Problem(path.name, f"not an article format ({path.suffix or 'no extension'}; read are .txt .html "
                                 ".json .jsonl .csv .tsv); ignored")
        return
    if fmt in SINGLE_ARTICLE_FORMATS and check.size > limit:
        yield Problem(path.name, gate.over_limit_message(check.size, limit))
        return
    yield from read_file(path, fmt, path.name, dict(options.column_map), limit)


# --------------------------------------------------------------------------- manifest


def _manifest_row(row: dict, line: int) -> dict:
    """A manifest row's non-empty values, with ``published`` as an ISO date (or dropped, reported)."""
    out = {k.strip(): (v or "").strip() for k, v in row.items() if k and (v or "").strip()}
    value = out.get("published", "")
    if value:
        iso = parse_date(value)
        if not iso:
            _warn(MANIFEST, f"row {line} ({out.get('article', '')}): published {value!r} is not a date; "
                            "taken from the text instead")
            del out["published"]
        else:
            out["published"] = iso
    return out


def read_manifest(folder: Path, follow_symlinks: bool = False) -> dict[str, dict]:
    """The manifest rows by article name ({} when there is none), validated.

    Dates become ISO dates or are reported; a repeated row is reported (the
    first is used); an empty or missing column falls back to the text for that
    column only. A manifest without an ``article`` column is reported and ignored.
    """
    path = Path(folder) / MANIFEST
    if not os.path.lexists(path):
        return {}
    limit = gate.max_article_bytes()
    check = gate.check_file(path, Path(folder), follow_symlinks, limit=limit)
    data = None if check.reason else gate.read_file_bytes(path, limit)
    if data is None:
        _warn(MANIFEST, check.reason or "over the size limit; ignored")
        return {}
    text, notes = gate.decode(data)
    for note in notes:
        _warn(MANIFEST, note)
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames and "article" not in [f.strip() for f in reader.fieldnames]:
        _warn(MANIFEST, f"has no 'article' column (columns: {gate.safe_name(', '.join(reader.fieldnames))}); "
                        "ignored, metadata taken from the texts")
        return {}
    manifest: dict[str, dict] = {}
    for line, row in enumerate(reader, 2):
        name = (row.get("article") or "").strip()
        if not name:
            continue
        if name in manifest:
            _warn(MANIFEST, f"row {line}: {gate.safe_name(name)} is listed again; the first row is used")
            continue
        manifest[name] = _manifest_row(row, line)
    return manifest


def _count_quote_marks(text: str) -> tuple[int, int]:
    opening = text.count("“") + text.count("«")
    closing = text.count("”") + text.count("»")
    return opening, closing


def check_quotation_marks(name: str, text: str) -> None:
    """Warn when an article's quotation marks do not pair up (extraction still runs)."""
    straight = text.count('"')
    opening, closing = _count_quote_marks(text)
    if straight % 2 or opening != closing:
        _warn(name, f"unbalanced quotation marks ({straight} straight, {opening} opening, "
                    f"{closing} closing); quotes are paired by context")


# --------------------------------------------------------------------------- the table

_META_FIELDS = ("outlet", "outlet_country", "via", "published", "title", "byline", "url")


def merge_metadata(manifest_row: dict | None, given: dict, own: dict, source: str) -> dict:
    """Each column from the manifest, else the record's own fields, else the text.

    >>> merge_metadata({"outlet": "M"}, {"title": "T"}, {"byline": "B", "outlet": "O"}, "json")["byline"]
    'B'
    """
    manifest_row = manifest_row or {}
    meta = {col: manifest_row.get(col) or given.get(col) or own.get(col) or "" for col in _META_FIELDS}
    if manifest_row.get("outlet"):
        evidence = manifest_row.get("outlet_evidence") or "manifest"
    elif given.get("outlet"):
        evidence = source
    else:
        evidence = own.get("outlet_evidence", "") if meta["outlet"] else ""
    meta["outlet_evidence"] = evidence
    meta["metadata_from"] = "manifest" if manifest_row else (source if given else "text")
    return meta


def article_record(name: str, raw: str, manifest_row: dict | None, given: dict | None = None,
                   source: str = "txt") -> dict:
    """One row of the articles table from an article's text and the metadata known from elsewhere."""
    given = given or {}
    repaired = repair_typography(raw)
    known = {k: (manifest_row or {}).get(k) or given.get(k, "") for k in ("outlet", "byline")}
    text, moved, own = split_metadata(repaired, known)
    text, removed = remove_boilerplate(text)
    meta = merge_metadata(manifest_row, given, {**own, "title": ""}, source)
    text, suffix, outlet = strip_title_suffix(text, meta["outlet"])
    if suffix:
        moved.append(suffix)
    credit_outlet(meta, outlet, own["agency"])
    if not meta["title"]:
        meta["title"] = text.split("\n", 1)[0].strip()
    record = {"article": name, **{k: meta[k] for k in META_COLUMNS[1:]}}
    record.update(
        outlet_evidence=meta["outlet_evidence"], metadata_from=meta["metadata_from"], text=text, raw_text=raw,
        boilerplate="\n".join(removed), n_words=len(text.split()),
        n_paragraphs=sum(1 for p in text.split("\n") if p.strip()),
        url=meta["url"], metadata_lines="\n".join(moved), duplicate_of="", duplicate_kind="")
    return record


def finish_record(item: Record, manifest: dict) -> dict | None:
    """The table row for a reader's record after the text gate, or None (with a warning)."""
    text, counts = gate.clean_text(item.text)
    if counts:
        _warn(item.name, gate.describe_changes(counts))
    reason = gate.check_length(text)
    if reason or not text.strip():
        _warn(item.name, reason or "no text; skipped")
        return None
    if manifest and item.source in SINGLE_ARTICLE_FORMATS and item.name not in manifest:
        _warn(item.name, f"not listed in {MANIFEST}; metadata taken from the "
                         f"{'text' if item.source == 'txt' else 'page'}")
    if len(text) > gate.PARSER_MAX_CHARS:
        _warn(item.name, f"{len(text):,} characters is over the parser's {gate.PARSER_MAX_CHARS:,}-character "
                         "limit; parsed in pieces cut at paragraph breaks")
    check_quotation_marks(item.name, text)
    return clean_metadata(article_record(item.name, text, manifest.get(item.name), item.meta, item.source))


def clean_metadata(record: dict) -> dict:
    """The record with its metadata fields through :func:`gate.clean_field` and a name that can
    be written (:func:`gate.writable_name`); each change reported in one line naming the file."""
    name = record["article"]
    changed = []
    for key in _META_FIELDS:
        value, n = gate.clean_field(record.get(key) or "")
        if n:
            record[key] = value
            changed.append(key)
    if changed:
        _warn(name, f"control, bidirectional or invalid characters removed from {', '.join(changed)}")
    record["article"] = gate.writable_name(name)
    if record["article"] != name:
        _warn(name, "file name is not valid UTF-8; its undecodable bytes are recorded as U+FFFD")
    return record


def iter_articles(folder: Path | str, column_map=None, follow_symlinks=None):
    """Yield one article record at a time, in file-name order (streams a large corpus).

    ``column_map`` ({column: field} or ``"text=body,..."``) and
    ``follow_symlinks`` default to ``$HELPERS_COLUMN_MAP`` / ``$HELPERS_FOLLOW_SYMLINKS``.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: corpus folder not found")
    options = ReadOptions.resolve(column_map, follow_symlinks)
    limit = gate.max_article_bytes()
    manifest = read_manifest(folder, options.follow_symlinks)
    seen = set()
    for path in folder_entries(folder):
        if path.name in IGNORED_FILES:
            continue
        for item in read_entry(path, folder, options, limit):
            record = finish_record(item, manifest) if isinstance(item, Record) else _warn(item.name, item.reason)
            if record is not None:
                seen.add(record["article"])
                yield record
    for missing in sorted(set(manifest) - seen):
        if not os.path.lexists(folder / missing.split("#", 1)[0]):
            _warn(missing, f"listed in {MANIFEST} but no such file in {gate.safe_name(folder.name)}/; row skipped")


def load_corpus(folder: Path | str, column_map=None, follow_symlinks=None) -> pd.DataFrame:
    """The articles table for every article in ``folder`` (file-name order), duplicates flagged.

    Text columns hold Python strings (``object``): pandas would otherwise copy every text into
    an Arrow string column and the tables convert it back, holding both while a large corpus is
    read.
    """
    df = pd.DataFrame(list(iter_articles(folder, column_map, follow_symlinks)), columns=COLUMNS, dtype=object)
    for col in ("n_words", "n_paragraphs"):
        df[col] = pd.to_numeric(df[col]).astype("int64")
    if len(df):
        dups = find_duplicates(df)
        df["duplicate_of"] = dups["duplicate_of"].to_numpy()
        df["duplicate_kind"] = dups["duplicate_kind"].to_numpy()
    return df


# --------------------------------------------------------------------------- cache keys


def _hash_file(h, path: Path, size: int, whole: bool) -> None:
    """Feed a file to ``h`` in chunks (never whole in memory); only size and time when ``whole`` is False."""
    if not whole:
        st = path.stat()
        h.update(f"{size}:{st.st_mtime_ns}".encode())
        return
    with gate.open_regular(path) as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)


def folder_digest(folder: Path | str, column_map=None, follow_symlinks=None) -> str:
    """A hash of everything the articles table of ``folder`` depends on besides the code.

    The reading options, the limits and every entry's name and bytes (files
    too big to be read are hashed by size and time; special files are never
    opened).
    """
    folder = Path(folder)
    options = ReadOptions.resolve(column_map, follow_symlinks)
    limit = gate.max_article_bytes()
    h = hashlib.sha256(repr((options, limit, gate.max_article_chars())).encode())
    for path in folder_entries(folder):
        check = gate.check_file(path, folder, options.follow_symlinks)
        h.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        if check.reason:
            h.update(check.reason.encode())
            continue
        streamed = EXTENSIONS.get(path.suffix.lower()) in STREAMED_FORMATS
        _hash_file(h, path, check.size, whole=streamed or check.size <= limit)
    return h.hexdigest()[:24]


# --------------------------------------------------------------------------- summaries for notebook 00


def overview(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article: outlet, country, republisher, date, length, boilerplate removed.

    >>> overview(pd.DataFrame([{"article": "a.txt", "outlet": "X", "outlet_country": "GBR", "via": "",
    ...     "published": "", "n_words": 10, "n_paragraphs": 2, "boilerplate": "Share"}]))["boilerplate_lines"].tolist()
    [1]
    """
    out = articles[["article", "outlet", "outlet_country", "via", "published", "n_words", "n_paragraphs"]].copy()
    out["boilerplate_lines"] = articles["boilerplate"].map(lambda b: len([x for x in str(b).split("\n") if x]))
    out["metadata_from"] = articles["metadata_from"] if "metadata_from" in articles else ""
    return out.sort_values("article").reset_index(drop=True)


def boilerplate_lines(articles: pd.DataFrame, rules=None, width: int = 80) -> pd.DataFrame:
    """Every removed line with its article, outlet and the rule that removed it (shortened to ``width``).

    >>> df = pd.DataFrame([{"article": "a.txt", "outlet": "X", "boilerplate": "Read also:"}])
    >>> boilerplate_lines(df)[["article", "rule"]].to_dict("records")
    [{'article': 'a.txt', 'rule': 'a cross-link label on its own line; the next line goes too when it reads as a headline (short; no closing full stop)'}]
    """
    rules = boilerplate_rules() if rules is None else rules
    rows = []
    for rec in articles.itertuples():
        for line in (x for x in str(rec.boilerplate).split("\n") if x):
            rule = next((r.description for r in rules if r.pattern.search(line)), "repeated headline or linked headline")
            short = line if len(line) <= width else line[: width - 1] + "…"
            rows.append({"article": rec.article, "outlet": rec.outlet, "removed": short, "rule": rule})
    return pd.DataFrame(rows, columns=["article", "outlet", "removed", "rule"])


def republication_chains(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles that reached the corpus through a republisher: original outlet <- via."""
    chained = articles[articles["via"].astype(str).str.len() > 0]
    return chained[["article", "outlet", "outlet_country", "via"]].reset_index(drop=True)


def metadata_moved(articles: pd.DataFrame, width: int = 80) -> pd.DataFrame:
    """Every line (or dateline, or headline suffix) moved out of the text as metadata, per article.

    >>> metadata_moved(pd.DataFrame([{"article": "a.txt", "outlet": "X", "metadata_lines": "By Jo Doe"}]))["moved"].tolist()
    ['By Jo Doe']
    """
    rows = []
    column = articles["metadata_lines"] if "metadata_lines" in articles else pd.Series("", index=articles.index)
    for article, outlet, moved in zip(articles["article"], articles["outlet"], column):
        for line in (x for x in str(moved).split("\n") if x):
            rows.append({"article": article, "outlet": outlet,
                         "moved": line if len(line) <= width else line[: width - 1] + "…"})
    return pd.DataFrame(rows, columns=["article", "outlet", "moved"])
