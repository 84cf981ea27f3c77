"""The one play runner: decision times from options shown to choice (pauses excluded), timers that
fire by themselves, every decision in the records store, no empty sessions kept, and a resume that
replays the recorded choices and refuses what does not replay."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from game.play import PlayRun, ResumeRefused, Who, resume_run, unfinished_for
from game.records import RecordsError, RecordStore

from conftest import CONTRACT, ROOT, compiled_from

COMPILED = compiled_from(CONTRACT)


@dataclass
class FakeClock:
    now: float = 1000.0

    def __call__(self) -> float:
        return self.now


@dataclass
class Heard:
    events: list = field(default_factory=list)

    def node_shown(self, run):
        self.events.append(("shown", run.node.id))

    def decided(self, run, outcome):
        self.events.append(("decided", outcome.choice, outcome.timer))

    def finished(self, run, debrief):
        self.events.append(("finished", debrief.passed))

    def records_problem(self, run, message):
        self.events.append(("records", message))


def start(store=None, timer="x1", mode="training", seed=1):
    clock = FakeClock()
    run = PlayRun.start(COMPILED, Who("SN-1", "C-1", mode, timer), content_hash="h", seed=seed, store=store, clock=clock)
    return run, clock


def test_a_decision_takes_the_time_from_its_options_being_shown_to_the_choice_pauses_excluded():
    run, clock = start(timer="off")
    clock.now += 30  # reading the text: the options are not on screen yet
    run.show()
    clock.now += 4
    run.pause()
    clock.now += 600  # a long pause, then back
    run.unpause()
    clock.now += 2.5
    run.choose("greet-elder")
    assert run.session.decisions[-1].seconds == pytest.approx(6.5)


def test_an_untimed_decision_records_its_real_time_not_zero():
    run, clock = start()
    run.choose("greet-elder")
    run.show()
    clock.now += 0.7
    run.choose("ask-women-officer")
    assert run.session.decisions[-1].seconds == pytest.approx(0.7)


def test_the_timer_fires_by_itself_when_the_front_end_only_ticks():
    run, clock = start()
    heard = Heard()
    run.listeners.append(heard)
    run.show()
    for _ in range(25):  # a trainee who never presses a key: one tick a second
        clock.now += 1
        run.tick()
    assert [d.choice for d in run.session.decisions] == ["wait"] and run.session.decisions[0].timer
    assert heard.events[:2] == [("shown", "arrival"), ("decided", "wait", True)]


def test_a_slower_timer_setting_gives_more_real_time_and_off_never_fires():
    slow, clock = start(timer="x2")
    slow.show()
    clock.now += 39
    assert slow.tick() is None and slow.seconds_left() == pytest.approx((1.0, 40.0))
    clock.now += 1
    assert slow.tick().timer
    off, clock = start(timer="off")
    off.show()
    clock.now += 3600
    assert off.tick() is None and off.seconds_left() is None and off.session.decisions == []


def test_the_clock_does_not_run_before_the_options_are_shown_or_while_paused():
    run, clock = start()
    clock.now += 100
    assert run.tick() is None and run.seconds_left()[0] == pytest.approx(20)
    run.show()
    run.pause()
    clock.now += 100
    assert run.tick() is None and run.seconds_left()[0] == pytest.approx(20)


def test_every_decision_is_in_the_records_before_the_call_returns_and_no_empty_session_is_kept(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        run, clock = start(store)
        assert store.sessions() == []  # nothing is kept until a decision is made
        run.show()
        run.choose("greet-elder")
        [record] = store.sessions()
        assert [d.choice for d in store.decisions(record.id)] == ["greet-elder"]
        run.show()
        run.choose("ask-women-officer")
        debrief = run.finish()
        assert store.session(record.id).finished and store.result(record.id)["passed"] is debrief.passed


def test_a_records_problem_never_stops_play_and_is_said_once(tmp_path):
    class FullDisk(RecordStore):
        def record_decision(self, *args, **kwargs):
            raise RecordsError("cannot record a decision: the disk is full")

    with FullDisk.open(tmp_path / "records.sqlite3") as store:
        run, _ = start(store)
        heard = Heard()
        run.listeners.append(heard)
        run.show()
        run.choose("greet-elder")
        run.show()
        run.choose("ask-women-officer")
        assert run.finished and run.records_problem == "cannot record a decision: the disk is full"
        assert [e for e in heard.events if e[0] == "records"] == [("records", run.records_problem)]


def test_resume_replays_the_recorded_choices_and_shows_the_same_order(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        run, _ = start(store, seed=7)
        run.show()
        run.choose("wait")
        order = [c.id for c in run.choices]
        record = unfinished_for(store, "SN-1", "checkpoint-market", "training")
        assert unfinished_for(store, "SN-2", "checkpoint-market", "training") is None  # never another trainee's
        assert unfinished_for(store, "SN-1", "checkpoint-market", "assessment") is None  # nor another mode's
        resumed, report = resume_run(COMPILED, store, record, content_hash="h")
        assert report.exact and resumed.record_id == record.id
        assert (resumed.node.id, resumed.session.variables) == (run.node.id, run.session.variables)
        assert [c.id for c in resumed.choices] == order


def test_a_record_edited_to_claim_a_pass_is_refused_on_resume(tmp_path):
    path = tmp_path / "records.sqlite3"
    with RecordStore.open(path) as store:
        run, _ = start(store)
        run.show()
        run.choose("greet-elder")
        record = store.sessions()[0]
    import sqlite3
    db = sqlite3.connect(path)
    db.execute("UPDATE decisions SET choice = 'search-now', goto = 'passed-through' WHERE session_id = ?", (record.id,))
    db.commit()
    db.close()
    with RecordStore.open(path) as store:
        with pytest.raises(ResumeRefused, match="does not replay on its own scenario"):
            resume_run(COMPILED, store, store.session(record.id), content_hash="h")


def test_the_terminal_times_out_without_a_key_press(tmp_path):
    scenario = tmp_path / "quick.yaml"
    scenario.write_text(CONTRACT.read_text(encoding="utf-8").replace("timer: {seconds: 20, choice: wait}",
                                                                     "timer: {seconds: 1, choice: wait}"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    reader, writer = os.pipe()  # stdin stays open and silent: a trainee who never presses a key
    try:
        process = subprocess.Popen([sys.executable, "-m", "game", "play-text", str(scenario), "--no-record", "--seed", "3"],
                                   stdin=reader, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        os.close(reader)
        line = ""
        for line in process.stdout:  # the timeout comes without any input
            if "Time ran out" in line:
                break
        assert "Time ran out" in line
    finally:
        os.close(writer)
        process.kill()
        process.wait(timeout=30)


def test_replay_from_a_decision_is_a_new_recorded_attempt_from_the_state_at_that_point(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        run, clock = start(store, seed=3)
        run.show()
        run.choose("greet-elder")
        before_second = (run.node.id, run.session.variables, [c.id for c in run.choices])
        run.show()
        run.choose("search-now")  # a red line: the trainee wants to try that decision again
        run.finish()
        [first] = store.sessions()

        again = PlayRun.replayed(run, 1)
        assert (again.node.id, again.session.variables, [c.id for c in again.choices]) == before_second
        assert again.record_id is not None and again.record_id != first.id, "a separate attempt, separately recorded"
        assert [d.choice for d in store.decisions(again.record_id)] == ["greet-elder"]
        assert not store.session(again.record_id).finished and store.session(first.id).finished
        again.show()
        clock.now += 5
        again.choose("ask-women-officer")
        assert again.finish().passed
        assert [d.choice for d in store.decisions(again.record_id)] == ["greet-elder", "ask-women-officer"]
        assert [d.choice for d in store.decisions(first.id)] == ["greet-elder", "search-now"], "the first attempt stays"


def test_replay_from_the_first_decision_keeps_nothing_until_a_choice_and_refuses_an_impossible_point(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        run, _ = start(store, seed=3)
        run.show()
        run.choose("greet-elder")
        fresh = PlayRun.replayed(run, 0)
        assert fresh.node.id == "arrival" and fresh.record_id is None and len(store.sessions()) == 1
        with pytest.raises(ValueError):
            PlayRun.replayed(run, 2)


def test_play_text_never_sends_a_scenarios_control_characters_to_the_terminal(tmp_path):
    scenario = tmp_path / "hostile.yaml"
    scenario.write_text(CONTRACT.read_text(encoding="utf-8").replace(
        "text: |\n      A crowd of about forty displaced people waits at the barrier.",
        'text: "A crowd waits.\\e]0;owned\\a\\e[2J"'), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "game", "play-text", str(scenario), "--no-record"], input="q\n",
                            capture_output=True, text=True, env=env, timeout=120)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "A crowd waits.\\x1b]0;owned\\x07\\x1b[2J" in result.stdout


def test_decisions_a_full_disk_refused_are_recorded_once_there_is_room_again(tmp_path):
    class FillingDisk(RecordStore):
        full = False

        def record_decision(self, *args, **kwargs):
            if self.full:
                raise RecordsError("cannot record a decision: the disk is full")
            return super().record_decision(*args, **kwargs)

    with FillingDisk.open(tmp_path / "records.sqlite3") as store:
        run, _ = start(store)
        run.show()
        run.choose("wait")
        store.full = True
        run.show()
        run.choose("back")  # refused: play goes on
        record = store.sessions()[0]
        assert [d.choice for d in store.decisions(record.id)] == ["wait"]
        store.full = False
        run.show()
        run.choose(run.choices[0].id)  # room again: the record catches up, in order
        assert [d.choice for d in store.decisions(record.id)] == [d.choice for d in run.session.decisions]
        resumed, report = resume_run(COMPILED, store, store.session(record.id), content_hash="h")
        assert report.exact and resumed.session.path == run.session.path
