"""The shop's catalogue: departments, services, masters, marketing sources, churn reasons.

Names are required and unique within their kind, compared casefolded
("Шиномонтаж" and "шиномонтаж" are one name). Inactive masters stay listed
for history; ``list_employees(active_only=True)`` is what new visits offer.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import ChurnReason, Department, Employee, Service, Source
from app.services import access, derived
from app.services.access import Permission
from app.services.changes import Changes, Saved
from app.services.checks import optional_ref, optional_whole_number, require, whole_number
from app.services.errors import DuplicateError, ValidationError
from app.services.normalize import required_text

_KIND = {
    Department: "departments",
    Source: "sources",
    ChurnReason: "churn_reasons",
    Service: "services",
    Employee: "employees",
}
_MAX_NAME = {Department: 100, Source: 100, ChurnReason: 100, Service: 200, Employee: 200}


@dataclasses.dataclass(frozen=True)
class NamedRecord:
    """A department, marketing source or churn reason."""

    id: int
    name: str


@dataclasses.dataclass(frozen=True)
class ServiceInput:
    name: str
    department_id: int
    price: int  # minor units
    interval_months: int | None = None
    interval_km: int | None = None


@dataclasses.dataclass(frozen=True)
class ServiceRecord:
    id: int
    name: str
    department_id: int
    price: int
    interval_months: int | None
    interval_km: int | None


@dataclasses.dataclass(frozen=True)
class EmployeeInput:
    name: str
    department_id: int | None = None
    active: bool = True


@dataclasses.dataclass(frozen=True)
class EmployeeRecord:
    id: int
    name: str
    department_id: int | None
    active: bool


# --- departments, sources, churn reasons --------------------------------------


def create_department(session: Session, name: str) -> Saved[NamedRecord]:
    return _create_named(session, Department, name)


def rename_department(session: Session, department_id: int, name: str) -> Saved[NamedRecord]:
    return _rename(session, Department, department_id, name, "department_id")


def get_department(session: Session, department_id: int) -> NamedRecord:
    return _named(require(session, Department, department_id, "department_id"))


def list_departments(session: Session) -> tuple[NamedRecord, ...]:
    return _list_named(session, Department)


def find_department(session: Session, name: str) -> NamedRecord | None:
    found = _find(session, Department, name)
    return None if found is None else _named(found)


def create_source(session: Session, name: str) -> Saved[NamedRecord]:
    return _create_named(session, Source, name)


def rename_source(session: Session, source_id: int, name: str) -> Saved[NamedRecord]:
    return _rename(session, Source, source_id, name, "source_id")


def get_source(session: Session, source_id: int) -> NamedRecord:
    return _named(require(session, Source, source_id, "source_id"))


def list_sources(session: Session) -> tuple[NamedRecord, ...]:
    return _list_named(session, Source)


def find_source(session: Session, name: str) -> NamedRecord | None:
    found = _find(session, Source, name)
    return None if found is None else _named(found)


def create_churn_reason(session: Session, name: str) -> Saved[NamedRecord]:
    return _create_named(session, ChurnReason, name)


def rename_churn_reason(session: Session, reason_id: int, name: str) -> Saved[NamedRecord]:
    return _rename(session, ChurnReason, reason_id, name, "churn_reason_id")


def get_churn_reason(session: Session, reason_id: int) -> NamedRecord:
    return _named(require(session, ChurnReason, reason_id, "churn_reason_id"))


def list_churn_reasons(session: Session) -> tuple[NamedRecord, ...]:
    return _list_named(session, ChurnReason)


def find_churn_reason(session: Session, name: str) -> NamedRecord | None:
    found = _find(session, ChurnReason, name)
    return None if found is None else _named(found)


# --- services ---------------------------------------------------------------


def create_service(session: Session, data: ServiceInput) -> Saved[ServiceRecord]:
    access.require(session, Permission.SETTINGS)
    values = _service_values(session, data, None)
    service = Service(**values)
    session.add(service)
    session.flush()
    return Saved(_service(service), Changes.of(services=[service.id]))


def update_service(session: Session, service_id: int, data: ServiceInput) -> Saved[ServiceRecord]:
    """Edit a service. Moving it to another department moves its past items too."""
    access.require(session, Permission.SETTINGS)
    service = require(session, Service, service_id, "service_id")
    values = _service_values(session, data, service_id)
    moved = values["department_id"] != service.department_id
    for key, value in values.items():
        setattr(service, key, value)
    session.flush()
    if moved:
        derived.refresh_service_items(session, service_id)
    return Saved(_service(service), Changes.of(services=[service_id]))


def get_service(session: Session, service_id: int) -> ServiceRecord:
    return _service(require(session, Service, service_id, "service_id"))


def list_services(session: Session, department_id: int | None = None) -> tuple[ServiceRecord, ...]:
    stmt = select(Service).order_by(Service.name, Service.id)
    if department_id is not None:
        stmt = stmt.where(Service.department_id == department_id)
    return tuple(_service(s) for s in session.scalars(stmt))


def find_service(session: Session, name: str) -> ServiceRecord | None:
    found = _find(session, Service, name)
    return None if found is None else _service(found)


# --- employees (masters) ------------------------------------------------------


def create_employee(session: Session, data: EmployeeInput) -> Saved[EmployeeRecord]:
    access.require(session, Permission.SETTINGS)
    values = _employee_values(session, data, None)
    employee = Employee(**values)
    session.add(employee)
    session.flush()
    return Saved(_employee(employee), Changes.of(employees=[employee.id]))


def update_employee(
    session: Session, employee_id: int, data: EmployeeInput
) -> Saved[EmployeeRecord]:
    """Edit a master; ``active=False`` keeps the master in history but off new visits."""
    access.require(session, Permission.SETTINGS)
    employee = require(session, Employee, employee_id, "employee_id")
    for key, value in _employee_values(session, data, employee_id).items():
        setattr(employee, key, value)
    session.flush()
    return Saved(_employee(employee), Changes.of(employees=[employee_id]))


def get_employee(session: Session, employee_id: int) -> EmployeeRecord:
    return _employee(require(session, Employee, employee_id, "employee_id"))


def list_employees(session: Session, active_only: bool = False) -> tuple[EmployeeRecord, ...]:
    """All masters for history and filters; ``active_only`` for a new visit's choice."""
    stmt = select(Employee).order_by(Employee.name, Employee.id)
    if active_only:
        stmt = stmt.where(Employee.active.is_(True))
    return tuple(_employee(e) for e in session.scalars(stmt))


def find_employee(session: Session, name: str) -> EmployeeRecord | None:
    found = _find(session, Employee, name)
    return None if found is None else _employee(found)


# --- helpers ----------------------------------------------------------------


def _create_named(session: Session, model: Any, name: str) -> Saved[NamedRecord]:
    access.require(session, Permission.SETTINGS)
    clean = _unique_name(session, model, name, None)
    record = model(name=clean)
    session.add(record)
    session.flush()
    return Saved(_named(record), Changes.of(**{_KIND[model]: [record.id]}))


def _rename(
    session: Session, model: Any, record_id: int, name: str, field: str
) -> Saved[NamedRecord]:
    access.require(session, Permission.SETTINGS)
    record = require(session, model, record_id, field)
    record.name = _unique_name(session, model, name, record_id)
    session.flush()
    return Saved(_named(record), Changes.of(**{_KIND[model]: [record_id]}))


def _list_named(session: Session, model: Any) -> tuple[NamedRecord, ...]:
    rows = session.execute(select(model.id, model.name).order_by(model.name, model.id))
    return tuple(NamedRecord(id=row.id, name=row.name) for row in rows)


def _find(session: Session, model: Any, name: str) -> Any:
    """The record whose name equals ``name`` casefolded (catalogue tables are small)."""
    key = " ".join((name or "").split()).casefold()
    for record_id, stored in session.execute(select(model.id, model.name)):
        if stored.casefold() == key:
            return session.get(model, record_id)
    return None


def _unique_name(session: Session, model: Any, name: str, own_id: int | None) -> str:
    clean = " ".join(required_text(name, "name", _MAX_NAME[model]).split())
    existing = _find(session, model, clean)
    if existing is not None and existing.id != own_id:
        raise DuplicateError(
            "name",
            QT_TRANSLATE_NOOP("Refusals", "'{name}' already exists"),
            existing_id=existing.id,
            name=clean,
        )
    return clean


def _service_values(session: Session, data: ServiceInput, own_id: int | None) -> dict[str, object]:
    name = _unique_name(session, Service, data.name, own_id)
    require(session, Department, data.department_id, "department_id")
    return {
        "name": name,
        "department_id": data.department_id,
        "price": whole_number(data.price, "price", minimum=0),
        "interval_months": optional_whole_number(data.interval_months, "interval_months", 1),
        "interval_km": optional_whole_number(data.interval_km, "interval_km", 1),
    }


def _employee_values(
    session: Session, data: EmployeeInput, own_id: int | None
) -> dict[str, object]:
    name = _unique_name(session, Employee, data.name, own_id)
    optional_ref(session, Department, data.department_id, "department_id")
    if not isinstance(data.active, bool):
        raise ValidationError("active", QT_TRANSLATE_NOOP("Refusals", "must be yes or no"))
    return {"name": name, "department_id": data.department_id, "active": data.active}


def _named(record: Any) -> NamedRecord:
    return NamedRecord(id=record.id, name=record.name)


def _service(service: Service) -> ServiceRecord:
    return ServiceRecord(
        id=service.id,
        name=service.name,
        department_id=service.department_id,
        price=service.price,
        interval_months=service.interval_months,
        interval_km=service.interval_km,
    )


def _employee(employee: Employee) -> EmployeeRecord:
    return EmployeeRecord(
        id=employee.id,
        name=employee.name,
        department_id=employee.department_id,
        active=employee.active,
    )
