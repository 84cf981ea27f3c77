"""Water point: the borehole at dawn, the chief's compound, the edge of the Tabalde refugee site."""
from __future__ import annotations

import random

import pygame

from .camp import distant_camp, ngo_tent, reed_fence
from .core import BG_H, BG_W, Canvas, Color, SS_BG, WHITE, mix, shade
from .land import Camera, cloud, ground, hills, sky, sun, wisp
from .people import Figure, person, seated, shadow_at
from .plants import bush, shade_tree
from .emblems import un_emblem
from .solids import Frame, box_faces, draw_solid, face_map, face_rect, shed_roof
from .village import calabash, jerrycan_row, mat, mud_house, round_hut, solar_water_tower, tap_stand

SKINS: list[Color] = [(92, 60, 42), (112, 72, 48), (78, 52, 38), (124, 84, 56), (100, 66, 46), (140, 96, 66)]
WRAPS: list[tuple[Color, Color]] = [((200, 90, 60), (236, 176, 50)), ((60, 120, 170), (220, 200, 90)),
                                    ((150, 60, 120), (70, 140, 110)), ((236, 160, 40), (170, 60, 50)),
                                    ((60, 150, 120), (230, 120, 70)), ((196, 60, 70), (60, 80, 150))]


def village_woman(rng: random.Random, k: int) -> Figure:
    top, _ = WRAPS[k % len(WRAPS)]
    wrap = WRAPS[(k * 5 + rng.randint(0, 5)) % len(WRAPS)][1]
    return Figure(body=top, legs=wrap, skin=rng.choice(SKINS), head=rng.choice([top, wrap]), tie=True, robe=True, wrap=wrap)


def scene_borehole() -> pygame.Surface:
    """Concrete apron with six taps under a solar water tower and a neem tree, red laterite at dawn."""
    rng = random.Random(11001)
    H = 430
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (118, 140, 180)), (0.45, (206, 176, 176)), (0.85, (248, 200, 150)), (1.0, (252, 220, 170))], H)
    sun(c, 1240, H - 40, 24, (255, 242, 214), (255, 200, 140), 160)
    for wx, wy, ww in ((420, 130, 420), (900, 80, 500)):
        wisp(c, wx, wy, ww, (252, 220, 206), 70)
    hills(c, rng, H + 2, 16, (176, 140, 140))
    ground(c, H, [(0, (196, 120, 84)), (0.3, (186, 108, 74)), (1, (176, 100, 68))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    c.glow(1240, H + 20, 700, (255, 200, 150), a=60, ry=100)
    # the village of mud brick and thatch behind the water point
    wall, thatch = (176, 112, 80), (200, 168, 112)
    for k, (x, z) in enumerate(((-26, 60), (-16, 54), (-5, 66), (14, 58), (24, 64), (34, 52))):
        if k % 2:
            px, py = cam.project(x, z)
            round_hut(c, px, py, cam.scale(z), wall, thatch)
        else:
            mud_house(c, cam, x, z, rng.uniform(-0.3, 0.3), 5.0, 4.0, 2.6, wall, door="dark")
    reed_fence(c, cam, (-34.0, 48.0), (-12.0, 48.0), rng, 1.8, color=(196, 160, 110))
    reed_fence(c, cam, (18.0, 46.0), (40.0, 46.0), rng, 1.8, color=(196, 160, 110))
    # the neem tree and the solar water tower
    tx, ty = cam.project(-8.0, 22.0)
    s = cam.scale(22.0)
    c.ellipse((130, 70, 50), tx + 2.0 * s, ty + 0.3 * s, 6 * s, 0.9 * s, a=90)
    shade_tree(c, tx, ty, 8 * s, 9 * s, rng, (96, 70, 56), (80, 104, 64), (128, 150, 90))
    wx_, wy_ = cam.project(1.0, 25.0)
    solar_water_tower(c, wx_, wy_, cam.scale(25.0), height=5.0, panels=5.5)
    # the apron with six taps, and the yellow jerrycans lined up in front
    tap_stand(c, cam, 0.0, 20.0, 6.0, 6)
    jerrycan_row(c, cam, -3.4, 3.6, 16.8, rng=rng)
    jerrycan_row(c, cam, 3.9, 7.2, 15.6, rng=rng)
    for k, (x, z) in enumerate(((-1.6, 18.6), (1.4, 18.8), (-5.2, 16.4))):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px - 0.6 * s, py, 0.8 * s, a=60)
        person(c, px, py, 1.66 * s, village_woman(rng, k))
    for bx, bz in ((-13, 12), (12, 11), (17, 16)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (130, 120, 80), (150, 138, 92))
    return c.finish()


def thatch_shelter(c: Canvas, cam: Camera, x: float, z: float, yaw: float, w: float, d: float, h: float,
                   thatch: Color = (200, 172, 114), post: Color = (120, 90, 64)) -> None:
    """A flat thatched hangar on forked wooden posts (the meeting shelter of a compound)."""
    f = Frame(x, z, yaw)
    for u in (-w / 2, 0.0, w / 2):
        for v in (d, 0.0):
            wx, _, wz = f.w(u, 0, v)
            c.stroke(post, [cam.project(wx, wz, 0), cam.project(wx, wz, h)], max(1.5, cam.scale(wz) * 0.14))
    res = draw_solid(c, cam, shed_roof(f, w, d, h + 0.25, h + 0.1, thatch, overhang=0.5, thick=0.35), ambient=0.8)
    for name in ("edge", "left-edge", "right-edge"):
        if name in res:         # straw ends hanging from the edge of the roof
            q = res[name]
            for k in range(40):
                a = (q[0][0] + (q[1][0] - q[0][0]) * k / 40, q[0][1] + (q[1][1] - q[0][1]) * k / 40)
                c.stroke(shade(thatch, 0.78), [a, (a[0] + rng_off(k), a[1] + 6 + (k * 7) % 5)], 1.4)


def rng_off(k: int) -> float:
    return ((k * 37) % 7 - 3) * 0.4


def scene_village() -> pygame.Surface:
    """The thatched shelter of a chief's compound with mats and a calabash, a palaver tree, a storeroom."""
    rng = random.Random(11002)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (134, 176, 212)), (0.6, (200, 214, 220)), (1.0, (238, 226, 200))], H)
    for x, y, w in ((360, 150, 300), (1150, 110, 380)):
        cloud(c, x, y, w, rng, (250, 250, 248), (214, 224, 232), 210)
    hills(c, rng, H + 2, 22, (176, 170, 170))
    ground(c, H, [(0, (200, 140, 100)), (0.3, (194, 132, 94)), (1, (186, 124, 88))])
    cam = Camera(horizon=H, f=1300, height=2.5)
    wall, thatch = (180, 118, 84), (204, 174, 116)
    for k, (x, z) in enumerate(((-28, 56), (26, 60), (34, 48))):
        px, py = cam.project(x, z)
        round_hut(c, px, py, cam.scale(z), wall, thatch)
    reed_fence(c, cam, (-36.0, 40.0), (36.0, 42.0), rng, 2.0, color=(200, 166, 114), gap=(0.46, 0.52))
    # the palaver tree, broad and old, with benches of logs beneath
    tx, ty = cam.project(-10.0, 26.0)
    s = cam.scale(26.0)
    c.ellipse((120, 76, 54), tx + 1.5 * s, ty + 0.4 * s, 8 * s, 1.1 * s, a=90)
    shade_tree(c, tx, ty, 10 * s, 14 * s, rng, (92, 70, 56), (74, 100, 62), (122, 146, 88))
    for u in (-2.6, 2.2):
        a = cam.project(-10.0 + u - 1.2, 24.0, 0.35)
        b = cam.project(-10.0 + u + 1.2, 24.0, 0.35)
        c.stroke((120, 90, 66), [a, b], 0.35 * cam.scale(24.0))
    # the small cement storeroom with a tin door
    res = draw_solid(c, cam, box_faces(Frame(12.0, 28.0, -0.35), 4.0, 3.5, 2.6, (196, 194, 188)))
    if "front" in res:
        c.poly((86, 120, 140), face_rect(res["front"], 0.35, 0.0, 0.65, 0.78))
        c.poly((150, 152, 150), face_rect(res["front"], 0.58, 0.36, 0.62, 0.42))
    draw_solid(c, cam, shed_roof(Frame(12.0, 28.0, -0.35), 4.0, 3.5, 2.85, 2.6, (150, 154, 158), overhang=0.3))
    # the chief's thatched shelter with mats, a calabash and a stool beneath
    sx, sz, yaw = 1.5, 17.0, -0.12
    f = Frame(sx, sz, yaw)

    def G(u: float, v: float) -> tuple[float, float]:
        wx, _, wz = f.w(u, 0, v)
        return cam.project(wx, wz)
    c.poly((150, 96, 70), [G(-3.6, -0.4), G(3.6, -0.4), G(3.8, 4.4), G(-3.4, 4.4)], a=80)
    mat(c, [G(-3.0, 0.6), G(0.2, 0.6), G(0.2, 3.4), G(-3.0, 3.4)], (206, 178, 118), (150, 80, 70))
    mat(c, [G(0.6, 0.8), G(3.0, 0.8), G(3.0, 3.0), G(0.6, 3.0)], (196, 166, 106), (60, 100, 130))
    calabash(c, *G(-0.8, 1.6), 0.35 * cam.scale(sz + 1.6), (214, 170, 90))
    calabash(c, *G(-1.4, 2.2), 0.25 * cam.scale(sz + 2.2), (190, 140, 70))
    px, py = G(1.8, 2.0)
    s = cam.scale(sz + 2.0)
    c.rect((110, 80, 58), px - 0.25 * s, py - 0.35 * s, 0.5 * s, 0.1 * s, radius=0.04 * s)
    for u in (-0.18, 0.18):
        c.stroke((96, 70, 50), [(px + u * s, py - 0.3 * s), (px + u * 1.2 * s, py)], max(1.0, 0.05 * s))
    thatch_shelter(c, cam, sx, sz, yaw, 7.0, 4.0, 2.3)
    for bx, bz in ((-15, 12), (14, 12)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (120, 130, 80), (140, 150, 94))
    return c.finish()


def scene_tabalde() -> pygame.Surface:
    """The edge of the refugee site: a white agency tent, women seated on mats, rows of shelters behind."""
    rng = random.Random(11003)
    H = 400
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (140, 178, 212)), (0.6, (204, 214, 218)), (1.0, (238, 228, 206))], H)
    for wx, wy, ww in ((480, 110, 440), (1180, 180, 320)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 12, (196, 188, 176))
    ground(c, H, [(0, (220, 196, 154)), (0.3, (214, 188, 146)), (1, (206, 180, 138))])
    cam = Camera(horizon=H, f=1300, height=2.6)
    haze = (226, 218, 202)
    cols = [(236, 236, 230), (214, 216, 214), (200, 186, 160), (150, 170, 190)]
    for z, t in ((220, 0.55), (150, 0.45), (100, 0.32), (70, 0.2), (52, 0.1)):
        distant_camp(c, rng, cam, z, -0.7 * z, 0.7 * z, cols, haze, t)
    # the agency tent with a light-blue band, its front rolled open
    out = ngo_tent(c, cam, -4.0, 24.0, 0.35, 8, 12, cloth=(240, 240, 236), trim=(110, 170, 220), logo=False)
    if "right" in out:
        lx, ly = face_map(out["right"], 0.5, 0.55)
        r = 0.45 * cam.scale(28)
        c.circle((110, 170, 220), lx, ly, r)
        c.circle((240, 240, 236), lx, ly, r * 0.8)
        un_emblem(c, lx, ly, r * 0.7, (110, 170, 220))
    # women seated on mats in the tent's shade
    mats = [((3.0, 19.0), (200, 90, 70)), ((6.5, 20.5), (70, 120, 170)), ((4.0, 23.5), (214, 170, 80))]
    for (mx, mz), col in mats:
        a, b = cam.project(mx - 1.3, mz - 0.7), cam.project(mx + 1.3, mz - 0.7)
        d, e = cam.project(mx - 1.3, mz + 0.7), cam.project(mx + 1.3, mz + 0.7)
        mat_pts = [a, b, e, d]
        c.poly(shade(col, 0.9), mat_pts)
        for k in range(1, 5):
            t = k / 5
            c.stroke(mix(col, WHITE, 0.3), [(a[0] + (d[0] - a[0]) * t, a[1] + (d[1] - a[1]) * t),
                                            (b[0] + (e[0] - b[0]) * t, b[1] + (e[1] - b[1]) * t)], 1.5)
    sitters = []
    for k in range(9):
        (mx, mz), _ = mats[k % 3]
        sitters.append((mz - 0.3 + 0.35 * (k // 3) + rng.uniform(-0.1, 0.1), mx - 0.9 + 0.9 * (k // 3) + rng.uniform(-0.2, 0.2), k))
    for z, x, k in sorted(sitters, reverse=True):
        px, py = cam.project(x, z)
        seated(c, px, py, 1.62 * cam.scale(z), village_woman(rng, k + 2))
    # a water drum and a woman arriving with a basin on her head
    px, py = cam.project(8.2, 18.0)
    s = cam.scale(18.0)
    shadow_at(c, px - 0.5 * s, py, 0.8 * s, a=60)
    f = village_woman(rng, 4)
    f.load = (90, 140, 190)
    person(c, px, py, 1.68 * s, f)
    for bx, bz in ((-14, 14), (14, 13), (-10, 18)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.6 * cam.scale(bz), rng, (160, 152, 100), (176, 168, 112))
    return c.finish()
