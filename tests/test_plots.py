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
    assert labels == ["Alpha\n(n = 4 statements, 1 article)", "Beta\n(n = 2 statements, 1 article)"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["RUS", "USA"]
    assert any(type(c).__name__ == "ErrorbarContainer" or getattr(c, "errorbar", None) for c in ax.containers)
    assert {t.get_text() for t in ax.texts} == {"3/4", "1/4", "2/2"}
    assert ax.get_xlabel() == "mean article share (bar) with its 95 % interval (line)"
    plt.close(fig)


def test_share_chart_says_when_no_interval_is_drawn():
    """Outlets below the minimum number of articles get a bar alone; the axis and row labels say so."""
    plots.use_style()
    shares = pd.DataFrame({"outlet": ["Alpha", "Alpha", "Beta"], "side": ["RUS", "USA", "RUS"], "k": [3, 1, 2],
                           "n": [4, 4, 2], "share": [0.75, 0.25, 1.0], "low": [float("nan")] * 3,
                           "high": [float("nan")] * 3, "n_articles": [1, 1, 1], "estimable": [False] * 3})
    fig = plots.share_intervals(shares, "Test", unit="quotes")
    ax = fig.axes[0]
    assert not [c for c in ax.containers if type(c).__name__ == "ErrorbarContainer"]
    assert ax.get_xlabel() == "mean article share (bar); no interval: too few articles"
    assert [t.get_text() for t in ax.get_yticklabels()][1] == "Beta\n(n = 2 quotes, 1 article; no interval)"
    plt.close(fig)
    mixed = shares.assign(low=[0.5, float("nan"), float("nan")], high=[0.9, float("nan"), float("nan")],
                          estimable=[True, True, False])
    fig = plots.share_intervals(mixed, "Test")
    ax = fig.axes[0]
    assert "none where too few articles" in ax.get_xlabel()
    assert len([c for c in ax.containers if type(c).__name__ == "ErrorbarContainer"]) == 1
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


# Machado, Oliveira & Fernandes (2009) full-severity dichromat simulations, on linear RGB.
CVD = {"normal": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
       "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                      [-0.003882, -0.048116, 1.051998]],
       "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                        [-0.011820, 0.042940, 0.968881]],
       "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                      [0.004733, 0.691367, 0.303900]]}


def _oklab(colour: str, vision: str):
    """The colour as seen with ``vision``, in OKLab (Ottosson 2020): distances are perceptual."""
    import numpy as np

    rgb = np.array(matplotlib.colors.to_rgb(colour))
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    linear = np.clip(np.array(CVD[vision]) @ linear, 0, 1)
    lms = np.cbrt(np.array([[0.4122214708, 0.5363325363, 0.0514459929], [0.2119034982, 0.6806995451, 0.1073969566],
                            [0.0883024619, 0.2817188376, 0.6299787005]]) @ linear)
    return np.array([[0.2104542553, 0.7936177850, -0.0040720468], [1.9779984951, -2.4285922050, 0.4505937099],
                     [0.0259040371, 0.7827717662, -0.8086757660]]) @ lms


def _seen_apart(a: str, b: str) -> float:
    """The smallest OKLab distance between two colours over normal vision and the three dichromacies."""
    import numpy as np

    return min(float(np.linalg.norm(_oklab(a, v) - _oklab(b, v))) for v in CVD)


def test_the_distance_measure_tells_red_green_confusion():
    # A red and a green of equal lightness are far apart to normal eyes, close for a deuteranope.
    assert _seen_apart("#D81B60", "#1E88E5") > 0.1
    assert _seen_apart("#CC6600", "#669900") < 0.05


def test_every_relation_type_is_told_apart_by_colour_or_line_style_even_colour_blind():
    """Within a line style every pair of colours stays apart for the three kinds of colour blindness;
    no two relation types share a colour; no relation colour is a side's."""
    from itertools import combinations

    from helpers import story
    from helpers.render import graph as rgraph
    from helpers.render import plots as rplots

    table = rplots._relation_table()
    by_dash: dict[str, list[str]] = {}
    for relation, row in table.items():
        assert row["dash"] in plots.DASHES and (row["dash"] == "solid" or row["dash"] in rgraph._DASH_SVG), relation
        by_dash.setdefault(row["dash"], []).append(row["color"])
    for dash, colours in by_dash.items():
        for a, b in combinations(colours, 2):
            assert _seen_apart(a, b) >= 0.08, (dash, a, b)
    colours = [row["color"].upper() for row in table.values()]
    assert len(set(colours)) == len(colours)
    for a, b in combinations(colours, 2):
        assert _seen_apart(a, b) >= 0.03, (a, b)
    sides = plots.SIDE_PALETTE + [plots.UNKNOWN_COLOR] + list(story.load_story("ukraine").side_colours().values())
    assert not set(colours) & {c.upper() for c in sides}
    assert not {c.upper() for c in plots.RELATION_FALLBACK} & (set(colours) | {c.upper() for c in sides})
    first_sides = plots.SIDE_PALETTE[:7] + [plots.UNKNOWN_COLOR]  # the colours a story's few sides take
    assert min(_seen_apart(r, s) for r in colours for s in first_sides) >= 0.025
    assert plots.relation_style("meets")["color"] != plots.relation_style("supports")["color"]


def _star_and_ring():
    """An invented graph with a dense core: a hub named with everyone, a ring of pairs."""
    from helpers.analysis.graph import build_graph

    names = [f"Delegate {c}" for c in "ABCDEFGHIJ"]
    rows = [{"source": "Hub Council", "target": n, "relation": "co_mention", "article": "a.txt",
             "sentence": "s", "evidence": "e"} for n in names]
    rows += [{"source": a, "target": b, "relation": "meets", "article": "b.txt", "sentence": "t", "evidence": "f"}
             for a, b in zip(names, names[1:] + names[:1])]
    return build_graph(rows)


def test_network_labels_sit_beside_their_nodes_never_on_a_node():
    """A label's box covers no node marker (its own or a neighbour's): nodes stay whole and readable."""
    import numpy as np

    from helpers.render import graph as rgraph

    G = _star_and_ring()
    pos = rgraph.layout(G)
    fig, ax = plt.subplots(figsize=(6, 6))
    rgraph.draw(G, pos, ax)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    markers = ax.collections[-1]  # the node scatter, drawn after the edges
    centres = ax.transData.transform(np.array([pos[n] for n in sorted(pos)]))
    radii = np.sqrt(markers.get_sizes()) / 2 * fig.dpi / 72
    labels = [t for t in ax.texts if t.get_text()]
    assert sorted(t.get_text().replace("\n", " ") for t in labels) == sorted(G.nodes)
    for text in labels:
        box = text.get_bbox_patch().get_window_extent(renderer)
        for (x, y), r in zip(centres, radii):
            nearest = (min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1))
            assert np.hypot(x - nearest[0], y - nearest[1]) >= 0.5 * r, (text.get_text(), x, y)
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])  # nor on each other
    plt.close(fig)


def test_network_panels_draw_a_grid_on_shared_positions_with_one_legend():
    import pandas as pd

    from helpers.analysis.graph import build_graph
    from helpers.render import graph as rgraph

    rows = [{"source": "Lena Vos", "target": "Tor Hale", "relation": "meets", "article": "x.txt"},
            {"source": "Tor Hale", "target": "Ada Lind", "relation": "criticizes", "article": "y.txt"},
            {"source": "Ada Lind", "target": "Lena Vos", "relation": "co_mention", "article": "y.txt"}]
    actors = pd.DataFrame({"actor": ["Lena Vos", "Tor Hale", "Ada Lind"], "type": "person",
                           "country": ["NOR", "EST", ""]})
    articles = pd.DataFrame({"article": ["x.txt", "y.txt"], "outlet": ["Daily", "Herald"]})
    G = build_graph(rows, actors, articles)
    pos = rgraph.layout(G)
    panels = [("Everything", {}), ("Daily", {"outlet": "Daily"}), ("Herald", {"outlet": "Herald"})]
    fig = plots.network_panels(G, pos, panels, title="Per outlet", n_cols=2)
    assert len(fig.axes) == 4 and not fig.axes[3].axison and not fig.axes[3].get_title()
    assert tuple(fig.get_size_inches()) == (16.0, 14.0)  # three actors: no panel grows
    assert [ax.get_title() for ax in fig.axes[:3]] == ["Everything", "Daily", "Herald"]
    assert fig._suptitle.get_text() == "Per outlet"
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["side: EST", "side: NOR", "side: unknown", "co_mention", "criticizes", "meets"]
    daily = fig.axes[1]
    assert {t.get_text() for t in daily.texts if t.get_text()} == {"Lena Vos", "Tor Hale"}  # Ada is grey there
    plt.close(fig)


def test_side_colours_are_apart_from_each_other():
    """Two sides never look alike (Moldova and the United States were two near-identical greens):
    every pair of palette colours is apart in OKLab to normal eyes."""
    import numpy as np
    from itertools import combinations

    for a, b in combinations(plots.SIDE_PALETTE + [plots.UNKNOWN_COLOR], 2):
        assert float(np.linalg.norm(_oklab(a, "normal") - _oklab(b, "normal"))) >= 0.045, (a, b)
