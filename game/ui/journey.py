"""One trainee's run of one scenario: the session plus who, how, and its records.

No pygame here: this is the part of the window's work that must be right
whatever is drawn (checkpoint after every decision, timers scaled by the
session's timer setting, the debrief saved before the checkpoint goes).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from game.debrief import Debrief, build_debrief

from ..records import RecordsError, RecordStore, result_json

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
    store: RecordStore | None = None
    record_id: int | None = None
    records_problem: str | None = None  # why the records store could not take the last write, if it could not

    @classmethod
    def start(cls, entry: LibraryEntry, *, trainee: str, course: str, mode: str, timer: str,
              language: str | None, seed: int | None = None, store: RecordStore | None = None) -> "Run":
        assert entry.scenario is not None, "only a scenario without errors can be played"
        compiled = compile_scenario(entry.scenario)
        seed = seed if seed is not None else int(time.time())
        session = Session(compiled, seed=seed, language=language, content_hash=entry.result.content_hash)
        run = cls(entry, compiled, session, trainee, course, mode, timer, store=store)
        run._open_record()
        return run

    def _open_record(self) -> None:
        if self.store is None:
            return
        try:
            self.record_id = self.store.start_session(
                self.trainee or "anonymous", self.course, self.session.scenario.id, self.session.content_hash,
                self.language, self.mode, self.timer, self.session.state,
                title=self.session.text(self.session.scenario.title))
        except RecordsError as exc:
            self.records_problem = str(exc)

    @classmethod
    def resume(cls, checkpoint: Checkpoint, entry: LibraryEntry,
               store: RecordStore | None = None) -> tuple["Run", ResumeReport]:
        if entry.scenario is None or not entry.ok:
            raise ResumeFailed(f"{entry.name} has errors")
        compiled = compile_scenario(entry.scenario)
        try:
            saved = SessionState.from_json(checkpoint.state)
            session, report = Session.resume(compiled, saved, content_hash=entry.result.content_hash)
        except (StateFormatError, SessionError) as exc:
            raise ResumeFailed(str(exc)) from exc
        run = cls(entry, compiled, session, checkpoint.trainee, checkpoint.course, checkpoint.mode, checkpoint.timer,
                  store=store, record_id=checkpoint.record_id if store is not None else None)
        if store is not None and (run.record_id is None or not report.exact):
            run._open_record()  # a replayed session is a new record; the old one stays as history
            for decision in run.session.decisions:
                run._store_decision(decision)
        return run, report

    def reloaded(self, entry: LibraryEntry) -> tuple["Run", ResumeReport]:
        """The same trainee's session carried onto the edited scenario (live reload)."""
        assert entry.scenario is not None, "only a valid edit is reloaded"
        compiled = compile_scenario(entry.scenario)
        try:
            session, report = Session.transplant(compiled, self.session.state, content_hash=entry.result.content_hash)
        except SessionError as exc:
            raise ResumeFailed(str(exc)) from exc
        run = Run(entry, compiled, session, self.trainee, self.course, self.mode, self.timer,
                  started_at=self.started_at, store=self.store, record_id=self.record_id)
        run.checkpoint()
        return run, report

    def restarted(self) -> "Run":
        remove_checkpoint(self.session.scenario.id, self.trainee)
        return Run.start(self.entry, trainee=self.trainee, course=self.course, mode=self.mode, timer=self.timer,
                         language=self.session.language, store=self.store)

    @property
    def language(self) -> str:
        return self.session.language

    @property
    def timers_on(self) -> bool:
        return self.timer in TIMER_FACTOR

    # -- play ----------------------------------------------------------------------

    def choose(self, choice_id: str) -> Outcome:
        outcome = self.session.choose(choice_id)
        self._committed()
        return outcome

    def advance(self, seconds: float) -> Outcome | None:
        """Real seconds on the current node; a timer runs `timer` times slower, or not at all when off."""
        timed = self.session.node.timer_seconds is not None
        if timed and not self.timers_on:
            return None
        outcome = self.session.advance_time(seconds / TIMER_FACTOR.get(self.timer, 1.0))
        if outcome is not None:
            self._committed()
        return outcome

    def seconds_left(self) -> tuple[float, float] | None:
        """(real seconds left, real seconds in all) on a timed node while timers run."""
        node = self.session.node
        if node.timer_seconds is None or node.seconds_left is None or not self.timers_on:
            return None
        factor = TIMER_FACTOR[self.timer]
        return node.seconds_left * factor, node.timer_seconds * factor

    # -- records -------------------------------------------------------------------

    def _committed(self) -> None:
        """After a decision: into the records store (its own transaction), and the checkpoint file."""
        self._store_decision(self.session.decisions[-1])
        self.checkpoint()

    def _store_decision(self, decision) -> None:
        if self.store is None or self.record_id is None:
            return
        ratings = dict(self.compiled.nodes[decision.node].by_id[decision.choice].score)
        try:
            self.store.record_decision(self.record_id, decision, ratings, self.session.state)
        except RecordsError as exc:  # the checkpoint file still holds the decision
            self.records_problem = str(exc)

    def checkpoint(self) -> Checkpoint:
        saved = Checkpoint(self.session.state.to_json(), self.trainee, self.course, self.mode, self.language,
                           self.timer, str(self.entry.path.resolve()),
                           self.session.text(self.session.scenario.title), time.time(), self.record_id)
        save_checkpoint(saved)
        return saved

    def finish(self) -> Debrief:
        """Build and save the debrief (records store and results file), then (only then) drop the checkpoint."""
        if self.debrief is None:
            self.debrief = build_debrief(self.session, mode=self.mode)
            if self.store is not None and self.record_id is not None:
                try:
                    self.store.finish_session(self.record_id, result_json(self.session.result()),
                                              self.debrief.to_json())
                except RecordsError as exc:
                    self.records_problem = str(exc)
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
