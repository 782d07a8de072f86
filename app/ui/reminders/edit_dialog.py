"""The reminder form: car, service, due date and / or due mileage, note.

``open_reminder_dialog(ctx, client_id)`` opens it for a new reminder of the
client (the client card's "Add reminder"); with ``reminder_id`` it edits that
reminder. The form can also edit a draft without saving it (``draft`` with
``commit=False``): the suggestions dialog uses it to edit a suggestion.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Saved
from app.services.errors import ValidationError
from app.services.reminders import (
    ReminderInput,
    ReminderRecord,
    check_reminder,
    create_reminder,
    update_reminder,
)
from app.services.reminders_due import MileagePrediction, predicted_mileage
from app.services.reminders_form import ReminderForm, reminder_form
from app.ui.context import UiContext
from app.ui.format import count_text, date_text
from app.ui.reminders.outcomes import qdate
from app.ui.visits.errors import ErrorLabel, FieldErrors

DEFAULT_DAYS_AHEAD = 30
MAX_KM = 9_999_999


class ReminderDialog(QDialog):
    """A reminder of one client. Loads its choices on the worker, saves through it."""

    sig_saved = Signal(object)
    """The reminder was saved (its ``ReminderRecord``)."""

    sig_drafted = Signal(object, str)
    """The draft was accepted unsaved: (a checked ``ReminderInput``, its car as text);
    ``commit=False`` only."""

    sig_loaded = Signal()
    """The cars and services are in the form."""

    def __init__(
        self,
        ctx: UiContext,
        client_id: int,
        reminder_id: int | None = None,
        draft: ReminderInput | None = None,
        commit: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id = client_id
        self._reminder_id = reminder_id
        self._draft = draft
        self._commit = commit
        self.setWindowTitle(self.tr("New reminder") if reminder_id is None else self.tr("Reminder"))
        self.setMinimumWidth(460)
        self.heading = QLabel()
        self.car = QComboBox()
        self.car.currentIndexChanged.connect(self._predict)
        self.service = QComboBox()
        self.by_date = QCheckBox(self.tr("By date"))
        self.due_on = QDateEdit()
        self.due_on.setCalendarPopup(True)
        self.due_on.setDate(qdate(ctx.clock.today() + dt.timedelta(days=DEFAULT_DAYS_AHEAD)))
        self.by_km = QCheckBox(self.tr("By mileage"))
        self.due_km = QSpinBox()
        self.due_km.setRange(1, MAX_KM)
        self.due_km.setSingleStep(1000)
        self.due_km.setGroupSeparatorShown(True)
        self.due_km.setSuffix(self.tr(" km"))
        self.prediction = QLabel()
        self.prediction.setStyleSheet("color: #555;")
        self.note = QLineEdit()
        self.by_date.toggled.connect(self.due_on.setEnabled)
        self.by_km.toggled.connect(self.due_km.setEnabled)
        self.by_date.setChecked(True)
        self.by_km.setChecked(False)
        self.due_km.setEnabled(False)

        general = ErrorLabel()
        self.errors = FieldErrors(general)
        car_error = self.errors.bind(ErrorLabel(), self.car, "vehicle_id", "client_id")
        service_error = self.errors.bind(ErrorLabel(), self.service, "service_id")
        due_error = self.errors.bind(ErrorLabel(), self.due_on, "due_on")
        km_error = self.errors.bind(ErrorLabel(), self.due_km, "due_mileage")
        self.errors.bind(general, None, "reminder_id", "status")
        date_row = QHBoxLayout()
        date_row.addWidget(self.by_date)
        date_row.addWidget(self.due_on, 1)
        km_row = QHBoxLayout()
        km_row.addWidget(self.by_km)
        km_row.addWidget(self.due_km, 1)
        form = QFormLayout()
        form.addRow(self.tr("Car"), self.car)
        form.addRow("", car_error)
        form.addRow(self.tr("Service"), self.service)
        form.addRow("", service_error)
        form.addRow(self.tr("Due"), date_row)
        form.addRow("", due_error)
        form.addRow("", km_row)
        form.addRow("", self.prediction)
        form.addRow("", km_error)
        form.addRow(self.tr("Note"), self.note)
        hint = QLabel(
            self.tr("With a date and a mileage the reminder is due by whichever comes first.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(general)
        layout.addWidget(self.buttons)
        work = partial(reminder_form, client_id=client_id, reminder_id=reminder_id)
        ctx.worker.read(work, self._fill, self._refused, name="reminder form")

    def data(self) -> ReminderInput:
        """What the form says now."""
        return ReminderInput(
            client_id=self._client_id,
            vehicle_id=self.car.currentData(),
            service_id=self.service.currentData(),
            due_on=self.due_on.date().toPython() if self.by_date.isChecked() else None,
            due_mileage=self.due_km.value() if self.by_km.isChecked() else None,
            note=self.note.text(),
        )

    def submit(self) -> None:
        self.errors.clear()
        self.buttons.setEnabled(False)
        data = self.data()
        if not self._commit:
            work = partial(check_reminder, data=data)
            self._ctx.worker.read(work, lambda _: self._drafted(data), self._refused)
        elif self._reminder_id is None:
            work = partial(create_reminder, data=data, clock=self._ctx.clock)
            self._ctx.worker.write(work, self._saved, self._refused, name="save reminder")
        else:
            work = partial(update_reminder, reminder_id=self._reminder_id, data=data)
            self._ctx.worker.write(work, self._saved, self._refused, name="save reminder")

    def _fill(self, form: ReminderForm) -> None:
        self.heading.setText(f"<b>{form.client_name}</b>")
        self.car.blockSignals(True)
        self.car.addItem(self.tr("(no car)"), None)
        for car in form.cars:
            self.car.addItem(car.label, car.id)
        self.car.blockSignals(False)
        self.service.addItem(self.tr("(no service)"), None)
        for service in form.services:
            self.service.addItem(service.label, service.id)
        shown = self._draft or (
            None
            if form.reminder is None
            else ReminderInput(
                form.client_id,
                form.reminder.vehicle_id,
                form.reminder.service_id,
                form.reminder.due_on,
                form.reminder.due_mileage,
                form.reminder.note,
            )
        )
        if shown is None and len(form.cars) == 1:
            self.car.setCurrentIndex(1)  # the client's only car
        elif shown is not None:
            self._show(shown)
        self._predict()
        self.buttons.setEnabled(True)
        self.sig_loaded.emit()

    def _show(self, data: ReminderInput) -> None:
        self.car.setCurrentIndex(max(self.car.findData(data.vehicle_id), 0))
        self.service.setCurrentIndex(max(self.service.findData(data.service_id), 0))
        self.by_date.setChecked(data.due_on is not None)
        if data.due_on is not None:
            self.due_on.setDate(qdate(data.due_on))
        self.by_km.setChecked(data.due_mileage is not None)
        if data.due_mileage is not None:
            self.due_km.setValue(data.due_mileage)
        self.note.setText(data.note)

    def _predict(self) -> None:
        vehicle_id = self.car.currentData()
        self.prediction.clear()
        if vehicle_id is None:
            return
        work = partial(predicted_mileage, vehicle_id=vehicle_id, on_date=self._ctx.clock.today())
        self._ctx.worker.read(work, partial(self._show_prediction, vehicle_id), name="prediction")

    def _show_prediction(self, vehicle_id: int, found: MileagePrediction | None) -> None:
        if vehicle_id != self.car.currentData():
            return
        if found is None:
            self.prediction.setText(self.tr("No mileage recorded for this car yet"))
        elif found.km_per_day is None:
            self.prediction.setText(
                self.tr("Last reading {0} km on {1}").format(
                    count_text(found.last_km), date_text(found.last_on)
                )
            )
        else:
            self.prediction.setText(
                self.tr("Now about {0} km ({1} km a day)").format(
                    count_text(found.km), QLocale().toString(float(found.km_per_day), "f", 1)
                )
            )
        if not self.by_km.isChecked() and found is not None and self._reminder_id is None:
            self.due_km.setValue(min(found.km + 10_000, MAX_KM))

    def _saved(self, saved: Saved[ReminderRecord]) -> None:
        self.sig_saved.emit(saved.value)
        self.accept()

    def _drafted(self, data: ReminderInput) -> None:
        self.sig_drafted.emit(data, self.car.currentText() if data.vehicle_id else "")
        self.accept()

    def _refused(self, error: ValidationError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(error)


def open_reminder_dialog(
    ctx: UiContext,
    client_id: int,
    parent: QWidget | None = None,
    reminder_id: int | None = None,
) -> ReminderDialog:
    """Open the form (window-modal, not blocking) for a new reminder of the client, or to
    edit ``reminder_id``; connect ``sig_saved`` to hear about the result."""
    dialog = ReminderDialog(ctx, client_id, reminder_id=reminder_id, parent=parent)
    dialog.open()
    return dialog
