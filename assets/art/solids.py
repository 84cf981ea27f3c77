"""Simple 3-D solids (boxes, gabled tents, sheds) projected through the ground-plane camera.

A solid is a list of flat faces in world metres (x across, y up, z ahead).  Only the faces
turned towards the camera are drawn, each lit by a fixed sun direction, so a solid
placed at an angle shows its front and one side with believable light and shade.
``face_map`` turns (s, t) in 0..1 across a drawn face into screen points, for doors,
windows, stripes and logos.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from .core import Canvas, Color, Point, mix, shade
from .land import Camera

Vec = tuple[float, float, float]


def sub(a: Vec, b: Vec) -> Vec:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def norm(a: Vec) -> Vec:
    L = math.sqrt(dot(a, a)) or 1.0
    return (a[0] / L, a[1] / L, a[2] / L)


@dataclass
class Face:
    pts: list[Vec]
    color: Color
    name: str = ""


@dataclass
class Frame:
    """Local axes of a solid: origin on the ground at (x, z), turned by yaw (radians, + turns the front right)."""
    x: float
    z: float
    yaw: float = 0.0

    def w(self, u: float, y: float, v: float) -> Vec:
        """World point from local u (right), y (up), v (depth, away from the viewer)."""
        cy, sy = math.cos(self.yaw), math.sin(self.yaw)
        return (self.x + u * cy + v * sy, y, self.z - u * sy + v * cy)


def box_faces(f: Frame, w: float, d: float, h: float, color: Color, names: Sequence[str] = ()) -> list[Face]:
    """Faces of a box w wide, d deep, h tall; local origin at the centre of its front bottom edge."""
    P = lambda u, y, v: f.w(u, y, v)  # noqa: E731
    hw = w / 2
    return [
        Face([P(-hw, 0, 0), P(hw, 0, 0), P(hw, h, 0), P(-hw, h, 0)], color, "front"),
        Face([P(hw, 0, d), P(-hw, 0, d), P(-hw, h, d), P(hw, h, d)], color, "back"),
        Face([P(-hw, 0, d), P(-hw, 0, 0), P(-hw, h, 0), P(-hw, h, d)], color, "left"),
        Face([P(hw, 0, 0), P(hw, 0, d), P(hw, h, d), P(hw, h, 0)], color, "right"),
        Face([P(-hw, h, 0), P(hw, h, 0), P(hw, h, d), P(-hw, h, d)], color, "top"),
    ]


def gable_faces(f: Frame, w: float, d: float, wall: float, ridge: float, wall_c: Color, roof_c: Color,
                overhang: float = 0.0, ridge_along: str = "depth") -> list[Face]:
    """Walls and a two-slope roof.  ridge_along='depth': the gable ends face front and back."""
    P = lambda u, y, v: f.w(u, y, v)  # noqa: E731
    hw, o = w / 2, overhang
    if ridge_along == "depth":
        return [
            Face([P(-hw, 0, 0), P(hw, 0, 0), P(hw, wall, 0), P(0, ridge, 0), P(-hw, wall, 0)], wall_c, "front"),
            Face([P(hw, 0, d), P(-hw, 0, d), P(-hw, wall, d), P(0, ridge, d), P(hw, wall, d)], wall_c, "back"),
            Face([P(-hw, 0, d), P(-hw, 0, 0), P(-hw, wall, 0), P(-hw, wall, d)], wall_c, "left"),
            Face([P(hw, 0, 0), P(hw, 0, d), P(hw, wall, d), P(hw, wall, 0)], wall_c, "right"),
            Face([P(-hw - o, wall - o * 0.4, -o), P(0, ridge, -o), P(0, ridge, d + o), P(-hw - o, wall - o * 0.4, d + o)],
                 roof_c, "roof-left"),
            Face([P(0, ridge, -o), P(hw + o, wall - o * 0.4, -o), P(hw + o, wall - o * 0.4, d + o), P(0, ridge, d + o)],
                 roof_c, "roof-right"),
        ]
    mid = d / 2
    return [
        Face([P(-hw, 0, 0), P(hw, 0, 0), P(hw, wall, 0), P(-hw, wall, 0)], wall_c, "front"),
        Face([P(hw, 0, d), P(-hw, 0, d), P(-hw, wall, d), P(hw, wall, d)], wall_c, "back"),
        Face([P(-hw, 0, d), P(-hw, 0, 0), P(-hw, wall, 0), P(-hw, ridge, mid), P(-hw, wall, d)], wall_c, "left"),
        Face([P(hw, 0, 0), P(hw, 0, d), P(hw, wall, d), P(hw, ridge, mid), P(hw, wall, 0)], wall_c, "right"),
        Face([P(-hw - o, wall - o * 0.4, -o), P(hw + o, wall - o * 0.4, -o), P(hw + o, ridge, mid), P(-hw - o, ridge, mid)],
             roof_c, "roof-front"),
        Face([P(hw + o, wall - o * 0.4, d + o), P(-hw - o, wall - o * 0.4, d + o), P(-hw - o, ridge, mid),
              P(hw + o, ridge, mid)], roof_c, "roof-back"),
    ]


def shed_roof(f: Frame, w: float, d: float, y_front: float, y_back: float, color: Color, overhang: float = 0.4,
              thick: float = 0.12) -> list[Face]:
    """A mono-pitch roof sheet (corrugated iron) as a thin slab, so its underside shows from below."""
    P = lambda u, y, v: f.w(u, y, v)  # noqa: E731
    hw, o, k = w / 2 + overhang, overhang, thick
    under = shade(color, 0.78)
    return [
        Face([P(-hw, y_front, -o), P(hw, y_front, -o), P(hw, y_back, d + o), P(-hw, y_back, d + o)], color, "roof"),
        Face([P(-hw, y_front - k, -o), P(hw, y_front - k, -o), P(hw, y_back - k, d + o), P(-hw, y_back - k, d + o)],
             under, "underside"),
        Face([P(-hw, y_front - k, -o), P(hw, y_front - k, -o), P(hw, y_front, -o), P(-hw, y_front, -o)],
             shade(color, 0.8), "edge"),
        Face([P(hw, y_back - k, d + o), P(-hw, y_back - k, d + o), P(-hw, y_back, d + o), P(hw, y_back, d + o)],
             shade(color, 0.8), "back-edge"),
        Face([P(-hw, y_back - k, d + o), P(-hw, y_front - k, -o), P(-hw, y_front, -o), P(-hw, y_back, d + o)],
             shade(color, 0.8), "left-edge"),
        Face([P(hw, y_front - k, -o), P(hw, y_back - k, d + o), P(hw, y_back, d + o), P(hw, y_front, -o)],
             shade(color, 0.8), "right-edge"),
    ]


# -- drawing ----------------------------------------------------------------------

SUN: Vec = norm((-0.55, 0.75, -0.35))     # morning light from the upper left, slightly towards the viewer


def centre(pts: Sequence[Vec]) -> Vec:
    n = len(pts)
    return (sum(p[0] for p in pts) / n, sum(p[1] for p in pts) / n, sum(p[2] for p in pts) / n)


def face_normal(face: Face, inside: Vec) -> Vec:
    p = face.pts
    n = norm(cross(sub(p[1], p[0]), sub(p[2], p[0])))
    if dot(n, sub(centre(p), inside)) < 0:
        n = (-n[0], -n[1], -n[2])
    return n


def lit(color: Color, n: Vec, sun: Vec, ambient: float = 0.72) -> Color:
    k = ambient + (1 - ambient) * max(0.0, dot(n, sun)) * 1.25
    return shade(color, min(1.12, k))


def draw_solid(c: Canvas, cam: Camera, faces: Sequence[Face], sun: Vec = SUN, ambient: float = 0.72,
               tint: tuple[Color, float] | None = None) -> dict[str, list[Point]]:
    """Draw the faces turned to the camera; return their screen corners by face name (for details)."""
    inside = centre([p for f in faces for p in f.pts])
    eye: Vec = (0.0, cam.height, 0.0)
    drawn: list[tuple[float, Face, Vec]] = []
    for f in faces:
        n = face_normal(f, inside)
        if dot(n, sub(eye, centre(f.pts))) > 1e-6:
            drawn.append((-math.dist(eye, centre(f.pts)), f, n))
    out: dict[str, list[Point]] = {}
    for _, f, n in sorted(drawn, key=lambda t: t[0]):
        col = lit(f.color, n, sun, ambient)
        if tint:
            col = mix(col, tint[0], tint[1])
        scr = [cam.project(p[0], p[2], p[1]) for p in f.pts]
        c.poly(col, scr)
        out[f.name] = scr
    return out


def face_map(corners: Sequence[Point], s: float, t: float) -> Point:
    """Bilinear point on a drawn quad (corners: bottom-left, bottom-right, top-right, top-left)."""
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = corners[:4]
    bx, by = x0 + (x1 - x0) * s, y0 + (y1 - y0) * s
    tx, ty = x3 + (x2 - x3) * s, y3 + (y2 - y3) * s
    return (bx + (tx - bx) * t, by + (ty - by) * t)


def face_rect(corners: Sequence[Point], s0: float, t0: float, s1: float, t1: float) -> list[Point]:
    """Sub-rectangle of a drawn face, in the face's own 0..1 coordinates."""
    return [face_map(corners, s0, t0), face_map(corners, s1, t0), face_map(corners, s1, t1), face_map(corners, s0, t1)]
