"""The play state space of a scenario, without scores: what the engine's rules allow.

A *play state* is (node, variables, once-only choices taken, visit counts: sorted
(slot, count) pairs of the nodes on a cycle entered so far) and is
numbered on first sight. Its moves are computed with the engine's own rule
functions (`rules.offered`, `rules.apply_effects`), so the analysis cannot
disagree with play: the start node's `on_enter` is applied, a choice's `set`
then `add`, then the destination's `on_enter`; every destination of a weighted
branch with a positive weight is a possible move.

Visit counts are kept only for nodes on a cycle (found once, by Tarjan's
algorithm): a path may enter such a node at most `max_visits` times, which makes
the state graph finite and acyclic. Moves beyond the limit are cut, and the
space remembers that it cut some (`cut`).

States forget what their future cannot read (see `liveness`): a variable that no
condition reachable from the node tests is reset to its initial value, a once-only
choice of a node that cannot be reached again is dropped from the taken set, and
so is the visit count of such a node. Effects read only the variable they change,
so two states that differ only there have the same moves and the same scores
ahead: merging them changes no outcome, and keeps scenarios with many variables
or question loops small.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..authoring.conditions import names_in, parse_condition
from ..engine import rules
from ..engine.rules import CompiledChoice, CompiledScenario


Move = tuple[int, CompiledChoice, str]
"""One way out of a play state: (target play state, choice, destination node). A plain
tuple: the fallback creates hundreds of thousands, and a named tuple costs twice as much."""


class SpaceTooLarge(Exception):
    """More play states than the budget allows."""


def destinations(choice: CompiledChoice) -> Iterator[str]:
    """Every destination a choice can lead to (weighted branches: those of positive weight)."""
    if choice.weights is None:
        yield choice.destinations[0]
        return
    for destination, weight in zip(choice.destinations, choice.weights):
        if weight > 0:
            yield destination


def cyclic_nodes(compiled: CompiledScenario) -> set[str]:
    """Nodes on some cycle of the goto graph (iterative Tarjan; no deep recursion)."""
    graph = {n.id: sorted({d for c in n.choices for d in destinations(c)}) for n in compiled.nodes.values()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: set[str] = set()
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(graph[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(graph[succ])))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph[node]:
                    found.update(component)
    return found


@dataclass(frozen=True, slots=True)
class Live:
    """What a path from a node may still read (see `liveness`)."""

    dead_variables: tuple[int, ...]  # indexes into PlaySpace.names
    once: int  # bit set over Liveness.once_bit
    slots: int  # bit set over visit-count slots


@dataclass(frozen=True, slots=True)
class Liveness:
    by_node: dict[str, Live]
    once_bit: dict[tuple[str, str], int]


def liveness(compiled: CompiledScenario, names: tuple[str, ...], counted: dict[str, int]) -> Liveness:
    """Per node, the variables, once-only choices and visit counts a path from it may still read.

    Each node's own reads (its conditions' variables, its once-only choices, its own
    count if it is on a cycle) as one bit set, or-ed backwards over the goto graph
    until nothing changes.
    """
    variable_bit = {name: 1 << i for i, name in enumerate(names)}
    once = [(n.id, c.id) for n in compiled.nodes.values() for c in n.choices if c.once]
    once_bit = {key: 1 << (len(names) + i) for i, key in enumerate(once)}
    slot_shift = len(names) + len(once)
    own, preceding = {}, {n: [] for n in compiled.nodes}
    for node_id, node in compiled.nodes.items():
        bits = 1 << (slot_shift + counted[node_id]) if node_id in counted else 0
        for choice, source in zip(node.choices, compiled.model.nodes[node_id].choices):
            if source.if_ is not None:
                for name in names_in(parse_condition(source.if_)):
                    bits |= variable_bit[name.name]
            bits |= once_bit.get((node_id, choice.id), 0)
            for destination in destinations(choice):
                preceding[destination].append(node_id)
        own[node_id] = bits
    live, pending = dict(own), list(compiled.nodes)
    while pending:
        node_id = pending.pop()
        for before in preceding[node_id]:
            merged = live[before] | live[node_id]
            if merged != live[before]:
                live[before] = merged
                pending.append(before)
    decoded: dict[int, Live] = {}  # nodes of one region share their bits: decode each set once

    def decode(bits: int) -> Live:
        found = decoded.get(bits)
        if found is None:
            dead = tuple(i for i in range(len(names)) if not bits >> i & 1)
            found = decoded[bits] = Live(dead, bits, bits >> slot_shift)
        return found
    return Liveness({node_id: decode(bits) for node_id, bits in live.items()}, once_bit)


class PlaySpace:
    """Play states numbered on first sight, expanded lazily with the engine's rules."""

    def __init__(self, compiled: CompiledScenario, *, max_visits: int = 3, max_states: int | None = None,
                 cyclic: set[str] | None = None) -> None:
        self.compiled = compiled
        self.names = tuple(compiled.initial)
        self.max_visits = max_visits
        self.max_states = max_states
        self.cyclic = cyclic_nodes(compiled) if cyclic is None else cyclic
        self._counted = {node: i for i, node in enumerate(sorted(self.cyclic))}
        self.keys: list[tuple] = []
        self.ids: dict[tuple, int] = {}
        self._moves: list[list[Move] | None] = []
        self.cut = False  # some move was refused by the visit limit
        self._plans: dict[str, tuple] = {}
        self._enter_memos: dict[str, dict | None] = {}
        self._live = liveness(compiled, self.names, self._counted)
        self._initial = tuple(compiled.initial[n] for n in self.names)
        self._forget_memo: dict[tuple, tuple] = {}
        variables = dict(compiled.initial)
        start = compiled.nodes[compiled.start]
        rules.apply_effects(start.on_enter, variables, compiled.bounds)
        visits = ((self._counted[start.id], 1),) if start.id in self._counted else ()
        self.start = self._intern(self._forget(start.id, tuple(variables[n] for n in self.names), frozenset(),
                                               visits))

    def __len__(self) -> int:
        return len(self.keys)

    def node(self, state: int) -> str:
        return self.keys[state][0]

    def variables(self, state: int) -> dict:
        return dict(zip(self.names, self.keys[state][1]))

    def ending(self, state: int) -> str | None:
        return self.compiled.nodes[self.keys[state][0]].ending

    def _intern(self, key: tuple) -> int:
        found = self.ids.get(key)
        if found is not None:
            return found
        if self.max_states is not None and len(self.keys) >= self.max_states:
            raise SpaceTooLarge(len(self.keys))
        self.ids[key] = found = len(self.keys)
        self.keys.append(key)
        self._moves.append(None)
        return found

    def moves(self, state: int) -> list[Move]:
        """The moves out of a state: none for an ending or a dead end (see `is_dead_end`)."""
        known = self._moves[state]
        if known is None:
            known = self._moves[state] = self._expand(state)
        return known

    def is_dead_end(self, state: int) -> bool:
        """Not an ending and nothing on offer (moves cut by the visit limit do not count)."""
        node_id, values, taken, _ = self.keys[state]
        node = self.compiled.nodes[node_id]
        return node.ending is None and not rules.offered(node, dict(zip(self.names, values)), taken)

    # The rules are pure functions of (variables, once-taken), so their answers are
    # memoised per choice and per node: a large scenario meets the same few variable
    # tuples at thousands of nodes, and this is where the analysis spends its time.

    def _offered(self, choice: CompiledChoice, memo: dict, values: tuple, taken: frozenset) -> bool:
        key = (values, taken) if choice.once else values
        answer = memo.get(key)
        if answer is None:
            answer = memo[key] = rules.is_offered(choice, dict(zip(self.names, values)), taken)
        return answer

    def _after(self, effects: rules.CompiledEffects, memo: dict, values: tuple) -> tuple:
        after = memo.get(values)
        if after is None:
            variables = dict(zip(self.names, values))
            rules.apply_effects(effects, variables, self.compiled.bounds)
            after = memo[values] = tuple(variables[n] for n in self.names)
        return after

    def _forget(self, node_id: str, values: tuple, taken: frozenset, visits: tuple) -> tuple:
        """The state key at `node_id`, without what no path from there can read."""
        live = self._live.by_node[node_id]
        dead = live.dead_variables
        if dead:
            key = (dead, values)
            kept = self._forget_memo.get(key)
            if kept is None:
                initial = self._initial
                kept = self._forget_memo[key] = tuple(initial[i] if i in dead else v for i, v in enumerate(values))
            values = kept
        if taken:
            once_bit, live_once = self._live.once_bit, live.once
            taken = frozenset(key for key in taken if once_bit[key] & live_once)
        if visits:
            visits = tuple(pair for pair in visits if live.slots >> pair[0] & 1)
        return (node_id, values, taken, visits)

    def _expand(self, state: int) -> list[Move]:
        node_id, values, taken, visits = self.keys[state]
        if self.compiled.nodes[node_id].ending is not None:
            return []
        moves = []
        ids, forget = self.ids, self._forget
        for choice, offer_memo, effect_memo, targets in self._plan(node_id):
            if offer_memo is not None and not self._offered(choice, offer_memo, values, taken):
                continue
            after = values if effect_memo is None else self._after(choice.effects, effect_memo, values)
            now_taken = taken | {(choice.node, choice.id)} if choice.once else taken
            for destination, slot, on_enter, enter_memo in targets:
                now_visits = visits
                if slot is not None:
                    counts = dict(visits)
                    entries = counts.get(slot, 0)
                    if entries >= self.max_visits:
                        self.cut = True
                        continue
                    counts[slot] = entries + 1
                    now_visits = tuple(sorted(counts.items()))
                entered = after if enter_memo is None else self._after(on_enter, enter_memo, after)
                key = forget(destination, entered, now_taken, now_visits)
                target = ids.get(key)
                if target is None:
                    target = self._intern(key)
                moves.append((target, choice, destination))
        return moves

    def _plan(self, node_id: str) -> tuple:
        """A node's choices sorted by id (so paths are stable), with memos and possible destinations."""
        plan = self._plans.get(node_id)
        if plan is None:
            nodes, enter_memos = self.compiled.nodes, self._enter_memos
            for destination in {d for c in nodes[node_id].choices for d in destinations(c)}:
                if destination not in enter_memos:
                    enter_memos[destination] = None if nodes[destination].on_enter.empty else {}
            plan = self._plans[node_id] = tuple(
                (choice,
                 None if choice.condition is None and not choice.once else {},
                 None if choice.effects.empty else {},
                 tuple((d, self._counted.get(d), nodes[d].on_enter, enter_memos[d])
                       for d in sorted(destinations(choice))))
                for choice in sorted(nodes[node_id].choices, key=lambda c: c.id))
        return plan

    def explore(self) -> None:
        """Expand every reachable state (raises SpaceTooLarge past the budget)."""
        position = 0
        while position < len(self.keys):
            self.moves(position)
            position += 1
