"""One trainee's run of one scenario: the session plus who, how, and its records.

No pygame here: this is the part of the window's work that must be right
whatever is drawn (checkpoint after every decision, timers scaled by the
session's timer setting, the debrief saved before the checkpoint goes).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from scoring.debrief import Debrief, build_debrief

from ..authoring.loader import load_scenario
from ..engine.rules import CompiledScenario, compile_scenario
from ..engine.session import Outcome, ResumeReport, Session, SessionError
from ..engine.state import SessionState, StateFormatError
from .checkpoints import Checkpoint, remove_checkpoint, save_checkpoint, save_result
from .library import LibraryEntry
from .settings import TIMER_FACTOR


class ResumeFailed(Exception):
    """A checkpoint that cannot be played on: the message says why in one line."""


@dataclass
class Run:
    entry: LibraryEntry
    compiled: CompiledScenario
    session: Session
    trainee: str
    course: str
    mode: str
    timer: str
    debrief: Debrief | None = None
    result_path: Path | None = None
    started_at: float = field(default_factory=time.time)

    @classmethod
    def start(cls, entry: LibraryEntry, *, trainee: str, course: str, mode: str, timer: str,
              language: str | None, seed: int | None = None) -> "Run":
        assert entry.scenario is not None, "only a scenario without errors can be played"
        compiled = compile_scenario(entry.scenario)
        seed = seed if seed is not None else int(time.time())
        session = Session(compiled, seed=seed, language=language, content_hash=entry.result.content_hash)
        return cls(entry, compiled, session, trainee, course, mode, timer)

    @classmethod
    def resume(cls, checkpoint: Checkpoint, entry: LibraryEntry) -> tuple["Run", ResumeReport]:
        if entry.scenario is None or not entry.ok:
            raise ResumeFailed(f"{entry.name} has errors")
        compiled = compile_scenario(entry.scenario)
        try:
            saved = SessionState.from_json(checkpoint.state)
            session, report = Session.resume(compiled, saved, content_hash=entry.result.content_hash)
        except (StateFormatError, SessionError) as exc:
            raise ResumeFailed(str(exc)) from exc
        run = cls(entry, compiled, session, checkpoint.trainee, checkpoint.course, checkpoint.mode, checkpoint.timer)
        return run, report

    def restarted(self) -> "Run":
        remove_checkpoint(self.session.scenario.id, self.trainee)
        return Run.start(self.entry, trainee=self.trainee, course=self.course, mode=self.mode, timer=self.timer,
                         language=self.session.language)

    @property
    def language(self) -> str:
        return self.session.language

    @property
    def timers_on(self) -> bool:
        return self.timer in TIMER_FACTOR

    # -- play ----------------------------------------------------------------------

    def choose(self, choice_id: str) -> Outcome:
        outcome = self.session.choose(choice_id)
        self.checkpoint()
        return outcome

    def advance(self, seconds: float) -> Outcome | None:
        """Real seconds on the current node; a timer runs `timer` times slower, or not at all when off."""
        timed = self.session.node.timer_seconds is not None
        if timed and not self.timers_on:
            return None
        outcome = self.session.advance_time(seconds / TIMER_FACTOR.get(self.timer, 1.0))
        if outcome is not None:
            self.checkpoint()
        return outcome

    def seconds_left(self) -> tuple[float, float] | None:
        """(real seconds left, real seconds in all) on a timed node while timers run."""
        node = self.session.node
        if node.timer_seconds is None or node.seconds_left is None or not self.timers_on:
            return None
        factor = TIMER_FACTOR[self.timer]
        return node.seconds_left * factor, node.timer_seconds * factor

    # -- records -------------------------------------------------------------------

    def checkpoint(self) -> Checkpoint:
        saved = Checkpoint(self.session.state.to_json(), self.trainee, self.course, self.mode, self.language,
                           self.timer, str(self.entry.path.resolve()),
                           self.session.text(self.session.scenario.title), time.time())
        save_checkpoint(saved)
        return saved

    def finish(self) -> Debrief:
        """Build and save the debrief, then (only then) drop the checkpoint."""
        if self.debrief is None:
            self.debrief = build_debrief(self.session, mode=self.mode)
            self.result_path = save_result(self._record(self.debrief), self.session.scenario.id, self.trainee)
            remove_checkpoint(self.session.scenario.id, self.trainee)
        return self.debrief

    def _record(self, debrief: Debrief) -> dict:
        return {
            "trainee": self.trainee, "course": self.course, "mode": self.mode, "language": self.language,
            "timer": self.timer, "scenario_path": str(self.entry.path.resolve()),
            "content_hash": self.entry.result.content_hash, "started_at": self.started_at,
            "finished_at": time.time(), "debrief": debrief.to_json(), "session": self.session.state.to_json(),
        }


def entry_for(path: str, entries: list[LibraryEntry]) -> LibraryEntry:
    """The library entry of a checkpoint's scenario, loading the file when it is not in the menu."""
    wanted = Path(path).resolve()
    for entry in entries:
        if entry.path.resolve() == wanted:
            return entry
    if not wanted.is_file():
        raise ResumeFailed(f"{wanted} no longer exists")
    return LibraryEntry(wanted, load_scenario(wanted, use_cache=True), [])
