"""The countdown of a timed decision: a calm ring with the seconds in it, in the options' dock.

It is repainted alone, over a still copy of the frame, a few times a second (once a second
with reduced motion). It never flashes; below a quarter of the time its colour warms. With
self-voicing on, it says the time left at half time, at ten and at five seconds.
"""

from __future__ import annotations

import math

import pygame

from ..widgets import Kit, Painter

PAINTS_PER_SECOND = 10
SPOKEN_AT = (10, 5)  # seconds left, besides half time


def whole_seconds(seconds: float) -> int:
    """Seconds as a countdown shows them: 4.2 left reads 5, so 0 means time is up."""
    return max(0, math.ceil(seconds - 1e-9))


class Countdown:
    def __init__(self, scene) -> None:
        self.scene = scene
        self.left: tuple[float, float] | None = None
        self.timed = False
        self.compact = False  # the dock is short of room: a smaller ring
        self.rect = pygame.Rect(0, 0, 0, 0)
        self._since = 0.0
        self._spoken: set[int] = set()

    @property
    def visible(self) -> bool:
        return self.timed

    @property
    def fraction(self) -> float | None:
        return None if self.left is None else self.left[0] / self.left[1]

    def reset(self, left: tuple[float, float] | None, *, timed: bool, keep_spoken: bool = False) -> None:
        self.left, self.timed, self._since = left, timed, 0.0
        if not keep_spoken:
            self._spoken = set()

    def side(self, kit: Kit) -> int:
        """The ring's diameter (the dock's header is at least this tall)."""
        line = kit.fonts.line_height("strong")
        if not (self.timed and self.left is not None):
            return line
        return round(line * (1.4 if self.compact else 2))

    def _label_width(self, kit: Kit) -> int:
        if not self.timed:
            return 0
        if self.left is None:
            return kit.fonts.font("small").size(self.scene.tr("play.timer_off"))[0]
        return kit.fonts.font("small").size(self.scene.tr("play.time_to_decide"))[0]

    def place(self, dock: pygame.Rect) -> None:
        kit = self.scene.kit
        p, side = kit.u * 2, self.side(kit)
        width = (side + kit.u + self._label_width(kit)) if self.timed and self.left is not None else self._label_width(kit)
        self.rect = pygame.Rect(dock.right - p - width, dock.y + p, width, side)

    def header_room(self, dock: pygame.Rect) -> int:
        """Width left for the prompt beside the countdown."""
        kit = self.scene.kit
        used = self.rect.width + kit.u * 2 if self.timed else 0
        return max(40, dock.width - kit.u * 4 - used)

    def tick(self, dt: float, left: tuple[float, float] | None) -> None:
        """Play time passed: repaint when due, and speak at the thresholds."""
        self._since += dt
        if left is None or left == self.left:
            return
        due = self.left is None or whole_seconds(left[0]) != whole_seconds(self.left[0]) or (
            not self.scene.kit.reduced_motion and self._since >= 1 / PAINTS_PER_SECOND)
        self._speak(left)
        if due:
            self.left, self._since = left, 0.0
            self.scene.services.invalidate_live()

    def _speak(self, left: tuple[float, float]) -> None:
        seconds, total = whole_seconds(left[0]), left[1]
        marks = {whole_seconds(total / 2), *(s for s in SPOKEN_AT if s < total / 2)}
        for mark in sorted(marks, reverse=True):
            if seconds <= mark and mark not in self._spoken:
                self._spoken.add(mark)
                if seconds == mark:
                    self.scene.services.say(self.scene.tr("play.seconds_left", seconds=seconds))

    def draw(self, painter: Painter, dock: pygame.Rect) -> None:
        kit, theme = self.scene.kit, self.scene.kit.theme
        if self.left is None:
            label = kit.text.render(self.scene.tr("play.timer_off"), "small", theme.muted)
            painter.text(label, (self.rect.x, self.rect.centery - label.get_height() // 2), dock, what="countdown")
            return
        side = self.rect.height
        ring = pygame.Rect(self.rect.right - side, self.rect.y, side, side)
        fraction = max(0.0, min(1.0, self.fraction or 0.0))
        colour = theme.fill_low if fraction < 0.25 else theme.accent
        thickness = max(4, side // 8)
        pygame.draw.circle(painter.surface, theme.track, ring.center, side // 2, thickness)
        _arc(painter.surface, colour, ring.center, side // 2, thickness, fraction)
        seconds = kit.text.render(str(whole_seconds(self.left[0])), "strong", theme.text)
        painter.text(seconds, seconds.get_rect(center=ring.center).topleft, dock, what="countdown")
        label = kit.text.render(self.scene.tr("play.time_to_decide"), "small", theme.muted)
        painter.text(label, (ring.x - kit.u - label.get_width(), ring.centery - label.get_height() // 2), dock,
                     what="countdown label")


def _arc(surface: pygame.Surface, colour, centre: tuple[int, int], radius: int, thickness: int, fraction: float) -> None:
    """The part of a ring left, clockwise from twelve o'clock, as one filled polygon (no gaps)."""
    if fraction <= 0:
        return
    steps = max(2, int(72 * fraction))
    outer, inner = [], []
    for i in range(steps + 1):
        angle = -math.pi / 2 + 2 * math.pi * fraction * i / steps
        cos, sin = math.cos(angle), math.sin(angle)
        outer.append((centre[0] + radius * cos, centre[1] + radius * sin))
        inner.append((centre[0] + (radius - thickness) * cos, centre[1] + (radius - thickness) * sin))
    pygame.draw.polygon(surface, colour, outer + inner[::-1])
