"""Plain-text rendering of a result for the terminal: aligned, with bars for percents."""

from __future__ import annotations

from ..engine.session import Session

BAR_WIDTH = 20


def bar(percent: float | None) -> str:
    if percent is None:
        return "not assessed"
    filled = round(BAR_WIDTH * percent / 100)
    return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {percent:5.1f}%"


def render_result(session: Session) -> str:
    result = session.result()
    labels = {d: session.text(dim.label) for d, dim in session.scenario.dimensions.items()}
    width = max([len(label) for label in labels.values()] + [len("Overall")])
    lines = [session.text(session.scenario.title), ""]
    outcome = result.outcome if result.outcome != "incomplete" else "incomplete (no ending reached)"
    lines.append(f"{'Outcome':<{width}}  {outcome}")
    for dimension, score in result.scores.items():
        lines.append(f"{labels[dimension]:<{width}}  {bar(score.percent)}  ({score.points:+d} points)")
    lines.append(f"{'Overall':<{width}}  {bar(result.overall)}")
    lines.append(f"{'Result':<{width}}  {'PASSED' if result.passed else 'NOT PASSED'}"
                 f" (pass mark {session.scenario.pass_mark:g}%)")
    for text in result.critical:
        lines.append(f"Red line crossed: {text}")
    return "\n".join(lines)
