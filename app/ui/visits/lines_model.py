"""Table models of visit lines: the appointment book (by day) and recent visits (paged)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.services.book import VisitLine, VisitLinePage
from app.ui.format import money_text
from app.ui.table_base import HeaderedTableModel
from app.ui.visits.labels import STATUS_COLOURS, status_label

Index = QModelIndex | QPersistentModelIndex
DAY, TIME, CLIENT, PHONE, CAR, WORK, MASTER, STATUS, AMOUNT, RATING = range(10)
_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Day"),
    QT_TRANSLATE_NOOP("Columns", "Time"),
    QT_TRANSLATE_NOOP("Columns", "Client"),
    QT_TRANSLATE_NOOP("Columns", "Phone"),
    QT_TRANSLATE_NOOP("Columns", "Car"),
    QT_TRANSLATE_NOOP("Columns", "Work"),
    QT_TRANSLATE_NOOP("Columns", "Master"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Amount"),
    QT_TRANSLATE_NOOP("Columns", "Rating"),
)
_GREY = QColor("#757575")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_SHADE = QColor("#f1f4f8")


def work_text(line: VisitLine, declined_word: str) -> str:
    """ "Oil change, Oil 5W-30; declined: Tyre fitting" """
    done = ", ".join(item.service for item in line.items if not item.declined)
    refused = ", ".join(item.service for item in line.items if item.declined)
    if not refused:
        return done
    return f"{done}; {declined_word}: {refused}" if done else f"{declined_word}: {refused}"


class VisitLinesModel(HeaderedTableModel):
    """Visit lines in the given order; the Day column names each day once (week view)."""

    HEADERS = _HEADERS

    def __init__(self, parent: Any = None, day_format: str = "ddd d MMM") -> None:
        super().__init__(parent)
        self._lines: list[VisitLine] = []
        self.currency = ""
        self._locale = QLocale()
        self._day_format = day_format

    def set_lines(self, lines: tuple[VisitLine, ...] | list[VisitLine], currency: str) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.currency = currency
        self.endResetModel()

    def line(self, row: int) -> VisitLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, visit_id: int) -> int:
        return next((r for r, line in enumerate(self._lines) if line.id == visit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        row, column = index.row(), index.column()
        line = self._lines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, line, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == WORK:
            return self._text(row, line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (AMOUNT, RATING):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.status == "cancelled":
                return _GREY  # the whole line: it did not happen
            return STATUS_COLOURS.get(line.status) if column == STATUS else None
        if role == Qt.ItemDataRole.FontRole and column == DAY:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            first = self._lines[0].started_at.toordinal()
            # Every other day is shaded, so the days of a week read as groups.
            return _SHADE if (line.started_at.toordinal() - first) % 2 else None
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        return None

    def _text(self, row: int, line: VisitLine, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            DAY: lambda: self._day_text(row, line.started_at),
            TIME: lambda: self._locale.toString(line.started_at.time(), "HH:mm"),
            CLIENT: lambda: line.client_name,
            PHONE: lambda: line.client_phone,
            CAR: lambda: line.vehicle,
            MASTER: lambda: line.master or "",
            WORK: lambda: work_text(line, self.tr("declined")),
            STATUS: lambda: status_label(line.status),
            AMOUNT: lambda: money_text(line.revenue, self.currency) if line.items else "",
            RATING: lambda: f"{line.rating} ★" if line.rating else "",
        }
        return texts[column]()

    def _day_text(self, row: int, started_at: dt.datetime) -> str:
        """The day on its first line only, so the days read as groups."""
        if row > 0 and self._lines[row - 1].started_at.date() == started_at.date():
            return ""
        day = started_at.date()
        return self._locale.toString(QDate(day.year, day.month, day.day), self._day_format)


class RecentVisitsModel(VisitLinesModel):
    """Recent visits, newest first, fetched a page at a time as the view scrolls.

    ``fetchMore`` asks ``request(before)`` for the next page; the screen calls
    ``add_page`` with the answer. ``generation`` tells a late answer of an
    older listing (after a reload) from the current one.
    """

    def __init__(
        self, request: Callable[[tuple[dt.datetime, int] | None, int], None], parent: Any = None
    ) -> None:
        super().__init__(parent, day_format="ddd d MMM yyyy")
        self._request = request
        self._next: tuple[dt.datetime, int] | None = None
        self._loading = False
        self.generation = 0

    def reload(self) -> None:
        self.generation += 1
        self.set_lines([], self.currency)
        self._next = None
        self._loading = True
        self._request(None, self.generation)

    def add_page(self, page: VisitLinePage, generation: int, currency: str) -> None:
        if generation != self.generation:
            return
        self._loading = False
        self._next = page.next_before
        self.currency = currency
        if page.rows:
            start = len(self._lines)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._lines.extend(page.rows)
            self.endInsertRows()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self._request(self._next, self.generation)
