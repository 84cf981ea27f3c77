"""Helpers shared by the records tests: scenarios, seeded play into a store, a class of trainees."""

from __future__ import annotations

import random
from pathlib import Path

from game.authoring.loader import load_scenario
from game.engine.rules import CompiledScenario, compile_scenario
from game.engine.session import Session
from game.play import PlayRun, Who
from game.records import RecordsError, RecordStore, Trainee, result_json

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LOOP = HERE / "scenarios" / "patrol-loop.yaml"
SHIPPED = ROOT / "scenarios"
CHECKPOINT = SHIPPED / "checkpoint-market.yaml"


def loaded(path: Path) -> tuple[CompiledScenario, str]:
    result = load_scenario(path, use_cache=True)
    assert result.ok and result.scenario is not None, [d.format() for d in result.diagnostics]
    return compile_scenario(result.scenario), result.content_hash


class RecordedSession:
    """A PlayRun with a hand-driven clock, the way these tests drive a trainee's session into the store."""

    def __init__(self, run: PlayRun, clock: list[float]) -> None:
        self.run, self._clock = run, clock

    @classmethod
    def start(cls, store: RecordStore, session: Session, *, trainee: Trainee | str, course: str = "",
              mode: str = "training", timer_setting: str = "x1") -> "RecordedSession":
        who = trainee if isinstance(trainee, Trainee) else Trainee(trainee)
        clock = [0.0]
        run = PlayRun(session, Who(who.id, course, mode, timer_setting, who.name, who.service_number), store=store,
                      clock=lambda: clock[0])
        return cls(run, clock)

    @property
    def session(self) -> Session:
        return self.run.session

    @property
    def session_id(self) -> int | None:
        return self.run.record_id

    def choose(self, choice_id: str):
        """Choose; a records write that failed (which the run reports and plays on from) is raised here,
        so these tests see the store's own error."""
        before = self.run.records_problem
        self.run.show()
        outcome = self.run.choose(choice_id)
        if self.run.records_problem is not None and self.run.records_problem is not before:
            raise RecordsError(self.run.records_problem)
        return outcome

    def advance_time(self, seconds: float):
        self.run.show()
        self._clock[0] += seconds
        return self.run.tick()

    def finish(self):
        """The debrief; a session stopped before its end is closed in the records as it stands (abandoned)."""
        debrief = self.run.finish()
        if not self.session.finished and self.run.record_id is not None:
            self.run.store.finish_session(self.run.record_id, result_json(self.session.result()), debrief.to_json())
        return debrief


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
