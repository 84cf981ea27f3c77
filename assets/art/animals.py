"""Working animals in side view: donkeys (with or without a cart) and goats."""
from __future__ import annotations

from .core import Canvas, Color, Point, mix, shade, spline
from .vehicles import wheel


def _leg(c: Canvas, top: Point, foot: Point, w: float, color: Color) -> None:
    c.stroke(color, [top, ((top[0] + foot[0]) / 2, (top[1] + foot[1]) / 2), foot], w)
    c.stroke(shade(color, 0.55), [(foot[0], foot[1] - w * 0.6), foot], w * 1.05)


def donkey(c: Canvas, x: float, y: float, s: float, facing: int = 1, coat: Color = (128, 118, 110)) -> None:
    """A grey donkey, hooves on y, about 1.2 m at the shoulder (s = px/m)."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    belly = mix(coat, (230, 224, 214), 0.45)
    far = shade(coat, 0.78)
    lw = 0.11 * s
    for u0, u1 in ((0.45, 0.52), (-0.55, -0.5)):        # far legs
        _leg(c, P(u0, 0.7), P(u1, 0.0), lw, far)
    body = spline([P(-0.75, 0.95), P(-0.3, 1.08), P(0.3, 1.06), P(0.62, 1.05), P(0.7, 0.8), P(0.45, 0.62),
                   P(-0.3, 0.6), P(-0.72, 0.66), P(-0.82, 0.82)], True, 6)
    c.poly(coat, body)
    c.poly(belly, spline([P(0.4, 0.66), P(-0.2, 0.6), P(-0.55, 0.66), P(-0.2, 0.72), P(0.3, 0.74)], True, 5), a=200)
    # neck and head
    c.poly(coat, [P(0.42, 1.02), P(0.66, 1.08), P(0.98, 1.34), P(1.06, 1.2), P(0.8, 0.86), P(0.55, 0.8)])
    head = spline([P(0.9, 1.4), P(1.06, 1.38), P(1.34, 1.06), P(1.36, 0.98), P(1.24, 0.96), P(0.96, 1.18)], True, 5)
    c.poly(coat, head)
    c.poly(belly, spline([P(1.3, 1.08), P(1.37, 1.0), P(1.26, 0.96), P(1.2, 1.02)], True, 4))
    for du, col in ((0.0, shade(coat, 0.85)), (0.08, coat)):     # long ears
        c.poly(col, spline([P(0.9 + du, 1.36), P(0.86 + du, 1.66), P(0.94 + du, 1.7), P(0.98 + du, 1.38)], True, 4))
    c.stroke((50, 44, 40), [P(0.5, 1.06), P(0.94, 1.36)], 0.05 * s)         # mane
    c.circle((30, 26, 24), *P(1.08, 1.22), 0.03 * s)
    c.stroke(shade(coat, 0.7), [P(-0.78, 0.92), P(-0.86, 0.6), P(-0.84, 0.42)], 0.04 * s)     # tail
    for u0, u1 in ((0.55, 0.6), (-0.45, -0.4)):         # near legs
        _leg(c, P(u0, 0.72), P(u1, 0.0), lw, coat)


def donkey_cart(c: Canvas, x: float, y: float, s: float, facing: int = 1, coat: Color = (128, 118, 110),
                load: str = "ssc") -> None:
    """Two-wheeled flatbed cart with its donkey; (x, y) is the cart's wheel contact point.

    load: one letter per item, s = sack of grain, c = carton of oil tins."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    wood = (136, 100, 70)
    c.ellipse((60, 44, 32), x + facing * 0.8 * s, y + 0.04 * s, 2.4 * s, 0.16 * s, a=70)
    donkey(c, *P(2.0, 0.0), s, facing, coat)
    # shafts to the harness
    c.stroke(shade(wood, 0.8), [P(0.9, 0.78), P(2.4, 0.95)], 0.06 * s)
    c.poly(wood, [P(-1.1, 0.72), P(0.95, 0.72), P(0.95, 0.84), P(-1.1, 0.84)])
    c.stroke(shade(wood, 0.7), [P(-1.1, 0.72), P(0.95, 0.72)], 0.03 * s)
    # load: sacks and cartons
    u = -0.95
    for kind in load:
        if kind == "c":
            col = (232, 206, 96)
            c.rect(shade(col, 0.8), *P(u, 1.12), 0.4 * s, 0.28 * s)
            c.rect(col, *P(u, 1.12), 0.36 * s, 0.26 * s)
            u += 0.45
        else:
            col = (236, 232, 218)
            c.rect(shade(col, 0.8), *P(u, 1.16), 0.6 * s, 0.34 * s, radius=0.12 * s)
            c.rect(col, *P(u + 0.02, 1.16), 0.54 * s, 0.3 * s, radius=0.12 * s)
            c.rect((70, 110, 170), *P(u + 0.12, 1.02), 0.3 * s, 0.06 * s)
            u += 0.62
    wheel(c, *P(0.0, 0.42), 0.42 * s, (150, 140, 120))


def goat(c: Canvas, x: float, y: float, s: float, facing: int = 1, coat: Color = (150, 110, 80),
         patch: Color | None = (236, 228, 214)) -> None:
    """A Sahel goat, hooves on y, about 0.7 m at the shoulder."""
    def P(u: float, v: float) -> Point:
        return (x + facing * u * s, y - v * s)
    lw = 0.07 * s
    far = shade(coat, 0.78)
    for u0 in (0.28, -0.3):
        _leg(c, P(u0, 0.42), P(u0 + 0.02, 0.0), lw, far)
    body = spline([P(-0.42, 0.62), P(0.0, 0.68), P(0.36, 0.66), P(0.44, 0.5), P(0.3, 0.38), P(-0.3, 0.38),
                   P(-0.46, 0.48)], True, 5)
    c.poly(coat, body)
    if patch:
        c.poly(patch, spline([P(-0.1, 0.66), P(0.2, 0.64), P(0.24, 0.5), P(-0.05, 0.46)], True, 4))
    c.poly(coat, [P(0.3, 0.64), P(0.44, 0.62), P(0.6, 0.86), P(0.5, 0.9)])
    c.poly(coat, spline([P(0.48, 0.92), P(0.62, 0.92), P(0.76, 0.74), P(0.66, 0.7), P(0.52, 0.8)], True, 4))
    c.stroke(shade(coat, 0.6), [P(0.52, 0.94), P(0.46, 1.04), P(0.4, 1.02)], 0.035 * s)       # horns
    c.poly(shade(coat, 0.85), [P(0.5, 0.86), P(0.42, 0.74), P(0.48, 0.72)])                  # ear
    c.stroke(shade(coat, 0.7), [P(-0.42, 0.6), P(-0.5, 0.72)], 0.05 * s)                     # tail
    for u0 in (0.32, -0.26):
        _leg(c, P(u0, 0.42), P(u0 - 0.02, 0.0), lw, coat)
