"""A draft of a scenario that still has errors, for the map only: what could be read, so a half-written
scenario can be seen while it is being written.

The file's data is pruned until the models accept it: a value of the wrong type, or
an optional key that is wrong, goes; an object missing what it needs (a node without
text, a choice without goto) goes whole. References are then made to hold: a goto to
a node that does not exist gets a placeholder node (the map shows it as a dead end),
an unknown speaker or timer choice is dropped, a node written at the start of the
line by an indentation slip is put back under `nodes`. The result is never played:
`bluehelm graph` draws it and says that the file has errors.
"""

from __future__ import annotations

import copy

from pydantic import ValidationError

from . import model
from .structure import _data_path, _model_for, stray_nodes
from .gotos import goto_nodes

MAX_ROUNDS = 30
MISSING_NODE_TEXT = "(this node does not exist yet: a goto names it)"

Path_ = tuple[object, ...]


def draft_scenario(data: object) -> model.Scenario | None:
    """The model of as much of `data` (a scenario file's YAML, read) as is valid, or None when there are no nodes."""
    if not isinstance(data, dict) or not isinstance(data.get("nodes"), dict):
        return None
    draft = copy.deepcopy(data)
    for key in stray_nodes(draft):
        draft["nodes"].setdefault(key, draft.pop(key))
    for _ in range(MAX_ROUNDS):
        _fill_header(draft)
        if not draft["nodes"]:
            return None
        _hold_references(draft)
        try:
            return model.Scenario.model_validate(draft)
        except ValidationError as exc:
            paths = {_error_path(err, draft) for err in exc.errors(include_url=False)}
            for path in sorted(paths, key=_deletion_order, reverse=True):
                _prune(draft, path)
    return None


def _error_path(err: dict, data: dict) -> Path_:
    loc = err["loc"] + ("[key]",) if err["type"] == "invalid_key" else err["loc"]
    path, _, on_key = _data_path(loc, data)
    if on_key and path:
        path = path[:-1] + (err["input"],)
    return path


def _deletion_order(path: Path_) -> tuple:
    """Deeper first, and later list items before earlier ones, so one deletion never moves another."""
    return tuple((1, item) if isinstance(item, int) else (0, str(item)) for item in path)


def _prune(data: dict, path: Path_) -> None:
    """Remove the smallest thing that makes the error at `path` go: the value if its key is optional,
    else the object holding it."""
    for end in range(len(path), 0, -1):
        parent_path, key = path[:end - 1], path[end - 1]
        parent = _at(data, parent_path)
        if not isinstance(parent, (dict, list)):
            continue  # a null or a text where an object belongs: remove it from its own parent
        cls = _model_for(parent_path) if isinstance(parent, dict) else None
        if cls is not None and key in _required(cls):
            continue  # the object cannot be without it: remove the object
        if isinstance(parent, dict) and key in parent:
            del parent[key]
        elif isinstance(parent, list) and isinstance(key, int) and 0 <= key < len(parent):
            del parent[key]
        return


def _required(cls: type[model.FormatModel]) -> set[str]:
    return {f.alias or name for name, f in cls.model_fields.items() if f.is_required()}


def _at(data: object, path: Path_) -> object:
    for item in path:
        if isinstance(data, dict) and item in data:
            data = data[item]
        elif isinstance(data, list) and isinstance(item, int) and 0 <= item < len(data):
            data = data[item]
        else:
            return None
    return data


def _fill_header(draft: dict) -> None:
    """Required top-level keys the file lacks or got wrong, filled so the rest can be drawn."""
    nodes = draft["nodes"]
    for key in [k for k in nodes if not isinstance(k, str)]:
        del nodes[key]
    if not isinstance(draft.get("id"), str):
        draft["id"] = "draft"
    if not isinstance(draft.get("title"), (str, dict)) or not draft["title"]:
        draft["title"] = draft["id"]
    if not isinstance(draft.get("dimensions"), dict):
        draft["dimensions"] = {}
    if not isinstance(draft.get("start"), str) or draft["start"] not in nodes:
        draft["start"] = next(iter(nodes), "")


def _hold_references(draft: dict) -> None:
    nodes = draft["nodes"]
    cast = draft.get("cast") if isinstance(draft.get("cast"), dict) else {}
    for node_id, node in list(nodes.items()):
        if not isinstance(node, dict):
            continue
        speaker = node.get("speaker")
        if not isinstance(speaker, str) or speaker not in cast:
            node.pop("speaker", None)
        choices = node.get("choices") if isinstance(node.get("choices"), list) else []
        ids = {c["id"] for c in choices if isinstance(c, dict) and isinstance(c.get("id"), str)}
        timer = node.get("timer")
        if "timer" in node and not (isinstance(timer, dict) and isinstance(timer.get("choice"), str)
                                    and timer["choice"] in ids):
            node.pop("timer")
        for choice in choices:
            goto = choice.get("goto") if isinstance(choice, dict) else None
            for target in goto_nodes(goto):
                if isinstance(target, str) and target not in nodes:
                    nodes[target] = {"text": MISSING_NODE_TEXT}
