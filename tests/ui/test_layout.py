"""Every screen reflows from 1024x600 to 4K: no text is drawn outside its panel or the window."""

from __future__ import annotations

import pygame
import pytest

from game.ui.settings import Settings, save_settings


def assert_everything_fits(pilot, where: str) -> None:
    screen = pilot.app.surface.get_rect()
    drawn = pilot.app.last_drawn
    assert drawn, f"nothing was drawn on {where}"
    for item in drawn:
        assert screen.contains(item.rect), f"{where}: {item.what!r} at {item.rect} leaves the {screen.size} window"
        assert item.within.contains(item.rect), f"{where}: {item.what!r} at {item.rect} leaves its panel {item.within}"


def visit_every_screen(pilot, label: str) -> None:
    """Menu, sign-in, briefing, scene, feedback, pause, settings, debrief: check each, and keep a picture."""
    def check(name: str, screen: str) -> None:
        pilot.step()
        assert pilot.screen == screen
        assert_everything_fits(pilot, f"{name} at {label}")
        pilot.shot(f"{name}-{label}")

    check("menu", "MenuScene")
    pilot.press(pygame.K_1)
    check("sign-in", "SignInScene")
    pilot.type("Capt. Ngozi Okafor-Ébélé")
    pilot.press(pygame.K_RETURN)
    pilot.press(pygame.K_RETURN)
    check("briefing", "BriefingScene")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    check("scene", "PlayScene")
    pilot.press(pygame.K_ESCAPE)
    check("pause", "PauseScene")
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)
    check("settings", "SettingsScene")
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_ESCAPE)
    pilot.choose("greet-elder")
    check("feedback", "FeedbackScene")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.choose("search-now")
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    pilot.press(pygame.K_RETURN)
    check("debrief", "DebriefScene")


@pytest.mark.parametrize("size", [(1024, 600), (3840, 2160)], ids=["1024x600", "4k"])
def test_every_screen_fits_the_window_after_a_resize(launch, library, size):
    pilot = launch([library], size=(1280, 800))
    pilot.resize(*size)
    assert pilot.app.surface.get_size() == size
    visit_every_screen(pilot, f"{size[0]}x{size[1]}")


def test_the_largest_text_still_fits_the_smallest_window(launch, library):
    save_settings(Settings(text_size="largest"))
    pilot = launch([library], size=(1024, 600))
    assert pilot.app.fonts.body_px >= 30
    visit_every_screen(pilot, "1024x600-largest")


def test_body_text_is_large_at_the_smallest_window_and_grows_with_it(launch, library):
    pilot = launch([library], size=(1024, 600))
    small = pilot.app.fonts.body_px
    pilot.resize(3840, 2160)
    assert small >= 22
    assert pilot.app.fonts.body_px > small * 2


def test_a_scene_lays_itself_out_again_when_the_window_changes_mid_scene(launch, library):
    pilot = launch([library], size=(1280, 800), trainee="T-1")
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    before = pilot.button("choice:greet-elder").rect.copy()
    pilot.resize(1024, 600)
    after = pilot.button("choice:greet-elder").rect
    assert after.width < before.width
    assert_everything_fits(pilot, "scene after resize")
