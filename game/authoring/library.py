"""A library of scenarios: the files under folders, and checks across files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .diagnostics import Diagnostic, error
from .loader import LoadResult, display_name
from .redlines import CATALOGUE_NAME, is_catalogue_file

SCENARIO_SUFFIXES = (".yaml", ".yml")


class NoScenarios(ValueError):
    """A path that names no file or folder, or a folder without scenario files."""


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    """The scenario files named by `paths`: files as given, folders searched recursively
    (red-line catalogues, `red-lines.yaml`, are not scenarios and are left out)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.rglob("*") if p.suffix in SCENARIO_SUFFIXES and p.is_file()
                            and not is_catalogue_file(p))
            if not inside and not any(path.rglob(CATALOGUE_NAME)):
                raise NoScenarios(f"no scenario files (*.yaml) in {path}")
            found.extend(inside)
        elif path.is_file():
            if not is_catalogue_file(path):
                found.append(path)
        else:
            raise NoScenarios(f"no such file or folder: {path}")
    return found


def catalogue_files(paths: Iterable[Path]) -> list[Path]:
    """The red-line catalogues named by `paths` or found in its folders."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob(CATALOGUE_NAME) if p.is_file()))
        elif is_catalogue_file(path) and path.is_file():
            found.append(path)
    return found


def check_library(results: Iterable[LoadResult]) -> list[Diagnostic]:
    """Scenario ids must be unique across a library."""
    first: dict[str, LoadResult] = {}
    problems = []
    for result in results:
        if result.scenario is None:
            continue
        ident = result.scenario.id
        if ident in first:
            other = display_name(first[ident].path)
            problems.append(error(display_name(result.path), result.id_at, "BH110",
                                  f"scenario id '{ident}' is also used by {other}"))
        else:
            first[ident] = result
    return problems
