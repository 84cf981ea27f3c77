"""Fonts, sizes that follow the window, and a cache of rendered text surfaces.

Text is rendered paragraph by paragraph with pygame-ce's `wraplength`, and every
surface is kept in an LRU cache keyed by text, style, pixel size, colour and
width: an idle frame renders nothing, and a resize renders each paragraph once.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pygame

from ..paths import shipped_assets
from .theme import RGB

BODY_AT_600 = 22  # body text in pixels for a 1024x600 window at the normal text size
FACES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "mono": "DejaVuSansMono.ttf"}
SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True, slots=True)
class Style:
    face: str
    size: float  # relative to body text


STYLES: dict[str, Style] = {
    "body": Style("regular", 1.0),
    "strong": Style("bold", 1.0),
    "small": Style("regular", 0.84),
    "small_bold": Style("bold", 0.84),
    "heading": Style("bold", 1.22),
    "title": Style("bold", 1.6),
    "display": Style("bold", 2.1),
    "mono": Style("mono", 0.9),
}


def window_scale(size: tuple[int, int]) -> float:
    """How much bigger than 1024x600 the window is, gently: text grows slower than the window."""
    width, height = size
    ratio = min(height / 600, width / 1024)
    return max(0.75, ratio) ** 0.8


def font_file(face: str) -> Path | None:
    """The shipped font file of a face, else the system's DejaVu, else None (pygame's own font)."""
    for folder in (shipped_assets() / "fonts", SYSTEM_FONTS):
        candidate = folder / FACES[face]
        if candidate.is_file():
            return candidate
    return None


class FontBook:
    """Fonts at the pixel sizes the current window and text-size setting call for."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[str, int], pygame.font.Font] = {}
        self.body_px = BODY_AT_600
        self.unit = 8

    def configure(self, window: tuple[int, int], text_scale: float) -> None:
        scale = window_scale(window)
        self.body_px = max(14, round(BODY_AT_600 * scale * text_scale))
        self.unit = max(6, round(8 * scale))

    def px(self, style: str) -> int:
        return max(10, round(self.body_px * STYLES[style].size))

    def font(self, style: str) -> pygame.font.Font:
        face, px = STYLES[style].face, self.px(style)
        key = (face, px)
        if key not in self._fonts:
            path = font_file(face)
            font = pygame.font.Font(str(path) if path else None, px)
            if path is None and face == "bold":
                font.bold = True
            self._fonts[key] = font
        return self._fonts[key]

    def line_height(self, style: str) -> int:
        return self.font(style).get_linesize()


class TextCache:
    """Rendered text surfaces, least recently used dropped first."""

    def __init__(self, fonts: FontBook, limit: int = 1500) -> None:
        self.fonts = fonts
        self.limit = limit
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self.renders = 0

    def render(self, text: str, style: str, colour: RGB, width: int = 0, align: str = "left") -> pygame.Surface:
        """One paragraph, wrapped to `width` pixels (0: one line)."""
        key = (text, style, self.fonts.px(style), colour, width, align)
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
            return surface
        surface = self._render(text, style, colour, width, align)
        self._surfaces[key] = surface
        if len(self._surfaces) > self.limit:
            self._surfaces.popitem(last=False)
        return surface

    def _render(self, text: str, style: str, colour: RGB, width: int, align: str) -> pygame.Surface:
        self.renders += 1
        font = self.fonts.font(style)
        font.align = {"left": pygame.FONT_LEFT, "center": pygame.FONT_CENTER, "right": pygame.FONT_RIGHT}[align]
        return font.render(text or " ", True, colour, None, max(0, width))

    def paragraphs(self, text: str, style: str, colour: RGB, width: int) -> list[pygame.Surface]:
        """Each non-empty line of `text` as one wrapped paragraph."""
        return [self.render(p.strip(), style, colour, width) for p in split_paragraphs(text)]

    def has(self, text: str) -> bool:
        """Whether some rendering of exactly `text` is cached (for tests and the bench)."""
        return any(key[0] == text for key in self._surfaces)

    def clear(self) -> None:
        self._surfaces.clear()


def split_paragraphs(text: str) -> list[str]:
    return [line for line in (text or "").splitlines() if line.strip()]
