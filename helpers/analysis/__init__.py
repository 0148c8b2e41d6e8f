"""What the notebooks summarise: tables in, tables out (never part of extraction)."""
from . import conditions, graph, quotes

__all__ = ["conditions", "graph", "quotes"]
