"""Outcomes of playthroughs, always judged by the core scoring rule (scoring.core).

The analysis never computes a percent, an overall or a pass itself: it feeds
`score_playthrough` either the real ratings of a replayed path or a list of
ratings rebuilt from per-dimension totals (the rule needs only each dimension's
sum and count, so any ratings with the same sums and counts score the same).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from scoring import Result, ScoringRules, score_playthrough
from ..engine import rules
from ..engine.rules import CompiledChoice, CompiledScenario


def ratings_for(totals: dict[str, tuple[int, int]]) -> list[dict[str, int]]:
    """Ratings (each -3..3) whose per-dimension sum and count are `totals[d] = (points, rated)`.

    Dimension d gets `points mod rated` ratings of floor(mean) + 1, then floor(mean)s.
    Runs of identical ratings share one dict (the rule only reads them), so a
    long playthrough costs a handful of dicts.
    """
    plans, cuts = [], {0}
    for dimension, (points, rated) in totals.items():
        if rated:
            low, extra = divmod(points, rated)
            plans.append((dimension, low, extra, rated))
            cuts.update((extra, rated))
    ratings: list[dict[str, int]] = []
    edges = sorted(cuts)
    for start, end in zip(edges, edges[1:]):
        rating = {d: low + (start < extra) for d, low, extra, rated in plans if start < rated}
        ratings.extend([rating] * (end - start))
    return ratings


def score_totals(scoring: ScoringRules, totals: dict[str, tuple[int, int]], red_line: bool, outcome: str) -> Result:
    return score_playthrough(scoring, ratings_for(totals), ["red line"] if red_line else [], outcome)


class Packing:
    """Per-dimension (points, rated) accumulators packed into one int, so a move adds one int.

    Each field is a signed digit in base 2**bits, wide enough for the longest path;
    a sum of signed digits decodes uniquely while every field stays under half the base.
    """

    def __init__(self, dimensions: Sequence[str], longest_path: int) -> None:
        self.dimensions = tuple(dimensions)
        self.bits = (3 * longest_path + 1).bit_length() + 1
        self.base = 1 << self.bits
        self._deltas: dict[tuple[str, int], int] = {}

    def delta(self, choice: CompiledChoice) -> int:
        known = self._deltas.get((choice.node, choice.index))
        if known is None:
            known = 0
            ratings = dict(choice.score)
            for i, dimension in enumerate(self.dimensions):
                if dimension in ratings:
                    known += ratings[dimension] << (2 * i * self.bits)
                    known += 1 << ((2 * i + 1) * self.bits)
            self._deltas[(choice.node, choice.index)] = known
        return known

    def unpack(self, packed: int) -> dict[str, tuple[int, int]]:
        digits, half, base = [], self.base >> 1, self.base
        for _ in range(2 * len(self.dimensions)):
            digit = (packed + half) % base - half
            digits.append(digit)
            packed = (packed - digit) >> self.bits
        return {d: (digits[2 * i], digits[2 * i + 1]) for i, d in enumerate(self.dimensions)}


@dataclass
class PathReport:
    """One complete playthrough: the choices taken, where it went, and how it scored."""

    choices: list[str]
    path: list[str]
    ending: str | None
    result: Result

    def rank_best(self) -> tuple:
        """Sorts the best first: passing, then highest overall, fewer choices, then choice ids."""
        overall = self.result.overall
        return (not self.result.passed, -overall if overall is not None else float("inf"), len(self.choices), self.choices)

    def rank_worst(self) -> tuple:
        """Sorts the worst first: lowest overall (unassessed lowest), fewer choices, then choice ids."""
        overall = self.result.overall
        return (overall if overall is not None else float("-inf"), len(self.choices), self.choices)

    def to_json(self) -> dict[str, object]:
        return {
            "choices": self.choices, "path": self.path, "ending": self.ending, "outcome": self.result.outcome,
            "scores": {d: s.percent for d, s in self.result.scores.items()},
            "overall": self.result.overall, "passed": self.result.passed, "critical": self.result.critical,
        }


def replay(compiled: CompiledScenario, scoring: ScoringRules, moves: Sequence[tuple[CompiledChoice, str]]) -> PathReport:
    """Play `moves` (choice, destination) from the start with the engine's rules and score it."""
    variables = dict(compiled.initial)
    taken_once: set[tuple[str, str]] = set()
    node = compiled.nodes[compiled.start]
    rules.apply_effects(node.on_enter, variables, compiled.bounds)
    trail = rules.Trail([node.id])
    for choice, destination in moves:
        if not any(c is choice for c in rules.offered(node, variables, taken_once)):
            raise ValueError(f"choice {choice.id} is not on offer at {node.id}")
        node = trail.step(compiled, choice, destination, variables, taken_once)
    outcome = node.ending or "incomplete"
    result = score_playthrough(scoring, trail.ratings, trail.red_lines, outcome)
    return PathReport(trail.choices, trail.path, node.id if node.ending else None, result)
