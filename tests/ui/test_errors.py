"""A scenario that fails validation shows its errors on a screen instead of starting."""

from __future__ import annotations

import pygame

BROKEN = """\
id: broken-example
title: A scenario with mistakes
dimensions:
  cultural: {label: Cultural sensitivity}
start: arrival
nodes:
  arrival:
    text: A crowd waits.
    choices:
      - id: go
        text: Go on.
        goto: nowhere
        score: {cultural: 5}
"""


def test_a_broken_scenario_file_shows_its_errors_with_file_line_and_column(launch, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    pilot = launch([broken], single_file=True)
    assert pilot.screen == "ErrorsScene"
    lines = pilot.top.lines
    assert any(":12:" in line and "BH031" in line for line in lines), lines
    assert any("BH050" in line for line in lines), lines
    for line in lines:
        assert pilot.app.kit.text.has(line), f"error line not drawn: {line}"
    pilot.shot("errors")

    broken.write_text(BROKEN.replace("goto: nowhere", "goto: arrival").replace("cultural: 5", "cultural: 2")
                      .replace("    choices:", "    ending: success\n    x-choices:"), encoding="utf-8")
    pilot.click_button("reload")
    assert pilot.screen in ("SignInScene", "BriefingScene"), "once fixed, the scenario starts"


def test_a_broken_scenario_in_a_library_is_marked_and_opens_its_errors(launch, library):
    (library / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    pilot = launch([library])
    assert len(pilot.top.cards) == 2
    broken_card = next(c for c in pilot.top.cards if "broken" in c.name)
    assert any("errors" in text for text, _, _ in broken_card.parts)
    pilot.click_button(broken_card.name)
    assert pilot.screen == "ErrorsScene"
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen == "MenuScene"


def test_a_folder_without_scenarios_says_so(launch, tmp_path):
    pilot = launch([tmp_path])
    assert pilot.screen == "ErrorsScene"
    assert "no scenario files" in pilot.top.lines[0]
    pilot.press(pygame.K_RETURN)  # Quit
    assert not pilot.app.running
