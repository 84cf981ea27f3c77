"""What is on screen: focus is visible, text comes from the cache, the countdown bar shrinks,
timers fire only while the scene runs, and an idle screen is not redrawn."""

from __future__ import annotations

import pygame

from game.ui.settings import Settings, save_settings


def start_scene(launch, library, **options):
    options.setdefault("trainee", "T-7")
    pilot = launch([library], **options)
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    pilot.skip_reveal()
    assert pilot.screen == "PlayScene"
    return pilot


def inside_padding(button) -> tuple[int, int]:
    """A point inside the button but clear of its text and badge."""
    return button.rect.x + 6, button.rect.bottom - 6


def test_the_focused_choice_looks_different_and_the_focus_follows_the_arrows(launch, library):
    pilot = start_scene(launch, library)
    first, second = pilot.top.choice_buttons[:2]  # in the order shown
    surface = pilot.app.surface
    assert pilot.top.focus.current is None
    unfocused = surface.get_at(inside_padding(first))
    pilot.press(pygame.K_DOWN)
    assert pilot.top.focus.current is first
    assert surface.get_at(inside_padding(first)) != unfocused
    assert surface.get_at(inside_padding(first)) != surface.get_at(inside_padding(second))
    focused_colour = surface.get_at(inside_padding(first))
    pilot.press(pygame.K_DOWN)
    assert pilot.top.focus.current is second
    assert surface.get_at(inside_padding(second)) == focused_colour
    ring = (second.rect.x - 3, second.rect.centery)
    assert surface.get_at(ring)[:3] == pilot.app.kit.theme.focus_ring


def test_choice_text_is_rendered_once_into_the_cache(launch, library):
    pilot = start_scene(launch, library)
    cache = pilot.app.kit.text
    assert cache.has("Greet the elder through the interpreter first.")
    assert cache.has("Wait for the crowd to settle.")
    renders = cache.renders
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_UP)
    assert cache.renders == renders, "moving the focus re-renders no text"


def test_an_idle_scene_is_not_redrawn(launch, library):
    save_settings(Settings(timer="off"))
    pilot = start_scene(launch, library)
    pilot.step(10)
    drawn = pilot.app.frames_drawn
    pilot.step(60)
    assert pilot.app.frames_drawn == drawn


def ring_pixels(pilot) -> int:
    """Pixels of the countdown ring's colour inside its box (the part of the time left)."""
    scene = pilot.top
    rect = scene.clock.rect
    colour = scene.kit.theme.accent
    surface = pilot.app.surface
    return sum(1 for x in range(rect.right - rect.height, rect.right, 2) for y in range(rect.top, rect.bottom, 2)
               if surface.get_at((x, y))[:3] == colour)


def test_the_countdown_ring_shrinks_and_the_timer_decides_when_it_runs_out(launch, library):
    pilot = start_scene(launch, library)
    full = ring_pixels(pilot)
    assert full > 0 and "countdown" in pilot.texts_drawn()
    pilot.step(150)  # five seconds of the twenty
    assert 0.7 < pilot.top.countdown_fraction < 0.8
    assert ring_pixels(pilot) < full * 0.85
    assert [d for d in pilot.app.last_drawn if d.what.startswith("choice:")], "the options stay drawn while it runs"
    pilot.shot("scene-timed-running")
    pilot.step(15 * 30 + 5)
    assert pilot.screen == "FeedbackScene"
    assert pilot.top.outcome.timer and pilot.top.outcome.choice == "wait"
    pilot.shot("feedback-timeout")


def test_extended_time_doubles_the_countdown_and_off_stops_it(launch, library):
    pilot = start_scene(launch, library, timer="x2")
    pilot.step(30 * 25)
    assert pilot.screen == "PlayScene", "20 seconds at 2x time is 40 seconds"
    assert 0.35 < pilot.top.countdown_fraction < 0.4
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_DOWN)
    pilot.press(pygame.K_RETURN)  # settings
    for _ in range(4):
        pilot.press(pygame.K_DOWN)
    assert pilot.top.focus.current.name == "timer"
    pilot.press(pygame.K_LEFT)  # the row shows this session's x2; Left picks x1.5
    pilot.press(pygame.K_RIGHT)
    pilot.press(pygame.K_RIGHT)  # off
    assert pilot.app.settings.timer == "off"
    pilot.press(pygame.K_ESCAPE)
    pilot.press(pygame.K_ESCAPE)
    assert pilot.screen == "PlayScene" and pilot.top.countdown is None
    pilot.step(30 * 60)
    assert pilot.screen == "PlayScene"
    assert "countdown" in pilot.texts_drawn()


def test_meters_ease_to_a_new_value_unless_motion_is_reduced(launch, library):
    pilot = start_scene(launch, library)
    pilot.choose("greet-elder")
    pilot.press(pygame.K_RETURN)  # close the feedback: trust goes 50 -> 60
    trust = pilot.top.meters[0]
    assert trust.target == 60 and trust.shown < 60
    pilot.step(60)
    assert trust.shown == 60

    save_settings(Settings(motion="reduced"))
    calm = start_scene(launch, library, trainee="T-8")
    calm.press(pygame.K_1)
    calm.press(pygame.K_RETURN)
    assert calm.top.meters[0].shown == calm.top.meters[0].target  # no easing: the new value at once


def test_the_high_contrast_theme_inverts_the_focused_choice(launch, library):
    save_settings(Settings(theme="high-contrast"))
    pilot = start_scene(launch, library)
    button = pilot.top.choice_buttons[0]  # the first shown, which Tab focuses
    pilot.press(pygame.K_TAB)
    assert pilot.app.surface.get_at(inside_padding(button))[:3] == (255, 255, 0)
    pilot.shot("scene-high-contrast")
