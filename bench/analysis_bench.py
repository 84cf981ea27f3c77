"""Analysis benchmarks: `analyze()` alone, and the whole `bluehelm analyze` command.

    python bench/analysis_bench.py [--repeat N] [--sizes 1000,20000] [--json]

Synthetic layered scenarios (bench/synthetic.py) are written to a temporary folder
(not timed). Each figure is the median over the repeats (default 3):

- analyze: `game.analysis.analyze` on a freshly compiled scenario, in this
  process (loading excluded; the engine compiles nodes on first use, so that is
  included), wall and CPU seconds, with the method it ended with;
- command: `python -m game analyze FILE --json` in a child process with a warm
  compiled cache (one untimed run fills it), wall seconds (what an author waits)
  and CPU seconds (what it costs on a busy machine). POSIX only (resource).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(REPO))

from bench.synthetic import write_synthetic  # noqa: E402
from game.analysis import analyze  # noqa: E402
from game.authoring.loader import load_scenario  # noqa: E402
from game.engine.rules import compile_scenario  # noqa: E402


def measure_analyze(path: Path, repeat: int) -> dict[str, object]:
    loaded = load_scenario(path)
    assert loaded.ok and loaded.scenario is not None
    walls, cpus, method = [], [], None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        analysis = analyze(compile_scenario(loaded.scenario))  # nodes compile lazily: a fresh copy each time
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        method = analysis.method
    return {"analyze_wall_s": statistics.median(walls), "analyze_cpu_s": statistics.median(cpus), "method": method,
            "wall_samples": walls}


def measure_command(path: Path, repeat: int, env: dict[str, str]) -> dict[str, object]:
    command = [sys.executable, "-m", "game", "analyze", str(path), "--json"]
    subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True)  # fills the compiled cache
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, env=env, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return {"command_wall_s": statistics.median(walls), "command_cpu_s": statistics.median(cpus),
            "command_samples": walls}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sizes", default="1000,20000", help="comma-separated node counts (default 1000,20000)")
    parser.add_argument("--json", action="store_true", help="print all figures as JSON on stdout (table on stderr)")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bluehelm-analysis-bench-") as folder:
        env = dict(os.environ, BLUEHELM_CACHE_DIR=str(Path(folder) / "cache"), BLUEHELM_HOME=str(Path(folder) / "home"),
                   PYTHONPATH=str(REPO))
        for nodes in (int(n) for n in args.sizes.split(",")):
            path = write_synthetic(Path(folder) / f"synthetic-{nodes}.yaml", nodes)
            row = {"nodes": nodes, **measure_analyze(path, args.repeat), **measure_command(path, args.repeat, env)}
            rows.append(row)
    table = ["                      analyze()                 command (warm cache)",
             " nodes  method        wall s    cpu s            wall s    cpu s"]
    table += [f"{r['nodes']:>6}  {r['method']:<12}  {r['analyze_wall_s']:>6.2f}   {r['analyze_cpu_s']:>6.2f}"
              f"           {r['command_wall_s']:>6.2f}   {r['command_cpu_s']:>6.2f}" for r in rows]
    table.append(f"(medians of {args.repeat} runs)")
    if args.json:
        print(json.dumps(rows, indent=2))
        print("\n".join(table), file=sys.stderr)
    else:
        print("\n".join(table))
    return 0


if __name__ == "__main__":
    sys.exit(main())
