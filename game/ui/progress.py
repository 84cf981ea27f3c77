"""Where the signed-in trainee stands on each scenario, from the records store: an unfinished
session to continue (in this launch's mode only) and the last finished result. No pygame here."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import RecordsError
from ..records.models import SessionRecord


@dataclass(frozen=True)
class Progress:
    unfinished: SessionRecord | None = None
    last: SessionRecord | None = None


def progress_of(store, trainee: str, mode: str) -> dict[str, Progress]:
    """Scenario id -> this trainee's progress in `mode`; empty when signed out or the store cannot be read."""
    if store is None or not trainee:
        return {}
    try:
        sessions = store.sessions(trainee=trainee)
    except RecordsError:
        return {}
    found: dict[str, Progress] = {}
    for record in sessions:  # oldest first: later ones win
        if record.mode != mode:
            continue
        now = found.get(record.scenario_id, Progress())
        if record.finished:
            found[record.scenario_id] = Progress(now.unfinished, record)
        elif record.decisions:
            found[record.scenario_id] = Progress(record, now.last)
    return found
