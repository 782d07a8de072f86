"""segments: advocates, complainers and do-not-contact clients, counting up to as_of.

- advocates: referred 2 or more clients registered by as_of, or rated 5 on 2 or
  more completed visits and never rated 2 or lower;
- complainers: rated 2 or lower on 2 or more completed visits, and still coming
  (a completed visit in the 365 days ending as_of);
- do_not_contact: the flag is set.

Only clients registered by as_of appear. A client may have a row under several
kinds (an advocate for both reasons has one row naming both); rows go by kind in
that order, then by client id. Ratings count on completed visits only.
"""

from __future__ import annotations

import datetime as dt
import functools

from sqlalchemy import ColumnElement, Connection, Subquery, Table, exists, func, select

from app.models import Client, Visit
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, table

COLUMNS = (
    Column("client_id", "Client", "id"),
    Column("name", "Name"),
    Column("kind", "Segment"),
    Column("reason", "Why"),
)
ACTIVE_DAYS = 365
LOW_RATING = 2  # "rated 2 or lower"


@functools.cache  # tens of thousands of rows share a handful of counts
def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _completed(visits: Table, params: ReportParams) -> tuple[ColumnElement[bool], ...]:
    return (visits.c.status == "completed", visits.c.started_at < params.as_of_end)


def _rated(params: ReportParams, rating: ColumnElement[bool]) -> Subquery:
    """(client_id, n): clients with 2 or more completed visits whose rating matches."""
    visits = Visit.__table__
    return (
        select(visits.c.client_id, func.count().label("n"))
        .where(*_completed(visits, params), rating)
        .group_by(visits.c.client_id)
        .having(func.count() >= 2)
        .subquery()
    )


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    clients = Client.__table__
    referred = Client.__table__.alias("referred")
    other = Visit.__table__.alias("other")
    known = clients.c.registered_on <= params.as_of

    referrals = (
        select(referred.c.referred_by_id.label("client_id"), func.count().label("n"))
        .where(referred.c.referred_by_id.is_not(None), referred.c.registered_on <= params.as_of)
        .group_by(referred.c.referred_by_id)
        .having(func.count() >= 2)
        .subquery()
    )
    referrers = conn.execute(
        select(clients.c.id, clients.c.name, referrals.c.n)
        .select_from(referrals.join(clients, clients.c.id == referrals.c.client_id))
        .where(known)
    ).all()

    fives = _rated(params, Visit.__table__.c.rating == 5)
    # Read once, not per client: the (few) clients who ever rated a visit 2 or lower.
    low_raters = select(other.c.client_id).where(
        *_completed(other, params), other.c.rating <= LOW_RATING
    )
    happy = conn.execute(
        select(clients.c.id, clients.c.name, fives.c.n)
        .select_from(fives.join(clients, clients.c.id == fives.c.client_id))
        .where(fives.c.client_id.not_in(low_raters), known)
    ).all()

    lows = _rated(params, Visit.__table__.c.rating <= LOW_RATING)
    window_start = dt.datetime.combine(params.as_of - dt.timedelta(days=ACTIVE_DAYS - 1), dt.time())
    recent = exists().where(
        other.c.client_id == lows.c.client_id,
        *_completed(other, params),
        other.c.started_at >= window_start,
    )
    unhappy = conn.execute(
        select(clients.c.id, clients.c.name, lows.c.n)
        .select_from(lows.join(clients, clients.c.id == lows.c.client_id))
        .where(recent, known)
        .order_by(clients.c.id)
    ).all()

    flagged = conn.execute(
        select(clients.c.id, clients.c.name)
        .where(clients.c.do_not_contact, known)
        .order_by(clients.c.id)
    ).all()

    advocates: dict[int, tuple[str, str]] = {
        client_id: (name, f"referred {_plural(n, 'client')}") for client_id, name, n in referrers
    }
    for client_id, name, n in happy:
        why = f"rated 5 on {_plural(n, 'visit')}"
        if client_id in advocates:
            why = f"{advocates[client_id][1]}; {why}"
        advocates[client_id] = (name, why)
    rows = [
        {"client_id": client_id, "name": name, "kind": "advocates", "reason": why}
        for client_id, (name, why) in sorted(advocates.items())
    ]
    rows += [
        {
            "client_id": client_id,
            "name": name,
            "kind": "complainers",
            "reason": f"rated 2 or lower on {_plural(n, 'visit')}",
        }
        for client_id, name, n in unhappy
    ]
    rows += [
        {
            "client_id": client_id,
            "name": name,
            "kind": "do_not_contact",
            "reason": "asked not to be contacted",
        }
        for client_id, name in flagged
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("segments", "Advocates and complainers", compute)
