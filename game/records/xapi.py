"""Sessions as xAPI 1.0.3 statements, built from the records alone.

Each session becomes: launched, initialized, one `answered` per decision (the
choice id as the response, its ratings in a result extension), then once it is
finished completed (when an ending was reached), passed or failed, terminated.
Everything in a statement comes from the stored records, and its id is a uuid5
of the session's registration and the statement's place in it, so building the
statements again gives the same bytes and re-sending one is idempotent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from urllib.parse import quote

from .models import DecisionRecord, SessionRecord
from .store import RecordStore

XAPI_VERSION = "1.0.3"
NAMESPACE = "https://bluehelm.org/xapi"
DEFAULT_HOME_PAGE = "https://bluehelm.org/trainees"
STATEMENT_IDS = uuid.UUID("6f1f4d0e-8a4b-5c2e-9d7a-b1e4e1a0c0de")  # never change: ids must stay stable

ADL_VERB = "http://adlnet.gov/expapi/verbs/"
ACTIVITY_TYPE_SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
ACTIVITY_TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ACTIVITY_TYPE_COURSE = "http://adlnet.gov/expapi/activities/course"

EXT_RATINGS = f"{NAMESPACE}/extensions/ratings"
EXT_TIMER_EXPIRED = f"{NAMESPACE}/extensions/timer-expired"
EXT_DESTINATION = f"{NAMESPACE}/extensions/destination"
EXT_SEQUENCE = f"{NAMESPACE}/extensions/sequence"
EXT_OUTCOME = f"{NAMESPACE}/extensions/outcome"
EXT_DIMENSIONS = f"{NAMESPACE}/extensions/dimension-percents"
EXT_RED_LINES = f"{NAMESPACE}/extensions/red-lines"
EXT_CONTENT_HASH = f"{NAMESPACE}/extensions/content-hash"
EXT_MODE = f"{NAMESPACE}/extensions/mode"
EXT_TIMER_SETTING = f"{NAMESPACE}/extensions/timer-setting"
EXT_APP_VERSION = f"{NAMESPACE}/extensions/app-version"
ENDINGS = ("success", "partial", "failure")


@dataclass(frozen=True, slots=True)
class QueuedStatement:
    """One statement with the session it belongs to (what the store marks as sent)."""

    id: str
    session_id: int
    body: dict


def scenario_iri(scenario_id: str) -> str:
    return f"{NAMESPACE}/scenarios/{quote(scenario_id, safe='')}"


def node_iri(scenario_id: str, node_id: str) -> str:
    return f"{scenario_iri(scenario_id)}/nodes/{quote(node_id, safe='')}"


def course_iri(course: str) -> str:
    return f"{NAMESPACE}/courses/{quote(course, safe='')}"


def statement_id(registration: str, key: str) -> str:
    return str(uuid.uuid5(STATEMENT_IDS, f"{registration}/{key}"))


def iso_duration(seconds: float) -> str:
    """ISO 8601 duration of seconds: 12.5 -> PT12.5S."""
    text = f"{max(0.0, seconds):.3f}".rstrip("0").rstrip(".")
    return f"PT{text or '0'}S"


def session_statements(record: SessionRecord, decisions: list[DecisionRecord], result: dict | None,
                       *, home_page: str = DEFAULT_HOME_PAGE) -> list[QueuedStatement]:
    """The statements of one session, in order, as far as it has been played."""
    build = _Builder(record, home_page)
    out = [build("launched", "launched", _scenario(record), record.started_at),
           build("initialized", "initialized", _scenario(record), record.started_at)]
    for decision in decisions:
        out.append(build(f"decision/{decision.seq}", "answered", _node(record, decision.node), decision.decided_at,
                         result=_answer(decision), parent=True))
    if record.finished_at is not None and result is not None:
        out += _closing(build, record, result)
    return out


def _closing(build: "_Builder", record: SessionRecord, result: dict) -> list[QueuedStatement]:
    outcome = str(result.get("outcome", ""))
    taken = iso_duration(record.seconds_taken() or 0.0)
    out = []
    if outcome in ENDINGS:
        out.append(build("completed", "completed", _scenario(record), record.finished_at,
                         result={"completion": True, "duration": taken}))
        passed = bool(result.get("passed"))
        graded: dict = {"success": passed, "completion": True, "duration": taken,
                        "extensions": {EXT_OUTCOME: outcome, EXT_DIMENSIONS: _dimension_percents(result),
                                       EXT_RED_LINES: list(result.get("critical", []))}}
        overall = result.get("overall")
        if overall is not None:
            graded["score"] = {"scaled": round(float(overall) / 100, 4), "raw": float(overall), "min": 0, "max": 100}
        out.append(build("result", "passed" if passed else "failed", _scenario(record), record.finished_at,
                         result=graded))
    out.append(build("terminated", "terminated", _scenario(record), record.finished_at,
                     result={"duration": taken}))
    return out


def _dimension_percents(result: dict) -> dict:
    return {name: score.get("percent") for name, score in dict(result.get("scores", {})).items()}


def _answer(decision: DecisionRecord) -> dict:
    return {"response": decision.choice, "duration": iso_duration(decision.seconds),
            "extensions": {EXT_RATINGS: dict(decision.ratings), EXT_TIMER_EXPIRED: decision.timer_expired,
                           EXT_DESTINATION: decision.goto, EXT_SEQUENCE: decision.seq}}


def _scenario(record: SessionRecord) -> dict:
    definition: dict = {"type": ACTIVITY_TYPE_SIMULATION}
    if record.scenario_title:
        definition["name"] = {record.language: record.scenario_title}
    return {"objectType": "Activity", "id": scenario_iri(record.scenario_id), "definition": definition}


def _node(record: SessionRecord, node_id: str) -> dict:
    return {"objectType": "Activity", "id": node_iri(record.scenario_id, node_id),
            "definition": {"type": ACTIVITY_TYPE_INTERACTION, "interactionType": "choice"}}


class _Builder:
    """The parts every statement of a session shares: actor, registration, context."""

    def __init__(self, record: SessionRecord, home_page: str) -> None:
        self.record = record
        self.actor = {"objectType": "Agent", "account": {"homePage": home_page, "name": record.trainee.id}}

    def __call__(self, key: str, verb: str, activity: dict, timestamp: str | None, *,
                 result: dict | None = None, parent: bool = False) -> QueuedStatement:
        record = self.record
        ident = statement_id(record.registration, key)
        body: dict = {"id": ident, "version": XAPI_VERSION, "actor": self.actor,
                      "verb": {"id": ADL_VERB + verb, "display": {"en-US": verb}}, "object": activity}
        if result:
            body["result"] = result
        body["context"] = self._context(parent)
        body["timestamp"] = timestamp or record.started_at
        return QueuedStatement(ident, record.id, body)

    def _context(self, parent: bool) -> dict:
        record = self.record
        activities: dict = {}
        if parent:
            activities["parent"] = [{"objectType": "Activity", "id": scenario_iri(record.scenario_id)}]
        if record.course:
            activities["grouping"] = [{"objectType": "Activity", "id": course_iri(record.course),
                                       "definition": {"type": ACTIVITY_TYPE_COURSE, "name": {"und": record.course}}}]
        context: dict = {"registration": record.registration}
        if activities:
            context["contextActivities"] = activities
        context.update({"platform": "Bluehelm", "revision": record.content_hash[:12] or "unknown",
                        "language": record.language,
                        "extensions": {EXT_CONTENT_HASH: record.content_hash, EXT_MODE: record.mode,
                                       EXT_TIMER_SETTING: record.timer_setting,
                                       EXT_APP_VERSION: record.app_version}})
        return context


def store_statements(store: RecordStore, *, course: str | None = None, scenario: str | None = None,
                     home_page: str = DEFAULT_HOME_PAGE) -> list[QueuedStatement]:
    """Every statement of the matching sessions, session by session, each in order."""
    sessions = store.sessions(course=course, scenario=scenario)
    decisions = store.decisions_of(s.id for s in sessions)
    out: list[QueuedStatement] = []
    for record in sessions:
        result = store.result(record.id) if record.finished else None
        out += session_statements(record, decisions[record.id], result, home_page=home_page)
    return out
