"""Synthetic scenarios for benchmarks and scale tests.

The graph is layered so every path ends: each node offers three choices that lead
to the next layer, the last layer holds the endings, and the first choice of each
node leads straight down so every node is reachable. About one choice in ten has
a condition and effects. Node text is about forty words.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml

WORDS = (
    "the patrol reaches a crowded junction where displaced families wait in the heat "
    "an elder asks to speak with the commander while women gather near the water truck "
    "rumours spread about a search and tension rises among young men by the market "
    "interpreter liaison officer community leaders protection cluster convoy corridor"
).split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def synthetic_scenario(nodes: int, *, seed: int = 1, width: int = 50) -> dict:
    """A valid scenario mapping with `nodes` nodes (the last layer are endings)."""
    rng = random.Random(seed)
    width = max(1, min(width, nodes // 4 or 1))
    ids = [f"n{i}" for i in range(nodes)]
    layers = _layers(ids, width)
    graph: dict[str, dict] = {}
    endings = ("success", "partial", "failure")
    for depth, layer in enumerate(layers):
        if depth + 1 == len(layers):
            for position, node_id in enumerate(layer):
                graph[node_id] = {"text": _text(rng, 40), "ending": endings[position % 3]}
            continue
        following = layers[depth + 1]
        children: list[list[str]] = [[] for _ in layer]
        for index, child in enumerate(following):  # every child gets a parent: all nodes reachable
            children[index * len(layer) // len(following)].append(child)
        for node_id, own in zip(layer, children):
            graph[node_id] = {"text": _text(rng, 40), "choices": _choices(rng, own, following)}
    return {
        "id": f"synthetic-{nodes}",
        "title": f"Synthetic scenario of {nodes} nodes",
        "summary": "Generated for benchmarks.",
        "dimensions": {"cultural": {"label": "Cultural sensitivity"}, "crisis": {"label": "Crisis response"}},
        "variables": {
            "trust": {"value": 50, "min": 0, "max": 100, "label": "Trust", "show": True},
            "alert": {"value": False},
        },
        "start": layers[0][0],
        "nodes": graph,
    }


def _layers(ids: list[str], width: int) -> list[list[str]]:
    """One start node, layers growing threefold up to `width`, and at least one ending layer."""
    layers, index, size = [], 0, 1
    while index < len(ids):
        layers.append(ids[index:index + size])
        index += size
        size = min(width, size * 3)
    if len(layers) > 2 and len(layers[-1]) < len(layers[-2]) // 3:
        layers[-2].extend(layers.pop())
    return layers


def _choices(rng: random.Random, own: list[str], following: list[str]) -> list[dict]:
    targets = own + [rng.choice(following) for _ in range(3 - len(own))]
    choices = []
    for index, target in enumerate(targets):
        choice: dict = {
            "id": f"c{index}",
            "text": _text(rng, 6),
            "goto": target,
            "score": {"cultural": rng.randint(-3, 3), "crisis": rng.randint(-3, 3)},
            "feedback": _text(rng, 6),
        }
        if index > 0 and rng.random() < 0.15:
            choice["if"] = "trust >= 40 and not alert"
            choice["add"] = {"trust": rng.choice([-10, 5, 10])}
            choice["set"] = {"alert": rng.random() < 0.5}
        choices.append(choice)
    return choices


def write_synthetic(path: Path, nodes: int, *, seed: int = 1) -> Path:
    path.write_text(yaml.dump(synthetic_scenario(nodes, seed=seed), Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("nodes", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_synthetic(args.output, args.nodes, seed=args.seed)


if __name__ == "__main__":
    main()
