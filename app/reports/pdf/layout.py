"""What the report sections share: the currency, captions, the tables of a result."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Mapping
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.base import Column, ReportResult, Table
from app.reports.pdf import values
from app.reports.pdf.document import para, styles
from app.reports.pdf.tables import data_table

TABLE_START = 80  # points: a heading, the table's header and a few rows

# Titles of the extra tables and records of reports.md, as printed.
EXTRA_TITLES = {
    "clients": QT_TRANSLATE_NOOP("ReportPdf", "Departed clients"),
    "segments": QT_TRANSLATE_NOOP("ReportPdf", "Segments"),
    "total": QT_TRANSLATE_NOOP("ReportPdf", "Total"),
}


@dataclasses.dataclass(frozen=True)
class Context:
    """How values print in this document."""

    currency: str

    def money(self, minor: int) -> str:
        return values.money(minor, self.currency)

    def money_short(self, minor: float) -> str:
        """An amount for a chart: "33.9M UAH"."""
        return f"{values.compact(minor / 100)} {self.currency}"

    def axis_money(self, minor: float) -> str:
        return values.compact(minor / 100)


Section = Callable[[ReportResult, Context], list[Flowable]]


def extra_table(result: ReportResult, key: str) -> Table | None:
    """The extra table ``key`` of the result, if it has one."""
    extra = result.extras.get(key)
    return extra if isinstance(extra, Table) else None


def relabel(data: Table, key: str, titles: Mapping[str, str]) -> Table:
    """The table with the values of column ``key`` printed as ``titles`` name them."""
    rows = tuple({**row, key: titles.get(row[key], row[key])} for row in data.rows)
    return Table(data.columns, rows)


def translated(titles: Mapping[str, str]) -> dict[str, str]:
    """Names marked with QT_TRANSLATE_NOOP("ReportPdf", ...) in the installed language."""
    return {key: translate("ReportPdf", text) for key, text in titles.items()}


def heading(text: str) -> Flowable:
    return para(text, styles().heading)


def note(text: str) -> Flowable:
    return para(text, styles().note)


def lead(text: str) -> Flowable:
    """A line introducing what follows, kept on its page."""
    return para(text, styles().caption)


def chart(caption: str, drawing: Drawing) -> list[Flowable]:
    """A chart under its caption (kept on one page with it, and with a heading before it)."""
    return [para(caption, styles().caption), drawing, Spacer(0, 8)]


def table_heading(text: str) -> list[Flowable]:
    """A table's heading: on a new page when fewer than a few rows would follow it.

    (Not keepWithNext: that would keep it with the whole table and push every
    long table to a new page.)
    """
    return [CondPageBreak(TABLE_START), para(text, styles().table_heading)]


def record_line(
    title: str, record: Mapping[str, Any], columns: tuple[Column, ...], ctx: Context
) -> Flowable:
    by_key = {c.key: c for c in columns}
    return para(f"{title}: {values.record(record, by_key, ctx.currency)}", styles().body)


def result_tables(
    result: ReportResult, ctx: Context, *, skip: Collection[str] = ()
) -> list[Flowable]:
    """The main table, then every extra table and record not in ``skip``."""
    story: list[Flowable] = [data_table(result.table, ctx.currency)]
    for key, extra in result.extras.items():
        if key in skip:
            continue
        title = translate("ReportPdf", EXTRA_TITLES.get(key, key.replace("_", " ").capitalize()))
        if isinstance(extra, Table):
            story += [*table_heading(title), data_table(extra, ctx.currency)]
        else:
            story.append(record_line(title, extra, result.table.columns, ctx))
    return story
