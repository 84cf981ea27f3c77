"""Map benchmark: `bluehelm graph` on synthetic scenarios, end to end, in fresh processes.

    python bench/graph_bench.py [--sizes 300,1000] [--dense 100,500] [--repeat 3] [--formats html,svg,dot]

Each sample runs `python -m game graph FILE -o map.EXT` as a child process (new
interpreter: imports, loading and checking the YAML, layout and writing included), so
the figure is what an instructor waits for. Two kinds of scenario:

- layered (bench/synthetic.py): a story that branches and merges downwards, three
  options a node; the target is 300 nodes in under 5 s;
- dense: five options a node, each leading to a node drawn at random anywhere in the
  scenario (back edges, long edges, cycles everywhere), the worst shape for a layered
  layout; the target is 500 nodes in under 5 s (median), issue 14.
"""

from __future__ import annotations

import argparse
import json
import os
import random
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

TARGET_SECONDS = {("layered", 300): 5.0, ("dense", 500): 5.0}
ENDINGS = ("success", "partial", "failure")


def dense_scenario(nodes: int, *, options: int = 5, seed: int = 1) -> dict:
    """A valid scenario of `nodes` nodes, one in ten an ending, the others with `options` choices leading to
    random nodes (the next node among them, so every node is reachable)."""
    rng = random.Random(seed)
    ids = [f"n{i}" for i in range(nodes)]
    graph: dict[str, dict] = {}
    for index, node_id in enumerate(ids):
        if index and index % 10 == 0 or index == nodes - 1:
            graph[node_id] = {"text": f"Ending {index}: the day ends.", "ending": ENDINGS[index % 3]}
            continue
        targets = [ids[index + 1]] + [rng.choice(ids) for _ in range(options - 1)]
        graph[node_id] = {"text": f"Node {index}: the patrol reaches a crowded junction and must decide.",
                          "choices": [{"id": f"c{k}", "text": f"Option {k} of node {index}.", "goto": target,
                                       "score": {"crisis": rng.randint(-3, 3)}, "feedback": "Why it matters."}
                                      for k, target in enumerate(targets)]}
    return {"id": f"dense-{nodes}", "title": f"Dense scenario of {nodes} nodes",
            "dimensions": {"crisis": {"label": "Crisis response"}}, "start": ids[0], "nodes": graph}


def write_dense(path: Path, nodes: int) -> Path:
    path.write_text(json.dumps(dense_scenario(nodes)), encoding="utf-8")  # JSON is YAML
    return path


def time_graph(scenario: Path, output: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "game", "graph", str(scenario), "-o", str(output)],
                   check=True, capture_output=True, env=env, cwd=REPO)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="300", help="layered scenarios: comma-separated node counts (default 300)")
    parser.add_argument("--dense", default="500", help="dense scenarios: comma-separated node counts (default 500)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", default="html,svg,dot")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print(f"{'kind':>8} {'nodes':>6} {'format':>6} {'median s':>9} {'max s':>7}  target")
        cases = [("layered", int(s)) for s in args.sizes.split(",") if s] + \
                [("dense", int(s)) for s in args.dense.split(",") if s]
        for kind, size in cases:
            file = work / f"{kind}-{size}.yaml"
            scenario = write_synthetic(file, size) if kind == "layered" else write_dense(file, size)
            for suffix in args.formats.split(","):
                samples = [time_graph(scenario, work / f"map.{suffix}") for _ in range(args.repeat)]
                median = statistics.median(samples)
                target = TARGET_SECONDS.get((kind, size))
                verdict = "" if target is None else f"< {target:g} s {'PASS' if median < target else 'MISS'}"
                print(f"{kind:>8} {size:>6} {suffix:>6} {median:>9.2f} {max(samples):>7.2f}  {verdict}", flush=True)


if __name__ == "__main__":
    main()
