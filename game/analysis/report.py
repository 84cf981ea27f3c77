"""What an analysis found, as one value with a stable JSON form."""

from __future__ import annotations

from dataclasses import dataclass, field

from .outcomes import PathReport

METHODS = {
    "states": "exact search over every reachable state",
    "play-states": "play-state graph: per-dimension bounds exact, overall bounds derived, paths found",
    "relaxed": "conditions and once-only ignored: every figure is a bound",
}


@dataclass
class Analysis:
    """The extremes of a scenario over its complete playthroughs (see game.analysis)."""

    scenario: str
    method: str  # a key of METHODS
    states_explored: int
    play_states: int
    max_states: int
    max_visits: int
    cyclic: bool
    cut_by_visit_limit: bool
    dimensions: dict[str, tuple[float | None, float | None]]
    overall: tuple[float | None, float | None]
    best: PathReport | None
    worst: PathReport | None
    endings_reachable: list[str]
    endings_unreachable: list[str]
    endings_uncertain: list[str] = field(default_factory=list)
    pass_reachable: bool | None = None
    all_paths_pass: bool | None = None
    dead_ends: list[str] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return self.method == "states"

    def to_json(self) -> dict[str, object]:
        return {
            "scenario": self.scenario,
            "exact": self.exact,
            "method": self.method,
            "states_explored": self.states_explored,
            "play_states": self.play_states,
            "max_states": self.max_states,
            "max_visits": self.max_visits if self.cyclic else None,
            "cut_by_visit_limit": self.cut_by_visit_limit,
            "dimensions": {d: {"min": low, "max": high} for d, (low, high) in self.dimensions.items()},
            "overall": {"min": self.overall[0], "max": self.overall[1]},
            "best": self.best.to_json() if self.best else None,
            "worst": self.worst.to_json() if self.worst else None,
            "endings": {"reachable": self.endings_reachable, "unreachable": self.endings_unreachable,
                        "uncertain": self.endings_uncertain},
            "pass_reachable": self.pass_reachable,
            "all_paths_pass": self.all_paths_pass,
            "dead_ends_reachable": self.dead_ends,
            "notes": self.notes,
        }
