"""How long an author waits for `bluehelm validate` of the whole shipped library.

    python bench/validate_bench.py [--repeat 5] [PATH ...]

Each figure is the median of --repeat runs of `python -m game validate PATH` in a child
process (what an author waits), wall and CPU seconds:
- cold: an empty cache folder each time (the playthrough analysis and the assessment run);
- warm: the same cache folder after one untimed run (unchanged files: results from the cache).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_once(paths: list[str], cache: Path) -> tuple[float, float]:
    env = {**os.environ, "BLUEHELM_CACHE_DIR": str(cache), "PYTHONPATH": str(REPO)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "game", "validate", *paths], env=env, cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=["scenarios"])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cold, warm = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder:
            cold.append(run_once(args.paths, Path(folder)))
    with tempfile.TemporaryDirectory() as folder:
        run_once(args.paths, Path(folder))
        for _ in range(args.repeat):
            warm.append(run_once(args.paths, Path(folder)))
    for name, samples in (("cold", cold), ("warm", warm)):
        print(f"validate {' '.join(args.paths)} {name}: wall {statistics.median(s[0] for s in samples):.2f} s, "
              f"CPU {statistics.median(s[1] for s in samples):.2f} s (median of {args.repeat})")
    print(f"load average (1 min): {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
