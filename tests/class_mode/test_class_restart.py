"""kill -9 of the class process, then the same command again: the class resumes where it was, and
every vote the server acknowledged is still there (and in the trainees' records once taken)."""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import ExitStack

from game.records import RecordStore

from class_process import launch, until
from class_support import LOOP


def test_a_killed_class_resumes_with_every_acknowledged_vote(tmp_path):
    first = launch(tmp_path)
    acknowledged: dict[str, str] = {}
    try:
        with first.socket() as instructor, ExitStack() as pages:
            trainees = []
            for number in range(6):
                page = pages.enter_context(first.socket())
                page.send(json.dumps({"type": "join", "room": first.room, "name": f"T{number}", "language": "en"}))
                trainees.append((page, until(page, "joined")["token"]))
            state = until(trainees[0][0], "state")
            options = [o["id"] for o in state["options"]]
            for number, (page, token) in enumerate(trainees):
                page.send(json.dumps({"type": "vote", "step": 0, "choice": options[number % 2]}))
                acknowledged[token] = until(page, "ack")["choice"]
            instructor.send(json.dumps({"type": "control", "token": first.token, "action": "watch"}))
            until(instructor, "projector")
    finally:
        first.kill()
    again = launch(tmp_path)
    try:
        assert again.room == first.room and again.token == first.token
        for token, choice in acknowledged.items():
            with again.socket() as page:
                page.send(json.dumps({"type": "rejoin", "room": again.room, "token": token}))
                until(page, "joined")
                assert until(page, "state")["your_vote"] == choice
        with again.socket() as instructor:
            instructor.send(json.dumps({"type": "control", "token": again.token, "action": "take",
                                        "choice": options[0]}))
            assert until(instructor, "projector", lambda f: f["step"] == 1)["joined"] == 6
    finally:
        again.stop()
    with RecordStore.open(tmp_path / "records.sqlite") as store:
        recorded = {s.trainee.id: [d.choice for d in store.decisions(s.id)] for s in store.sessions()}
    assert {f"T{n}": [options[n % 2]] for n in range(6)}.items() <= recorded.items()


def test_the_class_command_says_one_line_when_its_port_is_taken(tmp_path):
    first = launch(tmp_path / "a")
    try:
        taken = subprocess.run([sys.executable, "-m", "game", "class", str(LOOP), "--no-window", "--host", "127.0.0.1",
                                "--port", str(first.port), "--db", str(tmp_path / "r.sqlite"),
                                "--journal", str(tmp_path / "b.sqlite")], capture_output=True, text=True, timeout=60)
    finally:
        first.stop()
    assert taken.returncode == 1 and taken.stdout == ""
    assert len(taken.stderr.strip().splitlines()) == 1 and f"cannot listen on 127.0.0.1:{first.port}" in taken.stderr
