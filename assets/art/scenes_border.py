"""Border push-back: the river ford at dawn, and the border police and customs post."""
from __future__ import annotations

import random

import pygame

from .animals import goat
from .buildings import boom_barrier, flag
from .core import BG_H, BG_W, Canvas, Color, SS_BG, WHITE, mix, shade
from .land import Camera, ground, hills, road_polygon, sky, sun, wisp
from .people import Figure, person, seated, shadow_at
from .plants import acacia, bush, shade_tree
from .solids import Frame, box_faces, draw_solid, face_map, face_rect, shed_roof
from .vehicles import land_cruiser, police_truck

CLOTHES: list[Color] = [(86, 98, 138), (176, 104, 80), (206, 164, 84), (74, 128, 124), (226, 214, 190),
                        (120, 128, 84), (150, 86, 110), (98, 84, 72), (60, 110, 90), (200, 120, 60)]
SKINS: list[Color] = [(92, 60, 42), (112, 72, 48), (78, 52, 38), (124, 84, 56), (100, 66, 46), (86, 56, 40)]


def family_member(rng: random.Random, wet: float = 0.0, child: bool = False) -> tuple[Figure, float]:
    """A random displaced person (clothes darkened by `wet`), and their height in metres."""
    female = rng.random() < 0.55
    body = shade(rng.choice(CLOTHES), 1 - wet)
    wrap = shade(rng.choice(CLOTHES), 1 - wet) if female else None
    f = Figure(body=body, legs=wrap or shade(rng.choice([(70, 70, 80), (96, 84, 70), body]), 1 - wet),
               skin=rng.choice(SKINS), head=shade(rng.choice(CLOTHES), 1 - wet) if female else None,
               tie=female and rng.random() < 0.5, robe=female or rng.random() < 0.3, wrap=wrap,
               load=rng.choice([(200, 170, 110), (176, 104, 80), (90, 110, 150)]) if rng.random() < 0.3 and not child else None,
               baby=rng.choice([(200, 120, 70), (90, 110, 160)]) if female and not child and rng.random() < 0.2 else None)
    return f, (rng.uniform(1.0, 1.3) if child else rng.uniform(1.55, 1.78))


def bundle(c: Canvas, x: float, y: float, s: float, color: Color) -> None:
    """A cloth bundle of belongings on the ground, knotted on top."""
    c.ellipse(shade(color, 0.7), x, y - 0.22 * s, 0.38 * s, 0.24 * s)
    c.ellipse(color, x - 0.03 * s, y - 0.25 * s, 0.33 * s, 0.21 * s)
    c.ellipse(shade(color, 0.8), x, y - 0.46 * s, 0.12 * s, 0.07 * s)


# -- the ford ------------------------------------------------------------------------

def truss_bridge(c: Canvas, cam: Camera, x: float, z0: float, z1: float, width: float = 6.0, deck: float = 2.2,
                 hgt: float = 5.0, steel: Color = (104, 86, 80), piers: int = 3) -> None:
    """An old riveted iron Warren-truss bridge running away from the viewer from z0 to z1."""
    n = 10
    zs = [z0 + (z1 - z0) * i / n for i in range(n + 1)]
    lw = lambda z: max(1.0, cam.scale(z) * 0.22)  # noqa: E731
    # masonry piers standing in the water, with their reflections
    stone = (150, 134, 118)
    for k in range(piers, 0, -1):
        z = z0 + (z1 - z0) * k / (piers + 1)
        s = cam.scale(z)
        px, top = cam.project(x, z, deck)
        _, foot = cam.project(x, z, 0.0)
        c.rect(shade(stone, 0.7), px - width * 0.32 * s, foot - 1, width * 0.64 * s, (foot - top) * 0.5, a=70)
        c.rect(stone, px - width * 0.3 * s, top, width * 0.6 * s, foot - top)
        c.rect(shade(stone, 0.8), px + width * 0.1 * s, top, width * 0.2 * s, foot - top)
        c.stroke(mix(stone, WHITE, 0.4), [(px - width * 0.3 * s, foot), (px + width * 0.3 * s, foot)], max(1.0, s * 0.12), a=150)
    for side in (1, -1):        # far truss first
        sx = x + side * width / 2
        bottom = [cam.project(sx, z, deck) for z in zs]
        top = [cam.project(sx, z, deck + hgt) for z in zs]
        col = shade(steel, 0.82 if side > 0 else 1.0)
        c.stroke(col, bottom, lw(z0))
        c.stroke(col, top[1:-1], lw(z0) * 0.8)
        for i in range(n):
            if i % 2 == 0:
                c.stroke(col, [bottom[i], top[i + 1]], lw(zs[i]) * 0.6)
            else:
                c.stroke(col, [top[i], bottom[i + 1]], lw(zs[i]) * 0.6)
            c.stroke(col, [bottom[i], top[i]] if 0 < i else [bottom[i], top[i + 1]], lw(zs[i]) * 0.4)
        c.stroke(col, [bottom[0], top[1]], lw(z0) * 0.7)
        c.stroke(col, [bottom[-1], top[-2]], lw(z1) * 0.7)
        if side > 0:            # deck between the trusses and the cross-bracing overhead
            deck_pts = [cam.project(x - width / 2, z0, deck), cam.project(x + width / 2, z0, deck),
                        cam.project(x + width / 2, z1, deck), cam.project(x - width / 2, z1, deck)]
            c.poly(shade(steel, 0.7), deck_pts)
            for i in range(1, n):
                c.stroke(shade(steel, 0.85), [cam.project(x - width / 2, zs[i], deck + hgt),
                                              cam.project(x + width / 2, zs[i], deck + hgt)], lw(zs[i]) * 0.4)
    # rust streaks and a weathered highlight along the near top chord
    near = [cam.project(x - width / 2, z, deck + hgt) for z in zs[1:-1]]
    c.stroke(mix(steel, WHITE, 0.25), [(px, py - 1) for px, py in near], lw(z0) * 0.25, a=140)


def mist(c: Canvas, y: float, w: float, h: float, rng: random.Random, color: Color = (246, 240, 236),
         a: int = 110, n: int = 9) -> None:
    """Soft banks of low mist along the line y."""
    for _ in range(n):
        x = rng.uniform(-100, BG_W + 100)
        c.glow(x, y + rng.uniform(-h * 0.3, h * 0.3), w * rng.uniform(0.6, 1.2), color, a=a, ry=h)


def scene_ford() -> pygame.Surface:
    rng = random.Random(8001)
    H = 262
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (124, 134, 168)), (0.45, (200, 170, 176)), (0.8, (244, 196, 164)), (1.0, (250, 222, 190))], H)
    sun(c, 1180, H - 16, 22, (255, 240, 214), (255, 206, 160), 150)
    for wx, wy, ww in ((380, 100, 420), (900, 56, 520), (1350, 150, 260)):
        wisp(c, wx, wy, ww, (252, 222, 214), 70)
    cam = Camera(horizon=H, f=1300, height=12.0)          # from the high ground above the near bank
    ground(c, H, [(0, (150, 146, 128)), (1, (150, 140, 112))])
    # far bank: a line of trees half lost in the mist
    hills(c, rng, H + 1, 18, (168, 150, 160), freqs=(0.7, 1.9, 4.1))
    far_z = 150.0
    _, far_y = cam.project(0, far_z)
    c.gradient(0, H, BG_W, far_y - H + 2, [(0, (196, 178, 180)), (1, (150, 146, 126))])
    for z, col, t in ((420, (120, 124, 104), 0.7), (260, (110, 116, 96), 0.5)):      # bush country beyond
        for _ in range(50):
            x = rng.uniform(-0.7, 0.7) * z
            px, py = cam.project(x, z)
            r = cam.scale(z) * rng.uniform(3, 6)
            c.ellipse(mix(col, (214, 196, 196), t), px, py - r * 0.3, r * 1.4, r * 0.6)
    for _ in range(46):         # the gallery forest along the far bank
        x = rng.uniform(-40, BG_W + 40)
        r = rng.uniform(14, 30)
        c.circle(mix((96, 106, 84), (214, 200, 200), 0.42), x, far_y - r * 0.45, r)
    mist(c, far_y - 8, 260, 22, rng, a=130, n=14)
    # the river, brown and slow, reflecting the dawn sky
    river_far, river_near = 132.0, 54.0
    _, ry0 = cam.project(0, river_far)
    _, ry1 = cam.project(0, river_near)
    c.gradient(0, ry0, BG_W, ry1 - ry0, [(0, (176, 150, 138)), (0.5, (150, 116, 90)), (1, (132, 98, 70))])
    c.glow(1180, ry0 + 12, 340, (250, 210, 170), a=110, ry=24)
    for _ in range(70):
        z = rng.uniform(river_near + 2, river_far - 2)
        x = rng.uniform(-0.8, 0.8) * z
        px, py = cam.project(x, z)
        ln = cam.scale(z) * rng.uniform(2, 6)
        c.stroke(mix((150, 116, 90), WHITE, 0.3), [(px - ln, py), (px + ln, py)], max(0.8, cam.scale(z) * 0.08), a=90)
    # the ford: a shallow, rippling crossing over a gravel bar, lighter than the deep water
    ford = [(4.0 + 26.0 * k / 10, river_near + (river_far - river_near) * k / 10) for k in range(11)]
    c.poly((188, 160, 130), road_polygon(cam, ford, 9.0), a=150)
    for k in range(40):
        fx, fz = ford[rng.randint(1, 9)]
        fx += rng.uniform(-4, 4)
        px, py = cam.project(fx, fz + rng.uniform(-3, 3))
        s = cam.scale(fz)
        c.ellipse((214, 196, 170), px, py, s * rng.uniform(0.3, 0.8), s * 0.12, a=170)
    truss_bridge(c, cam, -34.0, river_near - 8, river_far + 8)
    mist(c, ry0 + 20, 320, 22, rng, a=120, n=12)
    mist(c, (ry0 + ry1) / 2, 280, 18, rng, a=70, n=8)
    # the near bank: muddy edge, then trampled grass where the families rest after the crossing
    _, by = cam.project(0, river_near)
    c.gradient(0, by - 2, BG_W, 14, [(0, (112, 92, 70)), (1, (126, 110, 84))])
    c.gradient(0, by + 10, BG_W, BG_H - by, [(0, (140, 132, 100)), (0.4, (150, 142, 106)), (1, (156, 146, 110))])
    for _ in range(24):
        z = rng.uniform(34, river_near - 3)
        x = rng.uniform(-1.1, 1.1) * z * BG_W / (2 * cam.f)
        px, py = cam.project(x, z)
        bush(c, px, py, rng.uniform(0.4, 0.9) * cam.scale(z), rng, (118, 120, 84), (136, 138, 96))
    for ax, az in ((-34, 40), (40, 44)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 6 * cam.scale(az), 8 * cam.scale(az), rng, (96, 80, 74), (110, 112, 88), (128, 128, 100))
    # police trucks parked on the track at the right
    for tx, tz, facing in ((17.0, 46.0, -1), (23.0, 50.0, -1)):
        px, py = cam.project(tx, tz)
        police_truck(c, px, py, cam.scale(tz), facing=facing)
    for tx, tz in ((13.5, 46.0), (12.6, 48.5)):
        px, py = cam.project(tx, tz)
        person(c, px, py, 1.76 * cam.scale(tz), Figure(body=(48, 70, 104), legs=(40, 52, 70), skin=(86, 58, 42),
                                                       head=None, arms="folded"))
    # families on the bank: standing, sitting, bundles and a few goats
    groups = [(-17, 50, 8), (-9, 47, 10), (0, 51, 9), (5, 46, 7), (-24, 46, 6), (9, 52, 5), (-3, 44, 6)]
    items = []
    for gx, gz, n in groups:
        for _ in range(n):
            x, z = gx + rng.uniform(-3, 3), gz + rng.uniform(-2.5, 2.5)
            items.append((z, x, rng.random()))
        for _ in range(2):
            items.append((gz + rng.uniform(-2, 2), gx + rng.uniform(-3, 3), 2.0))
    for _ in range(10):
        items.append((rng.uniform(43, 52), rng.uniform(-22, 10), 3.0))
    for z, x, kind in sorted(items, reverse=True):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        if kind == 2.0:
            bundle(c, px, py, s, shade(rng.choice(CLOTHES), 0.85))
        elif kind == 3.0:
            goat(c, px, py, s, facing=rng.choice([-1, 1]), coat=rng.choice([(150, 110, 80), (90, 70, 60), (220, 214, 200)]),
                 patch=rng.choice([None, (236, 228, 214)]))
        else:
            f, m = family_member(rng, wet=0.18, child=kind < 0.22)
            shadow_at(c, px, py, 0.7 * s, a=40)
            if kind < 0.5 and kind >= 0.22:
                seated(c, px, py, m * s, f)
            else:
                person(c, px, py, m * s, f)
    # low mist lingering over the near bank, thinning towards the viewer
    mist(c, by + 4, 260, 16, rng, a=40, n=6)
    return c.finish()


# -- the border post -----------------------------------------------------------------

def scene_customs_post() -> pygame.Surface:
    rng = random.Random(8002)
    H = 430
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (132, 174, 212)), (0.6, (196, 212, 220)), (1.0, (236, 226, 204))], H)
    c.glow(260, 120, 420, (255, 246, 226), a=70)
    for wx, wy, ww in ((520, 110, 460), (1220, 190, 300)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 34, (178, 176, 180), flat=0.3, freqs=(0.8, 2.0, 5.0))
    hills(c, rng, H + 4, 14, (190, 176, 150))
    ground(c, H, [(0, (214, 190, 150)), (0.3, (208, 180, 138)), (1, (198, 168, 126))])
    cam = Camera(horizon=H, f=1300, height=1.8)
    for ax, az in ((-70, 200), (-30, 260), (90, 220)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 10 * cam.scale(az), rng, (150, 130, 110), (150, 150, 120), (166, 164, 130))
    road = [(1.5 + 0.02 * z, z) for z in (2.5 * 1.06 ** i for i in range(100)) if z < 260]
    c.grad_poly(road_polygon(cam, road, 9.0), [(0, (200, 176, 140)), (1, (200, 176, 140))], a=140)
    c.grad_poly(road_polygon(cam, road, 7.0), [(0, (196, 170, 132)), (1, (188, 160, 120))], H, BG_H)
    tx, ty = cam.project(-19.0, 36.0)
    shade_tree(c, tx, ty, 7.5 * cam.scale(36), 9 * cam.scale(36), rng, (104, 80, 60), (96, 116, 74), (138, 156, 100))
    # police post: a small rendered block building with a deep roof overhang and the national flag
    post = Frame(-11.5, 25.0, 0.45)
    wall = (226, 214, 188)
    res = draw_solid(c, cam, box_faces(post, 8.0, 5.0, 3.0, wall))
    if "front" in res:
        fr = res["front"]
        c.poly(shade(wall, 0.86), face_rect(fr, 0.0, 0.0, 1.0, 0.18))            # painted dado
        c.poly((64, 100, 120), face_rect(fr, 0.14, 0.0, 0.3, 0.72))                # door
        for s0 in (0.42, 0.7):
            c.poly((70, 80, 90), face_rect(fr, s0, 0.4, s0 + 0.16, 0.78))
            c.poly((200, 206, 210), face_rect(fr, s0 + 0.01, 0.42, s0 + 0.15, 0.76), a=60)
        c.poly((40, 120, 120), face_rect(fr, 0.0, 0.84, 1.0, 0.92))               # teal band under the roof line
        c.poly((236, 232, 220), face_rect(fr, 0.1, 0.76, 0.34, 0.84))             # plain board over the door
    draw_solid(c, cam, shed_roof(post, 8.0, 5.0, 3.3, 3.0, (150, 156, 160), overhang=0.7))
    fx, fy = cam.project(-5.0, 22.0)
    flag(c, fx, fy, 8.0 * cam.scale(22.0), 2.2 * cam.scale(22.0), 0.9, design="national")
    vx, vy = cam.project(13.2, 33.0)
    land_cruiser(c, vx, vy, cam.scale(33.0), facing=-1, marking="un")
    # customs shed: open-sided, corrugated iron roof on steel posts, with the shade beneath
    shed = Frame(5.2, 18.5, -0.2)
    sw, sd, sh = 8.0, 5.0, 3.1

    def ground_pt(u: float, v: float) -> tuple[float, float]:
        wx, _, wz = shed.w(u, 0, v)
        return cam.project(wx, wz)
    c.poly((150, 120, 90), [ground_pt(-sw / 2 - 0.4, -0.6), ground_pt(sw / 2 + 0.4, -0.6), ground_pt(sw / 2 + 1.6, sd + 0.8),
                            ground_pt(-sw / 2 + 1.2, sd + 0.8)], a=80)
    corners = [(-sw / 2, 0.0), (sw / 2, 0.0), (-sw / 2, sd), (sw / 2, sd)]

    def post_at(u: float, v: float, col: Color) -> None:
        wx, _, wz = shed.w(u, 0, v)
        c.stroke(col, [cam.project(wx, wz, 0), cam.project(wx, wz, sh)], max(1.5, cam.scale(wz) * 0.1))
    for u, v in corners:
        if v > 0:
            post_at(u, v, (96, 98, 100))
    for k in range(5):          # crates and sacks stacked at the back of the shed
        wx, _, wz = shed.w(-3.6 + k * 0.75, 0, sd - 0.6)
        px, py = cam.project(wx, wz)
        s = cam.scale(wz)
        c.rect((150, 120, 84), px - 0.32 * s, py - 0.85 * s, 0.64 * s, 0.85 * s)
        c.rect((176, 146, 106), px - 0.32 * s, py - 0.85 * s, 0.64 * s, 0.12 * s)
    # families waiting in the shade: mostly sitting, with bundles and mats
    mats = [(-2.2, 2.6), (0.6, 2.2), (2.6, 3.0)]
    for u, v in mats:
        a, b, cc, d = ground_pt(u - 1.0, v - 0.6), ground_pt(u + 1.0, v - 0.6), ground_pt(u + 1.0, v + 0.6), ground_pt(u - 1.0, v + 0.6)
        c.poly(rng.choice([(170, 80, 70), (90, 120, 150), (200, 170, 90)]), [a, b, cc, d])
    people = []
    for k in range(13):
        u = rng.uniform(-sw / 2 + 0.7, sw / 2 - 0.7)
        v = rng.uniform(1.0, sd - 1.4)
        wx, _, wz = shed.w(u, 0, v)
        people.append((wz, wx, k))
    for wz, wx, k in sorted(people, reverse=True):
        px, py = cam.project(wx, wz)
        s = cam.scale(wz)
        f, m = family_member(rng, child=k % 4 == 3)
        if k % 6 == 0:
            person(c, px, py, m * s, f)
        elif k % 5 == 1:
            bundle(c, px, py, s, shade(rng.choice(CLOTHES), 0.9))
        else:
            seated(c, px, py, m * s, f)
    for u, v in corners:
        if v == 0:
            post_at(u, v, (110, 112, 114))
    rr = draw_solid(c, cam, shed_roof(shed, sw, sd, sh, sh - 0.35, (172, 176, 178), overhang=0.4), ambient=0.8)
    if "underside" in rr:       # corrugations seen from below
        e = rr["underside"]
        for k in range(1, 28):
            c.stroke(shade((172, 176, 178), 0.5), [face_map(e, k / 28, 0.0), face_map(e, k / 28, 1.0)], 1.2, a=120)
    if "edge" in rr:
        e = rr["edge"]
        for k in range(1, 40):
            c.stroke((130, 134, 136), [face_map(e, k / 40, 0.0), face_map(e, k / 40, 1.0)], 1.2)
    # the barrier across the road, a policeman beside it, and the white UN vehicle
    bx0, by0 = cam.project(-2.4, 14.5)
    bx1, _ = cam.project(4.4, 14.5)
    boom_barrier(c, bx0, bx1, by0, 1.0 * cam.scale(14.5))
    px, py = cam.project(-3.3, 13.8)
    shadow_at(c, px + 0.4 * cam.scale(13.8), py, 0.9 * cam.scale(13.8), a=60)
    person(c, px, py, 1.76 * cam.scale(13.8), Figure(body=(170, 156, 118), legs=(130, 118, 88), skin=(84, 56, 40),
                                                    head=None, arms="down"))
    # quiet foreground
    for bx, bz in ((-8, 9), (10, 10), (-12, 14)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (160, 150, 100), (176, 166, 112))
    return c.finish()
