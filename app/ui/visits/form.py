"""The fields of the visit form, in keyboard order, and reading them into a ``VisitInput``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import EmployeeRecord
from app.services.errors import ValidationError
from app.services.vehicles import VehicleRecord
from app.services.visits import VisitInput, VisitRecord
from app.ui.format import money_text
from app.ui.visits.client_picker import ClientPicker
from app.ui.visits.errors import ErrorLabel, FieldErrors
from app.ui.visits.items import (
    AMOUNT,
    DECLINED,
    PRICE,
    QUANTITY,
    SERVICE,
    ItemsModel,
    ItemsTable,
    ServiceDelegate,
)
from app.ui.visits.labels import VISIT_STATUS_NAMES, status_label
from app.ui.worker import DatabaseWorker


def vehicle_text(vehicle: VehicleRecord) -> str:
    return " ".join(part for part in (vehicle.make, vehicle.model, vehicle.plate) if part)


class WhenEdit(QDateTimeEdit):
    """A date-time field that Tab leaves (QDateTimeEdit's Tab walks its own sections)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class VisitFields(QWidget):
    """Client, car, time, status, mileage (and its override note), master, items, rating."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FieldErrors(ErrorLabel())
        self.client = ClientPicker(worker)
        self.vehicle = QComboBox()
        self.when = WhenEdit()
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.status = QComboBox()
        for status in VISIT_STATUS_NAMES:
            self.status.addItem(status_label(status), status)
        self.mileage = QLineEdit()
        self.mileage.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,7}")))
        self.mileage.setPlaceholderText(self.tr("km on the odometer"))
        self.mileage_note = QLineEdit()
        self.mileage_note.setPlaceholderText(
            self.tr("Why the reading is lower (e.g. new odometer)")
        )
        self.mileage_note_label = QLabel(self.tr("Mileage note"))
        self.master = QComboBox()
        self.items = ItemsModel(self)
        self.table = self._items_table()
        self.remove_line = QPushButton(self.tr("Remove line"))
        self.remove_line.setToolTip(self.tr("Ctrl+Delete"))
        self.remove_line.clicked.connect(self._remove_current_line)
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rating = QSpinBox()
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText(self.tr("no rating"))
        self.feedback = QPlainTextEdit()
        self.feedback.setTabChangesFocus(True)
        self.feedback.setFixedHeight(56)
        self._layout()
        self.items.dataChanged.connect(self.update_total)
        self.items.rowsRemoved.connect(self.update_total)
        self.items.modelReset.connect(self.update_total)
        self.set_mileage_note_visible(False)

    def _items_table(self) -> ItemsTable:
        table = ItemsTable()
        table.setModel(self.items)
        table.setItemDelegateForColumn(SERVICE, ServiceDelegate(self.items, table))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((PRICE, 110), (QUANTITY, 80), (DECLINED, 80), (AMOUNT, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setMinimumHeight(170)
        shortcut = QShortcut(QKeySequence("Ctrl+Delete"), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._remove_current_line)
        return table

    def _layout(self) -> None:
        bind = self.errors.bind
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(label: str, widget: QWidget, *fields: str) -> ErrorLabel:
            form.addRow(label, widget)
            line = bind(ErrorLabel(), widget, *fields)
            form.addRow("", line)
            return line

        row(self.tr("&Client"), self.client, "client_id")
        row(self.tr("C&ar"), self.vehicle, "vehicle_id")
        when = QWidget()
        when_row = QHBoxLayout(when)
        when_row.setContentsMargins(0, 0, 0, 0)
        when_row.addWidget(self.when, 1)
        when_row.addWidget(QLabel(self.tr("Status")))
        when_row.addWidget(self.status, 1)
        when_line = row(self.tr("&When"), when)
        bind(when_line, self.when, "started_at")
        bind(when_line, self.status, "status")
        form.addRow(self.tr("&Mileage"), self.mileage)
        form.addRow(self.mileage_note_label, self.mileage_note)
        self.mileage_error = bind(ErrorLabel(), self.mileage, "mileage")
        bind(self.mileage_error, self.mileage_note, "mileage_note")
        form.addRow("", self.mileage_error)
        row(self.tr("Mas&ter"), self.master, "employee_id")

        items_box = QVBoxLayout()
        items_box.addWidget(self.table)
        under = QHBoxLayout()
        under.addWidget(self.remove_line)
        under.addStretch(1)
        under.addWidget(self.total)
        items_box.addLayout(under)
        self.items_error = bind(ErrorLabel(), self.table, "items")
        items_box.addWidget(self.items_error)

        lower = QFormLayout()
        lower.addRow(self.tr("&Rating"), self.rating)
        lower.addRow("", bind(ErrorLabel(), self.rating, "rating"))
        lower.addRow(self.tr("&Feedback"), self.feedback)
        lower.addRow("", bind(ErrorLabel(), self.feedback, "feedback"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        items_title = QLabel(self.tr("&Work and parts (type a few letters of a service)"))
        items_title.setBuddy(self.table)
        layout.addWidget(items_title)
        layout.addLayout(items_box, 1)
        layout.addLayout(lower)
        layout.addWidget(self.errors.general)
        for first, second in (
            (self.client, self.vehicle),
            (self.vehicle, self.when),
            (self.when, self.status),
            (self.status, self.mileage),
            (self.mileage, self.mileage_note),
            (self.mileage_note, self.master),
            (self.master, self.table),
            (self.table, self.remove_line),
            (self.remove_line, self.rating),
            (self.rating, self.feedback),
        ):
            QWidget.setTabOrder(first, second)

    # --- filling ---------------------------------------------------------------------

    def set_vehicles(self, vehicles: tuple[VehicleRecord, ...], chosen: int | None) -> None:
        self.vehicle.clear()
        self.vehicle.addItem(self.tr("(no car)"), None)
        for vehicle in vehicles:
            self.vehicle.addItem(vehicle_text(vehicle), vehicle.id)
        index = self.vehicle.findData(chosen) if chosen is not None else -1
        if index < 0:
            index = 1 if vehicles else 0
        self.vehicle.setCurrentIndex(index)

    def set_masters(self, masters: tuple[EmployeeRecord, ...], chosen: int | None) -> None:
        self.master.clear()
        self.master.addItem(self.tr("(no master)"), None)
        for master in masters:
            name = master.name if master.active else self.tr("%1 (left)").replace("%1", master.name)
            self.master.addItem(name, master.id)
        self.master.setCurrentIndex(max(self.master.findData(chosen), 0) if chosen else 0)

    def set_when(self, when: dt.datetime) -> None:
        self.when.setDateTime(QDateTime(when.date(), when.time()))

    def set_status(self, status: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def set_record(self, visit: VisitRecord, status: str) -> None:
        """Fill the fields from a stored visit; ``status`` is what saving will set."""
        self.set_when(visit.started_at)
        self.set_status(status)
        self.mileage.setText("" if visit.mileage is None else str(visit.mileage))
        self.mileage_note.setText(visit.mileage_note or "")
        self.set_mileage_note_visible(bool(visit.mileage_note))
        self.items.set_items(visit.items)
        self.rating.setValue(visit.rating or 0)
        self.feedback.setPlainText(visit.feedback or "")

    def set_mileage_note_visible(self, visible: bool) -> None:
        self.mileage_note.setVisible(visible)
        self.mileage_note_label.setVisible(visible)

    def update_total(self) -> None:
        done, declined = self.items.totals()
        currency = self.items.currency
        text = self.tr("Total: %1").replace("%1", money_text(done, currency))
        if declined:
            refused = self.tr("declined %1 not counted").replace(
                "%1", money_text(declined, currency)
            )
            text = f"{text} ({refused})"
        self.total.setText(f"<b>{text}</b>")

    # --- reading -----------------------------------------------------------------------

    def commit_open_editor(self) -> None:
        """A cell still being edited (Ctrl+S pressed inside it) counts as typed."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        editor = QApplication.focusWidget()
        if editor is not None and self.table.isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def read(self) -> VisitInput:
        """The visit as typed; a field that does not parse raises a ``ValidationError``."""
        client = self.client.client
        if client is None:
            if self.client.text().strip():
                raise ValidationError("client_id", "pick the client from the list")
            raise ValidationError("client_id", "must be chosen")
        items = self.items.inputs()
        mileage = self.mileage.text().strip()
        note = self.mileage_note.text().strip() if self.mileage_note.isVisible() else ""
        data = VisitInput(
            client_id=client.id,
            started_at=self.when.dateTime().toPython().replace(second=0, microsecond=0),
            vehicle_id=self.vehicle.currentData(),
            mileage=int(mileage) if mileage else None,
            employee_id=self.master.currentData(),
            status=self.status.currentData(),
            rating=self.rating.value() or None,
            feedback=self.feedback.toPlainText().strip() or None,
            mileage_note=note or None,
            items=items,
        )
        return data

    def _remove_current_line(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.items.remove_line(index.row())
