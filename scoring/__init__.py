"""Scoring of Bluehelm playthroughs: the core rule, and (later) bands and debriefs."""

from .core import DimensionScore, Result, ScoringRules, score_playthrough

__all__ = ["DimensionScore", "Result", "ScoringRules", "score_playthrough"]
