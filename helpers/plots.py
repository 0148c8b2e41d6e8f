"""One chart style, one colour per outlet and per side, and deterministic figure saving.

Every chart goes through :func:`save_figure`, which writes ``NAME.svg``,
``NAME.png`` and ``NAME.csv`` (the plotted data, so a reporter can redraw
the chart) into the corpus's figures folder. SVG and PNG carry no dates and
a fixed hash salt, so the same data gives byte-identical files.

>>> colors = outlet_colors(["B", "A"])
>>> colors["A"] != colors["B"]
True
"""
from __future__ import annotations

import io
from pathlib import Path

import matplotlib

import matplotlib.pyplot as plt
import pandas as pd

from . import config
from .safety import spreadsheet_safe
from .store import atomic_write_bytes

#: Okabe–Ito palette (colour-blind safe), in the order outlets receive colours.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
#: Extra colour-blind-safe colours (Tol "muted") once the eight above are used.
EXTRA = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"]
#: One colour per side (ISO alpha-3 of the actor's country); others get grey.
SIDE_COLORS = {"RUS": "#D55E00", "UKR": "#0072B2", "USA": "#009E73", "INT": "#CC79A7", "": "#999999"}
OTHER_SIDE = "#999999"
SVG_METADATA = {"Date": None, "Creator": None}
PNG_METADATA = {"Software": None}


def use_style() -> None:
    """Apply the project's matplotlib style (``data/helpers.mplstyle``)."""
    plt.style.use(str(config.STYLE_FILE))


def outlet_colors(outlets) -> dict[str, str]:
    """A fixed colour per outlet: outlets sorted by name take the palette in order.

    Pass every outlet of the corpus (``articles.outlet``) so that each chart
    gives an outlet the same colour, whichever subset it shows.
    """
    names = sorted({str(o) for o in outlets if isinstance(o, str) and o})
    palette = OKABE_ITO + EXTRA
    if len(names) > len(palette):  # more outlets than safe colours: the rest from an even colour ramp
        ramp = matplotlib.colormaps["viridis"]
        extra = len(names) - len(palette)
        palette = palette + [matplotlib.colors.to_hex(ramp(i / max(extra - 1, 1))) for i in range(extra)]
    return {name: palette[i] for i, name in enumerate(names)}


def side_color(country: str) -> str:
    """The colour of a side (ISO alpha-3); grey for any other country."""
    return SIDE_COLORS.get(country or "", OTHER_SIDE)


def with_n(label: str, n: int, unit: str = "articles") -> str:
    """A chart title or label that states the sample size.

    >>> with_n("Quotes by side", 5), with_n("Quotes by side", 1)
    ('Quotes by side (n = 5 articles)', 'Quotes by side (n = 1 article)')
    """
    if n == 1 and unit.endswith("s"):
        unit = unit[:-1]
    return f"{label} (n = {n} {unit})"


def article_bars(data: pd.DataFrame, value: str, colors: dict[str, str], title: str, xlabel: str):
    """A horizontal bar per article (labelled outlet + file name), coloured by outlet.

    ``data`` has ``article``, ``outlet`` and the ``value`` column; bars keep its row order.
    Returns the figure; the title states n.
    """
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(data) + 1.2))
    ax.barh(data["outlet"] + "\n" + data["article"], data[value], color=[colors[o] for o in data["outlet"]])
    ax.set_xlabel(xlabel)
    ax.set_title(with_n(title, len(data)))
    return fig


def save_figure(fig, name: str, data: pd.DataFrame, folder: Path | None = None) -> dict[str, Path]:
    """Write ``name``.svg, .png and .csv atomically; return their paths.

    ``data`` is the table the chart plots. Files are byte-identical from run
    to run: no dates in the metadata, fixed ``svg.hashsalt``, fixed dpi.
    The figure stays open so a notebook can still show it.
    """
    folder = Path(folder) if folder is not None else config.figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    paths = {ext: folder / f"{name}.{ext}" for ext in ("svg", "png", "csv")}
    with matplotlib.rc_context({"svg.hashsalt": "helpers-news-coverage"}):
        for ext, metadata in (("svg", SVG_METADATA), ("png", PNG_METADATA)):
            buffer = io.BytesIO()
            fig.savefig(buffer, format=ext, metadata=metadata)
            atomic_write_bytes(paths[ext], buffer.getvalue())
    safe = spreadsheet_safe(data)  # opened in spreadsheets: no cell starts a formula (README)
    atomic_write_bytes(paths["csv"], safe.to_csv(index=False, lineterminator="\n").encode("utf-8"))
    return paths


def skip_figure(name: str, reason: str, folder: Path | None = None) -> str:
    """Say why chart ``name`` is not drawn and remove its files left by an earlier run.

    A notebook calls this instead of :func:`save_figure` when the table to
    plot is empty (no quotes, no conditions, no relations in the corpus), so
    the figures folder never holds a chart of another run's data. Returns
    the sentence, which a notebook prints.

    >>> import tempfile
    >>> skip_figure("x", "no quotes found in this corpus", folder=Path(tempfile.mkdtemp()))
    'no quotes found in this corpus: chart x not drawn'
    """
    folder = Path(folder) if folder is not None else config.figures_dir()
    for ext in ("svg", "png", "csv"):
        (folder / f"{name}.{ext}").unlink(missing_ok=True)
    return f"{reason}: chart {name} not drawn"
