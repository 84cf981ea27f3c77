"""docs/scenarios.md, the instructors' guide to the library, cannot silently go stale.

It must name every shipped scenario, describe each one in its own section, list
every red line (every choice with `critical`) in that scenario's section, and keep
the doctrine coverage table complete.
"""

from __future__ import annotations

import re

import pytest

from game.authoring.library import scenario_files
from game.authoring.loader import load_scenario
from game.paths import shipped_scenarios

from conftest import ROOT

DOC = ROOT / "docs" / "scenarios.md"
SHIPPED = scenario_files([shipped_scenarios()])


def _doc() -> str:
    return DOC.read_text(encoding="utf-8")


def _scenario(path):
    result = load_scenario(path)
    assert result.scenario is not None, [d.format() for d in result.diagnostics]
    return result.scenario


def _section(scenario_id: str) -> str:
    """The `## ...` section whose facts table starts with this scenario's id."""
    sections = [s for s in re.split(r"\n(?=## )", _doc()) if re.search(rf"^\| `{re.escape(scenario_id)}` \|", s, re.M)]
    assert len(sections) == 1, f"docs/scenarios.md needs exactly one section for {scenario_id}"
    return sections[0]


def test_the_doc_names_every_shipped_scenario():
    doc = _doc()
    missing = [p.stem for p in SHIPPED if f"`{_scenario(p).id}`" not in doc]
    assert missing == [], f"docs/scenarios.md does not describe: {missing}"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_each_scenario_section_names_its_file_and_every_red_line(path):
    scenario = _scenario(path)
    section = _section(scenario.id)
    assert f"`scenarios/{path.name}`" in section
    red_lines = [(node_id, choice.id) for node_id, node in scenario.nodes.items()
                 for choice in node.choices or [] if choice.critical]
    assert red_lines, f"{scenario.id} has no red line"
    missing = [f"{node_id}/{choice_id}" for node_id, choice_id in red_lines if f"`{choice_id}`" not in section]
    assert missing == [], f"red lines of {scenario.id} missing from docs/scenarios.md: {missing}"


def test_the_coverage_table_covers_every_principle_and_every_scenario():
    coverage = _doc().split("## Coverage", 1)
    assert len(coverage) == 2, "docs/scenarios.md needs its '## Coverage' table"
    table = coverage[1]
    header = next(line for line in table.splitlines() if line.startswith("| # |"))
    for path in SHIPPED:
        assert _scenario(path).id in header, f"coverage table has no column for {path.stem}"
    rows = {int(m.group(1)): m.group(2) for m in re.finditer(r"^\| (\d+) \|(.*)$", table, re.M)}
    assert sorted(rows) == list(range(1, 22))  # the rows of ../shared/doctrine.md
    uncovered = [number for number, row in rows.items() if "●" not in row and "○" not in row]
    assert uncovered == [], f"doctrine principles covered by no scenario: {uncovered}"


def test_the_red_line_table_is_the_catalogue():
    from game.authoring.redlines import catalogue_for, markdown_table

    assert markdown_table(catalogue_for()) in _doc(), "regenerate the red-line table of docs/scenarios.md from the catalogue"
