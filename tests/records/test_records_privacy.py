"""A trainee's rights: everything held about them, forgetting them (no copy left in the file or its log),
and retention; withdrawals of what an LRS already has are queued for the next send."""

from __future__ import annotations

import json
import sqlite3

import pytest
from lrs_stub import StubLrs, running
from records_support import CHECKPOINT, LOOP, make_class, play
from xapi_model import validate_voiding

from game.cli import main
from game.records import RecordStore, Trainee
from game.records.lrs import LrsClient, send_pending
from game.records.privacy import forget, prune
from game.records.sendlog import queued_voids
from game.records.xapi import store_statements

SECRET_NAME = "Zainab Quetzalcoatl-Oyelaran"


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as opened:
        play(opened, CHECKPOINT, Trainee("zq", SECRET_NAME, "SN-7731"), seed=1, course="UNPK-7")
        play(opened, LOOP, Trainee("zq", SECRET_NAME), seed=2, decisions=3, finish=False)
        make_class(opened, trainees=2)
        opened.review(1, 4, "Her comment stays private", "Capt. Haddad")
        yield opened


def _send(store, url):
    return send_pending(store, LrsClient(url, "u", "p", retries=0, timeout=2), batch=25)


def test_records_export_gives_everything_held_about_one_trainee(store, tmp_path, capsys):
    out = tmp_path / "zq.json"
    assert main(["records", "export", "--db", str(store.path), "zq", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "bluehelm-trainee-export/1"
    assert data["trainee"] == {"id": "zq", "name": SECRET_NAME, "service_number": "SN-7731",
                               "first_seen": data["trainee"]["first_seen"]}
    finished, unfinished = data["sessions"]
    assert finished["review"]["comment"] == "Her comment stays private"
    assert finished["result"]["outcome"] == store.session(1).outcome and finished["debrief"]["overall_band"]
    assert [d["choice"] for d in finished["decisions"]] == [d.choice for d in store.decisions(1)]
    assert unfinished["finished_at"] is None and len(unfinished["decisions"]) == 3
    assert finished["start_state"]["seed"] == 1 and finished["integrity"] == "ok"
    assert {s["id"] for s in data["sessions"]} == {1, 2}  # nobody else's
    assert main(["records", "export", "--db", str(store.path), "nobody"]) == 1
    assert "no trainee 'nobody'" in capsys.readouterr().err


def test_forget_leaves_no_trace_of_the_trainee_in_the_file_or_its_log(store):
    removed = forget(store, "zq")
    assert (removed.sessions, removed.wal_cleared) == (2, True)
    assert all(s.trainee.id != "zq" for s in store.sessions()) and len(store.sessions()) == 2
    for table in ("trainees", "sessions", "decisions", "reviews", "session_events", "xapi_sent"):
        assert store._db.execute(f"SELECT COUNT(*) FROM {table} WHERE "
                                 + ("id = 'zq'" if table == "trainees" else
                                    "trainee_id = 'zq'" if table == "sessions" else "session_id IN (1, 2)")
                                 ).fetchone()[0] == 0, table
    raw = store.path.read_bytes() + store.path.with_name("records.sqlite3-wal").read_bytes()
    assert SECRET_NAME.encode() not in raw and b"Her comment stays private" not in raw and b"SN-7731" not in raw


def test_forgetting_queues_withdrawals_for_what_an_lrs_already_has_and_sends_them_first(store):
    stub = StubLrs()
    with running(stub) as url:
        _send(store, url)
        theirs = {s.id for s in store_statements(store) if s.body["actor"]["account"]["name"] == "zq"}
        assert forget(store, "zq").withdrawals == len(theirs)
        assert {v for v, _ in queued_voids(store, url)} == theirs
        report = _send(store, url)
    voiding = stub.batches[-1] if report.sent == 0 else stub.batches[-2]
    assert report.voided == len(theirs) and {v["object"]["id"] for v in voiding} == theirs
    for statement in voiding:
        validate_voiding(statement)
        assert "zq" not in json.dumps(statement) and SECRET_NAME not in json.dumps(statement)
    assert queued_voids(store, url) == []


def test_forget_on_the_command_line_asks_for_yes(store, capsys):
    assert main(["records", "forget", "--db", str(store.path), "zq"]) == 2
    assert "add --yes to confirm" in capsys.readouterr().err
    assert len(store.sessions(trainee="zq")) == 2
    assert main(["records", "forget", "--db", str(store.path), "zq", "--yes"]) == 0
    assert "forgot trainee zq: 2 sessions" in capsys.readouterr().out
    assert store.sessions(trainee="zq") == []
    assert main(["records", "forget", "--db", str(store.path), "zq", "--yes"]) == 1


def test_prune_deletes_sessions_last_active_before_a_date(tmp_path, capsys):
    times = iter([f"2024-0{m}-01T10:00:00.000Z" for m in range(1, 10)] * 100)
    with RecordStore.open(tmp_path / "records.sqlite3", clock=lambda: next(times)) as store:
        play(store, LOOP, "old", seed=1, decisions=2)  # started, 2 decisions and finished: months 1 to 4
        play(store, LOOP, "both", seed=2, decisions=1, finish=False)  # months 5 and 6
        play(store, LOOP, "both", seed=3, decisions=1)  # months 7 to 9
    db = str(tmp_path / "records.sqlite3")
    assert main(["records", "prune", "--db", db, "--before", "2024-07-01", "--dry-run"]) == 0
    assert "would delete 2 sessions (3 decisions)" in capsys.readouterr().out and len(RecordStore.open(db).sessions()) == 3
    assert main(["records", "prune", "--db", db, "--before", "2024-07-01", "--yes"]) == 0
    assert "deleted 2 sessions (3 decisions)" in capsys.readouterr().out
    with RecordStore.open(db) as store:
        assert [(s.trainee.id, s.started_at[:7]) for s in store.sessions()] == [("both", "2024-07")]
        assert store._db.execute("SELECT id FROM trainees").fetchall() == [("both",)]
    assert main(["records", "prune", "--db", db, "--before", "last tuesday", "--yes"]) == 2
    assert "--before" in capsys.readouterr().err


def test_prune_keeps_nothing_it_deleted_in_the_file(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        play(store, LOOP, Trainee("gone", SECRET_NAME), seed=1, decisions=2)
        removed = prune(store, "2999-01-01")
        assert removed.sessions == 1 and removed.trainees == 1
        raw = store.path.read_bytes() + store.path.with_name("records.sqlite3-wal").read_bytes()
    assert SECRET_NAME.encode() not in raw


def test_a_voiding_statement_is_valid_xapi(store):
    from game.records.xapi import voiding_statement

    statement = voiding_statement("6f1f4d0e-8a4b-5c2e-9d7a-b1e4e1a0c0de", "2025-01-01T10:00:00.000Z")
    validate_voiding(statement)
    assert statement["actor"]["account"]["name"] == "bluehelm-records"


def test_the_records_file_never_holds_a_state_per_decision(store):
    columns = {row[1] for row in store._db.execute("PRAGMA table_info(decisions)")}
    assert "state_json" not in columns
    db = sqlite3.connect(store.path)
    assert db.execute("SELECT COUNT(*) FROM sessions WHERE finished_at IS NOT NULL AND latest_state IS NOT NULL"
                      ).fetchone()[0] == 0
    db.close()
