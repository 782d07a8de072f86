"""The owner's History screen: every change to clients, cars, visits, items, reminders
and inquiries, newest first, with who made it and what it was before and after."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP
from app.services.audit import AuditRecord, read_audit
from app.services.changes import Changes
from app.ui.context import UiContext
from app.ui.format import date_text, datetime_text
from app.ui.table_base import HeaderedTableModel, Index
from app.ui.worker import Latest

PAGE_SIZE = 200
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$")

_ENTITIES = {
    "client": QT_TRANSLATE_NOOP("Audit", "Client"),
    "vehicle": QT_TRANSLATE_NOOP("Audit", "Car"),
    "visit": QT_TRANSLATE_NOOP("Audit", "Visit"),
    "visit_item": QT_TRANSLATE_NOOP("Audit", "Visit line"),
    "reminder": QT_TRANSLATE_NOOP("Audit", "Reminder"),
    "inquiry": QT_TRANSLATE_NOOP("Audit", "Inquiry"),
}
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Audit", "created"),
    "update": QT_TRANSLATE_NOOP("Audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("Audit", "deleted"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditFields", "Name"),
    "phone": QT_TRANSLATE_NOOP("AuditFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("AuditFields", "Email"),
    "registered_on": QT_TRANSLATE_NOOP("AuditFields", "Registered on"),
    "source_id": QT_TRANSLATE_NOOP("AuditFields", "Source"),
    "referred_by_id": QT_TRANSLATE_NOOP("AuditFields", "Referred by"),
    "do_not_contact": QT_TRANSLATE_NOOP("AuditFields", "Do not contact"),
    "left_on": QT_TRANSLATE_NOOP("AuditFields", "Left on"),
    "churn_reason_id": QT_TRANSLATE_NOOP("AuditFields", "Churn reason"),
    "churn_note": QT_TRANSLATE_NOOP("AuditFields", "Churn note"),
    "notes": QT_TRANSLATE_NOOP("AuditFields", "Notes"),
    "client_id": QT_TRANSLATE_NOOP("AuditFields", "Client"),
    "make": QT_TRANSLATE_NOOP("AuditFields", "Make"),
    "model": QT_TRANSLATE_NOOP("AuditFields", "Model"),
    "year": QT_TRANSLATE_NOOP("AuditFields", "Year"),
    "plate": QT_TRANSLATE_NOOP("AuditFields", "Plate"),
    "vin": QT_TRANSLATE_NOOP("AuditFields", "VIN"),
    "vehicle_id": QT_TRANSLATE_NOOP("AuditFields", "Car"),
    "started_at": QT_TRANSLATE_NOOP("AuditFields", "Date and time"),
    "mileage": QT_TRANSLATE_NOOP("AuditFields", "Mileage"),
    "employee_id": QT_TRANSLATE_NOOP("AuditFields", "Master"),
    "status": QT_TRANSLATE_NOOP("AuditFields", "Status"),
    "rating": QT_TRANSLATE_NOOP("AuditFields", "Rating"),
    "feedback": QT_TRANSLATE_NOOP("AuditFields", "Feedback"),
    "mileage_note": QT_TRANSLATE_NOOP("AuditFields", "Mileage note"),
    "visit_id": QT_TRANSLATE_NOOP("AuditFields", "Visit"),
    "service_id": QT_TRANSLATE_NOOP("AuditFields", "Service"),
    "quantity_milli": QT_TRANSLATE_NOOP("AuditFields", "Quantity (thousandths)"),
    "price": QT_TRANSLATE_NOOP("AuditFields", "Price (minor units)"),
    "declined": QT_TRANSLATE_NOOP("AuditFields", "Declined"),
    "due_on": QT_TRANSLATE_NOOP("AuditFields", "Due on"),
    "due_mileage": QT_TRANSLATE_NOOP("AuditFields", "Due mileage"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "Note"),
    "created_on": QT_TRANSLATE_NOOP("AuditFields", "Created on"),
    "done_on": QT_TRANSLATE_NOOP("AuditFields", "Done on"),
    "snoozed_until": QT_TRANSLATE_NOOP("AuditFields", "Snoozed until"),
    "received_at": QT_TRANSLATE_NOOP("AuditFields", "Received at"),
    "channel": QT_TRANSLATE_NOOP("AuditFields", "Channel"),
}
"""The audited columns as the person knows them (money and quantities as stored)."""


def entity_text(entity: str) -> str:
    return QCoreApplication.translate("Audit", _ENTITIES.get(entity, entity))


def action_text(action: str) -> str:
    return QCoreApplication.translate("Audit", _ACTIONS.get(action, action))


def changes_text(record: AuditRecord) -> str:
    """``name: Olena -> Olena Kovalchuk; phone: ...`` (a creation or deletion lists the record)."""
    before, after = record.before or {}, record.after or {}
    if record.action == "update":
        parts = [
            f"{_field(key)}: {_value(before.get(key))} → {_value(after[key])}" for key in after
        ]
    else:
        shown = after if record.action == "create" else before
        parts = [
            f"{_field(key)}: {_value(value)}"
            for key, value in shown.items()
            if value not in (None, "")
        ]
    return "; ".join(parts)


def _field(key: str) -> str:
    return QCoreApplication.translate("AuditFields", _FIELDS[key]) if key in _FIELDS else key


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        yes = QCoreApplication.translate("Audit", "yes")
        return yes if value else QCoreApplication.translate("Audit", "no")
    if isinstance(value, str) and _ISO_MOMENT.match(value):  # the log keeps ISO dates
        moment = dt.datetime.fromisoformat(value)
        return date_text(moment.date()) if len(value) == 10 else datetime_text(moment)
    return str(value)


class AuditModel(HeaderedTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("Columns", "When"),
        QT_TRANSLATE_NOOP("Columns", "Who"),
        QT_TRANSLATE_NOOP("Columns", "Record"),
        QT_TRANSLATE_NOOP("Columns", "Action"),
        QT_TRANSLATE_NOOP("Columns", "Client"),
        QT_TRANSLATE_NOOP("Columns", "What changed"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.records: list[AuditRecord] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def set_records(self, records: tuple[AuditRecord, ...], append: bool) -> None:
        if append:
            first = len(self.records)
            self.beginInsertRows(QModelIndex(), first, first + len(records) - 1)
            self.records.extend(records)
            self.endInsertRows()
            return
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                datetime_text(record.at),
                record.actor,
                f"{entity_text(record.entity)} #{record.entity_id}",
                action_text(record.action),
                "" if record.client_id is None else f"#{record.client_id}",
                changes_text(record),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 5:
            return changes_text(record).replace("; ", "\n")
        return None


class AuditPage(QWidget):
    """Newest changes first; "Older..." pages back; a client number narrows to that client."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._latest = Latest(ctx.worker)
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((140, 100, 150, 90, 70)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.client = QLineEdit()
        self.client.setPlaceholderText(self.tr("Client number"))
        self.client.setMaximumWidth(140)
        self.client.returnPressed.connect(self.reload)
        self.refresh = QPushButton(self.tr("Refresh"))
        self.refresh.clicked.connect(self.reload)
        self.older = QPushButton(self.tr("Older..."))
        self.older.clicked.connect(self.load_older)
        self.status = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Only client")))
        bar.addWidget(self.client)
        bar.addWidget(self.refresh)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        heading = self.tr("History of changes")  # lupdate does not read tr() inside f-strings
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.older, 0, Qt.AlignmentFlag.AlignLeft)
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.reload()

    def client_id(self) -> int | None:
        text = self.client.text().strip().lstrip("#")
        return int(text) if text.isdigit() else None

    def reload(self) -> None:
        work = partial(read_audit, client_id=self.client_id(), limit=PAGE_SIZE)
        self._latest.read(work, partial(self._show, append=False), name="history")

    def load_older(self) -> None:
        if not self.model.records:
            return
        oldest = self.model.records[-1].id
        work = partial(read_audit, client_id=self.client_id(), before_id=oldest, limit=PAGE_SIZE)
        self._latest.read(work, partial(self._show, append=True), name="history")

    def _show(self, records: tuple[AuditRecord, ...], append: bool) -> None:
        self.model.set_records(records, append)
        self.older.setEnabled(len(records) == PAGE_SIZE)
        self.status.setText(self.tr("%n change(s) shown", "", len(self.model.records)))

    def _on_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.reload()
