"""Read a folder of articles (+ optional ``manifest.csv``) into the articles table.

Each ``*.txt`` file is one article. Its metadata comes from the manifest when
the manifest lists it; otherwise from what the text itself states (title line,
an outlet after a trailing dash or in a ``City • Outlet`` dateline, a
``Publish date:`` line, a dateline such as ``Nov 8, 2024 - 06:00``, an
``Author:`` line), and nothing is guessed from the file name.

The text is repaired typographically without changing its meaning and
stripped of boilerplate (patterns in ``data/boilerplate.csv``); the raw text
and the removed lines are kept in the table. Problems with a file are
reported as one-line :class:`CorpusWarning` messages that name the file, and
the rest of the corpus is still loaded.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Talks stall – Daily Example\\nHe said it.\\n")
>>> load_corpus(d)[["article", "outlet", "title"]].to_dict("records")
[{'article': 'a.txt', 'outlet': 'Daily Example', 'title': 'Talks stall – Daily Example'}]
"""
from __future__ import annotations

import csv
import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import config

MANIFEST = "manifest.csv"
META_COLUMNS = ["article", "outlet", "outlet_country", "via", "published", "title", "byline"]
COLUMNS = META_COLUMNS + [
    "outlet_evidence", "metadata_from", "text", "raw_text", "boilerplate", "n_words", "n_paragraphs",
]
#: Files in a corpus folder that are not articles and are silently skipped.
IGNORED_FILES = {MANIFEST, "README.md", "README.txt", ".DS_Store"}


class CorpusWarning(UserWarning):
    """A problem with one input file; the message names the file."""


def _warn(message: str) -> None:
    warnings.warn(message, CorpusWarning, stacklevel=3)


# --------------------------------------------------------------------------- reading


def read_text(path: Path) -> str | None:
    """Read one article as text, or return None (with a warning) if it cannot be used.

    Handles a UTF-8 byte-order mark, CRLF/CR line endings and invalid UTF-8
    (undecodable bytes are replaced and reported); refuses empty, binary and
    oversized files.
    """
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        _warn(f"{name}: cannot be read ({exc.strerror or exc}); skipped")
        return None
    if len(data) > config.MAX_ARTICLE_BYTES:
        _warn(
            f"{name}: {len(data):,} bytes is over the {config.MAX_ARTICLE_BYTES:,}-byte limit for one "
            "article (HELPERS_MAX_BYTES raises it); skipped"
        )
        return None
    if not data.strip():
        _warn(f"{name}: empty file; skipped")
        return None
    if b"\x00" in data[:8192]:
        _warn(f"{name}: binary file (contains NUL bytes), not text; skipped")
        return None
    if data.startswith(b"\xef\xbb\xbf"):
        _warn(f"{name}: UTF-8 byte-order mark removed")
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _warn(f"{name}: invalid UTF-8 at byte {exc.start}; undecodable bytes replaced with U+FFFD")
        text = data.decode("utf-8", errors="replace")
    if "\r" in text:
        _warn(f"{name}: CRLF/CR line endings converted to LF")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# --------------------------------------------------------------------------- typography

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPLIT_NEGATION = re.compile(r"\b(\w+) (n['’]t)\b", re.IGNORECASE)
_PAREN_OPEN = re.compile(r"([(\[]) +")
_PAREN_CLOSE = re.compile(r" +([)\]])")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w)\]%’'\"”])[ ]+([,.;:!?])(?=\s|$|[\"”’])")
_MULTISPACE = re.compile(r" {2,}")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def repair_typography(text: str) -> str:
    """Repair tokenizer and scraping damage without changing meaning.

    Quotation marks keep their kind (straight, curly, guillemets) so quotes
    can still be found; paragraph breaks are kept.

    >>> repair_typography("They wo n’t go ( for now ) , he said .")
    'They won’t go (for now), he said.'
    """
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPLIT_NEGATION.sub(r"\1\2", text)
    text = _PAREN_OPEN.sub(r"\1", text)
    text = _PAREN_CLOSE.sub(r"\1", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _MULTISPACE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _MANY_BLANK_LINES.sub("\n\n", text)
    return text.strip("\n")


# --------------------------------------------------------------------------- boilerplate


@dataclass(frozen=True)
class BoilerplateRule:
    pattern: re.Pattern
    scope: str  # "line", or "line_and_headline" (the next line too when it reads as a headline)
    description: str


@lru_cache(maxsize=4)
def boilerplate_rules(path: Path = config.DATA_DIR / "boilerplate.csv") -> tuple[BoilerplateRule, ...]:
    """The boilerplate patterns, from ``data/boilerplate.csv`` (pattern, scope, description)."""
    with open(path, newline="", encoding="utf-8") as fh:
        return tuple(
            BoilerplateRule(re.compile(row["pattern"], re.IGNORECASE), row["scope"], row["description"])
            for row in csv.DictReader(fh)
        )


def _fold_quotes(line: str) -> str:
    return line.translate(str.maketrans("‘’“”", "''\"\""))


def looks_like_headline(line: str) -> bool:
    """A short line that does not end as a sentence does (a linked headline).

    >>> looks_like_headline("Can the talks work?"), looks_like_headline("The talks failed, he said.")
    (True, False)
    """
    return len(line.split()) <= 20 and not line.rstrip().endswith((".", ":", ";", ",", '"', "”"))


def remove_boilerplate(text: str, rules=None) -> tuple[str, list[str]]:
    """Drop the lines that match a boilerplate rule; return (text, removed lines).

    A repeated copy of the title line (scraped pages often print the headline
    twice) is removed too.

    >>> remove_boilerplate("Title\\nStory.\\nRead also:\\nOther story\\nMore story.")
    ('Title\\nStory.\\nMore story.', ['Read also:', 'Other story'])
    >>> remove_boilerplate("Title\\nAlso Watch:\\nThe story goes on.")
    ('Title\\nThe story goes on.', ['Also Watch:'])
    """
    rules = boilerplate_rules() if rules is None else rules
    lines = text.split("\n")
    keep, removed = [], []
    drop_headline = False
    title = _fold_quotes(lines[0].strip()) if lines else ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if drop_headline and stripped:
            drop_headline = False
            if looks_like_headline(stripped):
                removed.append(stripped)
                continue
        if i > 0 and stripped and _fold_quotes(stripped) == title:
            removed.append(stripped)
            continue
        rule = next((r for r in rules if stripped and r.pattern.search(stripped)), None)
        if rule is None:
            keep.append(line)
            continue
        removed.append(stripped)
        drop_headline = rule.scope == "line_and_headline"
    cleaned = _MANY_BLANK_LINES.sub("\n\n", "\n".join(keep)).strip("\n")
    return cleaned, removed


# --------------------------------------------------------------------------- metadata from text

_TRAILING_OUTLET = re.compile(r"\s[-–—|]\s*([A-Z][\w.&' ]{1,40}?)\s*$")
_DATELINE_OUTLET = re.compile(r"^[A-Z][\w .'-]{1,40}\s*[•·|]\s*([A-Z][\w.&' ]{1,40}?)\s*$")
_PUBLISH_LINE = re.compile(r"^publish(?:ed)?(?: date)?\s*:\s*(.+)$", re.IGNORECASE)
_AUTHOR_LINE = re.compile(r"^(?:author|by)\s*:\s*(.+)$", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})(?:\s*[-–—,]\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?\s*$"
)
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%b %d, %Y", "%B %d, %Y",
                 "%b %d %Y", "%B %d %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y")


def parse_date(value: str) -> str:
    """An ISO date from a few common news formats, or '' when it is not one of them.

    >>> parse_date("Nov 8, 2024"), parse_date("2024-11-07 21:21:00"), parse_date("soon")
    ('2024-11-08', '2024-11-07', '')
    """
    value = value.strip().rstrip(".")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return ""


def metadata_from_text(text: str) -> dict:
    """What the article's own text states about itself: title, outlet, date, byline.

    >>> m = metadata_from_text("Deal near – The Example Times\\nLondon • Example Wire\\nBody.")
    >>> m["title"], m["outlet"]
    ('Deal near – The Example Times', 'Example Wire')
    """
    lines = [line.strip() for line in text.split("\n")]
    title = next((line for line in lines if line), "")
    meta = {"title": title, "outlet": "", "published": "", "byline": "", "outlet_evidence": ""}
    head = [line for line in lines[:12] if line]
    for line in head[1:]:
        m = _DATELINE_OUTLET.match(line)
        if m:
            meta["outlet"] = m.group(1).strip()
            break
    if not meta["outlet"]:
        m = _TRAILING_OUTLET.search(title)
        if m and len(m.group(1).split()) <= 4:
            meta["outlet"] = m.group(1).strip()
    if meta["outlet"]:
        meta["outlet_evidence"] = "text"
    for line in lines:
        if not meta["published"]:
            m = _PUBLISH_LINE.match(line) or _DATE_LINE.match(line)
            if m:
                meta["published"] = parse_date(m.group(1))
        if not meta["byline"]:
            m = _AUTHOR_LINE.match(line)
            if m:
                meta["byline"] = "; ".join(a.strip() for a in re.split(r",| and ", m.group(1)) if a.strip())
    return meta


# --------------------------------------------------------------------------- manifest


def read_manifest(folder: Path) -> dict[str, dict]:
    """The manifest rows by article file name ({} when there is no manifest).

    Stops with a clear error when the manifest lacks its ``article`` column,
    since every row would otherwise be silently ignored.
    """
    path = folder / MANIFEST
    if not path.exists():
        return {}
    text = read_text(path)
    if text is None:
        return {}
    rows = list(csv.DictReader(text.splitlines()))
    if rows and "article" not in rows[0]:
        raise ValueError(f"{MANIFEST}: has no 'article' column (columns: {', '.join(rows[0])})")
    manifest = {}
    for row in rows:
        name = (row.get("article") or "").strip()
        if name:
            manifest[name] = {k: (v or "").strip() for k, v in row.items() if k}
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
        _warn(
            f"{name}: unbalanced quotation marks ({straight} straight, {opening} opening, "
            f"{closing} closing); quotes are paired by context"
        )


# --------------------------------------------------------------------------- the table


def article_record(name: str, raw: str, manifest_row: dict | None) -> dict:
    """One row of the articles table from a file's raw text and its manifest row."""
    repaired = repair_typography(raw)
    own = metadata_from_text(repaired)
    text, removed = remove_boilerplate(repaired)
    record = {col: "" for col in META_COLUMNS}
    record["article"] = name
    if manifest_row is not None:
        for col in META_COLUMNS[1:]:
            record[col] = manifest_row.get(col, "")
        record["outlet_evidence"] = manifest_row.get("outlet_evidence", "") or "manifest"
        record["metadata_from"] = "manifest"
    else:
        for col in ("title", "outlet", "published", "byline"):
            record[col] = own[col]
        record["outlet_evidence"] = own["outlet_evidence"]
        record["metadata_from"] = "text"
    record.update(
        text=text,
        raw_text=raw,
        boilerplate="\n".join(removed),
        n_words=len(text.split()),
        n_paragraphs=sum(1 for p in text.split("\n") if p.strip()),
    )
    return record


def iter_articles(folder: Path | str):
    """Yield one article record at a time, in file-name order (streams a large corpus)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: corpus folder not found")
    manifest = read_manifest(folder)
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    names = {p.name for p in files}
    for missing in sorted(set(manifest) - names):
        _warn(f"{missing}: listed in {MANIFEST} but no such file in {folder.name}/; row skipped")
    for path in files:
        if path.name in IGNORED_FILES:
            continue
        if path.suffix.lower() != ".txt":
            _warn(f"{path.name}: not a .txt file; ignored")
            continue
        raw = read_text(path)
        if raw is None:
            continue
        if manifest and path.name not in manifest:
            _warn(f"{path.name}: not listed in {MANIFEST}; metadata taken from the text")
        check_quotation_marks(path.name, raw)
        yield article_record(path.name, raw, manifest.get(path.name))


def load_corpus(folder: Path | str) -> pd.DataFrame:
    """The articles table for every ``*.txt`` in ``folder``, sorted by file name."""
    return pd.DataFrame(list(iter_articles(folder)), columns=COLUMNS)


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
