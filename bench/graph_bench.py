"""Map benchmark: `bluehelm graph` on synthetic scenarios, end to end, in fresh processes.

    python bench/graph_bench.py [--sizes 300,1000] [--repeat 3] [--formats html,svg,dot]

Each sample runs `python -m game graph FILE -o map.EXT` as a child process (new
interpreter: imports, loading and checking the YAML, layout and writing included), so
the figure is what an instructor waits for. The target is 300 nodes in under 5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(BENCH_DIR))

from synthetic import write_synthetic  # noqa: E402

TARGET_SECONDS = {300: 5.0}


def time_graph(scenario: Path, output: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "game", "graph", str(scenario), "-o", str(output)],
                   check=True, capture_output=True, env=env, cwd=REPO)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="300", help="comma-separated node counts (default 300)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", default="html,svg,dot")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print(f"{'nodes':>6} {'format':>6} {'median s':>9} {'max s':>7}  target")
        for size in (int(s) for s in args.sizes.split(",")):
            scenario = write_synthetic(work / f"synthetic-{size}.yaml", size)
            for suffix in args.formats.split(","):
                samples = [time_graph(scenario, work / f"map.{suffix}") for _ in range(args.repeat)]
                target = TARGET_SECONDS.get(size)
                verdict = "" if target is None else f"< {target:g} s {'PASS' if max(samples) < target else 'MISS'}"
                print(f"{size:>6} {suffix:>6} {statistics.median(samples):>9.2f} {max(samples):>7.2f}  {verdict}")


if __name__ == "__main__":
    main()
