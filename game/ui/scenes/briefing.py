"""The briefing: situation and role, objectives, and how the session will run."""

from __future__ import annotations

import pygame

from ...authoring.model import localized
from collections.abc import Callable

from ...paths import assets_for
from ..images import asset_path
from ..library import LibraryEntry
from ..scroll import ScrollView
from ..widgets import Button, Painter
from .base import Scene
from .common import Column, backdrop, pad, sheet


class BriefingScene(Scene):
    """Begin calls `on_begin` (the flow offers a resume or starts the session); Back closes it."""

    def __init__(self, services, entry: LibraryEntry, *, on_begin: Callable[[], None]) -> None:
        super().__init__(services)
        self.entry, self.on_begin = entry, on_begin
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.buttons: list[Button] = []
        scenario = entry.scenario
        assert scenario is not None
        start = scenario.nodes[scenario.start]
        self.art = asset_path(assets_for(entry.path), start.background)

    def text(self, value) -> str:
        scenario = self.entry.scenario
        assert scenario is not None
        return localized(value, self.services.language, scenario.language)

    def speech(self) -> str:
        scenario = self.entry.scenario
        assert scenario is not None
        objectives = " ".join(self.text(o.text) for o in scenario.objectives)
        return f"{self.text(scenario.title)}. {self.text(scenario.briefing)} {self.tr('briefing.objectives')}: {objectives}"

    def layout(self) -> None:
        kit = self.kit
        self.panel = sheet(self.size, kit)
        p = pad(kit)
        inner = self.panel.inflate(-2 * p, -2 * p)
        footer_h = self._layout_buttons(inner)
        viewport = pygame.Rect(inner.x, inner.y, inner.width - kit.u * 2, inner.height - footer_h - kit.u * 2)
        self.scroll = ScrollView(viewport)
        self._fill(Column(kit, self.scroll))
        self.focus.set(self.buttons, keep=self.focus.current.name if self.focus.current else None)

    def _layout_buttons(self, inner: pygame.Rect) -> int:
        kit = self.kit
        begin = Button([(self.tr("button.begin"), "strong", "text")], self.on_begin, name="begin")
        guide = Button([(self.tr("button.guide"), "strong", "text")], self.services.screens.guide, name="guide")
        back = Button([(self.tr("button.back"), "strong", "text")], self.back, name="back")
        begin_w, guide_w, back_w = begin.fit_width(kit), guide.fit_width(kit), back.fit_width(kit)
        height = begin.layout(kit, inner.right - begin_w, 0, begin_w).height
        begin.layout(kit, inner.right - begin_w, inner.bottom - height, begin_w)
        back.layout(kit, inner.x, inner.bottom - height, back_w)
        guide.layout(kit, inner.x + back_w + kit.u * 2, inner.bottom - height, guide_w)
        if guide.base.right + kit.u * 2 > begin.base.x:  # no room for three in a row: the guide is still F1
            self.buttons = [begin, back]
        else:
            self.buttons = [begin, guide, back]
        return height

    def _fill(self, column: Column) -> None:
        scenario = self.entry.scenario
        assert scenario is not None
        column.text(self.tr("briefing.title").upper(), "small_bold", "accent", gap=0.5)
        column.text(self.text(scenario.title), "title", "heading", gap=2)
        if scenario.briefing:
            column.text(self.tr("briefing.situation"), "heading", "heading")
            column.text(self.text(scenario.briefing), "body", "text", gap=1.5)
        if scenario.objectives:
            column.space(1)
            column.text(self.tr("briefing.objectives"), "heading", "heading")
            for objective in scenario.objectives:
                column.text(f"•  {self.text(objective.text)}", "body", "text")
        column.space(1)
        column.text(self.tr("briefing.how"), "heading", "heading")
        mode = "briefing.training" if self.services.mode == "training" else "briefing.assessment"
        timer = self.tr(f"timer.{self.services.session_timer()}")
        column.text(self.tr(mode), "body", "muted", gap=0.5)
        column.text(self.tr("briefing.timers", timer=timer), "body", "muted", gap=0.5)
        column.text(self.tr("briefing.keys"), "body", "muted", gap=0.5)
        column.text(self.tr("briefing.guide", path="docs/trainee-guide.md"), "body", "muted")
        column.finish()

    def handle_key(self, event: pygame.event.Event) -> None:
        if event.key == pygame.K_F1:
            self.services.screens.guide()
        elif not self.scroll_by_arrows(event, "body"):
            super().handle_key(event)

    def draw(self, painter: Painter) -> None:
        backdrop(painter, self.services, self.art)
        painter.panel(self.panel, border=self.kit.theme.panel_border, radius=self.kit.u * 2)
        assert self.scroll is not None
        self.scroll.draw(painter, self.kit, self.focus)
        self.draw_buttons(painter, self.buttons)
