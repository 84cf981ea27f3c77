"""Records at the scale of a training centre: 10,000 sessions.

Measures, each command in a fresh child process (`python -m game ...`), as medians over repeats:
- the records file's size on disk (file + WAL after a checkpoint);
- `xapi export` of every statement: wall time and peak RSS (ru_maxrss from os.wait4);
- `xapi send` of every statement to a local LRS stand-in on 127.0.0.1 (it reads and discards):
  wall time and peak RSS; then `records info --lrs`, which finds what is pending by the index;
- `report -o --csv`: wall time, peak RSS and the size of the HTML.

The sessions are real plays: a pool of seeded random playthroughs of shipped scenarios
(engine, scoring and debrief as in the trainer) written through the store's own API, each
session under its own trainee id and registration. Generation runs with synchronous=OFF
(setup only: the commands measured use the store as shipped).

    python bench/records_bench.py                       # 10,000 sessions, 3 repeats (about 5 minutes)
    python bench/records_bench.py --sessions 2000 --repeat 1
    python bench/records_bench.py --workdir /tmp/bhrec  # keep (and reuse) the generated records file
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
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# No Bluehelm (or browser) module is imported in this process: a child's peak RSS counts the pages it
# shares with this parent when forked, so the parent stays small and the figures are the commands' own.

SCENARIOS = ["checkpoint-market", "water-point", "convoy-corridor", "disclosure"]
POOL = 60  # playthroughs per scenario, reused under different trainees
TARGETS = {"size": 100, "export_rss": 200, "send_rss": 200}


def _pool(language_cycle: tuple[str, ...] = ("en", "fr")) -> list[tuple]:
    from game.authoring.loader import load_scenario
    from game.debrief import build_debrief
    from game.engine.rules import compile_scenario
    from game.engine.session import Session
    from game.records import result_json

    plays = []
    for name in SCENARIOS:
        loaded = load_scenario(ROOT / "scenarios" / f"{name}.yaml", use_cache=True)
        compiled = compile_scenario(loaded.scenario, loaded.catalogue)
        for seed in range(POOL):
            session = Session(compiled, seed=seed, language=language_cycle[seed % len(language_cycle)],
                              content_hash=loaded.content_hash)
            start = session.state
            rng = random.Random(seed)
            outcomes = []
            while not session.finished:
                outcomes.append(session.choose(rng.choice(session.choices).id))
            debrief = build_debrief(session, mode="assessment" if seed % 3 == 0 else "training")
            plays.append((session, start, outcomes, result_json(session.result()), debrief.to_json()))
    return plays


def generate(path: Path, sessions: int) -> None:
    from game.records import RecordStore, Trainee

    plays = _pool()
    with RecordStore.open(path) as store:
        store._db.execute("PRAGMA synchronous = OFF")  # setup only
        for number in range(sessions):
            session, start, outcomes, result, debrief = plays[number % len(plays)]
            mode = debrief["mode"]
            record = store.start_session(Trainee(f"trainee-{number % 1000:04d}", f"Trainee {number % 1000}"),
                                         f"course-{number % 7}", session.scenario.id, session.content_hash,
                                         session.language, mode, "x1", start, title=session.scenario.id,
                                         scenario=session.scenario)
            unfinished = number % 20 == 19
            kept = session.decisions[:max(1, len(outcomes) // 2)] if unfinished else session.decisions
            for decision, outcome in zip(kept, outcomes):
                store.record_decision(record, decision, outcome.score, None)
            if not unfinished:
                store.finish_session(record, result, debrief)
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


class _Sink(BaseHTTPRequestHandler):
    """An LRS stand-in: reads each batch, counts its statements, answers 200 with their ids."""

    received = 0

    def log_message(self, *args) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        ids = [s["id"] for s in json.loads(body)]
        _Sink.received += len(ids)
        data = json.dumps(ids).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class _Popen(subprocess.Popen):
    """Popen that reaps its child with wait4, keeping the child's own peak RSS (ru_maxrss, KB on Linux)."""

    peak_rss = 0.0

    def _try_wait(self, wait_flags):  # noqa: ANN001
        pid, status, usage = os.wait4(self.pid, wait_flags)
        if pid:
            self.peak_rss = usage.ru_maxrss / 1024
        return pid, status


def _run(args: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout) of `python -m game ARGS` in a fresh process."""
    start = time.perf_counter()
    child = _Popen([sys.executable, "-m", "game", *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                   env={**os.environ, "BLUEHELM_LRS_PASSWORD": "bench"})
    out, err = child.communicate()
    wall = time.perf_counter() - start
    if child.returncode != 0:
        raise SystemExit(f"bluehelm {' '.join(args)} failed: {err.decode()[-500:]}")
    return wall, child.peak_rss, out.decode()


OPEN_PAGE = """
import sys, time
from playwright.sync_api import sync_playwright
with sync_playwright() as driver:
    browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    tab = browser.new_page()
    start = time.perf_counter()
    tab.goto(sys.argv[1], wait_until="load")
    print(time.perf_counter() - start)
    browser.close()
"""


def _open_in_chromium(page: Path) -> float | None:
    """Seconds from navigation to the load event in headless Chromium (Debian's), None without it."""
    if not Path("/usr/bin/chromium").exists():
        return None
    done = subprocess.run([sys.executable, "-c", OPEN_PAGE, page.resolve().as_uri()], capture_output=True, text=True)
    return float(done.stdout.strip()) if done.returncode == 0 else None


def measure(path: Path, work: Path, repeat: int) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {}

    def add(key: str, value: float) -> None:
        samples.setdefault(key, []).append(value)

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/xAPI"
    try:
        for _ in range(repeat):
            copy = work / "send.sqlite3"
            copy.write_bytes(path.read_bytes())
            (work / "records.key").write_bytes((path.parent / "records.key").read_bytes())
            wall, rss, _ = _run(["xapi", "export", "--db", str(path), "-o", str(work / "statements.json")])
            add("export_s", wall)
            add("export_rss", rss)
            add("export_mb", (work / "statements.json").stat().st_size / 1e6)
            wall, rss, _ = _run(["records", "info", "--db", str(copy), "--lrs", url])
            add("count_s", wall)
            add("count_rss", rss)
            _Sink.received = 0
            wall, rss, out = _run(["xapi", "send", "--db", str(copy), "--lrs", url, "--user", "bench", "--batch", "100"])
            add("send_s", wall)
            add("send_rss", rss)
            add("statements", _Sink.received)
            wall, rss, out = _run(["records", "info", "--db", str(copy), "--lrs", url])
            add("pending_s", wall)
            add("pending_rss", rss)
            wall, rss, _ = _run(["report", "--db", str(path), "-o", str(work / "report.html"),
                                 "--csv", str(work / "class.csv")])
            add("report_s", wall)
            add("report_rss", rss)
            add("report_mb", (work / "report.html").stat().st_size / 1e6)
            opened = _open_in_chromium(work / "report.html")
            if opened is not None:
                add("open_s", opened)
    finally:
        server.shutdown()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--generate", type=Path, default=None, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.generate is not None:
        generate(options.generate, options.sessions)
        return
    work = options.workdir or Path(tempfile.mkdtemp(prefix="bh-records-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    path = work / "records" / "records.sqlite3"
    path.parent.mkdir(exist_ok=True)
    began = time.perf_counter()
    if not path.exists():  # in a child: a forked child's peak RSS would include this process's pool of plays
        subprocess.run([sys.executable, __file__, "--generate", str(path), "--sessions", str(options.sessions)],
                       check=True)
    generated = time.perf_counter() - began
    size = sum(p.stat().st_size for p in path.parent.glob("records.sqlite3*")) / 1e6
    import sqlite3

    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    counts = db.execute("SELECT COUNT(*), (SELECT COUNT(*) FROM decisions) FROM sessions").fetchone()
    db.close()
    samples = measure(path, work, options.repeat)
    med = {key: statistics.median(values) for key, values in samples.items()}

    def verdict(value: float, target: float) -> str:
        return f"PASS <{target:g} MB" if value < target else f"MISS >={target:g} MB"

    print(f"{counts[0]:,} sessions, {counts[1]:,} decisions, {int(med['statements']):,} statements "
          f"(generated in {generated:.0f} s; medians of {options.repeat})")
    print(f"records file on disk            {size:8.1f} MB   {verdict(size, TARGETS['size'])}")
    print(f"xapi export                     {med['export_s']:8.1f} s    peak RSS {med['export_rss']:6.0f} MB  "
          f"{verdict(med['export_rss'], TARGETS['export_rss'])}   ({med['export_mb']:.0f} MB of JSON)")
    print(f"xapi send (local LRS, batch 100) {med['send_s']:7.1f} s    peak RSS {med['send_rss']:6.0f} MB  "
          f"{verdict(med['send_rss'], TARGETS['send_rss'])}")
    print(f"records info --lrs (all pending) {med['count_s']:7.1f} s    peak RSS {med['count_rss']:6.0f} MB")
    print(f"records info --lrs (0 pending)  {med['pending_s']:8.1f} s    peak RSS {med['pending_rss']:6.0f} MB")
    print(f"report -o --csv                 {med['report_s']:8.1f} s    peak RSS {med['report_rss']:6.0f} MB  "
          f"({med['report_mb']:.1f} MB of HTML)")
    if "open_s" in med:
        print(f"  that report opening in Chromium {med['open_s']:6.1f} s    (navigation to the load event)")
    load = os.getloadavg()[0]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, 1-min load average {load:.2f}; workdir {work}")


if __name__ == "__main__":
    main()
