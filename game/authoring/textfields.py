"""The text fields of a scenario, and the translation checks over them.

`text_fields` is the one list of every translatable place in the format; the
validator and the translation tools both walk it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from .model import red_line_id

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

Path_ = tuple[object, ...]
Report = Callable[..., None]


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def text_fields(data: dict) -> Iterator[tuple[Path_, object]]:
    for key in ("title", "summary", "briefing"):
        if key in data:
            yield (key,), data[key]
    for index, objective in enumerate(_list(data.get("objectives"))):
        yield ("objectives", index, "text"), _dict(objective).get("text")
    for index, band in enumerate(_list(data.get("bands"))):
        yield ("bands", index, "label"), _dict(band).get("label")
    for name, dimension in _dict(data.get("dimensions")).items():
        yield ("dimensions", name, "label"), _dict(dimension).get("label")
        for index, band in enumerate(_list(_dict(dimension).get("bands"))):
            yield ("dimensions", name, "bands", index, "label"), _dict(band).get("label")
    for name, variable in _dict(data.get("variables")).items():
        yield ("variables", name, "label"), _dict(variable).get("label")
    for name, member in _dict(data.get("cast")).items():
        for key in ("name", "role"):
            yield ("cast", name, key), _dict(member).get(key)
    for node_id, node in _dict(data.get("nodes")).items():
        node = _dict(node)
        yield ("nodes", node_id, "text"), node.get("text")
        if "title" in node:
            yield ("nodes", node_id, "title"), node.get("title")
        yield from _variant_texts(("nodes", node_id), node)
        for index, choice in enumerate(_list(node.get("choices"))):
            choice = _dict(choice)
            for key in ("text", "feedback", "critical"):
                if key == "critical" and red_line_id(choice.get(key)) is not None:
                    continue  # the catalogue holds its text, in every language
                yield ("nodes", node_id, "choices", index, key), choice.get(key)
            yield from _variant_texts(("nodes", node_id, "choices", index), choice)


_KEY_WORDS = {"text": "the text", "feedback": "the feedback", "critical": "the red line", "label": "the label",
              "name": "the name", "role": "the role", "rule": "the rule", "title": "the title"}


def describe_text(data: dict, path: Path_) -> str:
    """Which text a path names, in words: "the feedback of choice 'wait' at node 'arrival'"."""
    what = _KEY_WORDS.get(str(path[-1]), f"'{path[-1]}'")
    head = path[0] if path else ""
    if len(path) == 1:
        return f"the {head}"
    if head == "objectives":
        return f"objective '{_id_of(data, path[:2]) or path[1]}'"
    if head == "nodes" and len(path) >= 3:
        where = f"node '{path[1]}'"
        if len(path) >= 5 and path[2] == "choices":
            where = f"choice '{_id_of(data, path[:4]) or path[3]}' at {where}"
            rest = path[4:]
        else:
            rest = path[2:]
        if rest and rest[0] == "variants" and len(rest) >= 2 and isinstance(rest[1], int):
            return f"text variant {rest[1] + 1} of {where}"
        return f"{what} of {where}"
    owners = {"dimensions": "dimension", "variables": "variable", "cast": "cast member", "red_lines": "red line"}
    if head in owners and len(path) >= 3:
        own = f"{owners[head]} '{path[1]}'"
        if len(path) >= 5 and path[2] == "bands" and isinstance(path[3], int):
            return f"the label of band {path[3] + 1} of {own}"
        return f"{what} of {own}"
    if head == "bands" and len(path) >= 2 and isinstance(path[1], int):
        return f"the label of band {path[1] + 1}"
    return ".".join(str(p) for p in path)


def _id_of(data: dict, path: Path_) -> str | None:
    holder: object = data
    for item in path:
        if isinstance(holder, dict):
            holder = holder.get(item)
        elif isinstance(holder, list) and isinstance(item, int) and 0 <= item < len(holder):
            holder = holder[item]
        else:
            return None
    ident = holder.get("id") if isinstance(holder, dict) else None
    return ident if isinstance(ident, str) else None


def _variant_texts(path: Path_, holder: dict) -> Iterator[tuple[Path_, object]]:
    for index, variant in enumerate(_list(holder.get("variants"))):
        yield path + ("variants", index, "text"), _dict(variant).get("text")


def check_translations(data: dict, report_error: Report, report_warning: Report,
                       fields: Iterable[tuple[Path_, object]] | None = None) -> None:
    """BH014 where a text lacks the scenario's language, BH103 where it lacks another one used in the file.

    `fields` defaults to the scenario's text fields; the red-line catalogue passes its own."""
    language = data.get("language", "en")
    if not isinstance(language, str):
        return
    fields = [(path, value) for path, value in (text_fields(data) if fields is None else fields)
              if isinstance(value, (str, dict))]
    languages = {language}
    for _, value in fields:
        if isinstance(value, dict):
            languages.update(k for k in value if isinstance(k, str))
    for path, value in fields:
        present = {language} if isinstance(value, str) else set(value)
        if isinstance(value, dict) and language not in value:
            report_error(path, "BH014", f"text has no '{language}' entry, the scenario's language")
            present.add(language)  # BH014 already says it; no BH103 warning for the same gap
        for code in value if isinstance(value, dict) else ():
            if isinstance(code, str) and not LANGUAGE_CODE.fullmatch(code):
                report_error(path + (code,), "BH013", f"'{code}' is not a language code such as 'en' or 'fr'", key=True)
        missing = sorted(languages - present)
        if missing:
            report_warning(path, "BH103", f"missing translation: {', '.join(missing)} for {describe_text(data, path)}")
