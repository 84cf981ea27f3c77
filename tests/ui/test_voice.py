"""Self-voicing: off by default, F2 toggles it, and node text, choices and feedback are read."""

from __future__ import annotations

import pygame

from game.ui.settings import load_settings
from game.ui.voice import Voice


class Recorder(Voice):
    """A voice that writes down what it would say instead of synthesising it."""

    def __init__(self) -> None:
        super().__init__()
        self.available, self.said = True, []

    def say(self, text: str, language: str = "en") -> None:
        if self.enabled:
            self.said.append(text)


def test_f2_turns_reading_aloud_on_and_the_scene_is_read(launch, library):
    pilot = launch([library], trainee="T-V")
    assert not pilot.app.settings.voice, "self-voicing is off by default"
    pilot.app.voice = Recorder()
    pilot.press(pygame.K_F2)
    assert pilot.app.toast_text == "Reading aloud: on" and load_settings().voice
    pilot.press(pygame.K_1)
    pilot.press(pygame.K_RETURN)
    spoken = pilot.app.voice.said[-1]
    assert "A crowd of about forty displaced people" in spoken and "1. Greet the elder" in spoken
    pilot.skip_reveal()
    pilot.press(pygame.K_1)
    assert "respect for the community" in pilot.app.voice.said[-1]
    pilot.press(pygame.K_F2)
    assert not load_settings().voice


def test_without_a_voice_nothing_is_synthesised_and_nothing_breaks():
    voice = Voice()
    voice.available = False
    voice.set_enabled(True)
    assert not voice.enabled
    voice.say("nothing")
    voice.update()
    voice.close()
