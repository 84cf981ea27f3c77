"""Fonts, sizes that follow the window, and a cache of rendered text surfaces.

Text is wrapped here, at spaces and then after hyphens, never inside a word while a
smaller break exists (pygame's own wrapping cuts "second-in-command" anywhere), and
each line is rendered once. Every surface is kept in a cache keyed by text, style,
pixel size, colour and width and bounded by bytes: an idle frame renders nothing, a
resize renders each paragraph once, and dragging a window's corner does not grow memory.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import pygame

from ..paths import shipped_assets
from .cache import BoundedCache
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
    "tiny": Style("regular", 0.72),
    "tiny_bold": Style("bold", 0.72),
    "micro": Style("regular", 0.62),
    "micro_bold": Style("bold", 0.62),
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

    FONTS_KEPT = 40  # a few sizes per face: a window dragged through many sizes must not keep them all

    def __init__(self) -> None:
        self._fonts: OrderedDict[tuple[str, int], pygame.font.Font] = OrderedDict()
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
        if key in self._fonts:
            self._fonts.move_to_end(key)
            return self._fonts[key]
        path = font_file(face)
        font = pygame.font.Font(str(path) if path else None, px)
        if path is None and face == "bold":
            font.bold = True
        self._fonts[key] = font
        if len(self._fonts) > self.FONTS_KEPT:
            self._fonts.popitem(last=False)
        return font

    def line_height(self, style: str) -> int:
        return self.font(style).get_linesize()


class TextCache:
    """Rendered text surfaces, least recently used dropped first past `budget` bytes."""

    def __init__(self, fonts: FontBook, budget: int = 24 * 1024 * 1024) -> None:
        self.fonts = fonts
        self._surfaces: BoundedCache[pygame.Surface] = BoundedCache(budget)
        self.renders = 0

    @property
    def bytes(self) -> int:
        return self._surfaces.bytes

    def render(self, text: str, style: str, colour: RGB, width: int = 0, align: str = "left") -> pygame.Surface:
        """One paragraph, wrapped to `width` pixels (0: one line)."""
        key = (text, style, self.fonts.px(style), colour, width, align)
        surface = self._surfaces.get(key)
        if surface is None:
            surface = self._surfaces.put(key, self._render(text, style, colour, width, align))
        return surface

    def lines(self, text: str, style: str, width: int) -> list[str]:
        """How `text` wraps at `width` pixels in `style` (for layouts that must fit)."""
        return wrap(self.fonts.font(style), text, width) if width > 0 else [text]

    def _render(self, text: str, style: str, colour: RGB, width: int, align: str) -> pygame.Surface:
        self.renders += 1
        font = self.fonts.font(style)
        lines = wrap(font, text or " ", width) if width > 0 else [text or " "]
        rendered = [font.render(line or " ", True, colour) for line in lines]
        if len(rendered) == 1 and align == "left":
            return rendered[0]
        step = font.get_linesize()
        widest = max(r.get_width() for r in rendered)
        surface = pygame.Surface((max(1, widest if width <= 0 else min(width, widest) if align == "left" else width),
                                  step * (len(rendered) - 1) + rendered[-1].get_height()), pygame.SRCALPHA)
        for row, line in enumerate(rendered):
            x = {"left": 0, "center": (surface.get_width() - line.get_width()) // 2,
                 "right": surface.get_width() - line.get_width()}[align]
            surface.blit(line, (x, row * step))
        return surface

    def paragraphs(self, text: str, style: str, colour: RGB, width: int) -> list[pygame.Surface]:
        """Each non-empty line of `text` as one wrapped paragraph."""
        return [self.render(p.strip(), style, colour, width) for p in split_paragraphs(text)]

    def has(self, text: str) -> bool:
        """Whether some rendering of exactly `text` is cached (for tests and the bench)."""
        return any(key[0] == text for key in self._surfaces.keys())

    def clear(self) -> None:
        self._surfaces.clear()


_BREAKS = re.compile(r"(?<=-)(?=[^-\s])")  # a line may break after a hyphen inside a compound word


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """`text` in lines no wider than `width`: broken at spaces, then after hyphens, and inside a
    word only when that word alone is wider than the line. Lines never start with a space."""
    lines: list[str] = []
    for word in text.split():
        pieces = _pieces(font, word, width)
        for index, piece in enumerate(pieces):
            glue = " " if index == 0 else ""
            if lines and font.size(lines[-1] + glue + piece)[0] <= width:
                lines[-1] += glue + piece
            else:
                lines.append(piece)
    return lines or [""]


def _pieces(font: pygame.font.Font, word: str, width: int) -> list[str]:
    """A word as the parts a line may break between: the whole word when it fits, else its
    hyphenated parts, else (only a word wider than the line) as many letters as fit."""
    if font.size(word)[0] <= width:
        return [word]
    pieces: list[str] = []
    for part in _BREAKS.split(word):
        while font.size(part)[0] > width and len(part) > 1:
            cut = max(1, next((n for n in range(len(part), 0, -1) if font.size(part[:n])[0] <= width), 1))
            pieces.append(part[:cut])
            part = part[cut:]
        pieces.append(part)
    return pieces


def split_paragraphs(text: str) -> list[str]:
    return [line for line in (text or "").splitlines() if line.strip()]
