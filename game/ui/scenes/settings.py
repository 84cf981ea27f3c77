"""Settings: text size, colours, motion, reading aloud, timers, language. Saved on every change."""

from __future__ import annotations

from collections.abc import Callable

import pygame

from ..settings import MOTIONS, TEXT_SIZES, THEME_NAMES, TIMERS
from ..strings import LANGUAGES
from ..widgets import Button, Kit, Painter
from .common import Column
from .modal import ModalScene


class OptionRow(Button):
    """A setting: its name, and its values as segments; Left and Right pick a neighbour."""

    def __init__(self, label: str, options: list[tuple[object, str]], current: object,
                 change: Callable[[object], None], *, locked: str | None = None, name: str = "") -> None:
        super().__init__([(label, "strong", "text")], lambda: self.step(1), name=name)
        self.options, self.current, self.change, self.locked = options, current, change, locked
        self.segments: list[tuple[pygame.Rect, object, str]] = []  # relative to the row's top left
        self.label_w = 0  # set by the screen so every row's values line up in one column
        self.inline = False
        self._label_at = self._values_at = (0, 0)

    def step(self, delta: int) -> None:
        if self.locked or not self.options:
            return
        values = [value for value, _ in self.options]
        index = values.index(self.current) if self.current in values else 0
        self.pick(values[(index + delta) % len(values)])

    def pick(self, value: object) -> None:
        """The row shows what was picked at once (a setting outside the layout's key, the timer, too)."""
        self.current = value
        self.change(value)

    def click_at(self, pos: tuple[int, int]) -> None:
        for rect, value, _ in self.segments:
            if rect.move(self.rect.topleft).collidepoint(pos) and not self.locked:
                self.pick(value)
                return
        self.step(1)

    def layout(self, kit: Kit, x: int, y: int, width: int) -> pygame.Rect:
        """The name on the left and the values beside it when they fit on one line; else one above the other."""
        pad_x, pad_y = self.padding(kit)
        inner = width - 2 * pad_x
        label = kit.text.render(self.parts[0][0], "strong", kit.theme.text, inner)
        values_x = pad_x + self.label_w + kit.u * 3
        self.inline = bool(self.label_w) and label.get_width() <= self.label_w and \
            self._values_width(kit) <= pad_x + inner - values_x
        left, top = (values_x, pad_y) if self.inline else (pad_x, pad_y + label.get_height() + kit.u)
        self.segments = []
        if self.locked:
            bottom = top + kit.text.render(self.locked, "body", kit.theme.muted, pad_x + inner - left).get_height()
        else:
            bottom = self._layout_segments(kit, left, top, pad_x + inner - left)
        self.base = pygame.Rect(x, y, width, bottom + pad_y)
        self.rect = self.base.copy()
        label_y = (pad_y + (bottom - pad_y - label.get_height()) // 2) if self.inline else pad_y
        self._label_at = (pad_x, label_y)
        self._values_at = (left, top)
        return self.base

    def _values_width(self, kit: Kit) -> int:
        if self.locked:
            return kit.text.render(self.locked, "body", kit.theme.muted).get_width()
        widths = [kit.text.render(text, "body", kit.theme.text).get_width() + kit.u * 3 for _, text in self.options]
        return sum(widths) + kit.u * (len(widths) - 1)

    def _layout_segments(self, kit: Kit, left: int, top: int, inner: int) -> int:
        x, y, row_h = left, top, 0
        for value, text in self.options:
            surface = kit.text.render(text, "body", kit.theme.text)
            w = min(inner, surface.get_width() + kit.u * 3)
            h = surface.get_height() + kit.u * 1.5
            if x + w > left + inner and x > left:
                x, y = left, y + row_h + kit.u
            self.segments.append((pygame.Rect(x, y, w, round(h)), value, text))
            x, row_h = x + w + kit.u, max(row_h, round(h))
        return y + row_h

    def draw(self, painter: Painter, kit: Kit, *, focused: bool = False, hovered: bool = False,
             clip: pygame.Rect | None = None) -> None:
        theme, rect = kit.theme, self.rect
        painter.surface.set_clip(clip)
        painter.rect(rect, theme.hover if hovered or focused else theme.button, kit.u)
        painter.rect(rect, theme.focus_ring if focused else theme.button_border, kit.u, theme.border_width + (1 if focused else 0))
        if focused:
            painter.ring(rect, kit.u, max(3, kit.u // 2))
        pad_x, _ = self.padding(kit)
        label = kit.text.render(self.parts[0][0], "strong", theme.text, rect.width - 2 * pad_x)
        painter.text(label, (rect.x + self._label_at[0], rect.y + self._label_at[1]), rect, clip=clip, what=self.name)
        if self.locked:
            left, top = self._values_at
            text = kit.text.render(self.locked, "body", theme.muted, rect.width - pad_x - left)
            painter.text(text, (rect.x + left, rect.y + top), rect, clip=clip, what=self.name)
        for segment, value, text in self.segments:
            self._draw_segment(painter, kit, segment.move(rect.topleft), text, value == self.current, clip)
        painter.surface.set_clip(None)

    def _draw_segment(self, painter: Painter, kit: Kit, box: pygame.Rect, text: str, chosen: bool,
                      clip: pygame.Rect | None) -> None:
        theme = kit.theme
        painter.surface.set_clip(clip)
        painter.rect(box, theme.selected if chosen else theme.panel[:3], kit.u // 2)
        painter.rect(box, theme.selected if chosen else theme.button_border, kit.u // 2, theme.border_width)
        label = kit.text.render(text, "body", theme.selected_text if chosen else theme.text, box.width - kit.u * 2)
        painter.text(label, label.get_rect(center=box.center).topleft, box, clip=clip, what=text)


class SettingsScene(ModalScene):
    ems = 38.0

    def __init__(self, services, *, assessment: bool = False) -> None:
        super().__init__(services)
        self.assessment = assessment or services.mode == "assessment"

    def speech(self) -> str:
        return f"{self.tr('settings.title')}. {self.tr('settings.hint')}"

    def fill(self, column: Column) -> None:
        column.text(self.tr("settings.title"), "title", "heading", gap=0.5)
        column.text(self.tr("settings.hint"), "small", "muted", gap=2)
        rows = self._rows()
        widest = max(self.kit.text.render(row.parts[0][0], "strong", self.kit.theme.text).get_width() for row in rows)
        for row in rows:
            row.label_w = min(widest, column.width * 2 // 5)
            column.button(row)

    def _rows(self) -> list[OptionRow]:
        s, tr = self.services.settings, self.tr
        voice_locked = None if self.services.voice.available else tr("settings.no_voice")
        timer_locked = tr("settings.timer_locked", timer=tr(f"timer.{self.services.session_timer()}")) if self.assessment else None
        return [
            OptionRow(tr("settings.text_size"), [(v, tr(f"size.{v}")) for v in TEXT_SIZES], s.text_size,
                      lambda v: self.set(text_size=v), name="text_size"),
            OptionRow(tr("settings.theme"), [(v, tr(f"theme.{v}")) for v in THEME_NAMES], s.theme,
                      lambda v: self.set(theme=v), name="theme"),
            OptionRow(tr("settings.motion"), [(v, tr(f"motion.{v}")) for v in MOTIONS], s.motion,
                      lambda v: self.set(motion=v), name="motion"),
            OptionRow(tr("settings.voice"), [(False, tr("voice.off")), (True, tr("voice.on"))], s.voice,
                      lambda v: self.set(voice=v), locked=voice_locked, name="voice"),
            OptionRow(tr("settings.timer"), [(v, tr(f"timer.{v}")) for v in TIMERS], self.services.session_timer(),
                      lambda v: self.set(timer=v), locked=timer_locked, name="timer"),
            OptionRow(tr("settings.language"), list(LANGUAGES.items()), self.services.language,
                      self.set_language, name="language"),
        ]

    def set(self, **changes: object) -> None:
        if "timer" in changes:
            self.services.launch.timer = None  # the trainee's choice now rules this training session
        self.services.apply_settings(self.services.settings.with_(**changes))
        self.relayout()

    def set_language(self, language: object) -> None:
        self.services.launch.language = None
        self.set(language=language)

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.back"), "strong", "button_text")], self.done, name="back")]

    def initial_focus(self) -> int:
        return 0

    def handle_event(self, event: pygame.event.Event) -> None:
        row = self.focus.current
        if event.type == pygame.KEYDOWN and isinstance(row, OptionRow) and event.key in (pygame.K_LEFT, pygame.K_RIGHT):
            row.step(1 if event.key == pygame.K_RIGHT else -1)
            return
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            for index, button in enumerate(self.focus.buttons):
                if isinstance(button, OptionRow) and button.rect.collidepoint(event.pos):
                    self.focus.index = index
                    button.click_at(event.pos)
                    return
        super().handle_event(event)
