"""``helpers.plots`` is :mod:`helpers.render.plots` (the charts moved beside the graph drawing).

>>> import helpers.plots, helpers.render.plots
>>> helpers.plots is helpers.render.plots
True
"""
import sys

from .render import plots as _plots

sys.modules[__name__] = _plots
