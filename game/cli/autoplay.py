"""`bluehelm autoplay FILE --runs N --seed S`: many random playthroughs, summarised."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from tqdm import tqdm

from ..engine.autoplay import AutoplayReport, autoplay
from ..textsafe import shown
from .common import CommandError, load_playable


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("autoplay", help="play a scenario many times at random and summarise",
                                 description="Random seeded playthroughs: outcomes, score spreads, coverage, dead ends.")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--runs", type=int, default=1000, help=f"playthroughs, 1 to {MAX_RUNS:,} (default 1,000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=run)


MAX_RUNS = 1_000_000
"""The report keeps each run's percents (some 80 bytes a run) for medians: a million runs is 80 MB."""


def run(args: argparse.Namespace) -> int:
    if not 1 <= args.runs <= MAX_RUNS:
        raise CommandError(f"--runs must be from 1 to {MAX_RUNS:,}")
    _, compiled = load_playable(args.file)
    started = time.perf_counter()
    report = autoplay(compiled, runs=args.runs, seed=args.seed,
                      progress=lambda seeds: tqdm(seeds, total=args.runs, delay=1.0, unit="run",
                                                  file=sys.stderr, leave=False))
    seconds = time.perf_counter() - started
    data = report.to_json()
    data["seconds"] = round(seconds, 3)
    data["choices_per_second"] = round(report.choices_made / seconds) if seconds > 0 else None
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else shown(render(report, data), lines=True))
    return 0


def render(report: AutoplayReport, data: dict) -> str:
    lines = [f"{report.runs} runs of {report.scenario} (seed {report.seed}), {report.choices_made} choices made"
             f" in {data['seconds']} s"]
    outcomes = ", ".join(f"{k} {v}" for k, v in data["outcomes"].items())
    lines.append(f"Outcomes:   {outcomes}")
    lines.append(f"Passed:     {report.passed} ({100 * report.passed / report.runs:.1f}%), "
                 f"red line crossed in {report.red_lines}")
    for name, spread in list(data["scores"].items()) + [("overall", data["overall"])]:
        if spread:
            lines.append(f"{name:<11} min {spread['min']:5.1f}  median {spread['median']:5.1f}  "
                         f"mean {spread['mean']:5.1f}  max {spread['max']:5.1f}")
    nodes, choices = data["nodes"], data["choices"]
    lines.append(f"Nodes:      {nodes['visited']}/{nodes['total']} visited")
    if nodes["unvisited"]:
        lines.append("  never visited: " + ", ".join(nodes["unvisited"][:20]) + (" ..." if len(nodes["unvisited"]) > 20 else ""))
    lines.append(f"Choices:    {choices['taken']}/{choices['total']} taken")
    if choices["untaken"]:
        lines.append("  never taken: " + ", ".join(choices["untaken"][:20]) + (" ..." if len(choices["untaken"]) > 20 else ""))
    if data["dead_ends"]:
        lines.append("Dead ends:  " + ", ".join(f"{k} ({v})" for k, v in data["dead_ends"].items()))
    return "\n".join(lines)
