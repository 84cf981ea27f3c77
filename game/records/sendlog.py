"""What went to which LRS, indexed so finding what is pending reads only sessions that changed.

Every session has a version, raised by each write that adds statements (a decision,
a resume, the end). Once an LRS has accepted all of a session's statements, the
session is marked synced for that LRS at that version; pending sessions are those
with no mark or an older one (one indexed join), and within them the statements
whose ids (16 bytes each) that LRS has not accepted yet. Withdrawn statements (a
forgotten trainee's) wait in `xapi_voids` until the LRS takes their voiding statements.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from .store import RecordStore, session_filter


def lrs_id(store: RecordStore, endpoint: str, *, create: bool) -> int | None:
    with store.reading("read the LRS list"):
        row = store._db.execute("SELECT id FROM lrs WHERE endpoint = ?", (endpoint,)).fetchone()
    if row is not None or not create:
        return row[0] if row else None
    with store.writing("remember the LRS") as db:
        db.execute("INSERT OR IGNORE INTO lrs (endpoint) VALUES (?)", (endpoint,))
        return db.execute("SELECT id FROM lrs WHERE endpoint = ?", (endpoint,)).fetchone()[0]


def pending_session_ids(store: RecordStore, endpoint: str, *, course: str | None = None,
                        scenario: str | None = None) -> list[int]:
    """Sessions with statements that LRS may not have: never synced with it, or changed since."""
    where, values = session_filter(course=course, scenario=scenario)
    known = lrs_id(store, endpoint, create=False)
    with store.reading("find what is pending"):
        if known is None:
            return [r[0] for r in store._db.execute(f"SELECT s.id FROM sessions s WHERE {where} ORDER BY s.id",
                                                    values)]
        return [r[0] for r in store._db.execute(
            "SELECT s.id FROM sessions s LEFT JOIN xapi_synced y ON y.lrs_id = ? AND y.session_id = s.id "
            f"WHERE (y.version IS NULL OR y.version < s.version) AND {where} ORDER BY s.id", [known, *values])]


def sent_ids(store: RecordStore, endpoint: str, session_id: int) -> set[str]:
    known = lrs_id(store, endpoint, create=False)
    if known is None:
        return set()
    with store.reading("read what was sent"):
        return {str(uuid.UUID(bytes=r[0])) for r in store._db.execute(
            "SELECT statement FROM xapi_sent WHERE lrs_id = ? AND session_id = ?", (known, session_id))}


def sent_count(store: RecordStore, endpoint: str, *, course: str | None = None, scenario: str | None = None) -> int:
    known = lrs_id(store, endpoint, create=False)
    if known is None:
        return 0
    where, values = session_filter(course=course, scenario=scenario)
    with store.reading("count what was sent"):
        return store._db.execute(f"SELECT COUNT(*) FROM xapi_sent x JOIN sessions s ON s.id = x.session_id "
                                 f"WHERE x.lrs_id = ? AND {where}", [known, *values]).fetchone()[0]


def mark_sent(store: RecordStore, endpoint: str, statements: Iterable[tuple[str, int]],
              synced: Iterable[tuple[int, int]] = ()) -> None:
    """(statement id, session id) pairs accepted by the LRS, and (session id, version) pairs now complete there."""
    known = lrs_id(store, endpoint, create=True)
    with store.writing("mark statements as sent") as db:
        db.executemany("INSERT OR IGNORE INTO xapi_sent VALUES (?, ?, ?)",
                       [(known, session_id, uuid.UUID(ident).bytes) for ident, session_id in statements])
        db.executemany("INSERT INTO xapi_synced VALUES (?, ?, ?) ON CONFLICT (lrs_id, session_id) DO UPDATE SET "
                       "version = MAX(version, excluded.version)",
                       [(known, session_id, version) for session_id, version in synced])


def queued_voids(store: RecordStore, endpoint: str) -> list[tuple[str, str]]:
    """(voided statement id, when it was withdrawn) still to send to this LRS."""
    known = lrs_id(store, endpoint, create=False)
    if known is None:
        return []
    with store.reading("read the statements to withdraw"):
        return [(str(uuid.UUID(bytes=r[0])), r[1]) for r in store._db.execute(
            "SELECT voided, queued_at FROM xapi_voids WHERE lrs_id = ? ORDER BY queued_at, voided", (known,))]


def mark_voids_sent(store: RecordStore, endpoint: str, voided: Iterable[str]) -> None:
    known = lrs_id(store, endpoint, create=True)
    with store.writing("mark withdrawals as sent") as db:
        db.executemany("DELETE FROM xapi_voids WHERE lrs_id = ? AND voided = ?",
                       [(known, uuid.UUID(ident).bytes) for ident in voided])
