"""Live reload (`play FILE --watch`): a valid edit keeps the trainee where they were; an invalid one
shows its errors over the session, which carries on once the file is fixed."""

from __future__ import annotations

import os
import shutil

import pygame

from .conftest import CONTRACT


def _save(path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    stamp = path.stat().st_mtime_ns + 2_000_000_000  # a later modification time, whatever the clock's grain
    os.utime(path, ns=(stamp, stamp))


def _playing(tmp_path, launch):
    scenario = tmp_path / "watched.yaml"
    shutil.copy(CONTRACT, scenario)
    pilot = launch([scenario], single_file=True, watch=True, trainee="SN-3001")
    assert pilot.screen == "BriefingScene"
    pilot.press(pygame.K_RETURN)  # begin
    pilot.skip_reveal()
    pilot.choose("greet-elder")  # now at elder-talk
    pilot.press(pygame.K_RETURN)  # feedback: continue
    pilot.skip_reveal()
    assert pilot.screen == "PlayScene" and pilot.top.run.session.node_id == "elder-talk"
    return pilot, scenario


def test_a_valid_edit_reloads_at_the_same_node_with_the_same_variables(tmp_path, launch):
    pilot, scenario = _playing(tmp_path, launch)
    before = pilot.top.run.session.variables
    _save(scenario, scenario.read_text(encoding="utf-8").replace(
        "The elder asks that the women be searched by a woman.", "The elder, calm now, asks for a female searcher."))
    pilot.step(frames=20, dt=0.05)
    assert pilot.screen == "PlayScene"
    session = pilot.top.run.session
    assert session.node_id == "elder-talk" and session.variables == before
    assert session.node.text == "The elder, calm now, asks for a female searcher."
    assert pilot.app.toast_text == "Scenario reloaded: you are at the same point"


def test_an_invalid_edit_shows_its_errors_and_the_session_survives_until_fixed(tmp_path, launch):
    pilot, scenario = _playing(tmp_path, launch)
    good = scenario.read_text(encoding="utf-8")
    _save(scenario, good.replace("goto: passed-through", "goto: passed-thru"))
    pilot.step(frames=20, dt=0.05)
    assert pilot.screen == "ErrorsScene"
    assert any("BH031 goto names no node: 'passed-thru'" in line for line in pilot.top.lines)
    pilot.shot("watch-errors")
    play = pilot.app.scenes[-2]
    assert play.run.session.node_id == "elder-talk"
    _save(scenario, good)
    pilot.step(frames=20, dt=0.05)
    assert pilot.screen == "PlayScene" and pilot.top.run.session.node_id == "elder-talk"
    pilot.skip_reveal()
    pilot.choose("ask-women-officer")  # the session goes on
    assert pilot.top.run.session.decisions[-1].choice == "ask-women-officer"
