"""The shipped library: clean validation, and random play reaches every node and ending."""

from __future__ import annotations

import pytest

from game.authoring.library import check_library, scenario_files
from game.authoring.loader import load_scenario
from game.engine.autoplay import autoplay
from game.engine.rules import compile_scenario
from game.paths import shipped_scenarios

SHIPPED = scenario_files([shipped_scenarios()])


def test_the_library_has_scenarios_with_unique_ids():
    results = [load_scenario(p) for p in SHIPPED]
    assert len(results) >= 2
    assert check_library(results) == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenario_validates_with_no_errors_and_no_warnings(path):
    assert [d.format() for d in load_scenario(path).diagnostics] == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_random_play_reaches_every_node_and_a_pass_is_possible_but_not_certain(path):
    scenario = load_scenario(path).scenario
    report = autoplay(compile_scenario(scenario), runs=5000, seed=2026).to_json()
    assert report["nodes"]["unvisited"] == []
    assert report["choices"]["untaken"] == []
    assert report["dead_ends"] == {}
    assert 0 < report["passed"] < report["runs"]
    endings = {n.ending for n in scenario.nodes.values() if n.ending}
    assert endings == {"success", "partial", "failure"}
