"""`bluehelm validate PATH...`: every problem of every scenario, one line each."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..authoring.diagnostics import Severity, render_json, render_text
from ..authoring.i18n import coverage_lines, scenario_coverage
from ..authoring.library import NoScenarios, catalogue_files, check_library, scenario_files
from ..analysis.validation import validation_warnings_for
from ..authoring.redlines import read_catalogue
from ..authoring.loader import display_name, load_scenario
from ..paths import shipped_scenarios
from ..textsafe import shown
from .common import CommandError


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("validate", help="check scenario files and folders",
                                 description="Check scenario files (folders are searched for *.yaml). "
                                             "Exit status: 0 valid (warnings allowed), 1 errors, 2 usage errors.")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="scenario files or folders (default: the shipped library)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--no-analysis", action="store_true",
                        help="skip the playthrough analysis (BH120-BH121: no pass reachable, no way to fail; "
                             "BH140-BH143: the assessment's quality)")
    parser.add_argument("--no-cache", action="store_true",
                        help="recompute the playthrough analysis even for files unchanged since the last validate")
    parser.add_argument("-q", "--quiet", action="store_true", help="print errors only, no warnings or summary")
    parser.add_argument("--coverage", action="store_true",
                        help="translation coverage of every file (with --format json: print "
                             "{\"diagnostics\": [...], \"coverage\": {...}} instead of the list)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    paths = args.paths or [shipped_scenarios()]
    try:
        files = scenario_files(paths)
    except NoScenarios as exc:
        raise CommandError(shown(str(exc))) from exc
    catalogues = catalogue_files(paths)
    results = [load_scenario(path) for path in files]
    diagnostics = [d for r in results for d in r.diagnostics] + check_library(results)
    diagnostics += [d for path in catalogues for d in read_catalogue(path)[1]]
    files = files + catalogues
    if not args.no_analysis:
        diagnostics += validation_warnings_for(results, use_cache=not args.no_cache)
    if args.quiet:
        diagnostics = [d for d in diagnostics if d.severity is Severity.ERROR]
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    coverages = {display_name(r.path): scenario_coverage(r.scenario)
                 for r in results if r.scenario is not None}
    if args.format == "json" and args.coverage:
        print(json.dumps({"diagnostics": [d.to_json() for d in sorted(diagnostics)],
                          "coverage": {f: {c.language: c.to_json() for c in found} for f, found in coverages.items()}},
                         ensure_ascii=False, indent=2))
    elif args.format == "json":
        print(render_json(diagnostics))
    elif diagnostics:
        print(render_text(diagnostics))
    if args.format == "text" and (args.coverage or not args.quiet):
        for line in coverage_lines(coverages, every_file=args.coverage):
            print(shown(line), file=sys.stderr)
    if args.format == "text" and not args.quiet:
        files_word = "file" if len(files) == 1 else "files"
        print(f"{len(files)} {files_word} checked: {errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0
