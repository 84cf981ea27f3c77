"""Window benchmarks: time to the first frame, and CPU per frame on an idle screen.

    python bench/ui_bench.py [--runs 5] [--frames 300]

First frame: wall time from starting a fresh `python` process to the window's
first flip (the splash drawn while the library loads) and to the first frame of
the scenario menu, on the shipped library (cold: empty compiled cache; warm:
cache filled).
Idle CPU: time.process_time() over N frames of the real loop (without the
clock's sleep) on the menu, on an untimed scene and on a timed scene whose
countdown redraws every frame. All on SDL's dummy video driver; medians printed.
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

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")  # x11 under xvfb-run works too
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CONTRACT = ROOT / "tests" / "fixtures" / "contract-example.yaml"


def _child_first_frame() -> None:
    """Run in a fresh process: open the app and report once the first frame is on screen."""
    from game.paths import shipped_scenarios
    from game.ui.app import App, Options

    app = App(Options(paths=[shipped_scenarios()], size=(1280, 800)))
    app.step(1)
    menu_at = time.monotonic()
    assert type(app.top).__name__ == "MenuScene"
    print("first-frame", app.first_frame_at, menu_at, flush=True)
    app.close()


def first_frame_seconds(home: Path) -> tuple[float, float]:
    """(seconds to the first frame, seconds to the menu's first frame) from process start."""
    env = dict(os.environ, BLUEHELM_HOME=str(home), BLUEHELM_CACHE_DIR=str(home / "cache"))
    started = time.monotonic()  # CLOCK_MONOTONIC: the same clock in the child
    output = subprocess.run([sys.executable, __file__, "--child-first-frame"], capture_output=True, text=True,
                            env=env, cwd=ROOT, check=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("first-frame"))
    _, first, menu = line.split()
    return float(first) - started, float(menu) - started


def cpu_per_frame_ms(app, frames: int) -> float:
    app.step(5)
    started = time.process_time()
    for _ in range(frames):
        app.frame(1 / 30)
    return (time.process_time() - started) * 1000 / frames


def _press(app, key) -> None:
    import pygame

    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))
    app.step(2)


def idle_apps(home: Path):
    """(name, app) for each measured screen."""
    import pygame

    from game.paths import shipped_scenarios
    from game.ui.app import App, Options

    os.environ["BLUEHELM_HOME"] = str(home)
    menu = App(Options(paths=[shipped_scenarios()], size=(1280, 800), trainee="bench"))
    yield "menu", menu
    _press(menu, pygame.K_1)
    _press(menu, pygame.K_RETURN)
    _press(menu, pygame.K_SPACE)
    assert type(menu.top).__name__ == "PlayScene" and not menu.top.shown.node.timer_seconds
    yield "scene (untimed)", menu
    menu.close()
    long_timer = home / "timed.yaml"  # a 10-minute timer, so every run measures a running countdown
    long_timer.write_text(CONTRACT.read_text(encoding="utf-8").replace("seconds: 20", "seconds: 600"), encoding="utf-8")
    timed = App(Options(paths=[long_timer], size=(1280, 800), trainee="bench", single_file=True))
    _press(timed, pygame.K_RETURN)
    _press(timed, pygame.K_SPACE)
    assert timed.top.shown.node.timer_seconds
    yield "scene (timed, countdown running)", timed
    timed.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--child-first-frame", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_first_frame:
        _child_first_frame()
        return
    with tempfile.TemporaryDirectory(prefix="bluehelm-bench-") as folder:
        cold = [first_frame_seconds(Path(folder) / f"cold-{i}") for i in range(args.runs)]
        warm_home = Path(folder) / "warm"
        first_frame_seconds(warm_home)
        warm = [first_frame_seconds(warm_home) for _ in range(args.runs)]
        for label, runs in (("cold cache", cold), ("warm cache", warm)):
            first = statistics.median(r[0] for r in runs) * 1000
            menu = statistics.median(r[1] for r in runs) * 1000
            print(f"first frame, {label}: median {first:.0f} ms; scenario menu drawn: median {menu:.0f} ms (of {args.runs})")
        idle_home = Path(folder) / "idle"
        idle_home.mkdir()
        for name, app in idle_apps(idle_home):
            runs = [cpu_per_frame_ms(app, args.frames) for _ in range(args.runs)]
            print(f"idle CPU per frame, {name}: median {statistics.median(runs):.3f} ms "
                  f"(over {args.frames} frames x {args.runs})")


if __name__ == "__main__":
    main()
