"""`PlayRun`: one trainee playing one scenario, the same way for every front end.

A front end (the window, the terminal, a future class mode or web player) shows what
the run exposes and turns the trainee's input into three calls:

- `show()` when the options are on screen: the decision clock and the node's timer
  start then (not while the text is still being revealed);
- `tick()` as often as it likes (every frame, or every second): the run reads its
  clock, counts play time unless paused, and fires the node's timer when it runs out;
- `choose(choice_id)`; and `pause()` / `unpause()` around menus, so pauses never count.

Everything a session needs to be kept is done here, in one place: each decision is
committed to the records store before the call returns (the first one opens the
record, so an abandoned session with no decision leaves nothing behind), the time
of a decision is measured from `show()` to the choice, timers follow the trainee's
timer setting, and `finish()` scores, builds the debrief and records both. A records
problem (a full disk, a locked file) never stops play: the run keeps going and says
so once, through `records_problem` and its listeners.

The run pushes what happens to its listeners (`PlayListener`), as YarnSpinner's
Dialogue does for its hosts; a front end may also just read the run's state.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Protocol

from ..debrief import Debrief, build_debrief
from ..engine.rules import CompiledScenario
from ..engine.session import ChoiceView, NodeView, Outcome, Session
from ..records import RecordsError, RecordStore, Trainee, result_json

TIMER_FACTORS = {"x1": 1.0, "x1.5": 1.5, "x2": 2.0}
TIMER_SETTINGS = (*TIMER_FACTORS, "off")
MODES = ("training", "assessment", "class")
"""A class session (game/classroom) is recorded in "class" mode: a trainee's votes on the group's path."""

Clock = Callable[[], float]


class PlayListener(Protocol):
    """What a front end may hear from a run; every method is optional."""

    def node_shown(self, run: "PlayRun") -> None: ...
    def decided(self, run: "PlayRun", outcome: Outcome) -> None: ...
    def finished(self, run: "PlayRun", debrief: Debrief) -> None: ...
    def records_problem(self, run: "PlayRun", message: str) -> None: ...


@dataclass(frozen=True)
class Who:
    """Who plays, and how: kept with the record."""

    trainee: str
    course: str = ""
    mode: str = "training"
    timer: str = "x1"
    name: str = ""
    service_number: str = ""

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.timer not in TIMER_SETTINGS:
            raise ValueError(f"timer must be one of {', '.join(TIMER_SETTINGS)}, not {self.timer!r}")


@dataclass
class _Clock:
    """Play time of the current node: counts between show() and the choice, minus pauses."""

    read: Clock
    last: float | None = None  # None until the options are shown, and while paused
    paused: bool = False

    def start(self) -> None:
        self.last = None if self.paused else self.read()

    def take(self) -> float:
        """Seconds since the last take (0 before show() and while paused)."""
        if self.last is None:
            return 0.0
        now = self.read()
        seconds, self.last = max(0.0, now - self.last), now
        return seconds


@dataclass
class PlayRun:
    session: Session
    who: Who
    store: RecordStore | None = None
    record_id: int | None = None
    clock: Clock = time.monotonic
    listeners: list = field(default_factory=list)
    records_problem: str | None = None
    debrief: Debrief | None = None

    def __post_init__(self) -> None:
        self._clock = _Clock(self.clock)
        self._shown = False
        # how many of the session's decisions the record holds: a write that failed (a full disk) is
        # retried with the next decision, so the record catches up once there is room again
        self._stored = len(self.session.decisions) if self.record_id is not None else 0

    @classmethod
    def start(cls, compiled: CompiledScenario, who: Who, *, content_hash: str = "", seed: int | None = None,
              language: str | None = None, store: RecordStore | None = None, clock: Clock = time.monotonic) -> "PlayRun":
        """A new session (seed: the clock's, unless given, so each session shows its own order)."""
        seed = seed if seed is not None else time.time_ns() % (2 ** 32)
        session = Session(compiled, seed=seed, language=language, content_hash=content_hash)
        return cls(session, who, store=store, clock=clock)

    @classmethod
    def replayed(cls, source: "PlayRun", decisions: int, *, store: RecordStore | None = None,
                 clock: Clock | None = None) -> "PlayRun":
        """A new attempt from the state just before `source`'s decision number `decisions` + 1 ("replay from here").

        The first `decisions` choices are replayed through the engine from `source`'s start (seed and
        language), so node, variables and option order are exactly what the trainee had there; the new
        run is recorded as a session of its own (its replayed decisions first), never onto `source`'s record.
        ValueError when `decisions` is out of range or the choices do not replay.
        """
        taken = source.session.decisions
        if not 0 <= decisions <= len(taken):
            raise ValueError(f"a session of {len(taken)} decisions cannot be replayed from decision {decisions + 1}")
        start = Session(source.session.compiled, seed=source.session.seed, language=source.session.language,
                        content_hash=source.session.content_hash)
        session, report = Session.replay(source.session.compiled, replace(start.state, decisions=taken[:decisions]),
                                         content_hash=source.session.content_hash)
        if report.replayed < decisions:
            raise ValueError(f"the first {decisions} decisions do not replay: {report.message}")
        run = cls(session, source.who, store=store if store is not None else source.store,
                  clock=clock if clock is not None else source.clock)
        run.record_all()
        return run

    # -- what front ends read ------------------------------------------------------------

    @property
    def node(self) -> NodeView:
        return self.session.node

    @property
    def choices(self) -> list[ChoiceView]:
        return [] if self.session.finished else self.session.choices

    @property
    def finished(self) -> bool:
        return self.session.finished

    @property
    def language(self) -> str:
        return self.session.language

    @property
    def mode(self) -> str:
        return self.who.mode

    @property
    def timers_on(self) -> bool:
        return self.who.timer in TIMER_FACTORS

    @property
    def paused(self) -> bool:
        return self._clock.paused

    @property
    def shown(self) -> bool:
        """Whether the current node's options have been shown (its clock is running)."""
        return self._shown

    def seconds_left(self) -> tuple[float, float] | None:
        """(seconds left, seconds in all) of the current node's timer, in real seconds, while timers run."""
        node = self.session.node
        if node.timer_seconds is None or node.seconds_left is None or not self.timers_on or self.finished:
            return None
        factor = TIMER_FACTORS[self.who.timer]
        return node.seconds_left * factor, node.timer_seconds * factor

    def timer_choice(self) -> str | None:
        """The id of the option the timer takes when it runs out, when the node has a live timer."""
        if self.seconds_left() is None:
            return None
        return self.session.compiled.nodes[self.session.node_id].timer_choice

    # -- what front ends do --------------------------------------------------------------

    def show(self) -> None:
        """The options are on screen: start the decision clock (and the timer). Idempotent per node."""
        if not self._shown and not self.finished:
            self._shown = True
            self._clock.start()
            self._emit("node_shown")

    def tick(self) -> Outcome | None:
        """Count the play time since the last tick; returns the timer's outcome when the timer ran out."""
        if self.finished or not self._shown:
            return None
        seconds = self._clock.take()
        if seconds == 0.0:
            return None
        factor = TIMER_FACTORS.get(self.who.timer, 1.0)
        outcome = self.session.advance_time(seconds / factor, timers=self.timers_on)
        if outcome is not None:
            self._decided(outcome)
        return outcome

    def choose(self, choice_id: str) -> Outcome:
        """Take an option on offer (ChoiceNotOffered otherwise); the time since show() is its time."""
        self.tick()
        outcome = self.session.choose(choice_id)
        self._decided(outcome)
        return outcome

    def pause(self) -> None:
        self.tick()
        self._clock.paused = True
        self._clock.last = None

    def unpause(self) -> None:
        self._clock.paused = False
        if self._shown:
            self._clock.start()

    def finish(self) -> Debrief:
        """Score the session, build its debrief and record both (once); works on an unfinished session too."""
        if self.debrief is None:
            self.debrief = build_debrief(self.session, mode=self.who.mode)
            if self.finished and self._record_pending():
                self._write(lambda store: store.finish_session(self.record_id, result_json(self.session.result()),
                                                               self.debrief.to_json()))
            self._emit("finished", self.debrief)
        return self.debrief

    # -- records -------------------------------------------------------------------------

    def _decided(self, outcome: Outcome) -> None:
        self._shown = False
        self._clock.last = None
        self._record_pending()
        self._emit("decided", outcome)

    def _recording(self) -> bool:
        if self.store is None:
            return False
        if self.record_id is None:  # the first decision opens the record: no empty sessions are kept
            self._write(self._open_record)
        return self.record_id is not None

    def _open_record(self, store: RecordStore) -> None:
        who = Trainee(self.who.trainee or "anonymous", self.who.name, self.who.service_number)
        self.record_id = store.start_session(who, self.who.course, self.session.scenario.id,
                                             self.session.content_hash, self.language, self.who.mode, self.who.timer,
                                             _start_state(self.session), title=self.session.text(self.session.scenario.title),
                                             scenario=self.session.scenario)

    def _record_pending(self) -> bool:
        """Write the decisions the record does not hold yet, in order; True when it holds them all."""
        decisions = self.session.decisions
        if self._stored >= len(decisions) or not self._recording():
            return self._stored >= len(decisions)
        for decision in decisions[self._stored:]:
            ratings = dict(self.session.compiled.nodes[decision.node].by_id[decision.choice].score)
            state = self.session.state if decision is decisions[-1] else None
            if not self._write(lambda store, d=decision, r=ratings, s=state: store.record_decision(self.record_id, d, r, s)):
                return False
            self._stored += 1
        return True

    def record_all(self) -> None:
        """Record every decision of the session (a resumed session replayed onto a new record)."""
        self._record_pending()

    def write_to_records(self, action: Callable[[RecordStore], object]) -> bool:
        """Run one write on the records store; a RecordsError becomes this run's records problem, never a crash."""
        return self._write(action)

    def _write(self, action: Callable[[RecordStore], object]) -> bool:
        """One write to the records store; False (and the problem said once) when it failed."""
        if self.store is None:
            return False
        try:
            action(self.store)
        except RecordsError as exc:
            first = self.records_problem is None
            self.records_problem = str(exc)
            if first:
                self._emit("records_problem", str(exc))
            return False
        return True

    def _emit(self, event: str, *values: object) -> None:
        for listener in self.listeners:
            handler = getattr(listener, event, None)
            if handler is not None:
                handler(self, *values)


def _start_state(session: Session):
    """The state the session started from: seed, language and content hash, no decisions (play replays them)."""
    fresh = Session(session.compiled, seed=session.seed, language=session.language, content_hash=session.content_hash)
    return fresh.state
