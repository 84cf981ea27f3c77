"""Vehicles in side view: UN trucks, pickups and 4x4s."""
from __future__ import annotations

import math

from .core import Canvas, Color, Point, WHITE, ellipse_pts, mix, quad_curve, shade, spline
from .emblems import letters_un, ngo_logo


def wheel(c: Canvas, x: float, y: float, r: float, hub: Color = (150, 150, 146)) -> None:
    c.circle((40, 40, 42), x, y, r)
    c.circle(hub, x, y, r * 0.48)
    c.circle(shade(hub, 0.7), x, y, r * 0.18)


def letters(c: Canvas, x: float, y: float, hgt: float, color: Color) -> None:
    """'UN' lettering for vehicle sides."""
    letters_un(c, x, y, hgt, color, max(1.0, hgt * 0.2))


def white_truck(c: Canvas, x: float, y: float, s: float, facing: int = -1) -> None:
    """Humanitarian cargo truck in side view, wheels on y, s = pixels per metre."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    body, side, glass = (240, 240, 236), (206, 210, 210), (96, 116, 132)
    c.ellipse((70, 50, 40), x - facing * 0.2 * s, y + 0.05 * s, 4.6 * s, 0.35 * s, a=60)
    c.poly(shade(side, 0.7), [P(-3.8, 0.55), P(3.6, 0.55), P(3.6, 0.95), P(-3.8, 0.95)])
    c.poly(body, [P(-3.9, 0.9), P(1.6, 0.9), P(1.6, 3.6), P(-3.9, 3.6)])
    c.poly(side, [P(-3.9, 0.9), P(1.6, 0.9), P(1.6, 1.35), P(-3.9, 1.35)])
    c.poly(body, [P(1.75, 0.8), P(3.9, 0.8), P(3.95, 2.0), P(3.4, 2.9), P(1.75, 2.95)])
    c.poly(glass, [P(2.4, 2.0), P(3.75, 2.0), P(3.3, 2.7), P(2.4, 2.72)])
    c.poly(side, [P(1.75, 0.8), P(3.9, 0.8), P(3.9, 1.2), P(1.75, 1.2)])
    lx, ly = P(-2.4 if facing < 0 else 0.2, 2.75)
    letters(c, lx, ly, 0.9 * s, (40, 44, 50))
    for u in (-2.8, -1.6, 2.9):
        wheel(c, *P(u, 0.5), 0.52 * s)


def pickup(c: Canvas, x: float, y: float, s: float, color: Color, facing: int = 1) -> None:
    """Pickup truck in side view (front towards `facing`), wheels resting on y."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    glass = (66, 72, 80)
    dark = shade(color, 0.72)
    c.ellipse((40, 28, 26), x, y + 0.05 * s, 3.0 * s, 0.25 * s, a=90)
    c.poly(color, spline([P(-2.65, 0.42), P(2.55, 0.42), P(2.62, 0.9), P(2.45, 1.12), P(1.0, 1.2),
                          P(0.45, 1.82), P(-0.7, 1.84), P(-0.85, 1.2), P(-2.65, 1.18)], True, 3))
    c.poly(glass, [P(0.38, 1.28), P(0.82, 1.26), P(0.4, 1.72), P(0.1, 1.74)])
    c.poly(glass, [P(-0.62, 1.28), P(0.02, 1.28), P(0.02, 1.74), P(-0.6, 1.76)])
    c.poly(dark, [P(-2.65, 0.42), P(2.58, 0.42), P(2.6, 0.7), P(-2.65, 0.7)])
    c.stroke(dark, [P(-0.85, 1.2), P(-0.85, 0.7)], max(1.0, 0.05 * s))
    c.stroke(shade(color, 0.85), [P(0.06, 1.22), P(0.06, 0.72)], max(1.0, 0.03 * s))
    c.stroke(mix(color, WHITE, 0.25), [P(-2.65, 1.16), P(-0.9, 1.16)], max(1.0, 0.06 * s))
    c.stroke(dark, [P(-2.6, 1.05), P(-2.6, 0.72)], max(1.0, 0.04 * s))
    c.rect((180, 180, 176), *P(2.5 if facing > 0 else 2.62, 0.62), 0.12 * s, 0.14 * s)
    c.poly(shade(color, 0.6), [P(0.9, 1.3), P(1.05, 1.3), P(1.05, 1.42), P(0.9, 1.42)])
    for u in (-1.75, 1.6):
        c.circle(shade(color, 0.45), *P(u, 0.5), 0.52 * s)
        wheel(c, *P(u, 0.42), 0.42 * s, (120, 120, 116))


def land_cruiser(c: Canvas, x: float, y: float, s: float, facing: int = 1, marking: str = "ngo") -> None:
    """White 4x4 station wagon in side view (front towards `facing`), wheels on y.

    marking: 'ngo' (the made-up aid-agency logo on the doors) or 'un' (black UN letters)."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)

    def box(u0: float, v0: float, u1: float, v1: float) -> list[Point]:
        return [P(u0, v0), P(u1, v0), P(u1, v1), P(u0, v1)]
    body, side, glass, black = (242, 242, 238), (208, 210, 210), (82, 98, 114), (46, 46, 48)
    lw = max(1.0, 0.03 * s)
    c.ellipse((60, 44, 36), x, y + 0.04 * s, 2.8 * s, 0.22 * s, a=90)
    c.stroke((64, 64, 64), quad_curve(P(2.3, 0.8), P(2.28, 2.2), P(1.9, 3.3)), max(1.0, 0.025 * s))
    c.poly(black, box(-2.25, 1.98, 0.55, 2.06))
    c.poly(body, [P(-2.45, 0.45), P(2.38, 0.45), P(2.48, 0.62), P(2.48, 1.05), P(2.32, 1.2), P(1.08, 1.28),
                  P(0.82, 1.94), P(-2.3, 1.97), P(-2.45, 1.85)])
    c.poly(side, box(-2.45, 0.45, 2.46, 0.82))
    c.poly(glass, [P(0.95, 1.32), P(0.76, 1.86), P(0.42, 1.86), P(0.42, 1.32)])
    for u0, u1 in ((-0.65, 0.32), (-1.55, -0.75), (-2.28, -1.65)):
        c.poly(glass, box(u0, 1.32, u1, 1.86))
    for u in (0.45, -0.7, -1.6):
        c.stroke(shade(side, 0.85), [P(u, 0.55), P(u, 1.3)], lw)
    for u in (0.05, -1.05):
        c.stroke((150, 150, 150), [P(u, 1.14), P(u - 0.2, 1.14)], lw * 2)
    c.poly(black, box(2.28, 0.48, 2.52, 0.72))
    c.poly(black, box(-2.52, 0.48, -2.3, 0.72))
    c.rect((250, 226, 160), *P(2.46 if facing < 0 else 2.36, 1.08), 0.1 * s, 0.12 * s)
    c.rect((190, 70, 60), *P(-2.36 if facing < 0 else -2.46, 1.3), 0.1 * s, 0.22 * s)
    c.poly(black, [P(-2.62, 0.8), P(-2.44, 0.8), P(-2.44, 1.62), P(-2.62, 1.62)])
    c.stroke(black, [P(1.3, 0.85), P(1.12, 1.3), P(0.98, 1.92)], max(1.0, 0.08 * s))
    c.poly(black, box(0.9, 1.88, 1.1, 2.0))
    c.poly(black, box(0.86, 1.32, 1.0, 1.46))
    if marking == "un":
        lx, ly = P(-0.95 if facing > 0 else -0.05, 1.22)
        letters(c, lx, ly, 0.36 * s, (30, 32, 36))
    else:
        ngo_logo(c, *P(-0.15, 1.02), 0.2 * s, (64, 126, 120), body)
    for u in (-1.55, 1.55):
        c.poly(black, ellipse_pts(*P(u, 0.45), 0.56 * s, 0.56 * s, 0, 20, math.pi, 2 * math.pi))
        wheel(c, *P(u, 0.42), 0.42 * s)


def apc(c: Canvas, x: float, y: float, s: float, facing: int = 1, body: Color = (238, 238, 232),
        lettering: Color = (36, 38, 44)) -> None:
    """White six-wheeled armoured personnel carrier in side view, hatches closed (no weapon fitted)."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    side = shade(body, 0.86)
    dark = (48, 50, 54)
    c.ellipse((40, 34, 30), x, y + 0.05 * s, 3.9 * s, 0.24 * s, a=90)
    hull = [P(-3.4, 0.55), P(3.0, 0.55), P(3.6, 1.1), P(3.2, 1.9), P(1.6, 2.3), P(-3.2, 2.3), P(-3.5, 1.9)]
    c.poly(body, hull)
    c.poly(side, [P(-3.4, 0.55), P(3.0, 0.55), P(3.45, 0.95), P(-3.45, 0.95)])
    c.poly(mix(body, WHITE, 0.5), [P(-3.2, 2.3), P(1.6, 2.3), P(1.5, 2.2), P(-3.15, 2.2)])
    c.stroke(shade(body, 0.75), [P(3.2, 1.9), P(-3.5, 1.9)], max(1.0, 0.03 * s))
    # small closed cupola and vision blocks, side door, stowage box
    c.poly(side, [P(-0.6, 2.3), P(0.5, 2.3), P(0.4, 2.62), P(-0.5, 2.62)])
    c.poly(dark, [P(-0.4, 2.44), P(0.3, 2.44), P(0.28, 2.52), P(-0.38, 2.52)])
    for u in (1.7, 2.2, 2.6):
        c.poly((70, 84, 98), [P(u, 1.95), P(u + 0.3, 1.92), P(u + 0.28, 2.08), P(u - 0.02, 2.12)])
    c.stroke(shade(body, 0.7), [P(-1.3, 0.98), P(-1.3, 1.85), P(-0.4, 1.85), P(-0.4, 0.98)], max(1.0, 0.03 * s))
    c.poly(shade(body, 0.9), [P(-3.1, 1.2), P(-2.2, 1.2), P(-2.2, 1.7), P(-3.1, 1.7)])
    lx, ly = P(0.4 if facing > 0 else 1.9, 1.75)
    letters(c, lx, ly, 0.62 * s, lettering)
    for u in (-2.3, -0.8, 2.2):
        c.circle(shade(body, 0.5), *P(u, 0.55), 0.6 * s)
        wheel(c, *P(u, 0.5), 0.5 * s, (130, 130, 128))


def police_truck(c: Canvas, x: float, y: float, s: float, facing: int = 1, body: Color = (48, 70, 104)) -> None:
    """Border-police pickup with a canvas-covered load bed and a light bar; wheels on y."""
    pickup(c, x, y, s, body, facing)

    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    canvas_c = (104, 110, 86)
    c.poly(canvas_c, spline([P(-2.6, 1.14), P(-2.62, 1.9), P(-2.4, 2.02), P(-1.05, 2.02), P(-0.9, 1.9), P(-0.9, 1.14)], True, 4))
    for u in (-2.1, -1.5):
        c.stroke(shade(canvas_c, 0.8), [P(u, 1.16), P(u, 2.0)], max(1.0, 0.04 * s))
    c.stroke(WHITE, [P(-2.55, 1.3), P(2.45, 1.3)], max(1.0, 0.06 * s))       # white side stripe
    c.poly((40, 40, 44), [P(-0.55, 1.84), P(0.35, 1.84), P(0.35, 1.92), P(-0.55, 1.92)])
    c.poly((70, 120, 200), [P(-0.5, 1.92), P(-0.1, 1.92), P(-0.1, 2.02), P(-0.5, 2.02)])
    c.poly((220, 80, 70), [P(-0.08, 1.92), P(0.3, 1.92), P(0.3, 2.02), P(-0.08, 2.02)])
