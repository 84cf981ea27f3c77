"""At start: offer to resume the last unfinished session (or to drop it)."""

from __future__ import annotations

import time

from ..checkpoints import Checkpoint, remove_checkpoint
from ..journey import ResumeFailed, Run, entry_for
from ..widgets import Button
from .common import Column
from .modal import ModalScene


class ResumeScene(ModalScene):
    ems = 34.0

    def __init__(self, app, checkpoint: Checkpoint) -> None:
        super().__init__(app)
        self.checkpoint = checkpoint
        self.problem = ""

    def speech(self) -> str:
        return f"{self.tr('resume.title')}. {self._detail()} {self.tr('resume.question')}"

    def _detail(self) -> str:
        c = self.checkpoint
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(c.saved_at))
        return self.tr("resume.detail", title=c.scenario_title, trainee=c.trainee, mode=self.tr(f"mode.{c.mode}"),
                       count=c.decisions, when=when)

    def fill(self, column: Column) -> None:
        column.text(self.tr("resume.title"), "title", "heading", gap=1.5)
        column.text(self._detail(), "body", "text", gap=1.5)
        if self.problem:
            column.text(self.tr("resume.missing", problem=self.problem), "body", "bad")
        else:
            column.text(self.tr("resume.question"), "strong", "text")

    def footer_buttons(self) -> list[Button]:
        buttons = [] if self.problem else [Button([(self.tr("button.resume"), "strong", "button_text")], self.resume, name="resume")]
        return buttons + [Button([(self.tr("button.discard"), "strong", "button_text")], self.discard, name="discard"),
                          Button([(self.tr("button.later"), "strong", "button_text")], self.app.pop, name="later")]

    def resume(self) -> None:
        from .play import PlayScene

        try:
            entry = entry_for(self.checkpoint.scenario_path, self.app.entries)
            run, report = Run.resume(self.checkpoint, entry, self.app.store)
        except ResumeFailed as exc:
            self.problem = str(exc)
            self.relayout()
            return
        notice = None if report.exact else report.message
        self.app.pop()
        self.app.push(PlayScene(self.app, run, notice))

    def discard(self) -> None:
        remove_checkpoint(self.checkpoint.scenario_id, self.checkpoint.trainee)
        self.app.pop()
