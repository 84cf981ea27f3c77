"""The pause menu: resume, restart, settings, quit. It closes with what was picked."""

from __future__ import annotations

from ..widgets import Button
from .common import Column
from .modal import ModalScene


class PauseScene(ModalScene):
    ems = 26.0

    def __init__(self, app, *, in_session: bool, assessment: bool = False) -> None:
        super().__init__(app)
        self.in_session, self.assessment = in_session, assessment

    def speech(self) -> str:
        return self.tr("pause.title")

    def fill(self, column: Column) -> None:
        column.text(self.tr("pause.title"), "title", "heading", gap=1)
        if self.in_session:
            column.text(self.tr("pause.saved"), "small", "muted", gap=2)
        for key, result in self._items():
            column.button(Button([(self.tr(key), "strong", "button_text")], lambda r=result: self.pick(r), name=result))

    def _items(self) -> list[tuple[str, str]]:
        if not self.in_session:
            return [("button.resume", "resume"), ("button.settings", "settings"), ("button.quit_app", "quit")]
        return [("button.resume", "resume"), ("button.restart", "restart"), ("button.settings", "settings"),
                ("button.quit_to_menu", "quit")]

    def initial_focus(self) -> int:
        return 0

    def pick(self, result: str) -> None:
        if result == "settings":
            from .settings import SettingsScene

            self.app.push(SettingsScene(self.app, assessment=self.assessment))
            return
        self.app.pop(result)

    def back(self) -> None:
        self.app.pop("resume")
