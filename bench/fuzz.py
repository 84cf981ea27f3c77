"""The large fuzz run of issue 14: thousands of mutated scenarios through every tool.

    python bench/fuzz.py [--examples 2000] [--seed 1] [--save DIR]

The strategies and the invariant are the suite's (tests/fuzzing.py): a file either gets
diagnostics, never a traceback, or it validates and then the play runner, a saved and
resumed session, `run`, `autoplay`, `analyze`, validate's analysis warnings, the map in
three formats and the translation round trip all work on it, printing nothing raw to the
terminal. Here they run with a seed and no example limit worth the name; every failure
is printed (its traceback's last line) and, with --save, written out as a file to replay:
`python -c "import sys; sys.path[:0] = ['tests', '.']; from fuzzing import exercise;
exercise(open(sys.argv[1], 'rb').read())" FILE`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO / "tests"), str(REPO)]

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from fuzzing import SEED_FILES, exercise, mangled_text, mutated_scenarios, seed_documents  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000, help="mutants to try (default 2,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", type=Path, default=None, help="folder to write failing files into")
    args = parser.parse_args()
    os.environ.setdefault("BLUEHELM_HOME", tempfile.mkdtemp(prefix="bluehelm-fuzz-"))
    tally: Counter = Counter()
    failures: list[tuple[str, bytes]] = []
    raw_seeds = [path.read_bytes() for path in SEED_FILES]
    strategy = st.one_of(mutated_scenarios(seed_documents()), mangled_text(raw_seeds))

    @seed(args.seed)
    @settings(max_examples=args.examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def run(raw: bytes) -> None:
        try:
            tally["valid" if exercise(raw) else "diagnostics"] += 1
        except Exception as exc:  # noqa: BLE001 - every failure is counted and shown, the run goes on
            tally["FAILED"] += 1
            last = traceback.format_exception_only(type(exc), exc)[-1].strip()
            failures.append((last, raw))

    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    print(f"{sum(tally.values())} mutants in {seconds:.0f} s: {tally['valid']} valid and exercised, "
          f"{tally['diagnostics']} with diagnostics, {tally['FAILED']} failures")
    for index, (last, raw) in enumerate(failures):
        print(f"  {index}: {last[:300]}")
        if args.save is not None:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"failure-{index}.yaml").write_bytes(raw)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
