"""A JSON Schema of the scenario format, for editors (the YAML language server completes and checks keys).

It is generated from the same pydantic models the validator uses, then given what
the models leave to checks.py but a schema can say: `x-` keys allowed everywhere,
slug and language-code patterns, the ranges of ratings, weights and percents, and
one-line descriptions shown on hover. The validator stays the judge; the schema
only helps while typing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from .bounds import BRANCH_WEIGHT, DIMENSION_WEIGHT, MAX_INTEGER, MINUTES, TIMER_SECONDS
from .checks import RESERVED_WORDS, SLUG, VARIABLE_NAME
from .model import Scenario
from .textfields import LANGUAGE_CODE
from scoring import RATING_MAX, RATING_MIN

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "https://bluehelm.invalid/scenario.schema.json"
_AUTHOR_NOTES = {"^x-": {"description": "Authors' notes: any key that starts with x- is ignored by Bluehelm."}}
_SLUG = {"pattern": SLUG.pattern}
_PERCENT = {"minimum": 0, "maximum": 100}
_POSITIVE = {"exclusiveMinimum": 0}
_INTEGER = {"minimum": -MAX_INTEGER, "maximum": MAX_INTEGER}  # the format's bounds (bounds.py, BH015)

# (model, field) -> what the schema adds to the field's own schema
_FIELDS: dict[tuple[str, str], dict] = {
    ("Scenario", "id"): {**_SLUG, "description": "The scenario's slug, unique in a library: lowercase letters, digits and -."},
    ("Scenario", "title"): {"description": "Shown in the menu and on the debrief."},
    ("Scenario", "summary"): {"description": "One paragraph for the scenario menu."},
    ("Scenario", "language"): {"pattern": LANGUAGE_CODE.pattern,
                               "description": "Language of plain-string texts (default en)."},
    ("Scenario", "minutes"): {**_POSITIVE, "maximum": MINUTES.maximum, "description": "Estimated duration in minutes."},
    ("Scenario", "difficulty"): {"enum": [1, 2, 3], "description": "1 introductory .. 3 advanced."},
    ("Scenario", "briefing"): {"description": "Shown before the first node: role, place, time, mandate."},
    ("Scenario", "dimensions"): {"minProperties": 1, "description": "What is scored; at least one dimension."},
    ("Scenario", "pass_mark"): {**_PERCENT, "description": "Overall percent needed to pass (default 60)."},
    ("Scenario", "pass_marks"): {"additionalProperties": {"type": "number", **_PERCENT},
                                 "description": "Per-dimension minimum percents, e.g. {cultural: 50}."},
    ("Scenario", "variables"): {"propertyNames": {"pattern": VARIABLE_NAME.pattern,
                                                  "not": {"enum": sorted(RESERVED_WORDS)}},
                                "description": "Scenario state used in conditions and effects."},
    ("Scenario", "cast"): {"description": "Who speaks: cast key to name, role and portrait."},
    ("Scenario", "start"): {**_SLUG, "description": "The id of the first node."},
    ("Scenario", "nodes"): {"propertyNames": _SLUG, "minProperties": 1,
                            "description": "Node id (a slug) to node: the scenes and decisions."},
    ("Objective", "id"): _SLUG,
    ("Band", "from"): {**_PERCENT, "description": "The percent this band starts at."},
    ("Dimension", "weight"): {**_POSITIVE, "maximum": DIMENSION_WEIGHT.maximum,
                              "description": "Weight in the overall percent (default 1)."},
    ("Variable", "value"): {**_INTEGER, "description": "Starting value: an integer, true/false or text; fixes the type."},
    ("Variable", "min"): _INTEGER,
    ("Variable", "max"): _INTEGER,
    ("Variable", "show"): {"description": "Show the variable as a meter in the trainer."},
    ("CastMember", "portrait"): {"description": "A picture under assets/, e.g. portraits/elder.png."},
    ("Node", "text"): {"description": "What the trainee reads."},
    ("Node", "title"): {"description": "A short name for this decision point, shown in the debrief, e.g. \"Meeting the elder\"."},
    ("Node", "speaker"): {"description": "A cast key."},
    ("Node", "background"): {"description": "A picture under assets/, e.g. backgrounds/market.png."},
    ("Node", "on_enter"): {"description": "Effects (add, set) applied each time the node is entered."},
    ("Node", "timer"): {"description": "When `seconds` pass at this node, the named choice is taken."},
    ("Node", "choices"): {"description": "The decisions on offer (required unless the node is an ending)."},
    ("Node", "ending"): {"description": "Makes the node an ending: success, partial or failure."},
    ("Timer", "choice"): {**_SLUG, "description": "The id of a choice of this node."},
    ("Timer", "seconds"): {"maximum": TIMER_SECONDS.maximum,
                           "description": "Play seconds before the timer's choice is taken."},
    ("Choice", "id"): {**_SLUG, "description": "Unique within its node; recorded in results."},
    ("Choice", "text"): {"description": "The button's text: the action, not its merit."},
    ("Choice", "goto"): {**_SLUG, "description": "A node id, or a weighted random branch {calm-crowd: 3, angry-crowd: 1}."},
    ("Choice", "if"): {"description": "A condition, e.g. \"trust >= 40 and not searched\"."},
    ("Choice", "once"): {"description": "Not offered again at this node after it was taken."},
    ("Choice", "score"): {"additionalProperties": {"type": "integer", "minimum": RATING_MIN, "maximum": RATING_MAX},
                          "description": "Ratings per dimension, whole numbers from -3 to 3."},
    ("Choice", "feedback"): {"description": "What happened, why (name the principle), what would have been better."},
    ("Choice", "objectives"): {"items": _SLUG, "description": "Objective ids this choice gives evidence on."},
    ("Choice", "critical"): {"description": "Makes the choice a red line: a sentence saying why, or "
                                            "{red_line: ID} naming an entry of the red-line catalogue."},
    ("Choice", "variants"): {"description": "Texts shown instead of `text` while their condition holds (the first that holds)."},
    ("Node", "variants"): {"description": "Texts shown instead of `text` while their condition holds (the first that holds), "
                                          "so a scene can show what earlier choices did."},
    ("Node", "keep_order"): {"description": "Show the options in file order (only where the order itself means something); "
                                            "otherwise each session shows them in an order drawn from its seed."},
    ("Variant", "if"): {"description": "A condition, e.g. \"searched_in_public\"."},
    ("Scenario", "assessment"): {"description": "Overrides of the assessment-quality thresholds of validate's BH140-BH143."},
}
_RED_LINE_REFERENCE = {"type": "object", "properties": {"red_line": {**_SLUG, "type": "string"}},
                       "required": ["red_line"], "additionalProperties": False}


def scenario_schema() -> dict:
    """The JSON Schema of a scenario file, ready to write as JSON."""
    schema = Scenario.model_json_schema(by_alias=True)
    definitions = schema.get("$defs", {})
    for name, model_schema in [("Scenario", schema), *definitions.items()]:
        _complete_model(name, model_schema)
    for subschema in _walk(schema):
        if "gt" in subschema:  # pydantic's own key for a bound it cannot place on a union
            subschema["exclusiveMinimum"] = subschema.pop("gt")
        if _is_text_mapping(subschema):
            subschema["propertyNames"] = {"pattern": LANGUAGE_CODE.pattern}
            subschema["minProperties"] = 1
        _weighted_goto(subschema)
    _accept_red_line_references(definitions.get("Choice", {}))
    for name in ("Effects", "Choice"):
        _bound_effects(definitions.get(name, {}))
    return {"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID,
            "title": "Bluehelm scenario", **{k: v for k, v in schema.items() if k != "title"}}


def schema_json() -> str:
    return json.dumps(scenario_schema(), indent=2, ensure_ascii=False) + "\n"


def _complete_model(name: str, model_schema: dict) -> None:
    if "properties" not in model_schema:
        return
    model_schema["patternProperties"] = dict(_AUTHOR_NOTES)
    for field, extra in ((f, e) for (m, f), e in _FIELDS.items() if m == name):
        target = model_schema["properties"].get(field)
        if target is None:
            continue
        description = extra.get("description")
        constraints = {k: v for k, v in extra.items() if k != "description"}
        if description:
            target["description"] = description
        if constraints:
            _constrain(target, constraints)


def _constrain(target: dict, constraints: dict) -> None:
    """Put constraints on the field's schema, or on the member of its union they fit."""
    members = target.get("anyOf")
    if not members:
        target.update(constraints)
        return
    string_like = {"pattern"}
    object_like = {"propertyNames", "minProperties", "additionalProperties"}
    for member in members:
        kind = member.get("type")
        keys = set(constraints)
        if (kind == "string" and keys <= string_like) or (kind == "object" and keys <= object_like) \
                or (kind in ("integer", "number") and not keys & (string_like | object_like)):
            member.update(constraints)


def _bound_effects(model_schema: dict) -> None:
    """`add` amounts and whole-number `set` values within the format's integer bounds."""
    properties = model_schema.get("properties", {})
    add = properties.get("add", {}).get("additionalProperties")
    if isinstance(add, dict) and add.get("type") == "integer":
        add.update(_INTEGER)
    members = properties.get("set", {}).get("additionalProperties", {}).get("anyOf", [])
    for member in members:
        if member.get("type") == "integer":
            member.update(_INTEGER)


def _accept_red_line_references(choice_schema: dict) -> None:
    """`critical` is a text, or {red_line: ID} naming a catalogue entry (not a language code)."""
    critical = choice_schema.get("properties", {}).get("critical")
    if critical is not None and isinstance(critical.get("anyOf"), list):
        critical["anyOf"].insert(0, _RED_LINE_REFERENCE)


def _walk(node: object) -> Iterator[dict]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _is_text_mapping(subschema: dict) -> bool:
    return subschema.get("type") == "object" and subschema.get("additionalProperties") == {"type": "string"} \
        and "properties" not in subschema


def _weighted_goto(subschema: dict) -> None:
    """The weighted branch of a goto: node ids to positive weights."""
    weights = subschema.get("additionalProperties")
    if subschema.get("type") == "object" and isinstance(weights, dict) \
            and weights.get("anyOf") == [{"type": "integer"}, {"type": "number"}] and "propertyNames" not in subschema:
        subschema["propertyNames"] = dict(_SLUG)
        subschema["minProperties"] = 1
        weights["exclusiveMinimum"] = 0
        weights["maximum"] = BRANCH_WEIGHT.maximum
