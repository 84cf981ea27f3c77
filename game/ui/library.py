"""The scenarios the menu offers: each file loaded and checked, broken ones kept with their errors."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..authoring.diagnostics import Diagnostic, Severity, has_errors
from ..authoring.library import check_library, scenario_files
from ..authoring.loader import LoadResult, display_name, load_scenario
from ..authoring.model import Scenario, localized


@dataclass
class LibraryEntry:
    path: Path
    result: LoadResult
    extra: list[Diagnostic]

    @property
    def ok(self) -> bool:
        return self.result.ok and not has_errors(self.extra)

    @property
    def scenario(self) -> Scenario | None:
        return self.result.scenario

    @property
    def errors(self) -> list[Diagnostic]:
        return sorted(d for d in self.result.diagnostics + self.extra if d.severity is Severity.ERROR)

    @property
    def name(self) -> str:
        return display_name(self.path)

    def title(self, language: str) -> str:
        if self.scenario is None:
            return self.path.stem
        return localized(self.scenario.title, language, self.scenario.language)

    def summary(self, language: str) -> str:
        if self.scenario is None:
            return ""
        return localized(self.scenario.summary, language, self.scenario.language)

    @property
    def tags(self) -> list[str]:
        return list(self.scenario.tags) if self.scenario else []


def load_library(paths: list[Path]) -> list[LibraryEntry]:
    """Every scenario file under `paths`, checked (with the cache); ids must be unique."""
    results = [load_scenario(path, use_cache=True) for path in scenario_files(paths)]
    clashes: dict[str, list[Diagnostic]] = {}
    for problem in check_library(results):
        clashes.setdefault(problem.file, []).append(problem)
    return [LibraryEntry(r.path, r, clashes.get(display_name(r.path), [])) for r in results]


def reload_entry(entry: LibraryEntry) -> LibraryEntry:
    result = load_scenario(entry.path, use_cache=True)
    return LibraryEntry(entry.path, result, [])


def all_tags(entries: list[LibraryEntry]) -> list[str]:
    return sorted({tag for entry in entries for tag in entry.tags})
