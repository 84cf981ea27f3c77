"""Where things are in a scenario file, for messages that name file:line after loading."""

from __future__ import annotations

from pathlib import Path

from .yamlsource import read_yaml, locate


def node_lines(path: Path) -> dict[str, int]:
    """The line of each node's key; empty when the file cannot be read (messages then name nodes only)."""
    try:
        document, _ = read_yaml(path.read_bytes(), str(path))
    except OSError:
        return {}
    if document is None or not isinstance(document.data, dict) or not isinstance(document.data.get("nodes"), dict):
        return {}
    return {node: locate(document.spot, ("nodes", node), key=True)[0]
            for node in document.data["nodes"] if isinstance(node, str)}
