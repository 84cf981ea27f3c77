"""The terminal debrief: aligned plain text with bars, readable over SSH and by screen readers."""

from __future__ import annotations

import shutil
import textwrap

from game.debrief import Debrief, DecisionReview
from ..catalogs import P_, messages, table_in
from ..textsafe import shown

BAR_WIDTH = 20

LABELS = messages(
    P_("terminal-debrief.outcome", "Outcome"),
    P_("terminal-debrief.overall", "Overall"),
    P_("terminal-debrief.result", "Result"),
    P_("terminal-debrief.passed", "PASSED"),
    P_("terminal-debrief.failed", "NOT PASSED"),
    P_("terminal-debrief.pass-mark", "pass mark"),
    P_("terminal-debrief.points", "points"),
    P_("terminal-debrief.not-assessed", "not assessed"),
    P_("terminal-debrief.incomplete", "incomplete (no ending reached)"),
    P_("terminal-debrief.red-lines", "Red lines crossed"),
    P_("terminal-debrief.decisions", "Decisions"),
    P_("terminal-debrief.better", "Better"),
    P_("terminal-debrief.timer", "time ran out"),
    P_("terminal-debrief.objectives", "Objectives"),
    P_("terminal-debrief.met", "met"),
    P_("terminal-debrief.missed", "missed"),
    P_("terminal-debrief.not-assessed-objective", "not assessed"),
    P_("terminal-debrief.strengths", "Strengths"),
    P_("terminal-debrief.to-work-on", "To work on"),
    P_("terminal-debrief.seconds", "s"),
    P_("terminal-debrief.colon", ":"),
    P_("terminal-debrief.success", "success"),
    P_("terminal-debrief.partial", "partial"),
    P_("terminal-debrief.failure", "failure"),
)


def _words(language: str) -> dict[str, str]:
    """The labels in `language`, by their short key."""
    return table_in(LABELS, language, "terminal-debrief.")


def bar(percent: float | None, not_assessed: str = "not assessed") -> str:
    if percent is None:
        return not_assessed
    filled = round(BAR_WIDTH * percent / 100)
    return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {percent:5.1f}%"


def render_debrief(debrief: Debrief, language: str = "en", *, width: int | None = None) -> str:
    """The whole debrief as text; `language` picks the labels (scenario texts are already translated).
    Control characters in the scenario's texts are shown escaped, never sent to the terminal."""
    words = _words(language)
    width = width or min(88, shutil.get_terminal_size((80, 24)).columns)
    title = shown(debrief.title)
    lines = [title, "=" * min(width, len(title)), ""]
    lines += _scores(debrief, words)
    labels = {d.id: d.label for d in debrief.dimensions}
    if debrief.red_lines:
        lines += ["", words["red-lines"] + words["colon"]] + [_wrap(f"- {r.text}", width, "  ") for r in debrief.red_lines]
    if debrief.decisions:
        lines += ["", words["decisions"] + words["colon"]]
        for number, review in enumerate(debrief.decisions, start=1):
            lines += _decision(number, review, words, width, labels)
    if debrief.objectives:
        lines += ["", words["objectives"] + words["colon"]]
        status = {"met": words["met"], "missed": words["missed"], "not-assessed": words["not-assessed-objective"]}
        lines += [_wrap(f"- [{status[o.status]}] {o.text}", width, "  ") for o in debrief.objectives]
    for title, items in ((words["strengths"], debrief.strengths), (words["to-work-on"], debrief.to_work_on)):
        if items:
            lines += ["", title + words["colon"]] + [_wrap(f"- {item}", width, "  ") for item in items]
    return shown("\n".join(lines), lines=True)


def _scores(debrief: Debrief, words: dict[str, str]) -> list[str]:
    names = [d.label for d in debrief.dimensions] + [words["outcome"], words["overall"], words["result"]]
    column = max(len(name) for name in names)
    outcome = words.get(debrief.outcome, debrief.outcome)
    lines = [f"{words['outcome']:<{column}}  {outcome}"]
    for d in debrief.dimensions:
        band = f"  {d.band}" if d.band else ""
        lines.append(f"{d.label:<{column}}  {bar(d.percent, words['not-assessed'])}{band}  "
                     f"({d.points:+d} {words['points']})")
    band = f"  {debrief.overall_band}" if debrief.overall_band else ""
    lines.append(f"{words['overall']:<{column}}  {bar(debrief.overall, words['not-assessed'])}{band}")
    verdict = words["passed"] if debrief.passed else words["failed"]
    lines.append(f"{words['result']:<{column}}  {verdict} ({words['pass-mark']} {debrief.pass_mark:g}%)")
    return lines


def _ratings(score: dict[str, int], labels: dict[str, str]) -> str:
    return ", ".join(f"{labels.get(k, k)} {v:+d}" for k, v in score.items()) or "-"


def _decision(number: int, review: DecisionReview, words: dict[str, str], width: int,
              labels: dict[str, str]) -> list[str]:
    ratings = _ratings(review.score, labels)
    timing = f"{review.seconds:g} {words['seconds']}" + (f", {words['timer']}" if review.timer_expired else "")
    lines = ["", _wrap(f"{number}. {review.situation}", width, "   "),
             _wrap(f"   > {review.choice_text}  [{ratings}]  ({timing})", width, "     ")]
    if review.feedback:
        lines.append(_wrap(f"     {review.feedback}", width, "     "))
    for better in review.better:
        better_ratings = _ratings(better.score, labels)
        lines.append(_wrap(f"   {words['better']}: {better.text}  [{better_ratings}]", width, "     "))
        if better.feedback:
            lines.append(_wrap(f"     {better.feedback}", width, "     "))
    return lines


def _wrap(text: str, width: int, indent: str) -> str:
    return textwrap.fill(shown(text, lines=True), width, subsequent_indent=indent, break_long_words=False)
