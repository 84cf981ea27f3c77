"""Savannah vegetation: acacias, shade trees and scrub."""
from __future__ import annotations

import math
import random

from .core import Canvas, Color, mix, quad_curve


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
