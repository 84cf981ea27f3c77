"""Item analysis, checked against values worked out by hand (the arithmetic is in the comments)."""

from __future__ import annotations

import math

import pytest
from records_support import CHECKPOINT, play

from game.records import RecordStore, Trainee
from game.records.bundle import bundle_ids, iter_bundles
from game.records.classdata import build_class_report
from game.records.items import Attempt, analyse, cronbach_alpha, point_biserial, position_bias, reading
from game.records.scenario_texts import ScenarioIndex, texts_finder


def test_point_biserial_by_hand():
    # x = 1,1,0,0; y = 4,2,1,1. Means .5 and 2; cov = (4+2)/4 - .5*2 = .5; var x = .25; var y = 22/4 - 4 = 1.5.
    # r = .5 / (.5 * sqrt(1.5)) = 1/sqrt(1.5); the textbook form (M1 - M0)/s * sqrt(pq) = 2/sqrt(1.5) * .5 agrees.
    assert point_biserial([1, 1, 0, 0], [4, 2, 1, 1]) == pytest.approx(1 / math.sqrt(1.5))
    assert point_biserial([1, 1, 1], [1, 2, 3]) is None  # everyone chose well: nothing to correlate
    assert point_biserial([1, 0], [2, 2]) is None


def test_cronbach_alpha_by_hand():
    # Items (ddof 1): [2,1,3,0] var 5/3, [1,1,2,0] var 2/3, [3,2,3,1] var 2.75/3: sum 9.75/3.
    # Totals 6,4,8,1: mean 4.75, squared deviations 26.75, var 26.75/3.
    # alpha = 3/2 * (1 - 9.75/26.75) = 3/2 * 68/107 = 102/107.
    assert cronbach_alpha([[2, 1, 3], [1, 1, 2], [3, 2, 3], [0, 0, 1]]) == pytest.approx(102 / 107)
    assert cronbach_alpha([[1, 1], [1, 1]]) is None
    assert cronbach_alpha([[1], [2]]) is None
    assert [reading(a) for a in (0.85, 0.75, 0.65, 0.55, 0.2, None)] == [
        "high", "acceptable", "questionable", "poor", "low", "none"]


def test_position_bias_by_hand():
    # 40 decisions among 4 options each; chance gives 10 per position. Observed 20, 10, 5, 5:
    # chi-square = 100/10 + 0 + 25/10 + 25/10 = 15 > 7.815 (3 degrees of freedom, 5 %).
    shown = [(1, 4)] * 20 + [(2, 4)] * 10 + [(3, 4)] * 5 + [(4, 4)] * 5
    bias = position_bias(shown)
    assert (bias.chi2, bias.df, bias.biased) == (pytest.approx(15.0), 3, True)
    assert bias.observed == [0.5, 0.25, 0.125, 0.125] and bias.expected == [0.25] * 4
    fair = position_bias([(p, 4) for p in (1, 2, 3, 4)] * 10)
    assert (fair.chi2, fair.biased) == (0.0, False)
    assert position_bias([(1, 4)] * 29) is None  # too few to test


DEFINITION = {
    "language": "en", "dimensions": {"d": {"label": {"en": "D"}, "weight": 1.0}}, "pass_mark": 60.0,
    "nodes": {
        "a": {"choices": [{"id": "good", "score": {"d": 2}}, {"id": "bad", "score": {"d": -1}},
                          {"id": "never", "score": {"d": 0}}]},
        "b": {"choices": [{"id": "g", "score": {"d": 1}}, {"id": "h", "score": {"d": 1}}]},
        "c": {"choices": [{"id": "x", "score": {"d": 1}}, {"id": "y", "score": {"d": 0}}]},
        "end": {"ending": "success", "choices": []},
    },
}


def _class() -> list[Attempt]:
    """Ten trainees: 0-4 choose well at a, 5-9 do not; all choose g at b; 0, 1, 2, 3 and 5 choose x at c.
    Every option is shown first."""
    attempts = []
    for i in range(10):
        a = ("a", "good", {"d": 2}, 1) if i < 5 else ("a", "bad", {"d": -1}, 1)
        c = ("c", "x", {"d": 1}, 1) if i in (0, 1, 2, 3, 5) else ("c", "y", {"d": 0}, 1)
        attempts.append(Attempt(f"t{i}", [a, ("b", "g", {"d": 1}, 1), c]))
    return attempts


def test_item_analysis_of_a_class_by_hand():
    result = analyse(_class(), DEFINITION)
    items = {i.node: i for i in result.items}
    # a: chose well 1,1,1,1,1,0,0,0,0,0; rest = b + c = 2,2,2,2,1,2,1,1,1,1 (mean 1.5, var .25);
    #    mean(x*rest) = 9/10, cov = .9 - .5*1.5 = .15, r = .15 / (.5 * .5) = .6.
    assert (items["a"].reached, items["a"].difficulty) == (10, 0.5)
    assert items["a"].discrimination == pytest.approx(0.6)
    assert items["a"].unchosen == ["never"] and items["a"].flag is None
    # b: g and h tie at the best total, everyone chose g: difficulty 1, no spread, flagged flat; h never chosen.
    assert (items["b"].difficulty, items["b"].discrimination, items["b"].flag) == (1.0, None, "flat")
    assert items["b"].unchosen == ["h"]
    # c: chose well 1,1,1,1,0,1,0,0,0,0; rest = a + b = 3,3,3,3,3,0,0,0,0,0 (mean 1.5, var 2.25);
    #    mean(x*rest) = 12/10, cov = 1.2 - .75 = .45, r = .45 / (.5 * 1.5) = .6.
    assert items["c"].discrimination == pytest.approx(0.6)
    # alpha over a, b, c (everyone made all three): item vars 2.5, 0, 2.5/9, sum 25/9; totals 4,4,4,4,3,1,0,0,0,0
    #    mean 2, squared deviations 34, var 34/9: alpha = 3/2 * (1 - 25/34) = 27/68.
    assert (result.alpha, result.alpha_items, result.alpha_trainees) == (pytest.approx(27 / 68), 3, 10)
    assert result.reading == "low"
    # Position: 30 decisions all chosen at position 1; chance: a (3 listed) 10/3 per position, b and c 10 each at
    #    1 and 2. Expected 40/3, 40/3, 10/3; chi-square = (50/3)^2/(40/3) + 40/3 + 10/3 = 37.5, 2 degrees of freedom.
    assert result.position.chi2 == pytest.approx(37.5) and result.position.df == 2 and result.position.biased


def test_no_statistics_for_fewer_than_ten_trainees():
    result = analyse(_class()[:9], DEFINITION)
    assert not result.enough and result.items == [] and result.alpha is None


def test_a_negative_discrimination_is_flagged():
    attempts = []
    for i in range(10):  # those who choose well at a do worse everywhere else
        well = i < 5
        a = ("a", "good", {"d": 2}, 2) if well else ("a", "bad", {"d": -1}, 2)
        c = ("c", "y", {"d": 0}, 2) if well else ("c", "x", {"d": 1}, 2)
        attempts.append(Attempt(f"t{i}", [a, ("b", "g", {"d": 1}, 1), c]))
    items = {i.node: i for i in analyse(attempts, DEFINITION).items}
    assert items["a"].discrimination == pytest.approx(-1.0) and items["a"].flag == "negative"


def test_the_class_report_has_item_analysis_for_a_class_of_ten(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as store:
        for number in range(11):
            play(store, CHECKPOINT, Trainee(f"t{number:02d}"), seed=number)
        play(store, CHECKPOINT, Trainee("t00"), seed=99)  # a second attempt: the first one counts
        report = build_class_report(iter_bundles(store, bundle_ids(store)), texts_finder(ScenarioIndex()))
    [scenario] = report.scenarios
    items = scenario.items
    assert items.trainees == 11 and items.enough and items.items
    arrival = next(i for i in items.items if i.node == "arrival")
    assert arrival.reached == 11 and 0 <= arrival.difficulty <= 1
