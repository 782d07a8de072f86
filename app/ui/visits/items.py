"""The items table of the visit form: service, price, quantity, declined, amount.

The table always ends with one blank line; typing a service there starts a
new line. The service is picked from the catalogue by typing a few letters
(a completer over the service names); the price then defaults to the
catalogue's and stays editable. Prices and quantities are kept as typed and
parsed on save, so a refusal can name the line and the cell.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.services.catalog import ServiceRecord
from app.services.errors import ValidationError
from app.services.money import format_money, item_amount, parse_money, parse_quantity
from app.services.visits import ItemInput, VisitItemRecord
from app.ui.format import money_text

SERVICE, PRICE, QUANTITY, DECLINED, AMOUNT = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Service"),
    QT_TRANSLATE_NOOP("Columns", "Price"),
    QT_TRANSLATE_NOOP("Columns", "Quantity"),
    QT_TRANSLATE_NOOP("Columns", "Declined"),
    QT_TRANSLATE_NOOP("Columns", "Amount"),
)
_ERROR_BACKGROUND = QColor("#fde7e9")
Index = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass
class Line:
    service_id: int | None = None
    service_text: str = ""
    price_text: str = ""
    quantity_text: str = "1"
    declined: bool = False

    def blank(self) -> bool:
        return not self.service_text.strip() and not self.price_text.strip()

    def amount(self) -> int | None:
        """quantity x price, or None while either does not parse."""
        try:
            return item_amount(parse_quantity(self.quantity_text), parse_money(self.price_text))
        except ValidationError:
            return None


def pick_service(text: str, services: tuple[ServiceRecord, ...]) -> ServiceRecord | None:
    """The service typed: the exact name, else the first starting with it, else containing it."""
    key = " ".join(text.split()).casefold()
    if not key:
        return None
    names = [(s.name.casefold(), s) for s in services]
    for test in (str.__eq__, str.startswith, str.__contains__):
        found = [s for name, s in names if test(name, key)]
        if found:
            return min(found, key=lambda s: (s.name.casefold(), s.id))
    return None


class ItemsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._services: tuple[ServiceRecord, ...] = ()
        self._by_id: dict[int, ServiceRecord] = {}
        self._lines: list[Line] = [Line()]
        self._bad_row: int | None = None
        self.currency = ""

    # --- filling ---------------------------------------------------------------

    def set_catalogue(self, services: tuple[ServiceRecord, ...], currency: str) -> None:
        self._services = services
        self._by_id = {s.id: s for s in services}
        self.currency = currency

    def service_names(self) -> list[str]:
        return [s.name for s in self._services]

    def set_items(self, items: tuple[VisitItemRecord, ...]) -> None:
        self.beginResetModel()
        self._lines = [
            Line(
                service_id=item.service_id,
                service_text=self._name(item.service_id),
                price_text=format_money(item.price),
                quantity_text=_quantity_text(item.quantity),
                declined=item.declined,
            )
            for item in items
        ]
        self._lines.append(Line())
        self._bad_row = None
        self.endResetModel()

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines) - 1:  # the blank last line stays
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            self._bad_row = None

    # --- reading -----------------------------------------------------------------

    def is_blank(self, row: int) -> bool:
        return self._lines[row].blank()

    def lines(self) -> list[Line]:
        return [line for line in self._lines if not line.blank()]

    def totals(self) -> tuple[int, int]:
        """(revenue of the lines not declined, amount declined) of the lines that parse."""
        done = declined = 0
        for line in self.lines():
            amount = line.amount() or 0
            if line.declined:
                declined += amount
            else:
                done += amount
        return done, declined

    def inputs(self) -> tuple[ItemInput, ...]:
        """The items to save, one per line that is not blank; a line that does not parse raises.

        Refusals name ``items[i].<field>``, ``i`` the item's place in the list
        (``row_of_item`` finds its line).
        """
        items = []
        for line in self.lines():
            field = f"items[{len(items)}]"
            if line.service_id is None:
                if line.service_text.strip():
                    raise ValidationError(
                        f"{field}.service_id",
                        "'{value}' is not in the catalogue",
                        value=line.service_text.strip(),
                    )
                raise ValidationError(f"{field}.service_id", "must be chosen")
            price = parse_money(line.price_text, f"{field}.price")
            quantity = parse_quantity(line.quantity_text, f"{field}.quantity")
            items.append(
                ItemInput(
                    service_id=line.service_id,
                    quantity=Decimal(quantity) / 1000,
                    price=price,
                    declined=line.declined,
                )
            )
        return tuple(items)

    def row_of_item(self, index: int) -> int:
        """The table row of the ``index``-th line that is not blank (the first row if none)."""
        rows = [row for row, line in enumerate(self._lines) if not line.blank()]
        return rows[index] if 0 <= index < len(rows) else 0

    def mark_bad_row(self, row: int | None) -> None:
        """Shade the line a refusal is about (None: no line)."""
        old, self._bad_row = self._bad_row, row
        for changed in {old, row} - {None}:
            self.dataChanged.emit(self.index(changed, 0), self.index(changed, AMOUNT))

    # --- the model -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("Columns", _HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._lines):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DECLINED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == AMOUNT:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line, column = self._lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and column == DECLINED:
            return Qt.CheckState.Checked if line.declined else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PRICE, QUANTITY, AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() == self._bad_row:
            return _ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and line.declined:
            return QColor("#6b6b6b")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
            Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
        ):
            return False
        row, column = index.row(), index.column()
        line = self._lines[row]
        if column == DECLINED:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            line.declined = _checked(value)
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == SERVICE:
            self._set_service(line, str(value or ""))
        elif column == PRICE:
            line.price_text = str(value or "").strip()
        elif column == QUANTITY:
            line.quantity_text = str(value or "").strip()
        self.dataChanged.emit(self.index(row, 0), self.index(row, AMOUNT))
        if row == len(self._lines) - 1 and not line.blank():
            self.beginInsertRows(QModelIndex(), row + 1, row + 1)
            self._lines.append(Line())
            self.endInsertRows()
        return True

    # --- helpers ---------------------------------------------------------------------

    def _set_service(self, line: Line, text: str) -> None:
        service = pick_service(text, self._services)
        if service is None:
            line.service_id, line.service_text = None, text.strip()
            return
        if service.id != line.service_id:
            line.price_text = format_money(service.price)
        line.service_id, line.service_text = service.id, service.name

    def _name(self, service_id: int) -> str:
        service = self._by_id.get(service_id)
        return service.name if service else f"#{service_id}"

    def _text(self, line: Line, column: int, editing: bool) -> str:
        if column == SERVICE:
            return line.service_text
        if column == PRICE:
            if editing or not line.price_text:
                return line.price_text
            try:
                return money_text(parse_money(line.price_text))
            except ValidationError:
                return line.price_text
        if column == QUANTITY:
            return line.quantity_text
        if column == AMOUNT:
            if line.blank():
                return ""
            amount = line.amount()  # a declined line's amount is shown grey, not counted
            return "" if amount is None else money_text(amount)
        return ""


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value in (2, True)


def _quantity_text(quantity: Decimal) -> str:
    return format(quantity.normalize(), "f")


class ServiceDelegate(QStyledItemDelegate):
    """The service cell's editor: a line edit completing names from the catalogue."""

    def __init__(self, model: ItemsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        completer = QCompleter(self._model.service_names(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        editor.setCompleter(completer)
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ItemsTable(QTableView):
    """Tab walks service, price, quantity, declined of each line, then leaves the table.

    The amount is computed, so Tab skips it; Tab on the blank last line leaves
    at once (the items are done).
    """

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        current = self.currentIndex()
        if not isinstance(model, ItemsModel) or not current.isValid():
            return super().moveCursor(action, modifiers)
        row, column = current.row(), current.column()
        last = model.rowCount() - 1
        if action == QAbstractItemView.CursorAction.MoveNext:
            editing = self.state() == QAbstractItemView.State.EditingState
            if row == last and model.is_blank(row) and not editing:
                return QModelIndex()
            if column >= DECLINED:
                return model.index(row + 1, SERVICE) if row < last else QModelIndex()
            return model.index(row, column + 1)
        if action == QAbstractItemView.CursorAction.MovePrevious:
            if column == SERVICE:
                return model.index(row - 1, DECLINED) if row > 0 else QModelIndex()
            return model.index(row, min(column, AMOUNT) - 1)
        return super().moveCursor(action, modifiers)
