"""The records package stays headless: it never imports pygame, so reports and sends run anywhere."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from records_support import ROOT

RECORDS = sorted((ROOT / "game" / "records").rglob("*.py")) + [ROOT / "game" / "cli" / "records_cmds.py"]


def _imports(path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("module", RECORDS, ids=lambda p: str(p.relative_to(ROOT)))
def test_records_module_imports_neither_pygame_nor_the_ui(module):
    source = module.read_text(encoding="utf-8")
    assert not {"pygame", "pygame_gui"} & _imports(module)
    assert "from ..ui" not in source and "game.ui" not in source


def test_records_commands_load_without_pygame():
    code = ("import sys, game.records, game.records.report_html, game.records.lrs, game.cli.records_cmds; "
            "print('pygame' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "False"
