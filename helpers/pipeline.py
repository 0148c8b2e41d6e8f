"""From a folder of articles to the tidy tables: ``build()`` and the :class:`Corpus` it returns.

The data flow is one way::

    corpus -> nlp -> actors -> quotes / conditions -> graph (relations)

Each article is parsed once; its spaCy ``Doc`` is handed to the per-article
extractors and then dropped, so memory does not grow with the corpus.

>>> c = build(SEEDS_EXAMPLE)            # doctest: +SKIP
>>> sorted(c.tables())                  # doctest: +SKIP
['actors', 'articles', 'conditions', 'mentions', 'quotes', 'relations']
"""
from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import actors, conditions, config, corpus, graph, nlp, quotes

log = logging.getLogger("helpers")

#: Columns of every table, in order (the contract between modules, tests and notebooks).
TABLE_COLUMNS = {
    "articles": corpus.COLUMNS,
    "mentions": actors.MENTION_COLUMNS,
    "actors": actors.ACTOR_COLUMNS,
    "quotes": quotes.COLUMNS,
    "conditions": conditions.COLUMNS,
    "relations": graph.RELATION_COLUMNS,
}
PER_ARTICLE_TABLES = ("mentions", "quotes", "conditions", "relations")


@dataclass
class Corpus:
    """The tables of one corpus, as pandas DataFrames (every table has ``article``)."""

    articles: pd.DataFrame
    mentions: pd.DataFrame
    actors: pd.DataFrame
    quotes: pd.DataFrame
    conditions: pd.DataFrame
    relations: pd.DataFrame
    problems: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["file", "message"]))

    def tables(self) -> dict[str, pd.DataFrame]:
        """The six tables by name (``problems`` is not a table of the design)."""
        return {name: getattr(self, name) for name in TABLE_COLUMNS}


def extract_article(doc, name: str) -> dict[str, list[dict]]:
    """Every per-article table's rows for one parsed article."""
    mentions = actors.find_mentions(doc, name)
    found_quotes = quotes.find_quotes(doc, name, mentions)
    found_conditions = conditions.find_conditions(doc, name, mentions, found_quotes)
    relations = graph.find_relations(doc, name, mentions, found_quotes, found_conditions)
    return {"mentions": mentions, "quotes": found_quotes, "conditions": found_conditions,
            "relations": relations}


def _frame(rows: list[dict], table: str) -> pd.DataFrame:
    columns = TABLE_COLUMNS[table]
    df = pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    return df.reset_index(drop=True)


def load_articles(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The articles table and the problems met while reading (file, message).

    Each problem is also logged as one line on the ``helpers`` logger.
    """
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", corpus.CorpusWarning)
        articles = corpus.load_corpus(folder)
    problems = []
    for w in caught:
        if issubclass(w.category, corpus.CorpusWarning):
            message = str(w.message)
            problems.append({"file": message.split(":", 1)[0], "message": message})
            log.warning(message)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return articles, pd.DataFrame(problems, columns=["file", "message"])


def build(folder: Path | str | None = None, progress: bool | None = None) -> Corpus:
    """Read ``folder`` (default: the configured corpus) and extract every table.

    ``progress`` shows a tqdm bar; by default only for more than a handful of articles.
    """
    folder = Path(folder) if folder is not None else config.corpus_dir()
    articles, problems = load_articles(folder)
    pipeline = nlp.load_nlp(actors.ruler_patterns())
    rows: dict[str, list[dict]] = {table: [] for table in PER_ARTICLE_TABLES}
    texts = ((rec.text, rec.article) for rec in articles.itertuples())
    docs = pipeline.pipe(texts, as_tuples=True, batch_size=16)
    if progress is None:
        progress = len(articles) > 8
    if progress:
        from tqdm.auto import tqdm

        docs = tqdm(docs, total=len(articles), desc="parsing", unit="article")
    for doc, name in docs:
        for table, found in extract_article(doc, name).items():
            rows[table].extend(found)
    tables = {table: _frame(found, table) for table, found in rows.items()}
    return Corpus(
        articles=articles,
        mentions=tables["mentions"],
        actors=actors.actors_table(tables["mentions"]),
        quotes=tables["quotes"],
        conditions=tables["conditions"],
        relations=tables["relations"],
        problems=problems,
    )
