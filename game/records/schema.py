"""The records file: recognising it, refusing what is not ours, and numbered migrations.

A records file is an SQLite database marked twice as Bluehelm's: the header's
`application_id` and a `schema_version` table. Nothing is written to a file
until both say it is ours (or it is new and empty), so a foreign or damaged
file is refused and left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

APPLICATION_ID = 0x424C484D  # "BLHM", at offset 68 of the SQLite header
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class RecordsError(Exception):
    """A records file or request the store cannot serve; the message is one line."""


def _migration_1(db: sqlite3.Connection) -> None:
    """The first schema: trainees, sessions, decisions, reviews, and what went to which LRS."""
    _run_script(db, """
        CREATE TABLE trainees (
            id             TEXT PRIMARY KEY,
            name           TEXT NOT NULL DEFAULT '',
            service_number TEXT NOT NULL DEFAULT '',
            first_seen     TEXT NOT NULL
        );
        CREATE TABLE sessions (
            id            INTEGER PRIMARY KEY,
            registration  TEXT NOT NULL UNIQUE,
            trainee_id    TEXT NOT NULL REFERENCES trainees(id),
            course        TEXT NOT NULL DEFAULT '',
            scenario_id   TEXT NOT NULL,
            scenario_title TEXT NOT NULL DEFAULT '',
            content_hash  TEXT NOT NULL,
            language      TEXT NOT NULL,
            mode          TEXT NOT NULL,
            timer_setting TEXT NOT NULL,
            app_version   TEXT NOT NULL,
            started_at    TEXT NOT NULL,
            finished_at   TEXT,
            start_state   TEXT NOT NULL,
            result_json   TEXT,
            debrief_json  TEXT,
            outcome       TEXT,
            passed        INTEGER,
            overall       REAL
        );
        CREATE INDEX sessions_by_trainee ON sessions(trainee_id, finished_at);
        CREATE INDEX sessions_by_course ON sessions(course, scenario_id);
        CREATE TABLE decisions (
            session_id    INTEGER NOT NULL REFERENCES sessions(id),
            seq           INTEGER NOT NULL,
            node          TEXT NOT NULL,
            choice        TEXT NOT NULL,
            goto          TEXT NOT NULL,
            ratings_json  TEXT NOT NULL,
            seconds       REAL NOT NULL,
            timer_expired INTEGER NOT NULL,
            play_at       REAL NOT NULL,
            decided_at    TEXT NOT NULL,
            state_json    TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        ) WITHOUT ROWID;
        CREATE TABLE reviews (
            session_id  INTEGER PRIMARY KEY REFERENCES sessions(id),
            rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            comment     TEXT NOT NULL DEFAULT '',
            reviewer    TEXT NOT NULL DEFAULT '',
            reviewed_at TEXT NOT NULL
        );
        CREATE TABLE xapi_sent (
            lrs          TEXT NOT NULL,
            statement_id TEXT NOT NULL,
            session_id   INTEGER NOT NULL REFERENCES sessions(id),
            sent_at      TEXT NOT NULL,
            PRIMARY KEY (lrs, statement_id)
        ) WITHOUT ROWID;
    """)


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Each statement on its own: `executescript` would commit the open migration transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _migration_2(db: sqlite3.Connection) -> None:
    """Where the chosen option was shown (1 = first; NULL for decisions recorded before options were
    shuffled), so the class report can measure position bias."""
    db.execute("ALTER TABLE decisions ADD COLUMN shown_position INTEGER")


def _migration_3(db: sqlite3.Connection) -> None:
    """Compact storage, integrity tags, resume events, scenario definitions and an xAPI send index.

    A decision row no longer carries the whole session state (resume replays the choice ids from
    the start state); the latest state is kept on the session only while it is unfinished. The
    stored debrief keeps what reports read. What went to which LRS is indexed per session, so
    finding what is pending reads only sessions that changed since they were last sent.
    """
    from .migrate3 import upgrade  # the data conversions, in Python (uuid text -> bytes, states, debriefs)

    upgrade(db, _run_script)


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_migration_1, _migration_2, _migration_3)
"""MIGRATIONS[n - 1] takes a file from schema n - 1 to n; append, never edit."""

LATEST = len(MIGRATIONS)


def check_header(path: Path) -> bool:
    """True when `path` is new (missing or empty); raises RecordsError when it is not SQLite at all."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        return True
    except OSError as exc:
        raise RecordsError(f"cannot read records file {path}: {exc.strerror or exc}") from exc
    if not header:
        return True
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise RecordsError(f"{path} is not a Bluehelm records file (not an SQLite database); it was left untouched")
    return False


def connect(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS, readonly: str = "") -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) that waits for other writers.

    `readonly` is "" (read and write), "ro" (SQLite's read-only open) or "immutable" (for a file on
    read-only media whose WAL index cannot be created: SQLite then reads the file as it is).
    """
    if readonly:
        query = "mode=ro" + ("&immutable=1" if readonly == "immutable" else "")
        uri = f"{path.resolve().as_uri()}?{query}"
        db = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000, isolation_level=None)
        db.execute("PRAGMA query_only = ON")
    else:
        db = sqlite3.connect(str(path), timeout=busy_timeout_ms / 1000, isolation_level=None)
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
    return db


def schema_version(db: sqlite3.Connection, path: Path) -> int:
    """0 for an empty database, the version of a Bluehelm file, or RecordsError for a foreign one."""
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if application_id == 0 and not tables:
        return 0
    if application_id != APPLICATION_ID or "schema_version" not in tables:
        raise RecordsError(f"{path} is an SQLite database but not a Bluehelm records file; it was left untouched")
    row = db.execute("SELECT version FROM schema_version").fetchone()
    if row is None or not isinstance(row[0], int):
        raise RecordsError(f"{path} is damaged: its schema_version table holds no version")
    return row[0]


def refuse_newer(version: int, path: Path) -> None:
    if version > LATEST:
        raise RecordsError(f"{path} was written by a newer Bluehelm (records schema {version}; this version "
                           f"reads up to {LATEST}): upgrade Bluehelm to open it")


def migrate(db: sqlite3.Connection, path: Path) -> int:
    """Bring the file to the latest schema in one transaction; safe when several processes race."""
    db.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(db, path)  # again, under the write lock: another process may have migrated
        refuse_newer(version, path)
        if version == 0:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            db.execute("INSERT INTO schema_version VALUES (0)")
        for number in range(version + 1, LATEST + 1):
            MIGRATIONS[number - 1](db)
            db.execute("UPDATE schema_version SET version = ?", (number,))
        db.execute("COMMIT")
        return LATEST
    except BaseException:
        db.execute("ROLLBACK")
        raise
