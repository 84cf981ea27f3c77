"""The assessment-quality report in words: the terminal table and `validate`'s warnings (BH140-BH143)."""

from __future__ import annotations

from ..authoring.diagnostics import Diagnostic, warning
from .assessment import STRATEGIES, Assessment

SHOWN_PLACES = 6


def places(nodes: list[str], file: str | None, lines: dict[str, int]) -> str:
    """Decisions as file:line (node), or line N (node) when the message already names the file; the first few."""
    shown = [(f"{file}:{lines[n]} ({n})" if file else f"line {lines[n]} ({n})") if n in lines else n
             for n in nodes[:SHOWN_PLACES]]
    more = f" and {len(nodes) - SHOWN_PLACES} more" if len(nodes) > SHOWN_PLACES else ""
    return ", ".join(shown) + more


def _flag(value: float | None, limit: float) -> str:
    return "  <- over the limit" if value is not None and value > limit else ""


def _number(value: float | None, unit: str = " %") -> str:
    return "-" if value is None else f"{value:.1f}{unit}"


def render_assessment(report: Assessment, file: str, lines: dict[str, int]) -> str:
    """The report as an aligned text table, flags beside the figures past their thresholds."""
    limits = report.thresholds
    out = [f"{report.scenario}: assessment quality over {report.sessions:,} seeded sessions per strategy "
           f"(seed {report.seed}); {report.decisions} decisions met in play", ""]
    out.append(f"dominant option (best on every dimension)   {_number(report.dominant)} of decisions"
               f"   (limit {limits.dominant:g} %){_flag(report.dominant, limits.dominant)}")
    out.append(f"options that trade one dimension for another   {report.trading_options} of {report.scored_options}")
    out.append(f"best option listed first in the file   {_number(report.best_listed_first)} of decisions"
               " (shown shuffled, so it gives nothing away unless a node keeps file order)")
    rows = [("best option is the longest", [f.best_is_longest for f in report.languages], limits.best_is_longest, " %"),
            ("length-rating correlation", [f.length_rating_correlation for f in report.languages], None, ""),
            ("giveaway words, best options", [f.giveaway_best for f in report.languages], None, " %"),
            ("giveaway words, other options", [f.giveaway_others for f in report.languages], None, " %"),
            ("giveaway-words gap (points)", [f.giveaway_gap for f in report.languages], limits.giveaway_gap, "")]
    rows += [(f"passes: always {name}" if name != "random" else "passes: uniform random",
              [f.strategies[name] for f in report.languages], limits.naive_pass, " %") for name in STRATEGIES]
    label = max(len(r[0]) for r in rows)
    out += ["", f"{'':<{label}}" + "".join(f"{f.language:>12}" for f in report.languages)]
    for name, values, limit, unit in rows:
        cells = "".join(f"{(_number(v, unit) + ('!' if limit is not None and v is not None and v > limit else ' ')):>12}"
                        for v in values)
        out.append(f"{name:<{label}}{cells}")
    out.append("(! past the threshold; limits: best = longest "
               f"{limits.best_is_longest:g} %, gap {limits.giveaway_gap:g} points, naive strategies {limits.naive_pass:g} %)")
    out.append("")
    out.append(f"red lines reachable: {', '.join(report.red_lines_reachable) or 'none'}")
    if report.keep_order:
        out.append(f"options in file order (keep_order): {places(report.keep_order, file, lines)}")
    passes = ", ".join(f"{ending} {count}" for ending, count in report.passes_by_ending.items()) or "none"
    out.append(f"passing random sessions by ending: {passes}")
    for language_figures in report.languages:
        if language_figures.best_is_longest > limits.best_is_longest:
            out.append(f"[{language_figures.language}] best = longest at: "
                       f"{places(language_figures.best_is_longest_at, file, lines)}")
    if report.dominant > limits.dominant:
        out.append(f"dominant option at: {places(report.dominant_at, file, lines)}")
    return "\n".join(out)


def assessment_warnings(report: Assessment, file: str, at: tuple[int, int], lines: dict[str, int]) -> list[Diagnostic]:
    """BH140-BH143: the figures past their thresholds, each naming the decisions that cause it."""
    limits = report.thresholds
    found = []
    for figures in report.languages:
        language = f" in '{figures.language}'" if len(report.languages) > 1 else ""
        if figures.best_is_longest > limits.best_is_longest:
            found.append(warning(file, at, "BH140",
                                 f"the best option is the longest in {figures.best_is_longest:.1f}% of decisions{language} "
                                 f"(limit {limits.best_is_longest:g}%): {places(figures.best_is_longest_at, None, lines)}"))
        if figures.giveaway_gap is not None and figures.giveaway_gap > limits.giveaway_gap:
            found.append(warning(file, at, "BH141",
                                 f"giveaway words mark {figures.giveaway_best:.1f}% of best options against "
                                 f"{figures.giveaway_others:.1f}% of the others{language}, a gap of "
                                 f"{figures.giveaway_gap:.1f} points (limit {limits.giveaway_gap:g}): "
                                 f"{places(figures.giveaway_at, None, lines)}"))
    if report.dominant > limits.dominant:
        found.append(warning(file, at, "BH142",
                             f"one option is best on every dimension in {report.dominant:.1f}% of decisions "
                             f"(limit {limits.dominant:g}%): make more of them real dilemmas: "
                             f"{places(report.dominant_at, None, lines)}"))
    seen: set[str] = set()
    for figures in report.languages:
        language = f" in '{figures.language}'" if len(report.languages) > 1 else ""
        for name, rate in figures.strategies.items():
            if rate > limits.naive_pass and (name, language if name not in ("first-shown", "random") else "") not in seen:
                seen.add((name, language if name not in ("first-shown", "random") else ""))  # type: ignore[arg-type]
                what = "uniform random play" if name == "random" else f"always choosing the {name.replace('-', ' ')} option"
                found.append(warning(file, at, "BH143",
                                     f"{what} passes {rate:.1f}% of {report.sessions:,} seeded sessions"
                                     f"{language if name not in ('first-shown', 'random') else ''} "
                                     f"(limit {limits.naive_pass:g}%)"))
    return found
