"""The JSON Schema for editors: made from the validator's models, it accepts the library and rejects mistakes."""

from __future__ import annotations

import copy

import jsonschema
import pytest
import yaml

from game.authoring.library import scenario_files
from game.authoring.model import Choice, Node, Scenario
from game.authoring.scaffold import scenario_text
from game.authoring.schema import scenario_schema
from game.paths import shipped_scenarios

from authoring_support import ROOT

FILES = scenario_files([shipped_scenarios()]) + [ROOT / "tests" / "fixtures" / "contract-example.yaml"]


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = scenario_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_the_schema_is_made_from_the_models_the_validator_uses():
    schema = scenario_schema()
    for model, where in ((Scenario, schema), (Node, schema["$defs"]["Node"]), (Choice, schema["$defs"]["Choice"])):
        assert set(where["properties"]) == {f.alias or name for name, f in model.model_fields.items()}
        assert where["additionalProperties"] is False and "^x-" in where["patternProperties"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_shipped_scenario_passes_the_schema(validator, path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [e.message for e in validator.iter_errors(data)] == []


def test_the_new_scenario_template_passes_the_schema(validator):
    assert list(validator.iter_errors(yaml.safe_load(scenario_text("my-drill")))) == []


BASE = yaml.safe_load((ROOT / "tests" / "fixtures" / "contract-example.yaml").read_text(encoding="utf-8"))


def broken(change) -> dict:
    data = copy.deepcopy(BASE)
    change(data)
    return data


@pytest.mark.parametrize("name, change, complaint", [
    ("unknown key", lambda d: d["nodes"]["arrival"]["choices"][0].update(feedbak="x"), "feedbak"),
    ("missing start", lambda d: d.pop("start"), "'start' is a required property"),
    ("id not a slug", lambda d: d.update(id="Market Checkpoint"), "does not match"),
    ("node id not a slug", lambda d: d["nodes"].update({"Side Street": {"text": "x", "ending": "success"}}),
     "does not match"),
    ("score out of range", lambda d: d["nodes"]["arrival"]["choices"][0]["score"].update(crisis=5),
     "greater than the maximum"),
    ("unknown ending", lambda d: d["nodes"]["failed"].update(ending="win"), "'win'"),
    ("text that is a number", lambda d: d["nodes"]["failed"].update(text=12), "12"),
    ("bad language code", lambda d: d.update(title={"en": "T", "French": "T"}), "French"),
    ("negative weight", lambda d: d["nodes"]["arrival"]["choices"][1].update(goto={"calm-crowd": -1}), "-1"),
])
def test_the_schema_rejects_a_broken_scenario(validator, name, change, complaint):
    errors = [e.message for e in validator.iter_errors(broken(change))]
    assert errors and any(complaint in e for e in errors) or any(
        complaint in str(c.message) for e in validator.iter_errors(broken(change)) for c in e.context), errors


def test_authors_notes_are_allowed_everywhere(validator):
    data = broken(lambda d: d.update({"x-sources": ["UN DPO handbook"]}))
    data["nodes"]["arrival"]["x-todo"] = "ask the reviewer"
    data["nodes"]["arrival"]["choices"][0]["x-note"] = {"any": ["thing"]}
    assert list(validator.iter_errors(data)) == []
