"""Assemble a portrait from a Look."""
from __future__ import annotations

import pygame

from .accessories import draw_baby_back, draw_binoculars, draw_headset, draw_held, draw_wet
from .clothes import draw_lanyard, draw_neck, draw_necklace, draw_torso, portrait_background
from .core import Canvas, PORTRAIT, SS_PORTRAIT
from .face import (
    Look, draw_beard, draw_brow, draw_earrings, draw_ears, draw_eye, draw_face_base, draw_furrow,
    draw_glasses, draw_hair_back, draw_hair_bob, draw_hair_bun, draw_hair_short, draw_mouth, draw_mustache, draw_nose,
    draw_stubble, draw_wrinkles, make_geo,
)
from .headwear import HEADWEAR


def draw_portrait(look: Look) -> pygame.Surface:
    c = Canvas(PORTRAIT, PORTRAIT, SS_PORTRAIT, look.bg)
    g = make_geo(look)
    portrait_background(c, look)
    draw_hair_back(c, g, look)
    draw_baby_back(c, g, look)
    draw_neck(c, g, look)
    draw_torso(c, g, look)
    draw_lanyard(c, g, look)
    draw_necklace(c, g, look)
    draw_binoculars(c, g, look)
    c.push()
    if look.head not in ("scarf",):
        draw_ears(c, g, look)
    draw_face_base(c, g, look)
    draw_stubble(c, g, look)
    c.pop()
    draw_wrinkles(c, g, look)
    for s in (-1, 1):
        draw_eye(c, g, look, s)
        draw_brow(c, g, look, s)
    draw_furrow(c, g, look)
    draw_nose(c, g, look)
    draw_beard(c, g, look)
    draw_mouth(c, g, look)
    draw_mustache(c, g, look)
    if look.hair_style == "short":
        hairline = look.hairline if look.hairline is not None else (0.62 if look.age == "old" else 0.58)
        draw_hair_short(c, g, look, hairline=hairline)
    elif look.hair_style == "bob":
        draw_hair_bob(c, g, look)
    elif look.hair_style == "bun":
        draw_hair_bun(c, g, look)
    if look.head in HEADWEAR:
        HEADWEAR[look.head](c, g, look)
    draw_glasses(c, g, look)
    draw_earrings(c, g, look)
    draw_headset(c, g, look)
    draw_held(c, g, look)       # held in front of everything, including a scarf over the shoulders
    draw_wet(c, g, look)
    return c.finish()
