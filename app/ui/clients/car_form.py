"""A car's fields in a form (new client's first car, add or edit a car) and the car dialog."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.changes import Saved
from app.services.errors import ValidationError
from app.services.vehicles import VehicleInput, VehicleRecord, add_vehicle, update_vehicle
from app.ui.clients.alive import while_alive
from app.ui.clients.refusals import FieldErrors
from app.ui.context import UiContext

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class CarFields:
    """Make, model, year, plate and VIN rows added to a form, with their error lines."""

    def __init__(self, form: QFormLayout, errors: FieldErrors, parent: QWidget) -> None:
        self.make = QLineEdit()
        self.model = QLineEdit()
        self.year = QLineEdit()
        self.year.setMaxLength(4)
        self.year.setMaximumWidth(80)
        self.plate = QLineEdit()
        self.plate.setPlaceholderText(translate("CarFields", "AA 1234 BC"))
        self.vin = QLineEdit()
        self.vin.setMaxLength(20)
        self.vin.setPlaceholderText(translate("CarFields", "17 characters"))
        errors.add_row(form, translate("CarFields", "Make"), self.make, "make")
        errors.add_row(form, translate("CarFields", "Model"), self.model, "model")
        errors.add_row(form, translate("CarFields", "Year"), self.year, "year")
        errors.add_row(form, translate("CarFields", "Plate"), self.plate, "plate")
        errors.add_row(form, translate("CarFields", "VIN"), self.vin, "vin")

    def is_empty(self) -> bool:
        edits = (self.make, self.model, self.year, self.plate, self.vin)
        return not any(edit.text().strip() for edit in edits)

    def value(self) -> VehicleInput:
        """What is typed; a year that is no number is refused here, like the services do."""
        year_text = self.year.text().strip()
        if year_text and not year_text.isdigit():
            raise ValidationError("year", "'{value}' is not a whole number", value=year_text)
        return VehicleInput(
            make=self.make.text(),
            model=self.model.text(),
            year=int(year_text) if year_text else None,
            plate=self.plate.text() or None,
            vin=self.vin.text() or None,
        )

    def set_vehicle(self, vehicle: VehicleRecord) -> None:
        self.make.setText(vehicle.make)
        self.model.setText(vehicle.model)
        self.year.setText("" if vehicle.year is None else str(vehicle.year))
        self.plate.setText(vehicle.plate or "")
        self.vin.setText(vehicle.vin or "")


class VehicleDialog(QDialog):
    """Add a car to a client, or edit one of its cars."""

    sig_saved = Signal(int)
    """The car was stored: its id."""

    sig_open_existing = Signal(int)
    """The plate or VIN belongs to another client's car: open that client."""

    def __init__(
        self,
        ctx: UiContext,
        client_id: int,
        vehicle: VehicleRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id = client_id
        self._vehicle = vehicle
        self.setWindowTitle(self.tr("Edit car") if vehicle else self.tr("Add a car"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.errors = FieldErrors(self)
        self.fields = CarFields(form, self.errors, self)
        if vehicle is not None:
            self.fields.set_vehicle(vehicle)
        form.addRow(self.errors.general)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.errors.sig_open_existing.connect(self._open_existing)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        self.errors.clear()
        try:
            data = self.fields.value()
        except ValidationError as error:
            self.errors.show(error)
            return
        if self._vehicle is None:
            work = partial(add_vehicle, client_id=self._client_id, data=data, clock=self._ctx.clock)
        else:
            work = partial(
                update_vehicle, vehicle_id=self._vehicle.id, data=data, clock=self._ctx.clock
            )
        self.save_button.setEnabled(False)
        self._ctx.worker.write(
            work, while_alive(self, self._saved), while_alive(self, self._refused), name="save car"
        )

    def _saved(self, saved: Saved[VehicleRecord]) -> None:
        self.sig_saved.emit(saved.value.id)
        self.accept()

    def _refused(self, error: ValidationError) -> None:
        self.save_button.setEnabled(True)
        self.errors.show(error)

    def _open_existing(self, client_id: int) -> None:
        self.sig_open_existing.emit(client_id)
        self.reject()
