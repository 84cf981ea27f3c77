"""Portrait background, neck, torso and the clothing styles."""
from __future__ import annotations

import random
from typing import Callable, Sequence

from .accessories import draw_baby_front
from .core import Canvas, Color, PORTRAIT, Point, UN_BLUE, WHITE, blob, mirror, mix, quad_curve, shade, spline
from .emblems import letters_un, un_emblem
from .face import Geo, Look, skin_tones
from .vestments import clothes_cassock


# -- background -------------------------------------------------------------

def portrait_background(c: Canvas, look: Look) -> None:
    top = mix(look.bg, WHITE, 0.12)
    c.gradient(0, 0, PORTRAIT, PORTRAIT, [(0, top), (1, shade(look.bg, 0.94))])
    c.circle(mix(look.bg, WHITE, 0.28), 256, 246, 214)
    c.glow(220, 200, 200, mix(look.bg, WHITE, 0.6), a=90)


# -- body -------------------------------------------------------------------

def torso_outline(g: Geo) -> list[Point]:
    cx, sw, nw, top = g.cx, g.shoulders, g.neck, g.collar_y
    half = [(cx, top - 2), (cx + nw + 8, top), (cx + nw + 44, top + 9),
            (cx + sw * 0.8, top + 22), (cx + sw, top + 46), (cx + sw * 1.07, top + 95),
            (cx + sw * 1.1, 560)]
    return spline(mirror(half, cx), True, 8)


def draw_neck(c: Canvas, g: Geo, look: Look) -> None:
    """Neck, extended below the collar so open necklines (cut out of the clothes) reveal it."""
    t = skin_tones(look.skin)
    cx, nw, top, col = g.cx, g.neck, g.cy + 0.5 * g.h, g.collar_y
    c.push()
    c.poly(t["neck"], [(cx - nw, top), (cx + nw, top), (cx + nw + 2, col - 14), (cx + nw + 12, col),
                       (cx + nw + 60, col + 100), (cx - nw - 60, col + 100), (cx - nw - 12, col), (cx - nw - 2, col - 14)])
    c.push()
    c.ellipse(t["deep"], cx + 4, g.cy + 0.98 * g.h, g.w * 0.62, g.h * 0.18)
    c.glow(cx + nw * 1.1, (top + col) / 2, nw * 0.8, t["deep"], ry=60)
    c.glow(cx, col + 40, nw * 1.6, t["deep"], ry=50)
    c.pop(a=130, clip=True)
    c.pop()


def torso_shading(c: Canvas, g: Geo, cloth: Color) -> None:
    """Soft light from the upper left: darker right flank and collar shadow."""
    c.push()
    c.glow(g.cx + g.shoulders * 1.2, 480, g.shoulders * 0.9, shade(cloth, 0.55), ry=220)
    c.glow(g.cx, g.collar_y + 4, g.neck + 40, shade(cloth, 0.55), ry=22)
    c.pop(a=150, clip=True)
    c.push()
    c.glow(g.cx - g.shoulders * 0.7, g.collar_y + 40, 90, mix(cloth, WHITE, 0.6), ry=50)
    c.pop(a=80, clip=True)


def skin_v(c: Canvas, g: Geo, depth: float, width: float = 1.0) -> None:
    """Cut the open neckline out of the clothing layer, revealing the neck beneath."""
    cx, nw, top = g.cx, g.neck * width, g.collar_y
    c.erase(spline([(cx - nw - 4, top - 30), (cx - nw - 4, top - 6), (cx - nw * 0.6, top + depth * 0.55),
                    (cx, top + depth), (cx + nw * 0.6, top + depth * 0.55), (cx + nw + 4, top - 6),
                    (cx + nw + 4, top - 30)], True, 6))


def shirt_collar(c: Canvas, g: Geo, color: Color, depth: float = 46, spread: float = 1.0) -> None:
    """Two pointed shirt collar wings either side of the neck."""
    cx, nw, top = g.cx, g.neck, g.collar_y
    for s in (-1, 1):
        wing = [(cx + s * (nw - 3), top - 16), (cx + s * (nw + 30 * spread), top + 6),
                (cx + s * 18, top + depth), (cx + s * 3, top + depth - 18), (cx + s * (nw - 6), top + 6)]
        c.poly(shade(color, 0.72), [(x + 2, y + 4) for x, y in wing], a=110)
        c.poly(color, wing)
        c.stroke(shade(color, 0.8), [wing[1], wing[2]], 1.6)


def buttons(c: Canvas, g: Geo, color: Color, y0: float, y1: float, n: int = 2) -> None:
    c.stroke(shade(color, 0.85), [(g.cx, y0), (g.cx, 520)], 2.0)
    for i in range(n):
        y = y0 + 14 + i * (y1 - y0) / max(1, n)
        c.circle(shade(color, 0.7), g.cx + 4, y, 3.2)


def clothes_shirt(c: Canvas, g: Geo, look: Look) -> None:
    skin_v(c, g, 40)
    shirt_collar(c, g, mix(look.cloth, WHITE, 0.1))
    buttons(c, g, look.cloth, g.collar_y + 40, 512, 2)
    # breast pocket on the wearer's left
    px = g.cx + 62
    c.stroke(shade(look.cloth, 0.93), [(px, 452), (px, 500), (px + 46, 500), (px + 46, 452)], 1.4, a=160)
    c.stroke(shade(look.cloth, 0.9), [(px - 1, 452), (px + 47, 452)], 2.0)


def camo_pattern(c: Canvas, look: Look, seed: int) -> None:
    rng = random.Random(seed)
    cols = [shade(look.cloth, 0.78), mix(look.cloth, (190, 175, 130), 0.35), look.cloth2]
    for i in range(70):
        x = rng.uniform(40, 472)
        y = rng.uniform(370, 520)
        c.poly(cols[i % 3], blob(x, y, rng.uniform(10, 22), rng.uniform(6, 12), rng, 6, 0.4))


def un_shoulder_patch(c: Canvas, g: Geo, side: int) -> None:
    x = g.cx + side * g.shoulders * 0.9
    y = g.collar_y + 66
    c.rect(shade(UN_BLUE, 0.8), x - 17, y - 19, 34, 40, radius=7)
    c.rect(UN_BLUE, x - 15, y - 17, 30, 36, radius=6)
    letters_un(c, x - 10, y - 7, 13, WHITE, 2.6)


def clothes_camo(c: Canvas, g: Geo, look: Look) -> None:
    c.push()
    camo_pattern(c, look, 7 + int(look.skin[0]))
    c.pop(clip=True)
    skin_v(c, g, 34)
    # olive T-shirt under the uniform, with its own round neckline
    c.poly(shade(look.cloth2, 0.9), [(g.cx - g.neck - 4, g.collar_y - 6), (g.cx + g.neck + 4, g.collar_y - 6),
                                     (g.cx + 14, g.collar_y + 36), (g.cx - 14, g.collar_y + 36)])
    c.erase(spline([(g.cx - g.neck - 6, g.collar_y - 30), (g.cx - g.neck - 6, g.collar_y - 8), (g.cx, g.collar_y + 12),
                    (g.cx + g.neck + 6, g.collar_y - 8), (g.cx + g.neck + 6, g.collar_y - 30)], True, 6))
    shirt_collar(c, g, mix(look.cloth, (200, 190, 150), 0.12), depth=52, spread=1.2)
    if look.un_patch:
        un_shoulder_patch(c, g, -1)
    if look.medic:
        medic_patch(c, g, 1)
    # name tape and pocket flaps
    for s in (-1, 1):
        x = g.cx + s * 70
        c.poly(shade(look.cloth, 0.82), [(x - 30, 452), (x + 30, 452), (x + 28, 468), (x, 474), (x - 28, 468)])
        c.circle(shade(look.cloth, 0.6), x, 466, 3)


def clothes_tshirt(c: Canvas, g: Geo, look: Look) -> None:
    cx, nw, top = g.cx, g.neck, g.collar_y
    scoop = spline([(cx - nw - 14, top - 4), (cx - nw * 0.7, top + 16), (cx, top + 22),
                    (cx + nw * 0.7, top + 16), (cx + nw + 14, top - 4)], False, 6)
    c.erase(scoop + [(cx + nw + 14, top - 40), (cx - nw - 14, top - 40)])
    c.stroke(shade(look.cloth, 0.82), scoop, 7)
    c.stroke(mix(look.cloth, WHITE, 0.1), [(x, y - 2.5) for x, y in scoop], 1.5, a=120)
    # soft fold lines
    c.stroke(shade(look.cloth, 0.88), quad_curve((cx - 120, 470), (cx - 95, 440), (cx - 60, 436)), 2.2, a=150)
    c.stroke(shade(look.cloth, 0.88), quad_curve((cx + 130, 480), (cx + 105, 452), (cx + 70, 448)), 2.2, a=150)


def embroidery(c: Canvas, pts: Sequence[Point], color: Color, width: float) -> None:
    c.stroke(color, pts, width)
    c.stroke(shade(color, 0.75), pts, max(1.0, width * 0.25))
    for i, (x, y) in enumerate(pts[::3]):
        c.circle(shade(color, 0.8) if i % 2 else mix(color, WHITE, 0.3), x, y, width * 0.28)


def clothes_robe(c: Canvas, g: Geo, look: Look) -> None:
    cx, top = g.cx, g.collar_y
    skin_v(c, g, 60, 1.0)
    gold = look.cloth2
    for s in (-1, 1):
        edge = [(cx + s * (g.neck + 12), top - 8), (cx + s * 26, top + 40), (cx + s * 2, top + 76)]
        embroidery(c, spline(edge, False, 8), gold, 8)
    # embroidered panel down the chest
    for i in range(4):
        y = top + 96 + i * 18
        c.poly(gold, [(cx - 7, y), (cx, y - 8), (cx + 7, y), (cx, y + 8)])
        c.circle(shade(gold, 0.7), cx, y, 2)
    c.stroke(gold, [(cx - 14, top + 80), (cx - 14, 520)], 2.5)
    c.stroke(gold, [(cx + 14, top + 80), (cx + 14, 520)], 2.5)
    # robe folds
    for s in (-1, 1):
        c.stroke(shade(look.cloth, 0.86), quad_curve((cx + s * 150, 512), (cx + s * 120, 450), (cx + s * 70, 420)), 3, a=150)


def clothes_vest(c: Canvas, g: Geo, look: Look) -> None:
    cx, top, nw, sw = g.cx, g.collar_y, g.neck, g.shoulders
    skin_v(c, g, 36)
    shirt_collar(c, g, mix(look.cloth, WHITE, 0.12), depth=46, spread=0.9)
    vest = look.cloth2
    for s in (-1, 1):
        panel = [(cx + s * (nw + 18), top - 2), (cx + s * (nw + 52), top + 10), (cx + s * sw * 0.74, top + 40),
                 (cx + s * sw * 0.8, top + 80), (cx + s * sw * 0.86, 560), (cx + s * 16, 560),
                 (cx + s * 16, top + 84), (cx + s * 30, top + 40)]
        c.poly(shade(vest, 0.7), [(x + 2 * s, y + 3) for x, y in panel], a=90)
        c.poly(vest, panel)
        c.stroke(shade(vest, 0.85), [panel[7], panel[6], panel[5]], 2.2)
        # pocket
        px = cx + s * 74
        c.rect(shade(vest, 0.9), px - 26, 462, 52, 44, radius=4)
        c.rect(shade(vest, 0.8), px - 28, 458, 56, 12, radius=3)
    # zip / trim
    c.stroke(shade(vest, 0.65), [(cx - 16, top + 84), (cx - 16, 520)], 2)
    c.stroke(shade(vest, 0.65), [(cx + 16, top + 84), (cx + 16, 520)], 2)
    lx, ly = cx + 74, 432
    if look.logo == "un":
        # agency-style vest: the UN-style emblem in white and a reflective band
        c.circle(WHITE, lx, ly, 17)
        un_emblem(c, lx, ly, 14, shade(vest, 0.75))
        for s in (-1, 1):
            c.rect(mix(vest, WHITE, 0.55), cx + s * 16 - (s > 0) * 0 - (s < 0) * (sw * 0.8 - 16), 486,
                   sw * 0.8 - 16, 12)
        return
    # generic organisation logo: a leaf inside a ring
    ring = (70, 128, 122) if look.logo == "ngo" else WHITE
    c.circle(ring, lx, ly, 15)
    c.circle(vest, lx, ly, 12)
    c.poly(ring, spline([(lx - 7, ly + 6), (lx - 3, ly - 6), (lx + 7, ly - 8), (lx + 4, ly + 3)], True, 5))
    c.stroke(vest, [(lx - 5, ly + 5), (lx + 4, ly - 5)], 1.4)


def clothes_dark(c: Canvas, g: Geo, look: Look) -> None:
    cx, top = g.cx, g.collar_y
    skin_v(c, g, 36)
    shirt_collar(c, g, mix(look.cloth, WHITE, 0.08), depth=48, spread=1.15)
    buttons(c, g, look.cloth, top + 36, 512, 2)
    for s in (-1, 1):
        # epaulette
        ex = cx + s * 118
        c.poly(shade(look.cloth, 1.18), [(ex - 30, top + 18 - s * 4), (ex + 30, top + 18 + s * 4),
                                        (ex + 28, top + 30 + s * 4), (ex - 30, top + 30 - s * 4)])
        c.circle(shade(look.cloth, 0.7), cx + s * 95, top + 24, 3)
        # pocket with flap
        px = cx + s * 68
        c.rect(shade(look.cloth, 0.9), px - 26, 452, 52, 52, radius=3)
        c.poly(shade(look.cloth, 1.15), [(px - 28, 450), (px + 28, 450), (px + 28, 466), (px, 472), (px - 28, 466)])
        c.circle(shade(look.cloth, 0.65), px, 464, 3)


def fabric_pattern(c: Canvas, x0: float, y0: float, x1: float, y1: float, a: Color, b: Color,
                   step: float = 26) -> None:
    """Wax-print style repeat of diamonds and dots."""
    row = 0
    y = y0
    while y < y1:
        x = x0 + (step / 2 if row % 2 else 0)
        while x < x1:
            c.poly(a, [(x, y - step * 0.32), (x + step * 0.32, y), (x, y + step * 0.32), (x - step * 0.32, y)])
            c.circle(b, x, y, step * 0.1)
            c.circle(a, x + step / 2, y + step / 2, step * 0.08)
            x += step
        y += step / 2
        row += 1


def clothes_wrap(c: Canvas, g: Geo, look: Look) -> None:
    cx, top = g.cx, g.collar_y
    c.push()
    fabric_pattern(c, 40, 380, 480, 530, shade(look.cloth, 0.84), mix(look.cloth2, look.cloth, 0.3), 30)
    c.pop(clip=True)
    scoop = spline([(cx - g.neck - 34, top - 6), (cx - 30, top + 34), (cx, top + 40), (cx + 30, top + 34),
                    (cx + g.neck + 34, top - 6)], False, 8)
    c.erase(scoop + [(cx + g.neck + 34, top - 40), (cx - g.neck - 34, top - 40)])
    c.stroke(shade(look.cloth, 0.7), scoop, 3)
    # shawl over the wearer's left shoulder
    shawl = [(cx + 58, top + 2), (cx + 118, top + 8), (cx + 150, top + 70), (cx + 176, 530), (cx + 110, 530),
             (cx + 84, 440)]
    c.poly(shade(look.cloth2, 0.6), [(x - 4, y + 3) for x, y in shawl], a=90)
    c.poly(look.cloth2, shawl)
    for k in range(3):
        f = 0.25 + 0.25 * k
        stripe = [(shawl[0][0] * (1 - f) + shawl[1][0] * f, shawl[0][1] * (1 - f) + shawl[1][1] * f),
                  (shawl[5][0] * (1 - f) + shawl[2][0] * f, shawl[5][1] * (1 - f) + shawl[2][1] * f),
                  (shawl[4][0] * (1 - f) + shawl[3][0] * f, 530)]
        c.stroke(mix(look.cloth, look.cloth2, 0.3), stripe, 2.4 if k != 1 else 4)


def clothes_dress(c: Canvas, g: Geo, look: Look) -> None:
    for s in (-1, 1):
        c.stroke(shade(look.cloth, 0.86), quad_curve((g.cx + s * 150, 512), (g.cx + s * 130, 450),
                                                      (g.cx + s * 100, 430)), 3, a=150)


def clothes_print(c: Canvas, g: Geo, look: Look) -> None:
    """Short-sleeved shirt in a printed cotton, open at the neck."""
    c.push()
    fabric_pattern(c, 40, 380, 480, 530, shade(look.cloth, 0.8), look.cloth2, 34)
    c.pop(a=170, clip=True)
    skin_v(c, g, 38)
    shirt_collar(c, g, shade(look.cloth, 0.96), depth=44, spread=1.05)
    buttons(c, g, look.cloth, g.collar_y + 38, 512, 2)


def ngo_tshirt_logo(c: Canvas, x: float, y: float, r: float, fg: Color, bg: Color) -> None:
    c.circle(fg, x, y, r)
    c.circle(bg, x, y, r * 0.8)
    c.poly(fg, spline([(x - r * 0.45, y + r * 0.4), (x - r * 0.2, y - r * 0.4), (x + r * 0.45, y - r * 0.5),
                       (x + r * 0.25, y + r * 0.2)], True, 5))
    c.stroke(bg, [(x - r * 0.33, y + r * 0.33), (x + r * 0.27, y - r * 0.33)], r * 0.1)
    for k in range(2):
        c.rect(fg, x - r * 1.3, y + r * (1.5 + 0.55 * k), r * 2.6 * (1 - 0.25 * k), r * 0.3, radius=r * 0.12)


def clothes_shawl(c: Canvas, g: Geo, look: Look) -> None:
    """Organisation T-shirt under a light cotton shawl draped over both shoulders."""
    cx, top, nw = g.cx, g.collar_y, g.neck
    clothes_tshirt(c, g, look)
    ngo_tshirt_logo(c, cx - 8, 440, 15, WHITE, look.cloth)
    shawl = look.cloth2
    for s in (-1, 1):
        drape = [(cx + s * (nw + 2), top - 14), (cx + s * (nw + 40), top - 8), (cx + s * 150, top + 26),
                 (cx + s * 178, 560), (cx + s * 70, 560), (cx + s * 50, top + 90), (cx + s * (nw + 6), top + 20)]
        c.poly(shade(shawl, 0.6), [(x + s * 3, y + 4) for x, y in drape], a=90)
        c.poly(shawl, drape)
        c.push()
        for k in range(3):      # soft folds
            f = 0.3 + 0.2 * k
            c.stroke(shade(shawl, 0.86), quad_curve((cx + s * (nw + 14 + 60 * f), top), (cx + s * (70 + 60 * f), 450),
                                                    (cx + s * (60 + 90 * f), 560)), 2.6, a=180)
        c.pop(clip=True)
        # woven border along the front edge
        edge = spline([(cx + s * (nw + 6), top + 20), (cx + s * 50, top + 90), (cx + s * 70, 560)], False, 8)
        c.stroke(shade(look.head_accent, 0.95), [(x + s * 6, y) for x, y in edge], 5)
        c.stroke(mix(shawl, WHITE, 0.3), [(x + s * 12, y) for x, y in edge], 1.6)


def clothes_police(c: Canvas, g: Geo, look: Look) -> None:
    """Uniform shirt with epaulettes, pockets, a chest badge and a name tag."""
    clothes_dark(c, g, look)
    cx, top = g.cx, g.collar_y
    for s in (-1, 1):           # rank stripes on the epaulettes
        ex = cx + s * 118
        for k in range(2):
            c.stroke(look.head_accent, [(ex - 12 + s * 4 * k, top + 20 + s * 1.2 + k * 0.0),
                                        (ex - 12 + s * 4 * k, top + 28 + s * 1.2)], 3)
    # metal badge above the wearer's right pocket, name tag above the left
    bx, by = cx - 68, 432
    c.poly(shade(look.head_accent, 0.7), [(bx, by - 15), (bx + 13, by - 6), (bx + 10, by + 12), (bx, by + 17),
                                          (bx - 10, by + 12), (bx - 13, by - 6)])
    c.poly(look.head_accent, [(bx, by - 13), (bx + 11, by - 5), (bx + 8.5, by + 10.5), (bx, by + 15),
                              (bx - 8.5, by + 10.5), (bx - 11, by - 5)])
    c.circle(shade(look.head_accent, 0.75), bx, by + 1, 4.5)
    c.rect((40, 40, 44), cx + 44, 428, 50, 13, radius=2)
    c.rect((220, 220, 214), cx + 50, 433, 38, 3)


def medic_patch(c: Canvas, g: Geo, side: int) -> None:
    """Generic first-aid patch: a white cross on green."""
    x = g.cx + side * g.shoulders * 0.9
    y = g.collar_y + 66
    c.rect((40, 100, 70), x - 16, y - 16, 32, 32, radius=5)
    c.rect(WHITE, x - 4, y - 11, 8, 22)
    c.rect(WHITE, x - 11, y - 4, 22, 8)


def clothes_armour(c: Canvas, g: Geo, look: Look) -> None:
    """Light-blue UN body armour worn over the camouflage uniform."""
    clothes_camo(c, g, look)
    cx, top, nw, sw = g.cx, g.collar_y, g.neck, g.shoulders
    vest = (84, 130, 190)
    body = [(cx - nw - 22, top - 4), (cx - nw - 4, top + 30), (cx, top + 40), (cx + nw + 4, top + 30), (cx + nw + 22, top - 4),
            (cx + sw * 0.62, top + 8), (cx + sw * 0.7, top + 60), (cx + sw * 0.76, 560), (cx - sw * 0.76, 560),
            (cx - sw * 0.7, top + 60), (cx - sw * 0.62, top + 8)]
    c.poly(shade(vest, 0.6), [(x + 2, y + 4) for x, y in body], a=100)
    c.poly(vest, body)
    c.stroke(shade(vest, 0.75), body[:5], 4)
    for s in (-1, 1):           # shoulder straps and side edges
        c.stroke(shade(vest, 0.78), [(cx + s * (nw + 20), top - 2), (cx + s * sw * 0.62, top + 8)], 3)
        c.rect(shade(vest, 0.88), cx + s * 70 - 32, 470, 64, 44, radius=4)
        c.rect(shade(vest, 0.8), cx + s * 70 - 34, 466, 68, 10, radius=3)
    letters_un(c, cx - 22, top + 58, 24, WHITE, 5.0)


def clothes_coverall(c: Canvas, g: Geo, look: Look) -> None:
    """White protective coverall, hood pushed down behind the neck, zip and a red crescent emblem."""
    cx, top, nw = g.cx, g.collar_y, g.neck
    suit = look.cloth
    # the hood bunched round the back of the neck and over the shoulders
    hood = spline([(cx - nw - 66, top + 24), (cx - nw - 44, top - 30), (cx, top - 48), (cx + nw + 44, top - 30),
                   (cx + nw + 66, top + 24), (cx + nw + 14, top + 16), (cx, top - 4), (cx - nw - 14, top + 16)], True, 8)
    c.poly(shade(suit, 0.6), [(x + 2, y + 4) for x, y in hood], a=80)
    c.poly(shade(suit, 0.9), hood)
    for k in (-1, 1):           # folds of the gathered hood
        c.stroke(shade(suit, 0.74), quad_curve((cx + k * (nw + 50), top + 14), (cx + k * (nw + 26), top - 30), (cx, top - 42)), 2.4)
        c.stroke(shade(suit, 0.78), quad_curve((cx + k * (nw + 30), top + 14), (cx + k * (nw + 14), top - 14), (cx + k * 8, top - 26)), 2)
    skin_v(c, g, 30, 0.9)
    c.stroke(shade(suit, 0.7), [(cx, top + 28), (cx, 520)], 2.4)                     # zip
    c.rect((150, 154, 160), cx - 4, top + 28, 8, 14, radius=2)
    for s in (-1, 1):           # taped seams
        c.stroke(shade(suit, 0.88), quad_curve((cx + s * 150, 400), (cx + s * 120, 450), (cx + s * 128, 520)), 3)
    # red crescent on the chest
    ex, ey, r = cx + 70, 440, 20
    c.circle((200, 40, 44), ex, ey, r)
    c.circle(suit, ex + r * 0.42, ey - r * 0.08, r * 0.8)


def clothes_jersey(c: Canvas, g: Geo, look: Look) -> None:
    """A faded football shirt: V collar in the trim colour and broad vertical stripes."""
    cx, nw, top = g.cx, g.neck, g.collar_y
    c.push()
    for k in range(-4, 5, 2):
        c.rect(look.cloth2, cx + k * 44 - 22, 360, 44, 200)
    c.pop(a=200, clip=True)
    vee = [(cx - nw - 10, top - 4), (cx, top + 36), (cx + nw + 10, top - 4)]
    c.erase(vee + [(cx + nw + 10, top - 40), (cx - nw - 10, top - 40)])
    c.stroke(mix(look.cloth, WHITE, 0.45), vee, 7)
    c.stroke(shade(look.cloth, 0.8), [(x, y + 4) for x, y in vee], 1.5)
    # small crest and a maker's mark, faded
    c.poly(mix(look.cloth2, WHITE, 0.4), [(cx + 60, 430), (cx + 84, 430), (cx + 84, 450), (cx + 72, 460), (cx + 60, 450)])
    c.stroke(mix(look.cloth, WHITE, 0.4), [(cx - 82, 440), (cx - 72, 446), (cx - 58, 432)], 3)
    c.stroke(shade(look.cloth, 0.88), quad_curve((cx - 120, 470), (cx - 95, 440), (cx - 60, 436)), 2.2, a=150)


def clothes_printdress(c: Canvas, g: Geo, look: Look) -> None:
    """A dress in a bold printed cotton with a rounded neckline and a plain trim."""
    cx, top, nw = g.cx, g.collar_y, g.neck
    c.push()
    fabric_pattern(c, 40, 360, 480, 540, shade(look.cloth, 0.78), look.cloth2, 34)
    c.pop(a=210, clip=True)
    scoop = spline([(cx - nw - 26, top - 6), (cx - 24, top + 30), (cx, top + 34), (cx + 24, top + 30),
                    (cx + nw + 26, top - 6)], False, 8)
    c.erase(scoop + [(cx + nw + 26, top - 40), (cx - nw - 26, top - 40)])
    c.stroke(look.cloth2, [(x, y + 3) for x, y in scoop], 7)


CLOTHES: dict[str, Callable[[Canvas, Geo, Look], None]] = {
    "cassock": clothes_cassock,
    "shirt": clothes_shirt, "camo": clothes_camo, "tshirt": clothes_tshirt, "robe": clothes_robe,
    "vest": clothes_vest, "dark": clothes_dark, "wrap": clothes_wrap, "dress": clothes_dress,
    "print": clothes_print, "shawl": clothes_shawl, "police": clothes_police, "armour": clothes_armour,
    "coverall": clothes_coverall, "jersey": clothes_jersey, "printdress": clothes_printdress,
}


def draw_insignia(c: Canvas, g: Geo, look: Look) -> None:
    """Officer's rank tab worn at the centre of the chest."""
    if look.insignia != "officer":
        return
    x, y = g.cx, g.collar_y + 76
    c.rect(shade(look.cloth, 0.6), x - 15, y - 1, 30, 40, radius=3)
    c.rect(shade(look.cloth, 0.8), x - 13, y + 1, 26, 36, radius=3)
    for k in range(3):
        c.rect((214, 190, 120), x - 9, y + 7 + k * 9, 18, 4, radius=1)


def draw_wet_cloth(c: Canvas, g: Geo, look: Look) -> None:
    """Inside the clothing layer: darker, clinging wet cloth with glossy folds (clipped to the clothes)."""
    if not look.wet:
        return
    rng = random.Random(78)
    c.push()
    c.fade_poly(shade(look.cloth, 0.55), [(0, 400), (PORTRAIT, 400), (PORTRAIT, PORTRAIT), (0, PORTRAIT)], 400, 512, 40, 150)
    for _ in range(9):
        x = rng.uniform(110, 410)
        if abs(x - g.cx) < 40:
            continue
        y = rng.uniform(410, 440)
        fold = quad_curve((x, y), (x + rng.uniform(-8, 8), y + 40), (x + rng.uniform(-16, 16), 530), 10)
        c.stroke(shade(look.cloth, 0.6), fold, 4, a=160)
        c.stroke(mix(look.cloth, WHITE, 0.45), [(px - 3, py) for px, py in fold], 1.6, a=140)
    c.pop(clip=True)


def draw_torso(c: Canvas, g: Geo, look: Look) -> None:
    c.push()
    c.poly(look.cloth, torso_outline(g))
    CLOTHES[look.clothes](c, g, look)
    draw_insignia(c, g, look)
    draw_wet_cloth(c, g, look)
    draw_baby_front(c, g, look)
    if look.worn:               # a patch sewn on below the collar, and a fray at the hem of the collar
        px, py = g.cx - 84, 460
        c.rect(shade(look.cloth, 0.8), px - 20, py - 16, 40, 34)
        for k in range(9):
            c.stroke(shade(look.cloth, 0.55), [(px - 20 + k * 5, py - 18), (px - 18 + k * 5, py - 14)], 1.2)
            c.stroke(shade(look.cloth, 0.55), [(px - 20 + k * 5, py + 16), (px - 18 + k * 5, py + 20)], 1.2)
        c.push()
        c.glow(g.cx + 60, 440, 90, mix(look.cloth, WHITE, 0.4), ry=40)
        c.pop(a=60, clip=True)
    torso_shading(c, g, look.cloth)
    c.pop()


def draw_lanyard(c: Canvas, g: Geo, look: Look) -> None:
    if look.lanyard is None:
        return
    cx, top = g.cx, g.collar_y
    clip = (cx + 8, top + 60)
    for s in (-1, 1):
        strap = quad_curve((cx + s * (g.neck + 10), top + 4), (cx + s * 22, top + 60), clip, 12)
        c.stroke(shade(look.lanyard, 0.7), [(x + 1, y + 2) for x, y in strap], 6, a=100)
        c.stroke(look.lanyard, strap, 5.5)
    c.rect((150, 150, 150), clip[0] - 4, clip[1] - 4, 8, 12, radius=2)
    # badge card
    bx, by, bw, bh = clip[0] - 22, clip[1] + 6, 44, 54
    c.rect(shade(WHITE, 0.6), bx + 2, by + 3, bw, bh, a=90, radius=5)
    c.rect(WHITE, bx, by, bw, bh, radius=5)
    head = UN_BLUE if look.badge == "un" else shade(look.lanyard, 0.95)
    c.rect(head, bx, by, bw, 15, radius=5)
    c.rect(head, bx, by + 8, bw, 7)
    if look.badge == "un":
        letters_un(c, bx + bw / 2 - 8, by + 3.5, 8.5, WHITE, 1.8)
    c.rect((178, 186, 196), bx + 6, by + 21, 14, 17, radius=2)
    for i in range(3):
        c.rect((190, 192, 196), bx + 24, by + 23 + i * 6, 14 - i * 3, 2.5)
    c.rect((200, 202, 206), bx + 6, by + 44, 32, 3)


def draw_necklace(c: Canvas, g: Geo, look: Look) -> None:
    if not look.necklace:
        return
    cols = [(176, 84, 60), (226, 206, 160), (196, 150, 70)]
    path = quad_curve((g.cx - g.neck - 20, g.collar_y - 4), (g.cx, g.collar_y + 58), (g.cx + g.neck + 20, g.collar_y - 4), 22)
    for i, (x, y) in enumerate(path):
        c.circle(shade(cols[i % 3], 0.7), x + 0.8, y + 1.2, 4.6)
        c.circle(cols[i % 3], x, y, 4.4)
