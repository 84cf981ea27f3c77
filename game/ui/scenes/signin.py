"""Trainee sign-in: name or service number and course code, remembered for next time."""

from __future__ import annotations

import pygame

from ..library import LibraryEntry
from ..widgets import Button, Kit, Painter
from .base import Scene
from .common import backdrop, pad, sheet

MAX_LENGTH = 60


class TextField(Button):
    """A labelled one-line text box; it takes TEXTINPUT while it has the focus."""

    def __init__(self, label: str, value: str, name: str) -> None:
        super().__init__([(label, "strong", "text")], lambda: None, kind="field", name=name)
        self.label, self.value = label, value

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
        shown = kit.text.render(self.value, "body", theme.button_text)
        inner = box.inflate(-kit.u * 3, 0)
        offset = max(0, shown.get_width() - inner.width)  # long entries scroll to keep the end in view
        area = pygame.Rect(offset, 0, min(inner.width, shown.get_width()), shown.get_height())
        y = box.y + (box.height - shown.get_height()) // 2
        if self.value:
            painter.text(shown, (inner.x, y), box, area=area, what=f"value {self.name}")
        if focused:
            caret_x = inner.x + min(inner.width, shown.get_width() if self.value else 0) + 2
            painter.rect(pygame.Rect(caret_x, y, max(2, kit.u // 4), shown.get_height()), theme.focus_ring)


class SignInScene(Scene):
    def __init__(self, app, entry: LibraryEntry) -> None:
        super().__init__(app)
        self.entry = entry
        settings = app.settings
        self.trainee = TextField("", settings.trainee, "trainee")
        self.course = TextField("", settings.course, "course")
        self.problem = ""
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.texts: list[tuple[pygame.Surface, tuple[int, int], str]] = []

    def on_enter(self) -> None:
        pygame.key.start_text_input()
        super().on_enter()

    def speech(self) -> str:
        return f"{self.tr('signin.title')}. {self.tr('signin.intro')} {self.tr('signin.trainee')}."

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
        self.focus.set([self.trainee, self.course, *buttons], keep=keep, default=0 if not self.trainee.value else 2)

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
        from .briefing import BriefingScene

        trainee, course = self.trainee.value.strip(), self.course.value.strip()
        if not trainee:
            self.problem = self.tr("signin.required")
            self.focus.index = 0
            self.relayout()
            return
        self.app.apply_settings(self.app.settings.with_(trainee=trainee, course=course))
        pygame.key.stop_text_input()
        self.app.replace(BriefingScene(self.app, self.entry))

    def back(self) -> None:
        pygame.key.stop_text_input()
        super().back()

    def handle_event(self, event: pygame.event.Event) -> None:
        field = self.focus.current if isinstance(self.focus.current, TextField) else None
        if event.type == pygame.TEXTINPUT and field is not None:
            field.value = (field.value + event.text)[:MAX_LENGTH]
            self.app.invalidate()
            return
        if event.type == pygame.KEYDOWN and field is not None and self._edit(field, event):
            self.app.invalidate()
            return
        super().handle_event(event)

    def _edit(self, field: TextField, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_BACKSPACE:
            field.value = field.value[:-1]
        elif event.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            if field is self.course:
                self.submit()
            else:
                self.focus.move(1)
        elif event.key in (pygame.K_LEFT, pygame.K_RIGHT, pygame.K_SPACE):
            return True  # inside a text box these keys belong to the text, not the focus
        else:
            return False
        return True

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.app)
        painter.panel(self.panel, border=self.kit.theme.panel_border, radius=self.kit.u * 2)
        for surface, pos, what in self.texts:
            painter.text(surface, pos, self.panel, what=what)
        self.draw_buttons(painter, [self.trainee, self.course, *self.buttons])
