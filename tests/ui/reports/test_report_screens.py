"""Every report screen on a known shop: what the chart draws equals the report's rows.

The values are read back from the pyqtgraph items (bar heights or widths, the
line's points, the grid's image) and compared with the report computed
straight from the database with the same period.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from app.reports.base import Table
from app.ui.reports.bar_plot import BarPlot
from app.ui.reports.grid_plot import GridPlot
from app.ui.reports.page import SCREENS
from app.ui.reports.view import ReportView
from tests.ui.reports.conftest import FROM, TODAY

PERIOD = {"as_of": TODAY, "date_from": FROM, "date_to": TODAY}


def bars(view: ReportView, panel: int = 0, series: int = 0) -> list[float]:
    plot = view.panels[panel].plot
    assert isinstance(plot, BarPlot)
    item = plot.bar_items[series]
    values = item.opts["width"] if plot.chart.horizontal else item.opts["height"]
    return [float(v) for v in values]


def bar_starts(view: ReportView, panel: int, series: int) -> list[float]:
    plot = view.panels[panel].plot
    assert isinstance(plot, BarPlot)
    return [float(v) for v in plot.bar_items[series].opts["y0"]]


def line(view: ReportView, panel: int = 0) -> list[float]:
    plot = view.panels[panel].plot
    assert isinstance(plot, BarPlot) and plot.line_item is not None
    return [float(v) for v in plot.line_item.getData()[1]]


def grid(view: ReportView, panel: int = 0) -> np.ndarray:
    plot = view.panels[panel].plot
    assert isinstance(plot, GridPlot)
    image = plot.image.image
    assert image.dtype == np.float32 and image.flags["C_CONTIGUOUS"]
    return image


def labels(view: ReportView, panel: int = 0) -> list[str]:
    return list(view.panels[panel].chart.labels)


def same(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(
        (math.isnan(x) and math.isnan(y)) or math.isclose(x, y) for x, y in zip(a, b, strict=True)
    )


def test_growth(open_screen, expected) -> None:
    view = open_screen("growth")
    rows = expected("growth", **PERIOD).rows
    assert labels(view) == [r["month"] for r in rows]
    assert bars(view, 0, 0) == [r["new_clients"] for r in rows]
    assert bars(view, 0, 1) == [r["departed"] for r in rows]
    assert line(view) == [r["total_clients"] for r in rows]
    # Known answers: Ann registered in 2025-12, Dan left in 2026-05.
    assert bars(view, 0, 0)[1] == 1 and bars(view, 0, 1)[6] == 1


def test_sources_referrals_masters_retention(open_screen, expected) -> None:
    for name, keys in (
        ("sources", ("new_clients", "inquiries", "converted")),
        ("referrals", ("referred",)),
        ("retention", ("new_clients", "returned")),
    ):
        view = open_screen(name)
        rows = expected(name, **PERIOD).rows
        assert rows, name
        for n, key in enumerate(keys):
            assert bars(view, 0, n) == [r[key] for r in rows], (name, key)
    view = open_screen("masters")
    rows = expected("masters", **PERIOD).rows
    assert labels(view) == ["Ivan", "Petro"]  # by revenue
    assert bars(view) == [r["revenue"] / 100 for r in rows] == [3700.0, 2320.0]


def test_churn_by_reason_and_month(open_screen, expected) -> None:
    view = open_screen("churn")
    result = expected("churn", **PERIOD)
    assert bars(view, 0) == [r["clients"] for r in result.rows] == [1, 1]
    # Stacked by month: Dan (Moved away) in 2026-05, Eve (Prices) in 2026-06.
    months = labels(view, 1)
    monthly = {view.panels[1].chart.bars[s].title: bars(view, 1, s) for s in range(2)}
    extra = result.extras["clients"]
    assert isinstance(extra, Table)
    for client in extra.rows:
        assert monthly[client["reason"]][months.index(client["left_on"].isoformat()[:7])] == 1
    assert sum(map(sum, monthly.values())) == len(extra.rows) == 2
    # The second reason sits on top of the first.
    first = bars(view, 1, 0)
    assert bar_starts(view, 1, 1) == first


def test_lost_and_top(open_screen, expected) -> None:
    view = open_screen("lost")
    rows = expected("lost", **PERIOD).rows
    assert [r["name"] for r in rows] == ["Gus"]
    assert labels(view) == ["Gus"]
    assert bars(view) == [r["days_since_last"] for r in rows]
    view = open_screen("top")
    rows = expected("top", **PERIOD).rows
    assert bars(view) == [r["revenue"] / 100 for r in rows]
    assert line(view) == pytest.approx([r["cumulative_share"] * 100 for r in rows])
    assert [v for v, _ in view.panels[0].chart.ref_lines] == [75.0, 95.0]
    assert [line.value() for line in view.panels[0].plot.ref_items] == [75.0, 95.0]


def test_gaps_bars_and_matrix(open_screen, expected, ids) -> None:
    view = open_screen("gaps")
    result = expected("gaps", **PERIOD)
    assert bars(view) == pytest.approx([r["penetration"] * 100 for r in result.rows])
    matrix = grid(view, 1)
    order = [r["department_id"] for r in result.rows]
    extra = result.extras["matrix"]
    assert isinstance(extra, Table)
    for cell in extra.rows:
        y, x = order.index(cell["from_id"]), order.index(cell["to_id"])
        assert matrix[y, x] == cell["clients"]
    assert all(math.isnan(matrix[i, i]) for i in range(len(order)))


def test_trends_stacked(open_screen, expected) -> None:
    view = open_screen("trends")
    rows = expected("trends", **PERIOD).rows
    months = labels(view)
    chart = view.panels[0].chart
    for s, series in enumerate(chart.bars):
        drawn = bars(view, 0, s)
        for r in rows:
            if r["department"] == series.title:
                assert drawn[months.index(r["month"])] == r["revenue"] / 100
    assert sum(sum(bars(view, 0, s)) for s in range(len(chart.bars))) == sum(
        r["revenue"] / 100 for r in rows
    )


def test_heatmap_grid(open_screen, expected) -> None:
    view = open_screen("heatmap")
    rows = expected("heatmap", **PERIOD).rows
    image = grid(view)
    assert image.shape == (7, 24)
    for r in rows:
        assert image[r["weekday"] - 1, r["hour"]] == r["visits"]
    assert view.panels[0].plot.levels == (0.0, float(max(r["visits"] for r in rows)))


def test_conversion_by_week_and_by_day(open_screen, expected, page, qtbot) -> None:
    view = open_screen("conversion")
    rows = expected("conversion", **PERIOD).rows
    weeks = [rows[i : i + 7] for i in range(0, len(rows), 7)]
    assert bars(view, 0, 0) == [sum(d["inquiries"] for d in w) for w in weeks]
    assert bars(view, 0, 1) == [sum(d["converted"] for d in w) for w in weeks]
    # A month is drawn by day, the rate as a line with gaps on days without inquiries.
    march_end = TODAY.replace(month=3, day=31)
    with qtbot.waitSignal(view.sig_shown, timeout=20_000):
        page.period_bar.set_period("this_month", march_end)
    march = expected(
        "conversion", as_of=march_end, date_from=march_end.replace(day=1), date_to=march_end
    ).rows
    assert bars(view, 0, 0) == [r["inquiries"] for r in march]
    assert bars(view, 0, 0)[:2] == [2, 0]  # Ann's and Fay's inquiries on 03-01
    assert same(line(view), [math.nan if r["rate"] is None else r["rate"] * 100 for r in march])
    assert line(view)[0] == 50.0


def test_rfm_segments_and_grid(open_screen, expected) -> None:
    view = open_screen("rfm")
    result = expected("rfm", **PERIOD)
    segments, cells = result.extras["segments"], result.extras["grid"]
    assert isinstance(segments, Table) and isinstance(cells, Table)
    assert bars(view, 0) == [r["clients"] for r in segments.rows]
    image = grid(view, 1)
    for cell in cells.rows:
        assert image[5 - cell["r"], cell["f"] - 1] == cell["clients"]


def test_cohorts_triangle(open_screen, expected) -> None:
    view = open_screen("cohorts")
    rows = expected("cohorts", **PERIOD).rows
    image = grid(view)
    for y, row in enumerate(rows):
        for k in range(image.shape[1]):
            if k < len(row["retained"]):
                assert image[y, k] == pytest.approx(100 * row["retained"][k] / row["size"])
            else:
                assert math.isnan(image[y, k])


def test_segments_counts(open_screen, expected) -> None:
    view = open_screen("segments")
    rows = expected("segments", **PERIOD).rows
    kinds = ("advocates", "complainers", "do_not_contact")
    assert bars(view) == [sum(1 for r in rows if r["kind"] == k) for k in kinds] == [1, 1, 1]


def test_kpi_cards(open_screen, expected) -> None:
    view = open_screen("kpi")
    rows = expected("kpi", **PERIOD).rows
    cards = view.cards.cards
    assert list(cards) == [r["metric"] for r in rows]
    revenue = next(r for r in rows if r["metric"] == "revenue")
    assert cards["revenue"].value.text().replace("\u00a0", " ").endswith("UAH")
    assert "vs previous period" in cards["revenue"].previous.text()
    # Bought items of the period's completed visits: Ann 500 + 1300 + 800, Bob 450 + 450 + 0,
    # Fay 900, Cat 520, Dan 400, Eve 700, Hal 300 = 6 320.00.
    assert int(revenue["value"]) == 632000


def test_every_screen_shows_its_report(open_screen) -> None:
    for key in SCREENS:
        screen = open_screen(key)
        if key == "dashboard":
            assert set(screen.data.results) == {"kpi", "growth", "churn", "gaps", "top"}
            assert all(panel.plot is not None for panel in screen.panels.values())
        else:
            assert screen.computed.result.name == key
            assert not screen.busy.isVisible()
