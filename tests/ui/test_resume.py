"""A crash mid-scenario loses nothing decided, and a session belongs to its trainee and mode: starting
the same scenario again offers that trainee's own unfinished session, replayed from the records store,
and never anyone else's."""

from __future__ import annotations

import pygame

from game.records import RecordStore, default_path


def begin(pilot) -> None:
    pilot.press(pygame.K_1)  # the first card: its briefing (the trainee is signed in)
    assert pilot.screen == "BriefingScene"
    pilot.press(pygame.K_RETURN)  # "Begin the scenario"


def play_two_decisions(pilot) -> None:
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("wait")  # the crowd calms or angers (a weighted branch)
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("back")  # back to the barrier
    pilot.press(pygame.K_RETURN)
    assert pilot.top.shown.node.id == "arrival"


def test_a_crash_mid_scenario_resumes_at_the_same_node_with_the_same_variables(launch, library):
    pilot = launch([library], trainee="SN-1001", course="PK-3")
    play_two_decisions(pilot)
    before = pilot.top.run.session
    saved_node, saved_variables, saved_path = before.node_id, before.variables, before.path
    saved_order = [c.id for c in pilot.top.shown.choices]
    with RecordStore.open(default_path()) as store:
        [record] = store.unfinished("SN-1001")
        assert (record.decisions, record.mode, record.timer_setting, record.course) == (2, "training", "x1", "PK-3")
    # The crash: the app is dropped mid-scenario, nothing is closed or saved on the way out.

    again = launch([library], trainee="SN-1001", course="PK-3")
    assert again.screen == "MenuScene", "nothing is offered before the trainee picks a scenario"
    begin(again)
    assert again.screen == "ResumeScene"
    again.shot("resume-offer")
    again.press(pygame.K_RETURN)  # "Resume" has the focus
    assert again.screen == "PlayScene"
    session = again.top.run.session
    assert (session.node_id, session.variables, session.path) == (saved_node, saved_variables, saved_path)
    assert [c.id for c in again.top.shown.choices] == saved_order, "the same order as before the crash"
    assert [m.target for m in again.top.meters] == [saved_variables["trust"], saved_variables["tension"]]
    assert again.top.run.trainee == "SN-1001"


def test_another_trainee_is_never_offered_someone_elses_session(launch, library):
    play_two_decisions(launch([library], trainee="Alice"))
    bob = launch([library], trainee="Bob")
    begin(bob)
    assert bob.screen == "PlayScene" and bob.top.run.session.decisions == []
    assert bob.top.run.trainee == "Bob"


def test_the_same_trainee_in_another_mode_starts_afresh(launch, library):
    play_two_decisions(launch([library], trainee="SN-1005"))
    assessed = launch([library], trainee="SN-1005", mode="assessment")
    begin(assessed)
    assert assessed.screen == "PlayScene" and assessed.top.run.session.decisions == []


def test_a_resume_after_the_scenario_changed_says_what_happened(launch, library):
    pilot = launch([library], trainee="SN-1002")
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    scenario = library / "contract-example.yaml"
    scenario.write_text(scenario.read_text(encoding="utf-8").replace("The crowd settles down.", "The crowd settles."),
                        encoding="utf-8")

    again = launch([library], trainee="SN-1002")
    begin(again)
    again.press(pygame.K_RETURN)  # resume
    assert again.screen == "NoticeScene"
    assert "changed" in again.top.message
    again.shot("resume-changed")
    again.press(pygame.K_RETURN)
    assert again.screen == "PlayScene" and again.top.run.session.node_id == "elder-talk"


def test_a_trainee_can_start_over_instead(launch, library):
    pilot = launch([library], trainee="SN-1003")
    begin(pilot)
    pilot.skip_reveal()
    pilot.choose("greet-elder")

    again = launch([library], trainee="SN-1003")
    begin(again)
    again.click_button("discard")
    assert again.screen == "PlayScene" and again.top.run.session.decisions == []


def test_the_countdown_does_not_run_while_paused_and_quitting_to_the_list_keeps_progress(launch, library):
    pilot = launch([library], trainee="SN-1004")
    begin(pilot)
    pilot.skip_reveal()
    pilot.step(30)
    left = pilot.top.countdown[0]
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen == "PauseScene"
    pilot.step(90)
    pilot.press(pygame.K_ESCAPE)  # resume
    assert pilot.screen == "PlayScene"
    assert abs(pilot.top.countdown[0] - left) < 0.2
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_ESCAPE)
    while pilot.top.focus.current.name != "quit":
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)  # quit to the scenario list
    assert pilot.screen == "MenuScene"
    begin(pilot)  # the same card again: the progress is offered, not silently dropped
    assert pilot.screen == "ResumeScene" and pilot.top.record.decisions == 1
