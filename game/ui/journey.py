"""One trainee's run of one scenario in the window: a play runner (game/play) and its library entry.

No pygame here. Play, timing and records are the runner's; this adds only what the window
needs around it: which library entry is played (for its art and live reload), and a play
clock that advances with the frames the play scene is on top for, so menus, feedback and the
text reveal never count as decision time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..debrief import Debrief
from ..engine.rules import compile_scenario
from ..engine.session import Outcome, ResumeReport, Session, SessionError
from ..play import PlayRun, ResumeRefused, Who, resume_run
from ..records import RecordStore
from ..records.models import SessionRecord
from .library import LibraryEntry


class ResumeFailed(Exception):
    """A saved session that cannot be played on: the message says why in one line."""


@dataclass
class FrameClock:
    """Seconds of play, advanced by the play scene's frames only."""

    now: float = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Run:
    entry: LibraryEntry
    play: PlayRun
    clock: FrameClock = field(default_factory=FrameClock)

    @classmethod
    def start(cls, entry: LibraryEntry, *, trainee: str, course: str, mode: str, timer: str,
              language: str | None, seed: int | None = None, store: RecordStore | None = None) -> "Run":
        assert entry.scenario is not None, "only a scenario without errors can be played"
        clock = FrameClock()
        play = PlayRun.start(compile_scenario(entry.scenario, entry.result.catalogue), Who(trainee, course, mode, timer),
                             content_hash=entry.result.content_hash, seed=seed, language=language, store=store,
                             clock=clock)
        return cls(entry, play, clock)

    @classmethod
    def resume(cls, entry: LibraryEntry, store: RecordStore, record: SessionRecord) -> tuple["Run", ResumeReport]:
        """The trainee's unfinished session, its recorded decisions replayed (see game/play/resume.py)."""
        if entry.scenario is None or not entry.ok:
            raise ResumeFailed(f"{entry.name} has errors")
        clock = FrameClock()
        try:
            play, report = resume_run(compile_scenario(entry.scenario, entry.result.catalogue), store, record,
                                      content_hash=entry.result.content_hash, clock=clock)
        except ResumeRefused as exc:
            raise ResumeFailed(str(exc)) from exc
        return cls(entry, play, clock), report

    def reloaded(self, entry: LibraryEntry) -> tuple["Run", ResumeReport]:
        """The same trainee's session carried onto the edited scenario (live reload)."""
        assert entry.scenario is not None, "only a valid edit is reloaded"
        compiled = compile_scenario(entry.scenario, entry.result.catalogue)
        try:
            session, report = Session.transplant(compiled, self.session.state, content_hash=entry.result.content_hash)
        except SessionError as exc:
            raise ResumeFailed(str(exc)) from exc
        play = PlayRun(session, self.play.who, store=self.play.store, record_id=self.play.record_id, clock=self.clock)
        return Run(entry, play, self.clock), report

    def replayed_from(self, decisions: int) -> "Run":
        """A new attempt from just before decision `decisions` + 1, recorded as its own session ("replay from here")."""
        clock = FrameClock()
        return Run(self.entry, PlayRun.replayed(self.play, decisions, clock=clock), clock)

    def restarted(self) -> "Run":
        who = self.play.who
        return Run.start(self.entry, trainee=who.trainee, course=who.course, mode=who.mode, timer=who.timer,
                         language=self.language, store=self.play.store)

    # -- what the scenes read --------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self.play.session

    @property
    def language(self) -> str:
        return self.play.language

    @property
    def mode(self) -> str:
        return self.play.who.mode

    @property
    def trainee(self) -> str:
        return self.play.who.trainee

    @property
    def timer(self) -> str:
        return self.play.who.timer

    @timer.setter
    def timer(self, setting: str) -> None:
        """A trainee may change the timer setting during a training session (settings menu)."""
        self.play.who = replace(self.play.who, timer=setting)

    @property
    def timers_on(self) -> bool:
        return self.play.timers_on

    @property
    def records_problem(self) -> str | None:
        return self.play.records_problem

    @property
    def record_id(self) -> int | None:
        return self.play.record_id

    @property
    def debrief(self) -> Debrief | None:
        return self.play.debrief

    def seconds_left(self) -> tuple[float, float] | None:
        return self.play.seconds_left()

    # -- what the scenes do ----------------------------------------------------------------

    def show(self) -> None:
        """The options are on screen: the decision clock starts."""
        self.play.show()

    def advance(self, seconds: float) -> Outcome | None:
        """Frame time while the play scene is on top and its options are shown."""
        self.clock.now += seconds
        return self.play.tick()

    def choose(self, choice_id: str) -> Outcome:
        return self.play.choose(choice_id)

    def finish(self) -> Debrief:
        return self.play.finish()
