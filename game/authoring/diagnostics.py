"""Diagnostics: what the loader and validator tell an author.

Author mistakes never raise: every check returns `Diagnostic` values, each with
a stable code (documented in docs/errors.md), a severity, a place in the file
and a one-line message.
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from enum import Enum

from ..textsafe import shown


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


# Stable codes: never renumber; retire a code rather than reuse it.
CODES: dict[str, str] = {
    "BH001": "file cannot be read or is too large",
    "BH002": "file is not UTF-8 text",
    "BH003": "YAML syntax error",
    "BH004": "unsafe or unknown YAML tag",
    "BH005": "alias expansion or nesting beyond the limit",
    "BH006": "duplicate mapping key",
    "BH007": "file is empty or is not a mapping",
    "BH010": "missing required key",
    "BH011": "unknown key",
    "BH012": "wrong type",
    "BH013": "value out of range or not allowed",
    "BH014": "text has no entry in the scenario's language",
    "BH015": "number not finite or beyond the format's bounds",
    "BH020": "id is not a slug",
    "BH021": "duplicate id",
    "BH030": "start names no node",
    "BH031": "goto names no node",
    "BH032": "speaker names no cast member",
    "BH033": "timer choice names no choice of its node",
    "BH034": "objective reference names no objective",
    "BH035": "effect names an undeclared variable",
    "BH036": "red line names no catalogue entry",
    "BH040": "ending node has choices",
    "BH041": "node is neither an ending nor has choices",
    "BH050": "score outside -3..3",
    "BH051": "score or pass mark for an undeclared dimension",
    "BH060": "condition does not parse",
    "BH061": "condition names an undeclared variable",
    "BH062": "condition compares values of different types",
    "BH070": "add on a variable that is not an integer",
    "BH071": "set gives a variable a value of another type",
    "BH072": "variable bounds are inconsistent",
    "BH080": "asset path leaves assets/",
    "BH081": "asset file not found",
    "BH090": "timer choice has a condition or is once-only",
    "BH100": "node unreachable from start",
    "BH101": "no ending reachable from node",
    "BH102": "every choice of a node has a condition",
    "BH103": "missing translation",
    "BH110": "scenario id used by another file of the library",
    "BH120": "no playthrough can pass",
    "BH121": "every playthrough passes",
    "BH130": "timer shorter than the time to read its node",
    "BH131": "node text over 150 words",
    "BH132": "rated choice without feedback",
    "BH133": "every choice of a node rates the same",
    "BH134": "red line explained in fewer than 4 words",
    "BH135": "choice text gives away its rating",
    "BH136": "scenario has no red line",
    "BH137": "scenario has no timed node",
    "BH138": "text block keeps its line breaks",
    "BH139": "choice with neither score nor feedback",
    "BH140": "the best option is the longest too often",
    "BH141": "giveaway words mark the best options",
    "BH142": "one option is best on every dimension too often",
    "BH143": "a naive strategy passes",
}


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """One problem, located at a 1-based line and column of a file."""

    file: str
    line: int
    column: int
    severity: Severity
    code: str
    message: str

    def format(self) -> str:
        """One terminal-safe line: a file name or message holding control characters shows them escaped."""
        return f"{shown(self.file)}:{self.line}:{self.column}: {self.severity.value}: {self.code} {shown(self.message)}"

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


def error(file: str, at: tuple[int, int], code: str, message: str) -> Diagnostic:
    return Diagnostic(file, at[0], at[1], Severity.ERROR, code, message)


def warning(file: str, at: tuple[int, int], code: str, message: str) -> Diagnostic:
    return Diagnostic(file, at[0], at[1], Severity.WARNING, code, message)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity is Severity.ERROR for d in diagnostics)


def did_you_mean(word: object, candidates: Iterable[str]) -> str:
    """A ' (did you mean 'x'?)' suffix when a close match exists, else ''."""
    if not isinstance(word, str):
        return ""
    # Candidates may be YAML keys that are numbers or true/false; 'Trust' should find 'trust'.
    by_lower = {c.lower(): c for c in candidates if isinstance(c, str)}
    matches = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=0.6)
    return f" (did you mean '{by_lower[matches[0]]}'?)" if matches else ""


def short(text: str, limit: int = 60) -> str:
    """A value as a message quotes it: long texts cut with '...', so one line stays one readable line."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


def shown_number(value: object) -> str:
    """A number as a message shows it, in YAML's words (.inf, .nan); a huge integer by its size, since
    Python refuses to write integers of more than 4,300 digits and nobody reads 400."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        return f"{value:g}"
    if isinstance(value, int):
        if -10**15 < value < 10**15:
            return str(value)
        bits = abs(value).bit_length()
        digits = len(str(abs(value))) if bits < 13_000 else int(bits * 0.30103) + 1
        return f"a number of {digits:,} digits"
    return repr(value)


def render_text(diagnostics: Iterable[Diagnostic]) -> str:
    return "\n".join(d.format() for d in sorted(diagnostics))


def render_json(diagnostics: Iterable[Diagnostic]) -> str:
    return json.dumps([d.to_json() for d in sorted(diagnostics)], ensure_ascii=False, indent=2)


def display_name(path: Path) -> str:
    """The file name as diagnostics show it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
