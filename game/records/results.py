"""A finished session's result as the records keep it."""

from __future__ import annotations

from scoring import Result


def result_json(result: Result) -> dict:
    """The final result as stored: outcome, pass, overall and each dimension's points and percent."""
    return {"outcome": result.outcome, "passed": result.passed, "overall": result.overall,
            "scores": {name: score.to_json() for name, score in result.scores.items()},
            "critical": list(result.critical)}
