"""Helpers shared by the records tests: scenarios, seeded play into a store, a class of trainees."""

from __future__ import annotations

import random
from pathlib import Path

from game.authoring.loader import load_scenario
from game.engine.rules import CompiledScenario, compile_scenario
from game.engine.session import Session
from game.records import RecordedSession, RecordStore, Trainee

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LOOP = HERE / "scenarios" / "patrol-loop.yaml"
SHIPPED = ROOT / "scenarios"
CHECKPOINT = SHIPPED / "checkpoint-market.yaml"


def loaded(path: Path) -> tuple[CompiledScenario, str]:
    result = load_scenario(path, use_cache=True)
    assert result.ok and result.scenario is not None, [d.format() for d in result.diagnostics]
    return compile_scenario(result.scenario), result.content_hash


def pick(session: Session, rng: random.Random, *, stay: bool = False) -> str:
    """A seeded choice among those on offer; `stay` avoids the patrol loop's way out."""
    offered = [c.id for c in session.choices if not (stay and c.id == "leave")]
    return rng.choice(offered)


def play(store: RecordStore, path: Path, trainee: Trainee | str, *, seed: int, course: str = "Course A",
         decisions: int | None = None, finish: bool = True, language: str | None = None) -> RecordedSession:
    """Play a scenario into the store with seeded random choices, up to an ending (or `decisions`)."""
    compiled, digest = loaded(path)
    session = Session(compiled, seed=seed, language=language, content_hash=digest)
    recorded = RecordedSession.start(store, session, trainee=trainee, course=course)
    rng = random.Random(seed)
    while not session.finished and (decisions is None or len(session.decisions) < decisions):
        recorded.choose(pick(session, rng, stay=decisions is not None))
    if finish:
        recorded.finish()
    return recorded


def make_class(store: RecordStore, *, trainees: int = 4, course: str = "Course A") -> list[RecordedSession]:
    """A class: each trainee plays the checkpoint scenario to the end; the last one stops halfway."""
    played = []
    for number in range(trainees):
        trainee = Trainee(f"t{number}", f"Trainee {number}", f"SN-{number:03d}")
        last = number == trainees - 1
        played.append(play(store, CHECKPOINT, trainee, seed=number, course=course,
                           decisions=2 if last else None, finish=not last))
    return played
