"""Bar and line charts drawn with reportlab.graphics shapes.

Two kinds cover the reports: ``column_chart`` (categories along the bottom,
grouped or stacked bars, optionally a line on a second axis at the right and
dashed guide lines on it) and ``bar_rows`` (one row per name, bars to the
right with their value printed at the end: ranked lists). Geometry is worked
out here rather than left to reportlab's chart widgets so that labels can be
thinned, truncated and kept off each other.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.pdf import values
from app.reports.pdf.document import CONTENT_WIDTH, INK, MUTED
from app.reports.pdf.fonts import register_fonts

# Tableau 10: distinguishable, and readable printed in grey.
PALETTE = tuple(
    colors.HexColor(c)
    for c in (
        "#4E79A7",
        "#F28E2B",
        "#E15759",
        "#76B7B2",
        "#59A14F",
        "#EDC948",
        "#B07AA1",
        "#FF9DA7",
        "#9C755F",
        "#BAB0AC",
    )
)
GRID = colors.HexColor("#DDE2E7")
AXIS = colors.HexColor("#7B8794")
LINE = colors.HexColor("#1F2933")
LABEL_SIZE = 6.5
LEGEND_SIZE = 7.0

Format = Callable[[float], str]


@dataclasses.dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]
    color: colors.Color


def label(
    x: float,
    y: float,
    text: str,
    *,
    size: float = LABEL_SIZE,
    anchor: str = "start",
    color: colors.Color = INK,
    bold: bool = False,
) -> String:
    regular, heavy = register_fonts()
    return String(
        x,
        y,
        text,
        fontName=heavy if bold else regular,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def new_drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is ours (reportlab's default would embed Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = register_fonts()[0]
    return drawing


def width_of(text: str, size: float = LABEL_SIZE, bold: bool = False) -> float:
    regular, heavy = register_fonts()
    return stringWidth(text, heavy if bold else regular, size)


def fit(text: str, room: float, size: float = LABEL_SIZE) -> str:
    """``text`` cut with "…" so that it is at most ``room`` wide."""
    if width_of(text, size) <= room + 0.01:
        return text
    while text and width_of(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def nice_ticks(top: float, count: int = 5, bottom: float = 0.0) -> list[float]:
    """Round steps (1, 2, 2.5, 5 x 10^k) from at most ``bottom`` to at least ``top``."""
    span = top - bottom
    if span <= 0:
        return [bottom, bottom + 1.0] if bottom else [0.0, 1.0]
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude * count >= span)
    first = math.floor(bottom / step + 1e-9)
    last = math.ceil(top / step - 1e-9)
    return [step * n for n in range(first, max(last, first + 1) + 1)]


def line_ticks(low: float, high: float) -> list[float]:
    """A line's axis: from 0 unless the values sit far from it (a client count)."""
    if low > 0 and high > 0 and (high - low) < low / 2:
        return nice_ticks(high, bottom=low)
    return nice_ticks(high)


SHARE_TICKS = [0.0, 0.25, 0.5, 0.75, 1.0]


def legend(items: Sequence[tuple[str, colors.Color, bool]], width: float) -> tuple[Group, float]:
    """Swatches and labels flowing in rows; ``(group, height)`` with y = 0 at its top.

    An item is (label, colour, is_line).
    """
    group = Group()
    x, y, row = 0.0, -9.0, 11.0
    for text, color, is_line in items:
        need = 14 + width_of(text, LEGEND_SIZE) + 12
        if x > 0 and x + need > width:
            x, y = 0.0, y - row
        if is_line:
            group.add(Line(x, y + 3, x + 10, y + 3, strokeColor=color, strokeWidth=1.5))
        else:
            group.add(Rect(x, y, 9, 7, fillColor=color, strokeColor=None))
        group.add(label(x + 13, y, text, size=LEGEND_SIZE))
        x += need
    return group, -y + 4


def _vertical_axis(
    drawing: Drawing,
    ticks: Sequence[float],
    fmt: Format,
    x: float,
    y0: float,
    height: float,
    *,
    right: bool,
    grid_to: float | None = None,
) -> None:
    base, span = ticks[0], (ticks[-1] - ticks[0]) or 1
    for tick in ticks:
        y = y0 + height * (tick - base) / span
        if grid_to is not None:
            drawing.add(Line(x, y, grid_to, y, strokeColor=GRID, strokeWidth=0.4))
        drawing.add(
            label(
                x + 3 if right else x - 3,
                y - 2,
                fmt(tick),
                anchor="start" if right else "end",
                color=MUTED,
            )
        )


def column_chart(
    categories: Sequence[str],
    bars: Sequence[Series],
    *,
    width: float = CONTENT_WIDTH,
    height: float = 170,
    stacked: bool = False,
    bar_format: Format = values.compact,
    line: Series | None = None,
    line_format: Format = values.compact,
    line_is_share: bool = False,
    guides: Sequence[tuple[float, str]] = (),
) -> Drawing:
    """Bars per category (grouped, or stacked), a line on the right axis, guide lines.

    ``guides`` are (value on the line's axis, text) drawn as dashed lines.
    Unstacked bars carry their value above them when it fits their width.
    """
    drawing = new_drawing(width, height)
    items = [(s.label, s.color, False) for s in bars]
    if line is not None:
        items.append((line.label, LINE, True))
    key, key_height = legend(items, width)
    key.translate(0, height)
    drawing.add(key)
    sums = [
        sum(v or 0 for v in column) if stacked else max((v or 0 for v in column), default=0)
        for column in zip(*(s.values for s in bars), strict=True)
    ]
    ticks = nice_ticks(max(sums, default=0))
    tick_width = max(width_of(bar_format(t)) for t in ticks)
    right_ticks: list[float] = []
    if line is not None:
        known = [v for v in line.values if v is not None] or [0.0]
        right_ticks = SHARE_TICKS if line_is_share else line_ticks(min(known), max(known))
    right_width = max((width_of(line_format(t)) for t in right_ticks), default=0) + 6
    x0, y0 = tick_width + 6, 12.0
    plot_w = width - x0 - right_width
    plot_h = height - key_height - y0 - 6
    _vertical_axis(drawing, ticks, bar_format, x0, y0, plot_h, right=False, grid_to=x0 + plot_w)
    count = max(len(categories), 1)
    slot = plot_w / count
    group_w = slot * 0.72
    bar_w = group_w if stacked else group_w / max(len(bars), 1)
    top_value = ticks[-1]
    for i in range(len(categories)):
        left = x0 + i * slot + (slot - group_w) / 2
        base = y0
        for j, series in enumerate(bars):
            value = series.values[i] or 0
            h = plot_h * value / top_value
            x = left if stacked else left + j * bar_w
            if h > 0:
                drawing.add(Rect(x, base, bar_w, h, fillColor=series.color, strokeColor=None))
            if not stacked and value:
                text = bar_format(value)
                if width_of(text, 5.5) <= bar_w + 3:
                    drawing.add(
                        label(
                            x + bar_w / 2,
                            base + h + 1.5,
                            text,
                            size=5.5,
                            anchor="middle",
                            color=MUTED,
                        )
                    )
            if stacked:
                base += h
    drawing.add(Line(x0, y0, x0 + plot_w, y0, strokeColor=AXIS, strokeWidth=0.6))
    _category_labels(drawing, categories, x0, slot)
    if line is not None:
        _line(drawing, line, right_ticks, line_format, x0, y0, plot_w, plot_h, slot, guides)
    return drawing


def _category_labels(drawing: Drawing, categories: Sequence[str], x0: float, slot: float) -> None:
    widest = max((width_of(c) for c in categories), default=0)
    every = max(1, math.ceil((widest + 4) / slot))
    for i, text in enumerate(categories):
        if i % every == 0:
            drawing.add(label(x0 + (i + 0.5) * slot, 3, text, anchor="middle", color=MUTED))


def _line(
    drawing: Drawing,
    line: Series,
    ticks: Sequence[float],
    fmt: Format,
    x0: float,
    y0: float,
    plot_w: float,
    plot_h: float,
    slot: float,
    guides: Sequence[tuple[float, str]],
) -> None:
    base, span = ticks[0], (ticks[-1] - ticks[0]) or 1
    _vertical_axis(drawing, ticks, fmt, x0 + plot_w, y0, plot_h, right=True)
    for value, text in guides:
        y = y0 + plot_h * (value - base) / span
        drawing.add(
            Line(
                x0,
                y,
                x0 + plot_w,
                y,
                strokeColor=PALETTE[2],
                strokeWidth=0.7,
                strokeDashArray=[3, 2],
            )
        )
        # At the right end, on a white patch so that bars behind it do not hide it.
        right = x0 + plot_w - 3
        drawing.add(
            Rect(
                right - width_of(text) - 2,
                y + 1,
                width_of(text) + 4,
                8,
                fillColor=colors.white,
                strokeColor=None,
            )
        )
        drawing.add(label(right, y + 2.5, text, anchor="end", color=PALETTE[2]))
    runs: list[list[float]] = [[]]
    for i, value in enumerate(line.values):
        if value is None:
            runs.append([])
            continue
        runs[-1] += [x0 + (i + 0.5) * slot, y0 + plot_h * (value - base) / span]
    for points in runs:
        if len(points) >= 4:
            drawing.add(PolyLine(points, strokeColor=LINE, strokeWidth=1.2))
        if len(line.values) <= 40:
            for k in range(0, len(points), 2):
                drawing.add(Circle(points[k], points[k + 1], 1.6, fillColor=LINE, strokeColor=None))


def bar_rows(
    labels: Sequence[str],
    bars: Sequence[Series],
    *,
    texts: Callable[[int, int], str] | None = None,
    top: float | None = None,
    width: float = CONTENT_WIDTH,
) -> Drawing:
    """One row per label, a bar per series, its text (``texts(row, series)``) at its end.

    ``top`` fixes the scale (1.0 for shares); otherwise the largest value fills the row.
    """
    per_bar = 7.0
    row_h = per_bar * len(bars) + 5
    show = texts or (lambda i, j: values.compact(bars[j].values[i] or 0))
    label_w = min(max((width_of(t) for t in labels), default=0), width * 0.3) + 6
    text_w = (
        max((width_of(show(i, j)) for i in range(len(labels)) for j in range(len(bars))), default=0)
        + 6
    )
    key_items = [(s.label, s.color, False) for s in bars] if len(bars) > 1 else []
    key, key_height = legend(key_items, width) if key_items else (Group(), 0.0)
    height = row_h * len(labels) + key_height + 4
    drawing = new_drawing(width, height)
    key.translate(0, height)
    drawing.add(key)
    scale_top = top or max((v or 0 for s in bars for v in s.values), default=0) or 1
    plot_w = width - label_w - text_w
    y_top = height - key_height
    for i, text in enumerate(labels):
        y = y_top - (i + 1) * row_h + 2.5
        drawing.add(label(label_w - 6, y + row_h / 2 - 4.5, fit(text, label_w - 6), anchor="end"))
        for j, series in enumerate(bars):
            value = series.values[i] or 0
            by = y + (len(bars) - 1 - j) * per_bar
            w = plot_w * value / scale_top
            if w > 0:
                drawing.add(
                    Rect(label_w, by, w, per_bar - 1, fillColor=series.color, strokeColor=None)
                )
            drawing.add(label(label_w + w + 3, by + 1, show(i, j), size=6, color=MUTED))
    drawing.add(Line(label_w, 2, label_w, y_top, strokeColor=AXIS, strokeWidth=0.6))
    return drawing
