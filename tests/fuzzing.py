"""Structured fuzzing of scenario files: hypothesis strategies that mutate real scenarios, and the one
invariant every mutant must keep (issue 14).

A file either gets diagnostics (and no traceback), or it validates and then every tool works on it:
a session played through the play runner (the window's and play-text's model) and saved and resumed,
`run`'s JSON and terminal debrief, `autoplay`, `analyze` (a small budget) and validate's analysis
warnings, the map in three formats, and the translation round trip (extract, apply, validate again).
A file with errors still gets its draft map. Every line printed for a person is terminal-safe.

Used by tests/test_fuzz_scenarios.py (a few dozen derandomized examples, in CI) and bench/fuzz.py
(thousands, with a seed).
"""

from __future__ import annotations

import copy
import json
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import yaml
from hypothesis import strategies as st

from game.analysis import analysis_warnings, analyze
from game.authoring.draft import draft_scenario
from game.authoring.graphmap import render_map
from game.authoring.i18n import apply, extract, read_po
from game.authoring.loader import check_source
from game.authoring.yamlsource import read_yaml
from game.cli.analyze import render as render_analysis
from game.cli.autoplay import render as render_autoplay
from game.cli.terminal_debrief import render_debrief
from game.cli.run import playthrough_json
from game.debrief import build_debrief
from game.engine.autoplay import autoplay
from game.engine.rules import compile_scenario
from game.engine.session import Session
from game.engine.state import SessionState
from game.play.run import PlayRun, Who

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = [ROOT / "tests" / "fixtures" / "contract-example.yaml", ROOT / "tests" / "fixtures" / "loop-once.yaml",
              ROOT / "tests" / "errors" / "BH130-timer-too-short-to-read.yaml",
              ROOT / "scenarios" / "checkpoint-market.yaml"]
FILE = "fuzz.yaml"
MAX_STEPS = 40
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

Path_ = tuple[object, ...]


class InvariantBroken(AssertionError):
    """A mutant that crashed a tool, or made it print a control character."""


def seed_documents() -> list[dict]:
    """The scenarios mutants start from, as plain data."""
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in SEED_FILES]


# -- strategies -----------------------------------------------------------------------------------

NUMBERS = st.one_of(
    st.sampled_from([0, -1, 1, 3, -4, 60, 100, 101, 600, 601, 3600, 3601, 10**6, 10**6 + 1, 10**9, 10**9 + 1,
                     -10**9 - 1, 10**20, 10**45, 2**152, math.inf, -math.inf, math.nan, 1e308, -1e308, 0.5,
                     -0.0, 1e-300]),
    st.integers(), st.floats(allow_nan=True, allow_infinity=True))
TEXTS = st.one_of(
    st.sampled_from(["", " ", "go\n", "Done", "a" * 300, "\x1b]0;pwned\x07\x1b[2J", "\u202edrow", "x\x9b2J",
                     "line one\nline two", "on", "trust >= 40", "9" * 5000, "../../etc/passwd", "/etc/shadow",
                     "C:\\x.png", "backgrounds/market.png", "{red_line: nope}", "<script>alert(1)</script>",
                     "trust >= " + "9" * 60, "not (searched)", "mood == \"calm\"", "x-note"]),
    st.text(max_size=40))
VALUES = st.one_of(NUMBERS, TEXTS, st.booleans(), st.none(),
                   st.sampled_from([[], {}, [1], {"a": 1}, {"en": "x"}, {"en": 1}, [{"id": "x"}]]))


def _paths(data: object, path: Path_ = ()) -> list[tuple[Path_, object]]:
    """Every place in the data, the root excluded."""
    found: list[tuple[Path_, object]] = []
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else []
    for key, value in items:
        here = path + (key,)
        found.append((here, value))
        found.extend(_paths(value, here))
    return found


def _parent(data: object, path: Path_) -> object:
    for item in path[:-1]:
        data = data[item]  # type: ignore[index]
    return data


def _nodes(data: dict) -> dict:
    nodes = data.get("nodes")
    return nodes if isinstance(nodes, dict) else {}


def _choices(data: dict) -> list[dict]:
    return [c for n in _nodes(data).values() if isinstance(n, dict) and isinstance(n.get("choices"), list)
            for c in n["choices"] if isinstance(c, dict)]


Mutation = Callable[[st.DrawFn, dict], None]


def set_number(draw: st.DrawFn, data: dict) -> None:
    """A number anywhere becomes another: bounds, infinities, not-a-number, huge, tiny."""
    numbers = [p for p, v in _paths(data) if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if numbers:
        path = draw(st.sampled_from(numbers))
        _parent(data, path)[path[-1]] = draw(NUMBERS)  # type: ignore[index]


EDGES = {"weight": [1e-9, 0.001, 100, 99.999], "seconds": [0.001, 1, 3600], "pass_mark": [0, 100, 99.95],
         "from": [0, 100, 0.05], "minutes": [0.01, 600], "value": [-10**9, 10**9, 0], "min": [-10**9, 0],
         "max": [10**9, 0], "crisis": [-3, 3, 0], "cultural": [-3, 3, 0], "trust": [-10**9, 10**9], "asked": [10**9]}


def edge_number(draw: st.DrawFn, data: dict) -> None:
    """A number becomes one at the edge of what its key allows: the valid extremes."""
    numbers = [p for p, v in _paths(data) if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if numbers:
        path = draw(st.sampled_from(numbers))
        key = path[-1] if isinstance(path[-1], str) else ""
        choices = EDGES.get(key, [1e-9, 1000000] if "goto" in path else [1])
        _parent(data, path)[path[-1]] = draw(st.sampled_from(choices))  # type: ignore[index]


def reorder(draw: st.DrawFn, data: dict) -> None:
    """Options (or nodes) in another order: nothing may depend on positions."""
    nodes = _nodes(data)
    lists = [n["choices"] for n in nodes.values() if isinstance(n, dict) and isinstance(n.get("choices"), list)]
    if lists and draw(st.booleans()):
        draw(st.sampled_from(lists)).reverse()
    elif nodes:
        items = list(nodes.items())
        data["nodes"] = dict(draw(st.permutations(items)))


def add_choice(draw: st.DrawFn, data: dict) -> None:
    """One more option, a copy of another under a new id, leading anywhere (loops included)."""
    nodes = _nodes(data)
    holders = [n for n in nodes.values() if isinstance(n, dict) and isinstance(n.get("choices"), list) and n["choices"]]
    if holders:
        node = draw(st.sampled_from(holders))
        choice = copy.deepcopy(draw(st.sampled_from(node["choices"])))
        if isinstance(choice, dict):
            choice["id"] = draw(st.sampled_from(["extra", "extra-2", "0", "a" * 80]))
            choice["goto"] = draw(st.sampled_from(list(nodes)))
            node["choices"].append(choice)


def set_value(draw: st.DrawFn, data: dict) -> None:
    """Any value becomes a value of any type."""
    path = draw(st.sampled_from([p for p, _ in _paths(data)]))
    _parent(data, path)[path[-1]] = draw(VALUES)  # type: ignore[index]


def delete(draw: st.DrawFn, data: dict) -> None:
    path = draw(st.sampled_from([p for p, _ in _paths(data)]))
    del _parent(data, path)[path[-1]]  # type: ignore[attr-defined]


def copy_node(draw: st.DrawFn, data: dict) -> None:
    """A node copied under a new id (maybe not a slug), or written at the top level (an indentation slip)."""
    nodes = _nodes(data)
    if not nodes:
        return
    node = copy.deepcopy(nodes[draw(st.sampled_from(list(nodes)))])
    name = draw(st.sampled_from(["copy", "Copy", "go\n", "x" * 200, "done", "n-1"]))
    (data if draw(st.booleans()) else nodes)[name] = node


def retarget(draw: st.DrawFn, data: dict) -> None:
    """A choice leads elsewhere: another node, nowhere, or a weighted branch with any weights."""
    choices = _choices(data)
    if not choices:
        return
    ids = list(_nodes(data)) or ["nowhere"]
    target = st.sampled_from(ids + ["nowhere"])
    choice = draw(st.sampled_from(choices))
    choice["goto"] = draw(st.one_of(target, st.dictionaries(target, NUMBERS, max_size=3)))


def condition(draw: st.DrawFn, data: dict) -> None:
    choices = _choices(data)
    if choices:
        draw(st.sampled_from(choices))["if"] = draw(st.one_of(TEXTS, st.sampled_from(
            ["trust >= 40", "not searched", "asked >= 2 or mood == \"tense\"", "(" * 60 + "x" + ")" * 60])))


def effect(draw: st.DrawFn, data: dict) -> None:
    holders = _choices(data) + [n for n in _nodes(data).values() if isinstance(n, dict)]
    names = list(data.get("variables") or {}) if isinstance(data.get("variables"), dict) else []
    if holders:
        holder = draw(st.sampled_from(holders))
        key = draw(st.sampled_from(["add", "set"]))
        holder[key] = {draw(st.sampled_from(names + ["undeclared"])): draw(VALUES)}


def timer(draw: st.DrawFn, data: dict) -> None:
    nodes = [n for n in _nodes(data).values() if isinstance(n, dict)]
    if nodes:
        node = draw(st.sampled_from(nodes))
        ids = [c.get("id") for c in node.get("choices", []) if isinstance(c, dict)] or ["none"]
        node["timer"] = {"seconds": draw(NUMBERS), "choice": draw(st.sampled_from(ids))}


def bands(draw: st.DrawFn, data: dict) -> None:
    labels = st.sampled_from(["Low", "High", "", " ", {"en": "Low", "fr": "Bas"}, {"en": "High", "fr": "Bas"}])
    data["bands"] = draw(st.lists(st.fixed_dictionaries({"label": labels, "from": NUMBERS}), max_size=3))


def asset(draw: st.DrawFn, data: dict) -> None:
    nodes = [n for n in _nodes(data).values() if isinstance(n, dict)]
    if nodes:
        draw(st.sampled_from(nodes))["background"] = draw(TEXTS)


def header(draw: st.DrawFn, data: dict) -> None:
    key = draw(st.sampled_from(["minutes", "difficulty", "pass_mark", "start", "title", "language", "id"]))
    data[key] = draw(VALUES)


MUTATIONS: list[Mutation] = [set_number, edge_number, edge_number, edge_number, set_value, delete, copy_node,
                             retarget, condition, effect, timer, bands, asset, header, reorder, reorder, add_choice,
                             add_choice]


@st.composite
def mutated_scenarios(draw: st.DrawFn, seeds: list[dict]) -> bytes:
    """A seed scenario with one to four structural or numeric mutations, as YAML bytes."""
    data = copy.deepcopy(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        draw(st.sampled_from(MUTATIONS))(draw, data)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100).encode("utf-8")


@st.composite
def mangled_text(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed file with a few lines deleted, doubled, re-indented or tabbed: the reader's side."""
    lines = draw(st.sampled_from(seeds)).decode("utf-8").split("\n")
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "double", "indent", "dedent", "tab"]))
        if action == "delete":
            del lines[index]
        elif action == "double":
            lines.insert(index, lines[index])
        elif action == "indent":
            lines[index] = "  " + lines[index]
        elif action == "dedent":
            lines[index] = lines[index][2:]
        else:
            lines[index] = "\t" + lines[index].lstrip(" ")
        if not lines:
            lines = [""]
    return "\n".join(lines).encode("utf-8")


# -- the invariant ------------------------------------------------------------------------------------

def exercise(raw: bytes, *, max_states: int = 2000, runs: int = 5) -> bool:
    """Run every tool on the file; True when it validated. Raises InvariantBroken (or the crash itself)."""
    scenario, diagnostics, id_at = check_source(raw, FILE, None)
    for diagnostic in diagnostics:
        _safe(diagnostic.format())
    if scenario is None:
        _draft_map(raw)
        return False
    compiled = compile_scenario(scenario)
    _play(compiled)
    session = Session(compiled, seed=3, content_hash="fuzz")
    _play_session(session)
    json.dumps(playthrough_json(session), allow_nan=False)
    _safe(render_debrief(build_debrief(session), session.language), lines=True)
    report = autoplay(compiled, runs=runs, seed=1)
    data = report.to_json()
    json.dumps(data, allow_nan=False)
    _safe(render_autoplay(report, {**data, "seconds": 0.0}), lines=True)
    analysis = analyze(compiled, max_states=max_states)
    json.dumps(analysis.to_json(), allow_nan=False)
    _safe(render_analysis(analysis), lines=True)
    analysis_warnings(compiled, FILE, id_at, max_states=max_states)
    _maps(scenario)
    _round_trip(raw, scenario.language)
    return True


def _safe(text: str, *, lines: bool = False) -> None:
    """Printed for a person: no control character may reach the terminal."""
    found = _CONTROL.search(text if lines else text.replace("\n", "\x00"))
    if found:
        raise InvariantBroken(f"control character {found.group(0)!r} printed raw in: {text[:200]!r}")


def _play(compiled) -> None:
    """The play runner, as the window and play-text drive it: show, tick, choose, finish."""
    now = [0.0]
    run = PlayRun.start(compiled, Who("fuzz"), seed=7, clock=lambda: now[0])
    for _ in range(MAX_STEPS):
        if run.finished:
            break
        run.show()
        now[0] += 2.5
        run.tick()
        if run.finished or not run.choices:
            break
        run.choose(run.choices[-1].id)
    run.finish()


def _play_session(session: Session) -> None:
    """The first option each time, with time passing, the state saved to JSON and resumed at each step."""
    for _ in range(MAX_STEPS):
        if session.finished or not session.choices:
            return
        session.advance_time(1.0)
        if session.finished or not session.choices:
            return
        session.choose(session.choices[0].id)
        saved = SessionState.from_json(json.loads(json.dumps(session.state.to_json(), allow_nan=False)))
        session, _ = Session.resume(session.compiled, saved, content_hash="fuzz")


def _maps(scenario) -> None:
    svg = render_map(scenario, ".svg")
    ET.fromstring(svg.split("\n", 1)[1])  # well-formed XML
    page = render_map(scenario, ".html")
    data = re.search(r'<script type="application/json" id="scenario-data">(.*?)</script>', page, re.S)
    assert data is not None
    json.loads(data.group(1), parse_constant=lambda name: (_ for _ in ()).throw(InvariantBroken(name)))
    render_map(scenario, ".dot")


def _draft_map(raw: bytes) -> None:
    document, _ = read_yaml(raw, FILE)
    draft = draft_scenario(document.data) if document is not None else None
    if draft is not None:
        _maps(draft)


def _round_trip(raw: bytes, own: str) -> None:
    """Extract a PO file for a new language, translate every entry, apply it: the result still validates."""
    language = "xx" if own != "xx" else "xy"
    po = read_po(str(extract(raw, FILE, language)).encode("utf-8"), "new.po")
    for entry in po:
        entry.msgstr = f"[{language}] {entry.msgid}"
    translated = apply(raw, FILE, read_po(str(po).encode("utf-8"), "new.po"), language).raw
    scenario, diagnostics, _ = check_source(translated, FILE, None)
    if scenario is None:
        raise InvariantBroken("the translated file does not validate: " +
                              "; ".join(d.format() for d in diagnostics if d.severity.value == "error"))
