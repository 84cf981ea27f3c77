"""Self-voicing: text read aloud through pyttsx3 (espeak-ng on Linux), played with pygame.mixer.

Speech is synthesised to a WAV file on a worker thread (pyttsx3's save_to_file
and runAndWait), so a frame never waits for it; the main loop plays the newest
file and drops any older one. Without pyttsx3, a speech engine or an audio
device, `available` is False and every call is a no-op.
"""

from __future__ import annotations

import importlib.util
import queue
import shutil
import sys
import tempfile
import threading
from pathlib import Path

import pygame


def voice_installed() -> bool:
    """Cheap check, without starting an engine: pyttsx3 importable and (on Linux) espeak present."""
    if importlib.util.find_spec("pyttsx3") is None:
        return False
    if sys.platform.startswith("linux"):
        return bool(shutil.which("espeak-ng") or shutil.which("espeak"))
    return True


class Voice:
    def __init__(self) -> None:
        self.available = voice_installed()
        self.enabled = False
        self._requests: queue.Queue[tuple[int, str, str]] = queue.Queue()
        self._ready: queue.Queue[tuple[int, Path]] = queue.Queue()
        self._generation = 0
        self._worker: threading.Thread | None = None
        self._folder: Path | None = None
        self._channel: pygame.mixer.Channel | None = None

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled and self.available
        if not self.enabled:
            self.stop()

    def say(self, text: str, language: str = "en") -> None:
        """Read `text` aloud, interrupting whatever is being read."""
        if not self.enabled or not text.strip():
            return
        self._generation += 1
        self._requests.put((self._generation, text, language))
        if self._worker is None:
            self._folder = Path(tempfile.mkdtemp(prefix="bluehelm-voice-"))
            self._worker = threading.Thread(target=self._synthesise, name="bluehelm-voice", daemon=True)
            self._worker.start()

    def stop(self) -> None:
        self._generation += 1
        if self._channel is not None:
            self._channel.stop()

    def close(self) -> None:
        self.stop()
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)

    def update(self) -> None:
        """Play the newest finished recording (main thread only)."""
        while not self._ready.empty():
            generation, path = self._ready.get_nowait()
            if generation == self._generation and self.enabled:
                self._play(path)

    def _play(self, path: Path) -> None:
        try:
            if not pygame.mixer.get_init():
                pygame.mixer.init()
            sound = pygame.mixer.Sound(str(path))
            if self._channel is not None:
                self._channel.stop()
            self._channel = sound.play()
        except pygame.error:
            self.available = self.enabled = False  # no audio device: say so in settings

    def _synthesise(self) -> None:
        try:
            import pyttsx3  # optional: only imported when a voice is asked for

            engine = pyttsx3.init()
        except Exception:  # pyttsx3 raises many kinds when its driver is missing
            self.available = self.enabled = False
            return
        assert self._folder is not None
        while True:
            generation, text, language = self._requests.get()
            if generation != self._generation:
                continue
            target = self._folder / f"speech-{generation}.wav"
            try:
                _choose_voice(engine, language)
                engine.save_to_file(text, str(target))
                engine.runAndWait()
            except Exception:
                continue
            if target.is_file():
                self._ready.put((generation, target))


def _choose_voice(engine, language: str) -> None:
    """The voice for `language`: one declaring exactly it ('fr'), else a regional one ('fr-be')."""
    voices = list(engine.getProperty("voices") or [])
    exact = [v for v in voices if language in _declared(v)]
    regional = [v for v in voices if any(code.split("-")[0] == language for code in _declared(v))]
    for voice in exact[:1] or regional[:1]:
        engine.setProperty("voice", voice.id)


def _declared(voice) -> set[str]:
    """Language codes a pyttsx3 voice declares (espeak: id 'roa/fr', languages ['fr'] or b'\\x05fr')."""
    codes = {str(voice.id).replace("\\", "/").split("/")[-1].lower()}
    for item in getattr(voice, "languages", None) or []:
        text = item.decode("latin-1") if isinstance(item, bytes) else str(item)
        codes.add(text.strip("\x00\x01\x02\x03\x04\x05 ").replace("_", "-").lower())
    return codes
