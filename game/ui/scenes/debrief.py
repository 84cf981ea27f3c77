"""The debrief as a learning map: the verdict and why, scores against their pass marks, red lines,
the meters over time, the path taken beside the best path, and every decision by name, with the
better options on offer and (in training) "Replay from here".

It reads a `game.debrief.Debrief` and computes nothing itself, except the best path, which the
static analysis works out on a worker thread while the rest is already on screen. Closes with
"library", "again" or ("replay", k): a new attempt from just before decision k + 1.
"""

from __future__ import annotations

import threading

import pygame

from game.debrief import Debrief, DecisionReview

from ...catalogs import texts
from ..journey import Run
from ..learning import BestPath, best_path, node_title
from ..meters import good_direction
from ..scroll import ScrollView
from ..widgets import Button, Painter
from .base import Scene
from .common import Column, backdrop, footer_buttons, pad, sheet

STATUS_MARK = {"met": ("✓", "good"), "missed": ("✗", "bad"), "not-assessed": ("–", "muted")}
SERIES_ROLES = ("accent", "heading", "fill_low", "muted")  # neutral hues: green and red mean better and worse


class DebriefScene(Scene):
    def __init__(self, services, run: Run) -> None:
        super().__init__(services)
        self.run = run
        assert run.debrief is not None
        self.debrief: Debrief = run.debrief
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.buttons: list[Button] = []
        self.best: BestPath | None = None
        self.best_ready = False
        self._worker = threading.Thread(target=self._work_out_best_path, name="bluehelm-best-path", daemon=True)
        self._worker.start()

    def _work_out_best_path(self) -> None:
        try:
            self.best = best_path(self.run.session.compiled, self.run.language)
        except Exception:  # an analysis problem must never take the debrief with it: the map just has no best path
            self.best = None
        self.best_ready = True

    def update(self, dt: float) -> None:
        if self.best_ready and self._worker is not None:
            self._worker = None
            self.relayout()

    def wait_for_best_path(self, seconds: float = 30.0) -> None:
        """For tests and screenshots: block until the best path is worked out."""
        if self._worker is not None:
            self._worker.join(seconds)
        self.update(0.0)

    def percent(self, value: float | None) -> str:
        return "–" if value is None else texts(self.services.language).percent(value)

    def speech(self) -> str:
        d = self.debrief
        verdict = self.tr("debrief.passed" if d.passed else "debrief.failed")
        scores = ". ".join(f"{dim.label} {self.percent(dim.percent)}" for dim in d.dimensions)
        return f"{self.tr('debrief.title')}. {verdict}. {self.percent(d.overall)}. {scores}."

    # -- layout ------------------------------------------------------------------

    def layout(self) -> None:
        kit = self.kit
        self.panel = sheet(self.size, kit, ems=50)
        p = pad(kit)
        inner = self.panel.inflate(-2 * p, -2 * p)
        footer_h = self._layout_buttons(inner)
        offset = self.scroll.offset if self.scroll is not None else 0
        self.scroll = ScrollView(pygame.Rect(inner.x, inner.y, inner.width - kit.u * 2, inner.height - footer_h - kit.u * 2))
        column = Column(kit, self.scroll)
        for section in (self._verdict, self._scores, self._red_lines, self._meters, self._paths, self._objectives,
                        self._lists, self._ending, self._timeline, self._saved):
            section(column)
        column.finish()
        self.scroll.scroll_to(offset)
        keep = self.focus.current.name if self.focus.current else None
        self.focus.set(self.buttons + self.scroll.buttons, keep=keep, default=0)

    def _layout_buttons(self, inner: pygame.Rect) -> int:
        self.buttons = [Button([(self.tr("button.library"), "strong", "button_text")], lambda: self.done("library"),
                               name="library"),
                        Button([(self.tr("button.again"), "strong", "button_text")], lambda: self.done("again"),
                               name="again")]
        return footer_buttons(self.kit, self.buttons, inner)

    def _band(self, band: str | None, percent: float | None, mark: float | None) -> str:
        """The band's name, unless the score is under its pass mark: then that is what the trainee must read."""
        if percent is not None and mark is not None and percent < mark:
            return self.tr("debrief.below_mark")
        return band or self.tr("debrief.not_assessed")

    def _verdict(self, column: Column) -> None:
        d = self.debrief
        column.text(self.tr("debrief.title").upper(), "small_bold", "accent", gap=0.5)
        column.text(d.title, "title", "heading", gap=1.5)
        column.begin_box()
        column.text(self.tr("debrief.passed" if d.passed else "debrief.failed"), "display", "good" if d.passed else "bad",
                    gap=0.5)
        band = self._band(d.overall_band, d.overall, d.pass_mark)
        column.text(self.tr("debrief.overall", percent=self.percent(d.overall), band=band, mark=self.percent(d.pass_mark)),
                    "strong", "text", gap=0.5)
        column.text(f"{self.tr(f'debrief.outcome.{d.outcome}')} · {self.tr(f'mode.{d.mode}')}", "body", "muted")
        for reason in self._why_not_passed():
            column.text(f"•  {reason}", "strong", "bad", gap=0.3)
        column.end_box((*self.kit.theme.panel[:3], 255), self.kit.theme.good if d.passed else self.kit.theme.bad)

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
            reasons.append(self.tr("debrief.why.overall", mark=self.percent(d.pass_mark)))
        reasons += [self.tr("debrief.why.dimension", label=dim.label, mark=self.percent(dim.pass_mark))
                    for dim in d.dimensions if dim.pass_mark is not None and (dim.percent or 0) < dim.pass_mark]
        return reasons

    def _scores(self, column: Column) -> None:
        column.text(self.tr("debrief.scores"), "heading", "heading", gap=1.5)
        for dim in self.debrief.dimensions:
            mark = dim.pass_mark if dim.pass_mark is not None else self.debrief.pass_mark
            column.line_pair(dim.label, f"{self.percent(dim.percent)} · {self._band(dim.band, dim.percent, mark)}")
            below = dim.percent is not None and dim.percent < mark
            colour = self.kit.theme.bad if below else self.kit.theme.good
            column.bar((dim.percent or 0) / 100, colour, mark / 100)
            column.y -= self.kit.u
            column.text(self.tr("debrief.pass_mark", mark=self.percent(mark)), "small", "muted")
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

    def _meters(self, column: Column) -> None:
        """The meters over the decisions: a small chart, and each one's start, end and whether that was better."""
        trajectories = {k: v for k, v in self.debrief.trajectories.items()
                        if len(v) > 1 and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v)}
        if not trajectories:
            return
        scenario = self.run.session.scenario
        column.text(self.tr("debrief.meters"), "heading", "heading", gap=1)
        lows = [scenario.variables[k].min for k in trajectories if scenario.variables[k].min is not None]
        highs = [scenario.variables[k].max for k in trajectories if scenario.variables[k].max is not None]
        values = [x for v in trajectories.values() for x in v]
        low, high = min(lows + values), max(highs + values)
        series = []
        for index, (name, points) in enumerate(trajectories.items()):
            role = SERIES_ROLES[index % len(SERIES_ROLES)]
            series.append(([float(x) for x in points], self.kit.colour(role)))
        column.chart(series, low, high, max(self.kit.u * 14, self.kit.fonts.line_height("body") * 5))
        for index, (name, points) in enumerate(trajectories.items()):
            label = self.run.session.text(scenario.variables[name].label) or name
            direction = good_direction(scenario, name)
            change = (points[-1] > points[0]) - (points[-1] < points[0])
            verdict = "" if change == 0 or direction == 0 else self.tr(
                "debrief.meter_better" if change * direction > 0 else "debrief.meter_worse")
            arrow = "▲" if change > 0 else "▼" if change < 0 else "="
            line = self.tr("debrief.meter_line", label=label, start=points[0], end=points[-1], arrow=arrow, verdict=verdict)
            column.text(f"●  {line}".strip(), "small", SERIES_ROLES[index % len(SERIES_ROLES)], gap=0.3)
        column.space(1.5)

    def _paths(self, column: Column) -> None:
        """The path taken beside the best path, step by step, from where they part shown in colour."""
        column.text(self.tr("debrief.paths"), "heading", "heading", gap=0.5)
        if not self.best_ready:
            column.text(self.tr("debrief.best_working"), "small", "muted", gap=1.5)
            return
        if self.best is None:
            column.text(self.tr("debrief.best_none"), "small", "muted", gap=1.5)
            return
        column.text(self.tr("debrief.best_proven" if self.best.proven else "debrief.best_found"), "small", "muted", gap=1)
        column.pair((self.tr("debrief.your_path"), "small_bold", "accent"), (self.tr("debrief.best_path"), "small_bold", "good"))
        scenario, language = self.run.session.scenario, self.run.language
        yours = [(node_title(scenario, r.node, language), r.choice_text, r.choice_id, r.node) for r in self.debrief.decisions]
        best = [(s.title, s.choice_text, s.choice_id, s.node) for s in self.best.steps]
        parted = False
        for step in range(max(len(yours), len(best))):
            mine = yours[step] if step < len(yours) else None
            theirs = best[step] if step < len(best) else None
            parted = parted or mine is None or theirs is None or mine[2:] != theirs[2:]
            left = f"{step + 1}. {mine[0]}\n→ {mine[1]}" if mine else ""
            right = f"{step + 1}. {theirs[0]}\n→ {theirs[1]}" if theirs else ""
            column.pair((left.replace("\n", " "), "small", "bad" if parted else "text"),
                        (right.replace("\n", " "), "small", "good" if parted else "muted"))
        column.space(1.5)

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
        column.text(self.tr("debrief.timeline"), "heading", "heading", gap=0.5)
        if self.debrief.mode == "training":
            column.text(self.tr("debrief.replay_hint"), "small", "muted", gap=1.5)
        seen: set[str] = set()
        for number, review in enumerate(self.debrief.decisions, start=1):
            self._decision(column, number, review, again=review.node in seen)
            seen.add(review.node)

    def _decision(self, column: Column, number: int, review: DecisionReview, *, again: bool) -> None:
        title = node_title(self.run.session.scenario, review.node, self.run.language)
        column.begin_box()
        column.text(f"{number}.  {title}" + (f"  ({self.tr('debrief.again_here')})" if again else ""), "strong", "heading",
                    gap=0.4)
        if not again:  # a revisited point is named, not its opening text repeated
            column.text(review.situation, "small", "muted", gap=0.5)
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
        if self.debrief.mode == "training":
            column.button(Button([(f"⟲  {self.tr('button.replay_here')}", "small_bold", "button_text")],
                                 lambda k=number - 1: self.done(("replay", k)), kind="chip", name=f"replay:{number}"),
                          gap=0.5)
        column.end_box(self.kit.theme.button, None, gap=1.5)

    def _facts(self, review: DecisionReview) -> str:
        labels = {d.id: d.label for d in self.debrief.dimensions}
        facts = [f"{labels.get(k, k)} {v:+d}" for k, v in review.score.items()]
        facts.append(self.tr("debrief.seconds", seconds=texts(self.services.language).number(review.seconds, 0)))
        if review.timer_expired:
            facts.append(self.tr("debrief.timer_expired"))
        return "  ·  ".join(facts)

    def _saved(self, column: Column) -> None:
        if self.run.record_id is not None and not self.run.records_problem:
            column.text(self.tr("debrief.saved"), "small", "muted")

    # -- input and drawing -------------------------------------------------------

    def back(self) -> None:
        self.done("library")

    def handle_key(self, event: pygame.event.Event) -> None:
        if not self.scroll_by_arrows(event, "body"):
            super().handle_key(event)

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.services)
        painter.panel(self.panel, border=self.kit.theme.panel_border, radius=self.kit.u * 2)
        assert self.scroll is not None
        self.scroll.draw(painter, self.kit, self.focus)
        self.draw_buttons(painter, self.buttons)
