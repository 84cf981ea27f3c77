"""The layers of the code, enforced: data flows one way, and only the window imports pygame.

Top to bottom: cli -> ui -> play runner -> records, debrief, analysis -> engine -> authoring ->
small utilities. The scoring core sits beside them and imports nothing of `game`. An import that
points up is a bug, and so is one hidden in a function body: every import statement counts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

RANKS = {"utilities": 0, "authoring": 1, "engine": 2, "records": 3, "debrief": 3, "analysis": 3, "play": 4,
         "classroom": 4.5, "ui": 5, "cli": 6}
NEVER = {  # arrows the issue names, checked on their own even where ranks would allow them
    "engine": {"ui", "cli", "records", "debrief", "analysis", "play"},
    "authoring": {"engine"},
    "analysis": {"ui", "records", "play"},
    "records": {"ui", "cli"},
    "debrief": {"records", "ui", "cli", "play"},
}
MODULES = sorted(p for p in (ROOT / "game").rglob("*.py") if "_shipped" not in p.parts) + \
    sorted((ROOT / "scoring").rglob("*.py"))


def layer_of(module: str) -> str | None:
    """The layer of a dotted module name of this project, or None for a third-party module."""
    parts = module.split(".")
    if parts[0] == "scoring":
        return "scoring"
    if parts[0] != "game":
        return None
    if len(parts) > 1 and parts[1] in RANKS:
        return parts[1]
    return "cli" if len(parts) > 1 and parts[1] == "__main__" else "utilities"


def dotted(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module an import statement in the file names, relative imports resolved."""
    package = dotted(path).split(".") if path.name == "__init__.py" else dotted(path).split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)
    return found


def upward_imports(path: Path) -> list[str]:
    here = layer_of(dotted(path))
    wrong = []
    for name in sorted(imports_of(path)):
        there = layer_of(name)
        if there is None or there == here:
            continue
        if here == "scoring":
            wrong.append(f"{name} (scoring imports nothing of game)")
        elif there == "scoring":
            continue
        elif there in NEVER.get(here, set()) or RANKS[there] > RANKS[here]:
            wrong.append(f"{name} ({here} -> {there})")
    return wrong


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_import_points_up_a_layer(module):
    assert upward_imports(module) == []


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_window_imports_pygame(module):
    if layer_of(dotted(module)) == "ui":
        return
    assert not {name for name in imports_of(module) if name.split(".")[0] in ("pygame", "pygame_gui")}


def test_the_checker_sees_an_upward_import_even_inside_a_function(tmp_path):
    engine = ROOT / "game" / "engine"
    probe = engine / "_probe_architecture.py"
    probe.write_text("def f():\n    from ..ui import app\n    from game.cli import main\n", encoding="utf-8")
    try:
        assert upward_imports(probe) == ["game.cli (engine -> cli)", "game.cli.main (engine -> cli)",
                                         "game.ui (engine -> ui)", "game.ui.app (engine -> ui)"]
    finally:
        probe.unlink()


def test_headless_commands_load_without_pygame():
    code = ("import sys, game.cli.run, game.cli.validate, game.cli.autoplay, game.cli.play_text, scoring; "
            "print('pygame' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"
