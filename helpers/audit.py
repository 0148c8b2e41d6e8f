"""How far to trust the tables on a corpus without an answer key: audit samples, coding, agreement.

Communication researchers validate automatic content analysis the way they
validate human coders: draw a random sample of what the machine coded, code it
by hand, and report precision and agreement with intervals. This module does
each step:

1. :func:`draw_sample` picks a reproducible random sample of quotes,
   conditions and relations, stratified by (table, outlet), and
   :func:`write_sheet` writes it as a coding sheet (CSV for a spreadsheet):
   each row with its sentence, context, the extracted values, its stratum
   weight, and empty ``verdict`` / ``correction`` / ``note`` columns.
2. A coder fills ``verdict`` with one of :data:`VERDICTS` and, for a wrong
   value, ``correction`` with ``field: right value`` (several separated by
   ``;``; ``field: ?`` when a value cannot be judged).
3. :func:`score` gives precision per table and field with Wilson 95 %
   intervals, in the sample and weighted back to the population;
   :func:`error_kinds` the share of each kind of error; :func:`agreement`
   Krippendorff's alpha between coders and between each coder and the extractor.
4. :func:`trust_summary` is what the notebooks show: for a corpus, the audit
   sheets in ``<corpus>/audit/*.csv`` (else ``reports/<name>-<hash>/audit/*.csv``)
   or the answer key, or the plain statement that nothing has been checked.

:func:`fill_from_key` codes a sheet from an answer key as
``python -m helpers evaluate`` would score its rows (for the seeds, or to
check a human coder against the key).

>>> [round(x, 3) for x in wilson(9, 10)]
[0.596, 0.982]
"""
from __future__ import annotations

import argparse
import csv
import io
import logging
import math
import re
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats as _st

from . import config, store
from .safety import ESCAPE, spreadsheet_cell
from . import evaluate as ev

log = logging.getLogger(__name__)

#: The tables an audit samples, and the fields a coder judges in each.
FIELDS = {
    "quotes": ("kind", "speaker"),
    "conditions": ("holder", "category"),
    "relations": ("source", "relation", "target"),
}
TABLES = tuple(FIELDS)
#: The column of each table that holds the extracted text shown to the coder.
TEXT_COLUMN = {"quotes": "quote", "conditions": "text", "relations": "evidence"}
#: The column of each table that holds the sentence the row comes from.
SENTENCE_COLUMN = {"quotes": "sentence", "conditions": "text", "relations": "sentence"}
#: Relations left out of the sample: two actors named in one sentence is as right as the actor
#: detection, which the mentions table (not this audit) answers for.
SKIPPED_RELATIONS = ("co_mention",)
#: What a coder may write in ``verdict`` (blank: not coded yet).
VERDICTS = ("correct", "wrong", "spurious", "skip")
VERDICT_HELP = ("correct = a real quote/condition/relation and every value right; "
                "wrong = real, but a value is wrong (say which in correction); "
                "spurious = not a quote/condition/relation at all; skip = cannot be judged")
#: A correction value meaning "this field cannot be judged" (left out of that field's precision).
UNSURE = "?"
EXTRACTED_COLUMNS = ("text", "kind", "speaker", "holder", "holder_country", "category",
                     "source", "relation", "target", "cue")
SHEET_COLUMNS = ("id", "table", "stratum", "stratum_rows", "stratum_sampled", "weight",
                 "article", "outlet", *EXTRACTED_COLUMNS, "sentence", "context",
                 "verdict", "correction", "note")
CODER_COLUMNS = ("verdict", "correction", "note")
REQUIRED_COLUMNS = ("id", "table", "article", "weight", "text", "verdict", "correction")
#: First characters a spreadsheet reads as a formula or eats; such cells get an apostrophe.
NO_OUTLET = "(no outlet)"
CONTEXT_CHARS = 300
NOTHING_CHECKED = "nothing checked"


class AuditError(ValueError):
    """A coding sheet or tables folder that cannot be used; the message is one line naming the file."""


# ---------------------------------------------------------------- spreadsheet-safe cells

def escape_cell(value: str) -> str:
    """Make a cell safe to open in a spreadsheet: an apostrophe before a formula start.

    A cell that already starts with the apostrophe gets one more, so that
    :func:`unescape_cell` restores every value exactly.

    >>> escape_cell("-5 said"), escape_cell("'tis"), escape_cell("plain")
    ("'-5 said", "''tis", 'plain')
    """
    return spreadsheet_cell(str(value))


def unescape_cell(value: str) -> str:
    """Undo :func:`escape_cell` (a spreadsheet may also have dropped the apostrophe itself).

    >>> unescape_cell("'-5 said"), unescape_cell("''tis"), unescape_cell("plain")
    ('-5 said', "'tis", 'plain')
    """
    value = str(value)
    return value[1:] if value.startswith(ESCAPE) else value


def sheet_text(sheet: pd.DataFrame) -> str:
    """A sheet as CSV text (every cell escaped and quoted; ``\\n`` line endings; UTF-8 BOM for spreadsheets)."""
    safe = sheet.astype(str).map(escape_cell)
    # every cell quoted: a carriage return inside a cell must not end the row
    return "\ufeff" + safe.to_csv(index=False, lineterminator="\n", quoting=csv.QUOTE_ALL)


def write_sheet(sheet: pd.DataFrame, path: Path | str) -> Path:
    """Write a coding sheet atomically; returns the path."""
    path = Path(path)
    store.atomic_write_text(path, sheet_text(sheet))
    return path


# ---------------------------------------------------------------- tables in

def read_tables(folder: Path | str) -> dict[str, pd.DataFrame]:
    """The articles, quotes, conditions and relations CSVs of a tables folder, as text.

    A missing ``articles.csv`` is an error; a missing extraction table is left
    out of the sample with a warning.
    """
    folder = Path(folder)
    if not (folder / "articles.csv").is_file():
        raise AuditError(f"{folder}: no articles.csv (give the folder `python -m helpers build --out` wrote)")
    tables = {}
    for name in ("articles",) + TABLES:
        path = folder / f"{name}.csv"
        if not path.is_file():
            log.warning("%s: missing, the %s table is not sampled", path, name)
            continue
        try:
            tables[name] = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
        except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
            raise AuditError(f"{path}: cannot be read as CSV ({str(exc).splitlines()[0]})") from exc
    return tables


def as_tables(tables) -> dict[str, pd.DataFrame]:
    """Tables from a folder path, a built ``Corpus`` (``.tables()``) or a mapping of DataFrames."""
    if isinstance(tables, (str, Path)):
        return read_tables(tables)
    if hasattr(tables, "tables"):
        tables = tables.tables()
    return {name: df.astype(str).replace({"nan": "", "None": "", "<NA>": ""})
            for name, df in tables.items() if name in ("articles",) + TABLES}


def _int_or_none(value) -> int | None:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def context_window(text: str, start, end, sentence: str = "", width: int = CONTEXT_CHARS) -> str:
    """The extracted span in its article, ``width`` characters either side, span marked ``[[ ]]``.

    Without offsets the sentence is looked up in the text; failing that, the sentence is the context.

    >>> context_window("One. Two said it. Three.", 5, 17, width=3)
    '…e. [[Two said it.]] Th…'
    """
    start, end = _int_or_none(start), _int_or_none(end)
    if start is None or end is None or not 0 <= start <= end <= len(text):
        found = text.find(sentence) if sentence else -1
        if found < 0:
            return sentence
        start, end = found, found + len(sentence)
    lo, hi = max(0, start - width), min(len(text), end + width)
    return ("…" if lo else "") + text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi] + (
        "…" if hi < len(text) else "")


def _table_rows(name: str, df: pd.DataFrame) -> pd.DataFrame:
    """One table's rows in the sheet's columns (values as extracted, nothing judged)."""
    if name == "relations" and "relation" in df.columns:
        df = df[~df["relation"].isin(SKIPPED_RELATIONS)]
    rows = pd.DataFrame({"table": name, "article": df.get("article", "")}, index=df.index)
    for col in EXTRACTED_COLUMNS:
        source = TEXT_COLUMN[name] if col == "text" else col
        rows[col] = df[source] if source in df.columns else ""
    rows["sentence"] = df[SENTENCE_COLUMN[name]] if SENTENCE_COLUMN[name] in df.columns else ""
    rows["_start"] = df["start"] if "start" in df.columns else ""
    rows["_end"] = df["end"] if "end" in df.columns else ""
    return rows.fillna("").astype(str)


def candidates(tables) -> pd.DataFrame:
    """Every row an audit may sample, in a stable order (independent of the tables' row order).

    Columns: table, outlet, article, the extracted values, sentence, context.
    """
    tables = as_tables(tables)
    articles = tables["articles"]
    outlets = dict(zip(articles["article"], articles.get("outlet", pd.Series("", index=articles.index))))
    texts = dict(zip(articles["article"], articles.get("text", pd.Series("", index=articles.index))))
    parts = [_table_rows(name, tables[name]) for name in TABLES if name in tables]
    rows = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["table", "article"])
    rows["outlet"] = [str(outlets.get(a, "")).strip() or NO_OUTLET for a in rows["article"]]
    rows["_pos"] = [_int_or_none(s) if _int_or_none(s) is not None else -1 for s in rows.get("_start", [])]
    order = ["table", "outlet", "article", "_pos", *EXTRACTED_COLUMNS, "sentence"]
    rows = rows.sort_values(order, kind="stable").drop_duplicates(order).reset_index(drop=True)
    rows["context"] = [context_window(str(texts.get(a, "")), s, e, sent) for a, s, e, sent in
                       zip(rows["article"], rows["_start"], rows["_end"], rows["sentence"])]
    return rows.drop(columns=["_start", "_end", "_pos"])


# ---------------------------------------------------------------- stratified sample

def allocate(sizes: dict, n: int) -> dict:
    """Split ``n`` draws over strata in proportion to their sizes, at least one per non-empty
    stratum where ``n`` allows (else one each to the largest), never more than a stratum holds.

    Largest remainders decide the last draws; ties go to the first stratum in sorted order.

    >>> allocate({"a": 80, "b": 15, "c": 5}, 10)
    {'a': 8, 'b': 1, 'c': 1}
    >>> allocate({"a": 80, "b": 15, "c": 5}, 2)
    {'a': 1, 'b': 1, 'c': 0}
    """
    keys = sorted(k for k, size in sizes.items() if size > 0)
    total = sum(sizes[k] for k in keys)
    if n >= total:
        return {k: sizes[k] for k in sorted(sizes)}
    if n < len(keys):
        largest = sorted(keys, key=lambda k: (-sizes[k], keys.index(k)))[:n]
        return {k: int(k in largest) for k in sorted(sizes)}
    quota = {k: n * sizes[k] / total for k in keys}
    alloc = {k: min(sizes[k], max(1, math.floor(quota[k]))) for k in keys}
    while sum(alloc.values()) < n:
        room = [k for k in keys if alloc[k] < sizes[k]]
        best = max(room, key=lambda k: (quota[k] - alloc[k], -keys.index(k)))
        alloc[best] += 1
    while sum(alloc.values()) > n:
        spare = [k for k in keys if alloc[k] > 1]
        worst = min(spare, key=lambda k: (quota[k] - alloc[k], keys.index(k)))
        alloc[worst] -= 1
    return {k: alloc.get(k, 0) for k in sorted(sizes)}


def draw_sample(tables, n: int = 60, seed: int = 0) -> pd.DataFrame:
    """A reproducible stratified random sample of quotes, conditions and relations as a coding sheet.

    Strata are (table, outlet); :func:`allocate` splits ``n``; each row
    records its stratum's size, how many were drawn from it and its weight
    (rows it stands for), so precision can be weighted back to the tables.
    Same tables and seed: the same sheet, whatever the tables' row order.
    """
    if n < 1:
        raise AuditError(f"--n must be at least 1, got {n}")
    rows = candidates(tables)
    if rows.empty:
        where = f"{tables}: " if isinstance(tables, (str, Path)) else ""
        raise AuditError(f"{where}no quotes, conditions or relations to sample")
    rows["stratum"] = rows["table"] + " / " + rows["outlet"]
    sizes = rows.groupby("stratum", sort=True).size().to_dict()
    alloc = allocate(sizes, n)
    rng = np.random.default_rng(seed)
    picked = []
    for stratum in sorted(sizes):
        members = rows[rows["stratum"] == stratum]
        chosen = np.sort(rng.choice(len(members), size=alloc[stratum], replace=False))
        part = members.iloc[chosen].copy()
        part["stratum_rows"], part["stratum_sampled"] = len(members), alloc[stratum]
        part["weight"] = round(len(members) / alloc[stratum], 6) if alloc[stratum] else 0.0
        picked.append(part)
    sheet = pd.concat(picked, ignore_index=True) if picked else rows.iloc[0:0]
    sheet["_order"] = sheet["table"].map(TABLES.index)
    sheet = sheet.sort_values(["_order", "outlet", "article"], kind="stable").reset_index(drop=True)
    sheet["id"] = [f"{t}-{i + 1:03d}" for t, i in zip(sheet["table"], sheet.groupby("table").cumcount())]
    for col in CODER_COLUMNS:
        sheet[col] = ""
    return sheet[list(SHEET_COLUMNS)]


def blank_copy(sheet: pd.DataFrame) -> pd.DataFrame:
    """The same sample with the coder's columns emptied: a second coder's sheet."""
    out = sheet.copy()
    for col in CODER_COLUMNS:
        out[col] = ""
    return out


# ---------------------------------------------------------------- sheets in

def _delimiter(header: str) -> str:
    """The delimiter a spreadsheet saved the sheet with (``,`` or a locale's ``;`` or a tab)."""
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def parse_correction(text: str, table: str, where: str) -> dict[str, str]:
    """``"speaker: Jane Roe; kind: indirect"`` as ``{"speaker": "Jane Roe", "kind": "indirect"}``.

    >>> parse_correction("Speaker = Jane Roe; kind: ?", "quotes", "x.csv")
    {'speaker': 'Jane Roe', 'kind': '?'}
    """
    out: dict[str, str] = {}
    for part in (p.strip() for p in str(text).split(";")):
        if not part:
            continue
        m = re.match(r"\s*([A-Za-z_]+)\s*[:=]\s*(.*)$", part)
        field = m.group(1).lower() if m else ""
        if field not in FIELDS[table] or not m.group(2).strip():
            raise AuditError(f"{where}: correction {part!r} is not 'field: value' with a field of "
                             f"{table} ({', '.join(FIELDS[table])})")
        out[field] = m.group(2).strip()
    return out


def _check_row(row: dict, where: str) -> None:
    """One sheet row's table, weight, verdict and correction make sense, else a one-line error."""
    if row["table"] not in FIELDS:
        raise AuditError(f"{where}: unknown table {row['table']!r} (expected {', '.join(TABLES)})")
    try:
        weight = float(row["weight"])
    except ValueError:
        weight = float("nan")
    if not weight > 0:
        raise AuditError(f"{where}: weight {row['weight']!r} is not a positive number")
    verdict = row["verdict"]
    if verdict and verdict not in VERDICTS:
        raise AuditError(f"{where}: unknown verdict {verdict!r} (use {', '.join(VERDICTS)}, or leave it empty)")
    fixes = parse_correction(row["correction"], row["table"], where)
    if verdict == "wrong" and not any(v != UNSURE for v in fixes.values()):
        raise AuditError(f"{where}: verdict 'wrong' needs a correction such as "
                         f"'{FIELDS[row['table']][-1]}: right value'")
    if verdict in ("spurious", "skip", "") and fixes:
        raise AuditError(f"{where}: a correction is given but the verdict is {verdict or 'empty'!r}")
    if verdict == "correct" and any(v != UNSURE for v in fixes.values()):
        raise AuditError(f"{where}: verdict 'correct' but a value is corrected (use 'wrong')")


def read_sheet(path: Path | str) -> pd.DataFrame:
    """Read a coding sheet back (cells unescaped, verdicts checked); one-line errors naming the file."""
    path = Path(path)
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise AuditError(f"{path}: no such coding sheet") from None
    except UnicodeDecodeError:
        raise AuditError(f"{path}: not UTF-8 (save it from the spreadsheet as 'CSV UTF-8')") from None
    try:
        sheet = pd.read_csv(io.StringIO(raw), sep=_delimiter(raw.split("\n", 1)[0]), dtype=str,
                            keep_default_na=False, na_filter=False, quoting=csv.QUOTE_MINIMAL)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise AuditError(f"{path}: cannot be read as CSV ({str(exc).splitlines()[0]})") from None
    sheet.columns = [unescape_cell(c).strip() for c in sheet.columns]
    missing = [c for c in REQUIRED_COLUMNS if c not in sheet.columns]
    if missing:
        raise AuditError(f"{path}: missing column(s) {', '.join(missing)}; is this a coding sheet?")
    sheet = sheet.map(unescape_cell)
    for col in [c for c in SHEET_COLUMNS if c not in sheet.columns]:
        sheet[col] = ""
    sheet["verdict"] = sheet["verdict"].str.strip().str.lower()
    duplicated = sheet["id"][sheet["id"].duplicated()]
    if len(duplicated):
        raise AuditError(f"{path}: row id {duplicated.iloc[0]!r} appears twice")
    for i, row in enumerate(sheet.to_dict("records")):
        _check_row(row, f"{path}: row {i + 2} ({row['id']})")
    return sheet


# ---------------------------------------------------------------- judgements and precision

def _field_judgement(field: str, extracted: str, fixes: dict[str, str]) -> tuple[str | None, bool | None]:
    """The coder's value of one field and whether the extracted value is right (None: cannot tell).

    >>> _field_judgement("speaker", "Lee", {"speaker": "Ann Lee"})
    ('Ann Lee', False)
    >>> _field_judgement("kind", "direct", {"speaker": "?"})
    ('direct', True)
    """
    fix = fixes.get(field)
    if fix == UNSURE:
        return None, None
    if fix is None:
        return extracted, True
    return fix, ev.normalize(fix) == ev.normalize(extracted)


def _row_judgements(row: dict) -> list[dict]:
    """The judged fields of one coded sheet row: ``item``, each field of its table, ``all fields``."""
    base = {"id": row["id"], "table": row["table"], "outlet": row.get("outlet", ""),
            "weight": float(row["weight"])}
    real = row["verdict"] != "spurious"
    out = [{**base, "field": "item", "extracted": "yes", "value": "yes" if real else "no", "right": real}]
    if not real:
        return out + [{**base, "field": "all fields", "extracted": "", "value": None, "right": False}]
    fixes = parse_correction(row["correction"], row["table"], row["id"])
    verdicts = []
    for field in FIELDS[row["table"]]:
        value, right = _field_judgement(field, row[field], fixes)
        verdicts.append(right)
        out.append({**base, "field": field, "extracted": row[field], "value": value, "right": right})
    whole = None if None in verdicts else all(verdicts)
    return out + [{**base, "field": "all fields", "extracted": "", "value": None, "right": whole}]


def judgements(sheet: pd.DataFrame) -> pd.DataFrame:
    """One row per coded sheet row and judged field: ``right`` True/False (None: not judgeable).

    Field ``item`` asks whether the row is a real quote/condition/relation;
    each field of :data:`FIELDS` is judged among real rows; ``all fields`` is
    the row entirely right (a spurious row is not). Rows not coded yet or
    skipped are left out.
    """
    cols = ["id", "table", "outlet", "weight", "field", "extracted", "value", "right"]
    coded = sheet[sheet["verdict"].isin(("correct", "wrong", "spurious"))]
    rows = [j for row in coded.to_dict("records") for j in _row_judgements(row)]
    return pd.DataFrame(rows, columns=cols)


def wilson(k: float, n: float, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes in ``n`` trials (``n`` may be an effective size).

    >>> [round(x, 3) for x in wilson(0, 10)], wilson(0, 0)
    ([0.0, 0.278], (nan, nan))
    """
    if n <= 0:
        return float("nan"), float("nan")
    z = float(_st.norm.ppf(1 - (1 - confidence) / 2))
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(max(p * (1 - p) / n + z * z / (4 * n * n), 0.0)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _precision_row(part: pd.DataFrame) -> dict:
    """Sample and weighted precision of one (table, field) with Wilson intervals.

    The weighted interval uses Kish's effective sample size, (sum w)^2 / sum w^2.
    """
    judged = part[part["right"].notna()]
    y = judged["right"].astype(bool).to_numpy()
    w = judged["weight"].to_numpy(dtype=float)
    n, k = len(y), int(y.sum())
    low, high = wilson(k, n)
    weighted = float((w * y).sum() / w.sum()) if n else float("nan")
    n_eff = float(w.sum() ** 2 / (w ** 2).sum()) if n else 0.0
    w_low, w_high = wilson(weighted * n_eff, n_eff) if n else (float("nan"), float("nan"))
    return {"n": n, "right": k, "precision": k / n if n else float("nan"), "low": low, "high": high,
            "weighted": weighted, "weighted_low": w_low, "weighted_high": w_high, "n_effective": n_eff}


def _field_order(table: str) -> list[str]:
    return ["item", *FIELDS[table], "all fields"]


def score(sheet: pd.DataFrame) -> pd.DataFrame:
    """Precision per table and field, in the sample and weighted by stratum, with Wilson 95 % intervals.

    ``item``: share of sampled rows that are real quotes/conditions/relations;
    a field: share of real rows whose value is right; ``all fields``: share of
    rows entirely right. ``n`` counts the rows judged for that field.
    """
    judged = judgements(sheet)
    rows = []
    for table in TABLES:
        for field in _field_order(table):
            part = judged[(judged["table"] == table) & (judged["field"] == field)]
            if len(part):
                rows.append({"table": table, "field": field, **_precision_row(part)})
    cols = ["table", "field", "n", "right", "precision", "low", "high", "weighted",
            "weighted_low", "weighted_high", "n_effective"]
    return pd.DataFrame(rows, columns=cols)


def error_kinds(sheet: pd.DataFrame) -> pd.DataFrame:
    """How often each kind of error occurs among a table's judged rows (a row may have several).

    Kinds: ``spurious`` (not a quote/condition/relation) and ``wrong <field>``.
    """
    judged = judgements(sheet)
    rows = []
    for table in TABLES:
        part = judged[judged["table"] == table]
        n = part["id"].nunique()
        if not n:
            continue
        kinds = {"spurious": part[(part["field"] == "item") & (part["right"] == False)]}  # noqa: E712
        for field in FIELDS[table]:
            kinds[f"wrong {field}"] = part[(part["field"] == field) & (part["right"] == False)]  # noqa: E712
        for kind, hits in kinds.items():
            rows.append({"table": table, "error": kind, "rows": len(hits), "of": n, "share": len(hits) / n})
    return pd.DataFrame(rows, columns=["table", "error", "rows", "of", "share"])


def coverage(sheet: pd.DataFrame) -> pd.DataFrame:
    """Per table: rows in the sheet, coded, skipped and still empty."""
    rows = []
    for table in TABLES:
        part = sheet[sheet["table"] == table]
        if len(part):
            rows.append({"table": table, "rows": len(part), "coded": int(part["verdict"].isin(VERDICTS[:3]).sum()),
                         "skipped": int((part["verdict"] == "skip").sum()),
                         "not coded": int((part["verdict"] == "").sum())})
    return pd.DataFrame(rows, columns=["table", "rows", "coded", "skipped", "not coded"])


# ---------------------------------------------------------------- agreement

def alpha_nominal(a: pd.Series, b: pd.Series) -> tuple[float, int]:
    """Krippendorff's alpha (nominal) between two codings of the same units (Series indexed by unit).

    Values are compared after :func:`helpers.evaluate.normalize`; a unit
    counts when both have a value. Returns (alpha, units); alpha is NaN when
    fewer than two values occur (nothing to disagree about).

    >>> alpha_nominal(pd.Series(list("aabb")), pd.Series(list("abbb")))
    (0.5333333333333333, 4)
    """
    import krippendorff

    a = a.dropna().map(ev.normalize)
    b = b.dropna().map(ev.normalize)
    units = sorted(set(a.index) & set(b.index), key=str)
    if not units:
        return float("nan"), 0
    pair = pd.DataFrame({"a": a.loc[units].to_numpy(), "b": b.loc[units].to_numpy()})
    domain = sorted(set(pair["a"]) | set(pair["b"]))
    if len(domain) < 2:
        return float("nan"), len(units)
    codes = pair.map(domain.index).to_numpy(dtype=float).T
    return float(krippendorff.alpha(reliability_data=codes, level_of_measurement="nominal")), len(units)


def coder_values(sheet: pd.DataFrame, table: str, field: str) -> pd.Series:
    """A coder's value of one field per row id (real rows only; ``item``: yes/no)."""
    judged = judgements(sheet)
    part = judged[(judged["table"] == table) & (judged["field"] == field) & judged["value"].notna()]
    return pd.Series(part["value"].to_numpy(), index=part["id"].to_numpy(), dtype=object)


def extractor_values(sheet: pd.DataFrame, table: str, field: str) -> pd.Series:
    """What the extractor wrote in one field, per row id: the extractor as one more coder."""
    part = sheet[sheet["table"] == table]
    return pd.Series(part[field].to_numpy(), index=part["id"].to_numpy(), dtype=object)


def same_sample(first: pd.DataFrame, second: pd.DataFrame, name: str) -> None:
    """Two sheets must describe the same sampled rows under the same ids, else a one-line error."""
    key = ["id", "table", "article", "text"]
    a = first[key].set_index("id")
    b = second[key].set_index("id")
    common = a.index.intersection(b.index)
    if not len(common):
        raise AuditError(f"{name}: no row id in common with the first sheet; not the same sample")
    differ = [i for i in common if tuple(a.loc[i]) != tuple(b.loc[i])]
    if differ:
        raise AuditError(f"{name}: row {differ[0]} differs from the first sheet's; not the same sample")


def agreement(sheets: list[pd.DataFrame], names: list[str] | None = None) -> pd.DataFrame:
    """Krippendorff's alpha per table and field between every two coders and each coder and the extractor.

    The extractor is compared on the fields only (it asserts every row is real, so ``item``
    between it and a coder says nothing a precision does not).
    """
    names = names or [f"coder {i + 1}" for i in range(len(sheets))]
    pairs = [(names[i], sheets[i], names[j], sheets[j], True)
             for i in range(len(sheets)) for j in range(i + 1, len(sheets))]
    pairs += [(name, sheet, "extractor", None, False) for name, sheet in zip(names, sheets)]
    rows = []
    for first, a, second, b, with_item in pairs:
        for table in TABLES:
            fields = (["item"] if with_item else []) + list(FIELDS[table])
            for field in fields:
                va = coder_values(a, table, field)
                vb = coder_values(b, table, field) if b is not None else extractor_values(a, table, field)
                value, units = alpha_nominal(va, vb)
                if units:
                    rows.append({"between": f"{first} ~ {second}", "table": table, "field": field,
                                 "alpha": value, "units": units})
    return pd.DataFrame(rows, columns=["between", "table", "field", "alpha", "units"])


# ---------------------------------------------------------------- coding from an answer key

def _read_gold(gold_dir: Path, name: str) -> pd.DataFrame | None:
    path = Path(gold_dir) / f"{name}.csv"
    if not path.is_file():
        return None
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)


def _scorable(rows: list[dict], kind: str) -> list[dict]:
    """Rows ``evaluate`` scores: direct quotes under its minimum length are left out."""
    if kind != "direct":
        return rows
    return [r for r in rows if len(ev.tokens(r["quote"])) >= ev.MIN_DIRECT_TOKENS]


def _speaker_code(gold_speaker: str, pred_speaker: str, persons: set[str]) -> tuple[str, str]:
    """(verdict, correction) for a matched quote's speaker, as evaluate's speaker accuracy judges it."""
    gs = gold_speaker.strip()
    if not gs or gs.lower().startswith("unnamed"):
        return "correct", f"speaker: {UNSURE}"     # evaluate does not score unnamed gold speakers
    key = ev.normalize(gs)
    is_person = key in persons or ev._looks_like_person(gs)
    if ev.same_speaker(gs, pred_speaker, is_person):
        return "correct", ""
    return "wrong", f"speaker: {gs}"


def _code_quotes(sheet: pd.DataFrame, gold: pd.DataFrame, articles: set[str], persons: set[str]) -> dict:
    """id -> (verdict, correction) for the sheet's quotes, matched as ``evaluate`` matches quotes."""
    codes = {}
    quotes = sheet[(sheet["table"] == "quotes") & sheet["article"].isin(articles)]
    quotes = quotes.assign(_kind=quotes["kind"].str.strip().str.lower())
    for (article, kind), part in quotes.groupby(["article", "_kind"], sort=True):
        if kind not in ev.THRESHOLDS:
            codes.update({i: ("skip", "") for i in part["id"]})     # evaluate scores neither kind
            continue
        rows = [{"id": i, "quote": t, "speaker": s} for i, t, s in zip(part["id"], part["text"], part["speaker"])]
        pred = _scorable(rows, kind)
        codes.update({r["id"]: ("skip", "") for r in rows if r not in pred})
        g = gold[(gold["article"] == article) & (gold["kind"].str.strip().str.lower() == kind)]
        g = _scorable(g.to_dict("records"), kind)
        matched = {pi: gi for gi, pi, _ in ev.match_quotes(g, pred, ev.THRESHOLDS[kind])}
        for pi, row in enumerate(pred):
            codes[row["id"]] = (_speaker_code(g[matched[pi]]["speaker"], row["speaker"], persons)
                                if pi in matched else ("spurious", ""))
    return codes


def _code_condition(row: dict, gold: pd.DataFrame) -> tuple[str, str]:
    """(verdict, correction) for one condition row, judged like evaluate's (article, side, category)."""
    g = gold[gold["article"] == row["article"]]
    side, category = row["holder_country"].strip().upper(), row["category"].strip().lower()
    same_cat = g[g["category"].str.strip().str.lower() == category]
    same_side = g[g["holder_country"].str.strip().str.upper() == side]
    if (same_cat["holder_country"].str.strip().str.upper() == side).any():
        return "correct", ""
    if len(same_cat):
        return "wrong", f"holder: {sorted(same_cat['holder'])[0]}"
    if len(same_side):
        return "wrong", f"category: {sorted(same_side['category'])[0]}"
    return "spurious", ""


def gold_articles(gold_dir: Path | str) -> set[str]:
    """The articles an answer key covers: its ``articles.csv``, else every article its tables name."""
    return ev._articles({n: _read_gold(Path(gold_dir), n) for n in ("articles", "actors", "quotes", "conditions")})


def fill_from_key(sheet: pd.DataFrame, gold_dir: Path | str) -> pd.DataFrame:
    """Code a sheet's quotes and conditions from an answer key, the way ``evaluate`` scores them.

    Quotes are matched per article and kind by token overlap; a matched quote
    is ``correct`` or ``wrong`` by its speaker (``speaker: ?`` when the key's
    speaker is unnamed), an unmatched one ``spurious``, a direct quote too
    short to score ``skip``. A condition is right when the key has its
    (article, holder side, category). Rows of articles outside the key, and
    relations (the key has none), stay uncoded.
    """
    gold_dir = Path(gold_dir)
    articles = gold_articles(gold_dir)
    out = blank_copy(sheet)
    codes: dict = {}
    gold_quotes = _read_gold(gold_dir, "quotes")
    if gold_quotes is not None:
        persons = ev._person_names(_read_gold(gold_dir, "actors"))
        codes.update(_code_quotes(out, gold_quotes, articles, persons))
    gold_conditions = _read_gold(gold_dir, "conditions")
    if gold_conditions is not None:
        conds = out[(out["table"] == "conditions") & out["article"].isin(articles)]
        codes.update({r["id"]: _code_condition(r, gold_conditions) for r in conds.to_dict("records")})
    out["verdict"] = [codes.get(i, ("", ""))[0] for i in out["id"]]
    out["correction"] = [codes.get(i, ("", ""))[1] for i in out["id"]]
    out["note"] = ["coded from the answer key" if i in codes else "" for i in out["id"]]
    return out


# ---------------------------------------------------------------- what the notebooks show

def audit_dirs(corpus_folder: Path | str | None = None) -> list[Path]:
    """Where a corpus's audit sheets live: ``<corpus>/audit/`` beside the articles, then
    ``reports/<name>-<hash>/audit/`` (``config.output_dir``; ``reports/audit/`` for the seeds) among
    the derived outputs."""
    folder = Path(corpus_folder) if corpus_folder is not None else config.corpus_dir()
    return [folder / "audit", config.output_dir(folder) / "audit"]


def audit_sheets(corpus_folder: Path | str | None = None) -> list[Path]:
    """The coding sheets of a corpus (``*.csv`` of the first audit folder that has any), sorted."""
    for folder in audit_dirs(corpus_folder):
        sheets = sorted(folder.glob("*.csv")) if folder.is_dir() else []
        if sheets:
            return sheets
    return []


def pooled(sheets: list[pd.DataFrame]) -> pd.DataFrame:
    """One judgement per row id: the first sheet that codes it (sheets of one sample by two
    coders count once; sheets of different samples add up)."""
    coded = [s[s["verdict"] != ""] for s in sheets]
    if not coded:
        return pd.DataFrame(columns=list(SHEET_COLUMNS))
    return pd.concat(coded, ignore_index=True).drop_duplicates("id", keep="first").reset_index(drop=True)


def _summary_rows(scores: pd.DataFrame, checked_by: str, note: str) -> list[dict]:
    return [{"table": r["table"], "field": r["field"], "checked_by": checked_by, "n": int(r["n"]),
             "precision": r["precision"], "low": r["low"], "high": r["high"], "weighted": r["weighted"],
             "weighted_low": r["weighted_low"], "weighted_high": r["weighted_high"], "note": note}
            for r in scores.to_dict("records")]


def _key_row(table: str, field: str, k: int, n: int, note: str) -> dict:
    low, high = wilson(k, n)
    p = k / n if n else float("nan")
    return {"table": table, "field": field, "checked_by": "answer key", "n": n, "precision": p,
            "low": low, "high": high, "weighted": p, "weighted_low": low, "weighted_high": high,
            "note": note}


def key_rows(result: dict) -> list[dict]:
    """Trust rows from an ``evaluate.evaluate`` result: quote and condition precision, speaker accuracy."""
    rows = []
    quotes = [result.get(k, {}) for k in ("quotes/direct", "quotes/indirect")]
    if all("tp" in q for q in quotes):
        tp, n_pred, n_gold = (sum(q[c] for q in quotes) for c in ("tp", "n_pred", "n_gold"))
        rows.append(_key_row("quotes", "item", tp, n_pred,
                             f"recall {tp / n_gold:.2f} ({tp} of {n_gold} quotes of the key found)" if n_gold else ""))
    speaker = result.get("speaker accuracy", {})
    if "correct" in speaker:
        rows.append(_key_row("quotes", "speaker", speaker["correct"], speaker["n"],
                             "matched quotes with a named speaker in the key"))
    conds = result.get("conditions", {})
    if "tp" in conds:
        rows.append(_key_row("conditions", "all fields", conds["tp"], conds["n_pred"],
                             f"(article, holder side, category) triples; recall {conds['recall']:.2f}"))
    return rows


def _key_result(gold: Path, corpus) -> dict:
    """Score a built corpus against an answer key, as ``python -m helpers evaluate`` does."""
    from .pipeline import write_tables

    with tempfile.TemporaryDirectory() as scratch:
        write_tables(corpus, scratch)
        return ev.evaluate(gold, scratch)


def stale_rows(sheet: pd.DataFrame, tables) -> int:
    """Sheet rows no longer in the tables (same table, article and text): the tables were rebuilt
    with other rules since the audit, so its precision describes an older extraction."""
    now = candidates(tables)
    current = set(zip(now["table"], now["article"], now["text"].map(ev.normalize)))
    keys = zip(sheet["table"], sheet["article"], sheet["text"].map(ev.normalize))
    return sum(key not in current for key in keys)


def _audit_rows(paths: list[Path], tables: tuple[str, ...], corpus) -> list[dict]:
    """Trust rows from a corpus's audit sheets (an unreadable sheet is named in a warning and left out)."""
    sheets = []
    for path in paths:
        try:
            sheets.append(read_sheet(path))
        except AuditError as exc:
            log.warning("%s", exc)
    sheet = pooled(sheets)
    if sheet.empty:
        return []
    label = f"audit ({', '.join(p.name for p in paths)})"
    note = f"{len(sheet)} sheet rows coded in all"
    if corpus is not None:
        stale = stale_rows(sheet, corpus)
        note += f"; {stale} no longer in the tables (rebuilt since?)" if stale else ""
    scores = score(sheet)
    return _summary_rows(scores[scores["table"].isin(tables)], label, note)


SUMMARY_COLUMNS = ["table", "field", "checked_by", "n", "precision", "low", "high", "weighted",
                   "weighted_low", "weighted_high", "note"]


def trust_summary(corpus_folder: Path | str | None = None, tables=TABLES, corpus=None) -> pd.DataFrame:
    """How far each table of a corpus can be trusted: one row per table and field checked.

    Sources, both when both exist: the corpus's audit sheets (:func:`audit_sheets`)
    and its answer key (:func:`helpers.config.gold_dir`; ``corpus`` is the built
    ``Corpus``, built here when not given). A table neither checks gets one row
    with ``checked_by == "nothing checked"``, ``n == 0`` and no precision.
    """
    folder = Path(corpus_folder) if corpus_folder is not None else config.corpus_dir()
    tables = tuple([tables] if isinstance(tables, str) else tables)
    rows = _audit_rows(audit_sheets(folder), tables, corpus)
    gold = config.gold_dir(folder)
    if gold is not None:
        if corpus is None:
            from .pipeline import build

            corpus = build(folder)
        tuned = "; the rules were tuned on these articles: an upper bound" if config.is_seed_corpus(folder) else ""
        rows += [{**r, "note": r["note"] + tuned} for r in key_rows(_key_result(gold, corpus)) if r["table"] in tables]
    checked = {r["table"] for r in rows}
    rows += [{"table": t, "field": "", "checked_by": NOTHING_CHECKED, "n": 0, "precision": float("nan"),
              "low": float("nan"), "high": float("nan"), "weighted": float("nan"), "weighted_low": float("nan"),
              "weighted_high": float("nan"), "note": "no audit sheet and no answer key for this table"}
             for t in tables if t not in checked]
    out = pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
    out["_order"] = out["table"].map(list(tables).index)
    return out.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)


def trust_lines(summary: pd.DataFrame) -> str:
    """The trust summary in sentences, one per table and field, for a notebook's findings."""
    lines = []
    for r in summary.to_dict("records"):
        if r["checked_by"] == NOTHING_CHECKED:
            lines.append(f"- {r['table']}: nothing has been checked. No audit sheet (<corpus>/audit/*.csv) "
                         f"and no answer key cover it: read its rows before relying on a finding "
                         f"(`python -m helpers audit sample` draws a sample to code).")
            continue
        what = "precision" if r["field"] != "speaker" or r["checked_by"] != "answer key" else "accuracy"
        label = {"item": f"a real {r['table'][:-1]}", "all fields": "every value right"}.get(r["field"], r["field"])
        line = (f"- {r['table']} · {label}: {what} {r['precision']:.2f} "
                f"(95 % CI {r['low']:.2f}–{r['high']:.2f}, n={r['n']}, {r['checked_by']})")
        if r["checked_by"] != "answer key":
            line += f"; weighted to the tables {r['weighted']:.2f} ({r['weighted_low']:.2f}–{r['weighted_high']:.2f})"
        lines.append(line + (f"; {r['note']}" if r["note"] else ""))
    return "\n".join(lines)


# ---------------------------------------------------------------- command line

def _fmt_table(df: pd.DataFrame) -> str:
    return df.to_string(index=False, float_format=lambda x: f"{x:.3f}", na_rep="-") if len(df) else "  (none)"


def format_scores(sheets: list[pd.DataFrame], names: list[str]) -> str:
    """What ``audit score`` prints: coverage, precision, error kinds, agreement."""
    first = sheets[0]
    parts = [f"{names[0]}: coverage", _fmt_table(coverage(first)), "",
             "precision (Wilson 95 % intervals; weighted: back to the tables by stratum weight)",
             _fmt_table(score(first)), "", "errors (share of the judged rows; a row may have several)",
             _fmt_table(error_kinds(first))]
    if len(sheets) > 1:
        for sheet, name in zip(sheets[1:], names[1:]):
            parts += ["", f"{name}: precision", _fmt_table(score(sheet))]
    parts += ["", "agreement (Krippendorff's alpha, nominal; '-' when only one value occurs)",
              _fmt_table(agreement(sheets, names))]
    return "\n".join(parts)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers audit",
                                     description="Audit samples: draw, code by hand, score.")
    sub = parser.add_subparsers(dest="command", required=True)
    sample = sub.add_parser("sample", help="draw a stratified random sample as a coding sheet")
    sample.add_argument("--tables", type=Path, help="folder of tables written by `python -m helpers build`")
    sample.add_argument("--n", type=int, default=60, help="rows to sample (default 60)")
    sample.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    sample.add_argument("--out", type=Path, required=True, help="coding sheet to write (CSV)")
    sample.add_argument("--from", dest="source", type=Path,
                        help="copy this sheet's sample with empty coding columns (a second coder's sheet)")
    scorer = sub.add_parser("score", help="precision, error kinds and agreement of coded sheets")
    scorer.add_argument("sheets", type=Path, nargs="+", help="coding sheet(s) of the same sample")
    fill = sub.add_parser("fill", help="code a sheet from an answer key, as `evaluate` would score it")
    fill.add_argument("sheet", type=Path)
    fill.add_argument("--gold", type=Path, required=True, help="answer key folder")
    fill.add_argument("--out", type=Path, required=True, help="coded sheet to write")
    return parser


def _run(args) -> str:
    if args.command == "sample":
        if args.source is not None:
            sheet = blank_copy(read_sheet(args.source))
        elif args.tables is None:
            raise AuditError("audit sample: give --tables DIR (or --from SHEET)")
        else:
            sheet = draw_sample(args.tables, n=args.n, seed=args.seed)
        write_sheet(sheet, args.out)
        return f"{args.out}: {len(sheet)} rows to code ({VERDICT_HELP})"
    if args.command == "fill":
        if not args.gold.is_dir():
            raise AuditError(f"{args.gold}: answer key folder not found")
        sheet = fill_from_key(read_sheet(args.sheet), args.gold)
        write_sheet(sheet, args.out)
        return f"{args.out}: {int((sheet['verdict'] != '').sum())} of {len(sheet)} rows coded from {args.gold}"
    sheets = [read_sheet(p) for p in args.sheets]
    for path, sheet in zip(args.sheets[1:], sheets[1:]):
        same_sample(sheets[0], sheet, str(path))
    return format_scores(sheets, [p.name for p in args.sheets])


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers audit {sample,score,fill} ...``; 0 on success, 2 on bad input."""
    args = _parser().parse_args(argv)
    try:
        print(_run(args))
    except AuditError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
