"""The batch walker agrees with the interactive Session, and the report adds up."""

from __future__ import annotations


import pytest

from game.engine.autoplay import autoplay, chooser_for, random_walk
from game.engine.session import Session

from conftest import CONTRACT, FIXTURES, ROOT, compiled_from

SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml")) + [CONTRACT, FIXTURES / "loop-once.yaml"]


def _session_walk(compiled, seed: int):
    """The same random trainee as random_walk, but through the transitions Session."""
    chooser = chooser_for(seed)
    session = Session(compiled, seed=seed)
    while not session.finished and session.choices:
        choices = session.choices
        session.choose(choices[int(chooser.random() * len(choices))].id)
    return session


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_batch_walker_and_session_give_identical_playthroughs(path):
    compiled = compiled_from(path)
    for seed in range(200):
        fast = random_walk(compiled, seed)
        slow = _session_walk(compiled, seed)
        assert fast.path == slow.path
        assert fast.choices == [d.choice for d in slow.decisions]
        assert fast.variables == slow.variables
        slow_result = slow.result()
        assert fast.result.scores == slow_result.scores
        assert (fast.result.overall, fast.result.passed) == (slow_result.overall, slow_result.passed)


def test_autoplay_report_counts_every_run_and_covers_the_example():
    report = autoplay(compiled_from(CONTRACT), runs=500, seed=7)
    data = report.to_json()
    assert sum(data["outcomes"].values()) == 500
    assert data["nodes"]["visited"] == data["nodes"]["total"] == 6
    assert data["choices"]["untaken"] == []
    assert data["choices_made"] == report.choices_made > 500
    assert 0 < data["passed"] < 500
    assert data["red_lines"] == data["outcomes"]["failure"]


def test_autoplay_is_reproducible_for_a_seed():
    compiled = compiled_from(CONTRACT)
    assert autoplay(compiled, runs=100, seed=3).to_json() == autoplay(compiled, runs=100, seed=3).to_json()
