"""Displacement-site structures: wire and reed fences, tents, shelters, distribution tables, water tanks."""
from __future__ import annotations

import math
import random
from typing import Sequence

from .core import Canvas, Color, Point, WHITE, mix, shade, spline
from .emblems import ngo_logo
from .land import Camera
from .solids import Frame, draw_solid, face_map, face_rect, gable_faces


def lerp2(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


# -- fences -------------------------------------------------------------------------

def wire_fence(c: Canvas, cam: Camera, a: Point, b: Point, height: float = 2.0, spacing: float = 3.0,
               post: Color = (112, 108, 100), wire: Color = (150, 150, 146), gap: tuple[float, float] | None = None,
               mesh_a: int = 40) -> None:
    """Chain-link fence on posts from world point a to b (x, z); gap = (t0, t1) leaves an open gateway."""
    L = math.dist(a, b)
    n = max(1, round(L / spacing))
    ts = [i / n for i in range(n + 1)]

    def P(t: float, y: float) -> Point:
        x, z = lerp2(a, b, t)
        return cam.project(x, z, y)

    def open_at(t: float) -> bool:
        return gap is not None and gap[0] + 1e-6 < t < gap[1] - 1e-6

    spans = []
    for t0, t1 in zip(ts, ts[1:]):
        if gap and not (t1 <= gap[0] or t0 >= gap[1]):
            if t0 < gap[0]:
                spans.append((t0, gap[0]))
            if t1 > gap[1]:
                spans.append((gap[1], t1))
        else:
            spans.append((t0, t1))
    # mesh: a faint fill and a diagonal lattice clipped to each span
    dt_step, dt_diag = 0.6 / L, height / L
    for t0, t1 in spans:
        c.poly(wire, [P(t0, 0.05), P(t1, 0.05), P(t1, height), P(t0, height)], a=mesh_a)
        width = max(0.5, cam.scale(lerp2(a, b, t0)[1]) * 0.012)
        u = t0 - dt_diag
        while u < t1:
            for flip in (False, True):
                lo = max(0.0, (t0 - u) / dt_diag)
                hi = min(1.0, (t1 - u) / dt_diag)
                if hi > lo:
                    def at(lam: float) -> Point:
                        return P(u + lam * dt_diag, (1 - lam if flip else lam) * height + 0.05)
                    c.stroke(wire, [at(lo), at(hi)], width, a=70)
            u += dt_step
    for t0, t1 in spans:        # line wires
        for y in (0.1, height * 0.5, height):
            c.stroke(shade(wire, 0.9), [P(t0, y), P(t1, y)], max(0.6, cam.scale(lerp2(a, b, t0)[1]) * 0.018))
    if gap:                     # gateway: heavier posts, a top bar and a gate swung open inwards
        g0, g1 = gap
        for t in (g0, g1):
            z = lerp2(a, b, t)[1]
            c.stroke(shade(post, 0.7), [P(t, 0), P(t, height + 0.5)], max(1.5, cam.scale(z) * 0.14))
        zg = lerp2(a, b, g0)[1]
        c.stroke(shade(post, 0.75), [P(g0, height + 0.4), P(g1, height + 0.4)], max(1.2, cam.scale(zg) * 0.09))
        hx, hz = lerp2(a, b, g1)
        nx, nz = (b[1] - a[1]) / L, -(b[0] - a[0]) / L     # normal pointing to the viewer's side
        wgt = (g1 - g0) * L * 0.9
        ex, ez = hx - nx * wgt * 0.7 - (b[0] - a[0]) / L * wgt * 0.7, hz - nz * wgt * 0.7 - (b[1] - a[1]) / L * wgt * 0.7
        frame = [cam.project(hx, hz, 0.15), cam.project(ex, ez, 0.15), cam.project(ex, ez, height),
                 cam.project(hx, hz, height)]
        c.poly(wire, frame, a=mesh_a + 20)
        c.stroke(shade(post, 0.8), frame + [frame[0]], max(1.0, cam.scale(hz) * 0.06))
        c.stroke(shade(post, 0.8), [frame[0], frame[2]], max(0.8, cam.scale(hz) * 0.04))
    posts = sorted(set(ts + ([gap[0], gap[1]] if gap else [])), key=lambda t: -lerp2(a, b, t)[1])
    for t in posts:
        if open_at(t):
            continue
        x, z = lerp2(a, b, t)
        s = cam.scale(z)
        top = P(t, height + 0.15)
        c.stroke(shade(post, 0.8), [P(t, 0), top], max(1.0, s * 0.09))
        c.stroke(mix(post, WHITE, 0.25), [P(t, 0), top], max(0.5, s * 0.03))


def reed_fence(c: Canvas, cam: Camera, a: Point, b: Point, rng: random.Random, height: float = 2.0,
               color: Color = (196, 170, 118), gap: tuple[float, float] | None = None) -> None:
    """Woven millet-stalk (secco) fence: close vertical stalks, ragged tops, tied with two bands."""
    L = math.dist(a, b)

    def P(t: float, y: float) -> Point:
        x, z = lerp2(a, b, t)
        return cam.project(x, z, y)

    spans = [(0.0, 1.0)] if not gap else [(0.0, gap[0]), (gap[1], 1.0)]
    for t0, t1 in spans:
        if t1 - t0 <= 1e-6:
            continue
        n = 14
        tops = []
        for i in range(n + 1):
            t = t0 + (t1 - t0) * i / n
            tops.append(P(t, height + rng.uniform(-0.12, 0.12)))
        c.poly(shade(color, 0.86), [P(t0, 0), P(t1, 0)] + tops[::-1])
        # individual stalks
        k = max(8, int((t1 - t0) * L / 0.07))
        for i in range(k):
            t = t0 + (t1 - t0) * (i + rng.random() * 0.6) / k
            x, z = lerp2(a, b, t)
            s = cam.scale(z)
            hgt = height + rng.uniform(-0.1, 0.18)
            col = shade(color, rng.uniform(0.82, 1.08))
            c.stroke(col, [P(t, 0), P(t + rng.uniform(-0.002, 0.002), hgt)], max(0.7, s * 0.035))
        for y in (height * 0.3, height * 0.72):
            c.stroke(shade(color, 0.6), [P(t0, y), P(t1, y)], max(1.0, cam.scale(lerp2(a, b, t0)[1]) * 0.05))
        # stakes at the ends
        for t in (t0, t1):
            x, z = lerp2(a, b, t)
            c.stroke((110, 84, 60), [P(t, 0), P(t, height + 0.25)], max(1.2, cam.scale(z) * 0.08))


# -- tents and shelters ----------------------------------------------------------------

def ngo_tent(c: Canvas, cam: Camera, x: float, z: float, yaw: float, w: float = 6.0, d: float = 9.0,
             cloth: Color = (238, 238, 232), trim: Color = (74, 128, 124), logo: bool = True, open_front: bool = True,
             sun=None) -> dict[str, list[Point]]:
    """Large white ridge tent (distribution or clinic tent) with an open front and a printed logo."""
    f = Frame(x, z, yaw)
    faces = gable_faces(f, w, d, 2.0, 3.4, cloth, shade(cloth, 0.97), overhang=0.25)
    kw = {"sun": sun} if sun else {}
    out = draw_solid(c, cam, faces, **kw)
    if "front" in out and open_front:
        fr = out["front"]
        door = [face_map(fr[:3] + [fr[4]], 0.22, 0.0), face_map(fr[:3] + [fr[4]], 0.78, 0.0),
                face_map(fr[:3] + [fr[4]], 0.78, 0.92), lerp2(fr[3], face_map(fr[:3] + [fr[4]], 0.5, 0.9), 0.5),
                face_map(fr[:3] + [fr[4]], 0.22, 0.92)]
        c.poly((84, 80, 74), door)
        c.poly((120, 112, 100), [door[0], door[1], lerp2(door[1], door[2], 0.12), lerp2(door[0], door[4], 0.12)], a=140)
    for side in ("left", "right"):
        if side in out:
            sd = out[side]
            c.poly(shade(trim, 0.95), face_rect(sd, 0.0, 0.0, 1.0, 0.08))
            if logo:
                lx, ly = face_map(sd, 0.5, 0.55)
                r = abs(face_map(sd, 0.5, 0.85)[1] - face_map(sd, 0.5, 0.25)[1]) * 0.45
                ngo_logo(c, lx, ly, r, trim, shade(cloth, 0.9))
    for roof in ("roof-left", "roof-right"):
        if roof in out:
            rf = out[roof]
            for k in range(1, 4):
                c.stroke(shade(cloth, 0.86), [lerp2(rf[0], rf[3], k / 4), lerp2(rf[1], rf[2], k / 4)], 1.2)
    return out


def family_shelter(c: Canvas, x: float, y: float, s: float, color: Color, rng: random.Random,
                   kind: str = "tent") -> None:
    """Small distant shelter (px/m scale s): a ridge tent, a tarp dome or a straw hut."""
    if kind == "tent":
        w, h = 4.0 * s, 2.0 * s
        c.poly(color, [(x - w / 2, y), (x - w * 0.38, y - h * 0.55), (x - w * 0.12, y - h), (x + w * 0.4, y - h * 0.96),
                       (x + w / 2, y)])
        c.poly(shade(color, 0.84), [(x - w * 0.12, y - h), (x + w * 0.4, y - h * 0.96), (x + w / 2, y), (x + w * 0.05, y)])
        c.poly(shade(color, 0.55), [(x - w * 0.3, y), (x - w * 0.2, y - h * 0.5), (x - w * 0.1, y)])
    elif kind == "dome":
        w, h = 3.6 * s, 1.9 * s
        c.poly(color, spline([(x - w / 2, y), (x - w * 0.42, y - h * 0.7), (x, y - h), (x + w * 0.42, y - h * 0.7),
                              (x + w / 2, y)], False, 6))
        c.poly(shade(color, 0.85), spline([(x + w * 0.05, y - h), (x + w * 0.42, y - h * 0.7), (x + w / 2, y),
                                           (x + w * 0.15, y)], False, 6))
        for k in (-0.25, 0.1):
            c.stroke(shade(color, 0.75), [(x + k * w, y - h * 0.95), (x + k * w * 1.6, y)], max(0.6, s * 0.04))
    else:  # straw hut (tukul)
        w, h = 3.4 * s, 1.4 * s
        c.rect(color, x - w * 0.4, y - h, w * 0.8, h)
        c.poly(mix(color, (180, 150, 90), 0.6), [(x - w * 0.55, y - h * 0.95), (x, y - h * 2.1), (x + w * 0.55, y - h * 0.95)])
        c.rect(shade(color, 0.5), x - w * 0.08, y - h * 0.7, w * 0.16, h * 0.7)


def distant_camp(c: Canvas, rng: random.Random, cam: Camera, z: float, x0: float, x1: float,
                 colors: Sequence[Color], haze: Color, haze_t: float, gaps: Sequence[tuple[float, float]] = ()) -> None:
    """A band of shelters at depth z, hazed towards the horizon."""
    s = cam.scale(z)
    x = x0
    while x < x1:
        if any(g0 < x < g1 for g0, g1 in gaps):
            x += 3
            continue
        px, py = cam.project(x, z + rng.uniform(-4, 4))
        kind = rng.choice(["tent", "tent", "dome", "dome", "hut"])
        family_shelter(c, px, py, s, mix(rng.choice(colors), haze, haze_t), rng, kind)
        x += rng.uniform(4.5, 8.0)


def tarp_shelter(c: Canvas, cam: Camera, x: float, z: float, yaw: float, w: float, d: float, eave: float,
                 ridge: float | None = None, tarp: Color = (88, 140, 190), pole: Color = (120, 92, 66),
                 stripe: Color | None = (240, 240, 236)) -> None:
    """Open-sided shade shelter: wooden poles carrying a plastic-sheeting roof over a ridge pole."""
    f = Frame(x, z, yaw)
    ridge = eave + 0.7 if ridge is None else ridge
    eye = (0.0, cam.height, 0.0)

    def S(u: float, y: float, v: float) -> Point:
        wx, wy, wz = f.w(u, y, v)
        return cam.project(wx, wz, wy)

    poles = [(-w / 2, eave, 0.0), (w / 2, eave, 0.0), (-w / 2, eave, d), (w / 2, eave, d), (0.0, ridge, 0.0), (0.0, ridge, d)]
    slopes = [[(-w / 2, eave, 0.0), (0.0, ridge, 0.0), (0.0, ridge, d), (-w / 2, eave, d)],
              [(0.0, ridge, 0.0), (w / 2, eave, 0.0), (w / 2, eave, d), (0.0, ridge, d)]]

    def dist(p: tuple[float, float, float]) -> float:
        return math.dist(eye, f.w(*p))
    for u, y, v in sorted(poles, key=lambda p: -dist((p[0], 0.0, p[2]))):
        wz = f.w(u, 0, v)[2]
        c.stroke(pole, [S(u, 0, v), S(u, y + 0.05, v)], max(1.2, cam.scale(wz) * 0.09))
    for quad in sorted(slopes, key=lambda q: -sum(dist(p) for p in q)):
        under = cam.height < (quad[0][1] + quad[1][1]) / 2
        col = shade(tarp, 0.7 if under else 0.98)
        if quad[0][0] > 0 or quad[1][0] > 0:
            col = shade(col, 0.9)
        pts = [S(*p) for p in quad]
        c.poly(col, pts)
        if stripe:
            for k in (0.3, 0.65):
                c.stroke(stripe, [lerp2(pts[0], pts[1], k), lerp2(pts[3], pts[2], k)], max(1.0, cam.scale(z) * 0.1), a=140)
        c.stroke(shade(tarp, 0.55), [pts[0], pts[1]], max(1.0, cam.scale(z) * 0.04))


# -- distribution goods ------------------------------------------------------------------

def rice_sack(c: Canvas, x: float, y: float, s: float, color: Color = (236, 232, 218),
              band: Color = (70, 110, 170)) -> None:
    """A 50 kg woven sack lying flat, front view (px/m s), bottom at y."""
    w, h = 0.62 * s, 0.36 * s
    c.rect(shade(color, 0.8), x - w / 2, y - h, w, h, radius=h * 0.4)
    c.rect(color, x - w / 2 + w * 0.03, y - h, w * 0.94, h * 0.9, radius=h * 0.4)
    c.rect(band, x - w * 0.3, y - h * 0.62, w * 0.6, h * 0.16)
    c.rect(mix(color, WHITE, 0.4), x - w * 0.35, y - h * 0.92, w * 0.5, h * 0.12, radius=h * 0.05, a=120)


def oil_carton(c: Canvas, x: float, y: float, s: float, color: Color = (232, 206, 96)) -> None:
    """Cardboard carton of cooking-oil tins, front and top visible, bottom centre at (x, y)."""
    w, h, d = 0.42 * s, 0.3 * s, 0.14 * s
    c.poly(mix(color, WHITE, 0.3), [(x - w / 2, y - h), (x + w / 2, y - h), (x + w / 2 + d * 0.5, y - h - d * 0.5),
                                     (x - w / 2 + d * 0.5, y - h - d * 0.5)])
    c.poly(shade(color, 0.76), [(x + w / 2, y), (x + w / 2 + d * 0.5, y - d * 0.5), (x + w / 2 + d * 0.5, y - h - d * 0.5),
                                (x + w / 2, y - h)])
    c.rect(color, x - w / 2, y - h, w, h)
    c.rect((200, 80, 60), x - w * 0.32, y - h * 0.7, w * 0.64, h * 0.24)
    c.rect(WHITE, x - w * 0.18, y - h * 0.64, w * 0.36, h * 0.1)


def distribution_table(c: Canvas, cam: Camera, x: float, z: float, length: float, rng: random.Random,
                       top: Color = (214, 210, 200), apron: Color = (74, 128, 124)) -> None:
    """Trestle table across the view, oil cartons and rice sacks on it and stacked beside it."""
    s = cam.scale(z)
    hgt = 0.8
    x0, y0 = cam.project(x - length / 2, z, hgt)
    x1, _ = cam.project(x + length / 2, z, hgt)
    _, gy = cam.project(x, z, 0)
    # sacks stacked on the ground behind and beside the table
    for k in range(3):
        rice_sack(c, x1 + s * 0.5, gy - k * 0.3 * s, s)
    for k in range(2):
        rice_sack(c, x1 + s * 1.15, gy - k * 0.3 * s, s)
    for lx in (x0 + s * 0.15, x1 - s * 0.2):
        c.stroke((110, 112, 116), [(lx, y0), (lx, gy)], max(1.0, s * 0.05))
    depth = s * 0.5
    c.poly(mix(top, WHITE, 0.2), [(x0, y0), (x1, y0), (x1 + depth * 0.3, y0 - depth * 0.35),
                                  (x0 + depth * 0.3, y0 - depth * 0.35)])
    c.rect(apron, x0, y0, x1 - x0, s * 0.32)
    c.rect(shade(apron, 0.8), x0, y0 + s * 0.26, x1 - x0, s * 0.06)
    # goods on the table
    gx = x0 + s * 0.25
    while gx < x1 - s * 0.55:
        if rng.random() < 0.55:
            for k in range(rng.randint(1, 2)):
                oil_carton(c, gx + s * 0.24, y0 - depth * 0.12 - k * 0.3 * s, s)
            gx += 0.55 * s
        else:
            rice_sack(c, gx + s * 0.33, y0 - depth * 0.1, s, band=rng.choice([(70, 110, 170), (190, 70, 60), (70, 140, 90)]))
            gx += 0.72 * s


def water_tank(c: Canvas, x: float, y: float, s: float, color: Color = (52, 60, 70), stand: float = 0.0) -> None:
    """Upright plastic water tank (about 2 m tall) on an optional block stand, with a tap."""
    w, h = 1.6 * s, 1.9 * s
    if stand:
        c.rect((176, 166, 150), x - w * 0.55, y - stand * s, w * 1.1, stand * s)
        c.rect(shade((176, 166, 150), 0.8), x - w * 0.55, y - stand * s * 0.2, w * 1.1, stand * s * 0.2)
        y -= stand * s
    c.grad_poly([(x - w / 2, y - h), (x + w / 2, y - h), (x + w / 2, y), (x - w / 2, y)],
                [(0, mix(color, WHITE, 0.14)), (1, shade(color, 0.86))])
    c.rect(mix(color, WHITE, 0.22), x - w * 0.36, y - h * 0.95, w * 0.1, h * 0.85, a=90)
    for k in range(1, 4):
        c.stroke(shade(color, 0.8), [(x - w / 2, y - h * k / 4), (x + w / 2, y - h * k / 4)], max(0.8, s * 0.03))
    c.ellipse(mix(color, WHITE, 0.18), x, y - h, w / 2, w * 0.1)
    c.ellipse(shade(color, 0.7), x, y - h - w * 0.04, w * 0.14, w * 0.04)
    c.stroke((150, 150, 150), [(x + w * 0.3, y - h * 0.1), (x + w * 0.3, y + stand * s * 0.4), (x + w * 0.48, y + stand * s * 0.4)],
             max(1.0, s * 0.05))


def painted_sign(c: Canvas, x: float, y: float, s: float, board: Color = (236, 228, 206),
                 paint: Sequence[Color] = ((150, 70, 110), (60, 110, 150), (200, 150, 60))) -> None:
    """Hand-painted board on two posts (px/m s, feet at y): a circle of figures and unreadable lettering."""
    w, h, post_h = 1.8 * s, 1.0 * s, 1.2 * s
    for px in (x - w * 0.4, x + w * 0.4):
        c.stroke((112, 86, 62), [(px, y), (px, y - post_h - h * 0.9)], max(1.0, s * 0.08))
    top = y - post_h - h
    c.rect(shade(board, 0.8), x - w / 2 + s * 0.03, top + s * 0.04, w, h, radius=s * 0.04)
    c.rect(board, x - w / 2, top, w, h, radius=s * 0.04)
    c.rect(shade(board, 0.9), x - w / 2, top, w, h * 0.08)
    # painted emblem: three figures holding hands inside a circle
    ex, ey, r = x - w * 0.28, top + h * 0.52, h * 0.34
    c.circle(paint[0], ex, ey, r)
    c.circle(board, ex, ey, r * 0.82)
    for k, col in zip((-1, 0, 1), paint):
        fx = ex + k * r * 0.42
        c.circle(col, fx, ey - r * 0.3, r * 0.13)
        c.poly(col, [(fx - r * 0.16, ey - r * 0.12), (fx + r * 0.16, ey - r * 0.12), (fx + r * 0.22, ey + r * 0.5),
                     (fx - r * 0.22, ey + r * 0.5)])
    c.stroke(paint[0], [(ex - r * 0.5, ey), (ex + r * 0.5, ey)], max(1.0, r * 0.08))
    # brush strokes standing in for words (deliberately not legible)
    for row, (ln, col) in enumerate(((0.5, paint[1]), (0.42, paint[1]), (0.3, paint[0]))):
        yy = top + h * (0.3 + 0.2 * row)
        xx = x - w * 0.04
        rng = random.Random(int(x * 7 + row))
        while xx < x - w * 0.04 + w * ln:
            seg = w * rng.uniform(0.04, 0.09)
            c.stroke(col, [(xx, yy), (xx + seg, yy + rng.uniform(-1, 1) * s * 0.01)], max(1.0, h * 0.07))
            xx += seg + w * 0.025
