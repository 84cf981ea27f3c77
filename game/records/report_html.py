"""The instructor report: ONE self-contained HTML file (inline CSS, SVG and one small sorting script,
no network), rendered from a Jinja2 template shipped in the package, with autoescaping on.

Every text a trainee or an instructor typed (names, ids, courses, comments) goes through
`user`: escaped by the template, direction-control characters (U+202E and friends) shown
as codes so `gnp.exe` cannot pose as `exe.png`, and wrapped in <bdi> so a name written
right to left shows correctly without reordering its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from functools import lru_cache

from babel import UnknownLocaleError
from babel.dates import format_datetime
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from .. import __version__
from ..catalogs import texts
from .classdata import ClassReport, ClassRow, NodeCounts, ScenarioSummary
from .models import parse_time, utc_now
from .report_words import WORDS
from .svg import histogram, share_bar

_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("game.records", "templates"), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["user"] = user_text
    env.filters["plain"] = plain_text
    return env


def plain_text(value: object) -> str:
    """Typed text with direction-control and other control characters shown as codes (for attributes)."""
    text = "" if value is None else str(value)
    return _CONTROLS.sub(lambda m: f"[U+{ord(m.group(0)):04X}]", text)


def user_text(value: object) -> Markup:
    """Typed text, safe to show: escaped, direction controls made visible, isolated in <bdi>."""
    return Markup("<bdi>") + escape(plain_text(value)) + Markup("</bdi>")


class RedLines:
    """The red lines crossed in the report, numbered once (R1, R2, ...): a session row names them by number
    and links to the text, instead of repeating a long sentence in every row."""

    def __init__(self, report: ClassReport) -> None:
        self.counts: dict[str, int] = {}
        for row in report.rows:
            for text in row.red_lines:
                self.counts[text] = self.counts.get(text, 0) + 1
        self.texts = list(self.counts)
        self._numbers = {text: number for number, text in enumerate(self.texts, start=1)}

    def label(self, text: str) -> str:
        return f"R{self._numbers[text]}"

    def anchor(self, text: str) -> str:
        return f"red-line-{self._numbers[text]}"


class _View:
    """What the template calls: words, numbers and times in the report's language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.texts = texts(language)

    def t(self, key: str, **values: object) -> str:
        return self.texts(WORDS[key], **values)

    def pct(self, value: float | None, decimals: int = 1) -> str:
        return "\u2013" if value is None else self.texts.percent(value, decimals)

    def share(self, value: float) -> str:
        return self.texts.percent(100 * value, 0)

    def num(self, value: float | None, decimals: int = 2) -> str:
        return "\u2013" if value is None else self.texts.number(value, decimals)

    def duration(self, seconds: float | None) -> str:
        if seconds is None:
            return "\u2013"
        minutes, rest = divmod(int(round(seconds)), 60)
        if minutes:
            return self.t("report.duration.minutes", minutes=minutes, seconds=f"{rest:02d}")
        return self.t("report.duration.seconds", seconds=rest)

    def when(self, stamp: str | None) -> str:
        if not stamp:
            return "\u2013"
        try:
            return self.texts.date(parse_time(stamp))
        except ValueError:
            return stamp

    def short_when(self, stamp: str | None) -> str:
        if not stamp:
            return "\u2013"
        try:
            return format_datetime(parse_time(stamp), format="short", locale=self.texts.language.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            return stamp

    def outcome(self, row: ClassRow) -> str:
        s = row.session
        if not s.finished:
            return self.t("report.outcome.unfinished", count=s.decisions)
        verdict = self.t("report.outcome.passed" if s.passed else "report.outcome.not-passed")
        ending = row.status if f"report.ending.{row.status}" in WORDS else "incomplete"
        return f"{verdict} \u00b7 {self.t(f'report.ending.{ending}')}"

    def histogram(self, title: str, values: list[float], mark: float | None = None) -> Markup:
        return Markup(histogram(title, values, mark=mark, no_data=self.t("report.chart.no-data"),
                                mark_label=self.t("report.chart.pass-mark", mark=self.pct(mark)) if mark else ""))

    def bar(self, share: float) -> Markup:
        return Markup(share_bar(share, "#2f5f9e"))

    def source_note(self, summary: ScenarioSummary) -> str:
        found = summary.texts
        if found is None:
            note = self.t("report.source.missing", id=summary.scenario_id)
        elif found.origin == "records":
            note = self.t("report.source.recorded")
        elif found.origin == "changed":
            note = self.t("report.source.changed", file=found.path)
        else:
            note = self.t("report.source.file", file=found.path)
        if len(summary.versions) > 1:
            note += " " + self.t("report.source.versions", count=len(summary.versions))
        return note

    def rating_class(self, value: float) -> str:
        return "up" if value > 0 else "down" if value < 0 else "zero"

    def node_title(self, node: NodeCounts) -> str:
        return node.name or node.node


def render_report(report: ClassReport, *, language: str = "en") -> str:
    """The whole report as one HTML document, in `language` (the program's words; scenario texts as chosen)."""
    return "".join(report_chunks(report, language=language))


def report_chunks(report: ClassReport, *, language: str = "en") -> Iterator[str]:
    """The report as it renders, piece by piece: written out as it comes, never held whole."""
    view = _View(language)
    scope = [view.t("report.scope.course", course=report.course) if report.course
             else view.t("report.scope.all-courses"),
             view.t("report.scope.scenario", scenario=report.scenario) if report.scenario
             else view.t("report.scope.all-scenarios")]
    generated = view.texts.date(datetime.now(timezone.utc)) if language != "en" else utc_now()
    return _environment().get_template("report.html.j2").generate(
        report=report, v=view, lang=language, scope=", ".join(scope), version=__version__, generated=generated,
        counts=report.integrity_counts(), red_lines=RedLines(report))
