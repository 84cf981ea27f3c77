"""A crash mid-scenario loses nothing decided: the next start offers the checkpoint and resumes it."""

from __future__ import annotations

import json

import pygame

from game.ui.checkpoints import checkpoint_dir, latest_checkpoint


def play_two_decisions(pilot) -> None:
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
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
    files = list(checkpoint_dir().glob("*.json"))
    assert len(files) == 1
    on_disk = json.loads(files[0].read_text(encoding="utf-8"))
    assert on_disk["state"]["node"] == saved_node and on_disk["trainee"] == "SN-1001"
    assert on_disk["mode"] == "training" and on_disk["timer"] == "x1" and on_disk["course"] == "PK-3"
    # The crash: the app is dropped mid-scenario, nothing is closed or saved on the way out.

    again = launch([library])
    assert again.screen == "ResumeScene"
    again.shot("resume-offer")
    again.press(pygame.K_RETURN)  # "Resume" has the focus
    assert again.screen == "PlayScene"
    session = again.top.run.session
    assert session.node_id == saved_node
    assert session.variables == saved_variables
    assert session.path == saved_path
    assert [m.target for m in again.top.meters] == [saved_variables["trust"], saved_variables["tension"]]
    assert again.top.run.trainee == "SN-1001"


def test_a_resume_after_the_scenario_changed_says_what_happened(launch, library):
    pilot = launch([library], trainee="SN-1002")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    scenario = library / "contract-example.yaml"
    scenario.write_text(scenario.read_text(encoding="utf-8").replace("The crowd settles down.", "The crowd settles."),
                        encoding="utf-8")

    again = launch([library])
    again.press(pygame.K_RETURN)
    assert again.screen == "NoticeScene"
    assert "changed" in again.top.message
    again.shot("resume-changed")
    again.press(pygame.K_RETURN)
    assert again.screen == "PlayScene" and again.top.run.session.node_id == "elder-talk"


def test_a_trainee_can_drop_an_unfinished_session(launch, library):
    pilot = launch([library], trainee="SN-1003")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("greet-elder")
    assert latest_checkpoint() is not None

    again = launch([library])
    again.click_button("discard")
    assert again.screen == "MenuScene"
    assert latest_checkpoint() is None


def test_the_countdown_does_not_run_while_paused_and_quitting_keeps_the_checkpoint(launch, library):
    pilot = launch([library], trainee="SN-1004")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
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
    for _ in range(3):
        pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)  # quit to the scenario list
    assert pilot.screen == "MenuScene"
    assert latest_checkpoint() is not None and latest_checkpoint().decisions == 1
