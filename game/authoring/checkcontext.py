"""What every meaning check shares: the raw data, the positions, the found diagnostics, and the id rules.

The checks run on the raw data (not the model), guarding every access, so that one
pass reports every problem in the file even when its shape is also wrong somewhere.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .bounds import is_finite_number
from .diagnostics import Diagnostic, did_you_mean, error, warning
from .redlines import EMPTY, Catalogue
from .structure import stray_nodes
from .yamlsource import Spot, locate


# Always tested with fullmatch: `$` also matches before a final line break ("go\n" would pass
# .match); the patterns keep ^...$ because the JSON Schema (schema.py) reuses their text.
SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
RESERVED_WORDS = {"and", "or", "not", "true", "false"}
ENDINGS = ("success", "partial", "failure")

Path_ = tuple[object, ...]


def as_dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list:
    return value if isinstance(value, list) else []


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> bool:
    """A finite number: .inf and .nan are refused by the shape check (BH015), not compared here."""
    return is_finite_number(value)


@dataclass
class CheckContext:
    data: dict
    root: Spot
    file: str
    assets_dir: Path | None
    catalogue: Catalogue = EMPTY
    found: list[Diagnostic] = field(default_factory=list)
    suggestion_budget: int = 200_000
    """How many candidate names 'did you mean' may compare in all, so that a file with thousands
    of broken references still answers in well under a second (each lookup scans every name)."""

    def suggest(self, word: object, candidates: Collection[object]) -> str:
        if len(candidates) > self.suggestion_budget:
            return ""
        self.suggestion_budget -= len(candidates)
        return did_you_mean(word, candidates)

    def at(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        return locate(self.root, path, key=key)

    def error(self, path: Path_, code: str, message: str, *, key: bool = False) -> None:
        self.found.append(error(self.file, self.at(path, key=key), code, message))

    def warn(self, path: Path_, code: str, message: str, *, key: bool = False) -> None:
        self.found.append(warning(self.file, self.at(path, key=key), code, message))

    @property
    def nodes(self) -> dict:
        return as_dict(self.data.get("nodes"))

    @property
    def variables(self) -> dict:
        return as_dict(self.data.get("variables"))

    @property
    def dimensions(self) -> dict:
        return as_dict(self.data.get("dimensions"))

    @cached_property
    def variable_types(self) -> dict[object, type]:
        kinds = {n: type(as_dict(v).get("value")) for n, v in self.variables.items()}
        return {n: kind for n, kind in kinds.items() if kind in (bool, int, str)}

    @cached_property
    def stray_nodes(self) -> set[object]:
        """Nodes written at the top level by an indentation slip: BH011 says so, and references to them
        are not reported again."""
        return stray_nodes(self.data)

    @cached_property
    def objective_ids(self) -> list[str]:
        return [i for i in (as_dict(o).get("id") for o in as_list(self.data.get("objectives"))) if isinstance(i, str)]


def check_slug(ctx: CheckContext, value: object, path: Path_, what: str, *, key: bool = False) -> None:
    if isinstance(value, str) and not SLUG.fullmatch(value):
        ctx.error(path, "BH020", f"{what} '{value}' is not a slug: use lowercase letters, digits and '-'", key=key)
