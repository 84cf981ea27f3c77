"""The format's bounds on numbers (BH015): finite, and within limits no real scenario comes near.

Without them a file could validate and then crash every tool that does arithmetic
or prints (`weight: .inf`, a timer of 400 digits, a variable of 4,000 hex digits
that Python refuses to write as decimal). One table, used by the validator, the
JSON Schema and docs/scenario-format.md ("Numbers").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MAX_INTEGER = 1_000_000_000
"""Variables' values, min and max, add and set amounts, numbers in conditions: -MAX_INTEGER..MAX_INTEGER."""
MAX_NUMBER_CHARACTERS = 40
"""A plain YAML number longer than this is refused while reading, before Python turns it into an integer."""


@dataclass(frozen=True, slots=True)
class Limit:
    """The largest value a number field takes, and why, for the message."""

    maximum: int
    why: str


MINUTES = Limit(600, "give the minutes one playthrough takes")
DIMENSION_WEIGHT = Limit(100, "weights only compare dimensions, so use small numbers such as 1 and 2")
TIMER_SECONDS = Limit(3600, "a timer gives the seconds a trainee has to decide")
BRANCH_WEIGHT = Limit(1_000_000, "weights only compare the branches, e.g. {calm: 3, angry: 1}")
INTEGER_HINT = "keep counters and scales small, e.g. 0 to 100"


def is_finite_number(value: object) -> bool:
    """An int or a finite float (true/false are not numbers here)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    return isinstance(value, float) and math.isfinite(value)


def integer_in_bounds(value: int) -> bool:
    return -MAX_INTEGER <= value <= MAX_INTEGER
