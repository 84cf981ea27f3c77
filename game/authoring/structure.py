"""Shape checks: the pydantic models' verdict, turned into located diagnostics.

Pydantic reports a path through the data plus, for union types, the name of each
union member it tried. We strip those member names, merge the errors that land on
the same value ("a string or a mapping"), keep the most specific one when a union
member got further, and point at the key or value through the source spots.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, ValidationError

from . import model
from .diagnostics import Diagnostic, did_you_mean, error, short, shown_number
from .yamlsource import ScalarSpot, Spot, locate, spot_at

_EXPECTED = {
    "string_type": "text",
    "int_type": "a whole number",
    "float_type": "a number",
    "bool_type": "true or false",
    "dict_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "list_type": "a list",
}


@dataclass
class _Problem:
    path: tuple[object, ...]
    kind: str
    through_union: bool
    expected: list[str]
    context: dict


def _data_path(loc: tuple, data: object) -> tuple[tuple[object, ...], bool, bool]:
    """Drop union member names from a pydantic loc; also say if any was dropped and if it ends on a key."""
    path: list[object] = []
    here = data
    dropped = False
    for item in loc:
        if item == "[key]":
            return tuple(path), dropped, True
        if isinstance(here, dict) and item in here:
            path.append(item)
            here = here[item]
        elif isinstance(here, list) and isinstance(item, int) and 0 <= item < len(here):
            path.append(item)
            here = here[item]
        elif isinstance(item, str) and (not isinstance(here, dict) or "[" in item or item in _UNION_NAMES):
            dropped = True
        else:
            path.append(item)
            here = None
    return tuple(path), dropped, False


_UNION_NAMES = {"str", "int", "float", "bool"}


def _value_at(data: object, path: tuple[object, ...]) -> object:
    for item in path:
        if isinstance(data, dict):
            data = data.get(item)
        elif isinstance(data, list) and isinstance(item, int) and item < len(data):
            data = data[item]
        else:
            return None
    return data


def _model_for(path: tuple[object, ...]) -> type[BaseModel] | None:
    shapes: dict[tuple[str, ...], type[BaseModel]] = {
        (): model.Scenario,
        ("objectives", "#"): model.Objective,
        ("dimensions", "*"): model.Dimension,
        ("variables", "*"): model.Variable,
        ("cast", "*"): model.CastMember,
        ("nodes", "*"): model.Node,
        ("nodes", "*", "on_enter"): model.Effects,
        ("nodes", "*", "timer"): model.Timer,
        ("nodes", "*", "choices", "#"): model.Choice,
        ("nodes", "*", "variants", "#"): model.Variant,
        ("nodes", "*", "choices", "#", "variants", "#"): model.Variant,
        ("assessment",): model.AssessmentLimits,
        ("bands", "#"): model.Band,
        ("dimensions", "*", "bands", "#"): model.Band,
    }
    pattern = tuple("#" if isinstance(p, int) and i and path[i - 1] in ("objectives", "choices", "bands", "variants") else
                    ("*" if i % 2 == 1 and path[i - 1] in ("dimensions", "variables", "cast", "nodes") else p)
                    for i, p in enumerate(path))
    return shapes.get(pattern)  # type: ignore[arg-type]


def _field_names(cls: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in cls.model_fields.items()]


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "empty (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{short(value, 30)}'"
    return shown_number(value)


def looks_like_node(value: object) -> bool:
    """A mapping with a text and choices or an ending: a node, wherever it was written."""
    return isinstance(value, dict) and "text" in value and ("choices" in value or "ending" in value)


def stray_nodes(data: object) -> set[object]:
    """Top-level keys that are nodes written one indentation level too far left (at column 1)."""
    if not isinstance(data, dict):
        return set()
    fields = set(_field_names(model.Scenario))
    return {k for k, v in data.items() if k not in fields and not (isinstance(k, str) and k.startswith("x-"))
            and looks_like_node(v)}


def yaml_word_hint(value: object, spot: Spot | None, *, plain: bool = False) -> str:
    """The quoting hint for a value YAML read as true/false or null because it was written unquoted."""
    plain = plain or (isinstance(spot, ScalarSpot) and spot.style is None)
    if plain and isinstance(value, bool):
        return " (YAML reads unquoted yes/no/on/off/true/false as values, not text: put it in quotes)"
    if plain and value is None:
        return " (nothing, null or ~ means no value in YAML: write the value, in quotes if it is the word null)"
    return ""


def _collect(exc: ValidationError, data: object) -> list[_Problem]:
    merged: dict[tuple, _Problem] = {}
    for err in exc.errors(include_url=False):
        loc = err["loc"] + ("[key]",) if err["type"] == "invalid_key" else err["loc"]
        path, through_union, on_key = _data_path(loc, data)
        if on_key and path:  # pydantic's loc shows a key that is not text as 1 (true) or 'None'
            path = path[:-1] + (err["input"],)
        kind = "key" if on_key else err["type"]
        key = (path, on_key, kind if kind in ("missing", "extra_forbidden", "key") else "type")
        expected = _EXPECTED.get(err["type"])
        problem = merged.get(key)
        if problem is None:
            problem = merged[key] = _Problem(path, kind, through_union, [], dict(err.get("ctx") or {}))
        if expected and expected not in problem.expected:
            problem.expected.append(expected)
        if not expected and kind not in ("missing", "extra_forbidden", "key"):
            problem.kind = err["type"]
            problem.context = dict(err.get("ctx") or {})
            problem.context["msg"] = err["msg"]
    problems = list(merged.values())
    deeper = {p.path[:i] for p in problems for i in range(len(p.path))}
    return [p for p in problems if not (p.through_union and p.path in deeper and p.expected)]


def _expected_phrase(expected: list[str]) -> str:
    if "a whole number" in expected and "a number" in expected:
        expected = [e for e in expected if e != "a whole number"]
    if len(expected) > 2:
        return ", ".join(expected[:-1]) + " or " + expected[-1]
    return " or ".join(expected)


def _message(problem: _Problem, data: object, root: Spot) -> tuple[str, str, tuple[int, int]]:
    path = problem.path
    name = next((str(p) for p in reversed(path) if isinstance(p, str)), "value")
    subject = f"each item of '{name}'" if path and isinstance(path[-1], int) else f"'{name}'"
    if problem.kind == "missing":
        cls = _model_for(path[:-1])
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower() if cls is not None else ""
        where = f" in {words}" if cls is not None and cls is not model.Scenario else ""
        return "BH010", f"missing required key '{path[-1]}'{where}", locate(root, path[:-1])
    if problem.kind == "extra_forbidden":
        cls = _model_for(path[:-1])
        if len(path) == 1 and looks_like_node(_value_at(data, path)):
            return "BH011", (f"unknown key '{path[-1]}': it looks like a node written at the start of the line; "
                             "indent it under 'nodes:' like the other nodes"), locate(root, path, key=True)
        hint = did_you_mean(path[-1], _field_names(cls)) if cls else ""
        return "BH011", f"unknown key '{path[-1]}'{hint}", locate(root, path, key=True)
    if problem.kind == "key":
        value = path[-1] if path else None
        hint = yaml_word_hint(value, None, plain=True) if path else ""  # a true/null key was unquoted
        return "BH012", f"a key here must be text, not {_describe(value)}{hint}", locate(root, path, key=True)
    value = _value_at(data, path)
    spot = spot_at(root, path)
    at = locate(root, path)
    if problem.kind == "finite_number":
        return "BH015", (f"{subject} must be a finite number, not {shown_number(value)}: YAML reads .inf and .nan "
                         "as infinity and not-a-number; write a number"), at
    if problem.expected:
        text = f"{subject} must be {_expected_phrase(problem.expected)}, not {_describe(value)}"
        return "BH012", text + yaml_word_hint(value, spot), at
    if problem.kind == "literal_error":
        text = f"'{name}' must be one of {problem.context.get('expected')}, not {_describe(value)}"
        return "BH013", text + yaml_word_hint(value, spot), at
    if problem.kind == "greater_than":
        return "BH013", f"'{name}' must be greater than {problem.context.get('gt')}, not {_describe(value)}", at
    return "BH013", f"'{name}': {problem.context.get('msg', 'invalid value')}", at


def _misspelt(path: tuple[object, ...], data: object) -> bool:
    """Whether a missing key has a typo of it beside it, which BH011 already reports ("did you mean")."""
    cls, parent = _model_for(path[:-1]), _value_at(data, path[:-1])
    if cls is None or not isinstance(parent, dict):
        return False
    fields = _field_names(cls)
    hint = f" (did you mean '{path[-1]}'?)"
    return any(isinstance(k, str) and not k.startswith("x-") and k not in fields and did_you_mean(k, fields) == hint
               for k in parent)


def check_shape(data: object, root: Spot, file: str) -> tuple[model.Scenario | None, list[Diagnostic]]:
    """Validate the data against the models; returns the model (when valid) and diagnostics."""
    try:
        return model.Scenario.model_validate(data), []
    except ValidationError as exc:
        diagnostics = []
        for problem in _collect(exc, data):
            if problem.kind == "missing" and _misspelt(problem.path, data):
                continue
            code, message, at = _message(problem, data, root)
            diagnostics.append(error(file, at, code, message))
        return None, diagnostics
