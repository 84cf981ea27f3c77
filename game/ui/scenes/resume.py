"""Before a scenario starts: offer the signed-in trainee's own unfinished session of it, in this mode."""

from __future__ import annotations

from collections.abc import Callable

from ...records.models import SessionRecord
from ..journey import ResumeFailed, Run
from ..library import LibraryEntry
from ..widgets import Button
from .common import Column
from .modal import ModalScene


class ResumeScene(ModalScene):
    """Resume (replayed from the records), start over, or go back. Opened over the briefing."""

    ems = 34.0

    def __init__(self, app, entry: LibraryEntry, record: SessionRecord, *, on_start_over: Callable[[], None]) -> None:
        super().__init__(app)
        self.entry, self.record, self.on_start_over = entry, record, on_start_over
        self.problem = ""

    def speech(self) -> str:
        return f"{self.tr('resume.title')}. {self._detail()} {self.tr('resume.question')}"

    def _detail(self) -> str:
        r = self.record
        return self.tr("resume.detail", title=r.scenario_title or r.scenario_id, trainee=r.trainee.id,
                       mode=self.tr(f"mode.{r.mode}"), count=r.decisions, when=r.started_at[:16].replace("T", " "))

    def fill(self, column: Column) -> None:
        column.text(self.tr("resume.title"), "title", "heading", gap=1.5)
        column.text(self._detail(), "body", "text", gap=1.5)
        if self.problem:
            column.text(self.tr("resume.missing", problem=self.problem), "body", "bad")
        else:
            column.text(self.tr("resume.question"), "strong", "text")

    def footer_buttons(self) -> list[Button]:
        buttons = [] if self.problem else [Button([(self.tr("button.resume"), "strong", "button_text")], self.resume, name="resume")]
        return buttons + [Button([(self.tr("button.discard"), "strong", "button_text")], self.start_over, name="discard"),
                          Button([(self.tr("button.later"), "strong", "button_text")], self.app.pop, name="later")]

    def resume(self) -> None:
        from .play import PlayScene

        try:
            run, report = Run.resume(self.entry, self.app.store, self.record)
        except ResumeFailed as exc:
            self.problem = str(exc)
            self.relayout()
            return
        notice = None if report.exact else report.message
        self.app.pop()
        self.app.replace(PlayScene(self.app, run, notice))

    def start_over(self) -> None:
        self.app.pop()
        self.on_start_over()
