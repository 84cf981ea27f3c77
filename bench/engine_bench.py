"""Engine benchmarks: cold validate, warm start, Session steps, autoplay, memory.

    python bench/engine_bench.py [--repeat N] [--sizes 1000,20000] [--json] [--workdir DIR]

Synthetic layered scenarios (bench/synthetic.py) are written to a temporary folder,
then every figure is measured in a fresh child process (`sys.executable -c ...` or
`-m game`), so imports and the compiled cache are cold unless the measurement is
about a warm cache, and peak memory (ru_maxrss, read per child with os.wait4) is per
process. The table shows medians over the repeats (default 5 at 1,000 nodes or less,
3 above); `--json` prints every sample as JSON on stdout and the table on stderr.

"Cold" means a new interpreter and no compiled cache; Python's bytecode (.pyc) and the
OS page cache are warm, as they are for a trainee launching the game twice.
POSIX only (os.wait4, resource).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
MARK = "BENCH-RESULT "

STEP_CHOICES = 10_000      # choose() calls timed per step-cost sample
AUTOPLAY_MIN_SECONDS = 2.0  # an autoplay sample is a batch taking at least this long
AUTOPLAY_AIM_SECONDS = 2.3

# -- the code run in the children ---------------------------------------------------
# Kept to the standard library until the timed imports, so nothing is warm by accident.

_PRELUDE = """
import sys, time
pc = time.perf_counter
cpu = time.process_time
def emit(**fields):
    import json, resource
    fields["self_maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(%r + json.dumps(fields), flush=True)
def rss_now():
    try:
        with open("/proc/self/statm") as f:
            import os
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        return None
t0 = pc()
from pathlib import Path
""" % MARK

_COLD_LOAD = _PRELUDE + """
from game.authoring.loader import load_scenario
t1, c1 = pc(), cpu()
result = load_scenario(Path(sys.argv[1]))
t2, c2 = pc(), cpu()
emit(ok=result.ok, from_cache=result.from_cache, imports_s=t1 - t0, load_s=t2 - t1, load_cpu_s=c2 - c1)
"""

_POPULATE = _PRELUDE + """
from game.authoring.loader import load_scenario
result = load_scenario(Path(sys.argv[1]), use_cache=True)
again = load_scenario(Path(sys.argv[1]), use_cache=True)
emit(ok=result.ok and again.from_cache, from_cache=result.from_cache)
"""

_WARM_START = _PRELUDE + """
from game.authoring.loader import load_scenario
from game.engine.rules import compile_scenario
from game.engine.session import Session
t1, c1 = pc(), cpu()
result = load_scenario(Path(sys.argv[1]), use_cache=True)
t2 = pc()
compiled = compile_scenario(result.scenario)
t3 = pc()
session = Session(compiled, content_hash=result.content_hash)
choices = session.choices
t4, c4 = pc(), cpu()
emit(ok=result.ok and result.from_cache and bool(choices), from_cache=result.from_cache,
     imports_s=t1 - t0, cache_load_s=t2 - t1, compile_s=t3 - t2, session_s=t4 - t3, ready_s=t4 - t1,
     ready_cpu_s=c4 - c1)
"""

_WARM_COMPILED = _PRELUDE + """
from game.authoring.loader import load_scenario
from game.engine.rules import compile_scenario
result = load_scenario(Path(sys.argv[1]), use_cache=True)
compiled = compile_scenario(result.scenario)
"""

_STEP = _WARM_COMPILED + """
import random
from game.engine.session import Session
target = int(sys.argv[2])
rng = random.Random(7)
made = plays = 0
choose_s = read_s = 0.0
while made < target:
    session = Session(compiled, seed=plays)
    plays += 1
    while not session.finished and made < target:
        a = pc()
        on_offer = session.choices
        b = pc()
        if not on_offer:
            break
        pick = on_offer[int(rng.random() * len(on_offer))].id
        c = pc()
        session.choose(pick)
        d = pc()
        choose_s += d - c
        read_s += b - a
        made += 1
emit(ok=result.from_cache and made == target, choices=made, playthroughs=plays,
     choose_us=choose_s / made * 1e6, choices_read_us=read_s / made * 1e6)
"""

_AUTOPLAY = _WARM_COMPILED + """
from game.engine.autoplay import autoplay
minimum, aim = float(sys.argv[2]), float(sys.argv[3])
runs = 20
while True:
    a, ca = pc(), cpu()
    report = autoplay(compiled, runs=runs, seed=1)
    elapsed, spent = pc() - a, cpu() - ca
    if elapsed >= minimum:
        break
    runs = max(runs * 2, int(runs * aim / max(elapsed, 1e-3)) + 1)
emit(ok=result.from_cache, runs=runs, seconds=elapsed, choices=report.choices_made,
     rate=report.choices_made / elapsed, rate_cpu=report.choices_made / spent)
"""

# The eager alternative to the Session's lazy machine: every node a state and every
# (choice, destination) a guarded transition, with the same callbacks the Session uses.
_MACHINE = _WARM_COMPILED + """
from transitions import Machine, State
from game.engine.session import Session
a = pc()
lazy = Session(compiled)
lazy.choices
lazy_s = pc() - a
class Fsm:
    pass
def entered(event):
    pass
def offered(event):
    return True
def apply(event):
    pass
def leads_to(destination):
    def condition(event):
        return True
    return condition
rss0 = rss_now()
a = pc()
states = [State(node_id, on_enter=[entered], final=node.ending is not None) for node_id, node in compiled.nodes.items()]
machine = Machine(model=Fsm(), states=states, initial=compiled.start, auto_transitions=False,
                  send_event=True, ignore_invalid_triggers=False)
b = pc()
transitions = 0
for node_id, node in compiled.nodes.items():
    for choice in node.choices:
        for destination in choice.destinations:
            machine.add_transition(choice.id, node_id, destination,
                                   conditions=[offered, leads_to(destination)], before=[apply])
            transitions += 1
c = pc()
rss1 = rss_now()
emit(ok=result.from_cache, states=len(states), transitions=transitions, states_s=b - a,
     transitions_s=c - b, eager_s=c - a, lazy_session_s=lazy_s,
     eager_rss_bytes=(rss1 - rss0) if rss0 is not None and rss1 is not None else None)
"""


# -- running children ----------------------------------------------------------------

class ChildFailed(RuntimeError):
    pass


def _maxrss_bytes(value: int) -> int:
    return value if sys.platform == "darwin" else value * 1024  # Linux reports KiB


def run_child(argv: list[str], env: dict[str, str]) -> dict:
    """Run one fresh process; its wall time, exit status, own peak RSS and reported fields."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, env=env, cwd=REPO)
        _, status, usage = os.wait4(process.pid, 0)  # per-child rusage, unlike RUSAGE_CHILDREN
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if process.returncode != 0:
        raise ChildFailed(f"{' '.join(argv[:4])}... exited {process.returncode}:\n{stderr[-2000:]}")
    fields: dict = {}
    for line in stdout.splitlines():
        if line.startswith(MARK):
            fields = json.loads(line[len(MARK):])
    fields["wall_s"] = wall
    fields["maxrss_bytes"] = _maxrss_bytes(usage.ru_maxrss)
    fields["cpu_s"] = usage.ru_utime + usage.ru_stime  # user+sys: less sensitive to a busy machine than wall
    if fields.get("ok") is False:
        raise ChildFailed(f"{' '.join(argv[:4])}... reported a failed check: {fields}\n{stderr[-2000:]}")
    return fields


def python_c(code: str, *args: object) -> list[str]:
    return [sys.executable, "-c", code, *map(str, args)]


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def repeated(name: str, repeats: int, argv: list[str], env: dict[str, str]) -> list[dict]:
    samples = []
    for index in range(repeats):
        samples.append(run_child(argv, env))
        progress(f"    {name} {index + 1}/{repeats}: {samples[-1]['wall_s']:.2f} s")
    return samples


def median(samples: list[dict], key: str) -> float | None:
    values = [s[key] for s in samples if s.get(key) is not None]
    return statistics.median(values) if values else None


# -- one size --------------------------------------------------------------------------

def bench_size(nodes: int, repeats: int, folder: Path) -> dict:
    sys.path.insert(0, str(BENCH_DIR))
    from synthetic import write_synthetic  # imported here: the children must not inherit anything

    path = folder / f"synthetic-{nodes}.yaml"
    generated_s = None
    if not path.exists():
        progress(f"  generating {path.name} ...")
        start = time.perf_counter()
        write_synthetic(path, nodes)
        generated_s = time.perf_counter() - start
    cache = folder / f"cache-{nodes}"
    shutil.rmtree(cache, ignore_errors=True)
    env = dict(os.environ, BLUEHELM_CACHE_DIR=str(cache), BLUEHELM_HOME=str(folder / f"home-{nodes}"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    progress(f"  {nodes:,} nodes, {repeats} repeats")
    validate = repeated("cold validate (CLI)", repeats, [sys.executable, "-m", "game", "validate", str(path)], env)
    load = repeated("cold load_scenario", repeats, python_c(_COLD_LOAD, path), env)
    run_child(python_c(_POPULATE, path), env)  # fills the compiled cache once
    warm = repeated("warm start", repeats, python_c(_WARM_START, path), env)
    step = repeated("Session choose()", repeats, python_c(_STEP, path, STEP_CHOICES), env)
    auto = repeated("autoplay", repeats,
                    python_c(_AUTOPLAY, path, AUTOPLAY_MIN_SECONDS, AUTOPLAY_AIM_SECONDS), env)
    machine = repeated("eager Machine", repeats, python_c(_MACHINE, path), env)
    shutil.rmtree(cache, ignore_errors=True)
    return {
        "nodes": nodes, "repeats": repeats, "file_bytes": path.stat().st_size, "generate_s": generated_s,
        "samples": {"validate_cli": validate, "load_cold": load, "warm_start": warm, "step": step,
                    "autoplay": auto, "machine": machine},
        "median": {
            "validate_cli_s": median(validate, "wall_s"),
            "validate_cli_rss": median(validate, "maxrss_bytes"),
            "validate_cli_cpu_s": median(validate, "cpu_s"),
            "load_cold_cpu_s": median(load, "load_cpu_s"),
            "warm_ready_cpu_s": median(warm, "ready_cpu_s"),
            "autoplay_rate_cpu": median(auto, "rate_cpu"),
            "load_cold_s": median(load, "load_s"),
            "load_cold_imports_s": median(load, "imports_s"),
            "load_cold_rss": median(load, "maxrss_bytes"),
            "warm_ready_s": median(warm, "ready_s"),
            "warm_cache_load_s": median(warm, "cache_load_s"),
            "warm_compile_s": median(warm, "compile_s"),
            "warm_session_s": median(warm, "session_s"),
            "warm_imports_s": median(warm, "imports_s"),
            "warm_wall_s": median(warm, "wall_s"),
            "warm_rss": median(warm, "maxrss_bytes"),
            "choose_us": median(step, "choose_us"),
            "choices_read_us": median(step, "choices_read_us"),
            "autoplay_rate": median(auto, "rate"),
            "autoplay_runs": median(auto, "runs"),
            "machine_states": median(machine, "states"),
            "machine_transitions": median(machine, "transitions"),
            "machine_states_s": median(machine, "states_s"),
            "machine_transitions_s": median(machine, "transitions_s"),
            "machine_eager_s": median(machine, "eager_s"),
            "machine_eager_rss": median(machine, "eager_rss_bytes"),
            "machine_lazy_s": median(machine, "lazy_session_s"),
        },
    }


# -- targets and the table --------------------------------------------------------------

GB = 1_000_000_000
TARGETS: dict[str, dict[int | None, tuple[str, float]]] = {
    # metric -> {size (None: every size): ("<" or ">=", limit)}
    "validate_cli_s": {1000: ("<", 1.0), 20000: ("<", 15.0)},
    "warm_ready_s": {20000: ("<", 1.0)},
    "autoplay_rate": {None: (">=", 100_000)},
    "validate_cli_rss": {20000: ("<", GB)},
    "warm_rss": {20000: ("<", GB)},
}


def verdict(metric: str, nodes: int, value: float | None) -> dict | None:
    rules = TARGETS.get(metric, {})
    rule = rules.get(nodes, rules.get(None))
    if rule is None or value is None:
        return None
    op, limit = rule
    passed = value < limit if op == "<" else value >= limit
    return {"op": op, "limit": limit, "passed": passed}


def _seconds(v: float) -> str:
    return f"{v * 1000:.0f} ms" if v < 1 else f"{v:.2f} s"


def _mb(v: float) -> str:
    return f"{v / 1e6:.0f} MB"


def _limit_text(metric: str, limit: float) -> str:
    if metric.endswith("_rss"):
        return f"{limit / GB:g} GB"
    if metric.endswith("_s"):
        return f"{limit:g} s"
    return f"{limit:,.0f}/s"


ROWS: list[tuple[str, str, object]] = [
    ("file size", "file_bytes", lambda v: f"{v / 1e6:.2f} MB"),
    ("cold validate: `python -m game validate` wall", "validate_cli_s", _seconds),
    ("  CPU time (user+sys) of that process", "validate_cli_cpu_s", _seconds),
    ("  peak RSS of that process", "validate_cli_rss", _mb),
    ("  in-process load_scenario(path)", "load_cold_s", _seconds),
    ("    its CPU time", "load_cold_cpu_s", _seconds),
    ("  imports before it (loader)", "load_cold_imports_s", _seconds),
    ("warm start: load_scenario(use_cache) -> first choices", "warm_ready_s", _seconds),
    ("  its CPU time", "warm_ready_cpu_s", _seconds),
    ("  reading the compiled cache", "warm_cache_load_s", _seconds),
    ("  compile_scenario", "warm_compile_s", _seconds),
    ("  Session() + first .choices", "warm_session_s", _seconds),
    ("  imports (not in the figure above)", "warm_imports_s", _seconds),
    ("  whole process wall", "warm_wall_s", _seconds),
    ("  peak RSS of that process", "warm_rss", _mb),
    ("Session.choose(), mean per call", "choose_us", lambda v: f"{v:.1f} us"),
    ("  Session.choices read, mean", "choices_read_us", lambda v: f"{v:.1f} us"),
    ("autoplay, choices per second", "autoplay_rate", lambda v: f"{v:,.0f}/s"),
    ("  per second of CPU time", "autoplay_rate_cpu", lambda v: f"{v:,.0f}/s"),
    ("eager Machine (auto_transitions=False): states", "machine_states_s", _seconds),
    ("  + all transitions", "machine_transitions_s", _seconds),
    ("  total (states+transitions)", "machine_eager_s", _seconds),
    ("  extra RSS for it", "machine_eager_rss", _mb),
    ("lazy: Session() + first .choices", "machine_lazy_s", lambda v: f"{v * 1000:.2f} ms"),
]


def table(results: list[dict]) -> str:
    label_width = max(len(label) for label, _, _ in ROWS) + 2
    grid = []
    for label, key, fmt in ROWS:
        cells = []
        for r in results:
            value = r.get(key, r["median"].get(key))
            if value is None:
                cells.append("-")
                continue
            text = fmt(value)  # type: ignore[operator]
            check = verdict(key, r["nodes"], value)
            if check:
                text += f"  {'PASS' if check['passed'] else 'MISS'} {check['op']}{_limit_text(key, check['limit'])}"
            cells.append(text)
        grid.append((label, cells))
    width = 3 + max([len(c) for _, cells in grid for c in cells] + [len(f"(median of {r['repeats']})") for r in results])
    lines = [" " * label_width + "".join(f"{r['nodes']:,} nodes".rjust(width) for r in results),
             " " * label_width + "".join(f"(median of {r['repeats']})".rjust(width) for r in results)]
    lines += [label.ljust(label_width) + "".join(c.rjust(width) for c in cells) for label, cells in grid]
    for r in results:
        m = r["median"]
        if m.get("machine_states"):
            lines.append(f"  ({r['nodes']:,} nodes: eager machine of {m['machine_states']:,.0f} states, "
                         f"{m['machine_transitions']:,.0f} transitions; autoplay batches of ~{m['autoplay_runs']:,.0f} runs)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=None,
                        help="repeats per measurement (default 5 up to 1,000 nodes, 3 above)")
    parser.add_argument("--sizes", default="1000,20000", help="comma-separated node counts (default 1000,20000)")
    parser.add_argument("--json", action="store_true", help="print all figures as JSON on stdout (table on stderr)")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="keep the generated scenarios here and reuse them (default: a temporary folder)")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    if args.repeat is not None and args.repeat < 1:
        parser.error("--repeat must be at least 1")

    started = time.perf_counter()
    load_before, code_before = _loadavg(), _git_state()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        folder, cleanup = args.workdir.resolve(), False
    else:
        folder, cleanup = Path(tempfile.mkdtemp(prefix="bluehelm-bench-")), True
    try:
        results = [bench_size(n, args.repeat or (5 if n <= 1000 else 3), folder) for n in sizes]
    except ChildFailed as exc:
        print(f"benchmark failed: {exc}", file=sys.stderr)
        return 1
    finally:
        if cleanup:
            shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started

    report = table(results)
    machine = {"python": sys.version.split()[0], "executable": sys.executable, "nproc": os.cpu_count(),
               "cpu": _cpu_model(), "platform": sys.platform, "git": code_before, "git_after": _git_state(),
               "loadavg_1min": {"before": load_before, "after": _loadavg()}}
    footer = (f"\npython {machine['python']}, {machine['nproc']} CPUs ({machine['cpu']}), code {machine['git']}; "
              f"benchmark took {total:.0f} s; 1-min load average {load_before} before, "
              f"{machine['loadavg_1min']['after']} after")
    if machine["git_after"] != code_before:
        footer += f"\nwarning: the code changed during the run (now {machine['git_after']})"
    if load_before is not None and load_before > 0.5:
        footer += "\nwarning: the machine was busy when the benchmark started; figures may be inflated"
    if args.json:
        for r in results:
            r["verdicts"] = {k: v for k in TARGETS if (v := verdict(k, r["nodes"], r["median"].get(k)))}
        print(json.dumps({"machine": machine, "total_s": total, "results": results}, indent=2))
        print(report + footer, file=sys.stderr)
    else:
        print(report + footer)
    return 0


def _loadavg() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except (OSError, AttributeError):
        return None


def _git_state() -> str:
    """The commit benchmarked, plus '+dirty.<hash of the diff>' when tracked files have uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
        diff = subprocess.run(["git", "diff", "HEAD"], cwd=REPO, capture_output=True, check=True).stdout
        return head + (f"+dirty.{hashlib.sha256(diff).hexdigest()[:8]}" if diff else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform
    return platform.processor() or "unknown"


if __name__ == "__main__":
    sys.exit(main())
