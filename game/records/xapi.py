"""Sessions as xAPI 1.0.3 statements, built from the records alone (the profile is in docs/records.md).

Each session becomes: `initialized`; one `answered` per decision, whose object is the
node as a `choice` interaction (its name, text and options in every language the
scenario has, the well-rated options as correct responses) and whose result carries
the ratings as a score and `success`; `suspended`/`resumed` where the trainee left and
came back (and `suspended` for a session not finished); then once finished,
`completed` when an ending was reached (the overall percent as its score, each
dimension's percent as the score profile), `passed` or `failed` in assessment mode
only, and `terminated`. A statement's id is a uuid5 of the session's registration and
its place in the session, and everything in it comes from the records, so building
the statements again gives the same bytes and re-sending one is idempotent.

Statements are built one session at a time (`iter_statements`), so exporting or
sending 10,000 sessions holds one session's statements in memory, not all of them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from urllib.parse import quote

from . import ratings as rating_rules
from .bundle import SessionBundle, bundle_ids, iter_bundles
from .models import DecisionRecord, SessionRecord
from .store import RecordStore

XAPI_VERSION = "1.0.3"
NAMESPACE = "https://bluehelm.org/xapi"
PROFILE_IRI = f"{NAMESPACE}/profile"
DEFAULT_HOME_PAGE = "https://bluehelm.org/trainees"
RECORDS_AGENT = "bluehelm-records"
STATEMENT_IDS = uuid.UUID("6f1f4d0e-8a4b-5c2e-9d7a-b1e4e1a0c0de")  # never change: ids must stay stable

ADL_VERB = "http://adlnet.gov/expapi/verbs/"
ACTIVITY_TYPE_SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
ACTIVITY_TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ACTIVITY_TYPE_COURSE = "http://adlnet.gov/expapi/activities/course"
ACTIVITY_TYPE_PROFILE = "http://adlnet.gov/expapi/activities/profile"

EXT_RATINGS = f"{NAMESPACE}/extensions/ratings"
EXT_RED_LINE = f"{NAMESPACE}/extensions/red-line"
EXT_TIMER_EXPIRED = f"{NAMESPACE}/extensions/timer-expired"
EXT_DESTINATION = f"{NAMESPACE}/extensions/destination"
EXT_SEQUENCE = f"{NAMESPACE}/extensions/sequence"
EXT_SHOWN_POSITION = f"{NAMESPACE}/extensions/shown-position"
EXT_OUTCOME = f"{NAMESPACE}/extensions/outcome"
EXT_DIMENSIONS = f"{NAMESPACE}/extensions/dimension-percents"
EXT_BANDS = f"{NAMESPACE}/extensions/bands"
EXT_RED_LINES = f"{NAMESPACE}/extensions/red-lines"
EXT_PASSED = f"{NAMESPACE}/extensions/pass-mark-reached"
EXT_CONTENT_HASH = f"{NAMESPACE}/extensions/content-hash"
EXT_MODE = f"{NAMESPACE}/extensions/mode"
EXT_TIMER_SETTING = f"{NAMESPACE}/extensions/timer-setting"
EXT_APP_VERSION = f"{NAMESPACE}/extensions/app-version"
ENDINGS = ("success", "partial", "failure")

Definitions = Callable[[str, str], "dict | None"]


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
    """ISO 8601 duration to 0.01 s, as xAPI asks: 12.345 -> PT12.35S."""
    value = Decimal(str(max(0.0, float(seconds)))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    text = format(value, "f").rstrip("0").rstrip(".")
    return f"PT{text or '0'}S"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(float(value), 4)


# -- one session ------------------------------------------------------------------------------

def session_statements(bundle: SessionBundle, definition: Mapping | None = None, *,
                       home_page: str = DEFAULT_HOME_PAGE) -> list[QueuedStatement]:
    """The statements of one session, in order, as far as it has been played."""
    build = _Builder(bundle.record, definition, home_page)
    out = [build("initialized", "initialized", build.scenario(), bundle.record.started_at)]
    resumed = dict(bundle.resumed)
    decisions = bundle.decisions
    for index in range(len(decisions) + 1):
        if index in resumed:
            out += _suspended(build, decisions, index)
            out.append(build(f"resumed/{index}", "resumed", build.scenario(), resumed[index], parent=False))
        if index < len(decisions):
            out.append(_answered(build, decisions[index]))
    record = bundle.record
    if not record.finished:
        if len(decisions) not in resumed:
            out += _suspended(build, decisions, len(decisions))
        return out
    return out + _closing(build, bundle)


def _suspended(build: "_Builder", decisions: list[DecisionRecord], after: int) -> list[QueuedStatement]:
    """Left after `after` decisions: dated at the last thing done, so it reads the same whenever it is built."""
    when = decisions[after - 1].decided_at if after else build.record.started_at
    return [build(f"suspended/{after}", "suspended", build.scenario(), when)]


def _answered(build: "_Builder", decision: DecisionRecord) -> QueuedStatement:
    node = build.node_definition(decision.node)
    extensions: dict = {EXT_RATINGS: dict(decision.ratings), EXT_TIMER_EXPIRED: decision.timer_expired,
                        EXT_DESTINATION: decision.goto, EXT_SEQUENCE: decision.seq}
    if decision.shown_position is not None:
        extensions[EXT_SHOWN_POSITION] = decision.shown_position
    result: dict = {"response": decision.choice}
    chosen = next((o for o in node["choices"] if o["id"] == decision.choice), None) if node else None
    weights = rating_rules.weights_of(build.definition)
    raw = rating_rules.total(decision.ratings, weights)
    score: dict = {"raw": _number(raw)}
    if node and chosen is not None:
        totals = [rating_rules.total(o.get("score", {}), weights) for o in node["choices"]]
        low, high = min(totals + [raw]), max(totals + [raw])
        span = max(abs(low), abs(high))
        score.update({"min": _number(low), "max": _number(high), "scaled": round(raw / span, 4) if span else 0})
        result["success"] = decision.choice in rating_rules.well_rated_ids(node["choices"], weights)
        if chosen.get("red_line"):
            extensions[EXT_RED_LINE] = True
    result.update({"score": score, "duration": iso_duration(decision.seconds), "extensions": extensions})
    return build(f"decision/{decision.seq}", "answered", build.node(decision.node), decision.decided_at,
                 result=result)


def _closing(build: "_Builder", bundle: SessionBundle) -> list[QueuedStatement]:
    record, result, summary = bundle.record, bundle.result, bundle.summary or {}
    taken = iso_duration(record.seconds_taken() or 0.0)
    out = []
    outcome = str(result.get("outcome", "")) if result else ""
    if result is not None and outcome in ENDINGS:
        overall = result.get("overall")
        extensions = {EXT_OUTCOME: outcome, EXT_DIMENSIONS: _dimension_percents(result),
                      EXT_RED_LINES: [str(r) for r in result.get("critical", [])],
                      EXT_PASSED: bool(result.get("passed"))}
        bands = {d.get("id"): d.get("band") for d in summary.get("dimensions", []) if d.get("band")}
        if summary.get("overall_band"):
            bands["overall"] = summary["overall_band"]
        if bands:
            extensions[EXT_BANDS] = bands
        graded: dict = {"completion": True, "duration": taken, "extensions": extensions}
        if isinstance(overall, (int, float)):
            graded["score"] = {"scaled": round(float(overall) / 100, 4), "raw": _number(float(overall)),
                               "min": 0, "max": 100}
        out.append(build("completed", "completed", build.scenario(), record.finished_at, result=graded,
                         parent=False))
        if record.mode == "assessment":
            passed = bool(result.get("passed"))
            verdict = {"success": passed, "completion": True, "duration": taken}
            if "score" in graded:
                verdict["score"] = graded["score"]
            out.append(build("result", "passed" if passed else "failed", build.scenario(), record.finished_at,
                             result=verdict, parent=False))
    out.append(build("terminated", "terminated", build.scenario(), record.finished_at,
                     result={"completion": outcome in ENDINGS, "duration": taken}, parent=False))
    return out


def _dimension_percents(result: Mapping) -> dict:
    scores = result.get("scores", {})
    if not isinstance(scores, Mapping):
        return {}
    return {name: score.get("percent") for name, score in scores.items() if isinstance(score, Mapping)}


class _Builder:
    """The parts every statement of a session shares: actor, registration, context, activities."""

    def __init__(self, record: SessionRecord, definition: Mapping | None, home_page: str) -> None:
        self.record, self.definition = record, definition
        self.actor = {"objectType": "Agent", "account": {"homePage": home_page, "name": record.trainee.id}}

    def scenario(self) -> dict:
        record, found = self.record, self.definition
        definition: dict = {"type": ACTIVITY_TYPE_SIMULATION}
        name = dict(found["title"]) if found and found.get("title") else (
            {record.language: record.scenario_title} if record.scenario_title else {})
        if name:
            definition["name"] = name
        if found and found.get("summary"):
            definition["description"] = dict(found["summary"])
        return {"objectType": "Activity", "id": scenario_iri(record.scenario_id), "definition": definition}

    def node_definition(self, node_id: str) -> dict | None:
        nodes = self.definition.get("nodes", {}) if self.definition else {}
        return nodes.get(node_id)

    def node(self, node_id: str) -> dict:
        definition: dict = {"type": ACTIVITY_TYPE_INTERACTION, "interactionType": "choice"}
        node = self.node_definition(node_id)
        if node:
            if node.get("name"):
                definition["name"] = dict(node["name"])
            if node.get("text"):
                definition["description"] = dict(node["text"])
            correct = rating_rules.well_rated_ids(node["choices"], rating_rules.weights_of(self.definition))
            if correct:
                definition["correctResponsesPattern"] = correct
            choices = [{"id": o["id"], "description": dict(o["text"])} for o in node["choices"] if o.get("text")]
            if choices:
                definition["choices"] = choices
        return {"objectType": "Activity", "id": node_iri(self.record.scenario_id, node_id), "definition": definition}

    def __call__(self, key: str, verb: str, activity: dict, timestamp: str | None, *,
                 result: dict | None = None, parent: bool = True) -> QueuedStatement:
        record = self.record
        ident = statement_id(record.registration, key)
        body: dict = {"id": ident, "version": XAPI_VERSION, "actor": self.actor,
                      "verb": {"id": ADL_VERB + verb, "display": {"en-US": verb}}, "object": activity}
        if result:
            body["result"] = result
        body["context"] = self._context(parent and activity["id"] != scenario_iri(record.scenario_id))
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
        activities["category"] = [{"objectType": "Activity", "id": PROFILE_IRI,
                                   "definition": {"type": ACTIVITY_TYPE_PROFILE}}]
        return {"registration": record.registration, "contextActivities": activities, "platform": "Bluehelm",
                "revision": record.content_hash[:12] or "unknown", "language": record.language,
                "extensions": {EXT_CONTENT_HASH: record.content_hash, EXT_MODE: record.mode,
                               EXT_TIMER_SETTING: record.timer_setting, EXT_APP_VERSION: record.app_version}}


def voiding_statement(voided_id: str, when: str, *, home_page: str = DEFAULT_HOME_PAGE) -> dict:
    """The xAPI way to withdraw a statement an LRS already has (a forgotten trainee's)."""
    return {"id": str(uuid.uuid5(STATEMENT_IDS, f"void/{voided_id}")), "version": XAPI_VERSION,
            "actor": {"objectType": "Agent", "account": {"homePage": home_page, "name": RECORDS_AGENT}},
            "verb": {"id": ADL_VERB + "voided", "display": {"en-US": "voided"}},
            "object": {"objectType": "StatementRef", "id": voided_id}, "timestamp": when}


# -- many sessions, streamed -----------------------------------------------------------------

class DefinitionCache:
    """Scenario texts by (id, content hash): from the records, else from `lookup` (a scenario file with that
    exact hash), which is then recorded so later builds give the same statements."""

    def __init__(self, store: RecordStore, lookup: Callable[[str, str], object | None] | None = None) -> None:
        self.store, self.lookup = store, lookup
        self._cache: dict[tuple[str, str], dict | None] = {}

    @classmethod
    def with_library(cls, store: RecordStore, folders: Iterable = ()) -> "DefinitionCache":
        """Texts from the records, else from the shipped library and `folders` (read only when needed)."""
        found: list = []

        def lookup(scenario_id: str, content_hash: str) -> object | None:
            if not found:
                from .scenario_texts import ScenarioIndex

                found.append(ScenarioIndex(list(folders)))
            return found[0].exact(scenario_id, content_hash)

        return cls(store, lookup)

    def __call__(self, scenario_id: str, content_hash: str) -> dict | None:
        key = (scenario_id, content_hash)
        if key not in self._cache:
            found = self.store.scenario_definition(scenario_id, content_hash)
            if found is None and self.lookup is not None:
                scenario = self.lookup(scenario_id, content_hash)
                if scenario is not None:
                    from .definitions import scenario_definition

                    found = scenario_definition(scenario)
                    if not self.store.readonly:
                        self.store.remember_definition(scenario_id, content_hash, scenario)
            self._cache[key] = found
        return self._cache[key]


def iter_statements(store: RecordStore, ids: Iterable[int], definitions: Definitions, *,
                    home_page: str = DEFAULT_HOME_PAGE) -> Iterator[tuple[SessionBundle, list[QueuedStatement]]]:
    """Each session with its statements, one session at a time."""
    for bundle in iter_bundles(store, ids):
        record = bundle.record
        yield bundle, session_statements(bundle, definitions(record.scenario_id, record.content_hash),
                                         home_page=home_page)


def store_statements(store: RecordStore, *, course: str | None = None, scenario: str | None = None,
                     home_page: str = DEFAULT_HOME_PAGE, definitions: Definitions | None = None) -> list[QueuedStatement]:
    """Every statement of the matching sessions as one list (for tests and small classes; use iter_statements)."""
    lookup = definitions or DefinitionCache.with_library(store)
    out: list[QueuedStatement] = []
    for _, statements in iter_statements(store, bundle_ids(store, course=course, scenario=scenario), lookup,
                                         home_page=home_page):
        out += statements
    return out
