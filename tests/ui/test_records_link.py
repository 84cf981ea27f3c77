"""The trainer writes every decision to the records store before the next screen, and the result at the end."""

from __future__ import annotations

import pygame

from game.records import RecordStore
from game.records.store import default_path

from .test_resume import begin, play_two_decisions


def test_each_decision_is_in_the_records_store_and_a_resume_continues_the_same_record(launch, library):
    pilot = launch([library], trainee="SN-2001", course="PK-9")
    play_two_decisions(pilot)
    with RecordStore.open(default_path()) as store:
        (record,) = store.unfinished()
        assert (record.course, record.mode) == ("PK-9", "training")
        assert [d.choice for d in store.decisions(record.id)] == ["wait", "back"]
        assert [d.goto for d in store.replay_of(record.id)[1]][-1] == "arrival"

    again = launch([library], trainee="SN-2001", course="PK-9")  # a crash, then the next start
    begin(again)
    again.press(pygame.K_RETURN)  # resume
    assert again.top.run.record_id == record.id
    again.skip_reveal()
    again.choose("greet-elder")
    again.press(pygame.K_RETURN)
    with RecordStore.open(default_path()) as store:
        assert [d.choice for d in store.decisions(record.id)] == ["wait", "back", "greet-elder"]


def test_a_finished_session_stores_its_result_and_debrief(launch, library):
    pilot = launch([library], trainee="SN-2002")
    pilot.press(pygame.K_1)  # the scenario
    pilot.press(pygame.K_RETURN)  # begin
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("ask-women-officer")
    pilot.press(pygame.K_RETURN)
    for _ in range(4):
        if pilot.screen == "DebriefScene":
            break
        pilot.press(pygame.K_RETURN)
    assert pilot.screen == "DebriefScene"
    with RecordStore.open(default_path()) as store:
        (record,) = store.sessions(trainee="SN-2002")
        assert store.result(record.id)["passed"] is True
        assert store.debrief(record.id)["format"].startswith("bluehelm-debrief")  # the records store's own summary form
        assert store.unfinished() == []


def test_a_damaged_records_file_does_not_stop_the_trainee(launch, library, home):
    target = default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"this is not a database" * 100)
    pilot = launch([library], trainee="SN-2003")
    assert pilot.app.store is None
    assert pilot.screen == "MenuScene"
    assert target.read_bytes() == b"this is not a database" * 100  # never overwritten


def test_an_authors_test_run_can_stay_out_of_the_records(launch, library):
    pilot = launch([library], trainee="AUTHOR", record=False)
    assert pilot.app.store is None
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    assert not default_path().exists()
