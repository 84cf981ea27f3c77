"""The scene: art, speaker, narrative that reveals, choices, meters and the countdown.

What is shown is a snapshot taken when a node starts (`Shown`), so the screen
under a feedback panel keeps the decision just made even though the session
has already moved on. Time reaches the session only from `update`, only after
the text is fully shown, and only while this scene is on top (so pause,
feedback and settings all stop the clock).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pygame

from ...engine.session import ChoiceView, NodeView, Outcome
from ...paths import assets_for
from ..images import asset_path, monogram
from ..journey import Run
from ..watch import FileWatcher
from ..scroll import ScrollView, TextOp
from ..widgets import Button, Meter, Painter, draw_bar
from .base import Scene
from .common import Column, backdrop, digit_of, margin, pad

REVEAL_ROWS_PER_SECOND = 7.0
COUNTDOWN_PAINTS_PER_SECOND = 10  # a calm bar; each repaint is one present of the window
SYSTEM_KEYS = (pygame.K_ESCAPE, pygame.K_F2, pygame.K_F11)


@dataclass(frozen=True)
class Shown:
    node: NodeView
    choices: list[ChoiceView]
    finished: bool


class PlayScene(Scene):
    def __init__(self, app, run: Run, notice: str | None = None) -> None:
        super().__init__(app)
        self.run = run
        self.notice = notice
        self.meters = [Meter(v.name, v.label, v.value, v.low, v.high) for v in run.session.visible_variables()]
        self.side = self.main = self.countdown_rect = self.hint_rect = pygame.Rect(0, 0, 0, 0)
        self.side_items: list[tuple[pygame.Surface, tuple[int, int], str]] = []
        self.meter_rects: list[pygame.Rect] = []
        self.choice_buttons: list[Button] = []
        self.reveal_ops: list[TextOp] = []
        self.portrait: pygame.Surface | None = None
        self.framed = False
        self.countdown: tuple[float, float] | None = None
        self._since_paint = 0.0
        self._told_records = False
        self.watcher = FileWatcher(run.entry.path) if app.options.watch else None
        self.start_node()

    # -- the node on show --------------------------------------------------------

    def start_node(self) -> None:
        session = self.run.session
        self.shown = Shown(session.node, session.choices, session.finished)
        self.art = asset_path(assets_for(self.run.entry.path), self.shown.node.background)
        self.revealed_rows = 0.0
        self.revealing = not self.kit.reduced_motion
        for meter, view in zip(self.meters, session.visible_variables()):
            meter.set(view.value, instantly=self.kit.reduced_motion)
        self.countdown = self.run.seconds_left()
        self.focus.set([])
        self._fresh = True  # a new node starts at the top of its text
        if not self.revealing:
            self.run.show()
        self.relayout()

    def on_enter(self) -> None:
        super().on_enter()
        if self.notice:
            from .modal import NoticeScene

            self.app.push(NoticeScene(self.app, self.tr("resume.changed"), self.notice))

    def speech(self) -> str:
        node, lines = self.shown.node, []
        if node.speaker:
            lines.append(f"{node.speaker.name}.")
        lines.append(node.text)
        if self.shown.choices:
            lines.append(self.tr("play.what_now"))
            lines += [f"{c.number}. {c.text}" for c in self.shown.choices]
        return " ".join(lines)

    # -- layout ------------------------------------------------------------------

    def layout(self) -> None:
        kit, (width, height) = self.kit, self.size
        m = margin(kit)
        side_w = round(min(width * 0.27, kit.fonts.body_px * 16))
        main_w = min(width - side_w - 3 * m, round(kit.fonts.body_px * 44) + 2 * pad(kit))
        left = (width - side_w - m - main_w) // 2
        self.side = pygame.Rect(left, m, side_w, height - 2 * m)
        self.main = pygame.Rect(self.side.right + m, m, main_w, height - 2 * m)
        self._layout_side()
        self._layout_main()

    def _layout_side(self) -> None:
        kit = self.kit
        inner = self.side.inflate(-kit.u * 4, -kit.u * 4)
        speaker = self.shown.node.speaker
        name = speaker.name if speaker else self.run.session.text(self.run.session.scenario.title)
        texts = [(name, "strong" if speaker else "heading", "heading")]
        if speaker and speaker.role:
            texts.append((speaker.role, "small", "muted"))
        surfaces = [(kit.text.render(t, s, kit.colour(r), inner.width), t) for t, s, r in texts]
        meters_h = sum(meter.height(kit, inner.width) + kit.u * 2 for meter in self.meters)
        texts_h = sum(s.get_height() + kit.u // 2 for s, _ in surfaces)
        side = min(inner.width, inner.height - texts_h - meters_h - kit.u * 3)
        self.portrait = self._portrait(speaker, side) if speaker and side >= kit.u * 8 else None
        y = inner.y + (self.portrait.get_height() + kit.u * 2 if self.portrait else 0)
        self.side_items = []
        for surface, text in surfaces:
            self.side_items.append((surface, (inner.x, y), text))
            y += surface.get_height() + kit.u // 2
        self.meter_rects = []
        y = inner.bottom - meters_h + kit.u * 2
        for meter in self.meters:
            h = meter.height(kit, inner.width)
            self.meter_rects.append(pygame.Rect(inner.x, y, inner.width, h))
            y += h + kit.u * 2

    def _portrait(self, speaker, side: int) -> pygame.Surface:
        art = self.app.images.portrait(asset_path(assets_for(self.run.entry.path), speaker.portrait), side)
        self.framed = art is not None
        return art or monogram(speaker.name, side, self.kit.theme, self.kit.fonts.font("title"))

    def _layout_main(self) -> None:
        kit = self.kit
        inner = self.main.inflate(-2 * pad(kit), -2 * pad(kit))
        top = inner.y
        if self.shown.node.timer_seconds is not None and not self.shown.finished:
            bar_h = kit.fonts.line_height("strong") + kit.u * 3
            self.countdown_rect = pygame.Rect(inner.x, top, inner.width, bar_h)
            top += bar_h + kit.u * 2
        else:
            self.countdown_rect = pygame.Rect(inner.x, top, inner.width, 0)
        hint_h = max(kit.text.render(text, "small", kit.theme.muted, inner.width).get_height() for text in self._hints())
        self.hint_rect = pygame.Rect(inner.x, inner.bottom - hint_h, inner.width, hint_h)
        viewport = pygame.Rect(inner.x, top, inner.width - kit.u * 2, self.hint_rect.y - kit.u - top)
        offset = self.scroll.offset if self.scroll is not None and not self._fresh else 0
        self._fresh = False
        self.scroll = ScrollView(viewport)
        self._fill(Column(kit, self.scroll))
        self.scroll.scroll_to(offset)

    def _fill(self, column: Column) -> None:
        self.reveal_ops = column.text(self.shown.node.text, "body", "text", gap=1.2, reveal=self.revealing)
        self._apply_reveal()
        self.choice_buttons = []
        if not self.revealing:
            column.space(1)
            if self.shown.finished or not self.shown.choices:
                self._ending(column)
            else:
                column.text(self.tr("play.what_now"), "strong", "accent")
                self.choice_buttons = [column.button(self._choice(c)) for c in self.shown.choices]
        column.finish()
        keep = self.focus.current.name if self.focus.current else None
        self.focus.set(self.choice_buttons, keep=keep, default=0 if self.shown.finished or not self.shown.choices else None)

    def _choice(self, choice: ChoiceView) -> Button:
        return Button([(choice.text, "body", "button_text")], lambda: self.decide(choice.id),
                      number=choice.number if choice.number <= 9 else None, name=f"choice:{choice.id}")

    def _ending(self, column: Column) -> None:
        message = "play.ending" if self.shown.finished else "play.no_choices"
        column.text(self.tr(message), "strong", "accent")
        button = Button([(self.tr("button.debrief"), "strong", "button_text")], self.finish, name="debrief")
        self.choice_buttons = [column.button(button)]

    def _apply_reveal(self) -> None:
        remaining = self.revealed_rows
        for op in self.reveal_ops:
            rows = op.surface.get_height() / op.line_height
            op.rows = None if not self.revealing else min(rows, max(0.0, remaining))
            remaining -= rows

    def _total_rows(self) -> float:
        return sum(op.surface.get_height() / op.line_height for op in self.reveal_ops)

    # -- time and animation ------------------------------------------------------

    def update(self, dt: float) -> None:
        if self.watcher is not None and self.watcher.poll(dt):
            self.scenario_edited()
            return
        if any([meter.update(dt) for meter in self.meters]):
            self.app.invalidate()
        if self.revealing:
            self.revealed_rows += dt * REVEAL_ROWS_PER_SECOND
            if self.revealed_rows >= self._total_rows():
                self.complete_reveal()
            else:
                self._apply_reveal()
                self.app.invalidate()
            return
        if self.shown.finished:
            return
        outcome = self.run.advance(dt)
        if outcome is not None:
            self.decided(outcome)
            return
        self._since_paint += dt
        countdown = self.run.seconds_left()
        if countdown != self.countdown and self._countdown_due(countdown):
            self.countdown = countdown
            self._since_paint = 0.0
            self.app.invalidate_live()

    def _countdown_due(self, countdown: tuple[float, float] | None) -> bool:
        """Repaint the bar a few times a second (once a second with reduced motion), the figure when it changes."""
        if countdown is None or self.countdown is None:
            return True
        if _whole_seconds(countdown[0]) != _whole_seconds(self.countdown[0]):
            return True
        return not self.kit.reduced_motion and self._since_paint >= 1 / COUNTDOWN_PAINTS_PER_SECOND

    def complete_reveal(self) -> None:
        self.revealing = False
        self._fresh = True
        self.run.show()  # the options are drawn from now on: the decision clock starts
        self.relayout()

    # -- live reload -------------------------------------------------------------

    def scenario_edited(self) -> None:
        """The file was saved: carry on in the new version, or show its errors over the session."""
        from ..library import reload_entry
        from .errors import ErrorsScene

        fresh = reload_entry(self.run.entry)
        if not fresh.ok:
            self.app.push(ErrorsScene(self.app, fresh, watcher=self.watcher, on_fixed=self.carry_on))
            return
        self.carry_on(fresh)

    def carry_on(self, entry) -> None:
        from ..journey import ResumeFailed

        try:
            self.run, report = self.run.reloaded(entry)
        except ResumeFailed as exc:
            self.app.toast(str(exc))
            return
        self.meters = [Meter(v.name, v.label, v.value, v.low, v.high) for v in self.run.session.visible_variables()]
        self.start_node()
        self.app.toast(self.tr("watch.reloaded") if report.exact else report.message)
        self.app.invalidate()

    # -- decisions ---------------------------------------------------------------

    def decide(self, choice_id: str) -> None:
        self.decided(self.run.choose(choice_id))

    def decided(self, outcome: Outcome) -> None:
        from .feedback import FeedbackScene

        if self.run.records_problem and not self._told_records:
            self.app.toast(self.tr("records.write_failed"))
            self._told_records = True
        if self.run.mode == "training":
            self.app.push(FeedbackScene(self.app, self.run, outcome, self._choice_text(outcome.choice)))
            return
        if outcome.timer:
            self.app.toast(self.tr("feedback.timeout"))
        self.start_node()
        self.app.voice.say(self.speech(), self.app.language)

    def _choice_text(self, choice_id: str) -> str:
        return next((c.text for c in self.shown.choices if c.id == choice_id), choice_id)

    def finish(self) -> None:
        from .debrief import DebriefScene

        self.run.finish()
        self.app.replace(DebriefScene(self.app, self.run))

    def on_result(self, scene, result) -> None:
        from .feedback import FeedbackScene

        if isinstance(scene, FeedbackScene):
            self.start_node()
            self.app.voice.say(self.speech(), self.app.language)
        elif result == "restart":
            self.run = self.run.restarted()
            self.meters = [Meter(v.name, v.label, v.value, v.low, v.high) for v in self.run.session.visible_variables()]
            self.start_node()
        elif result == "quit":
            self.app.back_to_root()
            return
        if self.run.mode == "training":
            self.run.timer = self.app.session_timer()
        self.relayout()

    def back(self) -> None:
        from .pause import PauseScene

        self.app.push(PauseScene(self.app, in_session=True, assessment=self.run.mode == "assessment"))

    def on_focus_lost(self) -> None:
        self.back()

    # -- input -------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if self.revealing and self._skips_reveal(event):
            self.complete_reveal()
            return
        if event.type == pygame.KEYDOWN:
            number = digit_of(event)
            if number is not None and not self.revealing and number <= len(self.shown.choices) and not self.shown.finished:
                self.decide(self.shown.choices[number - 1].id)
                return
        super().handle_event(event)

    def _skips_reveal(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            return event.key not in SYSTEM_KEYS
        return event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 2, 3)

    # -- drawing -----------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        kit = self.kit
        backdrop(painter, self.app, self.art)
        painter.panel(self.side, border=kit.theme.panel_border, radius=kit.u * 2)
        painter.panel(self.main, border=kit.theme.panel_border, radius=kit.u * 2)
        self._draw_side(painter)
        assert self.scroll is not None
        self.scroll.draw(painter, kit, self.focus)
        self._draw_hint(painter)

    def _draw_side(self, painter: Painter) -> None:
        inner = self.side.inflate(-self.kit.u * 4, -self.kit.u * 4)
        if self.portrait is not None:
            painter.surface.blit(self.portrait, inner.topleft)
        if self.portrait is not None and self.framed:
            painter.rect(pygame.Rect(inner.topleft, self.portrait.get_size()), self.kit.theme.panel_border,
                         0, self.kit.theme.border_width)
        for surface, pos, what in self.side_items:
            painter.text(surface, pos, self.side, what=what)
        for meter, rect in zip(self.meters, self.meter_rects):
            meter.draw(painter, self.kit, rect, self.side)

    def live_rect(self) -> pygame.Rect | None:
        return self.countdown_rect if self.countdown_rect.height else None

    def draw_live(self, painter: Painter) -> None:
        if self.countdown_rect.height:
            self._draw_countdown(painter)

    def _draw_countdown(self, painter: Painter) -> None:
        kit, rect = self.kit, self.countdown_rect
        if self.countdown is None:
            label = kit.text.render(self.tr("play.timer_off"), "strong", kit.theme.muted, rect.width)
            painter.text(label, rect.topleft, self.main, what="countdown")
            return
        left, total = self.countdown
        label = kit.text.render(self.tr("play.time_left", seconds=_whole_seconds(left)), "strong",
                                kit.theme.text, rect.width)
        painter.text(label, rect.topleft, self.main, what="countdown")
        bar = pygame.Rect(rect.x, rect.bottom - kit.u * 2, rect.width, kit.u * 2)
        fraction = left / total if total else 0.0
        draw_bar(painter, bar, fraction, kit.theme.fill_low if fraction < 0.25 else kit.theme.fill)

    def _draw_hint(self, painter: Painter) -> None:
        assert self.scroll is not None
        skip, more, how = self._hints()
        if self.revealing:
            text = skip
        elif self.scroll.offset < self.scroll.max_offset:
            text = more
        elif self.focus.current is None and self.shown.choices and not self.shown.finished:
            text = how
        else:
            return
        hint = self.kit.text.render(text, "small", self.kit.theme.muted, self.hint_rect.width)
        painter.text(hint, self.hint_rect.topleft, self.main, what="hint")

    def _hints(self) -> tuple[str, str, str]:
        """The footer's possible lines: hurry the text, more below, how to choose."""
        last = max(1, min(9, len(self.shown.choices)))
        return self.tr("play.skip"), self.tr("play.more"), self.tr("play.how", last=last)

    @property
    def countdown_fraction(self) -> float | None:
        """How much of the time to decide is left (for tests and the bench)."""
        return None if self.countdown is None else self.countdown[0] / self.countdown[1]


def _whole_seconds(seconds: float) -> int:
    """Seconds as a countdown shows them: 4.2 left reads 5, so 0 means time is up."""
    return max(0, math.ceil(seconds - 1e-9))
