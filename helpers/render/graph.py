"""Drawing and exporting the actor graph: layout, matplotlib drawing (with :func:`graph_legend`),
GEXF (for Gephi), GraphML, node-link JSON and the offline HTML page (:func:`html_page`).

Every output is byte-identical from build to build (sorted nodes, a seeded layout).
"""
from __future__ import annotations

import html
import json
import math
import re
import textwrap
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from .. import config
from ..analysis.graph import collapse, relation_graph
from ..graph import EVIDENCE_SEP, LAYOUT_SEED, UNDIRECTED_RELATIONS, _text
from ..safety import xml_safe_graph
from ..store import atomic_write_text

# ----------------------------------------------------------------------------------------
# layout and drawing
# ----------------------------------------------------------------------------------------

def _even_out(pos: dict) -> dict:
    """Keep each node's direction from the centre but give it a radius by rank (sqrt: even density).

    Hubs pull a spring layout into a dense core with a few far outliers; this
    spreads the core without changing who is central or on which side.
    """
    names = sorted(pos)
    cx = sum(pos[n][0] for n in names) / len(names)
    cy = sum(pos[n][1] for n in names) / len(names)
    radius = {n: math.hypot(pos[n][0] - cx, pos[n][1] - cy) for n in names}
    order = sorted(names, key=lambda n: (round(radius[n], 9), n))
    out = {}
    for rank, n in enumerate(order):
        r, target = radius[n], math.sqrt((rank + 1) / len(names))
        scale = target / r if r > 0 else 0.0
        out[n] = ((pos[n][0] - cx) * scale, (pos[n][1] - cy) * scale)
    return out


def layout(G, seed: int = LAYOUT_SEED, digits: int = 4) -> dict[str, tuple[float, float]]:
    """Fixed positions in [-1, 1]: ``spring_layout`` over the sorted nodes (log-evidence weights,
    fixed seed), radii evened out by rank, rounded.

    >>> from helpers.analysis.graph import build_graph
    >>> G = build_graph([{"source": "A", "target": "B", "relation": "meets", "article": "1"}])
    >>> layout(G) == layout(G)
    True
    """
    U = nx.Graph()
    U.add_nodes_from(sorted(G.nodes))
    for u, v, d in sorted(collapse(G, directed=False).edges(data=True)):
        U.add_edge(u, v, weight=math.log1p(d["weight"]))
    if len(U) == 0:
        return {}
    k = 2.0 / math.sqrt(len(U))
    pos = nx.spring_layout(U, seed=seed, k=k, weight="weight", iterations=200)
    pos = _even_out({n: (float(x), float(y)) for n, (x, y) in pos.items()})
    return {n: (round(x, digits), round(y, digits)) for n, (x, y) in sorted(pos.items())}


def relation_colors(relations) -> dict[str, str]:
    """A fixed colour per relation type, by its name (``plots.relation_style``), never by its order.

    >>> relation_colors(["meets"]) == {"meets": relation_colors(["praises", "meets"])["meets"]}
    True
    """
    from .plots import relation_style

    return {name: relation_style(name)["color"] for name in sorted({r for r in relations if r})}


def side_colors(G) -> dict[str, str]:
    """Node -> the colour of its side (``plots.side_color`` of the node's country)."""
    from .plots import side_colors as colours

    nodes = sorted(G.nodes(data="country"))
    palette = colours([_text(c) for _, c in nodes])
    return {n: palette[_text(c)] for n, c in nodes}


def _draw_relation_edges(R, pos, ax, nodes, sizes) -> list[str]:
    """Draw the edges of ``R`` one relation type at a time (its colour and dash); return the types drawn."""
    from .plots import DASHES, relation_style

    by_relation: dict[str, list] = defaultdict(list)
    for u, v, rel, w in sorted(R.edges(keys=True, data="weight")):
        by_relation[rel].append((u, v, w))
    for lane, (rel, edges) in enumerate(sorted(by_relation.items())):
        style = relation_style(rel)
        directed = rel not in UNDIRECTED_RELATIONS
        options = {"arrows": True, "arrowsize": 8, "node_size": sizes, "nodelist": nodes,
                   "connectionstyle": f"arc3,rad={0.08 + 0.05 * (lane % 4)}"} if directed else {"arrows": False}
        nx.draw_networkx_edges(R, pos, edgelist=[(u, v) for u, v, _ in edges], ax=ax,
                               width=[0.7 + 1.1 * math.log1p(w) for *_, w in edges], edge_color=style["color"],
                               style=DASHES.get(style["dash"], "-"), alpha=0.8, **options)
    return sorted(by_relation)


#: Steps of adjustText's label placement on network drawings (deterministic, unlike a time limit).
LABEL_STEPS = 200


def _place_labels(ax, pos, names, font_size: float) -> None:
    """Name each node beside it; ``adjustText`` moves the labels apart so that none overlaps another."""
    from adjustText import adjust_text

    texts = [ax.text(pos[n][0], pos[n][1], "\n".join(textwrap.wrap(n, 18)), fontsize=font_size, ha="center",
                     va="center", zorder=5,
                     bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "alpha": 0.75, "linewidth": 0})
             for n in names]
    if texts:
        # A fixed number of steps, never a time limit (adjustText's default is one second), so the
        # labels land in the same place however loaded the machine is: figures stay byte-identical.
        adjust_text(texts, ax=ax, expand=(1.15, 1.3), ensure_inside_axes=True, iter_lim=LABEL_STEPS,
                    arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.5})


def draw(G, pos, ax, relation=None, outlet=None, node_color=None, min_size: float = 80,
         label_nodes: bool = True, font_size: float = 8):
    """Draw the selected edges of ``G`` on ``ax`` at the fixed positions ``pos``; return the relation types drawn.

    Every node in ``pos`` is drawn (grey and small when it has no selected
    edge) so that panels drawn with the same ``pos`` line up. Each relation
    type has its own colour and dash (``plots.relation_style``), edge width
    grows with the evidence count, labels are placed without overlaps.
    ``node_color`` maps a node to a colour (a dict or a function); by default
    the side colour of its country. :func:`graph_legend` names both.
    """
    R = relation_graph(G, relation, outlet)
    H = collapse(G, relation, outlet, keep_isolates=True)
    nodes = [n for n in sorted(pos) if n in H]
    degree = dict(H.degree(weight="weight"))
    active = [n for n in nodes if degree.get(n, 0) > 0]
    node_color = side_colors(G) if node_color is None else node_color
    color_of = node_color.get if isinstance(node_color, dict) else node_color
    sizes = [min_size + 25 * math.sqrt(degree.get(n, 0)) for n in nodes]
    drawn = _draw_relation_edges(R, pos, ax, nodes, sizes)
    colors = [(color_of(n) or "#999999") if n in active else "#DDDDDD" for n in nodes]
    nx.draw_networkx_nodes(H, pos, nodelist=nodes, node_color=colors, node_size=sizes, ax=ax,
                           edgecolors="white", linewidths=0.8)
    ax.margins(0.08)
    ax.set_axis_off()
    if label_nodes:
        _place_labels(ax, pos, active, font_size)
    return drawn


def graph_legend(where, sides, relations, loc: str = "upper left", anchor=(1.0, 1.0)):
    """One legend naming the side colours of the nodes and the colour and dash of each relation type."""
    from matplotlib.lines import Line2D

    from .plots import DASHES, UNKNOWN_SIDES, relation_style, side_colors

    palette = side_colors(list(sides))
    named = sorted({s for s in sides if s not in UNKNOWN_SIDES})
    handles = [Line2D([], [], marker="o", linestyle="", markersize=8, color=palette[s], label=f"side: {s}")
               for s in named]
    if any(s in UNKNOWN_SIDES for s in sides):
        handles.append(Line2D([], [], marker="o", linestyle="", markersize=8, color=side_colors([""])[""],
                              label="side: unknown"))
    handles += [Line2D([], [], color=relation_style(r)["color"], linestyle=DASHES.get(relation_style(r)["dash"], "-"),
                       linewidth=2, label=r) for r in sorted(set(relations))]
    return where.legend(handles=handles, loc=loc, bbox_to_anchor=anchor, fontsize=8, title="node colour / edge")


# ----------------------------------------------------------------------------------------
# exports
# ----------------------------------------------------------------------------------------

def _gexf_text(R) -> str:
    text = "\n".join(nx.generate_gexf(R, encoding="utf-8", prettyprint=True)) + "\n"
    return re.sub(r'\s+lastmodifieddate="[^"]*"', "", text, count=1)


def _graphml_text(R) -> str:
    return "\n".join(nx.generate_graphml(R, encoding="utf-8", prettyprint=True)) + "\n"


def _json_text(R) -> str:
    data = nx.node_link_data(R, edges="links")
    data["links"] = sorted(data["links"], key=lambda e: (e["source"], e["target"], str(e.get("key", ""))))
    data["nodes"] = sorted(data["nodes"], key=lambda n: n["id"])
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def export_graph(G, folder: Path | str | None = None, name: str = "actor_graph",
                 title: str = "Actor graph", seed: int = LAYOUT_SEED) -> dict[str, Path]:
    """Write ``name``.gexf, .graphml, .json and .html into ``folder`` atomically; return the paths.

    The exported graph is :func:`relation_graph` of ``G`` (one edge per
    source, target and relation; every attribute a string or a number).
    ``folder`` defaults to ``config.output_dir() / "graph"``. The files are
    byte-identical for the same graph (no dates, sorted nodes and edges,
    rounded positions). The HTML page loads nothing from the network.
    """
    folder = Path(folder) if folder is not None else config.output_dir() / "graph"
    R = relation_graph(G)
    X = xml_safe_graph(R)  # characters XML forbids replaced: the GEXF and GraphML files always parse
    texts = {"gexf": _gexf_text(X), "graphml": _graphml_text(X), "json": _json_text(R),
             "html": html_page(R, layout(G, seed=seed), title=title, outlets=article_outlets(G))}
    paths = {}
    for ext, text in texts.items():
        paths[ext] = folder / f"{name}.{ext}"
        atomic_write_text(paths[ext], text)
    return paths


def _script_json(value) -> str:
    """JSON safe to inline in a ``<script>`` element."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_DASH_SVG = {"dashed": "6 4", "dotted": "2 3", "dashdot": "6 3 2 3"}
_EVIDENCE_ITEM = re.compile(r"^\[(?P<article>[^\]]*)\] ?(?P<text>.*)$", re.DOTALL)


def article_outlets(G) -> dict[str, str]:
    """Article -> outlet, from the edges of the graph (what the page's outlet filter needs)."""
    pairs = {(_text(d.get("article")), _text(d.get("outlet"))) for *_, d in G.edges(keys=True, data=True)}
    return {a: o for a, o in sorted(pairs) if a}


def _evidence_items(evidence: str) -> list[dict[str, str]]:
    """``'[a1] text || [a2] more'`` -> ``[{'article': 'a1', 'text': 'text'}, ...]``.

    >>> _evidence_items("[a1.txt] X met Y || [a2.txt] Y met X")[1]
    {'article': 'a2.txt', 'text': 'Y met X'}
    """
    items = []
    for part in evidence.split(EVIDENCE_SEP) if evidence else []:
        m = _EVIDENCE_ITEM.match(part)
        items.append({"article": m["article"], "text": m["text"]} if m else {"article": "", "text": part})
    return items


def _scaler(pos, width: int, height: int, margin: int = 60):
    """A function from a [-1, 1] layout position to page coordinates (y pointing down)."""
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0

    def xy(n):
        x, y = pos.get(n, (0.0, 0.0))
        return (round(margin + (x - min(xs)) / span_x * (width - 2 * margin), 1),
                round(margin + (max(ys) - y) / span_y * (height - 2 * margin), 1))
    return xy


def _curve(p1, p2, lane: int, target_radius: float) -> str:
    """An SVG quadratic curve from ``p1`` bending by lane, stopping at the target's circle."""
    (x1, y1), (x2, y2) = p1, p2
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy) or 1.0
    bend = 14 + 16 * lane
    cx, cy = (x1 + x2) / 2 - dy / length * bend, (y1 + y2) / 2 + dx / length * bend
    ex, ey = x2 - cx, y2 - cy
    e_len = math.hypot(ex, ey) or 1.0
    tx, ty = x2 - ex / e_len * (target_radius + 2), y2 - ey / e_len * (target_radius + 2)
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {tx:.1f},{ty:.1f}"


def _svg_edges(R, xy, radius, markers: dict[str, int]) -> tuple[list[str], list[dict]]:
    """The ``<path class="edge">`` elements (colour and dash by relation type) and their data for the script."""
    from .plots import relation_style

    esc = html.escape
    lanes: dict[tuple, int] = defaultdict(int)
    svg, edge_data = [], []
    for i, (u, v, rel, d) in enumerate(sorted(R.edges(keys=True, data=True), key=lambda e: e[:3])):
        lane, lanes[(u, v)] = lanes[(u, v)], lanes[(u, v)] + 1
        style = relation_style(rel)
        dash = f' stroke-dasharray="{_DASH_SVG[style["dash"]]}"' if style["dash"] in _DASH_SVG else ""
        marker = "" if rel in UNDIRECTED_RELATIONS else f' marker-end="url(#arrow-{markers[rel]})"'
        tip = f"{u} \u2192 {v}: {rel} \u00d7{d['weight']} ({d['n_articles']} articles)"
        svg.append(f'<path class="edge" data-i="{i}" data-relation="{esc(rel)}" '
                   f'd="{_curve(xy(u), xy(v), lane, radius.get(v, 5))}" stroke="{style["color"]}" '
                   f'stroke-width="{round(1 + 1.5 * math.log1p(d["weight"]), 2)}"{dash}{marker}>'
                   f"<title>{esc(tip)}</title></path>")
        edge_data.append({"source": u, "target": v, "relation": rel, "sign": d["sign"], "weight": d["weight"],
                          "category": d["category"], "evidence": _evidence_items(d["evidence"])})
    return svg, edge_data


def _svg_nodes(R, xy, radius) -> list[str]:
    """One ``<g class="node">`` per actor: a circle in its side's colour and its name below."""
    from .plots import side_colors

    esc = html.escape
    out = []
    palette = side_colors([R.nodes[n].get("country", "") for n in R.nodes])
    for n in sorted(R.nodes):
        (x, y), attrs = xy(n), R.nodes[n]
        tip = f"{n} | {attrs.get('type') or 'type unknown'} | {attrs.get('country') or 'country unknown'}"
        out.append(f'<g class="node" data-id="{esc(n)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n]}" '
                   f'fill="{palette[attrs.get("country", "")]}" stroke="#ffffff" stroke-width="1.5"/>'
                   f'<text x="{x:.1f}" y="{y + radius[n] + 11:.1f}" text-anchor="middle">{esc(n)}</text>'
                   f"<title>{esc(tip)}</title></g>")
    return out


def _legend_html(R, hidden: set[str]) -> str:
    """Relation check boxes (a line in the relation's colour and dash, the count) and the side key."""
    from .plots import relation_style, side_colors

    esc = html.escape
    counts: dict[str, int] = defaultdict(int)
    for *_, rel in R.edges(keys=True):
        counts[rel] += 1
    parts = ['<div id="legend"><span class="group">Edges (relation):</span>']
    for rel in sorted(counts):
        style = relation_style(rel)
        dash = f' stroke-dasharray="{_DASH_SVG[style["dash"]]}"' if style["dash"] in _DASH_SVG else ""
        checked = "" if rel in hidden else " checked"
        parts.append(f'<label title="{esc(style["description"])}"><input type="checkbox" data-relation="1" '
                     f'value="{esc(rel)}"{checked}> <svg class="key" width="26" height="8"><line x1="0" y1="4" '
                     f'x2="26" y2="4" stroke="{style["color"]}" stroke-width="3"{dash}/></svg>{esc(rel)} '
                     f"({counts[rel]})</label>")
    sides = sorted({R.nodes[n].get("country", "") for n in R.nodes})
    palette = side_colors(sides)
    parts.append('<br><span class="group">Nodes (side):</span>')
    for side in sides:
        parts.append(f'<label><svg class="key" width="12" height="12"><circle cx="6" cy="6" r="5" '
                     f'fill="{palette[side]}"/></svg>{esc(side or "unknown")}</label>')
    return "".join(parts) + "</div>"


def _controls_html(outlets: dict[str, str]) -> str:
    """Search box, outlet and article filters, zoom buttons."""
    esc = html.escape
    outlet_opts = "".join(f'<option value="{esc(o)}">{esc(o)}</option>' for o in sorted(set(outlets.values()) - {""}))
    article_opts = "".join(f'<option value="{esc(a)}">{esc(a)}{" (" + esc(o) + ")" if o else ""}</option>'
                           for a, o in sorted(outlets.items()))
    return ('<div id="controls"><label>Search an actor <input id="search" type="search" autocomplete="off"></label>'
            '<span id="hits"></span>'
            f'<label>Outlet <select id="outlet"><option value="">all outlets</option>{outlet_opts}</select></label>'
            f'<label>Article <select id="article"><option value="">all articles</option>{article_opts}</select></label>'
            '<button id="zoom-in" type="button" title="zoom in">+</button>'
            '<button id="zoom-out" type="button" title="zoom out">\u2212</button>'
            '<button id="zoom-reset" type="button">reset view</button><span id="shown"></span></div>')


def html_page(R, pos, title: str = "Actor graph", width: int = 900, height: int = 800,
              hidden: Iterable[str] = ("co_mention",), outlets: dict[str, str] | None = None) -> str:
    """A self-contained HTML page (inline SVG, CSS and JS; nothing fetched) drawing ``R`` at ``pos``.

    ``R`` is a :func:`relation_graph`; ``pos`` maps nodes to [-1, 1]
    positions (:func:`layout`); ``outlets`` maps each article to its outlet
    (:func:`article_outlets`). The page offers a search for actors, filters by
    relation (the legend's check boxes; those in ``hidden`` start off),
    outlet and article, zoom and pan (wheel, drag, buttons), neighbours
    highlighted on hover, and an evidence panel listing only what the filters
    show. Every text is escaped.
    """
    from .graph_page import SCRIPT, STYLE

    esc = html.escape
    xy = _scaler(pos, width, height)
    degree = dict(R.degree(weight="weight"))
    radius = {n: round(5 + 1.6 * math.sqrt(degree.get(n, 0)), 1) for n in R.nodes}
    markers = {rel: k for k, rel in enumerate(sorted({rel for *_, rel in R.edges(keys=True)}))}
    edges_svg, edge_data = _svg_edges(R, xy, radius, markers)
    defs = "".join(f'<marker id="arrow-{k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                   f'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{relation_colors([rel])[rel]}"/>'
                   "</marker>" for rel, k in markers.items())
    svg = (f'<svg id="graph" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="{esc(title)}"><defs>{defs}</defs><g id="viewport"><g id="edges">' + "\n".join(edges_svg)
           + '</g><g id="nodes">' + "\n".join(_svg_nodes(R, xy, radius)) + "</g></g></svg>")
    payload = {"edges": edge_data, "width": width, "height": height, "outlets": outlets or {},
               "nodes": {n: {"type": R.nodes[n].get("type", ""), "country": R.nodes[n].get("country", "")}
                         for n in sorted(R.nodes)}}
    note = (f"{R.number_of_nodes()} actors, {R.number_of_edges()} edges (one per source, target and relation; "
            "width grows with the evidence count). Search an actor, filter by relation (tick boxes), outlet or "
            "article; wheel or buttons to zoom, drag to pan; hover an actor to highlight its neighbours; click an "
            "edge or an actor for its evidence (the panel lists only what the filters show).")
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        f"<h1>{esc(title)}</h1>", f'<p class="note">{esc(note)}</p>', _controls_html(outlets or {}),
        _legend_html(R, set(hidden)), '<div id="wrap">', svg, '<div id="info"></div>', "</div>",
        f'<script type="application/json" id="graph-data">{_script_json(payload)}</script>',
        f"<script>{SCRIPT}</script>", "</body>", "</html>",
    ]) + "\n"
