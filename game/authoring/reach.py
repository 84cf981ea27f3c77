"""Reachability in a scenario's graph, in one place: which nodes play can reach from start, and from
which nodes an ending can still be reached. The checker (BH100, BH101) and the map both ask it."""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable, Mapping


def reachable(graph: Mapping[Hashable, Iterable[Hashable]], starts: Iterable[Hashable]) -> set:
    """Every node reachable from `starts` along `graph`'s edges (the starts included)."""
    seen = set(starts)
    queue = deque(seen)
    while queue:
        for target in graph.get(queue.popleft(), ()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


def can_end(graph: Mapping[Hashable, Iterable[Hashable]], endings: Iterable[Hashable]) -> set:
    """Every node from which one of `endings` can be reached (the endings included)."""
    reverse: dict[Hashable, list[Hashable]] = {node: [] for node in graph}
    for source, targets in graph.items():
        for target in targets:
            reverse.setdefault(target, []).append(source)
    return reachable(reverse, endings)
