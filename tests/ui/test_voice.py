"""Self-voicing: off by default, F2 toggles it, and node text, choices and feedback are read."""

from __future__ import annotations

import time
import wave

import pygame
import pytest

from game.ui.settings import load_settings
from game.ui.voice import Voice, voice_installed


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
    number = pilot.choice_key("greet-elder") - pygame.K_0
    assert "A crowd of about forty displaced people" in spoken and f"{number}. Greet the elder" in spoken
    pilot.skip_reveal()
    pilot.choose("greet-elder")
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


@pytest.mark.skipif(not voice_installed(), reason="no speech engine here (pyttsx3 with espeak-ng); .ci/run installs one")
def test_a_real_voice_writes_a_wav_of_speech_and_plays_it():
    voice = Voice()
    voice.set_enabled(True)
    voice.say("Le point de contrôle ouvre à huit heures.", "fr")
    deadline = time.monotonic() + 20
    while voice._ready.empty() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not voice._ready.empty(), "no recording was made"
    generation, path = voice._ready.queue[0]
    with wave.open(str(path)) as recording:
        spoken = recording.getnframes() / recording.getframerate()  # length of the audio, not a timing
    assert 1.0 < spoken < 10.0  # a spoken sentence, not silence or garbage
    voice.update()  # plays it through pygame.mixer (SDL's dummy audio driver in tests)
    assert voice._channel is not None
    voice.close()
