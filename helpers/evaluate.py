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


def score_quotes(gold: pd.DataFrame, pred: pd.DataFrame, articles: set[str],
                 gold_actors: pd.DataFrame | None = None) -> dict:
    """Direct and indirect P/R/F1 and speaker accuracy, with every miss and spurious row."""
    cols = ["article", "kind", "speaker", "quote"]
    gold = _need(gold.copy(), cols, "gold quotes")
    pred = _need(pred.copy(), cols, "pred quotes")
    gold = gold[gold["article"].isin(articles)]
    pred = pred[pred["article"].isin(articles)]
    persons = _person_names(gold_actors)
    out: dict = {}
    speaker_rows = []
    for kind in ("direct", "indirect"):
        tp = n_gold = n_pred = 0
        misses, spurious = [], []
        for article in sorted(articles):
            g = _scorable(gold[gold["article"] == article], kind)
            p = _scorable(pred[pred["article"] == article], kind)
            matches = match_quotes(g, p, THRESHOLDS[kind])
            tp += len(matches)
            n_gold += len(g)
            n_pred += len(p)
            matched_g = {gi for gi, _, _ in matches}
            matched_p = {pi for _, pi, _ in matches}
            misses += [{"article": article, "speaker": r["speaker"], "quote": r["quote"]}
                       for i, r in enumerate(g) if i not in matched_g]
            spurious += [{"article": article, "speaker": r["speaker"], "quote": r["quote"]}
                         for i, r in enumerate(p) if i not in matched_p]
            for gi, pi, _ in matches:
                gs, ps = g[gi]["speaker"].strip(), p[pi]["speaker"].strip()
                if not gs or gs.lower().startswith("unnamed"):
                    continue
                is_person = normalize(gs) in persons or (normalize(gs) not in persons and _looks_like_person(gs))
                speaker_rows.append({"article": article, "kind": kind, "gold": gs, "pred": ps,
                                     "quote": g[gi]["quote"], "ok": same_speaker(gs, ps, is_person)})
        out[f"quotes/{kind}"] = {**prf(tp, n_pred, n_gold), "misses": misses, "spurious": spurious}
    n = len(speaker_rows)
    correct = sum(r["ok"] for r in speaker_rows)
    out["speaker accuracy"] = {"accuracy": round(correct / n, 4) if n else 1.0, "correct": correct,
                               "n": n, "errors": [r for r in speaker_rows if not r["ok"]]}
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


def evaluate(gold_dir, pred_dir) -> dict:
    """Score every table of ``pred_dir`` against ``gold_dir``; one dict per report row.

    A table whose prediction file is missing gets ``{"status": "not predicted"}``.
    """
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    names = ("articles", "actors", "quotes", "conditions")
    gold = {n: _read(gold_dir, f"{n}.csv") for n in names}
    pred = {n: _read(pred_dir, f"{n}.csv") for n in ("actors", "mentions", "quotes", "conditions")}
    articles = _articles(gold)
    result: dict = {"gold": str(gold_dir), "pred": str(pred_dir), "n_articles": len(articles)}
    missing = {"status": "not predicted"}

    if gold["quotes"] is None:
        for row in ("quotes/direct", "quotes/indirect", "speaker accuracy"):
            result[row] = {"status": "no gold"}
    elif pred["quotes"] is None:
        for row in ("quotes/direct", "quotes/indirect", "speaker accuracy"):
            result[row] = dict(missing)
    else:
        result.update(score_quotes(gold["quotes"], pred["quotes"], articles, gold["actors"]))

    if gold["actors"] is None:
        result["actors"] = {"status": "no gold"}
    else:
        g = {(a, x.strip()) for a, x in zip(gold["actors"]["article"], gold["actors"]["actor"], strict=True)
             if a in articles}
        p = predicted_actor_sets(pred["actors"] if pred["actors"] is not None
                                 and "article" in pred["actors"].columns else None, pred["mentions"])
        result["actors"] = dict(missing) if p is None else score_sets(
            g, {t for t in p if t[0] in articles})

    if gold["conditions"] is None:
        result["conditions"] = {"status": "no gold"}
    elif pred["conditions"] is None:
        result["conditions"] = dict(missing)
    else:
        def triples(df):
            df = _need(df.copy(), ["article", "holder_country", "category"], "conditions")
            return {(a, c.strip().upper(), k.strip().lower()) for a, c, k in
                    zip(df["article"], df["holder_country"], df["category"], strict=True) if a in articles}
        result["conditions"] = score_sets(triples(gold["conditions"]), triples(pred["conditions"]))
    return result


# ---------------------------------------------------------------- report

def _fmt(x) -> str:
    return f"{x:.3f}"


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
            r = result.get(row) or {}
            for what in ("misses", "spurious", "errors"):
                items = r.get(what) or []
                if not items:
                    continue
                lines.append("")
                lines.append(f"{row}: {what} ({len(items)})")
                for item in items:
                    lines.append("  " + _describe(item))
    return "\n".join(lines)


def _describe(item) -> str:
    if isinstance(item, dict):
        if "gold" in item and "pred" in item:
            return (f"{item['article']}  gold={item['gold']!r} pred={item['pred']!r}  "
                    f"{_short(item['quote'])}")
        return f"{item['article']}  {item.get('speaker', '')}: {_short(item.get('quote', ''))}"
    return "  ".join(str(x) for x in item)


def _short(text: str, width: int = 100) -> str:
    text = " ".join(str(text).split())
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers evaluate --gold DIR --pred DIR [--verbose]``; 0 on success, 2 on bad input."""
    parser = argparse.ArgumentParser(prog="python -m helpers evaluate",
                                     description="Score predicted tables against an answer key.")
    parser.add_argument("--gold", required=True, help="folder with the answer key CSVs")
    parser.add_argument("--pred", required=True, help="folder with the predicted CSVs")
    parser.add_argument("--verbose", action="store_true", help="list every miss and spurious row")
    args = parser.parse_args(argv)
    for label, folder in (("gold", args.gold), ("pred", args.pred)):
        if not Path(folder).is_dir():
            print(f"evaluate: {label} folder not found: {folder}", file=sys.stderr)
            return 2
    print(format_report(evaluate(args.gold, args.pred), verbose=args.verbose))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
