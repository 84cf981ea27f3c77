"""The scalable method, for scenarios whose full state space is over the budget.

Scores do not steer play, so the extremes of each dimension are ratio
optimisations (ratio.py) over a graph without score accumulators:

- "play-states": the play-state graph (node, variables, once-taken, visits) of
  space.py, when it fits its own budget. Conditions are honoured, so every path
  in it is a real playthrough and the per-dimension bounds are exact.
- "relaxed": the node graph itself, every condition taken as true and once-only
  ignored. It holds every real path and more, so its figures are bounds; the
  best and worst paths are then looked for among real playthroughs by a depth-
  first search guided by the relaxed optimum.

Overall (a weighted average of ratios) is not optimised exactly: its bounds are
derived from the per-dimension ones, and the best and worst paths are the best
and worst (by the core rule) of the per-dimension optima and of the optima of the
pooled weighted ratio sum(w * S) / sum(w * C).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import lcm

from scoring import ScoringRules
from ..engine.rules import CompiledChoice, CompiledScenario
from .outcomes import PathReport, replay, score_totals
from .report import Analysis
from .ratio import Cyclic, ScoreGraph
from .guided import confirm_endings, guided_play
from .graph import destinations
from .space import PlaySpace, SpaceTooLarge


@dataclass
class Skeleton:
    """A graph over which paths are optimised: vertex 0 is the start; edges are (choice, destination)."""

    out: list[list[tuple[int, int]]]
    complete: list[bool]
    ending_of: list[str | None]  # the ending node id of a vertex, if it is one
    kind_of: list[str | None]  # and its kind (success, partial, failure)
    choices: list[CompiledChoice]
    landing: list[str]  # destination node of each edge
    real: bool  # every path is a real playthrough
    edge_of: dict[tuple[str, int, str], int] | None = None  # relaxed: (node, choice index, destination) -> edge
    vertex_of: dict[str, int] | None = None  # relaxed: node id -> vertex

    @property
    def target(self) -> list[int]:
        """The vertex each edge leads to."""
        targets = [0] * len(self.choices)
        for edges in self.out:
            for vertex, edge in edges:
                targets[edge] = vertex
        return targets

    def distances(self) -> list[int | None]:
        """Fewest edges from each vertex to an ending (None: none reachable); breadth-first, backwards."""
        backwards: list[list[int]] = [[] for _ in self.out]
        for vertex, edges in enumerate(self.out):
            for target, _ in edges:
                backwards[target].append(vertex)
        distance: list[int | None] = [0 if c else None for c in self.complete]
        layer = [v for v, c in enumerate(self.complete) if c]
        steps = 0
        while layer:
            steps += 1
            following = []
            for vertex in layer:
                for before in backwards[vertex]:
                    if distance[before] is None:
                        distance[before] = steps
                        following.append(before)
            layer = following
        return distance


def play_state_skeleton(space: PlaySpace) -> Skeleton:
    out, choices, landing = [], [], []
    for state in range(len(space)):
        edges = []
        for target, choice, destination in space.moves(state):
            edges.append((target, len(choices)))
            choices.append(choice)
            landing.append(destination)
        out.append(edges)
    ending_of = [space.node(s) if space.ending(s) else None for s in range(len(space))]
    kind_of = [space.ending(s) for s in range(len(space))]
    return Skeleton(out, [e is not None for e in ending_of], ending_of, kind_of, choices, landing, real=True)


def relaxed_skeleton(compiled: CompiledScenario) -> Skeleton:
    ids = [compiled.start] + [n for n in compiled.nodes if n != compiled.start]
    index = {n: i for i, n in enumerate(ids)}
    out, choices, landing, edge_of = [], [], [], {}
    for node_id in ids:
        edges = []
        for choice in sorted(compiled.nodes[node_id].choices, key=lambda c: c.id):
            for destination in sorted(destinations(choice)):
                edge_of[(node_id, choice.index, destination)] = len(choices)
                edges.append((index[destination], len(choices)))
                choices.append(choice)
                landing.append(destination)
        out.append(edges)
    ending_of = [n if compiled.nodes[n].ending else None for n in ids]
    kind_of = [compiled.nodes[n].ending for n in ids]
    return Skeleton(out, [e is not None for e in ending_of], ending_of, kind_of, choices, landing, real=False,
                    edge_of=edge_of, vertex_of=index)


def reach(out: list[list[tuple[int, int]]], sources: list[int], allowed=lambda edge: True) -> list[bool]:
    seen = [False] * len(out)
    stack = list(sources)
    for s in sources:
        seen[s] = True
    while stack:
        for target, edge in out[stack.pop()]:
            if not seen[target] and allowed(edge):
                seen[target] = True
                stack.append(target)
    return seen


@dataclass
class Extremes:
    """A dimension's extremes over a skeleton: (points, rated) at the max and the min, and how they were found."""

    high: tuple[int, int] | None
    low: tuple[int, int] | None
    always_assessed: bool
    paths: list[list[int]]  # optimal paths (edges) for the max and the min
    objectives: list[list[int]]  # edge weights whose best path is each optimum


def dimension_extremes(graph: ScoreGraph | None, skeleton: Skeleton, dimension: str, useful: list[bool]) -> Extremes:
    points = [dict(c.score).get(dimension, 0) for c in skeleton.choices]
    rated = [int(dimension in dict(c.score)) for c in skeleton.choices]
    if graph is None:  # cyclic relaxed graph: the extreme single ratings on a useful edge bound the mean
        values = [p for e, p in enumerate(points) if rated[e] and useful[e]]
        if not values:
            return Extremes(None, None, False, [], [])
        return Extremes((max(values), 1), (min(values), 1), False, [], [points, [-p for p in points]])
    found = []
    for sign in (1, -1):
        signed = [sign * p for p in points]
        best = graph.best_ratio(signed, rated)
        if best is None:
            return Extremes(None, None, False, [], [])
        ratio, path = best
        found.append((path, [ratio.denominator * n - ratio.numerator * r for n, r in zip(signed, rated)]))
    fewest = graph.best_path([-r for r in rated])
    always = fewest is not None and fewest[0] < 0

    def totals(path: list[int]) -> tuple[int, int]:
        return sum(points[e] for e in path), sum(rated[e] for e in path)
    return Extremes(totals(found[0][0]), totals(found[1][0]), always, [p for p, _ in found], [w for _, w in found])


def pooled_objectives(graph: ScoreGraph | None, skeleton: Skeleton, scoring: ScoringRules) -> tuple[list, list]:
    """Optima of the pooled weighted ratio sum(w*S) / sum(w*C), max then min: (paths, edge weights)."""
    weights = {d: Fraction(repr(w)) for d, w in scoring.weights.items()}
    scale = lcm(*(w.denominator for w in weights.values()))
    whole = {d: int(w * scale) for d, w in weights.items()}
    numerator = [sum(whole[d] * v for d, v in c.score if d in whole) for c in skeleton.choices]
    denominator = [sum(whole[d] for d, _ in c.score if d in whole) for c in skeleton.choices]
    paths, objectives = [], []
    for sign in (1, -1):
        signed = [sign * n for n in numerator]
        if graph is None:
            objectives.append(signed)
            continue
        best = graph.best_ratio(signed, denominator)
        if best is not None:
            ratio, path = best
            paths.append(path)
            objectives.append([ratio.denominator * n - ratio.numerator * d for n, d in zip(signed, denominator)])
    return paths, objectives


GUIDE_BUDGET = 50_000
"""Play states the guided searches of the relaxed method may add to the space."""


def analyse_at_scale(compiled: CompiledScenario, scoring: ScoringRules, space: PlaySpace, *, states_explored: int,
                     max_states: int, play_budget: int, max_visits: int) -> Analysis:
    """The fallback analysis (see the module docstring); `space` may be partly expanded already."""
    notes = [f"the exact search stopped at its budget of {max_states:,} states (--max-states)"]
    skeleton = _skeleton(compiled, space, play_budget, notes)
    play_states = len(space)
    try:
        graph: ScoreGraph | None = ScoreGraph(skeleton.out, skeleton.complete, len(skeleton.choices))
    except Cyclic:
        graph = None
        notes.append("the node graph has cycles: per-dimension bounds are the extreme single ratings on offer")
    facts = _Facts(skeleton)
    extremes = {d: dimension_extremes(graph, skeleton, d, facts.useful) for d in scoring.weights}
    dimensions = {d: (_percent(scoring, d, e.low), _percent(scoring, d, e.high)) for d, e in extremes.items()}
    overall = _overall_bounds(scoring, extremes, dimensions)
    found = _paths_found(scoring, space, skeleton, graph, extremes)
    reachable = facts.endings()
    if skeleton.real:
        confirmed = reachable
    else:
        confirmed = {r.ending for r in found if r.ending is not None}
        space.max_states = len(space) + GUIDE_BUDGET
        confirmed |= confirm_endings(space, skeleton, graph, reachable - confirmed)
    if reachable - confirmed:
        notes.append("'uncertain' endings are reachable when conditions are ignored, but no real playthrough "
                     "to them was found")
    all_endings = sorted(n.id for n in compiled.nodes.values() if n.ending)
    return Analysis(
        compiled.model.id, "play-states" if skeleton.real else "relaxed", states_explored, play_states, max_states,
        max_visits, bool(space.cyclic), space.cut, dimensions, overall,
        best=min(found, key=PathReport.rank_best, default=None),
        worst=min(found, key=PathReport.rank_worst, default=None),
        endings_reachable=sorted(confirmed),
        endings_unreachable=[e for e in all_endings if e not in reachable],
        endings_uncertain=sorted(reachable - confirmed),
        pass_reachable=_pass_reachable(scoring, found, facts, overall, dimensions),
        all_paths_pass=_all_pass(scoring, found, facts, graph, extremes, overall, dimensions),
        dead_ends=sorted({space.node(s) for s in range(play_states) if space.is_dead_end(s)}) if skeleton.real else None,
        notes=notes)


def _skeleton(compiled: CompiledScenario, space: PlaySpace, play_budget: int, notes: list[str]) -> Skeleton:
    """The play-state graph when it fits in `play_budget` states, else the relaxed node graph."""
    try:
        space.max_states = max(play_budget, len(space))
        space.explore()
    except SpaceTooLarge:
        notes.append(f"more than {play_budget:,} play states: conditions and once-only are ignored, so every "
                     "figure is a bound; the best and worst paths are real playthroughs found by a guided search")
        return relaxed_skeleton(compiled)
    notes.append(f"per-dimension bounds are exact over {len(space):,} play states; overall bounds are derived "
                 "from them, and the best and worst paths are the best and worst of those found")
    return play_state_skeleton(space)


def _paths_found(scoring: ScoringRules, space: PlaySpace, skeleton: Skeleton, graph: ScoreGraph | None,
                 extremes: dict[str, Extremes]) -> list[PathReport]:
    """Real playthroughs at the optima of the pooled ratio and of each dimension."""
    paths, objectives = pooled_objectives(graph, skeleton, scoring)
    if not paths and graph is not None:  # no choice rates anything: any complete path will do
        anyway = graph.best_path([0] * len(skeleton.choices))
        paths, objectives = ([anyway[1]], [[0] * len(skeleton.choices)]) if anyway else ([], [])
    if skeleton.real:
        return [replay(space.compiled, scoring, [(skeleton.choices[e], skeleton.landing[e]) for e in path])
                for path in paths + [p for e in extremes.values() for p in e.paths]]
    space.max_states = len(space) + GUIDE_BUDGET
    guided = (guided_play(space, scoring, skeleton, graph, weights)
              for weights in objectives + [w for e in extremes.values() for w in e.objectives])
    return [report for report in guided if report is not None]


class _Facts:
    """Reachability facts of a skeleton (real ones for play states, bounds for the relaxed graph)."""

    def __init__(self, skeleton: Skeleton) -> None:
        self.skeleton = skeleton
        out, complete = skeleton.out, skeleton.complete
        self.reachable = reach(out, [0])
        backwards: list[list[tuple[int, int]]] = [[] for _ in out]
        source = [0] * len(skeleton.choices)
        for vertex, edges in enumerate(out):
            for target, edge in edges:
                backwards[target].append((vertex, edge))
                source[edge] = vertex
        completes = reach(backwards, [v for v in range(len(out)) if complete[v] and self.reachable[v]])
        targets = [0] * len(skeleton.choices)
        for edges in out:
            for target, edge in edges:
                targets[edge] = target
        self.useful = [self.reachable[source[e]] and completes[targets[e]] for e in range(len(skeleton.choices))]
        self.red_line_on_complete_path = any(u and c.critical for u, c in zip(self.useful, skeleton.choices))
        kinds = skeleton.kind_of
        self.failure_reachable = any(r and k == "failure" for r, k in zip(self.reachable, kinds))
        clean = reach(out, [0], lambda edge: not skeleton.choices[edge].critical)
        self.clean_success_reachable = any(c and k not in (None, "failure") for c, k in zip(clean, kinds))

    def endings(self) -> set[str]:
        return {e for e, r in zip(self.skeleton.ending_of, self.reachable) if e is not None and r}


def _percent(scoring: ScoringRules, dimension: str, totals: tuple[int, int] | None) -> float | None:
    return None if totals is None else score_totals(scoring, {dimension: totals}, False, "success").scores[dimension].percent


def _overall_bounds(scoring: ScoringRules, extremes: dict[str, Extremes],
                    dimensions: dict[str, tuple[float | None, float | None]]) -> tuple[float | None, float | None]:
    """Overall is monotone in each percent: with every dimension always assessed it lies between the
    core rule's overall of the minima and of the maxima; otherwise between the lowest and highest percent."""
    if all(e.high is None for e in extremes.values()):
        return None, None
    if all(e.always_assessed for e in extremes.values()):
        low = score_totals(scoring, {d: e.low for d, e in extremes.items()}, False, "success").overall
        high = score_totals(scoring, {d: e.high for d, e in extremes.items()}, False, "success").overall
        return low, high
    lows = [low for low, _ in dimensions.values() if low is not None]
    highs = [high for _, high in dimensions.values() if high is not None]
    return min(lows), max(highs)


def _pass_reachable(scoring: ScoringRules, found: list[PathReport], facts: _Facts, overall: tuple,
                    dimensions: dict[str, tuple[float | None, float | None]]) -> bool | None:
    if any(r.result.passed for r in found):
        return True
    marks_out_of_reach = any(dimensions[d][1] is None or dimensions[d][1] < mark
                             for d, mark in scoring.pass_marks.items() if d in dimensions)
    if (not facts.clean_success_reachable or overall[1] is None or overall[1] < scoring.pass_mark
            or marks_out_of_reach):
        return False
    return None


def _all_pass(scoring: ScoringRules, found: list[PathReport], facts: _Facts, graph: ScoreGraph | None,
              extremes: dict[str, Extremes], overall: tuple,
              dimensions: dict[str, tuple[float | None, float | None]]) -> bool | None:
    if not found and facts.skeleton.real:
        return False  # no complete playthrough at all
    if any(not r.result.passed for r in found):
        return False
    if facts.skeleton.real and (facts.red_line_on_complete_path or facts.failure_reachable):
        return False
    if graph is None or facts.red_line_on_complete_path or facts.failure_reachable:
        return None
    unassessed = graph.best_path([-sum(1 for d, _ in c.score if d in scoring.weights) for c in facts.skeleton.choices])
    marks_met = all(extremes[d].always_assessed and dimensions[d][0] is not None and dimensions[d][0] >= mark
                    for d, mark in scoring.pass_marks.items() if d in dimensions)
    if unassessed is not None and unassessed[0] < 0 and overall[0] is not None and overall[0] >= scoring.pass_mark \
            and marks_met:
        return True
    return None
