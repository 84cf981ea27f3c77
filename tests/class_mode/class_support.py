"""Helpers of the class-mode tests: the small looping scenario, a room with its journal and records."""

from __future__ import annotations

from pathlib import Path

from game.authoring.loader import load_scenario
from game.classroom import ClassRoom, ClassSetup, Journal
from game.engine.rules import compile_scenario
from game.records import RecordStore

HERE = Path(__file__).resolve().parent
LOOP = HERE / "scenarios" / "patrol-loop.yaml"


class FakeClock:
    """Seconds that pass only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def setup_for(path: Path = LOOP, *, mode: str = "training", seed: int = 7) -> ClassSetup:
    result = load_scenario(path, use_cache=True)
    assert result.ok and result.scenario is not None
    return ClassSetup(compile_scenario(result.scenario, result.catalogue), result.content_hash, mode=mode, seed=seed)


def open_room(folder: Path, *, clock=None, mode: str = "training", seed: int = 7) -> ClassRoom:
    """A room whose journal and records live in `folder` (opening it again resumes the class)."""
    store = RecordStore.open(folder / "records.sqlite")
    kwargs = {"clock": clock} if clock is not None else {}
    return ClassRoom(setup_for(mode=mode, seed=seed), Journal(folder / "class.sqlite"), store, **kwargs)


def option_ids(room: ClassRoom) -> list[str]:
    return [c.id for c in room.run.choices]
