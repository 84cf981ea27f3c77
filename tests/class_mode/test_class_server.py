"""The class server in-process with real WebSocket clients (Starlette's TestClient): join, vote,
reveal, debrief, and hostile frames refused with an error frame, never a crash."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from game.classroom.protocol import MAX_FRAME
from game.classroom.server import ClassServer

from class_support import open_room


@pytest.fixture
def served(tmp_path):
    room = open_room(tmp_path)
    with TestClient(ClassServer(room).app) as client:
        yield room, client


def until(socket, kind: str, test=lambda frame: True) -> dict:
    """The next frame of `kind` that passes `test` (other frames may come between)."""
    for _ in range(50):
        frame = socket.receive_json()
        if frame["type"] == kind and test(frame):
            return frame
    raise AssertionError(f"no {kind} frame")


def join(socket, room, name="Ana", language="en") -> dict:
    socket.send_json({"type": "join", "room": room.room, "name": name, "language": language})
    return until(socket, "joined")


def control(socket, room, action: str, **extra) -> None:
    socket.send_json({"type": "control", "token": room.instructor_token, "action": action, **extra})


def test_the_page_is_served_self_contained_with_a_strict_policy(served):
    _, client = served
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/page.js", "/page.css"):
        body = client.get(asset).text
        assert "http://" not in body and "https://" not in body
    assert "http" not in page.text.replace('http-equiv', '')
    info = client.get("/info.json?lang=fr").json()
    assert info["language"] == "fr" and info["words"]["join"] == "Rejoindre"
    assert [entry["code"] for entry in info["languages"]] == ["en", "fr"]


def test_a_trainee_joins_votes_sees_the_reveal_and_their_debrief(served):
    room, client = served
    with client.websocket_connect("/ws") as trainee, client.websocket_connect("/ws") as instructor:
        joined = join(trainee, room, language="fr")
        state = until(trainee, "state")
        assert state["language"] == "fr" and state["joined"] == 1
        choice = state["options"][0]["id"]
        trainee.send_json({"type": "vote", "step": 0, "choice": choice})
        assert until(trainee, "ack") == {"type": "ack", "step": 0, "choice": choice}
        control(instructor, room, "reveal")
        revealed = until(trainee, "state", lambda f: f["tally_shown"])
        assert revealed["tally_shown"] and {o["id"]: o["votes"] for o in revealed["options"]}[choice] == 1
        control(instructor, room, "majority")
        after = until(trainee, "state", lambda f: f["step"] == 1)
        assert after["step"] == 1 and after["last"]["mine"]["text"] == after["last"]["taken"]["text"]
        control(instructor, room, "end")
        debrief = until(trainee, "state", lambda f: f["debrief"])["debrief"]
        assert debrief["decisions"][0]["choice"] == state["options"][0]["text"]
        assert joined["seat"] == 1


def test_a_reloaded_page_rejoins_its_seat_with_its_token(served):
    room, client = served
    with client.websocket_connect("/ws") as first:
        token = join(first, room)["token"]
        first.send_json({"type": "vote", "step": 0, "choice": room.run.choices[0].id})
        until(first, "ack")
    with client.websocket_connect("/ws") as again:
        again.send_json({"type": "rejoin", "room": room.room, "token": token})
        assert until(again, "joined")["seat"] == 1
        assert until(again, "state")["your_vote"] == room.run.choices[0].id  # its acknowledged vote is there


@pytest.mark.parametrize("frame, code", [
    ("x" * (MAX_FRAME + 1), "too-large"),
    ("{not json", "malformed"),
    (json.dumps({"type": "vote", "step": 0}), "malformed"),
    (json.dumps({"type": "shout", "text": "hi"}), "malformed"),
    (json.dumps({"type": "vote", "step": 0, "choice": "greet"}), "not-joined"),
    (json.dumps({"type": "rejoin", "room": "WRONG1", "token": "a" * 32}), "wrong-room"),
    (json.dumps({"type": "control", "token": "b" * 32, "action": "end"}), "not-instructor"),
])
def test_hostile_frames_get_an_error_frame_and_change_nothing(served, frame, code):
    room, client = served
    with client.websocket_connect("/ws") as socket:
        socket.send_text(frame)
        assert until(socket, "error")["code"] == code
    assert room.step == 0 and not room.finished and not room.votes


def test_a_vote_cannot_name_another_seat_nor_be_replayed_on_a_later_decision(served):
    room, client = served
    with client.websocket_connect("/ws") as ana, client.websocket_connect("/ws") as instructor:
        join(ana, room)
        first = room.run.choices[0].id
        ana.send_json({"type": "vote", "step": 0, "choice": first, "seat": 2})
        assert until(ana, "error")["code"] == "malformed"
        ana.send_json({"type": "vote", "step": 0, "choice": first})
        until(ana, "ack")
        control(instructor, room, "take", choice=first)
        ana.send_json({"type": "vote", "step": 0, "choice": first})  # the same frame again, a decision later
        assert until(ana, "error")["code"] == "closed"
    assert room.votes == {}


def test_an_unknown_or_made_up_token_gets_no_seat(served):
    room, client = served
    with client.websocket_connect("/ws") as socket:
        socket.send_json({"type": "rejoin", "room": room.room, "token": "c" * 32})
        assert until(socket, "error")["code"] == "unknown-token"
        socket.send_json({"type": "vote", "step": 0, "choice": room.run.choices[0].id})
        assert until(socket, "error")["code"] == "not-joined"


def test_guessing_the_room_code_closes_the_connection(served):
    room, client = served
    with client.websocket_connect("/ws") as socket:
        for _ in range(5):
            socket.send_json({"type": "join", "room": "NOPE99", "name": "X", "language": "en"})
            assert until(socket, "error")["code"] == "wrong-room"
        with pytest.raises(Exception):
            socket.receive_json()
    assert room.seats == {}


def test_a_thousand_joins_in_a_second_are_refused_without_a_crash(served):
    room, client = served
    codes: dict[str, int] = {}
    for _ in range(40):
        with client.websocket_connect("/ws") as socket:
            for _ in range(25):
                socket.send_json({"type": "join", "room": room.room, "name": "Bot", "language": "en"})
            for _ in range(25):
                frame = socket.receive_json()
                while frame["type"] == "state":
                    frame = socket.receive_json()
                codes[frame.get("code", frame["type"])] = codes.get(frame.get("code", frame["type"]), 0) + 1
    assert sum(codes.values()) == 1000
    assert codes["joined"] == len(room.seats) == 40  # one seat a page; the other 960 were refused
    assert set(codes) <= {"joined", "joined-already", "busy", "too-fast"}
    with client.websocket_connect("/ws") as late:
        late.send_json({"type": "rejoin", "room": room.room, "token": room.seats[1].token})
        assert until(late, "joined")["seat"] == 1


def test_a_vote_the_journal_could_not_keep_is_not_acknowledged(served, monkeypatch):
    from game.classroom import JournalError

    room, client = served

    def full_disk(vote):
        raise JournalError(f"class journal {room.journal.path}: could not write: database or disk is full")

    with client.websocket_connect("/ws") as socket:
        join(socket, room)
        monkeypatch.setattr(room.journal, "put_vote", full_disk)
        socket.send_json({"type": "vote", "step": 0, "choice": room.run.choices[0].id})
        error = until(socket, "error")
    assert error["code"] == "journal" and "disk is full" in error["message"] and room.votes == {}


def test_a_trainee_can_switch_language_and_reads_the_same_options_in_it(served):
    room, client = served
    with client.websocket_connect("/ws") as socket:
        join(socket, room)
        before = until(socket, "state")
        socket.send_json({"type": "language", "language": "fr"})
        after = until(socket, "state", lambda f: f["language"] == "fr")
        socket.send_json({"type": "language", "language": "de"})
        assert until(socket, "error")["code"] == "language"
    assert [o["id"] for o in after["options"]] == [o["id"] for o in before["options"]]
    assert after["text"] == "La place du marché se remplit."
