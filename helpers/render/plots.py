"""Every chart of the notebooks: one style, fixed colours, one function per chart kind, deterministic saving.

A notebook cell calls one function here and saves the figure with
:func:`save_figure`, which writes ``NAME.svg``, ``NAME.png`` and ``NAME.csv``
(the plotted data, so a reporter can redraw the chart) into the corpus's
figures folder. SVG and PNG carry no dates and a fixed hash salt, so the same
data gives byte-identical files. When a chart cannot be drawn (nothing to
plot, or a statistic that cannot be tested) :func:`skip_figure` says why and
removes the stale files of an earlier run.

Conventions every chart keeps: the title or the row labels state n; labels
are wrapped, never cut; a legend names every colour that carries meaning;
sides (the story's, else the speaker's or holder's country) take :func:`side_colors`, outlets
:func:`outlet_colors`, relation types :func:`relation_style` (a palette of
their own, fixed by relation name in ``data/relation_styles.csv``).

>>> colors = outlet_colors(["B", "A"])
>>> colors["A"] != colors["B"]
True
"""
from __future__ import annotations

import hashlib
import io
import textwrap
from functools import lru_cache
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from .. import config, language
from ..safety import spreadsheet_safe
from ..store import atomic_write_bytes

#: Okabe–Ito palette (colour-blind safe), in the order outlets receive colours.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
#: Extra colour-blind-safe colours (Tol "muted") once the eight above are used.
EXTRA = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499"]
#: Sides (a story's sides, else countries) take these colour-blind-safe colours in the order of
#: their names (Okabe-Ito without black, then Tol "vibrant" and "light", none a relation type's
#: colour); a story may set its own.
SIDE_PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442",
                "#0077BB", "#33BBEE", "#009988", "#EE7733", "#CC3311", "#EE3377",
                "#77AADD", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00", "#EEDD88", "#EE8866", "#FFAABB"]
#: ``unknown`` (no side, no country): a light grey no palette colour comes near.
UNKNOWN_COLOR = "#BBBBBB"
UNKNOWN_SIDES = {"", "unknown"}
#: Relation types outside ``relation_styles.csv`` take a colour from here by a hash of their name.
RELATION_FALLBACK = ["#4477AA", "#66CCEE", "#228833", "#CCBB44", "#EE6677", "#AA3377", "#BBBBBB", "#000000"]
#: Categories (terms of a condition, connotations, ...) take these in their sorted order.
CATEGORY_PALETTE = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255",
                    "#AA4499", "#6699CC", "#661100", "#BBBBBB"]
RELATION_STYLES_FILE = config.DATA_DIR / "relation_styles.csv"
DASHES = {"solid": "-", "dashed": "--", "dotted": ":", "dashdot": "-."}
SVG_METADATA = {"Date": None, "Creator": None}
PNG_METADATA = {"Software": None}
LABEL_WIDTH = 38


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


def _palette(n: int) -> list[str]:
    """``n`` side colours: :data:`SIDE_PALETTE`, then an even colour ramp for any more."""
    if n <= len(SIDE_PALETTE):
        return SIDE_PALETTE[:n]
    ramp = matplotlib.colormaps["viridis"]
    extra = n - len(SIDE_PALETTE)
    return SIDE_PALETTE + [matplotlib.colors.to_hex(ramp(i / max(extra - 1, 1))) for i in range(extra)]


def _story_colours(story=None) -> dict[str, str]:
    from ..story import current_story

    return (story if story is not None else current_story()).side_colours()


def side_colors(sides, story=None) -> dict[str, str]:
    """A colour per side: the story's own colours, then the other sides by sorted name take the
    palette in order (skipping the story's colours), ``unknown`` a light grey.

    Pass every side of the corpus so a side keeps its colour in every chart, and from run to run.

    >>> from helpers.story import empty_story
    >>> c = side_colors(["B", "unknown", "A"], empty_story())
    >>> c["A"] == SIDE_PALETTE[0] and c["B"] == SIDE_PALETTE[1] and c["unknown"] == UNKNOWN_COLOR
    True
    """
    own = _story_colours(story)
    names = sorted({str(s) for s in sides if str(s) not in UNKNOWN_SIDES and str(s) not in own})
    free = [c for c in _palette(len(names) + len(own)) if c not in own.values()]
    out = {name: free[i] for i, name in enumerate(names)}
    out.update({str(s): own[str(s)] for s in sides if str(s) in own})
    out.update({str(s): UNKNOWN_COLOR for s in sides if str(s) in UNKNOWN_SIDES})
    return out


def side_color(side: str, sides=None, story=None) -> str:
    """The colour of one side (see :func:`side_colors`; pass ``sides``, every side of the corpus).

    Without ``sides``, a side the story gives no colour takes a palette colour fixed by its name.
    """
    side = "" if side is None else str(side)
    if side in UNKNOWN_SIDES:
        return UNKNOWN_COLOR
    if sides is not None:
        return side_colors(list(sides) + [side], story)[side]
    own = _story_colours(story)
    if side in own:
        return own[side]
    return SIDE_PALETTE[int(hashlib.sha256(side.encode("utf-8")).hexdigest(), 16) % len(SIDE_PALETTE)]


def category_colors(names) -> dict[str, str]:
    """A colour per category, by sorted name (the taxonomy is data, so the mapping is stable).

    >>> category_colors(["b", "a"]) == {"a": CATEGORY_PALETTE[0], "b": CATEGORY_PALETTE[1]}
    True
    """
    names = sorted({str(n) for n in names})
    return {n: CATEGORY_PALETTE[i % len(CATEGORY_PALETTE)] for i, n in enumerate(names)}


@lru_cache(maxsize=1)
def _relation_table() -> dict[str, dict[str, str]]:
    rows = language.data_table(RELATION_STYLES_FILE, required=["relation", "color", "dash"]).to_dict("records")
    return {row["relation"]: row for row in rows}


def relation_style(relation: str) -> dict[str, str]:
    """Colour, dash name and description of a relation type, fixed by its name in any corpus.

    Relations listed in ``data/relation_styles.csv`` take their row; any other
    name takes a colour from :data:`RELATION_FALLBACK` by a hash of the name
    (never by order of appearance) and a solid line.

    >>> relation_style("co_mention")["dash"], relation_style("xyz") == relation_style("xyz")
    ('dotted', True)
    """
    row = _relation_table().get(relation)
    if row:
        return {"color": row["color"], "dash": row["dash"], "description": row["description"]}
    index = int(hashlib.sha256(relation.encode("utf-8")).hexdigest(), 16) % len(RELATION_FALLBACK)
    return {"color": RELATION_FALLBACK[index], "dash": "solid", "description": "relation type"}


def with_n(label: str, n: int, unit: str = "articles") -> str:
    """A chart title or label that states the sample size.

    >>> with_n("Quotes by side", 5), with_n("Quotes by side", 1)
    ('Quotes by side (n = 5 articles)', 'Quotes by side (n = 1 article)')
    """
    if n == 1 and unit.endswith("s"):
        unit = unit[:-1]
    return f"{label} (n = {n} {unit})"


def wrap(label, width: int = LABEL_WIDTH) -> str:
    """A label broken over lines of at most ``width`` characters: whole, never cut.

    >>> wrap("a long label of several words", 10)
    'a long\\nlabel of\\nseveral\\nwords'
    """
    return "\n".join(textwrap.wrap(str(label), width, break_long_words=False)) or str(label)


def _legend(ax, colors: dict[str, str], title: str, kind: str = "patch", **kwargs):
    """A legend outside the axes naming every colour in ``colors``."""
    if kind == "patch":
        handles = [Patch(facecolor=c, edgecolor="#444444", linewidth=0.4, label=k) for k, c in colors.items()]
    else:
        handles = [Line2D([], [], marker="o", linestyle="", markersize=7, color=c, label=k)
                   for k, c in colors.items()]
    options = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0)} | kwargs
    return ax.legend(handles=handles, title=title, **options)


def _bar_height(n_rows: int, per_row: float = 0.42, extra: float = 1.4) -> float:
    return max(2.4, per_row * n_rows + extra)


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
    plot is empty or the statistic it would show cannot be tested, so the
    figures folder never holds a chart of another run's data. Returns the
    sentence, which a notebook prints.

    >>> import tempfile
    >>> skip_figure("x", "no quotes found in this corpus", folder=Path(tempfile.mkdtemp()))
    'no quotes found in this corpus: chart x not drawn'
    """
    folder = Path(folder) if folder is not None else config.figures_dir()
    for ext in ("svg", "png", "csv"):
        (folder / f"{name}.{ext}").unlink(missing_ok=True)
    return f"{reason}: chart {name} not drawn"


# ----------------------------------------------------------------------------------------
# bar charts
# ----------------------------------------------------------------------------------------

def _annotate_bars(ax, bars, texts) -> None:
    """Write ``texts`` at the end of each horizontal bar."""
    for bar, text in zip(bars, texts):
        x = bar.get_x() + bar.get_width()
        ax.annotate(text, (x, bar.get_y() + bar.get_height() / 2), xytext=(3, 0), textcoords="offset points",
                    va="center", ha="left", fontsize=7, color="#333333")


def article_bars(data: pd.DataFrame, value: str, colors: dict[str, str], title: str, xlabel: str):
    """A horizontal bar per article (labelled outlet and file name), coloured by outlet, value written on it.

    ``data`` has ``article``, ``outlet`` and the ``value`` column; bars keep its
    row order. The title states n; the legend names the outlets.
    """
    fig, ax = plt.subplots(figsize=(7.5, _bar_height(len(data), 0.45)))
    y = np.arange(len(data))
    bars = ax.barh(y, data[value], color=[colors[o] for o in data["outlet"]], edgecolor="#444444", linewidth=0.4)
    ax.set_yticks(y, [wrap(f"{o}: {a}") for o, a in zip(data["outlet"], data["article"])])
    _annotate_bars(ax, bars, [f"{v:,.0f}" for v in data[value]])
    ax.set_xlabel(xlabel)
    ax.set_title(with_n(title, len(data)))
    _legend(ax, {o: colors[o] for o in sorted(set(data["outlet"]))}, "outlet")
    return fig


def share_intervals(shares: pd.DataFrame, title: str, unit: str = "quotes"):
    """Shares with their confidence intervals: a group of bars per outlet, one bar per side.

    ``shares`` has ``outlet, side, k, n, share, low, high`` (and optionally
    ``n_articles``), as :func:`helpers.analysis.quotes.side_shares` returns.
    Each bar is labelled ``k/n``; each outlet's row label states its n.
    """
    outlets = sorted(shares["outlet"].unique())
    sides = sorted(shares["side"].unique())
    step = 1.0 / (len(sides) + 1)
    fig, ax = plt.subplots(figsize=(8, _bar_height(len(outlets) * len(sides), 0.26, 1.6)))
    for j, side in enumerate(sides):
        part = shares[shares["side"] == side].set_index("outlet").reindex(outlets)
        part = part.dropna(subset=["share"])
        y = np.array([outlets.index(o) for o in part.index]) + j * step
        err = np.vstack([part["share"] - part["low"], part["high"] - part["share"]])
        bars = ax.barh(y, part["share"], height=step * 0.9, color=side_color(side, sides), label=side,
                       xerr=err, error_kw={"ecolor": "#333333", "elinewidth": 0.8, "capsize": 2})
        for bar, (k, n, high) in zip(bars, part[["k", "n", "high"]].itertuples(index=False)):
            ax.annotate(f"{int(k)}/{int(n)}", (high, bar.get_y() + bar.get_height() / 2), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize=6.5)
    totals = shares.groupby("outlet").agg(n=("n", "first"))
    if "n_articles" in shares:
        totals["n_articles"] = shares.groupby("outlet")["n_articles"].first()
    labels = []
    for o in outlets:
        n_art = int(totals.loc[o, "n_articles"]) if "n_articles" in totals else None
        tail = "" if n_art is None else f", {n_art} article{'s' if n_art != 1 else ''}"
        labels.append(f"{wrap(o, 30)}\n(n = {int(totals.loc[o, 'n'])} {unit}{tail})")
    ax.set_yticks(np.arange(len(outlets)) + step * (len(sides) - 1) / 2, labels)
    ax.set_xlim(0, 1.12)
    ax.invert_yaxis()
    ax.set_xlabel("share (bar) with its 95 % interval (line)")
    _legend(ax, side_colors(sides), "side")
    ax.set_title(title)
    return fig


def stacked_bars(table: pd.DataFrame, colors: dict[str, str], title: str, xlabel: str, legend_title: str,
                 row_labels: dict | None = None, totals: bool = True):
    """Horizontal stacked bars: one bar per row of ``table``, one segment per column.

    ``colors`` maps each column to its colour (the legend names them all);
    ``row_labels`` may give a longer label per row (wrapped); ``totals`` writes
    each bar's total at its end (the bar's n).
    """
    rows = list(table.index)
    fig, ax = plt.subplots(figsize=(8, _bar_height(len(rows))))
    y = np.arange(len(rows))
    left = np.zeros(len(rows))
    for column in table.columns:
        values = table[column].to_numpy(dtype=float)
        ax.barh(y, values, left=left, color=colors[column], edgecolor="white", linewidth=0.6)
        left = left + values
    if totals:
        for yi, total in zip(y, left):
            ax.annotate(f"n = {total:,.0f}", (total, yi), xytext=(3, 0), textcoords="offset points",
                        va="center", fontsize=7)
        ax.set_xlim(0, max(left.max(), 1) * 1.15)
    ax.set_yticks(y, [wrap((row_labels or {}).get(r, r)) for r in rows])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    _legend(ax, {c: colors[c] for c in table.columns}, legend_title)
    ax.set_title(title)
    return fig


def labelled_bars(data: pd.DataFrame, label: str, value: str, group: str, colors: dict[str, str],
                  title: str, xlabel: str, legend_title: str):
    """One bar per row, grouped (a thin gap between groups), the group named in the label and by colour.

    The group's name starts each wrapped label, so a light colour never
    carries the meaning alone; each bar shows its count.
    """
    data = data.reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, _bar_height(len(data), 0.46)))
    y = np.arange(len(data)) + data[group].ne(data[group].shift()).cumsum().to_numpy() * 0.5
    bars = ax.barh(y, data[value], color=[colors[g] for g in data[group]], edgecolor="#444444", linewidth=0.4)
    ax.set_yticks(y, [wrap(f"{g}: {t}", 46) for g, t in zip(data[group], data[label])], fontsize=7.5)
    _annotate_bars(ax, bars, [f"{v:,.0f}" for v in data[value]])
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    _legend(ax, {g: colors[g] for g in dict.fromkeys(data[group])}, legend_title)
    ax.set_title(title)
    return fig


# ----------------------------------------------------------------------------------------
# dots, words, time, matrices
# ----------------------------------------------------------------------------------------

def presence_grid(matrix: pd.DataFrame, colors: dict[str, str], title: str, n_per_column: dict | None = None,
                  row_labels: dict | None = None, size_label: str | None = None):
    """A dot for every non-zero cell of ``matrix`` (rows: items, columns: outlets), coloured by column.

    Column labels state each outlet's n (``n_per_column``); with
    ``size_label`` the dot area grows with the value and a size key is added.
    """
    rows, cols = list(matrix.index), list(matrix.columns)
    fig, ax = plt.subplots(figsize=(2.6 + 1.1 * len(cols), _bar_height(len(rows), 0.36, 2.0)))
    for j, col in enumerate(cols):
        values = matrix[col].to_numpy(dtype=float)
        idx = np.flatnonzero(values > 0)
        sizes = 45 * values[idx] if size_label else np.full(len(idx), 60.0)
        ax.scatter(np.full(len(idx), j), idx, s=sizes, color=colors[col], edgecolor="#333333", linewidth=0.5)
    ax.set_xticks(range(len(cols)), [wrap(with_n(c, int(n_per_column[c])) if n_per_column else c, 16)
                                     for c in cols], rotation=0, fontsize=7)
    ax.set_yticks(range(len(rows)), [wrap((row_labels or {}).get(r, r), 44) for r in rows], fontsize=7.5)
    ax.set_xlim(-0.6, len(cols) - 0.4)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.grid(axis="both", color="#eeeeee")
    handles = [Line2D([], [], marker="o", linestyle="", markersize=7, color=colors[c], label=c) for c in cols]
    if size_label:  # one legend: the outlets, then the dot sizes
        top = int(max(matrix.to_numpy().max(), 1))
        handles += [Line2D([], [], marker="o", linestyle="", color="#BBBBBB", markeredgecolor="#333333",
                           markersize=(45 * k) ** 0.5, label=f"{k} {size_label}") for k in sorted({1, top})]
    ax.legend(handles=handles, title="outlet" + (" / dot size" if size_label else ""), loc="upper left",
              bbox_to_anchor=(1.01, 1.0))
    ax.set_title(title)
    return fig


def word_panels(words: pd.DataFrame, colors: dict[str, str], n_per_outlet: dict, threshold: float, title: str):
    """The distinctive words that pass, one panel per outlet that has any, bars of their z.

    ``words`` holds only words above the threshold (``outlet, word, z``); the
    dashed line is the permutation threshold; each panel's title states n.
    """
    outlets = sorted(words["outlet"].unique())
    n_cols = min(3, len(outlets))
    n_rows = -(-len(outlets) // n_cols)
    height = max(1.6, 0.3 * words.groupby("outlet").size().max() + 1.2)
    fig, axes = plt.subplots(n_rows, n_cols, figsize=(3.2 * n_cols + 0.8, height * n_rows), squeeze=False)
    for ax in axes.flat[len(outlets):]:
        ax.set_axis_off()
    for ax, outlet in zip(axes.flat, outlets):
        part = words[words["outlet"] == outlet].sort_values(["z", "word"])
        ax.barh(part["word"], part["z"], color=colors[outlet], edgecolor="#444444", linewidth=0.4)
        ax.axvline(threshold, color="#444444", linestyle="--", linewidth=0.8)
        ax.set_title(wrap(with_n(outlet, int(n_per_outlet[outlet])), 30), fontsize=9)
        ax.set_xlabel("log-odds z")
    fig.legend(handles=[Line2D([], [], color="#444444", linestyle="--", label=f"threshold |z| = {threshold:.2f}")],
               loc="lower center", bbox_to_anchor=(0.5, -0.02), ncol=1)
    fig.suptitle(title, fontsize=10)
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    return fig


def timeline(counts: pd.DataFrame, series: str, colors: dict[str, str], title: str, ylabel: str,
             panel: str | None = None, legend_title: str = ""):
    """Counts per period as stacked bars, one colour per ``series`` value, one panel per ``panel`` value.

    ``counts`` has ``period`` (a sortable label), ``series``, ``n`` and
    optionally the ``panel`` column; every period of the corpus is on the
    x axis of every panel (zero where nothing happened); each bar's total is
    written above it.
    """
    periods = sorted(counts["period"].unique())
    panels = sorted(counts[panel].unique()) if panel else [None]
    fig, axes = plt.subplots(len(panels), 1, figsize=(max(6, 0.6 * len(periods) + 3), 2.4 * len(panels) + 0.8),
                             squeeze=False, sharex=True)
    for ax, name in zip(axes[:, 0], panels):
        part = counts if name is None else counts[counts[panel] == name]
        wide = part.pivot_table(index="period", columns=series, values="n", aggfunc="sum", fill_value=0)
        wide = wide.reindex(periods, fill_value=0)
        bottom = np.zeros(len(periods))
        for column in sorted(wide.columns):
            ax.bar(range(len(periods)), wide[column], bottom=bottom, color=colors[column], edgecolor="white")
            bottom = bottom + wide[column].to_numpy()
        for x, total in enumerate(bottom):
            if total:
                ax.annotate(f"{total:.0f}", (x, total), xytext=(0, 2), textcoords="offset points", ha="center",
                            fontsize=7)
        ax.set_ylim(0, max(bottom.max(), 1) * 1.2)
        ax.set_ylabel(ylabel)
        ax.grid(axis="y")
        if name is not None:
            ax.set_title(wrap(f"{panel}: {name} (n = {int(bottom.sum())})", 60), fontsize=9, loc="left")
    axes[-1, 0].set_xticks(range(len(periods)), [str(p) for p in periods], rotation=45, ha="right")
    present = sorted(counts[series].unique())
    _legend(axes[0, 0], {s: colors[s] for s in present}, legend_title)
    fig.suptitle(title, fontsize=10)
    return fig


def heatmap(matrix: pd.DataFrame, title: str, xlabel: str, ylabel: str, value_label: str):
    """A count matrix in grey levels, each non-zero cell written, with a colour bar naming the value."""
    fig, ax = plt.subplots(figsize=(0.42 * len(matrix.columns) + 4.5, 0.38 * len(matrix) + 3))
    image = ax.imshow(matrix.to_numpy(dtype=float), cmap="Greys", vmin=0)
    ax.set_xticks(range(len(matrix.columns)), [wrap(c, 24) for c in matrix.columns], rotation=90, fontsize=7)
    ax.set_yticks(range(len(matrix.index)), [wrap(r, 30) for r in matrix.index], fontsize=7)
    top = matrix.to_numpy().max()
    for (i, j), value in np.ndenumerate(matrix.to_numpy()):
        if value:
            ax.text(j, i, int(value), ha="center", va="center", fontsize=6,
                    color="white" if value > top / 2 else "black")
    ax.grid(False)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    fig.colorbar(image, ax=ax, shrink=0.6, label=value_label)
    ax.set_title(title)
    return fig
