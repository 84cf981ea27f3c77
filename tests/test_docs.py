"""The docs' examples are tests: the worked example validates cleanly and plays."""

from __future__ import annotations

import re

from game.authoring.loader import check_source
from game.engine.rules import compile_scenario
from game.engine.session import Session

from conftest import ROOT


def _worked_example() -> str:
    doc = (ROOT / "docs" / "scenario-format.md").read_text(encoding="utf-8")
    section = doc.split("## A complete worked example", 1)[1]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_worked_example_validates_with_no_errors_and_no_warnings():
    scenario, diagnostics, _ = check_source(_worked_example().encode(), "example.yaml", None)
    assert [d.format() for d in diagnostics] == []
    assert scenario is not None


def test_worked_example_plays_to_success_and_to_its_red_line():
    scenario, _, _ = check_source(_worked_example().encode(), "example.yaml", None)
    compiled = compile_scenario(scenario)
    best = Session(compiled, seed=0)
    best.choose("ask-committee")
    best.choose("stand-by")
    assert best.result().passed and best.node.id == "shared"
    worst = Session(compiled, seed=1, language="fr")
    while worst.node.id != "pushing":
        worst.choose("hold-back")
        if worst.node.id == "calmer":
            worst.choose("return")
    outcome = worst.choose("disperse")
    assert outcome.critical == "Employer la force pour éloigner des civils de l'eau."
    assert not worst.result().passed


def test_every_feature_of_the_format_appears_in_the_worked_example():
    text = _worked_example()
    for feature in ("on_enter:", "timer:", "once: true", "if:", "add:", "set:", "critical:", "objectives:",
                    "cast:", "pass_marks:", "weight:", "fr:", "ending: failure", "x-sources:", "show: true"):
        assert feature in text, feature
    assert re.search(r"goto: \{\w+: \d+, \w+: \d+\}", text), "a weighted goto"
