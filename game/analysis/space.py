"""The play state space of a scenario, without scores: what the engine's rules allow.

A *play state* is (node, variables, once-only choices taken, visit counts: one
int holding a small count field per node on a cycle) and is
numbered on first sight. Its moves are computed with the engine's own rule
functions (`rules.offered`, `rules.apply_effects`), so the analysis cannot
disagree with play: the start node's `on_enter` is applied, a choice's `set`
then `add`, then the destination's `on_enter`; every destination of a weighted
branch with a positive weight is a possible move.

Visit counts are kept only for nodes on a cycle (graph.py): a path may enter such a node at most `max_visits` times, which makes
the state graph finite and acyclic. Moves beyond the limit are cut, and the
space remembers that it cut some (`cut`).

States forget what their future cannot read (see graph.liveness): a variable that no
condition reachable from the node tests is reset to its initial value, a once-only
choice of a node that cannot be reached again is dropped from the taken set, and
so is the visit count of such a node. Effects read only the variable they change,
so two states that differ only there have the same moves and the same scores
ahead: merging them changes no outcome, and keeps scenarios with many variables
or question loops small.
"""

from __future__ import annotations

from ..engine import rules
from ..engine.rules import CompiledChoice, CompiledScenario
from .graph import components, cyclic_nodes, destinations, goto_graph, liveness


Move = tuple[int, CompiledChoice, str]
"""One way out of a play state: (target play state, choice, destination node). A plain
tuple: the fallback creates hundreds of thousands, and a named tuple costs twice as much."""


class SpaceTooLarge(Exception):
    """More play states than the budget allows."""


class PlaySpace:
    """Play states numbered on first sight, expanded lazily with the engine's rules."""

    def __init__(self, compiled: CompiledScenario, *, max_visits: int = 3, max_states: int | None = None) -> None:
        self.compiled = compiled
        self.names = tuple(compiled.initial)
        self.max_visits = max_visits
        self.max_states = max_states
        graph = goto_graph(compiled)
        parts = components(graph)
        self.cyclic = cyclic_nodes(graph, parts)
        self._counted = {node: i for i, node in enumerate(sorted(self.cyclic))}
        self.keys: list[tuple] = []
        self.ids: dict[tuple, int] = {}
        self._moves: list[list[Move] | None] = []
        self.cut = False  # some move was refused by the visit limit
        self._plans: dict[str, tuple] = {}
        self._enter_memos: dict[str, dict | None] = {}
        self._live = liveness(compiled, graph, parts, self.names, self._counted)
        self._initial = tuple(compiled.initial[n] for n in self.names)
        self._forget_memo: dict[tuple, tuple] = {}
        variables = dict(compiled.initial)
        start = compiled.nodes[compiled.start]
        rules.apply_effects(start.on_enter, variables, compiled.bounds)
        self._field_bits = max_visits.bit_length()
        self._keep_masks: dict[int, int] = {}
        visits = 1 << (self._counted[start.id] * self._field_bits) if start.id in self._counted else 0
        self.start = self._intern(self._forget(start.id, tuple(variables[n] for n in self.names), frozenset(),
                                               visits))

    def __len__(self) -> int:
        return len(self.keys)

    def node(self, state: int) -> str:
        return self.keys[state][0]

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
            keep = self._keep_masks.get(live.slots)
            if keep is None:
                keep = self._keep_masks[live.slots] = self._fields_of(live.slots)
            visits &= keep
        return (node_id, values, taken, visits)

    def _fields_of(self, slots: int) -> int:
        """The visit-count fields of the slots in a bit set, as a mask."""
        mask, field, width = 0, (1 << self._field_bits) - 1, self._field_bits
        while slots:
            lowest = slots & -slots
            mask |= field << ((lowest.bit_length() - 1) * width)
            slots ^= lowest
        return mask

    def _expand(self, state: int) -> list[Move]:
        node_id, values, taken, visits = self.keys[state]
        if self.compiled.nodes[node_id].ending is not None:
            return []
        moves = []
        ids, forget = self.ids, self._forget
        field = (1 << self._field_bits) - 1
        for choice, offer_memo, effect_memo, targets in self._plan(node_id):
            if offer_memo is not None and not self._offered(choice, offer_memo, values, taken):
                continue
            after = values if effect_memo is None else self._after(choice.effects, effect_memo, values)
            now_taken = taken | {(choice.node, choice.id)} if choice.once else taken
            for destination, slot, on_enter, enter_memo in targets:
                now_visits = visits
                if slot is not None:  # slot: the shift of the destination's count field
                    if ((visits >> slot) & field) >= self.max_visits:
                        self.cut = True
                        continue
                    now_visits = visits + (1 << slot)
                entered = after if enter_memo is None else self._after(on_enter, enter_memo, after)
                key = forget(destination, entered, now_taken, now_visits)
                target = ids.get(key)
                if target is None:
                    target = self._intern(key)
                moves.append((target, choice, destination))
        return moves

    def _shift(self, node_id: str) -> int | None:
        slot = self._counted.get(node_id)
        return None if slot is None else slot * self._field_bits

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
                 tuple((d, self._shift(d), nodes[d].on_enter, enter_memos[d])
                       for d in sorted(destinations(choice))))
                for choice in sorted(nodes[node_id].choices, key=lambda c: c.id))
        return plan

    def explore(self) -> None:
        """Expand every reachable state (raises SpaceTooLarge past the budget)."""
        position = 0
        while position < len(self.keys):
            self.moves(position)
            position += 1
