"""Golden playthroughs of the shipped scenarios: `bluehelm run --json` must print exactly these.

Each file in tests/golden/ holds the command's arguments and its expected output.
After an intended change to a scenario, regenerate a file by running its `args`
and review the difference before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_cli import bluehelm

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.stem)
def test_run_json_matches_the_golden_playthrough(golden: Path):
    expected = json.loads(golden.read_text(encoding="utf-8"))
    result = bluehelm(*expected["args"])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == expected["output"]


def test_every_shipped_scenario_has_best_worst_and_red_line_goldens():
    shipped = {p.stem for p in (Path(__file__).parent.parent / "scenarios").glob("*.yaml")}
    names = {p.stem for p in GOLDEN}
    for scenario in shipped:
        assert {f"{scenario}.best", f"{scenario}.worst", f"{scenario}.red-line"} <= names, scenario


@pytest.mark.parametrize("golden", [p for p in GOLDEN if p.stem.endswith(".best")], ids=lambda p: p.stem)
def test_best_paths_pass_and_others_do_not(golden: Path):
    best = json.loads(golden.read_text(encoding="utf-8"))["output"]
    assert best["passed"] and best["outcome"] == "success"
    for other in ("worst", "red-line"):
        data = json.loads(golden.with_name(golden.name.replace(".best", f".{other}")).read_text(encoding="utf-8"))
        assert not data["output"]["passed"]
    red = json.loads(golden.with_name(golden.name.replace(".best", ".red-line")).read_text(encoding="utf-8"))
    assert red["output"]["critical"]
