"""The report table models, the period presets and how values read."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from app.reports.base import Column, Money, Table
from app.services.drilldown import DrillClient
from app.ui.reports.clients_dialog import ClientsModel
from app.ui.reports.kpi_cards import change_text
from app.ui.reports.period import PeriodBar, preset_range
from app.ui.reports.table_model import RAW_ROLE, SOURCE_ROW_ROLE, ReportTableModel
from app.ui.reports.values import cell_text, plotted

C = QLocale(QLocale.Language.C)
TOP = Table(
    (
        Column("client_id", "Client ID", "id"),
        Column("name", "Name"),
        Column("revenue", "Revenue", "money"),
        Column("share", "Share", "share"),
        Column("last_visit", "Last visit", "date"),
    ),
    (
        {"client_id": 3, "name": "bob", "revenue": Money(150), "share": 0.6, "last_visit": None},
        {
            "client_id": 1,
            "name": "Ann",
            "revenue": Money(100),
            "share": 0.4,
            "last_visit": dt.date(2026, 3, 2),
        },
    ),
)


def test_report_table_model(qtmodeltester) -> None:
    model = ReportTableModel()
    model.set_table(TOP, "UAH")
    qtmodeltester.check(model)
    # The id column is hidden; values are formatted; raw values and row identity stay.
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Name",
        "Revenue",
        "Share",
        "Last visit",
    ]
    assert model.data(model.index(0, 2)) == cell_text(0.6, "share", "UAH")
    assert model.data(model.index(0, 3)) == ""
    assert model.data(model.index(1, 1), RAW_ROLE) == 100
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by name, ignoring case: Ann, bob
    assert model.data(model.index(0, 0)) == "Ann"
    assert model.data(model.index(0, 0), SOURCE_ROW_ROLE) == 1
    assert (model.source_row(0), model.view_row(0)) == (1, 1)
    model.sort(3, Qt.SortOrder.DescendingOrder)  # an empty date goes last either way
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["Ann", "bob"]
    qtmodeltester.check(model)


def test_spread_lists_and_named_ids(qtmodeltester) -> None:
    cohorts = Table(
        (
            Column("cohort", "Cohort"),
            Column("size", "Clients", "int"),
            Column("retained", "R", "list"),
        ),
        (
            {"cohort": "2026-01", "size": 3, "retained": [3, 1]},
            {"cohort": "2026-02", "size": 2, "retained": [2]},
        ),
    )
    model = ReportTableModel()
    model.set_table(cohorts, spread={"retained": "Month +{n}"})
    qtmodeltester.check(model)
    assert model.columnCount() == 4
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Month +1"
    assert model.column_key(3) == "retained:1"
    assert (model.data(model.index(0, 3)), model.data(model.index(1, 3))) == ("1", "\u2014")
    matrix = Table(
        (
            Column("from_id", "Used", "id"),
            Column("to_id", "Not used", "id"),
            Column("clients", "N", "int"),
        ),
        ({"from_id": 1, "to_id": 2, "clients": 5},),
    )
    names = {1: "Maintenance", 2: "Tyres"}
    model.set_table(matrix, id_names={"from_id": names, "to_id": names})
    qtmodeltester.check(model)
    assert [model.data(model.index(0, c)) for c in range(3)] == ["Maintenance", "Tyres", "5"]


def test_empty_table_model(qtmodeltester) -> None:
    model = ReportTableModel()
    model.set_table(None)
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (0, 0)


def test_clients_model(qtmodeltester) -> None:
    model = ClientsModel()
    model.set_clients(
        (
            DrillClient(4, "Ann", "+380501112233", False, None),
            DrillClient(9, "Bob", "+380501112234", True, dt.date(2026, 5, 5)),
        )
    )
    qtmodeltester.check(model)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == 9
    assert model.data(model.index(1, 2)).startswith("do not contact, left on ")


@pytest.mark.parametrize(
    ("preset", "first", "last"),
    [
        ("this_month", "2026-11-01", "2026-11-23"),
        ("last_month", "2026-10-01", "2026-10-31"),
        ("this_year", "2026-01-01", "2026-11-23"),
        ("last_12_months", "2025-11-24", "2026-11-23"),
    ],
)
def test_presets(preset, first, last) -> None:
    assert preset_range(preset, dt.date(2026, 11, 23)) == (
        dt.date.fromisoformat(first),
        dt.date.fromisoformat(last),
    )


def test_last_month_in_january() -> None:
    assert preset_range("last_month", dt.date(2027, 1, 5)) == (
        dt.date(2026, 12, 1),
        dt.date(2026, 12, 31),
    )


def test_period_bar_presets_and_custom_dates(qtbot, ui) -> None:
    bar = PeriodBar(dt.date(2026, 11, 23), ui.settings)
    qtbot.addWidget(bar)
    period = bar.period()
    assert (period.date_from, period.date_to, period.as_of) == (
        dt.date(2025, 11, 24),
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 23),
    )
    assert bar.date_from.isReadOnly()
    with qtbot.waitSignal(bar.sig_changed, timeout=2000) as changed:
        bar.preset.setCurrentIndex(bar.preset.findData("this_month"))
    assert changed.args[0].date_from == dt.date(2026, 11, 1)
    assert ui.settings.value("reports/preset") == "this_month"
    # Custom: the dates become editable; "to" may not pass as_of.
    bar.preset.setCurrentIndex(bar.preset.findData("custom"))
    assert not bar.date_from.isReadOnly()
    bar.date_to.setDate(dt.date(2026, 12, 31))
    assert bar.period().date_to == dt.date(2026, 11, 23)
    with qtbot.waitSignal(bar.sig_changed, timeout=2000) as changed:
        bar.date_from.setDate(dt.date(2026, 2, 1))
    assert (changed.args[0].date_from, changed.args[0].date_to) == (
        dt.date(2026, 2, 1),
        dt.date(2026, 11, 23),
    )


def test_values_read_in_the_locale() -> None:
    assert cell_text(Money(125050), "money", "UAH", C) == "1250.50 UAH"
    assert cell_text(0.1234, "share", "", C) == "12.3 %"
    assert cell_text(None, "share", "", C) == "\u2014"
    assert cell_text("at_risk", "text", "", C) == "At risk"
    assert cell_text(41.6, "number", "", C) == "41.6"
    assert cell_text(["Ann", "Bob"], "list", "", C) == "Ann; Bob"
    assert (plotted(Money(125050), "money"), plotted(0.25, "share"), plotted(None, "int")) == (
        1250.5,
        25.0,
        0.0,
    )


def test_kpi_changes_are_coloured_by_what_is_good() -> None:
    assert change_text("revenue", 110, 100)[0].startswith("\u25b2 10")
    assert change_text("revenue", 110, 100)[1] == "#59a14f"
    # Longer intervals between visits are bad news.
    assert change_text("avg_interval_days", 110.0, 100.0)[1] == "#e15759"
    # Shares change in percentage points.
    assert change_text("returning_share", 0.5, 0.4)[0].endswith("pp")
    assert change_text("revenue", 5, None)[0] == "\u2014"
    assert change_text("visits", 5, 0)[0] == "\u2014"
