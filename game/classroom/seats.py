"""Trainees' seats and their own records: each trainee's votes are their decisions on the group's path.

A trainee's record is an ordinary session in the records store (so the class report, item
analysis and xAPI read it unchanged): the options they voted for, scored by the scenario's
ratings, each leading where the group went. A decision where they did not vote is not theirs
and is not recorded. Their debrief is built the same way: the group's session in their language
with their votes as its decisions.

A class session is recorded in "class" mode (whether the class ran as training or as
assessment decides only what the pages show between votes), with the class's course code
("class-ROOM" unless the instructor gave one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..debrief import Debrief, build_debrief
from ..engine.rules import CompiledScenario
from ..engine.session import Session
from ..engine.state import Decision
from ..play import PlayRun
from ..records import RecordsError, RecordStore, Trainee, result_json
from .journal import Journal, VoteRow

CLASS_MODE = "class"
"""The records' mode of every session a class records: each trainee's, and the group's path."""

if TYPE_CHECKING:
    from .room import ClassRoom


@dataclass
class Seat:
    number: int
    token: str
    name: str
    language: str
    record_id: int | None
    votes: list[Decision] = field(default_factory=list)
    debrief: Debrief | None = None


@dataclass
class SeatRecords:
    """Writes each seat's session to the records store; a records problem never stops the class."""

    compiled: CompiledScenario
    content_hash: str
    seed: int
    mode: str
    course: str
    store: RecordStore | None
    problem: str | None = None

    def decision(self, node: str, vote: VoteRow, goto: str) -> Decision:
        return Decision(node, vote.choice, goto, vote.seconds, False, 0.0, vote.position)

    def _ratings(self, decision: Decision) -> dict[str, int]:
        return dict(self.compiled.nodes[decision.node].by_id[decision.choice].score)

    def record_step(self, seats: Iterable[Seat], votes: dict[int, VoteRow], journal: Journal, group: Session) -> None:
        """Record the decision just taken for every seat that voted on it."""
        for seat in seats:
            if seat.number in votes and seat.votes:
                self._write(lambda s=seat: self._record(s, seat.votes[-1], journal))

    def _record(self, seat: Seat, decision: Decision, journal: Journal) -> None:
        assert self.store is not None
        if seat.record_id is None:
            start = Session(self.compiled, seed=self.seed, language=seat.language, content_hash=self.content_hash)
            seat.record_id = self.store.start_session(Trainee(seat.name, name=seat.name), self.course,
                                                      self.compiled.model.id, self.content_hash, seat.language,
                                                      CLASS_MODE, "x1", start.state,
                                                      title=start.text(self.compiled.model.title))
            journal.set_record(seat.number, seat.record_id)
        self.store.record_decision(seat.record_id, decision, self._ratings(decision))

    def group_record(self, trainee: str, meta: dict[str, str], session: Session) -> int | None:
        """The group's record after a kill: the journal's note of it, else the class's unfinished session."""
        if self.store is None or not session.decisions:
            return None
        if "group_record" in meta:
            return int(meta["group_record"])
        return self._unfinished(trainee, set())  # killed between the store's commit and the journal's note

    def catch_up(self, seats: Iterable[Seat], group: PlayRun, journal: Journal) -> None:
        """After a kill: record what the journal has and the store missed (the last step may be half written).

        A trainee's record opened just before the kill, whose id the journal had no time to note, is
        found again as the class's unfinished session of that trainee; votes with no record get one now."""
        if self.store is None:
            return
        if group.record_id is None:
            group.record_all()  # opens the group's record with every decision, when there are any
        else:
            recorded = len(self.store.decisions(group.record_id))
            for decision in group.session.decisions[recorded:]:
                self._write(lambda d=decision: self.store.record_decision(group.record_id, d, self._ratings(d),
                                                                         group.session.state))
        if group.record_id is not None:
            journal.set_meta("group_record", group.record_id)
        seats = list(seats)
        taken = {s.record_id for s in seats if s.record_id is not None}
        for seat in (s for s in seats if s.votes):
            if seat.record_id is None:
                seat.record_id = self._unfinished(seat.name, taken)
                if seat.record_id is not None:
                    taken.add(seat.record_id)
                    journal.set_record(seat.number, seat.record_id)
            recorded = len(self.store.decisions(seat.record_id)) if seat.record_id is not None else 0
            for decision in seat.votes[recorded:]:
                self._write(lambda s=seat, d=decision: self._record(s, d, journal))

    def _unfinished(self, trainee: str, taken: set[int]) -> int | None:
        """The latest unfinished session of this class's course and scenario for `trainee`, not a seat's already."""
        found = [s.id for s in self.store.unfinished(trainee)
                 if s.course == self.course and s.scenario_id == self.compiled.model.id and s.id not in taken]
        return max(found) if found else None

    def session_of(self, seat: Seat, room: "ClassRoom") -> Session:
        """The group's session in the seat's language, with the seat's votes as its decisions."""
        group = room.mirror(seat.language)
        state = replace(group.state, decisions=list(seat.votes))
        session, _ = Session.resume(self.compiled, state, content_hash=self.content_hash)
        return session

    def finish(self, seats: Iterable[Seat], room: "ClassRoom", *, record: bool = True) -> None:
        """Every seat's debrief; recorded as finished when the scenario reached an ending (and `record`)."""
        for seat in seats:
            session = self.session_of(seat, room)
            seat.debrief = build_debrief(session, mode=CLASS_MODE)
            if record and session.finished and seat.record_id is not None:
                debrief = seat.debrief
                self._write(lambda s=seat, r=session.result(), d=debrief: self.store.finish_session(
                    s.record_id, result_json(r), d.to_json()))

    def _write(self, action) -> None:
        if self.store is None:
            return
        try:
            action()
        except RecordsError as exc:
            self.problem = str(exc)
