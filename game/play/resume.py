"""Carrying on an unfinished session: found in the records store, replayed, never trusted.

The records store is the one source of truth: a session belongs to a trainee, a scenario
and a mode, and only that trainee, launching that scenario in that mode, is offered it.
Resuming replays the recorded choice ids through the engine from the session's start
(seed, language), so node, variables and scores are recomputed, never read back: a
record edited to claim a pass replays to what was really played, or is refused.
"""

from __future__ import annotations

import time
from dataclasses import replace

from ..engine.rules import CompiledScenario
from ..engine.session import ResumeReport, Session, SessionError
from ..records import RecordsError, RecordStore
from ..records.models import SessionRecord
from .run import Clock, PlayRun, Who


class ResumeRefused(Exception):
    """A saved session that cannot be played on; the message says why in one line (offer to start again)."""


def unfinished_for(store: RecordStore, trainee: str, scenario_id: str, mode: str) -> SessionRecord | None:
    """This trainee's latest unfinished session of this scenario in this mode, if any (never anyone else's)."""
    mine = [r for r in store.unfinished(trainee) if r.scenario_id == scenario_id and r.mode == mode]
    return mine[0] if mine else None


def resume_run(compiled: CompiledScenario, store: RecordStore, record: SessionRecord, *, content_hash: str,
               clock: Clock = time.monotonic) -> tuple[PlayRun, ResumeReport]:
    """The run of `record`, its decisions replayed; ResumeRefused when they do not replay.

    On the same scenario file every recorded decision must replay exactly; on an edited file the
    replay goes as far as it can and the session continues as a new record (the old one stays).
    """
    try:
        start, decisions = store.replay_of(record.id)
        who = Who(record.trainee.id, record.course, record.mode, record.timer_setting, record.trainee.name,
                  record.trainee.service_number)
    except (RecordsError, ValueError) as exc:
        raise ResumeRefused(f"session {record.id} cannot be resumed: {exc}") from exc
    if start.scenario != compiled.model.id:
        raise ResumeRefused(f"session {record.id} is of scenario '{start.scenario}', not '{compiled.model.id}'")
    try:
        session, report = Session.replay(compiled, replace(start, decisions=decisions), content_hash=content_hash)
    except (SessionError, ValueError, TypeError, OverflowError) as exc:
        raise ResumeRefused(f"session {record.id} cannot be resumed: {exc}") from exc
    if record.content_hash == content_hash:
        if report.replayed < len(decisions):
            raise ResumeRefused(f"session {record.id} does not replay on its own scenario ({report.message}): "
                                "it was edited or damaged; start again")
        run = PlayRun(session, who, store=store, record_id=record.id, clock=clock)
        run.write_to_records(lambda records: records.record_resumed(record.id))  # xAPI: suspended, then resumed
        return run, ResumeReport(True, len(decisions), 0, "resumed")
    run = PlayRun(session, who, store=store, clock=clock)
    run.record_all()  # the edited scenario's session is a new record; the old one stays as history
    return run, report
