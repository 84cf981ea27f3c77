"""The shipped library is a fair test of judgement (the gates of the library rework).

Each scenario, in each of its languages: no play-derived warning from `validate` (BH120-BH121,
and BH140-BH143 at their default thresholds, which include every naive strategy passing at most
10 % of seeded sessions); at least a third of the decisions are real dilemmas; and the red lines
come from the one catalogue. The full 2,000-session figures are `python bench/assessment_gates.py`
(docs/benchmarks.md, docs/scenarios.md).
"""

from __future__ import annotations

import pytest

from game.analysis.assessment import assess
from game.analysis.validation import validation_warnings
from game.authoring.library import scenario_files
from game.authoring.lint import scenario_languages
from game.authoring.loader import load_scenario
from game.engine.rules import compile_scenario
from game.paths import shipped_scenarios

SHIPPED = scenario_files([shipped_scenarios()])


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_validate_gives_no_play_derived_warning(path):
    result = load_scenario(path)
    assert [d.format() for d in validation_warnings(result, use_cache=False)] == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_third_of_the_decisions_are_real_dilemmas_and_no_shape_gives_the_answer(path):
    scenario = load_scenario(path).scenario
    report = assess(compile_scenario(scenario), sessions=200, languages=scenario_languages(scenario))
    assert report.dominant <= 100 * 2 / 3
    assert [f.language for f in report.languages] == ["en", "fr"]
    for figures in report.languages:
        assert figures.best_is_longest <= 40, figures
        assert figures.giveaway_gap is not None and figures.giveaway_gap <= 10, figures


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_red_line_names_the_catalogue(path):
    scenario = load_scenario(path).scenario
    free_text = [f"{node_id}/{choice.id}" for node_id, node in scenario.nodes.items() for choice in node.choices
                 if choice.critical is not None and choice.red_line is None]
    assert free_text == []
