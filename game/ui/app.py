"""The trainer: a window, the services scenes use, a scene stack, the flow between screens, and the loop.

`App.step()` runs frames without waiting on the clock; the tests drive the real
app through it with synthetic pygame events, as a trainee would. Each frame: input
goes to the top scene, the top scene updates, every visible scene lays itself out
again if the window, the settings or its own content changed, and the frame is
painted only when something changed (the countdown alone is repainted over a still copy).
"""

from __future__ import annotations

import time
from pathlib import Path

import pygame

from .flow import Flow
from .images import Images
from .services import Launch, Redraw, Services
from .settings import load_settings
from .stack import SceneStack
from .strings import tr
from .text import FontBook, TextCache
from .theme import theme_named
from .cache import BoundedCache
from .voice import Voice
from .widgets import Drawn, Kit, Painter
from .window import MIN_SIZE, Window

Options = Launch  # the name the command line and the tests know
FPS = 30
SHAPES_BUDGET = 16 * 1024 * 1024  # panel shapes are as big as the window: bound them by bytes
__all__ = ["App", "FPS", "MIN_SIZE", "Options", "WindowError", "open_app"]


def _open_records(path: Path | None):
    """The records store, or None and why not: a bad records file must never stop a trainee."""
    from ..records import RecordsError, RecordStore

    try:
        return RecordStore.open(path), None
    except RecordsError as exc:
        return None, str(exc)


class App:
    def __init__(self, options: Launch) -> None:
        self.started = time.perf_counter()
        self.options = options
        self.window = Window(options.size, fullscreen=options.fullscreen)
        settings = load_settings()
        fonts = FontBook()
        kit = Kit(fonts, TextCache(fonts), theme_named(settings.theme))
        self.redraw = Redraw()
        self.stack = SceneStack(lambda: self.services.layout_key(), lambda: self.services.invalidate())
        store, records_problem = _open_records(options.db) if options.record else (None, None)
        self.services = Services(launch=options, settings=settings, surface_size=lambda: self.window.size, kit=kit,
                                 fonts=fonts, images=Images(), voice=Voice(), store=store, stack=self.stack,
                                 redraw=self.redraw)
        self.services.voice.set_enabled(settings.voice)
        self.services.configure()
        self.shapes: BoundedCache[pygame.Surface] = BoundedCache(SHAPES_BUDGET)
        self._still: pygame.Surface | None = None
        self._still_log: list[Drawn] = []
        self.frames_drawn = 0
        self.first_frame_seconds: float | None = None
        self.first_frame_at: float | None = None  # time.monotonic(), comparable across processes
        self.last_drawn: list[Drawn] = []
        if records_problem:
            self.services.warn(f"{records_problem}; sessions are not recorded")
            self.services.toast(tr("records.unavailable", self.services.language))
        self.flow = Flow(self.services)
        self._draw_splash()
        self.flow.start()

    # -- what tests, the bench and the command line read ------------------------------------

    @property
    def surface(self) -> pygame.Surface:
        return self.window.surface

    @property
    def top(self):
        return self.stack.top

    @property
    def scenes(self) -> list:
        return self.stack.scenes

    @property
    def running(self) -> bool:
        return self.services.running

    @property
    def kit(self) -> Kit:
        return self.services.kit

    @property
    def fonts(self) -> FontBook:
        return self.services.fonts

    @property
    def settings(self):
        return self.services.settings

    @property
    def store(self):
        return self.services.store

    @property
    def language(self) -> str:
        return self.services.language

    @property
    def voice(self):
        return self.services.voice

    @voice.setter
    def voice(self, voice) -> None:  # tests listen with a recording voice
        self.services.voice = voice

    @property
    def toast_text(self) -> str | None:
        return self.redraw.toast

    def session_timer(self) -> str:
        return self.services.session_timer()

    def cache_bytes(self) -> int:
        """Bytes held by every drawing cache (text, art, panel shapes): flat under resizing."""
        return self.kit.text.bytes + self.services.images.bytes + self.shapes.bytes

    # -- the loop ------------------------------------------------------------------------------

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
        self._lay_out()
        self.top.update(dt)
        self._lay_out()  # an update may change what is shown (the text reveal ends): lay out now, not next frame
        self.services.voice.update()
        self._update_toast(dt)
        if self.redraw.dirty:
            self.draw()
        elif self.redraw.live:
            self.draw_live()

    def _lay_out(self) -> None:
        key = self.services.layout_key()
        for scene in self.stack.visible():
            if scene.ensure_layout(key):
                self.services.invalidate()

    def _update_toast(self, dt: float) -> None:
        if self.redraw.toast is None:
            return
        self.redraw.toast_left -= dt
        if self.redraw.toast_left <= 0:
            self.redraw.toast = None
            self.services.invalidate()

    # -- painting -------------------------------------------------------------------------------

    def _painter(self) -> Painter:
        return Painter(self.surface, self.kit.theme, self.shapes)

    def draw(self) -> None:
        painter = self._painter()
        for scene in self.stack.visible():
            if not scene.opaque:
                painter.panel(painter.bounds, self.kit.theme.overlay, radius=0, width=0)
            scene.draw(painter)
        if self.redraw.toast:
            self._draw_toast(painter)
        if self.top.live_rect() is not None:
            self._still = self.surface.copy()  # the frame without its live part, to repaint that part over
            self._still_log = list(painter.log)
            self.top.draw_live(painter)
        else:
            self._still = None
        self._present(painter)

    def draw_live(self) -> None:
        live = self.top.live_rect()
        if self._still is None or live is None or self._still.get_size() != self.surface.get_size():
            self.draw()
            return
        painter = self._painter()
        self.surface.blit(self._still, live.topleft, live)
        self.top.draw_live(painter)
        painter.log[:0] = self._still_log
        self._present(painter)

    def _draw_splash(self) -> None:
        """A first frame while the library loads: the name, and what is happening."""
        painter, kit = self._painter(), self.kit
        painter.surface.blit(self.services.images.background(None, self.surface.get_size(), kit.theme), (0, 0))
        centre = self.surface.get_rect().center
        title = kit.text.render("Bluehelm", "display", kit.theme.heading)
        note = kit.text.render(tr("app.loading", self.language), "body", kit.theme.muted)
        painter.text(title, title.get_rect(midbottom=centre).topleft, painter.bounds, what="splash")
        painter.text(note, note.get_rect(midtop=(centre[0], centre[1] + kit.u * 2)).topleft, painter.bounds, what="splash")
        self._present(painter)

    def _present(self, painter: Painter) -> None:
        self.window.present()
        self.last_drawn = painter.log
        self.redraw.dirty = self.redraw.live = False
        self.frames_drawn += 1
        if self.first_frame_seconds is None:
            self.first_frame_at = time.monotonic()
            self.first_frame_seconds = time.perf_counter() - self.started

    def _draw_toast(self, painter: Painter) -> None:
        kit, u = self.kit, self.kit.u
        text = kit.text.render(self.redraw.toast or "", "strong", kit.theme.text, self.surface.get_width() // 2)
        box = text.get_rect().inflate(u * 4, u * 2)
        box.midbottom = (self.surface.get_width() // 2, self.surface.get_height() - u * 3)
        painter.panel(box, (*kit.theme.panel[:3], 255), border=kit.theme.focus_ring, radius=u, width=2)
        painter.text(text, (box.x + u * 2, box.y + u), box, what="toast")

    # -- events ----------------------------------------------------------------------------------

    def dispatch(self, event: pygame.event.Event) -> None:
        kind = event.type
        if kind == pygame.QUIT:
            self.services.quit()
        elif kind == pygame.VIDEORESIZE:
            self.window.resize((event.w, event.h))
            self.services.configure()
        elif kind in (pygame.WINDOWSIZECHANGED, pygame.WINDOWRESIZED, pygame.WINDOWDISPLAYCHANGED):
            self.window.refresh()
            self.services.configure()
        elif kind in (pygame.WINDOWFOCUSLOST, pygame.WINDOWMINIMIZED):
            self.top.on_focus_lost()
        elif kind in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED, pygame.WINDOWSHOWN):
            self.services.invalidate()
        elif kind == pygame.KEYDOWN and event.key == pygame.K_F2:
            self.services.toggle_voice()
        elif kind == pygame.KEYDOWN and event.key == pygame.K_F11:
            self.window.toggle_fullscreen()
            self.services.configure()
        elif kind == pygame.FINGERDOWN:
            self._tap(event)
        elif kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION) and getattr(event, "touch", False):
            return  # SDL's mouse copy of a touch: the FINGERDOWN already counted
        elif kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
            self.top.handle_event(self.window.in_pixels(event))
        else:
            self.top.handle_event(event)

    def _tap(self, event: pygame.event.Event) -> None:
        width, height = self.surface.get_size()
        pos = (round(event.x * width), round(event.y * height))
        self.top.handle_event(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=True))

    def resize(self, size: tuple[int, int]) -> None:
        self.window.resize(size)
        self.services.configure()

    def screenshot(self, path: Path) -> Path:
        return self.window.screenshot(path)

    def quit(self) -> None:
        self.services.quit()

    def close(self) -> None:
        self.services.voice.close()
        self.window.destroy()
        pygame.display.quit()


class WindowError(Exception):
    """The trainer window cannot open (no display, no video driver); the message says why."""


def open_app(options: Launch) -> App:
    """The trainer, its window open; WindowError when there is no screen to open it on."""
    try:
        return App(options)
    except pygame.error as exc:
        raise WindowError(str(exc)) from exc
