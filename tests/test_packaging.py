"""A normal (non-editable) install carries the shipped scenarios and assets and finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    return next(out.glob("bluehelm-*.whl"))


def test_wheel_contains_the_library_and_the_art(wheel: Path):
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {Path(n).name for n in names if n.startswith("game/_shipped/scenarios/")}
    assert shipped >= {p.name for p in (ROOT / "scenarios").glob("*.yaml")}
    assert any(n.startswith("game/_shipped/assets/") and n.endswith(".png") for n in names)
    assert "scoring/core.py" in names and "game/engine/session.py" in names


def test_installed_copy_finds_and_validates_its_shipped_library(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site))
    where = subprocess.run([sys.executable, "-c", "from game.paths import shipped_scenarios as s; print(s())"],
                           capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert Path(where.stdout.strip()).is_relative_to(site)
    result = subprocess.run([sys.executable, "-m", "game", "validate"], capture_output=True, text=True,
                            cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error(s)" in result.stderr
