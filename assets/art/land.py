"""Sky, terrain, roads and the ground-plane camera used by the outdoor scenes."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Callable, Sequence

from .core import BG_H, BG_W, Canvas, Color, Point, Stops, mix


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


def long_shadow(c: Canvas, x: float, y: float, w: float, vanish: Point, length: float, a: int = 50,
                color: Color = (70, 40, 40)) -> None:
    """Shadow cast toward the viewer by a low sun in front; fades with distance from its base."""
    ex, ey = x + (x - vanish[0]) * length, y + (y - vanish[1]) * length
    we = w * (1 + 0.5 * length)
    c.fade_poly(color, [(x - w / 2, y), (x + w / 2, y), (ex + we / 2, ey), (ex - we / 2, ey)], y, ey, a, 0)
