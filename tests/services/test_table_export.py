"""A report table written to CSV and to an Excel workbook."""

from __future__ import annotations

import csv
import datetime as dt

from openpyxl import load_workbook

from app.reports.base import Column, Money, Table
from app.services.table_export import write_csv, write_xlsx

TABLE = Table(
    (
        Column("client_id", "Client", "id"),
        Column("name", "Name"),
        Column("revenue", "Revenue", "money"),
        Column("share", "Share", "share"),
        Column("last_visit", "Last visit", "date"),
        Column("names", "Referred", "list"),
        Column("rating", "Rating", "number"),
    ),
    (
        {
            "client_id": 7,
            "name": "Олена",
            "revenue": Money(125050),
            "share": 0.125,
            "last_visit": dt.date(2026, 3, 2),
            "names": ["Ann", "Bob"],
            "rating": 4.5,
        },
        {
            "client_id": 8,
            "name": "Bob",
            "revenue": Money(5),
            "share": None,
            "last_visit": None,
            "names": [],
            "rating": None,
        },
    ),
)


def test_csv_has_titles_and_plain_values(tmp_path) -> None:
    path = tmp_path / "top.csv"
    assert write_csv(TABLE, path) == 2
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM for spreadsheet programs
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [
        ["Client", "Name", "Revenue", "Share", "Last visit", "Referred", "Rating"],
        ["7", "Олена", "1250.50", "0.1250", "2026-03-02", "Ann; Bob", "4.5"],
        ["8", "Bob", "0.05", "", "", "", ""],
    ]


def test_xlsx_keeps_numbers_dates_and_formats(tmp_path) -> None:
    path = tmp_path / "top.xlsx"
    extra = Table((Column("segment", "Segment"),), ({"segment": "champions"},))
    written = write_xlsx(path, [("Top clients: 2026", TABLE), ("Top clients: 2026", extra)], "UAH")
    assert written == 3
    book = load_workbook(path)
    # ":" is not allowed in a sheet title; a repeated title gets a number.
    assert book.sheetnames == ["Top clients  2026", "Top clients  2026 (2)"]
    sheet = book["Top clients  2026"]
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == ["Client", "Name", "Revenue", "Share", "Last visit", "Referred", "Rating"]
    assert values[1] == [7, "Олена", 1250.5, 0.125, dt.datetime(2026, 3, 2), "Ann; Bob", 4.5]
    assert values[2] == [8, "Bob", 0.05, None, None, None, None]  # "" reads back as None
    assert sheet["C2"].number_format == '#,##0.00 "UAH"'
    assert sheet["D2"].number_format == "0.00%"
    assert sheet["E2"].number_format == "yyyy-mm-dd"
    assert sheet["A1"].font.bold
    assert [[c.value for c in r] for r in book["Top clients  2026 (2)"].iter_rows()] == [
        ["Segment"],
        ["champions"],
    ]
