"""Food for favours: the distribution site, the company base office, the women's safe space."""
from __future__ import annotations

import math
import random

import pygame

from .animals import donkey_cart
from .camp import (distant_camp, distribution_table, ngo_tent, painted_sign, reed_fence, tarp_shelter, water_tank,
                   wire_fence)
from .core import BG_H, BG_W, Canvas, Color, SS_BG, UN_BLUE, WHITE, ellipse_pts, mix, quad_curve, shade, spline
from .buildings import flag
from .emblems import letters_un, un_emblem
from .land import Camera, ground, hills, road_polygon, sky, sun, wisp
from .solids import Frame, draw_solid, face_map, face_rect, gable_faces
from .vehicles import apc
from .people import Figure, person, seated, shadow_at
from .plants import acacia, bush, shade_tree
from .props import bench, jerrycan

WRAPPERS: list[tuple[Color, Color, Color]] = [     # (top, wrapper, head-tie)
    ((214, 92, 60), (236, 176, 50), (214, 92, 60)), ((60, 120, 170), (220, 200, 90), (240, 196, 60)),
    ((150, 60, 120), (70, 140, 110), (150, 60, 120)), ((236, 160, 40), (170, 60, 50), (70, 110, 170)),
    ((60, 150, 120), (230, 120, 70), (236, 220, 190)), ((196, 60, 70), (60, 80, 150), (230, 180, 60)),
    ((240, 214, 90), (120, 70, 140), (196, 70, 60)), ((90, 170, 200), (214, 100, 120), (90, 170, 200)),
]
SKINS: list[Color] = [(92, 60, 42), (112, 72, 48), (78, 52, 38), (124, 84, 56), (100, 66, 46), (86, 56, 40)]


def woman(rng: random.Random, i: int) -> Figure:
    top, wrap, tie = WRAPPERS[i % len(WRAPPERS)]
    return Figure(body=top, legs=wrap, skin=rng.choice(SKINS), head=tie, tie=True, robe=True, wrap=wrap,
                  baby=rng.choice([(200, 120, 70), (90, 110, 160)]) if rng.random() < 0.2 else None,
                  arms="folded" if rng.random() < 0.3 else "down")


SOLDIER = dict(body=(118, 116, 86), legs=(104, 102, 76), helmet=True)


def scene_distribution() -> pygame.Surface:
    rng = random.Random(7001)
    H = 340
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (150, 184, 210)), (0.6, (206, 214, 212)), (1.0, (240, 222, 188))], H)
    sun(c, 190, 210, 24, (255, 248, 226), (255, 224, 170), 140)
    for wx, wy, ww in ((760, 90, 480), (1240, 150, 300), (420, 170, 220)):
        wisp(c, wx, wy, ww, (252, 248, 240), 70)
    hills(c, rng, H + 2, 14, (198, 186, 170), freqs=(0.6, 1.7, 4.3))
    ground(c, H, [(0, (222, 198, 156)), (0.25, (218, 192, 148)), (1, (212, 184, 138))])
    cam = Camera(horizon=H, f=1300, height=4.5)      # seen from a low rise above the site
    # the displaced-persons site stretching to the horizon
    haze = (224, 214, 196)
    shelter_cols = [(236, 236, 230), (214, 216, 214), (200, 186, 160), (150, 170, 190)]
    for z, t in ((300, 0.6), (210, 0.48), (150, 0.36), (105, 0.24)):
        distant_camp(c, rng, cam, z, -0.7 * z, 0.7 * z, shelter_cols, haze, t)
    for ax, az in ((-60, 150), (70, 190), (-20, 240), (110, 130), (-90, 95)):
        px, py = cam.project(ax, az)
        acacia(c, px, py, 7 * cam.scale(az), 10 * cam.scale(az), rng, (150, 134, 112), (150, 152, 118), (166, 166, 128))
    # the fence runs away from the near left towards the centre; the distribution area lies beyond it
    fa, fb = (-13.0, 24.0), (22.0, 84.0)
    flen = ((fb[0] - fa[0]) ** 2 + (fb[1] - fa[1]) ** 2) ** 0.5
    ux, uz = (fb[0] - fa[0]) / flen, (fb[1] - fa[1]) / flen

    def on_fence(t: float, off: float = 0.0) -> tuple[float, float]:
        """World point at fraction t along the fence, pushed off metres to the viewer's (right) side."""
        return (fa[0] + (fb[0] - fa[0]) * t + uz * off, fa[1] + (fb[1] - fa[1]) * t - ux * off)

    gate = (0.4, 0.44)
    # inside: tents, a water point and the distribution tables
    ngo_tent(c, cam, -28, 72, 0.3, 7, 10)
    ngo_tent(c, cam, -8, 76, 0.5, 7, 11)
    ngo_tent(c, cam, -20, 52, 0.4, 7, 10)
    for k, (tx, tz) in enumerate(((-19, 33), (-16.8, 33.6))):
        px, py = cam.project(tx, tz)
        water_tank(c, px, py, cam.scale(tz), (56, 66, 78) if k == 0 else (70, 110, 150), stand=0.5)
    staff = [Figure((74, 128, 124), (70, 70, 80), (120, 80, 54), head=(60, 70, 110), robe=True),
             Figure((74, 128, 124), (60, 60, 70), (90, 60, 42)), Figure((74, 128, 124), (70, 70, 80), (150, 104, 72))]
    # the distribution point, beyond the end of the queue so it is not hidden by it
    for k, t in enumerate((0.6, 0.54, 0.48)):
        tx, tz = on_fence(t, -6.4)
        px, py = cam.project(tx, tz)
        person(c, px, py, 1.68 * cam.scale(tz), staff[k])
        distribution_table(c, cam, *on_fence(t, -4.6), 3.0, rng)
    # donkey carts on the open ground to the right, and women carrying their rations home
    for (dx, dz), facing, load in (((17.0, 46.0), 1, "scs"), ((23.0, 54.0), -1, "sssc"), ((16.0, 62.0), 1, "ss")):
        px, py = cam.project(dx, dz)
        donkey_cart(c, px, py, cam.scale(dz), facing=facing, load=load)
    for k, (wx, wz) in enumerate(((12.0, 52.0), (13.2, 55.0), (28.0, 64.0))):
        px, py = cam.project(wx, wz)
        f = woman(rng, k + 3)
        f.load = (236, 232, 218)
        person(c, px, py, 1.65 * cam.scale(wz), f)
    wire_fence(c, cam, fa, fb, 2.2, 3.0, gap=gate)
    # the queue of women along the outside of the fence, waiting their turn at the gate
    queue = []
    for k in range(44):
        t = gate[0] - 0.01 - k * 0.72 / flen
        if t < 0.0:
            break
        side = 1.2 + (0.55 if k % 5 == 2 else 0.0) + 0.15 * ((k * 7) % 3 - 1)
        queue.append((k, on_fence(t, side)))
    for k, (x, z) in sorted(queue, key=lambda q: -q[1][1]):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.45 * s, py, 0.9 * s, a=55)
        person(c, px, py, rng.uniform(1.58, 1.72) * s, woman(rng, k))
    # peacekeepers standing outside the fence, a little apart from the queue
    for x, z, arms in ((7.5, 34.0, "folded"), (9.6, 32.5, "down"), (6.8, 39.5, "down")):
        px, py = cam.project(x, z)
        s = cam.scale(z)
        shadow_at(c, px + 0.45 * s, py, 0.9 * s, a=65)
        person(c, px, py, 1.78 * s, Figure(skin=rng.choice([(150, 104, 72), (96, 64, 46), (196, 150, 112)]),
                                           arms=arms, **SOLDIER))
    # a quiet foreground: scrub at the edges, footprints and tracks
    for bx, bz in ((-14, 19), (13, 18), (-18, 24)):
        px, py = cam.project(bx, bz)
        bush(c, px, py, 0.7 * cam.scale(bz), rng, (176, 164, 114), (190, 180, 128))
    for _ in range(40):
        x = rng.uniform(0, BG_W)
        y = rng.uniform(620, 880)
        r = (y - H) / 100
        c.ellipse((200, 172, 128), x, y, r * 2.2, r * 0.6, a=50)
    return c.finish()


def hesco_wall(c: Canvas, cam: Camera, x0: float, x1: float, z: float, h: float = 2.2,
               color: Color = (176, 150, 112)) -> None:
    """A line of wire-mesh earth-filled barrier baskets across the view at depth z."""
    s = cam.scale(z)
    w = 1.1
    x = x0
    while x < x1:
        a = cam.project(x, z, 0)
        b = cam.project(x + w, z, h)
        c.rect(shade(color, 0.9 if int(x / w) % 2 else 1.0), a[0], b[1], b[0] - a[0] + 0.5, a[1] - b[1])
        c.stroke(shade(color, 0.7), [(a[0], b[1]), (a[0], a[1])], max(0.6, s * 0.03))
        x += w
    left, right = cam.project(x0, z, h), cam.project(x1, z, h)
    c.stroke(mix(color, WHITE, 0.25), [left, right], max(0.8, s * 0.06))


def floodlight(c: Canvas, x: float, y: float, h: float, glow_c: Color = (255, 230, 170)) -> None:
    c.stroke((60, 62, 66), [(x, y), (x, y - h)], max(1.0, h * 0.025))
    c.rect((70, 72, 76), x - h * 0.08, y - h - h * 0.04, h * 0.16, h * 0.06)
    c.glow(x, y - h + h * 0.02, h * 0.9, glow_c, a=120)
    c.circle((255, 246, 220), x, y - h + h * 0.02, h * 0.035)


def desk_phone(c: Canvas, x: float, y: float, w: float, body: Color = (58, 60, 64)) -> None:
    """Office desk telephone seen from the front, resting on a desk top at y; x = centre."""
    h = w * 0.42
    c.ellipse((0, 0, 0), x + w * 0.05, y + 2, w * 0.56, w * 0.06, a=60)
    c.poly(body, [(x - w / 2, y), (x + w / 2, y), (x + w * 0.42, y - h), (x - w * 0.42, y - h)])
    c.poly(mix(body, WHITE, 0.12), [(x - w * 0.42, y - h), (x + w * 0.42, y - h), (x + w * 0.36, y - h * 1.12),
                                    (x - w * 0.36, y - h * 1.12)])
    # keypad
    for r in range(3):
        for k in range(3):
            c.rect((200, 202, 204), x - w * 0.12 + k * w * 0.1, y - h * 0.82 + r * h * 0.22, w * 0.07, h * 0.14, radius=1)
    c.rect((120, 170, 150), x + w * 0.2, y - h * 0.8, w * 0.16, h * 0.3, radius=2)
    # handset in its cradle
    hs = spline([(x - w * 0.5, y - h * 0.95), (x - w * 0.44, y - h * 1.55), (x - w * 0.3, y - h * 1.62),
                 (x + w * 0.3, y - h * 1.62), (x + w * 0.44, y - h * 1.55), (x + w * 0.5, y - h * 0.95),
                 (x + w * 0.3, y - h * 0.95), (x + w * 0.26, y - h * 1.3), (x - w * 0.26, y - h * 1.3),
                 (x - w * 0.3, y - h * 0.95)], True, 6)
    c.poly(shade(body, 0.8), hs)
    c.stroke(mix(body, WHITE, 0.25), [(x - w * 0.3, y - h * 1.56), (x + w * 0.3, y - h * 1.56)], max(1.0, w * 0.02))
    # coiled cord
    cx0, cy0 = x - w * 0.5, y - h * 1.05
    pts = []
    for i in range(40):
        t = i / 39
        pts.append((cx0 - w * 0.1 - t * w * 0.22 + math.sin(t * 40) * w * 0.025, cy0 + t * h * 0.9 + math.cos(t * 40) * w * 0.02))
    c.stroke((40, 42, 46), pts, max(1.0, w * 0.018))


def scene_base() -> pygame.Surface:
    """A simple prefab company office in the evening: desk and phone, the base seen through the window."""
    rng = random.Random(7002)
    c = Canvas(BG_W, BG_H, SS_BG)
    vp = (800.0, 420.0)
    bx0, bx1, by0, by1 = 170.0, 1430.0, 80.0, 640.0         # back wall
    wall, ceiling, floor = (206, 202, 188), (224, 222, 214), (118, 122, 120)
    c.poly(ceiling, [(0, 0), (BG_W, 0), (bx1, by0), (bx0, by0)])
    c.grad_poly([(bx0, by1), (bx1, by1), (BG_W + 10, BG_H + 10), (-10, BG_H + 10)], [(0, shade(floor, 1.08)), (1, floor)])
    for k in range(1, 9):       # vinyl tiles converging on the vanishing point
        xb = bx0 + (bx1 - bx0) * k / 9
        c.stroke(shade(floor, 0.94), [(xb, by1), (vp[0] + (xb - vp[0]) * 2.2, BG_H + 10)], 1.5, a=120)
    c.grad_poly([(bx0, by0), (bx1, by0), (bx1, by1), (bx0, by1)], [(0, shade(wall, 1.02)), (1, shade(wall, 0.9))])
    for side, x_in in ((-1, bx0), (1, bx1)):
        x_out = 0 if side < 0 else BG_W
        c.grad_poly([(x_in, by0), (x_out, 0), (x_out, BG_H), (x_in, by1)], [(0, shade(wall, 0.86)), (1, shade(wall, 0.8))])
    for x in range(int(bx0) + 210, int(bx1), 210):             # prefab panel seams
        c.stroke(shade(wall, 0.9), [(x, by0), (x, by1)], 2)
    c.rect(shade(wall, 0.8), bx0, by1 - 14, bx1 - bx0, 14)          # skirting
    # fluorescent tube on the ceiling
    c.poly((246, 248, 244), [(640, 30), (960, 30), (950, 44), (650, 44)])
    c.glow(800, 60, 700, (236, 240, 236), a=60, ry=160)
    # -- the window, with the base outside in the evening ---------------------------------
    wx0, wx1, wy0, wy1 = 300.0, 1040.0, 140.0, 452.0
    c.push()
    c.rect((0, 0, 0), wx0, wy0, wx1 - wx0, wy1 - wy0)
    c.push()
    H = 372.0
    c.gradient(wx0, wy0, wx1 - wx0, H - wy0 + 4,
               [(0, (62, 80, 126)), (0.45, (132, 120, 150)), (0.8, (222, 150, 112)), (1, (242, 186, 120))])
    c.glow(900, H, 260, (255, 200, 130), a=120, ry=60)
    c.gradient(wx0, H, wx1 - wx0, wy1 - H, [(0, (96, 84, 80)), (1, (70, 62, 62))])
    out = Camera(horizon=H, f=900, height=3.6, cx=(wx0 + wx1) / 2)
    # distant hills and the perimeter wall
    for k in range(6):
        hx = wx0 + k * 140 + rng.uniform(-30, 30)
        c.ellipse((104, 86, 96), hx, H + 2, 120, 16)
    hesco_wall(c, out, -120, 120, 140, 2.4, (128, 108, 92))
    # rows of tents with lit doorways
    tent_c = (196, 196, 190)
    for k, (tx, tz) in enumerate(((-40, 104), (-27, 108), (-14, 112), (12, 110), (25, 106), (38, 102), (-2, 124))):
        f = Frame(tx, tz, 0.35)
        faces = gable_faces(f, 5, 8, 1.8, 3.0, tent_c, shade(tent_c, 0.95))
        res = draw_solid(c, out, faces, sun=(0.9, 0.35, 0.1), ambient=0.55, tint=((120, 100, 130), 0.3))
        if "front" in res:
            fr = res["front"]
            door = face_rect(fr[:3] + [fr[4]], 0.38, 0.0, 0.62, 0.7)
            c.poly((255, 206, 130), door)
            c.glow(*face_map(fr[:3] + [fr[4]], 0.5, 0.3), 24, (255, 200, 120), a=120)
        if "left" in res:
            lx, ly = face_map(res["left"], 0.5, 0.5)
            letters_un(c, lx - 7, ly - 5, 10, (60, 64, 74), 2.0)
    # armoured vehicles parked in a row
    for k, (vx, vz) in enumerate(((-25, 66), (-12, 68), (1, 70))):
        px, py = out.project(vx, vz)
        apc(c, px, py, out.scale(vz), facing=1, body=(214, 208, 204))
    # flag, floodlights and a watchtower
    fx, fy = out.project(22, 74)
    flag(c, fx, fy, 9 * out.scale(74), 2.2 * out.scale(74), 1.2)
    for lx, lz in ((-38, 80), (8, 96), (34, 66)):
        px, py = out.project(lx, lz)
        floodlight(c, px, py, 8 * out.scale(lz))
    tx, ty = out.project(-52, 130)
    s = out.scale(130)
    for u in (-1.4, 1.4):
        c.stroke((70, 66, 66), [(tx + u * s, ty), (tx + u * 0.7 * s, ty - 6 * s)], max(1.0, 0.15 * s))
    c.rect((96, 92, 88), tx - 1.6 * s, ty - 8 * s, 3.2 * s, 2.2 * s)
    c.poly((80, 76, 76), [(tx - 2 * s, ty - 8 * s), (tx + 2 * s, ty - 8 * s), (tx, ty - 9.2 * s)])
    c.glow(tx, ty - 7 * s, 3 * s, (255, 220, 160), a=90)
    c.pop(clip=True)
    c.pop()
    # window frame, sill and a half-raised blind
    frame = (190, 194, 196)
    c.stroke(frame, [(wx0, wy0), (wx1, wy0), (wx1, wy1), (wx0, wy1), (wx0, wy0)], 12)
    c.stroke(frame, [((wx0 + wx1) / 2, wy0), ((wx0 + wx1) / 2, wy1)], 9)
    c.stroke(shade(frame, 0.8), [(wx0 + 6, wy1 - 4), (wx1 - 6, wy1 - 4)], 3)
    c.rect(shade(wall, 1.06), wx0 - 22, wy1 + 4, wx1 - wx0 + 44, 14)
    c.rect(shade(wall, 0.8), wx0 - 22, wy1 + 16, wx1 - wx0 + 44, 5)
    blind = (232, 226, 208)
    c.rect(blind, wx0 + 6, wy0 + 6, wx1 - wx0 - 12, 56)
    for k in range(7):
        c.stroke(shade(blind, 0.88), [(wx0 + 6, wy0 + 12 + k * 8), (wx1 - 6, wy0 + 12 + k * 8)], 1.5)
    c.rect(shade(blind, 0.8), wx0 + 6, wy0 + 60, wx1 - wx0 - 12, 6)
    c.poly(WHITE, [(wx0 + 80, wy1 - 10), (wx0 + 170, wy0 + 70), (wx0 + 230, wy0 + 70), (wx0 + 140, wy1 - 10)], a=22)
    c.poly(WHITE, [(wx0 + 520, wy1 - 10), (wx0 + 600, wy0 + 70), (wx0 + 630, wy0 + 70), (wx0 + 550, wy1 - 10)], a=18)
    # noticeboard with a map and notes (no legible text), and a wall clock
    nb = (176, 140, 100)
    c.rect(shade(nb, 0.7), 1112, 176, 270, 250, radius=4)
    c.rect(nb, 1118, 182, 258, 238, radius=3)
    c.rect((226, 226, 206), 1136, 198, 150, 110)
    for k in range(5):
        c.stroke((150, 180, 200), quad_curve((1140, 210 + k * 22), (1200, 190 + k * 26), (1280, 214 + k * 20)), 2)
    c.stroke((190, 120, 80), [(1150, 290), (1190, 250), (1230, 262), (1270, 220)], 3)
    for px, py in ((1190, 250), (1230, 262)):
        c.circle((200, 60, 60), px, py, 4)
    for k, (nx, ny, col) in enumerate(((1300, 200, (250, 246, 230)), (1300, 270, (240, 226, 150)),
                                       (1140, 330, (250, 248, 240)), (1220, 330, (236, 242, 250)),
                                       (1300, 340, (250, 246, 230)))):
        c.rect(col, nx, ny, 62, 60, radius=2)
        for r in range(4):
            c.rect((170, 170, 176), nx + 8, ny + 12 + r * 11, 46 - (r % 2) * 14, 3)
        c.circle((200, 60, 60) if k % 2 else (60, 110, 180), nx + 31, ny + 4, 3.5)
    c.circle((60, 62, 66), 1250, 120, 30)
    c.circle((246, 246, 240), 1250, 120, 26)
    for k in range(12):
        a = k * math.pi / 6
        c.stroke((90, 90, 96), [(1250 + 21 * math.cos(a), 120 + 21 * math.sin(a)), (1250 + 24 * math.cos(a), 120 + 24 * math.sin(a))], 2)
    c.stroke((40, 40, 44), [(1250, 120), (1250 + 13 * math.cos(-2.6), 120 + 13 * math.sin(-2.6))], 3)   # ten to seven
    c.stroke((40, 40, 44), [(1250, 120), (1250, 98)], 2)
    # filing cabinet standing against the back wall, right of the desk
    cab = (150, 156, 160)
    c.glow(1265, 652, 110, (40, 36, 30), a=70, ry=14)
    c.poly(mix(cab, WHITE, 0.2), [(1204, 452), (1326, 452), (1318, 440), (1210, 440)])
    c.rect(cab, 1204, 452, 122, 200)
    c.rect(shade(cab, 0.85), 1204, 452, 122, 200, a=0)
    for k in range(3):
        y = 462 + k * 62
        c.rect(shade(cab, 0.92), 1212, y, 106, 54)
        c.rect((214, 214, 212), 1250, y + 10, 30, 7, radius=2)
        c.rect((236, 236, 230), 1254, y + 24, 22, 10)
    # -- the desk, with lamp, phone, files and a small UN desk flag ---------------------------
    dx0, dx1, dtop, dfront = 240.0, 1160.0, 522.0, 560.0
    wood = (150, 118, 84)
    c.glow((dx0 + dx1) / 2, 690, 560, (40, 36, 30), a=60, ry=40)
    c.poly(mix(wood, WHITE, 0.12), [(dx0 + 20, dtop), (dx1 - 20, dtop), (dx1, dfront), (dx0, dfront)])
    c.rect(shade(wood, 0.86), dx0, dfront, dx1 - dx0, 16)
    c.rect(shade(wood, 0.72), dx0 + 14, dfront + 16, dx1 - dx0 - 28, 120)
    c.rect(shade(wood, 0.65), dx0 + 14, dfront + 16, dx1 - dx0 - 28, 10, a=160)
    for lx in (dx0 + 14, dx1 - 40):
        c.rect(shade(wood, 0.62), lx, dfront + 16, 26, 150)
    # desk lamp (left) pooling warm light on the desk
    c.glow(380, 528, 260, (255, 214, 150), a=150, ry=70)
    c.glow(360, 470, 170, (255, 226, 170), a=50)
    c.ellipse((60, 62, 64), 330, 536, 36, 8)
    c.stroke((70, 72, 74), [(330, 532), (312, 468), (356, 440)], 6)
    c.poly((58, 96, 82), [(340, 432), (372, 426), (398, 470), (362, 480)])
    c.poly(shade((58, 96, 82), 0.7), [(362, 480), (398, 470), (394, 476), (366, 486)])
    c.glow(380, 478, 34, (255, 240, 200), a=220)
    # files and papers
    for k, (px, col) in enumerate(((560, (60, 100, 150)), (570, (200, 170, 80)), (565, (150, 80, 70)))):
        c.poly(shade(col, 0.8), [(px, 548 - k * 9), (px + 150, 548 - k * 9), (px + 140, 538 - k * 9), (px + 8, 538 - k * 9)])
        c.rect(col, px, 548 - k * 9, 150, 6)
    c.poly((248, 248, 242), [(740, 552), (850, 552), (836, 530), (752, 530)])
    for r in range(4):
        c.stroke((180, 184, 192), [(760 + r * 2, 534 + r * 4), (830 - r * 2, 534 + r * 4)], 1.5)
    c.stroke((40, 60, 120), [(790, 550), (836, 544)], 3)
    desk_phone(c, 960, 550, 118)
    c.rect((240, 240, 236), 1070, 520, 26, 30, radius=4)      # a mug
    c.stroke((240, 240, 236), ellipse_pts(1100, 534, 8, 8, n=16, a0=-1.6, a1=1.6), 4)
    # small desk flag
    c.rect((60, 62, 66), 1110, 540, 30, 8, radius=2)
    c.stroke((120, 120, 120), [(1125, 540), (1125, 470)], 2.5)
    c.poly(UN_BLUE, [(1126, 472), (1170, 476), (1168, 504), (1126, 500)])
    un_emblem(c, 1147, 488, 9, WHITE)
    return c.finish()


def scene_womens_space() -> pygame.Surface:
    """Entrance to a women's safe space: reed-fenced courtyard, a tarpaulin shelter, a painted sign."""
    rng = random.Random(7003)
    H = 420
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (140, 180, 214)), (0.6, (196, 214, 222)), (1.0, (236, 228, 206))], H)
    c.glow(1200, 140, 420, (255, 248, 228), a=80)
    for wx, wy, ww in ((420, 120, 420), (1150, 230, 280)):
        wisp(c, wx, wy, ww, (252, 250, 244), 70)
    hills(c, rng, H + 2, 12, (196, 188, 174), freqs=(0.5, 1.5, 3.9))
    ground(c, H, [(0, (222, 200, 160)), (0.3, (216, 192, 150)), (1, (208, 182, 140))])
    cam = Camera(horizon=H, f=1300, height=1.7)
    haze = (226, 218, 202)
    distant_camp(c, rng, cam, 160, -110, 110, [(236, 236, 230), (200, 186, 160), (150, 170, 190)], haze, 0.45)
    distant_camp(c, rng, cam, 90, -60, 60, [(236, 236, 230), (200, 186, 160), (150, 170, 190)], haze, 0.3)
    # inside the courtyard: a neem tree and the tarp shelter, rising above the fence
    tx, ty = cam.project(7.5, 27)
    shade_tree(c, tx, ty, 6.5 * cam.scale(27), 8.5 * cam.scale(27), rng, (104, 80, 60), (84, 112, 70), (132, 158, 98))
    # a reed fence with an entrance gap; the courtyard is seen through it
    fa, fb = (-16.0, 11.0), (16.0, 13.5)
    gap = (0.36, 0.43)

    def on_fence(t: float) -> tuple[float, float]:
        return (fa[0] + (fb[0] - fa[0]) * t, fa[1] + (fb[1] - fa[1]) * t)

    # what shows through the entrance: shelter, a mat, women sitting together, a jerrycan
    c.push()
    g0, g1 = cam.project(*on_fence(gap[0]), 0.0), cam.project(*on_fence(gap[1]), 0.0)
    t0, t1 = cam.project(*on_fence(gap[0]), 2.2), cam.project(*on_fence(gap[1]), 2.2)
    c.poly((0, 0, 0), [g0, g1, t1, t0])
    c.push()
    c.rect(shade((196, 170, 118), 0.8), 0, 0, BG_W, H + 2)      # the far side of the courtyard fence
    ground(c, H, [(0, (212, 188, 146)), (1, (200, 174, 132))])
    c.glow((g0[0] + g1[0]) / 2, g0[1] - 60, 220, (150, 120, 90), a=60, ry=40)
    mx, my = cam.project(-4.0, 19.0)
    c.poly((170, 80, 70), [(mx - 150, my), (mx + 130, my), (mx + 110, my - 24), (mx - 130, my - 24)])
    for k in range(6):
        c.stroke((210, 170, 90), [(mx - 140 + k * 48, my - 2), (mx - 120 + k * 44, my - 22)], 3)
    for sx, sz, k in ((-5.2, 19.6, 0), (-3.9, 20.2, 1), (-2.8, 19.4, 2)):
        px, py = cam.project(sx, sz)
        top, wrap, tie = WRAPPERS[(k * 3 + 1) % len(WRAPPERS)]
        seated(c, px, py, 1.62 * cam.scale(sz), Figure(top, wrap, SKINS[k], head=tie, tie=True, wrap=wrap))
    jerrycan(c, *cam.project(-1.6, 18.0), 0.45 * cam.scale(18), (214, 172, 64))
    c.pop(clip=True)
    c.pop()
    tarp_shelter(c, cam, -3.0, 16.0, -0.05, 8.0, 6.0, 2.5, 3.4, tarp=(78, 132, 186))
    reed_fence(c, cam, fa, fb, rng, 2.1, gap=gap)
    # the entrance: a lintel pole and a cloth curtain drawn to one side
    (ax, az), (bx, bz) = on_fence(gap[0]), on_fence(gap[1])
    pa, pb = cam.project(ax, az, 2.35), cam.project(bx, bz, 2.35)
    c.stroke((110, 84, 60), [pa, pb], max(2.0, cam.scale(az) * 0.1))
    cur = (196, 120, 80)
    ga, gb = cam.project(ax, az, 0.0), cam.project(bx, bz, 0.0)
    curtain = [pa, (pa[0] + (pb[0] - pa[0]) * 0.34, pa[1] + 2), (ga[0] + (gb[0] - ga[0]) * 0.16, ga[1] - 6), (ga[0], ga[1])]
    c.poly(cur, curtain)
    for k in (0.3, 0.6):
        c.stroke(shade(cur, 0.8), [(pa[0] + (pb[0] - pa[0]) * 0.34 * k, pa[1] + 4),
                                   (ga[0] + (gb[0] - ga[0]) * 0.16 * k, ga[1] - 8)], 3)
    c.stroke((236, 200, 120), [(pa[0], pa[1] + 40), (pa[0] + (pb[0] - pa[0]) * 0.3, pa[1] + 42)], 4)
    # the hand-painted sign beside the entrance, and a row of stones along the path
    sx, sz = on_fence(0.5)
    px, py = cam.project(sx + 0.2, sz - 1.2)
    painted_sign(c, px, py, cam.scale(sz - 1.2))
    mid = (ax + bx) / 2
    path = [(mid + (mid * 0.2 - mid) * k / 10, az - 0.2 - (az - 2.5) * k / 10) for k in range(11)]
    c.poly((234, 216, 180), road_polygon(cam, path, 1.7), a=110)     # the swept path, plain for the text panel
    for k in range(1, 5):       # a few whitewashed stones marking the path near the entrance
        for side in (-1, 1):
            px_, pz_ = path[k]
            qx, qy = cam.project(px_ + side * 1.0, pz_)
            r = 0.1 * cam.scale(pz_)
            c.ellipse((186, 170, 150), qx + r * 0.2, qy + r * 0.2, r * 1.4, r * 0.7)
            c.ellipse((236, 226, 210), qx, qy, r * 1.3, r * 0.6)
    # a bench along the fence and a clay water jar with a cup, for anyone waiting
    qx, qy = cam.project(2.6, 12.3)
    s = cam.scale(12.4)
    c.ellipse((150, 120, 90), qx + 1.2 * s, qy + 0.05 * s, 1.8 * s, 0.16 * s, a=60)
    bench(c, qx, qy - 0.45 * s, 2.4 * s, 0.45 * s, (150, 116, 84))
    jx, jy = cam.project(6.2, 12.5)
    s = cam.scale(12.6)
    c.ellipse((120, 90, 70), jx, jy, 0.45 * s, 0.08 * s, a=80)
    c.ellipse((170, 96, 64), jx, jy - 0.32 * s, 0.36 * s, 0.34 * s)
    c.ellipse(mix((170, 96, 64), WHITE, 0.2), jx - 0.1 * s, jy - 0.42 * s, 0.12 * s, 0.16 * s, a=120)
    c.ellipse((130, 72, 50), jx, jy - 0.64 * s, 0.2 * s, 0.05 * s)
    c.rect((200, 200, 196), jx - 0.26 * s, jy - 0.72 * s, 0.52 * s, 0.05 * s, radius=0.02 * s)
    c.rect((90, 140, 190), jx + 0.32 * s, jy - 0.2 * s, 0.14 * s, 0.2 * s, radius=0.03 * s)
    # potted plants either side of the entrance
    for x in (ax - 0.9, bx + 0.9):
        qx, qy = cam.project(x, az - 0.8)
        s = cam.scale(az - 0.8)
        c.rect((170, 104, 80), qx - 0.22 * s, qy - 0.4 * s, 0.44 * s, 0.4 * s, radius=0.05 * s)
        bush(c, qx, qy - 0.38 * s, 0.4 * s, rng, (88, 124, 74), (116, 150, 90))
    return c.finish()
