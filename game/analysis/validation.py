"""The warnings `validate` draws from playing a scenario (BH120-BH121, BH140-BH143), cached.

They cost seconds of CPU (an exact state search and thousands of seeded sessions),
and a second `validate` of an unchanged file should not pay again: results are kept
in the per-user cache, keyed by the file's content, its red-line catalogue, the
name it is shown under and the program's version. The cache holds plain JSON read
back with checks (never pickle): a damaged or foreign entry is recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .. import __version__, userdirs
from ..authoring.diagnostics import Diagnostic, Severity, display_name, warning
from ..authoring.lint import scenario_languages
from ..authoring.loader import load_scenario
from ..authoring.positions import node_lines
from ..engine.rules import compile_scenario
from . import analysis_warnings
from .assessment import assess
from .assessment_text import assessment_warnings

VALIDATE_BUDGET = 150_000
"""States `validate` lets the exact analysis explore per file (every shipped scenario fits); past it, no warning."""
VALIDATE_SESSIONS = 200
"""Seeded sessions per naive strategy in `validate` (`analyze --assessment` plays 2,000): enough to see a
strategy that passes far more than the 10 % threshold, at a tenth of the cost."""
MIN_DECISIONS_JUDGED = 3
MIN_DECISIONS_ASSESSED = 6
"""The assessment-quality warnings (BH140-BH143) speak about courses: over fewer decision nodes a share
says little, and an author's sketch or example need not be a balanced test yet."""
MAX_NODES_JUDGED = 500
"""Past this size `validate` leaves the question to `bluehelm analyze`, which has the at-scale methods."""
CACHE_FORMAT = 3


def judged(result) -> bool:
    """Whether a loaded scenario is judged as a course: no errors, at least three decisions, rated choices,
    and small enough for the exact methods. Smaller or unrated files (examples, sketches) are not."""
    scenario = result.scenario
    if not result.ok or scenario is None or len(scenario.nodes) > MAX_NODES_JUDGED:
        return False
    if sum(1 for node in scenario.nodes.values() if node.choices) < MIN_DECISIONS_JUDGED:
        return False
    return any(choice.score for node in scenario.nodes.values() for choice in node.choices)


def validation_warnings(result, *, max_states: int = VALIDATE_BUDGET, sessions: int = VALIDATE_SESSIONS,
                        use_cache: bool = True) -> list[Diagnostic]:
    """The play-derived warnings for one loaded scenario, from the cache when its content is unchanged."""
    if not judged(result):
        return []
    file = display_name(result.path)
    key = _key(result, file, max_states, sessions)
    if use_cache:
        cached = _read(key, file)
        if cached is not None:
            return cached
    compiled = compile_scenario(result.scenario, result.catalogue)
    found = analysis_warnings(compiled, file, result.id_at, max_states=max_states)
    if sum(1 for node in result.scenario.nodes.values() if len(node.choices) > 1) >= MIN_DECISIONS_ASSESSED:
        report = assess(compiled, sessions=sessions, languages=scenario_languages(result.scenario))
        found += assessment_warnings(report, file, result.id_at, node_lines(result.path))
    if use_cache:
        _write(key, found)
    return found


def validation_warnings_for(results: list, *, use_cache: bool = True) -> list[Diagnostic]:
    """`validation_warnings` for many files: those not in the cache are worked out in parallel, a
    process per core (the work is CPU-bound Python), so a cold validate of a library takes the time
    of its largest files rather than of all of them."""
    pending = [r for r in results if judged(r) and (not use_cache or _read(_key(r, display_name(r.path)), "") is None)]
    if len(pending) > 1 and (os.cpu_count() or 1) > 1:
        with ProcessPoolExecutor(max_workers=min(len(pending), os.cpu_count() or 1)) as pool:
            computed = dict(zip([r.path for r in pending],
                                pool.map(_fresh_warnings, [(r.path, use_cache) for r in pending])))
    else:
        computed = {}
    found = []
    for result in results:
        found += computed[result.path] if result.path in computed else validation_warnings(result, use_cache=use_cache)
    return found


def _fresh_warnings(job: tuple[Path, bool]) -> list[Diagnostic]:
    path, use_cache = job
    return validation_warnings(load_scenario(path), use_cache=use_cache)


def _key(result, file: str, max_states: int = VALIDATE_BUDGET, sessions: int = VALIDATE_SESSIONS) -> str:
    parts = [result.content_hash, result.catalogue.digest, file, __version__, str(max_states), str(sessions),
             str(CACHE_FORMAT)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _path(key: str) -> Path:
    return userdirs.cache_dir() / "analysis" / f"{key}.json"


def _read(key: str, file: str) -> list[Diagnostic] | None:
    try:
        data = json.loads(_path(key).read_text(encoding="utf-8"))
        found = []
        for item in data:
            line, column, code, message = item["line"], item["column"], item["code"], item["message"]
            if not (type(line) is int and type(column) is int and isinstance(code, str) and isinstance(message, str)):
                return None
            found.append(warning(file, (line, column), code, message))
        return found
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _write(key: str, found: list[Diagnostic]) -> None:
    rows = [{"line": d.line, "column": d.column, "code": d.code, "message": d.message}
            for d in found if d.severity is Severity.WARNING]
    target = _path(key)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(rows), encoding="utf-8")
        temporary.replace(target)
    except OSError:
        pass  # the cache only saves time: a read-only or full disk must not stop validate
