"""A report's ``Table`` as a reportlab ``LongTable`` that breaks across pages.

The header row repeats on every page (``repeatRows=1``) and the column widths
are always given (reportlab measures every cell otherwise): each column gets
the width of its widest text, the header may wrap to two lines, and the
table is stretched to the frame's width. When it is too wide, the text and
list columns give way first (their long cells wrap); the numbers keep their
width and, if even they do not fit, the whole table is set in a smaller size.
"""

from __future__ import annotations

import dataclasses
import heapq
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph

from app.i18n import translate
from app.reports.base import Column, Table
from app.reports.pdf import values
from app.reports.pdf.document import CONTENT_WIDTH, INK, PAGE_HEIGHT, RULE, para, styles
from app.reports.pdf.fonts import register_fonts

NUMERIC = frozenset({"int", "money", "share", "number"})
WRAPPING = frozenset({"text", "list"})
# Identifier columns worth printing (a client is looked up by id); the others
# (source, department, reason ids) only repeat the name next to them.
PRINTED_IDS = frozenset({"client_id", "referrer_id"})
# Decimals that reports.md fixes for a value (a rating of 4.5 prints as 4.50).
PLACES = {"avg_rating": 2, "avg_interval_days": 1}
SIZE = 7.5
SMALLEST = 5.5
PAD = 3.0
TOP, BOTTOM = 1.5, 2.0
LEADING = 1.2  # x the font size
MIN_TEXT_WIDTH = 40.0
WINDOW = 100  # rows: more than a page holds (about 65)
SAMPLE = 25  # the longest texts of a column (by characters) that are measured
HEADER_FILL = colors.HexColor("#E4E7EB")
STRIPE = colors.HexColor("#F3F5F8")


def printable_columns(columns: Sequence[Column]) -> tuple[Column, ...]:
    return tuple(c for c in columns if c.kind != "id" or c.key in PRINTED_IDS)


def data_table(
    data: Table,
    currency: str,
    *,
    columns: Sequence[Column] | None = None,
    width: float = CONTENT_WIDTH,
    empty: str | None = None,
) -> Flowable:
    """The rows under a repeated header of translated titles; ``empty`` when there are none."""
    shown = tuple(columns) if columns is not None else printable_columns(data.columns)
    shown = tuple(dataclasses.replace(c, title=translate("ReportColumns", c.title)) for c in shown)
    if not data.rows:
        return para(empty or translate("ReportPdf", "Nothing in this period."), styles().note)
    places = [PLACES.get(c.key) for c in shown]
    texts = [
        [
            values.text(row.get(c.key), c.kind, currency, p)
            for c, p in zip(shown, places, strict=True)
        ]
        for row in data.rows
    ]
    for i, column in enumerate(shown):
        if column.key == "phone":
            for line in texts:
                line[i] = values.phone(line[i])
    return text_table(shown, texts, width=width)


def text_table(
    columns: Sequence[Column], texts: list[list[str]], *, width: float = CONTENT_WIDTH
) -> Flowable:
    """A table of already formatted cells; ``columns`` give titles and alignment."""
    regular, _bold = register_fonts()
    widths, size = _widths(columns, texts, width)
    cell_style, (head_left, head_right) = _cell_styles(size)
    header = [
        Paragraph(escape(c.title), head_right if c.kind in NUMERIC else head_left) for c in columns
    ]
    wrap = [i for i, c in enumerate(columns) if c.kind in WRAPPING]
    # Rows of one line each have a known height: given, reportlab need not measure them.
    one_line = size * LEADING + TOP + BOTTOM
    heights: list[float | None] = []
    for row in texts:
        height: float | None = one_line
        for i in wrap:
            room = widths[i] - 2 * PAD
            cell = row[i]
            if len(cell) * size > room and stringWidth(cell, regular, size) > room:
                row[i] = Paragraph(escape(cell), cell_style)  # type: ignore[call-overload]
                height = None
        heights.append(height)
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), regular, size, size * LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM),
    ]
    commands += [
        ("ALIGN", (i, 1), (i, -1), "RIGHT") for i, c in enumerate(columns) if c.kind in NUMERIC
    ]
    header_height = (
        TOP
        + BOTTOM
        + max(
            cell.wrap(w - 2 * PAD, PAGE_HEIGHT)[1] for cell, w in zip(header, widths, strict=True)
        )
    )
    paged = PagedTable(header, header_height, texts, widths, heights, commands)
    return paged if len(texts) > WINDOW else paged.piece(len(texts))


class PagedTable(Flowable):
    """A long table handed to reportlab a page at a time.

    A ``LongTable`` split across pages copies, restyles and measures every row
    still to come at each page break, so its time grows with the square of the
    rows (a minute and a half for 90,000). Here each page gets a ``LongTable``
    (header repeated) of just the rows that fit, counted from their known
    heights; rows of unknown height (wrapped text) are left to reportlab's own
    split of the next ``WINDOW`` rows. The rows after the page stay a
    ``PagedTable``. A table of at most ``WINDOW`` rows is a plain ``LongTable``.
    """

    def __init__(
        self,
        header: list[Paragraph],
        header_height: float,
        rows: list[list[Any]],
        widths: list[float],
        heights: list[float | None],
        commands: list[tuple[object, ...]],
        start: int = 0,
    ) -> None:
        super().__init__()
        self._header, self._header_height, self._rows = header, header_height, rows
        self._widths, self._heights, self._commands = widths, heights, commands
        self._start = start

    def piece(self, end: int) -> LongTable:
        """The header and rows ``start .. end`` as one LongTable."""
        table = LongTable(
            [self._header, *self._rows[self._start : end]],
            colWidths=self._widths,
            rowHeights=[None, *self._heights[self._start : end]],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(self._commands)
        return table

    def rest(self, start: int) -> PagedTable:
        return PagedTable(
            self._header, self._header_height, self._rows, self._widths, self._heights,
            self._commands, start,
        )  # fmt: skip

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Never drawn whole: taller than any room, so that the frame asks ``split``.
        return sum(self._widths), availHeight + 1

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - self._header_height - 1  # a point to spare for rounding
        end, total = self._start, len(self._rows)
        while end < total and (height := self._heights[end]) is not None and height <= room:
            room -= height
            end += 1
        if end == total:
            return [self.piece(end)]
        if self._heights[end] is not None:  # the page is full
            return [self.piece(end), self.rest(end)] if end > self._start else []
        # A row of unknown height: reportlab measures and splits the next rows.
        window = min(total, self._start + WINDOW)
        parts = self.piece(window).split(availWidth, availHeight)
        if window == total or not parts:
            return parts
        shown = parts[0]._nrows - 1  # reportlab's row count, the header included
        return [parts[0], self.rest(self._start + shown)]


def _cell_styles(size: float) -> tuple[ParagraphStyle, tuple[ParagraphStyle, ParagraphStyle]]:
    s = styles()
    leading = size * LEADING

    def sized(style: ParagraphStyle) -> ParagraphStyle:
        return ParagraphStyle(f"{style.name}-{size}", style, fontSize=size, leading=leading)

    return sized(s.cell), (sized(s.header_cell), sized(s.header_cell_right))


def _widths(
    columns: Sequence[Column], texts: list[list[str]], width: float
) -> tuple[list[float], float]:
    """Column widths filling ``width`` and the font size the table needs."""
    regular, bold = register_fonts()
    natural: list[float] = []
    floors: list[float] = []
    for i, column in enumerate(columns):
        longest = heapq.nlargest(SAMPLE, (row[i] for row in texts), key=len)
        content = max((stringWidth(t, regular, SIZE) for t in longest), default=0.0)
        words = max(stringWidth(w, bold, SIZE) for w in column.title.split() or [""])
        header = max(words, stringWidth(column.title, bold, SIZE) / 2)
        natural.append(max(content, header) + 2 * PAD)
        floors.append(max(words + 2 * PAD, MIN_TEXT_WIDTH))
    total = sum(natural)
    if total <= width:
        return [w * width / total for w in natural], SIZE
    # Lists give way first, then names; each down to its floor at most.
    widths = list(natural)
    for kinds in (("list",), ("text",)):
        shrink = [i for i, c in enumerate(columns) if c.kind in kinds and natural[i] > floors[i]]
        fixed = sum(w for i, w in enumerate(widths) if i not in shrink)
        least = sum(floors[i] for i in shrink)
        if shrink and fixed + least <= width:
            spare = sum(natural[i] - floors[i] for i in shrink)
            ratio = (width - fixed - least) / spare
            for i in shrink:
                widths[i] = floors[i] + (natural[i] - floors[i]) * ratio
            return widths, SIZE
        for i in shrink:
            widths[i] = floors[i]
    # Even the numbers do not fit: a smaller size for the whole table.
    scale = width / sum(widths)
    return [w * scale for w in widths], max(SMALLEST, SIZE * scale)
