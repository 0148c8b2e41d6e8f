"""Drawing and exporting the actor graph: layout, matplotlib drawing, GEXF/GraphML/JSON and the offline HTML page.

Every output is byte-identical from build to build (sorted nodes, a seeded layout).
"""
from __future__ import annotations

import html
import json
import math
import re
import textwrap
from collections import defaultdict
from pathlib import Path
from typing import Iterable

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
    """A fixed colour per relation type: the sorted names take the Okabe–Ito palette in order."""
    palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
               "#332288", "#117733", "#882255", "#999933", "#AA4499", "#44AA99", "#DDCC77"]
    names = sorted({r for r in relations if r})
    return {name: palette[i % len(palette)] for i, name in enumerate(names)}


def side_colors(G) -> dict[str, str]:
    """Node -> the colour of its side (``plots.side_color`` of the node's country)."""
    from ..plots import side_color

    return {n: side_color(_text(c)) for n, c in sorted(G.nodes(data="country"))}


def draw(G, pos, ax, relation=None, outlet=None, node_color=None, min_size: float = 80,
         label_nodes: bool = True, edge_color: str = "#555555", font_size: float = 7):
    """Draw the collapsed graph of the selected edges on ``ax`` at the fixed positions ``pos``.

    Every node in ``pos`` is drawn (grey and small when it has no selected
    edge) so that panels drawn with the same ``pos`` line up; edge width
    grows with the evidence count. ``node_color`` maps a node to a colour
    (a dict or a function); by default the side colour of its country.
    """
    H = collapse(G, relation, outlet, keep_isolates=True)
    nodes = [n for n in sorted(pos) if n in H]
    degree = dict(H.degree(weight="weight"))
    active = {n for n in nodes if degree.get(n, 0) > 0}
    if node_color is None:
        node_color = side_colors(G)
    color_of = node_color.get if isinstance(node_color, dict) else node_color
    colors = [(color_of(n) or "#999999") if n in active else "#DDDDDD" for n in nodes]
    sizes = [min_size + 25 * math.sqrt(degree.get(n, 0)) for n in nodes]
    edges = sorted(H.edges(data="weight"))
    widths = [0.6 + 1.2 * math.log1p(w) for *_, w in edges]
    arrows = {"arrows": True, "arrowsize": 8, "node_size": sizes, "nodelist": nodes} if H.is_directed() else {}
    nx.draw_networkx_edges(H, pos, edgelist=[(u, v) for u, v, _ in edges], width=widths, ax=ax,
                           edge_color=edge_color, alpha=0.55, **arrows)
    nx.draw_networkx_nodes(H, pos, nodelist=nodes, node_color=colors, node_size=sizes, ax=ax,
                           edgecolors="white", linewidths=0.8)
    if label_nodes:
        labels = {n: "\n".join(textwrap.wrap(n, 20)) for n in nodes if n in active}
        nx.draw_networkx_labels(H, pos, labels=labels, font_size=font_size, ax=ax)
    ax.margins(0.12)
    ax.set_axis_off()
    return ax


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
             "html": html_page(R, layout(G, seed=seed), title=title)}
    paths = {}
    for ext, text in texts.items():
        paths[ext] = folder / f"{name}.{ext}"
        atomic_write_text(paths[ext], text)
    return paths


def _script_json(value) -> str:
    """JSON safe to inline in a ``<script>`` element."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


_HTML_STYLE = """
body{font-family:"DejaVu Sans",Verdana,sans-serif;margin:16px;color:#222}
h1{font-size:20px;margin:0 0 4px}
p.note{margin:0 0 8px;color:#555;font-size:13px}
#wrap{display:flex;gap:16px;align-items:flex-start}
svg{border:1px solid #ddd;background:#fff;flex:0 0 auto;max-width:70vw;height:auto}
#info{flex:1 1 300px;font-size:13px;max-height:820px;overflow:auto}
#info li{margin-bottom:6px}
.edge{fill:none;cursor:pointer;opacity:.7}
.edge:hover,.edge.sel{opacity:1;stroke-width:5px}
.node{cursor:pointer}
.node text{font-size:11px;pointer-events:none}
.hidden{display:none}
#legend label{margin-right:12px;font-size:13px;white-space:nowrap}
.swatch{display:inline-block;width:18px;height:4px;vertical-align:middle;margin-right:4px}
"""

_HTML_SCRIPT = """
(function(){
var data=JSON.parse(document.getElementById('graph-data').textContent);
var info=document.getElementById('info');
function el(tag,text){var e=document.createElement(tag);if(text!==undefined){e.textContent=text;}return e;}
function clearSel(){var s=document.querySelectorAll('.sel');for(var i=0;i<s.length;i++){s[i].classList.remove('sel');}}
function showEdges(head,idx){
  info.textContent='';info.appendChild(el('h2',head));
  idx.forEach(function(i){
    var e=data.edges[i];var box=el('div');
    box.appendChild(el('h3',e.source+' \\u2192 '+e.target+': '+e.relation+(e.sign?' ('+e.sign+')':'')+' \\u00d7'+e.weight));
    if(e.category){box.appendChild(el('p','category: '+e.category));}
    box.appendChild(el('p','articles: '+e.article+(e.outlet?' | outlets: '+e.outlet:'')));
    var ul=el('ul');e.evidence.forEach(function(t){ul.appendChild(el('li',t));});
    box.appendChild(ul);info.appendChild(box);
  });
}
var paths=document.querySelectorAll('.edge');
for(var i=0;i<paths.length;i++){paths[i].addEventListener('click',function(ev){
  clearSel();ev.currentTarget.classList.add('sel');
  showEdges('Edge',[parseInt(ev.currentTarget.getAttribute('data-i'),10)]);});}
var nodes=document.querySelectorAll('.node');
for(var j=0;j<nodes.length;j++){nodes[j].addEventListener('click',function(ev){
  clearSel();var id=ev.currentTarget.getAttribute('data-id');var idx=[];
  data.edges.forEach(function(e,k){if((e.source===id||e.target===id)&&!document.querySelector('.edge[data-i="'+k+'"]').classList.contains('hidden')){idx.push(k);}});
  idx.forEach(function(k){document.querySelector('.edge[data-i="'+k+'"]').classList.add('sel');});
  var n=data.nodes[id];showEdges(id+(n.country?' ('+n.country+')':'')+' \\u2013 '+idx.length+' edges',idx);});}
var boxes=document.querySelectorAll('#legend input');
for(var b=0;b<boxes.length;b++){boxes[b].addEventListener('change',function(ev){
  var rel=ev.currentTarget.value;var on=ev.currentTarget.checked;
  data.edges.forEach(function(e,k){if(e.relation===rel){document.querySelector('.edge[data-i="'+k+'"]').classList.toggle('hidden',!on);}});});}
})();
"""


def html_page(R, pos, title: str = "Actor graph", width: int = 900, height: int = 800,
              hidden: Iterable[str] = ("co_mention",)) -> str:
    """A self-contained HTML page (inline SVG, CSS and JS; nothing fetched) drawing ``R`` at ``pos``.

    ``R`` is a :func:`relation_graph`; ``pos`` maps nodes to [-1, 1]
    positions (:func:`layout`). Hovering an edge or node shows a tooltip;
    clicking shows its evidence; check boxes show or hide relation types
    (those in ``hidden`` start hidden: co-mention edges would cover the rest).
    """
    hidden = set(hidden)
    from ..plots import side_color

    esc = html.escape
    margin = 60
    xs = [p[0] for p in pos.values()] or [0.0]
    ys = [p[1] for p in pos.values()] or [0.0]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def xy(n):
        x, y = pos.get(n, (0.0, 0.0))
        return (round(margin + (x - min(xs)) / span_x * (width - 2 * margin), 1),
                round(margin + (max(ys) - y) / span_y * (height - 2 * margin), 1))

    degree = dict(R.degree(weight="weight"))
    radius = {n: round(5 + 1.6 * math.sqrt(degree.get(n, 0)), 1) for n in R.nodes}
    colors = relation_colors(d["relation"] for *_, d in R.edges(data=True))
    edges = sorted(R.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    lanes: dict[tuple, int] = defaultdict(int)
    svg = [f'<svg id="graph" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
           f'aria-label="{esc(title)}">', "<defs>"]
    for rel, color in colors.items():
        svg.append(f'<marker id="arrow-{esc(rel)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
                   f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="{color}"/></marker>')
    svg.append("</defs>")
    svg.append('<g id="edges">')
    edge_data = []
    for i, (u, v, rel, d) in enumerate(edges):
        (x1, y1), (x2, y2) = xy(u), xy(v)
        lane = lanes[(u, v)]
        lanes[(u, v)] += 1
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1.0
        bend = 14 + 16 * lane
        cx, cy = (x1 + x2) / 2 - dy / length * bend, (y1 + y2) / 2 + dx / length * bend
        # stop the curve at the target's circle so the arrow head stays visible
        ex, ey = x2 - cx, y2 - cy
        e_len = math.hypot(ex, ey) or 1.0
        r = radius.get(v, 5) + 2
        tx, ty = x2 - ex / e_len * r, y2 - ey / e_len * r
        width_px = round(1 + 1.5 * math.log1p(d["weight"]), 2)
        color = colors.get(rel, "#555555")
        dash = ' stroke-dasharray="4 3"' if rel in UNDIRECTED_RELATIONS else ""
        marker = "" if rel in UNDIRECTED_RELATIONS else f' marker-end="url(#arrow-{esc(rel)})"'
        tip = f"{u} \u2192 {v}: {rel} \u00d7{d['weight']} ({d['n_articles']} articles)"
        css = "edge hidden" if rel in hidden else "edge"
        svg.append(f'<path class="{css}" data-i="{i}" data-relation="{esc(rel)}" '
                   f'd="M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {tx:.1f},{ty:.1f}" stroke="{color}" '
                   f'stroke-width="{width_px}"{dash}{marker}><title>{esc(tip)}</title></path>')
        edge_data.append({"source": u, "target": v, "relation": rel, "sign": d["sign"], "weight": d["weight"],
                          "category": d["category"], "article": d["article"], "outlet": d["outlet"],
                          "evidence": d["evidence"].split(EVIDENCE_SEP) if d["evidence"] else []})
    svg.append("</g>")
    svg.append('<g id="nodes">')
    for n in sorted(R.nodes):
        x, y = xy(n)
        attrs = R.nodes[n]
        tip = f"{n} | {attrs.get('type') or 'type unknown'} | {attrs.get('country') or 'country unknown'}"
        svg.append(f'<g class="node" data-id="{esc(n)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{radius[n]}" '
                   f'fill="{side_color(attrs.get("country", ""))}" stroke="#ffffff" stroke-width="1.5"/>'
                   f'<text x="{x:.1f}" y="{y + radius[n] + 11:.1f}" text-anchor="middle">{esc(n)}</text>'
                   f"<title>{esc(tip)}</title></g>")
    svg.append("</g></svg>")
    legend = ['<div id="legend">']
    for rel, color in colors.items():
        count = sum(1 for *_, d in R.edges(data=True) if d["relation"] == rel)
        checked = "" if rel in hidden else " checked"
        legend.append(f'<label><input type="checkbox" value="{esc(rel)}"{checked}> '
                      f'<span class="swatch" style="background:{color}"></span>{esc(rel)} ({count})</label>')
    legend.append("</div>")
    nodes_data = {n: {"type": R.nodes[n].get("type", ""), "country": R.nodes[n].get("country", "")}
                  for n in sorted(R.nodes)}
    note = (f"{R.number_of_nodes()} actors, {R.number_of_edges()} edges (one per source, target and relation; "
            "width grows with the evidence count). Node colour = side (country). Dashed = co-mention "
            "(undirected)" + (f"; hidden at first: {', '.join(sorted(hidden & set(colors)))}" if hidden & set(colors) else "")
            + ". Hover for a summary; click an edge or an actor for its evidence.")
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{esc(title)}</title>", f"<style>{_HTML_STYLE}</style>", "</head>", "<body>",
        f"<h1>{esc(title)}</h1>", f'<p class="note">{esc(note)}</p>', "".join(legend),
        '<div id="wrap">', "\n".join(svg),
        '<div id="info"><p>Click an edge or an actor to see the evidence.</p></div>', "</div>",
        f'<script type="application/json" id="graph-data">{_script_json({"edges": edge_data, "nodes": nodes_data})}</script>',
        f"<script>{_HTML_SCRIPT}</script>", "</body>", "</html>",
    ]
    return "\n".join(parts) + "\n"
