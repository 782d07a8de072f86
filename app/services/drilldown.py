"""The clients behind a number of a report: who makes up a bar, a cell or a row.

Each function answers one kind of report figure with the same definitions as
the report (reports.md), so that a drill-down lists exactly as many clients as
the figure counts. Dates are inclusive days (``first`` .. ``last``); the
caller passes the period (or a month of it, clipped to the period) and as_of.
Every function returns ``DrillClient`` records ordered by name, then id.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select
from sqlalchemy.orm import Session

from app.models import Client, Inquiry, Visit, VisitItem
from app.reports import rfm
from app.reports.base import ReportParams
from app.reports.sql import hour_of, iso_weekday_of

ACTIVE_DAYS = 365  # gaps: the 365-day window ending as_of
RETURN_DAYS = 365  # retention: another visit at most 365 days after the first
CHUNK = 500  # ids per IN (...) list


@dataclasses.dataclass(frozen=True)
class DrillClient:
    client_id: int
    name: str
    phone: str
    do_not_contact: bool
    left_on: dt.date | None


def _start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _end(day: dt.date) -> dt.datetime:
    """The first moment after ``day``."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time())


def _listed(ids: Select[tuple[int]], session: Session) -> tuple[DrillClient, ...]:
    """The clients whose ids ``ids`` selects (duplicates allowed), by name then id."""
    clients = Client.__table__
    found = session.execute(
        select(
            clients.c.id,
            clients.c.name,
            clients.c.phone,
            clients.c.do_not_contact,
            clients.c.left_on,
        )
        .where(clients.c.id.in_(ids))
        .order_by(clients.c.name, clients.c.id)
    )
    return tuple(DrillClient(*row) for row in found)


def clients_by_ids(session: Session, client_ids: Iterable[int]) -> tuple[DrillClient, ...]:
    """Known clients among ``client_ids`` (rows of a report that name people), by name."""
    clients = Client.__table__
    wanted = sorted(set(client_ids))
    found: list[DrillClient] = []
    for first in range(0, len(wanted), CHUNK):
        chunk = wanted[first : first + CHUNK]
        found += [
            DrillClient(*row)
            for row in session.execute(
                select(
                    clients.c.id,
                    clients.c.name,
                    clients.c.phone,
                    clients.c.do_not_contact,
                    clients.c.left_on,
                ).where(clients.c.id.in_(chunk))
            )
        ]
    return tuple(sorted(found, key=lambda c: (c.name, c.client_id)))


# --- registrations and departures (growth, sources, referrals, churn) ----------


def registered(session: Session, first: dt.date, last: dt.date) -> tuple[DrillClient, ...]:
    """Clients registered from ``first`` to ``last`` (growth: new clients of a month)."""
    clients = Client.__table__
    in_days = clients.c.registered_on.between(first, last)
    return _listed(select(clients.c.id).where(in_days), session)


def registered_from_source(
    session: Session, first: dt.date, last: dt.date, source_id: int | None
) -> tuple[DrillClient, ...]:
    """Clients registered in the days with that marketing source (None: "no source")."""
    clients = Client.__table__
    source = clients.c.source_id
    of_source = source.is_(None) if source_id is None else source == source_id
    return _listed(
        select(clients.c.id).where(clients.c.registered_on.between(first, last), of_source),
        session,
    )


def referred_by(
    session: Session, first: dt.date, last: dt.date, referrer_id: int
) -> tuple[DrillClient, ...]:
    """Clients registered in the days whom ``referrer_id`` referred (referrals)."""
    clients = Client.__table__
    return _listed(
        select(clients.c.id).where(
            clients.c.registered_on.between(first, last), clients.c.referred_by_id == referrer_id
        ),
        session,
    )


def departed(
    session: Session, first: dt.date, last: dt.date, reason_id: int | None = None
) -> tuple[DrillClient, ...]:
    """Clients whose left_on is in the days, for one churn reason or any (None)."""
    clients = Client.__table__
    conditions = [clients.c.left_on.between(first, last)]
    if reason_id is not None:
        conditions.append(clients.c.churn_reason_id == reason_id)
    return _listed(select(clients.c.id).where(*conditions), session)


# --- first visits (growth, cohorts, retention) ---------------------------------


def _first_visits(
    first: dt.date, last: dt.date, department_id: int | None
) -> list[ColumnElement[bool]]:
    visits, items = Visit.__table__, VisitItem.__table__
    # visit_no is set on completed visits only; 1 is the client's first.
    conditions: list[ColumnElement[bool]] = [
        visits.c.visit_no == 1,
        visits.c.started_at >= _start(first),
        visits.c.started_at < _end(last),
    ]
    if department_id is not None:
        conditions.append(
            exists().where(
                items.c.visit_id == visits.c.id,
                ~items.c.declined,
                items.c.department_id == department_id,
            )
        )
    return conditions


def first_visits(
    session: Session, first: dt.date, last: dt.date, department_id: int | None = None
) -> tuple[DrillClient, ...]:
    """Clients whose first completed visit is in the days; with a department, only those
    whose first visit bought (not declined) an item of it (retention's new clients)."""
    visits = Visit.__table__
    return _listed(
        select(visits.c.client_id).where(*_first_visits(first, last, department_id)), session
    )


def returned_after_first(
    session: Session,
    first: dt.date,
    last: dt.date,
    as_of: dt.date,
    department_id: int | None = None,
) -> tuple[DrillClient, ...]:
    """Retention's "returned": of ``first_visits``, those with another completed visit at
    most 365 days after the first visit's date and on or before as_of."""
    visits = Visit.__table__
    following = visits.c.next_started_at
    rows = session.execute(
        select(visits.c.client_id, visits.c.started_at, following).where(
            *_first_visits(first, last, department_id),
            following < _end(as_of),
        )
    )
    ids = [
        client_id
        for client_id, started, again in rows
        if (again.date() - started.date()).days <= RETURN_DAYS
    ]
    return clients_by_ids(session, ids)


def _cohort_visits(cohort: str, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    """The days of month ``cohort`` ("YYYY-MM") clipped to [first, last]."""
    year, month = int(cohort[:4]), int(cohort[5:7])
    start = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return max(start, first), min(following - dt.timedelta(days=1), last)


def cohort_returns(
    session: Session, cohort: str, k: int, first: dt.date, last: dt.date, as_of: dt.date
) -> tuple[DrillClient, ...]:
    """Cohort ``cohort`` (first visit that month, clipped to the period [first, last]):
    its clients with a completed visit in month cohort + k, up to as_of (k = 0: all)."""
    visits = Visit.__table__
    later = Visit.__table__.alias("later")
    cohort_first, cohort_last = _cohort_visits(cohort, first, last)
    index = int(cohort[:4]) * 12 + int(cohort[5:7]) - 1 + k
    month_start = dt.datetime(index // 12, index % 12 + 1, 1)
    month_end = dt.datetime((index + 1) // 12, (index + 1) % 12 + 1, 1)
    came = exists().where(
        later.c.client_id == visits.c.client_id,
        later.c.status == "completed",
        later.c.started_at >= month_start,
        later.c.started_at < min(month_end, _end(as_of)),
    )
    return _listed(
        select(visits.c.client_id).where(*_first_visits(cohort_first, cohort_last, None), came),
        session,
    )


def cohort_dropouts(
    session: Session, cohort: str, first: dt.date, last: dt.date, as_of: dt.date
) -> tuple[DrillClient, ...]:
    """Clients of the cohort who never came back: no completed visit after the first
    one up to as_of (the chain's next visit is missing or after as_of)."""
    visits = Visit.__table__
    cohort_first, cohort_last = _cohort_visits(cohort, first, last)
    return _listed(
        select(visits.c.client_id).where(
            *_first_visits(cohort_first, cohort_last, None),
            or_(visits.c.next_started_at.is_(None), visits.c.next_started_at >= _end(as_of)),
        ),
        session,
    )


# --- visits of the period (heatmap, masters, trends) ---------------------------


def _completed_in(first: dt.date, last: dt.date) -> list[ColumnElement[bool]]:
    visits = Visit.__table__
    return [
        visits.c.status == "completed",
        visits.c.started_at >= _start(first),
        visits.c.started_at < _end(last),
    ]


def visited_at(
    session: Session, first: dt.date, last: dt.date, weekday: int, hour: int
) -> tuple[DrillClient, ...]:
    """Clients with a completed visit in the days started on that weekday (1 = Monday)
    and hour (a heatmap cell)."""
    visits = Visit.__table__
    return _listed(
        select(visits.c.client_id).where(
            *_completed_in(first, last),
            iso_weekday_of(visits.c.started_at) == weekday,
            hour_of(visits.c.started_at) == hour,
        ),
        session,
    )


def master_clients(
    session: Session, first: dt.date, last: dt.date, employee_id: int
) -> tuple[DrillClient, ...]:
    """Clients of the master's completed visits in the days (masters)."""
    visits = Visit.__table__
    return _listed(
        select(visits.c.client_id).where(
            *_completed_in(first, last), visits.c.employee_id == employee_id
        ),
        session,
    )


def _bought(first: dt.datetime, end: dt.datetime, department_id: int) -> Select[tuple[int]]:
    items = VisitItem.__table__
    return select(items.c.client_id).where(
        items.c.bought,
        items.c.department_id == department_id,
        items.c.started_at >= first,
        items.c.started_at < end,
    )


def bought_department(
    session: Session, first: dt.date, last: dt.date, department_id: int
) -> tuple[DrillClient, ...]:
    """Clients who bought (not declined, visit completed) an item of the department in
    the days (trends: a month and department)."""
    return _listed(_bought(_start(first), _end(last), department_id), session)


# --- the 365-day window of gaps ------------------------------------------------


def _active(as_of: dt.date) -> Select[tuple[int]]:
    visits = Visit.__table__
    return select(visits.c.client_id).where(
        *_completed_in(as_of - dt.timedelta(days=ACTIVE_DAYS - 1), as_of)
    )


def _window_users(as_of: dt.date, department_id: int) -> Select[tuple[int]]:
    start = _start(as_of - dt.timedelta(days=ACTIVE_DAYS - 1))
    return _bought(start, _end(as_of), department_id)


def department_users(
    session: Session, as_of: dt.date, department_id: int, using: bool = True
) -> tuple[DrillClient, ...]:
    """gaps: active clients (a completed visit in the 365 days ending as_of) who bought
    an item of the department in that window (``using``), or who did not."""
    users = _window_users(as_of, department_id)
    if using:
        return _listed(users, session)
    clients = Client.__table__
    return _listed(
        select(clients.c.id).where(clients.c.id.in_(_active(as_of)), clients.c.id.not_in(users)),
        session,
    )


def used_not_used(
    session: Session, as_of: dt.date, from_id: int, to_id: int
) -> tuple[DrillClient, ...]:
    """gaps matrix: active clients who used ``from_id`` but not ``to_id`` in the window."""
    clients = Client.__table__
    return _listed(
        select(clients.c.id).where(
            clients.c.id.in_(_window_users(as_of, from_id)),
            clients.c.id.not_in(_window_users(as_of, to_id)),
        ),
        session,
    )


# --- inquiries (conversion) ----------------------------------------------------


def inquiry_clients(
    session: Session, first: dt.date, last: dt.date, as_of: dt.date, converted: bool = False
) -> tuple[DrillClient, ...]:
    """Known clients of the inquiries received in the days (the inquiry's client, or the
    client of its visit); ``converted``: only inquiries linked to a visit completed on
    or before as_of."""
    inquiries, visits = Inquiry.__table__, Visit.__table__
    linked = and_(
        visits.c.id == inquiries.c.visit_id,
        visits.c.status == "completed",
        visits.c.started_at < _end(as_of),
    )
    query = (
        select(inquiries.c.client_id, visits.c.client_id)
        .select_from(inquiries.outerjoin(visits, linked))
        .where(inquiries.c.received_at >= _start(first), inquiries.c.received_at < _end(last))
    )
    if converted:
        query = query.where(visits.c.id.is_not(None))
    ids = {own or of_visit for own, of_visit in session.execute(query)} - {None}
    return clients_by_ids(session, ids)  # type: ignore[arg-type]


# --- rfm -----------------------------------------------------------------------


def rfm_clients(
    session: Session,
    as_of: dt.date,
    segment: str | None = None,
    r: int | None = None,
    f: int | None = None,
) -> tuple[DrillClient, ...]:
    """Clients of an RFM segment, or of one r x f cell (scores as the rfm report gives)."""
    params = ReportParams(as_of, as_of, as_of)
    ids = []
    for client_id, _name, day, visits, _revenue in session.execute(rfm.last_visits_query(params)):
        r_score = rfm.r_score((as_of - dt.date.fromisoformat(day)).days)
        f_score = rfm.f_score(visits)
        if segment is not None and rfm.segment_of(r_score, f_score) != segment:
            continue
        if (r is not None and r_score != r) or (f is not None and f_score != f):
            continue
        ids.append(client_id)
    return clients_by_ids(session, ids)
