"""Batch playthroughs for `bluehelm autoplay`: many seeded random runs, summarised.

For speed the batch walker skips the state machine's event dispatch, but it calls
the same rule functions as `Session` (see rules.py); a test proves both give
identical playthroughs for the same seeds.
"""

from __future__ import annotations

import random
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from scoring import Result, ScoringRules, score_playthrough
from . import rules
from .rules import CompiledChoice, CompiledScenario

MAX_STEPS = 1_000


@dataclass(slots=True)
class Playthrough:
    path: list[str]
    choices: list[str]
    ending: str | None
    outcome: str  # an ending kind, 'incomplete' (step limit) or 'dead-end'
    variables: dict
    result: Result


def chooser_for(seed: int) -> random.Random:
    """The random trainee of run `seed`: independent of the session's own branch RNG."""
    return random.Random(f"bluehelm-autoplay-choices-{seed}")


def walk(compiled: CompiledScenario, seed: int, pick: Callable[[list[CompiledChoice]], CompiledChoice],
         *, max_steps: int = MAX_STEPS) -> Playthrough:
    """One playthrough, without the state machine, using the shared rules; `pick` is given the
    options on offer in the order a trainee would see them."""
    branch_rng = random.Random(seed)
    variables = dict(compiled.initial)
    bounds = compiled.bounds
    taken_once: set[tuple[str, str]] = set()
    node = compiled.nodes[compiled.start]
    rules.apply_effects(node.on_enter, variables, bounds)
    trail = rules.Trail([node.id])
    visits = {node.id: 1}
    outcome = "incomplete"
    for _ in range(max_steps):
        if node.ending is not None:
            outcome = node.ending
            break
        on_offer = rules.offered(node, variables, taken_once)
        if not on_offer:
            outcome = "dead-end"
            break
        choice = pick(rules.presentation_order(node, on_offer, seed, visits[node.id]))
        node = trail.step(compiled, choice, rules.pick_destination(choice, branch_rng), variables, taken_once)
        visits[node.id] = visits.get(node.id, 0) + 1
    else:
        if node.ending is not None:
            outcome = node.ending
    score_outcome = outcome if outcome in ("success", "partial", "failure") else "incomplete"
    result = score_playthrough(ScoringRules.from_scenario(compiled.model), trail.ratings, trail.red_lines, score_outcome)
    return Playthrough(trail.path, trail.choices, node.id if node.ending else None, outcome, variables, result)


def random_walk(compiled: CompiledScenario, seed: int, *, max_steps: int = MAX_STEPS) -> Playthrough:
    chooser = chooser_for(seed)
    return walk(compiled, seed, lambda on_offer: on_offer[int(chooser.random() * len(on_offer))], max_steps=max_steps)


@dataclass
class Spread:
    minimum: float
    median: float
    mean: float
    maximum: float
    assessed: int

    @classmethod
    def of(cls, values: list[float]) -> "Spread | None":
        if not values:
            return None
        return cls(min(values), statistics.median(values), round(statistics.fmean(values), 1), max(values), len(values))


@dataclass
class AutoplayReport:
    scenario: str
    runs: int
    seed: int
    outcomes: Counter = field(default_factory=Counter)
    passed: int = 0
    red_lines: int = 0
    choices_made: int = 0
    percents: dict[str, list[float]] = field(default_factory=dict)
    overall: list[float] = field(default_factory=list)
    visited_nodes: set[str] = field(default_factory=set)
    taken_choices: set[tuple[str, str]] = field(default_factory=set)
    dead_ends: Counter = field(default_factory=Counter)
    all_nodes: list[str] = field(default_factory=list)
    all_choices: list[tuple[str, str]] = field(default_factory=list)

    def add(self, run: Playthrough) -> None:
        self.outcomes[run.outcome] += 1
        self.passed += run.result.passed
        self.red_lines += bool(run.result.critical)
        self.choices_made += len(run.choices)
        for dimension, score in run.result.scores.items():
            if score.percent is not None:
                self.percents.setdefault(dimension, []).append(score.percent)
        if run.result.overall is not None:
            self.overall.append(run.result.overall)
        self.visited_nodes.update(run.path)
        self.taken_choices.update(zip(run.path, run.choices))
        if run.outcome == "dead-end":
            self.dead_ends[run.path[-1]] += 1

    def to_json(self) -> dict[str, object]:
        unvisited = [n for n in self.all_nodes if n not in self.visited_nodes]
        untaken = [f"{n}/{c}" for n, c in self.all_choices if (n, c) not in self.taken_choices]
        return {
            "scenario": self.scenario, "runs": self.runs, "seed": self.seed,
            "outcomes": dict(sorted(self.outcomes.items())),
            "passed": self.passed, "red_lines": self.red_lines,
            "scores": {d: _spread_json(Spread.of(v)) for d, v in sorted(self.percents.items())},
            "overall": _spread_json(Spread.of(self.overall)),
            "nodes": {"visited": len(self.all_nodes) - len(unvisited), "total": len(self.all_nodes), "unvisited": unvisited},
            "choices": {"taken": len(self.all_choices) - len(untaken), "total": len(self.all_choices), "untaken": untaken},
            "dead_ends": dict(sorted(self.dead_ends.items())),
            "choices_made": self.choices_made,
        }


def _spread_json(spread: Spread | None) -> dict[str, float] | None:
    if spread is None:
        return None
    return {"min": spread.minimum, "median": spread.median, "mean": spread.mean, "max": spread.maximum,
            "assessed": spread.assessed}


def run_seeds(seed: int, runs: int) -> Iterator[int]:
    """The session seeds of a batch: consecutive from the batch seed."""
    return iter(range(seed, seed + runs))


def autoplay(compiled: CompiledScenario, *, runs: int, seed: int,
             progress: Callable[[Iterator[int]], Iterator[int]] = lambda it: it) -> AutoplayReport:
    report = AutoplayReport(compiled.model.id, runs, seed)
    report.all_nodes = list(compiled.nodes)
    report.all_choices = [(n.id, c.id) for n in compiled.nodes.values() for c in n.choices]
    for run_seed in progress(run_seeds(seed, runs)):
        report.add(random_walk(compiled, run_seed))
    return report
