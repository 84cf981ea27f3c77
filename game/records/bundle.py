"""Sessions read whole, a batch at a time: the record, its decisions, result, resume events and integrity.

Reports and xAPI statements read sessions through here. A row whose JSON cannot be
read never stops them: the session comes back with what could be read and a
problem saying what could not, and the report flags it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import integrity
from .models import DecisionRecord, SessionRecord
from .store import (DECISION_COLUMNS, FINISH_COLUMNS, START_COLUMNS, RecordStore, decision_record, loads,
                    session_filter)

BATCH = 500


@dataclass
class SessionBundle:
    record: SessionRecord
    decisions: list[DecisionRecord]
    result: dict | None
    summary: dict | None  # the debrief's summary (compact.debrief_summary)
    resumed: list[tuple[int, str]] = field(default_factory=list)  # (decisions before it, when)
    integrity: str = integrity.UNTAGGED
    problems: list[str] = field(default_factory=list)
    version: int = 1

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


def bundle_ids(store: RecordStore, *, course: str | None = None, scenario: str | None = None,
               trainee: str | None = None, since: str | None = None) -> list[int]:
    where, values = session_filter(course=course, scenario=scenario, trainee=trainee, since=since)
    with store.reading("read sessions"):
        return [r[0] for r in store._db.execute(f"SELECT s.id FROM sessions s WHERE {where} ORDER BY s.id", values)]


def iter_bundles(store: RecordStore, ids: Iterable[int], *, batch: int = BATCH) -> Iterator[SessionBundle]:
    """The sessions with these ids, in id order, read `batch` sessions at a time (bounded memory)."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), batch):
        yield from _read_batch(store, ordered[start:start + batch])


def _read_batch(store: RecordStore, ids: list[int]) -> list[SessionBundle]:
    records = {r.id: r for r in store.sessions_by_id(ids)}
    marks = ",".join("?" * len(ids))
    with store.reading("read sessions"):
        db = store._db
        raw = {row[0]: row[1:] for row in db.execute(
            f"SELECT id, {START_COLUMNS}, {FINISH_COLUMNS}, tag, version FROM sessions WHERE id IN ({marks})", ids)}
        decision_rows: dict[int, list[tuple]] = {i: [] for i in ids}
        for row in db.execute(f"SELECT session_id, {DECISION_COLUMNS} FROM decisions WHERE session_id IN ({marks}) "
                              "ORDER BY session_id, seq", ids):
            decision_rows[row[0]].append(row)
        events: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
        for session_id, after, at in db.execute(
                f"SELECT session_id, after_seq, at FROM session_events WHERE kind = 'resumed' AND session_id IN "
                f"({marks}) ORDER BY session_id, after_seq", ids):
            events[session_id].append((after, at))
    return [_bundle(records[i], raw[i], decision_rows[i], events[i], store.key) for i in ids if i in records]


def _bundle(record: SessionRecord, raw: tuple, rows: list[tuple], resumed: list[tuple[int, str]],
            key: bytes | None) -> SessionBundle:
    start, finish, tag, version = raw[:11], raw[11:17], raw[17], raw[18]
    decisions = [decision_record(row) for row in rows]
    problems = [f"decision {d.seq}: its ratings are not readable" for d in decisions if d.damaged]
    result = summary = None
    if record.finished:
        result, summary = loads(finish[1]), loads(finish[2])
        if not isinstance(result, dict):
            problems.append("its result is not readable")
            result = None
        if not isinstance(summary, dict):
            problems.append("its debrief is not readable")
            summary = None
    status = integrity.check(key, tag, start, [row[1:] for row in rows], finish if record.finished else None)
    return SessionBundle(record, decisions, result, summary, resumed, status, problems, version)
