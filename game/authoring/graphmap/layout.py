"""Top-to-bottom layered layout of the map with grandalf's Sugiyama layout (the algorithm of Graphviz dot).

Each choice is a small vertex of its own between its node and where it leads, so
that its label (id, ratings) gets a place in the layout instead of overlapping
edges. grandalf is pure Python (installs from PyPI alone, so the map works on a
classroom laptop without Graphviz); separate parts of the graph (unreachable
islands) are laid out one by one and placed side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from grandalf.graphs import Edge, Vertex, graph_core
from grandalf.layouts import SugiyamaLayout
from grandalf.routing import EdgeViewer, route_with_lines
from grandalf.utils.poset import Poset

from .labels import choice_lines, node_lines, node_tag
from .mapdata import MapChoice, MapNode, ScenarioMap

NODE_WIDTH = 230
CHAR_WIDTH = 6.6  # average width of a 11-12 px sans-serif character
GAP = 60          # between separate parts of the graph


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


class _View:
    """What grandalf needs of a vertex: its size, and where it puts it."""

    def __init__(self, w: float, h: float) -> None:
        self.w, self.h = w, h
        self.xy = (0.0, 0.0)


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
    vertices: dict[str, Vertex] = {}
    boxes: dict[str, Box] = {}
    for node in scenario_map.nodes.values():
        lines = node_lines(node)
        _add(vertices, boxes, node_key(node.id), _node_size(node, lines), lines)
    edges: list[tuple[Edge, Route]] = []
    for choice in scenario_map.choices:
        lines = choice_lines(choice)
        key = choice_key(choice)
        _add(vertices, boxes, key, _choice_size(lines), lines)
        source = node_key(choice.node)
        edges.append((Edge(vertices[source], vertices[key]), Route(source, key, [], choice, into_choice=True)))
        for target, weight in choice.targets:
            target_key = node_key(target)
            edges.append((Edge(vertices[key], vertices[target_key]), Route(key, target_key, [], choice, weight)))
    start = vertices[node_key(next(n.id for n in scenario_map.nodes.values() if n.start))]
    for edge, _ in edges:
        edge.view = EdgeViewer()
    offset, height = 0.0, 0.0
    for part in _parts(start, list(vertices.values()), [e for e, _ in edges]):
        left, right, bottom = _lay_out_part(part, start)
        bends = [x for edge in part.sE for x, _ in getattr(edge.view, "_pts", [])]  # back edges swing out
        left, right = min([left, *bends]), max([right, *bends])
        dx, dy = offset - left + 20, 20.0
        for vertex in part.sV:
            x, y = vertex.view.xy
            vertex.view.xy = (x + dx, y + dy)
        for edge in part.sE:
            edge.view.setpath([(x + dx, y + dy) for x, y in getattr(edge.view, "_pts", [])])
        offset += right - left + GAP
        height = max(height, bottom + dy + 20)
    for vertex in vertices.values():
        box = boxes[vertex.data]
        box.x, box.y = vertex.view.xy
    routes = []
    for edge, route in edges:
        route.points = list(edge.view._pts) or [edge.v[0].view.xy, edge.v[1].view.xy]
        routes.append(route)
    return Layout(boxes, routes, max(offset - GAP, 200) + 40, height)


class _Part(graph_core):
    """One connected part of the map as grandalf's graph, built in linear time.

    grandalf's own constructors compare vertex sets once per vertex (quadratic: 1.6 s
    of a 300-node map) and gather edges in a set (an order that changes from run to
    run); the parts here are already known to be connected, in a fixed order.
    """

    def __init__(self, vertices: list[Vertex], edges: list[Edge]) -> None:  # noqa: D107 - no super().__init__
        self.directed = True
        self.sV = Poset(vertices)
        self.sE = Poset(edges)
        self.degenerated_edges: set[Edge] = set()
        for edge in edges:
            edge.attach()
        for vertex in vertices:
            vertex.c = self


def _parts(start: Vertex, vertices: list[Vertex], edges: list[Edge]) -> list[_Part]:
    """The connected parts, in a fixed order: the one holding the start first."""
    around: dict[Vertex, list[Vertex]] = {v: [] for v in vertices}
    for edge in edges:
        a, b = edge.v
        around[a].append(b)
        around[b].append(a)
    order = {vertex: index for index, vertex in enumerate(vertices)}
    part_of: dict[Vertex, int] = {}
    groups: list[list[Vertex]] = []
    for first in [start] + vertices:
        if first in part_of:
            continue
        group, stack = [], [first]
        part_of[first] = len(groups)
        while stack:
            vertex = stack.pop()
            group.append(vertex)
            for other in around[vertex]:
                if other not in part_of:
                    part_of[other] = len(groups)
                    stack.append(other)
        groups.append(sorted(group, key=order.__getitem__))
    grouped_edges: list[list[Edge]] = [[] for _ in groups]
    for edge in edges:
        grouped_edges[part_of[edge.v[0]]].append(edge)
    return [_Part(group, own) for group, own in zip(groups, grouped_edges)]


def _add(vertices: dict[str, Vertex], boxes: dict[str, Box], key: str, size: tuple[float, float],
         lines: list[str]) -> None:
    vertex = Vertex(key)
    vertex.view = _View(*size)
    vertices[key] = vertex
    boxes[key] = Box(key, 0, 0, size[0], size[1], lines)


def _back_edges(part: _Part, start: Vertex) -> list[Edge]:
    """The edges that close a cycle, found by depth-first search from the start (then from the sources):
    the layout turns them round, so the story reads downwards from the start."""
    colour: dict[Vertex, int] = {}  # 1: on the search path, 2: done
    back: list[Edge] = []
    sources = [start] if start in part.sV else []
    sources += [v for v in part.sV if not v.e_in()] + list(part.sV)
    for source in sources:
        if source in colour:
            continue
        colour[source] = 1
        stack = [(source, iter(source.e_out()))]
        while stack:
            vertex, out = stack[-1]
            edge = next(out, None)
            if edge is None:
                colour[vertex] = 2
                stack.pop()
                continue
            target = edge.v[1]
            if colour.get(target) == 1:
                back.append(edge)
            elif target not in colour:
                colour[target] = 1
                stack.append((target, iter(target.e_out())))
    return back


def _lay_out_part(part, start: Vertex) -> tuple[float, float, float]:
    """Lay out one connected part; returns its left and right edges and its bottom, before shifting."""
    layout = SugiyamaLayout(part)
    layout.xspace, layout.yspace = 24, 34
    layout.route_edge = route_with_lines
    inverted = _back_edges(part, start)
    reversed_edges = set(inverted)
    roots = [v for v in part.sV if not any(e not in reversed_edges for e in v.e_in())
             and not any(e in reversed_edges for e in v.e_out())]
    layout.init_all(roots=roots, inverted_edges=inverted)
    layout.draw(N=1.5)
    left = min(v.view.xy[0] - v.view.w / 2 for v in part.sV)
    right = max(v.view.xy[0] + v.view.w / 2 for v in part.sV)
    bottom = max(v.view.xy[1] + v.view.h / 2 for v in part.sV)
    return left, right, bottom
