"""The catalogue editors: named lists, services with prices and intervals, masters."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.services.catalog import (
    EmployeeInput,
    EmployeeRecord,
    NamedRecord,
    ServiceInput,
    ServiceRecord,
    create_employee,
    create_service,
    update_employee,
    update_service,
)
from app.services.money import format_money, parse_money
from app.ui.context import UiContext
from app.ui.format import money_text
from app.ui.settings.editor import CatalogueEditor, Work


def _whole(text: str) -> int | None:
    return int(text) if text.strip() else None


def _digits() -> QRegularExpressionValidator:
    return QRegularExpressionValidator(QRegularExpression(r"\d{0,7}"))


class NamedEditor(CatalogueEditor):
    """Departments, marketing sources or churn reasons: a name each, unique."""

    def __init__(
        self,
        ctx: UiContext,
        create: Callable[..., Any],
        rename: Callable[..., Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, [(self.tr("Name"), lambda r: r.name)], parent)
        self._create, self._rename = create, rename
        self.name = QLineEdit()
        self.add_field(self.tr("Name"), self.name, "name")
        self.save_button.setText(self.tr("Rename"))

    def fill(self, record: NamedRecord | None) -> None:
        self.name.setText(record.name if record else "")

    def create_work(self) -> Work:
        return partial(self._create, name=self.name.text())

    def update_work(self, record_id: int) -> Work:
        name = self.name.text()
        return lambda session: self._rename(session, record_id, name)


class DepartmentsChoice:
    """The departments a services or masters form offers, and their names for the list."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}

    def fill_combo(self, combo: QComboBox, departments: tuple[NamedRecord, ...], none: str) -> None:
        chosen = combo.currentData()
        combo.clear()
        if none:
            combo.addItem(none, None)
        for department in departments:
            combo.addItem(department.name, department.id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))

    def name(self, department_id: int | None) -> str:
        return self.names.get(department_id, "") if department_id is not None else ""


class ServicesEditor(CatalogueEditor):
    """Services: department, price, and the intervals that make maintenance reminders."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.departments = DepartmentsChoice()
        self.currency = ""
        columns = [
            (self.tr("Service"), lambda r: r.name),
            (self.tr("Department"), lambda r: self.departments.name(r.department_id)),
            (self.tr("Price"), lambda r: money_text(r.price, self.currency)),
            (self.tr("Remind, months"), lambda r: str(r.interval_months or "")),
            (self.tr("Remind, km"), lambda r: str(r.interval_km or "")),
        ]
        super().__init__(ctx, columns, parent)
        self.name = QLineEdit()
        self.department = QComboBox()
        self.price = QLineEdit()
        self.price.setPlaceholderText("1250.50")
        self.months = QLineEdit()
        self.months.setValidator(_digits())
        self.km = QLineEdit()
        self.km.setValidator(_digits())
        self.add_field(self.tr("Name"), self.name, "name")
        self.add_field(self.tr("Department"), self.department, "department_id")
        self.add_field(self.tr("Price"), self.price, "price")
        self.add_field(self.tr("Remind every, months"), self.months, "interval_months")
        self.add_field(self.tr("Remind every, km"), self.km, "interval_km")
        for column, width in ((1, 120), (2, 95), (3, 100), (4, 80)):
            self.table.setColumnWidth(column, width)

    def set_departments(self, departments: tuple[NamedRecord, ...]) -> None:
        self.departments.names = {d.id: d.name for d in departments}
        self.departments.fill_combo(self.department, departments, "")

    def fill(self, record: ServiceRecord | None) -> None:
        self.name.setText(record.name if record else "")
        if record is not None:
            self.department.setCurrentIndex(max(self.department.findData(record.department_id), 0))
        self.price.setText(format_money(record.price) if record else "")
        self.months.setText(str(record.interval_months or "") if record else "")
        self.km.setText(str(record.interval_km or "") if record else "")

    def _input(self) -> ServiceInput:
        return ServiceInput(
            name=self.name.text(),
            department_id=self.department.currentData(),
            price=parse_money(self.price.text(), "price"),
            interval_months=_whole(self.months.text()),
            interval_km=_whole(self.km.text()),
        )

    def create_work(self) -> Work:
        return partial(create_service, data=self._input())

    def update_work(self, record_id: int) -> Work:
        return partial(update_service, service_id=record_id, data=self._input())


class MastersEditor(CatalogueEditor):
    """Masters: an inactive one stays in history and is not offered for new visits."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        self.departments = DepartmentsChoice()
        columns = [
            (self.tr("Master"), lambda r: r.name),
            (self.tr("Department"), lambda r: self.departments.name(r.department_id)),
            (self.tr("Works here"), lambda r: self.tr("yes") if r.active else self.tr("no")),
        ]
        super().__init__(ctx, columns, parent)
        self.name = QLineEdit()
        self.department = QComboBox()
        self.active = QCheckBox(self.tr("Works here (offered for new visits)"))
        self.active.setChecked(True)
        self.add_field(self.tr("Name"), self.name, "name")
        self.add_field(self.tr("Department"), self.department, "department_id")
        self.add_field("", self.active, "active")
        self.table.setColumnWidth(1, 150)
        self.table.setColumnWidth(2, 90)

    def set_departments(self, departments: tuple[NamedRecord, ...]) -> None:
        self.departments.names = {d.id: d.name for d in departments}
        self.departments.fill_combo(self.department, departments, self.tr("(any)"))

    def fill(self, record: EmployeeRecord | None) -> None:
        self.name.setText(record.name if record else "")
        chosen = record.department_id if record else None
        self.department.setCurrentIndex(max(self.department.findData(chosen), 0))
        self.active.setChecked(record.active if record else True)

    def _input(self) -> EmployeeInput:
        return EmployeeInput(
            name=self.name.text(),
            department_id=self.department.currentData(),
            active=self.active.isChecked(),
        )

    def create_work(self) -> Work:
        return partial(create_employee, data=self._input())

    def update_work(self, record_id: int) -> Work:
        return partial(update_employee, employee_id=record_id, data=self._input())
