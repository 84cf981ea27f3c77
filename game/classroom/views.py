"""What each screen of a class shows, as plain JSON-ready dicts: the projector's and each trainee's.

A trainee's view never holds another trainee's name or vote; the tally is in a view only once
the instructor revealed it (or the time ran out). Texts are plain strings: the page sets them
with textContent, so nothing a scenario or a trainee wrote is ever read as markup.
"""

from __future__ import annotations

from ..catalogs import texts
from ..debrief import Debrief
from ..engine.session import Session
from .room import ClassRoom
from .seats import Seat


def _options(session: Session, room: ClassRoom, tally_shown: bool) -> list[dict]:
    counts = room.tally()
    return [{"id": c.id, "number": c.number, "text": c.text, **({"votes": counts.get(c.id, 0)} if tally_shown else {})}
            for c in session.choices] if not room.finished else []


def _scene(session: Session, room: ClassRoom) -> dict:
    node = session.node
    left = room.seconds_left()
    return {"room": room.room, "phase": room.phase, "step": room.step, "title": session.text(session.scenario.title),
            "text": node.text.strip(), "speaker": node.speaker.name if node.speaker else "",
            "seconds_left": None if left is None else round(left, 1), "time_up": room.time_up,
            "joined": len(room.seats), "voted": len(room.votes), "mode": room.mode}


def _last(session: Session, room: ClassRoom, seat: Seat | None) -> dict | None:
    """The group's latest decision, in the reader's language (with feedback in training mode)."""
    if room.last_taken is None:
        return None
    node_id, choice_id = room.last_taken
    node = session.scenario.nodes[node_id]
    compiled = session.compiled.nodes[node_id]

    def described(choice: str) -> dict:
        model = node.choices[compiled.by_id[choice].index]
        feedback = session.text(model.feedback) if room.mode == "training" else ""
        critical = session.critical_text(model) if room.mode == "training" else None
        return {"text": session.text(model.text), "feedback": feedback, "critical": critical or ""}

    last = {"taken": described(choice_id)}
    if seat is not None:
        mine = seat.votes[-1] if seat.votes and seat.votes[-1].node == node_id else None
        last["mine"] = described(mine.choice) if mine is not None else None
    return last


def projector_view(room: ClassRoom) -> dict:
    with room.lock:
        session = room.run.session
        shown = room.phase == "revealed" or room.finished
        return {**_scene(session, room), "options": _options(session, room, shown), "tally_shown": shown,
                "last": _last(session, room, None), "message": room.message,
                "records_problem": room.run.records_problem or room.records.problem or ""}


def seat_view(room: ClassRoom, seat: Seat) -> dict:
    with room.lock:
        session = room.mirror(seat.language)
        shown = room.phase == "revealed" or room.finished
        mine = room.votes.get(seat.number)
        return {"type": "state", **_scene(session, room), "options": _options(session, room, shown),
                "tally_shown": shown, "your_vote": mine.choice if mine else None, "language": seat.language,
                "last": _last(session, room, seat), "debrief": _debrief(seat.debrief, seat.language) if seat.debrief else None}


def _debrief(debrief: Debrief, language: str) -> dict:
    """What the page shows of a trainee's own debrief."""
    overall = texts(language).percent(debrief.overall) if debrief.overall is not None else "-"
    return {"title": debrief.title, "overall": overall, "passed": debrief.passed,
            "ending": debrief.ending_text, "outcome": debrief.outcome,
            "decisions": [{"situation": d.situation, "choice": d.choice_text, "feedback": d.feedback,
                           "critical": d.critical or ""} for d in debrief.decisions],
            "strengths": list(debrief.strengths), "to_work_on": list(debrief.to_work_on)}
