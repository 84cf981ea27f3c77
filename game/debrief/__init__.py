"""The after-action debrief: scores with competency bands, each decision reviewed against the
better options that were on offer, objectives, red lines and how the visible variables moved.

It sits above the engine (it replays a session to know what was on offer) and beside the
records; the scoring core (`scoring`) stays below everything and imports nothing of `game`.
"""

from .bands import Band, BandError, BandScheme, band_for, is_top_band, scheme_for
from .builder import (DEBRIEF_FORMAT, MODES, Alternative, Debrief, DecisionReview, DimensionResult, ObjectiveResult,
                      RedLine, build_debrief, one_line, rating)

__all__ = ["Alternative", "Band", "BandError", "BandScheme", "DEBRIEF_FORMAT", "Debrief", "DecisionReview",
           "DimensionResult", "MODES", "ObjectiveResult", "RedLine", "band_for", "build_debrief", "is_top_band",
           "one_line", "rating", "scheme_for"]
