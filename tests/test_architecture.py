"""The engine, authoring and scoring never import pygame: every front end shares them."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from conftest import ROOT

PURE_PACKAGES = [ROOT / "game" / "engine", ROOT / "game" / "authoring", ROOT / "scoring"]


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("module", [p for pkg in PURE_PACKAGES for p in sorted(pkg.rglob("*.py"))],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_pure_module_does_not_import_pygame(module):
    assert not {"pygame", "pygame_gui"} & _imports(module)


def test_headless_commands_load_without_pygame():
    code = ("import sys, game.cli.run, game.cli.validate, game.cli.autoplay, game.cli.play_text, scoring; "
            "print('pygame' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"
