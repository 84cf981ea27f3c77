"""Colours meet WCAG (AA in the standard theme, AAA in high contrast); fonts cover French."""

from __future__ import annotations

import pygame
import pytest

from game.ui.text import FontBook, font_file
from game.ui.theme import THEMES, contrast_ratio, over

WHITE, BLACK = (255, 255, 255), (0, 0, 0)


def backgrounds(theme):
    """Panels are translucent: judge them over the brightest and darkest art."""
    return {"panel on white": over(theme.panel, WHITE), "panel on black": over(theme.panel, BLACK),
            "button": theme.button, "hover": theme.hover}


@pytest.mark.parametrize("name, needed", [("standard", 4.5), ("high-contrast", 7.0)])
def test_text_colours_have_enough_contrast_on_every_background(name, needed):
    theme = THEMES[name]
    for role in ("text", "muted", "heading", "accent", "good", "bad", "button_text"):
        for where, background in backgrounds(theme).items():
            ratio = contrast_ratio(getattr(theme, role), background)
            assert ratio >= needed, f"{name}: {role} on {where} is {ratio:.2f}:1"
    focused_text = theme.focus_text if name == "high-contrast" else theme.accent
    assert contrast_ratio(focused_text, theme.focus) >= needed
    assert contrast_ratio(theme.selected_text, theme.selected) >= needed
    assert contrast_ratio(theme.danger_text, over(theme.danger_panel, WHITE)) >= needed
    assert contrast_ratio(theme.danger_border, over(theme.danger_panel, WHITE)) >= needed
    assert contrast_ratio(theme.good, over(theme.better_panel, WHITE)) >= needed


def test_the_focus_ring_stands_out_from_panels_and_buttons():
    for theme in THEMES.values():
        assert contrast_ratio(theme.focus_ring, over(theme.panel, BLACK)) >= 3
        assert contrast_ratio(theme.focus_ring, theme.button) >= 3


def test_the_shipped_font_renders_french_and_accented_latin():
    pygame.font.init()
    for face in ("regular", "bold", "mono"):
        path = font_file(face)
        assert path is not None and "assets" in path.parts, f"{face} font is not shipped in assets/fonts"
    font = FontBook().font("body")
    for character in "éèêàâçœÉÀÇŒùûîïô«»’–…✓✗⚠":
        assert font.metrics(character)[0] is not None, f"no glyph for {character!r}"
