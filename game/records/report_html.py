"""The instructor report: ONE self-contained HTML file (inline CSS and SVG, no script, no network).

Every value from the records or a scenario file passes through `esc` (html.escape)
before it reaches the page, so whatever a trainee typed as a name shows as text.
"""

from __future__ import annotations

from html import escape

from .. import __version__
from .classdata import ClassReport, ClassRow, NodeCounts, OptionCount, ScenarioSummary
from .models import utc_now
from .svg import histogram, share_bar

POOR_NODE_SHARE = 0.5  # a node where at least half the class chose a poor option is flagged

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1200px;
padding:1.5rem;color:#1d2433;background:#fff}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:2px solid #dde3ee}
h3{font-size:1.1rem;margin:1.6rem 0 .4rem}.meta{color:#56607a}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{padding:.3rem .5rem;border-bottom:1px solid #e3e7ef;
text-align:left;vertical-align:top}th{background:#f3f5f9;font-weight:600}td.num,th.num{text-align:right}
.pass{color:#106b34;font-weight:600}.fail{color:#a3201b;font-weight:600}.muted{color:#7a839a}
.red{color:#a3201b}.stars{color:#b7791f;letter-spacing:1px}.charts{display:flex;flex-wrap:wrap;gap:1rem}
.chart .bar{fill:#3b6fb6}.chart .axis{stroke:#8b93a7}.chart .mark{stroke:#a3201b;stroke-dasharray:4 3}
.chart text{font-size:11px;fill:#3a4256}.chart .chart-title{font-size:12px;font-weight:600}
.share-back{fill:#eef1f6}.node{margin:1rem 0;border:1px solid #dde3ee;border-radius:6px;padding:.5rem .8rem}
.node.trouble{border-color:#a3201b;box-shadow:inset 4px 0 0 #a3201b}.node h4{margin:.2rem 0;font-size:1rem}
.flag{color:#a3201b;font-weight:600}.tag{font-size:.75rem;padding:0 .35rem;border-radius:3px;background:#a3201b;
color:#fff;margin-left:.3rem}.legend span{display:inline-block;padding:0 .5rem;margin-right:.4rem;border-radius:3px}
code{font-size:.85em;color:#56607a}td ul{margin:0;padding-left:1rem;font-size:.85rem}td.share-cell{white-space:nowrap}table.stats{width:auto}
@media print{body{max-width:none}.node{break-inside:avoid}}
"""


def esc(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def render_report(report: ClassReport) -> str:
    """The whole report as one HTML document."""
    scope = [f"course {report.course}" if report.course else "all courses",
             f"scenario {report.scenario}" if report.scenario else "all scenarios"]
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>Bluehelm class report: {esc(', '.join(scope))}</title>",
             f"<style>{CSS}</style></head><body>",
             "<h1>Bluehelm class report</h1>",
             f'<p class="meta">{esc(", ".join(scope))} \u00b7 {len(report.rows)} sessions \u00b7 '
             f"generated {esc(utc_now())} by Bluehelm {esc(__version__)}</p>"]
    if not report.rows:
        parts.append("<p>No sessions match.</p>")
    else:
        parts += _class_table(report)
        for summary in report.scenarios:
            parts += _scenario_section(summary)
    parts.append("</body></html>")
    return "\n".join(parts)


# -- the class table ---------------------------------------------------------------------

def _class_table(report: ClassReport) -> list[str]:
    dims = report.dimension_labels
    head = (["Trainee", "Scenario", "Outcome", "Overall"] + list(dims.values())
            + ["Band", "Red lines", "Time taken", "Instructor rating"])
    numeric = {"Overall", "Time taken", *dims.values()}
    out = ["<h2>Class</h2>", "<table class=\"class\"><thead><tr>"
           + "".join(f'<th{" class=num" if h in numeric else ""}>{esc(h)}</th>' for h in head)
           + "</tr></thead><tbody>"]
    for row in report.rows:
        out.append("<tr>" + "".join(_class_cells(row, list(dims))) + "</tr>")
    out.append("</tbody></table>")
    return out


def _class_cells(row: ClassRow, dims: list[str]) -> list[str]:
    s = row.session
    trainee = esc(s.trainee.name or s.trainee.id)
    if s.trainee.name and s.trainee.name != s.trainee.id:
        trainee += f' <span class="muted">{esc(s.trainee.id)}</span>'
    if s.trainee.service_number:
        trainee += f'<br><span class="muted">{esc(s.trainee.service_number)}</span>'
    course = f'<br><span class="muted">{esc(s.course)}</span>' if s.course else ""
    cells = [f"<td>{trainee}{course}</td>",
             f'<td>{esc(row.title)}<br><span class="muted">session {s.id}</span></td>',
             f"<td>{_outcome(row)}</td>", f'<td class="num">{_percent(s.overall)}</td>']
    cells += [f'<td class="num">{_percent(row.dimensions.get(d))}</td>' for d in dims]
    red = "".join(f"<li>{esc(text)}</li>" for text in row.red_lines)
    cells += [f"<td>{esc(row.band or '')}</td>",
              f'<td class="red"><ul>{red}</ul></td>' if red else '<td class="muted">none</td>',
              f'<td class="num">{_duration(s.seconds_taken())}</td>', f"<td>{_review(row)}</td>"]
    return cells


def _outcome(row: ClassRow) -> str:
    s = row.session
    if not s.finished:
        return f'<span class="muted">unfinished ({s.decisions} decisions)</span>'
    verdict = '<span class="pass">passed</span>' if s.passed else '<span class="fail">not passed</span>'
    return f"{verdict}<br>{esc(row.status)}"


def _review(row: ClassRow) -> str:
    review = row.session.review
    if review is None:
        return '<span class="muted">not reviewed</span>'
    stars = "\u2605" * review.rating + "\u2606" * (5 - review.rating)
    by = f' <span class="muted">by {esc(review.reviewer)}</span>' if review.reviewer else ""
    comment = f"<br>{esc(review.comment)}" if review.comment else ""
    return f'<span class="stars" title="{review.rating} of 5">{stars}</span> {review.rating}/5{by}{comment}'


def _percent(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.1f}%"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "\u2013"
    minutes, rest = divmod(int(round(seconds)), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


# -- per scenario ---------------------------------------------------------------------------

def _scenario_section(summary: ScenarioSummary) -> list[str]:
    out = [f"<h2>{esc(summary.title)} <code>{esc(summary.scenario_id)}</code></h2>", _source_note(summary)]
    done = summary.finished
    rate = summary.pass_rate
    out.append("<table class=\"stats\"><tbody>"
               f"<tr><th>Sessions</th><td>{len(summary.rows)} ({len(done)} finished)</td></tr>"
               f"<tr><th>Pass rate</th><td>{'&ndash;' if rate is None else f'{rate:.0f}%'}"
               f" ({sum(1 for r in done if r.session.passed)} of {len(done)} finished)</td></tr>"
               f"<tr><th>Overall, mean / median</th><td>{_percent(summary.mean_overall())} / "
               f"{_percent(summary.median_overall())}</td></tr></tbody></table>")
    charts = [histogram("Overall", summary.overall_percents(), mark=summary.pass_mark)]
    charts += [histogram(label, summary.dimension_percents(dim)) for dim, label in summary.dimension_labels.items()]
    out.append('<div class="charts">' + "".join(charts) + "</div>")
    out += _heat_map(summary)
    return out


def _source_note(summary: ScenarioSummary) -> str:
    texts = summary.texts
    versions = f" Played on {len(summary.versions)} versions of the file." if len(summary.versions) > 1 else ""
    if texts is None:
        return (f'<p class="meta">The scenario file for <code>{esc(summary.scenario_id)}</code> was not found '
                f"(give its folder with --scenarios): nodes and choices show as ids.{esc(versions)}</p>")
    if not texts.exact:
        return (f'<p class="meta">Texts from {esc(texts.path.name)}, which has changed since these sessions were '
                f"played: a text may differ from what trainees saw.{esc(versions)}</p>")
    return f'<p class="meta">Texts from {esc(texts.path.name)}.{esc(versions)}</p>'


def _heat_map(summary: ScenarioSummary) -> list[str]:
    nodes = summary.nodes
    if not nodes:
        return []
    out = ["<h3>Decisions at each node</h3>",
           '<p class="legend">Each option: how many of the trainees who reached the node chose it. '
           f'<span style="background:{_colour(2, False, 1)};color:#fff">well rated</span>'
           f'<span style="background:{_colour(0, False, 1)};color:#fff">neutral</span>'
           f'<span style="background:{_colour(-2, False, 1)};color:#fff">poorly rated</span>'
           f'<span style="background:{_colour(0, True, 1)};color:#fff">red line</span> '
           "Nodes where half the class or more chose a poor option are outlined in red.</p>"]
    trouble = sorted((n for n in nodes if n.poor_share >= POOR_NODE_SHARE), key=lambda n: -n.poor_share)
    if trouble:
        out.append("<p class=\"flag\">Where the class goes wrong: " + ", ".join(
            f"<code>{esc(n.node)}</code> ({n.poor_share:.0%} chose a poor option)" for n in trouble) + "</p>")
    for node in nodes:
        out += _node_block(node)
    return out


def _node_block(node: NodeCounts) -> list[str]:
    flagged = node.poor_share >= POOR_NODE_SHARE
    text = f"<p>{esc(node.text)}</p>" if node.text else ""
    out = [f'<div class="node{" trouble" if flagged else ""}">',
           f"<h4><code>{esc(node.node)}</code> \u00b7 reached by {_trainees(len(node.trainees))}"
           + (f' <span class="flag">\u26a0 {node.poor_share:.0%} chose a poor option</span>' if flagged else "")
           + "</h4>", text,
           "<table><thead><tr><th>Option</th><th>Ratings</th><th class=num>Trainees</th><th>Share</th></tr>"
           "</thead><tbody>"]
    for option in node.options.values():
        out.append(_option_row(node, option))
    out.append("</tbody></table></div>")
    return out


def _trainees(count: int) -> str:
    return f"{count} trainee" if count == 1 else f"{count} trainees"


def _option_row(node: NodeCounts, option: OptionCount) -> str:
    share = node.share(option)
    colour = _colour(option.rating, option.critical, 1)
    label = esc(option.text) + " " if option.text else ""
    tag = '<span class="tag">red line</span>' if option.critical else ""
    ratings = ", ".join(f"{esc(k)} {v:+d}" for k, v in option.ratings.items()) or "unrated"
    background = _colour(option.rating, option.critical, 0.1 + 0.5 * share)
    return (f'<tr style="background:{background}"><td>{label}<code>{esc(option.choice)}</code>{tag}</td>'
            f"<td>{ratings}</td><td class=num>{len(option.trainees)}</td>"
            f'<td class="share-cell">{share_bar(share, colour)} {share:.0%}</td></tr>')


def _colour(rating: int, critical: bool, alpha: float) -> str:
    """Green for well rated, grey for neutral, red for poorly rated, dark red for a red line."""
    if critical:
        rgb = (122, 14, 14)
    elif rating > 0:
        rgb = (30, 120, 60) if rating >= 2 else (80, 150, 90)
    elif rating < 0:
        rgb = (200, 40, 30) if rating <= -2 else (215, 110, 40)
    else:
        rgb = (110, 118, 135)
    if alpha >= 1:
        return "#%02x%02x%02x" % rgb
    return "rgba(%d,%d,%d,%.2f)" % (*rgb, alpha)
