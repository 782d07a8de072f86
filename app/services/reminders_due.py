"""Which reminders are due, and a car's predicted mileage (reports.md, ``pitstop reminders``).

A reminder is listed as of ``as_of`` with a look-ahead of ``days`` when it is
pending, was created on or before as_of, is not snoozed past as_of, and is due
by date (due_on <= as_of + days) or by mileage (due_mileage <= the car's
predicted mileage on as_of + days): whichever comes first. Reminders of
do-not-contact or departed clients are left out unless ``include_all``.

The prediction uses the car's first and last mileage readings (completed
visits with a mileage, up to as_of, in time order; two readings at the same
moment count the lower one first). With at least 30 days between them, the
car is assumed to keep its average km per day; otherwise the prediction is
the last reading. Comparisons use the exact fraction; rows show it rounded
half up to a whole km.

The whole list is one statement. The candidates' cars come from the covering
index ``ix_reminders_due_candidates``; each car's first and last reading are
index seeks in ``ix_visits_vehicle_id_status_started_at_mileage``, done once
per car (a materialized CTE); then each car's candidates are read from the
same candidates index and kept when due (integer arithmetic, exact), joined
to their client, car and service. At chain scale (170,000 reminders, 47,000
candidate cars) that is about 0.25 s of SQL for 24,000 due rows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, NamedTuple

from sqlalchemy import (
    CTE,
    ColumnElement,
    Join,
    Select,
    and_,
    case,
    false,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Reminder, Service, Vehicle, Visit
from app.reports.sql import EPOCH, cross_join, day_number, from_day_number
from app.services.checks import require, whole_number
from app.services.errors import ValidationError
from app.services.reminders_form import car_label

MIN_SPAN_DAYS = 30
"""Readings closer together than this give no km per day: the last reading stands."""

_EPOCH_ORDINAL = EPOCH.toordinal()


class Readings(NamedTuple):
    """A car's first and last mileage readings up to a day; days count from 1970-01-01.

    A named tuple rather than a dataclass: the due list makes one per due row.
    The prediction on a day is the fraction ``num / den``, kept exact.
    """

    first_day: int
    first_km: int
    last_day: int
    last_km: int

    def fraction(self, day: int) -> tuple[int, int]:
        """The predicted reading on ``day`` as (numerator, positive denominator)."""
        span = self.last_day - self.first_day
        if span < MIN_SPAN_DAYS:
            return self.last_km, 1
        return self.last_km * span + (self.last_km - self.first_km) * (day - self.last_day), span

    def predict_km(self, day: int) -> int:
        """The predicted reading on ``day``, rounded half up to a whole km."""
        num, den = self.fraction(day)
        return (2 * num + den) // (2 * den)

    def km_per_day(self) -> Fraction | None:
        span = self.last_day - self.first_day
        if span < MIN_SPAN_DAYS:
            return None
        return Fraction(self.last_km - self.first_km, span)


@dataclasses.dataclass(frozen=True)
class MileagePrediction:
    """What the client card shows about a car's mileage on a day."""

    vehicle_id: int
    on: dt.date
    km: int  # rounded half up
    km_per_day: Decimal | None  # to 1 place; None when the readings are < 30 days apart
    last_km: int
    last_on: dt.date


class DueReminder(NamedTuple):
    """A row of the due list. ``predicted_mileage`` is the car's, on the day predicted for.

    A named tuple rather than a frozen dataclass: a chain's due list has tens of
    thousands of rows, and a named tuple is made several times faster.
    """

    reminder_id: int
    client_id: int
    name: str
    phone: str
    vehicle: str | None
    service: str | None
    due_on: dt.date | None
    due_mileage: int | None
    predicted_mileage: int | None
    overdue_days: int | None
    note: str
    vehicle_id: int | None
    do_not_contact: bool
    departed: bool


JSON_KEYS = (
    "reminder_id",
    "client_id",
    "name",
    "phone",
    "vehicle",
    "service",
    "due_on",
    "due_mileage",
    "predicted_mileage",
    "overdue_days",
    "note",
)
"""The keys of a row of ``pitstop reminders --format json``, in reports.md's order."""


@dataclasses.dataclass(frozen=True)
class ReminderBoard:
    """The Reminders screen as of ``today``: every listed reminder is in exactly one list.

    ``overdue``: its date has passed or its car is predicted past the mileage
    today; ``due``: due today and not overdue; ``upcoming``: due within
    ``days`` days but not today. Predicted mileages are today's.
    """

    today: dt.date
    days: int
    overdue: tuple[DueReminder, ...]
    due: tuple[DueReminder, ...]
    upcoming: tuple[DueReminder, ...]


def predicted_mileage(
    session: Session, vehicle_id: int, on_date: dt.date
) -> MileagePrediction | None:
    """The car's predicted mileage on ``on_date`` from its readings up to that day.

    None when the car has no reading.
    """
    require(session, Vehicle, vehicle_id, "vehicle_id")
    _checked_day(on_date, "on_date")
    cars = _cars_with_readings(select(literal(vehicle_id).label("vehicle_id")), on_date)
    row = session.execute(select(cars)).one()
    if row.first_day is None:
        return None
    readings = Readings(row.first_day, row.first_km, row.last_day, row.last_km)
    rate = readings.km_per_day()
    return MileagePrediction(
        vehicle_id=vehicle_id,
        on=on_date,
        km=readings.predict_km(_day(on_date)),
        km_per_day=None
        if rate is None
        else (Decimal(rate.numerator) / rate.denominator).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        ),
        last_km=readings.last_km,
        last_on=from_day_number(readings.last_day),
    )


def due_reminders(
    session: Session, as_of: dt.date, days: int = 0, include_all: bool = False
) -> tuple[DueReminder, ...]:
    """The due list of reports.md, ordered by reminder id."""
    days = _checked_days(as_of, days)
    horizon = as_of + dt.timedelta(days=days)
    return tuple(
        _row(found, as_of, _day(horizon)) for found in _due(session, as_of, horizon, include_all)
    )


def reminder_board(
    session: Session, today: dt.date, days: int = 30, include_all: bool = False
) -> ReminderBoard:
    """Overdue, due today and upcoming (within ``days``) reminders, each by reminder id."""
    days = _checked_days(today, days)
    lists: dict[str, list[DueReminder]] = {"overdue": [], "due": [], "upcoming": []}
    for found in _due(session, today, today + dt.timedelta(days=days), include_all):
        lists[_when(found, today)].append(_row(found, today, _day(today)))
    return ReminderBoard(
        today=today,
        days=days,
        overdue=tuple(lists["overdue"]),
        due=tuple(lists["due"]),
        upcoming=tuple(lists["upcoming"]),
    )


# --- the work ---------------------------------------------------------------


def _day(day: dt.date) -> int:
    return (day - EPOCH).days


def _checked_day(value: object, field: str) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date"), value=value
        )


def _checked_days(as_of: object, days: object) -> int:
    _checked_day(as_of, "as_of")
    return whole_number(days, "days", 0, 3660)


def _cars_with_readings(cars: Select[Any], as_of: dt.date) -> CTE:
    """``cars`` (one column of vehicle ids) with their first and last readings up to as_of.

    Materialized so that the four lookups run once per car, not once per use.
    """
    listed = cars.subquery("listed")
    car = next(iter(listed.c))
    before = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time())
    return (
        select(
            car.label("vehicle_id"),
            _reading(car, before, latest=False, day=True).label("first_day"),
            _reading(car, before, latest=False, day=False).label("first_km"),
            _reading(car, before, latest=True, day=True).label("last_day"),
            _reading(car, before, latest=True, day=False).label("last_km"),
        )
        .cte("cars")
        .prefix_with("MATERIALIZED")
    )


def _reading(
    car: ColumnElement[Any], before: dt.datetime, latest: bool, day: bool
) -> ColumnElement[Any]:
    """The first (or last) reading of ``car`` before ``before``: its day number or its km.

    The ORDER BY repeats the index's leading columns so that SQLite walks
    ``ix_visits_vehicle_id_status_started_at_mileage`` instead of sorting.
    """
    visits = Visit.__table__.alias(f"{'last' if latest else 'first'}_{'day' if day else 'km'}")
    order = [visits.c.vehicle_id, visits.c.status, visits.c.started_at, visits.c.mileage]
    return (
        select(day_number(visits.c.started_at) if day else visits.c.mileage)
        .where(
            visits.c.vehicle_id == car,
            visits.c.status == "completed",
            visits.c.started_at < before,
            visits.c.mileage.is_not(None),
        )
        .order_by(*(o.desc() for o in order) if latest else order)
        .limit(1)
        .scalar_subquery()
    )


def _due(session: Session, as_of: dt.date, horizon: dt.date, include_all: bool) -> list[Any]:
    """The due reminders with their details and their cars' readings, by reminder id.

    One statement: the candidate cars (from the covering candidates index)
    with their readings, each car's candidates due by date or by mileage, and
    the candidates without a car due by date.
    """
    r, c = Reminder.__table__, Client.__table__
    candidate = and_(
        r.c.status == "pending",
        r.c.created_on <= as_of,
        or_(r.c.snoozed_until.is_(None), r.c.snoozed_until <= as_of),
        or_(r.c.due_on <= horizon, r.c.due_mileage.is_not(None)),
    )
    cars = _cars_with_readings(
        select(r.c.vehicle_id).where(candidate, r.c.vehicle_id.is_not(None)).distinct(), as_of
    )
    span = cars.c.last_day - cars.c.first_day
    ahead = _day(horizon) - cars.c.last_day
    by_mileage = and_(
        r.c.due_mileage.is_not(None),
        cars.c.first_day.is_not(None),
        case(
            (
                span >= MIN_SPAN_DAYS,
                r.c.due_mileage * span
                <= cars.c.last_km * span + (cars.c.last_km - cars.c.first_km) * ahead,
            ),
            else_=r.c.due_mileage <= cars.c.last_km,
        ),
    )
    by_date = r.c.due_on <= horizon
    client_filter = [c.c.id == r.c.client_id]
    if not include_all:
        client_filter += [
            c.c.do_not_contact == false(),
            or_(c.c.left_on.is_(None), c.c.left_on > as_of),
        ]
    with_car = _detailed(
        cross_join(cross_join(cars, r), c),
        [cars.c.first_day, cars.c.first_km, cars.c.last_day, cars.c.last_km],
        as_of,
    ).where(
        r.c.vehicle_id == cars.c.vehicle_id, candidate, or_(by_date, by_mileage), *client_filter
    )
    without_car = _detailed(cross_join(r, c), [null()] * 4, as_of).where(
        r.c.vehicle_id.is_(None), candidate, by_date, *client_filter
    )
    found = list(session.execute(union_all(with_car, without_car)).all())
    found.sort(key=_first)
    return found


def _first(row: Any) -> int:
    return row[0]


def _detailed(joined: Join, readings: list[Any], as_of: dt.date) -> Select[Any]:
    """A due-list row: the reminder, its client, car and service, and the car's readings."""
    r, c, v, s = (Reminder.__table__, Client.__table__, Vehicle.__table__, Service.__table__)
    first_day, first_km, last_day, last_km = readings
    return select(
        r.c.id,
        r.c.client_id,
        c.c.name,
        c.c.phone,
        r.c.vehicle_id,
        v.c.make,
        v.c.model,
        v.c.plate,
        s.c.name.label("service"),
        day_number(r.c.due_on).label("due_day"),  # read as an integer: no date parsing
        r.c.due_mileage,
        r.c.note,
        c.c.do_not_contact,
        and_(c.c.left_on.is_not(None), c.c.left_on <= as_of).label("departed"),
        first_day.label("first_day"),
        first_km.label("first_km"),
        last_day.label("last_day"),
        last_km.label("last_km"),
    ).select_from(
        joined.outerjoin(v, v.c.id == r.c.vehicle_id).outerjoin(s, s.c.id == r.c.service_id)
    )


def _row(found: Any, as_of: dt.date, predict_on: int) -> DueReminder:
    rid, client_id, name, phone, vehicle_id, make, model, plate, service = found[:9]
    due_day, due_km, note, do_not_contact, departed = found[9:14]
    first_day, first_km, last_day, last_km = found[14:]
    vehicle = None if vehicle_id is None else car_label(make, model, plate)
    predicted = None
    if first_day is not None:
        predicted = Readings(first_day, first_km, last_day, last_km).predict_km(predict_on)
    return DueReminder(
        rid,
        client_id,
        name,
        phone,
        vehicle,
        service,
        None if due_day is None else dt.date.fromordinal(_EPOCH_ORDINAL + due_day),
        due_km,
        predicted,
        None if due_day is None else _day(as_of) - due_day,
        note,
        vehicle_id,
        bool(do_not_contact),
        bool(departed),
    )


def _when(found: Any, today: dt.date) -> str:
    """Which list of the board a due reminder belongs to."""
    due_km, due_day, day = found.due_mileage, found.due_day, _day(today)
    readings = None
    if found.first_day is not None:
        readings = Readings(found.first_day, found.first_km, found.last_day, found.last_km)
    num, den = (0, 1) if readings is None or due_km is None else readings.fraction(day)
    by_km = readings is not None and due_km is not None
    if (due_day is not None and due_day < day) or (by_km and due_km * den < num):
        return "overdue"
    if due_day == day or (by_km and due_km * den <= num):
        return "due"
    return "upcoming"
