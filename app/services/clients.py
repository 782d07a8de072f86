"""Clients: registration, edits and the client card.

Search is in ``client_search``; departure, contact and merging in ``client_status``.

Every write checks all of its input before it touches the session, so a
refused write leaves nothing behind even when the caller does not roll back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import ChurnReason, Client, Source
from app.services import derived
from app.services.card_details import CardItem, employee_names, service_names, visit_items
from app.services.changes import Changes, Saved
from app.services.checks import optional_ref, require
from app.services.errors import DuplicateError, ValidationError
from app.services.normalize import (
    normalize_phone,
    note_text,
    optional_text,
    required_text,
)
from app.services.reminders import ReminderRecord, list_reminders
from app.services.settings import load_settings
from app.services.vehicles import VehicleRecord, list_vehicles
from app.services.versions import check_version, stamp
from app.services.visits import VisitSummary, list_client_visits

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclasses.dataclass(frozen=True)
class ClientInput:
    """What the client form edits. ``registered_on`` None means today (create) or keep (edit)."""

    name: str
    phone: str
    email: str | None = None
    registered_on: dt.date | None = None
    source_id: int | None = None
    referred_by_id: int | None = None
    notes: str = ""


@dataclasses.dataclass(frozen=True)
class ClientRecord:
    id: int
    name: str
    phone: str
    email: str | None
    registered_on: dt.date
    source_id: int | None
    referred_by_id: int | None
    do_not_contact: bool
    left_on: dt.date | None
    churn_reason_id: int | None
    churn_note: str | None
    notes: str
    version: int
    """Send it back with the next save of this client (``app.services.versions``)."""
    updated_at: dt.datetime | None
    updated_by: str | None


@dataclasses.dataclass(frozen=True)
class ClientBrief:
    """A client as a line of a list: search results, referrer, referred clients."""

    id: int
    name: str
    phone: str
    do_not_contact: bool = False
    left_on: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class ClientCard:
    client: ClientRecord
    source: str | None
    churn_reason: str | None
    referrer: ClientBrief | None
    referred: tuple[ClientBrief, ...]
    vehicles: tuple[VehicleRecord, ...]
    visits: tuple[VisitSummary, ...]  # newest first
    reminders: tuple[ReminderRecord, ...]
    items: Mapping[int, tuple[CardItem, ...]] = dataclasses.field(default_factory=dict)
    """The items of each visit, by visit id."""
    masters: Mapping[int, str] = dataclasses.field(default_factory=dict)
    """Names of the visits' masters, by employee id."""
    services: Mapping[int, str] = dataclasses.field(default_factory=dict)
    """Names of the services the reminders are about, by service id."""


# --- registration and edits ------------------------------------------------------


def create_client(session: Session, data: ClientInput, clock: Clock) -> Saved[ClientRecord]:
    values = _checked(session, data, None, clock)
    client = Client(**values)
    session.add(client)
    session.flush()
    derived.refresh_client_search(session, client.id)
    return Saved(client_record(client), Changes.of(clients=[client.id, client.referred_by_id]))


def update_client(
    session: Session, client_id: int, data: ClientInput, clock: Clock, *, expected_version: int
) -> Saved[ClientRecord]:
    """Replace the client's fields; ``expected_version`` is the one the form showed."""
    client = require(session, Client, client_id, "client_id")
    check_version(client, expected_version)
    values = _checked(session, data, client, clock)
    old_referrer = client.referred_by_id
    for key, value in values.items():
        setattr(client, key, value)
    stamp(session, client, clock)
    derived.refresh_client_search(session, client_id)
    return Saved(
        client_record(client), Changes.of(clients=[client_id, old_referrer, client.referred_by_id])
    )


def get_client(session: Session, client_id: int) -> ClientCard:
    client = require(session, Client, client_id, "client_id")
    referrer = session.get(Client, client.referred_by_id) if client.referred_by_id else None
    referred = session.scalars(
        select(Client).where(Client.referred_by_id == client_id).order_by(Client.id)
    )
    source = session.get(Source, client.source_id) if client.source_id else None
    reason = session.get(ChurnReason, client.churn_reason_id) if client.churn_reason_id else None
    visits = list_client_visits(session, client_id)
    reminders = list_reminders(session, client_id)
    return ClientCard(
        client=client_record(client),
        source=source.name if source else None,
        churn_reason=reason.name if reason else None,
        referrer=_brief(referrer) if referrer else None,
        referred=tuple(_brief(c) for c in referred),
        vehicles=list_vehicles(session, client_id),
        visits=visits,
        reminders=reminders,
        items=visit_items(session, [v.id for v in visits]),
        masters=employee_names(session, {v.employee_id for v in visits} - {None}),
        services=service_names(session, {r.service_id for r in reminders} - {None}),
    )


# --- helpers ----------------------------------------------------------------


def _checked(
    session: Session, data: ClientInput, client: Client | None, clock: Clock
) -> dict[str, object]:
    """The columns to store for ``data``, every rule checked; nothing is written."""
    own_id = client.id if client else None
    name = " ".join(required_text(data.name, "name").split())
    phone = normalize_phone(data.phone, load_settings(session).phone_region)
    holder = session.scalar(select(Client.id).where(Client.phone == phone))
    if holder is not None and holder != own_id:
        raise DuplicateError(
            "phone",
            QT_TRANSLATE_NOOP("Refusals", "{phone} is the phone of another client"),
            holder,
            phone=phone,
        )
    email = optional_text(data.email, "email")
    if email is not None and not _EMAIL.match(email):
        raise ValidationError(
            "email", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not an email address"), value=email
        )
    registered_on = data.registered_on
    if registered_on is None:
        registered_on = client.registered_on if client else clock.today()
    if not isinstance(registered_on, dt.date) or isinstance(registered_on, dt.datetime):
        raise ValidationError(
            "registered_on",
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date"),
            value=registered_on,
        )
    if registered_on > clock.today():
        raise ValidationError(
            "registered_on", QT_TRANSLATE_NOOP("Refusals", "must not be in the future")
        )
    if client is not None and client.left_on is not None and client.left_on < registered_on:
        raise ValidationError(
            "registered_on",
            QT_TRANSLATE_NOOP("Refusals", "must not be after the day the client left"),
        )
    optional_ref(session, Source, data.source_id, "source_id")
    if data.referred_by_id is not None and data.referred_by_id == own_id:
        raise ValidationError(
            "referred_by_id", QT_TRANSLATE_NOOP("Refusals", "a client cannot refer itself")
        )
    optional_ref(session, Client, data.referred_by_id, "referred_by_id")
    return {
        "name": name,
        "phone": phone,
        "email": email,
        "registered_on": registered_on,
        "source_id": data.source_id,
        "referred_by_id": data.referred_by_id,
        "notes": note_text(data.notes, "notes"),
    }


def client_record(client: Client) -> ClientRecord:
    return ClientRecord(
        id=client.id,
        name=client.name,
        phone=client.phone,
        email=client.email,
        registered_on=client.registered_on,
        source_id=client.source_id,
        referred_by_id=client.referred_by_id,
        do_not_contact=client.do_not_contact,
        left_on=client.left_on,
        churn_reason_id=client.churn_reason_id,
        churn_note=client.churn_note,
        notes=client.notes,
        version=client.version,
        updated_at=client.updated_at,
        updated_by=client.updated_by,
    )


def _brief(client: Client) -> ClientBrief:
    return ClientBrief(client.id, client.name, client.phone, client.do_not_contact, client.left_on)
