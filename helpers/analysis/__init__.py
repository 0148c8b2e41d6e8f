"""What the notebooks summarise: tables in, tables out (never part of extraction)."""
from . import conditions, graph, quotes, time, units

__all__ = ["conditions", "graph", "quotes", "time", "units"]
