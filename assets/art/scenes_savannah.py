"""Outdoor road scenes: market road, convoy corridor, roadblock."""
from __future__ import annotations

import math
import random

import pygame

from .buildings import awning_stall, boom_barrier, distant_town, flag, guard_post, phone_mast
from .core import BG_H, BG_W, Canvas, SS_BG, WHITE, shade, spline
from .land import Camera, cloud, draw_road, grass_tufts, ground, hills, long_shadow, points_along, sky, sun, wisp
from .people import Figure, person, random_figure, shadow_at
from .plants import acacia, bush
from .props import log_pile
from .vehicles import pickup, white_truck


def scene_market_road() -> pygame.Surface:
    rng = random.Random(1001)
    H = 452
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (138, 176, 202)), (0.6, (198, 212, 212)), (1.0, (242, 226, 194))], H)
    sun(c, 300, 300, 26, (255, 248, 228), (255, 226, 170), 150)
    for wx, wy, ww in ((900, 110, 440), (1280, 190, 320), (560, 210, 260)):
        wisp(c, wx, wy, ww, (252, 250, 244), 80)
    hills(c, rng, H + 2, 46, (180, 178, 184), flat=0.35, freqs=(0.9, 2.3, 6.1))
    hills(c, rng, H + 4, 20, (196, 178, 150))
    ground(c, H, [(0, (214, 188, 144)), (0.35, (208, 178, 132)), (1, (198, 164, 120))])
    cam = Camera(horizon=H, f=1500, height=2.2)
    for ax, az in ((-60, 300), (-40, 240), (55, 260), (80, 330)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 11 * cam.scale(az), rng, (150, 130, 110), (150, 150, 120), (166, 164, 130))
    walls = [(200, 164, 120), (214, 186, 146), (186, 142, 106), (226, 214, 190), (174, 152, 130)]
    mx, my = cam.project(-26, 220)
    phone_mast(c, mx, my, 30 * cam.scale(220), (150, 150, 156))
    distant_town(c, rng, cam, 200, -48, 48, (-6, 7), walls, (206, 200, 190), 0.38)
    for bx, bz in ((-40, 120), (-22, 70), (-30, 52), (26, 64), (34, 90), (18, 44), (-14, 36)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 1.4 * cam.scale(bz), rng, (150, 146, 96), (170, 164, 110))
    px, py = cam.project(-27, 58)
    acacia(c, px, py, 7.5 * cam.scale(58), 10 * cam.scale(58), rng, (120, 96, 76), (120, 128, 86), (142, 148, 100))
    distant_town(c, rng, cam, 150, -36, 36, (-6, 7), walls, (206, 200, 190), 0.24)
    distant_town(c, rng, cam, 112, -28, 28, (-6, 7), walls, (206, 200, 190), 0.12)
    path = [(0.4, 4.0 * 1.06 ** i) for i in range(80) if 4.0 * 1.06 ** i < 112]
    draw_road(c, cam, path, 7.0, (220, 200, 166), (214, 190, 152), (204, 176, 134), tracks=(180, 150, 112))
    # market stalls along both sides of the road
    stripes = [((176, 96, 76), (236, 224, 200)), ((74, 128, 124), (232, 222, 196)),
               ((210, 164, 80), (238, 228, 204)), ((96, 108, 148), (234, 226, 206))]
    for i, z in enumerate((92, 76, 63, 52, 43)):
        for side in (-1, 1):
            if side > 0 and z < 50:
                continue
            s = cam.scale(z)
            x_left = -8.4 if side < 0 else 5.2
            px, py = cam.project(x_left, z)
            shadow_at(c, px + 1.9 * s, py + 0.1 * s, 3.8 * s, a=50)
            awning_stall(c, px, py, 3.2 * s, 2.4 * s, stripes[(i + (side > 0)) % len(stripes)], rng)
            for k in range(rng.randint(0, 2)):
                fx = x_left + rng.uniform(0.4, 2.8)
                fz = z - rng.uniform(1.5, 3.0)
                person(c, *cam.project(fx, fz), 1.66 * cam.scale(fz), random_figure(rng))
    # people waiting in line beyond the barrier
    queue = [(-0.7, 34.0), (0.1, 32.2), (-0.4, 30.5), (0.4, 29.0), (-0.2, 27.6), (0.55, 26.3)]
    for k, (qx, qz) in enumerate(queue):
        px, py = cam.project(qx, qz)
        s = cam.scale(qz)
        shadow_at(c, px + 0.5 * s, py, 0.9 * s, a=60)
        person(c, px, py, (1.72 if k != 3 else 1.15) * s, random_figure(rng))
    # checkpoint: sandbagged post with flag, barrier, a peacekeeper
    z = 22.0
    s = cam.scale(z)
    fx, fy = cam.project(8.1, z + 2.0)
    flag(c, fx, fy, 6.5 * cam.scale(z + 2.0), 1.8 * cam.scale(z + 2.0), 0.6)
    gx, gy = cam.project(4.5, z + 1.6)
    shadow_at(c, gx + 2.2 * s, gy + 0.05 * s, 4.4 * s, a=40)
    guard_post(c, gx, gy, cam.scale(z + 1.6), rng)
    x0, y0 = cam.project(-3.4, z)
    x1, _ = cam.project(3.6, z)
    c.stroke((150, 120, 90), [(x0, y0 + 0.08 * s), (x1, y0 + 0.08 * s)], 0.12 * s, a=60)
    boom_barrier(c, x1, x0, y0, 1.0 * s)
    pz = z - 1.0
    px, py = cam.project(2.5, pz)
    shadow_at(c, px + 0.5 * cam.scale(pz), py, 1.0 * cam.scale(pz), a=70)
    person(c, px, py, 1.78 * cam.scale(pz), Figure(body=(118, 116, 86), legs=(104, 102, 76), skin=(150, 104, 72),
                                                   helmet=True))
    # a few soft stones at the edges of the foreground
    for _ in range(14):
        x = rng.choice([rng.uniform(20, 360), rng.uniform(1260, 1580)])
        y = rng.uniform(640, 860)
        r = rng.uniform(4, 9) * (y - H) / 300
        c.ellipse((176, 146, 108), x + 2, y + 2, r * 1.4, r * 0.6, a=110)
        c.ellipse((222, 204, 170), x, y, r * 1.3, r * 0.55)
    return c.finish()


def scene_corridor_road() -> pygame.Surface:
    rng = random.Random(2002)
    H = 500
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (108, 156, 204)), (0.55, (176, 204, 224)), (1.0, (234, 228, 210))], H)
    c.glow(1200, 360, 700, (255, 240, 210), a=90)
    for x, y, w in ((250, 170, 300), (760, 250, 200), (1200, 140, 330), (1480, 330, 170), (470, 390, 150)):
        cloud(c, x, y, w, rng, (250, 250, 248), (212, 222, 232), 240)
    wisp(c, 900, 80, 520, WHITE, 60)
    hills(c, rng, H + 2, 34, (168, 178, 190), freqs=(0.8, 2.1, 5.3))
    hills(c, rng, H + 3, 14, (178, 172, 142))
    ground(c, H, [(0, (204, 182, 124)), (0.3, (196, 170, 110)), (1, (180, 152, 98))])
    cam = Camera(horizon=H, f=1300, height=6.0)
    ctrl = [(0.0, 12.0), (1.0, 40.0), (5.0, 70.0), (12.0, 100.0), (14.0, 125.0), (6.0, 150.0), (-10.0, 172.0),
            (-35.0, 192.0), (-70.0, 208.0), (-115.0, 220.0), (-170.0, 230.0), (-250.0, 240.0), (-340.0, 248.0)]
    path = spline(ctrl, False, 16)

    def near_road(x: float, z: float, margin: float) -> bool:
        return any(abs(x - px) < margin and abs(z - pz) < margin for px, pz in path[::2])

    # distant scrub and trees
    for _ in range(90):
        z = rng.uniform(160, 700)
        x = rng.uniform(-1.1, 1.1) * z * BG_W / (2 * cam.f)
        if near_road(x, z, 9):
            continue
        px, py = cam.project(x, z)
        bush(c, px, py, rng.uniform(1.2, 2.4) * cam.scale(z), rng, (152, 148, 102), (168, 162, 114))
    for ax, az, hh in ((-90, 360, 7), (60, 320, 6), (150, 480, 8), (-200, 520, 7), (10, 420, 6)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, hh * cam.scale(az), hh * 1.5 * cam.scale(az), rng, (136, 118, 94), (140, 144, 104), (154, 156, 112))
    draw_road(c, cam, path, 7.0, (196, 128, 96), (170, 92, 62), (188, 148, 102), tracks=(140, 72, 50))
    # convoy of white trucks rounding the far bend, each trailing a little dust
    convoy = points_along(path, 190.0, 24.0, 7)
    for x, z in convoy:
        px, py = cam.project(x, z)
        s = cam.scale(z)
        c.glow(px + 7 * s, py - 1.0 * s, 6 * s, (212, 168, 136), a=120, ry=2.0 * s)
    for x, z in sorted(convoy, key=lambda p: -p[1]):
        px, py = cam.project(x, z)
        white_truck(c, px, py, cam.scale(z), facing=-1)
    # scrub and acacias nearer the viewer, away from the road
    for _ in range(70):
        z = rng.uniform(40, 160)
        x = rng.uniform(-1.2, 1.2) * z * BG_W / (2 * cam.f)
        if near_road(x, z, 8):
            continue
        px, py = cam.project(x, z)
        bush(c, px, py, rng.uniform(1.0, 1.8) * cam.scale(z), rng, (140, 136, 88), (160, 154, 100))
    for ax, az, hh, ww in ((30, 96, 7.0, 11), (-46, 130, 6.5, 9.5), (48, 170, 6, 9), (-24, 64, 7.2, 10.5)):
        px, py = cam.project(ax, az)
        shadow_at(c, px + 0.2 * ww * cam.scale(az), py + 0.1 * cam.scale(az), ww * cam.scale(az) * 0.9, a=55,
                  color=(110, 90, 50))
        acacia(c, px, py, hh * cam.scale(az), ww * cam.scale(az), rng, (100, 80, 62), (100, 118, 72), (124, 140, 86))
    grass_tufts(c, rng, cam, 60, 24, 70, (174, 148, 92), avoid=lambda x, z: abs(x) < 7)
    return c.finish()


def scene_roadblock() -> pygame.Surface:
    rng = random.Random(3003)
    H = 500
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (96, 118, 156)), (0.45, (170, 150, 150)), (0.8, (226, 170, 128)), (1.0, (244, 194, 136))], H)
    sun_x, sun_y = 1190.0, 448.0
    sun(c, sun_x, sun_y, 30, (255, 236, 196), (255, 190, 120), 190)
    for x, y, w in ((300, 160, 380), (760, 230, 300), (1400, 120, 320)):
        wisp(c, x, y, w, (250, 210, 180), 80)
    hills(c, rng, H + 2, 50, (150, 118, 126), freqs=(0.7, 1.9, 4.9))
    hills(c, rng, H + 4, 22, (128, 100, 104))
    ground(c, H, [(0, (170, 122, 92)), (0.3, (162, 114, 80)), (1, (140, 98, 68))])
    c.glow(sun_x, H + 10, 500, (240, 170, 110), a=90, ry=60)
    cam = Camera(horizon=H, f=1300, height=2.2)
    vanish = (sun_x, float(H))
    path = [(0.6 * math.sin(z / 50.0), z) for z in (5 * 1.05 ** i for i in range(90)) if z < 400]
    draw_road(c, cam, path, 7.0, (184, 120, 88), (158, 88, 62), (150, 106, 76), tracks=(120, 66, 48))
    for ax, az in ((-70, 260), (60, 300), (110, 220), (-120, 340)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 10 * cam.scale(az), rng, (96, 70, 70), (104, 80, 84), (116, 90, 92))
    for _ in range(40):
        z = rng.uniform(30, 200)
        x = rng.uniform(-1.2, 1.2) * z * BG_W / (2 * cam.f)
        if abs(x) < 7:
            continue
        px, py = cam.project(x, z)
        bush(c, px, py, rng.uniform(0.8, 1.5) * cam.scale(z), rng, (110, 84, 66), (132, 100, 76))
    z = 24.0
    s = cam.scale(z)
    # the pickup truck parked across the right half of the road
    tz = 26.5
    tx, ty = cam.project(5.6, tz)
    long_shadow(c, tx, ty, 5.3 * cam.scale(tz), vanish, 0.5, a=70)
    # logs and their shadows
    lx0, ly = cam.project(-3.8, z)
    lx1, _ = cam.project(3.2, z)
    long_shadow(c, (lx0 + lx1) / 2, ly, lx1 - lx0, vanish, 0.4, a=70)
    # figures standing near the truck and logs, backlit
    people = [(-1.2, 27.5, "folded"), (1.0, 28.5, "down"), (2.9, 27.2, "down"), (8.6, 28.0, "folded")]
    for fx, fz, arms in people:
        px, py = cam.project(fx, fz)
        long_shadow(c, px, py, 0.45 * cam.scale(fz), vanish, 0.8, a=75)
    pickup(c, tx, ty, cam.scale(tz), (104, 114, 98), facing=-1)
    sil = (70, 50, 52)
    for fx, fz, arms in people:
        px, py = cam.project(fx, fz)
        person(c, px, py, 1.76 * cam.scale(fz), Figure(body=sil, legs=shade(sil, 0.9), skin=shade(sil, 1.05), arms=arms))
        c.stroke((230, 160, 110), [(px + 0.2 * cam.scale(fz), py - 1.7 * cam.scale(fz)),
                                   (px + 0.24 * cam.scale(fz), py - 1.0 * cam.scale(fz))], 0.04 * cam.scale(fz), a=110)
    log_pile(c, lx0, lx1, ly, 0.62 * s, rng)
    px, py = cam.project(-16, 40)
    acacia(c, px, py, 7.5 * cam.scale(40), 10.5 * cam.scale(40), rng, (70, 52, 52), (80, 62, 64), (96, 74, 74))
    grass_tufts(c, rng, cam, 40, 14, 50, (128, 92, 64), avoid=lambda x, z: abs(x) < 7.5)
    return c.finish()
