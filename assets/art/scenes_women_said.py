"""What the women said: the Koulmi health centre on market day, the militia post at the Marga ford,
the Gidel wells where Asselan herders camp, and the water tanks of the Koulmi base at dusk."""
from __future__ import annotations

import math
import random

import pygame

from .animals import donkey, goat
from .buildings import awning_stall, distant_town, flag, sandbag_wall
from .camp import water_tank
from .core import BG_H, BG_W, Canvas, Color, SS_BG, WHITE, mix, shade
from .land import Camera, ground, hills, road_polygon, sky, sun, wisp
from .people import Figure, person, seated, shadow_at
from .plants import acacia, bush, shade_tree
from .props import bench
from .solids import Frame, box_faces, draw_solid, face_map, face_rect, shed_roof
from .vehicles import land_cruiser
from .village import THATCH, round_hut, smoke

SKINS: list[Color] = [(120, 80, 56), (136, 92, 64), (100, 66, 46), (150, 104, 72), (88, 58, 42)]
WRAPS: list[Color] = [(150, 70, 90), (60, 100, 150), (110, 140, 110), (200, 150, 60), (170, 90, 60), (90, 70, 110)]
SOLDIER = dict(body=(118, 116, 86), legs=(104, 102, 76), helmet=True)
ARMBAND_MAN = dict(body=(122, 112, 86), legs=(92, 84, 66))   # Committees men: mixed drab clothes, no uniform


def woman(rng: random.Random, load: Color | None = None) -> Figure:
    top = rng.choice(WRAPS)
    wrap = rng.choice([w for w in WRAPS if w != top])
    return Figure(body=top, legs=wrap, skin=rng.choice(SKINS), head=rng.choice([top, wrap]), tie=True, robe=True,
                  wrap=wrap, load=load)


def armband(c: Canvas, px: float, py: float, hgt: float) -> None:
    """The brown cloth band the Committees wear on the upper arm (a short stroke at the shoulder)."""
    c.stroke((120, 74, 44), [(px + hgt * 0.1, py - hgt * 0.7), (px + hgt * 0.13, py - hgt * 0.66)], max(1.0, hgt * 0.035))


def rifle_slung(c: Canvas, px: float, py: float, hgt: float) -> None:
    """A rifle slung barrel-up across the back, only its outline showing."""
    c.stroke((52, 46, 40), [(px - hgt * 0.1, py - hgt * 0.42), (px + hgt * 0.08, py - hgt * 0.92)], max(1.0, hgt * 0.02))


def cross_sign(c: Canvas, x: float, y: float, r: float) -> None:
    """Green square with a white cross: the ordinary health post sign."""
    c.rect((40, 120, 80), x - r, y - r, 2 * r, 2 * r, radius=r * 0.15)
    c.rect(WHITE, x - r * 0.25, y - r * 0.75, r * 0.5, r * 1.5)
    c.rect(WHITE, x - r * 0.75, y - r * 0.25, r * 1.5, r * 0.5)


# -- the health centre on market day ---------------------------------------------

def scene_health_centre() -> pygame.Surface:
    """A rendered single-storey health centre with a shaded veranda and women waiting on a bench,
    across a market street from a tea stall under a striped awning."""
    rng = random.Random(17401)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (134, 176, 214)), (0.6, (198, 212, 220)), (1.0, (238, 228, 206))], H)
    sun(c, 260, 140, 20, (255, 250, 232), (255, 236, 190), 100)
    for wx, wy, ww in ((560, 110, 420), (1200, 190, 320)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 12, (188, 182, 172))
    ground(c, H, [(0, (214, 186, 142)), (0.3, (206, 176, 132)), (1, (196, 164, 122))])
    cam = Camera(horizon=H, f=1250, height=1.7)
    walls = [(204, 170, 126), (220, 192, 150), (190, 148, 110), (228, 216, 192)]
    distant_town(c, rng, cam, 95, -70, 70, (-6, 4), walls, (216, 208, 194), 0.3)
    # the market street running away from the viewer
    street = [(-1.0, z) for z in (3, 8, 14, 22, 34, 50, 80)]
    c.poly((204, 174, 130), road_polygon(cam, street, 12.0), a=140)
    c.poly((196, 166, 124), road_polygon(cam, street, 9.0))
    # left: a row of market stalls; the nearest sells tea, a kettle on a brazier
    for k, z in enumerate((46.0, 36.0, 28.0)):
        px, py = cam.project(-16.0, z)
        s = cam.scale(z)
        stripes = [((190, 70, 60), (236, 226, 200)), ((60, 110, 150), (236, 226, 200)), ((70, 130, 90), (236, 226, 200))][k]
        awning_stall(c, px, py, 5.0 * s, 2.6 * s, stripes, rng)
    px, py = cam.project(-13.0, 20.0)
    s = cam.scale(20.0)
    awning_stall(c, px, py, 5.2 * s, 2.7 * s, ((176, 120, 60), (238, 228, 204)), rng)
    c.ellipse((60, 54, 50), px + 1.0 * s, py - 0.35 * s, 0.35 * s, 0.12 * s)          # brazier
    c.glow(px + 1.0 * s, py - 0.45 * s, 0.4 * s, (255, 150, 60), a=120)
    c.rect((150, 150, 146), px + 0.85 * s, py - 0.75 * s, 0.3 * s, 0.3 * s, radius=0.08 * s)   # kettle
    for x, z in ((-10.6, 19.0), (-9.7, 19.6)):     # two men of the Committees at the tea stall, small
        fx, fy = cam.project(x, z)
        hgt = 1.72 * cam.scale(z)
        person(c, fx, fy, hgt, Figure(skin=rng.choice(SKINS), **ARMBAND_MAN))
        armband(c, fx, fy, hgt)
    # the shade tree behind the health centre (drawn first: the building stands in front of it)
    shade_tree(c, *cam.project(15.0, 34.0), 8 * cam.scale(34), 9 * cam.scale(34), rng,
               (96, 76, 58), (84, 112, 70), (128, 154, 96))
    # right: the health centre, white render with a teal band, a deep veranda on posts
    f = Frame(7.5, 16.0, -0.35)
    wall = (236, 232, 220)
    res = draw_solid(c, cam, box_faces(f, 12.0, 6.0, 3.0, wall))
    draw_solid(c, cam, shed_roof(f, 12.0, 6.0, 3.35, 3.1, (150, 156, 160), overhang=0.5))
    for name in ("left", "front"):
        if name in res:
            q = res[name]
            c.poly((60, 130, 130), face_rect(q, 0.0, 0.0, 1.0, 0.12))
            c.poly(shade(wall, 0.86), face_rect(q, 0.0, 0.88, 1.0, 0.93))
    if "left" in res:
        q = res["left"]
        c.poly((80, 108, 124), face_rect(q, 0.15, 0.0, 0.27, 0.7))                    # door
        c.poly((70, 96, 110), face_rect(q, 0.45, 0.32, 0.6, 0.62))                    # window
        c.poly((70, 96, 110), face_rect(q, 0.72, 0.32, 0.87, 0.62))
        c.poly((0, 0, 0), face_rect(q, 0.0, 0.0, 1.0, 0.72), a=40)                     # veranda shade
        sx, sy = face_map(q, 0.36, 0.82)
        r = abs(face_map(q, 0.36, 0.92)[1] - face_map(q, 0.36, 0.72)[1]) * 0.9
        cross_sign(c, sx, sy, r)
    # a bench on the veranda with women waiting, one with a baby on her back
    bx, by = cam.project(4.2, 13.2)
    s = cam.scale(13.2)
    seat = 0.45 * s
    bench(c, bx - 1.8 * s, by - seat, 3.6 * s, seat, (120, 92, 66))
    for k in range(4):
        w = woman(rng)
        if k == 1:
            w.baby = (178, 94, 62)
        seated(c, bx - 1.4 * s + k * 0.95 * s, by - seat, 1.65 * s, w)
    # people on the street, and a white UN vehicle far down at the end of it
    for x, z in ((-2.8, 24.0), (0.6, 30.0), (-4.6, 34.0), (1.8, 40.0)):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.4 * s, py, 0.8 * s, a=50)
        person(c, px, py, 1.66 * s, woman(rng, load=rng.choice([(200, 170, 110), None])))
    vx, vy = cam.project(-3.5, 58.0)
    land_cruiser(c, vx, vy, cam.scale(58.0), facing=1, marking="un")
    for bx_, bz in ((-9.0, 9.0), (9.0, 8.0)):
        px, py = cam.project(bx_, bz)
        bush(c, px, py, 0.55 * cam.scale(bz), rng, (160, 152, 100), (176, 168, 112))
    return c.finish()


# -- the militia post at the Marga ford --------------------------------------------

def scene_ford() -> pygame.Surface:
    """A sandy wadi crossing with a thin stream, a rope slung across the track between two posts, a
    thatched hut in the shade of a tamarind, and a line of women with loads crossing the riverbed."""
    rng = random.Random(17402)
    H = 350
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (138, 178, 212)), (0.6, (204, 214, 214)), (1.0, (238, 226, 200))], H)
    sun(c, 1320, 140, 20, (255, 250, 232), (255, 236, 190), 110)
    for wx, wy, ww in ((420, 95, 460), (1040, 160, 300)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 22, (176, 170, 164))
    ground(c, H, [(0, (196, 176, 134)), (1, (186, 162, 120))])
    cam = Camera(horizon=H, f=1250, height=3.2)    # from the cab of a vehicle on the approach
    for _ in range(70):                          # scrub and acacias on the far plain
        z = rng.uniform(70, 220)
        x = rng.uniform(-0.8, 0.8) * z
        px, py = cam.project(x, z)
        s = cam.scale(z)
        if rng.random() < 0.25:
            acacia(c, px, py, 6 * s, 8 * s, rng, (130, 116, 96), (134, 138, 100), (150, 152, 110))
        else:
            bush(c, px, py, rng.uniform(1.5, 3.0) * s, rng, (144, 142, 100), (160, 156, 110))
    # the wadi: a broad band of pale sand across the view, with a shallow stream in its bed
    def band(z0: float, z1: float, col: Color, a: int = 255) -> None:
        c.poly(col, [cam.project(-200, z0), cam.project(200, z0), cam.project(200, z1), cam.project(-200, z1)], a=a)
    band(22.0, 46.0, (226, 210, 172))
    band(45.0, 47.0, (170, 150, 112), 160)        # the far bank's lip
    band(29.0, 34.0, (138, 162, 168))
    band(29.0, 29.6, (206, 216, 212), 200)
    for _ in range(40):
        z = rng.uniform(29.5, 33.5)
        x = rng.uniform(-40, 40)
        px, py = cam.project(x, z)
        c.stroke((186, 204, 204), [(px - cam.scale(z) * 1.2, py), (px + cam.scale(z) * 1.2, py)], 1.4, a=170)
    # the track down to the crossing
    track = [(0.5, z) for z in (4, 8, 12, 16, 22, 30, 46, 70)]
    c.poly((212, 190, 148), road_polygon(cam, track, 5.0), a=200)
    # women with loads on their heads crossing the riverbed in a line, left to right
    for k in range(8):
        x, z = -14.0 + k * 2.0 + rng.uniform(-0.3, 0.3), 36.0 + rng.uniform(-0.8, 0.8)
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.3 * s, py, 0.7 * s, a=50)
        person(c, px, py, 1.64 * s, woman(rng, load=rng.choice([(200, 170, 110), (176, 104, 80), (226, 214, 190)])))
    # the tamarind and the post's thatched hut on the near bank, right of the track
    tx, ty = cam.project(12.5, 24.0)
    shade_tree(c, tx, ty, 9.5 * cam.scale(24), 11 * cam.scale(24), rng, (92, 72, 56), (76, 104, 66), (116, 144, 90))
    hx, hy = cam.project(8.0, 21.0)
    round_hut(c, hx, hy, cam.scale(21.0), wall=(170, 128, 92), thatch=THATCH)
    # three men of the post in the shade by the hut
    for x, z in ((4.6, 17.0), (5.4, 17.8), (11.0, 21.5)):
        px, py = cam.project(x, z)
        hgt = 1.72 * cam.scale(z)
        shadow_at(c, px + 0.2 * hgt, py, 0.5 * hgt, a=60)
        person(c, px, py, hgt, Figure(skin=rng.choice(SKINS), **ARMBAND_MAN))
        armband(c, px, py, hgt)
        rifle_slung(c, px, py, hgt)
    # the rope across the track, slung between two forked posts, a rag tied at its middle
    p0, p1 = cam.project(-2.6, 14.0), cam.project(3.6, 14.0)
    s = cam.scale(14.0)
    for p in (p0, p1):
        c.stroke((104, 82, 60), [p, (p[0], p[1] - 1.3 * s)], max(3.0, 0.12 * s))
        c.stroke((104, 82, 60), [(p[0], p[1] - 1.2 * s), (p[0] - 0.12 * s, p[1] - 1.45 * s)], max(2.0, 0.06 * s))
        c.stroke((104, 82, 60), [(p[0], p[1] - 1.2 * s), (p[0] + 0.12 * s, p[1] - 1.45 * s)], max(2.0, 0.06 * s))
    mid = ((p0[0] + p1[0]) / 2, p0[1] - 0.9 * s)
    c.stroke((214, 198, 160), [(p0[0], p0[1] - 1.22 * s), mid, (p1[0], p1[1] - 1.22 * s)], max(2.0, 0.05 * s))
    c.poly((150, 94, 56), [(mid[0] - 0.14 * s, mid[1]), (mid[0] + 0.14 * s, mid[1]), (mid[0] + 0.04 * s, mid[1] + 0.45 * s)])
    for _ in range(14):                          # the near bank, kept plain
        z = rng.uniform(6, 13)
        x = rng.uniform(-1.0, 1.0) * z * BG_W / (2 * cam.f)
        if abs(x - 0.5) < 4:
            continue
        px, py = cam.project(x, z)
        bush(c, px, py, rng.uniform(0.3, 0.6) * cam.scale(z), rng, (150, 146, 100), (168, 160, 112))
    return c.finish()


# -- the Gidel wells --------------------------------------------------------------

def herder_tent(c: Canvas, x: float, y: float, s: float, mat_c: Color, rng: random.Random) -> None:
    """A low domed herder's tent of palm mats over a bent-pole frame (px/m s, base centre at (x, y))."""
    w, h = 2.6 * s, 1.7 * s
    c.ellipse((90, 70, 50), x, y, w * 1.05, w * 0.16, a=60)
    dome = [(x - w, y)] + [(x - w * math.cos(a), y - h * math.sin(a)) for a in [k * math.pi / 16 for k in range(1, 16)]] + [(x + w, y)]
    c.grad_poly(dome, [(0, mix(mat_c, WHITE, 0.12)), (1, shade(mat_c, 0.86))])
    for k in range(1, 6):                        # the seams of the mats
        yy = y - h * k / 6
        half = w * (1 - (k / 6) ** 2) ** 0.5
        c.stroke(shade(mat_c, 0.78), [(x - half, yy), (x + half, yy)], max(0.8, s * 0.04))
    c.poly(shade(mat_c, 0.8), [(x + w * 0.2, y), (x + w * 0.6, y - h * 0.9), (x + w, y)], a=110)
    c.rect((64, 48, 38), x - w * 0.25, y - h * 0.55, w * 0.38, h * 0.55, radius=w * 0.05)
    c.rect(rng.choice(WRAPS), x - w * 0.22, y - h * 0.52, w * 0.32, h * 0.2)


def trough(c: Canvas, x: float, y: float, s: float) -> None:
    """A long concrete watering trough (px/m s, front-left foot at (x, y))."""
    w, h, d = 5.0 * s, 0.6 * s, 0.5 * s
    c.rect((150, 146, 138), x, y - h, w, h)
    c.poly((176, 172, 164), [(x, y - h), (x + w, y - h), (x + w + d * 0.6, y - h - d * 0.35), (x + d * 0.6, y - h - d * 0.35)])
    c.poly((110, 140, 150), [(x + w * 0.04, y - h - d * 0.05), (x + w * 0.96, y - h - d * 0.05),
                             (x + w * 0.96 + d * 0.4, y - h - d * 0.28), (x + w * 0.04 + d * 0.4, y - h - d * 0.28)])


def hand_pump(c: Canvas, x: float, y: float, s: float) -> None:
    """A cast-iron hand pump on a concrete apron (px/m s, foot at (x, y))."""
    c.ellipse((170, 164, 152), x, y, 1.2 * s, 0.25 * s)
    c.rect((60, 92, 120), x - 0.1 * s, y - 1.1 * s, 0.2 * s, 1.1 * s)
    c.rect((50, 80, 106), x - 0.16 * s, y - 1.25 * s, 0.32 * s, 0.18 * s, radius=0.04 * s)
    c.stroke((60, 92, 120), [(x + 0.05 * s, y - 0.7 * s), (x + 0.4 * s, y - 0.62 * s)], max(1.0, 0.07 * s))
    c.stroke((70, 70, 70), [(x, y - 1.18 * s), (x - 0.9 * s, y - 1.45 * s)], max(1.0, 0.06 * s))


def scene_wells() -> pygame.Surface:
    """The Gidel wells: a hand pump and trough on open ground, goats and a donkey, domed mat tents of
    Asselan herders beyond, women with jerrycans waiting by the trough."""
    rng = random.Random(17403)
    H = 380
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (132, 174, 212)), (0.6, (202, 212, 216)), (1.0, (238, 226, 198))], H)
    sun(c, 1240, 120, 20, (255, 250, 232), (255, 236, 190), 110)
    wisp(c, 520, 120, 460, (252, 250, 244), 70)
    hills(c, rng, H + 2, 16, (184, 176, 166))
    ground(c, H, [(0, (214, 190, 146)), (0.3, (208, 182, 138)), (1, (200, 172, 128))])
    cam = Camera(horizon=H, f=1250, height=2.6)
    for _ in range(40):
        z = rng.uniform(100, 220)
        x = rng.uniform(-0.8, 0.8) * z
        px, py = cam.project(x, z)
        s = cam.scale(z)
        if rng.random() < 0.3:
            acacia(c, px, py, 6 * s, 8 * s, rng, (130, 116, 96), (134, 138, 100), (150, 152, 110))
        else:
            bush(c, px, py, rng.uniform(1.5, 3.0) * s, rng, (150, 146, 104), (166, 160, 114))
    # the herders' tents scattered on the rise behind the wells
    mats = [(196, 172, 120), (186, 160, 112), (206, 184, 136), (176, 150, 104)]
    spots = [(-30.0, 56.0), (-19.0, 48.0), (-7.0, 60.0), (6.0, 52.0), (17.0, 58.0), (27.0, 47.0), (38.0, 62.0)]
    for x, z in sorted(spots, key=lambda p: -p[1]):
        px, py = cam.project(x, z)
        herder_tent(c, px, py, cam.scale(z), rng.choice(mats), rng)
    for x, z in ((-13.0, 46.0), (22.0, 50.0)):
        px, py = cam.project(x, z)
        smoke(c, px, py - 0.4 * cam.scale(z), 14 * cam.scale(z), rng, (226, 222, 218), 0.4, 90)
    # an acacia giving a little shade on the left
    ax, ay = cam.project(-11.0, 24.0)
    acacia(c, ax, ay, 7 * cam.scale(24), 10 * cam.scale(24), rng, (104, 82, 64), (104, 116, 74), (130, 142, 90))
    # the pump, its apron and the trough in the middle distance
    px, py = cam.project(-1.0, 16.0)
    hand_pump(c, px, py, cam.scale(16.0))
    tx, ty = cam.project(1.0, 16.5)
    trough(c, tx, ty, cam.scale(16.5))
    for k in range(6):                           # yellow jerrycans in a row by the apron
        jx, jy = cam.project(-5.0 + k * 0.55, 15.0)
        js = cam.scale(15.0)
        c.rect((230, 190, 40), jx - 0.2 * js, jy - 0.5 * js, 0.4 * js, 0.5 * js, radius=0.06 * js)
        c.rect(shade((230, 190, 40), 0.8), jx + 0.08 * js, jy - 0.58 * js, 0.1 * js, 0.1 * js)
    for x, z, facing in ((5.0, 18.5, -1), (7.4, 19.0, 1), (3.4, 20.5, 1), (9.8, 17.5, -1), (12.0, 21.0, -1)):
        gx, gy = cam.project(x, z)
        goat(c, gx, gy, cam.scale(z), facing=facing, coat=rng.choice([(150, 110, 80), (90, 70, 60), (210, 200, 184)]))
    dx, dy = cam.project(-9.5, 20.0)
    donkey(c, dx, dy, cam.scale(20.0), facing=1)
    for k, (x, z) in enumerate(((-6.2, 13.5), (-3.8, 13.0), (-8.0, 14.5), (-2.4, 17.5))):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.4 * s, py, 0.8 * s, a=60)
        w = woman(rng)
        if k == 2:
            w.baby = (150, 94, 62)
        person(c, px, py, 1.64 * s, w)
    for _ in range(24):                          # dry grass in the plain foreground
        z = rng.uniform(5, 12)
        x = rng.uniform(-1.0, 1.0) * z * BG_W / (2 * cam.f)
        gx, gy = cam.project(x, z)
        h = rng.uniform(0.2, 0.35) * cam.scale(z)
        for k in range(3):
            c.stroke((176, 156, 104), [(gx + (k - 1) * h * 0.1, gy), (gx + (k - 1) * h * 0.35, gy - h)], max(0.6, h * 0.05), a=170)
    return c.finish()


# -- the water tanks of the Koulmi base at dusk ------------------------------------

def scene_base() -> pygame.Surface:
    """Behind the water tanks of a small UN company base at dusk: sandbagged perimeter, prefab
    containers with lit windows, a generator housing, two ammunition boxes used as seats, the flag."""
    rng = random.Random(17404)
    H = 470
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (66, 78, 118)), (0.45, (150, 118, 132)), (0.8, (232, 150, 96)), (1.0, (246, 196, 130))], H)
    sun(c, 1180, H - 18, 26, (255, 224, 170), (250, 170, 110), 120)
    hills(c, rng, H + 2, 14, (96, 82, 86))
    ground(c, H, [(0, (150, 122, 100)), (0.4, (140, 112, 92)), (1, (124, 100, 84))])
    cam = Camera(horizon=H, f=1250, height=1.6)
    dusk_sun = (0.8, 0.55, -0.25)
    # the perimeter: sandbags and a wire line along the far edge of the compound
    px, py = cam.project(-60.0, 60.0)
    sandbag_wall(c, px, py, cam.project(60.0, 60.0)[0] - px, 3, 0.8 * cam.scale(60.0), rng)
    for k in range(26):
        x = -60.0 + k * 4.8
        a, b = cam.project(x, 60.0, 1.0), cam.project(x, 60.0, 2.6)
        c.stroke((70, 64, 62), [a, b], 1.6)
    c.stroke((90, 84, 82), [cam.project(-60.0, 60.0, 2.4), cam.project(60.0, 60.0, 2.4)], 1.0)
    fx, fy = cam.project(-18.0, 52.0)
    flag(c, fx, fy, 8 * cam.scale(52), 1.6 * cam.scale(52), t=0.3)
    # prefab containers with lit windows
    for x, z, yaw in ((-26.0, 40.0, 0.0), (-12.0, 42.0, 0.0), (16.0, 38.0, -0.2)):
        f = Frame(x, z, yaw)
        col = (206, 206, 198)
        res = draw_solid(c, cam, box_faces(f, 6.0, 2.5, 2.6, col), sun=dusk_sun, ambient=0.55)
        q = res.get("front")
        if q:
            for s0 in (0.18, 0.6):
                c.poly((255, 214, 140), face_rect(q, s0, 0.4, s0 + 0.18, 0.7))
                c.glow(*face_map(q, s0 + 0.09, 0.55), 30, (255, 200, 120), a=60)
    # a floodlight just coming on, and a string of bulbs between containers
    lx, ly = cam.project(10.0, 30.0, 5.5)
    c.stroke((60, 60, 60), [cam.project(10.0, 30.0), (lx, ly)], 3)
    c.glow(lx, ly, 40, (255, 236, 190), a=120)
    c.circle((255, 244, 210), lx, ly, 4)
    a, b = cam.project(-26.0, 39.0, 2.6), cam.project(16.0, 37.0, 2.6)
    for k in range(14):
        t = k / 13
        bx, by = a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t + 10 * (1 - (2 * t - 1) ** 2)
        c.circle((255, 222, 150), bx, by, 2.5)
    # a sentry silhouette on the far wall and a few soldiers walking to the mess
    for x, z in ((24.0, 58.0), (-4.0, 34.0), (-2.6, 35.0)):
        px, py = cam.project(x, z)
        person(c, px, py, 1.75 * cam.scale(z), Figure(skin=(70, 50, 40), body=(72, 74, 62), legs=(62, 64, 54), helmet=True))
    # the water tanks on their stand, the generator housing and two ammunition boxes
    for k, x in enumerate((-7.0, -4.6, -2.2)):
        tx, ty = cam.project(x, 14.0)
        water_tank(c, tx, ty, cam.scale(14.0), color=(46, 54, 64), stand=0.6)
    f = Frame(5.0, 16.0, -0.3)
    res = draw_solid(c, cam, box_faces(f, 3.0, 1.8, 1.8, (96, 104, 84)), sun=dusk_sun, ambient=0.6)
    q = res.get("front")
    if q:
        for k in range(6):
            c.poly((70, 76, 62), face_rect(q, 0.1, 0.2 + k * 0.1, 0.9, 0.24 + k * 0.1))
    c.stroke((60, 60, 58), [cam.project(6.2, 16.2, 1.8), cam.project(6.2, 16.2, 2.6)], 5)
    for x, z in ((-0.6, 9.0), (1.6, 9.6)):
        f = Frame(x, z, 0.15)
        res = draw_solid(c, cam, box_faces(f, 0.9, 0.45, 0.45, (84, 96, 70)), sun=dusk_sun, ambient=0.6)
        q = res.get("front")
        if q:
            c.poly((220, 200, 110), face_rect(q, 0.1, 0.55, 0.4, 0.75))
    # two small glasses of tea left on the nearer box
    for dx in (-0.12, 0.1):
        gx, gy = cam.project(-0.6 + dx, 9.2, 0.45)
        gs = cam.scale(9.2)
        c.rect((200, 120, 60), gx - 0.03 * gs, gy - 0.09 * gs, 0.06 * gs, 0.09 * gs, a=220)
        c.rect((236, 236, 230), gx - 0.03 * gs, gy - 0.11 * gs, 0.06 * gs, 0.03 * gs, a=160)
    return c.finish()
