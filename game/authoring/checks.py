"""Meaning checks: references, ranges, conditions, assets and the graph (translations: textfields.py).

They run on the raw data (not the model), guarding every access, so that one pass
reports every problem in the file even when its shape is also wrong somewhere.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path, PurePosixPath, PureWindowsPath

from .conditions import ConditionError, check_types, names_in, parse_condition
from .diagnostics import Diagnostic, did_you_mean, error, warning
from .model import RED_LINE_KEY, red_line_id
from .redlines import EMPTY, Catalogue
from .textfields import LANGUAGE_CODE, check_translations
from .yamlsource import ScalarSpot, Spot, locate, spot_at

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
RESERVED_WORDS = {"and", "or", "not", "true", "false"}
ENDINGS = ("success", "partial", "failure")

Path_ = tuple[object, ...]


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _list(value: object) -> list:
    return value if isinstance(value, list) else []


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


@dataclass
class _Context:
    data: dict
    root: Spot
    file: str
    assets_dir: Path | None
    catalogue: Catalogue = EMPTY
    found: list[Diagnostic] = field(default_factory=list)
    suggestion_budget: int = 200_000
    """How many candidate names 'did you mean' may compare in all, so that a file with thousands
    of broken references still answers in well under a second (each lookup scans every name)."""

    def suggest(self, word: object, candidates: Collection[object]) -> str:
        if len(candidates) > self.suggestion_budget:
            return ""
        self.suggestion_budget -= len(candidates)
        return did_you_mean(word, candidates)

    def at(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        return locate(self.root, path, key=key)

    def error(self, path: Path_, code: str, message: str, *, key: bool = False) -> None:
        self.found.append(error(self.file, self.at(path, key=key), code, message))

    def warn(self, path: Path_, code: str, message: str, *, key: bool = False) -> None:
        self.found.append(warning(self.file, self.at(path, key=key), code, message))

    @property
    def nodes(self) -> dict:
        return _dict(self.data.get("nodes"))

    @property
    def variables(self) -> dict:
        return _dict(self.data.get("variables"))

    @property
    def dimensions(self) -> dict:
        return _dict(self.data.get("dimensions"))

    @cached_property
    def variable_types(self) -> dict[object, type]:
        kinds = {n: type(_dict(v).get("value")) for n, v in self.variables.items()}
        return {n: kind for n, kind in kinds.items() if kind in (bool, int, str)}

    @cached_property
    def objective_ids(self) -> list[str]:
        return [i for i in (_dict(o).get("id") for o in _list(self.data.get("objectives"))) if isinstance(i, str)]


def check_meaning(data: dict, root: Spot, file: str, assets_dir: Path | None,
                  catalogue: Catalogue = EMPTY) -> list[Diagnostic]:
    """Every check of the format beyond shape; returns the diagnostics found."""
    ctx = _Context(data, root, file, assets_dir, catalogue)
    _check_header(ctx)
    _check_variables(ctx)
    _check_cast(ctx)
    _check_start(ctx)
    for node_id, node in ctx.nodes.items():
        if isinstance(node, dict):
            _check_node(ctx, node_id, node)
    _check_graph(ctx)
    check_translations(ctx.data, ctx.error, ctx.warn)
    return ctx.found


# -- header -------------------------------------------------------------------

def _check_slug(ctx: _Context, value: object, path: Path_, what: str, *, key: bool = False) -> None:
    if isinstance(value, str) and not SLUG.match(value):
        ctx.error(path, "BH020", f"{what} '{value}' is not a slug: use lowercase letters, digits and '-'", key=key)


def _check_header(ctx: _Context) -> None:
    data = ctx.data
    _check_slug(ctx, data.get("id"), ("id",), "scenario id")
    language = data.get("language")
    if isinstance(language, str) and not LANGUAGE_CODE.match(language):
        ctx.error(("language",), "BH013", f"'{language}' is not a language code such as 'en' or 'fr'")
    difficulty = data.get("difficulty")
    if _is_int(difficulty) and not 1 <= difficulty <= 3:
        ctx.error(("difficulty",), "BH013", f"difficulty must be 1, 2 or 3, not {difficulty}")
    minutes = data.get("minutes")
    if _is_number(minutes) and minutes <= 0:
        ctx.error(("minutes",), "BH013", f"minutes must be more than 0, not {minutes}")
    _check_percent(ctx, data.get("pass_mark"), ("pass_mark",))
    if "dimensions" in data and isinstance(data["dimensions"], dict) and not data["dimensions"]:
        ctx.error(("dimensions",), "BH013", "declare at least one dimension")
    for name, dimension in ctx.dimensions.items():
        weight = _dict(dimension).get("weight")
        if _is_number(weight) and weight <= 0:
            ctx.error(("dimensions", name, "weight"), "BH013", f"weight must be more than 0, not {weight}")
    _check_bands(ctx, data.get("bands"), ("bands",))
    for name, limit in _dict(data.get("assessment")).items():
        _check_percent(ctx, limit, ("assessment", name), what="an assessment threshold")
    for name, dimension in ctx.dimensions.items():
        _check_bands(ctx, _dict(dimension).get("bands"), ("dimensions", name, "bands"))
    for name, mark in _dict(data.get("pass_marks")).items():
        if name not in ctx.dimensions:
            ctx.error(("pass_marks", name), "BH051",
                      f"pass mark for undeclared dimension '{name}'{ctx.suggest(name, ctx.dimensions)}", key=True)
        _check_percent(ctx, mark, ("pass_marks", name))
    seen: dict[str, int] = {}
    for index, objective in enumerate(_list(data.get("objectives"))):
        ident = _dict(objective).get("id")
        _check_slug(ctx, ident, ("objectives", index, "id"), "objective id")
        if isinstance(ident, str):
            if ident in seen:
                ctx.error(("objectives", index, "id"), "BH021", f"objective id '{ident}' is used twice")
            seen[ident] = index


def _check_bands(ctx: _Context, bands: object, path: Path_) -> None:
    starts: dict[float, int] = {}
    for index, band in enumerate(_list(bands)):
        start = _dict(band).get("from")
        if not _is_number(start):
            continue
        if not 0 <= start <= 100:
            ctx.error(path + (index, "from"), "BH013", f"a band starts at a percent from 0 to 100, not {start}")
        elif start in starts:
            ctx.error(path + (index, "from"), "BH013", f"two bands start at {start:g}%")
        starts.setdefault(start, index)


def _check_percent(ctx: _Context, value: object, path: Path_, *, what: str = "a pass mark") -> None:
    if _is_number(value) and not 0 <= value <= 100:
        ctx.error(path, "BH013", f"{what} is a percent from 0 to 100, not {value}")


# -- variables, cast, assets --------------------------------------------------

def _check_variables(ctx: _Context) -> None:
    for name, variable in ctx.variables.items():
        if isinstance(name, str) and (not VARIABLE_NAME.match(name) or name in RESERVED_WORDS):
            ctx.error(("variables", name), "BH020",
                      f"variable name '{name}' cannot be used in conditions: start with a letter, "
                      "use letters, digits, '_' or '-', and avoid and/or/not/true/false", key=True)
        variable = _dict(variable)
        value, low, high = variable.get("value"), variable.get("min"), variable.get("max")
        path = ("variables", name)
        if not _is_int(value):
            for bound in ("min", "max"):
                if bound in variable and "value" in variable:  # a missing value is reported as BH010
                    ctx.error(path + (bound,), "BH072", f"'{bound}' applies only to integer variables", key=True)
            continue
        if _is_int(low) and _is_int(high) and low > high:
            ctx.error(path + ("min",), "BH072", f"min {low} is greater than max {high}")
        elif _is_int(low) and value < low:
            ctx.error(path + ("value",), "BH072", f"value {value} is below min {low}")
        elif _is_int(high) and value > high:
            ctx.error(path + ("value",), "BH072", f"value {value} is above max {high}")


def _check_cast(ctx: _Context) -> None:
    for name, member in _dict(ctx.data.get("cast")).items():
        _check_asset(ctx, _dict(member).get("portrait"), ("cast", name, "portrait"))


def _check_asset(ctx: _Context, value: object, path: Path_) -> None:
    if not isinstance(value, str):
        return
    posix, windows = PurePosixPath(value.replace("\\", "/")), PureWindowsPath(value)
    if posix.is_absolute() or windows.is_absolute() or windows.drive or ".." in posix.parts:
        ctx.error(path, "BH080", f"asset path '{value}' leaves assets/: give a path inside assets/, "
                                 "such as backgrounds/market.png")
        return
    if ctx.assets_dir is not None and not (ctx.assets_dir / posix).is_file():
        ctx.warn(path, "BH081", f"asset '{value}' not found in {_shown(ctx.assets_dir)}")


def _shown(folder: Path) -> str:
    """A folder as messages show it: relative to the working folder when inside it, like file names."""
    try:
        return folder.resolve().relative_to(Path.cwd().resolve()).as_posix() + "/"
    except ValueError:
        return str(folder)


def _check_start(ctx: _Context) -> None:
    start = ctx.data.get("start")
    if isinstance(start, str) and isinstance(ctx.data.get("nodes"), dict) and start not in ctx.nodes:
        ctx.error(("start",), "BH030", f"start names no node: '{start}'{ctx.suggest(start, ctx.nodes)}")


# -- nodes and choices --------------------------------------------------------

def _check_node(ctx: _Context, node_id: object, node: dict) -> None:
    path: Path_ = ("nodes", node_id)
    _check_slug(ctx, node_id, path, "node id", key=True)
    speaker = node.get("speaker")
    cast = _dict(ctx.data.get("cast"))
    if isinstance(speaker, str) and speaker not in cast:
        ctx.error(path + ("speaker",), "BH032", f"speaker names no cast member: '{speaker}'{ctx.suggest(speaker, cast)}")
    _check_asset(ctx, node.get("background"), path + ("background",))
    on_enter = _dict(node.get("on_enter"))
    _check_effects(ctx, on_enter, path + ("on_enter",))
    _check_variants(ctx, node, path)
    choices = _list(node.get("choices"))
    is_ending = node.get("ending") is not None
    if is_ending and choices:
        ctx.error(path + ("choices",), "BH040", f"ending '{node_id}' has choices: an ending ends the scenario", key=True)
    choices_malformed = "choices" in node and not isinstance(node["choices"], list)
    if not is_ending and not choices and not choices_malformed:
        ctx.error(path, "BH041", f"node '{node_id}' has no choices and is not an ending: add choices or 'ending: success'", key=True)
    seen: set[str] = set()
    for index, choice in enumerate(choices):
        if isinstance(choice, dict):
            _check_choice(ctx, path + ("choices", index), choice, seen)
    _check_timer(ctx, path, node, choices)


def _check_timer(ctx: _Context, path: Path_, node: dict, choices: list) -> None:
    timer = _dict(node.get("timer"))
    name = timer.get("choice")
    if not isinstance(name, str):
        return
    by_id = {c.get("id"): c for c in choices if isinstance(c, dict)}
    if name not in by_id:
        ids = [i for i in by_id if isinstance(i, str)]
        ctx.error(path + ("timer", "choice"), "BH033", f"timer choice names no choice of this node: '{name}'{ctx.suggest(name, ids)}")
    elif "if" in by_id[name] or by_id[name].get("once") is True:
        ctx.warn(path + ("timer", "choice"), "BH090",
                 f"timer choice '{name}' has a condition or is once-only: when it is not on offer the timer cannot fire")


def _check_choice(ctx: _Context, path: Path_, choice: dict, seen: set[str]) -> None:
    ident = choice.get("id")
    _check_slug(ctx, ident, path + ("id",), "choice id")
    if isinstance(ident, str):
        if ident in seen:
            ctx.error(path + ("id",), "BH021", f"choice id '{ident}' is used twice in this node")
        seen.add(ident)
    _check_goto(ctx, choice.get("goto"), path + ("goto",))
    if isinstance(choice.get("if"), str):
        _check_condition(ctx, choice["if"], path + ("if",))
    _check_variants(ctx, choice, path)
    _check_red_line(ctx, choice.get("critical"), path + ("critical",))
    _check_effects(ctx, choice, path)
    for dimension, rating in _dict(choice.get("score")).items():
        if dimension not in ctx.dimensions:
            ctx.error(path + ("score", dimension), "BH051",
                      f"score for undeclared dimension '{dimension}'{ctx.suggest(dimension, ctx.dimensions)}", key=True)
        if _is_int(rating) and not -3 <= rating <= 3:
            ctx.error(path + ("score", dimension), "BH050", f"score {rating} is outside -3..3")
    for index, objective in enumerate(_list(choice.get("objectives"))):
        if isinstance(objective, str) and objective not in ctx.objective_ids:
            ctx.error(path + ("objectives", index), "BH034",
                      f"objective reference names no objective: '{objective}'{ctx.suggest(objective, ctx.objective_ids)}")


def _check_variants(ctx: _Context, holder: dict, path: Path_) -> None:
    for index, variant in enumerate(_list(holder.get("variants"))):
        condition = _dict(variant).get("if")
        if isinstance(condition, str):
            _check_condition(ctx, condition, path + ("variants", index, "if"))


def _check_red_line(ctx: _Context, critical: object, path: Path_) -> None:
    ident = red_line_id(critical)
    if ident is None:
        if isinstance(critical, dict) and RED_LINE_KEY in critical:
            ctx.error(path, "BH036", "a catalogue red line is written {red_line: ID} with nothing beside it")
        return
    if ident not in ctx.catalogue:
        where = "no red-line catalogue was found" if not ctx.catalogue.entries else \
            f"not in {_catalogue_name(ctx.catalogue)}{ctx.suggest(ident, ctx.catalogue.entries)}"
        ctx.error(path + (RED_LINE_KEY,), "BH036", f"red line '{ident}' names no catalogue entry: {where}")


def _catalogue_name(catalogue: Catalogue) -> str:
    return _shown(catalogue.path.parent).rstrip("/") + "/" + catalogue.path.name if catalogue.path else "the catalogue"


def _check_goto(ctx: _Context, goto: object, path: Path_) -> None:
    if isinstance(goto, str):
        targets = [(goto, path)]
    elif isinstance(goto, dict):
        if not goto:
            ctx.error(path, "BH013", "a weighted goto needs at least one node")
        targets = [(target, path + (target,)) for target in goto]
        for target, weight in goto.items():
            if _is_number(weight) and weight <= 0:
                ctx.error(path + (target,), "BH013", f"weight for '{target}' must be a positive number, not {weight}")
    else:
        return
    for target, where in targets:
        if isinstance(target, str) and target not in ctx.nodes:
            ctx.error(where, "BH031", f"goto names no node: '{target}'{ctx.suggest(target, ctx.nodes)}",
                      key=where != path)


def _check_effects(ctx: _Context, holder: dict, path: Path_) -> None:
    for name, amount in _dict(holder.get("add")).items():
        where = path + ("add", name)
        variable = ctx.variables.get(name)
        if variable is None:
            ctx.error(where, "BH035", f"add names an undeclared variable '{name}'{ctx.suggest(name, ctx.variables)}", key=True)
        elif not _is_int(_dict(variable).get("value")):
            ctx.error(where, "BH070", f"add needs an integer variable; '{name}' is not one (use set)", key=True)
    for name, value in _dict(holder.get("set")).items():
        where = path + ("set", name)
        variable = ctx.variables.get(name)
        if variable is None:
            ctx.error(where, "BH035", f"set names an undeclared variable '{name}'{ctx.suggest(name, ctx.variables)}", key=True)
            continue
        initial = _dict(variable).get("value")
        scalars = (bool, int, str)  # other values are wrong types, already reported by the shape check
        if type(initial) in scalars and type(value) in scalars and type(initial) is not type(value):
            ctx.error(where, "BH071", f"'{name}' holds {_kind(initial)}, so set cannot give it {_kind(value)}")


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    return "a number" if _is_number(value) else "text" if isinstance(value, str) else "another kind of value"


def _check_condition(ctx: _Context, text: str, path: Path_) -> None:
    spot = spot_at(ctx.root, path)
    def place(offset: int) -> tuple[int, int]:
        line, column = ctx.at(path)
        if isinstance(spot, ScalarSpot) and spot.style in (None, '"', "'"):
            return line, column + offset + (0 if spot.style is None else 1)
        return line, column
    try:
        expr = parse_condition(text)
        types = ctx.variable_types
        unknown = [n for n in names_in(expr) if n.name not in types]
        for name in unknown:
            ctx.found.append(error(ctx.file, place(name.offset), "BH061",
                                   f"condition names an undeclared variable '{name.name}'{ctx.suggest(name.name, types)}"))
        if not unknown:
            check_types(expr, types)
    except ConditionError as exc:
        code = "BH062" if "compares" in exc.message or "needs numbers" in exc.message or "not a condition" in exc.message else "BH060"
        ctx.found.append(error(ctx.file, place(exc.offset), code, f"condition: {exc.message}"))


# -- graph ---------------------------------------------------------------------

def _edges(node: dict) -> Iterator[str]:
    for choice in _list(node.get("choices")):
        goto = _dict(choice).get("goto") if isinstance(choice, dict) else None
        if isinstance(goto, str):
            yield goto
        elif isinstance(goto, dict):
            yield from (t for t in goto if isinstance(t, str))


def _check_graph(ctx: _Context) -> None:
    nodes = {k: v for k, v in ctx.nodes.items() if isinstance(v, dict)}
    start = ctx.data.get("start")
    if start not in nodes:
        return
    graph = {k: [t for t in _edges(v) if t in nodes] for k, v in nodes.items()}
    reachable = _reach(graph, [start])
    reverse: dict[object, list[object]] = {k: [] for k in graph}
    for source, targets in graph.items():
        for target in targets:
            reverse[target].append(source)
    can_end = _reach(reverse, [k for k, v in nodes.items() if v.get("ending") is not None])
    for node_id, node in nodes.items():
        path = ("nodes", node_id)
        if node_id not in reachable:
            ctx.warn(path, "BH100", f"node '{node_id}' is unreachable from start '{start}'", key=True)
        elif node_id not in can_end and node.get("ending") is None and _list(node.get("choices")):
            ctx.warn(path, "BH101", f"no ending can be reached from node '{node_id}'", key=True)
        choices = [c for c in _list(node.get("choices")) if isinstance(c, dict)]
        if choices and all("if" in c for c in choices):
            ctx.warn(path + ("choices",), "BH102",
                     f"every choice of node '{node_id}' has a condition: a trainee may find none on offer", key=True)


def _reach(graph: dict, starts: list) -> set:
    seen = set(starts)
    queue = deque(starts)
    while queue:
        for target in graph.get(queue.popleft(), ()):
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return seen
