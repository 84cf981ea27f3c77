"""What the debrief's learning map needs: a name for each decision point, and the best path.

A node's name is its `title` when the author gave one; else its id in words ("elder-talk"
-> "Elder talk") with its speaker, which says more than the node's first sentence. The best
path comes from the static analysis (game/analysis): proven best when the scenario is small
enough, else the best one found within the budget (and the debrief says which). It takes
up to a second, so the debrief works it out on a worker thread. No pygame here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis import analyze
from ..authoring.model import Scenario, localized
from ..engine.rules import CompiledScenario

BEST_PATH_BUDGET = 100_000  # analysis states: under a second for the shipped library


def node_title(scenario: Scenario, node_id: str, language: str) -> str:
    node = scenario.nodes.get(node_id)
    if node is None:
        return node_id
    if node.title is not None:
        return localized(node.title, language, scenario.language)
    words = node_id.replace("-", " ").replace("_", " ").strip()
    name = words[:1].upper() + words[1:]
    if node.speaker and node.speaker in scenario.cast:
        return f"{name} · {localized(scenario.cast[node.speaker].name, language, scenario.language)}"
    return name


@dataclass(frozen=True)
class Step:
    node: str
    title: str
    choice_id: str
    choice_text: str


@dataclass(frozen=True)
class BestPath:
    steps: list[Step]
    proven: bool  # False: the best path found within the budget, not proven best


def best_path(compiled: CompiledScenario, language: str) -> BestPath | None:
    """The highest-scoring complete playthrough as titled steps, or None when the scenario has none."""
    analysis = analyze(compiled, max_states=BEST_PATH_BUDGET)
    if analysis.best is None:
        return None
    scenario = compiled.model
    steps = []
    for node_id, choice_id in zip(analysis.best.path, analysis.best.choices):
        choice = next((c for c in scenario.nodes[node_id].choices if c.id == choice_id), None)
        text = localized(choice.text, language, scenario.language) if choice is not None else choice_id
        steps.append(Step(node_id, node_title(scenario, node_id, language), choice_id, text))
    return BestPath(steps, analysis.exact)
