"""A viewport onto content taller than its panel: text, boxes, bars and buttons, scrolled."""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from .theme import RGB, RGBA
from .widgets import Button, Focus, Kit, Painter, draw_bar


@dataclass
class TextOp:
    """A text surface in a scroll view; `rows` limits it to its first rows while text reveals."""

    surface: pygame.Surface
    pos: tuple[int, int]
    what: str = ""
    rows: float | None = None
    line_height: int = 1


@dataclass
class PanelOp:
    rect: pygame.Rect
    fill: RGBA | RGB
    border: RGB | None = None


@dataclass
class BarOp:
    rect: pygame.Rect
    fraction: float
    colour: RGB
    mark: float | None = None


@dataclass
class ChartOp:
    """A small line chart: each series' values over the steps, on one shared scale from `low` to `high`."""

    rect: pygame.Rect
    series: list[tuple[list[float], RGB]]
    low: float
    high: float
    grid: RGB = (60, 80, 100)


@dataclass
class ScrollView:
    """A viewport onto taller content: text, panels, bars and buttons in content coordinates."""

    viewport: pygame.Rect
    ops: list = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    content_height: int = 0
    offset: int = 0

    def add(self, op) -> None:
        self.ops.append(op)

    def add_button(self, button: Button) -> None:
        self.buttons.append(button)
        self._place(button)

    @property
    def max_offset(self) -> int:
        return max(0, self.content_height - self.viewport.height)

    @property
    def overflowing(self) -> bool:
        return self.max_offset > 0

    def scroll_to(self, offset: int) -> bool:
        offset = max(0, min(self.max_offset, offset))
        changed = offset != self.offset
        self.offset = offset
        for button in self.buttons:
            self._place(button)
        return changed

    def scroll_by(self, delta: int) -> bool:
        return self.scroll_to(self.offset + delta)

    def show(self, button: Button, margin: int = 0) -> bool:
        """Scroll just enough for `button` to be fully in view."""
        top, bottom = button.base.top - self.viewport.top - margin, button.base.bottom - self.viewport.top + margin
        if top < self.offset:
            return self.scroll_to(top)
        if bottom > self.offset + self.viewport.height:
            return self.scroll_to(bottom - self.viewport.height)
        return False

    def _place(self, button: Button) -> None:
        button.rect = button.base.move(0, -self.offset)

    def draw(self, painter: Painter, kit: Kit, focus: Focus) -> None:
        clip = self.viewport
        for op in self.ops:
            self._draw_op(painter, op, clip, kit.u)
        ring_room = clip.inflate(kit.u * 2, 0)  # the focus ring sits just outside a full-width button
        for button in self.buttons:
            button.draw(painter, kit, focused=button is focus.current, hovered=button is focus.hovered, clip=ring_room)
        if self.overflowing:
            self._draw_scrollbar(painter, kit)
            self._draw_more(painter, kit)

    def _draw_more(self, painter: Painter, kit: Kit) -> None:
        """A mark at the viewport's edge while content is hidden beyond it (above, below)."""
        for hidden, mark, what in ((self.offset > 0, "▲", "more above"), (self.offset < self.max_offset, "▼", "more below")):
            if not hidden:
                continue
            surface = kit.text.render(mark, "small_bold", kit.theme.accent)
            if surface.get_height() * 2 > self.viewport.height:
                continue  # a sliver of a viewport: its scroll bar says it all
            x = self.viewport.right - surface.get_width()
            y = self.viewport.top if what == "more above" else self.viewport.bottom - surface.get_height()
            painter.text(surface, (x, y), self.viewport, what=what)

    def _draw_op(self, painter: Painter, op, clip: pygame.Rect, u: int) -> None:
        if isinstance(op, TextOp):
            self._draw_text(painter, op, clip)
            return
        rect = op.rect.move(0, -self.offset)
        if not rect.colliderect(clip):
            return
        painter.surface.set_clip(clip)
        if isinstance(op, PanelOp):
            painter.rect(rect, op.fill[:3], u)
            if op.border is not None:
                painter.rect(rect, op.border, u, max(2, painter.theme.border_width + 1))
        elif isinstance(op, ChartOp):
            _draw_chart(painter, op, rect, u)
        else:
            draw_bar(painter, rect, op.fraction, op.colour, op.mark)
        painter.surface.set_clip(None)

    def _draw_text(self, painter: Painter, op: TextOp, clip: pygame.Rect) -> None:
        x, y = op.pos[0], op.pos[1] - self.offset
        if y > clip.bottom or y + op.surface.get_height() < clip.top:
            return
        if op.rows is None:
            painter.text(op.surface, (x, y), clip, clip=clip, what=op.what)
            return
        full = int(op.rows)
        if full:
            area = pygame.Rect(0, 0, op.surface.get_width(), min(op.surface.get_height(), full * op.line_height))
            painter.text(op.surface, (x, y), clip, clip=clip, area=area, what=op.what)
        part = op.rows - full
        if part > 0 and full * op.line_height < op.surface.get_height():
            area = pygame.Rect(0, full * op.line_height, round(op.surface.get_width() * part), op.line_height)
            painter.text(op.surface, (x, y + area.y), clip, clip=clip, area=area, what=op.what)

    def _draw_scrollbar(self, painter: Painter, kit: Kit) -> None:
        track = pygame.Rect(self.viewport.right + kit.u // 2, self.viewport.top, max(4, kit.u // 2), self.viewport.height)
        painter.rect(track, kit.theme.track, track.width // 2)
        visible = self.viewport.height / max(1, self.content_height)
        thumb_h = max(kit.u * 3, round(track.height * visible))
        thumb_y = track.top + round((track.height - thumb_h) * (self.offset / max(1, self.max_offset)))
        painter.rect(pygame.Rect(track.x, thumb_y, track.width, thumb_h), kit.theme.accent, track.width // 2)


def _draw_chart(painter: Painter, op: ChartOp, rect: pygame.Rect, u: int) -> None:
    painter.rect(rect, op.grid, max(2, u // 2), 1)
    span = (op.high - op.low) or 1.0
    inner = rect.inflate(-u * 2, -u * 2)
    for fraction in (0.25, 0.5, 0.75):
        y = inner.bottom - round(inner.height * fraction)
        pygame.draw.line(painter.surface, op.grid, (inner.left, y), (inner.right, y), 1)
    for values, colour in op.series:
        if not values:
            continue
        steps = max(1, len(values) - 1)
        points = [(inner.left + round(inner.width * i / steps),
                   inner.bottom - round(inner.height * (max(op.low, min(op.high, v)) - op.low) / span))
                  for i, v in enumerate(values)]
        if len(points) > 1:
            pygame.draw.lines(painter.surface, colour, False, points, max(2, u // 3))
        for point in points:
            pygame.draw.circle(painter.surface, colour, point, max(3, u // 2))
