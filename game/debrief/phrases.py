"""The words the debrief adds around the scenario's own texts (band names, to-work-on sentences),
declared in English and translated through the gettext catalogs (game/catalogs.py)."""

from __future__ import annotations

from ..catalogs import P_, messages, texts

PHRASES = messages(
    P_("debrief.band.needs-practice", "needs practice"),
    P_("debrief.band.competent", "competent"),
    P_("debrief.band.proficient", "proficient"),
    P_("debrief.band.none", "below every band"),
    P_("debrief.red-line", "Red line crossed: {text}"),
    P_("debrief.overall-below", "Overall: {band} ({percent}), below the pass mark of {mark}"),
    P_("debrief.dimension", "{label}: {band} ({percent})"),
    P_("debrief.dimension-below", "{label}: {band} ({percent}), below its pass mark of {mark}"),
    P_("debrief.dimension-unrated", "{label}: not assessed in this run, but it needs {mark} to pass"),
    P_("debrief.objective-met", "Objective met: {text}"),
    P_("debrief.objective-missed", "Objective missed: {text}"),
)


def phrase(language: str, key: str, **values: object) -> str:
    """The debrief phrase `key` in `language` (English where the language has no translation)."""
    return texts(language)(PHRASES["debrief." + key], **values)


def percent_text(language: str, percent: float) -> str:
    """83.3% in English, 83,3 % in French: the language's own way of writing a percent."""
    return texts(language).percent(percent)
