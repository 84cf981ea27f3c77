"""Colours of the two themes, and the WCAG contrast arithmetic that checks them.

Panels are nearly opaque so text contrast does not depend on the art behind
them; `contrast_ratio` is what the theme tests use to hold the standard theme
to WCAG AA (4.5:1) and the high-contrast theme to AAA (7:1).
"""

from __future__ import annotations

from dataclasses import dataclass

RGB = tuple[int, int, int]
RGBA = tuple[int, int, int, int]


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    backdrop_top: RGB
    backdrop_bottom: RGB
    art_dim: int  # alpha of the dark veil laid over background art
    panel: RGBA
    panel_border: RGB
    text: RGB
    muted: RGB
    heading: RGB
    accent: RGB
    button: RGB
    button_text: RGB
    button_border: RGB
    hover: RGB
    focus: RGB
    focus_text: RGB
    focus_ring: RGB
    selected: RGB
    selected_text: RGB
    danger_panel: RGBA
    danger_border: RGB
    danger_text: RGB
    good: RGB
    bad: RGB
    track: RGB
    fill: RGB
    fill_low: RGB
    overlay: RGBA
    better_panel: RGBA
    border_width: int


STANDARD = Theme(
    name="standard",
    backdrop_top=(28, 44, 62), backdrop_bottom=(10, 18, 28), art_dim=70,
    panel=(15, 26, 38, 236), panel_border=(66, 94, 122),
    text=(241, 245, 249), muted=(184, 199, 213), heading=(255, 255, 255), accent=(150, 190, 245),
    button=(33, 55, 80), button_text=(241, 245, 249), button_border=(74, 106, 138),
    hover=(37, 63, 92), focus=(40, 72, 108), focus_text=(255, 255, 255), focus_ring=(255, 200, 87),
    selected=(150, 190, 245), selected_text=(8, 18, 30),
    danger_panel=(70, 18, 24, 245), danger_border=(255, 110, 110), danger_text=(255, 214, 214),
    good=(110, 220, 150), bad=(255, 150, 150),
    track=(40, 58, 78), fill=(120, 170, 240), fill_low=(255, 150, 90),
    overlay=(4, 8, 14, 170), better_panel=(18, 52, 44, 240), border_width=1,
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    backdrop_top=(0, 0, 0), backdrop_bottom=(0, 0, 0), art_dim=190,
    panel=(0, 0, 0, 255), panel_border=(255, 255, 255),
    text=(255, 255, 255), muted=(235, 235, 235), heading=(255, 255, 255), accent=(255, 255, 0),
    button=(0, 0, 0), button_text=(255, 255, 255), button_border=(255, 255, 255),
    hover=(30, 30, 30), focus=(255, 255, 0), focus_text=(0, 0, 0), focus_ring=(0, 255, 255),
    selected=(255, 255, 255), selected_text=(0, 0, 0),
    danger_panel=(0, 0, 0, 255), danger_border=(255, 110, 110), danger_text=(255, 255, 255),
    good=(0, 255, 120), bad=(255, 160, 160),
    track=(60, 60, 60), fill=(255, 255, 0), fill_low=(255, 140, 0),
    overlay=(0, 0, 0, 215), better_panel=(0, 0, 0, 255), border_width=2,
)

THEMES: dict[str, Theme] = {STANDARD.name: STANDARD, HIGH_CONTRAST.name: HIGH_CONTRAST}


def theme_named(name: str) -> Theme:
    return THEMES.get(name, STANDARD)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: RGB) -> float:
    r, g, b = (_channel(v) for v in colour[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(top: RGBA, under: RGB) -> RGB:
    """A translucent colour laid over an opaque one."""
    alpha = top[3] / 255
    return tuple(round(t * alpha + u * (1 - alpha)) for t, u in zip(top[:3], under))  # type: ignore[return-value]
