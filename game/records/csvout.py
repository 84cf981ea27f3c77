"""The session table as CSV for a spreadsheet: UTF-8 with a BOM, no cell a spreadsheet would run.

Written whole through `game.files.write_output` (atomic: a full disk leaves the old file as it was).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from .classdata import ClassReport

CSV_FIXED = ["session_id", "trainee_id", "trainee_name", "service_number", "course", "scenario_id", "scenario",
             "started_at", "finished_at", "status", "passed", "overall_percent", "band"]
CSV_TAIL = ["red_lines", "red_line_texts", "seconds_taken", "decisions", "instructor_rating", "instructor_comment",
            "reviewer", "integrity"]


def csv_rows(report: ClassReport) -> Iterable[list[object]]:
    dimensions = list(report.dimension_labels)
    yield CSV_FIXED + [f"{d}_percent" for d in dimensions] + CSV_TAIL
    for row in report.rows:
        s = row.session
        review = s.review
        taken = s.seconds_taken()
        state = "damaged" if row.bundle.damaged else row.bundle.integrity
        yield ([s.id, _cell(s.trainee.id), _cell(s.trainee.name), _cell(s.trainee.service_number), _cell(s.course),
                _cell(s.scenario_id), _cell(row.title), s.started_at, s.finished_at or "", row.status,
                "" if s.passed is None else ("yes" if s.passed else "no"), _number(s.overall), _cell(row.band or "")]
               + [_number(row.dimensions.get(d)) for d in dimensions]
               + [len(row.red_lines), _cell("; ".join(row.red_lines)), "" if taken is None else round(taken, 1),
                  s.decisions, review.rating if review else "", _cell(review.comment) if review else "",
                  _cell(review.reviewer) if review else "", state])


def csv_text(report: ClassReport) -> str:
    """The whole table, with the BOM that lets spreadsheets see UTF-8."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    csv.writer(buffer).writerows(csv_rows(report))
    return buffer.getvalue()


def _number(value: float | None) -> object:
    return "" if value is None else value


def _cell(text: str) -> str:
    """Text a spreadsheet will not run as a formula (trainee names are typed by anyone)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
