"""The class journal: a small SQLite file that lets a killed class process come back where it was.

Every vote is committed (synchronous=FULL, WAL) before the trainee's page is told it counted,
so a kill -9 loses no acknowledged vote. The journal holds only what the records store does
not: the room, the seats and their tokens, the votes of the decision on the table, and the
group's decisions in order (replayed through the engine on restart, so nothing derived is
trusted). The file is private (0600), as the records store is.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS seats (seat INTEGER PRIMARY KEY, token TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                                  language TEXT NOT NULL, record_id INTEGER);
CREATE TABLE IF NOT EXISTS votes (step INTEGER NOT NULL, seat INTEGER NOT NULL, choice TEXT NOT NULL,
                                  seconds REAL NOT NULL, position INTEGER, PRIMARY KEY (step, seat));
CREATE TABLE IF NOT EXISTS steps (step INTEGER PRIMARY KEY, choice TEXT NOT NULL, timer INTEGER NOT NULL);
"""


class JournalError(Exception):
    """The class journal could not be read or written (one line naming the file)."""


@dataclass(frozen=True)
class SeatRow:
    seat: int
    token: str
    name: str
    language: str
    record_id: int | None


@dataclass(frozen=True)
class VoteRow:
    step: int
    seat: int
    choice: str
    seconds: float
    position: int | None


class Journal:
    """One class's journal file; every write is one committed transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            os.close(fd)
            self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"class journal {path}: {exc}") from exc

    def close(self) -> None:
        self.db.close()

    def _write(self, sql: str, values: tuple = ()) -> None:
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                self.db.execute(sql, values)
        except sqlite3.Error as exc:
            raise JournalError(f"class journal {self.path}: could not write: {exc}") from exc

    # -- meta -------------------------------------------------------------------------------

    def meta(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta").fetchall())

    def set_meta(self, key: str, value: object) -> None:
        self._write("INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (key, str(value)))

    # -- seats and votes ----------------------------------------------------------------------

    def add_seat(self, seat: SeatRow) -> None:
        self._write("INSERT INTO seats VALUES (?, ?, ?, ?, ?)",
                    (seat.seat, seat.token, seat.name, seat.language, seat.record_id))

    def set_seat_language(self, seat: int, language: str) -> None:
        self._write("UPDATE seats SET language = ? WHERE seat = ?", (language, seat))

    def set_record(self, seat: int, record_id: int) -> None:
        self._write("UPDATE seats SET record_id = ? WHERE seat = ?", (record_id, seat))

    def seats(self) -> list[SeatRow]:
        return [SeatRow(*row) for row in self.db.execute("SELECT * FROM seats ORDER BY seat")]

    def put_vote(self, vote: VoteRow) -> None:
        """The seat's vote at this step (a changed vote replaces the earlier one)."""
        self._write("INSERT INTO votes VALUES (?, ?, ?, ?, ?) ON CONFLICT (step, seat) DO UPDATE SET "
                    "choice = excluded.choice, seconds = excluded.seconds, position = excluded.position",
                    (vote.step, vote.seat, vote.choice, vote.seconds, vote.position))

    def votes(self, step: int) -> list[VoteRow]:
        return [VoteRow(*row) for row in self.db.execute("SELECT * FROM votes WHERE step = ? ORDER BY seat", (step,))]

    def all_votes(self) -> list[VoteRow]:
        return [VoteRow(*row) for row in self.db.execute("SELECT * FROM votes ORDER BY step, seat")]

    # -- the group's path -----------------------------------------------------------------------

    def add_step(self, step: int, choice: str, timer: bool) -> None:
        self._write("INSERT INTO steps VALUES (?, ?, ?)", (step, choice, int(timer)))

    def steps(self) -> list[tuple[str, bool]]:
        return [(choice, bool(timer)) for choice, timer in
                self.db.execute("SELECT choice, timer FROM steps ORDER BY step")]
