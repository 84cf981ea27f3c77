"""Sahel village elements: mud-brick houses, round huts and granaries, a mosque, cooking fires,
water points, graves and other small things of daily life."""
from __future__ import annotations

import math
import random
from typing import Sequence

from .core import Canvas, Color, Point, WHITE, mix, shade, spline
from .land import Camera
from .solids import Frame, box_faces, draw_solid, face_map, face_rect, shed_roof

MUD: Color = (178, 132, 96)
THATCH: Color = (196, 168, 110)


# -- buildings ---------------------------------------------------------------------

def mud_house(c: Canvas, cam: Camera, x: float, z: float, yaw: float, w: float, d: float, h: float,
              wall: Color = MUD, door: str = "dark", roof: str = "flat", rng: random.Random | None = None,
              windows: int = 1, sun=None) -> dict[str, list[Point]]:
    """Mud-brick house: rendered walls, a flat roof with projecting beams, or a tin roof."""
    f = Frame(x, z, yaw)
    kw = {"sun": sun} if sun else {}
    res = draw_solid(c, cam, box_faces(f, w, d, h, wall), **kw)
    fr = res.get("front")
    if fr:
        c.poly(shade(wall, 0.88), face_rect(fr, 0.0, 0.0, 1.0, 0.1))
        c.poly(mix(wall, WHITE, 0.12), face_rect(fr, 0.0, 0.92, 1.0, 1.0))
        if door == "dark":
            c.poly((70, 52, 40), face_rect(fr, 0.2, 0.0, 0.36, 0.72))
        elif door == "curtain":
            c.poly((60, 44, 34), face_rect(fr, 0.2, 0.0, 0.36, 0.72))
            c.poly((150, 70, 90), face_rect(fr, 0.2, 0.08, 0.34, 0.72))
            c.poly((210, 170, 80), face_rect(fr, 0.2, 0.6, 0.34, 0.66))
        elif door == "tin":
            c.poly((64, 110, 130), face_rect(fr, 0.2, 0.0, 0.36, 0.74))
            c.poly((90, 136, 150), face_rect(fr, 0.22, 0.4, 0.34, 0.7))
        for k in range(windows):
            s0 = 0.55 + k * 0.22
            c.poly((60, 46, 38), face_rect(fr, s0, 0.42, s0 + 0.12, 0.66))
    if roof == "flat":
        # wooden beam ends (toron) poking out just below the parapet, and water spouts
        for name in ("front", "left", "right"):
            if name in res:
                q = res[name]
                n = 6 if name == "front" else 3
                for k in range(n):
                    a = face_map(q, (k + 0.5) / n, 0.86)
                    b = face_map(q, (k + 0.5) / n, 0.8)
                    ln = abs(a[1] - b[1]) * 1.4
                    c.stroke(shade(wall, 0.55), [a, (a[0] - ln * 0.4, a[1] + ln * 0.15)], max(1.0, ln * 0.5))
    elif roof == "tin":
        draw_solid(c, cam, shed_roof(f, w, d, h + 0.3, h, (156, 160, 164), overhang=0.35), **kw)
    return res


def round_hut(c: Canvas, x: float, y: float, s: float, wall: Color = MUD, thatch: Color = THATCH,
              door: bool = True) -> None:
    """Round mud hut with a conical thatched roof (px/m s, base centre at (x, y))."""
    r, h = 1.8 * s, 1.9 * s
    c.ellipse((90, 66, 50), x, y, r * 1.05, r * 0.2, a=60)
    c.grad_poly([(x - r, y - h), (x + r, y - h), (x + r, y), (x - r, y)],
                [(0, shade(wall, 0.9)), (1, shade(wall, 1.02))])
    c.ellipse(wall, x, y, r, r * 0.18)
    c.push()
    c.rect(shade(wall, 0.78), x + r * 0.3, y - h - r * 0.2, r * 0.8, h + r * 0.4)
    c.pop(a=120)
    if door:
        c.rect((70, 52, 40), x - r * 0.5, y - h * 0.7, r * 0.42, h * 0.7, radius=r * 0.1)
    roof = [(x - r * 1.25, y - h + r * 0.08), (x - r * 0.2, y - h - 2.2 * s), (x + r * 0.2, y - h - 2.2 * s),
            (x + r * 1.25, y - h + r * 0.08)]
    c.poly(thatch, roof)
    c.poly(shade(thatch, 0.8), [roof[2], roof[3], (x + r * 0.2, y - h + r * 0.1)])
    for k in range(9):
        t = k / 8
        bx = x - r * 1.25 + 2.5 * r * t
        c.stroke(shade(thatch, 0.82), [(bx, y - h + r * 0.08), (x - r * 0.2 + r * 0.4 * t, y - h - 2.1 * s)], max(0.6, s * 0.05))
    c.ellipse(shade(thatch, 0.7), x, y - h - 2.2 * s, r * 0.22, r * 0.08)


def granary(c: Canvas, x: float, y: float, s: float, wall: Color = MUD, thatch: Color = THATCH) -> None:
    """Round millet granary raised on stones, with a pointed thatch hat (px/m s)."""
    r, h, lift = 1.0 * s, 1.8 * s, 0.4 * s
    for u in (-0.6, 0.0, 0.6):
        c.ellipse((120, 110, 100), x + u * r, y - lift * 0.4, r * 0.22, lift * 0.6)
    body = spline([(x - r * 0.8, y - lift), (x - r, y - lift - h * 0.5), (x - r * 0.8, y - lift - h),
                   (x + r * 0.8, y - lift - h), (x + r, y - lift - h * 0.5), (x + r * 0.8, y - lift)], True, 6)
    c.poly(wall, body)
    c.push()
    c.rect(shade(wall, 0.78), x + r * 0.2, y - lift - h - 4, r * 0.9, h + 8)
    c.pop(a=110)
    top = y - lift - h
    c.poly(thatch, [(x - r * 1.2, top + r * 0.2), (x, top - 1.6 * s), (x + r * 1.2, top + r * 0.2)])
    c.poly(shade(thatch, 0.8), [(x, top - 1.6 * s), (x + r * 1.2, top + r * 0.2), (x + r * 0.1, top + r * 0.25)])
    c.stroke(shade(thatch, 0.6), [(x, top - 1.6 * s), (x, top - 1.9 * s)], max(0.8, s * 0.06))


def mosque(c: Canvas, cam: Camera, x: float, z: float, yaw: float, wall: Color = (186, 140, 100)) -> None:
    """A small Sahel-style mud-brick mosque: a prayer hall and a tapering tower bristling with beams."""
    mud_house(c, cam, x, z, yaw, 9.0, 7.0, 3.4, wall, door="dark", windows=2)
    f = Frame(x, z, yaw)
    tx, _, tz = f.w(2.6, 0, -0.6)
    base = cam.project(tx, tz)
    s = cam.scale(tz)
    hgt, w0, w1 = 7.5 * s, 2.6 * s, 1.4 * s
    bx, by = base
    c.poly(wall, [(bx - w0 / 2, by), (bx + w0 / 2, by), (bx + w1 / 2, by - hgt), (bx - w1 / 2, by - hgt)])
    c.poly(shade(wall, 0.8), [(bx + w0 * 0.15, by), (bx + w0 / 2, by), (bx + w1 / 2, by - hgt), (bx + w1 * 0.15, by - hgt)])
    for k in range(5):           # projecting beams up the tower
        yy = by - hgt * (0.2 + 0.17 * k)
        half = (w0 + (w1 - w0) * (0.2 + 0.17 * k)) / 2
        for u in (-0.5, 0.0, 0.5):
            c.stroke((110, 80, 56), [(bx + u * half * 1.2, yy), (bx + u * half * 1.2 - s * 0.15, yy + s * 0.08)], max(1.0, s * 0.12))
    for u in (-0.35, 0.0, 0.35):  # pinnacles with ostrich-egg tips
        px = bx + u * w1
        c.poly(wall, [(px - w1 * 0.12, by - hgt), (px + w1 * 0.12, by - hgt), (px, by - hgt - 0.9 * s)])
        c.circle((240, 236, 226), px, by - hgt - 0.9 * s, max(1.0, 0.12 * s))
    c.rect((70, 52, 40), bx - w0 * 0.14, by - hgt * 0.55, w0 * 0.18, hgt * 0.1)


# -- fires, pots and household things --------------------------------------------------

def smoke(c: Canvas, x: float, y: float, h: float, rng: random.Random, color: Color = (226, 222, 218),
          drift: float = 0.4, a: int = 70) -> None:
    """A soft column of smoke rising from (x, y) and drifting sideways."""
    for k in range(9):
        t = k / 8
        px = x + drift * h * t * t + rng.uniform(-0.03, 0.03) * h
        py = y - h * t
        r = h * (0.06 + 0.16 * t)
        c.glow(px, py, r, color, a=int(a * (1 - 0.6 * t)))


def cooking_fire(c: Canvas, x: float, y: float, s: float, rng: random.Random, pot: Color = (50, 48, 46),
                 big: float = 1.0) -> None:
    """A large cooking pot on three stones over a small wood fire, with a little steam."""
    r = 0.45 * s * big
    c.ellipse((60, 44, 36), x, y, r * 1.5, r * 0.3, a=90)
    for u in (-0.9, 0.0, 0.9):
        c.ellipse((110, 100, 92), x + u * r, y - r * 0.12, r * 0.28, r * 0.2)
    c.glow(x, y - r * 0.2, r * 1.3, (255, 150, 60), a=150, ry=r * 0.6)
    for k in range(3):
        c.stroke((120, 80, 50), [(x - r * 0.9 + k * 0.6 * r, y - r * 0.02), (x - r * 0.3 + k * 0.3 * r, y - r * 0.3)], max(1.0, r * 0.1))
    c.poly((250, 170, 70), [(x - r * 0.3, y - r * 0.2), (x, y - r * 0.7), (x + r * 0.25, y - r * 0.2)], a=200)
    body = spline([(x - r, y - r * 0.5), (x - r * 1.15, y - r * 1.1), (x - r * 0.9, y - r * 1.65), (x + r * 0.9, y - r * 1.65),
                   (x + r * 1.15, y - r * 1.1), (x + r, y - r * 0.5), (x, y - r * 0.3)], True, 6)
    c.poly(pot, body)
    c.ellipse(mix(pot, WHITE, 0.2), x - r * 0.45, y - r * 1.2, r * 0.2, r * 0.3, a=90)
    c.ellipse(shade(pot, 0.7), x, y - r * 1.65, r * 0.92, r * 0.18)
    smoke(c, x, y - r * 1.8, 3.2 * s * big, rng, (236, 234, 230), 0.3, 60)


def mat(c: Canvas, pts: Sequence[Point], color: Color = (196, 170, 110), stripe: Color = (150, 80, 70)) -> None:
    """A woven mat on the ground given its four projected corners (near-left, near-right, far-right, far-left)."""
    c.poly(color, pts)
    a, b, cc, d = pts
    for k in range(1, 6):
        t = k / 6
        p = (a[0] + (d[0] - a[0]) * t, a[1] + (d[1] - a[1]) * t)
        q = (b[0] + (cc[0] - b[0]) * t, b[1] + (cc[1] - b[1]) * t)
        c.stroke(stripe if k % 2 else shade(color, 0.85), [p, q], 1.5)


def calabash(c: Canvas, x: float, y: float, r: float, color: Color = (214, 170, 90)) -> None:
    c.ellipse(shade(color, 0.7), x, y - r * 0.45, r, r * 0.55)
    c.ellipse(color, x - r * 0.05, y - r * 0.55, r * 0.92, r * 0.45)
    c.ellipse(shade(color, 0.55), x, y - r * 0.9, r * 0.7, r * 0.16)


def jerrycan_row(c: Canvas, cam: Camera, x0: float, x1: float, z: float, color: Color = (230, 190, 40),
                 rng: random.Random | None = None) -> None:
    """A neat line of 20-litre jerrycans waiting their turn."""
    rng = rng or random.Random(3)
    x = x0
    while x < x1:
        px, py = cam.project(x, z)
        s = cam.scale(z)
        col = shade(color, rng.uniform(0.9, 1.05))
        w, h = 0.3 * s, 0.42 * s
        c.rect(shade(col, 0.75), px - w / 2, py - h, w, h, radius=w * 0.15)
        c.rect(col, px - w / 2, py - h, w * 0.88, h * 0.96, radius=w * 0.15)
        c.rect(shade(col, 0.7), px - w * 0.15, py - h * 1.14, w * 0.3, h * 0.16, radius=w * 0.05)
        x += 0.38


# -- water points ------------------------------------------------------------------

def solar_water_tower(c: Canvas, x: float, y: float, s: float, tank: Color = (232, 232, 226),
                      height: float = 7.0, panels: float = -3.6) -> None:
    """Steel tower with a water tank on top and a tilted bank of solar panels beside it (px/m s).

    panels: offset of the panel frame from the tower, in metres (negative = to the left)."""
    steel = (120, 120, 118)
    hgt, w = height * s, 2.4 * s
    for u in (-1, 1):
        c.stroke(steel, [(x + u * w / 2, y), (x + u * w * 0.36, y - hgt)], max(1.0, 0.1 * s))
    for k in range(4):
        y0, y1 = y - hgt * k / 4, y - hgt * (k + 1) / 4
        w0, w1 = w / 2 - (w * 0.14) * k / 4 * 4 / 4, w / 2 - w * 0.14 * (k + 1) / 4
        c.stroke(steel, [(x - w0, y0), (x + w1, y1)], max(0.8, 0.05 * s))
        c.stroke(steel, [(x + w0, y0), (x - w1, y1)], max(0.8, 0.05 * s))
        c.stroke(steel, [(x - w1, y1), (x + w1, y1)], max(0.8, 0.06 * s))
    tw, th = 2.6 * s, 2.0 * s
    c.grad_poly([(x - tw / 2, y - hgt - th), (x + tw / 2, y - hgt - th), (x + tw / 2, y - hgt), (x - tw / 2, y - hgt)],
                [(0, mix(tank, WHITE, 0.2)), (1, shade(tank, 0.82))])
    c.ellipse(mix(tank, WHITE, 0.3), x, y - hgt - th, tw / 2, 0.22 * s)
    c.stroke(shade(tank, 0.8), [(x - tw / 2, y - hgt - th * 0.5), (x + tw / 2, y - hgt - th * 0.5)], max(0.8, 0.05 * s))
    # solar panels on their own frame beside the tower
    px, py = x + panels * s, y
    for u in (-1.2, 1.2):
        c.stroke(steel, [(px + u * s, py), (px + u * s, py - 2.6 * s)], max(1.0, 0.08 * s))
    panel = [(px - 2.2 * s, py - 2.4 * s), (px + 2.2 * s, py - 2.4 * s), (px + 2.0 * s, py - 4.0 * s), (px - 2.0 * s, py - 4.0 * s)]
    c.poly((40, 56, 90), panel)
    for k in range(1, 4):
        t = k / 4
        c.stroke((90, 110, 150), [(panel[0][0] + (panel[1][0] - panel[0][0]) * t, panel[0][1]),
                                  (panel[3][0] + (panel[2][0] - panel[3][0]) * t, panel[3][1])], max(0.6, 0.04 * s))
    c.stroke((90, 110, 150), [((panel[0][0] + panel[3][0]) / 2, (panel[0][1] + panel[3][1]) / 2),
                              ((panel[1][0] + panel[2][0]) / 2, (panel[1][1] + panel[2][1]) / 2)], max(0.6, 0.04 * s))
    c.stroke((150, 150, 150), [(x, y - hgt), (x + w * 0.3, y - 0.3 * s)], max(1.0, 0.08 * s))


def tap_stand(c: Canvas, cam: Camera, x: float, z: float, length: float, taps: int = 6,
              concrete: Color = (196, 192, 184)) -> None:
    """A low concrete apron with a wall of taps along its back, and a drainage channel in front."""
    s = cam.scale(z)
    a, b = cam.project(x - length / 2, z), cam.project(x + length / 2, z)
    a2, b2 = cam.project(x - length / 2 - 0.6, z - 2.2), cam.project(x + length / 2 + 0.6, z - 2.2)
    c.poly(concrete, [a2, b2, b, a])
    c.poly(shade(concrete, 0.8), [a2, b2, (b2[0], b2[1] + 0.12 * s), (a2[0], a2[1] + 0.12 * s)])
    wall_top = cam.project(x - length / 2, z, 1.0)[1]
    c.rect(mix(concrete, WHITE, 0.1), a[0], wall_top, b[0] - a[0], a[1] - wall_top)
    c.rect(shade(concrete, 0.85), a[0], wall_top, b[0] - a[0], 0.1 * s)
    for k in range(taps):
        t = (k + 0.5) / taps
        px = a[0] + (b[0] - a[0]) * t
        ty = wall_top + 0.35 * s
        c.stroke((150, 154, 158), [(px, ty), (px, ty + 0.25 * s), (px + 0.12 * s, ty + 0.3 * s)], max(1.0, 0.06 * s))
        c.rect((60, 110, 170), px - 0.05 * s, ty - 0.08 * s, 0.1 * s, 0.08 * s)
    # the wet patch under the taps
    c.glow((a[0] + b[0]) / 2, a[1] + 0.6 * s, (b[0] - a[0]) * 0.5, (120, 110, 100), a=70, ry=0.4 * s)


def wash_station(c: Canvas, x: float, y: float, s: float) -> None:
    """Chlorinated hand-washing bucket with a tap, on a wooden stand, with a soak-away basin below."""
    c.stroke((120, 92, 66), [(x - 0.25 * s, y), (x - 0.25 * s, y - 0.9 * s)], max(1.0, 0.05 * s))
    c.stroke((120, 92, 66), [(x + 0.25 * s, y), (x + 0.25 * s, y - 0.9 * s)], max(1.0, 0.05 * s))
    c.rect((140, 108, 76), x - 0.32 * s, y - 0.95 * s, 0.64 * s, 0.07 * s)
    c.poly((236, 238, 240), [(x - 0.25 * s, y - 0.95 * s), (x + 0.25 * s, y - 0.95 * s), (x + 0.3 * s, y - 1.45 * s),
                             (x - 0.3 * s, y - 1.45 * s)])
    c.ellipse((50, 110, 180), x, y - 1.45 * s, 0.3 * s, 0.06 * s)
    c.rect((50, 110, 180), x - 0.22 * s, y - 1.3 * s, 0.44 * s, 0.06 * s)
    c.rect((150, 154, 158), x - 0.03 * s, y - 1.0 * s, 0.06 * s, 0.1 * s)
    c.ellipse((120, 124, 128), x, y - 0.2 * s, 0.28 * s, 0.06 * s)


def cool_box(c: Canvas, x: float, y: float, s: float, color: Color = (40, 110, 180)) -> None:
    """Vaccine cool box: white lid and handle on a blue body, bottom centre at (x, y)."""
    w, h = 0.6 * s, 0.4 * s
    c.rect(shade(color, 0.8), x - w / 2, y - h, w, h, radius=0.04 * s)
    c.rect(color, x - w / 2, y - h, w * 0.94, h * 0.96, radius=0.04 * s)
    c.rect((240, 240, 236), x - w / 2 - 0.02 * s, y - h - 0.08 * s, w + 0.04 * s, 0.1 * s, radius=0.03 * s)
    c.rect((200, 200, 196), x - w * 0.2, y - h - 0.13 * s, w * 0.4, 0.05 * s, radius=0.02 * s)


# -- the dead are remembered -------------------------------------------------------------

def grave(c: Canvas, x: float, y: float, s: float, earth: Color, rng: random.Random, stones: bool = True,
          depth_k: float = 0.15) -> None:
    """A plain earth grave seen from a little above: a long low mound with a small stone at each end.

    depth_k is the ground foreshortening (camera height / distance)."""
    ln, wd, hh = 1.2 * s, 0.42 * s * depth_k / 0.15, 0.18 * s
    c.ellipse(shade(earth, 0.75), x + 0.15 * s, y + wd * 0.25, ln * 1.05, wd * 0.75, a=120)
    mound = spline([(x - ln, y), (x - ln * 0.7, y - hh * 0.8 - wd * 0.3), (x, y - hh - wd * 0.4),
                    (x + ln * 0.7, y - hh * 0.8 - wd * 0.3), (x + ln, y), (x + ln * 0.6, y + wd * 0.5),
                    (x - ln * 0.6, y + wd * 0.5)], True, 8)
    c.poly(earth, mound)
    c.poly(mix(earth, WHITE, 0.18), spline([(x - ln * 0.8, y - hh * 0.5), (x, y - hh - wd * 0.35), (x + ln * 0.8, y - hh * 0.5),
                                          (x, y - hh * 0.55)], True, 6), a=170)
    for _ in range(5):          # a few pebbles laid on the mound
        px = x + rng.uniform(-0.7, 0.7) * ln
        c.ellipse((214, 206, 192), px, y - hh * rng.uniform(0.3, 0.7), 0.05 * s, 0.03 * s)
    if stones:
        for u in (-0.92, 0.92):
            sx = x + u * ln
            h2 = rng.uniform(0.3, 0.45) * s
            c.poly((164, 154, 140), [(sx - 0.09 * s, y + 0.02 * s), (sx + 0.09 * s, y + 0.02 * s), (sx + 0.07 * s, y - h2),
                                     (sx - 0.07 * s, y - h2 * 0.94)])
            c.poly((200, 192, 180), [(sx - 0.07 * s, y + 0.02 * s), (sx, y + 0.02 * s), (sx, y - h2 * 0.97), (sx - 0.07 * s, y - h2 * 0.92)])


def puddle(c: Canvas, x: float, y: float, w: float, sky_c: Color, rng: random.Random) -> None:
    """A flat rain puddle reflecting the sky."""
    pts = []
    for i in range(10):
        a = 2 * math.pi * i / 10
        k = 1 + rng.uniform(-0.25, 0.25)
        pts.append((x + w * k * math.cos(a), y + w * 0.16 * k * math.sin(a)))
    c.poly(shade(sky_c, 0.92), spline(pts, True, 5))
    c.ellipse(mix(sky_c, WHITE, 0.35), x - w * 0.2, y - w * 0.02, w * 0.4, w * 0.03, a=140)
