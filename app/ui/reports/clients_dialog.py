"""The clients behind a report's figure: open a card, or put them on the call list."""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.call_list import CallListResult, add_to_call_list
from app.services.changes import Saved
from app.services.drilldown import DrillClient
from app.services.errors import ValidationError
from app.ui.clients.refusals import refusal_text
from app.ui.context import UiContext
from app.ui.format import date_text
from app.ui.reports.drill import ClientList

Index = QModelIndex | QPersistentModelIndex


class ClientsModel(QAbstractTableModel):
    """Drill-down clients: name, phone, and whether they may be called."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.clients: tuple[DrillClient, ...] = ()

    def set_clients(self, clients: tuple[DrillClient, ...]) -> None:
        self.beginResetModel()
        self.clients = clients
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.clients)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        client = self.clients[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return client.client_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return client.name
        if index.column() == 1:
            return client.phone
        notes = []
        if client.do_not_contact:
            notes.append(self.tr("do not contact"))
        if client.left_on is not None:
            notes.append(self.tr("left on %1").replace("%1", date_text(client.left_on)))
        return ", ".join(notes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            titles = (self.tr("Name"), self.tr("Phone"), self.tr("Note"))
            return titles[section] if 0 <= section < 3 else None
        return str(section + 1)


class ClientListDialog(QDialog):
    """Lists the clients of a ``ClientList``; double-click (or Enter) opens a card."""

    def __init__(self, ctx: UiContext, clients: ClientList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(clients.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.resize(620, 520)
        self.heading = QLabel(f"<b>{clients.title}</b>")
        self.count = QLabel(self.tr("Loading..."))
        self.model = ClientsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 150)
        self.table.doubleClicked.connect(self._open)

        self.note = QLineEdit(clients.note)
        self.due_on = QDateEdit()
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        today = ctx.clock.today()
        self.due_on.setMinimumDate(QDate(today.year, today.month, today.day))
        self.due_on.setDate(QDate(today.year, today.month, today.day))
        self.add = QPushButton(self.tr("Add to call list"))
        self.add.setToolTip(self.tr("A reminder to call each selected client (all when none)"))
        self.add.setEnabled(False)
        self.add.clicked.connect(self._add)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reminder note:"), self.note)
        due = QHBoxLayout()
        due.addWidget(self.due_on)
        due.addStretch(1)
        due.addWidget(self.add)
        form.addRow(self.tr("Call on:"), due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        ctx.worker.read(clients.work, self._show, self._refused, name="drill-down")

    def _show(self, clients: tuple[DrillClient, ...]) -> None:
        self.model.set_clients(clients)
        self.count.setText(self.tr("%n client(s)", "", len(clients)))
        self.add.setEnabled(bool(clients))

    def _refused(self, error: ValidationError) -> None:
        self.count.setText(refusal_text(error))

    def _open(self, index: QModelIndex) -> None:
        self._ctx.events.sig_open_client.emit(self.model.clients[index.row()].client_id)

    def chosen_ids(self) -> list[int]:
        """The selected clients, or all of them when none is selected."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        clients = self.model.clients
        return [clients[r].client_id for r in rows] if rows else [c.client_id for c in clients]

    def _add(self) -> None:
        due_on: dt.date = self.due_on.date().toPython()
        work = partial(
            add_to_call_list,
            client_ids=self.chosen_ids(),
            note=self.note.text(),
            due_on=due_on,
            clock=self._ctx.clock,
        )
        self.add.setEnabled(False)
        self.outcome.setText(self.tr("Adding..."))
        self._ctx.worker.write(work, self._added, self._add_refused, name="call list")

    def _added(self, saved: Saved[CallListResult]) -> None:
        result = saved.value
        parts = [self.tr("Added %n reminder(s).", "", result.added)]
        if result.skipped_do_not_contact:
            parts.append(
                self.tr(
                    "Skipped %n who asked not to be contacted.", "", result.skipped_do_not_contact
                )
            )
        if result.skipped_departed:
            parts.append(self.tr("Skipped %n who left.", "", result.skipped_departed))
        self.outcome.setText(" ".join(parts))
        self.add.setEnabled(True)

    def _add_refused(self, error: ValidationError) -> None:
        self.outcome.setText(f"<span style='color:#c0392b'>{refusal_text(error)}</span>")
        self.add.setEnabled(True)
