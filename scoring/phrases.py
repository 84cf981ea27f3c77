"""The sentences and labels scoring writes itself, in each language the library ships.

Scenario texts come translated from the scenario; these are the few words the
debrief adds around them. A language without an entry falls back to English.
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "band.needs-practice": "needs practice",
        "band.competent": "competent",
        "band.proficient": "proficient",
        "band.none": "below every band",
        "red-line": "Red line crossed: {text}",
        "overall-below": "Overall: {band} ({percent}), below the pass mark of {mark}",
        "dimension": "{label}: {band} ({percent})",
        "dimension-below": "{label}: {band} ({percent}), below its pass mark of {mark}",
        "dimension-unrated": "{label}: not assessed in this run, but it needs {mark} to pass",
        "objective-met": "Objective met: {text}",
        "objective-missed": "Objective missed: {text}",
    },
    "fr": {
        "band.needs-practice": "à consolider",
        "band.competent": "compétent",
        "band.proficient": "maîtrisé",
        "band.none": "sous tous les niveaux",
        "red-line": "Ligne rouge franchie : {text}",
        "overall-below": "Ensemble : {band} ({percent}), sous le seuil de réussite de {mark}",
        "dimension": "{label} : {band} ({percent})",
        "dimension-below": "{label} : {band} ({percent}), sous son seuil de {mark}",
        "dimension-unrated": "{label} : non évalué lors de ce passage, alors qu'il faut {mark} pour réussir",
        "objective-met": "Objectif atteint : {text}",
        "objective-missed": "Objectif manqué : {text}",
    },
}


def phrase(language: str, key: str, **values: object) -> str:
    table = PHRASES.get(language) or PHRASES["en"]
    return table.get(key, PHRASES["en"][key]).format(**values)


def percent_text(language: str, percent: float) -> str:
    """83.3% in English, 83,3 % in French."""
    if language == "fr":
        return f"{percent:g}".replace(".", ",") + "\u202f%"
    return f"{percent:g}%"
