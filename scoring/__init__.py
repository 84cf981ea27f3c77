"""The core scoring rule of Bluehelm playthroughs: pure, and importing nothing of `game` (labels are passed in)."""

from .core import PERCENT_MAX, PERCENT_MIN, RATING_MAX, RATING_MIN, DimensionScore, Result, ScoringRules, score_playthrough

__all__ = ["PERCENT_MAX", "PERCENT_MIN", "RATING_MAX", "RATING_MIN", "DimensionScore", "Result", "ScoringRules", "score_playthrough"]
