"""Compound, tent interior and the neutral fallback."""
from __future__ import annotations

import random

import pygame

from .buildings import veranda_building, water_tower
from .core import BG_H, BG_W, Canvas, Point, SS_BG, WHITE, mix, shade
from .emblems import ngo_logo
from .land import cloud, ridge_points, sky
from .plants import acacia, bush, shade_tree
from .props import bench, folding_table, jerrycan, meeting_table
from .vehicles import land_cruiser


def scene_ngo_compound() -> pygame.Surface:
    rng = random.Random(4004)
    c = Canvas(BG_W, BG_H, SS_BG)
    sky(c, [(0, (146, 188, 216)), (1.0, (224, 230, 222))], 420)
    c.glow(300, 120, 500, (255, 246, 226), a=90)
    cloud(c, 1120, 120, 260, rng, (250, 250, 248), (220, 228, 234), 200)
    cloud(c, 420, 200, 170, rng, (250, 250, 248), (220, 228, 234), 180)
    # trees beyond the wall
    for _ in range(16):
        x = rng.uniform(-40, 1640)
        r = rng.uniform(40, 80)
        c.circle((150, 164, 132), x, 380 - r * 0.5, r)
    ground_top = 470
    # compound wall
    wall = (220, 204, 172)
    c.rect(wall, 0, 380, BG_W, ground_top - 380 + 10)
    c.rect(mix(wall, WHITE, 0.3), 0, 372, BG_W, 12)
    for px in range(0, BG_W + 1, 200):
        c.rect(shade(wall, 0.94), px - 12, 366, 24, ground_top - 366 + 10)
        c.rect(mix(wall, WHITE, 0.3), px - 15, 360, 30, 10)
    c.gradient(0, ground_top, BG_W, BG_H - ground_top, [(0, (218, 196, 156)), (0.4, (212, 188, 146)), (1, (202, 176, 134))])
    # right-hand office block
    c.rect((206, 198, 184), 1220, 330, 380, 210)
    c.rect(mix((206, 198, 184), WHITE, 0.3), 1210, 318, 400, 16)
    c.rect((86, 118, 124), 1300, 390, 66, 150)
    c.rect(shade((206, 198, 184), 0.55), 1420, 400, 110, 70)
    for k in range(1, 5):
        c.stroke((180, 172, 160), [(1420 + k * 22, 400), (1420 + k * 22, 470)], 2)
    # main building with veranda
    veranda_building(c, 330, 1150, 300, 520, (236, 226, 204))
    ngo_logo(c, 740, 268, 22, (64, 126, 120), (236, 236, 230))
    # water tower with jerrycans
    water_tower(c, 60, 560, 190, 300)
    for k, col in enumerate(((214, 172, 64), (196, 156, 56), (90, 140, 190))):
        jerrycan(c, 110 + k * 34, 572, 40, col)
    # shade tree with the meeting table beneath
    c.glow(640, 624, 380, (90, 72, 50), a=150, ry=52)
    shade_tree(c, 600, 612, 440, 600, rng, (104, 80, 60), (84, 112, 70), (132, 158, 98))
    meeting_table(c, 510, 562, 260)
    # potted plants by the veranda
    for px in (380, 1100):
        c.rect((170, 104, 80), px - 18, 500, 36, 30, radius=4)
        bush(c, px, 500, 30, rng, (88, 124, 74), (116, 150, 90))
    # white 4x4 parked on the right
    land_cruiser(c, 1330, 652, 78, facing=-1)
    return c.finish()


# -- search tent --------------------------------------------------------------------

def scene_search_tent() -> pygame.Surface:
    rng = random.Random(5005)
    c = Canvas(BG_W, BG_H, SS_BG)
    vp = (800.0, 430.0)
    bl, br, top_y, floor_y, ridge_y = 430.0, 1170.0, 300.0, 590.0, 190.0
    k_near = 3.4  # extends past the image edges

    def wall_pt(side: int, k: float, v: float) -> Point:
        """Point on a side wall at depth factor k (1 = back, larger = nearer), v 0 = floor .. 1 = eave."""
        x = vp[0] + side * (br - vp[0]) * k
        yb = vp[1] + (floor_y - vp[1]) * k
        yt = vp[1] + (top_y - vp[1]) * k
        return (x, yb + (yt - yb) * v)

    def roof_pt(side: int, k: float, u: float) -> Point:
        """Point on a roof slope at depth k, u 0 = eave .. 1 = ridge."""
        ex, ey = wall_pt(side, k, 1.0)
        rx, ry = vp[0], vp[1] + (ridge_y - vp[1]) * k
        return (ex + (rx - ex) * u, ey + (ry - ey) * u)

    canvas_c = (222, 208, 180)
    # floor (ground sheet)
    c.grad_poly([wall_pt(-1, k_near, 0), (bl, floor_y), (br, floor_y), wall_pt(1, k_near, 0),
                 (BG_W + 400, BG_H + 10), (-400, BG_H + 10)], [(0, (150, 150, 134)), (1, (126, 128, 114))], floor_y, BG_H)
    # back wall
    c.grad_poly([(bl, floor_y), (bl, top_y), (vp[0], ridge_y), (br, top_y), (br, floor_y)],
                [(0, mix(canvas_c, WHITE, 0.2)), (1, shade(canvas_c, 0.94))], ridge_y, floor_y)
    for k in range(1, 6):
        x = bl + (br - bl) * k / 6
        ytop = top_y + (ridge_y - top_y) * (1 - abs(x - vp[0]) / (vp[0] - bl))
        c.stroke(shade(canvas_c, 0.9), [(x, floor_y), (x, ytop)], 2.5)
    # soft shadow where the walls meet the floor
    c.glow(vp[0], floor_y, 520, (90, 84, 70), a=50, ry=26)
    for k in range(1, 5):
        for side in (-1, 1):
            c.stroke(shade((150, 150, 134), 0.93), [(vp[0] + side * (br - vp[0]) * k / 5, floor_y),
                                                    (vp[0] + side * (br - vp[0]) * k / 5 * 3.4, BG_H + 400)], 2, a=120)
    # side walls
    for side in (-1, 1):
        c.grad_poly([wall_pt(side, 1, 0), wall_pt(side, 1, 1), wall_pt(side, k_near, 1), wall_pt(side, k_near, 0)],
                    [(0, shade(canvas_c, 0.92)), (1, shade(canvas_c, 0.84))], 140, 780)
        for k in (1.3, 1.65, 2.0):
            c.stroke(shade(canvas_c, 0.8), [wall_pt(side, k, 0), wall_pt(side, k, 1)], 3)
    # mesh window with a rolled-up flap on the left wall
    wa, wb = 1.45, 1.8
    win = [wall_pt(-1, wa, 0.42), wall_pt(-1, wa, 0.78), wall_pt(-1, wb, 0.78), wall_pt(-1, wb, 0.42)]
    c.poly((232, 236, 230), win)
    c.poly((150, 156, 150), win, a=90)
    for t in (0.2, 0.4, 0.6, 0.8):
        top_p = (win[1][0] + (win[2][0] - win[1][0]) * t, win[1][1] + (win[2][1] - win[1][1]) * t)
        bot_p = (win[0][0] + (win[3][0] - win[0][0]) * t, win[0][1] + (win[3][1] - win[0][1]) * t)
        c.stroke((160, 164, 158), [top_p, bot_p], 1.2, a=150)
    c.stroke(shade(canvas_c, 0.85), [wall_pt(-1, wa - 0.02, 0.8), wall_pt(-1, wb + 0.02, 0.8)], 16)
    c.glow(*wall_pt(-1, (wa + wb) / 2, 0.6), 220, (255, 246, 220), a=60)
    # roof slopes, lit from outside
    for side in (-1, 1):
        c.grad_poly([roof_pt(side, 1, 0), roof_pt(side, 1, 1), roof_pt(side, k_near, 1), roof_pt(side, k_near, 0)],
                    [(0, mix(canvas_c, WHITE, 0.45)), (1, mix(canvas_c, WHITE, 0.2))], -100, 310)
        for u in (0.33, 0.66):
            c.stroke(shade(canvas_c, 0.9), [roof_pt(side, 1, u), roof_pt(side, k_near, u)], 2.5)
    # frame: corner poles, eaves and ridge
    pole = (150, 150, 146)
    for x in (bl, br):
        c.stroke(pole, [(x, floor_y), (x, top_y)], 7)
    c.stroke(pole, [(bl, top_y), (vp[0], ridge_y), (br, top_y)], 6)
    for side in (-1, 1):
        c.stroke(pole, [wall_pt(side, 1, 1), wall_pt(side, k_near, 1)], 8)
    c.stroke(pole, [(vp[0], ridge_y), (vp[0], -100)], 9)
    # open doorway in the right wall with daylight beyond
    k0, k1 = 1.22, 1.55
    door = [wall_pt(1, k0, 0), wall_pt(1, k0, 0.8), wall_pt(1, k1, 0.8), wall_pt(1, k1, 0)]
    c.grad_poly(door, [(0, (206, 224, 234)), (0.55, (236, 232, 214)), (0.62, (214, 192, 150)), (1, (204, 180, 138))])
    ax, ay = wall_pt(1, k0, 0.2)
    bx, by = wall_pt(1, k1, 0.2)
    acacia(c, (ax + bx) / 2 + 10, (ay + by) / 2 - 40, 70, 90, rng, (130, 110, 90), (150, 156, 114), (168, 170, 126))
    roll_a, roll_b = wall_pt(1, k0, 0.82), wall_pt(1, k1, 0.82)
    c.stroke(shade(canvas_c, 0.82), [roll_a, roll_b], 22)
    c.stroke(mix(canvas_c, WHITE, 0.2), [(roll_a[0], roll_a[1] - 4), (roll_b[0], roll_b[1] - 5)], 8)
    # sunlight falling through the doorway onto the floor
    fa, fb = wall_pt(1, k0, 0), wall_pt(1, k1, 0)
    c.glow((fa[0] + fb[0]) / 2 - 120, (fa[1] + fb[1]) / 2 + 20, 330, (255, 238, 200), a=80, ry=70)
    c.glow((fa[0] + fb[0]) / 2 - 40, (fa[1] + fb[1]) / 2, 160, (255, 244, 214), a=70, ry=40)
    # hanging lamp and soft light
    c.stroke((90, 90, 90), [(vp[0], ridge_y - 40), (vp[0], 262)], 2)
    c.poly((236, 234, 220), [(vp[0] - 26, 282), (vp[0] + 26, 282), (vp[0] + 12, 262), (vp[0] - 12, 262)])
    c.glow(vp[0], 290, 520, (255, 236, 190), a=110)
    c.circle((255, 250, 226), vp[0], 284, 7)
    # mat on the floor and the privacy screen (three hinged panels)
    c.poly((120, 140, 150), [(820, 600), (1150, 600), (1190, 640), (780, 640)], a=120)
    frame = (140, 146, 150)
    fabric = (184, 204, 214)
    for i, px in enumerate((850, 960, 1070)):
        w = 108
        # alternate panels fold away from the viewer, so their top and bottom edges tilt
        tilt = 14 if i == 1 else 0
        pts = [(px, 628 - tilt * 0.4), (px, 360 + tilt), (px + w, 360 + (0 if i == 1 else 14)),
               (px + w, 628 - (0 if i == 1 else 6))]
        col = fabric if i != 1 else shade(fabric, 0.9)
        c.grad_poly(pts, [(0, mix(col, WHITE, 0.25)), (1, shade(col, 0.92))])
        c.stroke(frame, pts + [pts[0]], 6)
        for q in (pts[0], pts[3]):
            c.circle((70, 70, 74), q[0], q[1] + 8, 6)
    # folding chair behind the table
    c.stroke((110, 114, 118), [(560, 470), (560, 540)], 5)
    c.stroke((110, 114, 118), [(620, 470), (620, 540)], 5)
    c.rect((90, 100, 110), 556, 462, 68, 34, radius=6)
    # search table with tray, clipboard, gloves box and water bottle
    c.ellipse((60, 60, 50), 570, 668, 220, 16, a=60)
    folding_table(c, 400, 540, 340, 70, 120, (232, 232, 228))
    c.poly((130, 138, 146), [(440, 534), (560, 534), (580, 512), (462, 512)])
    c.poly((160, 168, 176), [(448, 530), (552, 530), (568, 514), (466, 514)])
    c.poly((120, 100, 80), [(600, 530), (660, 530), (670, 508), (612, 508)])
    c.poly(WHITE, [(606, 526), (654, 526), (662, 510), (616, 510)])
    c.rect((74, 130, 190), 680, 500, 40, 30, radius=3)
    c.rect(WHITE, 690, 503, 20, 6, radius=2)
    c.rect((150, 196, 224), 726, 486, 14, 44, radius=5)
    c.rect((60, 110, 170), 728, 480, 10, 8, radius=2)
    # wooden bench along the left side
    c.ellipse((60, 60, 50), 250, 690, 190, 14, a=60)
    bench(c, 90, 640, 320, 50, (150, 116, 84))
    jerrycan(c, 440, 690, 50, (110, 160, 204))
    return c.finish()


# -- fallback -------------------------------------------------------------------------

def scene_fallback() -> pygame.Surface:
    rng = random.Random(6006)
    c = Canvas(BG_W, BG_H, SS_BG)
    c.gradient(0, 0, BG_W, BG_H, [(0, (96, 146, 206)), (0.55, (84, 112, 146)), (1, (56, 66, 80))])
    c.glow(1150, 260, 900, (170, 206, 240), a=70)
    layers = [(590, 70, (86, 110, 138), 70), (680, 50, (66, 82, 102), 120)]
    for base, amp, col, a in layers:
        pts = ridge_points(rng, base, amp, freqs=(0.45, 1.1, 2.6))
        c.poly(col, pts + [(BG_W + 20, BG_H + 10), (-20, BG_H + 10)], a=a)
        c.stroke(mix(col, WHITE, 0.35), pts, 2.0, a=70)
    return c.finish()
