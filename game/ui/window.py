"""The OS window: open it (or say there is no screen), its surface, size, full screen, presenting frames.

Nothing here knows about scenes; the loop (app.py) draws on `surface` and calls `present()`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pygame

MIN_SIZE = (1024, 600)


def at_least(size: tuple[int, int]) -> tuple[int, int]:
    """A size no smaller than the smallest window the trainer lays out for."""
    return max(MIN_SIZE[0], int(size[0])), max(MIN_SIZE[1], int(size[1]))


def _require_a_display() -> None:
    """SDL falls back to an invisible driver when there is no screen: say so instead of hanging unseen."""
    driver = pygame.display.get_driver()
    if driver in ("offscreen", "dummy") and os.environ.get("SDL_VIDEODRIVER") != driver:
        pygame.display.quit()
        raise pygame.error("no display found")


class Window:
    """One resizable, HiDPI-aware window; pygame.error when no screen can show it."""

    def __init__(self, size: tuple[int, int], *, fullscreen: bool = False) -> None:
        os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")
        pygame.display.init()
        _require_a_display()
        pygame.font.init()
        pygame.key.set_repeat(400, 40)
        self.window = pygame.Window("Bluehelm", at_least(size), resizable=True, allow_high_dpi=True)
        self.window.minimum_size = MIN_SIZE
        self.fullscreen = fullscreen
        if fullscreen:
            self.window.set_fullscreen(True)
        self.surface = self.window.get_surface()

    @property
    def size(self) -> tuple[int, int]:
        return self.surface.get_size()

    def resize(self, size: tuple[int, int]) -> None:
        size = at_least(size)
        if tuple(self.window.size) != size:
            self.window.size = size
        self.refresh()

    def refresh(self) -> None:
        """The OS changed the window (resize, display change): take its new surface."""
        self.surface = self.window.get_surface()

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        if self.fullscreen:
            self.window.set_fullscreen(True)
        else:
            self.window.set_windowed()
        self.refresh()

    def in_pixels(self, event: pygame.event.Event) -> pygame.event.Event:
        """On a HiDPI screen the mouse speaks in window points and the surface in pixels."""
        (pw, ph), (ww, wh) = self.surface.get_size(), self.window.size
        if (pw, ph) == (ww, wh) or not ww or not wh:
            return event
        x, y = event.pos
        return pygame.event.Event(event.type, {**event.dict, "pos": (round(x * pw / ww), round(y * ph / wh))})

    def present(self) -> None:
        self.window.flip()

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.surface, str(path))
        return path

    def destroy(self) -> None:
        self.window.destroy()
