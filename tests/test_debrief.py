"""Debriefs of the contract example: best path, red-line path, timer path, and the
rules behind each part (bands, better alternatives, objectives, trajectories).

Every test that plays uses the `driver` fixture, so it also runs with the
session saved and restored after every action."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
import yaml

from conftest import CONTRACT
from game.engine.session import Session
from game.engine.state import Decision, SessionState
from game.debrief.bands import (DEFAULT_BANDS, Band, BandError, band_for, bands_from_mapping, checked_bands,
                           is_top_band)
from game.debrief import (Alternative, Debrief, DecisionReview, DimensionResult, ObjectiveResult, RedLine,
                             build_debrief, one_line)

RED_LINE = "Searching a woman without a female officer present."
OBJECTIVE = "Conduct searches in a gender-sensitive way."
GREET_FEEDBACK = "Greeting the elder first shows respect for the community's own structures."


def play(session, *choices: str, seconds: float = 0.0):
    for choice in choices:
        if seconds:
            session.advance_time(seconds)
        session.choose(choice)
    return session


def variant(tmp_path: Path, edit) -> Path:
    """The contract example with `edit(data)` applied, written where the driver can load it."""
    data = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "variant.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def choice_of(data: dict, node: str, choice_id: str) -> dict:
    return next(c for c in data["nodes"][node]["choices"] if c["id"] == choice_id)


# -- the three paths of the contract example -------------------------------------------------

def test_best_path_debrief_has_the_contract_numbers_and_no_better_choice(driver):
    session = play(driver(), "greet-elder", "ask-women-officer", seconds=4.5)
    debrief = build_debrief(session.session)

    assert (debrief.scenario_id, debrief.title, debrief.mode) == ("checkpoint-market", "Checkpoint at the market road", "training")
    assert (debrief.outcome, debrief.ending_text, debrief.passed) == ("success", "The crowd moves through calmly.", True)
    assert (debrief.overall, debrief.overall_band, debrief.pass_mark) == (70.8, "competent", 60.0)
    assert debrief.dimensions == [
        DimensionResult("cultural", "Cultural sensitivity", 4, 83.3, "proficient", 50.0),
        DimensionResult("crisis", "Crisis response", 1, 58.3, "competent", None),
    ]
    first, second = debrief.decisions
    assert first == DecisionReview(
        node="arrival", situation="A crowd of about forty displaced people waits at the barrier.",
        choice_id="greet-elder", choice_text="Greet the elder through the interpreter first.",
        score={"cultural": 2, "crisis": 1}, feedback=GREET_FEEDBACK, critical=None,
        seconds=4.5, timer_expired=False, better=[])
    assert (second.node, second.choice_id, second.score, second.better) == (
        "elder-talk", "ask-women-officer", {"cultural": 2, "crisis": 0}, [])
    assert debrief.red_lines == []
    assert debrief.objectives == [ObjectiveResult("gender-sensitive-search", OBJECTIVE, "met")]
    assert debrief.trajectories == {"trust": [50, 60, 60], "tension": [40, 35, 35]}
    assert debrief.strengths == ["Cultural sensitivity: proficient (83.3%)", f"Objective met: {OBJECTIVE}"]
    assert debrief.to_work_on == ["Crisis response: competent (58.3%)"]


def test_red_line_path_fails_lists_the_red_line_first_and_names_the_better_choice(driver):
    session = play(driver(), "greet-elder", "search-now", seconds=2)
    debrief = build_debrief(session.session)

    assert (debrief.outcome, debrief.passed, debrief.overall, debrief.overall_band) == ("failure", False, 54.2, "competent")
    assert debrief.ending_text == "The women refuse the search and the crowd turns away."
    assert [(d.id, d.points, d.percent, d.band) for d in debrief.dimensions] == [
        ("cultural", -1, 41.7, "needs practice"), ("crisis", 1, 66.7, "competent")]
    assert debrief.red_lines == [RedLine("elder-talk", "search-now", RED_LINE)]
    search = debrief.decisions[1]
    assert (search.critical, search.seconds, search.score) == (RED_LINE, 2.0, {"cultural": -3})
    assert search.better == [Alternative("ask-women-officer", "Call the female officer to search the women.",
                                         {"cultural": 2, "crisis": 0}, "Gender-sensitive searches keep dignity and trust.")]
    # search-now is not linked to the objective; greet-elder (+3) is, so it still counts as met
    assert debrief.objectives[0].status == "met"
    assert debrief.strengths == [f"Objective met: {OBJECTIVE}"]
    assert debrief.to_work_on == [
        f"Red line crossed: {RED_LINE}",
        "Overall: competent (54.2%), below the pass mark of 60%",
        "Cultural sensitivity: needs practice (41.7%), below its pass mark of 50%",
        "Crisis response: competent (66.7%)",
    ]
    assert debrief.trajectories == {"trust": [50, 60, 60], "tension": [40, 35, 35]}


def test_timer_path_records_the_expired_timer_and_follows_the_same_random_branch(driver):
    session = driver()
    session.advance_time(12.0)
    assert session.advance_time(8.0).timer  # 20 s: the timer takes "wait"; seed 0 leads to angry-crowd
    play(session, "back", "greet-elder", "ask-women-officer")
    debrief = build_debrief(session.session)

    wait, back, greet, _ = debrief.decisions
    assert (wait.choice_id, wait.seconds, wait.timer_expired, wait.score) == ("wait", 20.0, True, {"crisis": -1})
    assert wait.better == [Alternative("greet-elder", "Greet the elder through the interpreter first.",
                                       {"cultural": 2, "crisis": 1}, GREET_FEEDBACK)]
    assert (back.node, back.situation, back.feedback, back.timer_expired, back.better) == (
        "angry-crowd", "Shouting breaks out at the barrier.", "", False, [])
    assert (greet.node, greet.better) == ("arrival", [])
    assert (debrief.overall, debrief.passed) == (66.7, True)
    assert [(d.percent, d.band) for d in debrief.dimensions] == [(83.3, "proficient"), (50.0, "competent")]
    # on_enter of arrival adds 10 tension on each visit
    assert debrief.trajectories == {"trust": [50, 50, 50, 60, 60], "tension": [40, 40, 50, 45, 45]}


def test_an_unfinished_session_has_an_incomplete_debrief(driver):
    debrief = build_debrief(driver().session)
    assert (debrief.outcome, debrief.ending_text, debrief.passed, debrief.overall, debrief.overall_band) == (
        "incomplete", "", False, None, None)
    assert [(d.points, d.percent, d.band) for d in debrief.dimensions] == [(0, None, None), (0, None, None)]
    assert debrief.decisions == [] and debrief.red_lines == []
    assert debrief.objectives[0].status == "not-assessed"
    assert debrief.trajectories == {"trust": [50], "tension": [40]}
    assert debrief.strengths == []
    assert debrief.to_work_on == ["Cultural sensitivity: not assessed in this run, but it needs 50% to pass"]


# -- modes and JSON ------------------------------------------------------------------------------

def test_mode_is_recorded_and_changes_nothing_else(driver):
    session = play(driver(), "greet-elder", "search-now").session
    training, assessment = build_debrief(session), build_debrief(session, mode="assessment")
    assert (training.mode, assessment.mode) == ("training", "assessment")
    assert dataclasses.replace(assessment, mode="training") == training
    with pytest.raises(ValueError, match="mode must be one of training, assessment"):
        build_debrief(session, mode="exam")


def test_to_json_is_plain_json_with_every_field_in_a_stable_order_and_round_trips(driver):
    session = play(driver(), "wait", "back", "greet-elder", "search-now").session
    debrief = build_debrief(session, mode="assessment")
    data = debrief.to_json()
    text = json.dumps(data)
    assert list(data) == ["format"] + [f.name for f in dataclasses.fields(Debrief)]
    assert list(data["dimensions"][0]) == [f.name for f in dataclasses.fields(DimensionResult)]
    assert list(data["decisions"][0]) == [f.name for f in dataclasses.fields(DecisionReview)]
    assert list(data["decisions"][0]["better"][0]) == [f.name for f in dataclasses.fields(Alternative)]
    assert list(data["red_lines"][0]) == [f.name for f in dataclasses.fields(RedLine)]
    assert list(data["objectives"][0]) == [f.name for f in dataclasses.fields(ObjectiveResult)]
    assert data["format"] == "bluehelm-debrief/2" and data["mode"] == "assessment"
    assert json.dumps(build_debrief(session, mode="assessment").to_json()) == text
    assert Debrief.from_json(json.loads(text)) == debrief
    with pytest.raises(ValueError, match="not a Bluehelm debrief"):
        Debrief.from_json({"format": "something-else"})


def test_a_restored_session_gives_the_same_debrief(driver):
    session = driver()
    session.advance_time(20)
    play(session, "back", "greet-elder", "search-now")
    saved = SessionState.from_json(json.loads(json.dumps(session.state.to_json())))
    restored, _ = Session.resume(session.compiled, saved, content_hash="test")
    assert build_debrief(restored) == build_debrief(session.session)


def test_a_history_the_replay_cannot_reproduce_still_gives_a_debrief(driver):
    session = driver()
    state = session.state
    # seed 0 sends "wait" to angry-crowd; this history claims calm-crowd
    state.decisions = [Decision("arrival", "wait", "calm-crowd", 3.0)]
    state.node = "calm-crowd"
    restored, report = Session.resume(session.compiled, state, content_hash="test")
    assert report.exact
    debrief = build_debrief(restored)
    assert debrief.decisions[0].better != []  # what was on offer before the choice is still known
    assert debrief.trajectories == {"trust": [50], "tension": [40]}  # but the replay stops there


# -- better alternatives ------------------------------------------------------------------------

def test_better_lists_every_strictly_better_choice_best_first_and_ties_by_id_not_position(driver, tmp_path):
    def edit(data):
        choices = data["nodes"]["arrival"]["choices"]
        choices.append({"id": "call-hq", "text": "Call headquarters.", "goto": "elder-talk",
                        "score": {"crisis": 3}, "feedback": "Headquarters sends advice."})
        choices.append({"id": "stall", "text": "Stall.", "goto": "elder-talk", "score": {"crisis": 3}})
    path = variant(tmp_path, edit)

    waited = build_debrief(play(driver(path), "wait").session)
    # greet-elder (+2 +1), call-hq (+3) and stall (+3) all rate 3: equal, so listed by id, whatever was shown first
    assert [b.choice_id for b in waited.decisions[0].better] == ["call-hq", "greet-elder", "stall"]
    tied = build_debrief(play(driver(path), "call-hq").session)
    assert tied.decisions[0].better == []  # greet-elder rates 3 too: not strictly better


def test_better_only_looks_at_choices_that_were_on_offer(driver, tmp_path):
    def lower_trust(data):
        data["variables"]["trust"]["value"] = 30  # greet-elder needs trust >= 40
    debrief = build_debrief(play(driver(variant(tmp_path, lower_trust)), "wait").session)
    assert debrief.decisions[0].better == []


def test_better_respects_once_only_choices_already_taken(driver, tmp_path):
    def greet_then_return(data):
        choice_of(data, "arrival", "greet-elder")["goto"] = "calm-crowd"
        choice_of(data, "arrival", "greet-elder")["if"] = "trust >= 40"
    debrief = build_debrief(play(driver(variant(tmp_path, greet_then_return)), "greet-elder", "back", "wait").session)
    assert [d.choice_id for d in debrief.decisions] == ["greet-elder", "back", "wait"]
    assert debrief.decisions[2].better == []  # greet-elder was once-only and already taken


def test_a_red_line_choice_is_never_offered_as_the_better_one(driver, tmp_path):
    def tempting_red_line(data):
        choice_of(data, "elder-talk", "search-now")["score"] = {"cultural": 3, "crisis": 3}
    debrief = build_debrief(play(driver(variant(tmp_path, tempting_red_line)), "greet-elder", "ask-women-officer").session)
    assert debrief.decisions[1].better == []


# -- objectives -----------------------------------------------------------------------------------

def test_a_missed_objective_wins_over_a_met_one(driver, tmp_path):
    def link_red_line(data):
        choice_of(data, "elder-talk", "search-now")["objectives"] = ["gender-sensitive-search"]
    debrief = build_debrief(play(driver(variant(tmp_path, link_red_line)), "greet-elder", "search-now").session)
    assert debrief.objectives == [ObjectiveResult("gender-sensitive-search", OBJECTIVE, "missed")]
    assert debrief.strengths == []
    assert debrief.to_work_on[0] == f"Red line crossed: {RED_LINE}"
    assert debrief.to_work_on[-1] == f"Objective missed: {OBJECTIVE}"


def test_a_linked_red_line_misses_the_objective_whatever_its_rating(driver, tmp_path):
    def positive_red_line(data):
        search = choice_of(data, "elder-talk", "search-now")
        search["objectives"], search["score"] = ["gender-sensitive-search"], {"crisis": 2}
        choice_of(data, "arrival", "greet-elder")["objectives"] = []
    debrief = build_debrief(play(driver(variant(tmp_path, positive_red_line)), "greet-elder", "search-now").session)
    assert debrief.objectives[0].status == "missed"


def test_a_linked_choice_rated_zero_leaves_the_objective_not_assessed(driver, tmp_path):
    def neutral(data):
        choice_of(data, "arrival", "greet-elder")["objectives"] = []
        choice_of(data, "elder-talk", "ask-women-officer")["score"] = {"cultural": 1, "crisis": -1}
    debrief = build_debrief(play(driver(variant(tmp_path, neutral)), "greet-elder", "ask-women-officer").session)
    assert debrief.objectives[0].status == "not-assessed"
    assert not any(line.startswith("Objective") for line in debrief.strengths + debrief.to_work_on)


# -- language and the one-line situation ---------------------------------------------------------

def test_texts_follow_the_session_language(driver, tmp_path):
    def french(data):
        data["title"] = {"en": data["title"], "fr": "Le point de contrôle"}
        data["nodes"]["arrival"]["text"] = {"en": "A crowd waits.", "fr": "Une foule attend. Elle grossit."}
        data["objectives"][0]["text"] = {"en": OBJECTIVE, "fr": "Fouiller avec respect."}
        data["dimensions"]["cultural"]["label"] = {"en": "Cultural sensitivity", "fr": "Sensibilité culturelle"}
    debrief = build_debrief(play(driver(variant(tmp_path, french), language="fr"), "greet-elder", "ask-women-officer").session)
    assert debrief.title == "Le point de contrôle"
    assert debrief.decisions[0].situation == "Une foule attend."
    assert debrief.decisions[0].choice_text == "Greet the elder through the interpreter first."  # falls back to en
    assert debrief.strengths == ["Sensibilité culturelle : maîtrisé (83,3\u00a0%)", "Objectif atteint : Fouiller avec respect."]
    assert debrief.dimensions[0].band == "maîtrisé" and debrief.overall_band == "compétent"


@pytest.mark.parametrize("text, expected", [
    ("A crowd waits.\nIt grows.", "A crowd waits."),
    ("  A crowd\n  of forty waits at\tthe barrier  ", "A crowd of forty waits at the barrier"),
    ('The elder says "Stop." Then she leaves.', 'The elder says "Stop."'),
    ("Is this the road? Nobody knows.", "Is this the road?"),
    ("人群在等待。他们很累。", "人群在等待。"),
    ("Version 2.5 of the plan is ready. Go.", "Version 2.5 of the plan is ready."),
])
def test_situation_is_the_first_sentence_on_one_line(text, expected):
    assert one_line(text) == expected


def test_a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis():
    sentence = "The crowd " + "keeps growing and pushing " * 10 + "at the barrier."
    line = one_line(sentence)
    assert len(line) <= 120 and line.endswith("\u2026") and line.startswith("The crowd keeps growing")
    assert line[:-1] == sentence[:len(line) - 1] and sentence[len(line) - 1] == " "


# -- bands ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("percent, label", [
    (0.0, "needs practice"), (49.9, "needs practice"), (50.0, "competent"), (74.9, "competent"),
    (75.0, "proficient"), (100.0, "proficient"), (None, None),
])
def test_default_bands(percent, label):
    band = band_for(percent, DEFAULT_BANDS)
    assert (band.label if band else None) == label
    assert band_for(percent) == band


def test_custom_bands_sort_and_leave_percents_below_the_lowest_unbanded():
    bands = bands_from_mapping({"expert": 90, "basic": 40, "sound": 65})
    assert [b.label for b in bands] == ["basic", "sound", "expert"]
    assert band_for(39.9, bands) is None
    assert band_for(64.9, bands) == Band("basic", 40.0)
    assert is_top_band(band_for(95, bands), bands) and not is_top_band(band_for(70, bands), bands)
    assert not is_top_band(None, bands)


@pytest.mark.parametrize("bands, message", [
    ([], "at least one band"),
    ([Band("a", 0), Band("a", 50)], "labels must be different"),
    ([Band("a", 0), Band("b", 0)], "same percent"),
    ([Band("a", 0), Band("b", 120)], "from 0 to 100"),
    ([Band(" ", 0)], "needs a label"),
])
def test_unusable_bands_are_refused_with_a_reason(bands, message):
    with pytest.raises(BandError, match=message):
        checked_bands(bands)


def test_scoring_never_imports_pygame():
    import subprocess
    import sys
    code = "import sys, game.debrief.bands, game.debrief, scoring.core; sys.exit('pygame' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
