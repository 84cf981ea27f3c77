"""The pause menu of a session: resume, restart, settings, quit to the list. It closes with what was picked."""

from __future__ import annotations

from ..widgets import Button
from .common import Column
from .modal import ModalScene


class PauseScene(ModalScene):
    ems = 26.0

    def __init__(self, services, *, in_session: bool = True, assessment: bool = False) -> None:
        super().__init__(services)
        self.in_session, self.assessment = in_session, assessment

    def speech(self) -> str:
        return f"{self.tr('pause.title')}. {self.tr('pause.saved')}"

    def fill(self, column: Column) -> None:
        column.text(self.tr("pause.title"), "title", "heading", gap=1)
        column.text(self.tr("pause.saved"), "small", "muted", gap=2)
        for key, result in (("button.resume", "resume"), ("button.restart", "restart"), ("button.settings", "settings"),
                            ("button.guide", "guide"), ("button.quit_to_menu", "quit")):
            column.button(Button([(self.tr(key), "strong", "button_text")], lambda r=result: self.pick(r), name=result))

    def initial_focus(self) -> int:
        return 0

    def pick(self, result: str) -> None:
        if result == "settings":
            self.services.screens.settings(assessment=self.assessment)
        elif result == "guide":
            self.services.screens.guide()
        else:
            self.done(result)

    def back(self) -> None:
        self.done("resume")
