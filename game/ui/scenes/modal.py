"""A panel over the dimmed screen below, sized to its content, with buttons along its foot."""

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

    def __init__(self, app) -> None:
        super().__init__(app)
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.footer: list[Button] = []

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
        gap = kit.u * 3 if self.footer else 0
        content_h = self._measure(inner_w)
        view_h = min(content_h, height - 2 * m - 2 * p - footer_h - gap)
        self.panel = pygame.Rect(0, 0, panel_w, view_h + footer_h + gap + 2 * p)
        self.panel.center = (width // 2, height // 2)
        self.scroll = ScrollView(pygame.Rect(self.panel.x + p, self.panel.y + p, inner_w - kit.u * 2, view_h))
        column = Column(kit, self.scroll)
        self.fill(column)
        column.finish()
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

    def draw(self, painter: Painter) -> None:
        kit = self.kit
        painter.panel(self.panel, border=kit.colour(self.border_role), radius=kit.u * 2, width=max(2, kit.theme.border_width))
        assert self.scroll is not None
        self.scroll.draw(painter, kit, self.focus)
        self.draw_buttons(painter, self.footer)


class NoticeScene(ModalScene):
    """A message to acknowledge (OK, Enter or Esc)."""

    def __init__(self, app, title: str, message: str) -> None:
        super().__init__(app)
        self.title, self.message = title, message

    def speech(self) -> str:
        return f"{self.title}. {self.message}"

    def fill(self, column: Column) -> None:
        column.text(self.title, "heading", "heading", gap=1.5)
        column.text(self.message, "body", "text")

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.ok"), "strong", "button_text")], self.app.pop, name="ok")]
