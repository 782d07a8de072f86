"""Reminders to call a client, by date, by mileage or both: create, edit, close, snooze.

Each call outcome (done, snoozed until a day, dismissed with a reason) is
recorded as a ``reminder_events`` row with who and when, in the same
transaction as the change of the reminder. Which reminders are due, and the
mileage prediction, live in ``reminders_due``; suggestions after a visit in
``reminders_suggest``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Reminder, ReminderEvent, Service, Vehicle
from app.services.changes import Changes, Saved
from app.services.checks import optional_ref, optional_whole_number, require
from app.services.errors import ValidationError
from app.services.normalize import note_text, optional_text, required_text


@dataclasses.dataclass(frozen=True)
class ReminderInput:
    client_id: int
    vehicle_id: int | None = None
    service_id: int | None = None
    due_on: dt.date | None = None
    due_mileage: int | None = None
    note: str = ""


@dataclasses.dataclass(frozen=True)
class ReminderRecord:
    id: int
    client_id: int
    vehicle_id: int | None
    service_id: int | None
    due_on: dt.date | None
    due_mileage: int | None
    note: str
    status: str
    created_on: dt.date
    done_on: dt.date | None
    snoozed_until: dt.date | None


@dataclasses.dataclass(frozen=True)
class ReminderEventRecord:
    """One recorded call outcome: ``outcome`` is done, snoozed or dismissed."""

    id: int
    reminder_id: int
    at: dt.datetime
    recorded_by: str
    outcome: str
    snoozed_until: dt.date | None
    note: str


def create_reminder(session: Session, data: ReminderInput, clock: Clock) -> Saved[ReminderRecord]:
    reminder = Reminder(**_checked(session, data), status="pending", created_on=clock.today())
    session.add(reminder)
    session.flush()
    return _saved(reminder)


def update_reminder(
    session: Session, reminder_id: int, data: ReminderInput
) -> Saved[ReminderRecord]:
    """Change what a reminder is about and when it is due; its status stays."""
    reminder = require(session, Reminder, reminder_id, "reminder_id")
    old_client = reminder.client_id
    for key, value in _checked(session, data).items():
        setattr(reminder, key, value)
    session.flush()
    return _saved(reminder, old_client)


def check_reminder(session: Session, data: ReminderInput) -> None:
    """Raise what ``create_reminder`` would refuse ``data`` for; nothing is written."""
    _checked(session, data)


def get_reminder(session: Session, reminder_id: int) -> ReminderRecord:
    return _record(require(session, Reminder, reminder_id, "reminder_id"))


def list_reminders(
    session: Session, client_id: int, pending_only: bool = False
) -> tuple[ReminderRecord, ...]:
    """A client's reminders, pending ones by due date first, then the closed ones."""
    stmt = select(Reminder).where(Reminder.client_id == client_id)
    if pending_only:
        stmt = stmt.where(Reminder.status == "pending")
    stmt = stmt.order_by(
        Reminder.status != "pending", Reminder.due_on.is_(None), Reminder.due_on, Reminder.id
    )
    return tuple(_record(r) for r in session.scalars(stmt))


def mark_done(
    session: Session,
    reminder_id: int,
    clock: Clock,
    done_on: dt.date | None = None,
    *,
    note: str | None = None,
    by: str = "",
) -> Saved[ReminderRecord]:
    """The client was reached and the work booked or done: closed on ``done_on`` (today)."""
    reminder = _pending(session, reminder_id)
    day = clock.today() if done_on is None else done_on
    if not isinstance(day, dt.date):
        raise ValidationError(
            "done_on", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date"), value=day
        )
    if day > clock.today():
        raise ValidationError("done_on", QT_TRANSLATE_NOOP("Refusals", "must not be in the future"))
    event = _event(reminder, clock, by, "done", note=_note(note, "note"))
    reminder.status = "done"
    reminder.done_on = day
    reminder.snoozed_until = None
    session.add(event)
    session.flush()
    return _saved(reminder)


def snooze(
    session: Session,
    reminder_id: int,
    until: dt.date,
    clock: Clock,
    *,
    note: str | None = None,
    by: str = "",
) -> Saved[ReminderRecord]:
    """Hide a pending reminder from the due list until ``until`` (a day after today)."""
    reminder = _pending(session, reminder_id)
    if not isinstance(until, dt.date):
        raise ValidationError(
            "snoozed_until", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date"), value=until
        )
    if until <= clock.today():
        raise ValidationError(
            "snoozed_until", QT_TRANSLATE_NOOP("Refusals", "must be a day in the future")
        )
    event = _event(reminder, clock, by, "snoozed", note=_note(note, "note"), snoozed_until=until)
    reminder.snoozed_until = until
    session.add(event)
    session.flush()
    return _saved(reminder)


def dismiss(
    session: Session, reminder_id: int, reason: str, clock: Clock, *, by: str = ""
) -> Saved[ReminderRecord]:
    """Close a pending reminder without the work being done; the reason is required."""
    reminder = _pending(session, reminder_id)
    event = _event(reminder, clock, by, "dismissed", note=required_text(reason, "reason", 500))
    reminder.status = "dismissed"
    reminder.snoozed_until = None
    session.add(event)
    session.flush()
    return _saved(reminder)


def reminder_history(session: Session, reminder_id: int) -> tuple[ReminderEventRecord, ...]:
    """The recorded call outcomes of a reminder, oldest first."""
    require(session, Reminder, reminder_id, "reminder_id")
    events = session.scalars(
        select(ReminderEvent)
        .where(ReminderEvent.reminder_id == reminder_id)
        .order_by(ReminderEvent.at, ReminderEvent.id)
    )
    return tuple(
        ReminderEventRecord(
            id=e.id,
            reminder_id=e.reminder_id,
            at=e.at,
            recorded_by=e.recorded_by,
            outcome=e.outcome,
            snoozed_until=e.snoozed_until,
            note=e.note,
        )
        for e in events
    )


def _checked(session: Session, data: ReminderInput) -> dict[str, object]:
    """The columns to store for ``data``, every rule checked; nothing is written."""
    require(session, Client, data.client_id, "client_id")
    vehicle = optional_ref(session, Vehicle, data.vehicle_id, "vehicle_id")
    if vehicle is not None and vehicle.client_id != data.client_id:
        raise ValidationError(
            "vehicle_id", QT_TRANSLATE_NOOP("Refusals", "the car belongs to another client")
        )
    optional_ref(session, Service, data.service_id, "service_id")
    if data.due_on is not None and not isinstance(data.due_on, dt.date):
        raise ValidationError(
            "due_on", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date"), value=data.due_on
        )
    due_mileage = optional_whole_number(data.due_mileage, "due_mileage", 1)
    if data.due_on is None and due_mileage is None:
        raise ValidationError(
            "due_on", QT_TRANSLATE_NOOP("Refusals", "give a due date, a due mileage or both")
        )
    return {
        "client_id": data.client_id,
        "vehicle_id": data.vehicle_id,
        "service_id": data.service_id,
        "due_on": data.due_on,
        "due_mileage": due_mileage,
        "note": note_text(data.note, "note"),
    }


def _pending(session: Session, reminder_id: int) -> Reminder:
    reminder = require(session, Reminder, reminder_id, "reminder_id")
    if reminder.status != "pending":
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Refusals", "the reminder is already {status}"),
            status=reminder.status,
        )
    return reminder


def _note(text: str | None, field: str) -> str:
    return optional_text(text, field, 500) or ""


def _event(
    reminder: Reminder,
    clock: Clock,
    by: str,
    outcome: str,
    note: str,
    snoozed_until: dt.date | None = None,
) -> ReminderEvent:
    """The outcome row for ``reminder``; checked before anything is changed."""
    return ReminderEvent(
        reminder_id=reminder.id,
        at=clock.now(),
        recorded_by=optional_text(by, "by", 100) or "",
        outcome=outcome,
        snoozed_until=snoozed_until,
        note=note,
    )


def _saved(reminder: Reminder, *other_clients: int) -> Saved[ReminderRecord]:
    return Saved(
        _record(reminder),
        Changes.of(reminders=[reminder.id], clients=[reminder.client_id, *other_clients]),
    )


def _record(reminder: Reminder) -> ReminderRecord:
    return ReminderRecord(
        id=reminder.id,
        client_id=reminder.client_id,
        vehicle_id=reminder.vehicle_id,
        service_id=reminder.service_id,
        due_on=reminder.due_on,
        due_mileage=reminder.due_mileage,
        note=reminder.note,
        status=reminder.status,
        created_on=reminder.created_on,
        done_on=reminder.done_on,
        snoozed_until=reminder.snoozed_until,
    )
