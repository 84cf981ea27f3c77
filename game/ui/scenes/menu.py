"""The scenario menu: one card per scenario (title, summary, minutes, difficulty, tags), filtered by tag."""

from __future__ import annotations

import pygame

from ..library import LibraryEntry, all_tags
from ..scroll import ScrollView
from ..widgets import Button, Painter
from .base import Scene
from .common import Column, backdrop, digit_of, margin, pad
from .modal import ModalScene


class MenuScene(Scene):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.tag: str | None = None
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.header: list[tuple[pygame.Surface, tuple[int, int]]] = []
        self.fixed: list[Button] = []
        self.cards: list[Button] = []
        self.chips: list[Button] = []

    # -- actions -----------------------------------------------------------------

    def open(self, entry: LibraryEntry) -> None:
        """A scenario was picked: its errors, or sign-in (skipped when given on the command line), then briefing."""
        from .briefing import BriefingScene
        from .errors import ErrorsScene
        from .signin import SignInScene

        if not entry.ok:
            self.app.push(ErrorsScene(self.app, entry))
        elif self.app.options.trainee:
            self.app.push(BriefingScene(self.app, entry))
        else:
            self.app.push(SignInScene(self.app, entry))

    def filter_by(self, tag: str | None) -> None:
        self.tag = tag
        self.relayout()

    def settings(self) -> None:
        from .settings import SettingsScene

        self.app.push(SettingsScene(self.app))

    def back(self) -> None:
        from .pause import PauseScene

        self.app.push(PauseScene(self.app, in_session=False))

    def on_result(self, scene, result) -> None:
        if result == "quit":
            self.app.quit()
        elif isinstance(scene, TagPickerScene) and result is not None:
            self.tag = result or None
        self.relayout()

    def shown_entries(self) -> list[LibraryEntry]:
        return [e for e in self.app.entries if self.tag is None or self.tag in e.tags]

    # -- layout ------------------------------------------------------------------

    def layout(self) -> None:
        kit, (width, height) = self.kit, self.size
        m, p = margin(kit), pad(kit)
        panel_w = min(width - 2 * m, round(kit.fonts.body_px * 52) + 2 * p)
        self.panel = pygame.Rect((width - panel_w) // 2, m, panel_w, height - 2 * m)
        inner = self.panel.inflate(-2 * p, -2 * p)
        y = self._layout_header(inner)
        y = self._layout_chips(inner, y)
        viewport = pygame.Rect(inner.x, y, inner.width - kit.u * 2, inner.bottom - y)
        self.scroll = ScrollView(viewport)
        column = Column(kit, self.scroll)
        self.cards = [column.button(self._card(n, e)) for n, e in enumerate(self.shown_entries(), start=1)]
        if not self.cards:
            column.text(self.tr("menu.empty"), "body", "muted")
        column.finish()
        keep = self.focus.current.name if self.focus.current else None
        buttons = self.fixed + self.chips + self.cards
        self.focus.set(buttons, keep=keep, default=len(self.fixed) + len(self.chips))
        self.focus_moved()

    def _layout_header(self, inner: pygame.Rect) -> int:
        kit = self.kit
        self.fixed = [Button([(self.tr("button.settings"), "strong", "text")], self.settings, name="settings"),
                      Button([(self.tr("button.quit"), "strong", "text")], self.back, name="quit")]
        x = inner.right
        for button in reversed(self.fixed):
            w = button.fit_width(kit)
            x -= w
            button.layout(kit, x, inner.y, w)
            x -= kit.u * 2
        title_w = max(80, x - inner.x - kit.u * 2)
        title = kit.text.render("Bluehelm", "title", kit.theme.heading, title_w)
        subtitle = kit.text.render(self.tr("app.subtitle"), "body", kit.theme.muted, title_w)
        trainee = kit.text.render(self._trainee_line(), "small", kit.theme.muted, inner.width)
        y = inner.y
        self.header = [(title, (inner.x, y))]
        y += title.get_height()
        self.header.append((subtitle, (inner.x, y)))
        y = max(y + subtitle.get_height(), max(b.base.bottom for b in self.fixed)) + kit.u
        self.header.append((trainee, (inner.x, y)))
        return y + trainee.get_height() + kit.u * 2

    def _trainee_line(self) -> str:
        s = self.app.settings
        mode = self.tr("menu.mode", mode=self.tr(f"mode.{self.app.mode}"))
        if not s.trainee:
            return f"{self.tr('menu.not_signed_in')} · {mode}"
        key = "menu.signed_in" if s.course else "menu.signed_in_no_course"
        return f"{self.tr(key, trainee=s.trainee, course=s.course)} · {mode}"

    def _layout_chips(self, inner: pygame.Rect, y: int) -> int:
        """One button shows the tag filter; it opens the tag picker (a long row of chips would crowd the cards)."""
        kit = self.kit
        self.chips = []
        if len(all_tags(self.app.entries)) < 2:
            return y
        shown = self.tr("menu.all") if self.tag is None else f"#{self.tag}"
        chip = Button([(f"{self.tr('menu.filter', tag=shown)}  ▾", "strong", "text")], self.pick_tag, name="tags",
                      selected=self.tag is not None)
        chip.layout(kit, inner.x, y, min(chip.fit_width(kit), inner.width))
        self.chips.append(chip)
        return chip.base.bottom + kit.u * 3

    def pick_tag(self) -> None:
        self.app.push(TagPickerScene(self.app, all_tags(self.app.entries), self.tag))

    def _card(self, number: int, entry: LibraryEntry) -> Button:
        language = self.app.language
        if not entry.ok:
            parts = [(entry.title(language), "heading", "heading"), (entry.name, "small", "muted"),
                     (self.tr("menu.broken"), "body", "bad")]
        else:
            parts = [(entry.title(language), "heading", "heading"), (self._facts(entry), "small_bold", "accent"),
                     (entry.summary(language), "body", "text"),
                     ("  ".join(f"#{tag}" for tag in entry.tags), "small", "muted")]
        parts = [p for p in parts if p[0]]
        return Button(parts, lambda: self.open(entry), number=number if number <= 9 else None,
                      kind="card", name=f"card:{entry.path}")

    def _facts(self, entry: LibraryEntry) -> str:
        scenario = entry.scenario
        facts = []
        if scenario is not None and scenario.minutes is not None:
            facts.append(self.tr("menu.minutes", minutes=f"{scenario.minutes:g}"))
        if scenario is not None and scenario.difficulty is not None:
            facts.append(self.tr("menu.difficulty", level=scenario.difficulty))
        return " · ".join(facts)

    # -- input and drawing -------------------------------------------------------

    def handle_key(self, event: pygame.event.Event) -> None:
        number = digit_of(event)
        if number is not None and number <= len(self.cards):
            self.cards[number - 1].action()
            return
        super().handle_key(event)

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.app)
        painter.panel(self.panel, border=self.kit.theme.panel_border, radius=self.kit.u * 2)
        for surface, pos in self.header:
            painter.text(surface, pos, self.panel, what="menu header")
        self.draw_buttons(painter, self.fixed + self.chips)
        assert self.scroll is not None
        self.scroll.draw(painter, self.kit, self.focus)



class TagPickerScene(ModalScene):
    """Every tag of the library as a chip; picking one closes with it ('' for all)."""

    ems = 40.0

    def __init__(self, app, tags: list[str], current: str | None) -> None:
        super().__init__(app)
        self.tags, self.current = tags, current

    def speech(self) -> str:
        return self.tr("menu.pick_tag")

    def fill(self, column: Column) -> None:
        column.text(self.tr("menu.pick_tag"), "heading", "heading", gap=1.5)
        chips = [Button([(self.tr("menu.all") if tag is None else f"#{tag}", "small_bold", "text")],
                        lambda tag=tag: self.app.pop(tag or ""), kind="chip", selected=tag == self.current,
                        name=f"tag:{tag}") for tag in [None, *self.tags]]
        column.flow(chips)

    def initial_focus(self) -> int:
        return ([None, *self.tags].index(self.current) if self.current in self.tags else 0)

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.back"), "strong", "button_text")], lambda: self.app.pop(None), name="back")]

    def back(self) -> None:
        self.app.pop(None)
