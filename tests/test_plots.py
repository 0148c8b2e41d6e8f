"""helpers.plots: one style, fixed colours, byte-identical figures with their data."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers import plots  # noqa: E402


def draw(data):
    plots.use_style()
    fig, ax = plt.subplots()
    ax.bar(data["outlet"], data["n"], color=[plots.outlet_colors(data["outlet"])[o] for o in data["outlet"]])
    ax.set_title(plots.with_n("Test chart", len(data)))
    return fig


def test_save_figure_writes_svg_png_and_csv_byte_identical(tmp_path):
    data = pd.DataFrame({"outlet": ["Beta", "Alpha"], "n": [3, 5]})
    first = plots.save_figure(draw(data), "chart", data, folder=tmp_path / "a")
    second = plots.save_figure(draw(data), "chart", data, folder=tmp_path / "b")
    plt.close("all")
    for ext in ("svg", "png", "csv"):
        assert first[ext].read_bytes() == second[ext].read_bytes(), ext
    svg = first["svg"].read_text()
    assert "<dc:date>" not in svg
    assert pd.read_csv(first["csv"]).equals(data)


def test_outlet_colours_are_fixed_by_name_not_by_subset():
    everyone = plots.outlet_colors(["Gamma", "Alpha", "Beta"])
    assert len(set(everyone.values())) == 3
    assert plots.outlet_colors(["Beta", "Alpha", "Gamma"]) == everyone


def test_palette_is_colour_blind_safe_okabe_ito():
    assert plots.OKABE_ITO[0] == "#E69F00" and len(set(plots.OKABE_ITO)) == 8


def test_side_colours_and_n_label():
    assert plots.side_color("RUS") != plots.side_color("UKR")
    assert plots.side_color("XYZ") == plots.OTHER_SIDE
    assert plots.with_n("Quotes", 5) == "Quotes (n = 5 articles)"


def test_style_sets_hashsalt():
    plots.use_style()
    assert matplotlib.rcParams["svg.hashsalt"]


def test_skip_figure_removes_a_stale_chart_and_says_why(tmp_path):
    data = pd.DataFrame({"outlet": ["Alpha"], "n": [1]})
    plots.save_figure(draw(data), "chart", data, folder=tmp_path)
    plt.close("all")
    message = plots.skip_figure("chart", "no quotes found in this corpus", folder=tmp_path)
    assert message == "no quotes found in this corpus: chart chart not drawn"
    assert not list(tmp_path.iterdir())
    assert plots.skip_figure("never_drawn", "nothing", folder=tmp_path).startswith("nothing")


def test_every_outlet_gets_its_own_colour_even_beyond_the_palette():
    names = [f"Outlet {i:02d}" for i in range(30)]
    colours = plots.outlet_colors(names)
    assert len(set(colours.values())) == 30
    assert plots.outlet_colors([]) == {}
    assert colours == plots.outlet_colors(reversed(names))
