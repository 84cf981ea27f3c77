"""Sessions rebuilt from an LRS's statements, so one class report covers every classroom that sends to it.

`GET {lrs}/statements` is filtered on the LRS by course (the grouping activity) or by
Bluehelm's profile activity, by registration and by time, and followed page by page
through `more`. Statements are grouped by registration (one session each) and read
back into the same session records the report draws from the records file: trainee,
course, scenario, mode, every answer with its ratings, time and shown position, and
the result. Voided statements (a forgotten trainee's) are left out even where the LRS
still returns them. Instructor reviews and integrity tags live only in the records file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import unquote, urlencode

from .bundle import SessionBundle
from .lrs import LrsClient, LrsError
from .models import DecisionRecord, SessionRecord, Trainee
from .xapi import (ADL_VERB, EXT_APP_VERSION, EXT_BANDS, EXT_CONTENT_HASH, EXT_DESTINATION, EXT_DIMENSIONS, EXT_MODE,
                   EXT_OUTCOME, EXT_PASSED, EXT_RATINGS, EXT_RED_LINES, EXT_SEQUENCE, EXT_SHOWN_POSITION,
                   EXT_TIMER_EXPIRED, EXT_TIMER_SETTING, NAMESPACE, PROFILE_IRI, course_iri)

PAGE = 500
MAX_PAGES = 100_000  # a bound on a misbehaving LRS that always offers one more page
LRS = "lrs"  # the integrity state of a session read from an LRS: not checkable
_DURATION = re.compile(r"^P(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")


def fetch_statements(client: LrsClient, *, course: str | None = None, registration: str | None = None,
                     since: str | None = None, page: int = PAGE) -> Iterator[dict]:
    """Every Bluehelm statement the LRS returns for the filters, page after page.

    The LRS is asked for the course's (or Bluehelm's profile) activity with related activities. An LRS
    that answers that with nothing at all is asked again without it, and the statements are filtered
    here: some LRSs mishandle activity filters (Ralph 5.1's file backend matches none).
    """
    query = {"limit": str(page)}
    if registration:
        query["registration"] = registration
    if since:
        query["since"] = since
    activity = {"activity": course_iri(course) if course else PROFILE_IRI, "related_activities": "true"}
    found = 0
    for statement in _pages(client, {**query, **activity}):
        found += 1
        yield statement
    if found == 0:
        yield from (s for s in _pages(client, query) if _ours(s, course))


def _pages(client: LrsClient, query: dict[str, str]) -> Iterator[dict]:
    url = f"{client.statements_url}?{urlencode(query)}"
    for _ in range(MAX_PAGES):
        answer = client.get(url)
        yield from (s for s in answer["statements"] if isinstance(s, dict))
        more = answer.get("more")
        if not more:
            return
        url = str(more)
    raise LrsError(f"LRS at {client.endpoint} offered more than {MAX_PAGES} pages of statements")


def _ours(statement: dict, course: str | None) -> bool:
    """A Bluehelm statement (its profile in context), of `course` when one is given; voidings always pass."""
    if str(statement.get("verb", {}).get("id", "")) == ADL_VERB + "voided":
        return True
    activities = statement.get("context", {}).get("contextActivities", {})
    ids = {str(a.get("id")) for group in activities.values() if isinstance(group, list) for a in group
           if isinstance(a, dict)}
    return PROFILE_IRI in ids and (course is None or course_iri(course) in ids)


@dataclass
class _Session:
    registration: str
    statements: list[dict] = field(default_factory=list)


def sessions_from_statements(statements: Iterator[dict], *, scenario: str | None = None) -> list[SessionBundle]:
    """The statements grouped into sessions (by registration), oldest first; voided ones left out."""
    by_registration: dict[str, _Session] = {}
    voided: set[str] = set()
    for statement in statements:
        verb = str(statement.get("verb", {}).get("id", ""))
        if verb == ADL_VERB + "voided":
            voided.add(str(statement.get("object", {}).get("id", "")))
            continue
        registration = statement.get("context", {}).get("registration")
        if isinstance(registration, str):
            by_registration.setdefault(registration, _Session(registration)).statements.append(statement)
    bundles = []
    for number, found in enumerate(sorted(by_registration.values(), key=_started), start=1):
        kept = [s for s in found.statements if s.get("id") not in voided]
        bundle = _bundle(number, found.registration, kept) if kept else None
        if bundle is not None and (scenario is None or bundle.record.scenario_id == scenario):
            bundles.append(bundle)
    return bundles


def _started(found: _Session) -> str:
    return min(str(s.get("timestamp", "")) for s in found.statements)


def _verb(statement: dict) -> str:
    return str(statement.get("verb", {}).get("id", "")).removeprefix(ADL_VERB)


def _bundle(number: int, registration: str, statements: list[dict]) -> SessionBundle | None:
    statements.sort(key=lambda s: (str(s.get("timestamp", "")), _order(s)))
    first = statements[0]
    scenario_id = _scenario_id(first)
    if scenario_id is None:
        return None
    context = first.get("context", {})
    ext = context.get("extensions", {})
    grouping = context.get("contextActivities", {}).get("grouping", [])
    course = next((str(a.get("definition", {}).get("name", {}).get("und", "")) for a in grouping
                   if str(a.get("id", "")).startswith(f"{NAMESPACE}/courses/")), "")
    decisions = [_decision(number, s) for s in statements if _verb(s) == "answered"]
    decisions = sorted((d for d in decisions if d is not None), key=lambda d: d.seq)
    closing = {_verb(s): s for s in statements if _verb(s) in ("completed", "passed", "failed", "terminated")}
    result, summary, finished_at = _result(closing)
    started = next((s for s in statements if _verb(s) == "initialized"), first)
    title = next(iter(started.get("object", {}).get("definition", {}).get("name", {}).values()), "")
    completed = closing.get("completed", {}).get("result", {})
    overall = completed.get("score", {}).get("raw") if result else None
    record = SessionRecord(
        id=number, registration=registration,
        trainee=Trainee(str(first.get("actor", {}).get("account", {}).get("name", ""))), course=course,
        scenario_id=scenario_id, scenario_title=str(title), content_hash=str(ext.get(EXT_CONTENT_HASH, "")),
        language=str(context.get("language", "")), mode=str(ext.get(EXT_MODE, "training")),
        timer_setting=str(ext.get(EXT_TIMER_SETTING, "")), app_version=str(ext.get(EXT_APP_VERSION, "")),
        started_at=str(started.get("timestamp", "")), finished_at=finished_at, decisions=len(decisions),
        outcome=result.get("outcome") if result else ("incomplete" if finished_at else None),
        passed=bool(result.get("passed")) if result else (False if finished_at else None),
        overall=float(overall) if isinstance(overall, (int, float)) else None, review=None)
    return SessionBundle(record, decisions, result, summary, [], LRS, [])


def _order(statement: dict) -> int:
    """Statements with the same timestamp in the order a session makes them."""
    order = ("initialized", "suspended", "resumed", "answered", "completed", "passed", "failed", "terminated")
    verb = _verb(statement)
    return order.index(verb) if verb in order else len(order)


def _scenario_id(statement: dict) -> str | None:
    for activity in [statement.get("object", {})] + list(statement.get("context", {}).get("contextActivities", {})
                                                           .get("parent", [])):
        ident = str(activity.get("id", ""))
        if ident.startswith(f"{NAMESPACE}/scenarios/"):
            return unquote(ident.removeprefix(f"{NAMESPACE}/scenarios/").split("/")[0])
    return None


def _decision(session: int, statement: dict) -> DecisionRecord | None:
    result = statement.get("result", {})
    ext = result.get("extensions", {})
    node = str(statement.get("object", {}).get("id", "")).rsplit("/nodes/", 1)
    ratings = ext.get(EXT_RATINGS, {})
    if len(node) != 2 or not isinstance(ext.get(EXT_SEQUENCE), int) or not isinstance(ratings, dict):
        return None
    seconds = parse_duration(str(result.get("duration", "PT0S")))
    position = ext.get(EXT_SHOWN_POSITION)
    return DecisionRecord(session, ext[EXT_SEQUENCE], unquote(node[1]), str(result.get("response", "")),
                          str(ext.get(EXT_DESTINATION, "")), ratings, seconds, bool(ext.get(EXT_TIMER_EXPIRED)),
                          0.0, str(statement.get("timestamp", "")), position if isinstance(position, int) else None)


def _result(closing: dict[str, dict]) -> tuple[dict | None, dict | None, str | None]:
    """(result, debrief summary, finished at) as the records file would hold them."""
    ended = closing.get("terminated")
    finished_at = str(ended["timestamp"]) if ended else None
    completed = closing.get("completed")
    if completed is None:
        return None, None, finished_at
    ext = completed.get("result", {}).get("extensions", {})
    percents = ext.get(EXT_DIMENSIONS, {}) if isinstance(ext.get(EXT_DIMENSIONS), dict) else {}
    bands = ext.get(EXT_BANDS, {}) if isinstance(ext.get(EXT_BANDS), dict) else {}
    red_lines = [str(r) for r in ext.get(EXT_RED_LINES, []) if isinstance(r, str)]
    overall = completed.get("result", {}).get("score", {}).get("raw")
    result = {"outcome": str(ext.get(EXT_OUTCOME, "")), "passed": bool(ext.get(EXT_PASSED)), "overall": overall,
              "scores": {k: {"percent": v} for k, v in percents.items()}, "critical": red_lines}
    summary = {"overall_band": bands.get("overall"),
               "dimensions": [{"id": k, "label": k, "percent": v, "band": bands.get(k)} for k, v in percents.items()],
               "red_lines": [{"text": text} for text in red_lines]}
    return result, summary, finished_at or str(completed.get("timestamp", ""))


def parse_duration(text: str) -> float:
    """Seconds of an ISO 8601 duration as xAPI writes them (PT1M2.5S); 0 for anything else."""
    match = _DURATION.match(text)
    if not match:
        return 0.0
    hours, minutes, seconds = (float(part) if part else 0.0 for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds

