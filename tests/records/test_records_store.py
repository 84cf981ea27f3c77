"""The records store: what it keeps, resuming from it, and the files it refuses."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
from records_support import CHECKPOINT, LOOP, RecordedSession, loaded, play

from game.play import resume_run

from game import __version__
from game.engine.session import Session
from game.engine.state import Decision
from game.records import SCHEMA_VERSION, RecordsError, RecordStore, Trainee, default_path
from game.records.schema import APPLICATION_ID, BUSY_TIMEOUT_MS


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as opened:
        yield opened


def test_the_default_file_is_in_the_data_folder_under_bluehelm_home(tmp_path, monkeypatch):
    monkeypatch.setenv("BLUEHELM_HOME", str(tmp_path / "home"))
    with RecordStore.open() as opened:
        assert opened.path == default_path() == tmp_path / "home" / "data" / "records.sqlite3"
    assert default_path().is_file()


def test_a_new_file_is_marked_as_ours_in_wal_mode_at_the_latest_schema(store):
    db = sqlite3.connect(store.path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    db.close()
    assert store.schema_version == SCHEMA_VERSION
    assert store._db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS == 10_000


def test_reopening_does_not_migrate_again_and_keeps_the_data(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as first:
        play(first, LOOP, "t1", seed=1, decisions=3)
    with RecordStore.open(path) as again:
        assert again.schema_version == SCHEMA_VERSION
        assert len(again.sessions()) == 1


def test_a_session_keeps_who_what_how_every_decision_and_the_result(store):
    compiled, digest = loaded(CHECKPOINT)
    session = Session(compiled, seed=3, language="fr", content_hash=digest)
    recorded = RecordedSession.start(store, session, trainee=Trainee("t9", "Amina Diallo", "SN-42"),
                                     course="UNPK-2025", mode="assessment", timer_setting="x2")
    first = recorded.choose(session.choices[0].id)
    second = recorded.choose(session.choices[0].id)
    record = store.session(recorded.session_id)
    assert (record.trainee, record.course, record.scenario_id, record.content_hash) == (
        Trainee("t9", "Amina Diallo", "SN-42"), "UNPK-2025", "checkpoint-market", digest)
    assert (record.language, record.mode, record.timer_setting, record.app_version) == ("fr", "assessment", "x2",
                                                                                         __version__)
    assert record.started_at.endswith("Z") and record.finished_at is None and record.decisions == 2
    decisions = store.decisions(recorded.session_id)
    assert [(d.seq, d.node, d.choice, d.ratings) for d in decisions] == [
        (1, first.node, first.choice, first.score), (2, second.node, second.choice, second.score)]
    assert all(d.decided_at.endswith("Z") and d.timer_expired is False for d in decisions)
    while not session.finished:
        recorded.choose(session.choices[0].id)
    debrief = recorded.finish()
    record = store.session(recorded.session_id)
    assert record.finished and record.outcome == debrief.outcome and record.overall == debrief.overall
    assert record.passed == debrief.passed
    summary = store.debrief(record.id)  # what reports read; the full debrief is rebuilt by replaying
    assert (summary["overall_band"], summary["title"], summary["passed"]) == (debrief.overall_band, debrief.title,
                                                                              debrief.passed)
    assert [d["percent"] for d in summary["dimensions"]] == [d.percent for d in debrief.dimensions]
    assert [r["text"] for r in summary["red_lines"]] == [r.text for r in debrief.red_lines]
    assert store.result(record.id)["overall"] == debrief.overall
    assert store.unfinished() == []


def test_a_timer_expiry_is_recorded_as_such(store):
    compiled, digest = loaded(LOOP)
    session = Session(compiled, seed=0, content_hash=digest)
    recorded = RecordedSession.start(store, session, trainee="t1")
    for _ in range(50):  # the weighted greet loop reaches the timed well soon enough
        if session.node_id == "well":
            break
        recorded.choose("greet")
    assert session.node_id == "well"
    recorded.advance_time(5)
    outcome = recorded.advance_time(30)
    assert outcome is not None and outcome.timer
    last = store.decisions(recorded.session_id)[-1]
    assert (last.choice, last.timer_expired, last.seconds) == ("queue-help", True, 20.0)


def test_resume_from_the_store_continues_exactly(store):
    played = play(store, LOOP, "t1", seed=11, decisions=6, finish=False)
    compiled, digest = loaded(LOOP)
    [unfinished] = store.unfinished(trainee="t1")
    assert unfinished.id == played.session_id and unfinished.decisions == 6
    resumed, report = resume_run(compiled, store, unfinished, content_hash=digest)
    assert report.exact
    assert resumed.session.state.to_json() == played.session.state.to_json()
    resumed.choose(resumed.session.choices[0].id)
    assert store.session(unfinished.id).decisions == 7


def test_a_session_with_no_decision_is_not_kept(store):
    played = play(store, LOOP, "t1", seed=1, decisions=0, finish=False)
    assert played.session_id is None and store.sessions() == []


def test_unfinished_lists_only_that_trainees_open_sessions_newest_first(store):
    a = play(store, LOOP, "anna", seed=1, decisions=2, finish=False)
    play(store, LOOP, "ben", seed=2, decisions=2, finish=False)
    play(store, LOOP, "anna", seed=3, decisions=2, finish=True)
    c = play(store, LOOP, "anna", seed=4, decisions=1, finish=False)
    assert [s.id for s in store.unfinished(trainee="anna")] == [c.session_id, a.session_id]
    assert len(store.unfinished()) == 3


def test_a_finished_session_takes_no_more_decisions(store):
    played = play(store, LOOP, "t1", seed=1, decisions=2)
    with pytest.raises(RecordsError, match="finished"):
        store.record_decision(played.session_id, Decision("square", "greet", "square", 1.0), {}, played.session.state)
    with pytest.raises(RecordsError, match="finished"):
        store.finish_session(played.session_id, {"outcome": "x"}, {})


def test_unknown_sessions_and_bad_input_are_one_line_errors(store):
    with pytest.raises(RecordsError, match="no session 99"):
        store.load_state(99)
    with pytest.raises(RecordsError, match="no session 99"):
        store.review(99, 3)
    with pytest.raises(RecordsError, match="mode must be"):
        store.start_session("t", "", "s", "h", "en", "exam", "x1", {})
    with pytest.raises(RecordsError, match="trainee id"):
        store.start_session(" ", "", "s", "h", "en", "training", "x1", {})


def test_a_trainee_signing_in_again_keeps_their_name_unless_given_a_new_one(store):
    play(store, LOOP, Trainee("t1", "Amina", "SN-1"), seed=1, decisions=1)
    play(store, LOOP, "t1", seed=2, decisions=1)
    assert store.sessions()[-1].trainee == Trainee("t1", "Amina", "SN-1")
    play(store, LOOP, Trainee("t1", "Amina D."), seed=3, decisions=1)
    assert store.sessions()[-1].trainee == Trainee("t1", "Amina D.", "SN-1")


def test_an_instructor_review_is_stored_and_replaced(store):
    played = play(store, LOOP, "t1", seed=1, decisions=2)
    store.review(played.session_id, 2, "Rushed the queue.", "Capt. Haddad")
    store.review(played.session_id, 4, "Better on a second look.", "Capt. Haddad")
    review = store.session(played.session_id).review
    assert (review.rating, review.comment, review.reviewer) == (4, "Better on a second look.", "Capt. Haddad")
    for bad in (0, 6, 3.5):
        with pytest.raises(RecordsError, match="1 to 5"):
            store.review(played.session_id, bad)


# -- files it refuses, untouched --------------------------------------------------------

def _untouched(path, before: bytes) -> None:
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()
    assert not path.with_name(path.name + "-journal").exists()


def test_a_file_of_random_bytes_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "records.sqlite3"
    path.write_bytes(os.urandom(8192))
    before = path.read_bytes()
    with pytest.raises(RecordsError) as caught:
        RecordStore.open(path)
    message = str(caught.value)
    assert "not a Bluehelm records file" in message and "\n" not in message
    _untouched(path, before)


def test_a_file_with_an_sqlite_header_and_garbage_after_it_is_refused_untouched(tmp_path):
    path = tmp_path / "records.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    before = path.read_bytes()
    with pytest.raises(RecordsError, match="damaged or not a Bluehelm records file"):
        RecordStore.open(path)
    _untouched(path, before)


def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "inventory.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE stock (item TEXT, count INTEGER)")
    db.execute("INSERT INTO stock VALUES ('fuel', 12)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(RecordsError, match="an SQLite database but not a Bluehelm records file"):
        RecordStore.open(path)
    _untouched(path, before)


def test_an_empty_file_becomes_a_new_records_file(tmp_path):
    path = tmp_path / "records.sqlite3"
    path.write_bytes(b"")
    with RecordStore.open(path) as opened:
        assert opened.schema_version == SCHEMA_VERSION


def test_a_file_from_a_newer_bluehelm_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as opened:
        play(opened, LOOP, "t1", seed=1, decisions=2)
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 5,))
    db.commit()
    db.close()
    with pytest.raises(RecordsError) as caught:
        RecordStore.open(path)
    assert str(caught.value) == (
        f"{path} was written by a newer Bluehelm (records schema {SCHEMA_VERSION + 5}; this version reads up to "
        f"{SCHEMA_VERSION}): upgrade Bluehelm to open it")


def test_migrations_run_in_order_from_an_empty_file(tmp_path, monkeypatch):
    """A later migration runs on a file at the previous schema, inside the same kind of transaction."""
    from game.records import schema

    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path):
        pass
    ran = []

    def next_migration(db):
        ran.append(db.in_transaction)
        db.execute("ALTER TABLE sessions ADD COLUMN note TEXT")

    following = schema.LATEST + 1
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + (next_migration,))
    monkeypatch.setattr(schema, "LATEST", following)
    from game.records import store as store_module
    monkeypatch.setattr(store_module, "LATEST", following)
    with RecordStore.open(path) as opened:
        assert opened.schema_version == following
    with RecordStore.open(path) as opened:
        assert opened.schema_version == following
    assert ran == [True]  # once, within the migration transaction



def test_each_decision_keeps_the_position_its_option_was_shown_at(tmp_path):
    from game.engine.session import Session
    from conftest import CONTRACT, compiled_from

    session = Session(compiled_from(CONTRACT), seed=4)
    shown = {c.id: c.number for c in session.choices}
    session.choose("wait")
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        session_id = store.start_session("SN-1", "", session.scenario.id, "h", "en", "training", "x1", session.state)
        store.record_decision(session_id, session.decisions[-1], {"crisis": -1}, session.state)
        [decision] = store.decisions_of([session_id])[session_id]
    assert decision.shown_position == shown["wait"]


def _schema_2_file(path) -> None:
    """A records file as Bluehelm wrote it at schema 2: a full state JSON with every decision."""
    from game.records import schema

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (2)")
    for migration in schema.MIGRATIONS[:2]:
        migration(db)
    compiled, digest = loaded(LOOP)
    session = Session(compiled, seed=4, content_hash=digest)
    start = json.dumps(session.state.to_json())
    db.execute("INSERT INTO trainees VALUES ('t1', 'Amina', '', 'then')")
    db.execute("INSERT INTO sessions (id, registration, trainee_id, scenario_id, content_hash, language, mode, "
               "timer_setting, app_version, started_at, start_state) VALUES (1, '0e6d6a3e-9e51-4b0e-a1a7-0c4d4b9d2f11',"
               " 't1', 'patrol-loop', ?, 'en', 'training', 'x1', '0.1.0', '2025-01-01T10:00:00.000Z', ?)",
               (digest, start))
    for seq in (1, 2):
        outcome = session.choose(session.choices[0].id)
        db.execute("INSERT INTO decisions VALUES (1, ?, ?, ?, ?, '{}', 1.5, 0, 1.5, '2025-01-01T10:01:00.000Z', ?, "
                   "NULL)", (seq, outcome.node, outcome.choice, outcome.destination,
                             json.dumps(session.state.to_json())))
    db.execute("INSERT INTO xapi_sent VALUES ('http://lrs/xAPI', '6f1f4d0e-8a4b-5c2e-9d7a-b1e4e1a0c0de', 1, 'then')")
    db.execute("COMMIT")
    db.close()
    return session


def test_a_schema_2_file_is_migrated_compact_and_resumes_where_it_was(tmp_path):
    path = tmp_path / "records.sqlite3"
    session = _schema_2_file(path)
    with RecordStore.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [d.shown_position for d in store.decisions(1)] == [None, None]
        columns = {row[1] for row in store._db.execute("PRAGMA table_info(decisions)")}
        assert "state_json" not in columns
        assert store.load_state(1).to_json() == session.state.to_json()  # the latest state, kept while unfinished
        start, decisions = store.replay_of(1)
        assert (start.seed, start.decisions, [d.choice for d in decisions]) == (4, [], [d.choice for d in
                                                                                        session.decisions])
        assert "rng" not in json.loads(store._db.execute("SELECT start_state FROM sessions").fetchone()[0])
        from game.records.sendlog import sent_ids
        assert sent_ids(store, "http://lrs/xAPI", 1) == {"6f1f4d0e-8a4b-5c2e-9d7a-b1e4e1a0c0de"}


def test_replay_of_gives_the_start_state_and_every_decision_in_order(store):
    played = play(store, LOOP, "t1", seed=11, decisions=6, finish=False)
    start, decisions = store.replay_of(played.session_id)
    assert (start.scenario, start.seed, start.language, start.content_hash) == (
        "patrol-loop", 11, played.session.language, played.session.content_hash)
    assert start.decisions == [] and start.node == played.session.scenario.start
    assert decisions == played.session.decisions  # node, choice, goto, seconds, timer, time and shown position
    compiled, digest = loaded(LOOP)
    replayed = Session(compiled, seed=start.seed, language=start.language, content_hash=digest)
    for decision in decisions:
        replayed.choose(decision.choice)
    assert replayed.state.to_json() == played.session.state.to_json()


def test_a_finished_session_keeps_no_state_only_its_decisions(store):
    played = play(store, CHECKPOINT, "t1", seed=2)
    row = store._db.execute("SELECT latest_state, length(start_state) FROM sessions WHERE id = ?",
                            (played.session_id,)).fetchone()
    assert row[0] is None and row[1] < 1000  # the seed rebuilds the RNG: no 7 KB of it per session
