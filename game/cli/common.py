"""What every command shares: loading a playable scenario, and one-line failures."""

from __future__ import annotations

import sys
from pathlib import Path

from ..authoring.checks import SLUG
from ..authoring.diagnostics import Severity, did_you_mean, render_text
from ..authoring.library import scenario_files
from ..paths import shipped_scenarios
from ..authoring.loader import LoadResult, display_name, load_scenario
from ..engine.rules import CompiledScenario, compile_scenario


class CommandError(Exception):
    """Ends a command with one line on stderr and an exit status (2: usage, 1: invalid input)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def scenario_path(name: Path) -> Path:
    """The scenario file a command was given: a file, or the id of a scenario of the shipped library
    (`bluehelm play-text checkpoint-market`). A folder or nothing gets one clear line."""
    if name.is_dir():
        raise CommandError(f"{name} is a folder: name one scenario file in it (bluehelm list shows the library)")
    if name.is_file():
        return name
    if SLUG.match(str(name)):
        shipped = {p.stem: p for p in scenario_files([shipped_scenarios()])}
        if str(name) in shipped:
            return shipped[str(name)]
        hint = did_you_mean(str(name), shipped)
        raise CommandError(f"no such scenario file or id: {name}{hint} (bluehelm list shows the library)")
    raise CommandError(f"no such scenario file: {name}")


def load_playable(path: Path, *, show_warnings: bool = False) -> tuple[LoadResult, CompiledScenario]:
    """Load a scenario to play it; its errors are printed and end the command with status 1."""
    path = scenario_path(path)
    result = load_scenario(path, use_cache=True)
    shown = [d for d in result.diagnostics if show_warnings or d.severity is Severity.ERROR]
    if shown:
        print(render_text(shown), file=sys.stderr)
    if not result.ok:
        raise CommandError(f"{path} has errors; fix them (bluehelm validate {path}) and try again", status=1)
    assert result.scenario is not None
    return result, compile_scenario(result.scenario, result.catalogue)


def warn_if_untranslated(result: LoadResult, language: str | None) -> None:
    """One line on stderr when the asked-for language is not in the scenario (its own language is used)."""
    scenario = result.scenario
    if scenario is None or language is None or language == scenario.language:
        return
    from ..authoring.i18n import scenario_coverage

    if language not in {c.language for c in scenario_coverage(scenario)}:
        print(f"bluehelm: warning: {display_name(result.path)} has no '{language}' texts; "
              f"showing them in '{scenario.language}'", file=sys.stderr)
