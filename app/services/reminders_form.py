"""What the reminder form offers: the client's cars, the services, the reminder being edited."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Client, Service, Vehicle
from app.services.checks import require
from app.services.reminders import ReminderRecord, get_reminder


@dataclasses.dataclass(frozen=True)
class Choice:
    """One entry of a list to choose from: its id and how a person reads it."""

    id: int
    label: str


@dataclasses.dataclass(frozen=True)
class ReminderForm:
    client_id: int
    client_name: str
    cars: tuple[Choice, ...]  # "Make Model PLATE", in the order they were added
    services: tuple[Choice, ...]  # by name
    reminder: ReminderRecord | None  # the reminder being edited, None for a new one


def reminder_form(session: Session, client_id: int, reminder_id: int | None = None) -> ReminderForm:
    client = require(session, Client, client_id, "client_id")
    reminder = None if reminder_id is None else get_reminder(session, reminder_id)
    cars = session.execute(
        select(Vehicle.id, Vehicle.make, Vehicle.model, Vehicle.plate)
        .where(Vehicle.client_id == client_id)
        .order_by(Vehicle.id)
    )
    services = session.execute(select(Service.id, Service.name).order_by(Service.name, Service.id))
    return ReminderForm(
        client_id=client_id,
        client_name=client.name,
        cars=tuple(Choice(id_, car_label(make, model, plate)) for id_, make, model, plate in cars),
        services=tuple(Choice(id_, name) for id_, name in services),
        reminder=reminder,
    )


def car_label(make: str, model: str | None, plate: str | None) -> str:
    """How a car reads in lists: "Skoda Octavia AA1234BC"."""
    return " ".join(part for part in (make, model, plate) if part)
