"""Small full-length figures for backgrounds."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

from .core import Canvas, Color, UN_BLUE, ellipse_pts, mix, shade, spline


@dataclass
class Figure:
    body: Color
    legs: Color
    skin: Color
    head: Color | None = None      # headscarf / hat colour
    robe: bool = False             # long garment instead of trousers
    load: Color | None = None      # bundle carried on the head
    helmet: bool = False           # light-blue peacekeeper helmet
    arms: str = "down"             # down / folded
    wrap: Color | None = None      # wrapper skirt worn under the top (robe figures)
    baby: Color | None = None      # cloth of a baby carried on the back (shows at one side)
    tie: bool = False              # `head` is a head-tie wrapped on top, not a scarf over the shoulders


def person(c: Canvas, x: float, y: float, hgt: float, f: Figure, a: int = 255) -> None:
    """A small standing figure, feet at (x, y)."""
    r = hgt * 0.068
    hy = y - hgt + r
    sh = y - hgt * 0.8
    hip = y - hgt * 0.47
    half = hgt * 0.12
    c.push()
    if f.baby:
        c.ellipse(f.baby, x + half * 0.55, sh + hgt * 0.16, half * 0.8, hgt * 0.13)
        c.circle(shade(f.skin, 0.9), x + half * 0.85, sh - hgt * 0.015, r * 0.62)
    if f.wrap:
        # fitted wrapper skirt, a blouse with short sleeves (the usual Sahel pagne outfit)
        waist = hip - hgt * 0.03
        c.poly(f.wrap, spline([(x - half * 0.8, waist), (x + half * 0.8, waist), (x + half * 1.0, hip + hgt * 0.1),
                               (x + half * 0.88, y - hgt * 0.02), (x - half * 0.88, y - hgt * 0.02),
                               (x - half * 1.0, hip + hgt * 0.1)], True, 4))
        c.stroke(mix(f.wrap, (250, 240, 220), 0.45), [(x - half * 0.86, y - hgt * 0.07), (x + half * 0.86, y - hgt * 0.07)],
                 hgt * 0.022)
        c.stroke(shade(f.wrap, 0.7), [(x - half * 0.5, waist + hgt * 0.02), (x + half * 0.3, y - hgt * 0.1)], hgt * 0.012)
        for u, v in ((-0.45, 0.3), (0.4, 0.45), (-0.2, 0.62), (0.5, 0.15)):
            c.circle(mix(f.wrap, (250, 240, 220), 0.35), x + u * half, waist + (y - waist) * v, hgt * 0.012)
        c.rect((60, 44, 36), x - half * 0.6, y - hgt * 0.025, half * 1.2, hgt * 0.025)
        c.poly(f.body, spline([(x - half * 1.0, sh + hgt * 0.02), (x, sh - hgt * 0.012), (x + half * 1.0, sh + hgt * 0.02),
                               (x + half * 0.8, waist), (x + half * 0.95, hip + hgt * 0.03),
                               (x - half * 0.95, hip + hgt * 0.03), (x - half * 0.8, waist)], True, 4))
    elif f.robe:
        c.poly(f.body, [(x - half * 0.9, sh), (x + half * 0.9, sh), (x + half * 1.05, y - hgt * 0.03),
                        (x - half * 1.05, y - hgt * 0.03)])
        c.rect(shade(f.legs, 0.8), x - half * 0.6, y - hgt * 0.04, half * 1.2, hgt * 0.04)
    else:
        c.poly(f.legs, [(x - half * 0.72, hip), (x + half * 0.72, hip), (x + half * 0.62, y), (x + half * 0.1, y),
                        (x, hip + hgt * 0.1), (x - half * 0.1, y), (x - half * 0.62, y)])
        c.poly(f.body, spline([(x - half, sh + hgt * 0.02), (x, sh - hgt * 0.01), (x + half, sh + hgt * 0.02),
                               (x + half * 0.78, hip + hgt * 0.02), (x - half * 0.78, hip + hgt * 0.02)], True, 4))
    arm = shade(f.body, 0.86)
    if f.arms == "folded":
        c.rect(arm, x - half * 0.95, sh + hgt * 0.1, half * 1.9, hgt * 0.07, radius=hgt * 0.03)
    else:
        for s in (-1, 1):
            shoulder, hand = (x + s * half * 0.92, sh + hgt * 0.03), (x + s * half * 1.12, hip + hgt * 0.03)
            if f.wrap:          # short sleeve, bare forearm
                elbow = (x + s * half * 1.04, sh + hgt * 0.17)
                c.stroke(shade(f.skin, 0.92), [elbow, hand], hgt * 0.045)
                c.stroke(arm, [shoulder, elbow], hgt * 0.065)
            else:
                c.stroke(arm, [shoulder, hand], hgt * 0.06)
            c.circle(f.skin, x + s * half * 1.13, hip + hgt * 0.05, hgt * 0.03)
    c.rect(f.skin, x - r * 0.45, hy + r * 0.6, r * 0.9, r * 1.0)
    c.circle(f.skin, x, hy, r)
    if f.head and f.tie:
        c.ellipse(f.head, x + r * 0.05, hy - r * 0.55, r * 1.2, r * 0.8)
        c.ellipse(shade(f.head, 0.8), x + r * 0.75, hy - r * 0.75, r * 0.45, r * 0.4)
        c.stroke(shade(f.head, 0.75), [(x - r * 0.9, hy - r * 0.3), (x + r * 0.9, hy - r * 0.75)], max(0.6, r * 0.14))
    elif f.head:
        c.poly(f.head, [(x - r * 1.15, hy - r * 0.1), (x - r * 0.8, hy - r * 1.1), (x + r * 0.8, hy - r * 1.1),
                        (x + r * 1.15, hy - r * 0.1), (x + half * 0.9, sh + hgt * 0.06), (x - half * 0.9, sh + hgt * 0.06)])
        c.circle(f.skin, x, hy + r * 0.15, r * 0.72)
    if f.helmet:
        c.poly(UN_BLUE, ellipse_pts(x, hy - r * 0.2, r * 1.2, r * 1.05, 0, 16, math.pi, 2 * math.pi))
    if f.load:
        c.ellipse(f.load, x, hy - r * 1.4, r * 1.6, r * 0.6)
    c.pop(a=a)


def seated(c: Canvas, x: float, y: float, hgt: float, f: Figure, a: int = 255) -> None:
    """Someone sitting on the ground or a mat, legs folded to one side (hgt = standing height in px)."""
    r = hgt * 0.068
    hy = y - hgt * 0.62 + r
    c.push()
    c.ellipse(f.wrap or f.legs, x + hgt * 0.06, y - hgt * 0.05, hgt * 0.2, hgt * 0.07)
    c.poly(f.body, spline([(x - hgt * 0.12, y - hgt * 0.44), (x + hgt * 0.12, y - hgt * 0.44), (x + hgt * 0.14, y - hgt * 0.08),
                           (x - hgt * 0.14, y - hgt * 0.08)], True, 4))
    c.circle(f.skin, x + hgt * 0.1, y - hgt * 0.12, hgt * 0.03)
    c.rect(f.skin, x - r * 0.45, hy + r * 0.6, r * 0.9, r * 1.0)
    c.circle(f.skin, x, hy, r)
    if f.head and f.tie:
        c.ellipse(f.head, x + r * 0.05, hy - r * 0.55, r * 1.2, r * 0.8)
    elif f.head:
        c.poly(f.head, [(x - r * 1.15, hy - r * 0.1), (x - r * 0.8, hy - r * 1.1), (x + r * 0.8, hy - r * 1.1),
                        (x + r * 1.15, hy - r * 0.1), (x + hgt * 0.12, y - hgt * 0.36), (x - hgt * 0.12, y - hgt * 0.36)])
        c.circle(f.skin, x, hy + r * 0.15, r * 0.72)
    if f.helmet:
        c.poly(UN_BLUE, ellipse_pts(x, hy - r * 0.2, r * 1.2, r * 1.05, 0, 16, math.pi, 2 * math.pi))
    c.pop(a=a)


def shadow_at(c: Canvas, x: float, y: float, w: float, a: int = 70, color: Color = (60, 40, 30)) -> None:
    c.ellipse(color, x, y, w / 2, max(1.0, w * 0.09), a=a)


CLOTH_PALETTE: list[Color] = [(86, 98, 138), (176, 104, 80), (206, 164, 84), (74, 128, 124), (226, 214, 190),
                              (120, 128, 84), (150, 86, 110), (98, 84, 72), (190, 196, 206)]
SKIN_PALETTE: list[Color] = [(92, 60, 42), (112, 72, 48), (130, 88, 60), (78, 52, 38), (150, 102, 70)]


def random_figure(rng: random.Random) -> Figure:
    female = rng.random() < 0.5
    body = rng.choice(CLOTH_PALETTE)
    return Figure(body=body, legs=rng.choice([(70, 70, 80), (96, 84, 70), body]) if not female else body,
                  skin=rng.choice(SKIN_PALETTE), head=rng.choice(CLOTH_PALETTE) if female else None,
                  robe=female or rng.random() < 0.25,
                  load=rng.choice([(200, 170, 110), (176, 104, 80)]) if female and rng.random() < 0.3 else None)
