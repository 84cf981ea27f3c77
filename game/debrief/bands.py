"""Competency bands: plain names for ranges of percent, per dimension and overall.

A band applies from its `minimum` (inclusive) up to the next band's minimum. The
defaults are below 50 "needs practice", 50 to 74.9 "competent", 75 and over
"proficient". Bands are looked up on the rounded percents the trainee is shown,
so 74.96 (shown as 75.0) is proficient.

A scenario may set its own bands with the optional `bands` key (overall, and
per dimension under `dimensions.<id>.bands`); `scheme_for` is the one place that
reads them, and gives every label in the session's language.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..authoring.model import localized

from .phrases import phrase


class BandError(ValueError):
    """A set of bands that cannot be used; the message says why in one line."""


@dataclass(frozen=True, slots=True)
class Band:
    label: str
    minimum: float


DEFAULT_BANDS: tuple[Band, ...] = (
    Band("needs practice", 0.0),
    Band("competent", 50.0),
    Band("proficient", 75.0),
)


def checked_bands(bands: Iterable[Band]) -> tuple[Band, ...]:
    """The bands sorted by minimum; raises BandError for an empty set, repeated labels or minimums."""
    ordered = tuple(sorted(bands, key=lambda band: band.minimum))
    if not ordered:
        raise BandError("at least one band is needed")
    labels = [band.label for band in ordered]
    if any(not label.strip() for label in labels):
        raise BandError("every band needs a label")
    if len(set(labels)) != len(labels):
        raise BandError(f"band labels must be different: {', '.join(labels)}")
    minimums = [band.minimum for band in ordered]
    if any(not math.isfinite(m) or not 0 <= m <= 100 for m in minimums):
        raise BandError("band minimums must be percents from 0 to 100")
    if len(set(minimums)) != len(minimums):
        raise BandError("two bands cannot start at the same percent")
    return ordered


def bands_from_mapping(mapping: Mapping[str, float]) -> tuple[Band, ...]:
    """Bands from `{label: minimum}`, the shape the future scenario key will take."""
    return checked_bands(Band(str(label), float(minimum)) for label, minimum in mapping.items())


def band_for(percent: float | None, bands: Iterable[Band] = DEFAULT_BANDS) -> Band | None:
    """The band a percent falls in; None when not assessed or below the lowest band."""
    if percent is None:
        return None
    found = None
    for band in sorted(bands, key=lambda band: band.minimum):
        if percent >= band.minimum:
            found = band
    return found


def is_top_band(band: Band | None, bands: Iterable[Band] = DEFAULT_BANDS) -> bool:
    """Whether `band` is the highest of `bands` (what a debrief lists as a strength)."""
    if band is None:
        return False
    return band == max(bands, key=lambda b: b.minimum)


@dataclass(frozen=True, slots=True)
class BandScheme:
    """Which bands apply: one set for the overall percent, and per dimension (default: the same)."""

    overall: tuple[Band, ...] = DEFAULT_BANDS
    dimensions: dict[str, tuple[Band, ...]] = field(default_factory=dict)

    def for_dimension(self, dimension: str) -> tuple[Band, ...]:
        return self.dimensions.get(dimension, self.overall)


def default_bands(language: str = "en") -> tuple[Band, ...]:
    keys = ("band.needs-practice", "band.competent", "band.proficient")
    return tuple(Band(phrase(language, key), band.minimum) for key, band in zip(keys, DEFAULT_BANDS))


def _authored(specs: list, language: str, fallback: str) -> tuple[Band, ...]:
    return checked_bands(Band(localized(spec.label, language, fallback), float(spec.from_)) for spec in specs)


def scheme_for(scenario: object, language: str | None = None) -> BandScheme:
    """The bands a scenario uses (its own `bands` keys, else the defaults), labelled in `language`."""
    fallback = getattr(scenario, "language", "en")
    language = language or fallback
    specs = getattr(scenario, "bands", None) or []
    overall = _authored(specs, language, fallback) if specs else default_bands(language)
    dimensions = {name: _authored(d.bands, language, fallback)
                  for name, d in getattr(scenario, "dimensions", {}).items() if getattr(d, "bands", None)}
    return BandScheme(overall, dimensions)
