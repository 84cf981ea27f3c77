#!/usr/bin/env python3
"""Draw every Bluehelm art asset (backgrounds and portraits) as PNG files.

Run from the repository root:  python assets/generate.py

The script only uses pygame(-ce) and the standard library.  Everything is
drawn with vector primitives at a supersampled resolution and smooth-scaled
down, so edges are anti-aliased.  All randomness is seeded, so every run
produces the same files.
"""
from __future__ import annotations

import math
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame  # noqa: E402

Color = tuple[int, int, int]
Point = tuple[float, float]
Stops = Sequence[tuple[float, Color]]

ASSETS = Path(__file__).resolve().parent
BG_W, BG_H = 1600, 900
PORTRAIT = 512
SS_BG = 2          # supersampling factor for backgrounds
SS_PORTRAIT = 3    # supersampling factor for portraits
UN_BLUE: Color = (91, 146, 214)
WHITE: Color = (246, 246, 242)


# --------------------------------------------------------------------------
# colour and geometry helpers
# --------------------------------------------------------------------------

def mix(a: Color, b: Color, t: float) -> Color:
    """Linear blend of two colours (t=0 -> a, t=1 -> b)."""
    return tuple(int(round(a[i] + (b[i] - a[i]) * t)) for i in range(3))  # type: ignore[return-value]


def shade(c: Color, f: float) -> Color:
    """Multiply a colour's brightness by f (clamped)."""
    return tuple(max(0, min(255, int(round(v * f)))) for v in c)  # type: ignore[return-value]


def sample(stops: Stops, t: float) -> Color:
    """Colour at position t of a multi-stop gradient."""
    t = max(0.0, min(1.0, t))
    for (t0, c0), (t1, c1) in zip(stops, stops[1:]):
        if t <= t1:
            return mix(c0, c1, 0.0 if t1 == t0 else (t - t0) / (t1 - t0))
    return stops[-1][1]


def spline(pts: Sequence[Point], closed: bool = True, steps: int = 10) -> list[Point]:
    """Catmull-Rom spline through the points (smooth organic outlines)."""
    n = len(pts)
    out: list[Point] = []
    segs = range(n) if closed else range(n - 1)
    for i in segs:
        if closed:
            p0, p1, p2, p3 = pts[(i - 1) % n], pts[i], pts[(i + 1) % n], pts[(i + 2) % n]
        else:
            p0, p1 = pts[max(i - 1, 0)], pts[i]
            p2, p3 = pts[i + 1], pts[min(i + 2, n - 1)]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(  # type: ignore[arg-type]
                0.5 * (2 * p1[k] + (p2[k] - p0[k]) * t
                       + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                       + (3 * p1[k] - p0[k] - 3 * p2[k] + p3[k]) * t3)
                for k in range(2)))
    if not closed:
        out.append(pts[-1])
    return out


def mirror(half: Sequence[Point], cx: float) -> list[Point]:
    """Right half-outline (top to bottom) -> full closed outline, mirrored about cx."""
    left = [(2 * cx - x, y) for x, y in reversed(half) if abs(x - cx) > 1e-6]
    return list(half) + left


def ellipse_pts(cx: float, cy: float, rx: float, ry: float, rot: float = 0.0,
                n: int = 48, a0: float = 0.0, a1: float = 2 * math.pi) -> list[Point]:
    """Points on a (rotated) ellipse or elliptic arc."""
    cr, sr = math.cos(rot), math.sin(rot)
    out = []
    for i in range(n + 1 if a1 - a0 < 2 * math.pi else n):
        a = a0 + (a1 - a0) * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * cr - y * sr, cy + x * sr + y * cr))
    return out


def blob(cx: float, cy: float, rx: float, ry: float, rng: random.Random,
         n: int = 7, jitter: float = 0.25) -> list[Point]:
    """An irregular rounded blob (camouflage, bushes, foliage)."""
    ring = []
    for i in range(n):
        a = 2 * math.pi * i / n + rng.uniform(-0.2, 0.2)
        k = 1 + rng.uniform(-jitter, jitter)
        ring.append((cx + rx * k * math.cos(a), cy + ry * k * math.sin(a)))
    return spline(ring, True, 6)


def quad_curve(p0: Point, p1: Point, p2: Point, n: int = 16) -> list[Point]:
    """Quadratic Bezier from p0 to p2 with control point p1."""
    out = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append((u * u * p0[0] + 2 * u * t * p1[0] + t * t * p2[0],
                    u * u * p0[1] + 2 * u * t * p1[1] + t * t * p2[1]))
    return out


# --------------------------------------------------------------------------
# supersampled drawing canvas
# --------------------------------------------------------------------------

_GLOW_TEX: pygame.Surface | None = None


def glow_texture() -> pygame.Surface:
    """White radial falloff texture, built once."""
    global _GLOW_TEX
    if _GLOW_TEX is None:
        size = 96
        tex = pygame.Surface((size, size), pygame.SRCALPHA)
        half = (size - 1) / 2
        for y in range(size):
            for x in range(size):
                d = min(1.0, math.hypot(x - half, y - half) / half)
                a = (1 - d) ** 2 * (1 + 2 * d)  # smooth falloff
                tex.set_at((x, y), (255, 255, 255, int(255 * a * (1 - d))))
        _GLOW_TEX = tex
    return _GLOW_TEX


class Canvas:
    """Logical-coordinate drawing surface with supersampling and layers.

    All coordinates are in output pixels; they are scaled by ``ss`` internally.
    ``a`` arguments are opacities 0-255.  ``push``/``pop`` give transparent
    layers; ``pop(clip=True)`` clips the layer to the alpha of the layer below.
    """

    def __init__(self, w: int, h: int, ss: int, bg: Color = (0, 0, 0)) -> None:
        self.w, self.h, self.ss = w, h, ss
        base = pygame.Surface((w * ss, h * ss), pygame.SRCALPHA)
        base.fill((*bg, 255))
        self.stack: list[pygame.Surface] = [base]

    @property
    def s(self) -> pygame.Surface:
        return self.stack[-1]

    # -- internals -----------------------------------------------------------
    def _sc(self, pts: Sequence[Point]) -> list[Point]:
        k = self.ss
        return [(x * k, y * k) for x, y in pts]

    @staticmethod
    def _bbox(spts: Sequence[Point], pad: float = 2) -> pygame.Rect:
        xs = [p[0] for p in spts]
        ys = [p[1] for p in spts]
        x0, y0 = math.floor(min(xs) - pad), math.floor(min(ys) - pad)
        return pygame.Rect(x0, y0, math.ceil(max(xs) + pad) - x0, math.ceil(max(ys) + pad) - y0)

    def _paint(self, a: int, bbox: pygame.Rect,
               fn: Callable[[pygame.Surface, float, float], None]) -> None:
        """Run fn directly (opaque) or on a temporary surface blended at alpha a."""
        if a >= 255:
            fn(self.s, 0, 0)
            return
        bbox = bbox.clip(self.s.get_rect())
        if bbox.w <= 0 or bbox.h <= 0 or a <= 0:
            return
        tmp = pygame.Surface(bbox.size, pygame.SRCALPHA)
        fn(tmp, -bbox.x, -bbox.y)
        tmp.set_alpha(a)
        self.s.blit(tmp, bbox.topleft)

    # -- primitives ----------------------------------------------------------
    def poly(self, color: Color, pts: Sequence[Point], a: int = 255) -> None:
        if len(pts) < 3:
            return
        sp = self._sc(pts)

        def fn(surf: pygame.Surface, dx: float, dy: float) -> None:
            pygame.draw.polygon(surf, color, [(x + dx, y + dy) for x, y in sp])
        self._paint(a, self._bbox(sp), fn)

    def ellipse(self, color: Color, cx: float, cy: float, rx: float, ry: float,
                a: int = 255) -> None:
        k = self.ss
        r = pygame.Rect(0, 0, max(1, round(2 * rx * k)), max(1, round(2 * ry * k)))
        r.center = (round(cx * k), round(cy * k))

        def fn(surf: pygame.Surface, dx: float, dy: float) -> None:
            pygame.draw.ellipse(surf, color, r.move(dx, dy))
        self._paint(a, r.inflate(4, 4), fn)

    def circle(self, color: Color, cx: float, cy: float, r: float, a: int = 255) -> None:
        self.ellipse(color, cx, cy, r, r, a)

    def rect(self, color: Color, x: float, y: float, w: float, h: float,
             a: int = 255, radius: float = 0) -> None:
        k = self.ss
        r = pygame.Rect(round(x * k), round(y * k), round(w * k), round(h * k))

        def fn(surf: pygame.Surface, dx: float, dy: float) -> None:
            pygame.draw.rect(surf, color, r.move(dx, dy), border_radius=round(radius * k))
        self._paint(a, r.inflate(4, 4), fn)

    def stroke(self, color: Color, pts: Sequence[Point], width: float, a: int = 255,
               closed: bool = False, round_caps: bool = True) -> None:
        """Thick polyline drawn as polygons with round joins."""
        if len(pts) < 2:
            return
        sp = self._sc(pts)
        if closed:
            sp = sp + [sp[0]]
        hw = width * self.ss / 2

        def fn(surf: pygame.Surface, dx: float, dy: float) -> None:
            for (x0, y0), (x1, y1) in zip(sp, sp[1:]):
                L = math.hypot(x1 - x0, y1 - y0)
                if L < 1e-6:
                    continue
                nx, ny = -(y1 - y0) / L * hw, (x1 - x0) / L * hw
                pygame.draw.polygon(surf, color, [
                    (x0 + nx + dx, y0 + ny + dy), (x1 + nx + dx, y1 + ny + dy),
                    (x1 - nx + dx, y1 - ny + dy), (x0 - nx + dx, y0 - ny + dy)])
            joints = sp[1:-1] if not round_caps else sp
            if hw >= 1.5:
                for x, y in joints:
                    pygame.draw.circle(surf, color, (x + dx, y + dy), hw)
        self._paint(a, self._bbox(sp, hw + 3), fn)

    def erase(self, pts: Sequence[Point]) -> None:
        """Cut a polygon out of the current layer (make it transparent)."""
        pygame.draw.polygon(self.s, (0, 0, 0, 0), self._sc(pts))

    # -- gradients and glows ------------------------------------------------
    def _grad_surface(self, w: int, h: int, stops: Stops, y0: float, y1: float) -> pygame.Surface:
        rows = max(2, min(h, 256))
        col = pygame.Surface((1, rows), pygame.SRCALPHA)
        for r in range(rows):
            y = r * (h - 1) / (rows - 1)
            col.set_at((0, r), (*sample(stops, (y - y0) / max(1e-6, y1 - y0)), 255))
        return pygame.transform.smoothscale(col, (max(1, w), max(1, h)))

    def gradient(self, x: float, y: float, w: float, h: float, stops: Stops,
                 a: int = 255) -> None:
        """Vertical gradient filling a rectangle."""
        self.grad_poly([(x, y), (x + w, y), (x + w, y + h), (x, y + h)], stops, y, y + h, a)

    def grad_poly(self, pts: Sequence[Point], stops: Stops, y0: float | None = None,
                  y1: float | None = None, a: int = 255) -> None:
        """Polygon filled with a vertical gradient running from y0 to y1."""
        sp = self._sc(pts)
        bb = self._bbox(sp, 1).clip(self.s.get_rect())
        if bb.w <= 0 or bb.h <= 0:
            return
        k = self.ss
        gy0 = (y0 * k if y0 is not None else bb.top) - bb.top
        gy1 = (y1 * k if y1 is not None else bb.bottom) - bb.top
        g = self._grad_surface(bb.w, bb.h, stops, gy0, gy1)
        mask = pygame.Surface(bb.size, pygame.SRCALPHA)
        pygame.draw.polygon(mask, (255, 255, 255, 255), [(x - bb.x, y - bb.y) for x, y in sp])
        g.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        if a < 255:
            g.set_alpha(a)
        self.s.blit(g, bb.topleft)

    def fade_poly(self, color: Color, pts: Sequence[Point], y0: float, y1: float, a0: int, a1: int) -> None:
        """Polygon whose opacity fades vertically from a0 at y0 to a1 at y1."""
        sp = self._sc(pts)
        bb = self._bbox(sp, 1).clip(self.s.get_rect())
        if bb.w <= 0 or bb.h <= 0:
            return
        k = self.ss
        rows = max(2, min(bb.h, 256))
        col = pygame.Surface((1, rows), pygame.SRCALPHA)
        for r in range(rows):
            y = bb.top + r * (bb.h - 1) / (rows - 1)
            t = max(0.0, min(1.0, (y - y0 * k) / max(1e-6, (y1 - y0) * k)))
            col.set_at((0, r), (*color, int(a0 + (a1 - a0) * t)))
        g = pygame.transform.smoothscale(col, bb.size)
        mask = pygame.Surface(bb.size, pygame.SRCALPHA)
        pygame.draw.polygon(mask, (255, 255, 255, 255), [(x - bb.x, y - bb.y) for x, y in sp])
        g.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        self.s.blit(g, bb.topleft)

    def glow(self, cx: float, cy: float, rx: float, color: Color, a: int = 255,
             ry: float | None = None) -> None:
        """Soft radial light (or shadow) with smooth falloff."""
        k = self.ss
        ry = rx if ry is None else ry
        size = (max(2, round(2 * rx * k)), max(2, round(2 * ry * k)))
        g = pygame.transform.smoothscale(glow_texture(), size)
        g.fill((*color, 255), special_flags=pygame.BLEND_RGBA_MULT)
        if a < 255:
            g.set_alpha(a)
        self.s.blit(g, (round(cx * k - size[0] / 2), round(cy * k - size[1] / 2)))

    # -- layers ---------------------------------------------------------------
    def push(self) -> None:
        self.stack.append(pygame.Surface(self.stack[0].get_size(), pygame.SRCALPHA))

    def pop(self, a: int = 255, clip: bool = False) -> None:
        top = self.stack.pop()
        if clip and len(self.stack) > 1:
            mask = self.s.copy()
            mask.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
            top.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        if a < 255:
            top.set_alpha(a)
        self.s.blit(top, (0, 0))

    def finish(self) -> pygame.Surface:
        assert len(self.stack) == 1, "unbalanced push/pop"
        small = pygame.transform.smoothscale(self.stack[0], (self.w, self.h))
        out = pygame.Surface((self.w, self.h))
        out.blit(small, (0, 0))
        return out


# --------------------------------------------------------------------------
# shared motifs (emblems and lettering, no fonts needed)
# --------------------------------------------------------------------------

def letters_un(c: Canvas, x: float, y: float, hgt: float, color: Color, width: float) -> None:
    """The letters 'UN' drawn as strokes (no font needed)."""
    w = hgt * 0.62
    u = [(x, y)] + quad_curve((x, y + hgt * 0.6), (x + w / 2, y + hgt * 1.25), (x + w, y + hgt * 0.6), 10) + [(x + w, y)]
    c.stroke(color, u, width)
    nx = x + w + hgt * 0.35
    c.stroke(color, [(nx, y + hgt), (nx, y), (nx + w, y + hgt), (nx + w, y)], width)


def un_emblem(c: Canvas, x: float, y: float, r: float, fg: Color) -> None:
    """Simplified UN-style emblem: a globe with meridians inside two olive branches."""
    lw = max(0.8, r * 0.07)
    g = r * 0.6
    c.stroke(fg, ellipse_pts(x, y, g, g, n=40), lw, closed=True)
    c.stroke(fg, ellipse_pts(x, y, g * 0.45, g, n=32), lw * 0.8, closed=True)
    c.stroke(fg, [(x, y - g), (x, y + g)], lw * 0.8)
    for v in (-0.5, 0.0, 0.5):
        half = g * math.sqrt(1 - v * v)
        c.stroke(fg, [(x - half, y + v * g), (x + half, y + v * g)], lw * 0.7)
    for side in (-1, 1):
        for i in range(6):
            th = math.radians(64 - i * 25)
            px = x + side * r * 0.86 * math.cos(th)
            py = y + r * 0.86 * math.sin(th)
            c.poly(fg, ellipse_pts(px, py, r * 0.16, r * 0.065, side * (th + math.pi / 2), 10))


def ngo_logo(c: Canvas, x: float, y: float, r: float, fg: Color, bg: Color) -> None:
    """Generic (fictional) aid-organisation logo: a leaf in a ring."""
    c.circle(fg, x, y, r)
    c.circle(bg, x, y, r * 0.8)
    c.poly(fg, spline([(x - r * 0.45, y + r * 0.4), (x - r * 0.2, y - r * 0.4), (x + r * 0.45, y - r * 0.5),
                       (x + r * 0.25, y + r * 0.2)], True, 5))


def save(surface: pygame.Surface, rel: str) -> Path:
    path = ASSETS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))
    return path


# ==========================================================================
# PORTRAITS
# ==========================================================================

@dataclass
class Look:
    """Everything that distinguishes one portrait from another."""
    skin: Color
    bg: Color
    clothes: str                 # shirt / camo / tshirt / robe / vest / dark / wrap / dress
    cloth: Color
    cloth2: Color
    hair: Color = (28, 22, 20)
    female: bool = False
    age: str = "adult"           # young / adult / old
    mood: str = "calm"           # warm / calm / tense / stern
    hair_style: str = "short"    # short / bob / none
    head: str = "none"           # none / kufi / beret / helmet / cap / patrol / scarf / gele
    head_color: Color = (60, 60, 60)
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
               shoulders=152 if look.female else 174)


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


# -- background -------------------------------------------------------------

def portrait_background(c: Canvas, look: Look) -> None:
    top = mix(look.bg, WHITE, 0.12)
    c.gradient(0, 0, PORTRAIT, PORTRAIT, [(0, top), (1, shade(look.bg, 0.94))])
    c.circle(mix(look.bg, WHITE, 0.28), 256, 246, 214)
    c.glow(220, 200, 200, mix(look.bg, WHITE, 0.6), a=90)


# -- body -------------------------------------------------------------------

def torso_outline(g: Geo) -> list[Point]:
    cx, sw, nw, top = g.cx, g.shoulders, g.neck, g.collar_y
    half = [(cx, top - 2), (cx + nw + 8, top), (cx + nw + 44, top + 9),
            (cx + sw * 0.8, top + 22), (cx + sw, top + 46), (cx + sw * 1.07, top + 95),
            (cx + sw * 1.1, 560)]
    return spline(mirror(half, cx), True, 8)


def draw_neck(c: Canvas, g: Geo, look: Look) -> None:
    """Neck, extended below the collar so open necklines (cut out of the clothes) reveal it."""
    t = skin_tones(look.skin)
    cx, nw, top, col = g.cx, g.neck, g.cy + 0.5 * g.h, g.collar_y
    c.push()
    c.poly(t["neck"], [(cx - nw, top), (cx + nw, top), (cx + nw + 2, col - 14), (cx + nw + 12, col),
                       (cx + nw + 60, col + 100), (cx - nw - 60, col + 100), (cx - nw - 12, col), (cx - nw - 2, col - 14)])
    c.push()
    c.ellipse(t["deep"], cx + 4, g.cy + 0.98 * g.h, g.w * 0.62, g.h * 0.18)
    c.glow(cx + nw * 1.1, (top + col) / 2, nw * 0.8, t["deep"], ry=60)
    c.glow(cx, col + 40, nw * 1.6, t["deep"], ry=50)
    c.pop(a=130, clip=True)
    c.pop()


def torso_shading(c: Canvas, g: Geo, cloth: Color) -> None:
    """Soft light from the upper left: darker right flank and collar shadow."""
    c.push()
    c.glow(g.cx + g.shoulders * 1.2, 480, g.shoulders * 0.9, shade(cloth, 0.55), ry=220)
    c.glow(g.cx, g.collar_y + 4, g.neck + 40, shade(cloth, 0.55), ry=22)
    c.pop(a=150, clip=True)
    c.push()
    c.glow(g.cx - g.shoulders * 0.7, g.collar_y + 40, 90, mix(cloth, WHITE, 0.6), ry=50)
    c.pop(a=80, clip=True)


def skin_v(c: Canvas, g: Geo, depth: float, width: float = 1.0) -> None:
    """Cut the open neckline out of the clothing layer, revealing the neck beneath."""
    cx, nw, top = g.cx, g.neck * width, g.collar_y
    c.erase(spline([(cx - nw - 4, top - 30), (cx - nw - 4, top - 6), (cx - nw * 0.6, top + depth * 0.55),
                    (cx, top + depth), (cx + nw * 0.6, top + depth * 0.55), (cx + nw + 4, top - 6),
                    (cx + nw + 4, top - 30)], True, 6))


def shirt_collar(c: Canvas, g: Geo, color: Color, depth: float = 46, spread: float = 1.0) -> None:
    """Two pointed shirt collar wings either side of the neck."""
    cx, nw, top = g.cx, g.neck, g.collar_y
    for s in (-1, 1):
        wing = [(cx + s * (nw - 3), top - 16), (cx + s * (nw + 30 * spread), top + 6),
                (cx + s * 18, top + depth), (cx + s * 3, top + depth - 18), (cx + s * (nw - 6), top + 6)]
        c.poly(shade(color, 0.72), [(x + 2, y + 4) for x, y in wing], a=110)
        c.poly(color, wing)
        c.stroke(shade(color, 0.8), [wing[1], wing[2]], 1.6)


def buttons(c: Canvas, g: Geo, color: Color, y0: float, y1: float, n: int = 2) -> None:
    c.stroke(shade(color, 0.85), [(g.cx, y0), (g.cx, 520)], 2.0)
    for i in range(n):
        y = y0 + 14 + i * (y1 - y0) / max(1, n)
        c.circle(shade(color, 0.7), g.cx + 4, y, 3.2)


def clothes_shirt(c: Canvas, g: Geo, look: Look) -> None:
    skin_v(c, g, 40)
    shirt_collar(c, g, mix(look.cloth, WHITE, 0.1))
    buttons(c, g, look.cloth, g.collar_y + 40, 512, 2)
    # breast pocket on the wearer's left
    px = g.cx + 62
    c.stroke(shade(look.cloth, 0.93), [(px, 452), (px, 500), (px + 46, 500), (px + 46, 452)], 1.4, a=160)
    c.stroke(shade(look.cloth, 0.9), [(px - 1, 452), (px + 47, 452)], 2.0)


def camo_pattern(c: Canvas, look: Look, seed: int) -> None:
    rng = random.Random(seed)
    cols = [shade(look.cloth, 0.78), mix(look.cloth, (190, 175, 130), 0.35), look.cloth2]
    for i in range(70):
        x = rng.uniform(40, 472)
        y = rng.uniform(370, 520)
        c.poly(cols[i % 3], blob(x, y, rng.uniform(10, 22), rng.uniform(6, 12), rng, 6, 0.4))


def un_shoulder_patch(c: Canvas, g: Geo, side: int) -> None:
    x = g.cx + side * g.shoulders * 0.9
    y = g.collar_y + 66
    c.rect(shade(UN_BLUE, 0.8), x - 17, y - 19, 34, 40, radius=7)
    c.rect(UN_BLUE, x - 15, y - 17, 30, 36, radius=6)
    letters_un(c, x - 10, y - 7, 13, WHITE, 2.6)


def clothes_camo(c: Canvas, g: Geo, look: Look) -> None:
    c.push()
    camo_pattern(c, look, 7 + int(look.skin[0]))
    c.pop(clip=True)
    skin_v(c, g, 34)
    # olive T-shirt under the uniform, with its own round neckline
    c.poly(shade(look.cloth2, 0.9), [(g.cx - g.neck - 4, g.collar_y - 6), (g.cx + g.neck + 4, g.collar_y - 6),
                                     (g.cx + 14, g.collar_y + 36), (g.cx - 14, g.collar_y + 36)])
    c.erase(spline([(g.cx - g.neck - 6, g.collar_y - 30), (g.cx - g.neck - 6, g.collar_y - 8), (g.cx, g.collar_y + 12),
                    (g.cx + g.neck + 6, g.collar_y - 8), (g.cx + g.neck + 6, g.collar_y - 30)], True, 6))
    shirt_collar(c, g, mix(look.cloth, (200, 190, 150), 0.12), depth=52, spread=1.2)
    un_shoulder_patch(c, g, -1)
    # name tape and pocket flaps
    for s in (-1, 1):
        x = g.cx + s * 70
        c.poly(shade(look.cloth, 0.82), [(x - 30, 452), (x + 30, 452), (x + 28, 468), (x, 474), (x - 28, 468)])
        c.circle(shade(look.cloth, 0.6), x, 466, 3)


def clothes_tshirt(c: Canvas, g: Geo, look: Look) -> None:
    cx, nw, top = g.cx, g.neck, g.collar_y
    scoop = spline([(cx - nw - 14, top - 4), (cx - nw * 0.7, top + 16), (cx, top + 22),
                    (cx + nw * 0.7, top + 16), (cx + nw + 14, top - 4)], False, 6)
    c.erase(scoop + [(cx + nw + 14, top - 40), (cx - nw - 14, top - 40)])
    c.stroke(shade(look.cloth, 0.82), scoop, 7)
    c.stroke(mix(look.cloth, WHITE, 0.1), [(x, y - 2.5) for x, y in scoop], 1.5, a=120)
    # soft fold lines
    c.stroke(shade(look.cloth, 0.88), quad_curve((cx - 120, 470), (cx - 95, 440), (cx - 60, 436)), 2.2, a=150)
    c.stroke(shade(look.cloth, 0.88), quad_curve((cx + 130, 480), (cx + 105, 452), (cx + 70, 448)), 2.2, a=150)


def embroidery(c: Canvas, pts: Sequence[Point], color: Color, width: float) -> None:
    c.stroke(color, pts, width)
    c.stroke(shade(color, 0.75), pts, max(1.0, width * 0.25))
    for i, (x, y) in enumerate(pts[::3]):
        c.circle(shade(color, 0.8) if i % 2 else mix(color, WHITE, 0.3), x, y, width * 0.28)


def clothes_robe(c: Canvas, g: Geo, look: Look) -> None:
    cx, top = g.cx, g.collar_y
    skin_v(c, g, 60, 1.0)
    gold = look.cloth2
    for s in (-1, 1):
        edge = [(cx + s * (g.neck + 12), top - 8), (cx + s * 26, top + 40), (cx + s * 2, top + 76)]
        embroidery(c, spline(edge, False, 8), gold, 8)
    # embroidered panel down the chest
    for i in range(4):
        y = top + 96 + i * 18
        c.poly(gold, [(cx - 7, y), (cx, y - 8), (cx + 7, y), (cx, y + 8)])
        c.circle(shade(gold, 0.7), cx, y, 2)
    c.stroke(gold, [(cx - 14, top + 80), (cx - 14, 520)], 2.5)
    c.stroke(gold, [(cx + 14, top + 80), (cx + 14, 520)], 2.5)
    # robe folds
    for s in (-1, 1):
        c.stroke(shade(look.cloth, 0.86), quad_curve((cx + s * 150, 512), (cx + s * 120, 450), (cx + s * 70, 420)), 3, a=150)


def clothes_vest(c: Canvas, g: Geo, look: Look) -> None:
    cx, top, nw, sw = g.cx, g.collar_y, g.neck, g.shoulders
    skin_v(c, g, 36)
    shirt_collar(c, g, mix(look.cloth, WHITE, 0.12), depth=46, spread=0.9)
    vest = look.cloth2
    for s in (-1, 1):
        panel = [(cx + s * (nw + 18), top - 2), (cx + s * (nw + 52), top + 10), (cx + s * sw * 0.74, top + 40),
                 (cx + s * sw * 0.8, top + 80), (cx + s * sw * 0.86, 560), (cx + s * 16, 560),
                 (cx + s * 16, top + 84), (cx + s * 30, top + 40)]
        c.poly(shade(vest, 0.7), [(x + 2 * s, y + 3) for x, y in panel], a=90)
        c.poly(vest, panel)
        c.stroke(shade(vest, 0.85), [panel[7], panel[6], panel[5]], 2.2)
        # pocket
        px = cx + s * 74
        c.rect(shade(vest, 0.9), px - 26, 462, 52, 44, radius=4)
        c.rect(shade(vest, 0.8), px - 28, 458, 56, 12, radius=3)
    # zip / trim
    c.stroke(shade(vest, 0.65), [(cx - 16, top + 84), (cx - 16, 520)], 2)
    c.stroke(shade(vest, 0.65), [(cx + 16, top + 84), (cx + 16, 520)], 2)
    # generic organisation logo: a leaf inside a ring
    lx, ly = cx + 74, 432
    c.circle((70, 128, 122), lx, ly, 15)
    c.circle(vest, lx, ly, 12)
    c.poly((70, 128, 122), spline([(lx - 7, ly + 6), (lx - 3, ly - 6), (lx + 7, ly - 8), (lx + 4, ly + 3)], True, 5))
    c.stroke(vest, [(lx - 5, ly + 5), (lx + 4, ly - 5)], 1.4)


def clothes_dark(c: Canvas, g: Geo, look: Look) -> None:
    cx, top = g.cx, g.collar_y
    skin_v(c, g, 36)
    shirt_collar(c, g, mix(look.cloth, WHITE, 0.08), depth=48, spread=1.15)
    buttons(c, g, look.cloth, top + 36, 512, 2)
    for s in (-1, 1):
        # epaulette
        ex = cx + s * 118
        c.poly(shade(look.cloth, 1.18), [(ex - 30, top + 18 - s * 4), (ex + 30, top + 18 + s * 4),
                                        (ex + 28, top + 30 + s * 4), (ex - 30, top + 30 - s * 4)])
        c.circle(shade(look.cloth, 0.7), cx + s * 95, top + 24, 3)
        # pocket with flap
        px = cx + s * 68
        c.rect(shade(look.cloth, 0.9), px - 26, 452, 52, 52, radius=3)
        c.poly(shade(look.cloth, 1.15), [(px - 28, 450), (px + 28, 450), (px + 28, 466), (px, 472), (px - 28, 466)])
        c.circle(shade(look.cloth, 0.65), px, 464, 3)


def fabric_pattern(c: Canvas, x0: float, y0: float, x1: float, y1: float, a: Color, b: Color,
                   step: float = 26) -> None:
    """Wax-print style repeat of diamonds and dots."""
    row = 0
    y = y0
    while y < y1:
        x = x0 + (step / 2 if row % 2 else 0)
        while x < x1:
            c.poly(a, [(x, y - step * 0.32), (x + step * 0.32, y), (x, y + step * 0.32), (x - step * 0.32, y)])
            c.circle(b, x, y, step * 0.1)
            c.circle(a, x + step / 2, y + step / 2, step * 0.08)
            x += step
        y += step / 2
        row += 1


def clothes_wrap(c: Canvas, g: Geo, look: Look) -> None:
    cx, top = g.cx, g.collar_y
    c.push()
    fabric_pattern(c, 40, 380, 480, 530, shade(look.cloth, 0.84), mix(look.cloth2, look.cloth, 0.3), 30)
    c.pop(clip=True)
    scoop = spline([(cx - g.neck - 34, top - 6), (cx - 30, top + 34), (cx, top + 40), (cx + 30, top + 34),
                    (cx + g.neck + 34, top - 6)], False, 8)
    c.erase(scoop + [(cx + g.neck + 34, top - 40), (cx - g.neck - 34, top - 40)])
    c.stroke(shade(look.cloth, 0.7), scoop, 3)
    # shawl over the wearer's left shoulder
    shawl = [(cx + 58, top + 2), (cx + 118, top + 8), (cx + 150, top + 70), (cx + 176, 530), (cx + 110, 530),
             (cx + 84, 440)]
    c.poly(shade(look.cloth2, 0.6), [(x - 4, y + 3) for x, y in shawl], a=90)
    c.poly(look.cloth2, shawl)
    for k in range(3):
        f = 0.25 + 0.25 * k
        stripe = [(shawl[0][0] * (1 - f) + shawl[1][0] * f, shawl[0][1] * (1 - f) + shawl[1][1] * f),
                  (shawl[5][0] * (1 - f) + shawl[2][0] * f, shawl[5][1] * (1 - f) + shawl[2][1] * f),
                  (shawl[4][0] * (1 - f) + shawl[3][0] * f, 530)]
        c.stroke(mix(look.cloth, look.cloth2, 0.3), stripe, 2.4 if k != 1 else 4)


def clothes_dress(c: Canvas, g: Geo, look: Look) -> None:
    for s in (-1, 1):
        c.stroke(shade(look.cloth, 0.86), quad_curve((g.cx + s * 150, 512), (g.cx + s * 130, 450),
                                                      (g.cx + s * 100, 430)), 3, a=150)


CLOTHES: dict[str, Callable[[Canvas, Geo, Look], None]] = {
    "shirt": clothes_shirt, "camo": clothes_camo, "tshirt": clothes_tshirt, "robe": clothes_robe,
    "vest": clothes_vest, "dark": clothes_dark, "wrap": clothes_wrap, "dress": clothes_dress,
}


def draw_torso(c: Canvas, g: Geo, look: Look) -> None:
    c.push()
    c.poly(look.cloth, torso_outline(g))
    CLOTHES[look.clothes](c, g, look)
    torso_shading(c, g, look.cloth)
    c.pop()


def draw_lanyard(c: Canvas, g: Geo, look: Look) -> None:
    if look.lanyard is None:
        return
    cx, top = g.cx, g.collar_y
    clip = (cx + 8, top + 60)
    for s in (-1, 1):
        strap = quad_curve((cx + s * (g.neck + 10), top + 4), (cx + s * 22, top + 60), clip, 12)
        c.stroke(shade(look.lanyard, 0.7), [(x + 1, y + 2) for x, y in strap], 6, a=100)
        c.stroke(look.lanyard, strap, 5.5)
    c.rect((150, 150, 150), clip[0] - 4, clip[1] - 4, 8, 12, radius=2)
    # badge card
    bx, by, bw, bh = clip[0] - 22, clip[1] + 6, 44, 54
    c.rect(shade(WHITE, 0.6), bx + 2, by + 3, bw, bh, a=90, radius=5)
    c.rect(WHITE, bx, by, bw, bh, radius=5)
    head = UN_BLUE if look.badge == "un" else shade(look.lanyard, 0.95)
    c.rect(head, bx, by, bw, 15, radius=5)
    c.rect(head, bx, by + 8, bw, 7)
    if look.badge == "un":
        letters_un(c, bx + bw / 2 - 8, by + 3.5, 8.5, WHITE, 1.8)
    c.rect((178, 186, 196), bx + 6, by + 21, 14, 17, radius=2)
    for i in range(3):
        c.rect((190, 192, 196), bx + 24, by + 23 + i * 6, 14 - i * 3, 2.5)
    c.rect((200, 202, 206), bx + 6, by + 44, 32, 3)


def draw_necklace(c: Canvas, g: Geo, look: Look) -> None:
    if not look.necklace:
        return
    cols = [(176, 84, 60), (226, 206, 160), (196, 150, 70)]
    path = quad_curve((g.cx - g.neck - 20, g.collar_y - 4), (g.cx, g.collar_y + 58), (g.cx + g.neck + 20, g.collar_y - 4), 22)
    for i, (x, y) in enumerate(path):
        c.circle(shade(cols[i % 3], 0.7), x + 0.8, y + 1.2, 4.6)
        c.circle(cols[i % 3], x, y, 4.4)


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
    top, bot = eye_shape(ex, ey, ew, eh_top, eh_bot, s)
    # soft socket shadow and lid crease
    c.ellipse(t["shadow"], ex, ey - 4, ew * 1.3, 9, a=90)
    crease = [(x, y - 5.5) for x, y in top[3:-2]]
    c.stroke(t["line"], crease, 1.6, a=90)
    c.push()
    c.poly((238, 232, 224), top + bot)
    c.push()
    ix = ex + look.gaze * ew * 0.32
    c.circle((66, 44, 32), ix, ey - 0.4, 6.6)
    c.circle((92, 62, 44), ix, ey + 0.6, 4.8)
    c.circle((24, 18, 16), ix, ey - 0.2, 3.2)
    c.circle((250, 250, 250), ix - 2.2, ey - 2.6, 1.6)
    c.ellipse((0, 0, 0), ex, ey - eh_top - 2, ew * 1.2, 4, a=40)
    c.pop(clip=True)
    c.pop()
    lid = (34, 24, 20)
    c.stroke(lid, top, 3.0 if look.female else 2.4)
    if look.female:
        x, y = top[-1]
        c.stroke(lid, [(x, y), (x + s * 4.5, y - 3.2)], 2.2)
    c.stroke(t["line"], bot[2:-2], 1.1, a=120)
    if look.age == "old":
        c.stroke(t["line"], [(x, y + 4.5) for x, y in bot[2:-3]], 1.2, a=110)
        for k in range(2):
            ox, oy = ex + s * (ew + 4), ey + 1 + k * 5
            c.stroke(t["line"], [(ox, oy), (ox + s * 7, oy + (k * 4 - 2))], 1.2, a=100)


def draw_brow(c: Canvas, g: Geo, look: Look, s: int) -> None:
    by = g.eye_y - 0.19 * g.h
    mood_inner = {"tense": -3.5, "stern": 3.2, "warm": -1.0}.get(look.mood, 0.0)
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
    curve = {"warm": 3.4, "calm": 1.6, "tense": -0.8, "stern": -1.6}.get(look.mood, 0.0)
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


def bob_outline(g: Geo) -> list[Point]:
    return spline(mirror(g.pts([(0, -1.12), (0.7, -1.02), (1.1, -0.62), (1.2, 0.0), (1.2, 0.5),
                                (1.17, 0.86), (0.9, 0.92), (0.0, 0.9)]), g.cx), True, 8)


def draw_hair_back(c: Canvas, g: Geo, look: Look) -> None:
    if look.hair_style == "bob":
        c.poly(shade(look.hair, 0.8), bob_outline(g))


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
    if not look.earrings:
        return
    for s in (-1, 1):
        x, y = g.p(s * 0.98, 0.4)
        c.circle((150, 110, 40), x, y + 1, 4.8)
        c.circle((214, 176, 90), x, y, 4.0)
        if look.head == "gele":
            c.stroke((214, 176, 90), ellipse_pts(x, y + 12, 6, 9), 2.2, closed=True)


# -- head wear --------------------------------------------------------------

def forehead_shadow(c: Canvas, g: Geo, look: Look, v: float) -> None:
    t = skin_tones(look.skin)
    c.push()
    c.poly(t["deep"], face_outline(g))
    c.erase([(0, g.cy + v * g.h), (PORTRAIT, g.cy + v * g.h), (PORTRAIT, PORTRAIT), (0, PORTRAIT)])
    c.pop(a=90)


def hw_kufi(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    shape = spline(g.pts([(-0.99, -0.5), (-0.97, -0.86), (-0.7, -1.1), (0, -1.16), (0.7, -1.1), (0.97, -0.86),
                          (0.99, -0.5), (0.5, -0.44), (0, -0.42), (-0.5, -0.44)]), True, 8)
    forehead_shadow(c, g, look, -0.34)
    c.push()
    c.poly(col, shape)
    c.push()
    c.ellipse(shade(col, 0.86), *g.p(1.05, -0.7), g.w * 0.45, g.h * 0.6)
    c.ellipse(mix(col, WHITE, 0.5), *g.p(-0.3, -1.02), g.w * 0.45, g.h * 0.1)
    c.pop(a=200, clip=True)
    band = look.cloth2
    for k, v in enumerate((-0.56, -0.7)):
        pts = quad_curve(g.p(-1.0, v - 0.04), g.p(0, v + 0.08), g.p(1.0, v - 0.04), 24)
        c.stroke(band, pts, 3.2 if k == 0 else 2.0)
    pts = quad_curve(g.p(-1.0, -0.67), g.p(0, -0.55), g.p(1.0, -0.67), 24)
    for x, y in pts[1:-1:2]:
        c.poly(band, [(x - 3, y), (x, y - 3.5), (x + 3, y), (x, y + 3.5)])
    c.pop()


def hw_beret(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    forehead_shadow(c, g, look, -0.42)
    body = spline(g.pts([(1.02, -0.46), (1.06, -0.82), (0.6, -1.16), (-0.2, -1.22), (-0.92, -1.06),
                         (-1.3, -0.8), (-1.24, -0.54), (-1.0, -0.5), (0, -0.5)]), True, 8)
    c.poly(shade(col, 0.6), [(x + 2, y + 3) for x, y in body], a=90)
    c.push()
    c.poly(col, body)
    c.push()
    c.ellipse(shade(col, 0.84), *g.p(-1.05, -0.6), g.w * 0.45, g.h * 0.16)
    c.ellipse(shade(col, 0.9), *g.p(1.1, -0.75), g.w * 0.4, g.h * 0.4)
    c.ellipse(mix(col, WHITE, 0.28), *g.p(0.05, -1.08), g.w * 0.55, g.h * 0.1)
    c.pop(a=220, clip=True)
    c.pop()
    # leather headband
    c.stroke(shade(col, 0.5), quad_curve(g.p(-1.03, -0.52), g.p(0, -0.58), g.p(1.03, -0.5)), 5)
    # cap badge over the wearer's left eye
    bx, by = g.p(0.48, -0.74)
    c.circle((140, 140, 136), bx, by + 0.8, 11.5)
    c.circle((218, 218, 210), bx, by, 11)
    un_emblem(c, bx, by, 9.5, (120, 124, 128))


def hw_helmet(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    forehead_shadow(c, g, look, -0.3)
    # chin strap
    for s in (-1, 1):
        c.stroke((64, 70, 56), quad_curve(g.p(s * 1.02, -0.3), g.p(s * 0.96, 0.55), g.p(s * 0.42, 1.02)), 4.2)
    dome = spline(g.pts([(-1.16, -0.32), (-1.12, -0.8), (-0.72, -1.22), (0, -1.32), (0.72, -1.22),
                         (1.12, -0.8), (1.16, -0.32), (0.6, -0.38), (0, -0.4), (-0.6, -0.38)]), True, 8)
    c.poly(shade(col, 0.6), [(x + 2, y + 4) for x, y in dome], a=90)
    c.push()
    c.poly(col, dome)
    c.push()
    c.ellipse(shade(col, 0.84), *g.p(1.2, -0.62), g.w * 0.5, g.h * 0.62)
    c.ellipse(mix(col, WHITE, 0.35), *g.p(-0.45, -1.08), g.w * 0.32, g.h * 0.1)
    c.pop(a=220, clip=True)
    rim = quad_curve(g.p(-1.2, -0.36), g.p(0, -0.46), g.p(1.2, -0.36), 20)
    c.stroke(shade(col, 0.78), rim, 6)
    c.pop()
    letters_un(c, g.cx - 24, g.cy - 1.0 * g.h, 24, WHITE, 5.2)


def hw_cap(c: Canvas, g: Geo, look: Look) -> None:
    """Baseball cap, brim facing forward."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.2)
    crown = spline(g.pts([(-1.02, -0.44), (-0.96, -0.86), (-0.6, -1.14), (0, -1.2), (0.6, -1.14),
                          (0.96, -0.86), (1.02, -0.44), (0, -0.5)]), True, 8)
    c.push()
    c.poly(col, crown)
    c.push()
    c.ellipse(shade(col, 0.84), *g.p(1.15, -0.7), g.w * 0.5, g.h * 0.5)
    c.pop(a=220, clip=True)
    for u in (-0.36, 0.36):
        c.stroke(shade(col, 0.8), quad_curve(g.p(u * 0.2, -1.19), g.p(u * 1.1, -1.0), g.p(u * 1.5, -0.5)), 1.8)
    c.pop()
    c.circle(shade(col, 0.8), *g.p(0, -1.19), 4)
    brim = spline(g.pts([(-1.06, -0.46), (-0.6, -0.54), (0, -0.56), (0.6, -0.54), (1.06, -0.46),
                         (0.9, -0.36), (0.4, -0.27), (0, -0.25), (-0.4, -0.27), (-0.9, -0.36)]), True, 6)
    c.poly(shade(col, 0.78), brim)
    c.stroke(mix(col, WHITE, 0.15), spline(g.pts([(-0.9, -0.36), (-0.4, -0.27), (0, -0.25), (0.4, -0.27),
                                                  (0.9, -0.36)]), False, 6), 2)


def hw_patrol(c: Canvas, g: Geo, look: Look) -> None:
    """Flat-topped patrol cap."""
    col = look.head_color
    forehead_shadow(c, g, look, -0.26)
    crown = spline(g.pts([(-1.02, -0.44), (-1.0, -0.9), (-0.92, -1.12), (0, -1.16), (0.92, -1.12),
                          (1.0, -0.9), (1.02, -0.44), (0, -0.5)]), True, 6)
    c.push()
    c.poly(col, crown)
    c.push()
    c.ellipse(shade(col, 0.8), *g.p(1.2, -0.75), g.w * 0.45, g.h * 0.5)
    c.rect(mix(col, WHITE, 0.12), g.cx - 1.1 * g.w, g.cy - 1.2 * g.h, 2.2 * g.w, 0.1 * g.h)
    c.pop(a=220, clip=True)
    c.stroke(shade(col, 0.8), [g.p(-0.98, -0.58), g.p(0.98, -0.58)], 1.8)
    c.pop()
    brim = spline(g.pts([(-0.98, -0.46), (0, -0.54), (0.98, -0.46), (0.7, -0.34), (0, -0.28), (-0.7, -0.34)]), True, 6)
    c.poly(shade(col, 0.7), brim)


def scarf_outline(g: Geo) -> list[Point]:
    half = [(0, -1.2), (0.72, -1.1), (1.2, -0.62), (1.3, 0.1), (1.32, 0.62), (1.5, 1.05),
            (1.74, 1.45), (1.86, 2.2), (1.3, 2.5), (0, 2.58)]
    return spline(mirror(g.pts(half), g.cx), True, 8)


def hw_scarf(c: Canvas, g: Geo, look: Look) -> None:
    col = look.head_color
    c.push()
    c.poly(col, scarf_outline(g))
    hole = [(g.cx + (x - g.cx) * 0.9, max(y, g.cy - 0.66 * g.h + 0.18 * g.h * ((x - g.cx) / g.w) ** 2))
            for x, y in face_outline(g)]
    c.erase(hole)
    c.push()
    # folds and shading
    c.ellipse(shade(col, 0.8), *g.p(1.5, 0.4), g.w * 0.7, g.h * 1.6)
    for k in range(3):
        c.stroke(shade(col, 0.84), quad_curve(g.p(-0.7 + k * 0.6, 1.12), g.p(-0.9 + k * 0.8, 1.8), g.p(-1.2 + k * 1.0, 2.8)), 3.2)
    c.stroke(shade(col, 0.84), quad_curve(g.p(-1.22, -0.4), g.p(-1.3, 0.6), g.p(-1.7, 1.4)), 3)
    c.stroke(shade(col, 0.84), quad_curve(g.p(1.22, -0.4), g.p(1.3, 0.6), g.p(1.7, 1.4)), 3)
    c.ellipse(mix(col, WHITE, 0.25), *g.p(-0.5, -0.95), g.w * 0.5, g.h * 0.16)
    c.pop(a=210, clip=True)
    # inner edge of the scarf around the face
    rim = hole[len(hole) // 2:] + hole[:len(hole) // 2]
    upper = [p for p in rim if p[1] < g.cy + 0.45 * g.h]
    c.stroke(shade(col, 0.75), upper, 3.5, a=160)
    c.pop()


def hw_gele(c: Canvas, g: Geo, look: Look) -> None:
    col, accent = look.head_color, look.cloth2
    forehead_shadow(c, g, look, -0.4)
    mass = spline(g.pts([(-1.08, -0.5), (-1.32, -0.92), (-1.2, -1.34), (-0.66, -1.62), (0.2, -1.68),
                         (0.9, -1.56), (1.4, -1.2), (1.36, -0.8), (1.1, -0.5), (0, -0.54)]), True, 8)
    c.poly(shade(col, 0.7), [(x + 3, y + 4) for x, y in mass], a=110)
    c.push()
    c.poly(col, mass)
    c.push()
    fabric_pattern(c, g.cx - 2 * g.w, g.cy - 1.8 * g.h, g.cx + 2 * g.w, g.cy - 0.4 * g.h, shade(col, 0.8), accent, 22)
    c.pop(a=120, clip=True)
    c.push()
    folds = [((-1.1, -0.62), (-0.6, -1.0), (0.2, -0.78)), ((-1.15, -1.0), (-0.4, -1.35), (0.5, -1.1)),
             ((-0.8, -1.5), (0.1, -1.58), (1.2, -1.16)), ((0.3, -0.7), (0.9, -0.95), (1.3, -0.86))]
    for a, b, d in folds:
        c.stroke(shade(col, 0.68), quad_curve(g.p(*a), g.p(*b), g.p(*d)), 4.2)
        c.stroke(mix(col, WHITE, 0.3), [(x - 1, y - 4) for x, y in quad_curve(g.p(*a), g.p(*b), g.p(*d))], 2.2)
    c.ellipse(shade(col, 0.78), *g.p(1.4, -0.9), g.w * 0.5, g.h * 0.6)
    c.pop(a=190, clip=True)
    c.pop()
    # tight band across the forehead
    c.stroke(shade(col, 0.82), quad_curve(g.p(-1.06, -0.5), g.p(0, -0.64), g.p(1.08, -0.5)), 8)


HEADWEAR: dict[str, Callable[[Canvas, Geo, Look], None]] = {
    "kufi": hw_kufi, "beret": hw_beret, "helmet": hw_helmet, "cap": hw_cap,
    "patrol": hw_patrol, "scarf": hw_scarf, "gele": hw_gele,
}


def draw_portrait(look: Look) -> pygame.Surface:
    c = Canvas(PORTRAIT, PORTRAIT, SS_PORTRAIT, look.bg)
    g = make_geo(look)
    portrait_background(c, look)
    draw_hair_back(c, g, look)
    draw_neck(c, g, look)
    draw_torso(c, g, look)
    draw_lanyard(c, g, look)
    draw_necklace(c, g, look)
    c.push()
    if look.head not in ("scarf",):
        draw_ears(c, g, look)
    draw_face_base(c, g, look)
    draw_stubble(c, g, look)
    c.pop()
    draw_wrinkles(c, g, look)
    for s in (-1, 1):
        draw_eye(c, g, look, s)
        draw_brow(c, g, look, s)
    draw_furrow(c, g, look)
    draw_nose(c, g, look)
    draw_beard(c, g, look)
    draw_mouth(c, g, look)
    draw_mustache(c, g, look)
    if look.hair_style == "short":
        draw_hair_short(c, g, look, hairline=0.62 if look.age == "old" else 0.58)
    elif look.hair_style == "bob":
        draw_hair_bob(c, g, look)
    if look.head in HEADWEAR:
        HEADWEAR[look.head](c, g, look)
    draw_glasses(c, g, look)
    draw_earrings(c, g, look)
    return c.finish()


PORTRAITS: dict[str, Look] = {
    "checkpoint-elder": Look(
        skin=(98, 64, 44), bg=(214, 198, 170), clothes="robe", cloth=(78, 92, 124), cloth2=(206, 180, 118),
        hair=(200, 198, 192), age="old", mood="warm", head="kufi", head_color=(232, 226, 210),
        beard="full", beard_color=(232, 230, 224), head_w=77, jaw=0.98),
    "checkpoint-interpreter": Look(
        skin=(120, 78, 52), bg=(172, 192, 180), clothes="shirt", cloth=(206, 214, 222), cloth2=(120, 140, 160),
        hair=(26, 20, 18), mood="warm", lanyard=(66, 128, 110), badge="id", beard="stubble"),
    "checkpoint-officer": Look(
        skin=(178, 124, 90), bg=(178, 192, 208), clothes="camo", cloth=(128, 124, 92), cloth2=(90, 84, 62),
        hair=(30, 22, 20), female=True, mood="calm", head="beret", head_color=(96, 156, 222),
        earrings=True, head_w=72, head_h=95, jaw=0.9),
    "checkpoint-mother": Look(
        skin=(112, 72, 48), bg=(218, 196, 184), clothes="dress", cloth=(96, 104, 128), cloth2=(150, 110, 90),
        female=True, age="young", mood="calm", hair_style="none", head="scarf", head_color=(170, 104, 82),
        head_w=71, head_h=94, jaw=0.88),
    "checkpoint-sergeant": Look(
        skin=(198, 150, 112), bg=(192, 198, 182), clothes="camo", cloth=(134, 128, 96), cloth2=(92, 86, 64),
        hair=(52, 38, 30), mood="calm", head="helmet", head_color=(96, 156, 222), beard="stubble",
        beard_color=(60, 44, 36), jaw=1.05),
    "checkpoint-youth": Look(
        skin=(86, 56, 40), bg=(174, 184, 200), clothes="tshirt", cloth=(172, 98, 76), cloth2=(140, 80, 60),
        hair=(20, 16, 14), age="young", mood="tense", gaze=-0.6, head_w=74, head_h=97),
    "convoy-ngo-lead": Look(
        skin=(230, 190, 160), bg=(196, 212, 202), clothes="vest", cloth=(120, 148, 176), cloth2=(226, 222, 210),
        hair=(110, 78, 56), female=True, mood="warm", hair_style="bob", glasses=True, head_w=72, head_h=95, jaw=0.9),
    "convoy-cmcoord": Look(
        skin=(156, 104, 74), bg=(184, 200, 216), clothes="shirt", cloth=(228, 232, 236), cloth2=(120, 140, 160),
        hair=(30, 24, 22), mood="calm", beard="short", beard_color=(34, 28, 26), lanyard=UN_BLUE, badge="un"),
    "convoy-commander": Look(
        skin=(92, 60, 42), bg=(190, 186, 174), clothes="dark", cloth=(58, 62, 62), cloth2=(40, 44, 44),
        hair=(20, 16, 14), mood="stern", head="patrol", head_color=(84, 90, 66), beard="stubble",
        beard_color=(22, 18, 16), jaw=1.08, head_w=78),
    "convoy-driver": Look(
        skin=(128, 86, 58), bg=(206, 194, 172), clothes="shirt", cloth=(112, 134, 156), cloth2=(90, 110, 130),
        hair=(150, 146, 140), age="old", mood="warm", head="cap", head_color=(170, 150, 110),
        beard="mustache", beard_color=(196, 194, 188)),
    "convoy-chief": Look(
        skin=(94, 60, 42), bg=(202, 184, 198), clothes="wrap", cloth=(190, 142, 64), cloth2=(70, 86, 120),
        female=True, age="adult", mood="calm", hair_style="none", head="gele", head_color=(196, 148, 68),
        earrings=True, necklace=True, head_w=72, head_h=95, jaw=0.92),
}



# ==========================================================================
# BACKGROUNDS
# ==========================================================================

@dataclass
class Camera:
    """Pin-hole camera over flat ground: world (x across, z ahead, y up) in metres."""
    horizon: float
    f: float = 900.0
    height: float = 2.0
    cx: float = BG_W / 2

    def project(self, x: float, z: float, y: float = 0.0) -> Point:
        return (self.cx + self.f * x / z, self.horizon + self.f * (self.height - y) / z)

    def scale(self, z: float) -> float:
        """Pixels per metre at distance z."""
        return self.f / z


# -- sky and land -------------------------------------------------------------

def sky(c: Canvas, stops: Stops, horizon: float) -> None:
    c.gradient(0, 0, BG_W, horizon + 40, stops)


def sun(c: Canvas, x: float, y: float, r: float, core: Color, halo: Color, strength: int = 160) -> None:
    c.glow(x, y, r * 14, halo, a=strength)
    c.glow(x, y, r * 4, mix(core, halo, 0.3), a=min(255, strength + 60))
    c.circle(core, x, y, r)


def cloud(c: Canvas, x: float, y: float, w: float, rng: random.Random, color: Color,
          shadow: Color, a: int = 220) -> None:
    """Flat-bottomed cumulus: a rounded base with puffs on top; bottom at y."""
    base_h = w * 0.16
    n = rng.randint(4, 6)
    puffs = []
    for i in range(n):
        t = 0.16 + 0.68 * i / (n - 1)
        r = w * (0.1 + 0.12 * math.sin(math.pi * t)) * rng.uniform(0.85, 1.15)
        py = min(y - base_h * 0.5 - r * 0.55, y - r)
        puffs.append((x - w / 2 + w * t, py, r))
    lift = w * 0.025
    c.push()
    c.rect(shadow, x - w / 2, y - base_h, w, base_h, radius=base_h / 2)
    for px, py, r in puffs:
        c.circle(shadow, px, py, r)
    c.rect(color, x - w / 2 + lift, y - base_h - lift * 1.4, w - 2 * lift, base_h, radius=base_h / 2)
    for px, py, r in puffs:
        c.circle(color, px - r * 0.06, py - lift * 1.4, r * 0.96)
    c.pop(a=a)


def wisp(c: Canvas, x: float, y: float, w: float, color: Color, a: int = 70) -> None:
    """Thin, stretched high cloud."""
    c.ellipse(color, x, y, w / 2, w * 0.025, a=a)
    c.ellipse(color, x + w * 0.15, y - w * 0.02, w * 0.3, w * 0.018, a=a)


def ridge_points(rng: random.Random, base: float, amp: float, step: float = 12,
                 freqs: Sequence[float] = (1.3, 3.1, 7.7), flat: float = 0.0) -> list[Point]:
    """A smooth random skyline from left to right (flat>0 makes mesa-like tops)."""
    phases = [rng.uniform(0, 2 * math.pi) for _ in freqs]
    weights = [1.0, 0.45, 0.18]
    pts = []
    x = -20.0
    while x <= BG_W + 20:
        v = sum(wt * math.sin(2 * math.pi * f * x / BG_W + ph) for f, ph, wt in zip(freqs, phases, weights))
        v = (v / sum(weights) + 1) / 2
        if flat:
            v = min(v, 1 - flat) / (1 - flat)
        pts.append((x, base - amp * v))
        x += step
    return pts


def hills(c: Canvas, rng: random.Random, base: float, amp: float, color: Color, flat: float = 0.0,
          freqs: Sequence[float] = (1.3, 3.1, 7.7)) -> None:
    pts = ridge_points(rng, base, amp, freqs=freqs, flat=flat)
    c.poly(color, pts + [(BG_W + 20, base + 30), (-20, base + 30)])


def ground(c: Canvas, horizon: float, stops: Stops) -> None:
    c.grad_poly([(-10, horizon), (BG_W + 10, horizon), (BG_W + 10, BG_H + 10), (-10, BG_H + 10)],
                stops, horizon, BG_H)


def grass_tufts(c: Canvas, rng: random.Random, cam: Camera, n: int, z0: float, z1: float,
                color: Color, avoid: Callable[[float, float], bool] | None = None, a: int = 200) -> None:
    for _ in range(n):
        z = rng.uniform(z0, z1)
        x = rng.uniform(-1.1, 1.1) * z * BG_W / (2 * cam.f)
        if avoid and avoid(x, z):
            continue
        px, py = cam.project(x, z)
        s = cam.scale(z)
        h = s * rng.uniform(0.3, 0.6)
        blades = []
        for k in range(5):
            dx = (k - 2) * h * 0.22
            blades.append((px + dx * 0.4, py))
            blades.append((px + dx, py - h * (1 - abs(k - 2) * 0.2)))
        c.poly(color, [(px - h * 0.4, py)] + blades + [(px + h * 0.4, py)], a=a)


def road_polygon(cam: Camera, path: Sequence[Point], width: float) -> list[Point]:
    """Project a flat road of the given width following a world-space (x, z) path."""
    left, right = [], []
    n = len(path)
    for i, (x, z) in enumerate(path):
        (x0, z0), (x1, z1) = path[max(i - 1, 0)], path[min(i + 1, n - 1)]
        L = math.hypot(x1 - x0, z1 - z0) or 1.0
        nx, nz = -(z1 - z0) / L, (x1 - x0) / L
        left.append(cam.project(x + nx * width / 2, z + nz * width / 2))
        right.append(cam.project(x - nx * width / 2, z - nz * width / 2))
    return left + right[::-1]


def draw_road(c: Canvas, cam: Camera, path: Sequence[Point], width: float, far: Color, near: Color,
              verge: Color, tracks: Color | None = None) -> None:
    c.grad_poly(road_polygon(cam, path, width * 1.35), [(0, verge), (1, verge)], a=150)
    c.grad_poly(road_polygon(cam, path, width), [(0, far), (1, near)], cam.horizon, BG_H)
    if tracks:
        for off in (-0.3, 0.3):
            shifted = [(x + off * width, z) for x, z in path]
            c.grad_poly(road_polygon(cam, shifted, width * 0.07), [(0, tracks), (1, tracks)], a=34)


# -- vegetation ------------------------------------------------------------------

def acacia(c: Canvas, x: float, y: float, h: float, w: float, rng: random.Random,
           trunk: Color, dark: Color, light: Color) -> None:
    """Umbrella-thorn acacia: forked trunk, spreading branches and a flat layered canopy."""
    top = y - h
    canopy_y = top + h * 0.12
    fork = (x + rng.uniform(-0.03, 0.03) * h, y - h * 0.42)
    tw = max(1.5, h * 0.055)
    c.poly(trunk, [(x - tw * 0.65, y), (x + tw * 0.65, y), (fork[0] + tw * 0.35, fork[1]), (fork[0] - tw * 0.35, fork[1])])
    n = 5
    for i in range(n):
        t = i / (n - 1) - 0.5
        end = (x + t * w * 0.72 + rng.uniform(-0.03, 0.03) * w, canopy_y + h * 0.03)
        ctrl = (fork[0] + t * w * 0.12, fork[1] - h * 0.2)
        pts = quad_curve(fork, ctrl, end, 8)
        c.stroke(trunk, pts, max(1.0, tw * (0.6 - abs(t) * 0.4)))
        c.stroke(trunk, [pts[5], (end[0] + t * w * 0.14 + rng.uniform(-1, 1) * w * 0.03, canopy_y)], max(0.8, tw * 0.25))
    puffs = []
    for _ in range(16):
        u = rng.uniform(-0.46, 0.46)
        r = w * rng.uniform(0.08, 0.13) * (1 - abs(u) * 0.7)
        puffs.append((x + u * w, canopy_y - h * 0.03 * (1 - abs(u) * 2) - r * 0.15, r))
    c.ellipse(dark, x, canopy_y + h * 0.015, w * 0.5, h * 0.055)
    for px, py, r in puffs:
        c.ellipse(dark, px, py + h * 0.012, r * 1.5, r * 0.55)
    c.ellipse(light, x - w * 0.02, canopy_y - h * 0.008, w * 0.47, h * 0.04)
    for px, py, r in puffs:
        c.ellipse(light, px - r * 0.12, py - h * 0.008, r * 1.3, r * 0.44)


def shade_tree(c: Canvas, x: float, y: float, h: float, w: float, rng: random.Random,
               trunk: Color, dark: Color, light: Color) -> None:
    """Broad rounded shade tree (mango / neem) with a dense, layered canopy."""
    c.poly(trunk, [(x - h * 0.05, y), (x - h * 0.03, y - h * 0.46), (x + h * 0.03, y - h * 0.46), (x + h * 0.055, y)])
    c.stroke(trunk, quad_curve((x, y - h * 0.4), (x - w * 0.1, y - h * 0.5), (x - w * 0.24, y - h * 0.62)), h * 0.028)
    c.stroke(trunk, quad_curve((x, y - h * 0.42), (x + w * 0.12, y - h * 0.52), (x + w * 0.26, y - h * 0.66)), h * 0.028)
    cy = y - h * 0.7
    mid = mix(dark, light, 0.5)
    lobes = []
    for _ in range(26):
        ang = rng.uniform(0, 2 * math.pi)
        d = rng.uniform(0, 1) ** 0.6
        lobes.append((x + math.cos(ang) * d * w * 0.4, cy + math.sin(ang) * d * h * 0.2, w * rng.uniform(0.08, 0.13)))
    lobes.sort(key=lambda p: p[1])
    for px, py, r in lobes:
        c.circle(dark, px, py + r * 0.15, r)
    for px, py, r in lobes:
        if py < cy + h * 0.08:
            c.circle(mid, px - r * 0.1, py - r * 0.08, r * 0.82)
    for px, py, r in lobes:
        if py < cy - h * 0.04 and px < x + w * 0.25:
            c.circle(light, px - r * 0.22, py - r * 0.25, r * 0.5)


def bush(c: Canvas, x: float, y: float, r: float, rng: random.Random, dark: Color, light: Color) -> None:
    """Low savannah scrub: a mound of small leafy lobes."""
    lobes = [(x + rng.uniform(-0.75, 0.75) * r, y - r * rng.uniform(0.25, 0.55), r * rng.uniform(0.3, 0.45))
             for _ in range(6)]
    c.ellipse(dark, x, y - r * 0.2, r * 1.0, r * 0.26)
    for px, py, rr in lobes:
        c.ellipse(dark, px, py, rr * 1.2, rr)
    for px, py, rr in lobes:
        c.ellipse(light, px - rr * 0.2, py - rr * 0.25, rr * 0.85, rr * 0.6)


# -- people ----------------------------------------------------------------------

@dataclass
class Figure:
    body: Color
    legs: Color
    skin: Color
    head: Color | None = None      # headscarf / hat colour
    robe: bool = False             # long garment instead of trousers
    load: Color | None = None      # bundle carried on the head
    helmet: bool = False           # light-blue peacekeeper helmet
    arms: str = "down"             # down / folded


def person(c: Canvas, x: float, y: float, hgt: float, f: Figure, a: int = 255) -> None:
    """A small standing figure, feet at (x, y)."""
    r = hgt * 0.068
    hy = y - hgt + r
    sh = y - hgt * 0.8
    hip = y - hgt * 0.47
    half = hgt * 0.12
    c.push()
    if f.robe:
        c.poly(f.body, [(x - half * 0.9, sh), (x + half * 0.9, sh), (x + half * 1.05, y - hgt * 0.03),
                        (x - half * 1.05, y - hgt * 0.03)])
        c.rect(shade(f.legs, 0.8), x - half * 0.6, y - hgt * 0.04, half * 1.2, hgt * 0.04)
    else:
        c.poly(f.legs, [(x - half * 0.72, hip), (x + half * 0.72, hip), (x + half * 0.62, y), (x + half * 0.1, y),
                        (x, hip + hgt * 0.1), (x - half * 0.1, y), (x - half * 0.62, y)])
        c.poly(f.body, spline([(x - half, sh + hgt * 0.02), (x, sh - hgt * 0.01), (x + half, sh + hgt * 0.02),
                               (x + half * 0.78, hip + hgt * 0.02), (x - half * 0.78, hip + hgt * 0.02)], True, 4))
    arm = shade(f.body, 0.86)
    if f.arms == "folded":
        c.rect(arm, x - half * 0.95, sh + hgt * 0.1, half * 1.9, hgt * 0.07, radius=hgt * 0.03)
    else:
        for s in (-1, 1):
            c.stroke(arm, [(x + s * half * 0.92, sh + hgt * 0.03), (x + s * half * 1.12, hip + hgt * 0.03)], hgt * 0.06)
            c.circle(f.skin, x + s * half * 1.13, hip + hgt * 0.05, hgt * 0.03)
    c.rect(f.skin, x - r * 0.45, hy + r * 0.6, r * 0.9, r * 1.0)
    c.circle(f.skin, x, hy, r)
    if f.head:
        c.poly(f.head, [(x - r * 1.15, hy - r * 0.1), (x - r * 0.8, hy - r * 1.1), (x + r * 0.8, hy - r * 1.1),
                        (x + r * 1.15, hy - r * 0.1), (x + half * 0.9, sh + hgt * 0.06), (x - half * 0.9, sh + hgt * 0.06)])
        c.circle(f.skin, x, hy + r * 0.15, r * 0.72)
    if f.helmet:
        c.poly(UN_BLUE, ellipse_pts(x, hy - r * 0.2, r * 1.2, r * 1.05, 0, 16, math.pi, 2 * math.pi))
    if f.load:
        c.ellipse(f.load, x, hy - r * 1.4, r * 1.6, r * 0.6)
    c.pop(a=a)


def shadow_at(c: Canvas, x: float, y: float, w: float, a: int = 70, color: Color = (60, 40, 30)) -> None:
    c.ellipse(color, x, y, w / 2, max(1.0, w * 0.09), a=a)


# -- vehicles --------------------------------------------------------------------

def wheel(c: Canvas, x: float, y: float, r: float, hub: Color = (150, 150, 146)) -> None:
    c.circle((40, 40, 42), x, y, r)
    c.circle(hub, x, y, r * 0.48)
    c.circle(shade(hub, 0.7), x, y, r * 0.18)


def letters(c: Canvas, x: float, y: float, hgt: float, color: Color) -> None:
    """'UN' lettering for vehicle sides."""
    letters_un(c, x, y, hgt, color, max(1.0, hgt * 0.2))


def white_truck(c: Canvas, x: float, y: float, s: float, facing: int = -1) -> None:
    """Humanitarian cargo truck in side view, wheels on y, s = pixels per metre."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    body, side, glass = (240, 240, 236), (206, 210, 210), (96, 116, 132)
    c.ellipse((70, 50, 40), x - facing * 0.2 * s, y + 0.05 * s, 4.6 * s, 0.35 * s, a=60)
    c.poly(shade(side, 0.7), [P(-3.8, 0.55), P(3.6, 0.55), P(3.6, 0.95), P(-3.8, 0.95)])
    c.poly(body, [P(-3.9, 0.9), P(1.6, 0.9), P(1.6, 3.6), P(-3.9, 3.6)])
    c.poly(side, [P(-3.9, 0.9), P(1.6, 0.9), P(1.6, 1.35), P(-3.9, 1.35)])
    c.poly(body, [P(1.75, 0.8), P(3.9, 0.8), P(3.95, 2.0), P(3.4, 2.9), P(1.75, 2.95)])
    c.poly(glass, [P(2.4, 2.0), P(3.75, 2.0), P(3.3, 2.7), P(2.4, 2.72)])
    c.poly(side, [P(1.75, 0.8), P(3.9, 0.8), P(3.9, 1.2), P(1.75, 1.2)])
    lx, ly = P(-2.4 if facing < 0 else 0.2, 2.75)
    letters(c, lx, ly, 0.9 * s, (40, 44, 50))
    for u in (-2.8, -1.6, 2.9):
        wheel(c, *P(u, 0.5), 0.52 * s)


def pickup(c: Canvas, x: float, y: float, s: float, color: Color, facing: int = 1) -> None:
    """Pickup truck in side view (front towards `facing`), wheels resting on y."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    glass = (66, 72, 80)
    dark = shade(color, 0.72)
    c.ellipse((40, 28, 26), x, y + 0.05 * s, 3.0 * s, 0.25 * s, a=90)
    c.poly(color, spline([P(-2.65, 0.42), P(2.55, 0.42), P(2.62, 0.9), P(2.45, 1.12), P(1.0, 1.2),
                          P(0.45, 1.82), P(-0.7, 1.84), P(-0.85, 1.2), P(-2.65, 1.18)], True, 3))
    c.poly(glass, [P(0.38, 1.28), P(0.82, 1.26), P(0.4, 1.72), P(0.1, 1.74)])
    c.poly(glass, [P(-0.62, 1.28), P(0.02, 1.28), P(0.02, 1.74), P(-0.6, 1.76)])
    c.poly(dark, [P(-2.65, 0.42), P(2.58, 0.42), P(2.6, 0.7), P(-2.65, 0.7)])
    c.stroke(dark, [P(-0.85, 1.2), P(-0.85, 0.7)], max(1.0, 0.05 * s))
    c.stroke(shade(color, 0.85), [P(0.06, 1.22), P(0.06, 0.72)], max(1.0, 0.03 * s))
    c.stroke(mix(color, WHITE, 0.25), [P(-2.65, 1.16), P(-0.9, 1.16)], max(1.0, 0.06 * s))
    c.stroke(dark, [P(-2.6, 1.05), P(-2.6, 0.72)], max(1.0, 0.04 * s))
    c.rect((180, 180, 176), *P(2.5 if facing > 0 else 2.62, 0.62), 0.12 * s, 0.14 * s)
    c.poly(shade(color, 0.6), [P(0.9, 1.3), P(1.05, 1.3), P(1.05, 1.42), P(0.9, 1.42)])
    for u in (-1.75, 1.6):
        c.circle(shade(color, 0.45), *P(u, 0.5), 0.52 * s)
        wheel(c, *P(u, 0.42), 0.42 * s, (120, 120, 116))


def land_cruiser(c: Canvas, x: float, y: float, s: float, facing: int = 1) -> None:
    """White NGO 4x4 station wagon in side view (front towards `facing`), wheels on y."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)

    def box(u0: float, v0: float, u1: float, v1: float) -> list[Point]:
        return [P(u0, v0), P(u1, v0), P(u1, v1), P(u0, v1)]
    body, side, glass, black = (242, 242, 238), (208, 210, 210), (82, 98, 114), (46, 46, 48)
    lw = max(1.0, 0.03 * s)
    c.ellipse((60, 44, 36), x, y + 0.04 * s, 2.8 * s, 0.22 * s, a=90)
    c.stroke((64, 64, 64), quad_curve(P(2.3, 0.8), P(2.28, 2.2), P(1.9, 3.3)), max(1.0, 0.025 * s))
    c.poly(black, box(-2.25, 1.98, 0.55, 2.06))
    c.poly(body, [P(-2.45, 0.45), P(2.38, 0.45), P(2.48, 0.62), P(2.48, 1.05), P(2.32, 1.2), P(1.08, 1.28),
                  P(0.82, 1.94), P(-2.3, 1.97), P(-2.45, 1.85)])
    c.poly(side, box(-2.45, 0.45, 2.46, 0.82))
    c.poly(glass, [P(0.95, 1.32), P(0.76, 1.86), P(0.42, 1.86), P(0.42, 1.32)])
    for u0, u1 in ((-0.65, 0.32), (-1.55, -0.75), (-2.28, -1.65)):
        c.poly(glass, box(u0, 1.32, u1, 1.86))
    for u in (0.45, -0.7, -1.6):
        c.stroke(shade(side, 0.85), [P(u, 0.55), P(u, 1.3)], lw)
    for u in (0.05, -1.05):
        c.stroke((150, 150, 150), [P(u, 1.14), P(u - 0.2, 1.14)], lw * 2)
    c.poly(black, box(2.28, 0.48, 2.52, 0.72))
    c.poly(black, box(-2.52, 0.48, -2.3, 0.72))
    c.rect((250, 226, 160), *P(2.46 if facing < 0 else 2.36, 1.08), 0.1 * s, 0.12 * s)
    c.rect((190, 70, 60), *P(-2.36 if facing < 0 else -2.46, 1.3), 0.1 * s, 0.22 * s)
    c.poly(black, [P(-2.62, 0.8), P(-2.44, 0.8), P(-2.44, 1.62), P(-2.62, 1.62)])
    c.stroke(black, [P(1.3, 0.85), P(1.12, 1.3), P(0.98, 1.92)], max(1.0, 0.08 * s))
    c.poly(black, box(0.9, 1.88, 1.1, 2.0))
    c.poly(black, box(0.86, 1.32, 1.0, 1.46))
    ngo_logo(c, *P(-0.15, 1.02), 0.2 * s, (64, 126, 120), body)
    for u in (-1.55, 1.55):
        c.poly(black, ellipse_pts(*P(u, 0.45), 0.56 * s, 0.56 * s, 0, 20, math.pi, 2 * math.pi))
        wheel(c, *P(u, 0.42), 0.42 * s)


# -- built structures ---------------------------------------------------------------

def building(c: Canvas, x: float, y: float, w: float, h: float, wall: Color, rng: random.Random,
             roof: str = "flat", door: Color | None = None, light_side: int = -1) -> None:
    """Low adobe or block building, front view, with a shaded side wall."""
    depth = w * 0.18
    side = shade(wall, 0.78)
    sx = x + w if light_side < 0 else x   # shaded side faces away from the light
    d = depth if light_side < 0 else -depth
    c.poly(side, [(sx, y - h), (sx + d, y - h - depth * 0.22), (sx + d, y - depth * 0.05), (sx, y)])
    c.rect(wall, x, y - h, w, h)
    c.rect(shade(wall, 0.9), x, y - h * 0.14, w, h * 0.14, a=160)
    if roof == "flat":
        c.rect(mix(wall, WHITE, 0.2), x - w * 0.01, y - h - h * 0.05, w * 1.02, h * 0.07)
    elif roof == "tin":
        tin = (150, 156, 160)
        c.poly(tin, [(x - w * 0.05, y - h), (x + w * 1.05, y - h), (x + w * 0.98, y - h - h * 0.22),
                     (x + w * 0.02, y - h - h * 0.22)])
        for i in range(1, 9):
            xx = x + w * i / 9
            c.stroke(shade(tin, 0.86), [(xx, y - h), (xx, y - h - h * 0.21)], max(0.8, w * 0.006))
    dw = w * 0.16
    dx = x + w * rng.uniform(0.2, 0.6)
    c.rect(door or shade(wall, 0.45), dx, y - h * 0.62, dw, h * 0.62)
    for k in range(rng.randint(1, 2)):
        wx = x + w * (0.08 + 0.7 * k) if k else x + w * 0.08
        if abs(wx - dx) < dw * 1.3:
            wx = dx + dw * 1.6
        if wx + w * 0.12 < x + w:
            c.rect(shade(wall, 0.4), wx, y - h * 0.7, w * 0.12, h * 0.22)
            c.rect(mix(wall, WHITE, 0.25), wx - w * 0.01, y - h * 0.49, w * 0.14, h * 0.03)


def awning_stall(c: Canvas, x: float, y: float, w: float, h: float, stripe: tuple[Color, Color],
                 rng: random.Random) -> None:
    """Market stall: poles, a table of goods and a scalloped striped awning."""
    wood = (112, 82, 58)
    c.rect(shade(wood, 0.8), x, y - h, w * 0.035, h)
    c.rect(shade(wood, 0.8), x + w * 0.965, y - h, w * 0.035, h)
    c.rect((74, 60, 50), x + w * 0.03, y - h * 0.92, w * 0.94, h * 0.5, a=120)
    ty = y - h * 0.38
    c.rect(wood, x - w * 0.02, ty, w * 1.04, h * 0.06)
    c.rect(shade(wood, 0.7), x + w * 0.05, ty + h * 0.06, w * 0.03, h * 0.32)
    c.rect(shade(wood, 0.7), x + w * 0.92, ty + h * 0.06, w * 0.03, h * 0.32)
    goods = [(196, 96, 62), (220, 160, 70), (140, 150, 70), (176, 120, 150), (210, 190, 140)]
    gx = x + w * 0.08
    while gx < x + w * 0.86:
        col = rng.choice(goods)
        pw = w * rng.uniform(0.14, 0.22)
        r = pw * 0.18
        for row in range(3):
            for k in range(3 - row):
                c.circle(shade(col, 0.9 + 0.05 * row), gx + r + k * r * 2 + row * r, ty - r * 0.8 - row * r * 1.5, r)
        gx += pw + w * 0.03
    c.ellipse((150, 120, 80), x + w * 0.2, y - h * 0.05, w * 0.14, h * 0.07)
    c.rect((196, 178, 140), x + w * 0.62, y - h * 0.2, w * 0.2, h * 0.2, radius=w * 0.03)
    top, bot = y - h * 1.02, y - h * 0.8
    n = 7
    sw = w * 1.1 / n
    for i in range(n):
        col = stripe[i % 2]
        x0 = x - w * 0.05 + i * sw
        c.poly(col, [(x0 + sw * 0.1, top - h * 0.12), (x0 + sw * 1.1, top - h * 0.12), (x0 + sw, bot), (x0, bot)])
        c.ellipse(col, x0 + sw / 2, bot, sw / 2, sw * 0.3)
    c.rect(shade(stripe[0], 0.8), x - w * 0.05, top - h * 0.14, w * 1.12, h * 0.04)


def sandbag_wall(c: Canvas, x: float, y: float, w: float, rows: int, bag: float, rng: random.Random) -> None:
    """Rows of stacked sandbags, bottom row resting on y."""
    base = (184, 168, 126)
    bh = bag * 0.36
    for r in range(rows):
        by = y - bh * (r + 1) * 0.92
        offset = bag * 0.5 if r % 2 else 0
        inset = r * bag * 0.2
        bx = x + inset - offset
        while bx < x + w - inset - bag * 0.3:
            bw = min(bag, x + w - inset - bx)
            left = max(bx, x + inset)
            bw = bx + bw - left
            col = shade(base, rng.uniform(0.9, 1.04))
            c.rect(shade(col, 0.68), left, by, bw, bh, radius=bh * 0.45)
            c.rect(col, left + bw * 0.02, by, bw * 0.96, bh * 0.86, radius=bh * 0.42)
            c.rect(mix(col, WHITE, 0.25), left + bw * 0.15, by + bh * 0.12, bw * 0.6, bh * 0.14, a=110, radius=bh * 0.07)
            bx += bag


def flag(c: Canvas, x: float, y: float, pole_h: float, w: float, t: float = 0.0) -> None:
    """Light-blue UN flag on a pole whose foot is at (x, y)."""
    c.stroke((120, 120, 120), [(x, y), (x, y - pole_h)], max(1.5, w * 0.03))
    c.circle((200, 200, 196), x, y - pole_h, w * 0.03)
    top = y - pole_h + w * 0.04
    hgt = w * 0.62
    n = 20
    upper, lower = [], []
    for i in range(n + 1):
        u = i / n
        wave = math.sin(u * 5.0 + t) * w * 0.045 * u
        upper.append((x + u * w, top + wave + u * w * 0.06))
        lower.append((x + u * w * 0.98, top + hgt + wave + u * w * 0.1))
    c.poly(UN_BLUE, upper + lower[::-1])
    for i in range(n):
        u = i / n
        if math.cos(u * 5.0 + t) > 0.3:
            c.poly(shade(UN_BLUE, 0.88), [upper[i], upper[i + 1], lower[i + 1], lower[i]], a=120)
    mx, my = x + w * 0.5, top + hgt / 2 + math.sin(0.5 * 5.0 + t) * w * 0.045 * 0.5 + w * 0.04
    un_emblem(c, mx, my, hgt * 0.26, WHITE)


def boom_barrier(c: Canvas, x0: float, x1: float, y: float, h: float) -> None:
    """Striped boom gate from a post at x0 to a rest at x1."""
    post = (90, 96, 100)
    c.rect(post, x0 - h * 0.12, y - h * 1.1, h * 0.24, h * 1.1)
    c.rect(shade(post, 0.7), x0 - h * 0.2, y - h * 0.1, h * 0.4, h * 0.1)
    c.stroke((120, 104, 84), [(x1, y), (x1, y - h * 0.95)], h * 0.06)
    c.stroke((120, 104, 84), [(x1 - h * 0.12, y - h * 1.05), (x1, y - h * 0.9), (x1 + h * 0.12, y - h * 1.05)], h * 0.05)
    by = y - h
    n = 12
    for i in range(n):
        xa = x0 + (x1 + h * 0.3 - x0) * i / n
        xb = x0 + (x1 + h * 0.3 - x0) * (i + 1) / n
        col = (186, 72, 60) if i % 2 == 0 else (236, 232, 222)
        c.poly(col, [(xa, by - h * 0.06), (xb, by - h * 0.06), (xb, by + h * 0.06), (xa, by + h * 0.06)])
    c.rect((60, 60, 60), x0 - h * 0.3, by - h * 0.14, h * 0.3, h * 0.28, radius=h * 0.04)


def guard_post(c: Canvas, x: float, y: float, s: float, rng: random.Random) -> None:
    """Small sandbagged observation post with a light roof. s = px per metre."""
    wood = (118, 96, 72)
    for u in (0.2, 3.0):
        c.rect(wood, x + u * s, y - 2.5 * s, 0.12 * s, 2.5 * s)
    c.rect((70, 64, 56), x + 0.2 * s, y - 2.4 * s, 2.9 * s, 1.6 * s, a=150)
    c.poly((150, 156, 152), [(x - 0.2 * s, y - 2.45 * s), (x + 3.5 * s, y - 2.45 * s),
                             (x + 3.3 * s, y - 2.8 * s), (x, y - 2.8 * s)])
    c.rect(shade((150, 156, 152), 0.75), x - 0.2 * s, y - 2.5 * s, 3.7 * s, 0.08 * s)
    sandbag_wall(c, x - 0.3 * s, y, 3.8 * s, 3, 0.75 * s, rng)


# -- interiors -------------------------------------------------------------------

def folding_table(c: Canvas, x: float, y: float, w: float, d: float, h: float, top: Color) -> None:
    """Table whose front-left top corner is (x, y); depth d drawn as an oblique offset."""
    leg = (110, 114, 118)
    for lx in (x + w * 0.04, x + w * 0.94):
        c.stroke(leg, [(lx + d * 0.5, y - d * 0.35), (lx + d * 0.5, y - d * 0.35 + h)], max(2.0, w * 0.012))
    c.poly(top, [(x, y), (x + w, y), (x + w + d * 0.6, y - d * 0.4), (x + d * 0.6, y - d * 0.4)])
    c.rect(shade(top, 0.82), x, y, w, h * 0.07)
    for lx in (x + w * 0.03, x + w * 0.95):
        c.stroke(leg, [(lx, y + h * 0.07), (lx, y + h)], max(2.0, w * 0.014))


def bench(c: Canvas, x: float, y: float, w: float, h: float, wood: Color) -> None:
    c.rect(shade(wood, 0.7), x + w * 0.06, y, w * 0.05, h)
    c.rect(shade(wood, 0.7), x + w * 0.89, y, w * 0.05, h)
    c.poly(mix(wood, WHITE, 0.1), [(x, y), (x + w, y), (x + w + h * 0.5, y - h * 0.3), (x + h * 0.5, y - h * 0.3)])
    c.rect(wood, x, y, w, h * 0.18)


def plastic_chair(c: Canvas, x: float, y: float, h: float, color: Color = (236, 236, 230)) -> None:
    """Monobloc chair seen from the front, feet at y."""
    w = h * 0.55
    c.rect(shade(color, 0.8), x - w / 2, y - h * 0.5, w * 0.1, h * 0.5)
    c.rect(shade(color, 0.8), x + w * 0.4, y - h * 0.5, w * 0.1, h * 0.5)
    c.rect(shade(color, 0.9), x - w / 2 + w * 0.08, y - h, w * 0.84, h * 0.5, radius=w * 0.16)
    c.rect(color, x - w / 2, y - h * 0.56, w, h * 0.1, radius=w * 0.05)



# -- scenes ------------------------------------------------------------------------

CLOTH_PALETTE: list[Color] = [(86, 98, 138), (176, 104, 80), (206, 164, 84), (74, 128, 124), (226, 214, 190),
                              (120, 128, 84), (150, 86, 110), (98, 84, 72), (190, 196, 206)]
SKIN_PALETTE: list[Color] = [(92, 60, 42), (112, 72, 48), (130, 88, 60), (78, 52, 38), (150, 102, 70)]


def random_figure(rng: random.Random) -> Figure:
    female = rng.random() < 0.5
    body = rng.choice(CLOTH_PALETTE)
    return Figure(body=body, legs=rng.choice([(70, 70, 80), (96, 84, 70), body]) if not female else body,
                  skin=rng.choice(SKIN_PALETTE), head=rng.choice(CLOTH_PALETTE) if female else None,
                  robe=female or rng.random() < 0.25,
                  load=rng.choice([(200, 170, 110), (176, 104, 80)]) if female and rng.random() < 0.3 else None)


def distant_town(c: Canvas, rng: random.Random, cam: Camera, z: float, x0: float, x1: float,
                 gap: tuple[float, float], walls: Sequence[Color], haze: Color, haze_t: float) -> None:
    """A row of low buildings and trees at depth z, leaving a gap (world x) for the road."""
    s = cam.scale(z)
    x = x0
    while x < x1:
        w = rng.uniform(5, 11)
        if gap[0] - w < x < gap[1]:
            x = gap[1]
            continue
        h = rng.uniform(3.0, 4.6) if rng.random() < 0.8 else rng.uniform(5.5, 6.8)
        px, py = cam.project(x, z)
        wall = mix(rng.choice(walls), haze, haze_t)
        if rng.random() < 0.35:
            shade_tree(c, px + w * s * rng.uniform(0.2, 0.8), py - 2 * s, rng.uniform(7, 9) * s, rng.uniform(6, 8) * s, rng,
                       mix((96, 80, 60), haze, haze_t), mix((110, 122, 80), haze, haze_t),
                       mix((134, 144, 94), haze, haze_t))
        building(c, px, py + rng.uniform(-0.3, 0.3) * s, w * s, h * s, wall, rng, rng.choice(["flat", "flat", "tin"]),
                 door=mix((80, 110, 120), haze, haze_t) if rng.random() < 0.4 else None,
                 light_side=-1 if x > 0 else 1)
        x += w + rng.uniform(-1.5, 2.5)


def phone_mast(c: Canvas, x: float, y: float, h: float, color: Color) -> None:
    """Thin lattice telecom mast."""
    w = h * 0.05
    c.stroke(color, [(x - w, y), (x - w * 0.2, y - h)], max(1.0, h * 0.008))
    c.stroke(color, [(x + w, y), (x + w * 0.2, y - h)], max(1.0, h * 0.008))
    n = 10
    for i in range(n):
        t0, t1 = i / n, (i + 1) / n
        wa, wb = w * (1 - 0.8 * t0), w * (1 - 0.8 * t1)
        c.stroke(color, [(x - wa, y - h * t0), (x + wb, y - h * t1)], max(0.6, h * 0.004))
    for k in (0.86, 0.94):
        c.rect(color, x - w * 0.45, y - h * k, w * 0.9, h * 0.03)


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



def points_along(path: Sequence[Point], start: float, spacing: float, count: int) -> list[Point]:
    """Points at regular arc-length intervals along a world-space path."""
    out: list[Point] = []
    travelled, target = 0.0, start
    for (x0, z0), (x1, z1) in zip(path, path[1:]):
        seg = math.hypot(x1 - x0, z1 - z0)
        while seg > 0 and travelled + seg >= target and len(out) < count:
            t = (target - travelled) / seg
            out.append((x0 + (x1 - x0) * t, z0 + (z1 - z0) * t))
            target += spacing
        travelled += seg
    return out


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


def long_shadow(c: Canvas, x: float, y: float, w: float, vanish: Point, length: float, a: int = 50,
                color: Color = (70, 40, 40)) -> None:
    """Shadow cast toward the viewer by a low sun in front; fades with distance from its base."""
    ex, ey = x + (x - vanish[0]) * length, y + (y - vanish[1]) * length
    we = w * (1 + 0.5 * length)
    c.fade_poly(color, [(x - w / 2, y), (x + w / 2, y), (ex + we / 2, ey), (ex - we / 2, ey)], y, ey, a, 0)


def log(c: Canvas, xa: float, xb: float, y: float, d: float, bark: Color) -> None:
    """One felled log lying across the view, cut end on the right."""
    end = (198, 158, 112)
    c.grad_poly([(xa, y - d / 2), (xb, y - d / 2), (xb, y + d / 2), (xa, y + d / 2)],
                [(0, mix(bark, WHITE, 0.22)), (0.4, bark), (1, shade(bark, 0.55))], y - d / 2, y + d / 2)
    c.ellipse(shade(bark, 0.8), xa, y, d * 0.18, d / 2)
    for k in (0.3, 0.62):
        c.stroke(shade(bark, 0.75), [(xa + (xb - xa) * k, y - d * 0.2), (xa + (xb - xa) * (k + 0.12), y - d * 0.16)],
                 d * 0.05, a=150)
    c.ellipse(shade(end, 0.72), xb, y, d * 0.3, d / 2)
    c.ellipse(end, xb - d * 0.03, y, d * 0.26, d * 0.44)
    c.stroke(shade(end, 0.78), ellipse_pts(xb - d * 0.03, y, d * 0.14, d * 0.24, n=20), d * 0.035, closed=True)
    c.circle(shade(end, 0.7), xb - d * 0.03, y, d * 0.04)


def log_pile(c: Canvas, x0: float, x1: float, y: float, d: float, rng: random.Random) -> None:
    """Felled logs stacked across the road, bottom resting on y."""
    bark = (104, 78, 60)
    span = x1 - x0
    bottom = [(0.0, 0.42), (0.36, 0.74), (0.66, 1.0)]
    top = [(0.14, 0.6), (0.5, 0.88)]
    for a, b in bottom:
        log(c, x0 + span * a, x0 + span * b, y - d * 0.5, d * rng.uniform(0.95, 1.08), shade(bark, rng.uniform(0.9, 1.05)))
    for a, b in top:
        log(c, x0 + span * a, x0 + span * b, y - d * 1.35, d * rng.uniform(0.9, 1.0), shade(bark, rng.uniform(0.9, 1.05)))


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



# -- NGO compound -------------------------------------------------------------------

def water_tower(c: Canvas, x: float, ground_y: float, w: float, h: float) -> None:
    """Elevated plastic water tank on a steel stand; x is the left edge."""
    steel = (96, 100, 104)
    top = ground_y - h
    for lx in (x + w * 0.08, x + w * 0.92):
        c.stroke(steel, [(lx, ground_y), (lx + (x + w / 2 - lx) * 0.12, top)], w * 0.035)
    n = 5
    for i in range(n):
        y0 = ground_y - h * i / n
        y1 = ground_y - h * (i + 1) / n
        c.stroke(shade(steel, 1.1), [(x + w * 0.09, y0), (x + w * 0.9, y1)], w * 0.012)
        c.stroke(shade(steel, 1.1), [(x + w * 0.91, y0), (x + w * 0.1, y1)], w * 0.012)
        c.stroke(steel, [(x + w * 0.1, y1), (x + w * 0.9, y1)], w * 0.018)
    c.rect(shade(steel, 0.8), x - w * 0.02, top - w * 0.03, w * 1.04, w * 0.06)
    tank = (70, 84, 100)
    tx, tw, th = x + w * 0.06, w * 0.88, w * 0.66
    c.grad_poly([(tx, top - th), (tx + tw, top - th), (tx + tw, top), (tx, top)],
                [(0, mix(tank, WHITE, 0.12)), (1, shade(tank, 0.85))])
    c.ellipse(mix(tank, WHITE, 0.2), tx + tw / 2, top - th, tw / 2, w * 0.07)
    c.ellipse(shade(tank, 0.7), tx + tw / 2, top - th - w * 0.03, tw * 0.12, w * 0.025)
    for k in range(1, 4):
        yy = top - th * k / 4
        c.stroke(shade(tank, 0.85), [(tx, yy), (tx + tw, yy)], w * 0.012)
    c.rect(mix(tank, WHITE, 0.3), tx + tw * 0.12, top - th * 0.92, tw * 0.08, th * 0.8, a=70)
    c.stroke((120, 124, 128), [(x + w * 0.5, top), (x + w * 0.5, ground_y - w * 0.12), (x + w * 0.72, ground_y - w * 0.12)],
             w * 0.03)
    c.rect((150, 154, 156), x + w * 0.7, ground_y - w * 0.16, w * 0.05, w * 0.08)


def jerrycan(c: Canvas, x: float, y: float, h: float, color: Color) -> None:
    w = h * 0.72
    c.rect(shade(color, 0.75), x, y - h, w, h, radius=h * 0.12)
    c.rect(color, x, y - h, w * 0.9, h * 0.96, radius=h * 0.12)
    c.rect(shade(color, 0.75), x + w * 0.2, y - h * 1.12, w * 0.36, h * 0.14, radius=h * 0.05)


def veranda_building(c: Canvas, x0: float, x1: float, top: float, base: float, wall: Color) -> None:
    """Long single-storey office block with a tin-roofed veranda on posts."""
    roof = (132, 146, 150)
    # main roof plane with solar panels
    c.poly(shade(roof, 0.9), [(x0 + 30, top - 62), (x1 - 30, top - 62), (x1 + 20, top - 16), (x0 - 20, top - 16)])
    for k in range(4):
        px = x0 + 110 + k * 70
        c.poly((52, 70, 102), [(px, top - 56), (px + 60, top - 56), (px + 66, top - 26), (px - 4, top - 26)])
        c.stroke((96, 118, 150), [(px + 30, top - 56), (px + 33, top - 26)], 1.2)
        c.stroke((96, 118, 150), [(px - 2, top - 41), (px + 63, top - 41)], 1.2)
    dx, dy = x1 - 110, top - 72
    c.stroke((150, 150, 150), [(dx, top - 30), (dx, dy + 12)], 3)
    c.poly((230, 230, 226), ellipse_pts(dx - 4, dy, 26, 20, -0.5, 24))
    c.stroke((150, 150, 150), [(dx - 4, dy), (dx + 12, dy - 10)], 2)
    # wall behind the veranda (in shade) with doors and windows
    c.rect(shade(wall, 0.78), x0, top, x1 - x0, base - top)
    c.rect(shade((92, 138, 150), 0.8), x0, base - 70, x1 - x0, 70)
    door = (64, 112, 116)
    for i, wx in enumerate(range(int(x0) + 60, int(x1) - 60, 140)):
        if i % 3 == 1:
            c.rect(shade(door, 0.8), wx, base - 150, 62, 150)
            c.rect(shade(door, 0.65), wx + 6, base - 144, 50, 60)
            c.circle((200, 190, 150), wx + 52, base - 76, 3)
        else:
            c.rect(shade(wall, 0.55), wx, base - 150, 82, 64)
            for k in range(1, 5):
                c.stroke(shade(wall, 0.8), [(wx + k * 82 / 5, base - 150), (wx + k * 82 / 5, base - 86)], 2)
            c.rect(shade(wall, 0.9), wx - 4, base - 88, 90, 6)
    # veranda floor slab and roof on posts
    c.rect((196, 192, 182), x0 - 20, base, x1 - x0 + 40, 14)
    c.rect((170, 166, 158), x0 - 20, base + 12, x1 - x0 + 40, 5)
    c.poly(roof, [(x0 - 30, top - 18), (x1 + 30, top - 18), (x1 + 40, top + 8), (x0 - 40, top + 8)])
    for k in range(24):
        xx = x0 - 30 + (x1 - x0 + 60) * k / 24
        c.stroke(shade(roof, 0.86), [(xx, top - 18), (xx + (xx - (x0 + x1) / 2) * 0.01, top + 8)], 1.5)
    c.rect(shade(roof, 0.75), x0 - 40, top + 8, x1 - x0 + 80, 8)
    c.rect((0, 0, 0), x0, top + 16, x1 - x0, 30, a=40)
    post = (228, 224, 214)
    n = 6
    for k in range(n + 1):
        px = x0 - 10 + (x1 - x0 + 20) * k / n
        c.rect(post, px - 6, top + 16, 12, base - top - 16)
        c.rect(shade(post, 0.8), px + 2, top + 16, 4, base - top - 16)


def meeting_table(c: Canvas, x: float, y: float, w: float) -> None:
    """Plastic table with a cloth, papers and a water jug; chairs around it. (x, y) = front-left top."""
    chair = (232, 232, 226)
    for cx in (x + w * 0.25, x + w * 0.5, x + w * 0.75):
        plastic_chair(c, cx, y + 8, 96, shade(chair, 0.92))
    c.poly((236, 234, 226), [(x + 10, y - 20), (x + w - 10, y - 20), (x + w, y), (x, y)])
    c.rect((176, 196, 206), x - 4, y, w + 8, 40, radius=3)
    c.rect(shade((176, 196, 206), 0.85), x - 4, y + 34, w + 8, 6)
    for lx in (x + 12, x + w - 18):
        c.rect((200, 200, 196), lx, y + 40, 6, 40)
    for px, py in ((x + w * 0.15, y - 12), (x + w * 0.42, y - 10), (x + w * 0.6, y - 14)):
        c.poly(WHITE, [(px, py), (px + 30, py - 2), (px + 34, py + 6), (px + 4, py + 8)])
    c.rect((74, 128, 170), x + w * 0.8, y - 34, 16, 28, radius=4)
    c.rect(mix((74, 128, 170), WHITE, 0.4), x + w * 0.8 + 3, y - 30, 4, 18, radius=2)
    for k in range(3):
        c.rect((240, 240, 236), x + w * 0.3 + k * 26, y - 18, 9, 12, radius=2)
    for cx in (x - 30, x + w + 30):
        plastic_chair(c, cx, y + 80, 96, chair)


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


def main() -> None:
    pygame.display.init()
    t0 = time.perf_counter()
    save(scene_market_road(), "backgrounds/market-road.png")
    save(scene_corridor_road(), "backgrounds/corridor-road.png")
    save(scene_roadblock(), "backgrounds/roadblock.png")
    save(scene_search_tent(), "backgrounds/search-tent.png")
    save(scene_ngo_compound(), "backgrounds/ngo-compound.png")
    save(scene_fallback(), "backgrounds/fallback.png")
    for name, look in PORTRAITS.items():
        save(draw_portrait(look), f"portraits/{name}.png")
    print(f"done in {time.perf_counter() - t0:.1f}s")


if __name__ == "__main__":
    main()
