"""The `bluehelm class` command as a real process on 127.0.0.1, and a plain WebSocket trainee for it."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from websockets.sync.client import ClientConnection, connect

from class_support import LOOP

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class ClassProcess:
    process: subprocess.Popen
    port: int
    room: str
    token: str

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?room={self.room}"

    def socket(self) -> ClientConnection:
        return connect(f"ws://127.0.0.1:{self.port}/ws", open_timeout=10)

    def kill(self) -> None:
        """kill -9: no shutdown, nothing flushed or closed by the process."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


def launch(folder: Path, *, port: int | None = None, scenario: Path = LOOP, extra: tuple[str, ...] = ()) -> ClassProcess:
    """`bluehelm class` with its journal and records in `folder`, once it listens."""
    port = port or free_port()
    command = [sys.executable, "-m", "game", "class", str(scenario), "--no-window", "--host", "127.0.0.1",
               "--port", str(port), "--db", str(folder / "records.sqlite"), "--journal", str(folder / "class.sqlite"),
               "--seed", "7", *extra]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = [process.stdout.readline() for _ in range(4)]
    found = re.search(r"room code (\w+)", "".join(lines)), re.search(r"Instructor token: (\S+)", "".join(lines))
    if not all(found):
        process.kill()
        raise AssertionError(f"bluehelm class did not start: {lines} {process.stderr.read()}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.05)
    return ClassProcess(process, port, found[0].group(1), found[1].group(1))


def until(connection: ClientConnection, kind: str, test=lambda frame: True, limit: float = 10.0) -> dict:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        frame = json.loads(connection.recv(timeout=limit))
        if frame["type"] == kind and test(frame):
            return frame
    raise AssertionError(f"no {kind} frame")
