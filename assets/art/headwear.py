"""Portrait headwear: caps, berets, helmets, scarves and wraps."""
from __future__ import annotations

import math
from typing import Callable

from .clothes import fabric_pattern
from .core import Canvas, PORTRAIT, Point, WHITE, mirror, mix, quad_curve, shade, spline
from .emblems import letters_un, un_emblem
from .face import Geo, Look, face_outline, skin_tones


# -- head wear --------------------------------------------------------------

def forehead_shadow(c: Canvas, g: Geo, look: Look, v: float) -> None:
    t = skin_tones(look.skin)
    c.push()
    c.poly(t["deep"], face_outline(g))
    c.erase([(0, g.cy + v * g.h), (PORTRAIT, g.cy + v * g.h), (PORTRAIT, PORTRAIT), (0, PORTRAIT)])
    c.pop(a=90)


def hw_kufi(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    shape = spline(g.pts([(-0.99, -0.5), (-0.97, -0.86), (-0.7, -1.1), (0, -1.16), (0.7, -1.1), (0.97, -0.86),
                          (0.99, -0.5), (0.5, -0.44), (0, -0.42), (-0.5, -0.44)]), True, 8)
    forehead_shadow(c, g, look, -0.34)
    c.push()
    c.poly(col, shape)
    c.push()
    c.ellipse(shade(col, 0.86), *g.p(1.05, -0.7), g.w * 0.45, g.h * 0.6)
    c.ellipse(mix(col, WHITE, 0.5), *g.p(-0.3, -1.02), g.w * 0.45, g.h * 0.1)
    c.pop(a=200, clip=True)
    band = look.cloth2
    for k, v in enumerate((-0.56, -0.7)):
        pts = quad_curve(g.p(-1.0, v - 0.04), g.p(0, v + 0.08), g.p(1.0, v - 0.04), 24)
        c.stroke(band, pts, 3.2 if k == 0 else 2.0)
    pts = quad_curve(g.p(-1.0, -0.67), g.p(0, -0.55), g.p(1.0, -0.67), 24)
    for x, y in pts[1:-1:2]:
        c.poly(band, [(x - 3, y), (x, y - 3.5), (x + 3, y), (x, y + 3.5)])
    c.pop()


def hw_beret(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    forehead_shadow(c, g, look, -0.42)
    body = spline(g.pts([(1.02, -0.46), (1.06, -0.82), (0.6, -1.16), (-0.2, -1.22), (-0.92, -1.06),
                         (-1.3, -0.8), (-1.24, -0.54), (-1.0, -0.5), (0, -0.5)]), True, 8)
    c.poly(shade(col, 0.6), [(x + 2, y + 3) for x, y in body], a=90)
    c.push()
    c.poly(col, body)
    c.push()
    c.ellipse(shade(col, 0.84), *g.p(-1.05, -0.6), g.w * 0.45, g.h * 0.16)
    c.ellipse(shade(col, 0.9), *g.p(1.1, -0.75), g.w * 0.4, g.h * 0.4)
    c.ellipse(mix(col, WHITE, 0.28), *g.p(0.05, -1.08), g.w * 0.55, g.h * 0.1)
    c.pop(a=220, clip=True)
    c.pop()
    # leather headband
    c.stroke(shade(col, 0.5), quad_curve(g.p(-1.03, -0.52), g.p(0, -0.58), g.p(1.03, -0.5)), 5)
    # cap badge over the wearer's left eye
    bx, by = g.p(0.48, -0.74)
    c.circle((140, 140, 136), bx, by + 0.8, 11.5)
    c.circle((218, 218, 210), bx, by, 11)
    un_emblem(c, bx, by, 9.5, (120, 124, 128))


def hw_helmet(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    forehead_shadow(c, g, look, -0.3)
    # chin strap
    for s in (-1, 1):
        c.stroke((64, 70, 56), quad_curve(g.p(s * 1.02, -0.3), g.p(s * 0.96, 0.55), g.p(s * 0.42, 1.02)), 4.2)
    dome = spline(g.pts([(-1.16, -0.32), (-1.12, -0.8), (-0.72, -1.22), (0, -1.32), (0.72, -1.22),
                         (1.12, -0.8), (1.16, -0.32), (0.6, -0.38), (0, -0.4), (-0.6, -0.38)]), True, 8)
    c.poly(shade(col, 0.6), [(x + 2, y + 4) for x, y in dome], a=90)
    c.push()
    c.poly(col, dome)
    c.push()
    c.ellipse(shade(col, 0.84), *g.p(1.2, -0.62), g.w * 0.5, g.h * 0.62)
    c.ellipse(mix(col, WHITE, 0.35), *g.p(-0.45, -1.08), g.w * 0.32, g.h * 0.1)
    c.pop(a=220, clip=True)
    rim = quad_curve(g.p(-1.2, -0.36), g.p(0, -0.46), g.p(1.2, -0.36), 20)
    c.stroke(shade(col, 0.78), rim, 6)
    c.pop()
    letters_un(c, g.cx - 24, g.cy - 1.0 * g.h, 24, WHITE, 5.2)


def hw_cap(c: Canvas, g: Geo, look: Look) -> None:
    """Baseball cap, brim facing forward."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.2)
    crown = spline(g.pts([(-1.02, -0.44), (-0.96, -0.86), (-0.6, -1.14), (0, -1.2), (0.6, -1.14),
                          (0.96, -0.86), (1.02, -0.44), (0, -0.5)]), True, 8)
    c.push()
    c.poly(col, crown)
    c.push()
    c.ellipse(shade(col, 0.84), *g.p(1.15, -0.7), g.w * 0.5, g.h * 0.5)
    c.pop(a=220, clip=True)
    for u in (-0.36, 0.36):
        c.stroke(shade(col, 0.8), quad_curve(g.p(u * 0.2, -1.19), g.p(u * 1.1, -1.0), g.p(u * 1.5, -0.5)), 1.8)
    c.pop()
    c.circle(shade(col, 0.8), *g.p(0, -1.19), 4)
    brim = spline(g.pts([(-1.06, -0.46), (-0.6, -0.54), (0, -0.56), (0.6, -0.54), (1.06, -0.46),
                         (0.9, -0.36), (0.4, -0.27), (0, -0.25), (-0.4, -0.27), (-0.9, -0.36)]), True, 6)
    c.poly(shade(col, 0.78), brim)
    c.stroke(mix(col, WHITE, 0.15), spline(g.pts([(-0.9, -0.36), (-0.4, -0.27), (0, -0.25), (0.4, -0.27),
                                                  (0.9, -0.36)]), False, 6), 2)


def hw_patrol(c: Canvas, g: Geo, look: Look) -> None:
    """Flat-topped patrol cap."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.26)
    crown = spline(g.pts([(-1.02, -0.44), (-1.0, -0.9), (-0.92, -1.12), (0, -1.16), (0.92, -1.12),
                          (1.0, -0.9), (1.02, -0.44), (0, -0.5)]), True, 6)
    c.push()
    c.poly(col, crown)
    c.push()
    c.ellipse(shade(col, 0.8), *g.p(1.2, -0.75), g.w * 0.45, g.h * 0.5)
    c.rect(mix(col, WHITE, 0.12), g.cx - 1.1 * g.w, g.cy - 1.2 * g.h, 2.2 * g.w, 0.1 * g.h)
    c.pop(a=220, clip=True)
    c.stroke(shade(col, 0.8), [g.p(-0.98, -0.58), g.p(0.98, -0.58)], 1.8)
    c.pop()
    brim = spline(g.pts([(-0.98, -0.46), (0, -0.54), (0.98, -0.46), (0.7, -0.34), (0, -0.28), (-0.7, -0.34)]), True, 6)
    c.poly(shade(col, 0.7), brim)


def scarf_outline(g: Geo) -> list[Point]:
    half = [(0, -1.2), (0.72, -1.1), (1.2, -0.62), (1.3, 0.1), (1.32, 0.62), (1.5, 1.05),
            (1.74, 1.45), (1.86, 2.2), (1.3, 2.5), (0, 2.58)]
    return spline(mirror(g.pts(half), g.cx), True, 8)


def hw_scarf(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    c.push()
    c.poly(col, scarf_outline(g))
    hole = [(g.cx + (x - g.cx) * 0.9, max(y, g.cy - 0.66 * g.h + 0.18 * g.h * ((x - g.cx) / g.w) ** 2))
            for x, y in face_outline(g)]
    c.erase(hole)
    c.push()
    # folds and shading
    c.ellipse(shade(col, 0.8), *g.p(1.5, 0.4), g.w * 0.7, g.h * 1.6)
    for k in range(3):
        c.stroke(shade(col, 0.84), quad_curve(g.p(-0.7 + k * 0.6, 1.12), g.p(-0.9 + k * 0.8, 1.8), g.p(-1.2 + k * 1.0, 2.8)), 3.2)
    c.stroke(shade(col, 0.84), quad_curve(g.p(-1.22, -0.4), g.p(-1.3, 0.6), g.p(-1.7, 1.4)), 3)
    c.stroke(shade(col, 0.84), quad_curve(g.p(1.22, -0.4), g.p(1.3, 0.6), g.p(1.7, 1.4)), 3)
    c.ellipse(mix(col, WHITE, 0.25), *g.p(-0.5, -0.95), g.w * 0.5, g.h * 0.16)
    c.pop(a=210, clip=True)
    # inner edge of the scarf around the face
    rim = hole[len(hole) // 2:] + hole[:len(hole) // 2]
    upper = [p for p in rim if p[1] < g.cy + 0.45 * g.h]
    c.stroke(shade(col, 0.75), upper, 3.5, a=160)
    c.pop()


def hw_gele(c: Canvas, g: Geo, look: Look) -> None:
    col, accent = look.head_color, look.cloth2
    forehead_shadow(c, g, look, -0.4)
    mass = spline(g.pts([(-1.08, -0.5), (-1.32, -0.92), (-1.2, -1.34), (-0.66, -1.62), (0.2, -1.68),
                         (0.9, -1.56), (1.4, -1.2), (1.36, -0.8), (1.1, -0.5), (0, -0.54)]), True, 8)
    c.poly(shade(col, 0.7), [(x + 3, y + 4) for x, y in mass], a=110)
    c.push()
    c.poly(col, mass)
    c.push()
    fabric_pattern(c, g.cx - 2 * g.w, g.cy - 1.8 * g.h, g.cx + 2 * g.w, g.cy - 0.4 * g.h, shade(col, 0.8), accent, 22)
    c.pop(a=120, clip=True)
    c.push()
    folds = [((-1.1, -0.62), (-0.6, -1.0), (0.2, -0.78)), ((-1.15, -1.0), (-0.4, -1.35), (0.5, -1.1)),
             ((-0.8, -1.5), (0.1, -1.58), (1.2, -1.16)), ((0.3, -0.7), (0.9, -0.95), (1.3, -0.86))]
    for a, b, d in folds:
        c.stroke(shade(col, 0.68), quad_curve(g.p(*a), g.p(*b), g.p(*d)), 4.2)
        c.stroke(mix(col, WHITE, 0.3), [(x - 1, y - 4) for x, y in quad_curve(g.p(*a), g.p(*b), g.p(*d))], 2.2)
    c.ellipse(shade(col, 0.78), *g.p(1.4, -0.9), g.w * 0.5, g.h * 0.6)
    c.pop(a=190, clip=True)
    c.pop()
    # tight band across the forehead
    c.stroke(shade(col, 0.82), quad_curve(g.p(-1.06, -0.5), g.p(0, -0.64), g.p(1.08, -0.5)), 8)


def hw_wrap(c: Canvas, g: Geo, look: Look) -> None:
    """Snug head-tie: cloth over the hair from the hairline to the nape, knotted at the side."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.46)
    mass = spline(g.pts([(-1.04, 0.12), (-1.12, -0.4), (-1.0, -0.86), (-0.56, -1.16), (0.1, -1.22),
                         (0.7, -1.12), (1.08, -0.8), (1.14, -0.36), (1.06, 0.12), (0.96, 0.0),
                         (0.86, -0.4), (0.5, -0.56), (0, -0.6), (-0.5, -0.56), (-0.86, -0.4), (-0.96, 0.0)]), True, 8)
    # knot and short tails at the wearer's left, behind the head
    kx, ky = g.p(1.08, -0.82)
    c.poly(shade(col, 0.78), spline([(kx - 4, ky + 6), (kx + 22, ky - 14), (kx + 40, ky - 4), (kx + 30, ky + 18),
                                     (kx + 12, ky + 26)], True, 6))
    c.poly(shade(col, 0.7), [(x + 2, y + 3) for x, y in mass], a=90)
    c.push()
    c.poly(col, mass)
    c.push()
    c.ellipse(shade(col, 0.82), *g.p(1.2, -0.4), g.w * 0.5, g.h * 0.7)
    for a, b, d in (((-1.0, -0.3), (-0.7, -0.9), (0.1, -1.16)), ((-0.8, -0.5), (-0.1, -0.86), (0.9, -0.86)),
                    ((-0.2, -0.58), (0.5, -0.74), (1.1, -0.5))):
        c.stroke(shade(col, 0.72), quad_curve(g.p(*a), g.p(*b), g.p(*d)), 3.0)
        c.stroke(mix(col, WHITE, 0.28), [(x, y - 3.5) for x, y in quad_curve(g.p(*a), g.p(*b), g.p(*d))], 1.8)
    c.glow(*g.p(-0.4, -0.98), g.w * 0.5, mix(col, WHITE, 0.35), ry=g.h * 0.16)
    c.pop(a=170, clip=True)
    c.pop()
    c.circle(shade(col, 0.86), kx + 6, ky + 2, 11)
    c.circle(mix(col, WHITE, 0.15), kx + 3, ky - 1, 5, a=140)


def hw_tiefront(c: Canvas, g: Geo, look: Look) -> None:
    """Head-tie wrapped high and knotted above the forehead, the two ends tucked in a fan."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.46)
    mass = spline(g.pts([(-1.02, -0.2), (-1.1, -0.6), (-0.9, -1.02), (-0.4, -1.26), (0.3, -1.28), (0.86, -1.06),
                         (1.1, -0.62), (1.04, -0.2), (0.9, -0.36), (0.5, -0.56), (0, -0.6), (-0.5, -0.56),
                         (-0.9, -0.36)]), True, 8)
    c.poly(shade(col, 0.7), [(x + 2, y + 3) for x, y in mass], a=90)
    c.push()
    c.poly(col, mass)
    c.push()
    c.ellipse(shade(col, 0.82), *g.p(1.2, -0.5), g.w * 0.5, g.h * 0.7)
    for a, b, d in (((-1.0, -0.45), (-0.5, -0.95), (0.05, -1.12)), ((1.0, -0.45), (0.5, -0.95), (-0.05, -1.12)),
                    ((-0.7, -0.62), (-0.3, -0.8), (0.0, -1.0)), ((0.7, -0.62), (0.3, -0.8), (0.0, -1.0))):
        c.stroke(shade(col, 0.72), quad_curve(g.p(*a), g.p(*b), g.p(*d)), 2.6)
    c.glow(*g.p(-0.4, -1.0), g.w * 0.45, mix(col, WHITE, 0.35), ry=g.h * 0.14)
    c.pop(a=180, clip=True)
    c.pop()
    # the knot and its fanned ends on top
    kx, ky = g.p(0.0, -1.14)
    for s in (-1, 1):
        fan = spline([(kx, ky + 4), (kx + s * 20, ky - 30), (kx + s * 38, ky - 26), (kx + s * 30, ky - 4)], True, 6)
        c.poly(shade(col, 0.86 if s > 0 else 0.96), fan)
        c.stroke(shade(col, 0.7), [(kx + s * 6, ky - 2), (kx + s * 28, ky - 22)], 1.8)
    c.ellipse(shade(col, 0.8), kx, ky, 15, 11)
    c.ellipse(mix(col, WHITE, 0.2), kx - 3, ky - 3, 7, 4, a=150)


def hw_peaked(c: Canvas, g: Geo, look: Look) -> None:
    """Police peaked cap: flared crown, dark band, black visor and a metal badge."""
    col, metal = look.head_color, look.head_accent
    forehead_shadow(c, g, look, -0.28)
    crown = spline(g.pts([(-1.04, -0.5), (-1.2, -0.98), (-1.3, -1.2), (-0.7, -1.34), (0, -1.36), (0.7, -1.34),
                          (1.3, -1.2), (1.2, -0.98), (1.04, -0.5), (0, -0.56)]), True, 8)
    c.poly(shade(col, 0.6), [(x + 2, y + 3) for x, y in crown], a=90)
    c.push()
    c.poly(col, crown)
    c.push()
    c.ellipse(shade(col, 0.82), *g.p(1.25, -0.9), g.w * 0.5, g.h * 0.5)
    c.ellipse(mix(col, WHITE, 0.3), *g.p(-0.3, -1.28), g.w * 0.7, g.h * 0.07)
    c.pop(a=210, clip=True)
    band = shade(col, 0.45)
    c.poly(band, spline(g.pts([(-1.06, -0.5), (-1.1, -0.78), (0, -0.84), (1.1, -0.78), (1.06, -0.5), (0, -0.56)]), True, 6))
    c.stroke(metal, quad_curve(g.p(-1.0, -0.58), g.p(0, -0.66), g.p(1.0, -0.58)), 2.2)
    c.pop()
    visor = spline(g.pts([(-1.04, -0.5), (0, -0.58), (1.04, -0.5), (0.8, -0.36), (0, -0.3), (-0.8, -0.36)]), True, 6)
    c.poly((30, 30, 32), visor)
    c.stroke((86, 86, 90), spline(g.pts([(-0.9, -0.46), (0, -0.54), (0.9, -0.46)]), False, 6), 1.6)
    # badge: a small star on a wreath
    bx, by = g.p(0, -0.98)
    c.circle(shade(metal, 0.7), bx, by + 1, 13)
    c.circle(metal, bx, by, 12)
    star = []
    for i in range(10):
        r = 9 if i % 2 == 0 else 4
        a = -math.pi / 2 + i * math.pi / 5
        star.append((bx + r * math.cos(a), by + r * math.sin(a)))
    c.poly(shade(metal, 0.62), star)


def hw_boonie(c: Canvas, g: Geo, look: Look) -> None:
    """Light-blue UN bush hat: rounded crown, soft brim all round, badge at the front."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.18)
    c.push()
    t = skin_tones(look.skin)
    c.poly(t["deep"], face_outline(g))
    c.erase([(0, g.cy - 0.05 * g.h), (PORTRAIT, g.cy - 0.05 * g.h), (PORTRAIT, PORTRAIT), (0, PORTRAIT)])
    c.pop(a=60)
    brim = spline(g.pts([(-1.56, -0.5), (-1.2, -0.66), (0, -0.72), (1.2, -0.66), (1.56, -0.5), (1.5, -0.38),
                         (1.0, -0.36), (0, -0.28), (-1.0, -0.36), (-1.5, -0.38)]), True, 8)
    crown = spline(g.pts([(-1.04, -0.52), (-1.04, -0.96), (-0.78, -1.24), (0, -1.3), (0.78, -1.24),
                          (1.04, -0.96), (1.04, -0.52), (0, -0.6)]), True, 8)
    c.poly(shade(col, 0.6), [(x + 2, y + 4) for x, y in brim], a=90)
    c.push()
    c.poly(col, crown)
    c.push()
    c.ellipse(shade(col, 0.82), *g.p(1.2, -0.9), g.w * 0.5, g.h * 0.5)
    c.ellipse(mix(col, WHITE, 0.3), *g.p(-0.35, -1.14), g.w * 0.4, g.h * 0.1)
    c.pop(a=210, clip=True)
    c.rect(shade(col, 0.8), g.cx - 1.1 * g.w, g.cy - 0.74 * g.h, 2.2 * g.w, 0.12 * g.h)
    for k in (-0.5, 0.5):        # vent eyelets
        x, y = g.p(k * 1.6, -0.9)
        c.circle(shade(col, 0.6), x, y, 2.2)
    c.pop()
    c.push()
    c.poly(shade(col, 0.94), brim)
    c.push()
    c.ellipse(shade(col, 0.8), *g.p(1.4, -0.4), g.w * 0.5, g.h * 0.3)
    c.pop(a=200, clip=True)
    for f in (0.28, 0.5, 0.72):  # stitching rings on the brim
        c.stroke(shade(col, 0.78), spline(g.pts([(-1.56 + f * 0.5, -0.46 - f * 0.1), (0, -0.3 - f * 0.34),
                                                 (1.56 - f * 0.5, -0.46 - f * 0.1)]), False, 8), 1.2, a=150)
    c.pop()
    bx, by = g.p(0, -0.86)
    c.circle((140, 140, 136), bx, by + 0.8, 10.5)
    c.circle((218, 218, 210), bx, by, 10)
    un_emblem(c, bx, by, 8.6, (110, 116, 122))


def hw_turban(c: Canvas, g: Geo, look: Look) -> None:
    """Wrapped turban of long cotton cloth, crossing in a V over the forehead."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.42)
    mass = spline(g.pts([(-1.08, -0.42), (-1.2, -0.84), (-1.04, -1.22), (-0.5, -1.44), (0.2, -1.46),
                         (0.84, -1.32), (1.18, -0.96), (1.14, -0.44), (0.5, -0.52), (0, -0.5), (-0.5, -0.52)]), True, 8)
    c.poly(shade(col, 0.7), [(x + 3, y + 4) for x, y in mass], a=100)
    c.push()
    c.poly(col, mass)
    c.push()
    c.ellipse(shade(col, 0.8), *g.p(1.3, -0.8), g.w * 0.55, g.h * 0.7)
    for k in range(5):           # wraps rising to the right, crossed by wraps rising to the left
        v = -0.56 - k * 0.2
        c.stroke(shade(col, 0.8), quad_curve(g.p(-1.2, v + 0.16), g.p(-0.2, v - 0.06), g.p(1.2, v - 0.3)), 3.0)
        c.stroke(mix(col, WHITE, 0.35), [(x, y - 4) for x, y in
                                         quad_curve(g.p(-1.2, v + 0.16), g.p(-0.2, v - 0.06), g.p(1.2, v - 0.3))], 2.0)
    for k in range(3):
        v = -0.62 - k * 0.22
        c.stroke(shade(col, 0.76), quad_curve(g.p(0.05, v + 0.1), g.p(0.6, v - 0.02), g.p(1.2, v + 0.12)), 3.0)
    c.ellipse(mix(col, WHITE, 0.4), *g.p(-0.4, -1.28), g.w * 0.4, g.h * 0.09)
    c.pop(a=190, clip=True)
    c.pop()
    # the V where the wraps cross above the brow
    c.stroke(shade(col, 0.72), [g.p(-0.55, -0.48), g.p(0.02, -0.72), g.p(0.5, -0.5)], 3.0)
    # loose end falling behind the wearer's left ear
    tail = spline(g.pts([(1.06, -0.5), (1.22, -0.2), (1.3, 0.4), (1.22, 0.92), (1.06, 0.9), (1.08, 0.2)]), True, 6)
    c.poly(shade(col, 0.86), tail)
    c.stroke(shade(col, 0.74), quad_curve(g.p(1.14, -0.3), g.p(1.22, 0.3), g.p(1.14, 0.86)), 2)


HEADWEAR: dict[str, Callable[[Canvas, Geo, Look], None]] = {
    "kufi": hw_kufi, "beret": hw_beret, "helmet": hw_helmet, "cap": hw_cap,
    "patrol": hw_patrol, "scarf": hw_scarf, "gele": hw_gele,
    "wrap": hw_wrap, "tiefront": hw_tiefront, "peaked": hw_peaked, "boonie": hw_boonie, "turban": hw_turban,
}
