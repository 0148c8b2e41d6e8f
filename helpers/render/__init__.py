"""What the notebooks draw and export: the actor graph's layout, drawing, exports and HTML page."""
from . import graph

__all__ = ["graph"]
