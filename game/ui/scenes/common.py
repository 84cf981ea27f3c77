"""Layout helpers the screens share: margins, a centred sheet, and a column builder
that stacks text, boxes, bars and buttons into a scroll view."""

from __future__ import annotations

from pathlib import Path

import pygame

from ..scroll import BarOp, ChartOp, PanelOp, ScrollView, TextOp
from ..widgets import Button, Kit, Painter
from ..text import split_paragraphs

READABLE_CHARS = 44  # widest text column, in body-text ems (about 75 characters a line)


def margin(kit: Kit) -> int:
    return kit.u * 3


def sheet(size: tuple[int, int], kit: Kit, *, ems: float = READABLE_CHARS, height: int | None = None) -> pygame.Rect:
    """A centred panel no wider than a readable line, inside the window's margins."""
    width, full_height = size
    m = margin(kit)
    w = min(width - 2 * m, round(kit.fonts.body_px * ems) + 2 * pad(kit))
    h = full_height - 2 * m if height is None else min(height, full_height - 2 * m)
    rect = pygame.Rect(0, 0, w, h)
    rect.center = (width // 2, full_height // 2)
    return rect


def pad(kit: Kit) -> int:
    return kit.u * 3


def backdrop(painter: Painter, services, art: Path | None = None) -> None:
    painter.surface.blit(services.images.background(art, painter.surface.get_size(), services.kit.theme), (0, 0))


class Column:
    """Stacks content top to bottom in a scroll view, tracking where the next item goes."""

    def __init__(self, kit: Kit, view: ScrollView, *, inset: int = 0) -> None:
        self.kit, self.view = kit, view
        self.x = view.viewport.x + inset
        self.width = view.viewport.width - 2 * inset
        self.y = view.viewport.y
        self.end = self.y  # bottom of the last item, without the gap after it
        self._boxes: list[tuple[int, int, int, int]] = []

    def text(self, text: str, style: str = "body", role: str = "text", *, what: str = "",
             gap: float = 1.0, reveal: bool = False) -> list[TextOp]:
        """Each paragraph of `text`, wrapped to the column, `gap` units apart."""
        ops = []
        colour = self.kit.colour(role)
        line = self.kit.fonts.line_height(style)
        for paragraph in split_paragraphs(text):
            surface = self.kit.text.render(paragraph.strip(), style, colour, self.width)
            op = TextOp(surface, (self.x, self.y), what or paragraph[:40], 0.0 if reveal else None, line)
            self.view.add(op)
            ops.append(op)
            self.end = self.y + surface.get_height()
            self.y = self.end + round(self.kit.u * gap)
        return ops

    def line_pair(self, left: str, right: str, style: str = "body", role: str = "text") -> None:
        """A label on the left and a figure on the right of one line."""
        colour = self.kit.colour(role)
        right_surface = self.kit.text.render(right, "strong", colour)
        left_surface = self.kit.text.render(left, style, colour, max(40, self.width - right_surface.get_width() - self.kit.u * 2))
        self.view.add(TextOp(left_surface, (self.x, self.y), left))
        self.view.add(TextOp(right_surface, (self.x + self.width - right_surface.get_width(), self.y), right))
        self.end = self.y + max(left_surface.get_height(), right_surface.get_height())
        self.y = self.end + self.kit.u // 2

    def pair(self, left: tuple[str, str, str], right: tuple[str, str, str], gap: float = 0.6) -> None:
        """Two texts side by side in half columns, each (text, style, role); the row is as tall as the taller."""
        half = (self.width - self.kit.u * 2) // 2
        bottom = self.y
        for (text, style, role), x in ((left, self.x), (right, self.x + half + self.kit.u * 2)):
            if not text:
                continue
            surface = self.kit.text.render(text, style, self.kit.colour(role), half)
            self.view.add(TextOp(surface, (x, self.y), text[:40]))
            bottom = max(bottom, self.y + surface.get_height())
        self.end = bottom
        self.y = self.end + round(self.kit.u * gap)

    def chart(self, series: list[tuple[list[float], tuple]], low: float, high: float, height: int) -> None:
        self.view.add(ChartOp(pygame.Rect(self.x, self.y, self.width, height), series, low, high, self.kit.theme.track))
        self.end = self.y + height
        self.y = self.end + self.kit.u

    def bar(self, fraction: float, colour, mark: float | None = None) -> None:
        height = max(10, self.kit.u + self.kit.u // 2)
        self.y += height // 2
        self.view.add(BarOp(pygame.Rect(self.x, self.y, self.width, height), fraction, colour, mark))
        self.end = self.y + height + height // 2
        self.y = self.end + self.kit.u * 2

    def button(self, button: Button, gap: float = 1.0) -> Button:
        button.layout(self.kit, self.x, self.y, self.width)
        self.view.add_button(button)
        self.end = button.base.bottom
        self.y = self.end + round(self.kit.u * gap)
        return button

    def flow(self, buttons: list[Button], gap: float = 1.0) -> None:
        """Buttons side by side at their natural width, wrapping to new rows (tags, chips)."""
        x, row_h, u = self.x, 0, self.kit.u
        for button in buttons:
            w = min(button.fit_width(self.kit), self.width)
            if x + w > self.x + self.width and x > self.x:
                x, self.y = self.x, self.y + row_h + u
                row_h = 0
            button.layout(self.kit, x, self.y, w)
            self.view.add_button(button)
            x, row_h = x + w + u, max(row_h, button.base.height)
        self.end = self.y + row_h
        self.y = self.end + round(u * gap)

    def space(self, units: float) -> None:
        self.y += round(self.kit.u * units)

    def begin_box(self, inset: int | None = None) -> None:
        """Start a framed box; what follows is indented until `end_box`."""
        inset = self.kit.u * 2 if inset is None else inset
        self._boxes.append((len(self.view.ops), self.y, self.x, self.width))
        self.x += inset
        self.width -= 2 * inset
        self.y += inset

    def end_box(self, fill, border=None, gap: float = 2.0) -> None:
        index, top, x, width = self._boxes.pop()
        inset = self.x - x
        self.end += inset
        self.view.ops.insert(index, PanelOp(pygame.Rect(x, top, width, self.end - top), fill, border))
        self.x, self.width = x, width
        self.y = self.end + round(self.kit.u * gap)

    def finish(self) -> None:
        self.view.content_height = self.end - self.view.viewport.y
        self.view.scroll_to(self.view.offset)


def footer_buttons(kit: Kit, buttons: list[Button], inner: pygame.Rect) -> int:
    """Lay `buttons` out right to left along the bottom of `inner`; returns the row's height."""
    x, height = inner.right, 0
    for button in buttons:
        width = button.fit_width(kit)
        x -= width
        height = button.layout(kit, x, 0, width).height
        x -= kit.u * 2
    for button in buttons:
        button.base.y = button.rect.y = inner.bottom - height
    return height


def digit_of(event: pygame.event.Event) -> int | None:
    """1-9 from the number row or the keypad, else None."""
    if pygame.K_1 <= event.key <= pygame.K_9:
        return event.key - pygame.K_0
    if pygame.K_KP1 <= event.key <= pygame.K_KP9:
        return event.key - pygame.K_KP1 + 1
    return None
