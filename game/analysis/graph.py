"""The goto graph of a scenario: destinations, cycles, and what each node's future reads."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..authoring.conditions import names_in, parse_condition
from ..engine.rules import CompiledChoice, CompiledScenario


def destinations(choice: CompiledChoice) -> Iterator[str]:
    """Every destination a choice can lead to (weighted branches: those of positive weight)."""
    if choice.weights is None:
        yield choice.destinations[0]
        return
    for destination, weight in zip(choice.destinations, choice.weights):
        if weight > 0:
            yield destination


def goto_graph(compiled: CompiledScenario) -> dict[str, list[str]]:
    return {n.id: sorted({d for c in n.choices for d in destinations(c)}) for n in compiled.nodes.values()}


def components(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components, each after every component it can reach (iterative Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
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
                found.append(component)
    return found


def cyclic_nodes(graph: dict[str, list[str]], parts: list[list[str]]) -> set[str]:
    """Nodes on some cycle of the goto graph, from its components."""
    return {n for c in parts if len(c) > 1 or c[0] in graph[c[0]] for n in c}


@dataclass(frozen=True, slots=True)
class Live:
    """What a path from a node may still read (see `liveness`)."""

    dead_variables: tuple[int, ...]  # indexes into the variable names
    once: int  # bit set over Liveness.once_bit
    slots: int  # bit set over visit-count slots


@dataclass(frozen=True, slots=True)
class Liveness:
    by_node: dict[str, Live]
    once_bit: dict[tuple[str, str], int]


def liveness(compiled: CompiledScenario, graph: dict[str, list[str]], parts: list[list[str]],
             names: tuple[str, ...], counted: dict[str, int]) -> Liveness:
    """Per node, the variables, once-only choices and visit counts a path from it may still read.

    Each node's own reads (its conditions' variables, its once-only choices, its own
    count if it is on a cycle) form a bit set; a component of the graph reads what
    its members read and what every component after it reads, so one pass over the
    components in Tarjan's order (each after those it reaches) settles them all.
    """
    variable_bit = {name: 1 << i for i, name in enumerate(names)}
    once = [(n.id, c.id) for n in compiled.nodes.values() for c in n.choices if c.once]
    once_bit = {key: 1 << (len(names) + i) for i, key in enumerate(once)}
    slot_shift = len(names) + len(once)
    read_by: dict[str, int] = {}  # condition text -> the variables it reads
    live: dict[str, int] = {}
    for component in parts:
        bits = 0
        for node_id in component:
            bits |= _own_reads(compiled, node_id, variable_bit, once_bit, read_by)
            if node_id in counted:
                bits |= 1 << (slot_shift + counted[node_id])
            for destination in graph[node_id]:
                bits |= live.get(destination, 0)  # 0: a member of this component, or-ed in here anyway
        for node_id in component:
            live[node_id] = bits
    decoded: dict[int, Live] = {}  # the nodes of a component share their bits: decode each set once

    def decode(bits: int) -> Live:
        found = decoded.get(bits)
        if found is None:
            dead = tuple(i for i in range(len(names)) if not bits >> i & 1)
            found = decoded[bits] = Live(dead, bits, bits >> slot_shift)
        return found
    return Liveness({node_id: decode(bits) for node_id, bits in live.items()}, once_bit)


def _own_reads(compiled: CompiledScenario, node_id: str, variable_bit: dict[str, int],
               once_bit: dict[tuple[str, str], int], read_by: dict[str, int]) -> int:
    bits = 0
    for choice in compiled.model.nodes[node_id].choices:
        if choice.if_ is not None:
            reads = read_by.get(choice.if_)
            if reads is None:
                reads = 0
                for name in names_in(parse_condition(choice.if_)):
                    reads |= variable_bit[name.name]
                read_by[choice.if_] = reads
            bits |= reads
        if choice.once:
            bits |= once_bit[(node_id, choice.id)]
    return bits
