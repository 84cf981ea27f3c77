"""Settings change what is drawn at once and persist per user; sign-in is remembered."""

from __future__ import annotations

import json

import pygame

from game.ui.settings import Settings, load_settings, save_settings, settings_file


def open_settings(pilot) -> None:
    pilot.click_button("settings")
    assert pilot.screen == "SettingsScene"


def test_text_size_and_theme_changed_in_settings_persist_for_the_next_start(launch, library):
    pilot = launch([library])
    body_before = pilot.app.fonts.body_px
    menu_pixel = pilot.app.surface.get_at(pilot.app.scenes[0].panel.move(4, 40).topleft)
    open_settings(pilot)
    pilot.shot("settings")
    pilot.press(pygame.K_RIGHT)  # text size: normal -> large
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RIGHT)  # colours: standard -> high contrast
    pilot.shot("settings-high-contrast")
    assert pilot.app.fonts.body_px > body_before
    saved = json.loads(settings_file().read_text(encoding="utf-8"))
    assert saved["text_size"] == "large" and saved["theme"] == "high-contrast"

    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen == "MenuScene"
    assert pilot.app.surface.get_at(pilot.app.scenes[0].panel.move(4, 40).topleft) != menu_pixel
    pilot.shot("menu-high-contrast")

    again = launch([library])
    assert again.app.settings.text_size == "large" and again.app.settings.theme == "high-contrast"
    assert again.app.kit.theme.name == "high-contrast"


def test_settings_are_changed_by_mouse_on_a_segment(launch, library):
    pilot = launch([library])
    open_settings(pilot)
    row = pilot.button("motion")
    reduced = next(rect for rect, value, _ in row.segments if value == "reduced")
    pilot.click(reduced.move(row.rect.topleft).center)
    assert load_settings().motion == "reduced"


def test_reduced_motion_shows_the_whole_text_at_once(launch, library):
    save_settings(Settings(motion="reduced", trainee="T-9"))
    pilot = launch([library], trainee="T-9")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "PlayScene"
    assert not pilot.top.revealing
    assert pilot.button("choice:greet-elder")


def test_a_damaged_settings_file_falls_back_to_the_defaults(home):
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text('{"text_size": "enormous", "theme": 7, "voice": true', encoding="utf-8")
    assert load_settings() == Settings()
    settings_file().write_text('{"text_size": "enormous", "theme": "high-contrast"}', encoding="utf-8")
    assert load_settings() == Settings(theme="high-contrast")


def test_sign_in_is_required_and_a_new_launch_starts_signed_out(launch, library):
    pilot = launch([library])
    pilot.press(pygame.K_1)
    assert pilot.screen == "SignInScene"
    assert pilot.top.trainee.value == "", "the digit that opened the card is not typed into the name"
    pilot.press(pygame.K_RETURN)  # Enter in the name field moves on to the course
    pilot.press(pygame.K_RETURN)  # Enter in the course field submits, but no name was given
    assert pilot.screen == "SignInScene" and pilot.top.problem
    assert pilot.top.focus.current.name == "trainee", "the focus goes back to what is missing"
    pilot.shot("sign-in-required")
    pilot.type("Sgt Hélène Çelik")
    pilot.press(pygame.K_TAB)
    pilot.type("UNPK-07")
    pilot.press(pygame.K_RETURN)
    assert pilot.screen == "BriefingScene"
    pilot.press(pygame.K_ESCAPE)
    assert "Trainee: Sgt Hélène Çelik · course UNPK-07" in pilot.app.kit.text.lines(
        pilot.top._trainee_line(), "small", 10_000)[0]

    again = launch([library])  # the next person at a shared laptop
    again.press(pygame.K_1)
    assert again.top.trainee.value == "", "the last trainee's name is never pre-filled for the next one"
    assert again.top.course.value == "UNPK-07", "the class's course code is"


def test_f2_says_when_no_voice_is_available(launch, library):
    pilot = launch([library])
    pilot.app.voice.available = False
    pilot.press(pygame.K_F2)
    assert pilot.app.toast_text == "No voice available"
    assert not pilot.app.settings.voice
    open_settings(pilot)
    assert pilot.button("voice").locked == "No voice available"


def test_assessment_timers_are_set_by_the_command_line_not_the_trainee(launch, library):
    save_settings(Settings(timer="off"))
    pilot = launch([library], mode="assessment", timer="x1.5")
    assert pilot.app.session_timer() == "x1.5"
    open_settings(pilot)
    assert pilot.button("timer").locked and "1.5" in pilot.button("timer").locked


def test_the_window_speaks_french(launch, library):
    pilot = launch([library], language="fr")
    drawn = pilot.texts_drawn()
    assert pilot.app.kit.text.has("Bibliothèque de scénarios")
    assert "menu header" in drawn
    pilot.shot("menu-fr")
