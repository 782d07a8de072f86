"""Recent inquiries, newest first, fetched a page at a time as the list scrolls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.inquiries import InquiryLine, InquiryPage
from app.ui.format import date_text
from app.ui.table_base import HeaderedTableModel
from app.ui.visits.labels import channel_label

Index = QModelIndex | QPersistentModelIndex
RECEIVED, CHANNEL, NAME, PHONE, CLIENT, SOURCE, RESULT = range(7)
_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Received"),
    QT_TRANSLATE_NOOP("Columns", "Channel"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Phone"),
    QT_TRANSLATE_NOOP("Columns", "Client"),
    QT_TRANSLATE_NOOP("Columns", "Source"),
    QT_TRANSLATE_NOOP("Columns", "Result"),
)
_CONVERTED = QColor("#1b5e20")
_LINKED = QColor("#0d47a1")


class InquiriesModel(HeaderedTableModel):
    """``fetchMore`` asks ``request(before, generation)``; the screen answers with ``add_page``."""

    HEADERS = _HEADERS

    def __init__(
        self, request: Callable[[tuple[dt.datetime, int] | None, int], None], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._request = request
        self._lines: list[InquiryLine] = []
        self._next: tuple[dt.datetime, int] | None = None
        self._loading = False
        self.generation = 0
        self._locale = QLocale()

    def reload(self) -> None:
        self.generation += 1
        self.beginResetModel()
        self._lines = []
        self._next = None
        self.endResetModel()
        self._loading = True
        self._request(None, self.generation)

    def add_page(self, page: InquiryPage, generation: int) -> None:
        if generation != self.generation:
            return
        self._loading = False
        self._next = page.next_before
        if page.rows:
            start = len(self._lines)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
            self._lines.extend(page.rows)
            self.endInsertRows()

    def loading(self) -> bool:
        return self._loading

    def line(self, row: int) -> InquiryLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._next is not None and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._loading = True
            self._request(self._next, self.generation)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == RESULT:
            if line.converted:
                return _CONVERTED
            return _LINKED if line.visit_id is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return line.id
        return None

    def _text(self, line: InquiryLine, column: int) -> str:
        if column == RECEIVED:
            time = self._locale.toString(line.received_at.time(), "HH:mm")
            return f"{date_text(line.received_at.date(), self._locale)} {time}"
        if column == CHANNEL:
            return channel_label(line.channel)
        if column == NAME:
            return line.name or ""
        if column == PHONE:
            return line.phone or ""
        if column == CLIENT:
            return line.client_name or ""
        if column == SOURCE:
            return line.source or ""
        if line.converted:
            return self.tr("Converted")
        return self.tr("Linked to a visit") if line.visit_id is not None else self.tr("Open")
