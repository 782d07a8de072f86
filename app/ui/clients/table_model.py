"""The clients table: pages of 100 fetched on the worker as the view scrolls (keyset paging).

The model holds only the rows fetched so far. A new query (search text,
filter) replaces them when its first page arrives, so the table never flashes
empty while typing; ``refresh`` re-reads the rows already shown after a write.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.clock import Clock
from app.services.client_list import ClientRow, ClientRows, list_clients
from app.ui.clients.alive import while_alive
from app.ui.clients.texts import phone_text
from app.ui.format import date_text
from app.ui.worker import DatabaseWorker, Latest

PAGE = 100
REFRESH_LIMIT = 1_000  # past this many rows shown, a refresh starts again from the first page
FLAG_COLOUR = QColor("#b3261e")

Index = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(frozen=True)
class ClientQuery:
    fragment: str = ""
    filter: str = "all"


class ClientTableModel(QAbstractTableModel):
    sig_loaded = Signal()
    """A page arrived (the first of a query, a further one, or a refresh)."""

    NAME, PHONE, PLATES, LAST_VISIT, FLAGS = range(5)

    def __init__(self, worker: DatabaseWorker, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._requests = Latest(worker)
        self._query = ClientQuery()
        self._rows: list[ClientRow] = []
        self._next_after_id: int | None = None
        self._lost_ids: tuple[int, ...] | None = None
        self._loading = False
        self._headers = (
            self.tr("Name"),
            self.tr("Phone"),
            self.tr("Plates"),
            self.tr("Last visit"),
            self.tr("Flags"),
        )

    # --- queries -----------------------------------------------------------------

    @property
    def query(self) -> ClientQuery:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def complete(self) -> bool:
        """Every matching client is loaded."""
        return not self._loading and self._next_after_id is None

    def set_query(self, query: ClientQuery) -> None:
        """Search again; the rows shown stay until the first page of the new query arrives."""
        if query.filter != self._query.filter:
            self._lost_ids = None
        self._query = query
        self._request(None, PAGE, self._replace)

    def refresh(self) -> None:
        """Read the rows shown again (after a write); the lost clients are worked out anew."""
        self._lost_ids = None
        shown = len(self._rows)
        limit = shown if PAGE < shown <= REFRESH_LIMIT else PAGE
        self._request(None, limit, self._replace)

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, client_id: int) -> int | None:
        for row, client in enumerate(self._rows):
            if client.id == client_id:
                return row
        return None

    def _request(self, after_id: int | None, limit: int, on_done: Any) -> None:
        self._loading = True
        work = partial(
            list_clients,
            fragment=self._query.fragment,
            filter=self._query.filter,
            after_id=after_id,
            limit=limit,
            clock=self._clock,
            lost_ids=self._lost_ids,
        )
        self._requests.read(work, while_alive(self, on_done), name="clients")

    def _replace(self, page: ClientRows) -> None:
        self._loading = False
        self._lost_ids = page.lost_ids
        new_ids = [r.id for r in page.rows]
        if new_ids == [r.id for r in self._rows]:
            self._rows = list(page.rows)
            self._next_after_id = page.next_after_id
            if self._rows:
                last = self.index(len(self._rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._next_after_id = page.next_after_id
            self.endResetModel()
        self.sig_loaded.emit()

    def _append(self, page: ClientRows) -> None:
        self._loading = False
        self._lost_ids = page.lost_ids
        self._next_after_id = page.next_after_id
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.sig_loaded.emit()

    # --- the model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and self._next_after_id is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request(self._next_after_id, PAGE, self._append)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        client = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(client, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PLATES:
            return "\n".join(client.plates) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.FLAGS:
            return QBrush(FLAG_COLOUR)
        if role == Qt.ItemDataRole.UserRole:
            return client.id
        return None

    def _text(self, client: ClientRow, column: int) -> str:
        if column == self.NAME:
            return client.name
        if column == self.PHONE:
            return phone_text(client.phone)
        if column == self.PLATES:
            return ", ".join(client.plates)
        if column == self.LAST_VISIT:
            return date_text(client.last_visit)
        flags = []
        if client.do_not_contact:
            flags.append(self.tr("do not contact"))
        if client.left_on is not None:
            flags.append(self.tr("departed"))
        return ", ".join(flags)
