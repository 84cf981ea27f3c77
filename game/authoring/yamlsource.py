"""A safe, bounded YAML reader that keeps the line and column of every key and value.

It walks libyaml's event stream (the C parser when PyYAML has it) and builds plain
Python values plus a parallel tree of source spots. Doing the construction here,
rather than in PyYAML's constructors, is what lets it refuse what a scenario must
never contain: duplicate keys, tags other than the core schema's, several
documents, recursive aliases and alias bombs (an alias re-uses the anchored value,
and the number of nodes reached through aliases is capped), and deep nesting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Union

import yaml

from .bounds import MAX_NUMBER_CHARACTERS
from .diagnostics import Diagnostic, error, short

try:  # the C parser is ~10x faster; fall back to pure Python where libyaml is missing
    from yaml.cyaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import Loader as _Parser  # type: ignore[assignment]

Mark = tuple[int, int]
"""1-based (line, column)."""

_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = {_CORE + t for t in ("str", "int", "float", "bool", "null", "map", "seq")}
_NODE_EVENTS = {yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent, yaml.SequenceStartEvent,
                yaml.SequenceEndEvent, yaml.AliasEvent}


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that make a hostile file fail fast instead of exhausting the machine."""

    max_bytes: int = 32 * 1024 * 1024
    max_alias_nodes: int = 100_000
    max_depth: int = 64


@dataclass(slots=True)
class ScalarSpot:
    at: Mark
    style: str | None = None  # None for plain scalars, else the quote or block indicator
    span: tuple[int, int] | None = None
    """Character offsets [start, end) of the scalar's source in the decoded text (quotes and block
    header included; a block scalar's end is after its trailing line breaks): lets the translation
    tools rewrite one value without touching the rest of the file."""


@dataclass(slots=True)
class MapSpot:
    at: Mark
    keys: dict[object, Mark] = field(default_factory=dict)
    values: dict[object, "Spot"] = field(default_factory=dict)


@dataclass(slots=True)
class SeqSpot:
    at: Mark
    items: list["Spot"] = field(default_factory=list)


Spot = Union[ScalarSpot, MapSpot, SeqSpot]
PathItem = Union[str, int]


def locate(spot: Spot, path: tuple[object, ...], *, key: bool = False) -> Mark:
    """The mark of the value at `path` (or of its key), or of its deepest existing ancestor."""
    here: Spot = spot
    for depth, item in enumerate(path):
        last = depth == len(path) - 1
        if isinstance(here, MapSpot) and item in here.values:
            if last and key:
                return here.keys[item]
            here = here.values[item]
        elif isinstance(here, SeqSpot) and isinstance(item, int) and 0 <= item < len(here.items):
            here = here.items[item]
        else:
            break
    return here.at


def spot_at(spot: Spot, path: tuple[object, ...]) -> Spot | None:
    """The spot of the value at `path`, or None when the path does not exist."""
    here: Spot = spot
    for item in path:
        if isinstance(here, MapSpot) and item in here.values:
            here = here.values[item]
        elif isinstance(here, SeqSpot) and isinstance(item, int) and 0 <= item < len(here.items):
            here = here.items[item]
        else:
            return None
    return here


@dataclass(slots=True)
class YamlDocument:
    data: object
    spot: Spot


class _Abort(Exception):
    """Raised inside the reader when reading further is pointless or unsafe."""


@dataclass(slots=True)
class _Frame:
    value: dict | list
    spot: MapSpot | SeqSpot
    anchor: str | None
    size: int = 1
    pending_key: object = None
    pending_key_mark: Mark | None = None
    has_key: bool = False


class _Reader:
    def __init__(self, file: str, limits: Limits) -> None:
        self.file = file
        self.limits = limits
        self.diagnostics: list[Diagnostic] = []
        self.anchors: dict[str, tuple[object, Spot, int]] = {}
        self.open_anchors: set[str] = set()
        self.alias_nodes = 0
        self.resolver = yaml.resolver.Resolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.plain: dict[str, object] = {}

    def fail(self, at: Mark, code: str, message: str) -> None:
        self.diagnostics.append(error(self.file, at, code, message))

    # -- scalars -------------------------------------------------------------

    def scalar_value(self, event: yaml.ScalarEvent, at: Mark) -> object:
        tag = event.tag
        if tag not in (None, "!"):
            if tag not in _ALLOWED_TAGS:
                self.fail(at, "BH004", f"tag '{_show_tag(tag)}' is not allowed: scenarios use plain YAML values only")
                return event.value
            return self.construct(tag, event.value, at)
        if event.style or not event.implicit[0]:
            return event.value
        text = event.value
        cached = self.plain.get(text, _MISSING)
        if cached is not _MISSING:
            return cached
        resolved = self.resolver.resolve(yaml.ScalarNode, text, (True, False))
        if resolved == _CORE + "str" or resolved == _CORE + "timestamp":
            value: object = text
        elif resolved == _CORE + "merge":
            self.fail(at, "BH004", "merge keys ('<<') are not supported: write the keys out")
            return text
        else:
            before = len(self.diagnostics)
            value = self.construct(resolved, text, at)
            if len(self.diagnostics) != before:
                return value
        self.plain[text] = value  # plain scalars repeat a lot (keys, ids, numbers): resolve each once
        return value

    def construct(self, tag: str, text: str, at: Mark) -> object:
        kind = tag[len(_CORE):]
        if kind == "str":
            return text
        if kind == "int" and len(text) > MAX_NUMBER_CHARACTERS:
            # Before Python reads it: 4,000 hex digits make an integer no message can print in decimal,
            # and a long sexagesimal 1:2:3:... costs quadratic time to build.
            self.fail(at, "BH015", f"'{short(text, 16)}' is a number of {len(text):,} characters, far beyond the "
                                   "format's bounds: write a small number, or put text in quotes")
            return text
        node = yaml.ScalarNode(tag, text)
        builders = {
            "int": self.constructor.construct_yaml_int,
            "float": self.constructor.construct_yaml_float,
            "bool": self.constructor.construct_yaml_bool,
            "null": self.constructor.construct_yaml_null,
        }
        try:
            return builders[kind](node)
        except (ValueError, KeyError, yaml.YAMLError):
            self.fail(at, "BH012", f"'{short(text)}' is not a valid {kind}")
            return text

    # -- the event loop ------------------------------------------------------

    def read(self, text: str) -> YamlDocument | None:
        parser = _Parser(text)
        stack: list[_Frame] = []
        root: tuple[object, Spot] | None = None
        documents = 0
        try:
            while True:
                event = parser.get_event()
                kind = type(event)
                if kind in _NODE_EVENTS:
                    done = self.step(event, stack)
                    if done is not None:
                        root = done
                    continue
                if kind is yaml.StreamEndEvent:
                    break
                if kind is yaml.DocumentStartEvent:
                    documents += 1
                    if documents > 1:
                        self.fail(_mark(event), "BH003", "a scenario file holds one YAML document; remove the second '---'")
                        raise _Abort
                    continue
        except yaml.MarkedYAMLError as exc:
            if "maximum nesting depth" in str(exc.problem) and exc.problem_mark is not None:
                self.too_deep(text, exc.problem_mark)
                return None
            at, problem = _explain_syntax_error(exc, text)
            self.fail(at, "BH003", f"YAML syntax error: {problem}")
            return None
        except yaml.YAMLError as exc:
            self.fail((1, 1), "BH003", f"YAML syntax error: {exc}")
            return None
        except _Abort:
            return None
        if root is None:
            return None
        return YamlDocument(root[0], root[1])

    def step(self, event: yaml.Event, stack: list[_Frame]) -> tuple[object, Spot] | None:
        """Consume one node event; returns the root value and spot once complete."""
        kind = type(event)
        start = event.start_mark
        at = (start.line + 1, start.column + 1)
        if kind is yaml.ScalarEvent:
            spot = ScalarSpot(at, event.style or None, (start.index, event.end_mark.index))
            value = self.scalar_value(event, at)
            if event.anchor:
                self.remember(event.anchor, value, spot, 1)
            return self.attach(stack, value, spot, 1)
        if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self.open_collection(event, at, stack)
            return None
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = stack.pop()
            if frame.anchor:
                self.open_anchors.discard(frame.anchor)
                self.remember(frame.anchor, frame.value, frame.spot, frame.size)
            return self.attach(stack, frame.value, frame.spot, frame.size)
        if kind is yaml.AliasEvent:
            return self.alias(event, at, stack)
        return None

    def too_deep(self, text: str, mark: yaml.Mark) -> None:
        """Newer libyaml stops deep flow nesting itself, scanning ahead of the events: read again
        up to where it stopped so the same file gets the same BH005 at the same place everywhere."""
        again = _Reader(self.file, self.limits)
        again.read(text[: mark.index])
        found = [d for d in again.diagnostics if d.code == "BH005"]
        if found:
            self.diagnostics.append(found[0])
        else:
            self.fail((mark.line + 1, mark.column + 1), "BH005", f"nesting deeper than {self.limits.max_depth} levels")

    def open_collection(self, event: yaml.Event, at: Mark, stack: list[_Frame]) -> None:
        if len(stack) >= self.limits.max_depth:
            self.fail(at, "BH005", f"nesting deeper than {self.limits.max_depth} levels")
            raise _Abort
        tag = event.tag
        expected = _CORE + ("map" if isinstance(event, yaml.MappingStartEvent) else "seq")
        if tag not in (None, "!", expected):
            self.fail(at, "BH004", f"tag '{_show_tag(tag)}' is not allowed: scenarios use plain YAML values only")
        if isinstance(event, yaml.MappingStartEvent):
            frame = _Frame({}, MapSpot(at), event.anchor)
        else:
            frame = _Frame([], SeqSpot(at), event.anchor)
        if event.anchor:
            self.open_anchors.add(event.anchor)
        stack.append(frame)

    def alias(self, event: yaml.AliasEvent, at: Mark, stack: list[_Frame]) -> tuple[object, Spot] | None:
        name = event.anchor
        if name in self.open_anchors:
            self.fail(at, "BH005", f"alias '*{name}' refers to a value that contains it (recursive alias)")
            raise _Abort
        if name not in self.anchors:
            self.fail(at, "BH003", f"YAML syntax error: alias '*{name}' names no anchor")
            raise _Abort
        value, spot, size = self.anchors[name]
        self.alias_nodes += size
        if self.alias_nodes > self.limits.max_alias_nodes:
            self.fail(at, "BH005", f"aliases expand to more than {self.limits.max_alias_nodes} values (alias bomb?)")
            raise _Abort
        return self.attach(stack, value, spot, size)

    def remember(self, anchor: str | None, value: object, spot: Spot, size: int) -> None:
        if anchor:
            self.anchors[anchor] = (value, spot, size)

    def attach(self, stack: list[_Frame], value: object, spot: Spot, size: int) -> tuple[object, Spot] | None:
        if not stack:
            return value, spot
        parent = stack[-1]
        parent.size += size
        if isinstance(parent.value, list):
            parent.value.append(value)
            parent.spot.items.append(spot)  # type: ignore[union-attr]
            return None
        if not parent.has_key:
            self.take_key(parent, value, spot)
            return None
        key, key_mark = parent.pending_key, parent.pending_key_mark
        parent.has_key = False
        if key is _UNUSABLE_KEY:
            return None
        mapping_spot: MapSpot = parent.spot  # type: ignore[assignment]
        if key in parent.value:
            first = mapping_spot.keys[key]
            self.fail(key_mark, "BH006", f"duplicate key '{key}' (first defined at line {first[0]})")
            return None
        parent.value[key] = value
        mapping_spot.keys[key] = key_mark  # type: ignore[assignment]
        mapping_spot.values[key] = spot
        return None

    def take_key(self, parent: _Frame, value: object, spot: Spot) -> None:
        parent.has_key = True
        parent.pending_key_mark = spot.at
        if isinstance(spot, ScalarSpot) and not isinstance(value, (list, dict)):
            parent.pending_key = value
            return
        self.fail(spot.at, "BH012", "a mapping key must be a single word or value, not a list or mapping")
        parent.pending_key = _UNUSABLE_KEY


_UNUSABLE_KEY = object()
_MISSING = object()


_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_KEY_FIRST = re.compile(r"( *)(?:- +)?([A-Za-z0-9_][\w-]*) *:(?: |$)")
"""A line that starts with a plain key (maybe as a list item): `    speaker: elder`, `  - id: go`."""
_TAB = "a tab character: YAML indents with spaces, never tabs"
_INDENTATION = "check the indentation here and on the line above: the keys of one mapping, and the items of one list, " \
               "start in the same column"
_INDENTED_TOO_FAR = "this key is indented further than the key above it, so YAML reads it as more of that key's " \
                    "text: start it in the same column as the other keys at its level (or, if it is text, put it " \
                    "in quotes)"


def _explain_syntax_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[Mark, str]:
    """libyaml's complaint, pointed at where the author can fix it and said in plain words."""
    mark = exc.problem_mark or exc.context_mark
    at = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or exc.context or "invalid YAML"
    context = exc.context or ""
    if "end of stream" in problem and "quoted scalar" in context and exc.context_mark is not None:
        quote = exc.context_mark
        return (quote.line + 1, quote.column + 1), "this quote is never closed"
    lines = _LINE_BREAK.split(text)
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    above = lines[mark.line - 1] if mark is not None and 0 < mark.line <= len(lines) else ""
    if mark is not None and "cannot start any token" in problem and line[mark.column:mark.column + 1] == "\t":
        return at, _TAB
    if "\t" in _indentation(line) or ("\t" in _indentation(above) and "indentation" in problem):
        return at, f"{problem} ({_TAB})"
    if "mapping values are not allowed" in problem:
        key = _KEY_FIRST.match(line)
        if mark is not None and key is not None and line[key.end(2):mark.column].strip() == "" \
                and line[mark.column:mark.column + 1] == ":":  # the colon of a key that starts its line
            return (at[0], key.start(2) + 1), f"{problem}: {_INDENTED_TOO_FAR}"
        return at, f"{problem} (put text that contains ': ' in quotes)"
    if problem.startswith("did not find expected") and ("key" in problem or "'-'" in problem):
        return at, f"{problem} ({_INDENTATION})"
    return at, problem


def _indentation(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def _show_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE):] if tag.startswith(_CORE) else tag


def _mark(event: yaml.Event) -> Mark:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


def decode(raw: bytes, file: str) -> tuple[str | None, list[Diagnostic]]:
    """UTF-8 (optionally with a BOM) to text; a bad byte is reported at its line and column."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [error(file, (1, 1), "BH002", "file is UTF-16 text: save it as UTF-8")]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1:].decode("utf-8", errors="replace")) + 1
        byte = raw[exc.start]
        return None, [error(file, (line, column), "BH002",
                            f"byte 0x{byte:02x} is not UTF-8: save the file as UTF-8 text")]


def too_large(file: str, size: int, limits: Limits) -> Diagnostic:
    return error(file, (1, 1), "BH001", f"file is {size / (1024 * 1024):.1f} MB; "
                                        f"scenarios are limited to {limits.max_bytes // (1024 * 1024)} MB")


def read_yaml(raw: bytes, file: str, limits: Limits = Limits()) -> tuple[YamlDocument | None, list[Diagnostic]]:
    """Parse one YAML document from bytes, safely; returns the document (or None) and diagnostics."""
    if len(raw) > limits.max_bytes:
        return None, [too_large(file, len(raw), limits)]
    text, problems = decode(raw, file)
    if text is None:
        return None, problems
    if "\x00" in text:
        before = text[: text.index("\x00")]
        line, column = before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1
        return None, [error(file, (line, column), "BH002", "file contains a NUL character: it is not a text file")]
    reader = _Reader(file, limits)
    document = reader.read(text)
    return document, reader.diagnostics
