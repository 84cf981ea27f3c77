"""Small inline SVG charts for the instructor report, written by hand (no library, no network).

Every text that goes into the markup is escaped here, so a caller can pass
trainee or scenario texts as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BINS = 10  # 0-10, 10-20, ..., 90-100 percent


def bin_counts(percents: Sequence[float], bins: int = BINS) -> list[int]:
    """How many percents fall in each of `bins` equal bands of 0..100 (100 goes in the last)."""
    counts = [0] * bins
    for value in percents:
        index = min(bins - 1, max(0, int(value * bins // 100)))
        counts[index] += 1
    return counts


def histogram(title: str, percents: Sequence[float], *, mark: float | None = None, width: int = 330,
              height: int = 170, no_data: str = "no data", mark_label: str = "") -> str:
    """A histogram of percents as an <svg> element; `mark` draws the pass mark as a dashed line."""
    counts = bin_counts(percents)
    left, right, top, bottom = 30, 18, 22, 30
    plot_w, plot_h = width - left - right, height - top - bottom
    tallest = max(counts) or 1
    bar_w = plot_w / BINS
    parts = [f'<svg class="chart" role="img" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'aria-label="{escape(title)}: {escape(_describe(counts) or no_data)}">',
             f'<title>{escape(title)}</title>',
             f'<text x="{left}" y="14" class="chart-title">{escape(title)}</text>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>',
             f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" class="axis"/>',
             f'<text x="{left - 4}" y="{top + 4}" class="tick" text-anchor="end">{tallest}</text>',
             f'<text x="{left - 4}" y="{top + plot_h}" class="tick" text-anchor="end">0</text>']
    for index, count in enumerate(counts):
        h = plot_h * count / tallest
        x = left + index * bar_w
        low = index * 100 // BINS
        parts.append(f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
                     f'class="bar"><title>{low}-{low + 100 // BINS}%: {count}</title></rect>')
        if count:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h - h - 3:.1f}" class="count" '
                         f'text-anchor="middle">{count}</text>')
    for tick in (0, 50, 100):
        x = left + plot_w * tick / 100
        parts.append(f'<text x="{x:.1f}" y="{height - 12}" class="tick" text-anchor="middle">{tick}%</text>')
    if mark is not None and 0 <= mark <= 100:
        x = left + plot_w * mark / 100
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" class="mark">'
                     f'<title>{escape(mark_label or f"pass mark {mark:g}%")}</title></line>')
    parts.append("</svg>")
    return "".join(parts)


def share_bar(share: float, colour: str, *, width: int = 120, height: int = 14) -> str:
    """A horizontal bar filled to `share` (0..1) in `colour` (a #rrggbb the caller chose)."""
    filled = max(0.0, min(1.0, share)) * width
    return (f'<svg class="share" width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-hidden="true">'
            f'<rect x="0" y="0" width="{width}" height="{height}" class="share-back"/>'
            f'<rect x="0" y="0" width="{filled:.1f}" height="{height}" fill="{escape(colour)}"/></svg>')


def _describe(counts: list[int]) -> str:
    return ", ".join(f"{i * 10}-{i * 10 + 10}%: {c}" for i, c in enumerate(counts) if c)
