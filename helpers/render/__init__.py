"""What the notebooks draw and export: the actor graph's layout, drawing, exports and HTML page."""
from . import graph, plots, tables

__all__ = ["graph", "plots", "tables"]
