"""Shared motifs drawn without fonts: UN lettering, the UN-style emblem and a made-up NGO logo."""
from __future__ import annotations

import math

from .core import Canvas, Color, ellipse_pts, quad_curve, spline


def letters_un(c: Canvas, x: float, y: float, hgt: float, color: Color, width: float) -> None:
    """The letters 'UN' drawn as strokes (no font needed)."""
    w = hgt * 0.62
    u = [(x, y)] + quad_curve((x, y + hgt * 0.6), (x + w / 2, y + hgt * 1.25), (x + w, y + hgt * 0.6), 10) + [(x + w, y)]
    c.stroke(color, u, width)
    nx = x + w + hgt * 0.35
    c.stroke(color, [(nx, y + hgt), (nx, y), (nx + w, y + hgt), (nx + w, y)], width)


def un_emblem(c: Canvas, x: float, y: float, r: float, fg: Color) -> None:
    """Simplified UN-style emblem: a globe with meridians inside two olive branches."""
    lw = max(0.8, r * 0.07)
    g = r * 0.6
    c.stroke(fg, ellipse_pts(x, y, g, g, n=40), lw, closed=True)
    c.stroke(fg, ellipse_pts(x, y, g * 0.45, g, n=32), lw * 0.8, closed=True)
    c.stroke(fg, [(x, y - g), (x, y + g)], lw * 0.8)
    for v in (-0.5, 0.0, 0.5):
        half = g * math.sqrt(1 - v * v)
        c.stroke(fg, [(x - half, y + v * g), (x + half, y + v * g)], lw * 0.7)
    for side in (-1, 1):
        for i in range(6):
            th = math.radians(64 - i * 25)
            px = x + side * r * 0.86 * math.cos(th)
            py = y + r * 0.86 * math.sin(th)
            c.poly(fg, ellipse_pts(px, py, r * 0.16, r * 0.065, side * (th + math.pi / 2), 10))


def ngo_logo(c: Canvas, x: float, y: float, r: float, fg: Color, bg: Color) -> None:
    """Generic (fictional) aid-organisation logo: a leaf in a ring."""
    c.circle(fg, x, y, r)
    c.circle(bg, x, y, r * 0.8)
    c.poly(fg, spline([(x - r * 0.45, y + r * 0.4), (x - r * 0.2, y - r * 0.4), (x + r * 0.45, y - r * 0.5),
                       (x + r * 0.25, y + r * 0.2)], True, 5))
