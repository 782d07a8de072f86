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

from sqlalchemy import ColumnElement, Connection, Table, exists, func, select

from app.models import Client, Visit
from app.reports.base import Column, ReportParams, ReportResult, ReportSpec, table

COLUMNS = (
    Column("client_id", "Client", "id"),
    Column("name", "Name"),
    Column("kind", "Segment"),
    Column("reason", "Why"),
)
KINDS = ("advocates", "complainers", "do_not_contact")
ACTIVE_DAYS = 365


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _completed(visits: Table, params: ReportParams) -> tuple[ColumnElement[bool], ...]:
    return (visits.c.status == "completed", visits.c.started_at < params.as_of_end)


def compute(conn: Connection, params: ReportParams) -> ReportResult:
    clients = Client.__table__
    referred = Client.__table__.alias("referred")
    visits = Visit.__table__
    other = Visit.__table__.alias("other")
    known = clients.c.registered_on <= params.as_of
    with_client = visits.join(clients, clients.c.id == visits.c.client_id)
    found: dict[str, dict[int, tuple[str, list[str]]]] = {kind: {} for kind in KINDS}

    def add(kind: str, client_id: int, name: str, reason: str) -> None:
        found[kind].setdefault(client_id, (name, []))[1].append(reason)

    for client_id, name, n in conn.execute(
        select(clients.c.id, clients.c.name, func.count())
        .select_from(referred.join(clients, clients.c.id == referred.c.referred_by_id))
        .where(referred.c.registered_on <= params.as_of, known)
        .group_by(clients.c.id, clients.c.name)
        .having(func.count() >= 2)
    ):
        add("advocates", client_id, name, f"referred {_plural(n, 'client')}")

    low_rating = exists().where(
        other.c.client_id == visits.c.client_id,
        *_completed(other, params),
        other.c.rating <= 2,
    )
    for client_id, name, n in conn.execute(
        select(clients.c.id, clients.c.name, func.count())
        .select_from(with_client)
        .where(*_completed(visits, params), visits.c.rating == 5, ~low_rating, known)
        .group_by(clients.c.id, clients.c.name)
        .having(func.count() >= 2)
    ):
        add("advocates", client_id, name, f"rated 5 on {_plural(n, 'visit')}")

    window_start = dt.datetime.combine(params.as_of - dt.timedelta(days=ACTIVE_DAYS - 1), dt.time())
    recent = exists().where(
        other.c.client_id == visits.c.client_id,
        *_completed(other, params),
        other.c.started_at >= window_start,
    )
    for client_id, name, n in conn.execute(
        select(clients.c.id, clients.c.name, func.count())
        .select_from(with_client)
        .where(*_completed(visits, params), visits.c.rating <= 2, recent, known)
        .group_by(clients.c.id, clients.c.name)
        .having(func.count() >= 2)
    ):
        add("complainers", client_id, name, f"rated 2 or lower on {_plural(n, 'visit')}")

    for client_id, name in conn.execute(
        select(clients.c.id, clients.c.name).where(clients.c.do_not_contact, known)
    ):
        add("do_not_contact", client_id, name, "asked not to be contacted")

    rows = [
        {"client_id": client_id, "name": name, "kind": kind, "reason": "; ".join(reasons)}
        for kind in KINDS
        for client_id, (name, reasons) in sorted(found[kind].items())
    ]
    return ReportResult(SPEC.name, SPEC.title, params, table(COLUMNS, rows))


SPEC = ReportSpec("segments", "Advocates and complainers", compute)
