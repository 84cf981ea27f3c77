"""Religious dress for portraits: the white cassock of a parish priest in the Sahel (scenario `night-attack`)."""
from __future__ import annotations

from .core import Canvas, WHITE, mix, quad_curve, shade
from .face import Geo, Look


def clothes_cassock(c: Canvas, g: Geo, look: Look) -> None:
    """A white cassock: a standing band collar, a line of small buttons, soft folds, a wooden cross."""
    cx, top, nw = g.cx, g.collar_y, g.neck
    # standing collar around the neck, open at the throat, with the white clerical tab
    c.poly(shade(look.cloth, 0.9), [(cx - nw - 6, top - 18), (cx + nw + 6, top - 18), (cx + nw + 10, top + 8),
                                    (cx - nw - 10, top + 8)])
    c.rect(shade(look.cloth, 0.8), cx - nw - 10, top + 4, 2 * nw + 20, 4)
    c.rect(WHITE, cx - 9, top - 16, 18, 14, radius=3)
    # buttons down the front, and the seam they sit on
    c.stroke(shade(look.cloth, 0.84), [(cx, top + 8), (cx, 520)], 2.0)
    for k in range(7):
        y = top + 22 + k * 18
        c.circle(shade(look.cloth2, 0.8), cx + 1, y + 1, 3.4)
        c.circle(look.cloth2, cx, y, 3.2)
    for s in (-1, 1):
        c.stroke(shade(look.cloth, 0.86), quad_curve((cx + s * 150, 512), (cx + s * 118, 452), (cx + s * 64, 420)), 3, a=150)
    # a small wooden cross on a dark cord, resting on the chest
    cord = quad_curve((cx - nw - 4, top - 4), (cx - 10, top + 80), (cx + 30, top + 92), 18)
    c.stroke((60, 44, 34), cord, 2.2)
    c.stroke((60, 44, 34), quad_curve((cx + nw + 4, top - 4), (cx + 40, top + 60), (cx + 30, top + 92), 14), 2.2)
    wood = (128, 86, 52)
    x, y = cx + 30, top + 96
    c.rect(shade(wood, 0.7), x - 4 + 1.5, y + 1.5, 8, 34, radius=2)
    c.rect(wood, x - 4, y, 8, 34, radius=2)
    c.rect(wood, x - 12, y + 8, 24, 8, radius=2)
    c.stroke(mix(wood, WHITE, 0.3), [(x - 2, y + 3), (x - 2, y + 30)], 1.2, a=160)
