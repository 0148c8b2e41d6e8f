"""Ablation: score a corpus with each extraction rule switched off in turn.

The corpus is parsed once; extraction then runs again on the same parsed
documents for every rule of every registry (:data:`helpers.rules.REGISTRIES`,
filled by importing the extractors), with that one rule switched off through
:func:`helpers.rules.disabled`. The build cache is never used. Each run is
scored against the answer key like ``python -m helpers evaluate``, and the
report lists how much each score moves without the rule (negative: the rule
helps).

    python -m helpers evaluate --ablate --corpus seeds --gold tests/gold [--rules condition_]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from . import evaluate, pipeline, rules
from .story import load_story, story_for

#: The tables the answer key scores (written for each run).
SCORED_TABLES = ("mentions", "quotes", "conditions")
#: (column label, report row, key) of the scores an ablation compares.
SCORES = (("direct F1", "quotes/direct", "f1"), ("indir. F1", "quotes/indirect", "f1"),
          ("speaker", "speaker accuracy", "accuracy"), ("actors F1", "actors", "f1"),
          ("cond. F1", "conditions", "f1"))


def parse_corpus(folder: Path | str, story=None) -> list[tuple[str, object]]:
    """(article name, parsed Doc) for every article of a corpus folder, parsed once (with the
    entity ruler of ``story``: a :class:`~helpers.story.Story`, a name or a folder; default: the corpus's)."""
    articles, _ = pipeline.load_articles(Path(folder))
    pipe = pipeline._pipeline(story_for(story, folder))
    names, texts = list(articles["article"]), list(articles["text"])
    return list(zip(names, pipe.pipe(texts), strict=True))


def extract(docs: list[tuple[str, object]], story=None) -> dict:
    """The scored tables of parsed articles, extracted with the rules switched on now (and ``story``)."""
    story = load_story(story)
    found = [pipeline.extract_article(doc, name, story) for name, doc in docs]
    return {table: pipeline.tidy([row for rows in found for row in rows[table]], table) for table in SCORED_TABLES}


def score(tables: dict, gold: Path | str) -> dict:
    """The answer-key scores of one run's tables (written to a scratch folder and evaluated)."""
    with tempfile.TemporaryDirectory(prefix="ablation-") as tmp:
        for table, df in tables.items():
            (Path(tmp) / f"{table}.csv").write_text(pipeline.to_csv_text(df), encoding="utf-8")
        return evaluate.evaluate(gold, tmp)


def headline(result: dict) -> dict[str, float | None]:
    """The compared scores of one evaluation (None where a table was not scored).

    >>> headline({"conditions": {"f1": 0.5}})["cond. F1"]
    0.5
    """
    return {label: (result.get(row) or {}).get(key) for label, row, key in SCORES}


def ablate(docs, gold, only: str = "", story=None) -> tuple[dict, list[tuple[str, dict]]]:
    """(scores with every rule on, [(rule, scores with that rule off), ...]) for every registered rule."""
    base = headline(score(extract(docs, story), gold))
    runs = []
    for name in rules.all_rule_names():
        if only and only not in name:
            continue
        with rules.disabled(name):
            runs.append((name, headline(score(extract(docs, story), gold))))
    return base, runs


def _cell(value, base) -> str:
    if value is None or base is None:
        return f"{'-':>9}"
    return f"{value - base:>+9.3f}"


def format_ablation(base: dict, runs: list[tuple[str, dict]]) -> str:
    """A table: the full scores, then one line per rule with the change of each score without it.

    >>> print(format_ablation({"cond. F1": 0.5}, [("c.a", {"cond. F1": 0.25})]).splitlines()[-1])
    c.a                                          -0.250
    """
    rows = list(base)
    lines = [f"{'rule switched off':<41} " + " ".join(f"{r:>9}" for r in rows),
             f"{'(none: all rules on)':<41} " + " ".join(f"{'-' if base[r] is None else f'{base[r]:.3f}':>9}"
                                                          for r in rows)]
    for name, scores in runs:
        lines.append(f"{name:<41} " + " ".join(_cell(scores.get(r), base[r]) for r in rows))
    return "\n".join(lines)


def main(corpus, gold, only: str = "") -> int:
    """The ``--ablate`` command: 0 on success, 2 when a folder is missing."""
    for label, folder in (("corpus", corpus), ("gold", gold)):
        if not folder or not Path(folder).is_dir():
            print(f"evaluate --ablate: {label} folder not found: {folder}", file=sys.stderr)
            return 2
    from . import actors, conditions, graph, quotes  # noqa: F401 - importing registers their rules

    story = story_for(None, corpus)
    docs = parse_corpus(corpus, story)
    base, runs = ablate(docs, gold, only, story)
    print(f"{corpus}: {len(docs)} articles; change of each score with one rule switched off")
    print(format_ablation(base, runs))
    return 0
