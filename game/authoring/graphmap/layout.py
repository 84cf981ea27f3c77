"""Top-to-bottom layered layout of the map (layered.py: a Sugiyama-style drawing in near-linear time).

Each choice is a small vertex of its own between its node and where it leads, so
that its label (id, ratings) gets a place in the layout instead of overlapping
edges. The layout is pure Python (nothing to install beside Bluehelm, no Graphviz on
a classroom laptop); separate parts of the graph (unreachable islands) are laid out
one by one and placed side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .labels import choice_lines, node_lines, node_tag
from .layered import lay_out_graph
from .mapdata import MapChoice, MapNode, ScenarioMap

NODE_WIDTH = 230
CHAR_WIDTH = 6.6  # average width of a 11-12 px sans-serif character
MARGIN = 20.0     # around the drawing


@dataclass
class Box:
    key: str
    x: float  # centre
    y: float
    w: float
    h: float
    lines: list[str] = field(default_factory=list)


@dataclass
class Route:
    source: str
    target: str
    points: list[tuple[float, float]]
    choice: MapChoice
    weight: float | None = None  # the target's weight in a weighted branch
    into_choice: bool = False   # the short edge from a node to one of its choices


@dataclass
class Layout:
    boxes: dict[str, Box]
    routes: list[Route]
    width: float
    height: float


def node_key(node_id: str) -> str:
    return f"n:{node_id}"


def choice_key(choice: MapChoice) -> str:
    return f"c:{choice.key}"


def _node_size(node: MapNode, lines: list[str]) -> tuple[float, float]:
    return NODE_WIDTH, 30 + 15 * len(lines) + (14 if node_tag(node) else 0)


def _choice_size(lines: list[str]) -> tuple[float, float]:
    return max(60, max(len(x) for x in lines) * CHAR_WIDTH + 18), 10 + 15 * len(lines)


def lay_out(scenario_map: ScenarioMap) -> Layout:
    """Positions of every node and choice, and the route of every edge, in SVG pixels (y down)."""
    keys: list[str] = []
    sizes: list[tuple[float, float]] = []
    boxes: dict[str, Box] = {}
    for node in scenario_map.nodes.values():
        lines = node_lines(node)
        _add(keys, sizes, boxes, node_key(node.id), _node_size(node, lines), lines)
    index = {key: i for i, key in enumerate(keys)}
    edges: list[tuple[int, int]] = []
    routes: list[Route] = []
    for choice in scenario_map.choices:
        lines = choice_lines(choice)
        key = choice_key(choice)
        _add(keys, sizes, boxes, key, _choice_size(lines), lines)
        index[key] = len(keys) - 1
        source = node_key(choice.node)
        edges.append((index[source], index[key]))
        routes.append(Route(source, key, [], choice, into_choice=True))
        for target, weight in choice.targets:
            edges.append((index[key], index[node_key(target)]))
            routes.append(Route(key, node_key(target), [], choice, weight))
    start = index[node_key(next(n.id for n in scenario_map.nodes.values() if n.start))]
    drawing = lay_out_graph(sizes, edges, start)
    for key, (x, y) in zip(keys, drawing.centres):
        boxes[key].x, boxes[key].y = x + MARGIN, y + MARGIN
    for route, points in zip(routes, drawing.routes):
        route.points = [(x + MARGIN, y + MARGIN) for x, y in points]
    return Layout(boxes, routes, max(drawing.width, 200) + 2 * MARGIN, drawing.height + 2 * MARGIN)


def _add(keys: list[str], sizes: list[tuple[float, float]], boxes: dict[str, Box], key: str,
         size: tuple[float, float], lines: list[str]) -> None:
    keys.append(key)
    sizes.append(size)
    boxes[key] = Box(key, 0, 0, size[0], size[1], lines)
