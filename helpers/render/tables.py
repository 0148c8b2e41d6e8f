"""Tables a reader can browse in a notebook (itables, offline) and their plain-text twin for nbval.

:func:`init_browsing` embeds the DataTables bundle in the notebook once (no
CDN: the stored notebook keeps working offline); :func:`browse` shows a table
that sorts, searches and filters by the given columns (search panes); the
table's id is fixed so the stored notebook is byte-identical between runs.
:func:`plain` is the same table as text, which a ``# NBVAL_CHECK_OUTPUT``
cell prints so the test compares text, not scripts.
"""
from __future__ import annotations

import re

import pandas as pd


def init_browsing() -> None:
    """Load itables in offline mode (the DataTables bundle goes into the notebook, nothing is fetched)."""
    import itables

    itables.init_notebook_mode(all_interactive=False, connected=False)


def table_options(table: pd.DataFrame, table_id: str, filters=()) -> dict:
    """itables options: fixed id, offline, every row available, search panes on ``filters``.

    >>> opts = table_options(pd.DataFrame({"outlet": [], "speaker": []}), "quotes", ["speaker", "missing"])
    >>> opts["table_id"], opts["searchPanes"]["columns"]
    ('itables_quotes', [1])
    """
    columns = list(table.columns)
    panes = [columns.index(c) for c in filters if c in columns]
    options = {"table_id": "itables_" + re.sub(r"\W", "_", table_id), "connected": False, "maxBytes": 0,
               "lengthMenu": [10, 25, 100, -1], "classes": "display compact"}
    if panes:
        options |= {"layout": {"top1": "searchPanes"},
                    "searchPanes": {"columns": panes, "cascadePanes": True, "layout": f"columns-{min(len(panes), 4)}"}}
    return options


def browse(table: pd.DataFrame, table_id: str, filters=(), caption: str | None = None) -> None:
    """Show ``table`` to sort, search and filter (by the ``filters`` columns) in the notebook."""
    import itables

    itables.show(table, caption=caption, **table_options(table, table_id, filters))


def plain(table: pd.DataFrame, width: int = 70) -> str:
    """The table as plain text, each cell cut to ``width`` characters only here (the browsable table is whole).

    >>> plain(pd.DataFrame({"a": [1], "b": ["x" * 5]}), width=3).splitlines()
    ['a   b', '1 xx…']
    """
    if table.empty:
        return "(no rows)"

    def cut(value):
        text = " ".join(str(value).split())
        return text if len(text) <= width else text[: width - 1] + "…"
    return table.map(cut).to_string(index=False)
