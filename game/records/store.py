"""The trainee records store: one SQLite file, several player processes writing at once.

Every write is its own committed transaction (`BEGIN IMMEDIATE` ... `COMMIT`,
WAL journal, `synchronous=FULL`), so a decision is on disk before the next
screen shows and a crash or a pulled plug loses at most the decision being made.
Writers wait up to 10 s for each other (busy timeout) instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .. import __version__
from ..engine.state import Decision, SessionState, StateFormatError
from ..userdirs import data_dir
from .models import DecisionRecord, Review, SessionRecord, Trainee, utc_now
from .schema import LATEST, RecordsError, check_header, connect, migrate, refuse_newer, schema_version

FILE_NAME = "records.sqlite3"
MODES = ("training", "assessment")

_SESSION_COLUMNS = """s.id, s.registration, s.trainee_id, t.name, t.service_number, s.course, s.scenario_id,
    s.scenario_title, s.content_hash, s.language, s.mode, s.timer_setting, s.app_version, s.started_at,
    s.finished_at, (SELECT COUNT(*) FROM decisions d WHERE d.session_id = s.id), s.outcome, s.passed, s.overall,
    r.rating, r.comment, r.reviewer, r.reviewed_at"""
_SESSION_FROM = "sessions s JOIN trainees t ON t.id = s.trainee_id LEFT JOIN reviews r ON r.session_id = s.id"


def default_path() -> Path:
    """data_dir()/records.sqlite3 (under BLUEHELM_HOME when that is set)."""
    return data_dir() / FILE_NAME


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _state_text(state: SessionState | Mapping) -> str:
    return _dumps(state.to_json() if isinstance(state, SessionState) else dict(state))


class RecordStore:
    """Trainees, sessions, every decision with the state after it, results, reviews and xAPI sends."""

    def __init__(self, db: sqlite3.Connection, path: Path, clock: Callable[[], str]) -> None:
        self._db, self.path, self._clock = db, path, clock

    # -- opening --------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None, *, clock: Callable[[], str] = utc_now) -> "RecordStore":
        """Open (or create) a records file; a foreign, damaged or newer file raises RecordsError untouched."""
        path = Path(path) if path is not None else default_path()
        is_new = check_header(path)
        if is_new:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise RecordsError(f"cannot create the folder for {path}: {exc.strerror or exc}") from exc
        try:
            db = connect(path)
        except sqlite3.Error as exc:
            raise RecordsError(f"cannot open records file {path}: {exc}") from exc
        try:
            version = schema_version(db, path)
            refuse_newer(version, path)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            if version < LATEST:
                migrate(db, path)
        except sqlite3.Error as exc:
            db.close()
            raise RecordsError(_open_problem(path, exc)) from exc
        except BaseException:
            db.close()
            raise
        return cls(db, path, clock)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "RecordStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self._reading("read the schema version"):
            return self._db.execute("SELECT version FROM schema_version").fetchone()[0]

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def _writing(self, action: str) -> Iterator[sqlite3.Connection]:
        """One committed transaction, taken with the write lock up front (no deadlock on upgrade)."""
        with self._reading(action):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    @contextmanager
    def _reading(self, action: str) -> Iterator[sqlite3.Connection]:
        try:
            yield self._db
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise RecordsError(f"records file {self.path} stayed busy for over 10 s; could not {action}") from exc
            raise RecordsError(f"records file {self.path}: could not {action}: {exc}") from exc
        except sqlite3.Error as exc:
            raise RecordsError(f"records file {self.path}: could not {action}: {exc}") from exc

    # -- playing -------------------------------------------------------------------------

    def start_session(self, trainee: Trainee | str, course: str, scenario_id: str, content_hash: str,
                      language: str, mode: str, timer_setting: str, state: SessionState | Mapping,
                      *, title: str = "") -> int:
        """Record a new session with the state it starts from; returns its id."""
        trainee = Trainee(trainee) if isinstance(trainee, str) else trainee
        if not trainee.id.strip():
            raise RecordsError("a trainee id is required")
        if mode not in MODES:
            raise RecordsError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        now = self._clock()
        with self._writing("start a session") as db:
            db.execute("INSERT INTO trainees (id, name, service_number, first_seen) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET "
                       "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END, "
                       "service_number = CASE WHEN excluded.service_number != '' "
                       "THEN excluded.service_number ELSE service_number END",
                       (trainee.id, trainee.name, trainee.service_number, now))
            cursor = db.execute(
                "INSERT INTO sessions (registration, trainee_id, course, scenario_id, scenario_title, content_hash, "
                "language, mode, timer_setting, app_version, started_at, start_state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), trainee.id, course, scenario_id, title, content_hash, language, mode,
                 timer_setting, __version__, now, _state_text(state)))
            return int(cursor.lastrowid)

    def record_decision(self, session_id: int, decision: Decision, ratings: Mapping[str, int],
                        state: SessionState | Mapping) -> int:
        """Commit one decision with the state after it; returns its sequence number (1, 2, ...)."""
        now = self._clock()
        with self._writing("record a decision") as db:
            self._require_open(db, session_id)
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM decisions WHERE session_id = ?",
                             (session_id,)).fetchone()[0]
            db.execute("INSERT INTO decisions (session_id, seq, node, choice, goto, ratings_json, seconds, "
                       "timer_expired, play_at, decided_at, state_json, shown_position) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (session_id, seq, decision.node, decision.choice, decision.goto, _dumps(dict(ratings)),
                        float(decision.seconds), int(bool(decision.timer)), float(decision.at), now,
                        _state_text(state), decision.position))
            return int(seq)

    def finish_session(self, session_id: int, result: Mapping, debrief: Mapping) -> None:
        """Record the final result (`result_json(...)`) and debrief (`Debrief.to_json()`)."""
        now = self._clock()
        with self._writing("finish the session") as db:
            self._require_open(db, session_id)
            overall = result.get("overall")
            db.execute("UPDATE sessions SET finished_at = ?, result_json = ?, debrief_json = ?, outcome = ?, "
                       "passed = ?, overall = ? WHERE id = ?",
                       (now, _dumps(dict(result)), _dumps(dict(debrief)), str(result.get("outcome", "")),
                        int(bool(result.get("passed"))), float(overall) if overall is not None else None,
                        session_id))

    def _require_open(self, db: sqlite3.Connection, session_id: int) -> None:
        row = db.execute("SELECT finished_at FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise RecordsError(f"no session {session_id} in {self.path}")
        if row[0] is not None:
            raise RecordsError(f"session {session_id} finished at {row[0]}; it takes no more decisions")

    # -- resuming ------------------------------------------------------------------------

    def unfinished(self, trainee: str | None = None) -> list[SessionRecord]:
        """Sessions not finished yet (of one trainee, or everyone's), most recently started first."""
        where, values = "s.finished_at IS NULL", []
        if trainee is not None:
            where, values = where + " AND s.trainee_id = ?", [trainee]
        return self._sessions(where, values, order="s.started_at DESC, s.id DESC")

    def load_state(self, session_id: int) -> SessionState:
        """The state saved with the session's last decision (or its start): resume it with Session.resume."""
        with self._reading("load the saved session"):
            row = self._db.execute(
                "SELECT COALESCE((SELECT state_json FROM decisions WHERE session_id = s.id ORDER BY seq DESC LIMIT 1),"
                " s.start_state) FROM sessions s WHERE s.id = ?", (session_id,)).fetchone()
        if row is None:
            raise RecordsError(f"no session {session_id} in {self.path}")
        try:
            return SessionState.from_json(json.loads(row[0]))
        except (ValueError, StateFormatError) as exc:
            raise RecordsError(f"the saved state of session {session_id} is damaged: {exc}") from exc

    # -- reading -------------------------------------------------------------------------

    def session(self, session_id: int) -> SessionRecord:
        found = self._sessions("s.id = ?", [session_id])
        if not found:
            raise RecordsError(f"no session {session_id} in {self.path}")
        return found[0]

    def sessions(self, *, course: str | None = None, scenario: str | None = None,
                 trainee: str | None = None) -> list[SessionRecord]:
        """Sessions matching every filter given, oldest first."""
        clauses, values = [], []
        for column, value in (("s.course", course), ("s.scenario_id", scenario), ("s.trainee_id", trainee)):
            if value is not None:
                clauses.append(f"{column} = ?")
                values.append(value)
        return self._sessions(" AND ".join(clauses) or "1", values)

    def _sessions(self, where: str, values: list, order: str = "s.id") -> list[SessionRecord]:
        with self._reading("read sessions"):
            rows = self._db.execute(f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE {where} ORDER BY {order}",
                                    values).fetchall()
        return [_session_record(row) for row in rows]

    def decisions(self, session_id: int) -> list[DecisionRecord]:
        return self.decisions_of([session_id]).get(session_id, [])

    def decisions_of(self, session_ids: Iterable[int]) -> dict[int, list[DecisionRecord]]:
        """The decisions of several sessions at once, each list in order."""
        ids = sorted(set(session_ids))
        found: dict[int, list[DecisionRecord]] = {i: [] for i in ids}
        with self._reading("read decisions"):
            for start in range(0, len(ids), 500):  # stay under SQLite's bound-parameter limit
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for row in self._db.execute(
                        "SELECT session_id, seq, node, choice, goto, ratings_json, seconds, timer_expired, play_at, "
                        f"decided_at, shown_position FROM decisions WHERE session_id IN ({marks}) "
                        "ORDER BY session_id, seq", chunk):
                    found[row[0]].append(DecisionRecord(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]),
                                                        row[6], bool(row[7]), row[8], row[9], row[10]))
        return found

    def result(self, session_id: int) -> dict | None:
        return self._json_column("result_json", session_id)

    def debrief(self, session_id: int) -> dict | None:
        """The debrief JSON saved at the end (Debrief.from_json reads it), None while unfinished."""
        return self._json_column("debrief_json", session_id)

    def _json_column(self, column: str, session_id: int) -> dict | None:
        with self._reading("read a session"):
            row = self._db.execute(f"SELECT {column} FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise RecordsError(f"no session {session_id} in {self.path}")
        return json.loads(row[0]) if row[0] is not None else None

    # -- instructors -----------------------------------------------------------------------

    def review(self, session_id: int, rating: int, comment: str = "", reviewer: str = "") -> Review:
        """Store (or replace) the instructor's global rating, 1 to 5, and comment on a session."""
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise RecordsError(f"a rating is a whole number from 1 to 5, not {rating!r}")
        review = Review(rating, comment, reviewer, self._clock())
        with self._writing("store the review") as db:
            if db.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
                raise RecordsError(f"no session {session_id} in {self.path}")
            db.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?)",
                       (session_id, rating, comment, reviewer, review.reviewed_at))
        return review

    # -- xAPI sends ---------------------------------------------------------------------------

    def sent_statement_ids(self, lrs: str) -> set[str]:
        with self._reading("read what was sent"):
            return {row[0] for row in self._db.execute("SELECT statement_id FROM xapi_sent WHERE lrs = ?", (lrs,))}

    def mark_sent(self, lrs: str, statements: Iterable[tuple[str, int]]) -> None:
        """Record (statement id, session id) pairs as accepted by `lrs`, all in one transaction."""
        now = self._clock()
        with self._writing("mark statements as sent") as db:
            db.executemany("INSERT OR IGNORE INTO xapi_sent VALUES (?, ?, ?, ?)",
                           [(lrs, statement_id, session_id, now) for statement_id, session_id in statements])


def _open_problem(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"cannot write to records file {path}: the file or its folder is read-only"
    if "locked" in text or "busy" in text:
        return f"records file {path} stayed busy for over 10 s (another program holds it)"
    return f"{path} is damaged or not a Bluehelm records file ({text}); it was left untouched"


def _session_record(row: tuple) -> SessionRecord:
    review = Review(row[19], row[20], row[21], row[22]) if row[19] is not None else None
    return SessionRecord(
        id=row[0], registration=row[1], trainee=Trainee(row[2], row[3], row[4]), course=row[5], scenario_id=row[6],
        scenario_title=row[7], content_hash=row[8], language=row[9], mode=row[10], timer_setting=row[11],
        app_version=row[12], started_at=row[13], finished_at=row[14], decisions=row[15], outcome=row[16],
        passed=None if row[17] is None else bool(row[17]), overall=row[18], review=review)
