"""How an option's ratings read, shared by reports, item analysis and xAPI statements.

An option's **total** is its ratings summed with the scenario's dimension weights. An
option is **well rated** when it crosses no red line and no other option at its node
(red lines aside) has a higher total: the best available choice, ties included.
**Poor** means a red line, or a total below zero. The heat-map shows each dimension on
its own, so an option rated +1 on one and -1 on another shows both, never "neutral".
"""

from __future__ import annotations

from collections.abc import Mapping


def total(ratings: Mapping[str, float], weights: Mapping[str, float] | None = None) -> float:
    weights = weights or {}
    return float(sum(value * float(weights.get(dimension, 1.0)) for dimension, value in ratings.items()))


def weights_of(definition: Mapping | None) -> dict[str, float]:
    if not definition:
        return {}
    return {key: float(d.get("weight", 1.0)) for key, d in dict(definition.get("dimensions", {})).items()}


def best_total(options: list[Mapping], weights: Mapping[str, float]) -> float | None:
    """The highest total among a node's options that cross no red line (None when every one does)."""
    totals = [total(o.get("score", {}), weights) for o in options if not o.get("red_line")]
    return max(totals) if totals else None


def well_rated_ids(options: list[Mapping], weights: Mapping[str, float]) -> list[str]:
    best = best_total(options, weights)
    if best is None:
        return []
    return [o["id"] for o in options if not o.get("red_line") and total(o.get("score", {}), weights) == best]


