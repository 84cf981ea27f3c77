"""A dialog over the dimmed screen below: an opaque panel sized to its content, buttons along its foot.

The panel is opaque (no text of the screen below may show through it), and when its content
is taller than the window it says so ("More below") and Up and Down scroll it.
"""

from __future__ import annotations

import pygame

from ..scroll import ScrollView
from ..widgets import Button, Painter
from .base import Scene
from .common import Column, margin, pad, sheet


class ModalScene(Scene):
    opaque = False
    ems = 36.0
    border_role = "panel_border"

    def __init__(self, services) -> None:
        super().__init__(services)
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.footer: list[Button] = []
        self.hint_at: tuple[int, int] = (0, 0)

    def fill(self, column: Column) -> None:
        """Add the panel's content (text, boxes, buttons) to `column`."""
        raise NotImplementedError

    def footer_buttons(self) -> list[Button]:
        """Buttons along the foot of the panel, first one on the right (the usual action)."""
        return []

    def initial_focus(self) -> int | None:
        """Which button starts with the focus (None: the main footer button)."""
        return None

    def layout(self) -> None:
        kit, (width, height) = self.kit, self.size
        p, m = pad(kit), margin(kit)
        panel_w = sheet(self.size, kit, ems=self.ems).width
        inner_w = panel_w - 2 * p
        self.footer = self.footer_buttons()
        footer_h = self._layout_footer(inner_w)
        hint_h = kit.fonts.line_height("small")
        gap = kit.u * 3 if self.footer else 0
        content_h = self._measure(inner_w)
        room = height - 2 * m - 2 * p - footer_h - gap
        view_h = content_h if content_h <= room else room - hint_h - kit.u
        self.panel = pygame.Rect(0, 0, panel_w, 0)
        self.panel.height = view_h + (hint_h + kit.u if content_h > room else 0) + footer_h + gap + 2 * p
        self.panel.center = (width // 2, height // 2)
        offset = self.scroll.offset if self.scroll is not None else 0
        self.scroll = ScrollView(pygame.Rect(self.panel.x + p, self.panel.y + p, inner_w - kit.u * 2, view_h))
        column = Column(kit, self.scroll)
        self.fill(column)
        column.finish()
        self.scroll.scroll_to(offset)
        self.hint_at = (self.panel.x + p, self.scroll.viewport.bottom + kit.u // 2)
        for button in self.footer:
            button.base.move_ip(self.panel.x + p, self.panel.bottom - p - footer_h)
            button.rect = button.base.copy()
        keep = self.focus.current.name if self.focus.current else None
        order = self.scroll.buttons + self.footer[::-1]  # left to right on screen
        first = self.initial_focus()
        self.focus.set(order, keep=keep, default=len(order) - 1 if first is None else first)
        self.focus_moved()

    def _measure(self, inner_w: int) -> int:
        probe = ScrollView(pygame.Rect(0, 0, inner_w - self.kit.u * 2, 10))
        column = Column(self.kit, probe)
        self.fill(column)
        column.finish()
        return probe.content_height

    def _layout_footer(self, inner_w: int) -> int:
        """Lay the footer out from (0, 0): in a row from the right, or stacked when too wide."""
        kit = self.kit
        widths = [min(b.fit_width(kit), inner_w) for b in self.footer]
        if sum(widths) + kit.u * 2 * (len(widths) - 1) <= inner_w:
            x = inner_w
            for button, w in zip(self.footer, widths):
                x -= w
                button.layout(kit, x, 0, w)
                x -= kit.u * 2
            return max((b.base.height for b in self.footer), default=0)
        y = 0
        for button in self.footer:
            y = button.layout(kit, 0, y, inner_w).bottom + kit.u
        return y - kit.u

    def handle_key(self, event: pygame.event.Event) -> None:
        reading_only = self.scroll is not None and not self.scroll.buttons and self.scroll.overflowing
        if reading_only and self.scroll_by_arrows(event, "body"):
            return  # a dialog of text with buttons only at its foot: Up and Down read on
        super().handle_key(event)

    def draw(self, painter: Painter) -> None:
        kit = self.kit
        painter.panel(self.panel, (*kit.theme.panel[:3], 255), border=kit.colour(self.border_role), radius=kit.u * 2,
                      width=max(2, kit.theme.border_width))
        assert self.scroll is not None
        self.scroll.draw(painter, kit, self.focus)
        if self.scroll.offset < self.scroll.max_offset:
            hint = kit.text.render(self.tr("play.more"), "small", kit.theme.accent, self.scroll.viewport.width)
            painter.text(hint, self.hint_at, self.panel, what="more below hint")
        self.draw_buttons(painter, self.footer)


class NoticeScene(ModalScene):
    """A message to acknowledge (OK, Enter or Esc)."""

    def __init__(self, services, title: str, message: str) -> None:
        super().__init__(services)
        self.title, self.message = title, message

    def speech(self) -> str:
        return f"{self.title}. {self.message}"

    def fill(self, column: Column) -> None:
        column.text(self.title, "heading", "heading", gap=1.5)
        column.text(self.message, "body", "text")

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.ok"), "strong", "button_text")], self.done, name="ok")]


class ConfirmScene(ModalScene):
    """A question with a yes and a no; closes with True or False (Esc: False)."""

    ems = 30.0

    def __init__(self, services, title: str, message: str, yes: str, no: str) -> None:
        super().__init__(services)
        self.title, self.message, self.yes, self.no = title, message, yes, no

    def speech(self) -> str:
        return f"{self.title}. {self.message}"

    def fill(self, column: Column) -> None:
        column.text(self.title, "title", "heading", gap=1.2)
        if self.message:
            column.text(self.message, "body", "text")

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.yes, "strong", "button_text")], lambda: self.done(True), name="yes"),
                Button([(self.no, "strong", "button_text")], lambda: self.done(False), name="no")]

    def initial_focus(self) -> int:
        return 0  # the safe answer, on the left: a stray Enter never quits

    def back(self) -> None:
        self.done(False)
