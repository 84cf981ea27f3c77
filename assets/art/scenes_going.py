"""Going home: the Dariba camp on the edge of Kessou, the sub-prefecture, a burned hamlet in the
Dariba hills, and the camp gate at dawn with hired trucks and the gendarmes."""
from __future__ import annotations

import random

import pygame

from .animals import goat
from .buildings import flag, veranda_building
from .camp import distant_camp, tarp_shelter, wire_fence
from .core import BG_H, BG_W, Canvas, Color, Point, SS_BG, WHITE, mix, shade
from .land import Camera, cloud, ground, hills, road_polygon, sky, sun, wisp
from .people import Figure, person, seated, shadow_at
from .plants import bush, shade_tree
from .scenes_water import thatch_shelter
from .vehicles import land_cruiser, police_truck, wheel
from .village import granary, mud_house

SKINS: list[Color] = [(92, 60, 42), (112, 72, 48), (78, 52, 38), (124, 84, 56), (100, 66, 46)]
CLOTHES: list[Color] = [(86, 98, 138), (176, 104, 80), (206, 164, 84), (74, 128, 124), (226, 214, 190),
                        (150, 86, 110), (98, 84, 72), (60, 110, 90)]
TARPS: list[Color] = [(236, 236, 230), (214, 216, 212), (150, 172, 194), (200, 186, 160)]
GENDARME = dict(body=(64, 84, 96), legs=(52, 68, 78), skin=(84, 56, 40))
SOLDIER = dict(body=(118, 116, 86), legs=(104, 102, 76), helmet=True)


def camp_person(rng: random.Random, load: bool = False) -> Figure:
    """A displaced woman or man of the camp, in everyday Sahel dress."""
    female = rng.random() < 0.6
    body = rng.choice(CLOTHES)
    wrap = rng.choice(CLOTHES) if female else None
    return Figure(body=body, legs=wrap or rng.choice([(70, 70, 80), (96, 84, 70)]), skin=rng.choice(SKINS),
                  head=rng.choice(CLOTHES) if female else None, robe=True, wrap=wrap, tie=female,
                  load=rng.choice([(200, 170, 110), (176, 104, 80), (90, 120, 160)]) if load else None)


def crowd(c: Canvas, cam: Camera, rng: random.Random, spots: list[tuple[float, float]], load: float = 0.0) -> None:
    """Standing people at ground points (x, z), drawn far to near."""
    for x, z in sorted(spots, key=lambda p: -p[1]):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.3 * s, py, 0.8 * s, a=55)
        person(c, px, py, rng.uniform(1.58, 1.78) * s, camp_person(rng, load=rng.random() < load))


def loudspeaker(c: Canvas, x: float, y: float, s: float, facing: int = 1) -> None:
    """A grey horn loudspeaker on a short post, its base at (x, y) (px/m s)."""
    c.stroke((90, 92, 96), [(x, y), (x, y - 0.45 * s)], max(1.0, 0.05 * s))
    top = y - 0.45 * s
    c.poly((176, 178, 180), [(x, top - 0.08 * s), (x + facing * 0.55 * s, top - 0.24 * s),
                             (x + facing * 0.55 * s, top + 0.16 * s), (x, top + 0.04 * s)])
    c.ellipse((120, 122, 126), x + facing * 0.55 * s, top - 0.04 * s, 0.06 * s, 0.2 * s)


def scene_camp() -> pygame.Surface:
    """The Dariba camp: rows of shelters, the committee's shade hangar, a gendarmerie pickup with a
    loudspeaker in a sandy alley, people gathering, the UN company's fence and flag beyond."""
    rng = random.Random(17301)
    H = 405
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (128, 170, 210)), (0.6, (198, 210, 218)), (1.0, (236, 226, 204))], H)
    sun(c, 1330, 150, 20, (255, 250, 232), (255, 236, 190), 100)
    for x, y, w in ((420, 120, 360), (1000, 90, 300)):
        cloud(c, x, y, w, rng, (250, 250, 248), (214, 224, 232), 190)
    hills(c, rng, H + 2, 10, (196, 188, 176))
    ground(c, H, [(0, (214, 188, 146)), (0.3, (208, 180, 138)), (1, (200, 170, 128))])
    cam = Camera(horizon=H, f=1300, height=2.2)
    haze = (226, 218, 202)
    for z, t in ((240, 0.55), (160, 0.45), (110, 0.34), (76, 0.22), (56, 0.12)):
        distant_camp(c, rng, cam, z, -0.75 * z, 0.45 * z, TARPS, haze, t, gaps=((-8, 6),))
    # the UN company's wire fence and flag on the right, beyond the last shelters
    wire_fence(c, cam, (20.0, 70.0), (60.0, 70.0), 2.2, 3.0)
    fx, fy = cam.project(34.0, 72.0)
    flag(c, fx, fy, 9.0 * cam.scale(72.0), 2.4 * cam.scale(72.0), 0.7)
    for x in (26.0, 46.0):
        px, py = cam.project(x, 74.0)
        c.rect((214, 212, 204), px - 1.6 * cam.scale(74), py - 2.4 * cam.scale(74), 3.2 * cam.scale(74), 2.4 * cam.scale(74))
    # near rows of tarpaulin shelters either side of the alley
    for k, (x, z) in enumerate(((-16.0, 34.0), (-10.5, 30.0), (-19.0, 24.0), (9.5, 32.0), (15.0, 27.0), (12.0, 40.0),
                                (-4.5, 44.0), (6.0, 46.0), (18.0, 21.0), (-13.0, 42.0))):
        tarp_shelter(c, cam, x, z, rng.uniform(-0.25, 0.25), 4.5, 3.6, 1.9, tarp=rng.choice(TARPS),
                     stripe=(91, 146, 214) if k % 2 else None)
    # the committee's thatched shade hangar on the left, men seated beneath it
    thatch_shelter(c, cam, -9.0, 19.0, 0.2, 6.0, 3.6, 2.2)
    for k, x in enumerate((-11.0, -9.6, -8.2, -6.9)):
        px, py = cam.project(x, 20.2 + 0.3 * (k % 2))
        seated(c, px, py, 1.7 * cam.scale(20.2), Figure(body=rng.choice([(226, 222, 210), (58, 70, 116), (196, 190, 170)]),
                                                      legs=(90, 84, 70), skin=rng.choice(SKINS), robe=True))
    # the sandy alley and the gendarmerie pickup with its loudspeaker, people gathering round it
    alley = [(1.0, z) for z in (9, 14, 20, 30, 45, 60)]
    c.poly((220, 196, 154), road_polygon(cam, alley, 3.2), a=90)
    vx, vy = cam.project(1.4, 24.0)
    s = cam.scale(24.0)
    police_truck(c, vx, vy, s, facing=-1, body=(54, 82, 90))
    loudspeaker(c, vx + 0.2 * s, vy - 2.05 * s, s, facing=-1)
    loudspeaker(c, vx + 0.5 * s, vy - 2.05 * s, s, facing=1)
    crowd(c, cam, rng, [(-3.2, 22.0), (-4.4, 23.5), (-2.4, 26.0), (4.8, 22.5), (5.6, 25.0), (6.6, 21.5), (-5.6, 20.5),
                        (3.9, 19.6)], load=0.2)
    tx, ty = cam.project(22.0, 30.0)
    shade_tree(c, tx, ty, 8 * cam.scale(30), 9 * cam.scale(30), rng, (96, 76, 58), (84, 112, 70), (128, 154, 96))
    # near foreground: a woman pulling a child in from the alley, jerrycans, scrub
    px, py = cam.project(-2.6, 13.0)
    s = cam.scale(13.0)
    shadow_at(c, px + 0.3 * s, py, 0.9 * s, a=60)
    person(c, px, py, 1.68 * s, camp_person(rng))
    person(c, px + 0.55 * s, py, 1.05 * s, Figure(body=(200, 120, 70), legs=(90, 80, 70), skin=SKINS[1]))
    for bx, bz in ((-14, 11), (12, 10), (16, 15)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (160, 150, 100), (176, 166, 112))
    return c.finish()


def scene_subprefecture() -> pygame.Surface:
    """The sub-prefecture of Kessou: a rendered office block with a tin veranda, the national flag in
    the courtyard, a neem tree, a white UN vehicle and a gendarmerie pickup parked in the shade."""
    rng = random.Random(17302)
    H = 470
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (124, 168, 212)), (0.6, (196, 210, 220)), (1.0, (238, 228, 206))], H)
    for x, y, w in ((300, 110, 320), (1250, 80, 380)):
        cloud(c, x, y, w, rng, (250, 250, 248), (214, 224, 232), 200)
    hills(c, rng, H + 2, 12, (192, 184, 172))
    ground(c, H, [(0, (214, 186, 144)), (0.3, (206, 176, 134)), (1, (198, 166, 124))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    # the office block across the courtyard, with a blank board over the middle door
    veranda_building(c, 340, 1260, 300, 500, (226, 212, 180))
    c.rect((236, 232, 220), 700, 330, 200, 34)
    for k in range(3):          # unreadable lettering on the board
        c.stroke((70, 90, 110), [(716 + 60 * k, 347), (760 + 60 * k, 347)], 4)
    # the national flag on its pole, and a whitewashed ring of stones around it
    fx, fy = cam.project(-6.0, 30.0)
    c.ellipse((236, 232, 222), fx, fy, 1.4 * cam.scale(30), 0.3 * cam.scale(30))
    flag(c, fx, fy, 9.0 * cam.scale(30.0), 2.6 * cam.scale(30.0), 1.3, design="national")
    # the neem tree, its shadow across the courtyard
    tx, ty = cam.project(-16.0, 26.0)
    c.ellipse((140, 100, 70), tx + 3.0 * cam.scale(26), ty + 0.3 * cam.scale(26), 6 * cam.scale(26), cam.scale(26), a=70)
    shade_tree(c, tx, ty, 10 * cam.scale(26), 11 * cam.scale(26), rng, (92, 72, 56), (78, 106, 66), (124, 150, 92))
    # vehicles parked in the shade: the white UN 4x4 and a gendarmerie pickup
    vx, vy = cam.project(9.0, 24.0)
    land_cruiser(c, vx, vy, cam.scale(24.0), facing=-1, marking="un")
    vx, vy = cam.project(-11.0, 27.0)
    police_truck(c, vx, vy, cam.scale(27.0), facing=1, body=(54, 82, 90))
    # a gendarme at the veranda steps, two clerks with files
    for x, z, f in ((1.5, 27.0, Figure(**GENDARME)),
                    (4.0, 28.0, Figure(body=(226, 222, 206), legs=(80, 80, 86), skin=SKINS[2])),
                    (4.8, 28.5, Figure(body=(150, 86, 110), legs=(150, 86, 110), skin=SKINS[1], head=(206, 164, 84),
                                       robe=True, tie=True, wrap=(150, 86, 110)))):
        px, py = cam.project(x, z)
        shadow_at(c, px + 0.3 * cam.scale(z), py, 0.8 * cam.scale(z), a=55)
        person(c, px, py, 1.74 * cam.scale(z), f)
    return c.finish()


def ruined_house(c: Canvas, cam: Camera, x: float, z: float, yaw: float, w: float, d: float, h: float,
                 rng: random.Random) -> None:
    """A mud-brick house burned out: no roof, soot above the door and along the broken top of the walls."""
    res = mud_house(c, cam, x, z, yaw, w, d, h, wall=(172, 126, 92), door="dark", roof="none")
    for name in ("front", "left", "right"):
        if name not in res:
            continue
        q = res[name]
        xs = [p[0] for p in q]
        ys = [p[1] for p in q]
        top = min(ys)
        span = max(xs) - min(xs)
        # the walls blackened along the top where the roof burned, soot above the door, charred beams poking up
        h = max(ys) - top
        c.fade_poly((36, 30, 28), [(min(xs), top), (max(xs), top), (max(xs), top + h * 0.45), (min(xs), top + h * 0.45)],
                    top, top + h * 0.45, 150, 0)
        if name == "front":
            dx = min(xs) + span * 0.28
            c.fade_poly((36, 30, 28), [(dx - span * 0.07, top + h * 0.2), (dx + span * 0.07, top + h * 0.2),
                                       (dx + span * 0.05, top + h * 0.6), (dx - span * 0.05, top + h * 0.6)],
                        top + h * 0.2, top + h * 0.6, 0, 120)
            for k in range(3):
                bx = min(xs) + span * (0.2 + 0.3 * k)
                c.stroke((40, 34, 30), [(bx, top + h * 0.05), (bx + span * rng.uniform(-0.08, 0.08), top - h * rng.uniform(0.15, 0.3))],
                         max(1.0, h * 0.05))


def broken_pump(c: Canvas, x: float, y: float, s: float) -> None:
    """A hand pump on its concrete apron with the head and handle torn off: a bare pipe stub."""
    c.ellipse((160, 156, 148), x, y, 1.2 * s, 0.28 * s)
    c.ellipse((176, 172, 164), x, y - 0.05 * s, 1.0 * s, 0.22 * s)
    c.rect((70, 96, 110), x - 0.12 * s, y - 0.9 * s, 0.24 * s, 0.85 * s)
    c.rect((90, 120, 136), x - 0.12 * s, y - 0.9 * s, 0.08 * s, 0.85 * s)
    c.stroke((120, 80, 60), [(x - 0.14 * s, y - 0.9 * s), (x + 0.14 * s, y - 0.96 * s)], max(1.0, 0.05 * s))
    c.stroke((80, 60, 50), [(x + 0.6 * s, y - 0.02 * s), (x + 1.3 * s, y - 0.16 * s)], max(1.0, 0.07 * s))   # the handle, on the ground


def scene_dariba() -> pygame.Surface:
    """A hamlet in the Dariba hills after the raids: roofless houses, a burned granary, a broken hand
    pump, millet in a field, the track winding up with white vehicles and blue helmets on it."""
    rng = random.Random(17303)
    H = 360
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (132, 172, 210)), (0.6, (200, 212, 218)), (1.0, (234, 224, 204))], H)
    for x, y, w in ((520, 100, 420), (1200, 150, 320)):
        wisp(c, x, y, w, (252, 250, 244), 70)
    hills(c, rng, H - 40, 60, (150, 146, 140), flat=0.1, freqs=(0.7, 1.6, 4.0))
    hills(c, rng, H - 6, 34, (166, 150, 120), freqs=(1.0, 2.5, 6.0))
    hills(c, rng, H + 2, 14, (176, 156, 116))
    ground(c, H, [(0, (186, 160, 112)), (0.3, (180, 152, 104)), (1, (172, 142, 98))])
    cam = Camera(horizon=H, f=1300, height=3.0)
    # the army post on a far hilltop with its flag, and scrub on the slopes
    px, py = 1120, H - 18
    c.poly((160, 146, 112), [(px - 150, py + 6), (px - 60, py - 26), (px + 40, py - 30), (px + 160, py + 6)])
    c.rect((186, 174, 150), px - 20, py - 40, 44, 12)
    c.rect((150, 140, 120), px - 20, py - 40, 44, 3)
    flag(c, px + 30, py - 28, 34, 12, 0.4, design="national")
    for _ in range(70):
        z = rng.uniform(90, 240)
        x = rng.uniform(-0.9, 0.9) * z
        qx, qy = cam.project(x, z)
        bush(c, qx, qy, rng.uniform(1.4, 2.6) * cam.scale(z), rng, (128, 132, 92), (146, 148, 104))
    # the track winding up into the hills, two white vehicles and a line of blue helmets on it
    track = [(1.0 + 4.0 * (z / 40) ** 1.3, z) for z in (10, 14, 18, 26, 36, 50, 68, 90, 120, 160)]
    tp = road_polygon(cam, track, 3.0)
    c.fade_poly((200, 178, 134), tp, H, max(p[1] for p in tp), 150, 0)
    for x, z in ((12.5, 62.0), (15.2, 74.0)):
        vx, vy = cam.project(x, z)
        land_cruiser(c, vx, vy, cam.scale(z), facing=-1, marking="un")
    for k in range(5):
        x, z = 3.4 + k * 1.1, 33.0 + k * 4.0
        qx, qy = cam.project(x, z)
        person(c, qx, qy, 1.78 * cam.scale(z), Figure(skin=rng.choice(SKINS), **SOLDIER))
    # a field of someone else's millet, green and waist-high, on the right
    for k in range(260):
        x, z = rng.uniform(7.0, 30.0), rng.uniform(18.0, 40.0)
        qx, qy = cam.project(x, z)
        s = cam.scale(z)
        c.stroke(rng.choice([(98, 130, 64), (120, 150, 74), (86, 116, 58)]), [(qx, qy), (qx + rng.uniform(-0.1, 0.1) * s, qy - 1.3 * s)],
                 max(0.8, 0.05 * s))
    # the burned hamlet: roofless houses, a blackened granary, the broken pump
    for x, z, yaw, w in ((-15.0, 30.0, 0.25, 5.0), (-6.0, 36.0, -0.15, 4.5), (-24.0, 40.0, 0.1, 5.5)):
        ruined_house(c, cam, x, z, yaw, w, 4.0, 2.4, rng)
    gx, gy = cam.project(-9.0, 24.0)
    granary(c, gx, gy, cam.scale(24.0), wall=(96, 80, 66), thatch=(62, 54, 48))
    bx, by = cam.project(-1.5, 17.0)
    broken_pump(c, bx, by, cam.scale(17.0))
    # a boy herding goats past the pump
    px, py = cam.project(2.5, 20.0)
    s = cam.scale(20.0)
    person(c, px, py, 1.3 * s, Figure(body=(176, 150, 110), legs=(120, 100, 80), skin=SKINS[0]))
    for k in range(4):
        goat(c, px + (1.0 + 0.9 * k) * s, py + 0.1 * s * (k % 2), 0.9 * s, facing=-1,
             coat=rng.choice([(150, 110, 80), (70, 60, 56), (210, 200, 186)]))
    for bx, bz in ((-12, 11), (10, 12), (-4, 9)):
        qx, qy = cam.project(bx, bz)
        bush(c, qx, qy, 0.6 * cam.scale(bz), rng, (140, 130, 90), (160, 150, 100))
    return c.finish()


def hired_truck(c: Canvas, x: float, y: float, s: float, cab: Color, facing: int = -1) -> None:
    """A hired cargo truck in side view, its wooden slatted bed open at the top; wheels on y (px/m s)."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    wood = (150, 112, 72)
    c.ellipse((60, 44, 36), x - facing * 0.2 * s, y + 0.05 * s, 4.6 * s, 0.35 * s, a=70)
    c.poly((52, 52, 56), [P(-3.8, 0.55), P(3.6, 0.55), P(3.6, 0.95), P(-3.8, 0.95)])
    c.poly(wood, [P(-3.9, 0.95), P(1.55, 0.95), P(1.55, 2.5), P(-3.9, 2.5)])
    for k in range(1, 5):       # the slats of the sideboards
        v = 0.95 + k * 0.31
        c.stroke(shade(wood, 0.7), [P(-3.9, v), P(1.55, v)], max(1.0, 0.04 * s))
    for u in (-3.9, -2.1, -0.3, 1.55):
        c.stroke(shade(wood, 0.6), [P(u, 0.95), P(u, 2.55)], max(1.0, 0.07 * s))
    c.poly(cab, [P(1.7, 0.8), P(3.9, 0.8), P(3.95, 2.0), P(3.4, 2.85), P(1.7, 2.9)])
    c.poly((86, 104, 118), [P(2.4, 1.95), P(3.75, 1.95), P(3.3, 2.65), P(2.4, 2.68)])
    c.poly(shade(cab, 0.75), [P(1.7, 0.8), P(3.9, 0.8), P(3.9, 1.15), P(1.7, 1.15)])
    c.rect(mix(cab, WHITE, 0.5), *P(3.0 if facing > 0 else 3.9, 1.45), 0.9 * s, 0.08 * s)
    for u in (-2.8, -1.6, 2.9):
        wheel(c, *P(u, 0.5), 0.52 * s)


def pulled_down_shelter(c: Canvas, cam: Camera, x: float, z: float, tarp: Color, rng: random.Random) -> None:
    """A shelter torn down: its tarpaulin crumpled on the ground, poles lying across it, one still standing."""
    s = cam.scale(z)
    px, py = cam.project(x, z)
    c.poly(shade(tarp, 0.9), [(px - 2.2 * s, py), (px - 1.6 * s, py - 0.4 * s), (px - 0.2 * s, py - 0.7 * s),
                              (px + 1.1 * s, py - 0.35 * s), (px + 2.3 * s, py - 0.05 * s), (px + 1.4 * s, py + 0.25 * s)])
    for k in range(3):
        c.stroke(shade(tarp, 0.72), [(px - 1.5 * s + k * 1.1 * s, py - 0.05 * s), (px - 1.0 * s + k * 1.1 * s, py - 0.55 * s)],
                 max(1.0, 0.05 * s))
    c.stroke((120, 92, 66), [(px - 2.4 * s, py - 0.1 * s), (px + 0.8 * s, py - 0.5 * s)], max(1.0, 0.09 * s))
    c.stroke((120, 92, 66), [(px + 1.9 * s, py), (px + 2.3 * s, py - 1.9 * s)], max(1.0, 0.09 * s))


def red_cross_mark(c: Canvas, x: float, y: float, r: float) -> None:
    """The red cross daubed on a shelter marked for demolition: two rough brush strokes."""
    c.stroke((176, 40, 36), [(x - r, y - r), (x + r, y + r * 0.9)], max(1.0, r * 0.28))
    c.stroke((176, 40, 36), [(x + r, y - r * 0.9), (x - r * 0.9, y + r)], max(1.0, r * 0.28))


def scene_dawn() -> pygame.Surface:
    """The camp gate at dawn: hired trucks with their engines running, gendarmes among shelters marked
    with red crosses, a shelter pulled down, families with bundles, blue helmets by their fence."""
    rng = random.Random(17304)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (96, 112, 150)), (0.45, (190, 150, 150)), (0.85, (246, 180, 130)), (1.0, (252, 206, 160))], H)
    sun(c, 260, H - 30, 26, (255, 236, 200), (255, 186, 120), 170)
    wisp(c, 900, 120, 520, (240, 196, 186), 60)
    hills(c, rng, H + 2, 12, (150, 120, 120))
    ground(c, H, [(0, (176, 130, 100)), (0.3, (168, 120, 92)), (1, (156, 110, 84))])
    cam = Camera(horizon=H, f=1300, height=1.9)
    c.glow(260, H + 10, 700, (255, 190, 140), a=60, ry=90)
    haze = (196, 160, 150)
    for z, t in ((180, 0.55), (120, 0.45), (80, 0.35)):
        distant_camp(c, rng, cam, z, -0.3 * z, 0.8 * z, [shade(col, 0.85) for col in TARPS], haze, t)
    # the camp gate: two posts and a cross-beam over the road out
    road = [(-6.0 + 0.08 * z, z) for z in (4, 10, 18, 30, 50, 80)]
    c.poly((186, 146, 110), road_polygon(cam, road, 7.0), a=170)
    for x in (-3.0, 4.0):
        c.stroke((100, 84, 68), [cam.project(x, 70.0, 0), cam.project(x, 70.0, 4.2)], max(2.0, cam.scale(70) * 0.2))
    c.stroke((100, 84, 68), [cam.project(-3.4, 70.0, 4.0), cam.project(4.4, 70.0, 4.0)], max(2.0, cam.scale(70) * 0.18))
    # shelters on the right, some marked with red crosses; gendarmes among them; one pulled down
    for k, (x, z) in enumerate(((8.0, 40.0), (14.0, 36.0), (20.0, 44.0), (11.0, 28.0))):
        tarp = rng.choice(TARPS)
        tarp_shelter(c, cam, x, z, rng.uniform(-0.2, 0.2), 4.2, 3.4, 1.8, tarp=shade(tarp, 0.9), stripe=None)
        if k != 2:
            mx, my = cam.project(x - 0.8, z, 1.5)
            red_cross_mark(c, mx, my, 0.35 * cam.scale(z))
    pulled_down_shelter(c, cam, 4.5, 22.0, TARPS[2], rng)
    for x, z in ((6.5, 24.0), (9.5, 30.0), (15.5, 33.0), (3.0, 26.0)):
        qx, qy = cam.project(x, z)
        shadow_at(c, qx + 0.3 * cam.scale(z), qy, 0.8 * cam.scale(z), a=55)
        person(c, qx, qy, 1.76 * cam.scale(z), Figure(**GENDARME))
    # the hired trucks in a line by the gate, engines running in the cold air
    for k, (x, z, cab) in enumerate(((-1.0, 58.0, (180, 60, 50)), (-6.0, 44.0, (220, 180, 60)), (-11.0, 32.0, (60, 120, 90)))):
        vx, vy = cam.project(x, z)
        s = cam.scale(z)
        hired_truck(c, vx, vy, s, cab, facing=-1)
        c.glow(vx + 4.2 * s, vy - 0.6 * s, 1.4 * s, (230, 220, 214), a=70)          # exhaust in the dawn chill
    # families waiting by the trucks with their bundles, some seated on them
    crowd(c, cam, rng, [(-4.6, 27.0), (-3.8, 29.5), (-2.4, 36.0), (-2.9, 25.0), (0.6, 40.0)], load=0.7)
    for x, z in ((-1.5, 22.0), (-0.6, 23.0)):
        qx, qy = cam.project(x, z)
        seated(c, qx, qy, 1.66 * cam.scale(z), camp_person(rng))
    # blue helmets by the company fence on the far left
    wire_fence(c, cam, (-16.0, 19.0), (-8.6, 19.0), 2.0, 2.5)
    for x in (-8.0, -9.1, -10.3):
        qx, qy = cam.project(x, 17.5)
        shadow_at(c, qx + 0.3 * cam.scale(17.5), qy, 0.8 * cam.scale(17.5), a=55)
        person(c, qx, qy, 1.78 * cam.scale(17.5), Figure(skin=rng.choice(SKINS), **SOLDIER))
    for bx, bz in ((-16, 12), (14, 13)):
        qx, qy = cam.project(bx, bz)
        bush(c, qx, qy, 0.4 * cam.scale(bz), rng, (120, 100, 80), (140, 116, 90))
    return c.finish()
