"""The night attack on Mandaga: the platoon post at night, the site under attack, the church of
Saint-Joseph at Kalgoa with families arriving, and its courtyard at dawn.

Night is drawn in day colours, then washed with a dark moonlit blue; lights (lanterns, doorways,
searchlights, a flare, a burning shelter) go on after the wash, so they glow rather than fade.
"""
from __future__ import annotations

import math
import random

import pygame

from .buildings import flag, sandbag_wall
from .camp import family_shelter
from .core import BG_H, BG_W, Canvas, Color, Point, SS_BG, WHITE, mix, shade, spline
from .land import Camera, ground, hills, sky, wisp
from .people import Figure, person, shadow_at
from .plants import acacia, bush, shade_tree
from .solids import Frame, box_faces, draw_solid, face_rect, gable_faces, norm
from .vehicles import apc
from .village import mat, smoke

SKINS: list[Color] = [(92, 60, 42), (112, 72, 48), (78, 52, 38), (124, 84, 56), (100, 66, 46), (86, 56, 40)]
CLOTHES: list[Color] = [(86, 98, 138), (176, 104, 80), (206, 164, 84), (74, 128, 124), (226, 214, 190),
                        (120, 128, 84), (150, 86, 110), (98, 84, 72), (60, 110, 90), (200, 120, 60)]
NIGHT: Color = (14, 20, 44)
MOON = norm((0.5, 0.8, -0.3))          # moonlight from the upper right
LAMP: Color = (255, 188, 104)


# -- light and sky -----------------------------------------------------------------

def night_sky(c: Canvas, horizon: float, rng: random.Random, moon: Point | None = (1260.0, 130.0)) -> None:
    """A deep blue night sky with stars and, optionally, a waning moon."""
    sky(c, [(0, (8, 12, 30)), (0.6, (20, 30, 62)), (1.0, (40, 52, 86))], horizon)
    for _ in range(260):
        x, y = rng.uniform(0, BG_W), rng.uniform(0, horizon * 0.92) ** 1.08
        r = rng.choice([0.6, 0.7, 0.8, 1.0, 1.3])
        c.circle(mix((255, 250, 236), (180, 200, 255), rng.random()), x, y, r, a=rng.randint(90, 230))
    if moon:
        mx, my = moon
        c.glow(mx, my, 160, (150, 170, 220), a=70)
        c.circle((236, 232, 210), mx, my, 26)
        c.circle((24, 34, 66), mx + 12, my - 6, 24)      # the shadowed part of a waning moon


def wash(c: Canvas, a: int = 150, color: Color = NIGHT) -> None:
    """Darken everything drawn so far to a moonlit night."""
    c.rect(color, 0, 0, BG_W, BG_H, a=a)


def lantern(c: Canvas, x: float, y: float, s: float, strength: int = 170, reach: float = 3.0) -> None:
    """A hurricane lamp held or set down at (x, y): a warm pool of light and a bright mantle."""
    c.glow(x, y, reach * s, LAMP, a=strength)
    c.rect((60, 50, 40), x - 0.09 * s, y - 0.02 * s, 0.18 * s, 0.2 * s)
    c.circle((255, 244, 210), x, y, max(1.0, 0.08 * s))


def beam(c: Canvas, src: Point, dst: Point, w0: float, w1: float, a: int = 90, color: Color = (226, 236, 255)) -> None:
    """A searchlight beam: a translucent cone from src to dst that fades along its length."""
    (x0, y0), (x1, y1) = src, dst
    L = math.hypot(x1 - x0, y1 - y0) or 1.0
    nx, ny = -(y1 - y0) / L, (x1 - x0) / L
    steps = 12
    for k in range(steps):
        t0, t1 = k / steps, (k + 1) / steps
        wa, wb = w0 + (w1 - w0) * t0, w0 + (w1 - w0) * t1
        pa, pb = (x0 + (x1 - x0) * t0, y0 + (y1 - y0) * t0), (x0 + (x1 - x0) * t1, y0 + (y1 - y0) * t1)
        c.poly(color, [(pa[0] + nx * wa, pa[1] + ny * wa), (pb[0] + nx * wb, pb[1] + ny * wb),
                       (pb[0] - nx * wb, pb[1] - ny * wb), (pa[0] - nx * wa, pa[1] - ny * wa)],
               a=max(8, int(a * (1 - t0) ** 1.4)))
    c.glow(x1, y1, w1 * 1.4, color, a=a // 2, ry=w1 * 0.5)
    c.glow(x0, y0, w0 * 6, WHITE, a=220)


def burning_shelter(c: Canvas, x: float, y: float, s: float, rng: random.Random) -> None:
    """A family shelter on fire (px/m s, base centre at (x, y)): the charred frame of a dome shelter,
    flames climbing through it, the glow on the ground and smoke rising into the dark."""
    c.glow(x, y - 1.2 * s, 10 * s, (255, 120, 40), a=150)
    c.glow(x, y, 16 * s, (255, 140, 60), a=80, ry=4 * s)
    w, h = 3.8 * s, 2.0 * s
    # the blackened frame of the shelter, its poles showing through the burned sheeting
    c.poly((34, 26, 24), spline([(x - w / 2, y), (x - w * 0.42, y - h * 0.7), (x, y - h), (x + w * 0.42, y - h * 0.7),
                                 (x + w / 2, y)], False, 8))
    for k in (-0.3, 0.0, 0.3):
        c.stroke((20, 16, 14), [(x + k * w, y), (x + k * w * 0.6, y - h * 0.95)], max(1.0, 0.06 * s))
    for k in range(16):                         # tongues of flame, each a soft curved spike
        fx = x + rng.uniform(-0.45, 0.45) * w
        base = y - rng.uniform(0.0, 0.5) * h
        fh = rng.uniform(1.0, 2.4) * h
        fw = rng.uniform(0.10, 0.22) * w
        lean = rng.uniform(-0.2, 0.35) * fw * 3
        col = rng.choice([(255, 150, 40), (255, 186, 70), (245, 110, 30)])
        c.poly(col, spline([(fx - fw, base), (fx - fw * 0.5, base - fh * 0.5), (fx + lean, base - fh),
                            (fx + fw * 0.5, base - fh * 0.45), (fx + fw, base)], False, 6), a=200)
    for k in range(6):
        fx = x + (k - 2.5) * 0.14 * w
        c.poly((255, 236, 170), spline([(fx - 0.05 * w, y - 0.1 * h), (fx, y - rng.uniform(0.6, 1.0) * h),
                                        (fx + 0.05 * w, y - 0.1 * h)], False, 4), a=210)
    smoke(c, x + 0.3 * s, y - 3.8 * s, 20 * s, rng, (70, 60, 64), 0.5, 110)


def villager(rng: random.Random, child: bool = False) -> tuple[Figure, float]:
    """A displaced person in the clothes of the Dariba families, and their height in metres."""
    female = rng.random() < 0.55
    body = rng.choice(CLOTHES)
    wrap = rng.choice(CLOTHES) if female else None
    f = Figure(body=body, legs=wrap or rng.choice([(70, 70, 80), (96, 84, 70), body]), skin=rng.choice(SKINS),
               head=rng.choice(CLOTHES) if female else None, tie=female and rng.random() < 0.5,
               robe=female or rng.random() < 0.35, wrap=wrap,
               load=rng.choice([(200, 170, 110), (176, 104, 80), (90, 110, 150)]) if rng.random() < 0.35 and not child else None,
               baby=(200, 120, 70) if female and not child and rng.random() < 0.2 else None)
    return f, (rng.uniform(1.0, 1.25) if child else rng.uniform(1.55, 1.78))


def dim(f: Figure, t: float = 0.55) -> Figure:
    """The same figure seen by moonlight."""
    d = lambda col: mix(col, NIGHT, t) if col else col  # noqa: E731
    return Figure(body=d(f.body), legs=d(f.legs), skin=d(f.skin), head=d(f.head), robe=f.robe, load=d(f.load),
                  helmet=f.helmet, arms=f.arms, wrap=d(f.wrap), baby=d(f.baby), tie=f.tie)


def peacekeeper() -> Figure:
    return Figure(body=(118, 120, 88), legs=(100, 100, 74), skin=(110, 76, 54), helmet=True)


def tufts(c: Canvas, cam: Camera, rng: random.Random, n: int, z0: float, z1: float, color: Color) -> None:
    """Dry grass tufts scattered between depths z0 and z1."""
    for _ in range(n):
        gz = rng.uniform(z0, z1)
        gx = rng.uniform(-1.2, 1.2) * gz * BG_W / (2 * cam.f)
        qx, qy = cam.project(gx, gz)
        hh = rng.uniform(0.2, 0.45) * cam.scale(gz)
        for k in (-1, 0, 1):
            c.stroke(color, [(qx, qy), (qx + k * hh * 0.35, qy - hh)], max(0.8, cam.scale(gz) * 0.03))


# -- the church of Saint-Joseph ------------------------------------------------------------

def church(c: Canvas, cam: Camera, x: float, z: float, yaw: float, light: Color | None, sun=MOON, ambient: float = 0.72,
           tint: tuple[Color, float] | None = None) -> None:
    """A small whitewashed brick parish church: a nave with a gable front and an arched door, a square
    bell tower beside it with a pyramid roof and a plain cross; `light` is the colour inside the open door."""
    wall, trim, roof = (226, 212, 186), (70, 110, 150), (140, 136, 132)
    f = Frame(x, z, yaw)
    faces = gable_faces(f, 8.0, 16.0, 4.2, 6.6, wall, roof, overhang=0.4)
    res = draw_solid(c, cam, faces, sun=sun, ambient=ambient, tint=tint)
    front = res.get("front")
    if front:
        # the gable front: a blue plinth, an arched doorway, a round window and a small cross on the apex
        bl, br, tr, apex, tl = front
        q = [bl, br, tr, tl]
        c.poly(shade(trim, 0.9), face_rect(q, 0.0, 0.0, 1.0, 0.08))
        door = face_rect(q, 0.38, 0.0, 0.62, 0.6)
        dx0, dy0 = door[0]
        dx1, _ = door[1]
        dtop = door[3][1]
        rx = (dx1 - dx0) / 2
        fill = light or (40, 34, 32)
        c.poly(fill, [door[0], door[1], (dx1, dtop)] + [(dx0 + rx + rx * math.cos(a), dtop - rx * 0.9 * math.sin(a))
                                                        for a in [i * math.pi / 12 for i in range(13)]] + [(dx0, dtop)])
        if light:
            c.glow((dx0 + dx1) / 2, (dy0 + dtop) / 2, rx * 5, light, a=120)
        wx, wy = (tl[0] + tr[0] + 2 * apex[0]) / 4, (tl[1] + tr[1] + 2 * apex[1]) / 4
        c.circle(shade(trim, 0.8), wx, wy, rx * 0.45)
        c.circle(light or (60, 70, 90), wx, wy, rx * 0.32)
        ax, ay = apex
        h = rx * 1.2
        c.stroke((60, 56, 52), [(ax, ay), (ax, ay - h)], max(1.0, rx * 0.12))
        c.stroke((60, 56, 52), [(ax - h * 0.3, ay - h * 0.68), (ax + h * 0.3, ay - h * 0.68)], max(1.0, rx * 0.12))
    side = res.get("right") or res.get("left")
    if side:
        for k in range(4):                       # tall arched windows along the nave
            s0 = 0.12 + k * 0.22
            win = face_rect(side, s0, 0.3, s0 + 0.07, 0.72)
            c.poly(light if light else (56, 60, 76), win)
            if light:
                cx_, cy_ = (win[0][0] + win[2][0]) / 2, (win[0][1] + win[2][1]) / 2
                c.glow(cx_, cy_, abs(win[1][0] - win[0][0]) * 3, light, a=60)
    # the bell tower, standing at the front left corner of the nave
    t = Frame(*f.w(-5.4, 0, 0.6)[::2], yaw)
    tw, th = 3.0, 11.5
    tres = draw_solid(c, cam, box_faces(t, tw, tw, th, wall), sun=sun, ambient=ambient, tint=tint)
    tf = tres.get("front")
    if tf:
        c.poly(shade(trim, 0.9), face_rect(tf, 0.0, 0.0, 1.0, 0.04))
        c.poly((40, 40, 46), face_rect(tf, 0.32, 0.74, 0.68, 0.9))   # the open belfry
        c.poly((70, 64, 58), face_rect(tf, 0.46, 0.76, 0.54, 0.84))  # the bell
        c.poly(shade(wall, 0.8), face_rect(tf, 0.4, 0.4, 0.6, 0.5))  # a small slit window
    # pyramid roof and cross
    base = [t.w(-tw / 2, th, 0), t.w(tw / 2, th, 0), t.w(tw / 2, th, tw), t.w(-tw / 2, th, tw)]
    top = t.w(0, th + 2.2, tw / 2)
    P = lambda p: cam.project(p[0], p[2], p[1])  # noqa: E731
    for a_, b_, k in ((base[3], base[2], 0.7), (base[0], base[3], 0.85), (base[1], base[2], 0.78), (base[0], base[1], 1.0)):
        col = shade(roof, k * 0.9)
        if tint:
            col = mix(col, tint[0], tint[1])
        c.poly(col, [P(a_), P(b_), P(top)])
    tx, ty = P(top)
    s = cam.scale(top[2])
    c.stroke((60, 56, 52), [(tx, ty), (tx, ty - 1.4 * s)], max(1.0, 0.1 * s))
    c.stroke((60, 56, 52), [(tx - 0.45 * s, ty - 1.0 * s), (tx + 0.45 * s, ty - 1.0 * s)], max(1.0, 0.1 * s))


def compound_wall(c: Canvas, cam: Camera, x0: float, x1: float, z: float, h: float, color: Color,
                  gate: tuple[float, float] | None = None) -> None:
    """A low whitewashed wall across the view at depth z, with an optional gateway."""
    for a, b in ([(x0, gate[0]), (gate[1], x1)] if gate else [(x0, x1)]):
        p0, p1 = cam.project(a, z), cam.project(b, z)
        q0, q1 = cam.project(a, z, h), cam.project(b, z, h)
        c.poly(color, [p0, p1, q1, q0])
        c.poly(mix(color, WHITE, 0.15), [q0, q1, (q1[0], q1[1] + 3), (q0[0], q0[1] + 3)])


# -- the scenes ------------------------------------------------------------------------------

def scene_post() -> pygame.Surface:
    """21:40 at the platoon post on the north edge of the site: sandbags, an APC, a lit command tent."""
    rng = random.Random(17001)
    H = 470
    c = Canvas(BG_W, BG_H, SS_BG)
    night_sky(c, H, rng)
    hills(c, rng, H + 2, 26, (34, 40, 58), flat=0.3, freqs=(0.7, 1.8, 4.4))
    ground(c, H, [(0, (150, 130, 100)), (0.4, (160, 138, 104)), (1, (170, 146, 110))])
    cam = Camera(horizon=H, f=1300, height=1.9)
    # the dark line of the wadi bank and its acacias, far ahead
    for ax, az in ((-60, 160), (-24, 170), (30, 150), (74, 165), (120, 158)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 9 * cam.scale(az), rng, (60, 54, 50), (70, 74, 60), (80, 84, 66))
    # the first shelters of the site, on the right
    for z in (46.0, 60.0, 80.0):
        x = 6.0
        while x < 60:
            px, py = cam.project(x, z + rng.uniform(-2, 2))
            family_shelter(c, px, py, cam.scale(z), rng.choice([(200, 190, 170), (110, 140, 180), (190, 170, 130)]), rng,
                           rng.choice(["tent", "dome", "dome", "hut"]))
            x += rng.uniform(5.5, 8.0)
    # the track into the site, and dry grass
    c.poly((176, 154, 116), [cam.project(1.5, 6.0), cam.project(5.0, 6.0), cam.project(7.5, 90.0), cam.project(6.5, 90.0)],
           a=90)
    tufts(c, cam, rng, 40, 21.0, 45.0, (120, 110, 80))
    # the command tent of the post, on the left, and the radio mast
    tf = Frame(-9.0, 22.0, 0.35)
    tent = draw_solid(c, cam, gable_faces(tf, 5.0, 6.0, 1.6, 2.8, (120, 122, 96), (108, 112, 86), overhang=0.2),
                      sun=MOON, ambient=0.8)
    mx, my = cam.project(-11.5, 26.0)
    c.stroke((90, 90, 92), [(mx, my), (mx, my - 9 * cam.scale(26.0))], 2.0)
    # the APC parked facing the wadi, and the sandbag wall in front of the viewer
    ax, az = 3.0, 20.0
    px, py = cam.project(ax, az)
    apc(c, px, py, cam.scale(az), facing=1)
    flag(c, *cam.project(-3.5, 18.0), 6.5 * cam.scale(18.0), 1.6 * cam.scale(18.0), 0.3)
    sandbag_wall(c, -20, 905, 620, 5, 74, rng)
    sandbag_wall(c, 1260, 905, 400, 4, 74, rng)
    for k in range(4):                  # jerrycans of water by the tent
        qx, qy = cam.project(-6.4 + k * 0.5, 19.5)
        s_ = cam.scale(19.5)
        c.rect((200, 170, 50), qx - 0.2 * s_, qy - 0.5 * s_, 0.4 * s_, 0.5 * s_, radius=0.05 * s_)
    tufts(c, cam, rng, 30, 8.0, 19.0, (120, 110, 80))
    # soldiers on watch
    for wx, wz in ((-1.0, 17.0), (6.8, 16.0)):
        qx, qy = cam.project(wx, wz)
        person(c, qx, qy, 1.75 * cam.scale(wz), peacekeeper())
    wash(c, 150)
    # lights after the wash: the searchlight sweeping the wadi, the tent doorway, lanterns in the site
    hx, hy = px + 2.6 * cam.scale(az), py - 2.5 * cam.scale(az)
    beam(c, (hx, hy), (1540.0, H + 8), 4, 64, a=70)
    door = tent.get("front")
    if door:
        d = face_rect([door[0], door[1], door[2], door[4]], 0.38, 0.0, 0.62, 0.7)
        c.poly((255, 206, 130), d)
        c.glow((d[0][0] + d[1][0]) / 2, d[0][1] - 20, 110, LAMP, a=120)
    for lx, lz in ((14, 48), (26, 46), (38, 62), (20, 80), (48, 58)):
        qx, qy = cam.project(lx, lz)
        lantern(c, qx, qy - 0.5 * cam.scale(lz), cam.scale(lz), 140)
    c.glow(mx, my - 9 * cam.scale(26.0), 6, (255, 60, 60), a=220)
    return c.finish()


def scene_site() -> pygame.Surface:
    """00:45 in the site under attack: a flare overhead, a burning shelter, an APC on the track between
    the blocks and the wadi bank, and families running down the track away from the fire."""
    rng = random.Random(17002)
    H = 400
    c = Canvas(BG_W, BG_H, SS_BG)
    night_sky(c, H, rng, moon=None)
    hills(c, rng, H + 2, 18, (40, 44, 60), flat=0.4)
    ground(c, H, [(0, (150, 132, 104)), (1, (168, 146, 112))])
    cam = Camera(horizon=H, f=1150, height=1.8)
    for ax, az in ((-70, 140), (-30, 150), (20, 130), (66, 145)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 9 * cam.scale(az), rng, (60, 54, 50), (70, 74, 60), (80, 84, 66))
    c.poly((176, 156, 120), [cam.project(-3.2, 4.0), cam.project(3.2, 4.0), cam.project(1.6, 120.0),
                             cam.project(-1.6, 120.0)], a=110)
    tufts(c, cam, rng, 70, 4.0, 20.0, (120, 110, 80))
    wash(c, 145)
    # from here on, everything is drawn by moonlight and firelight, far to near
    fire_at = (9.5, 38.0)
    apc_at = (-1.0, 66.0)
    items: list[tuple[float, float, str]] = [(fire_at[1], fire_at[0], "fire"), (apc_at[1], apc_at[0], "apc")]
    for z in (96.0, 74.0, 58.0, 46.0, 37.0, 29.0, 22.0, 16.5, 12.0, 8.0):
        for side in (-1, 1):
            x = side * rng.uniform(4.0, 5.5) * (1.5 if z < 10 else 1.0)
            while abs(x) < 40:
                if math.dist((x, z), fire_at) > 3.5:
                    items.append((z + rng.uniform(-1.0, 1.0), x, "shelter"))
                x += side * rng.uniform(5.5, 7.5)
    items += [(rng.uniform(14.0, 30.0), rng.uniform(-2.4, 2.4), "runner") for _ in range(14)]
    items += [(rng.uniform(6.0, 11.0), rng.uniform(-2.5, 2.5), "bundle") for _ in range(3)]
    for z, x, kind in sorted(items, reverse=True):
        px, py = cam.project(x, z)
        s_ = cam.scale(z)
        if kind == "shelter":
            col = rng.choice([(200, 190, 170), (110, 140, 180), (190, 170, 130)])
            family_shelter(c, px, py, s_, mix(col, NIGHT, 0.55), rng, rng.choice(["tent", "dome", "dome", "hut"]))
        elif kind == "runner":
            f, hgt = villager(rng, child=rng.random() < 0.3)
            shadow_at(c, px + 0.3 * s_, py, 0.8 * s_, a=60)
            person(c, px, py, hgt * s_, dim(f, 0.5))
        elif kind == "bundle":      # belongings dropped on the track
            col = mix(rng.choice(CLOTHES), NIGHT, 0.5)
            c.ellipse(shade(col, 0.7), px, py - 0.2 * s_, 0.38 * s_, 0.22 * s_)
            c.ellipse(col, px - 0.03 * s_, py - 0.23 * s_, 0.33 * s_, 0.19 * s_)
        elif kind == "apc":
            apc(c, px, py, s_, facing=1, body=mix((238, 238, 232), NIGHT, 0.5), lettering=mix((36, 38, 44), NIGHT, 0.3))
        else:
            burning_shelter(c, px, py, s_, rng)
    # a flare drifting overhead, and the APC's searchlight on the wadi bank
    fx, fy = 980.0, 110.0
    c.glow(fx, fy, 560, (220, 230, 255), a=55)
    c.glow(fx, fy, 50, WHITE, a=230)
    c.stroke((200, 200, 210), [(fx, fy - 4), (fx - 14, fy - 70)], 1.5, a=70)
    ax, ay = cam.project(*apc_at)
    s_ = cam.scale(apc_at[1])
    beam(c, (ax + 2.7 * s_, ay - 2.4 * s_), (1460.0, H - 2), 2, 40, a=80)
    px, py = cam.project(*fire_at)
    c.glow(px, py, 26 * cam.scale(fire_at[1]), (255, 130, 50), a=40, ry=8 * cam.scale(fire_at[1]))
    return c.finish()


def scene_church() -> pygame.Surface:
    """23:45 at Saint-Joseph: the doors open and lit, families with lamps climbing the path, an APC
    waiting at the road junction below, outside the church wall."""
    rng = random.Random(17003)
    H = 500
    c = Canvas(BG_W, BG_H, SS_BG)
    night_sky(c, H, rng, moon=(300.0, 110.0))
    hills(c, rng, H + 2, 30, (34, 40, 58), flat=0.3)
    ground(c, H, [(0, (156, 136, 104)), (1, (170, 148, 112))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    for tx_, tz in ((-22, 60), (24, 66)):
        px, py = cam.project(tx_, tz)
        shade_tree(c, px, py, 8 * cam.scale(tz), 9 * cam.scale(tz), rng, (70, 56, 46), (60, 76, 56), (80, 96, 70))
    wash(c, 140)
    # from here on everything is drawn already moonlit, so the lights can sit among the people
    light = (255, 196, 110)
    church(c, cam, 2.0, 46.0, 0.5, light, ambient=0.55, tint=(NIGHT, 0.5))
    compound_wall(c, cam, -16.0, 20.0, 38.0, 1.4, mix((214, 202, 178), NIGHT, 0.55), gate=(-1.0, 3.0))
    path = [(0.5, 38.0), (-1.0, 30.0), (-3.0, 22.0), (-3.8, 15.0), (-3.6, 10.0), (-2.8, 6.0)]
    for k in range(len(path) - 1):
        (x0, z0), (x1, z1) = path[k], path[k + 1]
        w0, w1 = 1.4, 1.4
        c.poly(mix((186, 166, 128), NIGHT, 0.5), [cam.project(x0 - w0, z0), cam.project(x0 + w0, z0),
                                                  cam.project(x1 + w1, z1), cam.project(x1 - w1, z1)], a=150)
    tufts(c, cam, rng, 50, 8.0, 30.0, mix((120, 110, 80), NIGHT, 0.4))
    for bx_, bz in ((-5.8, 9.5), (5.0, 8.5), (9.0, 13.0)):
        px, py = cam.project(bx_, bz)
        bush(c, px, py, 0.9 * cam.scale(bz), rng, mix((90, 100, 70), NIGHT, 0.5), mix((110, 120, 80), NIGHT, 0.5))
    # the priest in his white cassock and the imam at the gate, a lamp between them
    gx, gz = 1.0, 37.0
    gpx, gpy = cam.project(gx, gz)
    c.glow(gpx, gpy - 1.1 * cam.scale(gz), 2.6 * cam.scale(gz), light, a=120)
    for dx, fig in ((-0.7, Figure(body=(236, 234, 226), legs=(236, 234, 226), skin=(96, 62, 44), robe=True)),
                    (0.7, Figure(body=(214, 214, 208), legs=(214, 214, 208), skin=(92, 60, 42), robe=True,
                                 head=(240, 238, 232), tie=True))):
        px, py = cam.project(gx + dx, gz)
        person(c, px, py, 1.74 * cam.scale(gz), dim(fig, 0.3))
    lantern(c, gpx, gpy - 0.9 * cam.scale(gz), cam.scale(gz), 170, 1.6)
    # families climbing the path with their mats, jerrycans and lamps
    walkers = [(30.0 + rng.uniform(-1, 6), -1.5 + rng.uniform(-1.2, 1.2)) for _ in range(9)]
    walkers += [(17.0 + rng.uniform(-1, 4), -4.5 + rng.uniform(-1.5, 1.5)) for _ in range(5)]
    walkers += [(9.0 + rng.uniform(0, 3), -3.8 + rng.uniform(-0.9, 0.9)) for _ in range(3)]
    for z, x in sorted(walkers, reverse=True):
        f, hgt = villager(rng, child=rng.random() < 0.25)
        px, py = cam.project(x, z)
        person(c, px, py, hgt * cam.scale(z), dim(f))
        if rng.random() < 0.35:
            lantern(c, px + 0.25 * cam.scale(z), py - 0.9 * cam.scale(z), cam.scale(z), 130, 1.4)
    # the APC at the road junction, down and to the left, outside the wall, its lights on
    ax, az = -16.0, 32.0
    apx, apy = cam.project(ax, az)
    apc(c, apx, apy, cam.scale(az), facing=1, body=mix((238, 238, 232), NIGHT, 0.55),
        lettering=mix((36, 38, 44), NIGHT, 0.3))
    hx, hy = apx + 3.5 * cam.scale(az), apy - 1.0 * cam.scale(az)
    c.glow(hx, hy, 50, (255, 240, 200), a=160)
    c.circle((255, 250, 230), hx, hy, 3)
    return c.finish()


def scene_dawn() -> pygame.Surface:
    """05:10 in the courtyard of Saint-Joseph: grey-pink dawn, men at the dawn prayer on a long mat with
    the imam in front of them, women at the church door with water, smoke rising from the site beyond."""
    rng = random.Random(17004)
    H = 470
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (70, 82, 120)), (0.55, (150, 140, 160)), (0.85, (230, 170, 150)), (1.0, (246, 200, 160))], H)
    c.glow(1400, H, 500, (255, 190, 140), a=120, ry=140)
    for wx, wy, ww in ((500, 140, 420), (1100, 210, 360)):
        wisp(c, wx, wy, ww, (236, 190, 190), 60)
    hills(c, rng, H + 2, 24, (110, 100, 120), flat=0.3)
    ground(c, H, [(0, (170, 146, 116)), (1, (186, 160, 124))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    # smoke rising from the burned shelters of the site, far away to the right
    sx, sy = cam.project(60.0, 160.0)
    smoke(c, sx, sy, 220, rng, (120, 112, 118), 0.6, 90)
    for tx_, tz in ((26.0, 70.0), (40.0, 90.0)):
        px, py = cam.project(tx_, tz)
        shade_tree(c, px, py, 7 * cam.scale(tz), 8 * cam.scale(tz), rng, (90, 72, 60), (84, 100, 74), (110, 126, 90))
    compound_wall(c, cam, -30.0, 30.0, 40.0, 1.5, (206, 194, 172))
    # the church on the left, its doors open
    dawn_light = norm((0.8, 0.5, -0.3))
    church(c, cam, -9.5, 32.0, 0.42, (250, 214, 160), sun=dawn_light, ambient=0.62)
    # women carrying water to the church door
    for wx, wz in ((-5.0, 23.0), (-4.0, 22.2), (-2.8, 23.6)):
        fgr, hgt = villager(rng)
        fgr.load = (70, 110, 160)
        px, py = cam.project(wx, wz)
        person(c, px, py, hgt * cam.scale(wz), fgr)
    # a long mat in the courtyard, a row of men at the dawn prayer, the imam a step in front of them
    f = Frame(1.6, 15.0, -0.05)

    def G(u: float, v: float) -> Point:
        wx, _, wz = f.w(u, 0, v)
        return cam.project(wx, wz)
    mat(c, [G(-3.6, 0.0), G(3.6, 0.0), G(3.6, 1.6), G(-3.6, 1.6)], (196, 170, 112), (140, 80, 70))
    mat(c, [G(4.0, -0.2), G(5.0, -0.2), G(5.0, 1.8), G(4.0, 1.8)], (176, 120, 90), (220, 200, 150))
    ix, _, iz = f.w(4.5, 0, 0.9)
    px, py = cam.project(ix, iz)
    person(c, px, py, 1.74 * cam.scale(iz), Figure(body=(236, 236, 230), legs=(236, 236, 230), skin=(96, 64, 46),
                                                   robe=True, head=(244, 242, 236), tie=True))
    men = []
    for k in range(8):
        wx, _, wz = f.w(-3.2 + k * 0.9, 0, 0.8)
        men.append((wz, wx))
    for wz, wx in sorted(men, reverse=True):
        px, py = cam.project(wx, wz)
        person(c, px, py, 1.72 * cam.scale(wz), Figure(body=rng.choice([(232, 230, 222), (170, 180, 190), (200, 190, 160)]),
                                                     legs=(90, 84, 76), skin=rng.choice(SKINS), robe=True,
                                                     head=(240, 238, 232), tie=True))
    tufts(c, cam, rng, 14, 7.0, 12.0, (150, 132, 98))
    for bx_, bz in ((-5.5, 8.0), (6.5, 7.5)):
        px, py = cam.project(bx_, bz)
        bush(c, px, py, 0.8 * cam.scale(bz), rng, (110, 120, 84), (130, 140, 96))
    c.fade_poly((60, 60, 100), [(0, 0), (BG_W, 0), (BG_W, BG_H), (0, BG_H)], 0, BG_H, 50, 10)
    return c.finish()
