"""Furniture and small objects: tables, benches, chairs, jerrycans, logs."""
from __future__ import annotations

import random

from .core import Canvas, Color, WHITE, ellipse_pts, mix, shade


def folding_table(c: Canvas, x: float, y: float, w: float, d: float, h: float, top: Color) -> None:
    """Table whose front-left top corner is (x, y); depth d drawn as an oblique offset."""
    leg = (110, 114, 118)
    for lx in (x + w * 0.04, x + w * 0.94):
        c.stroke(leg, [(lx + d * 0.5, y - d * 0.35), (lx + d * 0.5, y - d * 0.35 + h)], max(2.0, w * 0.012))
    c.poly(top, [(x, y), (x + w, y), (x + w + d * 0.6, y - d * 0.4), (x + d * 0.6, y - d * 0.4)])
    c.rect(shade(top, 0.82), x, y, w, h * 0.07)
    for lx in (x + w * 0.03, x + w * 0.95):
        c.stroke(leg, [(lx, y + h * 0.07), (lx, y + h)], max(2.0, w * 0.014))


def bench(c: Canvas, x: float, y: float, w: float, h: float, wood: Color) -> None:
    c.rect(shade(wood, 0.7), x + w * 0.06, y, w * 0.05, h)
    c.rect(shade(wood, 0.7), x + w * 0.89, y, w * 0.05, h)
    c.poly(mix(wood, WHITE, 0.1), [(x, y), (x + w, y), (x + w + h * 0.5, y - h * 0.3), (x + h * 0.5, y - h * 0.3)])
    c.rect(wood, x, y, w, h * 0.18)


def plastic_chair(c: Canvas, x: float, y: float, h: float, color: Color = (236, 236, 230)) -> None:
    """Monobloc chair seen from the front, feet at y."""
    w = h * 0.55
    c.rect(shade(color, 0.8), x - w / 2, y - h * 0.5, w * 0.1, h * 0.5)
    c.rect(shade(color, 0.8), x + w * 0.4, y - h * 0.5, w * 0.1, h * 0.5)
    c.rect(shade(color, 0.9), x - w / 2 + w * 0.08, y - h, w * 0.84, h * 0.5, radius=w * 0.16)
    c.rect(color, x - w / 2, y - h * 0.56, w, h * 0.1, radius=w * 0.05)


def jerrycan(c: Canvas, x: float, y: float, h: float, color: Color) -> None:
    w = h * 0.72
    c.rect(shade(color, 0.75), x, y - h, w, h, radius=h * 0.12)
    c.rect(color, x, y - h, w * 0.9, h * 0.96, radius=h * 0.12)
    c.rect(shade(color, 0.75), x + w * 0.2, y - h * 1.12, w * 0.36, h * 0.14, radius=h * 0.05)


def meeting_table(c: Canvas, x: float, y: float, w: float) -> None:
    """Plastic table with a cloth, papers and a water jug; chairs around it. (x, y) = front-left top."""
    chair = (232, 232, 226)
    for cx in (x + w * 0.25, x + w * 0.5, x + w * 0.75):
        plastic_chair(c, cx, y + 8, 96, shade(chair, 0.92))
    c.poly((236, 234, 226), [(x + 10, y - 20), (x + w - 10, y - 20), (x + w, y), (x, y)])
    c.rect((176, 196, 206), x - 4, y, w + 8, 40, radius=3)
    c.rect(shade((176, 196, 206), 0.85), x - 4, y + 34, w + 8, 6)
    for lx in (x + 12, x + w - 18):
        c.rect((200, 200, 196), lx, y + 40, 6, 40)
    for px, py in ((x + w * 0.15, y - 12), (x + w * 0.42, y - 10), (x + w * 0.6, y - 14)):
        c.poly(WHITE, [(px, py), (px + 30, py - 2), (px + 34, py + 6), (px + 4, py + 8)])
    c.rect((74, 128, 170), x + w * 0.8, y - 34, 16, 28, radius=4)
    c.rect(mix((74, 128, 170), WHITE, 0.4), x + w * 0.8 + 3, y - 30, 4, 18, radius=2)
    for k in range(3):
        c.rect((240, 240, 236), x + w * 0.3 + k * 26, y - 18, 9, 12, radius=2)
    for cx in (x - 30, x + w + 30):
        plastic_chair(c, cx, y + 80, 96, chair)


def log(c: Canvas, xa: float, xb: float, y: float, d: float, bark: Color) -> None:
    """One felled log lying across the view, cut end on the right."""
    end = (198, 158, 112)
    c.grad_poly([(xa, y - d / 2), (xb, y - d / 2), (xb, y + d / 2), (xa, y + d / 2)],
                [(0, mix(bark, WHITE, 0.22)), (0.4, bark), (1, shade(bark, 0.55))], y - d / 2, y + d / 2)
    c.ellipse(shade(bark, 0.8), xa, y, d * 0.18, d / 2)
    for k in (0.3, 0.62):
        c.stroke(shade(bark, 0.75), [(xa + (xb - xa) * k, y - d * 0.2), (xa + (xb - xa) * (k + 0.12), y - d * 0.16)],
                 d * 0.05, a=150)
    c.ellipse(shade(end, 0.72), xb, y, d * 0.3, d / 2)
    c.ellipse(end, xb - d * 0.03, y, d * 0.26, d * 0.44)
    c.stroke(shade(end, 0.78), ellipse_pts(xb - d * 0.03, y, d * 0.14, d * 0.24, n=20), d * 0.035, closed=True)
    c.circle(shade(end, 0.7), xb - d * 0.03, y, d * 0.04)


def log_pile(c: Canvas, x0: float, x1: float, y: float, d: float, rng: random.Random) -> None:
    """Felled logs stacked across the road, bottom resting on y."""
    bark = (104, 78, 60)
    span = x1 - x0
    bottom = [(0.0, 0.42), (0.36, 0.74), (0.66, 1.0)]
    top = [(0.14, 0.6), (0.5, 0.88)]
    for a, b in bottom:
        log(c, x0 + span * a, x0 + span * b, y - d * 0.5, d * rng.uniform(0.95, 1.08), shade(bark, rng.uniform(0.9, 1.05)))
    for a, b in top:
        log(c, x0 + span * a, x0 + span * b, y - d * 1.35, d * rng.uniform(0.9, 1.0), shade(bark, rng.uniform(0.9, 1.05)))
