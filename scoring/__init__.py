"""The core scoring rule of Bluehelm playthroughs: pure, and importing nothing of `game` (labels are passed in)."""

from .core import DimensionScore, Result, ScoringRules, score_playthrough

__all__ = ["DimensionScore", "Result", "ScoringRules", "score_playthrough"]
