"""The scenario menu: cards with the scenario's facts, filtered by tag through the tag picker."""

from __future__ import annotations

import pygame


def add_second_scenario(library) -> None:
    text = (library / "contract-example.yaml").read_text(encoding="utf-8")
    text = text.replace("id: checkpoint-market", "id: water-point").replace(
        "title: Checkpoint at the market road", "title: Queue at the water point").replace(
        "tags: [checkpoint, gender, protection-of-civilians]", "tags: [water, protection-of-civilians]")
    (library / "water-point.yaml").write_text(text, encoding="utf-8")


def test_cards_show_title_summary_minutes_difficulty_and_tags(launch, library):
    pilot = launch([library])
    card = pilot.top.cards[0]
    texts = [text for text, _, _ in card.parts]
    assert texts[0] == "Checkpoint at the market road"
    assert "12 min" in texts[1] and "Difficulty 2 of 3" in texts[1]
    assert texts[2] == "One paragraph for the scenario menu."
    assert texts[3] == "checkpoint · gender · protection of civilians", "tags read as words, from the tag catalogue"


def test_the_tag_picker_filters_the_cards(launch, library):
    add_second_scenario(library)
    pilot = launch([library])
    assert len(pilot.top.cards) == 2
    pilot.click_button("tags")
    assert pilot.screen == "TagPickerScene"
    pilot.shot("menu-tag-picker")
    pilot.click_button("tag:water")
    assert pilot.screen == "MenuScene"
    assert [c.parts[0][0] for c in pilot.top.cards] == ["Queue at the water point"]
    assert pilot.button("tags").parts[0][0].startswith("Show: water")

    pilot.press(pygame.K_TAB, mod=pygame.KMOD_SHIFT)  # keyboard path: focus the filter, open it, pick "All"
    while pilot.top.focus.current.name != "tags":
        pilot.press(pygame.K_TAB)
    pilot.press(pygame.K_RETURN)
    assert pilot.top.focus.current.name == "tag:water", "the picker opens on the current tag"
    pilot.press(pygame.K_HOME)
    for _ in range(4):
        if pilot.top.focus.current.name == "tag:None":
            break
        pilot.press(pygame.K_LEFT)
    pilot.press(pygame.K_RETURN)
    assert len(pilot.top.cards) == 2


def test_quit_on_the_menu_asks_first_in_a_dialog_titled_for_quitting(launch, library):
    pilot = launch([library])
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen == "ConfirmScene" and pilot.top.title == "Quit Bluehelm?"
    assert "Paused" not in {pilot.top.title}
    pilot.press(pygame.K_RETURN)  # the safe answer has the focus: a stray Enter quits nothing
    assert pilot.screen == "MenuScene" and pilot.app.running
    pilot.click_button("quit")
    assert pilot.screen == "ConfirmScene"
    pilot.press(pygame.K_RIGHT)
    pilot.press(pygame.K_RETURN)
    assert not pilot.app.running
