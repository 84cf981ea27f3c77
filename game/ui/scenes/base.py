"""The scene contract: `update(dt)` changes state, `handle_event` turns input into
actions, `draw` only paints what is there. Layout is worked out before drawing,
whenever the window, theme, text size or language changed.

A scene knows only the services (game/ui/services.py). It closes with `done(result)`,
and whoever pushed it decides what follows: no scene imports the scene after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from ..strings import tr
from ..scroll import ScrollView
from ..widgets import Button, Focus, Kit, Painter

if TYPE_CHECKING:
    from ..services import Services


class Scene:
    opaque = True  # False for modal scenes: the scene below stays visible under a veil

    def __init__(self, services: "Services") -> None:
        self.services = services
        self.focus = Focus()
        self.scroll: ScrollView | None = None
        self._layout_key: object = None

    # -- helpers ----------------------------------------------------------------

    @property
    def kit(self) -> Kit:
        return self.services.kit

    @property
    def size(self) -> tuple[int, int]:
        return self.services.size

    def tr(self, key: str, **values: object) -> str:
        return tr(key, self.services.language, **values)

    def ensure_layout(self, key: object) -> bool:
        """Lay out again if the window or settings changed since; True when it did."""
        if key != self._layout_key:
            self._layout_key = key
            self.layout()
            return True
        return False

    def relayout(self) -> None:
        self._layout_key = None
        self.services.invalidate()

    def done(self, result: object = None) -> None:
        """Close this scene; `result` goes to whoever pushed it."""
        self.services.dismiss(self, result)

    # -- what scenes override ---------------------------------------------------

    def layout(self) -> None:
        """Work out rectangles and render text for the current window and settings."""

    def on_enter(self) -> None:
        """The scene was pushed (speak it, start timers)."""
        self.services.say(self.speech())

    def on_uncovered(self) -> None:
        """The scenes above this one closed: it is on top again."""
        self.relayout()

    def on_focus_lost(self) -> None:
        """The window lost focus or was minimised."""

    def speech(self) -> str:
        """What self-voicing reads when the scene appears."""
        return ""

    def back(self) -> None:
        """Esc: close this screen."""
        if len(self.services.stack) > 1:
            self.done(None)

    def update(self, dt: float) -> None:
        """Advance animations and time by `dt` seconds."""

    def draw(self, painter: Painter) -> None:
        """Paint the scene, except its live part."""
        raise NotImplementedError

    def live_rect(self) -> pygame.Rect | None:
        """The part that changes every frame on its own (a countdown), repainted alone; None: no such part."""
        return None

    def draw_live(self, painter: Painter) -> None:
        """Paint the live part (over the still frame)."""

    # -- input shared by every screen -------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            self.handle_key(event)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            if self.focus.click(event.pos, self.clip_for):
                self.services.invalidate()
        elif event.type == pygame.MOUSEWHEEL and self.scroll is not None:
            if self.scroll.scroll_by(-event.y * self.kit.fonts.line_height("body") * 2):
                self.services.invalidate()
        elif event.type == pygame.MOUSEMOTION:
            self.hover(event.pos)

    def handle_key(self, event: pygame.event.Event) -> None:
        if event.key == pygame.K_ESCAPE:
            self.back()
        elif self.scroll_key(event):
            pass
        elif self.focus.handle_key(event):
            self.focus_moved()
        self.services.invalidate()

    def scroll_by_arrows(self, event: pygame.event.Event, style: str = "body") -> bool:
        """Up and Down scroll a reading screen by two lines of `style`; True when they did."""
        if event.key not in (pygame.K_UP, pygame.K_DOWN) or self.scroll is None:
            return False
        line = self.kit.fonts.line_height(style) * 2
        self.scroll.scroll_by(line if event.key == pygame.K_DOWN else -line)
        self.services.invalidate()
        return True

    def scroll_key(self, event: pygame.event.Event) -> bool:
        if self.scroll is None:
            return False
        page = max(1, self.scroll.viewport.height - self.kit.fonts.line_height("body") * 2)
        moves = {pygame.K_PAGEDOWN: page, pygame.K_PAGEUP: -page,
                 pygame.K_END: self.scroll.content_height, pygame.K_HOME: -self.scroll.content_height}
        if event.key not in moves:
            return False
        self.scroll.scroll_by(moves[event.key])
        return True

    def focus_moved(self) -> None:
        button = self.focus.current
        if self.scroll is not None and button is not None and button in self.scroll.buttons:
            self.scroll.show(button, self.kit.u * 2)

    def clip_for(self, button: Button) -> pygame.Rect | None:
        if self.scroll is not None and button in self.scroll.buttons:
            return self.scroll.viewport
        return None

    def hover(self, pos: tuple[int, int]) -> None:
        found = None
        for button in self.focus.buttons:
            clip = self.clip_for(button)
            if button.rect.collidepoint(pos) and (clip is None or clip.collidepoint(pos)):
                found = button
                break
        if found is not self.focus.hovered:
            self.focus.hovered = found
            self.services.invalidate()

    def draw_buttons(self, painter: Painter, buttons: list[Button]) -> None:
        for button in buttons:
            button.draw(painter, self.kit, focused=button is self.focus.current, hovered=button is self.focus.hovered)
