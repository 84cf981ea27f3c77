"""Which way is better for a meter: read from how the scenario's rated choices move it.

The format has no "higher is better" key, but every scenario already says it: choices
rated well tend to raise trust and lower tension. A meter's good direction is the sign
of the sum, over every choice that adds to it, of the change times the choice's rating.
No pygame here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..authoring.model import Scenario

HIGHER_BETTER, HIGHER_WORSE, UNKNOWN = 1, -1, 0


def good_direction(scenario: Scenario, variable: str) -> int:
    """+1 when raising `variable` goes with better-rated choices, -1 when with worse ones, 0 when unknown."""
    evidence = 0
    for node in scenario.nodes.values():
        for choice in node.choices:
            change = choice.add.get(variable)
            if change:
                evidence += (1 if change > 0 else -1) * sum(choice.score.values())
    return (evidence > 0) - (evidence < 0)


@dataclass(frozen=True)
class Reading:
    """How a meter stands: how good its level is (0 worst .. 1 best, None unknown) and whether its last move helped."""

    goodness: float | None
    change: int  # +1 the last move was for the better, -1 for the worse, 0 no move or unknown


def reading(direction: int, fraction: float, previous: float | None, value: float) -> Reading:
    if direction == UNKNOWN:
        return Reading(None, 0)
    goodness = fraction if direction == HIGHER_BETTER else 1.0 - fraction
    moved = 0 if previous is None or previous == value else (1 if value > previous else -1)
    return Reading(max(0.0, min(1.0, goodness)), moved * direction)
