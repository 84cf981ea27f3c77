"""Before a scenario starts: offer the signed-in trainee's own unfinished session of it, in this mode.
Closes with "resume", "over" (start over) or None (not now)."""

from __future__ import annotations

from ...catalogs import texts
from ...records.models import SessionRecord, parse_time
from ..widgets import Button
from .common import Column
from .modal import ModalScene


class ResumeScene(ModalScene):
    ems = 34.0

    def __init__(self, services, record: SessionRecord, *, problem: str = "") -> None:
        super().__init__(services)
        self.record, self.problem = record, problem

    def speech(self) -> str:
        return f"{self.tr('resume.title')}. {self._detail()} {self.tr('resume.question')}"

    def _detail(self) -> str:
        r = self.record
        try:
            when = texts(self.services.language).date(parse_time(r.last_activity))
        except ValueError:
            when = r.last_activity
        return self.tr("resume.detail", title=r.scenario_title or r.scenario_id, trainee=r.trainee.id,
                       mode=self.tr(f"mode.{r.mode}"), count=r.decisions, when=when)

    def fill(self, column: Column) -> None:
        column.text(self.tr("resume.title"), "title", "heading", gap=1.5)
        column.text(self._detail(), "body", "text", gap=1.5)
        if self.problem:
            column.text(self.tr("resume.missing", problem=self.problem), "body", "bad")
        else:
            column.text(self.tr("resume.question"), "strong", "text")

    def footer_buttons(self) -> list[Button]:
        resume = [] if self.problem else [Button([(self.tr("button.resume"), "strong", "button_text")],
                                                 lambda: self.done("resume"), name="resume")]
        return resume + [Button([(self.tr("button.discard"), "strong", "button_text")], lambda: self.done("over"),
                                name="discard"),
                         Button([(self.tr("button.later"), "strong", "button_text")], lambda: self.done(None), name="later")]
