"""The trainee records store: one SQLite file, several player processes writing at once.

Every write is its own committed transaction (`BEGIN IMMEDIATE` ... `COMMIT`,
WAL journal, `synchronous=FULL`), so a decision is on disk before the next
screen shows and a crash or a pulled plug loses at most the decision being made.
Writers wait for each other (busy timeout, 10 s) instead of failing. Any failure
to write (a full disk, a lock held too long, read-only media) is one RecordsError
with a one-line message, and the transaction is rolled back: what was committed
before stays as it was.

Privacy by default: a new records file is created 0600 in a 0700 folder, and an
older file found readable by others is tightened when opened for writing.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .. import __version__
from ..engine.state import Decision, SessionState, StateFormatError
from ..userdirs import data_dir
from . import integrity, schema
from .compact import compact_state, debrief_summary, full_state
from .models import DecisionRecord, Review, SessionRecord, Trainee, utc_now
from .schema import LATEST, RecordsError, check_header, connect, migrate, refuse_newer, schema_version

FILE_NAME = "records.sqlite3"
MODES = ("training", "assessment", "class")

_SESSION_COLUMNS = """s.id, s.registration, s.trainee_id, t.name, t.service_number, s.course, s.scenario_id,
    s.scenario_title, s.content_hash, s.language, s.mode, s.timer_setting, s.app_version, s.started_at,
    s.finished_at, (SELECT COUNT(*) FROM decisions d WHERE d.session_id = s.id), s.outcome, s.passed, s.overall,
    r.rating, r.comment, r.reviewer, r.reviewed_at"""
_SESSION_FROM = "sessions s JOIN trainees t ON t.id = s.trainee_id LEFT JOIN reviews r ON r.session_id = s.id"
START_COLUMNS = ("registration, trainee_id, course, scenario_id, content_hash, language, mode, timer_setting, "
                 "app_version, started_at, start_state")
DECISION_COLUMNS = ("seq, node, choice, goto, ratings_json, seconds, timer_expired, play_at, decided_at, "
                    "shown_position")
FINISH_COLUMNS = "finished_at, result_json, debrief_json, outcome, passed, overall"


def default_path() -> Path:
    """data_dir()/records.sqlite3 (under BLUEHELM_HOME when that is set)."""
    return data_dir() / FILE_NAME


def dumps(value: object) -> str:
    """JSON as the store writes it: compact, sorted keys, UTF-8 text."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def loads(text: object) -> object | None:
    """A stored JSON value, or None when the text is missing or not JSON (a damaged row)."""
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _state_dict(state: SessionState | Mapping) -> dict:
    return state.to_json() if isinstance(state, SessionState) else dict(state)


class RecordStore:
    """Trainees, sessions, every decision, results, reviews, integrity tags and what went to which LRS."""

    def __init__(self, db: sqlite3.Connection, path: Path, clock: Callable[[], str], *, readonly: bool,
                 key: bytes | None, busy_seconds: float) -> None:
        self._db, self.path, self._clock = db, path, clock
        self.readonly, self.key, self.busy_seconds = readonly, key, busy_seconds

    # -- opening --------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str | None = None, *, clock: Callable[[], str] = utc_now, readonly: bool = False,
             busy_timeout: float | None = None) -> "RecordStore":
        """Open (or create) a records file; a foreign, damaged or newer file raises RecordsError untouched.

        `readonly` opens an existing file without writing anything, also on read-only media (a backup
        on a locked USB stick or a CD): SQLite's read-only open, else its immutable open.
        """
        path = Path(path) if path is not None else default_path()
        if busy_timeout is None:
            busy_timeout = schema.BUSY_TIMEOUT_MS / 1000
        if readonly:
            return cls._open_readonly(path, clock, busy_timeout)
        is_new = check_header(path)
        if is_new:
            _create_private(path)
        _tighten(path)
        try:
            db = connect(path, busy_timeout_ms=int(busy_timeout * 1000))
        except sqlite3.Error as exc:
            raise RecordsError(_open_problem(path, exc)) from exc
        try:
            version = schema_version(db, path)
            refuse_newer(version, path)
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            db.execute("PRAGMA foreign_keys = ON")
            if version < LATEST:
                migrate(db, path)
            key = integrity.load_key(path, create=True)
        except sqlite3.Error as exc:
            db.close()
            raise RecordsError(_open_problem(path, exc)) from exc
        except OSError as exc:
            db.close()
            raise RecordsError(f"cannot write the integrity key beside {path}: {exc.strerror or exc}") from exc
        except BaseException:
            db.close()
            raise
        _tighten(path)  # the -wal and -shm files SQLite has just made
        return cls(db, path, clock, readonly=False, key=key, busy_seconds=busy_timeout)

    @classmethod
    def _open_readonly(cls, path: Path, clock: Callable[[], str], busy_timeout: float) -> "RecordStore":
        if check_header(path):
            raise RecordsError(f"no records file at {path}")
        problem: sqlite3.Error | None = None
        for how in ("ro", "immutable"):  # immutable: read-only media, where SQLite cannot make the WAL index
            try:
                db = connect(path, busy_timeout_ms=int(busy_timeout * 1000), readonly=how)
            except sqlite3.Error as exc:
                problem = exc
                continue
            try:
                version = schema_version(db, path)
            except sqlite3.Error as exc:
                db.close()
                problem = exc
                continue
            except BaseException:
                db.close()
                raise
            if version != LATEST:
                db.close()
                refuse_newer(version, path)
                raise RecordsError(f"{path} is at records schema {version} (this Bluehelm reads {LATEST}) and is "
                                   "opened read-only: open it once where it can be written to upgrade it")
            return cls(db, path, clock, readonly=True, key=integrity.load_key(path, create=False),
                       busy_seconds=busy_timeout)
        raise RecordsError(_open_problem(path, problem or sqlite3.Error("cannot open")))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> "RecordStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self.reading("read the schema version"):
            return self._db.execute("SELECT version FROM schema_version").fetchone()[0]

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def writing(self, action: str) -> Iterator[sqlite3.Connection]:
        """One committed transaction, taken with the write lock up front (no deadlock on upgrade)."""
        if self.readonly:
            raise RecordsError(f"records file {self.path} is open read-only; could not {action}")
        with self.reading(action):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                if self._db.in_transaction:
                    try:
                        self._db.execute("ROLLBACK")
                    except sqlite3.Error:
                        pass  # SQLite has rolled back itself (a full disk can end the transaction)
                raise

    @contextmanager
    def reading(self, action: str) -> Iterator[sqlite3.Connection]:
        """Any SQLite or OS failure inside becomes one RecordsError naming the file and the action."""
        try:
            yield self._db
        except sqlite3.Error as exc:
            raise RecordsError(self._problem(exc, action)) from exc
        except OSError as exc:
            raise RecordsError(f"records file {self.path}: could not {action}: {exc.strerror or exc}") from exc

    def _problem(self, exc: sqlite3.Error, action: str) -> str:
        text = str(exc)
        if "locked" in text or "busy" in text:
            return (f"records file {self.path} stayed busy for over {self.busy_seconds:g} s (another program "
                    f"holds it); could not {action}")
        if "full" in text:
            return (f"records file {self.path}: the disk is full; could not {action} (everything recorded "
                    "before is kept)")
        if "readonly" in text or "read-only" in text:
            return f"records file {self.path} is on read-only media or in a read-only folder; could not {action}"
        return f"records file {self.path}: could not {action}: {text}"

    # -- playing -------------------------------------------------------------------------

    def start_session(self, trainee: Trainee | str, course: str, scenario_id: str, content_hash: str,
                      language: str, mode: str, timer_setting: str, state: SessionState | Mapping,
                      *, title: str = "", scenario: object | None = None) -> int:
        """Record a new session with the state it starts from; returns its id.

        Give `scenario` (the validated model played) so xAPI statements can carry its texts.
        """
        trainee = Trainee(trainee) if isinstance(trainee, str) else trainee
        if not trainee.id.strip():
            raise RecordsError("a trainee id is required")
        if mode not in MODES:
            raise RecordsError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        now = self._clock()
        start = (str(uuid.uuid4()), trainee.id, course, scenario_id, content_hash, language, mode, timer_setting,
                 __version__, now, dumps(compact_state(_state_dict(state))))
        definition = _definition_text(scenario)
        with self.writing("start a session") as db:
            db.execute("INSERT INTO trainees (id, name, service_number, first_seen) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET "
                       "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END, "
                       "service_number = CASE WHEN excluded.service_number != '' "
                       "THEN excluded.service_number ELSE service_number END",
                       (trainee.id, trainee.name, trainee.service_number, now))
            cursor = db.execute(f"INSERT INTO sessions ({START_COLUMNS}, scenario_title, version, tag) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)",
                                (*start, title, self._tag(integrity.start_tag, "", start)))
            if definition is not None:
                db.execute("INSERT OR IGNORE INTO scenario_versions VALUES (?, ?, ?)",
                           (scenario_id, content_hash, definition))
            return int(cursor.lastrowid)

    def _tag(self, extend: Callable, previous: str | None, values: tuple) -> str | None:
        if self.key is None or previous is None:
            return None
        return extend(self.key, values) if extend is integrity.start_tag else extend(self.key, previous, values)

    def record_decision(self, session_id: int, decision: Decision, ratings: Mapping[str, int],
                        state: SessionState | Mapping | None = None) -> int:
        """Commit one decision; returns its sequence number (1, 2, ...).

        `state` (the state after it) is kept only as the session's latest state, for today's resume;
        resuming by replay (`replay_of`) needs none.
        """
        now = self._clock()
        with self.writing("record a decision") as db:
            previous = self._require_open(db, session_id)
            seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM decisions WHERE session_id = ?",
                             (session_id,)).fetchone()[0]
            row = (int(seq), decision.node, decision.choice, decision.goto, dumps(dict(ratings)),
                   float(decision.seconds), int(bool(decision.timer)), float(decision.at), now, decision.position)
            db.execute(f"INSERT INTO decisions (session_id, {DECISION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (session_id, *row))
            latest = dumps(_state_dict(state)) if state is not None else None
            db.execute("UPDATE sessions SET latest_state = ?, version = version + 1, tag = ? WHERE id = ?",
                       (latest, self._tag(integrity.decision_tag, previous, row), session_id))
            return int(seq)

    def record_resumed(self, session_id: int) -> None:
        """Note that the trainee came back to an unfinished session (xAPI `suspended` then `resumed`)."""
        now = self._clock()
        with self.writing("note the resumed session") as db:
            self._require_open(db, session_id)
            after = db.execute("SELECT COUNT(*) FROM decisions WHERE session_id = ?", (session_id,)).fetchone()[0]
            db.execute("INSERT OR IGNORE INTO session_events VALUES (?, ?, 'resumed', ?)", (session_id, after, now))
            db.execute("UPDATE sessions SET version = version + 1 WHERE id = ?", (session_id,))

    def finish_session(self, session_id: int, result: Mapping, debrief: Mapping) -> None:
        """Record the final result (`result_json(...)`) and debrief (`Debrief.to_json()`; its summary is kept)."""
        now = self._clock()
        overall = result.get("overall")
        row = (now, dumps(dict(result)), dumps(debrief_summary(debrief)), str(result.get("outcome", "")),
               int(bool(result.get("passed"))), float(overall) if overall is not None else None)
        with self.writing("finish the session") as db:
            previous = self._require_open(db, session_id)
            db.execute("UPDATE sessions SET finished_at = ?, result_json = ?, debrief_json = ?, outcome = ?, "
                       "passed = ?, overall = ?, latest_state = NULL, version = version + 1, tag = ? WHERE id = ?",
                       (*row, self._tag(integrity.finish_tag, previous, row), session_id))

    def _require_open(self, db: sqlite3.Connection, session_id: int) -> str | None:
        """The session's current tag; RecordsError when there is no such session or it is finished."""
        found = db.execute("SELECT finished_at, tag FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if found is None:
            raise RecordsError(f"no session {session_id} in {self.path}")
        if found[0] is not None:
            raise RecordsError(f"session {session_id} finished at {found[0]}; it takes no more decisions")
        return found[1]

    # -- resuming ------------------------------------------------------------------------

    def unfinished(self, trainee: str | None = None) -> list[SessionRecord]:
        """Sessions not finished yet (of one trainee, or everyone's), most recently started first."""
        where, values = "s.finished_at IS NULL", []
        if trainee is not None:
            where, values = where + " AND s.trainee_id = ?", [trainee]
        return self._sessions(where, values, order="s.started_at DESC, s.id DESC")

    def replay_of(self, session_id: int) -> tuple[SessionState, list[Decision]]:
        """What resuming by replay needs: the start state (scenario, content hash, seed, language; no
        decisions) and the recorded decisions in order, each with its node, choice, destination,
        seconds, timer flag, play time and shown position. Replay them through the engine from the
        start state; the session's mode and timer setting are on `session(session_id)`.
        RecordsError when there is no such session or its start state is damaged.
        """
        with self.reading("read the session to resume"):
            found = self._db.execute("SELECT start_state FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if found is None:
            raise RecordsError(f"no session {session_id} in {self.path}")
        start = _state_from(found[0], session_id, "start state")
        start.decisions = []
        decisions = [Decision(d.node, d.choice, d.goto, d.seconds, d.timer_expired, d.play_at, d.shown_position)
                     for d in self.decisions(session_id)]
        return start, decisions

    def load_state(self, session_id: int) -> SessionState:
        """The state after the session's last decision (or its start): for `Session.resume`."""
        with self.reading("load the saved session"):
            row = self._db.execute("SELECT COALESCE(latest_state, start_state) FROM sessions WHERE id = ?",
                                   (session_id,)).fetchone()
        if row is None:
            raise RecordsError(f"no session {session_id} in {self.path}")
        return _state_from(row[0], session_id, "saved state")

    # -- reading -------------------------------------------------------------------------

    def session(self, session_id: int) -> SessionRecord:
        found = self._sessions("s.id = ?", [session_id])
        if not found:
            raise RecordsError(f"no session {session_id} in {self.path}")
        return found[0]

    def sessions(self, *, course: str | None = None, scenario: str | None = None,
                 trainee: str | None = None) -> list[SessionRecord]:
        """Sessions matching every filter given, oldest first."""
        where, values = session_filter(course=course, scenario=scenario, trainee=trainee)
        return self._sessions(where, values)

    def session_ids(self, *, course: str | None = None, scenario: str | None = None,
                    trainee: str | None = None) -> list[int]:
        where, values = session_filter(course=course, scenario=scenario, trainee=trainee)
        with self.reading("read sessions"):
            return [r[0] for r in self._db.execute(f"SELECT s.id FROM sessions s WHERE {where} ORDER BY s.id",
                                                   values)]

    def sessions_by_id(self, ids: Iterable[int]) -> list[SessionRecord]:
        """The sessions with these ids, oldest first."""
        found: list[SessionRecord] = []
        for chunk in chunks(sorted(set(ids))):
            found += self._sessions(f"s.id IN ({','.join('?' * len(chunk))})", chunk)
        return found

    def _sessions(self, where: str, values: list, order: str = "s.id") -> list[SessionRecord]:
        with self.reading("read sessions"):
            rows = self._db.execute(f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE {where} ORDER BY {order}",
                                    values).fetchall()
        return [_session_record(row) for row in rows]

    def decisions(self, session_id: int) -> list[DecisionRecord]:
        return self.decisions_of([session_id]).get(session_id, [])

    def decisions_of(self, session_ids: Iterable[int]) -> dict[int, list[DecisionRecord]]:
        """The decisions of several sessions at once, each list in order (bad ratings JSON reads as {})."""
        ids = sorted(set(session_ids))
        found: dict[int, list[DecisionRecord]] = {i: [] for i in ids}
        with self.reading("read decisions"):
            for chunk in chunks(ids):
                for row in self._db.execute(
                        f"SELECT session_id, {DECISION_COLUMNS} FROM decisions WHERE session_id IN "
                        f"({','.join('?' * len(chunk))}) ORDER BY session_id, seq", chunk):
                    found[row[0]].append(decision_record(row))
        return found

    def result(self, session_id: int) -> dict | None:
        return self._json_column("result_json", session_id)

    def debrief(self, session_id: int) -> dict | None:
        """The summary of the debrief saved at the end (see `compact.debrief_summary`), None while unfinished."""
        return self._json_column("debrief_json", session_id)

    def _json_column(self, column: str, session_id: int) -> dict | None:
        with self.reading("read a session"):
            row = self._db.execute(f"SELECT {column} FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise RecordsError(f"no session {session_id} in {self.path}")
        value = loads(row[0])
        return value if isinstance(value, dict) else None

    def scenario_definition(self, scenario_id: str, content_hash: str) -> dict | None:
        """The texts of a scenario version as recorded when a session of it started (None if not)."""
        with self.reading("read a scenario's texts"):
            row = self._db.execute("SELECT definition FROM scenario_versions WHERE scenario_id = ? AND "
                                   "content_hash = ?", (scenario_id, content_hash)).fetchone()
        value = loads(row[0]) if row else None
        return value if isinstance(value, dict) else None

    def remember_definition(self, scenario_id: str, content_hash: str, scenario: object) -> None:
        """Record a scenario version's texts (found later by its content hash) if none are recorded yet."""
        definition = _definition_text(scenario)
        if definition is None or self.readonly:
            return
        with self.writing("record a scenario's texts") as db:
            db.execute("INSERT OR IGNORE INTO scenario_versions VALUES (?, ?, ?)",
                       (scenario_id, content_hash, definition))

    # -- instructors -----------------------------------------------------------------------

    def review(self, session_id: int, rating: int, comment: str = "", reviewer: str = "") -> Review:
        """Store (or replace) the instructor's global rating, 1 to 5, and comment on a session."""
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise RecordsError(f"a rating is a whole number from 1 to 5, not {rating!r}")
        review = Review(rating, comment, reviewer, self._clock())
        with self.writing("store the review") as db:
            if db.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is None:
                raise RecordsError(f"no session {session_id} in {self.path}")
            db.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?)",
                       (session_id, rating, comment, reviewer, review.reviewed_at))
        return review

    def now(self) -> str:
        return self._clock()


def session_filter(*, course: str | None = None, scenario: str | None = None, trainee: str | None = None,
                   since: str | None = None) -> tuple[str, list]:
    """A WHERE clause over `sessions s` for every filter given."""
    clauses, values = [], []
    for column, value in (("s.course", course), ("s.scenario_id", scenario), ("s.trainee_id", trainee)):
        if value is not None:
            clauses.append(f"{column} = ?")
            values.append(value)
    if since is not None:
        clauses.append("s.started_at >= ?")
        values.append(since)
    return " AND ".join(clauses) or "1", values


def chunks(values: list, size: int = 500) -> Iterator[list]:
    """Stay under SQLite's bound-parameter limit."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def decision_record(row: tuple) -> DecisionRecord:
    """A decisions row (session_id, then DECISION_COLUMNS) as a DecisionRecord."""
    ratings = loads(row[5])
    good = isinstance(ratings, dict) and all(isinstance(v, (int, float)) for v in ratings.values())
    return DecisionRecord(row[0], row[1], row[2], row[3], row[4], ratings if good else {}, row[6], bool(row[7]),
                          row[8], row[9], row[10], damaged=not good)


def _state_from(text: object, session_id: int, what: str) -> SessionState:
    value = loads(text)
    try:
        if not isinstance(value, dict):
            raise StateFormatError("not JSON")
        return SessionState.from_json(full_state(value))
    except (ValueError, StateFormatError) as exc:
        raise RecordsError(f"the {what} of session {session_id} is damaged: {exc}") from exc


def _definition_text(scenario: object | None) -> str | None:
    if scenario is None:
        return None
    from .definitions import scenario_definition  # reads the authoring model; only when one is given

    # In the file's order (not sorted like other JSON here): reports list nodes and options as the author did.
    return json.dumps(scenario_definition(scenario), ensure_ascii=False, separators=(",", ":"))


def _create_private(path: Path) -> None:
    """A new records file: 0600 in a folder made 0700 (trainees' results are nobody else's business)."""
    try:
        if not path.parent.exists():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        elif path.parent.resolve() == data_dir().resolve():
            os.chmod(path.parent, 0o700)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(descriptor)
    except OSError as exc:
        raise RecordsError(f"cannot create records file {path}: {exc.strerror or exc}") from exc


def _tighten(path: Path) -> None:
    """A records file (and its -wal, -shm) readable by others, made private: older versions made them 0644."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            info = candidate.stat()
            if stat.S_ISREG(info.st_mode) and info.st_mode & 0o077 and info.st_uid == os.getuid():
                os.chmod(candidate, stat.S_IMODE(info.st_mode) & 0o700)
        except OSError:
            pass  # missing, or not ours to change: opening goes on


def _open_problem(path: Path, exc: sqlite3.Error) -> str:
    text = str(exc)
    if "readonly" in text or "read-only" in text:
        return f"cannot write to records file {path}: the file or its folder is read-only (use a read-only command)"
    if "locked" in text or "busy" in text:
        return f"records file {path} stayed busy (another program holds it); try again"
    if "full" in text:
        return f"cannot write records file {path}: the disk is full"
    if "unable to open" in text:
        return f"cannot open records file {path}: {text}"
    return f"{path} is damaged or not a Bluehelm records file ({text}); it was left untouched"


def _session_record(row: tuple) -> SessionRecord:
    review = Review(row[19], row[20], row[21], row[22]) if row[19] is not None else None
    return SessionRecord(
        id=row[0], registration=row[1], trainee=Trainee(row[2], row[3], row[4]), course=row[5], scenario_id=row[6],
        scenario_title=row[7], content_hash=row[8], language=row[9], mode=row[10], timer_setting=row[11],
        app_version=row[12], started_at=row[13], finished_at=row[14], decisions=row[15], outcome=row[16],
        passed=None if row[17] is None else bool(row[17]), overall=row[18], review=review)
