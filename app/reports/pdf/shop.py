"""The shop reports on paper: kpi, gaps, trends, heatmap, conversion, masters, retention."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app import i18n
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.base import Column, Money, ReportResult, share
from app.reports.pdf import values
from app.reports.pdf.charts import LINE, PALETTE, Series, bar_rows, column_chart
from app.reports.pdf.document import CONTENT_WIDTH, MUTED, styles
from app.reports.pdf.fonts import register_fonts
from app.reports.pdf.grids import grid_chart
from app.reports.pdf.layout import (
    Context,
    chart,
    extra_table,
    note,
    result_tables,
    table_heading,
)
from app.reports.pdf.tables import data_table, text_table
from app.reports.periods import months_of

METRIC_TITLES = {
    "revenue": QT_TRANSLATE_NOOP("ReportPdf", "Revenue"),
    "visits": QT_TRANSLATE_NOOP("ReportPdf", "Visits"),
    "clients": QT_TRANSLATE_NOOP("ReportPdf", "Clients served"),
    "new_clients": QT_TRANSLATE_NOOP("ReportPdf", "New clients"),
    "avg_check": QT_TRANSLATE_NOOP("ReportPdf", "Average check"),
    "avg_interval_days": QT_TRANSLATE_NOOP("ReportPdf", "Days between visits"),
    "returning_share": QT_TRANSLATE_NOOP("ReportPdf", "Visits by returning clients"),
}
# A rise is bad news for these metrics (the change prints red).
RISE_IS_BAD = frozenset({"avg_interval_days"})
UP = colors.HexColor("#2F7D4F")
DOWN = colors.HexColor("#B83232")
CARD_FILL = colors.HexColor("#F3F5F8")
CARDS_PER_ROW = 3
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAILY_BARS = 62  # longer periods are charted by month


def metric_text(metric: str, value: Any, ctx: Context) -> str:
    if value is None:
        return values.NONE_TEXT
    if isinstance(value, Money):
        return ctx.money(value)
    if metric == "returning_share":
        return values.percent(value)
    return values.number(value)


def change(metric: str, value: Any, base: Any) -> tuple[str, bool | None]:
    """The change from ``base``: "+12.5%" (points for a share) and whether it is good news."""
    if value is None or base is None or (metric != "returning_share" and not base):
        return values.NONE_TEXT, None
    if metric == "returning_share":
        diff = (value - base) * 100
        text = f"{diff:+.2f} pp"
    else:
        diff = (value - base) / base * 100
        text = f"{diff:+.1f}%"
    if round(diff, 2) == 0:
        return text, None
    return text, (diff > 0) != (metric in RISE_IS_BAD)


def kpi_cards(result: ReportResult, ctx: Context) -> list[Flowable]:
    s = styles()
    title = ParagraphStyle("card-title", s.note, spaceBefore=0, spaceAfter=1)
    value = ParagraphStyle("card-value", s.heading, fontSize=12, leading=15, spaceBefore=0)
    line = ParagraphStyle(
        "card-line", s.note, fontSize=7, leading=8.8, spaceBefore=0, spaceAfter=0, textColor=MUTED
    )
    cards: list[list[Flowable]] = []
    for row in result.rows:
        metric = row["metric"]
        card: list[Flowable] = [
            Paragraph(escape(translate("ReportPdf", METRIC_TITLES.get(metric, metric))), title),
            Paragraph(escape(metric_text(metric, row["value"], ctx)), value),
        ]
        for key, words in (
            ("previous", translate("ReportPdf", "vs previous")),
            ("year_ago", translate("ReportPdf", "vs year ago")),
        ):
            text, good = change(metric, row["value"], row[key])
            shade = MUTED if good is None else UP if good else DOWN
            base = metric_text(metric, row[key], ctx)
            card.append(
                Paragraph(
                    f'{words}: <font color="#{shade.hexval()[2:]}">'
                    f"<b>{escape(text)}</b></font> ({escape(base)})",
                    line,
                )
            )
        cards.append(card)
    grid = [cards[i : i + CARDS_PER_ROW] for i in range(0, len(cards), CARDS_PER_ROW)]
    if not grid:
        return []
    grid[-1] += [[]] * (CARDS_PER_ROW - len(grid[-1]))
    table = Table(grid, colWidths=[CONTENT_WIDTH / CARDS_PER_ROW] * CARDS_PER_ROW)
    commands: list[tuple[Any, ...]] = [
        # Empty cells would otherwise set reportlab's default Helvetica.
        ("FONT", (0, 0), (-1, -1), register_fonts()[0], 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for n in range(len(cards)):
        cell = (n % CARDS_PER_ROW, n // CARDS_PER_ROW)
        commands.append(("BACKGROUND", cell, cell, CARD_FILL))
    commands.append(("INNERGRID", (0, 0), (-1, -1), 4, colors.white))
    table.setStyle(TableStyle(commands))
    story: list[Flowable] = [table]
    spans = extra_table(result, "periods")
    if spans is not None:
        named = {p["period"]: p for p in spans.rows}
        day = i18n.current().date_text
        parts = [
            f"{words} {day(named[key]['from'])} – {day(named[key]['to'])}"
            for key, words in (
                ("previous", translate("ReportPdf", "Previous period")),
                ("year_ago", translate("ReportPdf", "A year ago")),
            )
            if key in named
        ]
        story.append(note(" · ".join(parts)))
    return story


def kpi(result: ReportResult, ctx: Context) -> list[Flowable]:
    columns = [
        Column(c.key, c.title, "text" if c.key == "metric" else "number")
        for c in result.table.columns
    ]
    texts = [
        [translate("ReportPdf", METRIC_TITLES.get(r["metric"], r["metric"]))]
        + [metric_text(r["metric"], r[c.key], ctx) for c in columns[1:]]
        for r in result.rows
    ]
    return [*kpi_cards(result, ctx), text_table(columns, texts)] if texts else []


def gaps_charts(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    if not any(r["users"] or r["missing"] for r in rows):
        return []

    def text(i: int, _j: int) -> str:
        r = rows[i]
        if r["penetration"] is None:
            return values.NONE_TEXT
        active = values.digits(r["users"] + r["missing"])
        return f"{values.percent(r['penetration'])} ({values.digits(r['users'])} of {active})"

    names = [r["department"] for r in rows]
    bars = bar_rows(
        names,
        [
            Series(
                translate("ReportPdf", "Penetration"), [r["penetration"] for r in rows], PALETTE[0]
            )
        ],
        texts=text,
        top=1.0,
    )
    story = [
        *chart(
            translate("ReportPdf", "Active clients who used each department in the last 365 days"),
            bars,
        )
    ]
    matrix = extra_table(result, "matrix")
    if matrix is not None and matrix.rows:
        ids = [r["department_id"] for r in rows]
        cells = {(m["from_id"], m["to_id"]): m["clients"] for m in matrix.rows}
        heat = grid_chart(
            names,
            names,
            [[None if a == b else cells.get((a, b), 0) for b in ids] for a in ids],
            text=lambda v: values.digits(int(v)),
            cell_height=15,
            corner="used \\ never used",
            scale_text=lambda v: values.digits(int(v)),
        )
        caption = "Active clients who used the row's department but not the column's"
        story += chart(caption, heat)
    return story


def gaps(result: ReportResult, ctx: Context) -> list[Flowable]:
    story = gaps_charts(result, ctx) + result_tables(result, ctx, skip={"matrix", "candidates"})
    candidates = extra_table(result, "candidates")
    if candidates is not None:
        wanted = result.params.department_id
        name = next((r["department"] for r in result.rows if r["department_id"] == wanted), "")
        story += [
            *table_heading(
                translate(
                    "ReportPdf", "Call to offer {name}: active clients who have not used it"
                ).format(name=name)
            ),
            data_table(
                candidates,
                ctx.currency,
                empty=translate("ReportPdf", "Every active client has used it."),
            ),
        ]
    return story


def trends(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    story: list[Flowable] = []
    if rows:
        months = [m.key for m in months_of(result.params.date_from, result.params.date_to)]
        names = {r["department_id"]: r["department"] for r in rows}
        revenue = {(r["month"], r["department_id"]): r["revenue"] for r in rows}
        series = [
            Series(names[d], [revenue.get((m, d), 0) for m in months], PALETTE[k % len(PALETTE)])
            for k, d in enumerate(sorted(names))
        ]
        drawing = column_chart(months, series, stacked=True, bar_format=ctx.axis_money)
        caption = translate("ReportPdf", "Revenue per month by department ({currency})")
        story += chart(caption.format(currency=ctx.currency), drawing)
    return story + result_tables(result, ctx)


def heatmap(result: ReportResult, ctx: Context) -> list[Flowable]:
    visits = {(r["weekday"], r["hour"]): r["visits"] for r in result.rows}
    if not any(visits.values()):
        return [note(translate("ReportPdf", "No completed visits in this period."))]
    grid = [[visits.get((w, h), 0) for h in range(24)] for w in range(1, 8)]
    drawing = grid_chart(
        WEEKDAYS,
        [str(h) for h in range(24)],
        grid,
        cell_height=16,
        corner="hour",
        scale_text=lambda v: values.digits(int(v)),
    )
    columns = [
        Column("hour", QT_TRANSLATE_NOOP("ReportColumns", "Hour")),
        *(Column(d, d, "int") for d in WEEKDAYS),
    ]
    columns.append(Column("total", QT_TRANSLATE_NOOP("ReportColumns", "Total"), "int"))
    texts = [
        [f"{h:02d}:00"]
        + [values.digits(grid[w][h]) for w in range(7)]
        + [values.digits(sum(grid[w][h] for w in range(7)))]
        for h in range(24)
    ]
    caption = "Completed visits by weekday and hour of the start"
    return [*chart(caption, drawing), text_table(columns, texts)]


def conversion(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    story: list[Flowable] = []
    if any(r["inquiries"] for r in rows):
        monthly = len(rows) > DAILY_BARS
        buckets: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            key = r["date"].strftime("%Y-%m" if monthly else "%m-%d")
            buckets[key][0] += r["inquiries"]
            buckets[key][1] += r["converted"]
        keys = list(buckets)
        drawing = column_chart(
            keys,
            [
                Series(
                    translate("ReportPdf", "Inquiries"), [buckets[k][0] for k in keys], PALETTE[3]
                ),
                Series(
                    translate("ReportPdf", "Converted"), [buckets[k][1] for k in keys], PALETTE[0]
                ),
            ],
            line=Series(
                translate("ReportPdf", "Conversion (right axis)"),
                [share(*buckets[k][::-1]) for k in keys],
                LINE,
            ),
            line_is_share=True,
            line_format=lambda v: f"{v * 100:.0f}%",
        )
        caption = (
            translate("ReportPdf", "Inquiries and converted inquiries per month")
            if monthly
            else translate("ReportPdf", "Inquiries and converted inquiries per day")
        )
        story += chart(caption, drawing)
    return story + result_tables(result, ctx)


def masters(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    story: list[Flowable] = []
    if rows:

        def text(i: int, _j: int) -> str:
            r = rows[i]
            rating = "" if r["avg_rating"] is None else f" · rating {r['avg_rating']:.2f}"
            return f"{ctx.money_short(r['revenue'])} · {values.digits(r['visits'])} visits{rating}"

        drawing = bar_rows(
            [r["name"] for r in rows[:30]],
            [
                Series(
                    translate("ReportPdf", "Revenue"), [r["revenue"] for r in rows[:30]], PALETTE[0]
                )
            ],
            texts=text,
        )
        story += chart(translate("ReportPdf", "Revenue per master"), drawing)
    return story + result_tables(result, ctx)


def retention(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    story: list[Flowable] = []
    if rows:

        def text(i: int, _j: int) -> str:
            r = rows[i]
            if r["return_rate"] is None:
                return values.NONE_TEXT
            return (
                f"{values.percent(r['return_rate'])} "
                f"({values.digits(r['returned'])} of {values.digits(r['new_clients'])})"
            )

        drawing = bar_rows(
            [r["department"] for r in rows],
            [
                Series(
                    translate("ReportPdf", "Return rate"),
                    [r["return_rate"] for r in rows],
                    PALETTE[4],
                )
            ],
            texts=text,
            top=1.0,
        )
        caption = "New clients who came back within 365 days, by department of the first visit"
        story += chart(caption, drawing)
    return story + result_tables(result, ctx)
