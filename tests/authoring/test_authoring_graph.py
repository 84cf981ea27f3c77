"""The scenario map: the right nodes, edges and styles in SVG, HTML and DOT, fast enough for 300 nodes."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET

import pytest

from game.authoring.graphmap import build_map, render_map
from game.authoring.loader import check_source, load_scenario

from authoring_support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import synthetic_scenario  # noqa: E402

CONTRACT = ROOT / "tests" / "fixtures" / "contract-example.yaml"
SVG = "{http://www.w3.org/2000/svg}"


def contract():
    return load_scenario(CONTRACT).scenario


def scenario_from(text: str):
    scenario, diagnostics, _ = check_source(text.encode("utf-8"), "map.yaml", None)
    assert scenario is not None, [d.format() for d in diagnostics]
    return scenario


@pytest.fixture(scope="module")
def svg():
    return ET.fromstring(render_map(contract(), ".svg").split("\n", 1)[1])


def groups(root, css: str) -> list:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == css]


def words(group) -> list[str]:
    return [t.text for t in group.iter(f"{SVG}text")]


def test_the_map_has_every_node_and_every_choice(svg):
    assert [g.get("data-id") for g in groups(svg, "node")] == [
        "arrival", "elder-talk", "calm-crowd", "angry-crowd", "passed-through", "failed"]
    choices = [(g.get("data-id"), words(g)[0]) for g in groups(svg, "choice")]
    assert choices == [("arrival", "greet-elder  [if, once]"), ("arrival", "wait"),
                       ("elder-talk", "ask-women-officer"), ("elder-talk", "search-now  [RED LINE]"),
                       ("calm-crowd", "back"), ("angry-crowd", "back")]


def test_choices_show_their_ratings(svg):
    ratings = {words(g)[0]: words(g)[1:] for g in groups(svg, "choice")}
    assert ratings["greet-elder  [if, once]"] == ["cultural +2, crisis +1"]
    assert ratings["search-now  [RED LINE]"] == ["cultural -3"]
    assert ratings["back"] == []


def test_edges_run_from_node_to_choice_to_every_target():
    scenario_map = build_map(contract())
    edges = [(c.node, c.id, [t for t, _ in c.targets]) for c in scenario_map.choices]
    assert edges == [("arrival", "greet-elder", ["elder-talk"]), ("arrival", "wait", ["calm-crowd", "angry-crowd"]),
                     ("elder-talk", "ask-women-officer", ["passed-through"]), ("elder-talk", "search-now", ["failed"]),
                     ("calm-crowd", "back", ["arrival"]), ("angry-crowd", "back", ["arrival"])]


def test_edge_styles_say_conditional_red_line_and_weights(svg):
    paths = [p for p in svg.iter(f"{SVG}path") if "edge" in (p.get("class") or "")]
    legend = 2
    assert len(paths) - legend == 6 + 7  # node -> choice, then choice -> each target
    assert sum("conditional" in p.get("class") for p in paths) - 1 == 2  # greet-elder's two edges
    assert sum("red-line" in p.get("class") for p in paths) - 1 == 2     # search-now's two edges
    weights = sorted(t.text for t in svg.iter(f"{SVG}text") if t.get("class") == "weight")
    assert weights == ["×1 (25%)", "×3 (75%)", "×3 (75%)"]  # the legend's sample is one of them


def test_endings_are_shaped_and_coloured_by_kind(svg):
    nodes = {g.get("data-id"): g for g in groups(svg, "node")}
    success, failure = nodes["passed-through"][1], nodes["failed"][1]
    assert success.tag == f"{SVG}rect" and float(success.get("rx")) > 10 and success.get("stroke") == "#1e7b34"
    assert failure.tag == f"{SVG}polygon" and len(failure.get("points").split()) == 8
    assert failure.get("stroke") == "#b3261e"
    assert "ENDING: SUCCESS" in words(nodes["passed-through"]) and "ENDING: FAILURE" in words(nodes["failed"])
    assert words(nodes["arrival"])[0] == "START · TIMER 20 s"


def test_unreachable_nodes_and_dead_ends_are_highlighted():
    text = CONTRACT.read_text(encoding="utf-8") + """  side-street:
    text: A side street leads around the market.
    choices:
      - id: walk-on
        text: Walk on.
        goto: arrival
"""
    text = text.replace("      - id: back\n        text: Return to the barrier.\n        goto: arrival\n  angry",
                        "      - id: back\n        text: Return to the barrier.\n        goto: calm-crowd\n  angry")
    root = ET.fromstring(render_map(scenario_from(text), ".svg").split("\n", 1)[1])
    nodes = {g.get("data-id"): g for g in groups(root, "node")}
    assert words(nodes["side-street"])[0] == "UNREACHABLE"
    assert nodes["side-street"][1].get("stroke-dasharray") == "5 3"
    assert words(nodes["calm-crowd"])[0] == "DEAD END: NO ENDING REACHABLE"


def test_node_labels_hold_the_first_words_of_the_text():
    scenario = scenario_from(CONTRACT.read_text(encoding="utf-8").replace(
        "The crowd settles down.", "The crowd settles down slowly while the elder speaks to the young men at the back "
                                   "of the queue about the search."))
    root = ET.fromstring(render_map(scenario, ".svg").split("\n", 1)[1])
    calm = next(g for g in groups(root, "node") if g.get("data-id") == "calm-crowd")
    assert words(calm)[1:] == ["The crowd settles down slowly", "while the elder speaks to the",
                               "young men at the back of the …"]


# -- HTML -------------------------------------------------------------------------------------

def test_the_html_map_is_one_file_that_needs_no_network():
    page = render_map(contract(), ".html")
    assert "<svg" in page and "<script>" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert re.findall(r"https?://[^\s\"'<>]+", page) == ["http://www.w3.org/2000/svg"]  # the SVG namespace only
    for control in ("wheel", "pointerdown", '"+"', '"-"', "#node="):
        assert control in page


def test_the_html_map_escapes_every_text_and_carries_the_full_texts():
    hostile = CONTRACT.read_text(encoding="utf-8").replace(
        "The crowd settles down.", '"The crowd </script><script>alert(1)</script> & <b>settles</b>."')
    page = render_map(scenario_from(hostile), ".html")
    assert "<script>alert(1)" not in page and "<b>settles" not in page
    data = json.loads(re.search(r'<script type="application/json" id="scenario-data">(.*?)</script>', page,
                                re.S).group(1))
    assert data["nodes"]["calm-crowd"]["text"] == {"en": "The crowd </script><script>alert(1)</script> & <b>settles</b>."}
    assert data["nodes"]["elder-talk"]["choices"][1]["critical"] == {
        "en": "Searching a woman without a female officer present."}


# -- DOT ----------------------------------------------------------------------------------------

def test_the_dot_map_has_the_same_nodes_edges_and_styles():
    dot = render_map(contract(), ".dot")
    assert dot.startswith('digraph "checkpoint-market" {') and dot.rstrip().endswith("}")
    edges = re.findall(r'^  "([^"]+)" -> "([^"]+)" \[(.*)\];$', dot, re.M)
    assert [(a, b) for a, b, _ in edges] == [
        ("arrival", "elder-talk"), ("arrival", "calm-crowd"), ("arrival", "angry-crowd"),
        ("elder-talk", "passed-through"), ("elder-talk", "failed"), ("calm-crowd", "arrival"),
        ("angry-crowd", "arrival")]
    styles = {b: attributes for _, b, attributes in edges}
    assert "style=dashed" in styles["elder-talk"] and 'color="#c62828"' in styles["failed"]
    assert "×3 (75%)" in styles["calm-crowd"] and 'shape=octagon' in dot


def test_the_dot_map_is_valid_graphviz():
    dot = render_map(contract(), ".dot")
    checked = False
    if shutil.which("dot"):
        result = subprocess.run(["dot", "-Tsvg"], input=dot, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and "<svg" in result.stdout and not result.stderr, result.stderr
        checked = True
    try:
        import pydot
    except ImportError:
        pydot = None
    if pydot is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # pydot's parser uses old pyparsing names
            graphs = pydot.graph_from_dot_data(dot)
        assert graphs and len(graphs[0].get_edges()) == 7
        checked = True
    if not checked:
        pytest.skip("neither Graphviz nor pydot here to check the DOT syntax")


# -- scale ---------------------------------------------------------------------------------------

def test_a_300_node_map_is_drawn_whole_and_the_same_every_time():
    """(How long it takes is bench/graph_bench.py's question: timings do not belong in tests.)"""
    scenario = scenario_from(json.dumps(synthetic_scenario(300)))
    first = render_map(scenario, ".html")
    assert first == render_map(scenario, ".html")
    assert first.count('class="node"') == 300


# -- issue 14: hostile texts, drafts, and dense maps ------------------------------------------------------

def test_a_control_character_in_a_title_keeps_the_svg_well_formed():
    scenario = scenario_from(CONTRACT.read_text(encoding="utf-8").replace(
        "title: Checkpoint at the market road", 'title: "Checkpoint\\e[2J\\x01 road"'))
    root = ET.fromstring(render_map(scenario, ".svg").split("\n", 1)[1])
    assert "Checkpoint\\x1b[2J\\x01 road  (checkpoint-market)" in [t.text for t in root.iter(f"{SVG}text")]
    assert "\\x1b" in render_map(scenario, ".dot") and "\x1b" not in render_map(scenario, ".dot")


def test_a_draft_map_never_carries_infinity_or_nan():
    from game.authoring.draft import draft_scenario
    from game.authoring.yamlsource import read_yaml

    text = CONTRACT.read_text(encoding="utf-8").replace("seconds: 20", "seconds: .inf") \
        .replace("{calm-crowd: 3, angry-crowd: 1}", "{calm-crowd: .nan, angry-crowd: 1}")
    document, _ = read_yaml(text.encode("utf-8"), "draft.yaml")
    page = render_map(draft_scenario(document.data), ".html")
    data = re.search(r'<script type="application/json" id="scenario-data">(.*?)</script>', page, re.S).group(1)
    json.loads(data, parse_constant=lambda name: pytest.fail(f"{name} in the map's data"))


def dense(nodes: int) -> dict:
    from graph_bench import dense_scenario
    return dense_scenario(nodes)


def test_a_dense_map_of_500_nodes_draws_every_box_apart_and_every_edge_between_boxes():
    from game.authoring.graphmap.layout import lay_out

    scenario = scenario_from(json.dumps(dense(500)))
    layout = lay_out(build_map(scenario))
    assert sum(key.startswith("n:") for key in layout.boxes) == 500
    rows: dict[float, list] = {}
    for box in layout.boxes.values():
        rows.setdefault(round(box.y - box.h / 2), []).append(box)
    for row in rows.values():  # boxes of one row never overlap
        row.sort(key=lambda b: b.x)
        assert all(a.x + a.w / 2 <= b.x - b.w / 2 + 0.01 for a, b in zip(row, row[1:]))
    for route in layout.routes:
        start, end = layout.boxes[route.source], layout.boxes[route.target]
        assert abs(route.points[0][0] - start.x) < 0.01 and abs(route.points[-1][0] - end.x) < 0.01
    assert render_map(scenario, ".svg").count('class="node"') == 500


def test_the_story_reads_downwards_and_loops_point_back_up():
    from game.authoring.graphmap.layout import lay_out, node_key

    layout = lay_out(build_map(contract()))
    y = {key: box.y for key, box in layout.boxes.items()}
    assert y[node_key("arrival")] < y[node_key("elder-talk")] < y[node_key("passed-through")]
    back = [r for r in layout.routes if r.target == node_key("arrival")]
    assert back and all(r.points[0][1] > r.points[-1][1] for r in back)  # drawn upwards, into the start


def test_a_draft_keeps_what_can_be_read_and_stands_in_for_what_is_missing():
    from game.authoring.draft import MISSING_NODE_TEXT, draft_scenario

    data = {"id": "Not A Slug", "dimensions": "none", "start": "gone", "nodes": {
        "a": {"text": "A", "speaker": "nobody", "timer": {"seconds": -1, "choice": "x"},
              "choices": [{"id": "c", "text": "C", "goto": "b"}, {"id": "broken", "goto": 3}, "not a choice"]},
        "b": None, "c": {"text": None, "ending": "success"}},
        "loose": {"text": "A node at the start of the line.", "ending": "failure"}}
    draft = draft_scenario(data)
    assert list(draft.nodes) == ["a", "loose", "b"] and draft.start == "a"
    assert [c.id for c in draft.nodes["a"].choices] == ["c"] and draft.nodes["a"].speaker is None
    assert draft.nodes["a"].timer is None and draft.nodes["b"].text == MISSING_NODE_TEXT
    assert draft_scenario({"id": "x", "nodes": []}) is None and draft_scenario(["not", "a", "mapping"]) is None
    render_map(draft, ".svg")
