"""Finding the scenario a session was played on, to show its node and choice texts in reports.

Sessions keep only ids and the content hash of the file they were played on.
The file is looked up by id in the shipped library and any folders given: the
version with the same hash first, else the current version of that id (the
report then says the texts may have changed), else none (the report shows ids).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..authoring.library import NoScenarios, scenario_files
from ..authoring.loader import load_scenario
from ..authoring.model import Scenario, localized
from ..paths import shipped_scenarios
from .classdata import Texts, TextsFinder
from .definitions import scenario_definition


@dataclass(frozen=True)
class ScenarioTexts:
    scenario: Scenario
    path: Path
    content_hash: str
    exact: bool  # the same file content as when the session was played

    def text(self, value: object, language: str | None = None) -> str:
        return localized(value, language or self.scenario.language, self.scenario.language)  # type: ignore[arg-type]

    def title(self, language: str | None = None) -> str:
        return self.text(self.scenario.title, language)


class ScenarioIndex:
    """Valid scenario files under the shipped library and `folders`, by id and content hash."""

    def __init__(self, folders: Iterable[Path] = (), *, shipped: bool = True) -> None:
        self._by_key: dict[tuple[str, str], ScenarioTexts] = {}
        self._by_id: dict[str, ScenarioTexts] = {}
        roots = [Path(f) for f in folders] + ([shipped_scenarios()] if shipped else [])
        for root in roots:  # folders given first: an instructor's copy wins over the shipped one
            for path in _files(root):
                self._add(path)

    def _add(self, path: Path) -> None:
        loaded = load_scenario(path, use_cache=True)
        if not loaded.ok or loaded.scenario is None:
            return
        texts = ScenarioTexts(loaded.scenario, path, loaded.content_hash, True)
        self._by_key.setdefault((loaded.scenario.id, loaded.content_hash), texts)
        self._by_id.setdefault(loaded.scenario.id, texts)

    def exact(self, scenario_id: str, content_hash: str) -> Scenario | None:
        """The scenario file with exactly this content, if it is here."""
        found = self._by_key.get((scenario_id, content_hash))
        return found.scenario if found is not None else None

    def find(self, scenario_id: str, content_hash: str) -> ScenarioTexts | None:
        exact = self._by_key.get((scenario_id, content_hash))
        if exact is not None:
            return exact
        other = self._by_id.get(scenario_id)
        if other is None:
            return None
        return ScenarioTexts(other.scenario, other.path, other.content_hash, False)


def _files(root: Path) -> list[Path]:
    try:
        return scenario_files([root])
    except NoScenarios:
        return []


def texts_finder(index: ScenarioIndex, recorded: Callable[[str, str], dict | None] | None = None) -> TextsFinder:
    """Where a report finds a scenario's texts: recorded with the sessions, else the same file in the
    library, else a newer file of that id (flagged), else none (the report shows ids)."""
    cache: dict[tuple[str, str], Texts | None] = {}

    def find(scenario_id: str, content_hash: str) -> Texts | None:
        key = (scenario_id, content_hash)
        if key not in cache:
            cache[key] = _find(scenario_id, content_hash)
        return cache[key]

    def _find(scenario_id: str, content_hash: str) -> Texts | None:
        definition = recorded(scenario_id, content_hash) if recorded is not None else None
        if definition is not None:
            return Texts(definition, "records")
        found = index.find(scenario_id, content_hash)
        if found is None:
            return None
        return Texts(scenario_definition(found.scenario), "file" if found.exact else "changed", found.path.name)

    return find
