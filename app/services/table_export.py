"""A report's table written to a file a person opens elsewhere: CSV or an Excel workbook.

CSV carries plain values (money in major units with a dot, shares as
fractions, ISO dates) under the columns' titles, UTF-8 with a byte order mark
so that spreadsheet programs read Cyrillic names. The workbook keeps numbers
as numbers: money with the shop's currency as its number format, shares as
percentages, dates as dates; each table is a sheet.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from app.reports.base import Column, Money, Table
from app.reports.output import text_value
from app.services.access import Permission, require

MAX_SHEET_TITLE = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_WIDTHS = {"text": 28, "list": 40, "date": 12, "money": 16, "share": 10}


def export_csv(session: Session, data: Table, path: Path) -> int:
    """``write_csv`` for a role that may export (domain.md: not the admin)."""
    require(session, Permission.EXPORT)
    return write_csv(data, path)


def export_xlsx(
    session: Session, path: Path, sheets: Sequence[tuple[str, Table]], currency: str
) -> int:
    """``write_xlsx`` for a role that may export."""
    require(session, Permission.EXPORT)
    return write_xlsx(path, sheets, currency)


def write_csv(data: Table, path: Path) -> int:
    """Write the table with a title row; returns the number of data rows."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([c.title for c in data.columns])
        for row in data.rows:
            writer.writerow([text_value(row.get(c.key), c) for c in data.columns])
    return len(data.rows)


def write_xlsx(path: Path, sheets: Sequence[tuple[str, Table]], currency: str) -> int:
    """One sheet per (title, table); returns the number of data rows written in all."""
    if not sheets:
        raise ValueError("nothing to write")
    book = Workbook(write_only=True)
    money_format = f'#,##0.00 "{currency}"' if currency else "#,##0.00"
    written = 0
    used: set[str] = set()
    for title, data in sheets:
        sheet = book.create_sheet(_sheet_title(title, used))
        for index, column in enumerate(data.columns, start=1):
            width = _WIDTHS.get(column.kind, max(10, len(column.title) + 2))
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = "A2"
        header = []
        for column in data.columns:
            cell = WriteOnlyCell(sheet, column.title)
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        for row in data.rows:
            sheet.append([_cell(sheet, row.get(c.key), c, money_format) for c in data.columns])
        written += len(data.rows)
    book.save(path)
    return written


def _cell(sheet: Any, value: Any, column: Column, money_format: str) -> Any:
    if value is None:
        return None
    if isinstance(value, Money):
        cell = WriteOnlyCell(sheet, value.major())
        cell.number_format = money_format
        return cell
    if column.kind == "share" and isinstance(value, (int, float)):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = "0.00%"
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = "yyyy-mm-dd"
        return cell
    if isinstance(value, (list, tuple)):
        return text_value(value, column)
    return value


def _sheet_title(title: str, used: set[str]) -> str:
    base = _SHEET_FORBIDDEN.sub(" ", title).strip()[:MAX_SHEET_TITLE] or "Sheet"
    candidate, n = base, 2
    while candidate.casefold() in used:
        suffix = f" ({n})"
        candidate = base[: MAX_SHEET_TITLE - len(suffix)] + suffix
        n += 1
    used.add(candidate.casefold())
    return candidate
