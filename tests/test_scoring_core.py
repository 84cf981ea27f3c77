"""The core scoring rule, checked against an independent, exact re-reading of the
contract (fractions, not floats) over generated playthroughs, and on the
contract's own example numbers."""

from __future__ import annotations

import math
import random
from fractions import Fraction

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st

from conftest import CONTRACT, load_ok
from scoring.core import ScoringRules, round_percent, score_playthrough

OUTCOMES = ("success", "partial", "failure", "incomplete")


# -- the independent reading of the contract ----------------------------------------------------

def exact_percent(points: int, rated: int) -> Fraction | None:
    """50 + 50 * mean / 3, exactly."""
    return None if rated == 0 else 50 + Fraction(50 * points, 3 * rated)


def exact_overall(weights: dict[str, float], percents: dict[str, Fraction | None]) -> Fraction | None:
    assessed = [(Fraction(weights[d]), p) for d, p in percents.items() if p is not None]
    if not assessed:
        return None
    return sum(w * p for w, p in assessed) / sum(w for w, _ in assessed)


def shown(value: Fraction | None) -> set[float | None]:
    """The one-decimal figures a correct implementation may show for an exact value.

    Half up; at an exact tie a float computation may land a hair below it, so the
    figure below is accepted there too (and only there).
    """
    if value is None:
        return {None}
    up = math.floor(value * 10 + Fraction(1, 2))
    figures = {float(Fraction(up, 10))}
    if (value * 10 - Fraction(1, 2)).denominator == 1:
        figures.add(float(Fraction(up - 1, 10)))
    return figures


def expected_passed(percents: dict[str, float | None], overall: float | None, crossed: list[str],
                    outcome: str, pass_mark: float, pass_marks: dict[str, float]) -> bool:
    if crossed or outcome in ("failure", "incomplete") or overall is None or overall < pass_mark:
        return False
    # a dimension with a pass mark that nothing rated has no percent to meet it
    return all(percents[d] is not None and percents[d] >= mark for d, mark in pass_marks.items())


# -- generated playthroughs ----------------------------------------------------------------------

dimension_names = st.lists(st.sampled_from(["cultural", "crisis", "protection", "coordination", "ethics"]),
                           min_size=1, max_size=4, unique=True)
weights_values = st.one_of(st.integers(1, 5).map(float), st.sampled_from([0.5, 1.5, 2.5, 0.25]),
                           st.floats(0.1, 10, allow_nan=False, allow_infinity=False))
marks = st.one_of(st.integers(0, 100).map(float), st.integers(0, 1000).map(lambda t: t / 10))


@st.composite
def playthroughs(draw):
    dimensions = draw(dimension_names)
    weights = {d: draw(weights_values) for d in dimensions}
    ratings = draw(st.lists(st.dictionaries(st.sampled_from(dimensions), st.integers(-3, 3)), max_size=15))
    red_lines = draw(st.just([]) | st.lists(st.text(min_size=1, max_size=20), min_size=1, max_size=2))
    outcome = draw(st.sampled_from(OUTCOMES))
    return weights, ratings, red_lines, outcome


@settings(max_examples=200, deadline=None)
@given(playthroughs(), st.data())
def test_score_playthrough_agrees_with_an_exact_reading_of_the_contract(playthrough, data):
    weights, ratings, red_lines, outcome = playthrough
    points = {d: sum(r.get(d, 0) for r in ratings) for d in weights}
    rated = {d: sum(d in r for r in ratings) for d in weights}
    exact = {d: exact_percent(points[d], rated[d]) for d in weights}
    overall_exact = exact_overall(weights, exact)

    # pass marks: arbitrary, or right at the figures shown (the boundary is >=)
    near = [p for p in shown(overall_exact) if p is not None]
    pass_mark = data.draw(st.sampled_from(near) | marks if near else marks, label="pass_mark")
    chosen = data.draw(st.lists(st.sampled_from(list(weights)), unique=True, max_size=len(weights)), label="with marks")
    pass_marks = {}
    for d in chosen:
        at = [p for p in shown(exact[d]) if p is not None]
        pass_marks[d] = data.draw(st.sampled_from(at) | marks if at else marks, label=f"mark {d}")

    result = score_playthrough(ScoringRules(weights, pass_mark, pass_marks), ratings, red_lines, outcome)

    assert list(result.scores) == list(weights)
    for d in weights:
        score = result.scores[d]
        assert (score.points, score.rated) == (points[d], rated[d])
        assert score.percent in shown(exact[d]), (d, exact[d])
        assert score.percent is None or 0 <= score.percent <= 100
        assert score.to_json() == {"points": points[d], "percent": score.percent}
    assert result.overall in shown(overall_exact)
    assert result.critical == red_lines and result.outcome == outcome

    ambiguous = any(len(shown(v)) > 1 for v in [*exact.values(), overall_exact])
    note(f"ambiguous rounding: {ambiguous}")
    if not ambiguous:
        percents = {d: s.percent for d, s in result.scores.items()}
        assert result.passed == expected_passed(percents, result.overall, red_lines, outcome, pass_mark, pass_marks)
    if red_lines or outcome in ("failure", "incomplete"):
        assert not result.passed


@settings(max_examples=100, deadline=None)
@given(playthroughs(), st.randoms(use_true_random=False))
def test_the_order_of_decisions_does_not_change_the_score(playthrough, rng: random.Random):
    weights, ratings, red_lines, outcome = playthrough
    rules = ScoringRules(weights)
    shuffled = list(ratings)
    rng.shuffle(shuffled)
    first, second = (score_playthrough(rules, r, red_lines, outcome) for r in (ratings, shuffled))
    assert (first.scores, first.overall, first.passed) == (second.scores, second.overall, second.passed)


@settings(max_examples=100, deadline=None)
@given(playthroughs())
def test_the_overall_lies_between_the_lowest_and_highest_dimension(playthrough):
    weights, ratings, _red, outcome = playthrough
    result = score_playthrough(ScoringRules(weights), ratings, [], outcome)
    assessed = [s.percent for s in result.scores.values() if s.percent is not None]
    if not assessed:
        assert result.overall is None
    else:
        assert min(assessed) - 0.1 <= result.overall <= max(assessed) + 0.1


# -- the contract's example and fixed cases -------------------------------------------------------

def test_the_contract_example_numbers():
    rules = ScoringRules.from_scenario(load_ok(CONTRACT).scenario)
    assert rules == ScoringRules({"cultural": 1.0, "crisis": 1.0}, 60.0, {"cultural": 50.0})
    ratings = [{"cultural": 2, "crisis": 1}, {"cultural": 2, "crisis": 0}]  # greet-elder, ask-women-officer
    result = score_playthrough(rules, ratings, [], "success")
    assert {d: s.to_json() for d, s in result.scores.items()} == {
        "cultural": {"points": 4, "percent": 83.3}, "crisis": {"points": 1, "percent": 58.3}}
    assert (result.overall, result.passed, result.critical) == (70.8, True, [])


def test_a_red_line_fails_whatever_the_scores():
    rules = ScoringRules({"cultural": 1.0})
    result = score_playthrough(rules, [{"cultural": 3}], ["Searching a woman without a female officer present."], "success")
    assert (result.scores["cultural"].percent, result.overall, result.passed) == (100.0, 100.0, False)
    assert result.critical == ["Searching a woman without a female officer present."]


@pytest.mark.parametrize("outcome, passed", [("success", True), ("partial", True), ("failure", False), ("incomplete", False)])
def test_the_ending_counts(outcome, passed):
    assert score_playthrough(ScoringRules({"crisis": 1.0}), [{"crisis": 3}], [], outcome).passed is passed


def test_each_dimension_must_meet_its_own_pass_mark():
    rules = ScoringRules({"cultural": 1.0, "crisis": 3.0}, 60, {"cultural": 50})
    result = score_playthrough(rules, [{"cultural": -1, "crisis": 3}], [], "success")
    assert (result.scores["cultural"].percent, result.overall, result.passed) == (33.3, 83.3, False)


def test_a_dimension_with_a_pass_mark_that_nothing_rated_does_not_pass():
    rules = ScoringRules({"cultural": 1.0, "crisis": 1.0}, 60, {"cultural": 50})
    result = score_playthrough(rules, [{"crisis": 3}], [], "success")
    assert (result.scores["cultural"].percent, result.overall, result.passed) == (None, 100.0, False)


def test_weights_and_unassessed_dimensions_in_the_overall():
    rules = ScoringRules({"a": 3.0, "b": 1.0, "c": 5.0})
    result = score_playthrough(rules, [{"a": 3}, {"b": -3}], [], "success")
    assert (result.scores["c"].percent, result.overall) == (None, 75.0)  # (3*100 + 1*0) / 4


def test_percents_round_half_up_to_one_decimal():
    assert [round_percent(v) for v in (62.25, 62.24, 0.05, 99.95, 54.1666)] == [62.3, 62.2, 0.1, 100.0, 54.2]
    assert score_playthrough(ScoringRules({"a": 1.0}), [], [], "success").overall is None
