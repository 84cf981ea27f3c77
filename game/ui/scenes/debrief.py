"""The debrief: pass or not, scores by dimension with bands, red lines, objectives,
and every decision with the better option that was on offer. It reads a
`game.debrief.Debrief` and computes nothing itself."""

from __future__ import annotations

import pygame

from game.debrief import Debrief, DecisionReview

from ..journey import Run
from ..scroll import ScrollView
from ..widgets import Button, Painter
from .base import Scene
from .common import footer_buttons, Column, backdrop, pad, sheet

STATUS_MARK = {"met": ("✓", "good"), "missed": ("✗", "bad"), "not-assessed": ("–", "muted")}


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:g}%"


class DebriefScene(Scene):
    def __init__(self, app, run: Run) -> None:
        super().__init__(app)
        self.run = run
        assert run.debrief is not None
        self.debrief: Debrief = run.debrief
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.buttons: list[Button] = []

    def speech(self) -> str:
        d = self.debrief
        verdict = self.tr("debrief.passed" if d.passed else "debrief.failed")
        scores = ". ".join(f"{dim.label} {percent(dim.percent)}" for dim in d.dimensions)
        return f"{self.tr('debrief.title')}. {verdict}. {percent(d.overall)}. {scores}."

    # -- layout ------------------------------------------------------------------

    def layout(self) -> None:
        kit = self.kit
        self.panel = sheet(self.size, kit, ems=48)
        p = pad(kit)
        inner = self.panel.inflate(-2 * p, -2 * p)
        footer_h = self._layout_buttons(inner)
        offset = self.scroll.offset if self.scroll is not None else 0
        self.scroll = ScrollView(pygame.Rect(inner.x, inner.y, inner.width - kit.u * 2, inner.height - footer_h - kit.u * 2))
        column = Column(kit, self.scroll)
        for section in (self._verdict, self._scores, self._red_lines, self._objectives, self._lists,
                        self._ending, self._timeline, self._saved):
            section(column)
        column.finish()
        self.scroll.scroll_to(offset)
        self.focus.set(self.buttons, keep=self.focus.current.name if self.focus.current else None)

    def _layout_buttons(self, inner: pygame.Rect) -> int:
        kit = self.kit
        self.buttons = [Button([(self.tr("button.library"), "strong", "button_text")], self.app.back_to_root, name="library"),
                        Button([(self.tr("button.again"), "strong", "button_text")], self.again, name="again")]
        return footer_buttons(kit, self.buttons, inner)

    def _verdict(self, column: Column) -> None:
        d = self.debrief
        column.text(self.tr("debrief.title").upper(), "small_bold", "accent", gap=0.5)
        column.text(d.title, "title", "heading", gap=1.5)
        column.begin_box()
        column.text(self.tr("debrief.passed" if d.passed else "debrief.failed"), "display", "good" if d.passed else "bad", gap=0.5)
        band = d.overall_band or self.tr("debrief.not_assessed")
        column.text(self.tr("debrief.overall", percent=percent(d.overall), band=band, mark=percent(d.pass_mark)), "strong", "text", gap=0.5)
        column.text(f"{self.tr(f'debrief.outcome.{d.outcome}')} · {self.tr(f'mode.{d.mode}')}", "body", "muted")
        for reason in self._why_not_passed():
            column.text(f"•  {reason}", "strong", "bad", gap=0.3)
        column.end_box(self.kit.theme.panel, self.kit.theme.good if d.passed else self.kit.theme.bad)

    def _why_not_passed(self) -> list[str]:
        """What stood between this run and a pass, in the order a trainee should read it."""
        d = self.debrief
        if d.passed:
            return []
        key = "debrief.why.red_line" if len(d.red_lines) == 1 else "debrief.why.red_lines"
        reasons = [self.tr(key, count=len(d.red_lines))] if d.red_lines else []
        if d.outcome in ("failure", "incomplete"):
            reasons.append(self.tr(f"debrief.why.{d.outcome}"))
        if d.overall is not None and d.overall < d.pass_mark:
            reasons.append(self.tr("debrief.why.overall", mark=percent(d.pass_mark)))
        reasons += [self.tr("debrief.why.dimension", label=dim.label, mark=percent(dim.pass_mark))
                    for dim in d.dimensions if dim.pass_mark is not None and (dim.percent or 0) < dim.pass_mark]
        return reasons

    def _scores(self, column: Column) -> None:
        column.text(self.tr("debrief.scores"), "heading", "heading", gap=1.5)
        for dim in self.debrief.dimensions:
            band = dim.band or self.tr("debrief.not_assessed")
            column.line_pair(dim.label, f"{percent(dim.percent)} · {band}")
            below = dim.pass_mark is not None and (dim.percent or 0) < dim.pass_mark
            colour = self.kit.theme.bad if below else self.kit.theme.fill
            mark = dim.pass_mark / 100 if dim.pass_mark is not None else None
            column.bar((dim.percent or 0) / 100, colour, mark)
            if dim.pass_mark is not None:
                column.y -= self.kit.u
                column.text(self.tr("debrief.pass_mark", mark=percent(dim.pass_mark)), "small", "muted")
        column.space(1)

    def _red_lines(self, column: Column) -> None:
        if not self.debrief.red_lines:
            return
        column.begin_box()
        column.text(f"⚠  {self.tr('debrief.red_lines').upper()}", "strong", "danger_border", gap=0.5)
        column.text(self.tr("debrief.red_line_why"), "body", "danger_text", gap=1.2)
        choices = {(r.node, r.choice_id): r.choice_text for r in self.debrief.decisions}
        for red in self.debrief.red_lines:
            column.text(f"•  {red.text}", "strong", "danger_text", gap=0.3)
            column.text(self.tr("debrief.chose", choice=choices.get((red.node, red.choice_id), red.choice_id)),
                        "body", "danger_text", gap=1)
        column.end_box(self.kit.theme.danger_panel, self.kit.theme.danger_border)

    def _objectives(self, column: Column) -> None:
        if not self.debrief.objectives:
            return
        column.text(self.tr("debrief.objectives"), "heading", "heading", gap=1.5)
        for objective in self.debrief.objectives:
            mark, role = STATUS_MARK.get(objective.status, ("–", "muted"))
            column.text(f"{mark}  {self.tr(f'debrief.{objective.status}')}", "strong", role, gap=0.2)
            column.text(objective.text, "body", "text", gap=1)
        column.space(1)

    def _lists(self, column: Column) -> None:
        for key, lines in (("debrief.strengths", self.debrief.strengths), ("debrief.to_work_on", self.debrief.to_work_on)):
            if lines:
                column.text(self.tr(key), "heading", "heading", gap=1)
                for line in lines:
                    column.text(f"•  {line}", "body", "text", gap=0.6)
                column.space(1.5)

    def _ending(self, column: Column) -> None:
        if self.debrief.ending_text:
            column.text(self.tr("debrief.ending"), "heading", "heading", gap=1)
            column.text(self.debrief.ending_text, "body", "text", gap=1)
            column.space(1.5)

    def _timeline(self, column: Column) -> None:
        if not self.debrief.decisions:
            return
        column.text(self.tr("debrief.timeline"), "heading", "heading", gap=1.5)
        for number, review in enumerate(self.debrief.decisions, start=1):
            self._decision(column, number, review)

    def _decision(self, column: Column, number: int, review: DecisionReview) -> None:
        column.begin_box()
        column.text(f"{number}.  {review.situation}", "strong", "text", gap=0.5)
        column.text(self.tr("debrief.chose", choice=review.choice_text), "body", "text", gap=0.4)
        column.text(self._facts(review), "small_bold", "bad" if review.critical else "accent", gap=0.6)
        if review.feedback:
            column.text(review.feedback, "body", "muted", gap=0.8)
        if review.critical:
            column.text(f"⚠  {review.critical}", "strong", "bad", gap=0.8)
        for better in review.better:
            column.begin_box(self.kit.u * 2)
            column.text(self.tr("debrief.better", choice=better.text), "strong", "good", gap=0.4)
            if better.feedback:
                column.text(better.feedback, "body", "text")
            column.end_box(self.kit.theme.better_panel, self.kit.theme.good, gap=1)
        column.end_box(self.kit.theme.button, None, gap=1.5)

    def _facts(self, review: DecisionReview) -> str:
        labels = {d.id: d.label for d in self.debrief.dimensions}
        facts = [f"{labels.get(k, k)} {v:+d}" for k, v in review.score.items()]
        facts.append(self.tr("debrief.seconds", seconds=f"{review.seconds:.0f}"))
        if review.timer_expired:
            facts.append(self.tr("debrief.timer_expired"))
        return "  ·  ".join(facts)

    def _saved(self, column: Column) -> None:
        if self.run.record_id is not None and not self.run.records_problem:
            column.text(self.tr("debrief.saved"), "small", "muted")

    # -- input and drawing -------------------------------------------------------

    def again(self) -> None:
        from .briefing import BriefingScene

        self.app.replace(BriefingScene(self.app, self.run.entry))

    def back(self) -> None:
        self.app.back_to_root()

    def handle_key(self, event: pygame.event.Event) -> None:
        if not self.scroll_by_arrows(event, "body"):
            super().handle_key(event)

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.app)
        painter.panel(self.panel, border=self.kit.theme.panel_border, radius=self.kit.u * 2)
        assert self.scroll is not None
        self.scroll.draw(painter, self.kit, self.focus)
        self.draw_buttons(painter, self.buttons)
