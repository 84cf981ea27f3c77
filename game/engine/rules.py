"""The rules of play, as pure functions over a compiled scenario.

Both the interactive `Session` (on a `transitions` state machine) and the batch
walker of `autoplay` call these same functions, so they cannot disagree about
which choices are on offer, what effects do, or where a weighted branch leads.
"""

from __future__ import annotations

import hashlib
import random
from functools import lru_cache
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field

from ..authoring.conditions import Value, compile_condition, parse_condition
from ..authoring.model import Choice, Effects, Node, Scenario, Variant
from ..authoring.redlines import Catalogue, catalogue_for
from ..authoring.gotos import goto_targets

Condition = Callable[[Mapping[str, Value]], bool]


@dataclass(frozen=True, slots=True)
class Bounds:
    low: int | None
    high: int | None

    def clamp(self, value: int) -> int:
        if self.low is not None and value < self.low:
            return self.low
        if self.high is not None and value > self.high:
            return self.high
        return value


@dataclass(frozen=True, slots=True)
class CompiledEffects:
    sets: tuple[tuple[str, Value], ...] = ()
    adds: tuple[tuple[str, int], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.sets and not self.adds


@dataclass(frozen=True, slots=True)
class CompiledChoice:
    node: str
    id: str
    index: int
    destinations: tuple[str, ...]
    weights: tuple[float, ...] | None  # None: a fixed goto to destinations[0]
    condition: Condition | None
    once: bool
    effects: CompiledEffects
    score: tuple[tuple[str, int], ...]
    critical: bool
    variants: tuple[Condition, ...] = ()


@dataclass(frozen=True, slots=True)
class CompiledNode:
    id: str
    choices: tuple[CompiledChoice, ...]
    ending: str | None
    on_enter: CompiledEffects
    timer_seconds: float | None
    timer_choice: str | None
    by_id: dict[str, CompiledChoice] = field(default_factory=dict)
    variants: tuple[Condition, ...] = ()
    keep_order: bool = False


class CompiledNodes(Mapping[str, CompiledNode]):
    """Nodes compiled on first use: a session of a 20,000-node scenario compiles only what it reaches."""

    def __init__(self, nodes: Mapping[str, Node]) -> None:
        self._source = nodes
        self._compiled: dict[str, CompiledNode] = {}

    def __getitem__(self, node_id: str) -> CompiledNode:
        found = self._compiled.get(node_id)
        if found is None:
            found = self._compiled[node_id] = _node(node_id, self._source[node_id])
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._source)

    def __len__(self) -> int:
        return len(self._source)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._source


@dataclass(frozen=True, slots=True)
class CompiledScenario:
    """What play needs from a scenario, precomputed for speed; texts stay in the model."""

    model: Scenario
    start: str
    nodes: CompiledNodes
    initial: dict[str, Value]
    bounds: dict[str, Bounds]
    red_lines: Catalogue


def _effects(holder: Effects | Choice | None) -> CompiledEffects:
    if holder is None:
        return CompiledEffects()
    return CompiledEffects(tuple(holder.set_.items()), tuple(holder.add.items()))


@lru_cache(maxsize=4096)
def _condition(text: str) -> Callable[[Mapping[str, Value]], bool]:
    """Compiled conditions are pure functions of their text, so equal texts share one."""
    return compile_condition(parse_condition(text))


def _variants(variants: list[Variant]) -> tuple[Condition, ...]:
    return tuple(_condition(v.if_) for v in variants)


def _choice(node_id: str, index: int, choice: Choice) -> CompiledChoice:
    targets = goto_targets(choice.goto)
    destinations = tuple(target for target, _ in targets)
    weights = None if isinstance(choice.goto, str) else tuple(float(w) for _, w in targets)
    condition = _condition(choice.if_) if choice.if_ is not None else None
    return CompiledChoice(node_id, choice.id, index, destinations, weights, condition, choice.once,
                          _effects(choice), tuple(choice.score.items()), choice.critical is not None,
                          _variants(choice.variants))


def _node(node_id: str, node: Node) -> CompiledNode:
    choices = tuple(_choice(node_id, i, c) for i, c in enumerate(node.choices))
    timer = node.timer
    return CompiledNode(node_id, choices, node.ending, _effects(node.on_enter),
                        float(timer.seconds) if timer else None, timer.choice if timer else None,
                        {c.id: c for c in choices}, _variants(node.variants), node.keep_order)


def compile_scenario(scenario: Scenario, red_lines: Catalogue | None = None) -> CompiledScenario:
    """Precompute conditions, effects and branches of a validated scenario.

    `red_lines` is the catalogue its `critical: {red_line: ID}` entries name (default: the library's)."""
    nodes = CompiledNodes(scenario.nodes)
    initial = {name: variable.value for name, variable in scenario.variables.items()}
    bounds = {name: Bounds(v.min, v.max) for name, v in scenario.variables.items() if v.min is not None or v.max is not None}
    return CompiledScenario(scenario, scenario.start, nodes, initial, bounds,
                            red_lines if red_lines is not None else catalogue_for())


# -- the rules -------------------------------------------------------------------

def is_offered(choice: CompiledChoice, variables: Mapping[str, Value], taken_once: Iterable[tuple[str, str]] | set) -> bool:
    """A choice is on offer when its condition holds and, if once-only, it was not taken yet."""
    if choice.once and (choice.node, choice.id) in taken_once:
        return False
    return choice.condition is None or choice.condition(variables)


def offered(node: CompiledNode, variables: Mapping[str, Value], taken_once: set[tuple[str, str]]) -> list[CompiledChoice]:
    return [c for c in node.choices if is_offered(c, variables, taken_once)]


def shown_variant(variants: tuple[Condition, ...], variables: Mapping[str, Value]) -> int | None:
    """The index of the first text variant whose condition holds, or None for the plain text."""
    for index, condition in enumerate(variants):
        if condition(variables):
            return index
    return None


def presentation_order(node: CompiledNode, on_offer: list[CompiledChoice], seed: int, visit: int) -> list[CompiledChoice]:
    """The order a trainee sees the options in: drawn from the session's seed, the node and how many
    times it was entered, so the same seed shows the same order (on resume and replay too) and a
    revisit is shuffled afresh. Each option gets a sort key hashed from its id, which makes the
    order a uniform permutation and keeps the others' relative order when a conditional option
    comes or goes. `keep_order` nodes keep file order."""
    if node.keep_order or len(on_offer) < 2:
        return list(on_offer)
    prefix = f"{seed}\x1f{node.id}\x1f{visit}\x1f".encode()
    return sorted(on_offer, key=lambda c: hashlib.blake2b(prefix + c.id.encode(), digest_size=8).digest())


def apply_effects(effects: CompiledEffects, variables: MutableMapping[str, Value], bounds: Mapping[str, Bounds]) -> None:
    """`set` first, then `add`; integers are clamped to their variable's bounds."""
    for name, value in effects.sets:
        limit = bounds.get(name)
        variables[name] = limit.clamp(value) if limit is not None and type(value) is int else value  # type: ignore[arg-type]
    for name, amount in effects.adds:
        total = variables[name] + amount  # type: ignore[operator]
        limit = bounds.get(name)
        variables[name] = limit.clamp(total) if limit is not None else total


def take(compiled: CompiledScenario, choice: CompiledChoice, destination: str,
         variables: MutableMapping[str, Value], taken_once: set[tuple[str, str]]) -> CompiledNode:
    """Carry out a choice without the state machine: its effects, the once-only mark, then the next
    node's on_enter (the order the Session's transitions follow); returns the node reached."""
    apply_effects(choice.effects, variables, compiled.bounds)
    if choice.once:
        taken_once.add((choice.node, choice.id))
    node = compiled.nodes[destination]
    apply_effects(node.on_enter, variables, compiled.bounds)
    return node


@dataclass(slots=True)
class Trail:
    """What a playthrough outside the state machine has done so far, for scoring and reports."""

    path: list[str]
    choices: list[str] = field(default_factory=list)
    ratings: list[dict[str, int]] = field(default_factory=list)
    red_lines: list[str] = field(default_factory=list)

    def step(self, compiled: CompiledScenario, choice: CompiledChoice, destination: str,
             variables: MutableMapping[str, Value], taken_once: set[tuple[str, str]]) -> CompiledNode:
        """Take `choice` (see `take`) and write it down; returns the node reached."""
        self.choices.append(choice.id)
        self.ratings.append(dict(choice.score))
        if choice.critical:
            self.red_lines.append(f"{choice.node}/{choice.id}")
        node = take(compiled, choice, destination, variables, taken_once)
        self.path.append(node.id)
        return node


def pick_destination(choice: CompiledChoice, rng: random.Random) -> str:
    """Where a choice leads; a weighted branch draws one uniform number from the session's RNG."""
    if choice.weights is None:
        return choice.destinations[0]
    draw = rng.random() * sum(choice.weights)
    for destination, weight in zip(choice.destinations, choice.weights):
        draw -= weight
        if draw < 0:
            return destination
    return choice.destinations[-1]
