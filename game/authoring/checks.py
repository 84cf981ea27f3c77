"""Meaning checks: references, conditions, effects and the graph (the header's numbers, bands, variables
and assets: header_checks.py; translations: textfields.py).

They run on the raw data (not the model), guarding every access, so that one pass
reports every problem in the file even when its shape is also wrong somewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from .bounds import BRANCH_WEIGHT, TIMER_SECONDS
from .checkcontext import ENDINGS, RESERVED_WORDS, SLUG, VARIABLE_NAME, CheckContext, Path_, as_dict, as_list, \
    check_slug, is_int, is_number
from .conditions import ConditionError, check_types, names_in, parse_condition
from .diagnostics import Diagnostic, error, short, shown_number
from .header_checks import check_asset_path, check_cast, check_header, check_integer, check_limit, check_variables, \
    shown_folder
from .model import RED_LINE_KEY, red_line_id
from .redlines import EMPTY, Catalogue
from .structure import yaml_word_hint
from .textfields import check_translations, text_fields
from .yamlsource import ScalarSpot, Spot, spot_at
from scoring import RATING_MAX, RATING_MIN
from .gotos import goto_nodes
from .reach import can_end, reachable

__all__ = ["ENDINGS", "RESERVED_WORDS", "SLUG", "VARIABLE_NAME", "check_meaning"]


def check_meaning(data: dict, root: Spot, file: str, assets_dir: Path | None,
                  catalogue: Catalogue = EMPTY) -> list[Diagnostic]:
    """Every check of the format beyond shape; returns the diagnostics found."""
    ctx = CheckContext(data, root, file, assets_dir, catalogue)
    check_header(ctx)
    check_variables(ctx)
    check_cast(ctx)
    _check_start(ctx)
    for node_id, node in ctx.nodes.items():
        if isinstance(node, dict):
            _check_node(ctx, node_id, node)
    _check_graph(ctx)
    check_translations(ctx.data, ctx.error, ctx.warn)
    _check_text_blocks(ctx)
    return ctx.found


_LINE_INSIDE = re.compile(r"[^\n]\n[^\n]")


def _check_text_blocks(ctx: CheckContext) -> None:
    """BH138: a '|' block keeps every line break, and the window, the terminal and the map show each
    line as its own paragraph; text wrapped by hand in the editor belongs in a '>' block."""
    for path, value in text_fields(ctx.data):
        texts = [(path, value)] if isinstance(value, str) else \
            [(path + (k,), v) for k, v in value.items() if isinstance(v, str)] if isinstance(value, dict) else []
        for where, text in texts:
            spot = spot_at(ctx.root, where)
            if isinstance(spot, ScalarSpot) and spot.style == "|" and _LINE_INSIDE.search(text):
                ctx.warn(where, "BH138", "this '|' block keeps its line breaks, so each line shows as a paragraph "
                                         "of its own: write '>' instead to join the lines (a blank line still "
                                         "starts a new paragraph)")


def _check_start(ctx: CheckContext) -> None:
    start = ctx.data.get("start")
    if isinstance(start, str) and isinstance(ctx.data.get("nodes"), dict) and start not in ctx.nodes \
            and start not in ctx.stray_nodes:
        ctx.error(("start",), "BH030", f"start names no node: '{start}'{ctx.suggest(start, ctx.nodes)}")


# -- nodes and choices --------------------------------------------------------

def _check_node(ctx: CheckContext, node_id: object, node: dict) -> None:
    path: Path_ = ("nodes", node_id)
    check_slug(ctx, node_id, path, "node id", key=True)
    speaker = node.get("speaker")
    cast = as_dict(ctx.data.get("cast"))
    if isinstance(speaker, str) and speaker not in cast:
        ctx.error(path + ("speaker",), "BH032", f"speaker names no cast member: '{speaker}'{ctx.suggest(speaker, cast)}")
    check_asset_path(ctx, node.get("background"), path + ("background",))
    on_enter = as_dict(node.get("on_enter"))
    _check_effects(ctx, on_enter, path + ("on_enter",))
    _check_variants(ctx, node, path)
    choices = as_list(node.get("choices"))
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


def _check_timer(ctx: CheckContext, path: Path_, node: dict, choices: list) -> None:
    timer = as_dict(node.get("timer"))
    check_limit(ctx, timer.get("seconds"), path + ("timer", "seconds"), "'seconds'", TIMER_SECONDS)
    name = timer.get("choice")
    if not isinstance(name, str):
        return
    by_id = {c["id"]: c for c in choices if isinstance(c, dict) and isinstance(c.get("id"), str)}
    if name not in by_id:
        ids = [i for i in by_id if isinstance(i, str)]
        ctx.error(path + ("timer", "choice"), "BH033", f"timer choice names no choice of this node: '{name}'{ctx.suggest(name, ids)}")
    elif "if" in by_id[name] or by_id[name].get("once") is True:
        ctx.warn(path + ("timer", "choice"), "BH090",
                 f"timer choice '{name}' has a condition or is once-only: when it is not on offer the timer cannot fire")


def _check_choice(ctx: CheckContext, path: Path_, choice: dict, seen: set[str]) -> None:
    ident = choice.get("id")
    check_slug(ctx, ident, path + ("id",), "choice id")
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
    for dimension, rating in as_dict(choice.get("score")).items():
        if dimension not in ctx.dimensions:
            ctx.error(path + ("score", dimension), "BH051",
                      f"score for undeclared dimension '{dimension}'{ctx.suggest(dimension, ctx.dimensions)}", key=True)
        if is_int(rating) and not RATING_MIN <= rating <= RATING_MAX:
            ctx.error(path + ("score", dimension), "BH050", f"score {shown_number(rating)} is outside {RATING_MIN}..{RATING_MAX}")
    for index, objective in enumerate(as_list(choice.get("objectives"))):
        if isinstance(objective, str) and objective not in ctx.objective_ids:
            ctx.error(path + ("objectives", index), "BH034",
                      f"objective reference names no objective: '{objective}'{ctx.suggest(objective, ctx.objective_ids)}")


def _check_variants(ctx: CheckContext, holder: dict, path: Path_) -> None:
    for index, variant in enumerate(as_list(holder.get("variants"))):
        condition = as_dict(variant).get("if")
        if isinstance(condition, str):
            _check_condition(ctx, condition, path + ("variants", index, "if"))


def _check_red_line(ctx: CheckContext, critical: object, path: Path_) -> None:
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
    return shown_folder(catalogue.path.parent).rstrip("/") + "/" + catalogue.path.name if catalogue.path else "the catalogue"


def _check_goto(ctx: CheckContext, goto: object, path: Path_) -> None:
    if isinstance(goto, str):
        targets = [(goto, path)]
    elif isinstance(goto, dict):
        if not goto:
            ctx.error(path, "BH013", "a weighted goto needs at least one node")
        targets = [(target, path + (target,)) for target in goto]
        for target, weight in goto.items():
            if is_number(weight) and weight <= 0:
                ctx.error(path + (target,), "BH013",
                          f"weight for '{short(str(target))}' must be a positive number, not {shown_number(weight)}")
            check_limit(ctx, weight, path + (target,), f"the weight for '{short(str(target))}'", BRANCH_WEIGHT)
    else:
        return
    for target, where in targets:
        if isinstance(target, str) and target not in ctx.nodes and target not in ctx.stray_nodes:
            ctx.error(where, "BH031", f"goto names no node: '{target}'{ctx.suggest(target, ctx.nodes)}",
                      key=where != path)


def _check_effects(ctx: CheckContext, holder: dict, path: Path_) -> None:
    for name, amount in as_dict(holder.get("add")).items():
        where = path + ("add", name)
        check_integer(ctx, amount, where, f"'{short(str(name))}'")
        variable = ctx.variables.get(name)
        if variable is None:
            ctx.error(where, "BH035", f"add names an undeclared variable '{name}'{ctx.suggest(name, ctx.variables)}", key=True)
        elif not is_int(as_dict(variable).get("value")):
            ctx.error(where, "BH070", f"add needs an integer variable; '{name}' is not one (use set)", key=True)
    for name, value in as_dict(holder.get("set")).items():
        where = path + ("set", name)
        check_integer(ctx, value, where, f"'{short(str(name))}'")
        variable = ctx.variables.get(name)
        if variable is None:
            ctx.error(where, "BH035", f"set names an undeclared variable '{name}'{ctx.suggest(name, ctx.variables)}", key=True)
            continue
        initial = as_dict(variable).get("value")
        scalars = (bool, int, str)  # other values are wrong types, already reported by the shape check
        if type(initial) in scalars and type(value) in scalars and type(initial) is not type(value):
            hint = yaml_word_hint(value, spot_at(ctx.root, where)) if isinstance(initial, str) else ""
            if isinstance(initial, bool) and isinstance(value, str) and \
                    yaml_word_hint(initial, spot_at(ctx.root, ("variables", name, "value"))):
                hint = " (YAML read the variable's unquoted value as true/false: put it in quotes if it is text)"
            ctx.error(where, "BH071", f"'{name}' holds {_kind(initial)}, so set cannot give it {_kind(value)}{hint}")


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    return "a number" if is_number(value) else "text" if isinstance(value, str) else "another kind of value"


def _check_condition(ctx: CheckContext, text: str, path: Path_) -> None:
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
        typing = "compares" in exc.message or "needs numbers" in exc.message or "not a condition" in exc.message
        code = exc.code or ("BH062" if typing else "BH060")
        ctx.found.append(error(ctx.file, place(exc.offset), code, f"condition: {exc.message}"))


# -- graph ---------------------------------------------------------------------

def _edges(node: dict) -> Iterator[str]:
    for choice in as_list(node.get("choices")):
        if isinstance(choice, dict):
            yield from goto_nodes(choice.get("goto"))


def _check_graph(ctx: CheckContext) -> None:
    stray = {k: ctx.data[k] for k in ctx.stray_nodes}  # in the graph, so a misplaced node has no follow-on warnings
    nodes = {k: v for k, v in ctx.nodes.items() if isinstance(v, dict)}
    start = ctx.data.get("start")
    if not isinstance(start, str) or start not in nodes:
        return
    everything = {**stray, **nodes}
    graph = {k: [t for t in _edges(v) if t in everything] for k, v in everything.items()}
    reached = reachable(graph, [start])
    ending = can_end(graph, [k for k, v in everything.items() if v.get("ending") is not None])
    for node_id, node in nodes.items():
        path = ("nodes", node_id)
        if node_id not in reached:
            ctx.warn(path, "BH100", f"node '{node_id}' is unreachable from start '{start}': point a choice's goto "
                                    "at it, or remove it", key=True)
        elif node_id not in ending and node.get("ending") is None and as_list(node.get("choices")):
            ctx.warn(path, "BH101", f"no ending can be reached from node '{node_id}'", key=True)
        choices = [c for c in as_list(node.get("choices")) if isinstance(c, dict)]
        if choices and all("if" in c for c in choices):
            ctx.warn(path + ("choices",), "BH102",
                     f"every choice of node '{node_id}' has a condition: a trainee may find none on offer", key=True)
