"""Importing an .xlsx workbook: one sheet per file, numbers and dates as Excel keeps them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import Engine, select

from app.clock import FixedClock
from app.exchange import ImportFailed, import_path
from app.models import Client, Visit, VisitItem
from tests.exchange.sample import schema

SHEETS: dict[str, list[list[object]]] = {
    "departments": [["id", "name"], [1, "Технічне обслуговування"]],
    "services": [
        ["id", "name", "department_id", "price", "interval_months", "interval_km"],
        [1, "Олива 5W-30, л", 1, 320.5, None, None],
        [2, "Заміна оливи", 1, 380, 12, 10000],
        [3, "Шиномонтаж", 1, "1250.50", None, None],
    ],
    "clients": [
        ["id", "name", "phone", "registered_on", "do_not_contact", "notes"],
        [1, "Ștefan Munteanu", "+37369123456", dt.datetime(2025, 1, 10), False, "рядок 1\nрядок 2"],
    ],
    "vehicles": [["id", "client_id", "make", "model", "year"], [1, 1, "Dacia", "Logan", 2012]],
    "visits": [
        ["id", "client_id", "vehicle_id", "started_at", "mileage", "status", "rating"],
        [1, 1, 1, dt.datetime(2025, 3, 1, 9, 30), 120000, "completed", 5],
        [2, 1, 1, dt.datetime(2025, 9, 1), 131000.0, "completed", None],
    ],
    "visit_items": [
        ["id", "visit_id", "service_id", "quantity", "price", "declined"],
        [1, 1, 1, 4.5, 320.5, False],
        [2, 1, 2, 1, 380, 0],
        [3, 2, 1, 0.333, 320.5, None],
        [4, 2, 3, 1, 1250.5, True],
    ],
}


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def test_workbook_imports_with_numbers_and_dates(
    engine: Engine, session, tmp_path: Path, clock: FixedClock
) -> None:
    counts = import_path(engine, workbook(tmp_path / "shop.xlsx", SHEETS), clock=clock)
    assert counts["visit_items.csv"] == 4 and counts["reminders.csv"] == 0
    client = session.get(Client, 1)
    assert (client.registered_on, client.do_not_contact, client.notes) == (
        dt.date(2025, 1, 10),
        False,
        "рядок 1\nрядок 2",
    )
    visits = session.execute(select(Visit.started_at, Visit.mileage, Visit.revenue)).all()
    # visit 1: 4.5 x 320.50 = 1442.25 + 380.00; visit 2: 0.333 x 320.50 = 106.7265 -> 106.73
    assert [tuple(v) for v in visits] == [
        (dt.datetime(2025, 3, 1, 9, 30), 120000, 182225),
        (dt.datetime(2025, 9, 1, 0, 0), 131000, 10673),
    ]
    items = session.execute(
        select(VisitItem.quantity_milli, VisitItem.price, VisitItem.declined)
    ).all()
    assert [tuple(i) for i in items] == [
        (4500, 32050, False),
        (1000, 38000, False),
        (333, 32050, False),
        (1000, 125050, True),
    ]


def test_workbook_problems_name_the_sheet_and_its_row(
    engine: Engine, tmp_path: Path, clock: FixedClock
) -> None:
    sheets = dict(SHEETS)
    sheets["visits"] = [
        SHEETS["visits"][0],
        SHEETS["visits"][1],
        [None] * 7,  # an empty row keeps its number
        [2, 1, 1, dt.datetime(2025, 9, 1, 10, 0), 131000, "done", 7],
    ]
    sheets["notes"] = [["anything"]]
    tables_and_indexes = schema(engine)
    with pytest.raises(ImportFailed) as failed:
        import_path(engine, workbook(tmp_path / "bad.xlsx", sheets), clock=clock)
    assert [str(p) for p in failed.value.problems] == [
        "notes:1: -: is not a file of the exchange format",
        "visits:4: status: 'done' is not one of planned, completed, cancelled, no_show",
        "visits:4: rating: must lie between 1 and 5",
    ]
    with engine.connect() as conn:
        assert conn.execute(select(Client.id)).all() == []
    assert schema(engine) == tables_and_indexes  # the indexes dropped meanwhile are back
