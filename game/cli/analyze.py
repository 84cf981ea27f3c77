"""`bluehelm analyze FILE [--json] [--max-states N] [--max-visits K]`: the extremes of a scenario."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..analysis import DEFAULT_MAX_STATES, DEFAULT_MAX_VISITS, METHODS, Analysis, PathReport, analyze
from ..analysis.assessment import DEFAULT_SESSIONS, assess
from ..analysis.assessment_text import render_assessment
from ..authoring.lint import scenario_languages
from ..authoring.diagnostics import display_name
from ..authoring.positions import node_lines
from ..textsafe import shown
from .common import CommandError, load_playable

DESCRIPTION = f"""\
Report, over every complete playthrough of FILE (one that reaches an ending), the
lowest and highest percent of each dimension and overall, a best and a worst path,
the endings that can and cannot be reached, whether a pass is reachable and whether
every complete playthrough passes. Every outcome of a weighted branch counts as
possible; a node with nothing on offer is a dead end, not a complete playthrough.

Exactness: figures are exact for acyclic scenarios. With cycles, a path may enter
a node at most K times (--max-visits, default {DEFAULT_MAX_VISITS}) and the figures are exact
over those paths. Past N states (--max-states, default {DEFAULT_MAX_STATES:,}) the analysis
switches to a scalable method: exact per-dimension bounds when the scenario's play
states fit in N/6, else bounds with conditions ignored; overall bounds are then
derived, best and worst paths are found (not proven), and "exact" is false.

With --assessment, report instead whether the scenario is a fair test of judgement,
per language: how often the best option is the longest, the length-rating
correlation, the giveaway-words gap, how often one option is best on every
dimension, how many options trade one dimension for another, and the pass rates of
naive strategies (always the first option shown, the longest, the shortest, the one
with most giveaway words, uniform random) over N seeded sessions (--sessions)
played through the real rules with shuffled options. Figures past the thresholds
are flagged, with the decisions (file:line) that cause them."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("analyze", help="the lowest and highest scores any playthrough can reach",
                                 description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--json", action="store_true", help="print the analysis as one JSON object")
    parser.add_argument("--max-states", type=int, default=DEFAULT_MAX_STATES, metavar="N",
                        help=f"states the exact search may explore (default {DEFAULT_MAX_STATES:,}, at most {MAX_STATES:,})")
    parser.add_argument("--max-visits", type=int, default=DEFAULT_MAX_VISITS, metavar="K",
                        help=f"times a path may enter a node on a cycle (default {DEFAULT_MAX_VISITS}, at most {MAX_VISITS})")
    parser.add_argument("--assessment", action="store_true",
                        help="report the assessment's quality: answer-giving shapes and naive strategies' pass rates")
    parser.add_argument("--sessions", type=int, default=DEFAULT_SESSIONS, metavar="N",
                        help=f"with --assessment: seeded sessions per naive strategy (default {DEFAULT_SESSIONS:,})")
    parser.add_argument("--seed", type=int, default=1, help="with --assessment: the first session's seed (default 1)")
    parser.set_defaults(handler=run)


MAX_SESSIONS = 1_000_000
MAX_STATES = 2_000_000
"""A state costs some 1.7 KB while the search runs: two million is about 3.4 GB, the most an author's machine
should be asked for (the scalable method takes over past the budget in any case)."""
MAX_VISITS = 100


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.max_states <= MAX_STATES:
        raise CommandError(f"--max-states must be from 1 to {MAX_STATES:,}")
    if not 1 <= args.max_visits <= MAX_VISITS:
        raise CommandError(f"--max-visits must be from 1 to {MAX_VISITS}")
    if not 1 <= args.sessions <= MAX_SESSIONS:
        raise CommandError(f"--sessions must be from 1 to {MAX_SESSIONS:,}")
    result, compiled = load_playable(args.file)
    if args.assessment:
        report = assess(compiled, sessions=args.sessions, seed=args.seed,
                        languages=scenario_languages(compiled.model))
        lines = node_lines(result.path)
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2) if args.json
              else shown(render_assessment(report, display_name(result.path), lines), lines=True))
        return 0
    try:
        analysis = analyze(compiled, max_states=args.max_states, max_visits=args.max_visits)
    except MemoryError as exc:
        raise CommandError(f"the analysis ran out of memory: give a smaller --max-states "
                           f"(it was {args.max_states:,})", status=1) from exc
    print(json.dumps(analysis.to_json(), ensure_ascii=False, indent=2) if args.json
          else shown(render(analysis), lines=True))
    return 0


def _yes_no(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def _names(names: list[str] | None, shown: int = 20) -> str:
    if names is None:
        return "unknown"
    if len(names) > shown:
        return ", ".join(names[:shown]) + f" ... ({len(names) - shown} more)"
    return ", ".join(names) if names else "none"


def render(analysis: Analysis) -> str:
    """The analysis as an aligned text report."""
    scope = "exact" if analysis.exact else f"NOT exact ({METHODS[analysis.method]})"
    lines = [f"{analysis.scenario}: {scope}; {analysis.states_explored:,} states explored"]
    if analysis.cyclic:
        cut = "; some paths were cut there" if analysis.cut_by_visit_limit else ""
        lines.append(f"cycles: paths enter a node at most {analysis.max_visits} times{cut}")
    rows = [(d, low, high) for d, (low, high) in analysis.dimensions.items()] + [("overall", *analysis.overall)]
    width = max(len(name) for name, _, _ in rows)
    lines += ["", f"{'':<{width}}     min     max"]
    lines += [f"{name:<{width}}  {_number(low):>6}  {_number(high):>6}" for name, low, high in rows]
    lines.append("")
    lines += _path_lines("Best path", analysis.best)
    lines += _path_lines("Worst path", analysis.worst)
    facts = [("Endings reachable", _names(analysis.endings_reachable)),
             ("Endings unreachable", _names(analysis.endings_unreachable))]
    if analysis.endings_uncertain:
        facts.append(("Endings uncertain", _names(analysis.endings_uncertain)))
    facts += [("Pass reachable", _yes_no(analysis.pass_reachable)),
              ("Every path passes", _yes_no(analysis.all_paths_pass)),
              ("Dead ends reachable", _names(analysis.dead_ends))]
    label = max(len(name) for name, _ in facts)
    lines += [f"{name + ':':<{label + 1}}  {value}" for name, value in facts]
    lines += [f"note: {note}" for note in analysis.notes]
    return "\n".join(lines)


def _path_lines(title: str, report: PathReport | None) -> list[str]:
    if report is None:
        return [f"{title}: none (no complete playthrough found)"]
    result = report.result
    verdict = "passed" if result.passed else "not passed"
    red = ", red line" if result.critical else ""
    choices = report.choices if len(report.choices) <= 24 else report.choices[:20] + [f"... ({len(report.choices) - 20} more)"]
    scores = "  ".join(f"{d} {_number(s.percent)}" for d, s in result.scores.items())
    return [f"{title}: overall {_number(result.overall)}, {verdict}, {result.outcome} at {report.ending}{red}",
            f"  choices: {', '.join(choices) if choices else '(none)'}",
            f"  {scores}", ""]
