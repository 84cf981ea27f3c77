"""The exact method: a breadth-first search over full states, merging identical ones.

A full state is a play state (node, variables, once-taken, visit counts; see
space.py) plus the score accumulators (outcomes.Packing) and the red-line flag,
all in one int. Two paths that reach the same full state have the same futures
and the same scores so far, so each full state is explored once; the set of
terminal (ending, accumulators, red line) outcomes is then exact without
enumerating paths.

Breadth-first order with moves sorted by choice id means the first parent found
for a state lies on a shortest, then lexicographically smallest, path to it: the
tie-break that best and worst paths use.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .outcomes import Packing
from .space import Move, PlaySpace

STATE_BITS = 32
"""A full state is one int: (accumulators * 2 + red line) << STATE_BITS | play state.
A move then adds one precomputed int and ors in the red-line bit: no tuple per state,
which halves the memory and the time of a large search."""
_STATE_MASK = (1 << STATE_BITS) - 1


class SearchTooLarge(Exception):
    """More full states than the budget allows."""


@dataclass
class Search:
    states: int
    terminals: list[int]
    parents: dict[int, int | None]
    steps_of: dict[int, list[tuple[int, int, Move]]]
    dead_ends: set[str] = field(default_factory=set)

    @staticmethod
    def play_state(state: int) -> int:
        return state & _STATE_MASK

    @staticmethod
    def scores(state: int) -> tuple[int, bool]:
        """The packed accumulators and the red-line flag of a full state."""
        packed = state >> STATE_BITS
        return packed >> 1, bool(packed & 1)

    def moves_to(self, state: int) -> list[Move]:
        """The moves of the (shortest, then smallest) path that first reached `state`."""
        moves = []
        parent = self.parents[state]
        while parent is not None:
            # the first move (in listed order) from the parent that lands here is the one the search took
            moves.append(next(m for step, red, m in self.steps_of[parent & _STATE_MASK] if (parent + step) | red == state))
            state, parent = parent, self.parents[parent]
        moves.reverse()
        return moves


def search(space: PlaySpace, packing: Packing, max_states: int) -> Search:
    """Every reachable full state; raises SearchTooLarge past `max_states`."""
    start = space.start
    parents: dict[int, int | None] = {start: None}
    terminals: list[int] = []
    dead_ends: set[str] = set()
    steps_of: dict[int, list[tuple[int, int, Move]]] = {}
    frontier = [start]
    while frontier:
        following = []
        for state in frontier:
            play_state = state & _STATE_MASK
            steps = steps_of.get(play_state)
            if steps is None:
                steps = steps_of[play_state] = _steps(space, packing, play_state, dead_ends)
            if not steps:
                if space.ending(play_state) is not None:
                    terminals.append(state)
                continue
            for step, red, _ in steps:
                reached = (state + step) | red
                if reached not in parents:
                    parents[reached] = state
                    following.append(reached)
            if len(parents) > max_states:
                raise SearchTooLarge(len(parents))
        frontier = following
    return Search(len(parents), terminals, parents, steps_of, dead_ends)


def _steps(space: PlaySpace, packing: Packing, play_state: int, dead_ends: set[str]) -> list[tuple[int, int, Move]]:
    """Per move: the int to add to a full state, and the red-line bit to or in."""
    moves = space.moves(play_state)
    if not moves and space.is_dead_end(play_state):
        dead_ends.add(space.node(play_state))
    return [((2 * packing.delta(m[1]) << STATE_BITS) + m[0] - play_state, int(m[1].critical) << STATE_BITS, m)
            for m in moves]
