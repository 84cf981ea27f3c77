"""Trainee sign-in: name or service number and course code. Closes with (trainee, course) or None.

A new launch starts signed out: the name field is empty for the next person (only the
class's course code is remembered). The key that opened this screen never types itself
into the field, and the field edits as any text box does (arrows, Home, End, Delete).
"""

from __future__ import annotations

import pygame

from ..widgets import Button, Kit, Painter
from .base import Scene
from .common import backdrop, pad, sheet

MAX_LENGTH = 60


class TextField(Button):
    """A labelled one-line text box with a caret; it takes TEXTINPUT while it has the focus."""

    def __init__(self, label: str, value: str, name: str) -> None:
        super().__init__([(label, "strong", "text")], lambda: None, kind="field", name=name)
        self.label, self.value = label, value
        self.caret = len(value)

    # -- editing -----------------------------------------------------------------------------

    def insert(self, text: str) -> None:
        room = MAX_LENGTH - len(self.value)
        text = text[:max(0, room)]
        self.value = self.value[:self.caret] + text + self.value[self.caret:]
        self.caret += len(text)

    def edit(self, key: int) -> bool:
        """Apply an editing key; True when it was one."""
        if key == pygame.K_BACKSPACE and self.caret:
            self.value, self.caret = self.value[:self.caret - 1] + self.value[self.caret:], self.caret - 1
        elif key == pygame.K_DELETE:
            self.value = self.value[:self.caret] + self.value[self.caret + 1:]
        elif key == pygame.K_LEFT:
            self.caret = max(0, self.caret - 1)
        elif key == pygame.K_RIGHT:
            self.caret = min(len(self.value), self.caret + 1)
        elif key == pygame.K_HOME:
            self.caret = 0
        elif key == pygame.K_END:
            self.caret = len(self.value)
        elif key != pygame.K_BACKSPACE:
            return False
        return True

    # -- layout and drawing -----------------------------------------------------------------

    def layout(self, kit: Kit, x: int, y: int, width: int) -> pygame.Rect:
        label_h = kit.text.render(self.label, "strong", kit.theme.text, width).get_height()
        box_h = kit.fonts.line_height("body") + kit.u * 2
        self.base = pygame.Rect(x, y, width, label_h + kit.u + box_h)
        self.rect = self.base.copy()
        return self.base

    def box(self, kit: Kit) -> pygame.Rect:
        box_h = kit.fonts.line_height("body") + kit.u * 2
        return pygame.Rect(self.rect.x, self.rect.bottom - box_h, self.rect.width, box_h)

    def draw(self, painter: Painter, kit: Kit, *, focused: bool = False, hovered: bool = False,
             clip: pygame.Rect | None = None) -> None:
        theme = kit.theme
        label = kit.text.render(self.label, "strong", theme.text, self.rect.width)
        painter.text(label, self.rect.topleft, self.rect, what=f"label {self.name}")
        box = self.box(kit)
        painter.rect(box, theme.button, kit.u // 2)
        painter.rect(box, theme.focus_ring if focused else theme.button_border, kit.u // 2, 2 if focused else theme.border_width)
        if focused:
            painter.ring(box, kit.u // 2, max(3, kit.u // 2))
        font = kit.fonts.font("body")
        inner = box.inflate(-kit.u * 3, 0)
        caret_px = font.size(self.value[:self.caret])[0]
        offset = max(0, caret_px - inner.width + 4)  # long entries scroll to keep the caret in view
        y = box.y + (box.height - font.get_linesize()) // 2
        if self.value:
            shown = kit.text.render(self.value, "body", theme.button_text)
            area = pygame.Rect(offset, 0, min(inner.width, shown.get_width() - offset), shown.get_height())
            painter.text(shown, (inner.x, y), box, area=area, what=f"value {self.name}")
        if focused:
            painter.rect(pygame.Rect(inner.x + caret_px - offset, y, max(2, kit.u // 4), font.get_linesize()), theme.focus_ring)


class SignInScene(Scene):
    def __init__(self, services) -> None:
        super().__init__(services)
        self.trainee = TextField("", "", "trainee")
        self.course = TextField("", services.signed.course, "course")
        self.problem = ""
        self.armed = False  # TEXTINPUT counts from the first frame on: the key that opened this screen is not typed
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.texts: list[tuple[pygame.Surface, tuple[int, int], str]] = []
        self.buttons: list[Button] = []

    def on_enter(self) -> None:
        pygame.key.start_text_input()
        super().on_enter()

    def speech(self) -> str:
        return f"{self.tr('signin.title')}. {self.tr('signin.intro')} {self.tr('signin.trainee')}."

    def update(self, dt: float) -> None:
        self.armed = True

    def layout(self) -> None:
        kit = self.kit
        self.panel = sheet(self.size, kit, ems=30)
        p = pad(kit)
        x, width, y = self.panel.x + p, self.panel.width - 2 * p, self.panel.y + p
        self.texts = []
        for text, style, role in ((self.tr("signin.title"), "title", "heading"), (self.tr("signin.intro"), "body", "muted")):
            surface = kit.text.render(text, style, kit.colour(role), width)
            self.texts.append((surface, (x, y), text))
            y += surface.get_height() + kit.u
        y += kit.u * 2
        self.trainee.label, self.course.label = self.tr("signin.trainee"), self.tr("signin.course")
        for field in (self.trainee, self.course):
            y = field.layout(kit, x, y, width).bottom + kit.u * 3
        if self.problem:
            surface = kit.text.render(self.problem, "body", kit.theme.bad, width)
            self.texts.append((surface, (x, y), "problem"))
            y += surface.get_height() + kit.u * 2
        buttons = self._buttons(x, y, width)
        self.panel.height = min(self.size[1] - 2 * kit.u * 3, buttons[0].base.bottom + p - self.panel.y)
        self.panel.centery = self.size[1] // 2
        self._shift_to_panel(y0=self.texts[0][1][1] - p)
        keep = self.focus.current.name if self.focus.current else None
        self.focus.set([self.trainee, self.course, *buttons], keep=keep, default=0)

    def _buttons(self, x: int, y: int, width: int) -> list[Button]:
        kit = self.kit
        go = Button([(self.tr("button.continue"), "strong", "text")], self.submit, name="continue")
        back = Button([(self.tr("button.back"), "strong", "text")], self.back, name="back")
        go_w, back_w = go.fit_width(kit), back.fit_width(kit)
        go.layout(kit, x + width - go_w, y, go_w)
        back.layout(kit, x, y, back_w)
        self.buttons = [go, back]
        return self.buttons

    def _shift_to_panel(self, y0: int) -> None:
        """Move everything laid out from the sheet's first top to its centred top."""
        dy = self.panel.y - y0
        self.texts = [(s, (x, y + dy), w) for s, (x, y), w in self.texts]
        for widget in (self.trainee, self.course, *self.buttons):
            widget.base.move_ip(0, dy)
            widget.rect = widget.base.copy()

    # -- input -------------------------------------------------------------------

    def submit(self) -> None:
        trainee, course = self.trainee.value.strip(), self.course.value.strip()
        if not trainee:
            self.problem = self.tr("signin.required")
            self.focus.index = 0
            self.relayout()
            return
        pygame.key.stop_text_input()
        self.done((trainee, course))

    def back(self) -> None:
        pygame.key.stop_text_input()
        self.done(None)

    def handle_event(self, event: pygame.event.Event) -> None:
        field = self.focus.current if isinstance(self.focus.current, TextField) else None
        if event.type == pygame.TEXTINPUT:
            if field is not None and self.armed:
                field.insert(event.text)
                self.services.invalidate()
            return
        if event.type == pygame.KEYDOWN and field is not None and self._edit(field, event):
            self.services.invalidate()
            return
        super().handle_event(event)

    def _edit(self, field: TextField, event: pygame.event.Event) -> bool:
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            if field is self.course:
                self.submit()
            else:
                self.focus.move(1)
            return True
        if event.key == pygame.K_SPACE:
            return True  # typed through TEXTINPUT; inside a text box Space is text, not a button press
        return field.edit(event.key)

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.services)
        painter.panel(self.panel, (*self.kit.theme.panel[:3], 255), border=self.kit.theme.panel_border,
                      radius=self.kit.u * 2)
        for surface, pos, what in self.texts:
            painter.text(surface, pos, self.panel, what=what)
        self.draw_buttons(painter, [self.trainee, self.course, *self.buttons])
