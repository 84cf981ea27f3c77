"""The core scoring rule of the scenario format; the only place it lives.

- points of a dimension: the sum of its ratings over every choice taken;
- percent: 50 + 50 * mean / 3 over the taken choices that rate it (None if none do);
- overall: the weight-averaged percent of the assessed dimensions;
- a red line (a `critical` choice) fails the playthrough whatever the scores;
- passed: no red line, overall >= pass_mark, each dimension >= its pass mark,
  and the ending is neither `failure` nor missing (an unfinished run does not pass).

Percents are rounded to one decimal (half up) and the pass tests use the rounded
figures, so what a trainee is shown is what was judged.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field


RATING_MIN, RATING_MAX = -3, 3
"""The range of a choice's rating on a dimension: the format's, the checker's and the schema's."""
PERCENT_MIN, PERCENT_MAX = 0, 100
"""The range of a percent (pass marks, bands, assessment thresholds)."""


def round_percent(value: float) -> float:
    return math.floor(value * 10 + 0.5) / 10


@dataclass(frozen=True, slots=True)
class ScoringRules:
    weights: dict[str, float]
    pass_mark: float = 60
    pass_marks: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_scenario(cls, scenario: object) -> "ScoringRules":
        """Rules from a validated scenario model (anything with dimensions, pass_mark, pass_marks)."""
        weights = {name: float(d.weight) for name, d in scenario.dimensions.items()}  # type: ignore[attr-defined]
        return cls(weights, float(scenario.pass_mark), {k: float(v) for k, v in scenario.pass_marks.items()})  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class DimensionScore:
    points: int
    percent: float | None
    rated: int

    def to_json(self) -> dict[str, object]:
        return {"points": self.points, "percent": self.percent}


@dataclass(frozen=True, slots=True)
class Result:
    scores: dict[str, DimensionScore]
    overall: float | None
    passed: bool
    critical: list[str]
    outcome: str


def score_playthrough(rules: ScoringRules, ratings: Iterable[Mapping[str, int]],
                      red_lines: Iterable[str], outcome: str) -> Result:
    """Score one playthrough from the ratings of the choices taken, in order.

    `outcome` is the ending kind (success, partial, failure) or 'incomplete'.
    """
    points = dict.fromkeys(rules.weights, 0)
    rated = dict.fromkeys(rules.weights, 0)
    for rating in ratings:
        for dimension, value in rating.items():
            points[dimension] += value
            rated[dimension] += 1
    raw = {d: _percent(points[d], rated[d]) for d in rules.weights}
    scores = {d: DimensionScore(points[d], _rounded(raw[d]), rated[d]) for d in rules.weights}
    overall = _rounded(_overall(rules.weights, raw))
    crossed = list(red_lines)
    passed = (
        not crossed
        and outcome not in ("failure", "incomplete")
        and overall is not None and overall >= rules.pass_mark
        and all(_meets(scores[d].percent, mark) for d, mark in rules.pass_marks.items() if d in scores)
    )
    return Result(scores, overall, passed, crossed, outcome)


def _percent(points: int, rated: int) -> float | None:
    if rated == 0:
        return None
    return 50 + 50 * (points / rated) / RATING_MAX


def _rounded(value: float | None) -> float | None:
    return None if value is None else round_percent(value)


def _overall(weights: Mapping[str, float], percents: Mapping[str, float | None]) -> float | None:
    assessed = [(weights[d], p) for d, p in percents.items() if p is not None]
    if not assessed:
        return None
    total = sum(w for w, _ in assessed)
    return sum(w * p for w, p in assessed) / total


def _meets(percent: float | None, mark: float) -> bool:
    return percent is not None and percent >= mark
