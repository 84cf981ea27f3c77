"""Sessions as xAPI 1.0.3 statements an LMS shows well, each one validated against Ralph's strict models."""

from __future__ import annotations

import copy
import json
import uuid

import pytest
from pydantic import ValidationError
from records_support import CHECKPOINT, LOOP, RecordedSession, loaded, make_class, play
from xapi_model import validate

from game.cli import main
from game.engine.session import Session
from game.records import RecordStore, Trainee
from game.records.xapi import (EXT_RATINGS, EXT_RED_LINE, EXT_SHOWN_POSITION, EXT_TIMER_EXPIRED, PROFILE_IRI,
                               STATEMENT_IDS, course_iri, iso_duration, node_iri, scenario_iri, store_statements)

ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def store(tmp_path):
    with RecordStore.open(tmp_path / "records.sqlite3") as opened:
        yield opened


def _verbs(statements) -> list[str]:
    return [s.body["verb"]["id"].removeprefix(ADL) for s in statements]


def _start(store, path, trainee, *, seed, mode="training", language=None, course="UNPK-7") -> RecordedSession:
    """A session started the way the play runner starts one: with the scenario, so its texts are recorded."""
    compiled, digest = loaded(path)
    session = Session(compiled, seed=seed, language=language, content_hash=digest)
    return RecordedSession.start(store, session, trainee=trainee, course=course, mode=mode)


def _to_the_end(recorded: RecordedSession) -> None:
    while not recorded.session.finished:
        recorded.choose(recorded.session.choices[0].id)
    recorded.finish()


def test_every_statement_of_a_class_is_valid_xapi_1_0_3(store):
    make_class(store)
    play(store, LOOP, Trainee("t-fr", "Élodie"), seed=5, decisions=4, language="fr")
    _to_the_end(_start(store, CHECKPOINT, "t-a", seed=3, mode="assessment"))
    statements = store_statements(store)
    assert len(statements) > 30
    for statement in statements:
        validate(json.loads(json.dumps(statement.body)))


def test_the_strict_model_does_reject_what_xapi_forbids(store):
    play(store, LOOP, "t1", seed=1, decisions=1)
    good = store_statements(store)[1].body
    for damage in (lambda s: s.pop("id"), lambda s: s.update(version="2.0.0"), lambda s: s.update(extra=1),
                   lambda s: s["verb"].update(id="not an iri"), lambda s: s["actor"]["account"].pop("name"),
                   lambda s: s["context"].update(registration="nope"), lambda s: s["result"].update(response=""),
                   lambda s: s.update(timestamp="2025-01-01T10:00:00+02:00"),
                   lambda s: s["verb"].update(id=ADL + "liked")):
        broken = copy.deepcopy(good)
        damage(broken)
        with pytest.raises(ValidationError):
            validate(broken)


def test_a_node_is_a_choice_interaction_named_and_described_in_every_language_with_its_options(store):
    _to_the_end(_start(store, CHECKPOINT, "t1", seed=2))
    answered = [s.body for s in store_statements(store) if s.body["verb"]["id"] == ADL + "answered"]
    arrival = next(b for b in answered if b["object"]["id"] == node_iri("checkpoint-market", "arrival"))
    definition = arrival["object"]["definition"]
    assert definition["interactionType"] == "choice"
    assert set(definition["name"]) == set(definition["description"]) == {"en", "fr"}
    assert definition["description"]["en"].startswith("The sun is already hot")
    assert definition["name"]["fr"] == "Le soleil chauffe déjà la latérite rouge."
    choices = {c["id"]: c["description"] for c in definition["choices"]}
    assert {"ask-intel", "greet-elder", "check-interpreter", "start-searching"} <= set(choices)
    assert choices["greet-elder"]["en"].startswith("Walk over to Baba Moussa")
    assert set(choices["greet-elder"]) == {"en", "fr"}
    assert definition["correctResponsesPattern"] == ["check-interpreter"]  # the best available option


def test_an_answer_carries_the_ratings_as_a_score_success_and_where_it_was_shown(store):
    recorded = _start(store, CHECKPOINT, "t1", seed=4)
    _to_the_end(recorded)
    decisions = store.decisions(recorded.session_id)
    answers = [s.body for s in store_statements(store) if s.body["verb"]["id"] == ADL + "answered"]
    assert len(answers) == len(decisions)
    for body, decision in zip(answers, decisions):
        result = body["result"]
        assert body["object"]["id"] == node_iri("checkpoint-market", decision.node)
        assert result["response"] == decision.choice
        assert result["score"]["raw"] == sum(decision.ratings.values())
        assert result["score"]["min"] <= result["score"]["raw"] <= result["score"]["max"]
        assert -1 <= result["score"]["scaled"] <= 1
        assert isinstance(result["success"], bool)
        assert result["extensions"][EXT_RATINGS] == decision.ratings
        assert result["extensions"][EXT_TIMER_EXPIRED] is False
        assert result["extensions"][EXT_SHOWN_POSITION] == decision.shown_position
        assert body["timestamp"] == decision.decided_at
        assert body["context"]["contextActivities"]["parent"][0]["id"] == scenario_iri("checkpoint-market")
        assert body["context"]["contextActivities"]["category"][0]["id"] == PROFILE_IRI
    first = answers[0]["result"]
    assert first["success"] == (decisions[0].choice == "check-interpreter")


def test_a_red_line_answer_fails_and_says_so():
    from game.records.bundle import SessionBundle
    from game.records.models import DecisionRecord, SessionRecord
    from game.records.xapi import session_statements

    record = SessionRecord(1, str(uuid.uuid4()), Trainee("t1"), "", "s", "S", "h", "en", "training", "x1", "0",
                           "2025-01-01T10:00:00.000Z", None, 1, None, None, None, None)
    definition = {"language": "en", "dimensions": {"d": {"weight": 1.0}},
                  "nodes": {"n": {"text": {"en": "A crowd."}, "name": {"en": "A crowd."}, "choices": [
                      {"id": "talk", "text": {"en": "Talk."}, "score": {"d": 2}, "red_line": False},
                      {"id": "shoot", "text": {"en": "Fire."}, "score": {"d": 3}, "red_line": True}]}}}
    decision = DecisionRecord(1, 1, "n", "shoot", "end", {"d": 3}, 2.0, False, 2.0, "2025-01-01T10:00:02.000Z", 2)
    [_, answer, _] = session_statements(SessionBundle(record, [decision], None, None), definition)
    assert answer.body["result"]["success"] is False  # rated high, but a red line is never the right answer
    assert answer.body["result"]["extensions"][EXT_RED_LINE] is True
    assert answer.body["object"]["definition"]["correctResponsesPattern"] == ["talk"]


def test_a_training_session_reads_initialized_answers_completed_terminated(store):
    recorded = _start(store, CHECKPOINT, Trainee("t1", "Amina"), seed=2)
    _to_the_end(recorded)
    record = store.session(recorded.session_id)
    statements = store_statements(store)
    assert _verbs(statements) == ["initialized"] + ["answered"] * record.decisions + ["completed", "terminated"]
    completed = statements[-2].body["result"]
    assert completed["score"]["scaled"] == round(record.overall / 100, 4) and "success" not in completed
    for statement in statements:
        body = statement.body
        assert body["actor"] == {"objectType": "Agent",
                                 "account": {"homePage": "https://bluehelm.org/trainees", "name": "t1"}}
        assert body["context"]["registration"] == record.registration
        assert body["context"]["contextActivities"]["grouping"][0]["id"] == course_iri("UNPK-7")
    assert statements[0].body["object"]["definition"]["name"] == {"en": "Checkpoint at the market road",
                                                                  "fr": "Le point de contrôle de la route du marché"}
    assert statements[0].body["timestamp"] == record.started_at
    assert statements[-1].body["timestamp"] == record.finished_at


def test_only_an_assessment_is_passed_or_failed(store):
    recorded = _start(store, CHECKPOINT, "t1", seed=4, mode="assessment")
    _to_the_end(recorded)
    record = store.session(recorded.session_id)
    statements = store_statements(store)
    assert _verbs(statements)[-3:] == ["completed", "passed" if record.passed else "failed", "terminated"]
    graded = statements[-2].body["result"]
    assert graded["success"] is record.passed and graded["score"]["scaled"] == round(record.overall / 100, 4)


def test_an_unfinished_session_is_suspended_and_a_resumed_one_says_so(store):
    recorded = play(store, LOOP, "t1", seed=1, decisions=3, finish=False)
    statements = store_statements(store)
    assert _verbs(statements) == ["initialized", "answered", "answered", "answered", "suspended"]
    assert statements[-1].body["timestamp"] == store.decisions(recorded.session_id)[-1].decided_at
    store.record_resumed(recorded.session_id)
    recorded.choose(recorded.session.choices[0].id)
    again = store_statements(store)
    assert _verbs(again) == ["initialized", "answered", "answered", "answered", "suspended", "resumed", "answered",
                             "suspended"]
    assert [s.body for s in again[:5]] == [s.body for s in statements]  # what was sent before stays the same


def test_durations_are_to_a_hundredth_of_a_second():
    assert [iso_duration(s) for s in (12.345, 0.004, 75, 2.5, -1)] == ["PT12.35S", "PT0S", "PT75S", "PT2.5S", "PT0S"]


def test_statement_ids_are_uuid5_of_the_session_and_place_and_rebuilding_gives_the_same_statements(store):
    played = play(store, LOOP, "t1", seed=1, decisions=3, finish=False)
    first = store_statements(store)
    registration = store.session(played.session_id).registration
    assert first[0].id == str(uuid.uuid5(STATEMENT_IDS, f"{registration}/initialized"))
    assert first[1].id == str(uuid.uuid5(STATEMENT_IDS, f"{registration}/decision/1"))
    played.choose(played.session.choices[0].id)
    again = store_statements(store)
    assert [s.body for s in again[:4]] == [s.body for s in first[:4]]
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
    assert f"{len(exported)} statements written" in capsys.readouterr().err


def test_an_export_records_the_texts_it_looked_up_so_the_next_one_is_identical(tmp_path, store):
    make_class(store, trainees=2)  # the play runner records the scenario's texts with the first decision
    assert store.scenario_definition("checkpoint-market", store.sessions()[0].content_hash) is not None
    out = tmp_path / "a.json"
    assert main(["xapi", "export", "--db", str(store.path), "-o", str(out)]) == 0
    assert main(["xapi", "send", "--db", str(store.path), "--lrs", "http://127.0.0.1:9/xAPI", "--user", "u",
                 "--password", "p", "--retries", "0", "--timeout", "0.2"]) == 1
    again = tmp_path / "b.json"
    assert main(["xapi", "export", "--db", str(store.path), "-o", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
