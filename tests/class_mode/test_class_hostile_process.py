"""Hostile traffic against the real `bluehelm class` process (uvicorn on 127.0.0.1): a huge frame closes
only that connection, a flood of joins and of votes is refused, and the class goes on."""

from __future__ import annotations

import json
from contextlib import ExitStack

import pytest
from websockets.exceptions import ConnectionClosed

from class_process import launch, until


@pytest.fixture
def process(tmp_path):
    running = launch(tmp_path)
    yield running
    running.stop()


def test_a_huge_frame_closes_only_its_own_connection(process):
    with process.socket() as hostile, process.socket() as honest:
        honest.send(json.dumps({"type": "join", "room": process.room, "name": "Ana", "language": "en"}))
        until(honest, "joined")
        hostile.send("x" * 100_000)
        with pytest.raises(ConnectionClosed):
            hostile.recv(timeout=10)
        honest.send(json.dumps({"type": "vote", "step": 0, "choice": "greet"}))
        assert until(honest, "ack")["choice"] == "greet"


def test_a_thousand_joins_a_second_and_a_vote_flood_are_refused_and_the_class_goes_on(process):
    answers: dict[str, int] = {}
    with ExitStack() as opened:
        sockets = [opened.enter_context(process.socket()) for _ in range(20)]
        for connection in sockets:
            for _ in range(50):
                connection.send(json.dumps({"type": "join", "room": process.room, "name": "Bot", "language": "en"}))
        for connection in sockets:
            replies = 0
            while replies < 50:
                frame = json.loads(connection.recv(timeout=10))
                if frame["type"] in ("joined", "error"):
                    key = frame.get("code", frame["type"])
                    answers[key] = answers.get(key, 0) + 1
                    replies += 1
        flood = opened.enter_context(process.socket())
        flood.send(json.dumps({"type": "join", "room": process.room, "name": "Flood", "language": "en"}))
        until(flood, "joined")
        for _ in range(200):
            flood.send(json.dumps({"type": "vote", "step": 0, "choice": "greet"}))
        codes = []
        while len(codes) < 200:
            frame = json.loads(flood.recv(timeout=10))
            if frame["type"] in ("ack", "error"):
                codes.append(frame.get("code", frame["type"]))
    assert answers["joined"] == 20 and sum(answers.values()) == 1000, answers
    assert "too-fast" in codes and "ack" in codes
    with process.socket() as late:
        late.send(json.dumps({"type": "join", "room": process.room, "name": "Late", "language": "fr"}))
        assert until(late, "joined")["seat"] == 22
