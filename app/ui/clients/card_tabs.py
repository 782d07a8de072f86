"""The tabs of the client card: visit history with items, cars, reminders, referred clients."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.clients import ClientBrief, ClientCard
from app.services.vehicles import VehicleRecord
from app.ui.clients.texts import (
    moment_text,
    phone_text,
    quantity_text,
    status_text,
    vehicle_text,
)
from app.ui.format import count_text, date_text, money_text

MUTED = QColor("#6b7280")
PLANNED = QColor("#1a56db")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class VisitsView(QTreeWidget):
    """The client's visits, newest first, each with its items below it."""

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderLabels(
            [
                self.tr("Date / work"),
                self.tr("Car"),
                self.tr("Master"),
                self.tr("Mileage"),
                self.tr("Rating"),
                self.tr("Status"),
                self.tr("Amount"),
            ]
        )
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setStretchLastSection(False)
        for column, width in enumerate((330, 190, 150, 80, 70, 90, 100)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_card(self, card: ClientCard, currency: str) -> None:
        self.clear()
        cars = {v.id: vehicle_text(v) for v in card.vehicles}
        for visit in card.visits:
            row = QTreeWidgetItem(
                [
                    moment_text(visit.started_at),
                    cars.get(visit.vehicle_id, "") if visit.vehicle_id else "",
                    card.masters.get(visit.employee_id, "") if visit.employee_id else "",
                    count_text(visit.mileage),
                    "★" * visit.rating if visit.rating else "",
                    status_text(visit.status),
                    money_text(visit.revenue, currency),
                ]
            )
            for column in (3, 6):
                row.setTextAlignment(column, _RIGHT)
            colour = {"planned": PLANNED, "cancelled": MUTED, "no_show": MUTED}.get(visit.status)
            if colour is not None:  # not held (yet): its amount is no revenue
                for column in range(self.columnCount()):
                    row.setForeground(column, QBrush(colour))
            for item in card.items.get(visit.id, ()):
                line = QTreeWidgetItem(
                    [
                        item.service,
                        f"{quantity_text(item.quantity)} × {money_text(item.price)}",
                        "",
                        "",
                        "",
                        self.tr("declined") if item.declined else "",
                        money_text(item.amount, currency),
                    ]
                )
                line.setTextAlignment(6, _RIGHT)
                if item.declined:
                    for column in range(self.columnCount()):
                        line.setForeground(column, QBrush(MUTED))
                row.addChild(line)
            self.addTopLevelItem(row)
        self.expandAll()


class CarsView(QWidget):
    """The client's cars with buttons to add one and edit the selected one."""

    sig_add_requested = Signal()
    """The person wants to add a car."""

    sig_edit_requested = Signal(object)
    """The person wants to edit this car (a ``VehicleRecord``)."""

    def __init__(self) -> None:
        super().__init__()
        self._vehicles: tuple[VehicleRecord, ...] = ()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Make"),
                self.tr("Model"),
                self.tr("Year"),
                self.tr("Plate"),
                self.tr("VIN"),
                self.tr("Mileage now"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        for column, width in enumerate((140, 160, 70, 120, 200)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.add_button = QPushButton(self.tr("Add a car..."))
        self.edit_button = QPushButton(self.tr("Edit car..."))
        self.add_button.clicked.connect(self.sig_add_requested)
        self.edit_button.clicked.connect(self._edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_vehicles(self, vehicles: tuple[VehicleRecord, ...], mileage: dict[int, int]) -> None:
        """``mileage``: each car's predicted km today, by car id (cars with readings)."""
        self._vehicles = vehicles
        self.table.setRowCount(len(vehicles))
        for row, car in enumerate(vehicles):
            km = mileage.get(car.id)
            now = "" if km is None else self.tr("≈ {0} km now").format(count_text(km))
            values = (car.make, car.model, str(car.year or ""), car.plate or "", car.vin or "", now)
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if vehicles:
            self.table.selectRow(0)
        self.edit_button.setEnabled(bool(vehicles))

    def _edit(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._vehicles):
            self.sig_edit_requested.emit(self._vehicles[row])


class RemindersView(QTableWidget):
    """The client's reminders: pending ones by due date first, then the closed ones."""

    def __init__(self) -> None:
        super().__init__(0, 6)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Due on"),
                self.tr("Due at, km"),
                self.tr("Car"),
                self.tr("Service"),
                self.tr("Status"),
                self.tr("Note"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        for column, width in enumerate((95, 95, 200, 250, 140, 200)):
            self.setColumnWidth(column, width)
        self.horizontalHeader().setStretchLastSection(True)

    def show_card(self, card: ClientCard) -> None:
        cars = {v.id: vehicle_text(v) for v in card.vehicles}
        self.setRowCount(len(card.reminders))
        for row, reminder in enumerate(card.reminders):
            status = status_text(reminder.status)
            if reminder.status == "pending" and reminder.snoozed_until:
                status = self.tr("snoozed to {0}").format(date_text(reminder.snoozed_until))
            elif reminder.status == "done" and reminder.done_on:
                status = self.tr("done on {0}").format(date_text(reminder.done_on))
            values = (
                date_text(reminder.due_on),
                count_text(reminder.due_mileage),
                cars.get(reminder.vehicle_id, "") if reminder.vehicle_id else "",
                card.services.get(reminder.service_id, "") if reminder.service_id else "",
                status,
                reminder.note,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if reminder.status != "pending":
                    cell.setForeground(QBrush(MUTED))
                self.setItem(row, column, cell)


class ReferralsView(QListWidget):
    """The clients this one referred; activating a line opens that client."""

    sig_open_client = Signal(int)
    """Open the card of this referred client."""

    def __init__(self) -> None:
        super().__init__()
        self.itemActivated.connect(self._open)

    def show_clients(self, clients: tuple[ClientBrief, ...]) -> None:
        self.clear()
        for client in clients:
            item = QListWidgetItem(f"{client.name}, {phone_text(client.phone)}")
            item.setData(Qt.ItemDataRole.UserRole, client.id)
            self.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.sig_open_client.emit(int(item.data(Qt.ItemDataRole.UserRole)))
