"""Colour grids (heatmaps): busy hours, department gaps, RFM cells, cohort triangles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Drawing, Group, Rect
from reportlab.lib import colors

from app.reports.pdf.charts import fit, label, new_drawing, width_of
from app.reports.pdf.document import CONTENT_WIDTH, INK, MUTED

LOW = colors.HexColor("#F1F5F9")
HIGH = colors.HexColor("#1D4E89")
EMPTY = colors.white
STEPS = 5
MAX_UPRIGHT = 80.0


def shade(t: float) -> colors.Color:
    """LOW .. HIGH for t in 0..1."""
    t = min(max(t, 0.0), 1.0)
    return colors.linearlyInterpolatedColor(LOW, HIGH, 0, 1, t)


def grid_chart(
    row_labels: Sequence[str],
    column_labels: Sequence[str],
    cells: Sequence[Sequence[float | None]],
    *,
    text: Callable[[float], str] | None = None,
    top: float | None = None,
    cell_height: float = 13,
    corner: str = "",
    scale_text: Callable[[float], str] = str,
    width: float = CONTENT_WIDTH,
) -> Drawing:
    """A cell per (row, column) shaded by value / ``top`` (default: the largest).

    ``None`` cells stay blank (the cohort triangle). With ``text`` each cell
    prints its value when it fits. A scale of shades from 0 to ``top`` ends it.
    """
    label_w = min(max((width_of(t) for t in [*row_labels, corner]), default=0), width * 0.3) + 6
    cols = max(len(column_labels), 1)
    cell_w = (width - label_w) / cols
    widest = max((width_of(t) for t in column_labels), default=0)
    # Names that do not fit across a cell stand upright; numbers are thinned out.
    upright = widest + 2 > cell_w and any(not t.strip("+-").isdigit() for t in column_labels)
    header_h = min(widest, MAX_UPRIGHT) + 6 if upright else 11.0
    scale_h = 16.0
    height = header_h + cell_height * len(row_labels) + scale_h
    drawing = new_drawing(width, height)
    biggest = top or max((v or 0 for row in cells for v in row), default=0) or 1
    every = 1 if upright or widest + 2 <= cell_w else 2 if widest + 2 <= 2 * cell_w else 4
    if corner:
        drawing.add(
            label(label_w - 6, height - 8, fit(corner, label_w - 6), anchor="end", color=MUTED)
        )
    for j, title in enumerate(column_labels):
        x = label_w + (j + 0.5) * cell_w
        if upright:
            turned = Group(label(0, 0, fit(title, MAX_UPRIGHT), color=MUTED))
            turned.translate(x + 2.3, height - header_h + 3)
            turned.rotate(90)
            drawing.add(turned)
        elif j % every == 0:
            drawing.add(label(x, height - 8, title, anchor="middle", color=MUTED))
    for i, (title, row) in enumerate(zip(row_labels, cells, strict=True)):
        y = height - header_h - (i + 1) * cell_height
        drawing.add(
            label(label_w - 6, y + cell_height / 2 - 2.3, fit(title, label_w - 6), anchor="end")
        )
        for j, value in enumerate(row):
            if value is None:
                continue
            t = value / biggest
            x = label_w + j * cell_w
            drawing.add(
                Rect(
                    x,
                    y,
                    cell_w,
                    cell_height,
                    fillColor=shade(t),
                    strokeColor=EMPTY,
                    strokeWidth=0.6,
                )
            )
            if text is not None:
                shown = text(value)
                if width_of(shown, 6) <= cell_w - 2:
                    drawing.add(
                        label(
                            x + cell_w / 2,
                            y + cell_height / 2 - 2.1,
                            shown,
                            size=6,
                            anchor="middle",
                            color=colors.white if t > 0.5 else INK,
                        )
                    )
    _scale(drawing, label_w, biggest, scale_text)
    return drawing


def _scale(drawing: Drawing, x: float, top: float, fmt: Callable[[float], str]) -> None:
    """A row of shades from 0 to ``top`` under the grid."""
    y = 2.0
    drawing.add(label(x, y + 1, fmt(0), color=MUTED))
    x += width_of(fmt(0)) + 4
    for step in range(STEPS):
        drawing.add(
            Rect(x + step * 14, y, 14, 7, fillColor=shade(step / (STEPS - 1)), strokeColor=None)
        )
    drawing.add(label(x + STEPS * 14 + 4, y + 1, fmt(top), color=MUTED))
