"""The printed page: A4, the heading block, the running footer with "page X of Y".

Every PDF goes through ``build_pdf``: the first page opens with the shop's
name, the document's title, the period, the as-of date and when it was
generated; every page ends with a footer line naming the shop and the title,
and "page X of Y". The total is only known at the end, so the canvas keeps
each finished page and writes the numbers when the document is saved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Sequence
from functools import cache
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from app import i18n
from app.i18n import translate
from app.reports.base import ReportParams
from app.reports.pdf.fonts import register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 15 * mm
FOOTER_Y = 9 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#616E7C")
RULE = colors.HexColor("#9AA5B1")

Destination = str | os.PathLike[str] | IO[bytes]


@dataclasses.dataclass(frozen=True)
class Styles:
    shop: ParagraphStyle
    title: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    table_heading: ParagraphStyle
    caption: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle


@cache
def styles() -> Styles:
    regular, bold = register_fonts()

    def style(name: str, size: float, font: str = regular, **kw: Any) -> ParagraphStyle:
        kw.setdefault("leading", size * 1.25)
        kw.setdefault("textColor", INK)
        return ParagraphStyle(name, fontName=font, fontSize=size, **kw)

    return Styles(
        shop=style("shop", 15, bold, spaceAfter=2),
        title=style("title", 12.5, bold, spaceAfter=3),
        meta=style("meta", 8.5, textColor=MUTED, spaceAfter=8),
        # keepWithNext: a heading or caption never ends a page without what it introduces.
        heading=style("heading", 11, bold, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        table_heading=style("table_heading", 10, bold, spaceBefore=8, spaceAfter=4),
        caption=style("caption", 8.5, spaceAfter=3, keepWithNext=1),
        body=style("body", 8.5, spaceAfter=4),
        note=style("note", 7.5, textColor=MUTED, spaceBefore=2, spaceAfter=4),
        cell=style("cell", 7.5, leading=9),
        cell_right=style("cell_right", 7.5, leading=9, alignment=TA_RIGHT),
        header_cell=style("header_cell", 7.5, bold, leading=9),
        header_cell_right=style("header_cell_right", 7.5, bold, leading=9, alignment=TA_RIGHT),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: names may contain "&" or "<")."""
    return Paragraph(escape(text), style)


def period_line(params: ReportParams, generated_at: dt.datetime) -> str:
    day = i18n.current().date_text
    return translate(
        "ReportPdf", "Period {start} – {end}  ·  as of {as_of}  ·  generated {day} {time}"
    ).format(
        start=day(params.date_from),
        end=day(params.date_to),
        as_of=day(params.as_of),
        day=day(generated_at.date()),
        time=generated_at.strftime("%H:%M"),
    )


class _NumberedCanvas(Canvas):
    """Holds finished pages back until ``save`` so each can say "page X of Y"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._finished: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._finished.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._finished)
        page_text = translate("ReportPdf", "page {number} of {total}")
        for number, state in enumerate(self._finished, start=1):
            self.__dict__.update(state)
            self.setFont(register_fonts()[0], 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN, FOOTER_Y, page_text.format(number=number, total=total)
            )
            super().showPage()
        super().save()


def build_pdf(
    destination: Destination,
    *,
    shop_name: str,
    title: str,
    params: ReportParams,
    generated_at: dt.datetime,
    story: Sequence[Flowable],
) -> None:
    """Write an A4 PDF: the heading block, then ``story``, with footers on every page."""
    regular, _bold = register_fonts()
    s = styles()
    target = os.fspath(destination) if isinstance(destination, os.PathLike) else destination
    doc = BaseDocTemplate(
        target,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=f"{shop_name}: {title}",
        author=shop_name,
        creator="Pitstop CRM",
        initialFontName=regular,
    )

    def footer(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, FOOTER_Y + 9, PAGE_WIDTH - MARGIN, FOOTER_Y + 9)
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, FOOTER_Y, f"{shop_name} · {title}")
        canvas.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=footer)])
    heading: list[Flowable] = [
        para(shop_name, s.shop),
        para(title, s.title),
        para(period_line(params, generated_at), s.meta),
    ]
    doc.build([*heading, *story], canvasmaker=_NumberedCanvas)
