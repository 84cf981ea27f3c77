"""`ClassRoom`: one class playing one scenario together, headless (the server and the projector draw it).

The group plays through one `PlayRun` (recorded as the group's path); each trainee votes from
their own page and their votes are their own decisions, recorded as a session of their own that
follows the group's path (see seats.py). The rules:

- votes are secret until the instructor reveals them, and can be changed until voting closes
  (reveal, a pause for discussion, the end of a timed decision's time or the end of the class);
- taking the majority takes the option with the most votes; on a tie, or with no vote at all,
  nothing is taken and the instructor is asked to take one of the tied options (or any option)
  with its number key, except on a timed decision whose time ran out: there the scenario's
  timer option is taken, as the situation would have decided for a lone trainee;
- a vote is acknowledged only after the class journal committed it, so a killed process loses
  no acknowledged vote, and relaunching replays the group's path and puts the votes back.

Every public method holds the room's lock: the web server and the projector window call it
from different threads.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..catalogs import texts
from ..engine.rules import CompiledScenario
from ..engine.session import ChoiceNotOffered, Session
from ..play import PlayRun, Who
from ..records import RecordStore
from .journal import Journal, SeatRow, VoteRow
from .seats import CLASS_MODE, Seat, SeatRecords
from .words import ERRORS

ROOM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off a projector
ROOM_LENGTH = 6
MAX_SEATS = 300
PHASES = ("voting", "revealed", "paused", "finished")


class ClassError(Exception):
    """A refused class action, with a one-line reason to show (the code says which)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ClassSetup:
    """What a class is: the scenario, how it is played and recorded."""

    compiled: CompiledScenario
    content_hash: str
    mode: str = "training"
    language: str | None = None
    course: str = ""
    seed: int | None = None


class ClassRoom:
    def __init__(self, setup: ClassSetup, journal: Journal, store: RecordStore | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.setup, self.journal, self.store, self.clock = setup, journal, store, clock
        self.lock = threading.RLock()
        self.listeners: list[Callable[[], None]] = []
        self.seats: dict[int, Seat] = {}
        self.by_token: dict[str, Seat] = {}
        self.votes: dict[int, VoteRow] = {}
        self.phase = "voting"
        self.before_pause = "voting"
        self.time_up = False
        self.message = ""
        self.last_taken: tuple[str, str] | None = None  # (node, choice) of the group's latest decision
        self._mirrors: dict[str, Session] = {}
        self._open()

    # -- starting and resuming ------------------------------------------------------------

    def _open(self) -> None:
        meta = self.journal.meta()
        resumed = "room" in meta
        if not resumed:
            meta = {"room": "".join(secrets.choice(ROOM_ALPHABET) for _ in range(ROOM_LENGTH)),
                    "instructor": secrets.token_urlsafe(18), "seed": str(self._seed()),
                    "scenario": self.setup.compiled.model.id, "content_hash": self.setup.content_hash,
                    "mode": self.setup.mode, "course": self.setup.course}
            for key, value in meta.items():
                self.journal.set_meta(key, value)
        elif meta["scenario"] != self.setup.compiled.model.id or meta["content_hash"] != self.setup.content_hash:
            raise ClassError("journal", f"class journal {self.journal.path} is for scenario {meta['scenario']} "
                             "as it was then; start a new class with --new")
        self.room, self.instructor_token, self.seed = meta["room"], meta["instructor"], int(meta["seed"])
        self.mode, self.course = meta["mode"], meta["course"] or f"class-{meta['room']}"
        self.records = SeatRecords(self.setup.compiled, self.setup.content_hash, self.seed, self.mode, self.course,
                                   self.store)
        session = Session(self.setup.compiled, seed=self.seed, language=self.setup.language,
                          content_hash=self.setup.content_hash)
        if resumed:
            self._resume(session, meta)
        # The run is made once the group's path is replayed, with the record it belongs to, so it
        # knows which decisions that record already holds; catch_up writes what a kill left out.
        who = Who(f"class-{self.room}", self.course, CLASS_MODE, "off")
        record = self.records.group_record(who.trainee, meta, session) if resumed else None
        self.run = PlayRun(session, who, store=self.store, record_id=record, clock=self.clock)
        if resumed:
            self._resumed_phase(meta)
        self._show()

    def _seed(self) -> int:
        return self.setup.seed if self.setup.seed is not None else time.time_ns() % (2 ** 32)

    def _resume(self, session: Session, meta: dict[str, str]) -> None:
        """Replay the group's path and put the seats and this decision's votes back."""
        for row in self.journal.seats():
            seat = Seat(row.seat, row.token, row.name, row.language, row.record_id)
            self.seats[seat.number], self.by_token[seat.token] = seat, seat
        votes = self.journal.all_votes()
        for step, (choice, _timer) in enumerate(self.journal.steps()):
            node = session.node_id
            session.choose(choice)
            goto = session.decisions[-1].goto
            for vote in (v for v in votes if v.step == step):
                self.seats[vote.seat].votes.append(self.records.decision(node, vote, goto))
            self.last_taken = (node, choice)
        self.votes = {v.seat: v for v in votes if v.step == len(session.decisions)}

    def _resumed_phase(self, meta: dict[str, str]) -> None:
        self.phase = meta.get("phase", "voting")
        if self.phase == "paused":
            self.phase = "voting"  # the discussion pause ended with the process; voting goes on
        if self.phase == "finished":  # already recorded: the debriefs are only rebuilt
            store, self.run.store = self.run.store, None
            self.run.finish()
            self.run.store = store
            self.records.finish(self.seats.values(), self, record=False)
        else:
            self.records.catch_up(self.seats.values(), self.run, self.journal)

    # -- what everyone reads ----------------------------------------------------------------

    @property
    def step(self) -> int:
        """The number of the decision on the table (0 for the first)."""
        return len(self.run.session.decisions)

    @property
    def finished(self) -> bool:
        return self.phase == "finished"

    def mirror(self, language: str) -> Session:
        """The group's session in another language: same seed and choices, so the same order and path."""
        if language == self.run.language:
            return self.run.session
        found = self._mirrors.get(language)
        if found is None or len(found.decisions) != self.step:
            state = replace(self.run.session.state, language=language)
            found, _ = Session.replay(self.setup.compiled, state, content_hash=self.setup.content_hash)
            self._mirrors[language] = found
        return found

    def tally(self) -> Counter:
        return Counter(v.choice for v in self.votes.values())

    def seconds_left(self) -> float | None:
        node = self.run.node
        if node.timer_seconds is None or self.finished:
            return None
        return max(0.0, node.timer_seconds - self._elapsed())

    def _elapsed(self) -> float:
        return self._node_seconds + (self.clock() - self._since if self._since is not None else 0.0)

    # -- trainees ---------------------------------------------------------------------------

    def join(self, name: str, language: str) -> Seat:
        with self.lock:
            if len(self.seats) >= MAX_SEATS:
                raise ClassError("full", f"the class is full ({MAX_SEATS} seats)")
            seat = Seat(len(self.seats) + 1, secrets.token_urlsafe(24), name, language, None)
            self.journal.add_seat(SeatRow(seat.number, seat.token, seat.name, seat.language, None))
            self.seats[seat.number], self.by_token[seat.token] = seat, seat
        self._changed()
        return seat

    def seat_for(self, token: str) -> Seat | None:
        with self.lock:
            return self.by_token.get(token)

    def set_language(self, seat: Seat, language: str) -> None:
        with self.lock:
            self.journal.set_seat_language(seat.number, language)
            seat.language = language

    def vote(self, seat: Seat, choice: str, step: int) -> None:
        """Record the seat's vote for this step (returns once it is committed); ClassError when refused."""
        with self.lock:
            self._tick()
            if self.finished:
                raise ClassError("finished", texts(seat.language)(ERRORS["class.error.finished"]))
            if step != self.step or self.phase != "voting":
                raise ClassError("closed", texts(seat.language)(ERRORS["class.error.closed"]))
            shown = [c.id for c in self.run.choices]
            if choice not in shown:
                raise ClassError("not-offered", texts(seat.language)(ERRORS["class.error.not-offered"]))
            vote = VoteRow(self.step, seat.number, choice, round(self._elapsed(), 3), shown.index(choice) + 1)
            self.journal.put_vote(vote)
            self.votes[seat.number] = vote
        self._changed()

    # -- the instructor ---------------------------------------------------------------------

    def reveal(self) -> None:
        with self.lock:
            self._require_open()
            if self.phase == "paused":
                self._unpause()
            self._set_phase("revealed")
        self._changed()

    def reopen(self) -> None:
        with self.lock:
            self._require_open()
            if self.phase == "paused":
                self._unpause()
            self.time_up = False
            self._set_phase("voting")
        self._changed()

    def toggle_pause(self) -> None:
        """Pause for discussion (voting and the timer stop), or carry on where it was."""
        with self.lock:
            self._require_open()
            if self.phase == "paused":
                self._unpause()
                self._set_phase(self.before_pause)
            else:
                self.before_pause = self.phase
                self._node_seconds, self._since = self._elapsed(), None
                self.run.pause()
                self._set_phase("paused")
        self._changed()

    def majority(self) -> str:
        """The option the majority rule takes now (ClassError on a tie or with no votes, see the module doc)."""
        with self.lock:
            self._tick()
            counts = self.tally().most_common()
            say = texts(self.run.language)
            top = [choice for choice, count in counts if count == counts[0][1]] if counts else []
            if len(top) == 1:
                return top[0]
            timer_choice = self.run.session.compiled.nodes[self.run.session.node_id].timer_choice
            if self.time_up and timer_choice in {c.id for c in self.run.choices}:
                return timer_choice
            if not top:
                raise ClassError("no-votes", say(ERRORS["class.error.no-votes"]))
            numbers = {c.id: str(c.number) for c in self.run.choices}
            raise ClassError("tie", say(ERRORS["class.error.tie"], options=", ".join(sorted(numbers[c] for c in top))))

    def take_majority(self) -> str:
        with self.lock:
            choice = self.majority()
            self.take(choice, timer=self.time_up and not self.votes)
            return choice

    def take(self, choice: str, *, timer: bool = False) -> None:
        """The group takes `choice`: recorded for the group and, as each trainee voted, for each trainee."""
        with self.lock:
            self._require_open()
            if choice not in {c.id for c in self.run.choices}:
                raise ClassError("not-offered", texts(self.run.language)(ERRORS["class.error.not-offered"]))
            node, step = self.run.session.node_id, self.step
            self.journal.add_step(step, choice, timer)
            try:
                self.run.choose(choice)
            except ChoiceNotOffered as exc:  # the journal and the engine disagree: a bug, said in one line
                raise ClassError("not-offered", str(exc)) from exc
            if self.run.record_id is not None:
                self.journal.set_meta("group_record", self.run.record_id)
            goto = self.run.session.decisions[-1].goto
            for vote in self.votes.values():
                self.seats[vote.seat].votes.append(self.records.decision(node, vote, goto))
            self.records.record_step(self.seats.values(), self.votes, self.journal, self.run.session)
            self.last_taken, self.votes, self.time_up = (node, choice), {}, False
            if self.run.finished:
                self._finish()
            else:
                self._set_phase("voting")
                self._show()
        self._changed()

    def end(self) -> None:
        with self.lock:
            if not self.finished:
                self._finish()
        self._changed()

    def _finish(self) -> None:
        self.run.finish()
        self.records.finish(self.seats.values(), self)
        self._set_phase("finished")

    # -- time -------------------------------------------------------------------------------

    def tick(self) -> None:
        """Let time pass: a timed decision whose time ran out closes voting and shows the tally."""
        with self.lock:
            changed = self._tick()
        if changed:
            self._changed()

    def _tick(self) -> bool:
        left = self.seconds_left()
        if left is None or left > 0 or self.phase != "voting" or self.time_up:
            return False
        self.time_up = True
        self._set_phase("revealed")
        return True

    def _show(self) -> None:
        self.run.show()
        self._node_seconds, self._since = 0.0, self.clock()

    def _unpause(self) -> None:
        self.run.unpause()
        self._since = self.clock()

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.journal.set_meta("phase", phase)

    def _require_open(self) -> None:
        if self.finished:
            raise ClassError("finished", texts(self.run.language)(ERRORS["class.error.finished"]))

    def _changed(self) -> None:
        for listener in list(self.listeners):
            listener()

    _node_seconds: float = 0.0
    _since: float | None = None
