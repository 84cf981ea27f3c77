"""The trainee guide in the window (F1, or Guide on the briefing and pause screens): keys, reading
aloud, pausing, timers, and what training and assessment mean. The full guide is docs/trainee-guide.md."""

from __future__ import annotations

from ..widgets import Button
from .common import Column
from .modal import ModalScene

SECTIONS = (("guide.keys_title", "guide.keys"), ("guide.voice_title", "guide.voice"), ("guide.pause_title", "guide.pause"),
            ("guide.timers_title", "guide.timers"), ("guide.modes_title", "guide.modes"),
            ("guide.history_title", "guide.history"))


class GuideScene(ModalScene):
    ems = 46.0

    def speech(self) -> str:
        return " ".join(f"{self.tr(t)}. {self.tr(b)}" for t, b in SECTIONS)

    def fill(self, column: Column) -> None:
        column.text(self.tr("guide.title"), "title", "heading", gap=1.2)
        for title, body in SECTIONS:
            column.text(self.tr(title), "heading", "heading", gap=0.5)
            column.text(self.tr(body), "body", "text", gap=1.4)
        column.text(self.tr("guide.more", path="docs/trainee-guide.md"), "small", "muted")

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.close"), "strong", "button_text")], self.done, name="close")]
