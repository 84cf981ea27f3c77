"""Golden debriefs of the shipped scenarios: the best, the worst and a typical (random) path.

The debrief is what every front end and report draws, so its whole JSON is pinned.
Regenerate after an intended change with: BLUEHELM_WRITE_GOLDEN=1 python -m pytest tests/test_golden_debriefs.py
and review the difference before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from game.engine.autoplay import random_walk
from game.engine.session import Session
from game.debrief import build_debrief

from conftest import ROOT, compiled_from

RUNS = Path(__file__).parent / "golden"
DEBRIEFS = Path(__file__).parent / "golden_debriefs"
SHIPPED = sorted((ROOT / "scenarios").glob("*.yaml"))
TYPICAL_SEED = 7


def _choices(scenario: str, name: str) -> list[str]:
    args = json.loads((RUNS / f"{scenario}.{name}.json").read_text(encoding="utf-8"))["args"]
    return args[args.index("--choices") + 1].split(",")


def _debrief(path: Path, name: str) -> dict:
    compiled = compiled_from(path)
    if name == "typical":
        walk = random_walk(compiled, TYPICAL_SEED)
        seed, choices = TYPICAL_SEED, walk.choices
    else:
        seed, choices = 0, _choices(path.stem, name)
    session = Session(compiled, seed=seed)
    for choice in choices:
        session.choose(choice)
    return build_debrief(session, mode="assessment" if name == "typical" else "training").to_json()


@pytest.mark.parametrize("name", ["best", "worst", "typical"])
@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_debrief_matches_its_golden(path: Path, name: str):
    golden = DEBRIEFS / f"{path.stem}.{name}.json"
    actual = _debrief(path, name)
    if os.environ.get("BLUEHELM_WRITE_GOLDEN"):
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_best_debrief_passes_with_no_red_line_and_worst_does_not(path: Path):
    best = json.loads((DEBRIEFS / f"{path.stem}.best.json").read_text(encoding="utf-8"))
    worst = json.loads((DEBRIEFS / f"{path.stem}.worst.json").read_text(encoding="utf-8"))
    assert best["passed"] and not best["red_lines"] and all(not d["better"] or d["critical"] is None
                                                            for d in best["decisions"])
    assert not worst["passed"] and worst["to_work_on"]
