"""The assessment-quality gates of the shipped library, at full size (2,000 sessions per strategy).

    python bench/assessment_gates.py [FOLDER] [--sessions 2000] [--json]

For each scenario and language: best = longest, the giveaway-words gap, the dominant share,
the pass rates of the naive strategies, whether a pass is reachable and where the best path
ends; then the library as a whole (decisions pooled). Prints a Markdown table (docs/scenarios.md
and docs/benchmarks.md quote it) and exits 1 when a gate fails, so it can run in CI if wanted.
FOLDER defaults to the shipped library; point it at an older copy to compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from game.analysis import analyze  # noqa: E402
from game.analysis.assessment import STRATEGIES, Thresholds, assess  # noqa: E402
from game.authoring.library import scenario_files  # noqa: E402
from game.authoring.lint import scenario_languages  # noqa: E402
from game.authoring.loader import load_scenario  # noqa: E402
from game.engine.rules import compile_scenario  # noqa: E402
from game.paths import shipped_scenarios  # noqa: E402

ANALYSIS_BUDGET = 2_000_000


def gate_rows(folder: Path, sessions: int) -> list[dict]:
    rows = []
    for path in scenario_files([folder]):
        loaded = load_scenario(path)
        if loaded.scenario is None:
            print(f"{path}: does not load, skipped", file=sys.stderr)
            continue
        compiled = compile_scenario(loaded.scenario, loaded.catalogue)
        report = assess(compiled, sessions=sessions, languages=scenario_languages(loaded.scenario))
        analysis = analyze(compile_scenario(loaded.scenario, loaded.catalogue), max_states=ANALYSIS_BUDGET)
        for figures in report.languages:
            rows.append({"scenario": report.scenario, "language": figures.language, "decisions": report.decisions,
                         "best_is_longest": figures.best_is_longest, "giveaway_gap": figures.giveaway_gap,
                         "correlation": figures.length_rating_correlation, "dominant": report.dominant,
                         "trading": f"{report.trading_options}/{report.scored_options}",
                         "best_listed_first": report.best_listed_first,
                         **{name: figures.strategies[name] for name in STRATEGIES},
                         "pass_reachable": analysis.pass_reachable,
                         "best_path_ends": analysis.best.result.outcome if analysis.best else None})
    return rows


def failures(row: dict, limits: Thresholds) -> list[str]:
    found = []
    if row["best_is_longest"] > limits.best_is_longest:
        found.append("best = longest")
    if row["giveaway_gap"] is not None and row["giveaway_gap"] > limits.giveaway_gap:
        found.append("giveaway gap")
    if row["dominant"] > limits.dominant:
        found.append("dominant")
    found += [f"{name} passes" for name in STRATEGIES if row[name] > limits.naive_pass]
    if not row["pass_reachable"]:
        found.append("no pass reachable")
    if row["best_path_ends"] != "success":
        found.append("best path does not end in success")
    return found


def markdown(rows: list[dict]) -> str:
    head = ("| scenario | lang | decisions | best = longest | giveaway gap | dominant | trading | "
            + " | ".join(STRATEGIES) + " | best path |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        lines.append(f"| {r['scenario']} | {r['language']} | {r['decisions']} | {r['best_is_longest']:.1f} % | "
                     f"{r['giveaway_gap']:+.1f} | {r['dominant']:.1f} % | {r['trading']} | "
                     + " | ".join(f"{r[name]:.1f} %" for name in STRATEGIES) + f" | {r['best_path_ends']} |")
    return "\n".join(lines)


def pooled(rows: list[dict]) -> str:
    """The library as a whole, decisions pooled (each scenario weighs by its decisions), per language."""
    lines = []
    for language in sorted({r["language"] for r in rows}):
        mine = [r for r in rows if r["language"] == language]
        total = sum(r["decisions"] for r in mine)
        def share(key: str) -> float:
            return sum(r[key] * r["decisions"] for r in mine) / total
        lines.append(f"library ({language}): {total} decisions; best listed first in the file {share('best_listed_first'):.0f} %, "
                     f"best = longest {share('best_is_longest'):.0f} %, dominant {share('dominant'):.0f} %; "
                     f"naive strategies pass at most {max(max(r[n] for n in STRATEGIES) for r in mine):.1f} %")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=shipped_scenarios())
    parser.add_argument("--sessions", type=int, default=2_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    rows = gate_rows(args.folder, args.sessions)
    limits = Thresholds()
    failed = {f"{r['scenario']} ({r['language']})": failures(r, limits) for r in rows if failures(r, limits)}
    if args.json:
        print(json.dumps({"rows": rows, "failed": failed}, indent=2))
    else:
        print(markdown(rows))
        print()
        print(pooled(rows))
        print(f"\n{len(rows)} rows, {args.sessions:,} sessions per strategy, "
              f"{time.perf_counter() - started:.0f} s; gates failed: {failed or 'none'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
