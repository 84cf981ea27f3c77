"""A scenario that fails validation: its errors as FILE:LINE:COL lines, instead of starting it."""

from __future__ import annotations

import pygame

from ...authoring.diagnostics import render_text
from ..library import LibraryEntry, reload_entry
from ..scroll import ScrollView
from ..widgets import Button, Painter
from .base import Scene
from .common import footer_buttons, Column, backdrop, pad, sheet


class ErrorsScene(Scene):
    def __init__(self, services, entry: LibraryEntry | None, *, message: str = "",
                 watcher=None, over_session: bool = False) -> None:
        super().__init__(services)
        self.entry, self.message = entry, message
        self.watcher, self.over_session = watcher, over_session  # live reload: check again on every save
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.buttons: list[Button] = []

    @property
    def lines(self) -> list[str]:
        if self.entry is None:
            return [self.message]
        return render_text(self.entry.errors).splitlines()

    def speech(self) -> str:
        return f"{self.tr('errors.title')}. " + " ".join(self.lines[:3])

    def layout(self) -> None:
        kit = self.kit
        self.panel = sheet(self.size, kit, ems=60)
        p = pad(kit)
        inner = self.panel.inflate(-2 * p, -2 * p)
        footer_h = self._layout_buttons(inner)
        self.scroll = ScrollView(pygame.Rect(inner.x, inner.y, inner.width - kit.u * 2, inner.height - footer_h - kit.u * 2))
        column = Column(kit, self.scroll)
        column.text(self.tr("errors.title"), "title", "bad", gap=1)
        if self.entry is not None:
            column.text(self.tr("errors.count", file=self.entry.name, count=len(self.entry.errors)), "strong", "text")
            column.text(self.tr("errors.hint", file=self.entry.name), "body", "muted", gap=2)
        for line in self.lines:
            column.text(line, "mono", "text", gap=0.75)
        column.finish()
        self.focus.set(self.buttons, keep=self.focus.current.name if self.focus.current else None)

    def _layout_buttons(self, inner: pygame.Rect) -> int:
        kit = self.kit
        can_go_back = len(self.services.stack) > 1
        leave_text = "button.back_to_scenario" if self.over_session else (
            "button.library" if can_go_back else "button.quit")
        leave = Button([(self.tr(leave_text), "strong", "button_text")], self.back, name="leave")
        self.buttons = [leave]
        if self.entry is not None:
            self.buttons.append(Button([(self.tr("button.reload"), "strong", "button_text")], self.reload, name="reload"))
        return footer_buttons(kit, self.buttons, inner)

    def update(self, dt: float) -> None:
        if self.watcher is not None and self.entry is not None and self.watcher.poll(dt):
            self.reload()

    def reload(self) -> None:
        """Check the file again: once it is valid this screen closes with the fixed entry."""
        assert self.entry is not None
        fresh = reload_entry(self.entry)
        if fresh.ok:
            self.done(fresh)
            return
        self.entry = fresh
        self.relayout()

    def back(self) -> None:
        self.done(None)

    def handle_key(self, event: pygame.event.Event) -> None:
        if not self.scroll_by_arrows(event, "mono"):
            super().handle_key(event)

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.services)
        painter.panel(self.panel, border=self.kit.theme.danger_border, radius=self.kit.u * 2, width=2)
        assert self.scroll is not None
        self.scroll.draw(painter, self.kit, self.focus)
        self.draw_buttons(painter, self.buttons)
