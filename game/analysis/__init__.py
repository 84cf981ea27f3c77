"""Static analysis of a scenario: the extremes any complete playthrough can reach.

`analyze` reports, per dimension, the lowest and highest percent of any complete
playthrough (one that reaches an ending), the overall range, a best and a worst
path, which endings are reachable, whether a pass is reachable and whether every
complete playthrough passes. Play follows the engine's rules exactly (they are
called, not copied: see space.py), every outcome of a weighted branch counts as
possible, and every figure is judged by the core scoring rule (scoring.core).

Exactness:
- Acyclic scenarios: exact, by a search over states merged when identical
  (search.py), while the number of states stays within `max_states`.
- Cycles: a path may enter a node on a cycle at most `max_visits` times (default
  3). The figures are exact over the playthroughs within that limit, and
  `cut_by_visit_limit` says whether the limit cut any path short; longer
  playthroughs (looping more often) are not covered.
- Over the budget (fallback.py): per-dimension bounds by Dinkelbach's method,
  exact over the play-state graph when that fits in a sixth of the budget, else
  over the node graph with conditions and once-only ignored (bounds; if that
  graph has cycles, the extreme single ratings). Overall bounds are derived from
  them; the best and worst paths are real playthroughs, found but not proven
  best or worst; `pass_reachable` and `all_paths_pass` are None unless proven.
  `exact` is then false, `method` says which way was taken and `notes` say
  which figures are bounds.
"""

from __future__ import annotations

from collections.abc import Callable

from ..gcpause import gc_paused
from ..authoring.diagnostics import Diagnostic, warning
from ..engine.rules import CompiledScenario
from scoring import Result, ScoringRules
from .fallback import analyse_at_scale
from .outcomes import Packing, PathReport, replay, score_totals
from .report import METHODS, Analysis
from .search import Search, SearchTooLarge, search
from .space import PlaySpace

DEFAULT_MAX_STATES = 300_000
DEFAULT_MAX_VISITS = 3
PLAY_STATE_SHARE = 6
"""The fallback's play-state graph may hold max_states / 6 states: its ratio solver makes
some thirty passes over the graph, where the exact search made one."""

__all__ = ["Analysis", "DEFAULT_MAX_STATES", "DEFAULT_MAX_VISITS", "METHODS", "PathReport", "analysis_warnings",
           "analyze", "exact_analysis"]


def analyze(compiled: CompiledScenario, *, max_states: int = DEFAULT_MAX_STATES,
            max_visits: int = DEFAULT_MAX_VISITS, max_play_states: int | None = None) -> Analysis:
    """The extremes of a validated, compiled scenario over its complete playthroughs.

    `max_play_states` is the fallback's budget for the play-state graph (default
    max_states / PLAY_STATE_SHARE); past it the fallback relaxes conditions.
    """
    if max_states < 1 or max_visits < 1:
        raise ValueError("max_states and max_visits must be at least 1")
    if max_play_states is None:
        max_play_states = max(1, max_states // PLAY_STATE_SHARE)
    with gc_paused():
        return _analyze(compiled, max_states, max_visits, max_play_states)


def exact_analysis(compiled: CompiledScenario, *, max_states: int = DEFAULT_MAX_STATES,
                   max_visits: int = DEFAULT_MAX_VISITS) -> Analysis | None:
    """The exact analysis, or None when it needs more than `max_states` states (no fallback: fast and proven)."""
    with gc_paused():
        return _analyze(compiled, max_states, max_visits, 0, fallback=False)


def _analyze(compiled: CompiledScenario, max_states: int, max_visits: int, max_play_states: int,
             *, fallback: bool = True) -> Analysis | None:
    scoring = ScoringRules.from_scenario(compiled.model)
    space = PlaySpace(compiled, max_visits=max_visits)
    longest = len(compiled.nodes) * (max_visits if space.cyclic else 1)
    packing = Packing(list(scoring.weights), longest)
    try:
        found = search(space, packing, max_states)
    except SearchTooLarge as exc:
        if not fallback:
            return None
        return analyse_at_scale(compiled, scoring, space, states_explored=exc.args[0], max_states=max_states,
                                play_budget=max_play_states, max_visits=max_visits)
    return _exact(compiled, scoring, space, packing, found, max_states)


def _exact(compiled: CompiledScenario, scoring: ScoringRules, space: PlaySpace, packing: Packing,
           found: Search, max_states: int) -> Analysis:
    reached: dict[tuple[str, int, bool], list[int]] = {}  # (ending kind, scores, red line) -> terminal states
    for state in found.terminals:
        reached.setdefault((space.ending(found.play_state(state)), *found.scores(state)), []).append(state)
    outcomes = [(states, score_totals(scoring, packing.unpack(packed), red, kind))
                for (kind, packed, red), states in reached.items()]
    results = [r for _, r in outcomes]
    dimensions = {}
    for d in scoring.weights:
        percents = [r.scores[d].percent for r in results if r.scores[d].percent is not None]
        dimensions[d] = (min(percents), max(percents)) if percents else (None, None)
    overalls = [r.overall for r in results if r.overall is not None]
    reachable = sorted({space.node(found.play_state(s)) for s in found.terminals})
    endings = sorted(n.id for n in compiled.nodes.values() if n.ending)
    return Analysis(
        compiled.model.id, "states", found.states, len(space), max_states, space.max_visits, bool(space.cyclic),
        space.cut, dimensions, (min(overalls), max(overalls)) if overalls else (None, None),
        best=_pick(compiled, scoring, found, outcomes, lambda r: (not r.passed, _minus(r.overall))),
        worst=_pick(compiled, scoring, found, outcomes, lambda r: _plain(r.overall)),
        endings_reachable=reachable, endings_unreachable=[e for e in endings if e not in reachable],
        pass_reachable=any(r.passed for r in results),
        all_paths_pass=bool(results) and all(r.passed for r in results),
        dead_ends=sorted(found.dead_ends))


def _minus(overall: float | None) -> float:
    return -overall if overall is not None else float("inf")


def _plain(overall: float | None) -> float:
    return overall if overall is not None else float("-inf")


def _pick(compiled: CompiledScenario, scoring: ScoringRules, found: Search, outcomes: list[tuple[list[int], Result]],
          primary: Callable[[Result], object]) -> PathReport | None:
    """The outcome first by `primary`; among ties, the one whose path is shortest, then has the smallest ids."""
    if not outcomes:
        return None
    top = min(primary(r) for _, r in outcomes)
    tied = [found.moves_to(s) for states, r in outcomes if primary(r) == top for s in states]
    moves = min(tied, key=lambda ms: (len(ms), [choice.id for _, choice, _ in ms]))
    return replay(compiled, scoring, [(choice, destination) for _, choice, destination in moves])


def analysis_warnings(compiled: CompiledScenario, file: str, at: tuple[int, int], *,
                      max_states: int = DEFAULT_MAX_STATES) -> list[Diagnostic]:
    """BH120 when no playthrough can pass, BH121 when every complete playthrough passes.

    Only proven answers warn: past the budget (exact search only) nothing is said.
    """
    analysis = exact_analysis(compiled, max_states=max_states)
    found = []
    if analysis is None:
        return found
    if analysis.pass_reachable is False:
        best = f"; the best overall is {analysis.overall[1]}" if analysis.overall[1] is not None else ""
        found.append(warning(file, at, "BH120", f"no playthrough can pass (pass mark {compiled.model.pass_mark}{best})"))
    if analysis.all_paths_pass is True:
        found.append(warning(file, at, "BH121", "every complete playthrough passes: the scenario cannot be failed"))
    return found
