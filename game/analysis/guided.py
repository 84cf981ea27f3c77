"""Real playthroughs found with the help of the relaxed graph (the fallback's "relaxed" method).

The relaxed graph ignores conditions, so its optimal paths may not be playable.
These searches walk real play states (space.py, the engine's rules) and use the
relaxed graph only to decide what to try first, or what is worth trying at all.
Both stop when the play space reaches its budget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scoring import ScoringRules
from .outcomes import PathReport, replay
from .ratio import ScoreGraph
from .space import Move, PlaySpace, SpaceTooLarge

if TYPE_CHECKING:
    from .fallback import Skeleton


def guided_play(space: PlaySpace, scoring: ScoringRules, skeleton: Skeleton, graph: ScoreGraph | None,
                weights: list[int]) -> PathReport | None:
    """A real playthrough following the relaxed optimum as closely as the rules allow.

    Depth-first over real play states, trying first the move whose relaxed value to
    go is highest (on a cyclic relaxed graph, which has no such value: the move
    closest to an ending, then the best rated); a state found to lead nowhere is
    not tried again. None when the space runs out of its budget of play states.
    """
    edge_of, target = skeleton.edge_of, skeleton.target
    if graph is not None:
        value = graph.values(weights)[0]

        def priority(edge: int) -> object:
            rest = value[target[edge]]
            return None if rest is None else rest + weights[edge]
    else:
        distance = skeleton.distances()

        def priority(edge: int) -> object:
            steps = distance[target[edge]]
            return None if steps is None else (-steps, weights[edge])

    def ranked(state: int) -> list[Move]:
        scored = []
        for position, move in enumerate(space.moves(state)):
            _, choice, destination = move
            rank = priority(edge_of[(choice.node, choice.index, destination)])
            if rank is not None:
                scored.append((rank, -position, move))
        scored.sort(key=lambda s: s[:2])  # popped from the end: the best first, then the first listed
        return [move for _, _, move in scored]

    failed: set[int] = set()
    stack: list[list] = [[space.start, None]]
    trail: list[Move] = []
    try:
        while stack:
            frame = stack[-1]
            if space.ending(frame[0]) is not None:
                return replay(space.compiled, scoring, [(c, d) for _, c, d in trail])
            if frame[1] is None:
                frame[1] = ranked(frame[0])
            if not frame[1]:
                failed.add(frame[0])
                stack.pop()
                if trail:
                    trail.pop()
                continue
            move = frame[1].pop()
            if move[0] not in failed:
                trail.append(move)
                stack.append([move[0], None])
    except SpaceTooLarge:
        return None
    return None


def confirm_endings(space: PlaySpace, skeleton: Skeleton, graph: ScoreGraph | None, candidates: set[str]) -> set[str]:
    """The endings among `candidates` that some real playthrough reaches (as many as the budget finds).

    Depth-first over real play states, pruned to moves from which the relaxed graph
    can still reach an ending not yet found (one bit per ending, propagated backwards).
    """
    bit = {ending: 1 << i for i, ending in enumerate(sorted(candidates))}
    masks = [bit.get(e, 0) for e in skeleton.ending_of]
    if graph is not None:
        for vertex in reversed(graph.order):
            for target, _ in skeleton.out[vertex]:
                masks[vertex] |= masks[target]
    else:  # cycles: any vertex may lead to any candidate
        masks = [(1 << len(bit)) - 1] * len(masks)
    vertex_of = skeleton.vertex_of
    wanted, found = (1 << len(bit)) - 1, set()
    stack, seen = [space.start], {space.start}
    try:
        while stack and wanted:
            state = stack.pop()
            node = space.node(state)
            if not masks[vertex_of[node]] & wanted:
                continue
            if node in bit:
                wanted &= ~bit[node]
                found.add(node)
                continue
            for target, _, destination in reversed(space.moves(state)):
                if target not in seen and masks[vertex_of[destination]] & wanted:
                    seen.add(target)
                    stack.append(target)
    except SpaceTooLarge:
        pass
    return found
