"""Scoring extracted tables against a hand-made answer key, as the annotation guide defines it.

Tables compared (gold folder vs. prediction folder, CSV files of the same names):

- ``quotes.csv``: direct and indirect quotes matched by token overlap
  (>= 80 % of the gold and of the predicted tokens for direct quotes, >= 50 %
  for indirect), each gold quote and each prediction used at most once
  (greedy, best overlap first); direct quotes under four tokens are left out
  on both sides. Speaker accuracy over matched quotes with a named gold speaker.
- actors: per-article sets of canonical actors (gold ``actors.csv``; predicted
  from ``actors.csv`` when it has an ``article`` column, else ``mentions.csv``).
- ``conditions.csv``: the set of (article, holder_country, category) triples.

``--by-rule`` adds the precision of every rule that made a predicted row
(quotes, speakers, mentions, conditions; relations have no answer key).

A prediction file that is missing is reported as ``not predicted``.

>>> tokens("He said: “We do n’t care about the world’s rules.”")
['he', 'said', 'we', 'dont', 'care', 'about', 'the', 'worlds', 'rules']
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd

#: Minimum share of gold and of predicted tokens a matching quote must cover.
THRESHOLDS = {"direct": 0.8, "indirect": 0.5}
#: Direct quotes with fewer tokens than this are not scored (scare quotes, terms).
MIN_DIRECT_TOKENS = 4
ROWS = ("quotes/direct", "quotes/indirect", "speaker accuracy", "actors", "conditions")
#: What ``--by-rule`` says of the relation rules: the annotation guide has no answer key for them.
NO_RELATION_KEY = "relations          (no answer key for relations: their rules cannot be scored)"

_APOSTROPHES = "‘’‚‛ʼ′`´"
_DOUBLE_QUOTES = "“”„‟«»″"


# ---------------------------------------------------------------- text normalisation

def normalize(text) -> str:
    """The guide's normal form: NFKC, lower case, quotes folded, ``do n't`` -> ``dont``,
    apostrophes deleted, other punctuation turned into spaces, spaces squeezed.

    >>> normalize("The WORLD’S  “best” — do n't")
    'the worlds best dont'
    """
    if text is None or (isinstance(text, float) and text != text):
        return ""
    s = unicodedata.normalize("NFKC", str(text)).lower()
    for ch in _APOSTROPHES:
        s = s.replace(ch, "'")
    for ch in _DOUBLE_QUOTES:
        s = s.replace(ch, '"')
    s = re.sub(r"(\w)\s+n't\b", r"\1n't", s)       # tokenised contractions: do n't -> don't
    s = s.replace("'", "")
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


def tokens(text) -> list[str]:
    """The words of the normal form.

    >>> tokens("U.S.-Russia talks")
    ['u', 's', 'russia', 'talks']
    """
    return normalize(text).split()


def overlap(gold_tokens: list[str], pred_tokens: list[str]) -> tuple[float, float]:
    """Share of gold tokens and of predicted tokens covered by their common tokens (multiset).

    >>> overlap("a b c d".split(), "a b c x y".split())
    (0.75, 0.6)
    """
    if not gold_tokens or not pred_tokens:
        return 0.0, 0.0
    common = sum((Counter(gold_tokens) & Counter(pred_tokens)).values())
    return common / len(gold_tokens), common / len(pred_tokens)


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall, F1 (both empty = perfect; one side empty = 0).

    >>> prf(3, 4, 6)["f1"]
    0.6
    """
    precision = tp / n_pred if n_pred else (1.0 if n_gold == 0 else 0.0)
    recall = tp / n_gold if n_gold else (1.0 if n_pred == 0 else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "tp": tp, "n_pred": n_pred, "n_gold": n_gold}


# ---------------------------------------------------------------- reading

def _read(folder: Path, name: str) -> pd.DataFrame | None:
    path = Path(folder) / name
    if not path.is_file():
        return None
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError:
        return pd.DataFrame()
    except (pd.errors.ParserError, UnicodeDecodeError, OSError) as exc:  # one line naming the file, exit 2
        reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"{path}: not a readable CSV table ({reason})") from None


def _need(df: pd.DataFrame, cols, label: str) -> pd.DataFrame:
    for col in cols:
        if col not in df.columns:
            df[col] = ""
    return df


def _articles(gold: dict[str, pd.DataFrame | None]) -> set[str]:
    """Articles the answer key covers (its articles.csv, else any gold table)."""
    if gold.get("articles") is not None and "article" in gold["articles"].columns:
        return set(gold["articles"]["article"])
    out: set[str] = set()
    for df in gold.values():
        if df is not None and "article" in df.columns:
            out |= set(df["article"])
    return out


# ---------------------------------------------------------------- quotes

def match_quotes(gold_rows: list[dict], pred_rows: list[dict], threshold: float) -> list[tuple[int, int, float]]:
    """Greedy one-to-one matching of quotes of one article and kind, best overlap first.

    Returns (gold index, pred index, score) where score is the smaller of the
    two coverages; a pair qualifies when both coverages reach ``threshold``.

    >>> match_quotes([{"quote": "a b c d e"}], [{"quote": "a b c d"}, {"quote": "a b c d e"}], 0.8)
    [(0, 1, 1.0)]
    """
    gold_toks = [tokens(r["quote"]) for r in gold_rows]
    pred_toks = [tokens(r["quote"]) for r in pred_rows]
    pairs = []
    for gi, gt in enumerate(gold_toks):
        for pi, pt in enumerate(pred_toks):
            cg, cp = overlap(gt, pt)
            if cg >= threshold - 1e-9 and cp >= threshold - 1e-9:
                pairs.append((min(cg, cp), cg + cp, gi, pi))
    pairs.sort(key=lambda p: (-p[0], -p[1], p[2], p[3]))
    used_g, used_p, out = set(), set(), []
    for score, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, round(score, 4)))
    return sorted(out)


def _scorable(df: pd.DataFrame, kind: str) -> list[dict]:
    rows = df[df["kind"].str.strip().str.lower() == kind].to_dict("records")
    if kind == "direct":
        rows = [r for r in rows if len(tokens(r["quote"])) >= MIN_DIRECT_TOKENS]
    return rows


def _surname(name: str) -> str:
    words = tokens(name)
    return words[-1] if words else ""


def _same_person_tokens(a: list[str], b: list[str]) -> bool:
    """Do two token lists name the same person: one a prefix (of 2+ tokens) or a suffix of the
    other, or a run inside it that starts after the given name (a compound surname's parts).

    >>> _same_person_tokens("ana de la cruz".split(), "de la cruz".split())
    True
    >>> _same_person_tokens("ana ortiz de la cruz".split(), ["ortiz"])
    True
    >>> _same_person_tokens("ana ortiz de la cruz".split(), ["ana"])
    False
    """
    short, long_ = sorted((a, b), key=len)
    n = len(short)
    if not n or n == len(long_):
        return False
    if long_[-n:] == short or (n >= 2 and long_[:n] == short):
        return True
    return any(long_[i:i + n] == short for i in range(1, len(long_) - n + 1))


def same_speaker(gold: str, pred: str, gold_is_person: bool) -> bool:
    """Same canonical name, or (for a person) the same surname.

    A person's surname is compared by its last token, and compound surnames
    (particles, several family names) also match by their parts: a name that
    is a token suffix or prefix of the other, or the other's tokens after the
    given name.

    >>> same_speaker("Jane Q. Roe", "Roe", True), same_speaker("Roe Institute", "Institute", False)
    (True, False)
    >>> same_speaker("Ana Ortiz de la Cruz", "Ortiz", True), same_speaker("Ana Ortiz", "Ana Lee", True)
    (True, False)
    """
    if normalize(gold) == normalize(pred) and normalize(gold):
        return True
    if not gold_is_person or not _surname(gold):
        return False
    if _surname(gold) == _surname(pred):
        return True
    return _same_person_tokens(tokens(gold), tokens(pred))


def _person_names(gold_actors: pd.DataFrame | None) -> set[str]:
    names: set[str] = set()
    if gold_actors is not None and {"actor", "type"} <= set(gold_actors.columns):
        names |= {normalize(a) for a in gold_actors.loc[gold_actors["type"] == "person", "actor"]}
    try:
        from . import actors as _actors

        names |= {normalize(a.canonical) for a in _actors.load_registry().actors if a.type == "person"}
    except Exception:  # the registry is a convenience here, never a requirement
        pass
    return names


def _looks_like_person(name: str) -> bool:
    words = name.split()
    org_words = {"institute", "center", "centre", "council", "ministry", "club", "party", "agency",
                 "university", "committee", "office", "department", "news", "times", "post"}
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not (
        {w.lower() for w in words} & org_words)


def rule_columns(df: pd.DataFrame | None) -> list[str]:
    """The provenance columns of a predicted table: ``rule`` and every ``*_rule`` column.

    >>> rule_columns(pd.DataFrame(columns=["article", "rule", "speaker_rule", "ruler"]))
    ['rule', 'speaker_rule']
    """
    if df is None:
        return []
    return [c for c in df.columns if c == "rule" or c.endswith("_rule")]


def _rules_of(row: dict, columns: list[str]) -> dict[str, str]:
    return {c: str(row.get(c, "") or "") for c in columns}


def _is_person(name: str, persons: set[str]) -> bool:
    return normalize(name) in persons or _looks_like_person(name)


#: A missed quote is listed under the rule of a predicted row covering at least this share of it.
NEAR = 0.3


def _nearest_rules(gold_row: dict, pred_rows: list[dict], columns: list[str]) -> dict[str, str] | None:
    """The rules of the predicted row that overlaps a missed gold quote most (each side's
    coverage at least :data:`NEAR`: the row was found with too much or too little text);
    None when no predicted row comes close.

    >>> _nearest_rules({"quote": "the pier is safe now"}, [{"quote": "the pier is safe", "rule": "a.b"}], ["rule"])
    {'rule': 'a.b'}
    >>> _nearest_rules({"quote": "the pier is safe"}, [{"quote": "fares will rise", "rule": "a.b"}], ["rule"]) is None
    True
    """
    gt, best, found = tokens(gold_row["quote"]), NEAR, None
    for r in pred_rows:
        score = min(overlap(gt, tokens(r["quote"])))
        if score >= best:
            best, found = score, r
    return _rules_of(found, columns) if found is not None else None


def _score_article(g: list[dict], p: list[dict], kind: str, columns: list[str], acc: dict) -> None:
    """Match one article's quotes of one kind and add them to the running tallies in ``acc``."""
    article = g[0]["article"] if g else (p[0]["article"] if p else "")
    matches = match_quotes(g, p, THRESHOLDS[kind])
    acc["tp"] += len(matches)
    acc["n_gold"] += len(g)
    acc["n_pred"] += len(p)
    matched_g = {gi for gi, _, _ in matches}
    matched_p = {pi for _, pi, _ in matches}
    acc["misses"] += [{"article": article, "speaker": r["speaker"], "quote": r["quote"],
                       "cue": str(r.get("cue", "") or ""), "near": _nearest_rules(r, p, columns) if columns else {}}
                      for i, r in enumerate(g) if i not in matched_g]
    acc["spurious"] += [{"article": article, "speaker": r["speaker"], "quote": r["quote"],
                         "rules": _rules_of(r, columns)} for i, r in enumerate(p) if i not in matched_p]
    acc["predictions"] += [{"rules": _rules_of(r, columns), "ok": i in matched_p} for i, r in enumerate(p)]
    for gi, pi, _ in matches:
        gs, ps = g[gi]["speaker"].strip(), p[pi]["speaker"].strip()
        if gs and not gs.lower().startswith("unnamed"):
            acc["speakers"].append({"article": article, "kind": kind, "gold": gs, "pred": ps,
                                    "quote": g[gi]["quote"], "rules": _rules_of(p[pi], columns),
                                    "ok": same_speaker(gs, ps, _is_person(gs, acc["persons"]))})


def score_quotes(gold: pd.DataFrame, pred: pd.DataFrame, articles: set[str],
                 gold_actors: pd.DataFrame | None = None) -> dict:
    """Direct and indirect P/R/F1 and speaker accuracy, with every miss and spurious row.

    Each scored prediction keeps its provenance (``rule``, ``speaker_rule``, ...
    when the table has them) for :func:`rule_precision`.
    """
    cols = ["article", "kind", "speaker", "quote"]
    columns = rule_columns(pred)
    gold = _need(gold.copy(), cols, "gold quotes")
    pred = _need(pred.copy(), cols, "pred quotes")
    gold = gold[gold["article"].isin(articles)]
    pred = pred[pred["article"].isin(articles)]
    out: dict = {}
    speakers: list[dict] = []
    persons = _person_names(gold_actors)
    for kind in ("direct", "indirect"):
        acc = {"tp": 0, "n_gold": 0, "n_pred": 0, "misses": [], "spurious": [], "predictions": [],
               "speakers": speakers, "persons": persons}
        for article in sorted(articles):
            _score_article(_scorable(gold[gold["article"] == article], kind),
                           _scorable(pred[pred["article"] == article], kind), kind, columns, acc)
        out[f"quotes/{kind}"] = {**prf(acc["tp"], acc["n_pred"], acc["n_gold"]), "misses": acc["misses"],
                                 "spurious": acc["spurious"], "predictions": acc["predictions"]}
    n = len(speakers)
    correct = sum(r["ok"] for r in speakers)
    out["speaker accuracy"] = {"accuracy": round(correct / n, 4) if n else None, "correct": correct,
                               "n": n, "errors": [r for r in speakers if not r["ok"]],
                               "predictions": [{"rules": r["rules"], "ok": r["ok"]} for r in speakers]}
    return out


# ---------------------------------------------------------------- sets: actors, conditions

def score_sets(gold: set[tuple], pred: set[tuple]) -> dict:
    """P/R/F1 of two sets of tuples, with the misses and spurious tuples listed.

    >>> score_sets({("a", "X"), ("a", "Y")}, {("a", "X"), ("a", "Z")})["f1"]
    0.5
    """
    tp = len(gold & pred)
    return {**prf(tp, len(pred), len(gold)), "misses": sorted(gold - pred),
            "spurious": sorted(pred - gold)}


def predicted_actor_sets(pred_actors: pd.DataFrame | None, mentions: pd.DataFrame | None) -> set[tuple] | None:
    """(article, actor) pairs predicted: an actors table with ``article``, else unique mentions."""
    for df in (pred_actors, mentions):
        if df is not None and {"article", "actor"} <= set(df.columns):
            return {(a, x.strip()) for a, x in zip(df["article"], df["actor"], strict=True) if str(x).strip()}
    return None


def _condition_triples(df: pd.DataFrame, articles: set[str]) -> dict[tuple, dict[str, set[str]]]:
    """(article, holder_country, category) triples, each with the rule values of the rows that made it."""
    df = _need(df.copy(), ["article", "holder_country", "category"], "conditions")
    columns = rule_columns(df)
    out: dict[tuple, dict[str, set[str]]] = {}
    for row in df.to_dict("records"):
        if row["article"] not in articles:
            continue
        triple = (row["article"], row["holder_country"].strip().upper(), row["category"].strip().lower())
        rules = out.setdefault(triple, {c: set() for c in columns})
        for c in columns:
            rules[c].add(str(row.get(c, "") or ""))
    return out


def score_conditions(gold: pd.DataFrame, pred: pd.DataFrame, articles: set[str]) -> dict:
    """P/R/F1 of the condition triples; each predicted triple keeps the rules of the rows that made it."""
    predicted = _condition_triples(pred, articles)
    result = score_sets(set(_condition_triples(gold, articles)), set(predicted))
    gold_set = set(_condition_triples(gold, articles))
    result["predictions"] = [{"rules": rules, "ok": triple in gold_set} for triple, rules in sorted(predicted.items())]
    result["spurious_rules"] = {triple: _rule_label(predicted[triple]) for triple in result["spurious"]}
    return result


def _rule_label(rules: dict) -> str:
    """``rule=a|b holder_rule=c`` for a listing (empty when the table has no rule column)."""
    return " ".join(f"{c}={'|'.join(sorted(v)) if isinstance(v, set) else v}" for c, v in sorted(rules.items()))


def mention_predictions(mentions: pd.DataFrame | None, gold: set[tuple], articles: set[str]) -> list[dict]:
    """One scored prediction per distinct (article, actor, rule) of the mentions table: correct when
    (article, actor) is in the answer key ([] when the table has no ``rule`` column).

    >>> m = pd.DataFrame({"article": ["a", "a", "a"], "actor": ["X", "X", "Y"], "rule": ["r.1", "r.1", "r.2"]})
    >>> mention_predictions(m, {("a", "X")}, {"a"})
    [{'rules': {'rule': 'r.1'}, 'ok': True}, {'rules': {'rule': 'r.2'}, 'ok': False}]
    """
    if mentions is None or not {"article", "actor", "rule"} <= set(mentions.columns):
        return []
    triples = {(a, str(x).strip(), str(r or "")) for a, x, r in zip(mentions["article"], mentions["actor"],
                                                                   mentions["rule"], strict=True)
               if a in articles and str(x).strip()}
    return [{"rules": {"rule": r}, "ok": (a, x) in gold} for a, x, r in sorted(triples)]


def _score_actors(gold: dict, pred: dict, articles: set[str]) -> dict:
    if gold["actors"] is None:
        return {"status": "no gold"}
    g = {(a, x.strip()) for a, x in zip(gold["actors"]["article"], gold["actors"]["actor"], strict=True)
         if a in articles}
    with_article = pred["actors"] is not None and "article" in pred["actors"].columns
    p = predicted_actor_sets(pred["actors"] if with_article else None, pred["mentions"])
    if p is None:
        return {"status": "not predicted"}
    return {**score_sets(g, {t for t in p if t[0] in articles}),
            "predictions": mention_predictions(pred["mentions"], g, articles)}


def evaluate(gold_dir, pred_dir) -> dict:
    """Score every table of ``pred_dir`` against ``gold_dir``; one dict per report row.

    A table whose prediction file is missing gets ``{"status": "not predicted"}``.
    """
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    gold = {n: _read(gold_dir, f"{n}.csv") for n in ("articles", "actors", "quotes", "conditions")}
    pred = {n: _read(pred_dir, f"{n}.csv") for n in ("actors", "mentions", "quotes", "conditions")}
    articles = _articles(gold)
    result: dict = {"gold": str(gold_dir), "pred": str(pred_dir), "n_articles": len(articles)}
    quote_rows = ("quotes/direct", "quotes/indirect", "speaker accuracy")
    if gold["quotes"] is None or pred["quotes"] is None:
        status = "no gold" if gold["quotes"] is None else "not predicted"
        result.update({row: {"status": status} for row in quote_rows})
    else:
        result.update(score_quotes(gold["quotes"], pred["quotes"], articles, gold["actors"]))
    result["actors"] = _score_actors(gold, pred, articles)
    if gold["conditions"] is None:
        result["conditions"] = {"status": "no gold"}
    elif pred["conditions"] is None:
        result["conditions"] = {"status": "not predicted"}
    else:
        result["conditions"] = score_conditions(gold["conditions"], pred["conditions"], articles)
    return result


# ---------------------------------------------------------------- precision per rule

def _scored_columns(row: str, predictions: list[dict]) -> list[str]:
    """Which provenance columns a report row is scored by (the speaker rule by speaker accuracy only)."""
    columns = sorted({c for p in predictions for c in p["rules"]})
    if row.startswith("quotes/"):
        return [c for c in columns if c != "speaker_rule"]
    if row == "speaker accuracy":
        return [c for c in columns if c == "speaker_rule"]
    return columns


def rule_precision(result: dict) -> list[dict]:
    """Precision per rule: for every report row whose predictions carry a rule column, one entry per
    (column, rule value) with ``correct`` of ``n`` predictions made by that rule.

    Quotes are scored by ``rule`` (a match with the answer key), speaker accuracy
    by ``speaker_rule``, mentions (table ``mentions``) by ``rule`` over distinct
    (article, actor, rule), correct when the answer key lists (article, actor);
    conditions by every rule column (``rule``, ``holder_rule``); tables without
    a rule column give nothing.

    >>> r = {"conditions": {"predictions": [{"rules": {"rule": {"c.a"}}, "ok": True},
    ...                                     {"rules": {"rule": {"c.a", "c.b"}}, "ok": False}]}}
    >>> [(e["rule"], e["correct"], e["n"]) for e in rule_precision(r)]
    [('c.a', 1, 2), ('c.b', 0, 1)]
    """
    out = []
    for row in ROWS:
        predictions = (result.get(row) or {}).get("predictions") or []
        for column in _scored_columns(row, predictions):
            tally: dict[str, list[int]] = {}
            for p in predictions:
                values = p["rules"].get(column, "")
                for value in sorted(values) if isinstance(values, set) else [values]:
                    counts = tally.setdefault(value or "(none)", [0, 0])
                    counts[0] += int(p["ok"])
                    counts[1] += 1
            out += [{"table": "mentions" if row == "actors" else row, "column": column, "rule": rule, "correct": c, "n": n,
                     "precision": round(c / n, 4) if n else 0.0} for rule, (c, n) in sorted(tally.items())]
    return out


def format_rule_precision(entries: list[dict]) -> str:
    """One line per rule: table, column, rule, precision, correct/n.

    >>> print(format_rule_precision([{"table": "conditions", "column": "rule", "rule": "c.a",
    ...                               "correct": 1, "n": 2, "precision": 0.5}]))
    conditions         rule          c.a                                       0.500      1/2
    """
    if not entries:
        return "(no predicted table has a rule column)"
    return "\n".join(f"{e['table']:<18} {e['column']:<13} {e['rule']:<41} {_fmt(e['precision']):>5} "
                     f"{e['correct']:>6}/{e['n']}" for e in entries)


# ---------------------------------------------------------------- report

def _fmt(x) -> str:
    return "n/a" if x is None else f"{x:.3f}"  # None: nothing to score (e.g. speaker accuracy over 0 quotes)


def format_report(result: dict, verbose: bool = False) -> str:
    """A compact table (P, R, F1, n per row); ``verbose`` adds every miss and spurious row.

    >>> print(format_report({"actors": {"precision": 1.0, "recall": 0.5, "f1": 0.6667,
    ...     "n_gold": 4, "tp": 2, "n_pred": 2, "misses": [], "spurious": []}}).splitlines()[2])
    actors                1.000  0.500  0.667      4
    """
    lines = [f"{'table':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>6}", "-" * 48]
    for row in ROWS:
        r = result.get(row)
        if r is None:
            continue
        if "status" in r:
            lines.append(f"{row:<20}   {r['status']}")
        elif row == "speaker accuracy":
            lines.append(f"{row:<20} {'':>6} {'':>6} {_fmt(r['accuracy']):>6} {r['n']:>6}")
        else:
            lines.append(f"{row:<20} {_fmt(r['precision']):>6} {_fmt(r['recall']):>6} "
                         f"{_fmt(r['f1']):>6} {r['n_gold']:>6}")
    if "speaker accuracy" in result and "accuracy" in result["speaker accuracy"]:
        lines.append("(speaker accuracy: share of matched quotes with a named gold speaker; "
                     "F1 column = accuracy)")
    if verbose:
        for row in ROWS:
            lines += _listing(row, result.get(row) or {})
    return "\n".join(lines)


def _rule_key(item, result: dict) -> str:
    """The rule(s) that made a listed row ('' for a gold row or a table without rule columns)."""
    if isinstance(item, dict) and "near" in item:  # a miss: the predicted row nearest to it
        return f"near: {_rule_label(item['near'])}" if item["near"] else ("no row near" if item["near"] is None else "")
    if isinstance(item, dict):
        return _rule_label(item.get("rules") or {})
    return (result.get("spurious_rules") or {}).get(item, "")


def _listing(row: str, result: dict) -> list[str]:
    """Every miss, spurious row and wrong speaker of one report row, grouped by the rule that
    made the predicted row where the table has a rule column (a miss by the rule of the
    predicted row that came nearest, else ``near=nothing``), the largest group first."""
    lines = []
    for what in ("misses", "spurious", "errors"):
        items = result.get(what) or []
        if not items:
            continue
        lines += ["", f"{row}: {what} ({len(items)})"]
        groups: dict[str, list] = {}
        for item in items:
            groups.setdefault(_rule_key(item, result), []).append(item)
        for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):  # the most frequent first
            indent = "  "
            if key:
                lines.append(f"  [{key}] ({len(groups[key])})")
                indent = "    "
            lines += [indent + _describe(item) for item in groups[key]]
    return lines


def _describe(item) -> str:
    if isinstance(item, dict):
        if "gold" in item and "pred" in item:
            return (f"{item['article']}  gold={item['gold']!r} pred={item['pred']!r}  "
                    f"{_short(item['quote'])}")
        cue = f" [{item['cue']}]" if item.get("cue") else ""
        return f"{item['article']}  {item.get('speaker', '')}{cue}: {_short(item.get('quote', ''))}"
    return "  ".join(str(x) for x in item)


def _short(text: str, width: int = 100) -> str:
    text = " ".join(str(text).split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers evaluate",
                                     description="Score predicted tables against an answer key.")
    parser.add_argument("--gold", required=True, help="folder with the answer key CSVs")
    parser.add_argument("--pred", help="folder with the predicted CSVs")
    parser.add_argument("--verbose", action="store_true",
                        help="list every miss, spurious row and wrong speaker, grouped by the rule that made "
                             "the row (a miss: the rule of the nearest predicted row), largest group first")
    parser.add_argument("--by-rule", action="store_true", help="also print the precision of every rule")
    parser.add_argument("--ablate", action="store_true",
                        help="parse --corpus once and score it with each registered rule switched off")
    parser.add_argument("--corpus", help="corpus folder, in any format build reads (for --ablate)")
    parser.add_argument("--rules", default="", help="with --ablate: only rules whose name contains this")
    return parser


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers evaluate --gold DIR (--pred DIR [--verbose] [--by-rule] | --ablate --corpus DIR)``.

    0 on success, 2 on bad input.
    """
    args = _parser().parse_args(argv)
    if args.ablate:
        from . import ablation

        return ablation.main(args.corpus, args.gold, args.rules)
    if not args.pred:
        print("evaluate: --pred DIR is needed (or --ablate --corpus DIR)", file=sys.stderr)
        return 2
    for label, folder in (("gold", args.gold), ("pred", args.pred)):
        if not Path(folder).is_dir():
            print(f"evaluate: {label} folder not found: {folder}", file=sys.stderr)
            return 2
    try:
        result = evaluate(args.gold, args.pred)
    except ValueError as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    print(format_report(result, verbose=args.verbose))
    if args.by_rule:
        print("\nprecision per rule (table, column, rule, precision, correct/n):")
        print(format_rule_precision(rule_precision(result)))
        print(NO_RELATION_KEY)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
