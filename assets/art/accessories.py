"""Portrait extras: things held at the chest, binoculars, a baby carried on the back, wet clothes."""
from __future__ import annotations

import math

from .core import Canvas, Color, Point, WHITE, ellipse_pts, mix, quad_curve, shade, spline
from .face import Geo, Look, skin_tones


def rot_rect(cx: float, cy: float, w: float, h: float, angle: float) -> list[Point]:
    """Corners of a w x h rectangle centred on (cx, cy), turned by angle (radians)."""
    ca, sa = math.cos(angle), math.sin(angle)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca)
            for x, y in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]


def along(p: Point, q: Point, t: float) -> Point:
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def fingers(c: Canvas, edge_a: Point, edge_b: Point, inward: Point, skin: Color, n: int = 4,
            length: float = 22.0, width: float = 11.0) -> None:
    """Fingers curled over an edge (from edge_a to edge_b), their tips pointing along `inward`."""
    t = skin_tones(skin)
    L = math.hypot(*inward) or 1.0
    ux, uy = inward[0] / L, inward[1] / L
    bones = []
    for i in range(n):
        bx, by = along(edge_a, edge_b, (i + 0.5) / n)
        ln = length * ((0.84, 1.0, 0.96, 0.78)[i % 4] if n > 1 else 1.0)
        bones.append(((bx - ux * length * 0.15, by - uy * length * 0.15), (bx + ux * ln * 0.85, by + uy * ln * 0.85)))
    for base, tip in bones:     # outline, then the fill, so the hand reads as one shape
        c.stroke(t["line"], [base, tip], width + 2.0)
    for base, tip in bones:
        c.stroke(t["base"], [base, tip], width)
    c.push()
    c.stroke(t["shadow"], [along(edge_a, edge_b, -0.1), along(edge_b, edge_a, -0.1)], width * 1.2)
    c.pop(a=140)
    for i, (base, tip) in enumerate(bones):
        if i:                   # the crease between two fingers
            pb, pt = bones[i - 1]
            c.stroke(t["line"], [along(base, pb, 0.5), along(along(tip, pt, 0.5), along(base, pb, 0.5), 0.15)], 1.2,
                     a=170)
        c.ellipse(t["light"], tip[0] - ux * width * 0.3, tip[1] - uy * width * 0.3 - width * 0.1,
                  width * 0.24, width * 0.16, a=150)


def draw_held(c: Canvas, g: Geo, look: Look) -> None:
    """A clipboard, notebook or phone held flat against the chest, fingers curled over its outer edge."""
    if look.hold is None:
        return
    kind = look.hold
    if kind == "clipboard":
        cx, cy, w, h, ang = g.cx - 70, 500, 150, 190, -0.1
    elif kind == "notebook":
        cx, cy, w, h, ang = g.cx + 80, 474, 86, 118, 0.1
    elif kind == "radio":
        cx, cy, w, h, ang = g.cx - 66, 468, 44, 96, -0.12
    else:  # phone
        cx, cy, w, h, ang = g.cx - 62, 470, 46, 90, -0.14
    pts = rot_rect(cx, cy, w, h, ang)
    c.poly((0, 0, 0), [(x + 4, y + 6) for x, y in pts], a=50)
    if kind == "clipboard":
        c.poly(look.hold_color, pts)
        c.poly(mix(look.hold_color, WHITE, 0.2), rot_rect(cx, cy, w, h, ang)[:2] +
               rot_rect(cx, cy - h / 2 + 3, w, 6, ang)[2:][::-1], a=120)
        paper = rot_rect(cx + 2, cy + 10, w - 18, h - 24, ang)
        c.poly((248, 248, 244), paper)
        for k in range(6):      # form lines and tick boxes
            a, b = along(paper[0], paper[3], 0.12 + k * 0.12), along(paper[1], paper[2], 0.12 + k * 0.12)
            c.stroke((176, 184, 196), [along(a, b, 0.2), along(a, b, 0.9)], 2.0)
            q = along(a, b, 0.1)
            c.poly((120, 140, 170), rot_rect(q[0], q[1], 8, 8, ang))
            c.poly((248, 248, 244), rot_rect(q[0], q[1], 5, 5, ang))
        clip = rot_rect(*along(pts[0], pts[1], 0.5), 56, 20, ang)
        c.poly((150, 154, 160), clip)
        c.poly((196, 200, 206), rot_rect(*along(pts[0], pts[1], 0.5), 46, 8, ang))
        edge = (pts[0], pts[3])
    elif kind == "notebook":
        c.poly(look.hold_color, pts)
        c.poly(shade(look.hold_color, 0.75), rot_rect(cx - w / 2 + 6, cy, 10, h, ang))
        band = rot_rect(cx + w * 0.3, cy, 6, h, ang)
        c.poly((30, 30, 34), band)
        # a pen clipped to the cover
        pa, pb = along(pts[0], pts[1], 0.6), along(pts[3], pts[2], 0.6)
        pen_top = (pa[0] - 6, pa[1] - 18)
        c.stroke((40, 60, 110), [pen_top, along(pa, pb, 0.55)], 6)
        c.stroke((200, 200, 204), [pen_top, along(pen_top, along(pa, pb, 0.55), 0.08)], 6)
        edge = (pts[1], pts[2])
    elif kind == "radio":
        top = along(pts[0], pts[1], 0.3)
        ant_top = (top[0] + math.sin(ang) * 52, top[1] - math.cos(ang) * 52)
        c.stroke((30, 30, 32), [top, ant_top], 7)
        c.circle((30, 30, 32), ant_top[0], ant_top[1], 4)
        knob = along(pts[0], pts[1], 0.75)
        c.poly((40, 40, 44), rot_rect(knob[0] + math.sin(ang) * 6, knob[1] - math.cos(ang) * 6, 10, 12, ang))
        c.poly((38, 40, 44), pts)
        c.poly((58, 62, 68), rot_rect(cx, cy, w - 8, h - 8, ang))
        grille = rot_rect(cx, cy - h * 0.18, w - 18, h * 0.3, ang)
        c.poly((30, 32, 36), grille)
        for k in range(4):
            a, b = along(grille[0], grille[3], 0.2 + k * 0.2), along(grille[1], grille[2], 0.2 + k * 0.2)
            c.stroke((70, 74, 80), [a, b], 1.2)
        led = along(along(pts[0], pts[1], 0.8), along(pts[3], pts[2], 0.8), 0.1)
        c.circle((120, 220, 140), led[0], led[1], 2.2)
        edge = (pts[1], pts[2])
    else:
        c.poly((44, 46, 52), [(x, y) for x, y in pts])
        c.poly((62, 66, 74), rot_rect(cx, cy, w - 6, h - 6, ang))
        lens = along(along(pts[0], pts[1], 0.28), along(pts[3], pts[2], 0.28), 0.14)
        c.circle((24, 24, 28), lens[0], lens[1], 5)
        c.circle((90, 96, 110), lens[0] - 1, lens[1] - 1, 2)
        edge = (pts[1], pts[2])
    # fingers of the hand behind, curling over the outer edge
    a, b = edge
    mid_a, mid_b = {"clipboard": (along(a, b, 0.1), along(a, b, 0.46)), "notebook": (along(a, b, 0.25), along(a, b, 0.72)),
                    "phone": (along(a, b, 0.35), along(a, b, 0.95)), "radio": (along(a, b, 0.4), along(a, b, 0.95))}[kind]
    m = along(a, b, 0.5)
    n = (-(b[1] - a[1]), b[0] - a[0])          # edge normal, turned to point at the item's centre
    if n[0] * (cx - m[0]) + n[1] * (cy - m[1]) < 0:
        n = (-n[0], -n[1])
    inward = n
    size = {"phone": (18, 9.0), "radio": (18, 9.5), "notebook": (24, 10.5), "clipboard": (32, 12.0)}[kind]
    fingers(c, mid_a, mid_b, inward, look.skin, 4, *size)
    if kind in ("phone", "radio"):      # thumb over the other side
        ta, tb = along(pts[0], pts[3], 0.3), along(pts[0], pts[3], 0.55)
        fingers(c, ta, tb, (-inward[0], -inward[1]), look.skin, 1, 18, 10.5)


def draw_binoculars(c: Canvas, g: Geo, look: Look) -> None:
    if not look.binoculars:
        return
    cx, top = g.cx, g.collar_y
    strap = (52, 50, 44)
    for s in (-1, 1):
        pts = quad_curve((cx + s * (g.neck + 6), top - 4), (cx + s * (g.neck + 16), top + 40), (cx + s * 30, 446), 12)
        c.stroke(shade(strap, 0.7), [(x + 1, y + 2) for x, y in pts], 6, a=120)
        c.stroke(strap, pts, 5)
    body, rubber = (58, 62, 56), (44, 46, 42)
    c.ellipse((0, 0, 0), cx + 4, 506, 80, 24, a=50)
    for s in (-1, 1):
        bx = cx + s * 30
        c.rect(rubber, bx - 24, 448, 48, 80, radius=12)
        c.rect(body, bx - 20, 452, 40, 72, radius=10)
        c.rect(mix(body, WHITE, 0.2), bx - 16 + (s < 0) * 4, 458, 8, 56, radius=4, a=120)
        for k in range(4):
            c.stroke(shade(body, 0.8), [(bx - 18, 478 + k * 8), (bx + 18, 478 + k * 8)], 1.6)
        c.ellipse((30, 30, 30), bx, 446, 22, 9)
        c.ellipse((70, 76, 84), bx, 446, 15, 6)
        c.ellipse((150, 170, 190), bx - 4, 445, 5, 2, a=160)
    c.rect(shade(body, 0.85), cx - 10, 452, 20, 44, radius=4)
    c.circle((90, 94, 88), cx, 458, 8)
    c.circle(shade(body, 0.7), cx, 458, 4)


# -- a sleeping baby carried on the back ------------------------------------

def baby_anchor(g: Geo) -> tuple[float, float, float]:
    """Centre and radius of the baby's head, peeping over the mother's left shoulder."""
    return g.cx + g.w * 1.42, g.cy + g.h * 1.42, g.w * 0.5


def draw_baby_back(c: Canvas, g: Geo, look: Look) -> None:
    """Behind the mother: the cloth bulge above her shoulder and the baby's sleeping head."""
    if look.baby is None:
        return
    wrap = look.baby
    bx, by, r = baby_anchor(g)
    t = skin_tones(look.skin)
    c.poly(shade(wrap, 0.85), spline([(bx - r * 1.6, by + r * 3), (bx - r * 1.5, by + r * 0.9),
                                      (bx - r * 0.6, by + r * 0.5), (bx + r * 0.7, by + r * 0.55),
                                      (bx + r * 1.7, by + r * 1.4), (bx + r * 2.0, by + r * 3)], True, 8))
    # the head, cheek resting on the mother's back, face turned to us
    c.push()
    c.ellipse(t["base"], bx, by, r, r * 0.96)
    c.push()
    c.ellipse(t["shadow"], bx + r * 0.85, by + r * 0.2, r * 0.6, r * 1.2)
    c.glow(bx - r * 0.4, by + r * 0.25, r * 0.4, mix(t["base"], (200, 90, 90), 0.3), a=110)
    c.pop(a=150, clip=True)
    c.pop()
    c.push()                    # soft, short hair
    c.ellipse(mix(look.hair, t["base"], 0.25), bx + r * 0.08, by - r * 0.5, r * 0.96, r * 0.5)
    c.erase(ellipse_pts(bx - r * 0.08, by + r * 0.08, r * 0.9, r * 0.74, 0.0, 30))
    c.pop()
    for k in range(7):
        a = math.pi * (1.1 + 0.11 * k)
        x, y = bx + r * 0.85 * math.cos(a) + r * 0.08, by + r * 0.82 * math.sin(a) - r * 0.06
        c.circle(mix(look.hair, t["base"], 0.1), x, y, r * 0.09)
    for k, ex in enumerate((bx - r * 0.42, bx + r * 0.18)):
        c.stroke(t["line"], quad_curve((ex - r * 0.16, by - r * 0.02), (ex, by + r * 0.1), (ex + r * 0.16, by - r * 0.02), 8),
                 1.8)
    c.stroke(t["line"], quad_curve((bx - r * 0.22, by + r * 0.3), (bx - r * 0.12, by + r * 0.36), (bx - r * 0.02, by + r * 0.3), 6),
             1.4, a=160)
    c.ellipse(t["lip"], bx - r * 0.14, by + r * 0.54, r * 0.12, r * 0.06)
    c.ellipse(t["base"], bx + r * 0.92, by + r * 0.05, r * 0.16, r * 0.24)
    c.ellipse(t["shadow"], bx + r * 0.94, by + r * 0.06, r * 0.08, r * 0.13)
    # the cloth drawn up behind the baby's neck
    c.poly(wrap, spline([(bx - r * 1.3, by + r * 2.2), (bx - r * 1.2, by + r * 0.95), (bx - r * 0.3, by + r * 0.72),
                         (bx + r * 0.8, by + r * 0.8), (bx + r * 1.5, by + r * 1.5), (bx + r * 1.6, by + r * 2.4)], True, 8))
    c.stroke(shade(wrap, 0.75), quad_curve((bx - r * 1.1, by + r * 1.0), (bx, by + r * 0.7), (bx + r * 1.3, by + r * 1.4)), 2.5)
    c.stroke(mix(wrap, WHITE, 0.3), quad_curve((bx - r * 1.0, by + r * 1.35), (bx, by + r * 1.1), (bx + r * 1.2, by + r * 1.8)), 3,
             a=140)


def draw_baby_front(c: Canvas, g: Geo, look: Look) -> None:
    """In front: the top edge of the carrying cloth tied across the mother's chest, knotted in the middle."""
    if look.baby is None:
        return
    wrap = look.baby
    cx, top = g.cx, g.collar_y
    band_top = quad_curve((cx - 190, top + 66), (cx, top + 50), (cx + 190, top + 40), 16)
    band_bot = quad_curve((cx + 190, top + 74), (cx, top + 82), (cx - 190, top + 96), 16)
    c.push()                    # whole sling clipped to the clothes layer beneath
    c.poly(shade(wrap, 0.6), [(x, y + 4) for x, y in band_top + band_bot], a=90)
    c.push()
    c.poly(wrap, band_top + band_bot)
    c.push()
    for k in range(-7, 8):      # woven stripes
        x = cx + k * 28
        c.stroke(mix(wrap, WHITE, 0.3), [(x - 4, top + 30), (x + 4, top + 110)], 2.4)
    c.stroke(shade(wrap, 0.7), [(x, y + 6) for x, y in band_top], 2)
    c.pop(a=150, clip=True)
    c.pop()
    kx, ky = cx + 6, top + 66
    c.poly(shade(wrap, 0.65), spline([(kx - 20, ky - 10), (kx + 18, ky - 13), (kx + 21, ky + 11), (kx - 17, ky + 14)], True, 6))
    c.poly(shade(wrap, 1.04), spline([(kx - 15, ky - 7), (kx + 13, ky - 10), (kx + 16, ky + 7), (kx - 12, ky + 10)], True, 6))
    for k in (-1, 1):           # twists of the knot
        c.stroke(shade(wrap, 0.7), quad_curve((kx + k * 10, ky - 8), (kx + k * 2, ky), (kx + k * 9, ky + 8), 6), 2.2)
    for s in (-1, 1):           # the two tucked ends
        c.poly(shade(wrap, 0.82), [(kx + s * 4, ky + 10), (kx + s * 16, ky + 40), (kx + s * 1, ky + 38)])
    c.pop(clip=True)


# -- soaked clothes and skin ------------------------------------------------------

def drop(c: Canvas, x: float, y: float, r: float, base: Color) -> None:
    """A single clinging water drop (teardrop, point up) with a highlight."""
    pts = spline([(x, y - r * 2.2), (x + r, y), (x, y + r), (x - r, y)], True, 6)
    c.poly(shade(base, 0.8), [(px + 0.6, py + 1) for px, py in pts], a=140)
    c.poly(mix(base, WHITE, 0.3), pts, a=150)
    c.circle(WHITE, x - r * 0.3, y - r * 0.2, r * 0.35, a=220)


def draw_wet(c: Canvas, g: Geo, look: Look) -> None:
    """Over the finished head: a wet sheen on the skin and drops running from the wet head cloth."""
    if not look.wet:
        return
    t = skin_tones(look.skin)
    for u, v, r in ((-0.3, -0.42, 0.32), (-0.16, 0.3, 0.12), (-0.5, 0.18, 0.2), (0.52, 0.2, 0.16)):
        c.glow(*g.p(u, v), g.w * r, WHITE, a=70, ry=g.h * r * 0.5)
    for s in (-1, 1):           # trickles from the wet cloth down the temples
        x0, y0 = g.p(s * 0.84, -0.36)
        trail = quad_curve((x0, y0), (x0 + s * 2, y0 + 22), (x0 - s * 1, y0 + 40), 8)
        c.stroke(mix(t["base"], WHITE, 0.35), trail, 1.6, a=110)
        drop(c, trail[-1][0], trail[-1][1] + 2, 2.6, t["base"])
    # drops hanging from the lower edge of the head cloth
    if look.head != "none":
        for u in (-0.5, 0.62):
            x, y = g.p(u, -0.52 - 0.06 * (1 - abs(u)))
            drop(c, x, y + 6, 2.6, look.head_color)


def draw_headset(c: Canvas, g: Geo, look: Look) -> None:
    """Single-ear radio headset: earpiece over the wearer's left ear, boom microphone to the mouth."""
    if not look.headset:
        return
    ex, ey = g.p(1.02, 0.12)
    c.stroke((40, 42, 46), quad_curve((ex, ey - 24), g.p(1.06, -0.5), g.p(0.95, -0.72)), 5)
    c.ellipse((30, 32, 36), ex + 2, ey, 14, 20)
    c.ellipse((70, 74, 80), ex + 1, ey - 2, 8, 12)
    mx, my = g.p(0.36, 0.62)
    c.stroke((36, 38, 42), quad_curve((ex - 4, ey + 10), g.p(0.86, 0.66), (mx + 10, my)), 3.2)
    c.ellipse((30, 32, 36), mx + 6, my, 7, 5)
    c.stroke((40, 42, 46), quad_curve((ex + 4, ey + 18), (ex + 14, ey + 70), (ex - 6, ey + 130)), 2.2)
