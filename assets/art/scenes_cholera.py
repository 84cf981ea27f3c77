"""Cholera burial: a family compound, the cemetery above the riverbed, the cholera treatment centre."""
from __future__ import annotations

import math
import random

import pygame

from .camp import distant_camp, ngo_tent, reed_fence, tarp_shelter, wire_fence
from .core import BG_H, BG_W, Canvas, Color, SS_BG
from .land import Camera, ground, hills, road_polygon, sky, sun, wisp
from .people import Figure, person, seated, shadow_at
from .plants import acacia, bush, shade_tree
from .solids import Frame, draw_solid, gable_faces
from .village import cooking_fire, cool_box, grave, mat, mosque, mud_house, wash_station

SKINS: list[Color] = [(92, 60, 42), (112, 72, 48), (78, 52, 38), (124, 84, 56), (100, 66, 46), (136, 92, 62)]
ROBES: list[Color] = [(232, 230, 222), (170, 180, 190), (120, 130, 150), (200, 190, 160), (150, 150, 146), (96, 110, 140)]


def man_in_robe(rng: random.Random) -> Figure:
    return Figure(body=rng.choice(ROBES), legs=(90, 84, 76), skin=rng.choice(SKINS), robe=True,
                  head=rng.choice([(240, 238, 232), (236, 230, 214), (150, 60, 60)]), tie=True)


def woman_wrapped(rng: random.Random) -> Figure:
    top = rng.choice([(150, 70, 90), (60, 100, 150), (200, 150, 60), (70, 120, 100), (170, 90, 60)])
    wrap = rng.choice([(90, 70, 110), (190, 120, 60), (60, 110, 90), (150, 60, 60), (70, 90, 140)])
    return Figure(body=top, legs=wrap, skin=rng.choice(SKINS), head=rng.choice([(60, 50, 60), top, wrap]),
                  robe=True, wrap=wrap, tie=rng.random() < 0.5)


def scene_compound() -> pygame.Surface:
    rng = random.Random(9001)
    H = 410
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (150, 182, 208)), (0.6, (210, 214, 208)), (1.0, (238, 226, 200))], H)
    for wx, wy, ww in ((420, 110, 420), (1160, 170, 300)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    ground(c, H, [(0, (220, 196, 152)), (0.3, (214, 188, 144)), (1, (206, 178, 134))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    haze = (226, 216, 198)
    distant_camp(c, rng, cam, 120, -90, 90, [(236, 236, 230), (200, 186, 160), (150, 170, 190)], haze, 0.4)
    distant_camp(c, rng, cam, 70, -50, 50, [(236, 236, 230), (200, 186, 160), (150, 170, 190)], haze, 0.25)
    tx, ty = cam.project(9.0, 34)
    shade_tree(c, tx, ty, 7 * cam.scale(34), 8 * cam.scale(34), rng, (104, 80, 60), (104, 118, 76), (140, 156, 100))
    # the narrow sandy alley on the left, between neighbouring compounds
    c.poly((228, 208, 168), road_polygon(cam, [(-8.4, z) for z in (12, 20, 30, 45, 70)], 2.4), a=130)
    reed_fence(c, cam, (-6.6, 70.0), (-6.6, 21.0), rng, 2.0, color=(190, 162, 112))
    mud_house(c, cam, -16.5, 36.0, 0.0, 5.0, 4.0, 2.6, (176, 130, 94), door="dark", windows=0)
    reed_fence(c, cam, (-10.2, 70.0), (-10.2, 30.0), rng, 2.0, color=(186, 158, 108))
    reed_fence(c, cam, (-10.2, 30.0), (-10.2, 16.0), rng, 2.0, color=(196, 168, 116))
    # inside the compound: a mud-brick house with a curtained doorway and a tarpaulin shelter
    mud_house(c, cam, 1.5, 24.0, 0.12, 7.5, 4.5, 2.8, (184, 138, 100), door="curtain", windows=1)
    f = Frame(-3.4, 22.5, -0.25)
    draw_solid(c, cam, gable_faces(f, 3.6, 4.6, 1.3, 2.3, (90, 136, 186), (82, 128, 180), overhang=0.15))
    reed_fence(c, cam, (9.0, 26.0), (14.0, 12.0), rng, 2.0, color=(196, 168, 116))
    # three large cooking pots on fires, for the mourners
    for k, (px_, pz) in enumerate(((-4.2, 16.0), (-2.8, 15.4), (-1.4, 16.4))):
        px, py = cam.project(px_, pz)
        cooking_fire(c, px, py, cam.scale(pz), rng, big=0.85)
    for wx, wz in ((-4.8, 17.6), (-0.6, 18.0)):
        px, py = cam.project(wx, wz)
        person(c, px, py, 1.64 * cam.scale(wz), woman_wrapped(rng))
    # the reed-mat awning with men seated on mats beneath it
    ax, az = 4.8, 14.5
    f = Frame(ax, az, -0.18)

    def G(u: float, v: float) -> tuple[float, float]:
        wx, _, wz = f.w(u, 0, v)
        return cam.project(wx, wz)
    mat(c, [G(-2.8, 0.4), G(2.8, 0.4), G(2.8, 3.6), G(-2.8, 3.6)], (200, 176, 118), (150, 80, 70))
    men = []
    for k in range(7):
        u = -2.3 + k * 0.78 + rng.uniform(-0.1, 0.1)
        v = 2.9 if k % 2 == 0 else 1.4
        wx, _, wz = f.w(u, 0, v)
        men.append((wz, wx))
    for wz, wx in sorted(men, reverse=True):
        px, py = cam.project(wx, wz)
        seated(c, px, py, 1.7 * cam.scale(wz), man_in_robe(rng))
    tarp_shelter(c, cam, ax, az, -0.18, 6.4, 4.2, 2.2, 2.7, tarp=(186, 160, 108), stripe=None, pole=(110, 84, 60))
    # a kettle and a few plastic chairs at the edge of the mat
    px, py = cam.project(1.4, 13.2)
    s = cam.scale(13.2)
    c.ellipse((60, 120, 150), px, py - 0.18 * s, 0.16 * s, 0.18 * s)
    c.stroke((60, 120, 150), [(px + 0.12 * s, py - 0.24 * s), (px + 0.26 * s, py - 0.34 * s)], max(1.0, 0.04 * s))
    for bx, bz in ((-9, 11), (10, 9.5)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.5 * cam.scale(bz), rng, (150, 150, 100), (170, 166, 110))
    return c.finish()


def scene_cemetery() -> pygame.Surface:
    rng = random.Random(9002)
    H = 380
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (120, 150, 190)), (0.5, (196, 190, 190)), (0.85, (238, 204, 160)), (1.0, (246, 214, 170))], H)
    sun(c, 260, 300, 24, (255, 240, 206), (255, 206, 140), 150)
    for wx, wy, ww in ((700, 120, 460), (1260, 200, 300)):
        wisp(c, wx, wy, ww, (250, 226, 200), 70)
    hills(c, rng, H + 2, 30, (170, 150, 150), flat=0.3, freqs=(0.7, 1.8, 4.4))
    cam = Camera(horizon=H, f=1300, height=3.2)
    ground(c, H, [(0, (196, 170, 126)), (1, (190, 160, 116))])
    # the dry riverbed below the rise, its far bank, and trees along it
    bed_far, bed_near, rise = 140.0, 80.0, 52.0
    _, y_far = cam.project(0, bed_far)
    _, y_near = cam.project(0, bed_near)
    c.gradient(0, y_far, BG_W, y_near - y_far, [(0, (232, 214, 178)), (1, (226, 206, 168))])
    for _ in range(24):
        z = rng.uniform(bed_near, bed_far)
        x = rng.uniform(-0.7, 0.7) * z
        px, py = cam.project(x, z)
        c.ellipse((214, 190, 150), px, py, cam.scale(z) * rng.uniform(3, 8), cam.scale(z) * 0.3, a=120)
    for ax, az in ((-70, 150), (-20, 160), (40, 148), (95, 156), (-110, 140)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 9 * cam.scale(az), rng, (130, 110, 90), (140, 140, 100), (160, 158, 112))
    # the edge of the rise, falling away towards the riverbed
    _, y_rise = cam.project(0, rise)
    edge = [(float(x), y_rise + 8 * (1 + math.sin(x / 130.0))) for x in range(-20, BG_W + 40, 40)]
    c.poly((200, 170, 124), edge + [(BG_W + 20, BG_H + 10), (-20, BG_H + 10)])
    c.gradient(0, y_rise + 20, BG_W, BG_H - y_rise, [(0, (206, 176, 130)), (0.5, (200, 168, 122)), (1, (194, 160, 114))])
    # the small mud-brick mosque on the right, its long shadow on the ground
    mosque(c, cam, 16.0, 40.0, -0.35, (190, 142, 100))
    # rows of plain earth graves with small stone markers, and a low thorn hedge
    earth = (176, 140, 100)
    items = []
    for row in range(4):
        z = 24 + row * 6.0
        for k in range(6 - row // 2):
            if rng.random() < 0.18:
                continue
            x = -15 + k * 3.6 + (row % 2) * 1.6 + rng.uniform(-0.5, 0.5)
            items.append((z + rng.uniform(-0.8, 0.8), x))
    for z, x in sorted(items, reverse=True):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        c.ellipse((120, 90, 70), px + 1.2 * s, py + 0.1 * s, 1.6 * s, 0.18 * s, a=50)
        grave(c, px, py, s, earth, rng, depth_k=cam.height / z)
    for k in range(30):
        x = -18 + k * 1.2
        px, py = cam.project(x, 48)
        bush(c, px, py, 0.5 * cam.scale(48), rng, (128, 110, 78), (150, 130, 90))
    # two mourners standing quietly at a distance, and the long warm light
    for wx, wz in ((6.0, 36.0), (7.0, 36.6)):
        px, py = cam.project(wx, wz)
        s = cam.scale(wz)
        c.ellipse((110, 80, 60), px + 1.2 * s, py + 0.05 * s, 1.6 * s, 0.12 * s, a=60)
        person(c, px, py, 1.72 * s, man_in_robe(rng))
    c.glow(260, 360, 900, (255, 200, 140), a=50, ry=260)
    return c.finish()


def scene_treatment_centre() -> pygame.Surface:
    rng = random.Random(9003)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (140, 180, 214)), (0.6, (200, 214, 220)), (1.0, (236, 228, 208))], H)
    for wx, wy, ww in ((480, 110, 440), (1200, 180, 320)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 12, (196, 188, 176))
    ground(c, H, [(0, (220, 198, 158)), (0.3, (214, 190, 148)), (1, (206, 180, 138))])
    cam = Camera(horizon=H, f=1300, height=1.8)
    distant_camp(c, rng, cam, 110, -80, 80, [(236, 236, 230), (200, 186, 160)], (226, 218, 202), 0.4)
    # neem trees shading the site
    for tx_, tz, hh in ((-16, 40, 8.0), (14, 44, 8.5), (-2, 58, 7.5)):
        px, py = cam.project(tx_, tz)
        shade_tree(c, px, py, hh * cam.scale(tz), hh * 1.1 * cam.scale(tz), rng, (96, 76, 58), (82, 112, 70), (126, 154, 96))
    # white and blue tents behind the fence
    blue = (50, 110, 180)
    ngo_tent(c, cam, -10.0, 34.0, 0.5, 7, 12, trim=blue, logo=False)
    ngo_tent(c, cam, 5.5, 36.0, -0.4, 7, 12, trim=blue, logo=False)
    ngo_tent(c, cam, -1.5, 46.0, 0.1, 8, 12, cloth=(120, 160, 206), trim=(236, 236, 232), logo=False)
    wire_fence(c, cam, (-26.0, 24.0), (26.0, 24.0), 2.0, 3.0, gap=(0.46, 0.54))
    # chlorine hand-washing buckets at the gate
    for wx in (-2.6, -1.8, 2.0):
        px, py = cam.project(wx, 22.5)
        wash_station(c, px, py, cam.scale(22.5))
    px, py = cam.project(2.9, 22.0)
    person(c, px, py, 1.7 * cam.scale(22.0), Figure(body=(236, 236, 232), legs=(60, 80, 120), skin=(96, 64, 46),
                                                  head=(236, 236, 232), tie=True, arms="folded"))
    # the vaccination point outside: health workers behind a table of cool boxes, and a short, patient queue
    vx, vz = -5.5, 19.0
    for u, col in ((-0.25, (60, 120, 170)), (0.45, (236, 236, 232))):
        px, py = cam.project(vx + u, vz + 1.0)
        person(c, px, py, 1.66 * cam.scale(vz + 1.0), Figure(body=col, legs=(60, 70, 90), skin=rng.choice(SKINS),
                                                             head=(236, 236, 232) if u > 0 else None, tie=True))
    s = cam.scale(vz)
    a, b = cam.project(vx - 1.2, vz, 0.8), cam.project(vx + 1.2, vz, 0.8)
    _, gy = cam.project(vx, vz)
    for lx in (a[0] + 0.15 * s, b[0] - 0.15 * s):
        c.stroke((110, 112, 116), [(lx, a[1]), (lx, gy)], max(1.0, 0.05 * s))
    c.rect((220, 220, 216), a[0], a[1] - 0.05 * s, b[0] - a[0], 0.1 * s)
    c.rect((50, 110, 180), a[0], a[1] + 0.05 * s, b[0] - a[0], 0.3 * s)
    for k, u in enumerate((0.42, 2.05)):
        cool_box(c, a[0] + u * s, a[1] - 0.05 * s, s * 0.8, blue if k == 0 else (236, 236, 232))
    queue = [(vx - 1.9 - k * 0.85, vz - 0.4 + k * 0.5) for k in range(9)]
    for k, (qx, qz) in sorted(enumerate(queue), key=lambda q: -q[1][1]):
        px, py = cam.project(qx, qz)
        s = cam.scale(qz)
        shadow_at(c, px + 0.3 * s, py, 0.8 * s, a=50)
        f = woman_wrapped(rng) if k % 3 else man_in_robe(rng)
        if k % 4 == 1:
            f.baby = (200, 120, 70)
        person(c, px, py, rng.uniform(1.55, 1.75) * s, f)
    for bx, bz in ((-13, 12), (12, 11), (16, 15)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (160, 152, 100), (176, 168, 112))
    return c.finish()
