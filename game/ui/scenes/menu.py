"""The scenario menu: a card per scenario (title, facts, the trainee's last result, summary, tags), a
"Continue" under the card of the signed-in trainee's unfinished session, a tag filter, and sign-out."""

from __future__ import annotations

from typing import Protocol

import pygame

from ...catalogs import texts
from ..library import LibraryEntry, all_tags
from ..progress import Progress, progress_of
from ..scroll import ScrollView
from ..tags import tag_name
from ..widgets import Button, Painter
from .base import Scene
from .common import Column, backdrop, digit_of, margin, pad
from .modal import ConfirmScene, ModalScene

CARD_EMS = 19  # a card column is at least this many body-text ems wide: two columns from 1024 px
SUMMARY_LINES = 3  # a card shows the start of the summary; the briefing has all of it


class MenuActions(Protocol):
    """What picking on the menu leads to (the flow decides)."""

    def open(self, entry: LibraryEntry) -> None: ...
    def resume(self, entry: LibraryEntry, record) -> None: ...
    def settings(self) -> None: ...
    def quit(self) -> None: ...


class MenuScene(Scene):
    def __init__(self, services, actions: MenuActions) -> None:
        super().__init__(services)
        self.actions = actions
        self.tag: str | None = None
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.header: list[tuple[pygame.Surface, tuple[int, int], str]] = []
        self.fixed: list[Button] = []
        self.cards: list[Button] = []
        self.continues: list[Button] = []
        self.chips: list[Button] = []
        self.progress: dict[str, Progress] = {}
        self._read_progress()

    # -- actions -----------------------------------------------------------------

    def open(self, entry: LibraryEntry) -> None:
        self.actions.open(entry)

    def _read_progress(self) -> None:
        s = self.services
        self.progress = progress_of(s.store, s.signed.trainee, s.mode)

    def on_uncovered(self) -> None:
        self._read_progress()  # a session played or left since: its card says so now
        super().on_uncovered()

    def sign_out(self) -> None:
        self.services.sign_out()
        self._read_progress()
        self.relayout()

    def back(self) -> None:
        """Esc or Quit: ask first (a stray Esc must not close a trainee's window)."""
        self.services.push(ConfirmScene(self.services, self.tr("quit.title"), self.tr("quit.message"),
                                        self.tr("button.quit_app"), self.tr("button.cancel")),
                           on_done=lambda yes: yes and self.actions.quit())

    def pick_tag(self) -> None:
        self.services.push(TagPickerScene(self.services, all_tags(self.services.entries), self.tag),
                           on_done=self._tag_picked)

    def _tag_picked(self, tag: str | None) -> None:
        if tag is not None:
            self.tag = tag or None
        self.relayout()

    def shown_entries(self) -> list[LibraryEntry]:
        return [e for e in self.services.entries if self.tag is None or self.tag in e.tags]

    # -- layout ------------------------------------------------------------------

    def layout(self) -> None:
        kit, (width, height) = self.kit, self.size
        m, p = margin(kit), pad(kit)
        panel_w = min(width - 2 * m, round(kit.fonts.body_px * 64) + 2 * p)
        self.panel = pygame.Rect((width - panel_w) // 2, m, panel_w, height - 2 * m)
        inner = self.panel.inflate(-2 * p, -2 * p)
        y = self._layout_header(inner)
        y = self._layout_chips(inner, y)
        viewport = pygame.Rect(inner.x, y, inner.width - kit.u * 2, inner.bottom - y)
        self.scroll = ScrollView(viewport)
        self._layout_cards(viewport)
        keep = self.focus.current.name if self.focus.current else None
        ordered = [b for pair in zip(self.cards, self._continue_slots()) for b in pair if b is not None]
        buttons = self.fixed + self.chips + ordered
        self.focus.set(buttons, keep=keep, default=len(self.fixed) + len(self.chips))
        self.focus_moved()

    def _continue_slots(self) -> list[Button | None]:
        by_card = {b.name.removeprefix("continue:"): b for b in self.continues}
        return [by_card.get(card.name.removeprefix("card:")) for card in self.cards]

    def _layout_cards(self, viewport: pygame.Rect) -> None:
        kit = self.kit
        columns = 2 if viewport.width >= kit.fonts.body_px * CARD_EMS * 2 else 1
        gap = kit.u * 2
        col_w = (viewport.width - gap * (columns - 1)) // columns
        self.cards, self.continues = [], []
        tops = [viewport.y] * columns
        for number, entry in enumerate(self.shown_entries(), start=1):
            column = min(range(columns), key=lambda c: tops[c])  # the shorter column takes the next card
            x = viewport.x + column * (col_w + gap)
            card = self._card(number, entry, col_w)
            card.layout(kit, x, tops[column], col_w)
            self.scroll.add_button(card)
            self.cards.append(card)
            bottom = card.base.bottom
            record = self._unfinished(entry)
            if record is not None:
                label = self.tr("menu.continue", count=record.decisions)
                more = Button([(f"▶  {label}", "small_bold", "button_text")], lambda e=entry, r=record: self.actions.resume(e, r),
                              kind="chip", name=f"continue:{entry.path}")
                more.layout(kit, x, bottom + kit.u // 2, min(col_w, more.fit_width(kit)))
                self.scroll.add_button(more)
                self.continues.append(more)
                bottom = more.base.bottom
            tops[column] = bottom + gap
        if not self.cards:
            Column(kit, self.scroll).text(self.tr("menu.empty"), "body", "muted")
        self.scroll.content_height = max(tops) - gap - viewport.y if self.cards else kit.fonts.line_height("body")
        self.scroll.scroll_to(self.scroll.offset)

    def _unfinished(self, entry: LibraryEntry):
        if entry.scenario is None or not entry.ok:
            return None
        return self.progress.get(entry.scenario.id, Progress()).unfinished

    def _layout_header(self, inner: pygame.Rect) -> int:
        kit = self.kit
        self.fixed = [Button([(self.tr("button.settings"), "strong", "text")], self.actions.settings, name="settings"),
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
        y = inner.y
        self.header = [(title, (inner.x, y), "menu header")]
        y += title.get_height()
        self.header.append((subtitle, (inner.x, y), "menu header"))
        y = max(y + subtitle.get_height(), max(b.base.bottom for b in self.fixed)) + kit.u // 2
        return self._layout_who(inner, y)

    def _layout_who(self, inner: pygame.Rect, y: int) -> int:
        """Who is signed in, and a clear way out for the next person ("Not you? Sign out")."""
        kit = self.kit
        signed = self.services.signed
        if signed.trainee:
            out = Button([(self.tr("menu.not_you"), "small_bold", "text")], self.sign_out, kind="chip", name="sign-out")
            w = out.fit_width(kit)
            out.layout(kit, inner.right - w, y, w)
            self.fixed.append(out)
            room = inner.width - w - kit.u * 2
        else:
            out, room = None, inner.width
        who = kit.text.render(self._trainee_line(), "small", kit.theme.muted, room)
        self.header.append((who, (inner.x, y + ((out.base.height - who.get_height()) // 2 if out else 0)), "trainee line"))
        return max(y + who.get_height(), out.base.bottom if out else 0) + kit.u

    def _trainee_line(self) -> str:
        signed = self.services.signed
        mode = self.tr("menu.mode", mode=self.tr(f"mode.{self.services.mode}"))
        if not signed.trainee:
            return f"{self.tr('menu.not_signed_in')} · {mode}"
        key = "menu.signed_in" if signed.course else "menu.signed_in_no_course"
        return f"{self.tr(key, trainee=signed.trainee, course=signed.course)} · {mode}"

    def _layout_chips(self, inner: pygame.Rect, y: int) -> int:
        """One button shows the tag filter; it opens the tag picker (a long row of chips would crowd the cards)."""
        kit = self.kit
        self.chips = []
        if len(all_tags(self.services.entries)) < 2:
            return y
        shown = self.tr("menu.all") if self.tag is None else tag_name(self.tag, self.services.language)
        chip = Button([(f"{self.tr('menu.filter', tag=shown)}  ▾", "strong", "text")], self.pick_tag, name="tags",
                      selected=self.tag is not None)
        chip.layout(kit, inner.x, y, min(chip.fit_width(kit), inner.width))
        self.chips.append(chip)
        return chip.base.bottom + kit.u * 3 // 2

    def _card(self, number: int, entry: LibraryEntry, width: int) -> Button:
        language = self.services.language
        text_w = round((width - self.kit.u * 7 - self.kit.fonts.line_height("strong")) * 0.96)
        if not entry.ok:
            parts = [(entry.title(language), "heading", "heading"), (entry.name, "small", "muted"),
                     (self.tr("menu.broken"), "small", "bad")]
        else:
            tags = " · ".join(tag_name(tag, language) for tag in entry.tags)
            parts = [(entry.title(language), "heading", "heading"), (self._facts(entry), "small_bold", "accent"),
                     (self._clamped(entry.summary(language), "small", text_w, SUMMARY_LINES), "small", "text"),
                     (self._clamped(tags, "tiny", text_w, 1), "tiny", "muted")]
        parts = [p for p in parts if p[0]]
        return Button(parts, lambda: self.open(entry), number=number if number <= 9 else None,
                      kind="card", name=f"card:{entry.path}")

    def _clamped(self, text: str, style: str, width: int, lines: int) -> str:
        """The first `lines` lines of `text` at `width`, ending in an ellipsis when there is more."""
        wrapped = self.kit.text.lines(" ".join(text.split()), style, width)
        if len(wrapped) <= lines:
            return text
        last = wrapped[lines - 1]
        font = self.kit.fonts.font(style)
        while last and font.size(last + " …")[0] > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[:-1]
        return " ".join(wrapped[:lines - 1] + [last + " …"])

    def _facts(self, entry: LibraryEntry) -> str:
        scenario = entry.scenario
        facts = []
        if scenario is not None and scenario.minutes is not None:
            facts.append(self.tr("menu.minutes", minutes=texts(self.services.language).number(scenario.minutes)))
        if scenario is not None and scenario.difficulty is not None:
            facts.append(self.tr("menu.difficulty", level=scenario.difficulty))
        last = self.progress.get(scenario.id, Progress()).last if scenario is not None else None
        if last is not None:
            facts.append(self._last_result(last))
        return " · ".join(facts)

    def _last_result(self, record) -> str:
        verdict = self.tr("menu.last_passed" if record.passed else "menu.last_not_passed")
        if record.overall is None:
            return verdict
        return f"{verdict} {texts(self.services.language).percent(record.overall)}"

    # -- input and drawing -------------------------------------------------------

    def handle_key(self, event: pygame.event.Event) -> None:
        number = digit_of(event)
        if number is not None and number <= len(self.cards):
            self.cards[number - 1].action()
            return
        if event.key in (pygame.K_UP, pygame.K_DOWN) and self.focus.current in self.cards + self.continues:
            self.focus.move(1 if event.key == pygame.K_DOWN else -1)
            self.focus_moved()
            self.services.invalidate()
            return
        super().handle_key(event)

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.services)
        painter.panel(self.panel, border=self.kit.theme.panel_border, radius=self.kit.u * 2)
        for surface, pos, what in self.header:
            painter.text(surface, pos, self.panel, what=what)
        self.draw_buttons(painter, self.fixed + self.chips)
        assert self.scroll is not None
        self.scroll.draw(painter, self.kit, self.focus)


class TagPickerScene(ModalScene):
    """Every tag of the library as a chip, in the trainee's language; closes with the tag picked ('' for all)."""

    ems = 40.0

    def __init__(self, services, tags: list[str], current: str | None) -> None:
        super().__init__(services)
        self.tags, self.current = tags, current

    def speech(self) -> str:
        return self.tr("menu.pick_tag")

    def fill(self, column: Column) -> None:
        language = self.services.language
        column.text(self.tr("menu.pick_tag"), "heading", "heading", gap=1.5)
        chips = [Button([(self.tr("menu.all") if tag is None else tag_name(tag, language), "small_bold", "text")],
                        lambda tag=tag: self.done(tag or ""), kind="chip", selected=tag == self.current,
                        name=f"tag:{tag}") for tag in [None, *self.tags]]
        column.flow(chips)

    def initial_focus(self) -> int:
        return ([None, *self.tags].index(self.current) if self.current in self.tags else 0)

    def footer_buttons(self) -> list[Button]:
        return [Button([(self.tr("button.back"), "strong", "button_text")], lambda: self.done(None), name="back")]

    def back(self) -> None:
        self.done(None)
