"""A Session whose every decision is committed to the records store before the call returns.

Front ends (the trainer, the terminal player) play through a `RecordedSession`
exactly as through a `Session`; resuming after a crash is `RecordedSession.resume`.
"""

from __future__ import annotations

from scoring import Result
from game.debrief import Debrief, build_debrief

from ..engine.rules import CompiledScenario
from ..engine.session import Outcome, ResumeReport, Session
from .models import Trainee
from .store import RecordStore


def result_json(result: Result) -> dict:
    """The final result as stored: outcome, pass, overall and each dimension's points and percent."""
    return {"outcome": result.outcome, "passed": result.passed, "overall": result.overall,
            "scores": {name: score.to_json() for name, score in result.scores.items()},
            "critical": list(result.critical)}


class RecordedSession:
    """Play one session and keep its record: choose, advance_time and finish write through to the store."""

    def __init__(self, store: RecordStore, session: Session, session_id: int, mode: str) -> None:
        self.store, self.session, self.session_id, self.mode = store, session, session_id, mode

    @classmethod
    def start(cls, store: RecordStore, session: Session, *, trainee: Trainee | str, course: str = "",
              mode: str = "training", timer_setting: str = "x1") -> "RecordedSession":
        session_id = store.start_session(trainee, course, session.scenario.id, session.content_hash,
                                         session.language, mode, timer_setting, session.state,
                                         title=session.text(session.scenario.title))
        return cls(store, session, session_id, mode)

    @classmethod
    def resume(cls, store: RecordStore, session_id: int, compiled: CompiledScenario,
               content_hash: str) -> tuple["RecordedSession", ResumeReport]:
        """Back to where the last committed decision left the session (exactly, or by replay if the file changed)."""
        record = store.session(session_id)
        session, report = Session.resume(compiled, store.load_state(session_id), content_hash=content_hash)
        return cls(store, session, session_id, record.mode), report

    def choose(self, choice_id: str) -> Outcome:
        return self._record(self.session.choose(choice_id))

    def advance_time(self, seconds: float) -> Outcome | None:
        outcome = self.session.advance_time(seconds)
        return self._record(outcome) if outcome is not None else None

    def _record(self, outcome: Outcome) -> Outcome:
        self.store.record_decision(self.session_id, self.session.decisions[-1], outcome.score, self.session.state)
        return outcome

    def finish(self) -> Debrief:
        """Score, build the debrief and store both; call when the session has ended (or is abandoned)."""
        debrief = build_debrief(self.session, mode=self.mode)
        self.store.finish_session(self.session_id, result_json(self.session.result()), debrief.to_json())
        return debrief
