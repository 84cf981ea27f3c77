"""A trainee's whole journey, menu to debrief: by keyboard in training, by mouse in assessment."""

from __future__ import annotations

import pygame

from game.records import RecordStore, default_path


def test_a_trainee_plays_from_menu_to_debrief_by_keyboard_in_training_mode(launch, library):
    pilot = launch([library])
    assert pilot.screen == "MenuScene"
    pilot.shot("menu")

    pilot.press(pygame.K_RETURN)  # the first card has the focus
    assert pilot.screen == "SignInScene"
    pilot.type("Lt. Dupré")
    pilot.press(pygame.K_TAB)
    pilot.type("UNPK-07")
    pilot.shot("sign-in")
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "BriefingScene"
    pilot.shot("briefing")

    pilot.press(pygame.K_RETURN)  # "Begin the scenario"
    assert pilot.screen == "PlayScene"
    assert pilot.top.revealing
    pilot.press(pygame.K_a)  # any key completes the text
    assert not pilot.top.revealing
    pilot.shot("scene-timed")

    pilot.choose("greet-elder")
    assert pilot.screen == "FeedbackScene"
    assert "respect for the community" in pilot.top.outcome.feedback
    assert pilot.app.kit.text.has(pilot.top.outcome.feedback)
    pilot.shot("feedback")
    pilot.press(pygame.K_RETURN)

    assert pilot.top.shown.node.id == "elder-talk"
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "PlayScene", "Enter decides nothing until a choice has the focus"
    for _ in range(len(pilot.top.shown.choices)):  # arrows move the focus (options come shuffled), Enter confirms
        pilot.press(pygame.K_DOWN)
        if pilot.top.focus.current.name == "choice:search-now":
            break
    assert pilot.top.focus.current.name == "choice:search-now"
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "FeedbackScene" and pilot.top.outcome.critical
    assert "red line" in pilot.texts_drawn() or any("RED LINE" in w for w in pilot.texts_drawn())
    pilot.shot("feedback-red-line")
    pilot.press(pygame.K_RETURN)

    assert pilot.top.shown.finished
    pilot.skip_reveal()
    pilot.shot("ending")
    pilot.press(pygame.K_RETURN)  # "See the debrief"
    assert pilot.screen == "DebriefScene"
    debrief = pilot.top.debrief
    assert not debrief.passed and debrief.red_lines and debrief.mode == "training"
    assert pilot.app.kit.text.has("•  Not passed because a red line was crossed"), "the debrief says why"
    pilot.shot("debrief")
    pilot.press(pygame.K_PAGEDOWN)
    pilot.press(pygame.K_END)
    pilot.shot("debrief-timeline")

    with RecordStore.open(default_path()) as store:  # one trainee's data in one place: the records store
        [record] = store.sessions()
        assert (record.trainee.id, record.course, record.finished) == ("Lt. Dupré", "UNPK-07", True)
        assert store.debrief(record.id)["red_lines"][0]["choice_id"] == "search-now"
        assert store.unfinished() == []

    pilot.press(pygame.K_RETURN)  # "Back to the scenarios"
    assert pilot.screen == "MenuScene"


def test_a_trainee_plays_by_mouse_and_touch_in_assessment_mode(launch, library):
    pilot = launch([library], mode="assessment", timer="x2")
    pilot.click_button("card:")
    assert pilot.screen == "SignInScene"
    pilot.click(pilot.button("trainee").rect.center)
    pilot.type("SN-4471")
    pilot.click_button("continue")
    assert pilot.screen == "BriefingScene"
    pilot.click_button("begin")
    assert pilot.screen == "PlayScene" and pilot.top.run.timer == "x2"

    pilot.click(pilot.top.text_panel.center)  # a click completes the text
    assert not pilot.top.revealing
    pilot.click_button("choice:greet-elder")
    assert pilot.screen == "PlayScene", "assessment mode gives no feedback between decisions"
    assert pilot.top.shown.node.id == "elder-talk"

    pilot.click(pilot.top.text_panel.center)
    button = pilot.button("choice:ask-women-officer")
    pilot.tap(button.rect.center)  # a finger on a touch screen
    assert pilot.top.shown.node.id == "passed-through"

    pilot.click(pilot.top.text_panel.center)
    pilot.click_button("debrief")
    assert pilot.screen == "DebriefScene"
    debrief = pilot.top.debrief
    assert debrief.mode == "assessment" and debrief.passed
    assert [o.status for o in debrief.objectives] == ["met"]
    pilot.shot("debrief-assessment")
    with RecordStore.open(default_path()) as store:
        [record] = store.sessions()
        assert (record.mode, record.timer_setting, record.trainee.id, record.passed) == ("assessment", "x2", "SN-4471", True)
