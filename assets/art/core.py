"""Colour and geometry helpers and the supersampled drawing canvas."""
from __future__ import annotations

import math
import os
import random
from pathlib import Path
from typing import Callable, Sequence

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame  # noqa: E402

Color = tuple[int, int, int]
Point = tuple[float, float]
Stops = Sequence[tuple[float, Color]]


ASSETS = Path(__file__).resolve().parent.parent   # the assets/ folder
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


def save(surface: pygame.Surface, rel: str) -> Path:
    path = ASSETS / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))
    return path
