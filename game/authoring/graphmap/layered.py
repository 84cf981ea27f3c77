"""A layered (Sugiyama-style) drawing of a directed graph, top to bottom, in time close to linear.

The map of a scenario is a layered drawing: the start at the top, the story reading
downwards, every edge a short polyline. The steps are the classic ones, each done
the simple way that stays fast on dense graphs (500 nodes with five options each
draw in about a second, where a textbook implementation took minutes):

1. cycles: the edges that close one (found depth-first from the start) are turned
   round while layering, so loops point back up;
2. layers: each vertex one below the lowest of its predecessors (longest path). When
   that would stretch edges over too many layers (a dense graph whose depth-first
   tree is very deep), the layers are instead the breadth-first distance from the
   start, which keeps every forward edge one layer long;
3. long edges get a chain of small dummy vertices, one per layer crossed;
4. order within layers: a few down and up sweeps of the barycenter heuristic;
5. x positions: each layer placed as near as its order and spacing allow to the mean
   of its neighbours' positions (an exact least-squares fit under the spacing
   constraints, by pool-adjacent-violators), sweeping down and up;
6. each edge is routed through its dummies, from the bottom of its source to the top
   of its target (the other way round for edges that point back up).

Separate parts of the graph are laid out one by one and placed side by side.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

XSPACE = 24.0
YSPACE = 34.0
PART_GAP = 60.0
DUMMY_WIDTH = 12.0
SWEEPS = 4
PLACEMENT_PASSES = 4
MAX_DUMMIES_PER_VERTEX = 6
"""Past this many dummy vertices per real one, longest-path layers are given up for breadth-first ones."""

Point = tuple[float, float]


@dataclass
class Drawing:
    """Where each vertex's centre is, each edge's polyline (source to target), and the overall size."""

    centres: list[Point]
    routes: list[list[Point]]
    width: float
    height: float


@dataclass
class _Part:
    vertices: list[int]
    edges: list[int]


@dataclass
class _Layered:
    """One part, layered: real vertices keep their ids; dummies are numbered after them."""

    layer: dict[int, int] = field(default_factory=dict)
    width: dict[int, float] = field(default_factory=dict)
    height: dict[int, float] = field(default_factory=dict)
    down: dict[int, list[int]] = field(default_factory=dict)   # vertex -> vertices one layer below
    up: dict[int, list[int]] = field(default_factory=dict)
    chains: dict[int, tuple[list[int], bool]] = field(default_factory=dict)  # edge -> (top-to-bottom path, reversed)


def lay_out_graph(sizes: list[tuple[float, float]], edges: list[tuple[int, int]], first: int) -> Drawing:
    """Draw the graph whose vertex i is sizes[i] = (width, height), from vertex `first` (the start) down."""
    centres: list[Point] = [(0.0, 0.0)] * len(sizes)
    routes: list[list[Point]] = [[] for _ in edges]
    offset, height = 0.0, 0.0
    for part in _parts(len(sizes), edges, first):
        right, bottom = _draw_part(part, sizes, edges, first, offset, centres, routes)
        offset = right + PART_GAP
        height = max(height, bottom)
    return Drawing(centres, routes, max(offset - PART_GAP, 0.0), height)


# -- parts ------------------------------------------------------------------------------------------

def _parts(count: int, edges: list[tuple[int, int]], first: int) -> list[_Part]:
    """Connected parts (edges taken both ways), the one holding `first` first, each in vertex order."""
    around: list[list[int]] = [[] for _ in range(count)]
    for a, b in edges:
        around[a].append(b)
        around[b].append(a)
    part_of = [-1] * count
    parts: list[_Part] = []
    for seed in [first, *range(count)]:
        if part_of[seed] >= 0:
            continue
        members, stack = [], [seed]
        part_of[seed] = len(parts)
        while stack:
            vertex = stack.pop()
            members.append(vertex)
            for other in around[vertex]:
                if part_of[other] < 0:
                    part_of[other] = len(parts)
                    stack.append(other)
        parts.append(_Part(sorted(members), []))
    for index, (a, _) in enumerate(edges):
        parts[part_of[a]].edges.append(index)
    return parts


# -- layering -----------------------------------------------------------------------------------------

def _draw_part(part: _Part, sizes, edges, first: int, offset: float, centres: list[Point],
               routes: list[list[Point]]) -> tuple[float, float]:
    roots = _roots(part, edges, first)
    layers = _longest_path_layers(part, edges, _back_edges(part, edges, roots))
    if _dummies(part, edges, layers) > MAX_DUMMIES_PER_VERTEX * len(part.vertices):
        layers = _breadth_first_layers(part, edges, roots)
    graph = _proper(part, sizes, edges, layers)
    order = _order(graph, roots)
    xs = _place(graph, order)
    ys, bottom = _heights(graph, order)
    left = min(xs[v] - graph.width[v] / 2 for row in order for v in row)
    right = max(xs[v] + graph.width[v] / 2 for row in order for v in row)
    shift = offset - left
    for vertex in part.vertices:
        centres[vertex] = (xs[vertex] + shift, ys[vertex])
    for edge in part.edges:
        routes[edge] = _route(graph, edge, xs, ys, shift)
    return right + shift, bottom


def _roots(part: _Part, edges, first: int) -> list[int]:
    """Where depth-first and breadth-first walks begin: the start, then the sources, then the rest."""
    has_in = {edges[e][1] for e in part.edges}
    members = set(part.vertices)
    ordered = ([first] if first in members else []) + [v for v in part.vertices if v not in has_in]
    return list(dict.fromkeys(ordered + part.vertices))


def _out(part: _Part, edges) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {v: [] for v in part.vertices}
    for e in part.edges:
        out[edges[e][0]].append(e)
    return out


def _back_edges(part: _Part, edges, roots: list[int]) -> set[int]:
    """Edges that close a cycle, depth-first from the roots in order (iteratively: stories are deep)."""
    out = _out(part, edges)
    colour: dict[int, int] = {}  # 1: on the current path, 2: done
    back: set[int] = set()
    for root in roots:
        if root in colour:
            continue
        colour[root] = 1
        stack = [(root, iter(out[root]))]
        while stack:
            vertex, pending = stack[-1]
            edge = next(pending, None)
            if edge is None:
                colour[vertex] = 2
                stack.pop()
                continue
            target = edges[edge][1]
            if colour.get(target) == 1:
                back.add(edge)
            elif target not in colour:
                colour[target] = 1
                stack.append((target, iter(out[target])))
    return back


def _longest_path_layers(part: _Part, edges, back: set[int]) -> dict[int, int]:
    """Each vertex one layer below the lowest of its predecessors, back edges turned round."""
    successors: dict[int, list[int]] = {v: [] for v in part.vertices}
    waiting = dict.fromkeys(part.vertices, 0)
    for e in part.edges:
        a, b = edges[e]
        if a == b:
            continue
        if e in back:
            a, b = b, a
        successors[a].append(b)
        waiting[b] += 1
    layer = dict.fromkeys(part.vertices, 0)
    ready = deque(v for v in part.vertices if waiting[v] == 0)
    while ready:
        vertex = ready.popleft()
        for target in successors[vertex]:
            layer[target] = max(layer[target], layer[vertex] + 1)
            waiting[target] -= 1
            if waiting[target] == 0:
                ready.append(target)
    return layer


def _breadth_first_layers(part: _Part, edges, roots: list[int]) -> dict[int, int]:
    """The distance from the start (then from each root not yet reached): forward edges one layer long."""
    out = _out(part, edges)
    layer: dict[int, int] = {}
    for root in roots:
        if root in layer:
            continue
        layer[root] = 0
        queue = deque([root])
        while queue:
            vertex = queue.popleft()
            for e in out[vertex]:
                target = edges[e][1]
                if target not in layer:
                    layer[target] = layer[vertex] + 1
                    queue.append(target)
    return layer


def _dummies(part: _Part, edges, layer: dict[int, int]) -> int:
    return sum(max(abs(layer[edges[e][1]] - layer[edges[e][0]]) - 1, 0) for e in part.edges)


def _proper(part: _Part, sizes, edges, layer: dict[int, int]) -> _Layered:
    """The layered graph with a chain of dummies on every edge longer than one layer; a flat edge
    (both ends in one layer) pushes its target one layer down first."""
    graph = _Layered()
    for vertex in part.vertices:
        graph.layer[vertex] = layer[vertex]
        graph.width[vertex], graph.height[vertex] = sizes[vertex]
        graph.down[vertex], graph.up[vertex] = [], []
    next_id = len(sizes)
    for e in part.edges:
        a, b = edges[e]
        if a == b:
            graph.chains[e] = ([a], False)
            continue
        reverse = graph.layer[b] < graph.layer[a]
        top, bottom = (b, a) if reverse else (a, b)
        if graph.layer[top] == graph.layer[bottom]:
            top, bottom, reverse = a, b, False  # same layer: drawn as a short hop across (rare)
            chain = [top, bottom]
            graph.chains[e] = (chain, reverse)
            continue
        chain = [top]
        for depth in range(graph.layer[top] + 1, graph.layer[bottom]):
            dummy, next_id = next_id, next_id + 1
            graph.layer[dummy], graph.width[dummy], graph.height[dummy] = depth, DUMMY_WIDTH, 0.0
            graph.down[dummy], graph.up[dummy] = [], []
            chain.append(dummy)
        chain.append(bottom)
        for upper, lower in zip(chain, chain[1:]):
            graph.down[upper].append(lower)
            graph.up[lower].append(upper)
        graph.chains[e] = (chain, reverse)
    return graph


# -- order within layers ------------------------------------------------------------------------------

def _order(graph: _Layered, roots: list[int]) -> list[list[int]]:
    """Rows of vertices, top to bottom: first as a depth-first walk meets them (children in file order),
    then improved by barycenter sweeps."""
    depth = max(graph.layer.values()) + 1
    rows: list[list[int]] = [[] for _ in range(depth)]
    seen: set[int] = set()
    for root in [r for r in roots if r in graph.layer] + list(graph.layer):
        if root in seen:
            continue
        seen.add(root)
        stack = [root]
        while stack:
            vertex = stack.pop()
            rows[graph.layer[vertex]].append(vertex)
            for child in reversed(graph.down[vertex]):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
    for _ in range(SWEEPS):
        for index in range(1, depth):
            rows[index] = _by_barycentre(rows[index], rows[index - 1], graph.up)
        for index in range(depth - 2, -1, -1):
            rows[index] = _by_barycentre(rows[index], rows[index + 1], graph.down)
    return rows


def _by_barycentre(row: list[int], fixed: list[int], neighbours: dict[int, list[int]]) -> list[int]:
    position = {v: i for i, v in enumerate(fixed)}
    keys = {}
    for index, vertex in enumerate(row):
        near = [position[n] for n in neighbours[vertex] if n in position]
        keys[vertex] = sum(near) / len(near) if near else index * len(fixed) / max(len(row), 1)
    return sorted(row, key=keys.__getitem__)


# -- x positions ---------------------------------------------------------------------------------------

def _place(graph: _Layered, rows: list[list[int]]) -> dict[int, float]:
    x: dict[int, float] = {}
    for row in rows:  # packed from the left, as a start
        position = 0.0
        for index, vertex in enumerate(row):
            if index:
                position += _gap(graph, row[index - 1], vertex)
            x[vertex] = position
    for _ in range(PLACEMENT_PASSES):
        for index in range(1, len(rows)):
            _fit_row(graph, rows[index], x, graph.up)
        for index in range(len(rows) - 2, -1, -1):
            _fit_row(graph, rows[index], x, graph.down)
    return x


def _gap(graph: _Layered, left: int, right: int) -> float:
    return (graph.width[left] + graph.width[right]) / 2 + XSPACE


def _fit_row(graph: _Layered, row: list[int], x: dict[int, float], neighbours: dict[int, list[int]]) -> None:
    """Move a row's vertices, in their order and spacing, as near as possible (least squares) to the mean x
    of their neighbours in the row next to it. Dummies weigh more, so long edges stay straight."""
    if not row:
        return
    offsets, wanted, weights = [0.0], [], []
    for index, vertex in enumerate(row):
        if index:
            offsets.append(offsets[-1] + _gap(graph, row[index - 1], vertex))
        near = [x[n] for n in neighbours[vertex]]
        wanted.append((sum(near) / len(near) if near else x[vertex]) - offsets[index])
        weights.append((4.0 if graph.height[vertex] == 0.0 else 1.0) if near else 0.25)
    for index, value in enumerate(_isotonic(wanted, weights)):
        x[row[index]] = value + offsets[index]


def _isotonic(values: list[float], weights: list[float]) -> list[float]:
    """The non-decreasing sequence nearest to `values` in weighted least squares (pool adjacent violators)."""
    means: list[float] = []
    totals: list[float] = []
    counts: list[int] = []
    for value, weight in zip(values, weights):
        means.append(value)
        totals.append(weight)
        counts.append(1)
        while len(means) > 1 and means[-2] > means[-1]:
            weight_sum = totals[-2] + totals[-1]
            merged = (means[-2] * totals[-2] + means[-1] * totals[-1]) / weight_sum
            count = counts[-2] + counts[-1]
            means[-2:], totals[-2:], counts[-2:] = [merged], [weight_sum], [count]
    result: list[float] = []
    for mean, count in zip(means, counts):
        result.extend([mean] * count)
    return result


# -- y positions and routes -----------------------------------------------------------------------------

def _heights(graph: _Layered, rows: list[list[int]]) -> tuple[dict[int, float], float]:
    y: dict[int, float] = {}
    top = 0.0
    for row in rows:
        tallest = max((graph.height[v] for v in row), default=0.0)
        for vertex in row:
            y[vertex] = top + tallest / 2
        top += tallest + YSPACE
    return y, top - YSPACE


def _route(graph: _Layered, edge: int, xs: dict[int, float], ys: dict[int, float], shift: float) -> list[Point]:
    chain, reverse = graph.chains[edge]
    if len(chain) == 1:  # a vertex leading to itself: a small loop on its right
        vertex = chain[0]
        x, y, w = xs[vertex] + shift, ys[vertex], graph.width[vertex] / 2
        return [(x + w, y - 6), (x + w + 24, y - 6), (x + w + 24, y + 6), (x + w, y + 6)]
    points = [(xs[v] + shift, ys[v]) for v in chain]
    top, bottom = chain[0], chain[-1]
    if graph.layer[top] == graph.layer[bottom]:
        return points
    points[0] = (points[0][0], ys[top] + graph.height[top] / 2)
    points[-1] = (points[-1][0], ys[bottom] - graph.height[bottom] / 2)
    if reverse:
        points.reverse()
    return points
