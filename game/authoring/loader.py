"""Loading a scenario file: bytes -> YAML with positions -> checks -> validated model.

`load_scenario` never raises for anything in the file: it returns the model (or
None) with every diagnostic found. A compiled cache keyed by the file's content
hash (compiled_cache.py: authenticated JSON, validated on reading) makes a warm
start of a large scenario skip YAML parsing and checking.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from ..gcpause import gc_paused
from ..paths import assets_for
from . import compiled_cache
from .checks import check_meaning
from .diagnostics import Diagnostic, display_name, error, has_errors
from .lint import lint_scenario
from .model import Scenario
from .redlines import Catalogue, catalogue_for
from .structure import check_shape
from .yamlsource import Limits, locate, read_yaml, too_large


@dataclass
class LoadResult:
    """A scenario (None when it has errors), its diagnostics and where it came from."""

    path: Path
    scenario: Scenario | None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    content_hash: str = ""
    from_cache: bool = False
    id_at: tuple[int, int] = (1, 1)
    catalogue: Catalogue = field(default_factory=catalogue_for)
    """The red-line catalogue the scenario's `critical: {red_line: ID}` entries name."""

    @property
    def ok(self) -> bool:
        return self.scenario is not None and not has_errors(self.diagnostics)


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()




def check_source(raw: bytes, file: str, assets_dir: Path | None, limits: Limits = Limits(),
                 catalogue: Catalogue | None = None) -> tuple[Scenario | None, list[Diagnostic], tuple[int, int]]:
    """Every check on the bytes of one scenario file; also returns where its id is.

    Red lines are looked up in `catalogue` (default: the shipped library's)."""
    with gc_paused():
        return _check_source(raw, file, assets_dir, limits, catalogue or catalogue_for())


def _check_source(raw: bytes, file: str, assets_dir: Path | None, limits: Limits,
                  catalogue: Catalogue) -> tuple[Scenario | None, list[Diagnostic], tuple[int, int]]:
    document, diagnostics = read_yaml(raw, file, limits)
    if document is None:
        if not diagnostics:
            diagnostics.append(error(file, (1, 1), "BH007",
                                     "file is empty: a scenario is a mapping with id, title, dimensions, start and nodes"))
        return None, diagnostics, (1, 1)
    if not isinstance(document.data, dict):
        diagnostics.append(error(file, document.spot.at, "BH007",
                                 "a scenario file must be a mapping (key: value lines), not a list or a single value"))
        return None, diagnostics, (1, 1)
    scenario, shape_problems = check_shape(document.data, document.spot, file)
    refused = {(d.line, d.column) for d in diagnostics if d.code == "BH015"}  # numbers the reader left as text
    later = shape_problems + check_meaning(document.data, document.spot, file, assets_dir, catalogue)
    diagnostics.extend(d for d in later if (d.line, d.column) not in refused)
    if has_errors(diagnostics):
        scenario = None
    elif scenario is not None:  # the trainee's-reality lint (BH13x) reads a scenario with no errors
        diagnostics.extend(lint_scenario(scenario, document.spot, file))
    return scenario, sorted(diagnostics), locate(document.spot, ("id",))


def load_scenario(path: Path, *, use_cache: bool = False, limits: Limits = Limits()) -> LoadResult:
    """Load and check one scenario file; with `use_cache`, reuse a compiled copy when unchanged."""
    file = display_name(path)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:  # refuse before reading: a huge file is never held in memory
            return LoadResult(path, None, [too_large(file, size, limits)])
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return LoadResult(path, None, [error(file, (1, 1), "BH001", f"cannot read the file: {reason}")])
    digest = content_hash(raw)
    catalogue = catalogue_for(path)
    if use_cache:
        cached = compiled_cache.read_entry(digest, catalogue.digest, file)
        if cached is not None:
            scenario, diagnostics, id_at = cached
            return LoadResult(path, scenario, diagnostics, digest, from_cache=True, id_at=id_at, catalogue=catalogue)
    scenario, diagnostics, id_at = check_source(raw, file, assets_for(path), limits, catalogue)
    result = LoadResult(path, scenario, diagnostics, digest, id_at=id_at, catalogue=catalogue)
    if use_cache and result.ok and scenario is not None:
        compiled_cache.write_entry(digest, catalogue.digest, scenario, diagnostics, id_at)
    return result
