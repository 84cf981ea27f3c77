"""What every command shares: loading a playable scenario, and one-line failures."""

from __future__ import annotations

import sys
from pathlib import Path

from ..authoring.diagnostics import Severity, render_text
from ..authoring.loader import LoadResult, display_name, load_scenario
from ..engine.rules import CompiledScenario, compile_scenario


class CommandError(Exception):
    """Ends a command with one line on stderr and an exit status (2: usage, 1: invalid input)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def load_playable(path: Path, *, show_warnings: bool = False) -> tuple[LoadResult, CompiledScenario]:
    """Load a scenario to play it; its errors are printed and end the command with status 1."""
    if path.is_dir():
        raise CommandError(f"{path} is a folder: name one scenario file in it")
    if not path.is_file():
        raise CommandError(f"no such scenario file: {path}")
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
