"""The detainee at the gate: Doumra's cattle market, the gate of the UN base, a mourning at dusk,
the elders' council under the tamarind."""
from __future__ import annotations

import math
import random

import pygame

from .animals import _leg, goat
from .buildings import awning_stall, distant_town, flag, guard_post
from .camp import reed_fence, wire_fence
from .core import BG_H, BG_W, Canvas, Color, Point, SS_BG, WHITE, mix, shade, spline
from .land import Camera, draw_road, ground, hills, sky, sun, wisp
from .people import Figure, person, random_figure, seated, shadow_at
from .plants import acacia, bush, shade_tree
from .scenes_children import concertina
from .scenes_cholera import man_in_robe, woman_wrapped
from .scenes_food import floodlight, hesco_wall
from .solids import Frame, box_faces, draw_solid, face_rect
from .vehicles import apc
from .village import mat, mosque, mud_house

COATS: list[Color] = [(236, 230, 218), (196, 150, 110), (150, 96, 66), (92, 70, 58), (214, 200, 180)]
SOLDIER = Figure(body=(118, 116, 86), legs=(104, 102, 76), skin=(150, 104, 72), helmet=True)


def zebu(c: Canvas, x: float, y: float, s: float, facing: int = 1, coat: Color = (236, 230, 218)) -> None:
    """A humped Sahel zebu with long lyre horns, hooves on y, about 1.3 m at the hump (s = px per metre)."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    far, lw = shade(coat, 0.78), 0.1 * s
    for u0 in (0.55, -0.62):
        _leg(c, P(u0, 0.62), P(u0 + 0.03, 0.0), lw, far)
    c.poly(coat, spline([P(-0.86, 1.08), P(-0.2, 1.16), P(0.5, 1.16), P(0.78, 1.0), P(0.7, 0.6), P(0.2, 0.56),
                         P(-0.6, 0.58), P(-0.9, 0.78)], True, 6))
    c.poly(shade(coat, 0.9), spline([P(0.34, 1.14), P(0.46, 1.38), P(0.62, 1.36), P(0.66, 1.1)], True, 4))   # hump
    c.poly(shade(coat, 0.92), spline([P(0.66, 0.96), P(0.8, 0.6), P(0.92, 0.64), P(0.9, 0.98)], True, 4))   # dewlap
    # the head, long and carried low, ears out sideways
    c.poly(coat, spline([P(0.7, 1.08), P(0.92, 1.12), P(1.12, 0.86), P(1.16, 0.7), P(1.06, 0.66), P(0.86, 0.86)],
                        True, 5))
    c.ellipse(shade(coat, 0.7), *P(1.12, 0.7), 0.05 * s, 0.04 * s)
    c.poly(shade(coat, 0.85), [P(0.86, 1.04), P(0.7, 0.98), P(0.72, 0.94), P(0.86, 0.98)])
    horn, tip = mix(coat, (226, 214, 190), 0.6), (70, 56, 46)
    for du, lean in ((-0.02, -0.16), (0.08, 0.14)):
        base = P(0.9 + du, 1.1)
        mid = P(0.9 + du + lean, 1.42)
        top = P(0.9 + du + lean * 0.4, 1.72)
        c.stroke(horn, [base, mid, top], 0.06 * s)
        c.stroke(tip, [((mid[0] + 2 * top[0]) / 3, (mid[1] + 2 * top[1]) / 3), top], 0.05 * s)
    c.stroke(shade(coat, 0.6), [P(-0.88, 1.0), P(-0.98, 0.6), P(-0.94, 0.4)], 0.04 * s)                    # tail
    for u0 in (0.6, -0.55):
        _leg(c, P(u0, 0.62), P(u0 - 0.03, 0.0), lw, coat)


def rail_pen(c: Canvas, cam: Camera, x0: float, x1: float, z0: float, z1: float, wood: Color = (126, 96, 70)) -> None:
    """A cattle pen of rough poles and two rails: the far side, then the sides (near rail drawn by the caller)."""
    def post(x: float, z: float) -> None:
        c.stroke(shade(wood, 0.85), [cam.project(x, z, 0), cam.project(x, z, 1.4)], max(1.0, cam.scale(z) * 0.1))
    for x in [x0 + (x1 - x0) * k / 5 for k in range(6)]:
        post(x, z1)
    for y in (0.6, 1.2):
        c.stroke(wood, [cam.project(x0, z1, y), cam.project(x1, z1, y)], max(1.0, cam.scale(z1) * 0.07))
        for x in (x0, x1):
            c.stroke(wood, [cam.project(x, z0, y), cam.project(x, z1, y)], max(1.0, cam.scale(z0) * 0.07))


def near_rail(c: Canvas, cam: Camera, x0: float, x1: float, z: float, wood: Color = (126, 96, 70)) -> None:
    for x in [x0 + (x1 - x0) * k / 5 for k in range(6)]:
        c.stroke(shade(wood, 0.85), [cam.project(x, z, 0), cam.project(x, z, 1.4)], max(1.0, cam.scale(z) * 0.1))
    for y in (0.6, 1.2):
        c.stroke(wood, [cam.project(x0, z, y), cam.project(x1, z, y)], max(1.0, cam.scale(z) * 0.07))


def crowd(c: Canvas, rng: random.Random, cam: Camera, n: int, x0: float, x1: float, z0: float, z1: float) -> None:
    """A standing crowd of townspeople, drawn far to near; mostly men in robes, some women."""
    spots = sorted(((rng.uniform(z0, z1), rng.uniform(x0, x1)) for _ in range(n)), reverse=True)
    for z, x in spots:
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.4 * s, py, 0.8 * s, a=50)
        roll = rng.random()
        f = man_in_robe(rng) if roll < 0.6 else woman_wrapped(rng) if roll < 0.75 else random_figure(rng)
        person(c, px, py, rng.uniform(1.62, 1.8) * s, f)


def scene_market() -> pygame.Surface:
    """Doumra's Friday cattle market: pens of zebu, stalls, a crowd gathering, a UN patrol coming in."""
    rng = random.Random(17201)
    H = 430
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (132, 172, 206)), (0.6, (200, 210, 210)), (1.0, (240, 224, 192))], H)
    sun(c, 1320, 170, 24, (255, 250, 232), (255, 228, 176), 140)
    for wx, wy, ww in ((420, 120, 420), (980, 200, 300)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 24, (186, 178, 176), flat=0.4)
    ground(c, H, [(0, (214, 188, 146)), (0.35, (206, 176, 132)), (1, (196, 162, 118))])
    cam = Camera(horizon=H, f=1400, height=2.0)
    walls = [(200, 164, 120), (214, 186, 146), (186, 142, 106), (226, 214, 190)]
    distant_town(c, rng, cam, 160, -60, 60, (-2, 2), walls, (206, 200, 190), 0.35)
    mosque(c, cam, -22.0, 95.0, 0.3, (196, 150, 108))
    for ax, az in ((30, 110), (-48, 120), (12, 130)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 10 * cam.scale(az), rng, (140, 120, 100), (140, 146, 110), (160, 162, 120))
    # stalls along the far side of the market square
    stripes = [((176, 96, 76), (236, 224, 200)), ((74, 128, 124), (232, 222, 196)), ((210, 164, 80), (238, 228, 204))]
    for k, x in enumerate((-30.0, -24.0, 14.0, 20.0, 26.0)):
        px, py = cam.project(x, 62.0)
        awning_stall(c, px, py, 3.2 * cam.scale(62), 2.4 * cam.scale(62), stripes[k % 3], rng)
    px, py = cam.project(-34.0, 60.0)
    shade_tree(c, px, py, 9 * cam.scale(55), 10 * cam.scale(55), rng, (96, 76, 58), (92, 116, 72), (132, 152, 96))
    # the cattle pens on the left, zebu inside
    rail_pen(c, cam, -11.0, -2.0, 19.0, 29.0)
    for x, z, k in ((-9.0, 27.0, 0), (-5.6, 26.5, 1), (-3.4, 27.5, 2), (-8.6, 23.0, 3), (-5.0, 22.0, 4),
                    (-9.6, 20.6, 1)):
        px, py = cam.project(x, z)
        zebu(c, px, py, cam.scale(z), 1 if k % 2 else -1, COATS[k])
    near_rail(c, cam, -11.0, -2.0, 19.0)
    # the crowd gathering by the pens
    crowd(c, rng, cam, 38, -1.0, 7.5, 19.0, 31.0)
    # goats tethered in the foreground, and a UN patrol walking in from the right
    for gx, gz, f in ((-4.6, 12.5, 1), (-3.7, 13.2, -1), (-5.4, 13.8, 1)):
        px, py = cam.project(gx, gz)
        goat(c, px, py, cam.scale(gz), f, (150, 110, 80) if f > 0 else (90, 70, 60))
    for sx, sz in ((5.2, 17.0), (6.0, 15.4), (6.8, 13.8), (7.6, 12.4)):
        px, py = cam.project(sx, sz)
        shadow_at(c, px + 0.5 * cam.scale(sz), py, 0.9 * cam.scale(sz), a=60)
        person(c, px, py, 1.78 * cam.scale(sz), SOLDIER)
    for _ in range(30):   # dust and hoof-prints
        x, y = rng.uniform(0, BG_W), rng.uniform(H + 40, BG_H)
        r = (y - H) / 80
        c.ellipse((186, 152, 110), x, y, r * 1.6, r * 0.4, a=60)
    return c.finish()


def medical_container(c: Canvas, cam: Camera, x: float, z: float, yaw: float) -> None:
    """A white 20-foot container used as the base's aid post, with a door and a blue band."""
    res = draw_solid(c, cam, box_faces(Frame(x, z, yaw), 6.0, 2.4, 2.6, (232, 232, 226)))
    side = res.get("front") or res.get("right")
    if side:
        c.poly((91, 146, 214), face_rect(side, 0.0, 0.72, 1.0, 0.8))
        c.poly((70, 74, 80), face_rect(side, 0.62, 0.0, 0.8, 0.62))


def scene_gate() -> pygame.Surface:
    """Inside the Doumra base, seen from the guard tower: the gate, a line of soldiers, the crowd outside."""
    rng = random.Random(17202)
    H = 320
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (126, 166, 204)), (0.6, (196, 206, 210)), (1.0, (236, 222, 196))], H)
    for wx, wy, ww in ((380, 90, 380), (1180, 130, 340)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 16, (186, 176, 170), flat=0.5)
    ground(c, H, [(0, (210, 184, 142)), (0.3, (200, 174, 134)), (1, (184, 164, 134))])
    cam = Camera(horizon=H, f=1300, height=5.0)
    walls = [(200, 164, 120), (214, 186, 146), (186, 142, 106)]
    distant_town(c, rng, cam, 140, -60, 60, (-4, 4), walls, (206, 200, 190), 0.35)
    mosque(c, cam, -30.0, 110.0, 0.4, (196, 150, 108))
    draw_road(c, cam, [(0.0, z) for z in (24, 30, 40, 60, 90, 130)], 6.0, (218, 196, 160), (212, 188, 150),
              (204, 178, 140))
    # the crowd on the road outside, massed against the perimeter
    crowd(c, rng, cam, 70, -16.0, 16.0, 26.5, 44.0)
    # the perimeter: earth-filled barriers with razor wire, and a chain-link gate, closed with a chain
    hesco_wall(c, cam, -40.0, -3.0, 24.0, 2.3)
    hesco_wall(c, cam, 3.0, 40.0, 24.0, 2.3)
    concertina(c, cam, (-40.0, 24.0), (-3.0, 24.0), 2.3)
    concertina(c, cam, (3.0, 24.0), (40.0, 24.0), 2.3)
    wire_fence(c, cam, (-3.0, 24.0), (3.0, 24.0), 2.2, 1.5, mesh_a=70)
    p, q = cam.project(-0.3, 24.0, 1.1), cam.project(0.3, 24.0, 1.0)
    c.stroke((60, 60, 64), [p, q], max(2.0, cam.scale(24) * 0.06))
    gx, gy = cam.project(-13.0, 22.5)
    guard_post(c, gx, gy, cam.scale(22.5), rng)
    fx, fy = cam.project(12.0, 23.0)
    flag(c, fx, fy, 7 * cam.scale(23), 1.8 * cam.scale(23), 0.3)
    lx, ly = cam.project(4.5, 22.0)
    floodlight(c, lx, ly, 6 * cam.scale(22))
    # a line of soldiers inside the gate, rifles slung
    for k in range(7):
        x, z = -4.4 + k * 1.45, 21.0
        px, py = cam.project(x, z)
        shadow_at(c, px + 0.4 * cam.scale(z), py, 0.8 * cam.scale(z), a=60)
        person(c, px, py, 1.78 * cam.scale(z), SOLDIER)
    # inside: the aid-post container on the right, an armoured vehicle on the left, gravel
    for _ in range(60):   # gravel
        x, y = rng.uniform(0, BG_W), rng.uniform(640, BG_H)
        r = rng.uniform(2, 5) * (y - H) / 300
        c.ellipse(rng.choice([(160, 146, 124), (200, 186, 160), (140, 128, 110)]), x, y, r * 1.3, r * 0.7)
    medical_container(c, cam, 8.0, 16.5, -0.5)
    ax, ay = cam.project(-7.5, 16.5)
    apc(c, ax, ay, cam.scale(16.5), 1)
    return c.finish()


def lamp(c: Canvas, x: float, y: float, s: float) -> None:
    """A kerosene hurricane lamp on the ground, lit (s = px per metre)."""
    c.glow(x, y - 0.2 * s, 2.4 * s, (255, 190, 110), a=110)
    c.rect((60, 58, 56), x - 0.08 * s, y - 0.06 * s, 0.16 * s, 0.06 * s)
    c.ellipse((255, 224, 160), x, y - 0.16 * s, 0.06 * s, 0.1 * s)
    c.stroke((70, 66, 62), [(x - 0.07 * s, y - 0.28 * s), (x + 0.07 * s, y - 0.28 * s)], max(1.0, 0.02 * s))


def scene_mourning() -> pygame.Surface:
    """A family compound at dusk during the three days of condolence: men seated on mats, lamps lit."""
    rng = random.Random(17203)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (40, 48, 86)), (0.45, (92, 88, 128)), (0.8, (206, 136, 104)), (1.0, (236, 176, 118))], H)
    for _ in range(70):
        x, y = rng.uniform(0, BG_W), rng.uniform(0, H * 0.45)
        c.circle((236, 232, 220), x, y, rng.uniform(0.6, 1.5), a=int(120 + 100 * (1 - y / (H * 0.45))))
    dusk = 0.55
    ground(c, H, [(0, (136, 104, 84)), (0.4, (116, 90, 74)), (1, (96, 76, 64))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    tx, ty = cam.project(8.0, 40)
    shade_tree(c, tx, ty, 8 * cam.scale(40), 9 * cam.scale(40), rng, (50, 40, 38), (44, 52, 52), (62, 70, 64))
    reed_fence(c, cam, (-26.0, 34.0), (26.0, 34.0), rng, 2.0, color=shade((190, 162, 112), dusk))
    house = mud_house(c, cam, -3.0, 26.0, 0.05, 9.0, 4.5, 2.8, shade((184, 138, 100), dusk), door="none", windows=1)
    fr = house.get("front")
    if fr:   # warm light in the doorway, where the women sit with the widow
        d = face_rect(fr, 0.2, 0.0, 0.34, 0.72)
        c.poly((236, 170, 96), d, a=220)
        c.glow((d[0][0] + d[1][0]) / 2, d[0][1], 110, (255, 180, 100), a=90)
    # the men's mats in the courtyard, guests seated in two rows facing each other
    f = Frame(0.0, 16.0, 0.0)

    def G(u: float, v: float) -> Point:
        wx, _, wz = f.w(u, 0, v)
        return cam.project(wx, wz)
    mat(c, [G(-5.5, 0.0), G(5.5, 0.0), G(5.5, 5.0), G(-5.5, 5.0)], shade((200, 176, 118), 0.75), shade((150, 80, 70), 0.8))
    seats = [(u, 4.2) for u in (-4.6, -3.0, -1.4, 0.2, 1.8, 3.4)] + [(u, 1.0) for u in (-4.2, -2.4, 2.6, 4.4)]
    for u, v in sorted(seats, key=lambda t: -t[1]):
        wx, _, wz = f.w(u, 0, v)
        px, py = cam.project(wx, wz)
        fig = man_in_robe(rng)
        fig.body, fig.legs = shade(fig.body, 0.78), shade(fig.legs, 0.78)
        seated(c, px, py, 1.7 * cam.scale(wz), fig)
    for u, v in ((-5.9, 2.5), (0.3, 2.6), (5.9, 2.5)):
        wx, _, wz = f.w(u, 0, v)
        lamp(c, *cam.project(wx, wz), cam.scale(wz))
    # the embers of a small brazier for the tea, and two men arriving at the entrance of the compound
    bx, by = cam.project(0.2, 17.6)
    s = cam.scale(17.6)
    c.glow(bx, by - 0.1 * s, 0.7 * s, (255, 120, 60), a=150)
    c.ellipse((50, 46, 44), bx, by - 0.05 * s, 0.22 * s, 0.07 * s)
    for sx, sz in ((8.6, 20.0), (9.5, 20.6)):
        px, py = cam.project(sx, sz)
        fig = man_in_robe(rng)
        fig.body = shade(fig.body, 0.7)
        person(c, px, py, 1.74 * cam.scale(sz), fig)
    c.fade_poly((20, 24, 50), [(0, H), (BG_W, H), (BG_W, BG_H), (0, BG_H)], H, BG_H, 0, 90)
    return c.finish()


def scene_council() -> pygame.Surface:
    """Morning under the great tamarind by the chief's house: the elders on mats, facing each other."""
    rng = random.Random(17204)
    H = 410
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (150, 186, 214)), (0.6, (212, 218, 214)), (1.0, (244, 232, 206))], H)
    sun(c, 240, 250, 22, (255, 250, 236), (255, 232, 186), 120)
    wisp(c, 900, 120, 460, (252, 250, 244), 70)
    hills(c, rng, H + 2, 20, (190, 182, 178), flat=0.4)
    ground(c, H, [(0, (220, 196, 152)), (0.3, (212, 186, 142)), (1, (204, 176, 132))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    mosque(c, cam, 20.0, 70.0, -0.3, (196, 150, 108))
    mud_house(c, cam, -12.0, 34.0, 0.2, 10.0, 5.0, 3.0, (190, 144, 104), door="dark", windows=2)
    reed_fence(c, cam, (-30.0, 38.0), (-17.5, 36.0), rng, 2.0)
    reed_fence(c, cam, (-6.5, 35.0), (6.0, 38.0), rng, 2.0)
    for gx, gz, fc in ((14.0, 30.0, 1), (15.2, 31.0, -1)):
        px, py = cam.project(gx, gz)
        goat(c, px, py, cam.scale(gz), fc)
    # the great tamarind, its shade pooled on the ground
    tx, ty = cam.project(1.5, 27.0)
    s = cam.scale(27.0)
    c.ellipse((156, 126, 92), tx, ty + 0.4 * s, 10 * s, 1.1 * s, a=90)
    shade_tree(c, tx, ty, 11 * s, 15 * s, rng, (92, 72, 56), (70, 100, 62), (112, 140, 84))
    # the elders seated in a wide circle of mats under it: Doumra's elders round the chief at the back,
    # the Bir Kallé elders (white caps) on the near right, facing them
    ring = [(1.5 + 6.5 * math.cos(t), 24.0 + 3.2 * math.sin(t)) for t in
            [math.pi * (0.15 + 0.1 * k) for k in range(8)] + [math.pi * (1.05 + 0.12 * k) for k in range(8)]]
    for k, (x, z) in enumerate(sorted(ring, key=lambda q: -q[1])):
        px, py = cam.project(x, z)
        sc = cam.scale(z)
        c.poly((200, 176, 118) if k % 2 else (184, 160, 110),
               [(px - 0.7 * sc, py + 0.15 * sc), (px + 0.7 * sc, py + 0.15 * sc), (px + 0.6 * sc, py - 0.2 * sc),
                (px - 0.6 * sc, py - 0.2 * sc)])
        fig = man_in_robe(rng)
        if x > 2.5 and z < 24.0:
            fig.head, fig.body = (236, 232, 220), (170, 190, 204)
        seated(c, px, py, 1.7 * sc, fig)
    px, py = cam.project(1.5, 27.4)   # the chief, white robe and turban, with his back to the trunk
    seated(c, px, py, 1.8 * cam.scale(27.4), Figure(body=(240, 238, 230), legs=(220, 214, 200), skin=(90, 60, 44),
                                                    head=(240, 236, 226), robe=True, tie=True))
    for wx, wz in ((-16.0, 31.0), (-15.0, 31.5), (-14.2, 30.6)):
        px, py = cam.project(wx, wz)
        person(c, px, py, 1.62 * cam.scale(wz), woman_wrapped(rng))
    for bx, bz in ((-20, 14), (18, 13)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.7 * cam.scale(bz), rng, (150, 146, 96), (170, 164, 110))
    return c.finish()
