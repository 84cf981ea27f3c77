"""The two shapes of a `goto`, read in one place: a node id, or a weighted branch {node: weight}.

The checker (on raw data, before anything is validated), the engine, the map and the graph
questions all ask the same thing of a goto: where can it lead, and with what weight.
"""

from __future__ import annotations

from collections.abc import Mapping


def goto_targets(goto: object) -> list[tuple[str, float | None]]:
    """(node id, weight) for each place a goto leads; weight None for a plain goto. Anything that is not
    text (a malformed goto the shape check reports) leads nowhere."""
    if isinstance(goto, str):
        return [(goto, None)]
    if isinstance(goto, Mapping):
        return [(target, weight) for target, weight in goto.items() if isinstance(target, str)]
    return []


def goto_nodes(goto: object) -> list[str]:
    """The node ids a goto can lead to."""
    return [target for target, _ in goto_targets(goto)]
