"""The Session: choices, effects, timers, branches, once, endings, results."""

from __future__ import annotations

import json

import pytest

from game.engine.session import ChoiceNotOffered, Session, SessionError
from game.engine.state import SessionState, StateFormatError

from conftest import CONTRACT, compiled_from


def test_start_node_on_enter_is_applied_as_the_session_begins(driver):
    session = driver()
    assert session.node.id == "arrival"
    assert session.variables["tension"] == 40  # 30 + on_enter 10


def test_choices_on_offer_are_numbered_in_the_order_shown(driver):
    session = driver()
    assert sorted(c.id for c in session.choices) == ["greet-elder", "wait"]
    assert [c.number for c in session.choices] == [1, 2]


def test_choose_applies_set_then_add_and_moves(driver):
    session = driver()
    outcome = session.choose("greet-elder")
    assert outcome.destination == "elder-talk"
    assert session.node.id == "elder-talk"
    assert session.variables == {"trust": 60, "tension": 35, "interpreter": True, "searched": False}
    assert outcome.feedback.startswith("Greeting the elder first")
    assert outcome.score == {"cultural": 2, "crisis": 1}


def test_choose_rejects_a_choice_not_on_offer(driver):
    session = driver()
    with pytest.raises(ChoiceNotOffered, match="choice 'search-now' is not on offer at node 'arrival'; "
                                                "on offer: greet-elder, wait"):  # in file order, whatever was shown
        session.choose("search-now")


def test_once_choice_is_not_offered_again(driver):
    session = driver(seed=0)
    session.choose("wait")
    session.choose("back")
    assert session.node.id == "arrival"
    assert sorted(c.id for c in session.choices) == ["greet-elder", "wait"]
    # greet-elder is once-only, but it was not taken: take the loop again, then check it vanishes
    # only after being taken (it leads away, so check the once rule through the rules directly)
    from game.engine import rules
    node = session.compiled.nodes["arrival"]
    choice = node.by_id["greet-elder"]
    assert not rules.is_offered(choice, session.variables, {("arrival", "greet-elder")})


def test_timer_fires_its_choice_when_time_runs_out(driver):
    session = driver(seed=0)
    assert session.advance_time(19.5) is None
    assert session.node.seconds_left == pytest.approx(0.5)
    outcome = session.advance_time(0.5)
    assert outcome is not None and outcome.timer and outcome.choice == "wait"
    assert session.decisions[-1].timer is True
    assert session.decisions[-1].seconds == 20.0


def test_decision_time_is_the_time_spent_at_the_node(driver):
    session = driver()
    session.advance_time(7.25)
    session.choose("greet-elder")
    session.advance_time(3)
    session.choose("ask-women-officer")
    assert [d.seconds for d in session.decisions] == [7.25, 3.0]
    assert [d.at for d in session.decisions] == [7.25, 10.25]


def test_weighted_branch_replays_exactly_for_the_same_seed():
    compiled = compiled_from(CONTRACT)
    def branches(seed: int) -> list[str]:
        session = Session(compiled, seed=seed)
        found = []
        for _ in range(20):
            found.append(session.choose("wait").destination)
            session.choose("back")
        return found
    assert branches(5) == branches(5)
    assert set(branches(5)) == {"calm-crowd", "angry-crowd"}
    assert branches(5) != branches(6)


def test_weighted_branch_follows_the_weights():
    compiled = compiled_from(CONTRACT)
    session = Session(compiled, seed=11)
    calm = 0
    for _ in range(2000):
        calm += session.choose("wait").destination == "calm-crowd"
        session.choose("back")
    assert 0.70 < calm / 2000 < 0.80  # weights 3:1


def test_result_follows_the_contract_example(driver):
    session = driver()
    session.choose("greet-elder")
    session.choose("ask-women-officer")
    result = session.result()
    assert session.finished
    assert (result.scores["cultural"].points, result.scores["cultural"].percent) == (4, 83.3)
    assert (result.scores["crisis"].points, result.scores["crisis"].percent) == (1, 58.3)
    assert (result.overall, result.passed, result.outcome, result.critical) == (70.8, True, "success", [])


def test_red_line_fails_whatever_the_scores(driver):
    session = driver()
    session.choose("greet-elder")
    outcome = session.choose("search-now")
    assert outcome.critical == "Searching a woman without a female officer present."
    result = session.result()
    assert not result.passed
    assert result.critical == ["Searching a woman without a female officer present."]


def test_no_choice_after_the_end(driver):
    session = driver()
    session.choose("greet-elder")
    session.choose("ask-women-officer")
    assert session.choices == []
    with pytest.raises(ChoiceNotOffered, match="has ended"):
        session.choose("anything")
    assert session.advance_time(100) is None


def test_unfinished_session_is_incomplete_and_not_passed(driver):
    session = driver()
    session.choose("greet-elder")
    result = session.result()
    assert result.outcome == "incomplete" and not result.passed


def test_time_cannot_go_backwards(driver):
    with pytest.raises(SessionError):
        driver().advance_time(-1)


def test_state_survives_a_json_round_trip_with_rng():
    compiled = compiled_from(CONTRACT)
    session = Session(compiled, seed=42, content_hash="h")
    session.choose("wait")
    session.choose("back")
    saved = json.loads(json.dumps(session.state.to_json()))
    resumed, report = Session.resume(compiled, SessionState.from_json(saved), content_hash="h")
    assert report.exact
    future_a = [session.choose("wait").destination, session.choose("back").destination]
    future_b = [resumed.choose("wait").destination, resumed.choose("back").destination]
    assert future_a == future_b
    assert resumed.state.to_json() == session.state.to_json()


def test_a_foreign_or_damaged_state_is_refused_clearly():
    with pytest.raises(StateFormatError, match="not a saved Bluehelm session"):
        SessionState.from_json({"format": "something-else"})
    with pytest.raises(StateFormatError, match="damaged"):
        SessionState.from_json({"format": "bluehelm-session/1", "scenario": "x"})


def test_language_falls_back_to_the_scenario_language(driver):
    session = driver(language="fr")
    assert session.node.text.startswith("A crowd")
