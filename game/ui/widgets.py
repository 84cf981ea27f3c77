"""Drawing primitives and widgets: the painter, buttons, keyboard focus, meters and bars.

Every text blit goes through `Painter.text`, which logs where the surface went
and which panel it had to stay inside: the layout tests read that log to prove
nothing spills out of its panel at any window size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from .text import FontBook, TextCache
from .meters import Reading, reading
from .theme import RGB, RGBA, Theme

Part = tuple[str, str, str]  # text, style name, colour role


@dataclass
class Kit:
    """What widgets need to lay out and draw: fonts, text cache, theme, spacing unit, language."""

    fonts: FontBook
    text: TextCache
    theme: Theme
    language: str = "en"
    reduced_motion: bool = False

    @property
    def u(self) -> int:
        return self.fonts.unit

    def colour(self, role: str) -> RGB:
        return getattr(self.theme, role)


@dataclass(frozen=True, slots=True)
class Drawn:
    rect: pygame.Rect
    within: pygame.Rect
    what: str


class Painter:
    """Draws on the window surface for one frame; drawing reads state, never changes it."""

    def __init__(self, surface: pygame.Surface, theme: Theme, shapes) -> None:
        self.surface, self.theme, self._shapes = surface, theme, shapes
        self.log: list[Drawn] = []

    @property
    def bounds(self) -> pygame.Rect:
        return self.surface.get_rect()

    def text(self, surface: pygame.Surface, pos: tuple[int, int], within: pygame.Rect, *,
             clip: pygame.Rect | None = None, area: pygame.Rect | None = None, what: str = "") -> None:
        rect = pygame.Rect(pos, surface.get_size() if area is None else area.size)
        if clip is not None:
            previous = self.surface.get_clip()
            self.surface.set_clip(clip)
            self.surface.blit(surface, pos, area)
            self.surface.set_clip(previous)
            shown = rect.clip(clip)
            if shown.width and shown.height:
                self.log.append(Drawn(pygame.Rect(shown.x, shown.y, rect.width, shown.height), within, what))
            return
        self.surface.blit(surface, pos, area)
        self.log.append(Drawn(rect, within, what))

    def panel(self, rect: pygame.Rect, fill: RGBA | RGB | None = None, *, border: RGB | None = None,
              radius: int = 10, width: int | None = None) -> None:
        if rect.width <= 0 or rect.height <= 0:
            return
        fill = fill if fill is not None else self.theme.panel
        border_width = self.theme.border_width if width is None else width
        key = (rect.size, tuple(fill), border, radius, border_width)
        shape = self._shapes.get(key)
        if shape is None:  # the shapes cache is bounded by bytes: panels are as big as the window
            shape = self._shapes.put(key, _rounded(rect.size, fill, border, radius, border_width))
        self.surface.blit(shape, rect.topleft)

    def rect(self, rect: pygame.Rect, colour: RGB, radius: int = 0, width: int = 0) -> None:
        pygame.draw.rect(self.surface, colour, rect, width, border_radius=radius)

    def ring(self, rect: pygame.Rect, radius: int, width: int) -> None:
        """The focus ring: a bright outline just outside a widget."""
        outer = rect.inflate(width * 2 + 2, width * 2 + 2)
        pygame.draw.rect(self.surface, self.theme.focus_ring, outer, width, border_radius=radius + width)


def _rounded(size: tuple[int, int], fill, border, radius: int, width: int) -> pygame.Surface:
    surface = pygame.Surface(size, pygame.SRCALPHA)
    rect = surface.get_rect()
    pygame.draw.rect(surface, fill, rect, border_radius=radius)
    if border is not None and width > 0:
        pygame.draw.rect(surface, border, rect, width, border_radius=radius)
    return surface


class Button:
    """A focusable, clickable panel of one or more text parts, optionally numbered."""

    def __init__(self, parts: list[Part], action: Callable[[], None], *, number: int | None = None,
                 kind: str = "normal", selected: bool = False, name: str = "") -> None:
        self.parts, self.action, self.number = parts, action, number
        self.kind, self.selected, self.name = kind, selected, name or (parts[0][0] if parts else "")
        self.base = pygame.Rect(0, 0, 0, 0)  # where layout put it (content coordinates)
        self.rect = pygame.Rect(0, 0, 0, 0)  # where it is on screen now
        self._text_x = 0

    badge_style = "strong"

    def padding(self, kit: Kit) -> tuple[int, int]:
        if self.kind == "compact":  # the docked options when room is short: the text keeps its size as long as it can
            return round(kit.u * 1.2), round(kit.u * 0.5)
        return (round(kit.u * 2), round(kit.u * 1.4)) if self.kind != "chip" else (round(kit.u * 1.5), round(kit.u * 0.7))

    def badge_side(self, kit: Kit) -> int:
        return kit.fonts.line_height(self.badge_style) + kit.u // 2 if self.number is not None else 0

    def layout(self, kit: Kit, x: int, y: int, width: int) -> pygame.Rect:
        """Place the button at (x, y) `width` wide; its height follows its wrapped text."""
        pad_x, pad_y = self.padding(kit)
        badge = self.badge_side(kit)
        self._text_x = pad_x + (badge + kit.u * 2 if badge else 0)
        inner = max(40, width - self._text_x - pad_x)
        height = sum(s.get_height() for s in self._surfaces(kit, inner, False)) + kit.u // 2 * (len(self.parts) - 1)
        self.base = pygame.Rect(x, y, width, max(height, badge) + pad_y * 2)
        self.rect = self.base.copy()
        return self.base

    def fit_width(self, kit: Kit) -> int:
        """The width a one-line button (a chip or short action) needs."""
        pad_x, _ = self.padding(kit)
        widest = max(kit.text.render(t, s, kit.colour(r)).get_width() for t, s, r in self.parts)
        return widest + pad_x * 2

    def _surfaces(self, kit: Kit, inner: int, inverted: bool) -> list[pygame.Surface]:
        colour = self._text_colour(kit, inverted)
        return [kit.text.render(text, style, colour or kit.colour(role), inner) for text, style, role in self.parts]

    def _text_colour(self, kit: Kit, inverted: bool) -> RGB | None:
        if inverted:
            return kit.theme.focus_text if kit.theme.name == "high-contrast" else None
        return kit.theme.selected_text if self.selected else None

    def draw(self, painter: Painter, kit: Kit, *, focused: bool = False, hovered: bool = False,
             clip: pygame.Rect | None = None) -> None:
        theme, rect = kit.theme, self.rect
        fill = theme.focus if focused else theme.selected if self.selected else theme.hover if hovered else theme.button
        radius = kit.u if self.kind != "chip" else kit.u * 2
        radius = radius // 2 if self.kind == "compact" else radius
        if clip is not None and not rect.colliderect(clip):
            return
        if clip is not None:
            painter.surface.set_clip(clip)
        painter.rect(rect, fill, radius)
        painter.rect(rect, theme.focus_ring if focused else theme.button_border, radius, theme.border_width + (1 if focused else 0))
        if focused:
            painter.ring(rect, radius, max(3, kit.u // 2))
        self._draw_badge(painter, kit, focused)
        if clip is not None:
            painter.surface.set_clip(None)
        self._draw_text(painter, kit, focused, clip)

    def _draw_badge(self, painter: Painter, kit: Kit, focused: bool) -> None:
        if self.number is None:
            return
        side = self.badge_side(kit)
        pad_x, pad_y = self.padding(kit)
        badge = pygame.Rect(self.rect.x + pad_x, self.rect.y + pad_y, side, side)
        colour = kit.theme.focus_text if focused and kit.theme.name == "high-contrast" else kit.theme.accent
        painter.rect(badge, colour, kit.u // 2, max(2, kit.u // 4))
        digit = kit.text.render(str(self.number), self.badge_style, colour)
        painter.text(digit, digit.get_rect(center=badge.center).topleft, self.rect, what="badge")

    def _draw_text(self, painter: Painter, kit: Kit, focused: bool, clip: pygame.Rect | None) -> None:
        pad_x, pad_y = self.padding(kit)
        inner = max(40, self.rect.width - self._text_x - pad_x)
        y = self.rect.y + pad_y
        for surface in self._surfaces(kit, inner, focused):
            painter.text(surface, (self.rect.x + self._text_x, y), self.rect, clip=clip, what=self.name)
            y += surface.get_height() + kit.u // 2


NEXT_KEYS = (pygame.K_DOWN, pygame.K_RIGHT)
PREVIOUS_KEYS = (pygame.K_UP, pygame.K_LEFT)
CONFIRM_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)


class Focus:
    """Which of a screen's buttons has the keyboard; arrows and Tab move it, Enter activates.

    The focus may rest on nothing (index None): the scene's choices start that way,
    so an Enter pressed to hurry the text along never takes a decision by accident.
    """

    def __init__(self, buttons: list[Button] | None = None, index: int | None = 0) -> None:
        self.buttons: list[Button] = buttons or []
        self.index: int | None = None if index is None or not self.buttons else min(index, len(self.buttons) - 1)
        self.hovered: Button | None = None

    @property
    def current(self) -> Button | None:
        return self.buttons[self.index] if self.buttons and self.index is not None else None

    def set(self, buttons: list[Button], keep: str | None = None, default: int | None = 0) -> None:
        """New buttons (after a layout), keeping focus on the one named `keep` if it is still there."""
        self.buttons = buttons
        names = [b.name for b in buttons]
        if keep in names:
            self.index = names.index(keep)
        else:
            self.index = None if default is None or not buttons else min(default, len(buttons) - 1)
        if self.hovered not in buttons:
            self.hovered = None

    def move(self, step: int) -> None:
        if not self.buttons:
            return
        if self.index is None:
            self.index = 0 if step > 0 else len(self.buttons) - 1
        else:
            self.index = (self.index + step) % len(self.buttons)

    def handle_key(self, event: pygame.event.Event, *, arrows: tuple = NEXT_KEYS + PREVIOUS_KEYS) -> bool:
        """Move or activate; True when the key was used."""
        if event.key == pygame.K_TAB:
            self.move(-1 if event.mod & pygame.KMOD_SHIFT else 1)
        elif event.key in NEXT_KEYS and event.key in arrows:
            self.move(1)
        elif event.key in PREVIOUS_KEYS and event.key in arrows:
            self.move(-1)
        elif event.key in CONFIRM_KEYS and self.current is not None:
            self.current.action()
        else:
            return False
        return True

    def click(self, pos: tuple[int, int], clips: Callable[[Button], pygame.Rect | None] = lambda b: None) -> bool:
        for index, button in enumerate(self.buttons):
            clip = clips(button)
            if button.rect.collidepoint(pos) and (clip is None or clip.collidepoint(pos)):
                self.index = index
                button.action()
                return True
        return False


def draw_bar(painter: Painter, rect: pygame.Rect, fraction: float, colour: RGB, mark: float | None = None) -> None:
    """A horizontal bar: track, fill to `fraction`, and an optional tick (a pass mark)."""
    theme = painter.theme
    radius = rect.height // 2
    painter.rect(rect, theme.track, radius)
    filled = round(rect.width * max(0.0, min(1.0, fraction)))
    if filled > 0:
        painter.rect(pygame.Rect(rect.x, rect.y, max(filled, rect.height), rect.height), colour, radius)
    if mark is not None:
        x = rect.x + round(rect.width * max(0.0, min(1.0, mark)))
        painter.rect(pygame.Rect(x - 1, rect.y - rect.height // 2, 3, rect.height * 2), theme.text)


class Meter:
    """A visible variable as a labelled bar whose fill eases to a new value.

    Its colour says how good the level is and its arrow which way the last change went,
    coloured better or worse (game/ui/meters.py reads the good direction from the scenario)."""

    def __init__(self, name: str, label: str, value, low: float | None, high: float | None, direction: int = 0) -> None:
        self.name, self.label, self.low, self.high, self.direction = name, label, low, high, direction
        self.target = self.shown = float(value) if _numeric(value) else 0.0
        self.raw = value
        self.previous = None  # the value before the last change, for the arrow

    def set(self, value, *, instantly: bool) -> None:
        if value != self.raw:
            self.previous = self.raw
        self.raw = value
        self.target = float(value) if _numeric(value) else 0.0
        if instantly:
            self.shown = self.target

    def update(self, dt: float) -> bool:
        """Ease toward the target; True while still moving."""
        gap = self.target - self.shown
        if abs(gap) < 0.05:
            moving = self.shown != self.target
            self.shown = self.target
            return moving
        self.shown += gap * min(1.0, dt * 6)
        return True

    def fraction(self) -> float:
        if self.low is None or self.high is None or self.high == self.low:
            return 0.0
        return (self.shown - self.low) / (self.high - self.low)

    def reading(self) -> Reading:
        previous = float(self.previous) if _numeric(self.previous) else None
        return reading(self.direction, self.fraction(), previous, self.target)

    def colour(self, theme: Theme) -> RGB:
        goodness = self.reading().goodness
        if goodness is None:
            return theme.fill
        return theme.good if goodness >= 0.6 else theme.fill_low if goodness >= 0.35 else theme.bad

    def arrow(self) -> str:
        if not _numeric(self.previous) or self.previous == self.raw:
            return ""
        return "▲" if self.target > float(self.previous) else "▼"

    def height(self, kit: Kit, width: int, style: str = "small") -> int:
        return self._label(kit, width, style).get_height() + kit.u // 2 + max(6, kit.u * 3 // 4)

    def _label(self, kit: Kit, width: int, style: str = "small") -> pygame.Surface:
        value_w = kit.fonts.font(style + "_bold").size(f"{_shown_value(self)} ▲")[0]
        return kit.text.render(self.label, style, kit.theme.text, max(40, width - value_w - kit.u))

    def draw(self, painter: Painter, kit: Kit, rect: pygame.Rect, within: pygame.Rect, style: str = "small") -> None:
        label = self._label(kit, rect.width, style)
        painter.text(label, rect.topleft, within, what=f"meter {self.name}")
        bold = style + "_bold"
        value = kit.text.render(_shown_value(self), bold, kit.theme.text)
        x = rect.right - value.get_width()
        arrow = self.arrow()
        if arrow:
            change = self.reading().change
            role = kit.theme.good if change > 0 else kit.theme.bad if change < 0 else kit.theme.muted
            mark = kit.text.render(arrow, bold, role)
            painter.text(mark, (rect.right - mark.get_width(), rect.y), within, what=f"meter {self.name} arrow")
            x -= mark.get_width() + kit.u // 2
        painter.text(value, (x, rect.y), within, what=f"meter {self.name} value")
        bar = pygame.Rect(rect.x, rect.y + label.get_height() + kit.u // 2, rect.width, max(6, kit.u * 3 // 4))
        draw_bar(painter, bar, self.fraction(), self.colour(kit.theme))


def _numeric(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _shown_value(meter: Meter) -> str:
    if not _numeric(meter.raw):
        return str(meter.raw)
    return str(round(meter.shown))
