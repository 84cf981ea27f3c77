"""Class mode under load, on loopback only: 60 simulated trainees join `bluehelm class` and vote through
10 decisions; counts lost votes and times each vote from the trainee's send to the projector's tally.

    python bench/class_load.py [--trainees 60] [--decisions 10] [--json]
    xvfb-run -s "-screen 0 1920x1080x24" python bench/class_load.py --screenshots docs/screenshots

The class runs as a real `bluehelm class --no-window` process (uvicorn, Starlette) on 127.0.0.1;
the trainees and the instructor are WebSocket clients in this process. Each decision, every
trainee votes once at a random moment within half a second, and a third of them change their
vote once; the instructor takes the majority (or, on a tie, the first tied option). Latency: the
projector's view is pushed after every vote; the k-th vote the projector counts is matched with
the k-th vote sent (loopback keeps them in order), and the time between is that vote's latency.
A vote is lost when its trainee's acknowledged last vote is not their decision in the records.
`--screenshots DIR` instead draws the projector (class-projector.png) and a phone-sized page
(class-phone.png) for docs/class-mode.md. Requests go to 127.0.0.1 only, bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCENARIO = ROOT / "tests" / "class_mode" / "scenarios" / "patrol-loop.yaml"
TIMEOUT = 30.0  # seconds any one wait may take before the bench gives up


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def launch(folder: Path, port: int) -> tuple[subprocess.Popen, str, str]:
    command = [sys.executable, "-m", "game", "class", str(SCENARIO), "--no-window", "--host", "127.0.0.1",
               "--port", str(port), "--db", str(folder / "records.sqlite"), "--journal", str(folder / "class.sqlite"),
               "--seed", "7"]
    env = {**os.environ, "BLUEHELM_HOME": str(folder / "home")}
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    banner = "".join(process.stdout.readline() for _ in range(4))
    room, token = re.search(r"room code (\w+)", banner), re.search(r"Instructor token: (\S+)", banner)
    if not (room and token):
        process.kill()
        raise SystemExit(f"bluehelm class did not start: {banner}{process.stderr.read()}")
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.05)
    return process, room.group(1), token.group(1)


async def next_frame(connection, kind: str, test=lambda frame: True) -> dict:
    while True:
        frame = json.loads(await asyncio.wait_for(connection.recv(), TIMEOUT))
        if frame["type"] == kind and test(frame):
            return frame


class Trainee:
    def __init__(self, number: int, connection) -> None:
        self.number, self.connection = number, connection
        self.token = ""
        self.state: dict = {}
        self.acked: dict[int, str] = {}  # step -> the last vote the server acknowledged

    async def listen(self) -> None:
        try:
            async for raw in self.connection:
                frame = json.loads(raw)
                if frame["type"] == "state":
                    self.state = frame
                elif frame["type"] == "ack":
                    self.acked[frame["step"]] = frame["choice"]
        except Exception:  # noqa: BLE001 - a closed connection ends the listener
            return


async def run_load(port: int, room: str, token: str, trainees: int, decisions: int, rng: random.Random) -> dict:
    from websockets.asyncio.client import connect

    url = f"ws://127.0.0.1:{port}/ws"
    instructor = await connect(url)
    await instructor.send(json.dumps({"type": "control", "token": token, "action": "watch"}))
    await next_frame(instructor, "projector")
    people = []
    for number in range(trainees):
        connection = await connect(url)
        await connection.send(json.dumps({"type": "join", "room": room, "name": f"Trainee {number:02d}",
                                          "language": "fr" if number % 4 == 0 else "en"}))
        person = Trainee(number, connection)
        person.token = (await next_frame(connection, "joined"))["token"]
        people.append(person)
    listeners = [asyncio.create_task(p.listen()) for p in people]
    latencies: list[float] = []
    for step in range(decisions):
        while any(p.state.get("step") != step for p in people):
            await asyncio.sleep(0.01)
        sent: list[float] = []
        seen: list[float] = []

        async def watch() -> None:
            while len(seen) < trainees:
                frame = await next_frame(instructor, "projector")
                while len(seen) < frame["voted"]:
                    seen.append(time.perf_counter())

        async def vote(person: Trainee) -> None:
            await asyncio.sleep(rng.random() * 0.5)
            options = [o["id"] for o in person.state["options"] if o["id"] != "leave"]
            sent.append(time.perf_counter())
            await person.connection.send(json.dumps({"type": "vote", "step": step, "choice": rng.choice(options)}))
            if person.number % 3 == 0:  # a third change their minds
                await asyncio.sleep(0.05)
                await person.connection.send(json.dumps({"type": "vote", "step": step,
                                                         "choice": rng.choice(options)}))

        watcher = asyncio.create_task(watch())
        await asyncio.gather(*(vote(p) for p in people))
        await asyncio.wait_for(watcher, TIMEOUT)
        latencies += [after - before for before, after in zip(sorted(sent), seen)]
        await _acknowledged(people, step)
        await instructor.send(json.dumps({"type": "control", "token": token, "action": "majority"}))
        frame = await _reply(instructor, step)
        if frame["type"] == "error":  # a tie: the rule asks the instructor to take one of the tied options
            first = next(o["id"] for o in people[0].state["options"] if o["id"] != "leave")
            await instructor.send(json.dumps({"type": "control", "token": token, "action": "take", "choice": first}))
            await next_frame(instructor, "projector", lambda f: f["step"] == step + 1)
    await instructor.send(json.dumps({"type": "control", "token": token, "action": "end"}))
    await next_frame(instructor, "projector", lambda f: f["phase"] == "finished")
    for person in people:
        await person.connection.close()
    await instructor.close()
    await asyncio.gather(*listeners)
    return {"latencies": latencies, "acked": {p.number: p.acked for p in people}}


async def _reply(instructor, step: int) -> dict:
    """The error frame of a refused majority, or the projector's view of the next decision."""
    while True:
        frame = json.loads(await asyncio.wait_for(instructor.recv(), TIMEOUT))
        if frame["type"] == "error" or (frame["type"] == "projector" and frame["step"] == step + 1):
            return frame


async def _acknowledged(people: list[Trainee], step: int) -> None:
    """Every trainee's acknowledgements of this step are in (the changed votes' too)."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        await asyncio.sleep(0.05)
        if all(step in p.acked for p in people):
            await asyncio.sleep(0.2)  # a changed vote's second ack
            return
    raise SystemExit(f"votes of decision {step + 1} were never acknowledged")


def lost_votes(folder: Path, acked: dict[int, dict[int, str]]) -> int:
    from game.records import RecordStore

    with RecordStore.open(folder / "records.sqlite") as store:
        recorded = {s.trainee.id: [d.choice for d in store.decisions(s.id)] for s in store.sessions()}
    lost = 0
    for number, steps in acked.items():
        mine = recorded.get(f"Trainee {number:02d}", [])
        lost += sum(1 for step, choice in steps.items() if step >= len(mine) or mine[step] != choice)
    return lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainees", type=int, default=60)
    parser.add_argument("--decisions", type=int, default=10)
    parser.add_argument("--json", action="store_true", help="every latency as JSON on stdout")
    parser.add_argument("--screenshots", type=Path, default=None, metavar="DIR")
    args = parser.parse_args()
    if args.screenshots:
        return screenshots(args.screenshots)
    with tempfile.TemporaryDirectory() as workdir:
        folder, port = Path(workdir), free_port()
        process, room, token = launch(folder, port)
        try:
            started = time.perf_counter()
            result = asyncio.run(run_load(port, room, token, args.trainees, args.decisions, random.Random(16)))
            seconds = time.perf_counter() - started
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        lost = lost_votes(folder, result["acked"])
    latencies = sorted(result["latencies"])
    median = statistics.median(latencies) * 1000
    p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000
    print(f"{args.trainees} trainees, {args.decisions} decisions, {len(latencies)} first votes timed in {seconds:.1f} s")
    print(f"lost votes: {lost}  ({'PASS' if lost == 0 else 'MISS'}: 0)")
    print(f"vote-to-projector latency: median {median:.1f} ms ({'PASS' if median < 100 else 'MISS'}: < 100 ms), "
          f"p95 {p95:.1f} ms, max {latencies[-1] * 1000:.1f} ms")
    print(f"load average (1 min): {os.getloadavg()[0]:.2f}")
    if args.json:
        print(json.dumps({"latencies_ms": [round(x * 1000, 3) for x in latencies], "lost": lost}))
    return 0 if lost == 0 else 1


def screenshots(out: Path) -> int:
    """The projector (pygame, under Xvfb when DISPLAY is set) and a phone-sized page (Chromium)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "x11" if os.environ.get("DISPLAY") else "dummy")
    os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"
    from websockets.sync.client import connect

    with tempfile.TemporaryDirectory() as workdir:
        folder, port = Path(workdir), free_port()
        process, room, token = launch(folder, port)
        url = f"http://127.0.0.1:{port}/?room={room}"
        try:
            with connect(f"ws://127.0.0.1:{port}/ws") as one, connect(f"ws://127.0.0.1:{port}/ws") as two:
                for connection, name in ((one, "Cpl Dupont"), (two, "Sgt Okafor")):
                    connection.send(json.dumps({"type": "join", "room": room, "name": name, "language": "en"}))
                _phone(out / "class-phone.png", url, one)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        _projector(out / "class-projector.png", folder)
    print(f"wrote {out / 'class-projector.png'} and {out / 'class-phone.png'}")
    return 0


def _phone(path: Path, url: str, voter) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        page.goto(url)
        page.get_by_label("Name or service number").fill("Pte Mwangi")
        page.get_by_role("button", name="Join").click()
        page.get_by_role("radio").nth(1).check()
        page.get_by_text("Your vote is in", exact=False).wait_for()
        page.screenshot(path=str(path), full_page=True)
        browser.close()


def _projector(path: Path, folder: Path) -> None:
    """The class as the killed-and-relaunched process would show it: the journal of the run above."""
    import pygame

    from game.classroom import ClassRoom, ClassSetup, Journal
    from game.ui.scenes.class_projector import ProjectorScene
    from game.ui.window import Window
    from game.authoring.loader import load_scenario
    from game.engine.rules import compile_scenario

    loaded = load_scenario(SCENARIO)
    setup = ClassSetup(compile_scenario(loaded.scenario, loaded.catalogue), loaded.content_hash, seed=7)
    room = ClassRoom(setup, Journal(folder / "class.sqlite"))
    window = Window((1280, 800))
    scene = ProjectorScene(room, f"http://192.168.1.20:8765/?room={room.room}")
    scene.draw(window.surface)
    window.present()
    window.screenshot(path)
    window.destroy()
    pygame.quit()


if __name__ == "__main__":
    raise SystemExit(main())
