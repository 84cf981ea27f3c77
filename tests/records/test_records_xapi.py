"""Sessions as xAPI 1.0.3 statements, each one validated against Ralph's strict models."""

from __future__ import annotations

import copy
import json
import uuid

import pytest
from pydantic import ValidationError
from records_support import CHECKPOINT, LOOP, make_class, play
from xapi_model import validate

from game.cli import main
from game.records import RecordStore, Trainee
from game.records.xapi import (EXT_RATINGS, EXT_TIMER_EXPIRED, STATEMENT_IDS, course_iri, node_iri, scenario_iri,
                               store_statements)

ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as opened:
        yield opened


def _verbs(statements) -> list[str]:
    return [s.body["verb"]["id"].removeprefix(ADL) for s in statements]


def test_every_statement_of_a_class_is_valid_xapi_1_0_3(store):
    make_class(store)
    play(store, LOOP, Trainee("t-fr", "Élodie"), seed=5, decisions=4, language="fr")
    statements = store_statements(store)
    assert len(statements) > 30
    for statement in statements:
        validate(json.loads(json.dumps(statement.body)))


def test_the_strict_model_does_reject_what_xapi_forbids(store):
    play(store, LOOP, "t1", seed=1, decisions=1)
    good = store_statements(store)[2].body
    for damage in (lambda s: s.pop("id"), lambda s: s.update(version="2.0.0"), lambda s: s.update(extra=1),
                   lambda s: s["verb"].update(id="not an iri"), lambda s: s["actor"]["account"].pop("name"),
                   lambda s: s["context"].update(registration="nope"), lambda s: s["result"].update(response=""),
                   lambda s: s.update(timestamp="2025-01-01T10:00:00+02:00"),
                   lambda s: s["verb"].update(id=ADL + "liked")):
        broken = copy.deepcopy(good)
        damage(broken)
        with pytest.raises(ValidationError):
            validate(broken)


def test_a_finished_session_reads_launched_initialized_answers_completed_result_terminated(store):
    played = play(store, CHECKPOINT, Trainee("t1", "Amina"), seed=2, course="UNPK-7")
    record = store.session(played.session_id)
    decisions = store.decisions(record.id)
    statements = store_statements(store)
    assert _verbs(statements) == (["launched", "initialized"] + ["answered"] * len(decisions)
                                  + ["completed", "passed" if record.passed else "failed", "terminated"])
    for statement in statements:
        body = statement.body
        assert body["actor"] == {"objectType": "Agent",
                                 "account": {"homePage": "https://bluehelm.org/trainees", "name": "t1"}}
        assert body["context"]["registration"] == record.registration
        assert body["context"]["contextActivities"]["grouping"][0]["id"] == course_iri("UNPK-7")
    assert statements[0].body["object"]["id"] == scenario_iri("checkpoint-market")
    assert statements[0].body["timestamp"] == record.started_at
    assert statements[-1].body["timestamp"] == record.finished_at


def test_an_answer_carries_the_choice_its_ratings_and_where_it_was_made(store):
    played = play(store, CHECKPOINT, "t1", seed=4)
    decisions = store.decisions(played.session_id)
    answers = [s.body for s in store_statements(store) if s.body["verb"]["id"] == ADL + "answered"]
    assert len(answers) == len(decisions)
    for body, decision in zip(answers, decisions):
        assert body["object"]["id"] == node_iri("checkpoint-market", decision.node)
        assert body["object"]["id"] == f"https://bluehelm.org/xapi/scenarios/checkpoint-market/nodes/{decision.node}"
        assert body["result"]["response"] == decision.choice
        assert body["result"]["extensions"][EXT_RATINGS] == decision.ratings
        assert body["result"]["extensions"][EXT_TIMER_EXPIRED] is False
        assert body["timestamp"] == decision.decided_at
        assert body["context"]["contextActivities"]["parent"][0]["id"] == scenario_iri("checkpoint-market")


def test_the_result_statement_scales_the_overall_score(store):
    played = play(store, CHECKPOINT, "t1", seed=4)
    record = store.session(played.session_id)
    [graded] = [s.body for s in store_statements(store) if s.body["verb"]["id"] in (ADL + "passed", ADL + "failed")]
    assert graded["result"]["score"]["scaled"] == round(record.overall / 100, 4)
    assert graded["result"]["success"] is record.passed
    assert graded["verb"]["id"] == ADL + ("passed" if record.passed else "failed")


def test_an_unfinished_session_has_only_what_happened_so_far(store):
    play(store, LOOP, "t1", seed=1, decisions=3, finish=False)
    assert _verbs(store_statements(store)) == ["launched", "initialized", "answered", "answered", "answered"]


def test_statement_ids_are_uuid5_of_the_session_and_place_and_rebuilding_gives_the_same_statements(store):
    played = play(store, LOOP, "t1", seed=1, decisions=3, finish=False)
    first = store_statements(store)
    registration = store.session(played.session_id).registration
    assert first[0].id == str(uuid.uuid5(STATEMENT_IDS, f"{registration}/launched"))
    assert first[2].id == str(uuid.uuid5(STATEMENT_IDS, f"{registration}/decision/1"))
    played.choose(played.session.choices[0].id)
    again = store_statements(store)
    assert [s.body for s in again[:len(first)]] == [s.body for s in first]
    assert len({s.id for s in again}) == len(again)


def test_every_session_has_its_own_registration(store):
    make_class(store)
    registrations = {s.body["context"]["registration"] for s in store_statements(store)}
    assert len(registrations) == len(store.sessions())


def test_xapi_export_writes_one_json_array(tmp_path, store, capsys):
    make_class(store, trainees=2)
    out = tmp_path / "statements.json"
    assert main(["xapi", "export", "--db", str(store.path), "-o", str(out), "--home-page", "https://lms.example/"]) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported == [s.body for s in store_statements(store, home_page="https://lms.example/")]
    assert all(s["actor"]["account"]["homePage"] == "https://lms.example/" for s in exported)
    assert "statements written" in capsys.readouterr().err
