"""What the map shows, worked out once from the validated scenario for every output format."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lint import scenario_languages
from ..redlines import Catalogue, catalogue_for
from ..model import Choice, LocalText, Node, Scenario, localized
from ..gotos import goto_nodes, goto_targets
from ..reach import can_end, reachable

LABEL_WORDS = 40


@dataclass
class MapChoice:
    node: str
    index: int
    id: str
    targets: list[tuple[str, float | None]]  # (node id, weight in a weighted branch or None)
    score: dict[str, int]
    conditional: bool
    once: bool
    critical: bool
    condition: str | None

    @property
    def key(self) -> str:
        return f"{self.node}/{self.index}"

    def share(self, weight: float | None) -> float | None:
        """A target's chance in a weighted branch (None for a fixed goto)."""
        if weight is None:
            return None
        total = sum(max(w or 0, 0) for _, w in self.targets)  # a draft map may hold weights of 0 or less
        return max(weight, 0) / total if total > 0 else 0.0

    def rating_text(self) -> str:
        return ", ".join(f"{dimension} {rating:+d}" for dimension, rating in self.score.items())


@dataclass
class MapNode:
    id: str
    text: str
    ending: str | None
    start: bool
    unreachable: bool
    dead_end: bool
    timer: float | None
    speaker: str | None
    choices: list[MapChoice] = field(default_factory=list)

    def first_words(self, count: int = LABEL_WORDS) -> str:
        """The text's first words; '…' says there is more."""
        words = self.text.split()
        return " ".join(words[:count]) + (" …" if len(words) > count else "")


@dataclass
class ScenarioMap:
    id: str
    title: str
    language: str
    languages: list[str]
    nodes: dict[str, MapNode]
    details: dict[str, dict]  # node id -> everything the HTML panel shows, in every language

    @property
    def choices(self) -> list[MapChoice]:
        return [c for n in self.nodes.values() for c in n.choices]


def build_map(scenario: Scenario, language: str | None = None, catalogue: Catalogue | None = None) -> ScenarioMap:
    """The map of a scenario, its labels in `language` (default: the scenario's own)."""
    shown = language or scenario.language
    fallback = scenario.language
    reachable = _reachable(scenario)
    can_end = _can_end(scenario)
    nodes: dict[str, MapNode] = {}
    for node_id, node in scenario.nodes.items():
        nodes[node_id] = MapNode(
            id=node_id, text=localized(node.text, shown, fallback), ending=node.ending,
            start=node_id == scenario.start, unreachable=node_id not in reachable,
            dead_end=node.ending is None and node_id in reachable and node_id not in can_end,
            timer=node.timer.seconds if node.timer else None, speaker=node.speaker,
            choices=[_map_choice(node_id, index, choice) for index, choice in enumerate(node.choices)])
    languages = scenario_languages(scenario)
    red_lines = catalogue if catalogue is not None else catalogue_for()
    details = {node_id: _details(scenario, node, languages, red_lines) for node_id, node in scenario.nodes.items()}
    return ScenarioMap(scenario.id, localized(scenario.title, shown, fallback), shown, languages, nodes, details)


def _map_choice(node_id: str, index: int, choice: Choice) -> MapChoice:
    targets = goto_targets(choice.goto)
    return MapChoice(node_id, index, choice.id, targets, dict(choice.score), choice.if_ is not None, choice.once,
                     choice.critical is not None, choice.if_)


def _graph(scenario: Scenario) -> dict[str, list[str]]:
    return {node_id: [t for c in node.choices for t in goto_nodes(c.goto)] for node_id, node in scenario.nodes.items()}


def _reachable(scenario: Scenario) -> set[str]:
    return reachable(_graph(scenario), [scenario.start])


def _can_end(scenario: Scenario) -> set[str]:
    return can_end(_graph(scenario), [n for n, node in scenario.nodes.items() if node.ending])


def _texts(value: LocalText | None, languages: list[str]) -> dict[str, str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return {languages[0]: value}
    return {language: value[language] for language in languages if language in value}


def _variants(holder: Node | Choice, languages: list[str]) -> list[dict]:
    return [{"if": variant.if_, "text": _texts(variant.text, languages)} for variant in holder.variants]


def _critical(choice: Choice, languages: list[str], catalogue: Catalogue) -> dict[str, str] | None:
    """A red line's text: the author's sentence, or the catalogue's rule (with its id) in every language."""
    if choice.red_line is None or choice.red_line not in catalogue:
        return _texts(choice.critical, languages)
    return {language: f"{catalogue.rule(choice.red_line, language)} [{choice.red_line}]" for language in languages}


def _details(scenario: Scenario, node: Node, languages: list[str], catalogue: Catalogue) -> dict:
    return {
        "text": _texts(node.text, languages),
        "variants": _variants(node, languages),
        "speaker": localized(scenario.cast[node.speaker].name, languages[0], languages[0]) if node.speaker else None,
        "ending": node.ending,
        "timer": {"seconds": node.timer.seconds, "choice": node.timer.choice} if node.timer else None,
        "choices": [{
            "id": choice.id,
            "text": _texts(choice.text, languages),
            "variants": _variants(choice, languages),
            "goto": choice.goto,
            "if": choice.if_,
            "once": choice.once,
            "score": dict(choice.score),
            "feedback": _texts(choice.feedback, languages),
            "critical": _critical(choice, languages, catalogue),
        } for choice in node.choices],
    }
