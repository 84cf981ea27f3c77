"""Children at the gate: the temporary UN camp gate after rain, the village school, the village at dusk."""
from __future__ import annotations

import math
import random

import pygame

from .buildings import flag, guard_post, sandbag_wall
from .camp import ngo_tent, reed_fence, tarp_shelter, wire_fence
from .core import BG_H, BG_W, Canvas, Color, SS_BG, WHITE, mix, shade
from .land import Camera, cloud, ground, hills, road_polygon, sky, wisp
from .people import Figure, person
from .plants import bush, shade_tree
from .props import bench
from .solids import Frame, box_faces, draw_solid, face_rect, shed_roof
from .village import granary, puddle, round_hut, smoke


def concertina(c: Canvas, cam: Camera, a: tuple[float, float], b: tuple[float, float], y: float, r: float = 0.45,
               color: Color = (150, 152, 150)) -> None:
    """A coil of razor wire running along the top of a fence or wall."""
    L = math.dist(a, b)
    n = int(L / 0.35)
    prev = None
    for i in range(n * 6 + 1):
        t = i / (n * 6)
        ang = t * n * 2 * math.pi
        x = a[0] + (b[0] - a[0]) * t
        z = a[1] + (b[1] - a[1]) * t + r * 0.4 * math.sin(ang)
        p = cam.project(x, z, y + r + r * math.cos(ang))
        if prev:
            c.stroke(color, [prev, p], max(0.6, cam.scale(z) * 0.02), a=200)
        prev = p


def scene_gate() -> pygame.Surface:
    """The gate of a small temporary UN camp after rain: wire, sandbags, a blue tarp, a muddy field."""
    rng = random.Random(10001)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky_c = (176, 190, 204)
    sky(c, [(0, (120, 136, 156)), (0.5, (168, 180, 194)), (1.0, (214, 214, 206))], H)
    for x, y, w in ((260, 150, 380), (760, 90, 460), (1260, 170, 360), (1000, 260, 260)):
        cloud(c, x, y, w, rng, (206, 210, 214), (150, 158, 170), 200)
    c.glow(1100, 300, 360, (246, 238, 214), a=70)                   # the sky clearing after the rain
    hills(c, rng, H + 2, 22, (140, 150, 150), freqs=(0.6, 1.6, 4.0))
    ground(c, H, [(0, (134, 118, 94)), (0.3, (124, 104, 80)), (1, (114, 94, 72))])
    cam = Camera(horizon=H, f=1300, height=1.8)
    # tents inside the camp, behind the perimeter
    for tx, tz, yaw in ((-14.0, 40.0, 0.4), (-4.0, 46.0, 0.1), (9.0, 42.0, -0.35), (18.0, 50.0, -0.2)):
        ngo_tent(c, cam, tx, tz, yaw, 5, 7, cloth=(228, 228, 222), trim=(91, 146, 214), logo=False)
    fx, fy = cam.project(6.0, 30.0)
    flag(c, fx, fy, 8 * cam.scale(30), 2.2 * cam.scale(30), 0.4)
    # the perimeter: a wire fence topped with razor wire, sandbag walls either side of the gate
    wire_fence(c, cam, (-40.0, 26.0), (-3.0, 26.0), 2.0, 3.0, mesh_a=30)
    wire_fence(c, cam, (3.0, 26.0), (40.0, 26.0), 2.0, 3.0, mesh_a=30)
    concertina(c, cam, (-40.0, 26.0), (-3.0, 26.0), 2.0)
    concertina(c, cam, (3.0, 26.0), (40.0, 26.0), 2.0)
    for x0, x1 in ((-9.0, -3.0), (3.0, 9.0)):
        a = cam.project(x0, 24.5)
        b = cam.project(x1, 24.5)
        sandbag_wall(c, a[0], a[1], b[0] - a[0], 3, 0.75 * cam.scale(24.5), rng)
    gx, gy = cam.project(-8.0, 22.0)
    guard_post(c, gx, gy, cam.scale(22.0), rng)
    for x in (-3.0, 3.0):       # gate posts and an open barrier pole
        c.stroke((96, 98, 100), [cam.project(x, 25.0, 0), cam.project(x, 25.0, 2.6)], max(2.0, cam.scale(25) * 0.15))
    c.stroke((186, 72, 60), [cam.project(-3.0, 25.0, 1.1), cam.project(-2.2, 24.0, 4.2)], max(2.0, cam.scale(25) * 0.12))
    for k in range(4):
        t0, t1 = k / 4, (k + 0.5) / 4
        p0 = cam.project(-3.0 + 0.8 * t0, 25.0 - t0, 1.1 + 3.1 * t0)
        p1 = cam.project(-3.0 + 0.8 * t1, 25.0 - t1, 1.1 + 3.1 * t1)
        c.stroke((236, 232, 222), [p0, p1], max(2.0, cam.scale(25) * 0.12))
    # the blue tarp rigged just outside the gate, with a bench beneath it
    tarp_shelter(c, cam, 8.5, 17.0, -0.15, 5.0, 3.5, 2.2, 2.7, tarp=(60, 110, 180), stripe=None, pole=(110, 90, 70))
    bx, by = cam.project(7.4, 18.6)
    bench(c, bx, by - 0.45 * cam.scale(18.6), 2.2 * cam.scale(18.6), 0.45 * cam.scale(18.6), (130, 100, 72))
    # the muddy field: tyre ruts towards the gate and puddles reflecting the sky
    ruts = [(0.0, z) for z in (2.5, 5, 8, 12, 16, 20, 25)]
    c.poly((104, 86, 66), road_polygon(cam, ruts, 4.0), a=110)
    for off in (-1.0, 1.0):
        c.poly((92, 76, 58), road_polygon(cam, [(x + off, z) for x, z in ruts], 0.35), a=150)
    for _ in range(11):
        z = rng.uniform(9, 24)
        x = rng.uniform(-1.0, 1.0) * z * BG_W / (2 * cam.f)
        px, py = cam.project(x, z)
        puddle(c, px, py, cam.scale(z) * rng.uniform(0.5, 1.1), sky_c, rng)
    for bx_, bz in ((-16, 20), (15, 22), (-20, 30)):
        px, py = cam.project(bx_, bz)
        bush(c, px, py, 0.7 * cam.scale(bz), rng, (92, 112, 70), (112, 134, 84))
    # a peacekeeper at the gate
    px, py = cam.project(-1.8, 24.0)
    person(c, px, py, 1.78 * cam.scale(24), Figure(body=(118, 116, 86), legs=(104, 102, 76), skin=(86, 56, 40), helmet=True))
    return c.finish()


def mango_tree(c: Canvas, x: float, y: float, s: float, rng: random.Random) -> None:
    """A big dark-leaved mango tree with a dense dome of foliage (s = px/m)."""
    shade_tree(c, x, y, 9 * s, 11 * s, rng, (90, 70, 56), (52, 88, 56), (96, 134, 80))


def scene_school() -> pygame.Surface:
    """A village primary school: mud-brick walls, a tin roof, four classroom doors, a yard under mango trees."""
    rng = random.Random(10002)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (134, 176, 214)), (0.6, (196, 214, 224)), (1.0, (234, 228, 210))], H)
    for x, y, w in ((300, 140, 300), (1180, 110, 360)):
        cloud(c, x, y, w, rng, (250, 250, 248), (214, 224, 232), 220)
    hills(c, rng, H + 2, 26, (170, 176, 176), freqs=(0.7, 1.9, 4.6))
    ground(c, H, [(0, (206, 170, 126)), (0.3, (200, 162, 118)), (1, (192, 154, 110))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    for tx, tz in ((-40, 70), (34, 76), (60, 60)):
        px, py = cam.project(tx, tz)
        mango_tree(c, px, py, cam.scale(tz), rng)
    # the school block: long mud-brick building under a tin roof with a veranda edge
    f = Frame(-1.0, 24.0, 0.08)
    wall = (186, 140, 102)
    res = draw_solid(c, cam, box_faces(f, 22.0, 6.0, 3.0, wall))
    fr = res["front"]
    c.poly(shade(wall, 0.82), face_rect(fr, 0.0, 0.0, 1.0, 0.16))
    c.poly(mix(wall, WHITE, 0.55), face_rect(fr, 0.0, 0.16, 1.0, 0.2))
    for k in range(4):          # four classroom doors, each between two shuttered windows
        s0 = 0.06 + k * 0.235
        c.poly((46, 96, 130), face_rect(fr, s0 + 0.07, 0.0, s0 + 0.11, 0.7))
        c.poly((70, 124, 154), face_rect(fr, s0 + 0.075, 0.36, s0 + 0.105, 0.66))
        for w0 in (s0 + 0.01, s0 + 0.14):
            c.poly((60, 46, 38), face_rect(fr, w0, 0.38, w0 + 0.045, 0.66))
            c.poly((46, 96, 130), face_rect(fr, w0 - 0.012, 0.38, w0, 0.66))
            c.poly((46, 96, 130), face_rect(fr, w0 + 0.045, 0.38, w0 + 0.057, 0.66))
    # a painted blackboard panel at the end wall, left blank
    if "left" in res:
        c.poly((50, 70, 60), face_rect(res["left"], 0.25, 0.35, 0.75, 0.75))
    draw_solid(c, cam, shed_roof(f, 22.0, 6.0, 3.5, 3.0, (170, 174, 176), overhang=0.8))
    # veranda posts carrying the roof edge
    for k in range(9):
        u = -11.0 + k * 2.75
        wx, _, wz = f.w(u, 0, -0.7)
        c.stroke((120, 92, 66), [cam.project(wx, wz, 0), cam.project(wx, wz, 3.45)], max(1.5, cam.scale(wz) * 0.12))
    # the flagpole and a few benches set out in the yard
    fx, fy = cam.project(2.6, 19.0)
    flag(c, fx, fy, 7 * cam.scale(19), 1.9 * cam.scale(19), 0.8, design="national")
    for bx_, bz in ((-5.5, 18.0), (-2.4, 19.0)):
        px, py = cam.project(bx_, bz)
        s = cam.scale(bz)
        bench(c, px, py - 0.45 * s, 2.4 * s, 0.45 * s, (140, 108, 76))
    # the mango trees over the yard, with pools of shade
    for tx, tz in ((14.5, 30.0), (-8.6, 14.0)):
        px, py = cam.project(tx, tz)
        s = cam.scale(tz)
        c.ellipse((120, 90, 64), px + 1.0 * s, py + 0.2 * s, 6 * s, 0.9 * s, a=90)
        shade_tree(c, px, py, 8 * s, 10 * s, rng, (90, 70, 56), (52, 88, 56), (96, 134, 80))
    for bx_, bz in ((-16, 12), (17, 11)):
        px, py = cam.project(bx_, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (110, 130, 80), (130, 152, 94))
    return c.finish()


def scene_village() -> pygame.Surface:
    """A Sahelian farming village at dusk: millet-stalk fences, round granaries, lamps being lit."""
    rng = random.Random(10003)
    H = 440
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (52, 62, 104)), (0.45, (120, 100, 136)), (0.78, (216, 132, 100)), (1.0, (240, 170, 110))], H)
    c.glow(1200, H, 420, (255, 170, 110), a=140, ry=110)
    for wx, wy, ww in ((360, 170, 420), (900, 110, 520), (1300, 260, 300)):
        wisp(c, wx, wy, ww, (230, 150, 140), 70)
    c.circle((250, 246, 230), 340, 90, 2.2)                          # the evening star
    hills(c, rng, H + 2, 110, (104, 84, 116), flat=0.25, freqs=(0.5, 1.3, 3.1))
    hills(c, rng, H + 4, 50, (84, 68, 92), freqs=(0.9, 2.2, 5.1))
    ground(c, H, [(0, (110, 84, 76)), (0.3, (112, 86, 74)), (1, (104, 80, 68))])
    cam = Camera(horizon=H, f=1300, height=3.4)      # from a low rise at the edge of the fields
    wall, thatch = shade((178, 132, 96), 0.72), shade((196, 168, 110), 0.7)
    # compounds: huts and granaries behind millet-stalk fences
    compounds = [(-20.0, 40.0), (-6.0, 34.0), (9.0, 38.0), (22.0, 44.0)]
    lamps = []
    for k, (cx_, cz) in enumerate(compounds):
        for dx, dz in ((-3.0, 4.0), (2.0, 5.0)):
            x, z = cx_ + dx, cz + dz
            px, py = cam.project(x, z)
            round_hut(c, px, py, cam.scale(z), wall, thatch)
        reed_fence(c, cam, (cx_ - 6.0, cz), (cx_ + 6.0, cz - 0.5), rng, 1.8, color=shade((196, 170, 118), 0.72),
                   gap=(0.42, 0.52))
        # a lamp set at the compound entrance
        px, py = cam.project(cx_ - 0.6, cz - 0.6)
        lamps.append((px, py - 0.25 * cam.scale(cz), cam.scale(cz)))
        # granaries standing just outside the fence
        for dx, dz in ((-4.6, -2.2), (4.2, -1.8)) if k % 2 == 0 else ((3.8, -2.0),):
            x, z = cx_ + dx, cz + dz
            px, py = cam.project(x, z)
            granary(c, px, py, cam.scale(z) * 0.9, wall, thatch)
        if k % 2 == 0:
            px, py = cam.project(cx_ + 1.0, cz + 3.0)
            smoke(c, px, py - 2.0 * cam.scale(cz + 3.0), 7 * cam.scale(cz), rng, (170, 150, 160), 0.5, 70)
    # lamps glowing in doorways, and one being lit at a compound entrance
    for px, py, s in lamps:
        c.glow(px, py, 2.2 * s, (255, 190, 110), a=150)
        c.circle((255, 230, 170), px, py, max(1.0, 0.08 * s))
    ex, ez = compounds[1][0] - 0.6, compounds[1][1] - 1.0
    px, py = cam.project(ex, ez)
    s = cam.scale(ez)
    person(c, px, py, 1.62 * s, Figure(body=(70, 60, 78), legs=(60, 52, 66), skin=(70, 48, 36), head=(80, 66, 90),
                                       robe=True, wrap=(90, 60, 70), tie=True))
    lx, ly = px + 0.35 * s, py - 0.9 * s
    c.glow(lx, ly, 3.2 * s, (255, 190, 110), a=170)
    c.rect((90, 80, 70), lx - 0.1 * s, ly - 0.05 * s, 0.2 * s, 0.22 * s)
    c.circle((255, 240, 200), lx, ly - 0.1 * s, max(1.0, 0.07 * s))
    # a few trees and the quiet fields in front
    for tx, tz in ((-34.0, 60.0), (30.0, 66.0), (2.0, 80.0)):
        px, py = cam.project(tx, tz)
        shade_tree(c, px, py, 7 * cam.scale(tz), 8 * cam.scale(tz), rng, (60, 48, 46), (64, 66, 60), (86, 84, 74))
    for _ in range(24):         # millet stubble in the fields
        z = rng.uniform(16, 30)
        x = rng.uniform(-1.1, 1.1) * z * BG_W / (2 * cam.f)
        px, py = cam.project(x, z)
        hh = rng.uniform(0.3, 0.6) * cam.scale(z)
        c.stroke((140, 110, 90), [(px, py), (px + hh * 0.1, py - hh)], max(0.8, cam.scale(z) * 0.02), a=160)
    c.fade_poly((40, 36, 60), [(0, 0), (BG_W, 0), (BG_W, BG_H), (0, BG_H)], 0, BG_H, 0, 70)
    return c.finish()
