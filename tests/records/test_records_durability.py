"""No decision is lost: a player killed with SIGKILL mid-session, and several players writing at once."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time

from records_support import HERE, LOOP, loaded, pick

from game.engine.session import Session
from game.engine.state import SessionState
from game.records import RecordStore

CHILD = HERE / "player_child.py"
KILL_AFTER = 25


def _reference(choices: list[str], seed: int) -> Session:
    compiled, digest = loaded(LOOP)
    session = Session(compiled, seed=seed, content_hash=digest)
    for choice in choices:
        session.choose(choice)
    return session


def test_a_player_killed_mid_session_keeps_every_committed_decision_and_resumes_exactly(tmp_path):
    db, seed = tmp_path / "records.sqlite3", 7
    child = subprocess.Popen([sys.executable, str(CHILD), "kill", str(db), str(seed)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    committed = 0
    try:
        deadline = time.monotonic() + 60
        while committed < KILL_AFTER and time.monotonic() < deadline:
            line = child.stdout.readline()
            assert line, f"the player stopped early: {child.stderr.read()}"
            if line.startswith("committed "):
                committed = int(line.split()[1])
        child.send_signal(signal.SIGKILL)  # while it is still deciding: no clean shutdown of any kind
    finally:
        child.kill()
        child.wait(timeout=10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    assert committed >= KILL_AFTER

    with RecordStore.open(db) as store:
        [record] = store.unfinished(trainee="kill-me")
        decisions = store.decisions(record.id)
        saved = store.load_state(record.id)
    assert len(decisions) >= committed  # every decision reported as committed is there
    assert [d.seq for d in decisions] == list(range(1, len(decisions) + 1))
    assert [d.choice for d in saved.decisions] == [d.choice for d in decisions]

    compiled, digest = loaded(LOOP)
    resumed, report = Session.resume(compiled, SessionState.from_json(saved.to_json()), content_hash=digest)
    reference = _reference([d.choice for d in decisions], seed)
    assert report.exact
    assert resumed.node_id == reference.node_id
    assert resumed.variables == reference.variables
    assert resumed.state.rng == reference.state.rng
    # The next weighted draws agree too: play on, same picks, same destinations.
    rng_a, rng_b = random.Random(99), random.Random(99)
    for _ in range(30):
        a = resumed.choose(pick(resumed, rng_a, stay=True))
        b = reference.choose(pick(reference, rng_b, stay=True))
        assert (a.choice, a.destination) == (b.choice, b.destination)
    assert resumed.variables == reference.variables


WRITERS, SESSIONS, DECISIONS = 4, 200, 3


def test_four_players_writing_at_once_lose_nothing(tmp_path):
    db = tmp_path / "records.sqlite3"
    children = [subprocess.Popen([sys.executable, str(CHILD), "write", str(db), str(worker), str(SESSIONS),
                                  str(DECISIONS)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for worker in range(WRITERS)]
    reported: set[int] = set()
    try:
        for child in children:
            out, err = child.communicate(timeout=240)  # about 10 s on an idle 2-core machine
            assert child.returncode == 0, err
            ids = [int(line) for line in out.split()]
            assert len(ids) == SESSIONS
            reported |= set(ids)
    finally:
        for child in children:
            child.kill()
            child.wait(timeout=10)

    with RecordStore.open(db) as store:
        sessions = store.sessions()
        decisions = store.decisions_of(s.id for s in sessions)
    assert len(sessions) == WRITERS * SESSIONS
    assert {s.id for s in sessions} == reported
    assert all(s.finished and s.decisions == DECISIONS for s in sessions)
    assert all([d.seq for d in decisions[s.id]] == [1, 2, 3] for s in sessions)
    assert len({s.registration for s in sessions}) == len(sessions)
    for worker in range(WRITERS):
        assert sum(s.course == f"worker-{worker}" for s in sessions) == SESSIONS
