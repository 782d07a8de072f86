"""What the visit form offers in one read: the catalogue, the masters, the client and cars."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from app.models import Client
from app.services.catalog import (
    EmployeeRecord,
    ServiceRecord,
    get_employee,
    list_employees,
    list_services,
)
from app.services.checks import require
from app.services.clients import ClientBrief
from app.services.settings import load_settings
from app.services.vehicles import VehicleRecord, list_vehicles
from app.services.visits import VisitRecord, get_visit


@dataclasses.dataclass(frozen=True)
class VisitForm:
    """``masters``: the active ones, and the visit's own master even if no longer active."""

    services: tuple[ServiceRecord, ...]
    masters: tuple[EmployeeRecord, ...]
    currency: str
    client: ClientBrief | None
    vehicles: tuple[VehicleRecord, ...]
    visit: VisitRecord | None


def load_visit_form(
    session: Session, client_id: int | None = None, visit_id: int | None = None
) -> VisitForm:
    """The form for a new visit (of ``client_id`` when given) or for editing ``visit_id``."""
    visit = get_visit(session, visit_id) if visit_id is not None else None
    if visit is not None:
        client_id = visit.client_id
    masters = list_employees(session, active_only=True)
    if visit is not None and visit.employee_id not in (None, *(m.id for m in masters)):
        masters = (*masters, get_employee(session, visit.employee_id))
    return VisitForm(
        services=list_services(session),
        masters=masters,
        currency=load_settings(session).currency,
        client=client_brief(session, client_id) if client_id is not None else None,
        vehicles=list_vehicles(session, client_id) if client_id is not None else (),
        visit=visit,
    )


def client_brief(session: Session, client_id: int) -> ClientBrief:
    client = require(session, Client, client_id, "client_id")
    return ClientBrief(client.id, client.name, client.phone, client.do_not_contact, client.left_on)


def client_choice(
    session: Session, client_id: int
) -> tuple[ClientBrief, tuple[VehicleRecord, ...]]:
    """A client picked in the form and the cars to offer."""
    return client_brief(session, client_id), list_vehicles(session, client_id)
