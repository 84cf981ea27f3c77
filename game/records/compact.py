"""What the store keeps, kept small: start states without their derivable RNG, and the debrief's summary.

A session's start state holds the RNG state of `random.Random(seed)` (625 numbers, 7 KB)
that the seed alone rebuilds, so it is dropped when it is exactly that and put back when
read. The stored debrief keeps what reports and statements read (scores, bands, red lines,
objectives met); the full debrief, with its feedback texts, is rebuilt by replaying the
recorded choices through the scenario.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

from ..engine.state import rng_state_to_json

SUMMARY_FORMAT = "bluehelm-debrief-summary/1"
_SUMMARY_KEYS = ("scenario_id", "title", "mode", "outcome", "passed", "overall", "overall_band", "pass_mark")


def seeded_rng(seed: object) -> list | None:
    """The RNG state a session seeded with `seed` starts from (None for a seed that is not an int)."""
    if not isinstance(seed, int) or isinstance(seed, bool):
        return None
    return rng_state_to_json(random.Random(seed).getstate())


def compact_state(state: Mapping) -> dict:
    """The state without its RNG when the seed rebuilds it exactly (a state at the start)."""
    data = dict(state)
    if "rng" in data and data["rng"] == seeded_rng(data.get("seed")):
        del data["rng"]
    return data


def full_state(data: Mapping) -> dict:
    """A stored state with its RNG put back (a no-op for a state that kept its own)."""
    state = dict(data)
    if "rng" not in state:
        state["rng"] = seeded_rng(state.get("seed")) or []
    return state


def debrief_summary(debrief: Mapping) -> dict:
    """The parts of a debrief (`Debrief.to_json()`) that reports and xAPI statements read."""
    if debrief.get("format") == SUMMARY_FORMAT:
        return dict(debrief)
    summary: dict = {"format": SUMMARY_FORMAT}
    summary.update({key: debrief.get(key) for key in _SUMMARY_KEYS})
    summary["dimensions"] = [dict(d) for d in debrief.get("dimensions", []) if isinstance(d, Mapping)]
    summary["red_lines"] = [{"node": r.get("node"), "choice_id": r.get("choice_id"), "text": r.get("text")}
                            for r in debrief.get("red_lines", []) if isinstance(r, Mapping)]
    summary["objectives"] = [{"id": o.get("id"), "status": o.get("status")}
                             for o in debrief.get("objectives", []) if isinstance(o, Mapping)]
    return summary
