"""The text history (backlog): everything read and chosen so far in this session, scrolled back at will."""

from __future__ import annotations

from ..backlog import history
from ..journey import Run
from ..widgets import Button
from .common import Column
from .modal import ModalScene


class BacklogScene(ModalScene):
    ems = 46.0

    def __init__(self, services, run: Run) -> None:
        super().__init__(services)
        self.lines = history(run.session)

    def speech(self) -> str:
        return self.tr("backlog.title")

    def fill(self, column: Column) -> None:
        column.text(self.tr("backlog.title"), "title", "heading", gap=0.5)
        column.text(self.tr("backlog.hint"), "small", "muted", gap=1.5)
        for line in self.lines:
            if line.kind == "choice":
                key = "backlog.timer" if line.timer else "backlog.chose"
                column.text(self.tr(key, choice=line.text), "strong", "accent", gap=1.5)
                continue
            if line.speaker:
                column.text(line.speaker, "small_bold", "heading", gap=0.3)
            column.text(line.text, "body", "text", gap=1.0)

    def layout(self) -> None:
        fresh = self.scroll is None
        super().layout()
        if fresh and self.scroll is not None:
            self.scroll.scroll_to(self.scroll.max_offset)  # opens at the newest lines, as a chat does

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.close"), "strong", "button_text")], self.done, name="close")]

    def handle_key(self, event) -> None:
        import pygame

        if event.key == pygame.K_h:
            self.done()
            return
        super().handle_key(event)
