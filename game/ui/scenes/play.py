"""The scene: full-bleed art, the speaker's portrait large beside the text, and the options docked below.

The options are one block that always fits whole on screen: when room is short the layout
first tightens the buttons, then makes the text smaller, then sets the options in two
columns, so nothing a trainee must see (every option, the time-out option, the countdown)
is ever below the fold. The narrative scrolls in its own panel; H opens the text history.

What is shown is a snapshot taken when a node starts (`Shown`), so the screen under a
feedback panel keeps the decision just made even though the session has moved on. Time
reaches the run only from `update`, only once the options are on screen, and only while
this scene is on top (so pause, feedback and settings all stop the clock).
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from ...engine.session import ChoiceView, NodeView, Outcome
from ...paths import assets_for
from ..images import asset_path, monogram
from ..journey import ResumeFailed, Run
from ..library import reload_entry
from ..meters import good_direction
from ..scroll import ScrollView, TextOp
from ..watch import FileWatcher
from ..widgets import Button, Meter, Painter
from .backlog import BacklogScene
from .base import Scene
from .common import Column, digit_of, margin
from .countdown import Countdown
from .feedback import FeedbackScene
from .pause import PauseScene

REVEAL_ROWS_PER_SECOND = 7.0
SYSTEM_KEYS = (pygame.K_ESCAPE, pygame.K_F1, pygame.K_F2, pygame.K_F11, pygame.K_h)
DOCK_SHARE = 0.48  # the options' dock takes at most about half the height while a smaller style can do
ART_VEIL = 40  # the art stays bright: panels carry the text, not a dark veil over the picture
# How the options are set when room is short, roomiest first: (text style, button kind, columns).
OPTION_STYLES = (("body", "normal", 1), ("body", "compact", 1), ("small", "compact", 1), ("small", "compact", 2),
                 ("tiny", "compact", 1), ("tiny", "compact", 2), ("micro", "compact", 1), ("micro", "compact", 2),
                 ("micro", "compact", 3))


@dataclass(frozen=True)
class Shown:
    node: NodeView
    choices: list[ChoiceView]
    finished: bool
    timer_choice: str | None


class PlayScene(Scene):
    def __init__(self, services, run: Run) -> None:
        super().__init__(services)
        self.run = run
        self.assessment = run.mode == "assessment"
        self.meters = self._meters()
        self.topbar = self.column = self.story = self.dock = self.portrait_rect = pygame.Rect(0, 0, 0, 0)
        self.items: list[tuple[pygame.Surface, tuple[int, int], pygame.Rect, str]] = []
        self.meter_rects: list[pygame.Rect] = []
        self.choice_buttons: list[Button] = []
        self.tools: list[Button] = []
        self.reveal_ops: list[TextOp] = []
        self.portrait: pygame.Surface | None = None
        self.framed = False
        self.option_style = OPTION_STYLES[0]
        self.meter_style = "small"
        self.compact = False
        self.clock = Countdown(self)
        self._told_records = False
        self.watcher = FileWatcher(run.entry.path) if services.launch.watch else None
        self.start_node()

    def _meters(self) -> list[Meter]:
        scenario = self.run.session.scenario
        return [Meter(v.name, v.label, v.value, v.low, v.high, good_direction(scenario, v.name))
                for v in self.run.session.visible_variables()]

    # -- the node on show --------------------------------------------------------

    def start_node(self) -> None:
        session = self.run.session
        self.shown = Shown(session.node, session.choices, session.finished, self.run.play.timer_choice())
        self.art = asset_path(assets_for(self.run.entry.path), self.shown.node.background)
        self.revealed_rows = 0.0
        self.revealing = not self.kit.reduced_motion
        if not self.assessment:  # assessment: the meters do not move until the debrief (no feedback leaks)
            for meter, view in zip(self.meters, session.visible_variables()):
                meter.set(view.value, instantly=self.kit.reduced_motion)
        self.clock.reset(self.run.seconds_left(), timed=self.shown.node.timer_seconds is not None and not self.shown.finished)
        self.focus.set([])
        self._fresh = True  # a new node starts at the top of its text
        if not self.revealing:
            self.run.show()
        self.relayout()

    def speech(self) -> str:
        node, lines = self.shown.node, []
        if node.speaker:
            lines.append(f"{node.speaker.name}.")
        lines.append(node.text)
        if self.shown.choices and not self.shown.finished:
            lines.append(self.tr("play.what_now"))
            for c in self.shown.choices:
                timeout = f" ({self.tr('play.timeout_option')})" if c.id == self.shown.timer_choice else ""
                lines.append(f"{c.number}. {c.text}{timeout}")
        return " ".join(lines)

    # -- layout ------------------------------------------------------------------

    def layout(self) -> None:
        kit, (width, height) = self.kit, self.size
        m = margin(kit)
        self.items = []
        self._layout_topbar(pygame.Rect(m, m, width - 2 * m, 0))
        top = self.topbar.bottom + kit.u
        least_story = kit.fonts.line_height("body") * 3 + kit.u * 4
        area = pygame.Rect(m, top, width - 2 * m, height - m - top)
        self._layout_dock(area, area.height - least_story, area.height - kit.u - self._story_need(area))
        self.story = pygame.Rect(m, top, width - 2 * m, max(kit.u * 6, self.dock.top - kit.u - top))
        self._layout_story()
        keep = self.focus.current.name if self.focus.current else None
        if self.revealing:  # options not yet drawn cannot take the focus
            self.focus.set(self.tools, keep=keep, default=None)
            return
        default = 0 if (self.shown.finished or not self.shown.choices) and self.choice_buttons else None
        self.focus.set(self.choice_buttons + self.tools, keep=keep, default=default)

    def _layout_topbar(self, area: pygame.Rect) -> None:
        kit = self.kit
        self.tools = [Button([(self.tr("button.history"), "small_bold", "text")], self.open_backlog, kind="chip",
                             name="history"),
                      Button([(self.tr("button.menu"), "small_bold", "text")], self.back, kind="chip", name="menu")]
        x = area.right
        for button in reversed(self.tools):
            w = button.fit_width(kit)
            x -= w
            button.layout(kit, x, area.y, w)
            x -= kit.u
        bar_h = max(b.base.height for b in self.tools)
        self.topbar = pygame.Rect(area.x, area.y, area.width, bar_h)
        session = self.run.session
        title = f"{session.text(session.scenario.title)} · {self.tr(f'mode.{self.run.mode}')}"
        room = max(40, x - area.x - kit.u * 2)
        surface = kit.text.render(_fitted(kit, title, "small_bold", room), "small_bold", kit.theme.heading)
        self.items.append((surface, (area.x + kit.u, area.y + (bar_h - surface.get_height()) // 2), self.topbar,
                           "scenario title"))

    # -- the docked options --------------------------------------------------------

    def _story_need(self, area: pygame.Rect) -> int:
        """The height the story would like: its whole text, and a portrait of a useful size beside it."""
        kit = self.kit
        column_w = round(min(area.width * 0.28, kit.fonts.body_px * 16))
        text_w = area.width - column_w - kit.u * 8
        text_h = sum(kit.text.render(p, "body", kit.theme.text, text_w).get_height() + round(kit.u * 1.2)
                     for p in self.shown.node.text.splitlines() if p.strip())
        column_h = column_w // 2 + kit.fonts.line_height("body") * 2 + len(self.meters) * kit.fonts.line_height("small") * 2
        return max(text_h + kit.u * 4, column_h if self.shown.node.speaker else 0)

    def _layout_dock(self, area: pygame.Rect, room: int, spare: int) -> None:
        """The dock at the foot of `area`, in the roomiest style whose whole block fits: in the room the
        story does not need, or at least about half the height, else in `room` pixels (all but a few lines)."""
        heights: dict[tuple, int] = {}
        chosen = None
        for limit in (min(room, max(spare, round(area.height * DOCK_SHARE))), room):
            for style in OPTION_STYLES:
                heights[style] = heights.get(style) or self._fill_dock(area, style)
                if heights[style] <= limit:
                    chosen = style
                    break
            if chosen is not None:
                break
        if chosen is None:  # nothing fits beside the least story: the smallest block, the story gets what is left
            chosen = min(OPTION_STYLES, key=lambda st: heights[st])
        style = chosen
        height = self._fill_dock(area, style)
        self.option_style = style
        self.dock = pygame.Rect(area.x, area.bottom - height, area.width, height)
        for button in self.choice_buttons:
            button.base.move_ip(0, self.dock.y)
            button.rect = button.base.copy()
        self.clock.place(self.dock)

    def _fill_dock(self, area: pygame.Rect, style: tuple[str, str, int]) -> int:
        """Lay the dock out from y=0 in `style`; returns its height."""
        kit = self.kit
        text_style, kind, columns = style
        p = kit.u * 2 if kind == "normal" else kit.u
        self.clock.compact = kind != "normal"
        inner = pygame.Rect(area.x + p, p, area.width - 2 * p, 0)
        header_h = max(kit.fonts.line_height("strong"), self.clock.side(kit))
        y = inner.y + header_h + kit.u
        if self.shown.finished or not self.shown.choices:
            button = Button([(self.tr("button.debrief"), "strong", "button_text")], self.finish, name="debrief")
            w = button.fit_width(kit)
            button.layout(kit, inner.right - w, y, w)
            self.choice_buttons = [button]
            return button.base.bottom + p
        gap = kit.u if kind == "normal" else kit.u // 2
        col_w = (inner.width - gap * (columns - 1)) // columns
        self.choice_buttons = [self._choice(c, text_style, kind) for c in self.shown.choices]
        row_top, row_h = y, 0
        for index, button in enumerate(self.choice_buttons):
            column = index % columns
            if column == 0 and index:
                row_top, row_h = row_top + row_h + gap, 0
            row_h = max(row_h, button.layout(kit, inner.x + column * (col_w + gap), row_top, col_w).height)
        if columns > 1:  # a row's buttons share its height, so the grid reads as one block
            for start in range(0, len(self.choice_buttons), columns):
                row = self.choice_buttons[start:start + columns]
                tallest = max(b.base.height for b in row)
                for b in row:
                    b.base.height = tallest
                    b.rect = b.base.copy()
        return row_top + row_h + p

    def _choice(self, choice: ChoiceView, style: str, kind: str) -> Button:
        parts = [(choice.text, style, "button_text")]
        if choice.id == self.shown.timer_choice:
            parts.append((f"◷ {self.tr('play.timeout_option')}", _smaller(style), "accent"))
        button = Button(parts, lambda: self.decide(choice.id), number=choice.number if choice.number <= 9 else None,
                        kind=kind, name=f"choice:{choice.id}")
        button.badge_style = {"body": "strong", "small": "small_bold", "tiny": "tiny_bold"}.get(style, "micro_bold")
        return button

    # -- the story: portrait, name, meters, text -------------------------------------

    def _layout_story(self) -> None:
        kit = self.kit
        speaker = self.shown.node.speaker
        has_column = speaker is not None or self.meters
        column_w = round(min(self.story.width * 0.28, kit.fonts.body_px * 16)) if has_column else 0
        self.column = pygame.Rect(self.story.x, self.story.y, column_w, self.story.height)
        self.compact = bool(column_w) and not self._layout_column(speaker)
        if self.compact:  # too short for a column: the name and the meters go above the text, in one line each
            self.items = [item for item in self.items if item[2] is not self.column]
            self.column, self.portrait, self.meter_rects = pygame.Rect(self.story.x, self.story.y, 0, 0), None, []
            column_w = 0
        x = self.column.right + kit.u * 2 if column_w else self.story.x
        self.text_panel = pygame.Rect(x, self.story.y, self.story.right - x, self.story.height)
        inner = self.text_panel.inflate(-kit.u * 4, -kit.u * 3)
        offset = self.scroll.offset if self.scroll is not None and not self._fresh else 0
        self._fresh = False
        self.scroll = ScrollView(pygame.Rect(inner.x, inner.y, inner.width - kit.u * 2, inner.height))
        column = Column(kit, self.scroll)
        if self.compact:
            self._compact_header(column, speaker)
        if self.shown.finished:
            column.text(self.tr("play.ending"), "small_bold", "accent", gap=0.6)
        self.reveal_ops = column.text(self.shown.node.text, "body", "text", gap=1.2, reveal=self.revealing)
        column.finish()
        self._apply_reveal()
        self.scroll.scroll_to(offset)

    def _compact_header(self, column: Column, speaker) -> None:
        if speaker is not None:
            column.text(f"{speaker.name} · {speaker.role}" if speaker.role else speaker.name, "small_bold", "heading",
                        what="speaker", gap=0.3)
        readings = []
        for meter in self.meters:
            meter.shown = meter.target  # no easing here: this line is laid out, not animated
            readings.append(f"{meter.label} {round(meter.target)} {meter.arrow()}".strip())
        if readings:
            column.text("  ·  ".join(readings), "tiny_bold", "muted", what="meters", gap=0.3)
        if self._meters_note():
            column.text(self._meters_note(), "tiny", "muted", what="meters note", gap=0.3)
        column.space(0.5)

    def _layout_column(self, speaker) -> bool:
        """Top to bottom: the portrait (as large as the room left allows), the name plate, the meters.
        Nothing overlaps: the portrait gives way first, then the meters' text gets smaller; False when
        even then it does not fit (the story is then laid out without a column)."""
        kit = self.kit
        self.portrait, self.meter_rects = None, []
        if not self.column.width:
            return True
        inner = self.column.inflate(-kit.u * 2, -kit.u * 2)
        plate: list[tuple[str, str, str]] = []
        if speaker is not None:
            plate.append((speaker.name, "strong", "heading"))
            if speaker.role:
                plate.append((speaker.role, "small", "muted"))
        surfaces = [(kit.text.render(t, s, kit.colour(r), inner.width), t) for t, s, r in plate]
        plate_h = sum(s.get_height() for s, _ in surfaces) + (kit.u if surfaces else 0)
        note = self._meters_note()
        for style in ("small", "tiny", "micro"):
            note_surface = kit.text.render(note, style, kit.theme.muted, inner.width) if note else None
            meters_h = sum(m.height(kit, inner.width, style) + kit.u for m in self.meters) + (
                note_surface.get_height() + kit.u if note_surface else 0)
            if plate_h + meters_h <= inner.height:
                break
        else:
            return False
        self.meter_style = style
        side = min(inner.width, inner.height - plate_h - meters_h - kit.u)
        y = inner.y
        if speaker is not None and side >= kit.u * 8:
            self.portrait = self._portrait(speaker, side)
            self.portrait_rect = pygame.Rect(inner.centerx - side // 2, y, side, side)
            y += side + kit.u
        for surface, text in surfaces:
            self.items.append((surface, (inner.x, y), self.column, text))
            y += surface.get_height()
        y += kit.u if surfaces else 0
        for meter in self.meters:
            h = meter.height(kit, inner.width, style)
            self.meter_rects.append(pygame.Rect(inner.x, y, inner.width, h))
            y += h + kit.u
        if note_surface is not None:
            self.items.append((note_surface, (inner.x, y), self.column, "meters note"))
        return True

    def _meters_note(self) -> str:
        return self.tr("play.meters_frozen") if self.assessment and self.meters else ""

    def _portrait(self, speaker, side: int) -> pygame.Surface:
        art = self.services.images.portrait(asset_path(assets_for(self.run.entry.path), speaker.portrait), side)
        self.framed = art is not None
        return art or monogram(speaker.name, side, self.kit.theme, self.kit.fonts.font("title"))

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
            self.services.invalidate()
        if self.revealing:
            self.revealed_rows += dt * REVEAL_ROWS_PER_SECOND
            if self.revealed_rows >= self._total_rows():
                self.complete_reveal()
            else:
                self._apply_reveal()
                self.services.invalidate()
            return
        if self.shown.finished:
            return
        outcome = self.run.advance(dt)
        if outcome is not None:
            self.decided(outcome)
            return
        self.clock.tick(dt, self.run.seconds_left())

    def complete_reveal(self) -> None:
        """The whole text is shown (by itself or by a key): the options are drawn from this frame on."""
        self.revealing = False
        self.run.show()  # the options are on screen: the decision clock starts
        self.relayout()

    # -- live reload -------------------------------------------------------------

    def scenario_edited(self) -> None:
        """The file was saved: carry on in the new version, or show its errors over the session."""
        fresh = reload_entry(self.run.entry)
        if not fresh.ok:
            self.services.screens.errors(fresh, watcher=self.watcher,
                                         on_done=lambda fixed: fixed is not None and self.carry_on(fixed))
            return
        self.carry_on(fresh)

    def carry_on(self, entry) -> None:
        try:
            self.run, report = self.run.reloaded(entry)
        except ResumeFailed as exc:
            self.services.toast(str(exc))
            return
        self.meters = self._meters()
        self.start_node()
        self.services.toast(self.tr("watch.reloaded") if report.exact else report.message)

    # -- decisions ---------------------------------------------------------------

    def decide(self, choice_id: str) -> None:
        self.decided(self.run.choose(choice_id))

    def decided(self, outcome: Outcome) -> None:
        if self.run.records_problem and not self._told_records:
            self.services.toast(self.tr("records.write_failed"))
            self._told_records = True
        if self.run.mode == "training":
            self.services.push(FeedbackScene(self.services, self.run, outcome, self._choice_text(outcome.choice)),
                               on_done=lambda _: self.next_node())
            return
        if outcome.timer:
            self.services.toast(self.tr("feedback.timeout"))
        self.next_node()

    def next_node(self) -> None:
        self.start_node()
        self.services.say(self.speech())

    def _choice_text(self, choice_id: str) -> str:
        return next((c.text for c in self.shown.choices if c.id == choice_id), choice_id)

    def finish(self) -> None:
        self.done(("debrief", self.run))

    def open_backlog(self) -> None:
        self.services.push(BacklogScene(self.services, self.run))

    def back(self) -> None:
        """Esc or Menu: the pause menu (the clock stops while it is open)."""
        self.services.push(PauseScene(self.services, in_session=True, assessment=self.assessment),
                           on_done=self.paused)

    def paused(self, result) -> None:
        if result == "restart":
            self.run = self.run.restarted()
            self.meters = self._meters()
            self.start_node()
        elif result == "quit":
            self.done(("quit", self.run))  # every decision is already in the records: the card offers Continue
            return
        if self.run.mode == "training":
            self.run.timer = self.services.session_timer()
            self.clock.reset(self.run.seconds_left(), timed=self.clock.timed, keep_spoken=True)
        self.relayout()

    def on_focus_lost(self) -> None:
        self.back()

    # -- input -------------------------------------------------------------------

    def handle_event(self, event: pygame.event.Event) -> None:
        if self.revealing and self._skips_reveal(event):
            self.complete_reveal()
            return
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_h:
                self.open_backlog()
                return
            number = digit_of(event)
            if number is not None and not self.revealing and number <= len(self.shown.choices) and not self.shown.finished:
                self.decide(self.shown.choices[number - 1].id)
                return
            if event.key == pygame.K_PAGEUP and self.scroll is not None and self.scroll.offset == 0:
                self.open_backlog()  # paging back past the top of the text: the history, as in a visual novel
                return
        super().handle_event(event)

    def _skips_reveal(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            return event.key not in SYSTEM_KEYS
        return event.type == pygame.MOUSEBUTTONDOWN and event.button in (1, 2, 3)

    # -- drawing -----------------------------------------------------------------

    def draw(self, painter: Painter) -> None:
        kit = self.kit
        painter.surface.blit(self.services.images.background(self.art, painter.surface.get_size(), kit.theme,
                                                             veil=max(ART_VEIL, kit.theme.art_dim // 2)), (0, 0))
        painter.panel(self.topbar, border=None, radius=kit.u)
        if self.column.width:
            painter.panel(self.column, border=kit.theme.panel_border, radius=kit.u * 2)
        painter.panel(self.text_panel, border=kit.theme.panel_border, radius=kit.u * 2)
        painter.panel(self.dock, (*kit.theme.panel[:3], 250), border=kit.theme.panel_border, radius=kit.u * 2)
        self._draw_column(painter)
        for surface, pos, within, what in self.items:
            painter.text(surface, pos, within, what=what)
        assert self.scroll is not None
        self.scroll.draw(painter, kit, self.focus)
        self._draw_dock(painter)
        self.draw_buttons(painter, self.tools)

    def _draw_column(self, painter: Painter) -> None:
        if self.portrait is not None:
            painter.surface.blit(self.portrait, self.portrait_rect.topleft)
            if self.framed:
                painter.rect(self.portrait_rect, self.kit.theme.panel_border, 0, self.kit.theme.border_width)
        for meter, rect in zip(self.meters, self.meter_rects):
            meter.draw(painter, self.kit, rect, self.column, self.meter_style)

    def _draw_dock(self, painter: Painter) -> None:
        kit = self.kit
        p = kit.u * 2
        header = pygame.Rect(self.dock.x + p, self.dock.y + p, self.clock.header_room(self.dock), self.clock.side(kit))
        if self.revealing:
            text, role, what = self.tr("play.skip"), "muted", "hint"
        elif self.shown.finished or not self.shown.choices:
            text, role, what = self.tr("play.ending" if self.shown.finished else "play.no_choices"), "accent", "prompt"
        else:
            text, role, what = self.tr("play.what_now_keys", last=min(9, len(self.shown.choices))), "accent", "prompt"
        surface = kit.text.render(_fitted(kit, text, "strong", header.width), "strong", kit.colour(role))
        painter.text(surface, (header.x, header.y + (header.height - surface.get_height()) // 2), self.dock, what=what)
        if not self.revealing:
            self.draw_buttons(painter, self.choice_buttons)

    def live_rect(self) -> pygame.Rect | None:
        return self.clock.rect if self.clock.visible and not self.revealing else None

    def draw_live(self, painter: Painter) -> None:
        if self.clock.visible and not self.revealing:
            self.clock.draw(painter, self.dock)

    @property
    def countdown(self) -> tuple[float, float] | None:
        return self.clock.left

    @property
    def countdown_fraction(self) -> float | None:
        """How much of the time to decide is left (for tests and the bench)."""
        return self.clock.fraction


def _smaller(style: str) -> str:
    return {"body": "small", "small": "tiny", "tiny": "micro"}.get(style, "micro")


def _fitted(kit, text: str, style: str, width: int) -> str:
    """`text` on one line of `width` pixels, cut at a word with an ellipsis when it is longer."""
    font = kit.fonts.font(style)
    if font.size(text)[0] <= width:
        return text
    words = text.split()
    while words and font.size(" ".join(words) + "…")[0] > width:
        words.pop()
    return (" ".join(words) + "…") if words else "…"

