"""What an instructor's report shows, computed from the records: the class table,
per-scenario statistics and where the class chose what at each node.

No markup here: `report_html` draws this, `write_csv` writes the class table.
"""

from __future__ import annotations

import csv
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .models import DecisionRecord, SessionRecord
from .scenario_texts import ScenarioIndex, ScenarioTexts
from .store import RecordStore


@dataclass(frozen=True)
class ClassRow:
    session: SessionRecord
    title: str
    dimensions: dict[str, float | None]  # dimension id -> percent
    band: str | None
    red_lines: list[str]

    @property
    def status(self) -> str:
        if not self.session.finished:
            return "unfinished"
        return self.session.outcome or "incomplete"


@dataclass
class OptionCount:
    choice: str
    text: str
    ratings: dict[str, int]
    critical: bool
    trainees: set[str] = field(default_factory=set)
    decisions: int = 0

    @property
    def rating(self) -> int:
        return sum(self.ratings.values())

    @property
    def poor(self) -> bool:
        """A red line, or rated below zero overall: where a class goes wrong."""
        return self.critical or self.rating < 0


@dataclass
class NodeCounts:
    node: str
    text: str
    options: dict[str, OptionCount] = field(default_factory=dict)
    trainees: set[str] = field(default_factory=set)

    def share(self, option: OptionCount) -> float:
        return len(option.trainees) / len(self.trainees) if self.trainees else 0.0

    @property
    def poor_share(self) -> float:
        """Share of the trainees who reached this node and chose a poor option here at least once."""
        poor: set[str] = set()
        for option in self.options.values():
            if option.poor:
                poor |= option.trainees
        return len(poor) / len(self.trainees) if self.trainees else 0.0


@dataclass
class ScenarioSummary:
    scenario_id: str
    title: str
    texts: ScenarioTexts | None
    versions: set[str]
    rows: list[ClassRow]
    dimension_labels: dict[str, str]
    pass_mark: float | None
    nodes: list[NodeCounts]

    @property
    def finished(self) -> list[ClassRow]:
        return [r for r in self.rows if r.session.finished]

    @property
    def pass_rate(self) -> float | None:
        done = self.finished
        return 100 * sum(1 for r in done if r.session.passed) / len(done) if done else None

    def overall_percents(self) -> list[float]:
        return [r.session.overall for r in self.finished if r.session.overall is not None]

    def dimension_percents(self, dimension: str) -> list[float]:
        return [p for r in self.finished if (p := r.dimensions.get(dimension)) is not None]

    def mean_overall(self) -> float | None:
        values = self.overall_percents()
        return round(statistics.fmean(values), 1) if values else None

    def median_overall(self) -> float | None:
        values = self.overall_percents()
        return round(statistics.median(values), 1) if values else None


@dataclass
class ClassReport:
    rows: list[ClassRow]
    scenarios: list[ScenarioSummary]
    dimension_labels: dict[str, str]  # every dimension in the class table, in first-seen order
    course: str | None
    scenario: str | None


def build_class_report(store: RecordStore, index: ScenarioIndex, *, course: str | None = None,
                       scenario: str | None = None, language: str | None = None) -> ClassReport:
    sessions = store.sessions(course=course, scenario=scenario)
    decisions = store.decisions_of(s.id for s in sessions)
    labels: dict[str, str] = {}
    rows = []
    for record in sessions:
        debrief = store.debrief(record.id) if record.finished else None
        rows.append(_row(record, debrief, labels))
    summaries = []
    for scenario_id in dict.fromkeys(r.session.scenario_id for r in rows):
        mine = [r for r in rows if r.session.scenario_id == scenario_id]
        summaries.append(_summary(scenario_id, mine, decisions, index, language))
    return ClassReport(rows, summaries, labels, course, scenario)


def _row(record: SessionRecord, debrief: dict | None, labels: dict[str, str]) -> ClassRow:
    if debrief is None:
        return ClassRow(record, record.scenario_title or record.scenario_id, {}, None, [])
    dimensions = {}
    for dimension in debrief.get("dimensions", []):
        labels.setdefault(dimension["id"], dimension.get("label") or dimension["id"])
        dimensions[dimension["id"]] = dimension.get("percent")
    red_lines = [r.get("text", "") for r in debrief.get("red_lines", [])]
    title = debrief.get("title") or record.scenario_title or record.scenario_id
    return ClassRow(record, title, dimensions, debrief.get("overall_band"), red_lines)


def _summary(scenario_id: str, rows: list[ClassRow], decisions: dict[int, list[DecisionRecord]],
             index: ScenarioIndex, language: str | None) -> ScenarioSummary:
    newest = rows[-1].session
    texts = index.find(scenario_id, newest.content_hash)
    labels: dict[str, str] = {}
    for row in rows:
        for dimension in row.dimensions:
            labels.setdefault(dimension, dimension)
    pass_mark = None
    if texts is not None:
        labels.update({k: texts.text(d.label, language) for k, d in texts.scenario.dimensions.items()})
        pass_mark = float(texts.scenario.pass_mark)
    title = texts.title(language) if texts is not None else (newest.scenario_title or scenario_id)
    nodes = _heat(rows, decisions, texts, language)
    return ScenarioSummary(scenario_id, title, texts, {r.session.content_hash for r in rows}, rows, labels,
                           pass_mark, nodes)


def _heat(rows: list[ClassRow], decisions: dict[int, list[DecisionRecord]], texts: ScenarioTexts | None,
          language: str | None) -> list[NodeCounts]:
    nodes: dict[str, NodeCounts] = {}
    if texts is not None:  # every node and option of the file, in its order, so untaken options show too
        for node_id, node in texts.scenario.nodes.items():
            if node.ending is None:
                counts = nodes[node_id] = NodeCounts(node_id, texts.text(node.text, language))
                for choice in node.choices:
                    counts.options[choice.id] = OptionCount(choice.id, texts.text(choice.text, language),
                                                            dict(choice.score), choice.critical is not None)
    for row in rows:
        trainee = row.session.trainee.id
        for decision in decisions.get(row.session.id, []):
            counts = nodes.setdefault(decision.node, NodeCounts(decision.node, ""))
            option = counts.options.setdefault(
                decision.choice, OptionCount(decision.choice, "", dict(decision.ratings), False))
            counts.trainees.add(trainee)
            option.trainees.add(trainee)
            option.decisions += 1
    return [n for n in nodes.values() if n.trainees or texts is None]


# -- the class table as CSV ---------------------------------------------------------------

CSV_FIXED = ["session_id", "trainee_id", "trainee_name", "service_number", "course", "scenario_id", "scenario",
             "started_at", "finished_at", "status", "passed", "overall_percent", "band"]
CSV_TAIL = ["red_lines", "red_line_texts", "seconds_taken", "decisions", "instructor_rating", "instructor_comment",
            "reviewer"]


def csv_rows(report: ClassReport) -> Iterable[list[object]]:
    dimensions = list(report.dimension_labels)
    yield CSV_FIXED + [f"{d}_percent" for d in dimensions] + CSV_TAIL
    for row in report.rows:
        s = row.session
        review = s.review
        taken = s.seconds_taken()
        yield ([s.id, _cell(s.trainee.id), _cell(s.trainee.name), _cell(s.trainee.service_number), _cell(s.course),
                _cell(s.scenario_id), _cell(row.title), s.started_at, s.finished_at or "", row.status,
                "" if s.passed is None else ("yes" if s.passed else "no"), _number(s.overall), _cell(row.band or "")]
               + [_number(row.dimensions.get(d)) for d in dimensions]
               + [len(row.red_lines), _cell("; ".join(row.red_lines)), "" if taken is None else round(taken, 1),
                  s.decisions, review.rating if review else "", _cell(review.comment) if review else "",
                  _cell(review.reviewer) if review else ""])


def write_csv(report: ClassReport, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:  # the BOM lets spreadsheets see UTF-8
        csv.writer(file).writerows(csv_rows(report))


def _number(value: float | None) -> object:
    return "" if value is None else value


def _cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (trainee names are typed by anyone)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
