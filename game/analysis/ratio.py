"""Best paths over an acyclic graph, and the best ratio of two path sums (Dinkelbach).

A dimension's percent is 50 + 50 * S / C / 3, where S and C are sums over the
choices of a path (points and number of ratings), so its extremes are those of
the ratio S / C. Dinkelbach's method finds the largest ratio exactly: with
lambda the ratio of some path, the path maximising S - lambda * C (one
longest-path pass in topological order) either has value 0, and lambda is the
maximum, or a larger ratio, which becomes the next lambda. lambda = p / q is a
Fraction and each pass maximises q * S - p * C in integers, so nothing is
rounded. Passes are plain loops over lists: no recursion, whatever the depth.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction


class Cyclic(Exception):
    """The graph has a cycle: longest paths are not defined by one topological pass."""


class ScoreGraph:
    """Vertices 0..n-1 (0 is the start); `out[v]` lists (target, edge); `complete[v]` marks endings."""

    def __init__(self, out: Sequence[Sequence[tuple[int, int]]], complete: Sequence[bool], edges: int) -> None:
        self.out, self.complete, self.edges = out, complete, edges
        self.target = [0] * edges
        for targets in out:
            for target, edge in targets:
                self.target[edge] = target
        self.order = _topological(out)  # raises Cyclic

    def values(self, weights: Sequence[int]) -> tuple[list[int | None], list[int]]:
        """For every vertex: the largest weight sum to an ending (None: none reachable), and the edge taken."""
        out, complete = self.out, self.complete
        value: list[int | None] = [None] * len(out)
        taken = [-1] * len(out)
        for vertex in reversed(self.order):
            if complete[vertex]:
                value[vertex] = 0
                continue
            best, best_edge = None, -1
            for target, edge in out[vertex]:
                rest = value[target]
                if rest is not None:
                    total = rest + weights[edge]
                    if best is None or total > best:
                        best, best_edge = total, edge
            value[vertex], taken[vertex] = best, best_edge
        return value, taken

    def best_path(self, weights: Sequence[int]) -> tuple[int, list[int]] | None:
        """The largest sum of edge weights over complete paths from the start, and one such path's edges."""
        value, taken = self.values(weights)
        if value[0] is None:
            return None
        path, vertex = [], 0
        while not self.complete[vertex]:
            edge = taken[vertex]
            path.append(edge)
            vertex = self.target[edge]
        return value[0], path

    def best_ratio(self, numerator: Sequence[int], denominator: Sequence[int]) -> tuple[Fraction, list[int]] | None:
        """max of sum(numerator) / sum(denominator) over complete paths with a positive denominator.

        Denominators are >= 0, and an edge with denominator 0 has numerator 0.
        Returns the ratio and a path reaching it, or None when no such path exists.
        """
        found = self.best_path(denominator)
        if found is None or found[0] <= 0:
            return None
        path = found[1]
        ratio = Fraction(sum(numerator[e] for e in path), sum(denominator[e] for e in path))
        while True:
            p, q = ratio.numerator, ratio.denominator
            found = self.best_path([q * n - p * d for n, d in zip(numerator, denominator)])
            assert found is not None  # the current path is still there
            if found[0] <= 0:
                return ratio, path
            path = found[1]
            ratio = Fraction(sum(numerator[e] for e in path), sum(denominator[e] for e in path))


def _topological(out: Sequence[Sequence[tuple[int, int]]]) -> list[int]:
    """Kahn's algorithm from vertex 0 over the vertices reachable from it."""
    reach, stack = [False] * len(out), [0]
    reach[0] = True
    while stack:
        for target, _ in out[stack.pop()]:
            if not reach[target]:
                reach[target] = True
                stack.append(target)
    incoming = [0] * len(out)
    for vertex, edges in enumerate(out):
        if reach[vertex]:
            for target, _ in edges:
                incoming[target] += 1
    order, ready = [], [0]
    while ready:
        vertex = ready.pop()
        order.append(vertex)
        for target, _ in out[vertex]:
            incoming[target] -= 1
            if incoming[target] == 0:
                ready.append(target)
    if len(order) != sum(reach):
        raise Cyclic()
    return order
