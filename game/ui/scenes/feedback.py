"""Feedback after a decision (training mode): what it did, and a red line first, in its own marked box."""

from __future__ import annotations

from ...authoring.model import localized
from ...engine.session import Outcome
from ..journey import Run
from ..widgets import Button
from .common import Column
from .modal import ModalScene


class FeedbackScene(ModalScene):
    ems = 40.0

    def __init__(self, services, run: Run, outcome: Outcome, choice_text: str) -> None:
        super().__init__(services)
        self.run, self.outcome, self.choice_text = run, outcome, choice_text

    @property
    def border_role(self) -> str:  # type: ignore[override]
        return "danger_border" if self.outcome.critical else "panel_border"

    def speech(self) -> str:
        parts = [self.tr("feedback.timeout") if self.outcome.timer else self.tr("feedback.heading")]
        if self.outcome.critical:
            parts += [self.tr("feedback.red_line"), self.outcome.critical]
        parts.append(self.outcome.feedback or self.tr("feedback.no_feedback"))
        return ". ".join(parts)

    def fill(self, column: Column) -> None:
        outcome = self.outcome
        column.text(self.tr("feedback.heading").upper(), "small_bold", "accent", gap=0.5)
        if outcome.timer:
            column.text(self.tr("feedback.timeout"), "heading", "heading")
        column.text(self.tr("feedback.you_chose", choice=self.choice_text), "body", "muted", gap=1.5)
        if outcome.critical:  # first, where it cannot be missed below the fold
            column.begin_box()
            column.text(f"⚠  {self.tr('feedback.red_line')}", "strong", "danger_border", gap=0.75)
            column.text(outcome.critical, "body", "danger_text")
            column.end_box(self.kit.theme.danger_panel, self.kit.theme.danger_border, gap=1.5)
        ratings = self._ratings()
        if ratings:
            column.text(ratings, "small_bold", "accent", gap=1.5)
        column.text(outcome.feedback or self.tr("feedback.no_feedback"), "body", "text")

    def _ratings(self) -> str:
        scenario = self.run.session.scenario
        labels = {d: localized(dim.label, self.run.language, scenario.language) for d, dim in scenario.dimensions.items()}
        return "   ".join(f"{labels.get(d, d)} {v:+d}" for d, v in self.outcome.score.items() if v)

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.continue"), "strong", "button_text")], lambda: self.done("continue"),
                       name="continue")]

    def back(self) -> None:
        self.done("continue")
