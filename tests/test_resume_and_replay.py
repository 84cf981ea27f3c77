"""Saved sessions come back exactly, or by replay when the scenario changed."""

from __future__ import annotations

import json
from pathlib import Path

from game.authoring.loader import load_scenario
from game.engine.rules import compile_scenario
from game.engine.session import Session
from game.engine.state import SessionState

from conftest import FIXTURES, compiled_from

LOOP = FIXTURES / "loop-once.yaml"


def test_once_choices_disappear_after_being_taken_and_clamping_applies(driver):
    session = driver(LOOP)
    assert sorted(c.id for c in session.choices) == ["ask-name", "ask-route"]
    session.choose("ask-name")
    assert session.variables["asked"] == 2  # 0 + 5 clamped to max 2
    assert sorted(c.id for c in session.choices) == ["ask-route", "leave"]
    session.choose("ask-route")
    assert [c.id for c in session.choices] == ["leave"]
    assert session.node.id == "gate" and session.state.visits["gate"] == 3


def _changed_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = LOOP.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / "loop-once.yaml"
    target.write_text(text.replace(old, new), encoding="utf-8")
    return target


def _saved_after(choices: list[str]) -> SessionState:
    session = Session(compiled_from(LOOP), seed=3, content_hash="old-hash")
    for choice in choices:
        session.choose(choice)
    return SessionState.from_json(json.loads(json.dumps(session.state.to_json())))


def test_changed_scenario_is_restored_by_replaying_choice_ids(tmp_path):
    changed = _changed_copy(tmp_path, "A guard waits for your question.", "A tired guard waits.")
    loaded = load_scenario(changed)
    resumed, report = Session.resume(compile_scenario(loaded.scenario), _saved_after(["ask-name"]),
                                     content_hash=loaded.content_hash)
    assert not report.exact and report.replayed == 1 and report.dropped == 0
    assert resumed.node.text == "A tired guard waits."
    assert resumed.variables["asked"] == 2
    assert sorted(c.id for c in resumed.choices) == ["ask-route", "leave"]


def test_a_choice_that_no_longer_exists_is_reported_not_fatal(tmp_path):
    changed = _changed_copy(tmp_path, "id: ask-route", "id: ask-way")
    loaded = load_scenario(changed)
    resumed, report = Session.resume(compile_scenario(loaded.scenario), _saved_after(["ask-name", "ask-route"]),
                                     content_hash=loaded.content_hash)
    assert (report.replayed, report.dropped) == (1, 1)
    assert "choice 'ask-route' no longer exists or is not on offer at node 'gate'" in report.message
    assert "after 1 of 2 decisions" in report.message
    assert resumed.node.id == "gate" and [d.choice for d in resumed.decisions] == ["ask-name"]


def test_transplant_keeps_node_and_variables_and_adapts_to_new_declarations(tmp_path):
    edited = _changed_copy(tmp_path, "  asked: {value: 0, min: 0, max: 2}",
                           "  asked: {value: 0, min: 0, max: 1}\n  patience: {value: 3}")
    loaded = load_scenario(edited)
    moved, report = Session.transplant(compile_scenario(loaded.scenario), _saved_after(["ask-name"]),
                                       content_hash=loaded.content_hash)
    assert report.exact and report.message == "reloaded at node 'gate'"
    assert moved.node_id == "gate"
    assert moved.variables == {"asked": 1, "mood": "calm", "patience": 3}  # clamped to the new max; new one added
    assert [c.id for c in moved.choices] == ["ask-route"]  # once-only history carried; leave needs asked >= 2


def test_transplant_falls_back_to_replay_when_the_node_is_gone(tmp_path):
    edited = _changed_copy(tmp_path, "  out:\n", "  door:\n")
    edited.write_text(edited.read_text(encoding="utf-8").replace("goto: out", "goto: door"), encoding="utf-8")
    loaded = load_scenario(edited)
    session = Session(compiled_from(LOOP), seed=3)
    session.choose("ask-name")
    session.choose("leave")
    moved, report = Session.transplant(compile_scenario(loaded.scenario), session.state, content_hash="new")
    assert not report.exact and moved.node_id == "door"
