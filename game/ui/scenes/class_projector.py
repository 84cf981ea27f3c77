"""The projector in class mode: the scene, its options, the join panel with its QR code, and the instructor's keys.

It only draws the class (game/classroom's `projector_view`) and turns keys into the room's
calls; every rule (secret votes, ties, timers, records) lives in the room, headless and tested
there. Keys: R reveal, O re-open voting, M take the majority, 1-9 take that option, P pause for
discussion (again to carry on), E end the class, F11 full screen. Closing the window leaves the
class in its journal: the same command resumes it.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame
import segno

from ...catalogs import texts
from ...classroom import ClassError, ClassRoom, projector_view
from ...classroom.words import PROJECTOR
from ..text import FontBook, TextCache
from ..theme import STANDARD
from ..window import Window

FPS = 15


class ProjectorError(Exception):
    """No window could be opened (no screen)."""


def qr_surface(text: str, size: int) -> pygame.Surface:
    """`text` as a QR code (segno), black on white with its quiet zone, `size` pixels or a little less."""
    rows = [list(row) for row in segno.make(text, error="m").matrix_iter(border=4)]
    module = max(1, size // len(rows))
    surface = pygame.Surface((module * len(rows), module * len(rows)))
    surface.fill((255, 255, 255))
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                surface.fill((0, 0, 0), (x * module, y * module, module, module))
    return surface


class ProjectorScene:
    """Draws a class on a surface of any size; keys become the instructor's actions."""

    def __init__(self, room: ClassRoom, url: str) -> None:
        self.room, self.url = room, url
        self.fonts = FontBook()
        self.cache = TextCache(self.fonts)
        self.say = texts(room.run.language)
        self.notice = ""
        self._qr: tuple[int, pygame.Surface] | None = None

    def words(self, key: str, **values: object) -> str:
        return self.say(PROJECTOR["class.projector." + key], **values)

    # -- keys -------------------------------------------------------------------------------

    def handle_key(self, key: int) -> None:
        """One instructor key; a refused action (a tie, no votes) is said on screen, never raised."""
        actions: dict[int, Callable[[], object]] = {
            pygame.K_r: self.room.reveal, pygame.K_o: self.room.reopen, pygame.K_m: self.room.take_majority,
            pygame.K_p: self.room.toggle_pause, pygame.K_e: self.room.end}
        number = _number(key)
        try:
            if key in actions:
                self.notice = ""
                actions[key]()
            elif number is not None:
                self.notice = ""
                self._take(number)
        except ClassError as exc:
            self.notice = str(exc)

    def _take(self, number: int) -> None:
        by_number = {c.number: c.id for c in self.room.run.choices}
        if number in by_number:
            self.room.take(by_number[number])

    # -- drawing ----------------------------------------------------------------------------

    def draw(self, surface: pygame.Surface) -> None:
        view = projector_view(self.room)
        width, height = surface.get_size()
        self.fonts.configure((width, height), 1.25)  # read from the back of the room
        theme, unit = STANDARD, self.fonts.unit
        surface.fill(theme.backdrop_bottom)
        panel_x = int(width * 0.66)
        self._draw_scene(surface, view, pygame.Rect(3 * unit, 3 * unit, panel_x - 6 * unit, height - 6 * unit))
        pygame.draw.rect(surface, theme.panel[:3], (panel_x, 0, width - panel_x, height))
        self._draw_join(surface, view, pygame.Rect(panel_x + 3 * unit, 3 * unit, width - panel_x - 6 * unit,
                                                   height - 6 * unit))

    def _text(self, surface: pygame.Surface, text: str, style: str, colour, at: tuple[int, int], width: int) -> int:
        """Draws a wrapped paragraph; returns the y below it."""
        rendered = self.cache.render(text, style, colour, width)
        surface.blit(rendered, at)
        return at[1] + rendered.get_height() + self.fonts.unit

    def _draw_scene(self, surface: pygame.Surface, view: dict, box: pygame.Rect) -> None:
        theme, unit = STANDARD, self.fonts.unit
        y = self._text(surface, view["title"], "title", theme.heading, box.topleft, box.width)
        if view["speaker"]:
            y = self._text(surface, view["speaker"], "strong", theme.accent, (box.x, y), box.width)
        y = self._text(surface, view["text"], "body", theme.text, (box.x, y), box.width) + unit
        most = max([o.get("votes", 0) for o in view["options"]] + [1])
        for option in view["options"]:
            label = f"{option['number']}. {option['text']}"
            if view["tally_shown"]:
                share = option["votes"] / most
                pygame.draw.rect(surface, theme.selected, (box.x, y, int(box.width * 0.3 * share), unit * 3))
                label = f"{label}  ({option['votes']})"
            y = self._text(surface, label, "strong", theme.text, (box.x + (int(box.width * 0.3) + unit
                                                                             if view["tally_shown"] else 0), y),
                           box.width - (int(box.width * 0.3) + unit if view["tally_shown"] else 0))
        y += unit
        if view["last"] and view["last"]["taken"]["feedback"]:
            y = self._text(surface, view["last"]["taken"]["feedback"], "small", theme.muted, (box.x, y), box.width)
        for line in self._status(view):
            y = self._text(surface, line, "strong", theme.accent, (box.x, y), box.width)

    def _status(self, view: dict) -> list[str]:
        lines = []
        if view["phase"] == "paused":
            lines.append(self.words("paused"))
        if view["time_up"]:
            lines.append(self.words("time-up"))
        if view["phase"] == "finished":
            lines.append(self.words("ended"))
        if view["seconds_left"] is not None and view["phase"] == "voting":
            lines.append(f"{int(view['seconds_left'] + 0.999)} s")
        return lines + [text for text in (self.notice, view["records_problem"]) if text]

    def _draw_join(self, surface: pygame.Surface, view: dict, box: pygame.Rect) -> None:
        theme, unit = STANDARD, self.fonts.unit
        side = min(box.width, int(box.height * 0.45))
        if self._qr is None or self._qr[0] != side:
            self._qr = (side, qr_surface(self.url, side))
        surface.blit(self._qr[1], (box.x, box.y))
        y = box.y + self._qr[1].get_height() + 2 * unit
        y = self._text(surface, self.words("room", code=view["room"]), "heading", theme.heading, (box.x, y), box.width)
        y = self._text(surface, self.words("join", address=self.url), "small", theme.text, (box.x, y), box.width)
        y = self._text(surface, self.words("joined", count=view["joined"], voted=view["voted"]), "strong",
                       theme.text, (box.x, y), box.width)
        if not view["tally_shown"]:
            y = self._text(surface, self.words("hidden"), "small", theme.muted, (box.x, y), box.width)
        self._text(surface, self.words("keys"), "tiny", theme.muted, (box.x, y), box.width)


def _number(key: int) -> int | None:
    for first in (pygame.K_1, pygame.K_KP1):
        if first <= key <= first + 8:
            return key - first + 1
    return None


def run_projector(room: ClassRoom, url: str, stopping: Callable[[], bool], *,
                  size: tuple[int, int] = (1280, 800)) -> int:
    """The projector window until it is closed (or the server stops); the class stays in its journal."""
    try:
        window = Window(size)
    except pygame.error as exc:
        raise ProjectorError(str(exc)) from exc
    scene, clock = ProjectorScene(room, url), pygame.time.Clock()
    try:
        while not stopping():
            for event in pygame.event.get():
                if event.type == pygame.QUIT:
                    return 0
                if event.type == pygame.KEYDOWN:
                    if event.key == pygame.K_F11:
                        window.toggle_fullscreen()
                    else:
                        scene.handle_key(event.key)
                elif event.type in (pygame.WINDOWRESIZED, pygame.WINDOWSIZECHANGED):
                    window.refresh()
            room.tick()
            scene.draw(window.surface)
            window.present()
            clock.tick(FPS)
        return 0
    finally:
        window.destroy()
        pygame.quit()
