"""The red-line catalogue: each act that fails a playthrough, defined once for the library.

A catalogue is a YAML file named `red-lines.yaml` (the library's lives in
`scenarios/catalogue/`). A scenario's choice names an entry with
`critical: {red_line: ID}`; the feedback, the debrief and the results then cite the
entry's rule in the played language, so the same act is the same red line in every
scenario. Free-text `critical` sentences keep working for authors' own files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pydantic import ValidationError

from ..paths import shipped_scenarios
from .diagnostics import Diagnostic, display_name, error, has_errors, warning
from .model import FormatModel, LocalText, localized
from .textfields import check_translations
from .yamlsource import locate, read_yaml

CATALOGUE_NAME = "red-lines.yaml"


class RedLineEntry(FormatModel):
    rule: LocalText
    source: str
    principle: int | None = None


class CatalogueFile(FormatModel):
    language: str = "en"
    red_lines: dict[str, RedLineEntry]


@dataclass(frozen=True)
class RedLine:
    id: str
    rule: LocalText
    source: str
    principle: int | None


@dataclass(frozen=True)
class Catalogue:
    """The red lines a scenario may name, by id."""

    entries: dict[str, RedLine] = field(default_factory=dict)
    language: str = "en"
    digest: str = ""
    path: Path | None = None

    def __contains__(self, ident: object) -> bool:
        return ident in self.entries

    def rule(self, ident: str, language: str) -> str:
        """The rule of entry `ident` in `language` (falling back to the catalogue's language)."""
        return localized(self.entries[ident].rule, language, self.language)

    def languages(self, ident: str) -> set[str]:
        rule = self.entries[ident].rule
        return {self.language} if isinstance(rule, str) else set(rule)


EMPTY = Catalogue()


def is_catalogue_file(path: Path) -> bool:
    return path.name == CATALOGUE_NAME


def read_catalogue(path: Path) -> tuple[Catalogue | None, list[Diagnostic]]:
    """Read and check a catalogue file; returns it (None on errors) and its diagnostics."""
    file = display_name(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [error(file, (1, 1), "BH001", f"cannot read the red-line catalogue: {exc.strerror or exc}")]
    document, problems = read_yaml(raw, file)
    if document is None:
        return None, problems or [error(file, (1, 1), "BH007", "the red-line catalogue is empty")]
    try:
        parsed = CatalogueFile.model_validate(document.data)
    except ValidationError as exc:
        return None, [_shape_problem(exc, document.spot, file)]
    found: list[Diagnostic] = []

    def reporter(make):
        return lambda path_, code, message, key=False: found.append(
            make(file, locate(document.spot, path_, key=key), code, f"red-line catalogue: {message}"))

    entries = {ident: {"rule": entry.rule} for ident, entry in parsed.red_lines.items()}
    check_translations({"language": parsed.language}, reporter(error), reporter(warning),
                       fields=[(("red_lines", i, "rule"), e["rule"]) for i, e in entries.items()])
    catalogue = Catalogue({ident: RedLine(ident, e.rule, e.source, e.principle) for ident, e in parsed.red_lines.items()},
                          parsed.language, hashlib.sha256(raw).hexdigest()[:16], path)
    return (None if has_errors(found) else catalogue), found


def _shape_problem(exc: ValidationError, root, file: str) -> Diagnostic:
    """The first shape error of a catalogue, in words (it is a small, hand-edited file)."""
    first = exc.errors(include_url=False)[0]
    where = tuple(p for p in first["loc"] if isinstance(p, int) or (isinstance(p, str) and "[" not in p))
    shown = ".".join(map(str, where)) or "the file"
    if first["type"] == "extra_forbidden":
        message = f"unknown key '{where[-1]}' (an entry has rule, source and principle)"
        return error(file, locate(root, where, key=True), "BH011", f"red-line catalogue: {message}")
    if first["type"] == "missing":
        return error(file, locate(root, where[:-1]), "BH010", f"red-line catalogue: missing key '{where[-1]}'")
    return error(file, locate(root, where), "BH012", f"red-line catalogue: {shown}: {first['msg'].lower()}")


def library_catalogue_path() -> Path:
    return shipped_scenarios() / "catalogue" / CATALOGUE_NAME


@lru_cache(maxsize=8)
def _cached(path: Path, mtime_ns: int, size: int) -> Catalogue:
    catalogue, _ = read_catalogue(path)
    return catalogue or EMPTY


def catalogue_for(scenario_file: Path | None = None) -> Catalogue:
    """The catalogue a scenario names red lines from: the nearest `catalogue/red-lines.yaml` or
    `red-lines.yaml` in its folder or the folder above, else the shipped library's."""
    candidates = []
    if scenario_file is not None:
        folder = scenario_file.resolve().parent
        for base in (folder, folder.parent):
            candidates += [base / "catalogue" / CATALOGUE_NAME, base / CATALOGUE_NAME]
    candidates.append(library_catalogue_path())
    for candidate in candidates:
        try:
            stat = candidate.stat()
        except OSError:
            continue
        return _cached(candidate, stat.st_mtime_ns, stat.st_size)
    return EMPTY


def markdown_table(catalogue: Catalogue, language: str = "en") -> str:
    """The catalogue as the Markdown table docs/scenarios.md shows (a test keeps the two the same)."""
    rows = ["| id | principle | the rule broken | source |", "|---|---|---|---|"]
    for entry in catalogue.entries.values():
        principle = str(entry.principle) if entry.principle is not None else ""
        rows.append(f"| `{entry.id}` | {principle} | {catalogue.rule(entry.id, language)} | {entry.source} |")
    return "\n".join(rows) + "\n"
