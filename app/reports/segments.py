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
from typing import Any

from sqlalchemy import ColumnElement, Connection, Subquery, Table, exists, func, select

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Visit
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, RowList, table
from app.reports.sql import columns_of

COLUMNS = (
    Column("client_id", QT_TRANSLATE_NOOP("ReportColumns", "Client"), "id"),
    Column("name", QT_TRANSLATE_NOOP("ReportColumns", "Name")),
    Column("kind", QT_TRANSLATE_NOOP("ReportColumns", "Segment")),
    Column("reason", QT_TRANSLATE_NOOP("ReportColumns", "Why")),
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
    # Tens of thousands of clients: read as columns (see ``columns_of``).
    happy_ids, happy_names, happy_fives = columns_of(
        conn,
        select(clients.c.id, clients.c.name, fives.c.n)
        .select_from(fives.join(clients, clients.c.id == fives.c.client_id))
        .where(fives.c.client_id.not_in(low_raters), known),
    )

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

    names = dict(zip(happy_ids, happy_names, strict=True))
    five_visits = dict(zip(happy_ids, happy_fives, strict=True))
    referred_clients = {}
    for client_id, name, n in referrers:
        names[client_id] = name
        referred_clients[client_id] = n
    advocates = sorted(names)

    def advocate(client_id: int) -> tuple[Any, ...]:
        reasons = []
        if client_id in referred_clients:
            reasons.append(f"referred {_plural(referred_clients[client_id], 'client')}")
        if client_id in five_visits:
            reasons.append(f"rated 5 on {_plural(five_visits[client_id], 'visit')}")
        return (client_id, names[client_id], "advocates", "; ".join(reasons))

    def values(position: int) -> tuple[Any, ...]:
        if position < len(advocates):
            return advocate(advocates[position])
        position -= len(advocates)
        if position < len(unhappy):
            client_id, name, n = unhappy[position]
            why = f"rated 2 or lower on {_plural(n, 'visit')}"
            return (client_id, name, "complainers", why)
        client_id, name = flagged[position - len(unhappy)]
        return (client_id, name, "do_not_contact", "asked not to be contacted")

    total = len(advocates) + len(unhappy) + len(flagged)
    rows = RowList([c.key for c in COLUMNS], range(total), values)
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("segments", QT_TRANSLATE_NOOP("Reports", "Advocates and complainers"), compute)
