"""Integrity tags: a trainee who edits the records file to pass is flagged by the report, whatever they change."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from records_support import CHECKPOINT, LOOP, make_class, play

from game.cli import main
from game.records import RecordStore
from game.records.bundle import bundle_ids, iter_bundles
from game.records.integrity import KEY_FILE, load_key


def _states(store) -> dict[int, str]:
    return {b.record.id: b.integrity for b in iter_bundles(store, bundle_ids(store))}


def _sql(path, statement: str, *values) -> None:
    db = sqlite3.connect(path)
    db.execute(statement, values)
    db.commit()
    db.close()


@pytest.fixture
def classroom(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        make_class(store, trainees=4)
    return path


def test_every_session_played_through_the_store_checks_out(classroom):
    with RecordStore.open(classroom, readonly=True) as store:
        assert set(_states(store).values()) == {"ok"}


@pytest.mark.parametrize("edit", [
    "UPDATE sessions SET passed = 1, overall = 75.0, outcome = 'success' WHERE id = 1",
    "UPDATE sessions SET result_json = replace(result_json, '\"passed\":false', '\"passed\":true') WHERE id = 1",
    "UPDATE decisions SET choice = 'greet-elder', ratings_json = '{\"crisis\":3,\"cultural\":3}' "
    "WHERE session_id = 1 AND seq = 1",
    "INSERT INTO decisions SELECT session_id, seq + 100, node, choice, goto, ratings_json, seconds, timer_expired, "
    "play_at, decided_at, shown_position FROM decisions WHERE session_id = 1 AND seq = 1",
    "DELETE FROM decisions WHERE session_id = 1 AND seq = 2",
    "UPDATE sessions SET trainee_id = 't1' WHERE id = 1",
    "UPDATE sessions SET start_state = replace(start_state, '\"seed\":0', '\"seed\":9') WHERE id = 1",
])
def test_an_edited_session_is_flagged_in_the_report_and_the_csv(classroom, tmp_path, edit, capsys):
    _sql(classroom, edit)
    with RecordStore.open(classroom, readonly=True) as store:
        states = _states(store)
    assert states[1] == "edited" and set(states[i] for i in states if i != 1) == {"ok"}
    out, table = tmp_path / "report.html", tmp_path / "class.csv"
    assert main(["report", "--db", str(classroom), "-o", str(out), "--csv", str(table)]) == 0
    assert "1 sessions to check" in capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    assert "does not match its integrity tag" in html
    rows = list(csv.DictReader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert [r["integrity"] for r in rows].count("edited") == 1


def test_a_session_without_the_key_cannot_be_checked_and_says_so(classroom, tmp_path):
    (classroom.parent / KEY_FILE).rename(tmp_path / "elsewhere.key")
    with RecordStore.open(classroom, readonly=True) as store:
        assert set(_states(store).values()) == {"no-key"}
    out = tmp_path / "report.html"
    assert main(["report", "--db", str(classroom), "-o", str(out)]) == 0
    assert "records.key" in out.read_text(encoding="utf-8")


def test_a_session_tagged_with_another_installations_key_is_flagged(classroom):
    (classroom.parent / KEY_FILE).write_text("ab" * 32 + "\n")
    with RecordStore.open(classroom, readonly=True) as store:
        assert set(_states(store).values()) == {"edited"}


def test_the_key_is_made_once_and_kept(tmp_path):
    first = load_key(tmp_path / "records.sqlite3", create=True)
    assert first is not None and len(first) == 32
    assert load_key(tmp_path / "other.sqlite3", create=True) == first  # one key per records folder
    assert [p.name for p in tmp_path.iterdir()] == [KEY_FILE]


def test_reviews_and_xapi_sends_do_not_disturb_the_tag(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        played = play(store, CHECKPOINT, "t1", seed=1)
        play(store, LOOP, "t2", seed=2, decisions=3, finish=False)
        store.review(played.session_id, 4, "Good.")
        store.record_resumed(2)
        assert set(_states(store).values()) == {"ok"}
