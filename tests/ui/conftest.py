"""The headless window and a pilot that drives it with real pygame events.

Every test runs the real `App` on SDL's dummy video and audio drivers with its
own BLUEHELM_HOME; the pilot posts KEYDOWN, TEXTINPUT, MOUSEBUTTONDOWN,
MOUSEWHEEL, FINGERDOWN and VIDEORESIZE events and steps the app's loop a few
frames, never sleeping. Screenshots of what was drawn go to tests/output/.
"""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import shutil  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.ui.app import App, Options  # noqa: E402
from game.ui.widgets import Button  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "fixtures" / "contract-example.yaml"
OUTPUT = ROOT / "tests" / "output"


class Pilot:
    """Drives an App as a trainee would: keys, typing, clicks, taps, resizes."""

    def __init__(self, app: App) -> None:
        self.app = app

    @property
    def top(self):
        return self.app.top

    @property
    def screen(self) -> str:
        return type(self.app.top).__name__

    def step(self, frames: int = 2, dt: float = 1 / 30) -> None:
        self.app.step(frames, dt)

    def press(self, key: int, *, mod: int = 0, frames: int = 2) -> None:
        """A key as SDL delivers it: KEYDOWN, then TEXTINPUT for a key that types (text input is on by
        default on desktops), then KEYUP, all in the same batch of events."""
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
        typed = " " if key == pygame.K_SPACE else pygame.key.name(key)
        if len(typed) == 1 and not mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=typed))
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
        self.step(frames)

    def type(self, text: str) -> None:
        for character in text:
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text=character))
        self.step()

    def click(self, pos: tuple[int, int], *, frames: int = 2) -> None:
        pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
        pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
        self.step(frames)

    def tap(self, pos: tuple[int, int]) -> None:
        width, height = self.app.surface.get_size()
        pygame.event.post(pygame.event.Event(pygame.FINGERDOWN, x=pos[0] / width, y=pos[1] / height,
                                             dx=0.0, dy=0.0, touch_id=1, finger_id=1, pressure=1.0))
        self.step()

    def wheel(self, clicks: int) -> None:
        pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=clicks, flipped=False,
                                             precise_x=0.0, precise_y=float(clicks), touch=False))
        self.step()

    def resize(self, width: int, height: int) -> None:
        pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=width, h=height, size=(width, height)))
        self.step()

    def button(self, name: str) -> Button:
        found = [b for b in self.top.focus.buttons if b.name == name or b.name.startswith(name)]
        assert found, f"no button {name!r} on {self.screen}: {[b.name for b in self.top.focus.buttons]}"
        return found[0]

    def click_button(self, name: str) -> None:
        """Scroll it into view with the wheel if needed, then click its middle."""
        button = self.button(name)
        scroll = self.top.scroll
        for _ in range(40):
            clip = scroll.viewport if scroll is not None and button in scroll.buttons else self.app.surface.get_rect()
            visible = button.rect.clip(clip)
            if visible.height >= min(button.rect.height, clip.height) * 0.9:
                break
            self.wheel(-1 if button.rect.centery > clip.centery else 1)
        self.click(button.rect.clip(clip).center)

    def choice_key(self, choice_id: str) -> int:
        """The number key a trainee presses for `choice_id` (options are shown in a shuffled order)."""
        numbers = {c.id: c.number for c in self.top.shown.choices}
        assert choice_id in numbers, f"{choice_id!r} is not on offer: {sorted(numbers)}"
        return pygame.K_0 + numbers[choice_id]

    def choose(self, choice_id: str, **options) -> None:
        """Press the number of the shown option `choice_id`, as a trainee reading the screen would."""
        self.press(self.choice_key(choice_id), **options)

    def skip_reveal(self) -> None:
        """Hurry the text along with a key (tests of the reveal itself use `idle_until_options`)."""
        if getattr(self.top, "revealing", False):
            self.press(pygame.K_SPACE)

    def idle_until_options(self, seconds: float = 60.0) -> None:
        """Touch nothing and let the text reveal finish by itself, as a trainee reading along does."""
        for _ in range(int(seconds * 30)):
            if not getattr(self.top, "revealing", False):
                break
            self.step(1)
        assert not getattr(self.top, "revealing", False), "the text never finished revealing by itself"
        self.step(1)  # one idle frame after: what a trainee now sees without touching anything

    def drawn(self, prefix: str) -> list:
        """The draw log's entries whose name starts with `prefix` (what is on screen now)."""
        return [d for d in self.app.last_drawn if d.what.startswith(prefix)]

    def shot(self, name: str) -> Path:
        return self.app.screenshot(OUTPUT / f"{name}.png")

    def texts_drawn(self) -> set[str]:
        return {d.what for d in self.app.last_drawn}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv("BLUEHELM_HOME", str(folder))
    monkeypatch.setenv("BLUEHELM_CACHE_DIR", str(folder / "cache"))
    return folder


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A scenario folder holding the contract example (art comes from the shipped assets)."""
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copy(CONTRACT, folder / "contract-example.yaml")
    return folder


@pytest.fixture
def launch(home: Path) -> Iterator:
    """Start the real app (as `bluehelm play` would); every app started is closed afterwards."""
    started: list[App] = []

    def start(paths: list[Path], **options) -> Pilot:
        options.setdefault("size", (1280, 800))
        options.setdefault("seed", 1)
        app = App(Options(paths=paths, **options))
        started.append(app)
        pilot = Pilot(app)
        pilot.step()
        return pilot

    yield start
    for app in started:
        app.window.destroy()
    pygame.display.quit()
