"""Item analysis of a scenario's decisions for a class: which decisions tell stronger trainees from weaker.

Each trainee counts once, with their first finished session of the scenario. A decision
(an "item") is a node; a trainee who reached it **chose well** when their (first) choice
there was well rated (see `ratings`). Computed with numpy:

- **difficulty**: the share of those who reached the node who chose well (high = easy);
- **discrimination**: the point-biserial correlation between choosing well there and the
  rest of the trainee's score (the weighted ratings of all their other decisions); below
  0.2 the decision does not tell stronger trainees from weaker, below 0 it favours weaker;
- **options nobody chose** among those who reached the node;
- **position bias**: how often the chosen option was the one shown first, second, ...
  against what chance would give with the options in a random order (a chi-square test);
- per scenario, **Cronbach's alpha** over the decisions every trainee made (each scored by
  its weighted ratings), with its sample size and a plain reading.

Nothing is computed for fewer than MIN_CLASS trainees: a percentage of six people
would read like a finding and is not one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from . import ratings as rating_rules

MIN_CLASS = 10  # trainees, for any statistic
MIN_ITEM = 10  # trainees who reached a node, for its discrimination
MIN_POSITION = 30  # decisions, for the position-bias test
DISCRIMINATES = 0.2  # point-biserial below this: the decision does not discriminate
# 95th percentile of chi-square by degrees of freedom (positions - 1): the test at the 5 % level.
CHI2_95 = {1: 3.841, 2: 5.991, 3: 7.815, 4: 9.488, 5: 11.070, 6: 12.592, 7: 14.067, 8: 15.507, 9: 16.919}


@dataclass(frozen=True)
class Attempt:
    """One trainee's decisions in a session: (node, choice, ratings, shown position), in order."""

    trainee: str
    decisions: Sequence[tuple[str, str, Mapping[str, float], int | None]]


@dataclass(frozen=True)
class ItemStats:
    node: str
    reached: int
    difficulty: float | None
    discrimination: float | None
    unchosen: list[str]
    flag: str | None  # None, "flat" (everyone chose alike), "low" (< 0.2) or "negative"


@dataclass(frozen=True)
class PositionBias:
    decisions: int
    observed: list[float]  # share of decisions whose chosen option was shown at position 1, 2, ...
    expected: list[float]  # the same shares if the order shown did not matter
    chi2: float
    df: int
    biased: bool


@dataclass(frozen=True)
class ScenarioItems:
    trainees: int
    items: list[ItemStats] = field(default_factory=list)
    alpha: float | None = None
    alpha_items: int = 0
    alpha_trainees: int = 0
    reading: str = "too-few"  # a key of READINGS
    position: PositionBias | None = None

    @property
    def enough(self) -> bool:
        return self.trainees >= MIN_CLASS


def point_biserial(chose_well: Sequence[float], rest: Sequence[float]) -> float | None:
    """Pearson's r between a 0/1 variable and a score (the point-biserial); None when either is constant."""
    x, y = np.asarray(chose_well, dtype=float), np.asarray(rest, dtype=float)
    if len(x) < 2 or np.ptp(x) == 0 or np.ptp(y) == 0:
        return None
    return float(np.corrcoef(x, y)[0, 1])


def cronbach_alpha(scores: Sequence[Sequence[float]]) -> float | None:
    """Cronbach's alpha of a trainees x items matrix: k/(k-1) * (1 - sum of item variances / variance of totals)."""
    matrix = np.asarray(scores, dtype=float)
    if matrix.ndim != 2 or matrix.shape[0] < 2 or matrix.shape[1] < 2:
        return None
    items = matrix.shape[1]
    total_variance = matrix.sum(axis=1).var(ddof=1)
    if total_variance == 0:
        return None
    return float(items / (items - 1) * (1 - matrix.var(axis=0, ddof=1).sum() / total_variance))


def reading(alpha: float | None) -> str:
    """A key for the plain-language reading of alpha."""
    if alpha is None:
        return "none"
    for limit, key in ((0.8, "high"), (0.7, "acceptable"), (0.6, "questionable"), (0.5, "poor")):
        if alpha >= limit:
            return key
    return "low"


def position_bias(positions: Sequence[tuple[int, int]]) -> PositionBias | None:
    """(position shown, options listed) per decision -> observed vs chance shares and a chi-square test."""
    usable = [(p, m) for p, m in positions if m >= 2 and 1 <= p <= m]
    if len(usable) < MIN_POSITION:
        return None
    width = max(m for _, m in usable)
    observed = np.zeros(width)
    expected = np.zeros(width)
    for position, listed in usable:
        observed[position - 1] += 1
        expected[:listed] += 1 / listed
    mask = expected > 0
    chi2 = float((((observed - expected) ** 2)[mask] / expected[mask]).sum())
    df = int(mask.sum()) - 1
    critical = CHI2_95.get(df)
    n = len(usable)
    return PositionBias(n, [float(x) for x in observed / n], [float(x) for x in expected / n], chi2, df,
                        bool(critical is not None and chi2 > critical))


def analyse(attempts: Sequence[Attempt], definition: Mapping | None) -> ScenarioItems:
    """The item analysis of one scenario from each trainee's attempt (first finished session)."""
    if len(attempts) < MIN_CLASS or not definition:
        return ScenarioItems(len(attempts))
    weights = rating_rules.weights_of(definition)
    nodes: Mapping[str, Mapping] = definition.get("nodes", {})
    firsts = [_first_visits(a, weights) for a in attempts]
    totals = [sum(sum(values) for _, _, values in visits.values()) for visits in firsts]
    items = []
    for node_id, node in nodes.items():
        if len(node.get("choices", [])) < 2:
            continue
        stats = _item(node_id, node, weights, firsts, totals)
        if stats is not None:
            items.append(stats)
    alpha, k, n = _alpha(nodes, firsts)
    positions = [(p, len(nodes[node_id]["choices"])) for a in attempts for node_id, _, _, p in a.decisions
                 if p is not None and node_id in nodes]
    return ScenarioItems(len(attempts), items, alpha, k, n, reading(alpha) if k >= 2 else "none",
                         position_bias(positions))


def _first_visits(attempt: Attempt, weights: Mapping[str, float]) -> dict[str, tuple[str, float, list[float]]]:
    """Per node: the first choice there, its weighted total, and the totals of every decision at that node
    (from the ratings recorded with each decision: what the session was scored on)."""
    found: dict[str, tuple[str, float, list[float]]] = {}
    for node, choice, ratings, _ in attempt.decisions:
        value = rating_rules.total(ratings, weights)
        if node in found:
            found[node][2].append(value)
        else:
            found[node] = (choice, value, [value])
    return found


def _item(node_id: str, node: Mapping, weights: Mapping[str, float], firsts: list[dict], totals: list[float]
          ) -> ItemStats | None:
    good = set(rating_rules.well_rated_ids(node["choices"], weights))
    chose, rest, taken = [], [], set()
    for visits, total in zip(firsts, totals):
        if node_id not in visits:
            continue
        choice, _, values = visits[node_id]
        chose.append(1.0 if choice in good else 0.0)
        rest.append(total - sum(values))  # the rest of the score: every other decision's weighted ratings
        taken.add(choice)
    if not chose:
        return None
    unchosen = [o["id"] for o in node["choices"] if o["id"] not in taken]
    difficulty = float(np.mean(chose))
    if len(chose) < MIN_ITEM:
        return ItemStats(node_id, len(chose), difficulty, None, unchosen, None)
    r = point_biserial(chose, rest)
    flag = "flat" if r is None else "negative" if r < 0 else "low" if r < DISCRIMINATES else None
    return ItemStats(node_id, len(chose), difficulty, r, unchosen, flag)


def _alpha(nodes: Mapping[str, Mapping], firsts: list[dict]
           ) -> tuple[float | None, int, int]:
    """Alpha over the decisions every trainee made, each scored by the weighted ratings of the first choice."""
    common = [n for n in nodes if len(nodes[n].get("choices", [])) >= 2 and all(n in visits for visits in firsts)]
    if len(common) < 2:
        return None, len(common), len(firsts)
    matrix = [[visits[n][1] for n in common] for visits in firsts]
    return cronbach_alpha(matrix), len(common), len(firsts)
