"""Optional competency bands set by a scenario: validated, translated, used by the debrief."""

from __future__ import annotations

import yaml

from game.authoring.loader import check_source
from game.engine.rules import compile_scenario
from game.engine.session import Session
from game.debrief import build_debrief

from conftest import CONTRACT

BANDS = """
bands:
  - {label: {en: beginner, fr: débutant}, from: 0}
  - {label: {en: ready, fr: prêt}, from: 70}
"""


def _with(extra: str, replace: tuple[str, str] = ("", "")) -> bytes:
    text = CONTRACT.read_text(encoding="utf-8").replace("pass_mark: 60\n", "pass_mark: 60\n" + extra.lstrip("\n"))
    return text.replace(*replace).encode()


def test_scenario_bands_label_the_debrief_in_the_session_language():
    scenario, diagnostics, _ = check_source(_with(BANDS), "bands.yaml", None)
    assert [d.format() for d in diagnostics if d.code != "BH103"] == []
    for language, ready in (("en", "ready"), ("fr", "prêt")):
        session = Session(compile_scenario(scenario), language=language)
        session.choose("greet-elder")
        session.choose("ask-women-officer")
        debrief = build_debrief(session)
        assert debrief.overall_band == ready  # 70.8
        assert [d.band for d in debrief.dimensions] == [ready, {"en": "beginner", "fr": "débutant"}[language]]


def test_a_dimension_can_have_its_own_bands():
    extra = "  cultural: {label: Cultural sensitivity, weight: 1, bands: [{label: low, from: 0}, {label: high, from: 80}]}\n"
    source = _with("", ("  cultural: {label: Cultural sensitivity, weight: 1}\n", extra))
    scenario, diagnostics, _ = check_source(source, "bands.yaml", None)
    assert diagnostics == []
    session = Session(compile_scenario(scenario))
    session.choose("greet-elder")
    session.choose("ask-women-officer")
    bands = {d.id: d.band for d in build_debrief(session).dimensions}
    assert bands == {"cultural": "high", "crisis": "competent"}


def test_bands_out_of_range_or_starting_twice_are_errors():
    bad = "bands:\n  - {label: a, from: 0}\n  - {label: b, from: 0}\n  - {label: c, from: 120}\n"
    _, diagnostics, _ = check_source(_with(bad), "bands.yaml", None)
    assert [d.format() for d in diagnostics] == [
        "bands.yaml:20:22: error: BH013 two bands start at 0%",
        "bands.yaml:21:22: error: BH013 a band starts at a percent from 0 to 100, not 120",
    ]


def test_a_band_needs_a_label_and_a_start():
    _, diagnostics, _ = check_source(_with("bands:\n  - {from: 0}\n"), "bands.yaml", None)
    assert [(d.code, d.message) for d in diagnostics] == [("BH010", "missing required key 'label' in band")]
    assert yaml.safe_load(_with(BANDS))["bands"][1]["from"] == 70
