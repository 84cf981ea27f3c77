"""The laid-out map as SVG: nodes, choices and edges styled by what they mean, with a legend."""

from __future__ import annotations

import math
from html import escape

from ...textsafe import shown

from .labels import node_tag
from .palette import CHOICE, DEAD_END, DECISION, EDGE, ENDING_STYLE, RED_LINE, UNREACHABLE
from .layout import Box, Layout, Route, choice_key, node_key
from .mapdata import MapChoice, MapNode, ScenarioMap

FONT = "DejaVu Sans, Segoe UI, Helvetica, Arial, sans-serif"
LEGEND_HEIGHT = 96


STYLE = f"""
  text {{ font-family: {FONT}; fill: #1c2430; }}
  .id {{ font-size: 13px; font-weight: bold; }}
  .words {{ font-size: 11.5px; fill: #36404d; }}
  .tag {{ font-size: 9.5px; font-weight: bold; letter-spacing: .04em; }}
  .choice-id {{ font-size: 11.5px; font-weight: bold; }}
  .rating {{ font-size: 10.5px; fill: #36404d; }}
  .weight {{ font-size: 10.5px; font-weight: bold; fill: #4a3a8c; paint-order: stroke; stroke: #fff;
             stroke-width: 3px; }}
  .edge {{ fill: none; stroke: {EDGE}; stroke-width: 1.4; }}
  .edge.conditional {{ stroke-dasharray: 6 4; }}
  .edge.red-line {{ stroke: {RED_LINE[1]}; stroke-width: 2.4; }}
  .title {{ font-size: 18px; font-weight: bold; }}
  .legend {{ font-size: 11px; }}
"""


def render_svg(scenario_map: ScenarioMap, layout: Layout, *, standalone: bool = True, fill: bool = False) -> str:
    """The map as one SVG document (or, with standalone=False, an <svg> element to put in HTML;
    with fill=True it fills its container and the page's script places the map in it)."""
    width = max(layout.width, 980)
    height = layout.height + LEGEND_HEIGHT
    size = (f'width="100%" height="100%" data-width="{width:.0f}" data-height="{height:.0f}"' if fill else
            f'width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}"')
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" {size} id="map" role="img" '
             f'aria-label="{xml("Map of scenario " + scenario_map.id)}">',
             f"<style>{STYLE}</style>", _markers(), '<g id="viewport">',
             f'<rect x="0" y="0" width="{width:.0f}" height="{height:.0f}" fill="#fafbfc"/>',
             _legend(scenario_map), f'<g transform="translate(0 {LEGEND_HEIGHT})">']
    parts += [_edge(route) for route in layout.routes]
    for node in scenario_map.nodes.values():
        parts.append(_node(node, layout.boxes[node_key(node.id)]))
        for choice in node.choices:
            parts.append(_choice(choice, layout.boxes[choice_key(choice)]))
    parts += [_weight(route) for route in layout.routes if route.weight is not None]
    parts.append("</g></g></svg>")
    svg = "\n".join(parts)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + svg + "\n" if standalone else svg


def xml(text: str) -> str:
    """Text for SVG and HTML: markup escaped, and control characters (which XML 1.0 forbids, so one in a
    title would make the file unreadable) shown escaped, as on the terminal."""
    return escape(shown(text, lines=True))


def _markers() -> str:
    def arrow(name: str, colour: str) -> str:
        return (f'<marker id="{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" '
                f'orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="{colour}"/></marker>')
    return f"<defs>{arrow('arrow', EDGE)}{arrow('arrow-red', RED_LINE[1])}</defs>"


def _text(x: float, y: float, text: str, css: str, *, anchor: str = "middle", fill: str | None = None) -> str:
    colour = f' style="fill:{fill}"' if fill else ""
    return f'<text x="{x:.1f}" y="{y:.1f}" class="{css}" text-anchor="{anchor}"{colour}>{xml(text)}</text>'


def _node_style(node: MapNode) -> tuple[str, str, str]:
    """fill, stroke and dash pattern."""
    if node.unreachable:
        return *UNREACHABLE, "5 3"
    if node.dead_end:
        return *DEAD_END, ""
    if node.ending:
        return *ENDING_STYLE[node.ending], ""
    return *DECISION, ""


def _shape(kind: str | None, box: Box, fill: str, stroke: str, dash: str, width: float) -> str:
    x0, y0, x1, y1 = box.x - box.w / 2, box.y - box.h / 2, box.x + box.w / 2, box.y + box.h / 2
    paint = f'fill="{fill}" stroke="{stroke}" stroke-width="{width}"' + (f' stroke-dasharray="{dash}"' if dash else "")
    if kind == "success":  # a pill
        return f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="{box.h / 2:.1f}" {paint}/>'
    if kind in ("partial", "failure"):  # a hexagon, an octagon
        cut = 14 if kind == "failure" else 0
        side = 16
        points = [(x0 + side, y0), (x1 - side, y0), (x1, y0 + cut), (x1, y1 - cut), (x1 - side, y1),
                  (x0 + side, y1), (x0, y1 - cut), (x0, y0 + cut)] if cut else \
                 [(x0 + side, y0), (x1 - side, y0), (x1, box.y), (x1 - side, y1), (x0 + side, y1), (x0, box.y)]
        return f'<polygon points="{" ".join(f"{x:.1f},{y:.1f}" for x, y in points)}" {paint}/>'
    return f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="4" {paint}/>'


def _node(node: MapNode, box: Box) -> str:
    fill, stroke, dash = _node_style(node)
    tag = node_tag(node)
    width = 3 if node.start or node.dead_end else 2 if node.ending else 1.6
    kind = None if node.unreachable or node.dead_end else node.ending
    top = box.y - box.h / 2
    parts = [f'<g class="node" data-id="{xml(node.id)}" tabindex="0">',
             f"<title>{xml(node.id)}: {xml(node.text)}</title>",
             _shape(kind, box, fill, stroke, dash, width)]
    y = top + 17
    if tag:
        parts.append(_text(box.x, y - 1, tag, "tag", fill=stroke))
        y += 14
    parts.append(_text(box.x, y, node.id, "id"))
    for line in box.lines:
        y += 15
        parts.append(_text(box.x, y, line, "words"))
    parts.append("</g>")
    return "".join(parts)


def _choice(choice: MapChoice, box: Box) -> str:
    fill, stroke = RED_LINE if choice.critical else CHOICE
    dash = ' stroke-dasharray="5 3"' if choice.conditional else ""
    width = 2 if choice.critical else 1.2
    x0, y0 = box.x - box.w / 2, box.y - box.h / 2
    parts = [f'<g class="choice" data-id="{xml(choice.node)}" data-choice="{choice.index}">',
             f"<title>{xml(choice.id)}{xml(' if ' + choice.condition) if choice.condition else ''}</title>",
             f'<rect x="{x0:.1f}" y="{y0:.1f}" width="{box.w:.1f}" height="{box.h:.1f}" rx="9" fill="{fill}" '
             f'stroke="{stroke}" stroke-width="{width}"{dash}/>']
    y = y0 + 16
    parts.append(_text(box.x, y, box.lines[0], "choice-id", fill=RED_LINE[1] if choice.critical else None))
    for line in box.lines[1:]:
        y += 14
        parts.append(_text(box.x, y, line, "rating"))
    parts.append("</g>")
    return "".join(parts)


def _edge(route: Route) -> str:
    classes = ["edge"]
    if route.choice.conditional:
        classes.append("conditional")
    if route.choice.critical:
        classes.append("red-line")
    marker = "" if route.into_choice else f' marker-end="url(#{"arrow-red" if route.choice.critical else "arrow"})"'
    return f'<path class="{" ".join(classes)}" d="{_smooth(route.points)}"{marker}/>'


def _smooth(points: list[tuple[float, float]]) -> str:
    """A polyline with its corners rounded (quadratic curves through the midpoints)."""
    if len(points) < 3:
        return "M" + " L".join(f"{x:.1f} {y:.1f}" for x, y in points)
    path = [f"M{points[0][0]:.1f} {points[0][1]:.1f}"]
    for (x0, y0), (x1, y1) in zip(points[1:-1], points[2:]):
        path.append(f"Q{x0:.1f} {y0:.1f} {(x0 + x1) / 2:.1f} {(y0 + y1) / 2:.1f}")
    path.append(f"L{points[-1][0]:.1f} {points[-1][1]:.1f}")
    return " ".join(path)


def _weight(route: Route) -> str:
    """A weighted branch's weight and chance, half-way along its edge."""
    x, y = _along(route.points, 0.5)
    share = route.choice.share(route.weight) or 0
    return _text(x + 4, y, f"×{route.weight:g} ({share:.0%})", "weight", anchor="start")


def _along(points: list[tuple[float, float]], fraction: float) -> tuple[float, float]:
    lengths = [math.dist(a, b) for a, b in zip(points, points[1:])]
    goal = sum(lengths) * fraction
    for (a, b), length in zip(zip(points, points[1:]), lengths):
        if goal <= length and length > 0:
            t = goal / length
            return a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t
        goal -= length
    return points[-1]


def _legend(scenario_map: ScenarioMap) -> str:
    parts = [_text(20, 30, scenario_map.title + f"  ({scenario_map.id})", "title", anchor="start")]
    items = [("decision", *DECISION, ""), ("ending: success", *ENDING_STYLE["success"], ""),
             ("ending: partial", *ENDING_STYLE["partial"], ""), ("ending: failure", *ENDING_STYLE["failure"], ""),
             ("unreachable", *UNREACHABLE, "5 3"), ("dead end", *DEAD_END, ""),
             ("choice: id, ratings", *CHOICE, ""), ("red line (critical)", *RED_LINE, "")]
    x = 20.0
    for label, fill, stroke, dash in items:
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        parts.append(f'<rect x="{x:.0f}" y="48" width="22" height="14" rx="3" fill="{fill}" stroke="{stroke}" '
                     f'stroke-width="1.6"{dashed}/>')
        parts.append(_text(x + 28, 59, label, "legend", anchor="start"))
        x += 40 + len(label) * 6.4
    parts.append('<path class="edge conditional" d="M20 80 L60 80"/>')
    parts.append(_text(66, 84, "conditional choice (if)", "legend", anchor="start"))
    parts.append('<path class="edge red-line" d="M230 80 L270 80" marker-end="url(#arrow-red)"/>')
    parts.append(_text(276, 84, "red-line edge", "legend", anchor="start"))
    parts.append(_text(390, 84, "×3 (75%)", "weight", anchor="start"))
    parts.append(_text(450, 84, "weighted branch: weight and chance", "legend", anchor="start"))
    return "".join(parts)
