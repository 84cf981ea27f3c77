"""Surgical edits of a scenario's YAML source: set one language of a text, touching nothing else.

A round-trip YAML library re-emits the whole file (quotes, flow mappings, aligned
comments and long lines come back changed), so instead this edits the text where
the YAML reader saw each value (`ScalarSpot.span`): replace a translation, add one
to a mapping, or turn a plain string into an `{en: ..., fr: ...}` mapping. New
values are written in the plainest YAML that reads back to exactly the text, and
the whole edited file is read back and compared with the intended data before it
is returned, so a surprise in the source becomes an error, never a wrong file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

from .yamlsource import MapSpot, ScalarSpot, Spot, YamlDocument, read_yaml, spot_at

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

BOM = b"\xef\xbb\xbf"
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_UNSAFE_IN_QUOTES = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_WRAP = 80
_FLOW_MAPPING = re.compile(r"(?:[&!][^\s{]*\s*)*\{")
"""A flow mapping's source from where its event starts: an anchor (&name) or a tag may come before the '{'."""

Path_ = tuple[object, ...]
Edit = tuple[int, int, str]  # replace text[start:end] with the string


@dataclass(frozen=True, slots=True)
class Change:
    """Set the `language` version of the text at `path` (whose own-language key is `own`)."""

    path: Path_
    own: str
    language: str
    text: str


class EditError(ValueError):
    """The source has a shape these edits do not handle; nothing is changed."""


def edit_texts(raw: bytes, document: YamlDocument, changes: list[Change], *, expected: object) -> bytes:
    """The bytes of the file with every change made; raises EditError unless it reads back as `expected`."""
    text = raw.decode("utf-8-sig")
    prefix = BOM if raw.startswith(BOM) else b""
    newline = "\r\n" if "\r\n" in text else "\n"
    for verbatim in (True, False):  # first keep the author's own text as it is written; else re-write it
        editor = _Editor(text, document, newline, verbatim)
        edits = [edit for change in changes for edit in editor.edits(change)]
        result = prefix + _splice(text, edits).encode("utf-8")
        again, problems = read_yaml(result, "edited")
        if again is not None and not problems and again.data == expected:
            return result
    raise EditError("could not write the translations without changing something else")


def _splice(text: str, edits: list[Edit]) -> str:
    pieces, position = [], 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < position:
            raise EditError("two translations would overlap in the source")
        pieces += [text[position:start], replacement]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


class _Editor:
    def __init__(self, text: str, document: YamlDocument, newline: str, verbatim: bool) -> None:
        self.text, self.document, self.newline, self.verbatim = text, document, newline, verbatim
        self.line_starts = [0] + [m.end() for m in _BREAK.finditer(text)]

    def edits(self, change: Change) -> list[Edit]:
        parent = spot_at(self.document.spot, change.path[:-1])
        key = change.path[-1]
        if not isinstance(parent, MapSpot) or key not in parent.values:
            raise EditError(f"no text at {change.path}")
        value = parent.values[key]
        if isinstance(value, ScalarSpot):
            return self.convert(parent, key, value, change)
        if isinstance(value, MapSpot) and change.language in value.values:
            return self.replace(value, change)
        if isinstance(value, MapSpot):
            return self.insert(value, change)
        raise EditError(f"the text at {change.path} is neither a string nor a mapping")

    # -- the three edits ------------------------------------------------------------

    def replace(self, mapping: MapSpot, change: Change) -> list[Edit]:
        """An existing translation gets its new text, written in place."""
        spot = _scalar(mapping.values[change.language])
        start, end = self.extent(spot)
        indent = mapping.keys[change.language][1] - 1 + 2
        source = self.emit(change.text, flow=self.is_flow(mapping), indent=indent,
                           block_ok=self.rest_of_line(end) == "", prefer=spot.style)
        return [(start, end, source)]

    def insert(self, mapping: MapSpot, change: Change) -> list[Edit]:
        """A mapping of languages gets one more entry, after its last one."""
        last = list(mapping.values)[-1]
        spot = _scalar(mapping.values[last])
        own = mapping.values.get(change.own)
        prefer = own.style if isinstance(own, ScalarSpot) else None
        _, end = self.extent(spot)
        if self.is_flow(mapping):
            return [(end, end, f", {change.language}: {self.emit(change.text, flow=True)}")]
        indent = mapping.keys[last][1] - 1
        position = end if spot.style in ("|", ">") else self.line_end(end)
        source = self.emit(change.text, flow=False, indent=indent + 2, block_ok=True, prefer=prefer)
        return [(position, position, f"{self.newline}{' ' * indent}{change.language}: {source}")]

    def convert(self, parent: MapSpot, key: object, spot: ScalarSpot, change: Change) -> list[Edit]:
        """A plain string becomes a mapping of its own language and the new one."""
        old = _value_at(self.document.data, change.path)
        start, end = self.extent(spot)
        if self.is_flow(parent):
            own = self.text[start:end] if self.verbatim else self.emit(old, flow=True)
            return [(start, end, f"{{{change.own}: {own}, {change.language}: {self.emit(change.text, flow=True)}}}")]
        indent = parent.keys[key][1] - 1 + 2
        block = spot.style in ("|", ">")
        rest = self.rest_of_line(end)
        if self.verbatim:
            own = _reindent(self.text[start:end], 2)
        else:
            own = self.emit(old, flow=False, indent=indent + 2, block_ok=rest == "", prefer=spot.style)
        lead = " " * indent
        position = end if block else self.line_end(end)
        source = self.emit(change.text, flow=False, indent=indent + 2, block_ok=True, prefer=spot.style)
        return [(self.after_colon(start), end, f"{self.newline}{lead}{change.own}: {own}"),
                (position, position, f"{self.newline}{lead}{change.language}: {source}")]

    # -- places in the source -------------------------------------------------------------

    def extent(self, spot: ScalarSpot) -> tuple[int, int]:
        """Where a scalar's source starts and ends; a block scalar ends with its last non-blank line."""
        if spot.span is None:
            raise EditError("the YAML reader kept no position for a text")
        start, end = spot.span
        if spot.style in ("|", ">"):
            chunk = self.text[start:end]
            last = len(chunk.rstrip(" \t\r\n\x85\u2028\u2029")) - 1
            end = self.line_end(start + max(last, 0))
        return start, end

    def line_end(self, position: int) -> int:
        match = _BREAK.search(self.text, position)
        return match.start() if match else len(self.text)

    def rest_of_line(self, position: int) -> str:
        return self.text[position:self.line_end(position)].strip()

    def after_colon(self, start: int) -> int:
        """Just after the ':' of the key whose value starts at `start` (the spaces before the value go)."""
        position = start
        while position > 0 and self.text[position - 1] in " \t\r\n":
            position -= 1
        if position == 0 or self.text[position - 1] != ":":
            raise EditError("a text whose value does not follow its key directly")
        return position

    def is_flow(self, mapping: MapSpot) -> bool:
        line, column = mapping.at
        return _FLOW_MAPPING.match(self.text, self.line_starts[line - 1] + column - 1) is not None

    # -- writing a value -----------------------------------------------------------------

    def emit(self, value: str, *, flow: bool, indent: int = 2, block_ok: bool = False, prefer: str | None = None) -> str:
        """The plainest YAML source that reads back as exactly `value` where it is going."""
        candidates = []
        if not flow and block_ok and prefer == ">" and "\n" not in value.rstrip("\n"):
            candidates.append(_folded(value, indent, self.newline))
        if "\n" not in value:
            candidates.append(value)
        if not flow and block_ok and "\n" in value:
            candidates.append(_literal(value, indent, self.newline))
        candidates.append(_double_quoted(value))
        for candidate in candidates:
            if candidate is not None and _reads_back(candidate, value, flow=flow, indent=indent):
                return candidate
        raise EditError(f"cannot write the text {value[:30]!r} as YAML")


def _scalar(spot: Spot) -> ScalarSpot:
    if not isinstance(spot, ScalarSpot):
        raise EditError("a translation that is not a string")
    return spot


def _value_at(data: object, path: Path_) -> str:
    for item in path:
        data = data[item]  # type: ignore[index]
    assert isinstance(data, str)
    return data


def _reindent(source: str, by: int) -> str:
    """A value's source moved `by` columns right: every line after the first that is not blank."""
    first, *rest = source.splitlines(keepends=True) or [""]
    return first + "".join(" " * by + line if line.strip() else line for line in rest)


def _literal(value: str, indent: int, newline: str) -> str | None:
    body = value[:-1] if value.endswith("\n") else value
    if body.endswith("\n") or value.startswith((" ", "\n")) or "\r" in value:
        return None  # kept trailing lines or a leading space need indicators: quote instead
    chomp = "" if value.endswith("\n") else "-"
    lines = [" " * indent + line if line else "" for line in body.split("\n")]
    return f"|{chomp}{newline}" + newline.join(lines)


def _folded(value: str, indent: int, newline: str) -> str | None:
    body = value[:-1] if value.endswith("\n") else value
    if not body or body != body.strip() or "  " in body or "\t" in body or "\n" in body:
        return None
    width, lines, line = max(40, _WRAP - indent), [], ""
    for word in body.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    chomp = "" if value.endswith("\n") else "-"
    return f">{chomp}{newline}" + newline.join(" " * indent + line for line in lines)


def _double_quoted(value: str) -> str:
    quoted = json.dumps(value, ensure_ascii=False)  # JSON strings are YAML double-quoted scalars
    return _UNSAFE_IN_QUOTES.sub(lambda m: f"\\u{ord(m.group(0)):04x}", quoted)


def _reads_back(source: str, value: str, *, flow: bool, indent: int) -> bool:
    document = f"{{k: {source}}}" if flow else f"{' ' * max(indent - 2, 0)}k: {source}\n"
    try:
        return yaml.load(document, Loader=_Loader) == {"k": value}
    except yaml.YAMLError:
        return False
