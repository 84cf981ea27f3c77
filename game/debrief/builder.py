"""The after-action debrief of one playthrough: scores with bands, each decision
reviewed against the best choice that was on offer, objectives, red lines and
how the visible variables moved.

The numbers come from `Session.result()` (the core rule in `scoring.core`); this
module only explains them. What was on offer at each decision is rebuilt by
replaying the decisions on a fresh session with the same seed and language, so
the review shows exactly the choices the trainee had, under the same conditions.
Front ends read a `Debrief`; they never recompute anything.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from scoring import Result

from ..engine.rules import CompiledChoice
from ..engine.session import Session
from ..engine.state import Decision
from .bands import BandScheme, band_for, is_top_band, scheme_for
from .phrases import percent_text, phrase

DEBRIEF_FORMAT = "bluehelm-debrief/2"
MODES = ("training", "assessment", "class")
SITUATION_LIMIT = 120


@dataclass(frozen=True)
class Alternative:
    choice_id: str
    text: str
    score: dict[str, int]
    feedback: str


@dataclass(frozen=True)
class DecisionReview:
    node: str
    situation: str
    choice_id: str
    choice_text: str
    score: dict[str, int]
    feedback: str
    critical: str | None
    seconds: float
    timer_expired: bool
    better: list[Alternative]
    """Every option on offer rated strictly higher than the one taken, best first (ties share a rank:
    they are listed by id, never by where they were shown)."""


@dataclass(frozen=True)
class DimensionResult:
    id: str
    label: str
    points: int
    percent: float | None
    band: str | None
    pass_mark: float | None


@dataclass(frozen=True)
class ObjectiveResult:
    id: str
    text: str
    status: str  # "met" | "missed" | "not-assessed"


@dataclass(frozen=True)
class RedLine:
    node: str
    choice_id: str
    text: str


@dataclass(frozen=True)
class Debrief:
    scenario_id: str
    title: str
    mode: str  # "training" | "assessment" | "class"
    outcome: str
    ending_text: str
    passed: bool
    overall: float | None
    overall_band: str | None
    pass_mark: float
    dimensions: list[DimensionResult]
    decisions: list[DecisionReview]
    red_lines: list[RedLine]
    objectives: list[ObjectiveResult]
    trajectories: dict[str, list]  # visible variables: initial value, then after each decision
    strengths: list[str]
    to_work_on: list[str]

    def to_json(self) -> dict:
        """Plain JSON types in a stable key order: a format tag, then the fields as declared."""
        return {"format": DEBRIEF_FORMAT, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> "Debrief":
        """The debrief back from `to_json()` output (after json.dumps/loads, too)."""
        if data.get("format") != DEBRIEF_FORMAT:
            raise ValueError(f"not a Bluehelm debrief (format {data.get('format')!r}, expected {DEBRIEF_FORMAT!r})")
        fields = {k: v for k, v in data.items() if k != "format"}
        fields["dimensions"] = [DimensionResult(**d) for d in data["dimensions"]]
        fields["decisions"] = [_review_from_json(d) for d in data["decisions"]]
        fields["red_lines"] = [RedLine(**r) for r in data["red_lines"]]
        fields["objectives"] = [ObjectiveResult(**o) for o in data["objectives"]]
        return cls(**fields)


def _review_from_json(data: dict) -> DecisionReview:
    return DecisionReview(**{**data, "better": [Alternative(**b) for b in data.get("better") or []]})


def build_debrief(session: Session, *, mode: str = "training") -> Debrief:
    """The debrief of a session as it stands (finished or not); `mode` is recorded, not scored differently."""
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    scenario = session.scenario
    result = session.result()
    scheme = scheme_for(scenario, session.language)
    language = session.language
    offers, trajectories = _replay(session)
    reviews = [_review(session, decision, offers[i] if i < len(offers) else None)
               for i, decision in enumerate(session.decisions)]
    red_lines = [RedLine(r.node, r.choice_id, r.critical) for r in reviews if r.critical is not None]
    dimensions = _dimensions(session, result, scheme)
    objectives = _objectives(session)
    overall_band = band_for(result.overall, scheme.overall)
    pass_mark = float(scenario.pass_mark)
    node = session.node
    return Debrief(
        scenario_id=scenario.id, title=session.text(scenario.title), mode=mode,
        outcome=result.outcome, ending_text=node.text.strip() if node.ending is not None else "",
        passed=result.passed, overall=result.overall,
        overall_band=overall_band.label if overall_band else None, pass_mark=pass_mark,
        dimensions=dimensions, decisions=reviews, red_lines=red_lines, objectives=objectives,
        trajectories=trajectories,
        strengths=_strengths(language, dimensions, objectives, scheme),
        to_work_on=_to_work_on(language, red_lines, result.overall, overall_band and overall_band.label, pass_mark,
                               dimensions, objectives, scheme),
    )


# -- replay: what was on offer, and how the variables moved ----------------------------

def _replay(session: Session) -> tuple[list[list[CompiledChoice]], dict[str, list]]:
    """The choices on offer before each decision, and the visible variables' values.

    The replay stops at the first decision it cannot reproduce (only possible if the
    session was not played on this compiled scenario); later reviews then have no
    alternative, and the trajectories end there.
    """
    replay = Session(session.compiled, seed=session.seed, language=session.language)
    trajectories: dict[str, list] = {v.name: [v.value] for v in replay.visible_variables()}
    offers: list[list[CompiledChoice]] = []
    for decision in session.decisions:
        if replay.finished or replay.node_id != decision.node:
            break
        on_offer = replay.offered()
        if decision.choice not in {c.id for c in on_offer}:
            break
        offers.append(on_offer)
        if replay.choose(decision.choice).destination != decision.goto:
            break
        for view in replay.visible_variables():
            trajectories[view.name].append(view.value)
    return offers, trajectories


# -- decisions --------------------------------------------------------------------------

def _review(session: Session, decision: Decision, on_offer: list[CompiledChoice] | None) -> DecisionReview:
    taken = session.compiled.nodes[decision.node].by_id[decision.choice]
    node = session.scenario.nodes[decision.node]
    model = node.choices[taken.index]
    critical = session.critical_text(model)
    return DecisionReview(
        node=decision.node, situation=one_line(session.text(node.text)), choice_id=decision.choice,
        choice_text=session.text(model.text), score=dict(taken.score), feedback=session.text(model.feedback),
        critical=critical, seconds=float(decision.seconds), timer_expired=bool(decision.timer),
        better=_better(session, taken, on_offer) if on_offer is not None else [],
    )


def rating(score) -> int:
    """A choice's total rating: the sum of its score values (a dict or the compiled pairs)."""
    pairs = score.items() if hasattr(score, "items") else score
    return sum(value for _, value in pairs)


def _better(session: Session, taken: CompiledChoice, on_offer: list[CompiledChoice]) -> list[Alternative]:
    """Every choice on offer rated strictly higher than the one taken, best first.

    Equal ratings are equal: they are ordered by id, never by the order they were shown in,
    so the debrief does not reward the option that happened to be listed first. A red-line
    choice is never suggested, whatever its ratings.
    """
    floor = rating(taken.score)
    better = sorted((c for c in on_offer if not c.critical and rating(c.score) > floor),
                    key=lambda c: (-rating(c.score), c.id))
    alternatives = []
    for choice in better:
        model = session.scenario.nodes[choice.node].choices[choice.index]
        alternatives.append(Alternative(choice.id, session.choice_text(model, choice), dict(choice.score),
                                        session.text(model.feedback)))
    return alternatives


_FIRST_SENTENCE = re.compile(r".+?(?:[.!?][\"'\u201d\u2019\u00bb)]*(?=\s|$)|[\u3002\uff01\uff1f])")


def one_line(text: str, limit: int = SITUATION_LIMIT) -> str:
    """The first sentence of a text on one line, cut at a word (with an ellipsis) past `limit` characters."""
    flat = " ".join(text.split())
    found = _FIRST_SENTENCE.match(flat)
    sentence = found.group(0) if found else flat
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit - 1]
    if " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "\u2026"


# -- dimensions and objectives ------------------------------------------------------------

def _dimensions(session: Session, result: Result, scheme: BandScheme) -> list[DimensionResult]:
    rows = []
    for dimension_id, dimension in session.scenario.dimensions.items():
        score = result.scores[dimension_id]
        band = band_for(score.percent, scheme.for_dimension(dimension_id))
        mark = session.scenario.pass_marks.get(dimension_id)
        rows.append(DimensionResult(dimension_id, session.text(dimension.label), score.points, score.percent,
                                    band.label if band else None, float(mark) if mark is not None else None))
    return rows


def _objectives(session: Session) -> list[ObjectiveResult]:
    """Met when a linked choice taken rates above zero; missed (which wins) when one rates
    below zero or is a red line; not assessed otherwise."""
    status = {objective.id: "not-assessed" for objective in session.scenario.objectives}
    for decision in session.decisions:
        taken = session.compiled.nodes[decision.node].by_id[decision.choice]
        model = session.scenario.nodes[decision.node].choices[taken.index]
        total = rating(taken.score)
        verdict = "missed" if taken.critical or total < 0 else "met" if total > 0 else None
        for objective_id in model.objectives:
            if objective_id in status and verdict is not None and status[objective_id] != "missed":
                status[objective_id] = verdict
    return [ObjectiveResult(o.id, session.text(o.text), status[o.id]) for o in session.scenario.objectives]


# -- plain sentences ----------------------------------------------------------------------

def _strengths(language: str, dimensions: list[DimensionResult], objectives: list[ObjectiveResult],
               scheme: BandScheme) -> list[str]:
    lines = []
    for d in dimensions:
        bands = scheme.for_dimension(d.id)
        if d.percent is not None and is_top_band(band_for(d.percent, bands), bands) and not _below(d.percent, d.pass_mark):
            lines.append(phrase(language, "dimension", label=d.label, band=d.band, percent=percent_text(language, d.percent)))
    lines += [phrase(language, "objective-met", text=o.text) for o in objectives if o.status == "met"]
    return lines


def _to_work_on(language: str, red_lines: list[RedLine], overall: float | None, overall_band: str | None,
                pass_mark: float, dimensions: list[DimensionResult], objectives: list[ObjectiveResult],
                scheme: BandScheme) -> list[str]:
    def pct(value: float) -> str:
        return percent_text(language, value)
    no_band = phrase(language, "band.none")
    lines = [phrase(language, "red-line", text=r.text) for r in red_lines]
    if overall is not None and overall < pass_mark:
        lines.append(phrase(language, "overall-below", band=overall_band or no_band, percent=pct(overall), mark=pct(pass_mark)))
    for d in dimensions:
        if d.percent is None:
            if d.pass_mark is not None:
                lines.append(phrase(language, "dimension-unrated", label=d.label, mark=pct(d.pass_mark)))
            continue
        bands = scheme.for_dimension(d.id)
        below = _below(d.percent, d.pass_mark)
        if below or not is_top_band(band_for(d.percent, bands), bands):
            values = {"label": d.label, "band": d.band or no_band, "percent": pct(d.percent)}
            if below:
                lines.append(phrase(language, "dimension-below", mark=pct(d.pass_mark), **values))
            else:
                lines.append(phrase(language, "dimension", **values))
    lines += [phrase(language, "objective-missed", text=o.text) for o in objectives if o.status == "missed"]
    return lines


def _below(percent: float, mark: float | None) -> bool:
    return mark is not None and percent < mark
