"""A player process for the durability tests, run with `python player_child.py MODE ...`.

kill DB SEED: play the patrol loop without end, printing each sequence number
    once its decision is committed (the test kills the process with SIGKILL).
write DB WORKER SESSIONS DECISIONS: play SESSIONS sessions of DECISIONS decisions
    each, finishing each, and print the session ids written.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from records_support import LOOP, RecordedSession, loaded, pick  # noqa: E402

from game.engine.session import Session  # noqa: E402
from game.records import RecordStore, Trainee  # noqa: E402


def play_until_killed(db: Path, seed: int) -> None:
    compiled, digest = loaded(LOOP)
    with RecordStore.open(db) as store:
        session = Session(compiled, seed=seed, content_hash=digest)
        recorded = RecordedSession.start(store, session, trainee=Trainee("kill-me", "Killed Trainee"), course="K")
        rng = random.Random(seed)
        for _ in range(100_000):  # bounded: the test kills this long before
            recorded.choose(pick(session, rng, stay=True))
            if len(session.decisions) == 1:  # the first decision opens the record
                print(f"session {recorded.session_id}", flush=True)
            print(f"committed {len(session.decisions)}", flush=True)


def write_sessions(db: Path, worker: int, sessions: int, decisions: int) -> None:
    compiled, digest = loaded(LOOP)
    with RecordStore.open(db) as store:
        for number in range(sessions):
            seed = worker * 100_000 + number
            session = Session(compiled, seed=seed, content_hash=digest)
            recorded = RecordedSession.start(store, session, trainee=Trainee(f"w{worker}-{number}"),
                                             course=f"worker-{worker}")
            rng = random.Random(seed)
            for _ in range(decisions):
                recorded.choose(pick(session, rng, stay=True))
            recorded.finish()
            print(recorded.session_id, flush=True)


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == "kill":
        play_until_killed(Path(args[0]), int(args[1]))
    elif mode == "write":
        write_sessions(Path(args[0]), int(args[1]), int(args[2]), int(args[3]))
    else:
        sys.exit(f"unknown mode {mode!r}")
