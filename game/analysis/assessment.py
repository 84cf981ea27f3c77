"""Is the scenario a fair test of judgement? The figures a test-wise trainee exploits.

A trainee who knows no doctrine can still pass a badly built assessment by reading
the *shape* of the options: the best one is the longest, uses the gentle words, or
is best on every dimension at once. `assess` measures each of those, per language,
and plays naive strategies (always the first option shown, the longest, the
shortest, the one with most giveaway words, and uniform random) through the real
rules of play (`engine.autoplay.walk`, shuffled presentation order included) over
seeded sessions.

Definitions (docs/scoring.md has them for instructors):
- a *decision* is a node with two or more options on offer at once, as met in the
  sampled sessions (the same node with another set of options is another decision);
- an option's *value* is the sum of its ratings (unrated dimensions count 0); a red
  line ranks below every other option on every dimension;
- the *best* options of a decision are those of the highest value, when not all tie;
- an option is *dominant* when it is at least as good as every other option on every
  dimension and better than each of them on at least one;
- an option *trades* when some other option at one of its decisions is better on
  one dimension and worse on another.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..authoring.model import Scenario, localized
from ..engine.autoplay import Playthrough, chooser_for, walk
from ..engine.rules import CompiledChoice, CompiledScenario

GIVEAWAY_FILE = Path(__file__).with_name("giveaway-words.yaml")
DEFAULT_SESSIONS = 2_000
RED_LINE_FLOOR = -99
STRATEGIES = ("first-shown", "longest", "shortest", "giveaway-words", "random")
LANGUAGE_FREE = ("first-shown", "random")
"""Strategies that do not read the options' text, so their pass rate is the same in every language."""


@dataclass(frozen=True)
class Thresholds:
    """Where `validate` starts warning (BH140-BH143): percents, or percentage points for the gap."""

    best_is_longest: float = 40
    giveaway_gap: float = 10
    dominant: float = 60
    naive_pass: float = 10

    @classmethod
    def for_scenario(cls, scenario: Scenario) -> "Thresholds":
        limits = scenario.assessment
        if limits is None:
            return cls()
        given = {k: float(v) for k, v in limits.model_dump().items() if v is not None}
        return cls(**given)


@lru_cache(maxsize=1)
def giveaway_patterns() -> dict[str, re.Pattern[str]]:
    """Per language, one pattern matching any giveaway word at the start of a word."""
    data = yaml.safe_load(GIVEAWAY_FILE.read_text(encoding="utf-8"))
    return {language: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)
            for language, words in data.items()}


def giveaway_count(text: str, language: str) -> int:
    pattern = giveaway_patterns().get(language)
    return len(pattern.findall(text)) if pattern is not None else 0


# -- options and decisions ------------------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    id: str
    ratings: tuple[tuple[str, int], ...]
    critical: bool

    @property
    def value(self) -> int:
        return RED_LINE_FLOOR if self.critical else sum(v for _, v in self.ratings)

    def rating(self, dimension: str) -> int:
        return RED_LINE_FLOOR if self.critical else dict(self.ratings).get(dimension, 0)


@dataclass(frozen=True)
class Decision:
    node: str
    options: tuple[Option, ...]  # in file order

    def best(self) -> list[Option]:
        top = max(o.value for o in self.options)
        best = [o for o in self.options if o.value == top]
        return [] if len(best) == len(self.options) else best

    def dominant(self, dimensions: Iterable[str]) -> Option | None:
        dims = list(dimensions)
        for option in self.options:
            if all(_dominates(option, other, dims) for other in self.options if other is not option):
                return option
        return None

    def traders(self, dimensions: Iterable[str]) -> set[str]:
        dims = list(dimensions)
        return {a.id for a in self.options for b in self.options
                if a is not b and not a.critical and not b.critical
                and any(a.rating(d) > b.rating(d) for d in dims) and any(a.rating(d) < b.rating(d) for d in dims)}


def _dominates(a: Option, b: Option, dims: list[str]) -> bool:
    return all(a.rating(d) >= b.rating(d) for d in dims) and any(a.rating(d) > b.rating(d) for d in dims)


def _option(choice: CompiledChoice) -> Option:
    return Option(choice.id, choice.score, choice.critical)


# -- the naive trainees ----------------------------------------------------------------------------

Pick = Callable[[list[CompiledChoice]], CompiledChoice]


class OptionTexts:
    """Each option's text in one language, as the naive strategies read it (the plain text)."""

    def __init__(self, compiled: CompiledScenario, language: str) -> None:
        self.compiled, self.language = compiled, language
        self._cache: dict[tuple[str, str], str] = {}

    def text(self, choice: CompiledChoice) -> str:
        key = (choice.node, choice.id)
        found = self._cache.get(key)
        if found is None:
            model = self.compiled.model.nodes[choice.node].choices[choice.index]
            found = self._cache[key] = " ".join(localized(model.text, self.language, self.compiled.model.language).split())
        return found

    def length(self, choice: CompiledChoice) -> int:
        return len(self.text(choice))

    def giveaways(self, choice: CompiledChoice) -> int:
        return giveaway_count(self.text(choice), self.language)


def strategy(name: str, texts: OptionTexts, seed: int) -> Pick:
    """The pick of a naive trainee; ties go to the option shown first, as a hurried reader would."""
    if name == "first-shown":
        return lambda shown: shown[0]
    if name == "longest":
        return lambda shown: max(shown, key=texts.length)
    if name == "shortest":
        return lambda shown: min(shown, key=texts.length)
    if name == "giveaway-words":
        return lambda shown: max(shown, key=texts.giveaways)
    if name == "random":
        chooser = chooser_for(seed)
        return lambda shown: shown[int(chooser.random() * len(shown))]
    raise ValueError(f"unknown strategy {name!r}")


def play_strategy(compiled: CompiledScenario, name: str, texts: OptionTexts, seed: int,
                  seen: set[tuple[str, frozenset[str]]] | None = None) -> Playthrough:
    """One seeded session played by a naive strategy through the shared rules of play."""
    pick = strategy(name, texts, seed)
    if seen is None:
        return walk(compiled, seed, pick)

    def noting(shown: list[CompiledChoice]) -> CompiledChoice:
        if len(shown) > 1:
            seen.add((shown[0].node, frozenset(c.id for c in shown)))
        return pick(shown)
    return walk(compiled, seed, noting)


# -- the report ------------------------------------------------------------------------------------

@dataclass
class LanguageFigures:
    language: str
    best_is_longest: float
    best_is_longest_at: list[str]
    length_rating_correlation: float | None
    giveaway_best: float | None
    giveaway_others: float | None
    giveaway_gap: float | None
    giveaway_at: list[str]
    strategies: dict[str, float]


@dataclass
class Assessment:
    scenario: str
    sessions: int
    seed: int
    decisions: int
    dominant: float
    dominant_at: list[str]
    best_listed_first: float
    """The share of decisions whose first option in the file is a best one: what "always press 1" scored
    before options were shuffled, and what it still scores at `keep_order` nodes."""
    trading_options: int
    scored_options: int
    keep_order: list[str]
    """Decision nodes that keep their file order (`keep_order: true`): shown unshuffled, so check them by hand."""
    languages: list[LanguageFigures]
    red_lines_reachable: list[str]
    passes_by_ending: dict[str, int]
    thresholds: Thresholds = field(default_factory=Thresholds)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def _correlation(decisions: list[Decision], texts: OptionTexts,
                 lookup: dict[tuple[str, str], CompiledChoice]) -> float | None:
    """Pearson's r between an option's length and its value, both taken relative to its decision's mean."""
    xs, ys = [], []
    for decision in decisions:
        rated = [o for o in decision.options if not o.critical]
        if len(rated) < 2:
            continue
        lengths = [texts.length(lookup[(decision.node, o.id)]) for o in rated]
        values = [o.value for o in rated]
        mean_length, mean_value = statistics.fmean(lengths), statistics.fmean(values)
        xs += [x - mean_length for x in lengths]
        ys += [y - mean_value for y in values]
    try:
        return round(statistics.correlation(xs, ys), 2)
    except statistics.StatisticsError:  # fewer than two points, or no spread
        return None


def _language_figures(compiled: CompiledScenario, language: str, decisions: list[Decision],
                      lookup: dict[tuple[str, str], CompiledChoice], rates: dict[str, float]) -> LanguageFigures:
    texts = OptionTexts(compiled, language)
    judged = [d for d in decisions if d.best()]
    longest_at = []
    for decision in judged:
        lengths = {o.id: texts.length(lookup[(decision.node, o.id)]) for o in decision.options}
        if max(lengths, key=lengths.get) in {o.id for o in decision.best()}:  # type: ignore[arg-type]
            longest_at.append(decision.node)
    has_words = language in giveaway_patterns()
    best_with = best_total = others_with = others_total = 0
    giveaway_at = []
    for decision in judged:
        best_ids = {o.id for o in decision.best()}
        for option in decision.options:
            marked = texts.giveaways(lookup[(decision.node, option.id)]) > 0
            if option.id in best_ids:
                best_total += 1
                best_with += marked
                if marked:
                    giveaway_at.append(decision.node)
            else:
                others_total += 1
                others_with += marked
    best_share, other_share = _percent(best_with, best_total), _percent(others_with, others_total)
    return LanguageFigures(
        language, _percent(len(longest_at), len(judged)), _unique(longest_at), _correlation(decisions, texts, lookup),
        best_share if has_words else None, other_share if has_words else None,
        round(best_share - other_share, 1) if has_words else None, _unique(giveaway_at), rates)


def _unique(nodes: list[str]) -> list[str]:
    return list(dict.fromkeys(nodes))


def assess(compiled: CompiledScenario, *, sessions: int = DEFAULT_SESSIONS, seed: int = 1,
           languages: list[str] | None = None) -> Assessment:
    """Every figure of the assessment-quality report, over `sessions` seeded sessions per strategy."""
    scenario = compiled.model
    languages = languages or [scenario.language]
    seen: set[tuple[str, frozenset[str]]] = set()
    shared: dict[str, float] = {}
    endings: Counter[str] = Counter()
    red_lines: set[str] = set()
    own = OptionTexts(compiled, scenario.language)
    for name in LANGUAGE_FREE:
        passed = 0
        for run_seed in range(seed, seed + sessions):
            run = play_strategy(compiled, name, own, run_seed, seen)
            passed += run.result.passed
            if name == "random":
                _tally(compiled, run, endings, red_lines)
        shared[name] = _percent(passed, sessions)
    per_language: dict[str, dict[str, float]] = {}
    for language in languages:
        texts = OptionTexts(compiled, language)
        rates = dict(shared)
        for name in STRATEGIES:
            if name in LANGUAGE_FREE:
                continue
            passed = sum(play_strategy(compiled, name, texts, s, seen).result.passed for s in range(seed, seed + sessions))
            rates[name] = _percent(passed, sessions)
        per_language[language] = {name: rates[name] for name in STRATEGIES}
    lookup = {(n.id, c.id): c for n in (compiled.nodes[node] for node, _ in seen) for c in n.choices}
    decisions = sorted((Decision(node, tuple(_option(c) for c in compiled.nodes[node].choices if c.id in ids))
                        for node, ids in seen), key=lambda d: (d.node, [o.id for o in d.options]))
    dims = list(scenario.dimensions)
    dominant_at = [d.node for d in decisions if d.dominant(dims) is not None]
    judged = [d for d in decisions if d.best()]
    listed_first = sum(1 for d in judged if d.options[0] in d.best())
    scored = {(d.node, o.id) for d in decisions for o in d.options if o.ratings}
    trading = {(d.node, i) for d in decisions for i in d.traders(dims)} & scored
    return Assessment(
        scenario.id, sessions, seed, len(decisions), _percent(len(dominant_at), len(decisions)), _unique(dominant_at),
        _percent(listed_first, len(judged)), len(trading), len(scored),
        sorted({d.node for d in decisions if compiled.nodes[d.node].keep_order}),
        [_language_figures(compiled, language, decisions, lookup, per_language[language]) for language in languages],
        sorted(red_lines), dict(sorted(endings.items())), Thresholds.for_scenario(scenario))


def _tally(compiled: CompiledScenario, run: Playthrough, endings: Counter[str], red_lines: set[str]) -> None:
    if run.result.passed and run.ending is not None:
        endings[f"{run.outcome}: {run.ending}"] += 1
    for node_id, choice_id in zip(run.path, run.choices):
        choice = compiled.nodes[node_id].by_id[choice_id]
        if choice.critical:
            model = compiled.model.nodes[node_id].choices[choice.index]
            red_lines.add(f"{node_id}/{choice_id}" + (f" ({model.red_line})" if model.red_line else ""))
