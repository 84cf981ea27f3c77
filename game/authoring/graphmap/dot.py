"""The map as Graphviz DOT, for authors who have Graphviz (dot -Tpdf map.dot -o map.pdf)."""

from __future__ import annotations

from ...textsafe import shown
from .labels import node_lines, node_tag
from .mapdata import MapChoice, MapNode, ScenarioMap
from .palette import CHOICE, DEAD_END, DECISION, EDGE, ENDING_STYLE, RED_LINE, UNREACHABLE

_SHAPES = {"success": "box", "partial": "hexagon", "failure": "octagon"}


def quote(text: str) -> str:
    """A DOT double-quoted string (backslashes and quotes escaped, line breaks as \\n)."""
    text = shown(text, lines=True).replace("\\", "\\\\").replace('"', '\\"').replace("\r", "")
    return '"' + text.replace("\n", "\\n") + '"'


def render_dot(scenario_map: ScenarioMap) -> str:
    lines = [f"digraph {quote(scenario_map.id)} {{",
             f"  label={quote(scenario_map.title)}; labelloc=t; rankdir=TB; fontname=\"Helvetica\";",
             '  node [fontname="Helvetica", fontsize=11, style=filled];',
             f'  edge [fontname="Helvetica", fontsize=9, color="{EDGE}"];']
    for node in scenario_map.nodes.values():
        lines.append(f"  {quote(node.id)} [{_node_attributes(node)}];")
    for choice in scenario_map.choices:
        lines.extend(_edges(choice))
    lines.append("}")
    return "\n".join(lines) + "\n"


def _node_attributes(node: MapNode) -> str:
    tag = node_tag(node)
    label = "\n".join(([tag] if tag else []) + [node.id, *node_lines(node)])
    attributes = {"label": quote(label), "tooltip": quote(node.text[:500])}
    if node.unreachable:
        fill, stroke = UNREACHABLE
        attributes["style"] = '"filled,dashed"'
    elif node.dead_end:
        fill, stroke = DEAD_END
        attributes["penwidth"] = "3"
    elif node.ending:
        fill, stroke = ENDING_STYLE[node.ending]
        attributes["style"] = '"filled,rounded"' if node.ending == "success" else "filled"
    else:
        fill, stroke = DECISION
    attributes["shape"] = _SHAPES.get(node.ending or "", "box")
    if node.start:
        attributes["penwidth"] = "3"
    attributes["fillcolor"], attributes["color"] = quote(fill), quote(stroke)
    return ", ".join(f"{k}={v}" for k, v in attributes.items())


def _edges(choice: MapChoice) -> list[str]:
    label = choice.id + (f"\n{choice.rating_text()}" if choice.score else "")
    attributes = {"fontcolor": quote(RED_LINE[1] if choice.critical else "#1c2430")}
    if choice.conditional:
        attributes["style"] = "dashed"
        label += f"\nif {choice.condition}"
    if choice.critical:
        attributes["color"], attributes["penwidth"] = quote(RED_LINE[1]), "2.4"
        label += "\nRED LINE"
    out = []
    for target, weight in choice.targets:
        own = dict(attributes)
        own["label"] = quote(label + (f"\n×{weight:g} ({choice.share(weight):.0%})" if weight is not None else ""))
        if weight is not None and not choice.critical:
            own["color"] = quote(CHOICE[1])
        out.append(f"  {quote(choice.node)} -> {quote(target)} [{', '.join(f'{k}={v}' for k, v in own.items())}];")
    return out
