"""The edges the adversary broke: a full disk, a lock held by another process, read-only media,
symlinks and devices as outputs, a row of bad JSON, and who may read the records file."""

from __future__ import annotations

import errno
import json
import os
import random
import sqlite3
import stat

import pytest
from edges_support import fill, lock_held_by_another_process, read_only_copy, small_disk
from records_support import CHECKPOINT, LOOP, make_class, pick, play

from game.cli import main
from game.records import RecordsError, RecordStore
from game.records.integrity import KEY_FILE


def _one_line(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and err.startswith("bluehelm: error: "), err
    assert "Traceback" not in err
    return err


def _decisions_until_it_fails(recorded, limit: int = 5000) -> int:
    rng = random.Random(1)
    for made in range(limit):
        try:
            recorded.choose(pick(recorded.session, rng, stay=True))
        except RecordsError as exc:
            assert "\n" not in str(exc)
            assert "disk is full" in str(exc) and "everything recorded before is kept" in str(exc)
            return made
    pytest.fail(f"{limit} decisions fitted on the small disk")


# -- a full disk ----------------------------------------------------------------------------

def test_a_full_disk_during_a_session_is_one_records_error_and_every_committed_decision_stays(tmp_path):
    with small_disk(tmp_path) as disk:
        path = (disk or tmp_path) / "records.sqlite3"
        store = RecordStore.open(path)
        recorded = play(store, LOOP, "t1", seed=1, decisions=3, finish=False)
        if disk is not None:
            filler = fill(disk)
        else:  # no mount here: SQLite's own page limit gives the same SQLITE_FULL
            store._db.execute(f"PRAGMA max_page_count = {store._db.execute('PRAGMA page_count').fetchone()[0]}")
        _decisions_until_it_fails(recorded)
        committed = store.decisions(recorded.session_id)
        store.close()
        if disk is not None:
            filler.unlink()
        with RecordStore.open(path) as again:
            assert again.decisions(recorded.session_id) == committed
            assert len(committed) >= 3
            assert again._db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            again.finish_session(recorded.session_id, {"outcome": "incomplete", "passed": False, "overall": None},
                                 {})  # and the store takes writes again once there is room


def test_a_new_records_file_on_a_full_disk_says_the_disk_is_full_not_damaged(tmp_path):
    with small_disk(tmp_path, "256k") as disk:
        if disk is None:
            pytest.skip("no tmpfs can be mounted here (not root): a new file cannot be made to fail for lack of room")
        fill(disk)
        with pytest.raises(RecordsError) as caught:
            RecordStore.open(disk / "records.sqlite3")
    message = str(caught.value)
    assert "disk is full" in message and "damaged" not in message and "\n" not in message


def _fake_full_disk(monkeypatch) -> None:
    def no_room(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("game.files.os.fsync", no_room)


@pytest.mark.parametrize("kind", ["csv", "html", "xapi"])
def test_an_output_that_fails_on_a_full_disk_keeps_the_good_file_and_leaves_no_temporary_file(
        tmp_path, kind, capsys, monkeypatch):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        make_class(store, trainees=3)
    with small_disk(tmp_path, "1m") as disk:
        folder = disk or tmp_path / "out"
        folder.mkdir(exist_ok=True)
        target = folder / {"csv": "class.csv", "html": "report.html", "xapi": "statements.json"}[kind]
        db = ["--db", str(tmp_path / "records.sqlite3")]
        argv = {"csv": ["report", *db, "--csv", str(target)], "html": ["report", *db, "-o", str(target)],
                "xapi": ["xapi", "export", *db, "-o", str(target)]}[kind]
        assert main(argv) == 0
        good = target.read_bytes()
        capsys.readouterr()
        if disk is not None:
            fill(disk)
        else:
            _fake_full_disk(monkeypatch)
        assert main(argv) == 1
        err = _one_line(capsys)
        assert "No space left on device" in err and str(target) in err
        assert target.read_bytes() == good  # the good file, whole: never a truncated one
        assert sorted(p.name for p in folder.iterdir() if p.name != "filler.bin") == [target.name]


# -- a lock held by another process ------------------------------------------------------------

def test_a_lock_held_past_the_busy_timeout_is_one_records_error_and_nothing_committed_is_lost(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path, busy_timeout=0.3) as store:
        recorded = play(store, LOOP, "t1", seed=1, decisions=4, finish=False)
        before = store.decisions(recorded.session_id)
        with lock_held_by_another_process(path):
            with pytest.raises(RecordsError) as caught:
                recorded.choose(pick(recorded.session, random.Random(2), stay=True))
            message = str(caught.value)
            assert message == (f"records file {path} stayed busy for over 0.3 s (another program holds it); "
                               "could not record a decision")
        assert store.decisions(recorded.session_id) == before
        store.record_decision(recorded.session_id, recorded.session.decisions[-1], {}, None)  # free again
        assert len(store.decisions(recorded.session_id)) == len(before) + 1


def test_a_command_waiting_on_a_held_lock_ends_in_one_line(tmp_path, capsys, monkeypatch):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        played = play(store, LOOP, "t1", seed=1, decisions=2)
    monkeypatch.setattr("game.records.schema.BUSY_TIMEOUT_MS", 300)
    with lock_held_by_another_process(path):
        assert main(["review", "--db", str(path), str(played.session_id), "--rating", "4"]) == 1
    assert "busy" in _one_line(capsys)


# -- read-only media -------------------------------------------------------------------------

def test_a_backup_on_read_only_media_can_be_listed_reported_and_exported(tmp_path, capsys):
    original = tmp_path / "records.sqlite3"
    with RecordStore.open(original) as store:
        make_class(store, trainees=3)
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with read_only_copy(tmp_path, [original, tmp_path / KEY_FILE]) as media:
        if media is None:
            pytest.skip("no read-only filesystem can be mounted here (needs root)")
        backup = media / "records.sqlite3"
        assert backup.read_bytes()[18:20] == b"\x02\x02"  # still a WAL file: SQLite cannot make its index there
        out = tmp_path / "out"
        out.mkdir()
        assert main(["records", "list", "--db", str(backup)]) == 0
        assert len(capsys.readouterr().out.strip().splitlines()) == 3
        assert main(["report", "--db", str(backup), "-o", str(out / "r.html"), "--csv", str(out / "c.csv")]) == 0
        assert main(["xapi", "export", "--db", str(backup), "-o", str(out / "x.json")]) == 0
        assert main(["records", "info", "--db", str(backup)]) == 0
        assert "(read-only)" in capsys.readouterr().out
        assert len(json.loads((out / "x.json").read_text(encoding="utf-8"))) > 10
        assert "edited" not in (out / "r.html").read_text(encoding="utf-8")  # the key came along: tags check out
        assert main(["review", "--db", str(backup), "1", "--rating", "3"]) == 1
        assert "read-only" in _one_line(capsys)
        assert sorted(p.name for p in media.iterdir()) == ["records.key", "records.sqlite3"]


def test_read_only_open_of_a_file_never_writes_to_it(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        play(store, LOOP, "t1", seed=1, decisions=2)
    before = path.read_bytes()
    with RecordStore.open(path, readonly=True) as reader:
        assert reader.readonly and len(reader.sessions()) == 1
        with pytest.raises(RecordsError, match="open read-only"):
            reader.review(1, 3)
    assert path.read_bytes() == before


# -- outputs: symlinks, devices, the records file itself -------------------------------------

def test_outputs_write_through_a_symlink_and_keep_the_link(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        make_class(store, trainees=2)
    for argv, name in ((["report", "-o"], "report.html"), (["report", "--csv"], "class.csv"),
                       (["xapi", "export", "-o"], "x.json"), (["records", "export", "t0", "-o"], "t0.json")):
        real = tmp_path / f"real-{name}"
        real.write_text("old")
        link = tmp_path / f"link-{name}"
        link.symlink_to(real)
        command = argv[:-1] + ["--db", str(tmp_path / "records.sqlite3"), argv[-1], str(link)]
        if argv[0] == "records":
            command = ["records", "export", "--db", str(tmp_path / "records.sqlite3"), "t0", "-o", str(link)]
        assert main(command) == 0
        assert link.is_symlink() and os.readlink(link) == str(real)
        assert real.read_text(encoding="utf-8-sig") != "old"


def test_a_device_as_output_is_written_into_never_replaced(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        make_class(store, trainees=2)
    db = str(tmp_path / "records.sqlite3")
    for argv in (["report", "--db", db, "-o", "/dev/null"], ["report", "--db", db, "--csv", "/dev/null"],
                 ["xapi", "export", "--db", db, "-o", "/dev/null"],
                 ["records", "export", "--db", db, "t0", "-o", "/dev/null"]):
        assert main(argv) == 0
        assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_an_output_never_replaces_the_records_file_it_reads(tmp_path, capsys):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        make_class(store, trainees=2)
    before = path.read_bytes()
    for argv in (["report", "--db", str(path), "-o", str(path)], ["xapi", "export", "--db", str(path), "-o", str(path)],
                 ["report", "--db", str(path), "--csv", str(tmp_path / KEY_FILE)]):
        assert main(argv) == 1
        assert "also this command's input" in _one_line(capsys)
    assert path.read_bytes() == before


# -- a row of bad JSON ---------------------------------------------------------------------------

def _damage(path, sql: str) -> None:
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.close()


def test_rows_with_bad_json_are_flagged_never_a_traceback(tmp_path, capsys):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        played = make_class(store, trainees=4)
    _damage(path, f"UPDATE sessions SET result_json = '{{not json' WHERE id = {played[0].session_id}")
    _damage(path, f"UPDATE sessions SET debrief_json = '[1, 2' WHERE id = {played[1].session_id}")
    _damage(path, f"UPDATE decisions SET ratings_json = 'oops' WHERE session_id = {played[2].session_id} AND seq = 1")
    out = tmp_path / "report.html"
    assert main(["report", "--db", str(path), "-o", str(out), "--csv", str(tmp_path / "c.csv")]) == 0
    assert "3 sessions to check" in capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    assert "its result is not readable" in html and "its debrief is not readable" in html
    assert "decision 1: its ratings are not readable" in html
    assert main(["xapi", "export", "--db", str(path), "-o", str(tmp_path / "x.json")]) == 0
    statements = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert statements and all("id" in s for s in statements)
    assert main(["records", "export", "--db", str(path), "t0"]) == 0
    assert json.loads(capsys.readouterr().out)["sessions"][0]["problems"] == ["its result is not readable"]
    assert main(["records", "list", "--db", str(path)]) == 0


def test_a_damaged_start_state_refuses_to_resume_in_one_line(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        played = play(store, LOOP, "t1", seed=1, decisions=2, finish=False)
    _damage(path, f"UPDATE sessions SET start_state = 'nope', latest_state = NULL WHERE id = {played.session_id}")
    with RecordStore.open(path) as store:
        with pytest.raises(RecordsError, match="start state of session 1 is damaged"):
            store.replay_of(played.session_id)
        with pytest.raises(RecordsError, match="damaged"):
            store.load_state(played.session_id)


# -- who may read it ------------------------------------------------------------------------------

def test_a_new_records_file_is_private_in_a_private_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("BLUEHELM_HOME", str(tmp_path / "home"))
    old = os.umask(0o022)
    try:
        with RecordStore.open() as store:
            play(store, LOOP, "t1", seed=1, decisions=1)
            files = [store.path, store.path.with_name("records.sqlite3-wal"), store.path.parent / KEY_FILE]
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
            folder = stat.S_IMODE(store.path.parent.stat().st_mode)
    finally:
        os.umask(old)
    assert modes == {"records.sqlite3": 0o600, "records.sqlite3-wal": 0o600, KEY_FILE: 0o600}
    assert folder == 0o700


def test_a_records_file_an_older_bluehelm_left_readable_is_made_private(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        play(store, CHECKPOINT, "t1", seed=1, decisions=1)
    path.chmod(0o644)
    with RecordStore.open(path):
        pass
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
