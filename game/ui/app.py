"""The window and its main loop: a stack of scenes, redrawn only when something changed.

`App.step()` runs frames without waiting on the clock; the tests drive the real
app through it with synthetic pygame events, as a trainee would.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from .settings import Settings, load_settings, save_settings
from .strings import tr
from .text import FontBook, TextCache
from .theme import theme_named
from .images import Images
from .voice import Voice
from .widgets import Drawn, Kit, Painter

def _require_a_display() -> None:
    """SDL falls back to an invisible driver when there is no screen: say so instead of hanging unseen."""
    driver = pygame.display.get_driver()
    if driver in ("offscreen", "dummy") and os.environ.get("SDL_VIDEODRIVER") != driver:
        pygame.display.quit()
        raise pygame.error("no display found")


def _open_records(path: Path | None):
    """The records store, or None and why not: a bad records file must never stop a trainee."""
    from ..records import RecordsError, RecordStore

    try:
        return RecordStore.open(path), None
    except RecordsError as exc:
        return None, str(exc)


FPS = 30
MIN_SIZE = (1024, 600)
TOAST_SECONDS = 2.5


@dataclass
class Options:
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


class App:
    def __init__(self, options: Options) -> None:
        self.started = time.perf_counter()
        self.options = options
        os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")
        pygame.display.init()
        _require_a_display()
        pygame.font.init()
        pygame.key.set_repeat(400, 40)
        self.window = pygame.Window("Bluehelm", _at_least(options.size), resizable=True, allow_high_dpi=True)
        self.window.minimum_size = MIN_SIZE
        self.fullscreen = options.fullscreen
        if options.fullscreen:
            self.window.set_fullscreen(True)
        self.surface = self.window.get_surface()
        self.settings = self._initial_settings()
        self.fonts = FontBook()
        self.kit = Kit(self.fonts, TextCache(self.fonts), theme_named(self.settings.theme))
        self.images = Images()
        self.voice = Voice()
        self.voice.set_enabled(self.settings.voice)
        self.scenes: list = []
        self.running = True
        self.dirty = True
        self.live_dirty = False
        self._still: pygame.Surface | None = None
        self._still_log: list[Drawn] = []
        self.frames_drawn = 0
        self.first_frame_seconds: float | None = None
        self.first_frame_at: float | None = None  # time.monotonic(), comparable across processes
        self.last_drawn: list[Drawn] = []
        self.toast_text: str | None = None
        self._toast_left = 0.0
        self._shapes: dict = {}
        self.configure()
        self.store, records_problem = _open_records(options.db) if options.record else (None, None)
        if records_problem:
            print(f"bluehelm: warning: {records_problem}; sessions are not recorded", file=sys.stderr)
            self.toast(tr("records.unavailable", self.language))
        self.entries: list = []
        self._draw_splash()
        self._open_first_screens()

    def _initial_settings(self) -> Settings:
        settings = load_settings()
        if self.options.trainee:
            settings = settings.with_(trainee=self.options.trainee)
        if self.options.course is not None:
            settings = settings.with_(course=self.options.course)
        return settings

    # -- language, mode and timers of this launch --------------------------------

    @property
    def language(self) -> str:
        return self.options.language or self.settings.language

    @property
    def mode(self) -> str:
        return self.options.mode

    def session_timer(self) -> str:
        """Assessment: the command line's --timer (default x1) rules; training: the trainee's setting."""
        if self.mode == "assessment":
            return self.options.timer or "x1"
        return self.options.timer or self.settings.timer

    # -- first screens -----------------------------------------------------------

    def _open_first_screens(self) -> None:
        from ..authoring.library import NoScenarios
        from .library import load_library
        from .scenes.errors import ErrorsScene
        from .scenes.menu import MenuScene

        try:
            self.entries = load_library(self.options.paths)
        except NoScenarios as exc:
            self.reset(ErrorsScene(self, None, message=str(exc)))
            return
        menu = MenuScene(self)
        self.reset(menu)
        if self.options.single_file and len(self.entries) == 1:
            menu.open(self.entries[0])

    # -- the scene stack -----------------------------------------------------------

    @property
    def top(self):
        return self.scenes[-1]

    def push(self, scene) -> None:
        self.scenes.append(scene)
        self._prepare(scene)
        scene.on_enter()
        self.invalidate()

    def pop(self, result: object = None) -> None:
        scene = self.scenes.pop()
        if self.scenes:
            self._prepare(self.top)
            self.top.on_result(scene, result)
        self.invalidate()

    def replace(self, scene) -> None:
        self.scenes.pop()
        self.push(scene)

    def reset(self, scene) -> None:
        self.scenes.clear()
        self.push(scene)

    def back_to_root(self) -> None:
        """Close every screen above the first (the scenario menu)."""
        del self.scenes[1:]
        self._prepare(self.top)
        self.top.on_result(None, None)
        self.invalidate()

    def visible_scenes(self) -> list:
        start = len(self.scenes) - 1
        while start > 0 and not self.scenes[start].opaque:
            start -= 1
        return self.scenes[start:]

    def _prepare(self, scene) -> None:
        scene.ensure_layout(self._layout_key())

    def _layout_key(self) -> tuple:
        s = self.settings
        return (self.surface.get_size(), s.theme, s.text_size, s.motion, self.language)

    # -- settings ------------------------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        """Use and save new settings; every screen lays itself out again."""
        self.settings = settings
        save_settings(settings)
        self.voice.set_enabled(settings.voice)
        self.configure()

    def configure(self) -> None:
        self.fonts.configure(self.surface.get_size(), self.settings.text_scale)
        self.kit.theme = theme_named(self.settings.theme)
        self.kit.language = self.language
        self.kit.reduced_motion = self.settings.reduced_motion
        self.invalidate()

    def toggle_voice(self) -> None:
        if not self.voice.available:
            self.toast(tr("settings.no_voice", self.language))
            return
        self.apply_settings(self.settings.with_(voice=not self.settings.voice))
        self.toast(tr("voice.toast_on" if self.settings.voice else "voice.toast_off", self.language))
        if self.settings.voice:
            self.voice.say(self.top.speech(), self.language)

    def toast(self, text: str) -> None:
        self.toast_text, self._toast_left = text, TOAST_SECONDS
        self.invalidate()

    # -- the loop --------------------------------------------------------------------

    def invalidate(self) -> None:
        self.dirty = True

    def run(self) -> int:
        clock = pygame.time.Clock()
        while self.running:
            dt = clock.tick(FPS) / 1000
            self.frame(min(dt, 0.25))  # a stalled frame (window drag) must not eat a timer
        self.close()
        return 0

    def step(self, frames: int = 1, dt: float = 1 / FPS) -> None:
        """Run frames without waiting (the test driver's and the bench's clock)."""
        for _ in range(frames):
            if self.running:
                self.frame(dt)

    def frame(self, dt: float) -> None:
        for event in pygame.event.get():
            self.dispatch(event)
            if not self.running:
                return
        key = self._layout_key()
        for scene in self.visible_scenes():
            scene.ensure_layout(key)
        self.top.update(dt)
        self.voice.update()
        self._update_toast(dt)
        if self.dirty:
            self.draw()
        elif self.live_dirty:
            self.draw_live()

    def _update_toast(self, dt: float) -> None:
        if self.toast_text is None:
            return
        self._toast_left -= dt
        if self._toast_left <= 0:
            self.toast_text = None
            self.invalidate()

    def invalidate_live(self) -> None:
        """Only the top scene's live part (a countdown) changed: repaint just that over the still frame."""
        self.live_dirty = True

    def draw(self) -> None:
        painter = Painter(self.surface, self.kit.theme, self._shapes)
        for scene in self.visible_scenes():
            if not scene.opaque:
                painter.panel(painter.bounds, self.kit.theme.overlay, radius=0, width=0)
            scene.draw(painter)
        if self.toast_text:
            self._draw_toast(painter)
        live = self.top.live_rect()
        if live is not None:
            self._still = self.surface.copy()  # the frame without its live part, to repaint that part over
            self._still_log = list(painter.log)
            self.top.draw_live(painter)
        else:
            self._still = None
        self._flip(painter)

    def draw_live(self) -> None:
        live = self.top.live_rect()
        if self._still is None or live is None or self._still.get_size() != self.surface.get_size():
            self.draw()
            return
        painter = Painter(self.surface, self.kit.theme, self._shapes)
        self.surface.blit(self._still, live.topleft, live)
        self.top.draw_live(painter)
        painter.log[:0] = self._still_log
        self._flip(painter)

    def _draw_splash(self) -> None:
        """A first frame while the library loads: the name, and what is happening."""
        painter = Painter(self.surface, self.kit.theme, self._shapes)
        painter.surface.blit(self.images.background(None, self.surface.get_size(), self.kit.theme), (0, 0))
        centre = self.surface.get_rect().center
        title = self.kit.text.render("Bluehelm", "display", self.kit.theme.heading)
        note = self.kit.text.render(tr("app.loading", self.language), "body", self.kit.theme.muted)
        painter.text(title, title.get_rect(midbottom=centre).topleft, painter.bounds, what="splash")
        painter.text(note, note.get_rect(midtop=(centre[0], centre[1] + self.kit.u * 2)).topleft, painter.bounds, what="splash")
        self._flip(painter)

    def _flip(self, painter: Painter) -> None:
        self.window.flip()
        self.last_drawn = painter.log
        self.dirty = self.live_dirty = False
        self.frames_drawn += 1
        if self.first_frame_seconds is None:
            self.first_frame_at = time.monotonic()
            self.first_frame_seconds = time.perf_counter() - self.started

    def _draw_toast(self, painter: Painter) -> None:
        u = self.kit.u
        text = self.kit.text.render(self.toast_text or "", "strong", self.kit.theme.text, self.surface.get_width() // 2)
        box = text.get_rect().inflate(u * 4, u * 2)
        box.midbottom = (self.surface.get_width() // 2, self.surface.get_height() - u * 3)
        painter.panel(box, self.kit.theme.panel, border=self.kit.theme.focus_ring, radius=u, width=2)
        painter.text(text, (box.x + u * 2, box.y + u), box, what="toast")

    # -- events -----------------------------------------------------------------------

    def dispatch(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind == pygame.QUIT:
            self.quit()
        elif kind == pygame.VIDEORESIZE:
            self.resize((event.w, event.h))
        elif kind in (pygame.WINDOWSIZECHANGED, pygame.WINDOWRESIZED, pygame.WINDOWDISPLAYCHANGED):
            self._surface_changed()
        elif kind in (pygame.WINDOWFOCUSLOST, pygame.WINDOWMINIMIZED):
            self.top.on_focus_lost()
        elif kind in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN):
            self.invalidate()
        elif kind == pygame.KEYDOWN and event.key == pygame.K_F2:
            self.toggle_voice()
        elif kind == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.toggle_fullscreen()
        elif kind == pygame.FINGERDOWN:
            self._tap(event)
        elif kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION) and getattr(event, "touch", False):
            return  # SDL's mouse copy of a touch: the FINGERDOWN already counted
        elif kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
            self.top.handle_event(self._in_pixels(event))
        else:
            self.top.handle_event(event)

    def _in_pixels(self, event: pygame.event.Event) -> pygame.event.Event:
        """On a HiDPI screen the mouse speaks in window points and the surface in pixels."""
        (pw, ph), (ww, wh) = self.surface.get_size(), self.window.size
        if (pw, ph) == (ww, wh) or not ww or not wh:
            return event
        x, y = event.pos
        attributes = {**event.dict, "pos": (round(x * pw / ww), round(y * ph / wh))}
        return pygame.event.Event(event.type, attributes)

    def _tap(self, event: pygame.event.Event) -> None:
        width, height = self.surface.get_size()
        pos = (round(event.x * width), round(event.y * height))
        self.top.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=True))

    def resize(self, size: tuple[int, int]) -> None:
        size = _at_least(size)
        if tuple(self.window.size) != size:
            self.window.size = size
        self._surface_changed()

    def _surface_changed(self) -> None:
        self.surface = self.window.get_surface()
        self.configure()

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        if self.fullscreen:
            self.window.set_fullscreen(True)
        else:
            self.window.set_windowed()
        self._surface_changed()

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.surface, str(path))
        return path

    def quit(self) -> None:
        self.running = False

    def close(self) -> None:
        self.voice.close()
        self.window.destroy()
        pygame.display.quit()


def _at_least(size: tuple[int, int]) -> tuple[int, int]:
    return max(MIN_SIZE[0], int(size[0])), max(MIN_SIZE[1], int(size[1]))


class WindowError(Exception):
    """The trainer window cannot open (no display, no video driver); the message says why."""


def open_app(options: Options) -> App:
    """The trainer, its window open; WindowError when there is no screen to open it on."""
    try:
        return App(options)
    except pygame.error as exc:
        raise WindowError(str(exc)) from exc
