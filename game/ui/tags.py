"""The library's tags in the trainee's language, from the tag catalogue (game/locale/tags.yaml).

A tag the catalogue lacks, or lacks in a language, reads as written with its hyphens as
spaces: an author's new tag is never hidden, only untranslated. No pygame here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

CATALOGUE = Path(__file__).resolve().parents[1] / "locale" / "tags.yaml"


@lru_cache(maxsize=4)
def _catalogue(path: Path = CATALOGUE) -> dict[str, dict[str, str]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(tag): {str(k): str(v) for k, v in names.items()} for tag, names in data.items() if isinstance(names, dict)}


def tag_name(tag: str, language: str) -> str:
    names = _catalogue().get(tag, {})
    return names.get(language) or names.get("en") or tag.replace("-", " ")
