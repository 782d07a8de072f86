"""The visits screen's lists: the appointment book, recent visits and a day's counts.

A ``VisitLine`` is a visit as a row shows it: the client's name and phone,
the car, the master and the services, read for a handful of visits at a time
(a page or a week). The book and the day's counts read one range of the
``(status, started_at)`` index per status; recent visits page by keyset
``(started_at, id)``, newest first, never by OFFSET.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

from sqlalchemy import Select, and_, func, not_, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import VISIT_STATUSES, Client, Employee, Inquiry, Service, Vehicle, Visit, VisitItem
from app.services.errors import ValidationError


@dataclasses.dataclass(frozen=True)
class ItemLine:
    service: str
    declined: bool


@dataclasses.dataclass(frozen=True)
class VisitLine:
    id: int
    started_at: dt.datetime
    status: str
    client_id: int
    client_name: str
    client_phone: str
    vehicle: str  # "Skoda Octavia AA1234BC", "" without a car
    master: str | None
    revenue: int
    rating: int | None
    items: tuple[ItemLine, ...]
    version: int  # sent back with a status change from the list (app.services.versions)


@dataclasses.dataclass(frozen=True)
class VisitLinePage:
    """One page, newest first; pass ``next_before`` back for the next (None: no more)."""

    rows: tuple[VisitLine, ...]
    next_before: tuple[dt.datetime, int] | None


@dataclasses.dataclass(frozen=True)
class DaySummary:
    """Visits of one day by status, the day's revenue (completed visits) and inquiries."""

    day: dt.date
    planned: int
    completed: int
    cancelled: int
    no_show: int
    revenue: int
    inquiries: int


def list_book(session: Session, date_from: dt.date, date_to: dt.date) -> tuple[VisitLine, ...]:
    """Every visit starting on the days ``date_from`` .. ``date_to``, by time."""
    if date_to < date_from:
        raise ValidationError(
            "date_to", QT_TRANSLATE_NOOP("Refusals", "must not be before the first day")
        )
    start, end = _day_start(date_from), _day_start(date_to + dt.timedelta(days=1))
    stmt = (
        _line_select()
        .where(
            Visit.status.in_(VISIT_STATUSES),  # one index range per status
            Visit.started_at >= start,
            Visit.started_at < end,
        )
        .order_by(Visit.started_at, Visit.id)
    )
    return _lines(session, stmt)


def recent_visits(
    session: Session,
    limit: int = 50,
    before: tuple[dt.datetime, int] | None = None,
    status: str | None = None,
    until: dt.datetime | None = None,
) -> VisitLinePage:
    """Visits newest first (one status, or all of them), ``limit`` after the key ``before``.

    ``until``: only visits that started at or before it (the appointment book
    shows the later ones). All statuses are merged from one short index range
    per status, so no page ever sorts the whole table.
    """
    statuses = VISIT_STATUSES if status is None else (status,)
    if status is not None and status not in VISIT_STATUSES:
        raise ValidationError(
            "status", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a visit status"), value=status
        )
    keys: list[tuple[dt.datetime, int]] = []
    for one in statuses:
        stmt = select(Visit.started_at, Visit.id).where(Visit.status == one)
        if until is not None:
            stmt = stmt.where(Visit.started_at <= until)
        if before is not None:
            at, visit_id = before
            stmt = stmt.where(
                Visit.started_at <= at, not_(and_(Visit.started_at == at, Visit.id >= visit_id))
            )
        stmt = stmt.order_by(Visit.started_at.desc(), Visit.id.desc()).limit(limit + 1)
        keys.extend((row.started_at, row.id) for row in session.execute(stmt))
    keys.sort(reverse=True)
    more = len(keys) > limit
    keys = keys[:limit]
    ids = [visit_id for _at, visit_id in keys]
    by_id = {line.id: line for line in _lines(session, _line_select().where(Visit.id.in_(ids)))}
    rows = tuple(by_id[visit_id] for _at, visit_id in keys)
    return VisitLinePage(rows=rows, next_before=keys[-1] if more else None)


def day_summary(session: Session, day: dt.date) -> DaySummary:
    start, end = _day_start(day), _day_start(day + dt.timedelta(days=1))
    rows = session.execute(
        select(Visit.status, func.count(), func.coalesce(func.sum(Visit.revenue), 0))
        .where(Visit.status.in_(VISIT_STATUSES), Visit.started_at >= start, Visit.started_at < end)
        .group_by(Visit.status)
    )
    counts = {status: (count, revenue) for status, count, revenue in rows}
    inquiries = session.scalar(
        select(func.count())
        .select_from(Inquiry)
        .where(Inquiry.received_at >= start, Inquiry.received_at < end)
    )
    return DaySummary(
        day=day,
        planned=counts.get("planned", (0, 0))[0],
        completed=counts.get("completed", (0, 0))[0],
        cancelled=counts.get("cancelled", (0, 0))[0],
        no_show=counts.get("no_show", (0, 0))[0],
        revenue=int(counts.get("completed", (0, 0))[1]),
        inquiries=int(inquiries or 0),
    )


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _line_select() -> Select:
    return (
        select(
            Visit.id,
            Visit.started_at,
            Visit.status,
            Visit.client_id,
            Client.name.label("client_name"),
            Client.phone.label("client_phone"),
            Vehicle.make,
            Vehicle.model,
            Vehicle.plate,
            Employee.name.label("master"),
            Visit.revenue,
            Visit.rating,
            Visit.version,
        )
        .join(Client, Client.id == Visit.client_id)
        .outerjoin(Vehicle, Vehicle.id == Visit.vehicle_id)
        .outerjoin(Employee, Employee.id == Visit.employee_id)
    )


def _lines(session: Session, stmt: Select) -> tuple[VisitLine, ...]:
    rows = session.execute(stmt).all()
    items: dict[int, list[ItemLine]] = defaultdict(list)
    if rows:
        found = session.execute(
            select(VisitItem.visit_id, Service.name, VisitItem.declined)
            .join(Service, Service.id == VisitItem.service_id)
            .where(VisitItem.visit_id.in_([row.id for row in rows]))
            .order_by(VisitItem.visit_id, VisitItem.id)
        )
        for visit_id, name, declined in found:
            items[visit_id].append(ItemLine(name, declined))
    return tuple(
        VisitLine(
            id=row.id,
            started_at=row.started_at,
            status=row.status,
            client_id=row.client_id,
            client_name=row.client_name,
            client_phone=row.client_phone,
            vehicle=" ".join(part for part in (row.make, row.model, row.plate) if part),
            master=row.master,
            revenue=row.revenue,
            rating=row.rating,
            items=tuple(items[row.id]),
            version=row.version,
        )
        for row in rows
    )
