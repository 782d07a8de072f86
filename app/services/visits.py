"""Visits and their items: the appointment book and the work done at the counter.

A visit is written whole: ``create_visit`` and ``update_visit`` take every
field and the full list of items (an edit replaces the items). All input is
checked before the session is touched, then the derived columns (item
amounts, revenue, the client's chain of completed visits) are refreshed.
A refused item names its place in the list: ``items[2].price``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import VISIT_STATUSES, Client, Employee, Inquiry, Service, Vehicle, Visit, VisitItem
from app.services import access, derived
from app.services.access import Permission
from app.services.changes import Changes, Saved
from app.services.checks import optional_ref, optional_whole_number, require, whole_number
from app.services.errors import ValidationError
from app.services.money import quantity_from_decimal
from app.services.normalize import optional_text
from app.services.versions import check_version, stamp

_NOT_HELD = ("cancelled", "no_show")  # visits that did not take place: their mileage is no reading


class MileageWarning(ValidationError):
    """The mileage goes against another visit of the car; the UI may override with a note."""


@dataclasses.dataclass(frozen=True)
class ItemInput:
    service_id: int
    quantity: Decimal | int | str = Decimal(1)
    price: int | None = None  # minor units; None takes the catalogue price
    declined: bool = False


@dataclasses.dataclass(frozen=True)
class VisitInput:
    """A visit as the form edits it. ``mileage_note`` overrides a mileage warning."""

    client_id: int
    started_at: dt.datetime
    vehicle_id: int | None = None
    mileage: int | None = None
    employee_id: int | None = None
    status: str = "completed"
    rating: int | None = None
    feedback: str | None = None
    mileage_note: str | None = None
    items: tuple[ItemInput, ...] = ()


@dataclasses.dataclass(frozen=True)
class VisitItemRecord:
    id: int
    service_id: int
    quantity: Decimal
    price: int
    declined: bool
    amount: int


@dataclasses.dataclass(frozen=True)
class VisitRecord:
    id: int
    client_id: int
    vehicle_id: int | None
    started_at: dt.datetime
    mileage: int | None
    employee_id: int | None
    status: str
    rating: int | None
    feedback: str | None
    mileage_note: str | None
    revenue: int
    visit_no: int | None
    items: tuple[VisitItemRecord, ...]
    version: int
    """Send it back with the next save of this visit (``app.services.versions``)."""
    updated_at: dt.datetime | None
    updated_by: str | None


@dataclasses.dataclass(frozen=True)
class VisitSummary:
    """A visit as a line of the client card."""

    id: int
    started_at: dt.datetime
    status: str
    vehicle_id: int | None
    employee_id: int | None
    mileage: int | None
    rating: int | None
    revenue: int
    visit_no: int | None


@dataclasses.dataclass(frozen=True)
class VisitSaved(Saved[VisitRecord]):
    """``client_departed``: the client is marked as left; the UI may ask "returned?".

    ``client_version``: the client's version now, to send with ``mark_returned``.
    """

    client_departed: bool = False
    client_version: int = 1


def create_visit(session: Session, data: VisitInput, clock: Clock) -> VisitSaved:
    values, items = _checked(session, data, None, clock)
    visit = Visit(**values)
    session.add(visit)
    session.flush()
    session.add_all(VisitItem(visit_id=visit.id, **item) for item in items)
    return _refreshed(session, visit, {visit.client_id})


def update_visit(
    session: Session, visit_id: int, data: VisitInput, clock: Clock, *, expected_version: int
) -> VisitSaved:
    """Replace every field and the items of a visit; a visit may move to another client.

    ``expected_version`` is the visit's version the form showed.
    """
    visit = require(session, Visit, visit_id, "visit_id")
    check_version(visit, expected_version)
    values, items = _checked(session, data, visit, clock)
    old_client = visit.client_id
    for key, value in values.items():
        setattr(visit, key, value)
    stamp(session, visit, clock)
    _delete_items(session, visit_id)
    session.add_all(VisitItem(visit_id=visit_id, **item) for item in items)
    return _refreshed(session, visit, {old_client, visit.client_id})


def set_status(
    session: Session, visit_id: int, status: str, clock: Clock, *, expected_version: int
) -> VisitSaved:
    """Planned -> completed at the counter, or cancelled / no-show (and back)."""
    visit = require(session, Visit, visit_id, "visit_id")
    check_version(visit, expected_version)
    _check_status(status, visit.started_at, clock)
    visit.status = status
    stamp(session, visit, clock)
    return _refreshed(session, visit, {visit.client_id})


def delete_visit(session: Session, visit_id: int) -> Saved[int]:
    """Delete a visit and its items; inquiries linked to it become open again."""
    access.require(session, Permission.DELETE)
    visit = require(session, Visit, visit_id, "visit_id")
    client_id = visit.client_id
    inquiries = session.scalars(select(Inquiry.id).where(Inquiry.visit_id == visit_id)).all()
    for inquiry in session.scalars(select(Inquiry).where(Inquiry.visit_id == visit_id)):
        inquiry.visit_id = None
    _delete_items(session, visit_id)
    session.delete(visit)
    session.flush()
    derived.refresh_client_chain(session, client_id)
    return Saved(visit_id, Changes.of(visits=[visit_id], clients=[client_id], inquiries=inquiries))


def get_visit(session: Session, visit_id: int) -> VisitRecord:
    return _record(session, require(session, Visit, visit_id, "visit_id"))


def list_client_visits(session: Session, client_id: int) -> tuple[VisitSummary, ...]:
    """A client's visits, newest first."""
    rows = session.execute(
        select(
            Visit.id,
            Visit.started_at,
            Visit.status,
            Visit.vehicle_id,
            Visit.employee_id,
            Visit.mileage,
            Visit.rating,
            Visit.revenue,
            Visit.visit_no,
        )
        .where(Visit.client_id == client_id)
        .order_by(Visit.started_at.desc(), Visit.id.desc())
    )
    return tuple(VisitSummary(**row._asdict()) for row in rows)


# --- checks -----------------------------------------------------------------


def _checked(
    session: Session, data: VisitInput, visit: Visit | None, clock: Clock
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """The visit's columns and its items' columns, every rule checked; nothing is written."""
    require(session, Client, data.client_id, "client_id")
    if not isinstance(data.started_at, dt.datetime):
        raise ValidationError(
            "started_at",
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date and time"),
            value=data.started_at,
        )
    if data.started_at.tzinfo is not None:  # stored as the shop's wall-clock time
        raise ValidationError(
            "started_at", QT_TRANSLATE_NOOP("Refusals", "must be a local time without a zone")
        )
    started_at = data.started_at.replace(microsecond=0)
    _check_status(data.status, started_at, clock)
    vehicle = optional_ref(session, Vehicle, data.vehicle_id, "vehicle_id")
    if vehicle is not None and vehicle.client_id != data.client_id:
        raise ValidationError(
            "vehicle_id", QT_TRANSLATE_NOOP("Refusals", "the car belongs to another client")
        )
    employee = optional_ref(session, Employee, data.employee_id, "employee_id")
    # An inactive master stays on the visits they worked on but takes no new ones.
    if (
        employee is not None
        and not employee.active
        and (visit is None or visit.employee_id != employee.id)
    ):
        raise ValidationError(
            "employee_id",
            QT_TRANSLATE_NOOP("Refusals", "{name} no longer works here"),
            name=employee.name,
        )
    rating = optional_whole_number(data.rating, "rating", 1, 5)
    mileage = optional_whole_number(data.mileage, "mileage", 0)
    mileage_note = optional_text(data.mileage_note, "mileage_note", 500)
    held = data.status not in _NOT_HELD
    if mileage is not None and vehicle is not None and held and mileage_note is None:
        _check_mileage(session, vehicle.id, started_at, mileage, visit)
    items = [_checked_item(session, i, item) for i, item in enumerate(data.items)]
    values = {
        "client_id": data.client_id,
        "vehicle_id": data.vehicle_id,
        "started_at": started_at,
        "mileage": mileage,
        "employee_id": data.employee_id,
        "status": data.status,
        "rating": rating,
        "feedback": optional_text(data.feedback, "feedback", 2000),
        "mileage_note": mileage_note,
    }
    return values, items


def _check_status(status: str, started_at: dt.datetime, clock: Clock) -> None:
    if status not in VISIT_STATUSES:
        raise ValidationError(
            "status", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a visit status"), value=status
        )
    if status == "completed" and started_at.date() > clock.today():
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Refusals", "a visit that has not started cannot be completed"),
        )


def _check_mileage(
    session: Session, vehicle_id: int, started_at: dt.datetime, mileage: int, visit: Visit | None
) -> None:
    """Readings of one car never go down with time: compare with its neighbours."""
    others = select(Visit.started_at, Visit.mileage).where(
        Visit.vehicle_id == vehicle_id,
        Visit.mileage.is_not(None),
        Visit.status.not_in(_NOT_HELD),
    )
    if visit is not None:
        others = others.where(Visit.id != visit.id)
    earlier = session.execute(
        others.where(Visit.started_at < started_at).order_by(Visit.mileage.desc()).limit(1)
    ).first()
    if earlier is not None and mileage < earlier.mileage:
        raise MileageWarning(
            "mileage",
            QT_TRANSLATE_NOOP("Refusals", "{mileage} km is less than {other} km recorded on {on}"),
            mileage=mileage,
            other=earlier.mileage,
            on=earlier.started_at.date().isoformat(),
        )
    later = session.execute(
        others.where(Visit.started_at > started_at).order_by(Visit.mileage).limit(1)
    ).first()
    if later is not None and mileage > later.mileage:
        raise MileageWarning(
            "mileage",
            QT_TRANSLATE_NOOP(
                "Refusals", "{mileage} km is more than {other} km recorded later, on {on}"
            ),
            mileage=mileage,
            other=later.mileage,
            on=later.started_at.date().isoformat(),
        )


def _checked_item(session: Session, index: int, item: ItemInput) -> dict[str, object]:
    field = f"items[{index}]"
    service = require(session, Service, item.service_id, f"{field}.service_id")
    quantity = quantity_from_decimal(item.quantity, f"{field}.quantity")
    price = service.price if item.price is None else item.price
    price = whole_number(price, f"{field}.price", minimum=0)
    if not isinstance(item.declined, bool):
        raise ValidationError(
            f"{field}.declined", QT_TRANSLATE_NOOP("Refusals", "must be yes or no")
        )
    return {
        "service_id": service.id,
        "quantity_milli": quantity,
        "price": price,
        "declined": item.declined,
    }


# --- results ----------------------------------------------------------------


def _delete_items(session: Session, visit_id: int) -> None:
    """One by one through the session, so that the audit log records each item."""
    for item in session.scalars(select(VisitItem).where(VisitItem.visit_id == visit_id)):
        session.delete(item)
    session.flush()


def _refreshed(session: Session, visit: Visit, client_ids: set[int]) -> VisitSaved:
    session.flush()
    derived.refresh_visit(session, visit.id)
    for client_id in sorted(client_ids):
        derived.refresh_client_chain(session, client_id)
    session.flush()
    session.refresh(visit)
    client = session.execute(
        select(Client.left_on, Client.version).where(Client.id == visit.client_id)
    ).one()
    return VisitSaved(
        value=_record(session, visit),
        changes=Changes.of(visits=[visit.id], clients=client_ids),
        client_departed=client.left_on is not None,
        client_version=client.version,
    )


def _record(session: Session, visit: Visit) -> VisitRecord:
    items = session.scalars(
        select(VisitItem).where(VisitItem.visit_id == visit.id).order_by(VisitItem.id)
    )
    return VisitRecord(
        id=visit.id,
        client_id=visit.client_id,
        vehicle_id=visit.vehicle_id,
        started_at=visit.started_at,
        mileage=visit.mileage,
        employee_id=visit.employee_id,
        status=visit.status,
        rating=visit.rating,
        feedback=visit.feedback,
        mileage_note=visit.mileage_note,
        revenue=visit.revenue,
        visit_no=visit.visit_no,
        version=visit.version,
        updated_at=visit.updated_at,
        updated_by=visit.updated_by,
        items=tuple(
            VisitItemRecord(
                id=i.id,
                service_id=i.service_id,
                quantity=Decimal(i.quantity_milli) / 1000,
                price=i.price,
                declined=i.declined,
                amount=i.amount,
            )
            for i in items
        ),
    )
