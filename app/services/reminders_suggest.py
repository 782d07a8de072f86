"""Reminders suggested by a completed visit, and saving the ones the desk accepts.

Each item whose service has a reminder interval proposes the next time for
that car: due_on = visit day + interval_months (the 31st becomes the month's
last day when the month is shorter), due_mileage = visit mileage +
interval_km (when the visit has a car and a mileage). With both, the due list
treats the reminder as due by whichever comes first. A declined item proposes
a "declined work" reminder due the ``declined_reminder_days`` setting (30)
after the visit. A service is proposed once per visit, declined or not.

When the car (or the client, for a visit without a car) already has a pending
reminder for a proposed interval service, the work was just done: accepting
the suggestion marks that reminder done on the visit day.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.models import Reminder, Service, Vehicle, Visit, VisitItem
from app.services.changes import Changes, Saved
from app.services.checks import require
from app.services.errors import ValidationError
from app.services.reminders import (
    ReminderInput,
    ReminderRecord,
    check_reminder,
    create_reminder,
    mark_done,
)
from app.services.reminders_form import car_label
from app.services.settings import load_settings

SUGGESTION_KINDS = ("interval", "declined")


@dataclasses.dataclass(frozen=True)
class Suggestion:
    """A reminder a visit proposes. ``closes_id``: a pending reminder the visit's work did."""

    kind: str  # "interval" or "declined"
    visit_id: int
    client_id: int
    vehicle_id: int | None
    vehicle: str | None  # "Make Model PLATE"
    service_id: int
    service: str
    visit_day: dt.date
    due_on: dt.date | None
    due_mileage: int | None
    closes_id: int | None = None
    already_due: bool = False  # due today or earlier: the visit was entered late

    def as_input(self, note: str = "") -> ReminderInput:
        return ReminderInput(
            client_id=self.client_id,
            vehicle_id=self.vehicle_id,
            service_id=self.service_id,
            due_on=self.due_on,
            due_mileage=self.due_mileage,
            note=note,
        )


@dataclasses.dataclass(frozen=True)
class Accepted:
    """A suggestion as the desk accepted it, perhaps edited."""

    suggestion: Suggestion
    reminder: ReminderInput


def suggest_reminders(session: Session, visit_id: int, clock: Clock) -> tuple[Suggestion, ...]:
    """What a visit proposes, in the order of its items; nothing unless it is completed.

    The dates follow the visit; ``clock`` tells which suggestions are already
    due today (a visit entered long after it took place).
    """
    visit = require(session, Visit, visit_id, "visit_id")
    if visit.status != "completed":
        return ()
    day = visit.started_at.date()
    car = None if visit.vehicle_id is None else session.get(Vehicle, visit.vehicle_id)
    declined_days = load_settings(session).declined_reminder_days
    items = session.execute(
        select(
            VisitItem.declined,
            Service.id,
            Service.name,
            Service.interval_months,
            Service.interval_km,
        )
        .join(Service, Service.id == VisitItem.service_id)
        .where(VisitItem.visit_id == visit_id)
        .order_by(VisitItem.id)
    )
    seen: set[int] = set()
    suggestions = []
    for declined, service_id, name, months, km in items:
        if service_id in seen:
            continue
        seen.add(service_id)
        base = {
            "visit_id": visit_id,
            "client_id": visit.client_id,
            "vehicle_id": visit.vehicle_id,
            "vehicle": None if car is None else car_label(car.make, car.model, car.plate),
            "service_id": service_id,
            "service": name,
            "visit_day": day,
        }
        if declined:
            due_on = day + dt.timedelta(days=declined_days)
            late = due_on <= clock.today()
            suggestions.append(
                Suggestion("declined", due_on=due_on, due_mileage=None, already_due=late, **base)
            )
            continue
        due_on = add_months(day, months) if months else None
        due_mileage = None
        if km and visit.vehicle_id is not None and visit.mileage is not None:
            due_mileage = visit.mileage + km
        if due_on is None and due_mileage is None:
            continue
        suggestions.append(
            Suggestion(
                "interval",
                due_on=due_on,
                due_mileage=due_mileage,
                closes_id=_pending_for(session, visit, service_id),
                already_due=due_on is not None and due_on <= clock.today(),
                **base,
            )
        )
    return tuple(suggestions)


def accept_suggestions(
    session: Session, accepted: Sequence[Accepted], clock: Clock, *, by: str = ""
) -> Saved[tuple[ReminderRecord, ...]]:
    """Create the accepted reminders and close the ones their visit's work did.

    All or nothing: a refused reminder names its place, ``reminders[1].due_on``.
    """
    for index, item in enumerate(accepted):
        try:
            check_reminder(session, item.reminder)
        except ValidationError as error:
            raise ValidationError(
                f"reminders[{index}].{error.field}", error.message, **error.params
            ) from None
    created = []
    changes = Changes()
    for item in accepted:
        saved = create_reminder(session, item.reminder, clock)
        created.append(saved.value)
        changes |= saved.changes
        closes = item.suggestion.closes_id
        if closes is not None and session.get(Reminder, closes).status == "pending":
            done = mark_done(
                session,
                closes,
                clock,
                item.suggestion.visit_day,
                note=f"visit #{item.suggestion.visit_id}",
                by=by,
            )
            changes |= done.changes
    return Saved(tuple(created), changes)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months; a day past the month's end becomes its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _pending_for(session: Session, visit: Visit, service_id: int) -> int | None:
    """The oldest pending reminder for this service on the visit's car (or carless client)."""
    car = (
        Reminder.vehicle_id.is_(None)
        if visit.vehicle_id is None
        else Reminder.vehicle_id == visit.vehicle_id
    )
    return session.scalar(
        select(Reminder.id)
        .where(
            Reminder.client_id == visit.client_id,
            car,
            Reminder.service_id == service_id,
            Reminder.status == "pending",
        )
        .order_by(Reminder.id)
        .limit(1)
    )
