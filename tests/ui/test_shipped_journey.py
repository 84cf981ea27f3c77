"""A shipped scenario played in the window from the library menu to its debrief, in both modes,
following the golden best path (keyboard in training, mouse clicks in assessment)."""

from __future__ import annotations

import json

import pygame
import pytest

from game.paths import shipped_scenarios

from .conftest import ROOT

SCENARIO = "convoy-corridor"


def _best_path() -> list[str]:
    args = json.loads((ROOT / "tests" / "golden" / f"{SCENARIO}.best.json").read_text(encoding="utf-8"))["args"]
    return args[args.index("--choices") + 1].split(",")


def _open_from_menu(pilot) -> None:
    assert pilot.screen == "MenuScene"
    card = next(b for b in pilot.top.focus.buttons if b.name.endswith(f"/{SCENARIO}.yaml"))
    pilot.click_button(card.name)
    assert pilot.screen == "BriefingScene"
    pilot.press(pygame.K_RETURN)  # begin
    assert pilot.screen == "PlayScene"


def _decide(pilot, choice_id: str, *, by_mouse: bool) -> None:
    pilot.skip_reveal()
    numbers = {c.id: c.number for c in pilot.top.shown.choices}
    assert choice_id in numbers, f"{choice_id} not on offer at {pilot.top.shown.node.id}: {sorted(numbers)}"
    if by_mouse:
        pilot.click_button(f"choice:{choice_id}")
    else:
        pilot.press(getattr(pygame, f"K_{numbers[choice_id]}"))
    if pilot.screen == "FeedbackScene":
        pilot.press(pygame.K_RETURN)


@pytest.mark.parametrize("mode", ["training", "assessment"])
def test_a_shipped_scenario_plays_from_menu_to_a_passing_debrief(launch, mode):
    pilot = launch([shipped_scenarios()], trainee="SN-9001", course="PK-1", mode=mode, timer="off" if mode == "training" else None)
    _open_from_menu(pilot)
    for choice_id in _best_path():
        _decide(pilot, choice_id, by_mouse=mode == "assessment")
    assert pilot.top.shown.finished and pilot.top.shown.node.id == "aid-delivered"
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)  # see the debrief
    assert pilot.screen == "DebriefScene"
    debrief = pilot.top.debrief
    assert debrief.passed and debrief.mode == mode and debrief.scenario_id == SCENARIO
    assert [d.choice_id for d in debrief.decisions] == _best_path()
    pilot.shot(f"shipped-debrief-{mode}")
