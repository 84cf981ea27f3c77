"""The whole mutable state of a session, and its versioned JSON form."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..authoring.conditions import Value

STATE_FORMAT = "bluehelm-session/1"


class StateFormatError(ValueError):
    """A saved session that is not one this version can read."""


@dataclass(frozen=True, slots=True)
class Decision:
    """One decision: where, what, where it led, and how long it took (seconds of play)."""

    node: str
    choice: str
    goto: str
    seconds: float
    timer: bool = False
    at: float = 0.0
    position: int | None = None
    """Where the chosen option was shown (1 = first), so position bias can be measured on real classes."""


@dataclass(slots=True)
class SessionState:
    scenario: str
    content_hash: str
    seed: int
    language: str
    node: str
    variables: dict[str, Value]
    visits: dict[str, int] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    rng: list = field(default_factory=list)
    node_seconds: float = 0.0
    elapsed: float = 0.0
    shown: list[str] = field(default_factory=list)
    """The ids of the current node's options in the order shown: resume shows the same order."""

    def to_json(self) -> dict[str, object]:
        # Written out by hand: asdict() deep-copies the 625-number RNG state on every checkpoint.
        return {
            "format": STATE_FORMAT, "scenario": self.scenario, "content_hash": self.content_hash,
            "seed": self.seed, "language": self.language, "node": self.node, "variables": dict(self.variables),
            "visits": dict(self.visits), "decisions": [asdict(d) for d in self.decisions], "rng": list(self.rng),
            "node_seconds": self.node_seconds, "elapsed": self.elapsed, "shown": list(self.shown),
        }

    @classmethod
    def from_json(cls, data: object) -> "SessionState":
        if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise StateFormatError(f"not a saved Bluehelm session (format {found!r}, expected {STATE_FORMAT!r})")
        try:
            decisions = [Decision(**d) for d in data["decisions"]]
            return cls(
                scenario=str(data["scenario"]), content_hash=str(data["content_hash"]), seed=int(data["seed"]),
                language=str(data["language"]), node=str(data["node"]), variables=dict(data["variables"]),
                visits={str(k): int(v) for k, v in data["visits"].items()}, decisions=decisions,
                rng=list(data["rng"]), node_seconds=float(data["node_seconds"]), elapsed=float(data["elapsed"]),
                shown=[str(i) for i in data.get("shown", [])],
            )
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
            raise StateFormatError(f"saved session is damaged: {exc}") from exc


def rng_state_to_json(state: tuple) -> list:
    version, internal, gauss = state
    return [version, list(internal), gauss]


def rng_state_from_json(data: list) -> tuple:
    version, internal, gauss = data
    return (version, tuple(internal), gauss)
