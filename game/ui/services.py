"""What scenes may use, in one object: drawing kit, art, voice, records, settings, who is
signed in, the scene stack, and the shared dialogs (`screens`).

Scenes reach nothing else: not the window, not the loop, not each other. The services are
built by the app (app.py) and handed to every scene; the flow (flow.py) provides `screens`.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .settings import Settings, save_settings
from .stack import Done, SceneStack
from .strings import tr
from .text import FontBook
from .theme import theme_named
from .widgets import Kit

TOAST_SECONDS = 2.5


@dataclass
class Launch:
    """How `bluehelm play` was started."""

    paths: list[Path]
    language: str | None = None
    mode: str = "training"
    trainee: str | None = None
    course: str | None = None
    timer: str | None = None
    fullscreen: bool = False
    size: tuple[int, int] = (1280, 800)
    seed: int | None = None
    single_file: bool = field(default=False)
    db: Path | None = None  # the records store (default: the user's data folder)
    watch: bool = False  # live reload: re-check the scenario file on every save
    record: bool = True  # False: an author's test runs stay out of the records store


@dataclass
class Signed:
    """Who is signed in for this launch. A new launch starts signed out (or as --trainee says):
    a shared classroom laptop must never hand one trainee's name to the next."""

    trainee: str = ""
    course: str = ""


@dataclass
class Redraw:
    """What the loop must paint next frame."""

    dirty: bool = True
    live: bool = False
    toast: str | None = None
    toast_left: float = 0.0


class Screens(Protocol):
    """Dialogs every scene may open, provided by the flow (so no scene imports another)."""

    def settings(self, *, assessment: bool = False, on_done: Done = None) -> None: ...
    def notice(self, title: str, message: str, on_done: Done = None) -> None: ...
    def guide(self) -> None: ...


class Services:
    def __init__(self, *, launch: Launch, settings: Settings, surface_size, kit: Kit, fonts: FontBook, images: Any,
                 voice: Any, store: Any, stack: SceneStack, redraw: Redraw) -> None:
        self.launch, self.settings = launch, settings
        self._surface_size = surface_size
        self.kit, self.fonts, self.images, self.voice, self.store = kit, fonts, images, voice, store
        self.stack, self.redraw = stack, redraw
        self.signed = Signed(launch.trainee or "", launch.course if launch.course is not None else settings.course)
        self.entries: list = []
        self.screens: Screens | None = None
        self.running = True

    # -- this launch -----------------------------------------------------------------------

    @property
    def size(self) -> tuple[int, int]:
        return self._surface_size()

    @property
    def language(self) -> str:
        return self.launch.language or self.settings.language

    @property
    def mode(self) -> str:
        return self.launch.mode

    def session_timer(self) -> str:
        """Assessment: the command line's --timer (default x1) rules; training: the trainee's setting."""
        if self.mode == "assessment":
            return self.launch.timer or "x1"
        return self.launch.timer or self.settings.timer

    # -- settings --------------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Use and save new settings; every screen lays itself out again."""
        self.settings = settings
        save_settings(settings)
        self.voice.set_enabled(settings.voice)
        self.configure()

    def configure(self) -> None:
        self.fonts.configure(self.size, self.settings.text_scale)
        self.kit.theme = theme_named(self.settings.theme)
        self.kit.language = self.language
        self.kit.reduced_motion = self.settings.reduced_motion
        self.invalidate()

    def layout_key(self) -> tuple:
        s = self.settings
        return (self.size, s.theme, s.text_size, s.motion, self.language)

    def sign_in(self, trainee: str, course: str) -> None:
        self.signed = Signed(trainee, course)
        if course != self.settings.course:  # the course code is the class's, so it may be remembered
            self.apply_settings(self.settings.with_(course=course))

    def sign_out(self) -> None:
        self.signed = Signed("", self.signed.course)

    # -- what the loop shows -----------------------------------------------------------------

    def invalidate(self) -> None:
        self.redraw.dirty = True

    def invalidate_live(self) -> None:
        """Only the top scene's live part (a countdown) changed: repaint just that over the still frame."""
        self.redraw.live = True

    def toast(self, text: str) -> None:
        self.redraw.toast, self.redraw.toast_left = text, TOAST_SECONDS
        self.invalidate()

    def say(self, text: str) -> None:
        self.voice.say(text, self.language)

    def toggle_voice(self) -> None:
        if not self.voice.available:
            self.toast(tr("settings.no_voice", self.language))
            return
        self.apply_settings(self.settings.with_(voice=not self.settings.voice))
        self.toast(tr("voice.toast_on" if self.settings.voice else "voice.toast_off", self.language))
        if self.settings.voice:
            self.say(self.stack.top.speech())

    def warn(self, message: str) -> None:
        print(f"bluehelm: warning: {message}", file=sys.stderr)

    # -- the stack ---------------------------------------------------------------------------

    def push(self, scene, on_done: Done = None) -> None:
        self.stack.push(scene, on_done)

    def switch(self, scene, on_done: Done = None) -> None:
        self.stack.switch(scene, on_done)

    def dismiss(self, scene, result: object = None) -> None:
        self.stack.dismiss(scene, result)

    def back_to_root(self) -> None:
        self.stack.back_to_root()

    def quit(self) -> None:
        self.running = False
