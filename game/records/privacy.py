"""A trainee's rights over their records: everything held about them, forgetting them, and retention.

`forget` deletes every row about a trainee (their sessions, decisions, reviews, resume
events, what was sent where) in one transaction, with SQLite's secure delete on so the
freed pages are zeroed, then checkpoints the WAL so no copy of the old pages stays
beside the file. For each LRS that already has their statements it queues the
voiding statements, sent by the next `xapi send` (a voiding statement names only the
statement id it withdraws, never the trainee). Copies outside the records file (reports
and CSV written earlier, exports, backups, the LRS's own storage) are the instructor's
to delete; docs/records.md says so.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timezone

from .bundle import iter_bundles
from .models import parse_time
from .store import RecordStore, loads
from .schema import RecordsError

EXPORT_FORMAT = "bluehelm-trainee-export/1"


@dataclass(frozen=True)
class Removal:
    trainees: int
    sessions: int
    decisions: int
    withdrawals: int  # voiding statements queued for LRSs that already had some of their statements
    wal_cleared: bool  # False when another program kept the WAL busy: the old pages go at its next checkpoint


def _ids(db: sqlite3.Connection, where: str, values: list) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT id FROM sessions WHERE {where}", values)]


def _delete_sessions(db: sqlite3.Connection, ids: list[int], now: str) -> tuple[int, int]:
    """Delete sessions and everything hanging off them; queue withdrawals of what LRSs have. (decisions, voids)"""
    decisions = voids = 0
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        voids += db.execute(f"INSERT OR IGNORE INTO xapi_voids SELECT lrs_id, statement, ? FROM xapi_sent "
                            f"WHERE session_id IN ({marks})", [now, *chunk]).rowcount
        decisions += db.execute(f"DELETE FROM decisions WHERE session_id IN ({marks})", chunk).rowcount
        for table in ("xapi_sent", "xapi_synced", "session_events", "reviews"):
            db.execute(f"DELETE FROM {table} WHERE session_id IN ({marks})", chunk)
        db.execute(f"DELETE FROM sessions WHERE id IN ({marks})", chunk)
    return decisions, voids


def _clear_wal(store: RecordStore) -> bool:
    with store.reading("clear the write-ahead log"):
        busy = store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return busy == 0


def forget(store: RecordStore, trainee: str) -> Removal:
    """Delete everything about `trainee`; RecordsError when the records hold nothing about them."""
    now = store.now()
    with store.writing("forget the trainee") as db:
        db.execute("PRAGMA secure_delete = ON")
        known = db.execute("SELECT 1 FROM trainees WHERE id = ?", (trainee,)).fetchone()
        if known is None:
            raise RecordsError(f"no trainee {trainee!r} in {store.path}")
        ids = _ids(db, "trainee_id = ?", [trainee])
        decisions, voids = _delete_sessions(db, ids, now)
        db.execute("DELETE FROM trainees WHERE id = ?", (trainee,))
    return Removal(1, len(ids), decisions, voids, _clear_wal(store))


_LAST_ACTIVITY = ("COALESCE(finished_at, (SELECT MAX(d.decided_at) FROM decisions d "
                  "WHERE d.session_id = sessions.id), started_at)")


def cutoff_time(before: str) -> str:
    """A date (2025-01-31) or UTC time as the store writes times; ValueError for anything else."""
    moment = parse_time(before if "T" in before else before + "T00:00:00Z")
    if moment.tzinfo is None:
        raise ValueError(f"give the time in UTC (with a Z): {before!r}")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def prune(store: RecordStore, before: str, *, dry_run: bool = False) -> Removal:
    """Delete sessions whose last activity is before `before` (a date or UTC time), and trainees left with
    no session. Retention is local: an LRS keeps its own copies under its own rules."""
    cutoff = cutoff_time(before)
    if dry_run:
        with store.reading("count old sessions") as db:
            ids = _ids(db, f"{_LAST_ACTIVITY} < ?", [cutoff])
            owners: dict[str, set[int]] = {}
            for trainee, session_id in db.execute("SELECT trainee_id, id FROM sessions"):
                owners.setdefault(trainee, set()).add(session_id)
            decisions = sum(db.execute(f"SELECT COUNT(*) FROM decisions WHERE session_id IN "
                                       f"({','.join('?' * len(c))})", c).fetchone()[0] for c in _chunks(ids))
        gone = set(ids)
        return Removal(sum(1 for mine in owners.values() if mine <= gone), len(ids), decisions, 0, True)
    with store.writing("prune old sessions") as db:
        db.execute("PRAGMA secure_delete = ON")
        ids = _ids(db, f"{_LAST_ACTIVITY} < ?", [cutoff])
        for chunk in _chunks(ids):  # withdrawals are not queued: pruning is local retention
            db.execute(f"DELETE FROM xapi_sent WHERE session_id IN ({','.join('?' * len(chunk))})", chunk)
        decisions, _ = _delete_sessions(db, ids, store.now())
        trainees = db.execute("DELETE FROM trainees WHERE id NOT IN (SELECT trainee_id FROM sessions)").rowcount
    return Removal(trainees, len(ids), decisions, 0, _clear_wal(store))


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[start:start + 500] for start in range(0, len(ids), 500)]


def trainee_export(store: RecordStore, trainee: str) -> dict:
    """Everything the records hold about one trainee, as plain JSON."""
    with store.reading("read the trainee"):
        row = store._db.execute("SELECT id, name, service_number, first_seen FROM trainees WHERE id = ?",
                                (trainee,)).fetchone()
        if row is None:
            raise RecordsError(f"no trainee {trainee!r} in {store.path}")
        ids = _ids(store._db, "trainee_id = ?", [trainee])
        sent = {}
        for session_id, endpoint, count in store._db.execute(
                f"SELECT x.session_id, l.endpoint, COUNT(*) FROM xapi_sent x JOIN lrs l ON l.id = x.lrs_id "
                f"WHERE x.session_id IN ({','.join('?' * len(ids))}) GROUP BY x.session_id, l.endpoint", ids):
            sent.setdefault(session_id, {})[endpoint] = count
        starts = {r[0]: loads(r[1]) for r in store._db.execute(
            f"SELECT id, start_state FROM sessions WHERE id IN ({','.join('?' * len(ids))})", ids)}
    sessions = [_session_json(bundle, starts.get(bundle.record.id), sent.get(bundle.record.id, {}))
                for bundle in iter_bundles(store, ids)]
    return {"format": EXPORT_FORMAT, "exported_at": store.now(), "records_file": str(store.path),
            "trainee": {"id": row[0], "name": row[1], "service_number": row[2], "first_seen": row[3]},
            "sessions": sessions}


def _session_json(bundle, start_state: object, sent: dict) -> dict:
    record = bundle.record
    review = record.review
    return {
        "id": record.id, "registration": record.registration, "course": record.course,
        "scenario_id": record.scenario_id, "scenario_title": record.scenario_title,
        "content_hash": record.content_hash, "language": record.language, "mode": record.mode,
        "timer_setting": record.timer_setting, "app_version": record.app_version, "started_at": record.started_at,
        "finished_at": record.finished_at, "outcome": record.outcome, "passed": record.passed,
        "overall": record.overall, "start_state": start_state, "result": bundle.result, "debrief": bundle.summary,
        "decisions": [{"seq": d.seq, "node": d.node, "choice": d.choice, "goto": d.goto, "ratings": d.ratings,
                       "seconds": d.seconds, "timer_expired": d.timer_expired, "play_at": d.play_at,
                       "decided_at": d.decided_at, "shown_position": d.shown_position} for d in bundle.decisions],
        "resumed": [{"after_decisions": after, "at": at} for after, at in bundle.resumed],
        "review": None if review is None else {"rating": review.rating, "comment": review.comment,
                                               "reviewer": review.reviewer, "reviewed_at": review.reviewed_at},
        "xapi_sent": sent, "integrity": bundle.integrity, "problems": bundle.problems,
    }
