"""Background and portrait art, scaled once per window size and kept (within a byte budget).

A missing or unreadable file never stops play: backgrounds fall back to
assets/backgrounds/fallback.png, then to a drawn gradient; portraits to a
drawn monogram.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from ..paths import shipped_assets
from .cache import BoundedCache
from .theme import RGB, Theme
from ..authoring.assets import asset_file


class Images:
    SCALED_BUDGET = 64 * 1024 * 1024  # two 4K backgrounds, or sixteen at 1280x800

    def __init__(self) -> None:
        self._loaded: dict[Path, pygame.Surface | None] = {}
        self._scaled: BoundedCache[pygame.Surface] = BoundedCache(self.SCALED_BUDGET)

    @property
    def bytes(self) -> int:
        return self._scaled.bytes

    def load(self, path: Path | None) -> pygame.Surface | None:
        if path is None:
            return None
        if path not in self._loaded:
            try:
                self._loaded[path] = pygame.image.load(str(path)).convert_alpha() if path.is_file() else None
            except (pygame.error, OSError):
                self._loaded[path] = None
        return self._loaded[path]

    def background(self, path: Path | None, size: tuple[int, int], theme: Theme, *, veil: int | None = None) -> pygame.Surface:
        """Art scaled to cover `size` with a veil over it (the theme's, unless given), or the fallback."""
        veil = theme.art_dim if veil is None else veil
        key = ("bg", path, size, theme.name, veil)
        found = self._scaled.get(key)
        if found is None:
            art = self.load(path) or self.load(shipped_assets() / "backgrounds" / "fallback.png")
            found = self._scaled.put(key, _veiled(_cover(art, size), theme, veil) if art else gradient(size, theme))
        return found

    def portrait(self, path: Path | None, side: int) -> pygame.Surface | None:
        key = ("portrait", path, side)
        found = self._scaled.get(key)
        if found is None:
            art = self.load(path)
            if art is None:
                return None
            found = self._scaled.put(key, pygame.transform.smoothscale(art, (side, side)))
        return found


def asset_path(assets: Path | None, relative: str | None) -> Path | None:
    """The picture for an asset path, or None when there is none or the path (or a symlink on it) leads
    out of assets/: the window then draws its fallback instead of following it."""
    return asset_file(assets, relative)


def _cover(art: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    width, height = size
    scale = max(width / art.get_width(), height / art.get_height())
    scaled = pygame.transform.smoothscale(art, (max(1, round(art.get_width() * scale)),
                                                max(1, round(art.get_height() * scale))))
    surface = pygame.Surface(size).convert()
    surface.blit(scaled, ((width - scaled.get_width()) // 2, (height - scaled.get_height()) // 2))
    return surface


def _veiled(surface: pygame.Surface, theme: Theme, alpha: int) -> pygame.Surface:
    veil = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
    veil.fill((*theme.backdrop_bottom, alpha))
    surface.blit(veil, (0, 0))
    return surface


def gradient(size: tuple[int, int], theme: Theme) -> pygame.Surface:
    """A calm vertical gradient, drawn in 2-pixel-tall strips then stretched to the window."""
    width, height = size
    strip = pygame.Surface((1, 64)).convert()
    for y in range(64):
        strip.set_at((0, y), _mix(theme.backdrop_top, theme.backdrop_bottom, y / 63))
    return pygame.transform.smoothscale(strip, (width, height))


def _mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b))  # type: ignore[return-value]


def monogram(name: str, side: int, theme: Theme, font: pygame.font.Font) -> pygame.Surface:
    """Initials on a disc, for a speaker without a portrait."""
    surface = pygame.Surface((side, side), pygame.SRCALPHA)
    pygame.draw.circle(surface, theme.button, (side // 2, side // 2), side // 2)
    pygame.draw.circle(surface, theme.button_border, (side // 2, side // 2), side // 2, max(2, side // 40))
    initials = "".join(word[0] for word in name.split()[:2]).upper() or "?"
    text = font.render(initials, True, theme.text)
    surface.blit(text, text.get_rect(center=(side // 2, side // 2)))
    return surface
