"""The client reports on paper: growth, sources, referrals, churn, lost, top, rfm, cohorts,
segments. Each ``*_charts`` function gives the report's charts (the owner's summary
reuses them); each report's section is its charts followed by its tables."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.reports.base import Column, ReportResult
from app.reports.pdf import values
from app.reports.pdf.charts import LINE, PALETTE, Series, bar_rows, column_chart
from app.reports.pdf.grids import grid_chart
from app.reports.pdf.layout import (
    Context,
    chart,
    extra_table,
    note,
    relabel,
    result_tables,
    table_heading,
    translated,
)
from app.reports.pdf.tables import data_table, text_table
from app.reports.periods import months_of

RANKED = 20  # rows of a ranked bar chart
MAX_COHORTS = 36  # cohort rows that fit a page


def growth_charts(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    if not any(r["new_clients"] or r["departed"] or r["total_clients"] for r in rows):
        return [note(translate("ReportPdf", "No clients registered by the end of the period."))]
    drawing = column_chart(
        [r["month"] for r in rows],
        [
            Series(
                translate("ReportPdf", "New clients"), [r["new_clients"] for r in rows], PALETTE[0]
            ),
            Series(translate("ReportPdf", "Departed"), [r["departed"] for r in rows], PALETTE[2]),
        ],
        line=Series(
            translate("ReportPdf", "Total clients (right axis)"),
            [r["total_clients"] for r in rows],
            LINE,
        ),
    )
    return chart(
        translate(
            "ReportPdf", "New and departed clients per month, total clients at the month's end"
        ),
        drawing,
    )


def growth(result: ReportResult, ctx: Context) -> list[Flowable]:
    return growth_charts(result, ctx) + result_tables(result, ctx)


def sources(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows[:RANKED]
    if not rows:
        return result_tables(result, ctx)

    def text(i: int, j: int) -> str:
        row = rows[i]
        if j == 2 and row["conversion"] is not None:
            return f"{values.digits(row['converted'])} ({values.percent(row['conversion'])})"
        return values.digits(row[("new_clients", "inquiries", "converted")[j]])

    drawing = bar_rows(
        [r["source"] for r in rows],
        [
            Series(
                translate("ReportPdf", "New clients"), [r["new_clients"] for r in rows], PALETTE[0]
            ),
            Series(translate("ReportPdf", "Inquiries"), [r["inquiries"] for r in rows], PALETTE[3]),
            Series(
                translate("ReportPdf", "Converted inquiries"),
                [r["converted"] for r in rows],
                PALETTE[4],
            ),
        ],
        texts=text,
    )
    return [
        *chart(translate("ReportPdf", "New clients and inquiries per source"), drawing),
        *result_tables(result, ctx),
    ]


def referrals(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows[:RANKED]
    if not rows:
        return result_tables(result, ctx)
    drawing = bar_rows(
        [r["referrer"] for r in rows],
        [
            Series(
                translate("ReportPdf", "Referred clients"),
                [r["referred"] for r in rows],
                PALETTE[0],
            )
        ],
        texts=lambda i, _j: (
            f"{rows[i]['referred']} · {ctx.money_short(rows[i]['referred_revenue'])}"
        ),
    )
    caption = translate(
        "ReportPdf", "Clients referred, top {n} referrers (with their referrals' revenue)"
    ).format(n=len(rows))
    return [*chart(caption, drawing), *result_tables(result, ctx)]


def churn_charts(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    if not rows:
        return []
    reasons = bar_rows(
        [r["reason"] for r in rows],
        [Series(translate("ReportPdf", "Clients"), [r["clients"] for r in rows], PALETTE[2])],
        texts=lambda i, _j: f"{rows[i]['clients']} ({values.percent(rows[i]['share'])})",
    )
    story = chart(translate("ReportPdf", "Departed clients by reason"), reasons)
    departed = extra_table(result, "clients")
    if departed is not None and departed.rows:
        months = months_of(result.params.date_from, result.params.date_to)
        counts = Counter((c["reason"], c["left_on"].strftime("%Y-%m")) for c in departed.rows)
        names = [r["reason"] for r in rows]
        series = [
            Series(name, [counts[name, m.key] for m in months], PALETTE[k % len(PALETTE)])
            for k, name in enumerate(names)
        ]
        stacked = column_chart([m.key for m in months], series, stacked=True, height=150)
        story += chart(translate("ReportPdf", "Departures per month, by reason"), stacked)
    return story


def churn(result: ReportResult, ctx: Context) -> list[Flowable]:
    return churn_charts(result, ctx) + result_tables(result, ctx)


def lost_chart(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows[:RANKED]
    if not rows:
        return []
    drawing = bar_rows(
        [r["name"] for r in rows],
        [
            Series(
                translate("ReportPdf", "Days since the last visit"),
                [r["days_since_last"] for r in rows],
                PALETTE[1],
            )
        ],
        texts=lambda i, _j: (
            f"{rows[i]['days_since_last']} days (usually every "
            f"{values.number(rows[i]['avg_interval_days'])})"
        ),
    )
    caption = translate(
        "ReportPdf", "Days since the last visit: the {n} with the highest lifetime revenue"
    ).format(n=len(rows))
    return chart(caption, drawing)


def lost(result: ReportResult, ctx: Context) -> list[Flowable]:
    return lost_chart(result, ctx) + result_tables(result, ctx)


def top_charts(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    if not rows:
        return []
    params = result.params
    by_class = [
        Series(
            translate("ReportPdf", "Class {abc}").format(abc=abc),
            [r["revenue"] if r["abc"] == abc else None for r in rows],
            PALETTE[k],
        )
        for k, abc in enumerate("ABC")
        if any(r["abc"] == abc for r in rows)
    ]
    drawing = column_chart(
        [str(r["rank"]) for r in rows],
        by_class,
        stacked=True,
        bar_format=ctx.axis_money,
        line=Series(
            translate("ReportPdf", "Cumulative share of revenue (right axis)"),
            [r["cumulative_share"] for r in rows],
            LINE,
        ),
        line_is_share=True,
        line_format=lambda v: f"{v * 100:.0f}%",
        guides=[
            (float(params.abc_a), f"A: {float(params.abc_a) * 100:.0f}%"),
            (float(params.abc_b), f"B: {float(params.abc_b) * 100:.0f}%"),
        ],
    )
    caption = translate(
        "ReportPdf", "Revenue of the top {n} clients ({currency}) and its cumulative share"
    ).format(n=len(rows), currency=ctx.currency)
    return chart(caption, drawing)


def top(result: ReportResult, ctx: Context) -> list[Flowable]:
    return top_charts(result, ctx) + result_tables(result, ctx)


SEGMENT_TITLES = {
    "champions": QT_TRANSLATE_NOOP("ReportPdf", "Champions"),
    "promising": QT_TRANSLATE_NOOP("ReportPdf", "Promising"),
    "new": QT_TRANSLATE_NOOP("ReportPdf", "New"),
    "loyal": QT_TRANSLATE_NOOP("ReportPdf", "Loyal"),
    "needs_attention": QT_TRANSLATE_NOOP("ReportPdf", "Needs attention"),
    "at_risk": QT_TRANSLATE_NOOP("ReportPdf", "At risk"),
    "hibernating": QT_TRANSLATE_NOOP("ReportPdf", "Hibernating"),
}


def rfm(result: ReportResult, ctx: Context) -> list[Flowable]:
    story: list[Flowable] = []
    segments = extra_table(result, "segments")
    grid = extra_table(result, "grid")
    if result.rows and segments is not None and grid is not None:
        seg = segments.rows
        bars = bar_rows(
            [translate("ReportPdf", SEGMENT_TITLES.get(s["segment"], s["segment"])) for s in seg],
            [Series(translate("ReportPdf", "Clients"), [s["clients"] for s in seg], PALETTE[0])],
            texts=lambda i, _j: (
                f"{values.digits(seg[i]['clients'])} · {ctx.money_short(seg[i]['monetary'])}"
            ),
        )
        story += chart(
            translate("ReportPdf", "Clients per segment (with their lifetime revenue)"), bars
        )
        cells = {(c["r"], c["f"]): c["clients"] for c in grid.rows}
        heat = grid_chart(
            [f"R {r}" for r in range(5, 0, -1)],
            [f"F {f}" for f in range(1, 6)],
            [[cells.get((r, f), 0) for f in range(1, 6)] for r in range(5, 0, -1)],
            text=lambda v: values.digits(int(v)),
            cell_height=16,
            corner="recency \\ frequency",
            scale_text=lambda v: values.digits(int(v)),
        )
        story += chart(
            translate("ReportPdf", "Clients by recency score (R) and frequency score (F)"), heat
        )
        story += [
            *table_heading(translate("ReportPdf", "Segments")),
            data_table(relabel(segments, "segment", translated(SEGMENT_TITLES)), ctx.currency),
            *table_heading(translate("ReportPdf", "Clients")),
        ]
    return [
        *story,
        data_table(relabel(result.table, "segment", translated(SEGMENT_TITLES)), ctx.currency),
    ]


def cohorts(result: ReportResult, ctx: Context) -> list[Flowable]:
    rows = result.rows
    story: list[Flowable] = []
    width = max((len(r["retained"]) for r in rows), default=0)
    offsets = [f"+{k}" for k in range(width)]
    if rows:
        shown = rows[-MAX_COHORTS:]
        shares = [
            [r["retained"][k] / r["size"] if k < len(r["retained"]) else None for k in range(width)]
            for r in shown
        ]
        later = [v for line in shares for v in line[1:] if v is not None]
        heat = grid_chart(
            [r["cohort"] for r in shown],
            offsets,
            shares,
            text=lambda v: f"{v * 100:.0f}%",
            top=max(later, default=0) or 1,
            cell_height=min(13, 520 / len(shown)),
            corner="first visit \\ month",
            scale_text=lambda v: f"{v * 100:.0f}%",
        )
        caption = "Share of each cohort with a visit k months after the first one"
        if len(shown) < len(rows):
            caption += translate("ReportPdf", " (the last {n} cohorts)").format(n=len(shown))
        story += chart(caption, heat)
    columns = [
        Column("cohort", QT_TRANSLATE_NOOP("ReportColumns", "Cohort")),
        Column("size", QT_TRANSLATE_NOOP("ReportColumns", "Clients"), "int"),
    ]
    columns += [Column(o, o, "int") for o in offsets]
    texts = [
        [r["cohort"], values.digits(r["size"])]
        + [values.digits(r["retained"][k]) if k < len(r["retained"]) else "" for k in range(width)]
        for r in rows
    ]
    if not rows:
        return result_tables(result, ctx)
    story.append(
        note(
            translate(
                "ReportPdf", "Clients of each cohort with a completed visit in month +k (+0 = all)."
            )
        )
    )
    return [*story, text_table(columns, texts)]


KIND_TITLES = {
    "advocates": QT_TRANSLATE_NOOP("ReportPdf", "Advocates"),
    "complainers": QT_TRANSLATE_NOOP("ReportPdf", "Complainers"),
    "do_not_contact": QT_TRANSLATE_NOOP("ReportPdf", "Do not contact"),
}


def segments(result: ReportResult, ctx: Context) -> list[Flowable]:
    counts = Counter(r["kind"] for r in result.rows)
    story: list[Flowable] = []
    if counts:
        kinds = [k for k in KIND_TITLES if counts[k]]
        drawing = bar_rows(
            [translate("ReportPdf", KIND_TITLES[k]) for k in kinds],
            [Series(translate("ReportPdf", "Clients"), [counts[k] for k in kinds], PALETTE[0])],
            texts=lambda i, _j: values.digits(counts[kinds[i]]),
        )
        story += chart(translate("ReportPdf", "Clients per kind"), drawing)
    return [
        *story,
        data_table(relabel(result.table, "kind", translated(KIND_TITLES)), ctx.currency),
    ]
