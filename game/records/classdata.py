"""What an instructor's report shows, computed from sessions (read from the records file or an LRS):
per-trainee summaries, a trainee x scenario matrix, sessions grouped by trainee, per-scenario
statistics, where the class chose what at each node, and item analysis.

No markup here: `report_html` draws this, `csvout` writes the session table.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import integrity
from . import ratings as rating_rules
from .bundle import SessionBundle
from .definitions import pick
from .items import Attempt, ScenarioItems, analyse
from .models import SessionRecord, Trainee

POOR_NODE_SHARE = 0.5  # a node where at least half the class chose a poor option is flagged


@dataclass(frozen=True)
class Texts:
    """A scenario version's texts (see `definitions`) and where they came from."""

    definition: dict
    origin: str  # "records" (recorded when played), "file" (the same file), "changed" (a newer file)
    path: str = ""


TextsFinder = Callable[[str, str], "Texts | None"]


@dataclass(frozen=True)
class ClassRow:
    bundle: SessionBundle
    title: str
    dimensions: dict[str, float | None]  # dimension id -> percent
    band: str | None
    red_lines: list[str]

    @property
    def session(self) -> SessionRecord:
        return self.bundle.record

    @property
    def status(self) -> str:
        if not self.session.finished:
            return "unfinished"
        return self.session.outcome or "incomplete"

    @property
    def flagged(self) -> bool:
        return self.bundle.integrity == integrity.EDITED or self.bundle.damaged


@dataclass
class OptionCount:
    choice: str
    text: str
    ratings: dict[str, int]
    critical: bool
    total: float = 0.0
    well_rated: bool = False
    trainees: set[str] = field(default_factory=set)
    decisions: int = 0

    @property
    def poor(self) -> bool:
        """A red line, or rated below zero overall (weighted): where a class goes wrong."""
        return self.critical or self.total < 0


@dataclass
class NodeCounts:
    node: str
    name: str
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

    @property
    def goes_wrong(self) -> bool:
        return self.poor_share >= POOR_NODE_SHARE

    def popular_poor(self) -> list[OptionCount]:
        """The poor options chosen here, most chosen first."""
        return sorted((o for o in self.options.values() if o.poor and o.trainees), key=lambda o: -len(o.trainees))


@dataclass
class ScenarioSummary:
    scenario_id: str
    title: str
    texts: Texts | None
    versions: set[str]
    rows: list[ClassRow]
    dimension_labels: dict[str, str]
    pass_mark: float | None
    nodes: list[NodeCounts]
    items: ScenarioItems

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
        return [p for r in self.finished if isinstance(p := r.dimensions.get(dimension), (int, float))]

    def mean_overall(self) -> float | None:
        values = self.overall_percents()
        return round(statistics.fmean(values), 1) if values else None

    def median_overall(self) -> float | None:
        values = self.overall_percents()
        return round(statistics.median(values), 1) if values else None

    def trouble(self) -> list[NodeCounts]:
        """Where the class goes wrong: nodes where half or more chose a poor option, worst first."""
        return sorted((n for n in self.nodes if n.goes_wrong), key=lambda n: -n.poor_share)


@dataclass
class TraineeRow:
    trainee: Trainee
    rows: list[ClassRow] = field(default_factory=list)

    @property
    def finished(self) -> list[ClassRow]:
        return [r for r in self.rows if r.session.finished]

    @property
    def passed(self) -> int:
        return sum(1 for r in self.finished if r.session.passed)

    @property
    def scenarios(self) -> int:
        return len({r.session.scenario_id for r in self.rows})

    @property
    def mean_overall(self) -> float | None:
        values = [r.session.overall for r in self.finished if r.session.overall is not None]
        return round(statistics.fmean(values), 1) if values else None

    @property
    def red_lines(self) -> int:
        return sum(len(r.red_lines) for r in self.rows)

    @property
    def seconds(self) -> float:
        return sum(r.session.seconds_taken() or 0.0 for r in self.rows)

    @property
    def flagged(self) -> int:
        return sum(1 for r in self.rows if r.flagged)

    @property
    def last_activity(self) -> str:
        return max(r.session.last_activity for r in self.rows)


@dataclass(frozen=True)
class MatrixCell:
    attempts: int
    best: float | None  # best overall percent of a finished session
    passed: bool  # passed at least once
    unfinished: int


@dataclass
class ClassReport:
    rows: list[ClassRow]
    trainees: list[TraineeRow]
    scenarios: list[ScenarioSummary]
    matrix: dict[tuple[str, str], MatrixCell]
    dimension_labels: dict[str, str]  # every dimension in the session table, in first-seen order
    course: str | None
    scenario: str | None
    source: str

    @property
    def flagged(self) -> list[ClassRow]:
        return [r for r in self.rows if r.flagged]

    def integrity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for row in self.rows:
            counts[row.bundle.integrity] = counts.get(row.bundle.integrity, 0) + 1
        return counts


def build_class_report(bundles: Iterable[SessionBundle], find_texts: TextsFinder, *, course: str | None = None,
                       scenario: str | None = None, language: str | None = None, source: str = "") -> ClassReport:
    labels: dict[str, str] = {}
    rows = [_row(bundle, labels) for bundle in bundles]
    by_scenario: dict[str, list[ClassRow]] = {}
    for row in rows:
        by_scenario.setdefault(row.session.scenario_id, []).append(row)
    summaries = [_summary(scenario_id, mine, find_texts, language) for scenario_id, mine in by_scenario.items()]
    for summary in summaries:  # the scenario's own labels, in the reader's language, win over ids
        for key, label in summary.dimension_labels.items():
            if key in labels:
                labels[key] = label
    trainees: dict[str, TraineeRow] = {}
    for row in rows:
        trainees.setdefault(row.session.trainee.id, TraineeRow(row.session.trainee)).rows.append(row)
    return ClassReport(rows, sorted(trainees.values(), key=lambda t: t.trainee.id.casefold()), summaries,
                       _matrix(rows), labels, course, scenario, source)


def _row(bundle: SessionBundle, labels: dict[str, str]) -> ClassRow:
    record = bundle.record
    summary = bundle.summary
    if summary is None:
        return ClassRow(bundle, record.scenario_title or record.scenario_id, {}, None, [])
    dimensions = {}
    for dimension in summary.get("dimensions", []):
        if isinstance(dimension, dict) and isinstance(dimension.get("id"), str):
            labels.setdefault(dimension["id"], str(dimension.get("label") or dimension["id"]))
            percent = dimension.get("percent")
            dimensions[dimension["id"]] = float(percent) if isinstance(percent, (int, float)) else None
    red_lines = [str(r.get("text", "")) for r in summary.get("red_lines", []) if isinstance(r, dict)]
    title = str(summary.get("title") or record.scenario_title or record.scenario_id)
    band = summary.get("overall_band")
    return ClassRow(bundle, title, dimensions, str(band) if band else None, red_lines)


def _summary(scenario_id: str, rows: list[ClassRow], find_texts: TextsFinder, language: str | None
             ) -> ScenarioSummary:
    newest = rows[-1].session
    texts = find_texts(scenario_id, newest.content_hash)
    definition = texts.definition if texts else None
    labels: dict[str, str] = {}
    for row in rows:
        for dimension in row.dimensions:
            labels.setdefault(dimension, dimension)
    pass_mark = None
    title = newest.scenario_title or scenario_id
    if definition is not None:
        own = definition.get("language", "en")
        labels.update({k: pick(d.get("label"), language, own) or k for k, d in definition["dimensions"].items()})
        pass_mark = float(definition["pass_mark"])
        title = pick(definition.get("title"), language, own) or title
    nodes = _heat(rows, definition, language)
    attempts = _first_attempts(rows)
    return ScenarioSummary(scenario_id, title, texts, {r.session.content_hash for r in rows}, rows, labels,
                           pass_mark, nodes, analyse(attempts, definition))


def _first_attempts(rows: list[ClassRow]) -> list[Attempt]:
    """Each trainee's first finished, undamaged, unedited session: a trainee counts once."""
    seen: dict[str, Attempt] = {}
    for row in sorted(rows, key=lambda r: (r.session.started_at, r.session.id)):
        trainee = row.session.trainee.id
        if trainee in seen or not row.session.finished or row.flagged:
            continue
        seen[trainee] = Attempt(trainee, [(d.node, d.choice, d.ratings, d.shown_position)
                                          for d in row.bundle.decisions])
    return list(seen.values())


def _heat(rows: list[ClassRow], definition: dict | None, language: str | None) -> list[NodeCounts]:
    nodes: dict[str, NodeCounts] = {}
    weights = rating_rules.weights_of(definition)
    if definition is not None:  # every node and option of the file, in its order, so untaken options show too
        own = definition.get("language", "en")
        for node_id, node in definition["nodes"].items():
            if node.get("ending") is None and node.get("choices"):
                counts = nodes[node_id] = NodeCounts(node_id, pick(node.get("name"), language, own),
                                                     pick(node.get("text"), language, own))
                good = set(rating_rules.well_rated_ids(node["choices"], weights))
                for choice in node["choices"]:
                    counts.options[choice["id"]] = OptionCount(
                        choice["id"], pick(choice.get("text"), language, own), dict(choice.get("score", {})),
                        bool(choice.get("red_line")), rating_rules.total(choice.get("score", {}), weights),
                        choice["id"] in good)
    for row in rows:
        trainee = row.session.trainee.id
        for decision in row.bundle.decisions:
            counts = nodes.setdefault(decision.node, NodeCounts(decision.node, "", ""))
            option = counts.options.setdefault(decision.choice, OptionCount(
                decision.choice, "", dict(decision.ratings), False, rating_rules.total(decision.ratings, weights)))
            counts.trainees.add(trainee)
            option.trainees.add(trainee)
            option.decisions += 1
    return [n for n in nodes.values() if n.trainees or definition is None]


def _matrix(rows: list[ClassRow]) -> dict[tuple[str, str], MatrixCell]:
    cells: dict[tuple[str, str], list[ClassRow]] = {}
    for row in rows:
        cells.setdefault((row.session.trainee.id, row.session.scenario_id), []).append(row)
    out = {}
    for key, mine in cells.items():
        finished = [r.session for r in mine if r.session.finished]
        scores = [s.overall for s in finished if s.overall is not None]
        out[key] = MatrixCell(len(mine), max(scores) if scores else None, any(s.passed for s in finished),
                              len(mine) - len(finished))
    return out
