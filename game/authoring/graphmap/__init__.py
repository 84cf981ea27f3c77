"""The scenario as a readable map: SVG, a self-contained interactive HTML page, or Graphviz DOT.

`build_map` works out what to show (reachability, dead ends, ratings, red lines),
`lay_out` places it top to bottom (a layered drawing: layered.py), and each
format renders the same laid-out map.
"""

from __future__ import annotations

from ..model import Scenario
from .dot import render_dot
from .mapdata import ScenarioMap, build_map

FORMATS = (".svg", ".html", ".dot")

__all__ = ["FORMATS", "ScenarioMap", "build_map", "render_dot", "render_map"]


def render_map(scenario: Scenario, suffix: str, *, language: str | None = None) -> str:
    """The map of `scenario` in the format named by a file suffix (.svg, .html or .dot)."""
    scenario_map = build_map(scenario, language)
    if suffix == ".dot":
        return render_dot(scenario_map)  # Graphviz lays it out itself
    from .html import render_html  # the layout is imported only for the formats that need it
    from .layout import lay_out
    from .svg import render_svg
    layout = lay_out(scenario_map)
    if suffix == ".html":
        return render_html(scenario_map, layout)
    if suffix == ".svg":
        return render_svg(scenario_map, layout)
    raise ValueError(f"no map format for '{suffix}': use one of {', '.join(FORMATS)}")
