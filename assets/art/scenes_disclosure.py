"""Disclosure: the dry riverbed where firewood is gathered, quiet shade under an acacia, the camp road."""
from __future__ import annotations

import random

import pygame

from .buildings import building, distant_town
from .camp import distant_camp, wire_fence
from .core import BG_H, BG_W, Canvas, Color, SS_BG, WHITE, mix, shade
from .land import Camera, ground, hills, road_polygon, sky, sun, wisp
from .people import Figure, person, shadow_at
from .plants import acacia, bush, shade_tree
from .solids import Frame, box_faces, draw_solid, face_map, face_rect
from .vehicles import land_cruiser
from .village import smoke

SKINS: list[Color] = [(120, 80, 56), (136, 92, 64), (100, 66, 46), (150, 104, 72)]
SOLDIER = dict(body=(118, 116, 86), legs=(104, 102, 76), helmet=True)


def firewood_carrier(rng: random.Random) -> Figure:
    top = rng.choice([(150, 70, 90), (60, 100, 150), (110, 140, 110), (200, 150, 60), (170, 90, 60)])
    wrap = rng.choice([(90, 70, 110), (190, 120, 60), (60, 110, 90), (150, 60, 60)])
    return Figure(body=top, legs=wrap, skin=rng.choice(SKINS), head=rng.choice([top, wrap]), tie=True, robe=True, wrap=wrap)


def wood_bundle(c: Canvas, x: float, y: float, ln: float, color: Color = (120, 96, 70)) -> None:
    """A long bundle of firewood carried on the head, centred on (x, y)."""
    for k in range(5):
        dy = (k - 2) * ln * 0.035
        c.stroke(shade(color, 0.85 + 0.05 * k), [(x - ln / 2, y + dy), (x + ln / 2, y + dy - ln * 0.04)], max(1.0, ln * 0.05))
    c.stroke((190, 170, 130), [(x - ln * 0.15, y - ln * 0.1), (x - ln * 0.15, y + ln * 0.1)], max(1.0, ln * 0.03))


def scene_wadi() -> pygame.Surface:
    """A dry riverbed with acacias, women carrying firewood, soldiers on the banks, distant kiln smoke."""
    rng = random.Random(12001)
    H = 330
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (140, 176, 208)), (0.6, (206, 212, 210)), (1.0, (236, 222, 196))], H)
    for wx, wy, ww in ((460, 110, 440), (1180, 70, 360)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 20, (180, 170, 166))
    ground(c, H, [(0, (196, 176, 136)), (1, (184, 160, 118))])
    cam = Camera(horizon=H, f=1300, height=8.0)     # from the top of the near bank
    # the far bank: scrub and charcoal kilns sending up thin smoke
    for _ in range(60):
        z = rng.uniform(110, 240)
        x = rng.uniform(-0.7, 0.7) * z
        px, py = cam.project(x, z)
        bush(c, px, py, rng.uniform(1.5, 3) * cam.scale(z), rng, (150, 146, 104), (166, 160, 114))
    for kx, kz in ((-40, 170), (-18, 190), (30, 180)):
        px, py = cam.project(kx, kz)
        s = cam.scale(kz)
        c.ellipse((110, 96, 86), px, py - 0.6 * s, 2.2 * s, 0.9 * s)
        smoke(c, px, py - 1.2 * s, 40 * s, rng, (226, 222, 218), 0.5, 120)
    # the riverbed: a broad band of pale sand curving away, with the banks either side
    bed = [(x, z) for x, z in zip((-10, -6, 0, 8, 18, 30, 44), (30, 45, 60, 80, 100, 125, 150))]
    c.poly((176, 150, 110), road_polygon(cam, bed, 40.0), a=160)
    c.poly((228, 212, 176), road_polygon(cam, bed, 30.0))
    for _ in range(40):         # ripples of wind-blown sand
        k = rng.randint(0, len(bed) - 2)
        (x0, z0), (x1, z1) = bed[k], bed[k + 1]
        t = rng.random()
        x, z = x0 + (x1 - x0) * t + rng.uniform(-12, 12), z0 + (z1 - z0) * t
        px, py = cam.project(x, z)
        c.stroke((214, 196, 160), [(px - cam.scale(z) * 2, py), (px + cam.scale(z) * 2, py)], max(0.8, cam.scale(z) * 0.1), a=150)
    for ax, az in ((-34, 70), (-30, 96), (28, 62), (40, 110), (-8, 128), (58, 140), (-52, 120)):
        px, py = cam.project(ax, az)
        s = cam.scale(az)
        shadow_at(c, px + 2 * s, py, 7 * s, a=50, color=(110, 90, 60))
        acacia(c, px, py, 6.5 * s, 9 * s, rng, (112, 92, 72), (120, 126, 86), (142, 146, 100))
    # women in a line crossing the riverbed with firewood on their heads
    for k in range(6):
        x, z = -4.0 + k * 1.9 + rng.uniform(-0.4, 0.4), 62.0 + k * 1.2
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.4 * s, py, 0.8 * s, a=60)
        person(c, px, py, 1.65 * s, firewood_carrier(rng))
        wood_bundle(c, px, py - 1.78 * s, 1.8 * s)
    # soldiers keeping watch from both banks
    for x, z in ((-26.0, 52.0), (-24.4, 54.0), (24.0, 84.0)):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.4 * s, py, 0.9 * s, a=70)
        person(c, px, py, 1.78 * s, Figure(skin=rng.choice(SKINS), **SOLDIER))
    # the near bank, kept plain
    for _ in range(14):
        z = rng.uniform(22, 40)
        x = rng.uniform(-1.0, 1.0) * z * BG_W / (2 * cam.f)
        if abs(x - (-8)) < 18:
            continue
        px, py = cam.project(x, z)
        bush(c, px, py, rng.uniform(0.8, 1.4) * cam.scale(z), rng, (150, 146, 100), (168, 160, 112))
    return c.finish()


def medic_bag(c: Canvas, x: float, y: float, s: float) -> None:
    """An olive medic's bag on the ground, with a green first-aid patch and a water bottle beside it."""
    body = (96, 104, 72)
    w, h = 0.55 * s, 0.32 * s
    c.ellipse((60, 50, 40), x + 0.05 * s, y + 0.02 * s, w * 0.7, 0.06 * s, a=100)
    c.rect(shade(body, 0.8), x - w / 2, y - h, w, h, radius=0.06 * s)
    c.rect(body, x - w / 2, y - h, w * 0.96, h * 0.9, radius=0.06 * s)
    c.rect(mix(body, WHITE, 0.15), x - w / 2, y - h, w, h * 0.22, radius=0.05 * s)
    c.stroke(shade(body, 0.6), [(x - w * 0.3, y - h), (x - w * 0.2, y - h * 1.45), (x + w * 0.2, y - h * 1.45), (x + w * 0.3, y - h)],
             max(1.0, 0.03 * s))
    c.rect((40, 100, 70), x - 0.08 * s, y - h * 0.7, 0.16 * s, 0.16 * s, radius=0.02 * s)
    c.rect(WHITE, x - 0.02 * s, y - h * 0.7 + 0.025 * s, 0.04 * s, 0.11 * s)
    c.rect(WHITE, x - 0.055 * s, y - h * 0.7 + 0.06 * s, 0.11 * s, 0.04 * s)
    bx = x + w * 0.75
    c.rect((70, 120, 170), bx - 0.05 * s, y - 0.26 * s, 0.1 * s, 0.26 * s, radius=0.03 * s)
    c.rect((40, 60, 90), bx - 0.035 * s, y - 0.31 * s, 0.07 * s, 0.06 * s, radius=0.01 * s)


def scene_acacia() -> pygame.Surface:
    """Quiet shade under an acacia, a medic's bag on the ground, a little apart from the wood line."""
    rng = random.Random(12002)
    H = 440
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (140, 180, 212)), (0.6, (206, 216, 214)), (1.0, (236, 226, 200))], H)
    wisp(c, 1100, 160, 420, (252, 250, 244), 70)
    hills(c, rng, H + 2, 12, (190, 184, 170))
    ground(c, H, [(0, (204, 180, 136)), (0.3, (198, 172, 128)), (1, (190, 162, 118))])
    cam = Camera(horizon=H, f=1300, height=1.6)
    # the wood line along the horizon, some way off
    for _ in range(70):
        z = rng.uniform(70, 110)
        x = rng.uniform(-0.8, 0.2) * z
        px, py = cam.project(x, z)
        s = cam.scale(z)
        if rng.random() < 0.3:
            acacia(c, px, py, 6 * s, 8 * s, rng, (130, 116, 96), (134, 138, 100), (150, 152, 110))
        else:
            bush(c, px, py, rng.uniform(1.5, 3.0) * s, rng, (132, 136, 96), (150, 152, 108))
    # the acacia, its trunk on the right and its flat canopy reaching over the view
    tx, tz = 3.6, 14.0
    px, py = cam.project(tx, tz)
    s = cam.scale(tz)
    c.glow(px - 1.5 * s, py + 0.2 * s, 5.0 * s, (90, 70, 50), a=130, ry=0.9 * s)
    acacia(c, px, py, 5.6 * s, 10 * s, rng, (104, 82, 64), (96, 112, 70), (126, 140, 88))
    # a few dry grasses and the medic's bag resting in the shade
    for _ in range(26):
        z = rng.uniform(8, 30)
        x = rng.uniform(-1.1, 1.1) * z * BG_W / (2 * cam.f)
        gx, gy = cam.project(x, z)
        h = rng.uniform(0.25, 0.5) * cam.scale(z)
        for k in range(3):
            c.stroke((170, 150, 100), [(gx + (k - 1) * h * 0.1, gy), (gx + (k - 1) * h * 0.35, gy - h)], max(0.6, h * 0.05), a=170)
    bx, by = cam.project(1.6, 12.0)
    medic_bag(c, bx, by, cam.scale(12.0))
    return c.finish()


def scene_camp_road() -> pygame.Surface:
    """The gate of a displaced people's camp at the edge of a small town, a clinic wall, a white UN vehicle."""
    rng = random.Random(12003)
    H = 430
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (136, 176, 212)), (0.6, (200, 212, 218)), (1.0, (238, 228, 204))], H)
    sun(c, 1300, 170, 20, (255, 250, 232), (255, 236, 190), 110)
    for wx, wy, ww in ((420, 120, 420), (980, 200, 300)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 14, (190, 184, 176))
    ground(c, H, [(0, (212, 184, 140)), (0.3, (206, 176, 132)), (1, (198, 166, 124))])
    cam = Camera(horizon=H, f=1300, height=1.8)
    walls = [(200, 164, 120), (214, 186, 146), (186, 142, 106), (226, 214, 190)]
    distant_town(c, rng, cam, 90, 6, 60, (-1, 0), walls, (214, 206, 192), 0.3)
    distant_camp(c, rng, cam, 70, -60, -6, [(236, 236, 230), (200, 186, 160), (150, 170, 190)], (226, 218, 202), 0.3)
    # the road into the camp
    road = [(-1.0 - 0.05 * z, z) for z in (2.5, 6, 10, 16, 24, 36, 50, 70)]
    c.poly((200, 170, 128), road_polygon(cam, road, 8.0), a=160)
    c.poly((192, 160, 118), road_polygon(cam, road, 6.0))
    # the camp fence and its gate: two posts, a cross-beam and a blank board
    wire_fence(c, cam, (-40.0, 30.0), (-5.5, 30.0), 2.0, 3.0)
    wire_fence(c, cam, (1.5, 30.0), (8.0, 30.0), 2.0, 3.0)
    for x in (-5.5, 1.5):
        c.stroke((110, 96, 80), [cam.project(x, 30.0, 0), cam.project(x, 30.0, 4.0)], max(2.0, cam.scale(30) * 0.2))
    c.stroke((110, 96, 80), [cam.project(-5.9, 30.0, 3.8), cam.project(1.9, 30.0, 3.8)], max(2.0, cam.scale(30) * 0.18))
    a, b = cam.project(-4.0, 30.0, 4.6), cam.project(0.0, 30.0, 3.9)
    c.rect((236, 232, 218), a[0], a[1], b[0] - a[0], b[1] - a[1])
    c.rect((91, 146, 214), a[0], a[1], b[0] - a[0], (b[1] - a[1]) * 0.22)
    c.stroke((110, 96, 80), [cam.project(-3.0, 30.0, 3.8), cam.project(-3.0, 30.0, 3.9)], 3)
    for k in range(3):          # unreadable lettering on the board
        yy = a[1] + (b[1] - a[1]) * (0.42 + 0.2 * k)
        c.stroke((80, 90, 110), [(a[0] + (b[0] - a[0]) * 0.12, yy), (a[0] + (b[0] - a[0]) * (0.8 - 0.15 * k), yy)], 3)
    # the clinic: a long rendered wall on the right with a green first-aid sign and a gate
    f = Frame(13.0, 20.0, -0.55)
    wall = (232, 226, 212)
    res = draw_solid(c, cam, box_faces(f, 4.0, 26.0, 2.6, wall))
    for name in ("left", "front"):
        if name in res:
            q = res[name]
            c.poly(shade(wall, 0.85), face_rect(q, 0.0, 0.0, 1.0, 0.14))
            c.poly((60, 130, 130), face_rect(q, 0.0, 0.9, 1.0, 1.0))
    if "left" in res:
        q = res["left"]
        c.poly((70, 100, 120), face_rect(q, 0.34, 0.0, 0.4, 0.8))
        sx, sy = face_map(q, 0.2, 0.58)
        r = abs(face_map(q, 0.2, 0.8)[1] - face_map(q, 0.2, 0.4)[1]) * 0.6
        c.rect((40, 120, 80), sx - r, sy - r, 2 * r, 2 * r, radius=r * 0.15)
        c.rect(WHITE, sx - r * 0.25, sy - r * 0.75, r * 0.5, r * 1.5)
        c.rect(WHITE, sx - r * 0.75, sy - r * 0.25, r * 1.5, r * 0.5)
    tx, ty = cam.project(20.0, 40.0)
    shade_tree(c, tx, ty, 8 * cam.scale(40), 9 * cam.scale(40), rng, (96, 76, 58), (84, 112, 70), (128, 154, 96))
    # a few people at the gate, and the white UN vehicle parked on the verge
    for k, (x, z) in enumerate(((-3.4, 28.0), (-2.2, 27.0), (-6.8, 26.0))):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.4 * s, py, 0.8 * s, a=50)
        person(c, px, py, 1.68 * s, Figure(body=rng.choice([(150, 70, 90), (60, 100, 150), (232, 230, 222)]),
                                           legs=(80, 70, 60), skin=rng.choice(SKINS), robe=k != 1,
                                           head=(200, 150, 60) if k == 0 else None, tie=True))
    vx, vy = cam.project(5.2, 15.0)
    land_cruiser(c, vx, vy, cam.scale(15.0), facing=-1, marking="un")
    for bx, bz in ((-14, 12), (-10, 18)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (160, 152, 100), (176, 168, 112))
    # a low cluster of town houses on the far left
    for x, w in ((-30.0, 6.0), (-22.0, 5.0)):
        px, py = cam.project(x, 44.0)
        building(c, px, py, w * cam.scale(44), 3.2 * cam.scale(44), rng.choice(walls), rng, "tin")
    return c.finish()
