"""helpers.plots: one style, fixed colours, byte-identical figures with their data."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd

from helpers import plots


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


#: The eight colours of Okabe & Ito (2008), "Color Universal Design", as published (0-255 RGB).
OKABE_ITO_RGB = {"orange": (230, 159, 0), "sky blue": (86, 180, 233), "bluish green": (0, 158, 115),
                 "yellow": (240, 228, 66), "blue": (0, 114, 178), "vermillion": (213, 94, 0),
                 "reddish purple": (204, 121, 167), "black": (0, 0, 0)}


def _rgb(colour: str) -> tuple[int, ...]:
    return tuple(round(255 * c) for c in matplotlib.colors.to_rgb(colour))


def test_the_first_outlets_get_the_published_okabe_ito_colours():
    outlets = [f"Outlet {c}" for c in "HGFEDCBA"]
    colours = plots.outlet_colors(outlets)
    first_eight = [_rgb(colours[o]) for o in sorted(outlets)]
    assert sorted(first_eight) == sorted(OKABE_ITO_RGB.values())
    assert first_eight[0] == OKABE_ITO_RGB["orange"]  # in the published order: orange first, black last
    assert first_eight[-1] == OKABE_ITO_RGB["black"]
    ninth = plots.outlet_colors(outlets + ["Outlet I"])["Outlet I"]
    assert _rgb(ninth) not in OKABE_ITO_RGB.values()


def test_side_colours_and_n_label():
    from helpers import story

    none, seeds = story.empty_story(), story.load_story("ukraine")
    many = [f"S{i:02d}" for i in range(30)] + ["unknown"]
    colours = plots.side_colors(many, none)
    assert len({colours[s] for s in many[:-1]}) == 30  # any number of sides, each its own colour
    assert colours["unknown"] == plots.UNKNOWN_COLOR not in {colours[s] for s in many[:-1]}
    assert plots.side_colors(["B", "A"], none) == plots.side_colors(["A", "B", "B"], none)  # order by name
    assert plots.side_color("A", ["A", "B"], none) == plots.SIDE_PALETTE[0]
    own = seeds.side_colours()
    assert own and all(plots.side_colors(list(own) + ["ZZZ"], seeds)[s] == c for s, c in own.items())
    assert plots.side_colors(list(own) + ["ZZZ"], seeds)["ZZZ"] not in own.values()
    assert plots.side_color("XYZ", story=none) == plots.side_color("XYZ", story=none) != plots.UNKNOWN_COLOR
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


def test_relation_styles_are_fixed_by_name_and_apart_from_the_sides():
    first = plots.relation_style("meets")
    assert first == plots.relation_style("meets")
    assert plots.relation_style("co_mention")["dash"] != plots.relation_style("meets")["dash"]
    invented = plots.relation_style("befriends")  # not in the data file: a hash of the name, not an order
    assert invented == plots.relation_style("befriends") and invented["color"] in plots.RELATION_FALLBACK
    colours = {plots.relation_style(r)["color"] for r in ("co_mention", "quotes_about", "demands_from", "meets")}
    assert not colours & set(plots.SIDE_PALETTE + [plots.UNKNOWN_COLOR])


def test_wrap_keeps_every_word():
    label = "The Lakeport Courier: a much longer appositive than forty-five characters (appositive)"
    wrapped = plots.wrap(label, 20)
    assert wrapped.replace("\n", " ") == label and max(len(x) for x in wrapped.splitlines()) <= 24


def test_share_chart_draws_intervals_states_n_and_names_colours():
    plots.use_style()
    shares = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Beta"], "side": ["RUS", "USA", "RUS"], "k": [3, 1, 2],
                           "n": [4, 4, 2], "share": [0.75, 0.25, 1.0], "low": [0.2, 0.01, 0.16],
                           "high": [0.99, 0.8, 1.0], "n_articles": [1, 1, 1]})
    fig = plots.share_intervals(shares, "Test")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Alpha\n(n = 4 quotes, 1 article)", "Beta\n(n = 2 quotes, 1 article)"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["RUS", "USA"]
    assert any(type(c).__name__ == "ErrorbarContainer" or getattr(c, "errorbar", None) for c in ax.containers)
    assert {t.get_text() for t in ax.texts} == {"3/4", "1/4", "2/2"}
    plt.close(fig)


def test_stacked_bars_write_each_total_and_a_legend():
    table = pd.DataFrame({"RUS": [2, 0], "UKR": [1, 3]}, index=["nato", "territory"])
    fig = plots.stacked_bars(table, {"RUS": "#D55E00", "UKR": "#0072B2"}, "T", "articles", "side")
    ax = fig.axes[0]
    assert sorted(t.get_text() for t in ax.texts) == ["n = 3", "n = 3"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["RUS", "UKR"]
    plt.close(fig)


def test_timeline_puts_every_period_on_every_panel():
    counts = pd.DataFrame({"period": ["2024-W01", "2024-W03", "2024-W03"], "side": ["RUS", "RUS", "UKR"],
                           "category": ["nato", "nato", "territory"], "n": [2, 1, 4]})
    fig = plots.timeline(counts, "category", plots.category_colors(counts["category"]), "T", "statements",
                         panel="side", legend_title="term")
    assert len(fig.axes) == 2
    assert [t.get_text() for t in fig.axes[-1].get_xticklabels()] == ["2024-W01", "2024-W03"]
    assert fig.axes[0].get_legend() is not None
    plt.close(fig)


def test_network_labels_are_placed_the_same_way_under_load(monkeypatch):
    """Label placement runs a fixed number of steps: a slow machine gives the same figure."""
    import sys

    import matplotlib.pyplot as plt

    from helpers.analysis.graph import build_graph
    from helpers.render import graph as rgraph

    rows = [{"source": f"Actor {i}", "target": f"Actor {(i * 7) % 12}", "relation": "co_mention",
             "article": "a.txt", "sentence": "s", "evidence": "e"} for i in range(12) if i != (i * 7) % 12]
    G = build_graph(rows)
    pos = rgraph.layout(G)

    def positions():
        fig, ax = plt.subplots()
        rgraph.draw(G, pos, ax)
        got = sorted((t.get_text(), tuple(round(v, 6) for v in t.get_position())) for t in ax.texts)
        plt.close(fig)
        return got

    first = positions()
    import adjustText

    module = sys.modules[adjustText.adjust_text.__module__]
    real = module.timer
    start = real()
    monkeypatch.setattr(module, "timer", lambda: start + (real() - start) * 1000)  # a very slow machine
    assert positions() == first
