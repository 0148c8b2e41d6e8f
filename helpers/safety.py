"""Making derived files safe for the programs that open them: XML readers and spreadsheets.

Two small, pure transformations applied at the point of export, never to the
data tables themselves (their text stays exact, so offsets still index it):

- :func:`xml_text` / :func:`xml_safe_graph`: characters XML 1.0 forbids
  (control characters other than tab, newline and carriage return, lone
  surrogates, U+FFFE and U+FFFF) replaced with U+FFFD in every string of a
  graph before it is written as GEXF or GraphML, so the files always parse.
- :func:`spreadsheet_cell` / :func:`spreadsheet_safe`: a cell that a
  spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return) gets a leading apostrophe, for the CSV
  files meant to be opened in a spreadsheet (the figure CSVs). Numbers stay
  numbers: a negative number is not a formula.

>>> xml_text("ok\\x1b[31m\\ufffe")
'ok\\ufffd[31m\\ufffd'
>>> spreadsheet_cell('=HYPERLINK("http://x.example","click")')
'\\'=HYPERLINK("http://x.example","click")'
"""
from __future__ import annotations

import re

#: Characters XML 1.0 does not allow anywhere in a document (tab, LF and CR are allowed).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
XML_REPLACEMENT = "\ufffd"
#: First characters a spreadsheet reads as a formula (or strips); such cells get an apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"


# --------------------------------------------------------------------------- XML


def xml_text(value: str) -> str:
    """``value`` with every character XML forbids replaced by U+FFFD (other text unchanged).

    >>> xml_text("Tab\\tand line\\nstay"), xml_text("NUL\\x00 and \\udcff go")
    ('Tab\\tand line\\nstay', 'NUL\\ufffd and \\ufffd go')
    """
    return XML_FORBIDDEN.sub(XML_REPLACEMENT, value)


def _xml_value(value):
    return xml_text(value) if isinstance(value, str) else value


def _xml_attrs(attrs: dict) -> dict:
    return {_xml_value(k): _xml_value(v) for k, v in attrs.items()}


def xml_safe_graph(G):
    """A copy of the networkx graph ``G`` whose node names, keys and string attributes are :func:`xml_text`.

    The graph's type (directed, multi) is kept; ``G`` is not changed. Two
    names that differ only in forbidden characters become one node.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A\\x01", "B", key="says", evidence="x\\x1b")
    >>> H = xml_safe_graph(G)
    >>> sorted(H.nodes), list(H.edges(keys=True, data="evidence"))
    (['A\\ufffd', 'B'], [('A\\ufffd', 'B', 'says', 'x\\ufffd')])
    """
    H = G.__class__()
    H.graph.update(_xml_attrs(G.graph))
    for node, attrs in G.nodes(data=True):
        H.add_node(_xml_value(node), **_xml_attrs(attrs))
    if G.is_multigraph():
        for u, v, key, attrs in G.edges(keys=True, data=True):
            H.add_edge(_xml_value(u), _xml_value(v), key=_xml_value(key), **_xml_attrs(attrs))
    else:
        for u, v, attrs in G.edges(data=True):
            H.add_edge(_xml_value(u), _xml_value(v), **_xml_attrs(attrs))
    return H


# --------------------------------------------------------------------------- spreadsheets


def spreadsheet_cell(value: str) -> str:
    """A text cell a spreadsheet shows as text: an apostrophe before a formula start.

    A cell that already starts with an apostrophe gets one more, so removing
    one leading apostrophe always gives the exact text back.

    >>> spreadsheet_cell("+cmd|' /C calc'!A0"), spreadsheet_cell("'tis"), spreadsheet_cell("plain")
    ("'+cmd|' /C calc'!A0", "''tis", 'plain')
    """
    return ESCAPE + value if value.startswith(FORMULA_STARTS + (ESCAPE,)) else value


def _safe_column(series):
    if series.dtype.kind in "biufcmM":  # numbers, booleans and dates are not formulas
        return series
    return series.map(lambda v: spreadsheet_cell(v) if isinstance(v, str) else v)


def spreadsheet_safe(df):
    """A copy of the DataFrame ``df`` whose text cells (and column names) are :func:`spreadsheet_cell`.

    Numeric columns are left as they are (``-0.5`` is a number to a
    spreadsheet, not a formula). Use it for CSV files meant to be opened in a
    spreadsheet, never for the data tables (their text must stay exact).

    >>> import pandas as pd
    >>> spreadsheet_safe(pd.DataFrame({"quote": ["=1+1", "fine"], "n": [-2, 3]})).to_dict("list")
    {'quote': ["'=1+1", 'fine'], 'n': [-2, 3]}
    """
    out = df.copy()
    out.columns = [spreadsheet_cell(c) if isinstance(c, str) else c for c in out.columns]
    for i in range(out.shape[1]):
        out.isetitem(i, _safe_column(out.iloc[:, i]))
    return out
