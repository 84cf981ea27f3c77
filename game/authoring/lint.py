"""Lint for the trainee's reality: warnings (BH130-BH139) about what a trainee will live through.

The validator's checks ask "is this file a scenario?"; these ask "will this scenario
teach well?": can a timer be beaten by someone who reads the node, is a text short
enough to read under pressure, does every rated decision explain itself, is there a
real dilemma, does the wording give the answer away. They run on a scenario with no
errors (the validated model), in every language the scenario has, and point at the
exact key or value with the positions the YAML reader kept.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from .diagnostics import Diagnostic, warning
from .model import Choice, LocalText, Node, Scenario
from .yamlsource import Spot, locate

READING_WORDS_PER_MINUTE = 180
MAX_NODE_WORDS = 150
MIN_RED_LINE_WORDS = 4
ADVISORY_MIN_DECISIONS = 3
"""The scenario-wide advisories (no red line, no timer) start at this many decision nodes:
a two-decision vignette need not test both, a full scenario should."""

# Words that tell the trainee how a choice is rated. "the right" keeps clear of rights
# ("the right to refuse a search") and directions ("to the right", "the right flank").
_GIVEAWAYS = [
    r"(?:in)?correctly", r"wrongly", r"rightly", r"(?:im)?properly", r"(?:in)?appropriately",
    r"(?<!\bto )(?<!\bon )(?<!\bat )the right\b(?!\s+(?:to|of|side|hand|bank|flank|edge|corner)\b)",
    r"(?<!\bto )(?<!\bon )the wrong\b", r"the correct", r"the proper",
    r"as (?:you|one) should", r"by the book", r"(?:un)?wisely", r"carelessly", r"recklessly",
    r"(?:in)?correctement", r"à tort", r"à raison", r"à juste titre", r"comme il se doit", r"comme il faut",
    r"convenablement", r"judicieusement", r"maladroitement", r"dûment",
    r"de (?:manière|façon) (?:in)?appropriée", r"de (?:manière|façon) (?:in)?adéquate",
    r"(?:la|une) (?:bonne|mauvaise) (?:décision|chose|réponse|façon|manière)",
    r"(?:le|un) (?:bon|mauvais) (?:choix|réflexe)",
]
GIVEAWAY = re.compile(r"\b(?:" + "|".join(_GIVEAWAYS) + r")\b", re.IGNORECASE)
# A cheap first look (plain stems) so that the full pattern runs only on the few texts that may match.
# (Case-sensitive on lowered text: re.IGNORECASE makes every search several times slower.)
_MAYBE_GIVEAWAY = re.compile("correct|wrong|right|proper|appropri|should|book|wise|careless|reckless|tort|raison|"
                             "titre|doit|faut|convenabl|judicieus|maladroit|dûment|adéquat|bonne|mauvais|bon ")
_WORD = re.compile(r"\S*\w\S*")

Path_ = tuple[object, ...]


def count_words(text: str) -> int:
    """Words as a reader meets them: whitespace-separated pieces holding a letter or digit."""
    return len(_WORD.findall(text))


def gives_away(text: str) -> str | None:
    """The words of a choice text that judge it ('correctly', 'à tort'...), or None."""
    if not _MAYBE_GIVEAWAY.search(text.lower()):
        return None
    match = GIVEAWAY.search(text)
    return match.group(0) if match else None


def scenario_languages(scenario: Scenario) -> list[str]:
    """The scenario's own language first, then every other language its nodes and choices use."""
    found = {scenario.language}
    for _, value in _texts(scenario):
        if isinstance(value, dict):
            found.update(value)
    return [scenario.language] + sorted(found - {scenario.language})


def _texts(scenario: Scenario) -> Iterator[tuple[Path_, LocalText]]:
    for node_id, node in scenario.nodes.items():
        yield ("nodes", node_id, "text"), node.text
        for index, variant in enumerate(node.variants):
            yield ("nodes", node_id, "variants", index, "text"), variant.text
        for index, choice in enumerate(node.choices):
            for key in ("text", "feedback", "critical"):
                value = getattr(choice, key)
                if value is not None and not (key == "critical" and choice.red_line is not None):
                    yield ("nodes", node_id, "choices", index, key), value


def _in(text: LocalText | None, language: str, fallback: str) -> str:
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    return text.get(language) or text.get(fallback) or ""


def _where(text: LocalText, path: Path_, language: str, fallback: str) -> Path_:
    """The path of the text as the trainee in `language` reads it (the fallback when it is missing)."""
    if isinstance(text, dict):
        return path + (language if language in text else fallback,)
    return path


class _Linter:
    def __init__(self, scenario: Scenario, root: Spot, file: str) -> None:
        self.scenario, self.root, self.file = scenario, root, file
        self.languages = scenario_languages(scenario)
        self.fallback = scenario.language
        self.found: list[Diagnostic] = []
        self.scored = any(c.score for n in scenario.nodes.values() for c in n.choices)
        """Whether the scenario rates choices at all: then a choice with nothing to say stands out (BH139)."""

    def warn(self, path: Path_, code: str, message: str, *, key: bool = False) -> None:
        self.found.append(warning(self.file, locate(self.root, path, key=key), code, message))

    def text(self, value: LocalText | None, language: str) -> str:
        return _in(value, language, self.fallback)

    def run(self) -> list[Diagnostic]:
        for node_id, node in self.scenario.nodes.items():
            path: Path_ = ("nodes", node_id)
            self.node_length(node, path)
            self.timer(node, path)
            self.dilemma(node, path)
            for index, choice in enumerate(node.choices):
                where = path + ("choices", index)
                self.feedback(choice, where, decision=len(node.choices) > 1)
                self.red_line(choice, where)
                self.giveaway(choice, where)
        self.advisories()
        return self.found

    # -- per node ---------------------------------------------------------------

    def node_length(self, node: Node, path: Path_) -> None:
        counts = {language: count_words(self.text(node.text, language)) for language in self.languages}
        language = max(counts, key=lambda lang: counts[lang])
        if counts[language] > MAX_NODE_WORDS:
            where = _where(node.text, path + ("text",), language, self.fallback)
            self.warn(where, "BH131", f"node text is {counts[language]} words{self._in_language(language)}: "
                                      f"over {MAX_NODE_WORDS}, too long to read in the moment; split the node")

    def timer(self, node: Node, path: Path_) -> None:
        if node.timer is None:
            return
        words = {}
        for language in self.languages:
            pieces = [node.text] + [c.text for c in node.choices]
            words[language] = sum(count_words(self.text(p, language)) for p in pieces)
        language = max(words, key=lambda lang: words[lang])
        needed = math.ceil(words[language] * 60 / READING_WORDS_PER_MINUTE)
        if node.timer.seconds < needed:
            self.warn(path + ("timer", "seconds"), "BH130",
                      f"timer of {node.timer.seconds:g} s is shorter than the {needed} s it takes to read the node "
                      f"and its choices ({words[language]} words{self._in_language(language)} at "
                      f"{READING_WORDS_PER_MINUTE} words per minute)")

    def dilemma(self, node: Node, path: Path_) -> None:
        if len(node.choices) < 2 or not all(c.score for c in node.choices):
            return
        totals = {sum(c.score.values()) for c in node.choices}
        if len(totals) == 1:
            total = totals.pop()
            self.warn(path + ("choices",), "BH133",
                      f"every choice of node '{path[1]}' rates {total:+d} in all: no decision here changes the "
                      "result, so the trainee faces no real dilemma", key=True)

    # -- per choice -------------------------------------------------------------

    def feedback(self, choice: Choice, path: Path_, *, decision: bool) -> None:
        """BH132 for a rated choice that does not explain itself; BH139 for an option of a real decision
        (not the one way on from a scene) that neither counts nor explains, in a scenario that rates."""
        explained = any(self.text(choice.feedback, lang).strip() for lang in self.languages)
        if choice.score and not explained:
            self.warn(path + ("score",), "BH132",
                      f"choice '{choice.id}' is rated but has no feedback: say what happened, why, "
                      "and what would have been better", key=True)
        elif not choice.score and not explained and self.scored and decision:
            self.warn(path + ("id",), "BH139",
                      f"choice '{choice.id}' has neither a score nor feedback, so the debrief says nothing about "
                      "it: rate the dimensions it touches and say in feedback what happened and why")

    def red_line(self, choice: Choice, path: Path_) -> None:
        if choice.critical is None or choice.red_line is not None:  # the catalogue's rule explains it
            return
        for language in self.languages:
            words = count_words(self.text(choice.critical, language))
            if words < MIN_RED_LINE_WORDS:
                where = _where(choice.critical, path + ("critical",), language, self.fallback)
                self.warn(where, "BH134",
                          f"red line of choice '{choice.id}' is explained in {words} word{'s' * (words != 1)}"
                          f"{self._in_language(language)}: say in one sentence what rule it breaks and why")
                return

    def giveaway(self, choice: Choice, path: Path_) -> None:
        for language in self.languages:
            words = gives_away(self.text(choice.text, language))
            if words:
                where = _where(choice.text, path + ("text",), language, self.fallback)
                self.warn(where, "BH135", f"choice text gives away its rating: '{words}'"
                                          f"{self._in_language(language)}; describe the action, not its merit")
                return

    # -- the whole scenario -------------------------------------------------------

    def advisories(self) -> None:
        decisions = [n for n in self.scenario.nodes.values() if n.choices]
        if len(decisions) < ADVISORY_MIN_DECISIONS:
            return
        if not any(c.critical is not None for n in decisions for c in n.choices):
            self.warn(("id",), "BH136", "no choice is a red line (critical): the scenario never tests "
                                        "the limits a peacekeeper must not cross")
        if not any(n.timer is not None for n in decisions):
            self.warn(("id",), "BH137", "no node has a timer: the trainee never decides under time pressure")

    def _in_language(self, language: str) -> str:
        return f" in '{language}'" if len(self.languages) > 1 else ""


def lint_scenario(scenario: Scenario, root: Spot, file: str) -> list[Diagnostic]:
    """The BH13x warnings for a scenario that has no errors."""
    return _Linter(scenario, root, file).run()
