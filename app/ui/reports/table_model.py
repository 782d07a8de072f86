"""A table model over a report's ``Table``: formatted cells, sorting, row identity.

The model shows the report's own rows; a column of ids is hidden unless the
screen gives names for its ids (the gaps matrix names departments), and a
list column may be spread over one column per element (cohorts' retained
clients by month). Sorting reorders a list of row numbers, so the screen can
always ask which report row a view row is (``source_row``) and back.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.reports.base import Column, Table
from app.ui.reports.values import NUMERIC_KINDS, cell_text

RAW_ROLE = Qt.ItemDataRole.UserRole
SOURCE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # the report column key of a cell

Index = QModelIndex | QPersistentModelIndex
KindOf = Callable[[Mapping[str, Any], str], str]


@dataclasses.dataclass(frozen=True)
class Shown:
    """A column as shown: the report column, and the element of a spread list column."""

    key: str
    title: str
    kind: str
    element: int | None = None

    @property
    def cell_key(self) -> str:
        return self.key if self.element is None else f"{self.key}:{self.element}"


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Mapping[str, Any], ...] = ()
        self._columns: list[Shown] = []
        self._order: list[int] | None = None  # view row -> report row; None: report order
        self._position: dict[int, int] = {}
        self._currency = ""
        self._names: Mapping[str, Mapping[Any, str]] = {}
        self._kind_of: KindOf | None = None
        self._locale = QLocale()

    def set_table(
        self,
        table: Table | None,
        currency: str = "",
        *,
        id_names: Mapping[str, Mapping[Any, str]] | None = None,
        spread: Mapping[str, str] | None = None,
        kind_of: KindOf | None = None,
    ) -> None:
        """Show ``table``; ``spread`` maps a list column to a title template with {n}."""
        self.beginResetModel()
        self._rows = table.rows if table is not None else ()
        self._currency = currency
        self._names = id_names or {}
        self._kind_of = kind_of
        self._columns = _shown(table.columns if table else (), self._rows, self._names, spread)
        self._order = None
        self._position = {}
        self.endResetModel()

    # --- identity -------------------------------------------------------------

    def source_row(self, view_row: int) -> int:
        return view_row if self._order is None else self._order[view_row]

    def view_row(self, source_row: int) -> int:
        return source_row if self._order is None else self._position[source_row]

    def row_values(self, source_row: int) -> Mapping[str, Any]:
        return self._rows[source_row]

    def column_key(self, column: int) -> str:
        return self._columns[column].cell_key

    def column_kind(self, column: int) -> str:
        return self._columns[column].kind

    # --- the model ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        source = self.source_row(index.row())
        row = self._rows[source]
        shown = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, shown)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if len(text) > 30 else None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if shown.kind in NUMERIC_KINDS and shown.key not in self._names:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == RAW_ROLE:
            return _value(row, shown)
        if role == SOURCE_ROW_ROLE:
            return source
        if role == KEY_ROLE:
            return shown.cell_key
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
            return None
        return str(section + 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        shown = self._columns[column]
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self.source_row(i.row()), i.column()) for i in persistent]
        values = [_sort_key(_value(row, shown)) for row in self._rows]
        present = sorted(
            (i for i in range(len(self._rows)) if values[i] is not None), key=values.__getitem__
        )
        missing = [i for i in range(len(self._rows)) if values[i] is None]
        if order == Qt.SortOrder.DescendingOrder:
            present.reverse()
        self._order = present + missing  # empty values last either way
        self._position = {row: n for n, row in enumerate(self._order)}
        after = [self.index(self._position[row], col) for row, col in before]
        self.changePersistentIndexList(persistent, after)
        self.layoutChanged.emit()

    def _text(self, row: Mapping[str, Any], shown: Shown) -> str:
        value = _value(row, shown)
        names = self._names.get(shown.key)
        if names is not None:
            return names.get(value, "" if value is None else str(value))
        kind = self._kind_of(row, shown.key) if self._kind_of else shown.kind
        return cell_text(value, kind, self._currency, self._locale)


def _value(row: Mapping[str, Any], shown: Shown) -> Any:
    value = row.get(shown.key)
    if shown.element is None:
        return value
    return value[shown.element] if value is not None and shown.element < len(value) else None


def _sort_key(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return len(value)
    return value.casefold() if isinstance(value, str) else value


def _shown(
    columns: tuple[Column, ...],
    rows: tuple[Mapping[str, Any], ...],
    names: Mapping[str, Mapping[Any, str]],
    spread: Mapping[str, str] | None,
) -> list[Shown]:
    shown = []
    for column in columns:
        title = QCoreApplication.translate("ReportColumns", column.title)
        if column.kind == "id" and column.key not in names:
            continue
        if spread and column.key in spread:
            longest = max((len(r.get(column.key) or ()) for r in rows), default=0)
            shown += [
                Shown(column.key, spread[column.key].format(n=n), "int", n) for n in range(longest)
            ]
            continue
        shown.append(Shown(column.key, title, column.kind))
    return shown
