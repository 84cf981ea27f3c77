"""Checkpoints of unfinished sessions, and the saved results of finished ones.

A checkpoint is written after every decision (temporary file, fsync, rename),
so a crash or a pulled plug loses at most the decision being made. It is
removed only once the finished session's debrief is safely saved.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ..userdirs import data_dir
from .settings import write_atomically

CHECKPOINT_FORMAT = "bluehelm-checkpoint/1"
RESULT_FORMAT = "bluehelm-result/1"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """Everything needed to put a trainee back where they were."""

    state: dict
    trainee: str
    course: str
    mode: str
    language: str
    timer: str
    scenario_path: str
    scenario_title: str
    saved_at: float
    record_id: int | None = None  # the session's id in the records store, when it has one

    @property
    def scenario_id(self) -> str:
        return str(self.state.get("scenario", ""))

    @property
    def decisions(self) -> int:
        return len(self.state.get("decisions", []))

    def to_json(self) -> dict:
        return {"format": CHECKPOINT_FORMAT, **asdict(self)}

    @classmethod
    def from_json(cls, data: object) -> "Checkpoint":
        if not isinstance(data, dict) or data.get("format") != CHECKPOINT_FORMAT:
            raise ValueError("not a Bluehelm checkpoint")
        return cls(state=dict(data["state"]), trainee=str(data["trainee"]), course=str(data["course"]),
                   mode=str(data["mode"]), language=str(data["language"]), timer=str(data["timer"]),
                   scenario_path=str(data["scenario_path"]), scenario_title=str(data["scenario_title"]),
                   saved_at=float(data["saved_at"]),
                   record_id=int(data["record_id"]) if data.get("record_id") is not None else None)


def checkpoint_dir() -> Path:
    return data_dir() / "checkpoints"


def results_dir() -> Path:
    return data_dir() / "results"


def _slug(text: str) -> str:
    return re.sub(r"[^\w-]+", "-", text).strip("-")[:40] or "anonymous"


def checkpoint_path(scenario_id: str, trainee: str) -> Path:
    """One unfinished session per scenario and trainee: starting again replaces it."""
    return checkpoint_dir() / f"{_slug(scenario_id)}--{_slug(trainee)}.json"


def save_checkpoint(checkpoint: Checkpoint) -> Path:
    target = checkpoint_path(checkpoint.scenario_id, checkpoint.trainee)
    write_atomically(target, json.dumps(checkpoint.to_json(), ensure_ascii=False))
    return target


def remove_checkpoint(scenario_id: str, trainee: str) -> None:
    checkpoint_path(scenario_id, trainee).unlink(missing_ok=True)


def latest_checkpoint() -> Checkpoint | None:
    """The most recently saved readable checkpoint; damaged files are skipped, not deleted."""
    found: list[Checkpoint] = []
    for path in sorted(checkpoint_dir().glob("*.json")):
        try:
            found.append(Checkpoint.from_json(json.loads(path.read_text(encoding="utf-8"))))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return max(found, key=lambda c: c.saved_at, default=None)


def save_result(record: dict, scenario_id: str, trainee: str) -> Path:
    """A finished session's record (debrief and session), under a name that sorts by time."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = results_dir() / f"{stamp}-{_slug(scenario_id)}-{_slug(trainee)}.json"
    counter = 1
    while target.exists():
        counter += 1
        target = results_dir() / f"{stamp}-{_slug(scenario_id)}-{_slug(trainee)}-{counter}.json"
    write_atomically(target, json.dumps({"format": RESULT_FORMAT, **record}, ensure_ascii=False, indent=2))
    return target
