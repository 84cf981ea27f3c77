"""Records schema 3: the conversions a SQL script alone cannot do (run inside the migration's transaction)."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable

from .compact import compact_state, debrief_summary

_TABLES = """
    ALTER TABLE sessions ADD COLUMN latest_state TEXT;
    ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE sessions ADD COLUMN tag TEXT;
    CREATE TABLE session_events (
        session_id INTEGER NOT NULL REFERENCES sessions(id),
        after_seq  INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        at         TEXT NOT NULL,
        PRIMARY KEY (session_id, after_seq, kind)
    ) WITHOUT ROWID;
    CREATE TABLE scenario_versions (
        scenario_id  TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        definition   TEXT NOT NULL,
        PRIMARY KEY (scenario_id, content_hash)
    ) WITHOUT ROWID;
    CREATE TABLE lrs (
        id       INTEGER PRIMARY KEY,
        endpoint TEXT NOT NULL UNIQUE
    );
    CREATE TABLE xapi_sent3 (
        lrs_id     INTEGER NOT NULL REFERENCES lrs(id),
        session_id INTEGER NOT NULL,
        statement  BLOB NOT NULL,
        PRIMARY KEY (lrs_id, session_id, statement)
    ) WITHOUT ROWID;
    CREATE TABLE xapi_synced (
        lrs_id     INTEGER NOT NULL REFERENCES lrs(id),
        session_id INTEGER NOT NULL,
        version    INTEGER NOT NULL,
        PRIMARY KEY (lrs_id, session_id)
    ) WITHOUT ROWID;
    CREATE TABLE xapi_voids (
        lrs_id    INTEGER NOT NULL REFERENCES lrs(id),
        voided    BLOB NOT NULL,
        queued_at TEXT NOT NULL,
        PRIMARY KEY (lrs_id, voided)
    ) WITHOUT ROWID;
    CREATE INDEX sessions_by_start ON sessions(started_at)
"""


def upgrade(db: sqlite3.Connection, run_script: Callable[[sqlite3.Connection, str], None]) -> None:
    run_script(db, _TABLES)
    _keep_latest_states(db)
    _compact_sessions(db)
    _move_sent(db)
    db.execute("ALTER TABLE decisions DROP COLUMN state_json")


def _keep_latest_states(db: sqlite3.Connection) -> None:
    """An unfinished session keeps the state after its last decision (what today's resume reads)."""
    db.execute("UPDATE sessions SET latest_state = (SELECT d.state_json FROM decisions d WHERE d.session_id = "
               "sessions.id ORDER BY d.seq DESC LIMIT 1) WHERE finished_at IS NULL")
    db.execute("UPDATE sessions SET version = 1 + (SELECT COUNT(*) FROM decisions d WHERE d.session_id = sessions.id)"
               " + (finished_at IS NOT NULL)")


def _compact_sessions(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT id, start_state, debrief_json FROM sessions").fetchall()
    for session_id, start_state, debrief in rows:
        db.execute("UPDATE sessions SET start_state = ?, debrief_json = ? WHERE id = ?",
                   (_compact_json(start_state, compact_state), _compact_json(debrief, debrief_summary), session_id))


def _compact_json(text: str | None, compact: Callable[[dict], dict]) -> str | None:
    """The compacted JSON, or the text as it was when it is not a JSON object (the report flags it)."""
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return text
    if not isinstance(value, dict):
        return text
    return json.dumps(compact(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _move_sent(db: sqlite3.Connection) -> None:
    for (endpoint,) in db.execute("SELECT DISTINCT lrs FROM xapi_sent").fetchall():
        db.execute("INSERT INTO lrs (endpoint) VALUES (?)", (endpoint,))
    rows = db.execute("SELECT l.id, x.session_id, x.statement_id FROM xapi_sent x JOIN lrs l ON l.endpoint = x.lrs")
    db.executemany("INSERT OR IGNORE INTO xapi_sent3 VALUES (?, ?, ?)",
                   [(lrs_id, session_id, uuid.UUID(text).bytes) for lrs_id, session_id, text in rows.fetchall()])
    db.execute("DROP TABLE xapi_sent")
    db.execute("ALTER TABLE xapi_sent3 RENAME TO xapi_sent")
