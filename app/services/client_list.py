"""The clients list of the front desk: search pages with plates and last visits, and filters.

``list_clients`` is ``find_clients`` with what a row of the list shows beside
the client (the plates of its cars, the day of its last completed visit) and
one more filter, "lost": the clients the lost report lists as of today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.models import Vehicle, Visit
from app.reports import lost
from app.reports.base import make_params
from app.services.client_search import CLIENT_FILTERS, find_clients

LIST_FILTERS = ("all", "active", "lost", "departed", "do_not_contact")


@dataclasses.dataclass(frozen=True)
class ClientRow:
    """A client as a row of the clients list."""

    id: int
    name: str
    phone: str
    plates: tuple[str, ...]
    last_visit: dt.date | None  # the last completed visit's day
    do_not_contact: bool
    left_on: dt.date | None


@dataclasses.dataclass(frozen=True)
class ClientRows:
    """One page of the list; ``next_after_id`` as in ``ClientPage``.

    ``lost_ids`` are the lost clients the "lost" filter used: pass them back
    with the next page's request so the report is not computed for every page.
    """

    rows: tuple[ClientRow, ...]
    next_after_id: int | None
    lost_ids: tuple[int, ...] | None = None


def list_clients(
    session: Session,
    fragment: str = "",
    filter: str = "all",
    after_id: int | None = None,
    limit: int = 100,
    clock: Clock | None = None,
    lost_ids: Sequence[int] | None = None,
) -> ClientRows:
    """A page of clients matching ``fragment`` under ``filter`` (one of ``LIST_FILTERS``)."""
    if filter not in LIST_FILTERS:
        raise ValueError(f"unknown client filter {filter!r}")
    among: tuple[int, ...] | None = None
    if filter == "lost":
        if clock is None:
            raise TypeError("the 'lost' filter needs a clock")
        among = tuple(lost_ids) if lost_ids is not None else lost_client_ids(session, clock)
    page = find_clients(
        session,
        fragment,
        limit=limit,
        after_id=after_id,
        filter=filter if filter in CLIENT_FILTERS else "all",
        clock=clock,
        among_ids=among,
    )
    ids = [c.id for c in page.rows]
    plates = _plates(session, ids)
    last = _last_visits(session, ids)
    rows = tuple(
        ClientRow(
            id=c.id,
            name=c.name,
            phone=c.phone,
            plates=plates.get(c.id, ()),
            last_visit=last.get(c.id),
            do_not_contact=c.do_not_contact,
            left_on=c.left_on,
        )
        for c in page.rows
    )
    return ClientRows(rows, page.next_after_id, among)


def lost_client_ids(session: Session, clock: Clock) -> tuple[int, ...]:
    """The ids of the clients the lost report lists as of today, ascending."""
    result = lost.compute(session.connection(), make_params(clock.today()))
    return tuple(sorted(row["client_id"] for row in result.rows))


def _plates(session: Session, client_ids: list[int]) -> dict[int, tuple[str, ...]]:
    if not client_ids:
        return {}
    rows = session.execute(
        select(Vehicle.client_id, Vehicle.plate)
        .where(Vehicle.client_id.in_(client_ids), Vehicle.plate.is_not(None))
        .order_by(Vehicle.client_id, Vehicle.id)
    )
    plates: dict[int, list[str]] = {}
    for client_id, plate in rows:
        plates.setdefault(client_id, []).append(plate)
    return {client_id: tuple(found) for client_id, found in plates.items()}


def _last_visits(session: Session, client_ids: list[int]) -> dict[int, dt.date]:
    if not client_ids:
        return {}
    rows = session.execute(
        select(Visit.client_id, func.max(Visit.started_at))
        .where(Visit.client_id.in_(client_ids), Visit.status == "completed")
        .group_by(Visit.client_id)
    )
    return {client_id: started_at.date() for client_id, started_at in rows}
