"""``helpers.plots``: the chart functions of :mod:`helpers.render.plots`, under their old name.

>>> from helpers import plots
>>> from helpers.render import plots as rplots
>>> plots.save_figure is rplots.save_figure
True
"""
from .render.plots import *  # noqa: F403 - the old module name re-exports the chart functions
