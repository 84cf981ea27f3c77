"""Portrait geometry (Look, Geo) and the face: skin, eyes, brows, nose, mouth, hair, beards."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Sequence

from .core import Canvas, Color, PORTRAIT, Point, WHITE, ellipse_pts, mirror, mix, quad_curve, shade, spline


@dataclass
class Look:
    """Everything that distinguishes one portrait from another."""
    skin: Color
    bg: Color
    clothes: str                 # see clothes.CLOTHES (shirt / camo / tshirt / robe / vest / ...)
    cloth: Color
    cloth2: Color
    hair: Color = (28, 22, 20)
    female: bool = False
    age: str = "adult"           # young / adult / old
    mood: str = "calm"           # warm / calm / neutral / earnest / tense / stern
    hair_style: str = "short"    # short / bob / bun / none
    head: str = "none"           # none or a key of headwear.HEADWEAR
    head_color: Color = (60, 60, 60)
    head_accent: Color = (200, 172, 96)  # badge / trim / second colour of newer headwear
    beard: str = "none"          # none / full / short / stubble / mustache
    beard_color: Color = (30, 24, 20)
    glasses: bool = False
    lanyard: Color | None = None
    badge: str | None = None     # id / un
    earrings: bool = False
    necklace: bool = False
    gaze: float = 0.0            # -1 (looks left) .. 1 (looks right)
    head_w: float = 76
    head_h: float = 98
    jaw: float = 1.0
    # optional extras (the defaults draw nothing extra)
    eyes: str = "open"           # open / lowered / tired
    build: float = 1.0           # shoulder width factor (0.9 = slight build)
    hairline: float | None = None  # higher for receding hair (default by age)
    lean: bool = False           # hollow cheeks
    wet: bool = False            # soaked: droplets on the skin, sheen on hair and cloth
    hold: str | None = None      # clipboard / notebook / phone / radio, held at the chest
    hold_color: Color = (120, 96, 70)
    baby: Color | None = None    # colour of the cloth tying a sleeping baby on the back
    binoculars: bool = False
    insignia: str | None = None  # police / officer: chest badge or rank tab
    un_patch: bool = True        # UN shoulder patch on camouflage
    logo: str = "ngo"            # vest logo: ngo / un / white (the ngo leaf in white)
    headset: bool = False        # radio headset with a boom microphone
    medic: bool = False          # first-aid patch on the right sleeve
    worn: bool = False           # a mended patch and a frayed collar on old clothes


@dataclass
class Geo:
    """Face geometry in portrait pixels."""
    cx: float
    cy: float
    w: float                     # half-width of the head
    h: float                     # half-height of the head
    jaw: float
    neck: float                  # half-width of the neck
    shoulders: float             # half-width of the shoulders

    def p(self, u: float, v: float) -> Point:
        """Point in head units: u across (-1..1), v down (-1 top .. 1 chin)."""
        return (self.cx + u * self.w, self.cy + v * self.h)

    def pts(self, uv: Sequence[Point]) -> list[Point]:
        return [self.p(u, v) for u, v in uv]

    @property
    def eye_y(self) -> float:
        return self.cy + 0.02 * self.h

    @property
    def collar_y(self) -> float:
        return 382.0


def make_geo(look: Look) -> Geo:
    w, h = look.head_w, look.head_h
    return Geo(cx=PORTRAIT / 2, cy=234, w=w, h=h, jaw=look.jaw,
               neck=w * (0.42 if look.female else 0.5),
               shoulders=(152 if look.female else 174) * look.build)


def face_outline(g: Geo) -> list[Point]:
    j = g.jaw
    half = [(0, -1.0), (0.56, -0.93), (0.88, -0.68), (1.0, -0.3), (1.0, 0.05),
            (0.96 * (0.9 + 0.1 * j), 0.34), (0.85 * j, 0.6), (0.62 * j, 0.84),
            (0.3, 0.98), (0, 1.0)]
    return spline(mirror(g.pts(half), g.cx), True, 8)


def skin_tones(skin: Color) -> dict[str, Color]:
    return {
        "base": skin,
        "shadow": mix(shade(skin, 0.84), (90, 40, 60), 0.06),
        "deep": shade(skin, 0.72),
        "neck": shade(skin, 0.86),
        "light": mix(skin, (255, 240, 225), 0.14),
        "lip": mix(shade(skin, 0.78), (150, 60, 70), 0.22),
        "line": shade(skin, 0.6),
    }


# -- head -------------------------------------------------------------------

def draw_ears(c: Canvas, g: Geo, look: Look) -> None:
    t = skin_tones(look.skin)
    for s in (-1, 1):
        x, y = g.p(s * 0.97, 0.13)
        c.ellipse(t["base"], x, y, g.w * 0.16, g.h * 0.26)
        c.ellipse(t["shadow"], x + s * 2, y + 1, g.w * 0.09, g.h * 0.17)
        c.ellipse(t["base"], x - s * 1, y + 5, g.w * 0.05, g.h * 0.1)


def draw_face_base(c: Canvas, g: Geo, look: Look) -> None:
    t = skin_tones(look.skin)
    c.poly(t["base"], face_outline(g))
    # shading, clipped to the face (and ears) on this layer
    c.push()
    c.ellipse(t["shadow"], *g.p(1.2, 0.12), g.w * 0.62, g.h * 1.25)
    c.ellipse(t["shadow"], *g.p(0, 1.02), g.w * 0.7, g.h * 0.12)
    c.pop(a=150, clip=True)
    c.push()
    c.glow(*g.p(-0.42, 0.22), g.w * 0.45, t["light"], ry=g.h * 0.3)
    c.glow(*g.p(-0.2, -0.55), g.w * 0.6, t["light"], ry=g.h * 0.28)
    blush = mix(t["base"], (200, 90, 90), 0.3)
    c.glow(*g.p(-0.5, 0.36), g.w * 0.3, blush, a=120, ry=g.h * 0.14)
    c.glow(*g.p(0.5, 0.36), g.w * 0.3, blush, a=90, ry=g.h * 0.14)
    c.pop(a=200, clip=True)
    if look.lean:               # hollow below the cheekbones
        c.push()
        for s in (-1, 1):
            c.glow(*g.p(s * 0.62, 0.5), g.w * 0.3, t["deep"], ry=g.h * 0.2)
        c.pop(a=110, clip=True)


def eye_shape(ex: float, ey: float, ew: float, eh_top: float, eh_bot: float, s: int) -> tuple[list[Point], list[Point]]:
    """Upper and lower lid curves of an almond eye (inner corner first)."""
    inner, outer = (ex - s * ew, ey + 1), (ex + s * ew, ey - 0.6)
    top = spline([inner, (ex - s * ew * 0.35, ey - eh_top), (ex + s * ew * 0.4, ey - eh_top * 0.92), outer], False, 8)
    bot = spline([outer, (ex + s * ew * 0.35, ey + eh_bot), (ex - s * ew * 0.35, ey + eh_bot * 0.9), inner], False, 8)
    return top, bot


def draw_eye(c: Canvas, g: Geo, look: Look, s: int) -> None:
    t = skin_tones(look.skin)
    ex, ey = g.cx + s * 0.4 * g.w, g.eye_y
    ew = g.w * 0.18
    eh_top = {"tense": 7.0, "stern": 4.6}.get(look.mood, 6.0)
    eh_bot = 4.4 if look.age != "old" else 3.8
    iy = ey - 0.4                # iris centre
    if look.eyes == "lowered":   # looking down: the upper lid covers most of the iris
        eh_top, eh_bot, iy = 0.9, 3.4, ey + 3.9
    elif look.eyes == "tired":
        eh_top = min(eh_top, 4.8)
    top, bot = eye_shape(ex, ey, ew, eh_top, eh_bot, s)
    # soft socket shadow and lid crease
    c.ellipse(t["shadow"], ex, ey - 4, ew * 1.3, 9, a=90)
    crease = [(x, y - (7.0 if look.eyes == "lowered" else 5.5)) for x, y in top[3:-2]]
    c.stroke(t["line"], crease, 1.6, a=90)
    if look.eyes == "tired":     # soft bags under the eyes
        c.ellipse(t["shadow"], ex + s * 1, ey + 8, ew * 0.95, 5, a=110)
        c.stroke(t["line"], [(x, y + 5.5) for x, y in bot[3:-3]], 1.2, a=100)
    c.push()
    c.poly((238, 232, 224), top + bot)
    c.push()
    ix = ex + look.gaze * ew * 0.32
    c.circle((66, 44, 32), ix, iy, 6.6)
    c.circle((92, 62, 44), ix, iy + 1.0, 4.8)
    c.circle((24, 18, 16), ix, iy + 0.2, 3.2)
    if look.eyes != "lowered":
        c.circle((250, 250, 250), ix - 2.2, iy - 2.2, 1.6)
    c.ellipse((0, 0, 0), ex, ey - eh_top - 2, ew * 1.2, 4, a=40)
    c.pop(clip=True)
    c.pop()
    lid = (34, 24, 20)
    c.stroke(lid, top, 3.0 if look.female else 2.4)
    if look.eyes == "lowered":  # lashes pointing down from the lowered lid
        for x, y in top[4:-3:2]:
            c.stroke(lid, [(x, y), (x - s * 0.8, y + 2.6)], 1.3)
    if look.female:
        x, y = top[-1]
        if look.eyes == "lowered":
            c.stroke(lid, [(x, y), (x + s * 4.0, y + 1.2)], 2.2)
        else:
            c.stroke(lid, [(x, y), (x + s * 4.5, y - 3.2)], 2.2)
    c.stroke(t["line"], bot[2:-2], 1.1, a=120)
    if look.age == "old":
        c.stroke(t["line"], [(x, y + 4.5) for x, y in bot[2:-3]], 1.2, a=110)
        for k in range(2):
            ox, oy = ex + s * (ew + 4), ey + 1 + k * 5
            c.stroke(t["line"], [(ox, oy), (ox + s * 7, oy + (k * 4 - 2))], 1.2, a=100)


def draw_brow(c: Canvas, g: Geo, look: Look, s: int) -> None:
    by = g.eye_y - 0.19 * g.h
    mood_inner = {"tense": -3.5, "stern": 3.2, "warm": -1.0, "earnest": -2.6, "focused": 1.6}.get(look.mood, 0.0)
    if look.eyes == "lowered":
        mood_inner -= 1.5
        by += 1.5
    inner_x = g.cx + s * g.w * (0.15 if look.mood in ("tense", "stern") else 0.17)
    thick = 3.4 if look.female else 5.2
    arch = 5.0 if look.female else 3.2
    if look.mood == "stern":
        arch = 1.4
    inner = (inner_x, by + 2 + mood_inner)
    peak = (g.cx + s * g.w * 0.44, by - arch)
    outer = (g.cx + s * g.w * 0.66, by + 3)
    top = spline([inner, (peak[0], peak[1] - thick * 0.45), outer], False, 8)
    bot = spline([outer, (peak[0], peak[1] + thick * 0.55), (inner[0], inner[1] + thick)], False, 8)
    color = look.beard_color if look.age == "old" else mix(look.hair, (0, 0, 0), 0.1)
    c.poly(color, top + bot)


def draw_furrow(c: Canvas, g: Geo, look: Look) -> None:
    """Small vertical lines between the brows for tense or stern faces."""
    if look.mood not in ("tense", "stern"):
        return
    t = skin_tones(look.skin)
    by = g.eye_y - 0.17 * g.h
    for s in (-1, 1):
        c.stroke(t["line"], [(g.cx + s * 4, by - 4), (g.cx + s * 5.5, by + 6)], 1.6, a=130)


def draw_nose(c: Canvas, g: Geo, look: Look) -> None:
    t = skin_tones(look.skin)
    tip = g.p(0, 0.42)
    wide = 1.1 if not look.female else 0.95
    c.stroke(t["shadow"], spline([g.p(0.12, -0.04), g.p(0.16, 0.2), g.p(0.19, 0.36)], False, 6), 3.0, a=150)
    c.ellipse(t["light"], tip[0] - 2, tip[1] - 5, g.w * 0.09, g.h * 0.05, a=90)
    c.ellipse(t["shadow"], tip[0] + 2, tip[1] + 5, g.w * 0.22 * wide, g.h * 0.045, a=140)
    for s in (-1, 1):
        wing = spline([g.p(s * 0.2 * wide, 0.34), g.p(s * 0.26 * wide, 0.42), g.p(s * 0.13, 0.47)], False, 6)
        c.stroke(t["line"], wing, 2.0, a=150)
        c.ellipse(t["deep"], tip[0] + s * g.w * 0.09, tip[1] + 4, g.w * 0.05, g.h * 0.022, a=200)


def mouth_curves(g: Geo, look: Look) -> tuple[list[Point], list[Point], list[Point]]:
    """Upper-lip top edge, mouth line, lower-lip bottom edge (left to right)."""
    mx, my = g.cx, g.cy + 0.64 * g.h
    half = g.w * (0.3 if look.female else 0.33)
    curve = {"warm": 3.4, "calm": 1.6, "neutral": 0.5, "earnest": 2.2, "focused": 0.4, "tense": -0.8,
             "stern": -1.6}.get(look.mood, 0.0)
    up = 5.5 if look.female else 4.4
    lo = 7.5 if look.female else 6.2
    if look.mood in ("tense", "stern"):
        up, lo = up * 0.75, lo * 0.8
    line, top, bottom = [], [], []
    n = 16
    for i in range(n + 1):
        u = -1 + 2 * i / n
        x = mx + u * half
        y = my - curve * u * u
        line.append((x, y))
        bow = 1.4 * math.exp(-(u * 10) ** 2)
        top.append((x, y - up * (1 - u * u) ** 0.6 + bow))
        bottom.append((x, y + lo * (1 - u * u) ** 0.8))
    return top, line, bottom


def draw_mouth(c: Canvas, g: Geo, look: Look) -> None:
    t = skin_tones(look.skin)
    top, line, bottom = mouth_curves(g, look)
    c.poly(shade(t["lip"], 0.86), top + line[::-1])
    c.poly(t["lip"], line + bottom[::-1])
    mid = len(bottom) // 2
    c.ellipse(mix(t["lip"], WHITE, 0.25), bottom[mid][0] - 3, bottom[mid][1] - 3.5, 8, 1.8, a=110)
    c.stroke(shade(t["lip"], 0.55), line, 2.0)
    for x, y in (line[0], line[-1]):
        c.circle(shade(t["lip"], 0.55), x, y, 1.3)
    # soft shadow below the lower lip
    c.ellipse(t["shadow"], g.cx, bottom[mid][1] + 6, g.w * 0.16, 3.2, a=110)


def draw_wrinkles(c: Canvas, g: Geo, look: Look) -> None:
    t = skin_tones(look.skin)
    if look.age == "old":
        for k, v in enumerate((-0.46, -0.36)):
            c.stroke(t["line"], quad_curve(g.p(-0.4 + k * 0.05, v), g.p(0, v - 0.04), g.p(0.4 - k * 0.05, v)), 1.4, a=90)
    if look.age in ("old", "adult") and look.beard not in ("full",):
        for s in (-1, 1):
            fold = quad_curve(g.p(s * 0.27, 0.42), g.p(s * 0.42, 0.54), g.p(s * 0.4, 0.7))
            c.stroke(t["line"], fold, 1.6, a=(35 if look.female else 70) if look.age == "adult" else 110)


def draw_hair_short(c: Canvas, g: Geo, look: Look, volume: float = 0.07, hairline: float = 0.58) -> None:
    c.push()
    k = 1 + volume
    c.poly(look.hair, spline(mirror(g.pts([(0, -1.0 - volume * 1.3), (0.62 * k, -0.94 - volume), (0.96 * k, -0.62),
                                           (1.03 * k, -0.26), (0.94, 0.02), (0.86, 0.02)]), g.cx), True, 8))
    hl = hairline
    window = spline(g.pts([(-0.85, 0.0), (-0.86, -0.32), (-0.68, -hl + 0.02), (-0.34, -hl - 0.04),
                           (0, -hl - 0.05), (0.34, -hl - 0.04), (0.68, -hl + 0.02), (0.86, -0.32),
                           (0.85, 0.0)]), False, 6)
    c.erase(window + [g.p(0.85, 1.2), g.p(-0.85, 1.2)])
    # subtle sheen
    c.push()
    c.ellipse(mix(look.hair, WHITE, 0.35), *g.p(-0.35, -0.86), g.w * 0.4, g.h * 0.12)
    c.pop(a=50, clip=True)
    c.pop()


def draw_hair_bun(c: Canvas, g: Geo, look: Look) -> None:
    """Hair drawn back from the face into a bun (the bun itself is drawn behind the head)."""
    c.push()
    draw_hair_short(c, g, look, volume=0.03, hairline=0.6)
    c.push()
    for k in range(-3, 4):      # rows of the braids running back over the head
        u = k * 0.24
        c.stroke(shade(look.hair, 0.7), quad_curve(g.p(u * 1.1, -0.63 + abs(u) * 0.1), g.p(u * 1.12, -0.9),
                                                   g.p(u * 0.55, -1.08)), 1.6, a=170)
    c.pop(clip=True)
    c.pop()


def bob_outline(g: Geo) -> list[Point]:
    return spline(mirror(g.pts([(0, -1.12), (0.7, -1.02), (1.1, -0.62), (1.2, 0.0), (1.2, 0.5),
                                (1.17, 0.86), (0.9, 0.92), (0.0, 0.9)]), g.cx), True, 8)


def draw_hair_back(c: Canvas, g: Geo, look: Look) -> None:
    if look.hair_style == "bob":
        c.poly(shade(look.hair, 0.8), bob_outline(g))
    elif look.hair_style == "bun":
        x, y = g.p(0.12, -1.1)
        c.circle(shade(look.hair, 0.85), x, y, g.w * 0.34)
        c.circle(mix(look.hair, WHITE, 0.12), x - 5, y - 6, g.w * 0.16, a=90)
        for k in range(3):
            c.stroke(shade(look.hair, 0.65), ellipse_pts(x, y, g.w * (0.12 + 0.08 * k), g.w * (0.1 + 0.07 * k),
                                                          0.4, 16, 3.6, 5.6), 1.4, a=150)


def draw_hair_bob(c: Canvas, g: Geo, look: Look) -> None:
    c.push()
    c.poly(look.hair, bob_outline(g))
    window = spline(g.pts([(-0.78, 1.2), (-0.8, 0.2), (-0.74, -0.3), (-0.5, -0.6), (-0.18, -0.72),
                           (0.3, -0.62), (0.66, -0.38), (0.82, 0.0), (0.8, 1.2)]), False, 6)
    c.erase(window)
    c.push()
    for k in range(4):
        c.stroke(mix(look.hair, WHITE, 0.25), quad_curve(g.p(-0.7 + k * 0.3, -1.02 + abs(k - 1) * 0.03),
                                                         g.p(-0.1 + k * 0.3, -0.78), g.p(0.6 + k * 0.15, -0.5)), 2.4, a=70)
    c.stroke(shade(look.hair, 0.75), quad_curve(g.p(-1.0, 0.3), g.p(-0.95, 0.65), g.p(-1.05, 0.88)), 3)
    c.stroke(shade(look.hair, 0.75), quad_curve(g.p(1.0, 0.3), g.p(0.98, 0.65), g.p(1.05, 0.88)), 3)
    c.pop(clip=True)
    c.pop()


def draw_beard(c: Canvas, g: Geo, look: Look) -> None:
    col = look.beard_color
    if look.beard == "full":
        half = [(0, 0.5), (0.24, 0.5), (0.5, 0.46), (0.76, 0.3), (0.97, -0.02), (1.02, 0.32),
                (0.94, 0.72), (0.66, 1.1), (0.32, 1.3), (0, 1.34)]
        c.poly(shade(col, 0.82), [(x + 3, y + 3) for x, y in spline(mirror(g.pts(half), g.cx), True, 6)], a=120)
        c.poly(col, spline(mirror(g.pts(half), g.cx), True, 6))
        rng = random.Random(5)
        for _ in range(26):
            u = rng.uniform(-0.8, 0.8)
            v = rng.uniform(0.7, 1.15 - abs(u) * 0.4)
            c.stroke(shade(col, 0.88), [g.p(u, v), g.p(u * 0.92, v + 0.1)], 1.6, a=160)
    elif look.beard == "short":
        c.poly(col, spline(mirror(g.pts(BEARD_HALF), g.cx), True, 6), a=235)


BEARD_HALF = [(0, 0.52), (0.2, 0.53), (0.5, 0.56), (0.8, 0.3), (0.96, 0.02), (1.0, 0.3),
              (0.9, 0.6), (0.64, 0.88), (0.32, 1.04), (0, 1.07)]


def draw_stubble(c: Canvas, g: Geo, look: Look) -> None:
    """Light shadow of stubble, drawn inside the face layer so it is clipped to the face."""
    if look.beard != "stubble":
        return
    c.push()
    c.poly(look.beard_color, spline(mirror(g.pts(BEARD_HALF), g.cx), True, 6))
    c.pop(a=50, clip=True)


def draw_mustache(c: Canvas, g: Geo, look: Look) -> None:
    if look.beard not in ("full", "short", "mustache", "stubble"):
        return
    _, line, _ = mouth_curves(g, look)
    left, right = line[0], line[-1]
    shape = spline([g.p(0, 0.5), g.p(0.26, 0.52), (right[0] + 6, right[1] + 5), (right[0] - 2, right[1] - 1),
                    g.p(0.1, 0.6), g.p(0, 0.59), g.p(-0.1, 0.6), (left[0] + 2, left[1] - 1),
                    (left[0] - 6, left[1] + 5), g.p(-0.26, 0.52)], True, 6)
    a = {"stubble": 60}.get(look.beard, 255)
    c.poly(look.beard_color, shape, a=a)


def draw_glasses(c: Canvas, g: Geo, look: Look) -> None:
    if not look.glasses:
        return
    frame = (74, 54, 44)
    for s in (-1, 1):
        ex, ey = g.cx + s * 0.4 * g.w, g.eye_y + 1
        lens = spline([(ex - 20, ey - 10), (ex + 20, ey - 11), (ex + 21, ey + 7), (ex + 12, ey + 14),
                       (ex - 12, ey + 14), (ex - 21, ey + 6)], True, 6)
        c.poly((255, 255, 255), lens, a=30)
        c.stroke(frame, lens, 3.0, closed=True)
        c.stroke(frame, [(ex + s * 21, ey - 7), g.p(s * 0.98, -0.06)], 3.0)
    c.stroke(frame, quad_curve((g.cx - 0.4 * g.w + 20, g.eye_y - 5), (g.cx, g.eye_y - 11), (g.cx + 0.4 * g.w - 20, g.eye_y - 5)), 2.6)


def draw_earrings(c: Canvas, g: Geo, look: Look) -> None:
    if not look.earrings or look.head == "scarf":      # a scarf covers the ears
        return
    for s in (-1, 1):
        x, y = g.p(s * 0.98, 0.4)
        c.circle((150, 110, 40), x, y + 1, 4.8)
        c.circle((214, 176, 90), x, y, 4.0)
        if look.head == "gele":
            c.stroke((214, 176, 90), ellipse_pts(x, y + 12, 6, 9), 2.2, closed=True)
