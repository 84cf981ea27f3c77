"""The words on the map: node and choice labels, shared by every format."""

from __future__ import annotations

from .mapdata import MapChoice, MapNode

LINE_CHARS = 34
TEXT_LINES = 3


def wrap(text: str, width: int = LINE_CHARS, lines: int = TEXT_LINES, *, cut: bool = False) -> list[str]:
    """At most `lines` lines of at most `width` characters; '…' ends them when text is left out."""
    out: list[str] = []
    line = ""
    words = text.split()
    for word in words:
        word = word if len(word) <= width else word[: width - 1] + "…"
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
            if len(out) == lines:
                cut, line = True, ""
                break
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    if cut and out:
        last = out[-1]
        if len(last) + 2 > width:
            last = last.rsplit(" ", 1)[0] if " " in last else last[: width - 2]
        out[-1] = last + " …"
    return out


def node_lines(node: MapNode) -> list[str]:
    """The first words of the node's text, as many as three lines hold."""
    return wrap(node.first_words())


def choice_lines(choice: MapChoice) -> list[str]:
    tags = [t for t, on in (("if", choice.conditional), ("once", choice.once), ("RED LINE", choice.critical)) if on]
    first = choice.id + (f"  [{', '.join(tags)}]" if tags else "")
    rating = choice.rating_text()
    return [first, rating] if rating else [first]


def node_tag(node: MapNode) -> str:
    """The small capitals line above a node's id: what kind of node it is, or what is wrong with it."""
    if node.unreachable:
        return "UNREACHABLE"
    if node.dead_end:
        return "DEAD END: NO ENDING REACHABLE"
    if node.ending:
        return f"ENDING: {node.ending.upper()}"
    tags = ["START"] if node.start else []
    if node.timer:
        tags.append(f"TIMER {node.timer:g} s")
    return " · ".join(tags)
