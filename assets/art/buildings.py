"""Built structures: houses, stalls, checkpoints, towers and offices."""
from __future__ import annotations

import math
import random
from typing import Sequence

from .core import Canvas, Color, UN_BLUE, WHITE, ellipse_pts, mix, shade
from .emblems import un_emblem
from .land import Camera
from .plants import shade_tree


def building(c: Canvas, x: float, y: float, w: float, h: float, wall: Color, rng: random.Random,
             roof: str = "flat", door: Color | None = None, light_side: int = -1) -> None:
    """Low adobe or block building, front view, with a shaded side wall."""
    depth = w * 0.18
    side = shade(wall, 0.78)
    sx = x + w if light_side < 0 else x   # shaded side faces away from the light
    d = depth if light_side < 0 else -depth
    c.poly(side, [(sx, y - h), (sx + d, y - h - depth * 0.22), (sx + d, y - depth * 0.05), (sx, y)])
    c.rect(wall, x, y - h, w, h)
    c.rect(shade(wall, 0.9), x, y - h * 0.14, w, h * 0.14, a=160)
    if roof == "flat":
        c.rect(mix(wall, WHITE, 0.2), x - w * 0.01, y - h - h * 0.05, w * 1.02, h * 0.07)
    elif roof == "tin":
        tin = (150, 156, 160)
        c.poly(tin, [(x - w * 0.05, y - h), (x + w * 1.05, y - h), (x + w * 0.98, y - h - h * 0.22),
                     (x + w * 0.02, y - h - h * 0.22)])
        for i in range(1, 9):
            xx = x + w * i / 9
            c.stroke(shade(tin, 0.86), [(xx, y - h), (xx, y - h - h * 0.21)], max(0.8, w * 0.006))
    dw = w * 0.16
    dx = x + w * rng.uniform(0.2, 0.6)
    c.rect(door or shade(wall, 0.45), dx, y - h * 0.62, dw, h * 0.62)
    for k in range(rng.randint(1, 2)):
        wx = x + w * (0.08 + 0.7 * k) if k else x + w * 0.08
        if abs(wx - dx) < dw * 1.3:
            wx = dx + dw * 1.6
        if wx + w * 0.12 < x + w:
            c.rect(shade(wall, 0.4), wx, y - h * 0.7, w * 0.12, h * 0.22)
            c.rect(mix(wall, WHITE, 0.25), wx - w * 0.01, y - h * 0.49, w * 0.14, h * 0.03)


def awning_stall(c: Canvas, x: float, y: float, w: float, h: float, stripe: tuple[Color, Color],
                 rng: random.Random) -> None:
    """Market stall: poles, a table of goods and a scalloped striped awning."""
    wood = (112, 82, 58)
    c.rect(shade(wood, 0.8), x, y - h, w * 0.035, h)
    c.rect(shade(wood, 0.8), x + w * 0.965, y - h, w * 0.035, h)
    c.rect((74, 60, 50), x + w * 0.03, y - h * 0.92, w * 0.94, h * 0.5, a=120)
    ty = y - h * 0.38
    c.rect(wood, x - w * 0.02, ty, w * 1.04, h * 0.06)
    c.rect(shade(wood, 0.7), x + w * 0.05, ty + h * 0.06, w * 0.03, h * 0.32)
    c.rect(shade(wood, 0.7), x + w * 0.92, ty + h * 0.06, w * 0.03, h * 0.32)
    goods = [(196, 96, 62), (220, 160, 70), (140, 150, 70), (176, 120, 150), (210, 190, 140)]
    gx = x + w * 0.08
    while gx < x + w * 0.86:
        col = rng.choice(goods)
        pw = w * rng.uniform(0.14, 0.22)
        r = pw * 0.18
        for row in range(3):
            for k in range(3 - row):
                c.circle(shade(col, 0.9 + 0.05 * row), gx + r + k * r * 2 + row * r, ty - r * 0.8 - row * r * 1.5, r)
        gx += pw + w * 0.03
    c.ellipse((150, 120, 80), x + w * 0.2, y - h * 0.05, w * 0.14, h * 0.07)
    c.rect((196, 178, 140), x + w * 0.62, y - h * 0.2, w * 0.2, h * 0.2, radius=w * 0.03)
    top, bot = y - h * 1.02, y - h * 0.8
    n = 7
    sw = w * 1.1 / n
    for i in range(n):
        col = stripe[i % 2]
        x0 = x - w * 0.05 + i * sw
        c.poly(col, [(x0 + sw * 0.1, top - h * 0.12), (x0 + sw * 1.1, top - h * 0.12), (x0 + sw, bot), (x0, bot)])
        c.ellipse(col, x0 + sw / 2, bot, sw / 2, sw * 0.3)
    c.rect(shade(stripe[0], 0.8), x - w * 0.05, top - h * 0.14, w * 1.12, h * 0.04)


def sandbag_wall(c: Canvas, x: float, y: float, w: float, rows: int, bag: float, rng: random.Random) -> None:
    """Rows of stacked sandbags, bottom row resting on y."""
    base = (184, 168, 126)
    bh = bag * 0.36
    for r in range(rows):
        by = y - bh * (r + 1) * 0.92
        offset = bag * 0.5 if r % 2 else 0
        inset = r * bag * 0.2
        bx = x + inset - offset
        while bx < x + w - inset - bag * 0.3:
            bw = min(bag, x + w - inset - bx)
            left = max(bx, x + inset)
            bw = bx + bw - left
            col = shade(base, rng.uniform(0.9, 1.04))
            c.rect(shade(col, 0.68), left, by, bw, bh, radius=bh * 0.45)
            c.rect(col, left + bw * 0.02, by, bw * 0.96, bh * 0.86, radius=bh * 0.42)
            c.rect(mix(col, WHITE, 0.25), left + bw * 0.15, by + bh * 0.12, bw * 0.6, bh * 0.14, a=110, radius=bh * 0.07)
            bx += bag


def flag(c: Canvas, x: float, y: float, pole_h: float, w: float, t: float = 0.0, design: str = "un") -> None:
    """Flag on a pole whose foot is at (x, y): the light-blue UN flag, or design='national' for the
    invented national flag of the game's setting (teal, sand, teal with a white star)."""
    c.stroke((120, 120, 120), [(x, y), (x, y - pole_h)], max(1.5, w * 0.03))
    c.circle((200, 200, 196), x, y - pole_h, w * 0.03)
    top = y - pole_h + w * 0.04
    hgt = w * 0.62
    n = 20

    def edge(v: float) -> list[tuple[float, float]]:
        """Points across the cloth at height fraction v (0 = top edge, 1 = bottom edge)."""
        out = []
        for i in range(n + 1):
            u = i / n
            wave = math.sin(u * 5.0 + t) * w * 0.045 * u
            out.append((x + u * w * (1 - 0.02 * v), top + hgt * v + wave + u * w * (0.06 + 0.04 * v)))
        return out
    upper, lower = edge(0.0), edge(1.0)
    if design == "national":
        bands = [(0.0, 0.34, (40, 120, 120)), (0.34, 0.66, (226, 196, 130)), (0.66, 1.0, (40, 120, 120))]
        for v0, v1, col in bands:
            c.poly(col, edge(v0) + edge(v1)[::-1])
        mid = edge(0.5)[n // 2]
        star = []
        for i in range(10):
            r = hgt * (0.13 if i % 2 == 0 else 0.055)
            a = -math.pi / 2 + i * math.pi / 5
            star.append((mid[0] + r * math.cos(a), mid[1] + r * math.sin(a)))
        c.poly(WHITE, star)
    else:
        c.poly(UN_BLUE, upper + lower[::-1])
    for i in range(n):          # the shaded folds of the cloth
        u = i / n
        if math.cos(u * 5.0 + t) > 0.3:
            if design == "national":
                c.poly((0, 0, 0), [upper[i], upper[i + 1], lower[i + 1], lower[i]], a=22)
            else:
                c.poly(shade(UN_BLUE, 0.88), [upper[i], upper[i + 1], lower[i + 1], lower[i]], a=120)
    if design != "national":
        mx, my = x + w * 0.5, top + hgt / 2 + math.sin(0.5 * 5.0 + t) * w * 0.045 * 0.5 + w * 0.04
        un_emblem(c, mx, my, hgt * 0.26, WHITE)


def boom_barrier(c: Canvas, x0: float, x1: float, y: float, h: float) -> None:
    """Striped boom gate from a post at x0 to a rest at x1."""
    post = (90, 96, 100)
    c.rect(post, x0 - h * 0.12, y - h * 1.1, h * 0.24, h * 1.1)
    c.rect(shade(post, 0.7), x0 - h * 0.2, y - h * 0.1, h * 0.4, h * 0.1)
    c.stroke((120, 104, 84), [(x1, y), (x1, y - h * 0.95)], h * 0.06)
    c.stroke((120, 104, 84), [(x1 - h * 0.12, y - h * 1.05), (x1, y - h * 0.9), (x1 + h * 0.12, y - h * 1.05)], h * 0.05)
    by = y - h
    n = 12
    for i in range(n):
        xa = x0 + (x1 + h * 0.3 - x0) * i / n
        xb = x0 + (x1 + h * 0.3 - x0) * (i + 1) / n
        col = (186, 72, 60) if i % 2 == 0 else (236, 232, 222)
        c.poly(col, [(xa, by - h * 0.06), (xb, by - h * 0.06), (xb, by + h * 0.06), (xa, by + h * 0.06)])
    c.rect((60, 60, 60), x0 - h * 0.3, by - h * 0.14, h * 0.3, h * 0.28, radius=h * 0.04)


def guard_post(c: Canvas, x: float, y: float, s: float, rng: random.Random) -> None:
    """Small sandbagged observation post with a light roof. s = px per metre."""
    wood = (118, 96, 72)
    for u in (0.2, 3.0):
        c.rect(wood, x + u * s, y - 2.5 * s, 0.12 * s, 2.5 * s)
    c.rect((70, 64, 56), x + 0.2 * s, y - 2.4 * s, 2.9 * s, 1.6 * s, a=150)
    c.poly((150, 156, 152), [(x - 0.2 * s, y - 2.45 * s), (x + 3.5 * s, y - 2.45 * s),
                             (x + 3.3 * s, y - 2.8 * s), (x, y - 2.8 * s)])
    c.rect(shade((150, 156, 152), 0.75), x - 0.2 * s, y - 2.5 * s, 3.7 * s, 0.08 * s)
    sandbag_wall(c, x - 0.3 * s, y, 3.8 * s, 3, 0.75 * s, rng)


def distant_town(c: Canvas, rng: random.Random, cam: Camera, z: float, x0: float, x1: float,
                 gap: tuple[float, float], walls: Sequence[Color], haze: Color, haze_t: float) -> None:
    """A row of low buildings and trees at depth z, leaving a gap (world x) for the road."""
    s = cam.scale(z)
    x = x0
    while x < x1:
        w = rng.uniform(5, 11)
        if gap[0] - w < x < gap[1]:
            x = gap[1]
            continue
        h = rng.uniform(3.0, 4.6) if rng.random() < 0.8 else rng.uniform(5.5, 6.8)
        px, py = cam.project(x, z)
        wall = mix(rng.choice(walls), haze, haze_t)
        if rng.random() < 0.35:
            shade_tree(c, px + w * s * rng.uniform(0.2, 0.8), py - 2 * s, rng.uniform(7, 9) * s, rng.uniform(6, 8) * s, rng,
                       mix((96, 80, 60), haze, haze_t), mix((110, 122, 80), haze, haze_t),
                       mix((134, 144, 94), haze, haze_t))
        building(c, px, py + rng.uniform(-0.3, 0.3) * s, w * s, h * s, wall, rng, rng.choice(["flat", "flat", "tin"]),
                 door=mix((80, 110, 120), haze, haze_t) if rng.random() < 0.4 else None,
                 light_side=-1 if x > 0 else 1)
        x += w + rng.uniform(-1.5, 2.5)


def phone_mast(c: Canvas, x: float, y: float, h: float, color: Color) -> None:
    """Thin lattice telecom mast."""
    w = h * 0.05
    c.stroke(color, [(x - w, y), (x - w * 0.2, y - h)], max(1.0, h * 0.008))
    c.stroke(color, [(x + w, y), (x + w * 0.2, y - h)], max(1.0, h * 0.008))
    n = 10
    for i in range(n):
        t0, t1 = i / n, (i + 1) / n
        wa, wb = w * (1 - 0.8 * t0), w * (1 - 0.8 * t1)
        c.stroke(color, [(x - wa, y - h * t0), (x + wb, y - h * t1)], max(0.6, h * 0.004))
    for k in (0.86, 0.94):
        c.rect(color, x - w * 0.45, y - h * k, w * 0.9, h * 0.03)


def water_tower(c: Canvas, x: float, ground_y: float, w: float, h: float) -> None:
    """Elevated plastic water tank on a steel stand; x is the left edge."""
    steel = (96, 100, 104)
    top = ground_y - h
    for lx in (x + w * 0.08, x + w * 0.92):
        c.stroke(steel, [(lx, ground_y), (lx + (x + w / 2 - lx) * 0.12, top)], w * 0.035)
    n = 5
    for i in range(n):
        y0 = ground_y - h * i / n
        y1 = ground_y - h * (i + 1) / n
        c.stroke(shade(steel, 1.1), [(x + w * 0.09, y0), (x + w * 0.9, y1)], w * 0.012)
        c.stroke(shade(steel, 1.1), [(x + w * 0.91, y0), (x + w * 0.1, y1)], w * 0.012)
        c.stroke(steel, [(x + w * 0.1, y1), (x + w * 0.9, y1)], w * 0.018)
    c.rect(shade(steel, 0.8), x - w * 0.02, top - w * 0.03, w * 1.04, w * 0.06)
    tank = (70, 84, 100)
    tx, tw, th = x + w * 0.06, w * 0.88, w * 0.66
    c.grad_poly([(tx, top - th), (tx + tw, top - th), (tx + tw, top), (tx, top)],
                [(0, mix(tank, WHITE, 0.12)), (1, shade(tank, 0.85))])
    c.ellipse(mix(tank, WHITE, 0.2), tx + tw / 2, top - th, tw / 2, w * 0.07)
    c.ellipse(shade(tank, 0.7), tx + tw / 2, top - th - w * 0.03, tw * 0.12, w * 0.025)
    for k in range(1, 4):
        yy = top - th * k / 4
        c.stroke(shade(tank, 0.85), [(tx, yy), (tx + tw, yy)], w * 0.012)
    c.rect(mix(tank, WHITE, 0.3), tx + tw * 0.12, top - th * 0.92, tw * 0.08, th * 0.8, a=70)
    c.stroke((120, 124, 128), [(x + w * 0.5, top), (x + w * 0.5, ground_y - w * 0.12), (x + w * 0.72, ground_y - w * 0.12)],
             w * 0.03)
    c.rect((150, 154, 156), x + w * 0.7, ground_y - w * 0.16, w * 0.05, w * 0.08)


def veranda_building(c: Canvas, x0: float, x1: float, top: float, base: float, wall: Color) -> None:
    """Long single-storey office block with a tin-roofed veranda on posts."""
    roof = (132, 146, 150)
    # main roof plane with solar panels
    c.poly(shade(roof, 0.9), [(x0 + 30, top - 62), (x1 - 30, top - 62), (x1 + 20, top - 16), (x0 - 20, top - 16)])
    for k in range(4):
        px = x0 + 110 + k * 70
        c.poly((52, 70, 102), [(px, top - 56), (px + 60, top - 56), (px + 66, top - 26), (px - 4, top - 26)])
        c.stroke((96, 118, 150), [(px + 30, top - 56), (px + 33, top - 26)], 1.2)
        c.stroke((96, 118, 150), [(px - 2, top - 41), (px + 63, top - 41)], 1.2)
    dx, dy = x1 - 110, top - 72
    c.stroke((150, 150, 150), [(dx, top - 30), (dx, dy + 12)], 3)
    c.poly((230, 230, 226), ellipse_pts(dx - 4, dy, 26, 20, -0.5, 24))
    c.stroke((150, 150, 150), [(dx - 4, dy), (dx + 12, dy - 10)], 2)
    # wall behind the veranda (in shade) with doors and windows
    c.rect(shade(wall, 0.78), x0, top, x1 - x0, base - top)
    c.rect(shade((92, 138, 150), 0.8), x0, base - 70, x1 - x0, 70)
    door = (64, 112, 116)
    for i, wx in enumerate(range(int(x0) + 60, int(x1) - 60, 140)):
        if i % 3 == 1:
            c.rect(shade(door, 0.8), wx, base - 150, 62, 150)
            c.rect(shade(door, 0.65), wx + 6, base - 144, 50, 60)
            c.circle((200, 190, 150), wx + 52, base - 76, 3)
        else:
            c.rect(shade(wall, 0.55), wx, base - 150, 82, 64)
            for k in range(1, 5):
                c.stroke(shade(wall, 0.8), [(wx + k * 82 / 5, base - 150), (wx + k * 82 / 5, base - 86)], 2)
            c.rect(shade(wall, 0.9), wx - 4, base - 88, 90, 6)
    # veranda floor slab and roof on posts
    c.rect((196, 192, 182), x0 - 20, base, x1 - x0 + 40, 14)
    c.rect((170, 166, 158), x0 - 20, base + 12, x1 - x0 + 40, 5)
    c.poly(roof, [(x0 - 30, top - 18), (x1 + 30, top - 18), (x1 + 40, top + 8), (x0 - 40, top + 8)])
    for k in range(24):
        xx = x0 - 30 + (x1 - x0 + 60) * k / 24
        c.stroke(shade(roof, 0.86), [(xx, top - 18), (xx + (xx - (x0 + x1) / 2) * 0.01, top + 8)], 1.5)
    c.rect(shade(roof, 0.75), x0 - 40, top + 8, x1 - x0 + 80, 8)
    c.rect((0, 0, 0), x0, top + 16, x1 - x0, 30, a=40)
    post = (228, 224, 214)
    n = 6
    for k in range(n + 1):
        px = x0 - 10 + (x1 - x0 + 20) * k / n
        c.rect(post, px - 6, top + 16, 12, base - top - 16)
        c.rect(shade(post, 0.8), px + 2, top + 16, 4, base - top - 16)
