"""``visits``: saving a visit at the counter (performance.md: 5 items, durable commit, 30 ms).

A run is what the visit dialog's Ctrl+S does on the database worker: one
write transaction (``BEGIN IMMEDIATE``) with ``create_visit`` (every check,
the items, the item amounts and the visit's revenue, the client's chain of
completed visits renumbered) and the commit (WAL, ``synchronous=FULL``).
Each run saves for another client's car, so no run finds the pages of the
one before in the cache.

The runs write, so they go to a copy of the scale database made once in the
scratch folder with SQLite's online backup (untimed); the scale database is
never written.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from itertools import cycle
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.clock import FixedClock
from app.db import create_db_engine, make_session_factory, sqlite_url, write_session
from app.models import Employee, Service, Vehicle, Visit
from app.services.access import SYSTEM
from app.services.visits import ItemInput, VisitInput, create_visit
from benchmarks.harness import BenchContext, Operation, register_group

CARS = 200  # distinct clients' cars, one per run
SAVED_AT = dt.time(23, 0)  # after every visit of the day: the mileage goes up


@register_group("visits")
def visits_group(ctx: BenchContext) -> list[Operation]:
    copy = ctx.scratch_path("visits").with_suffix(".db")
    _backup(Path(str(ctx.engine.url.database)), copy)
    engine = create_db_engine(sqlite_url(copy))
    sessions = make_session_factory(engine, SYSTEM)
    when = dt.datetime.combine(ctx.today, SAVED_AT)
    clock = FixedClock(when)
    with sessions() as session:
        cars = _cars(session, when)
        services = session.scalars(select(Service.id).order_by(Service.id).limit(5)).all()
        master = session.scalar(select(Employee.id).where(Employee.active.is_(True)).limit(1))
    turns = cycle(cars)

    def save(_prepared: Any) -> None:
        client_id, vehicle_id, mileage = next(turns)
        items = (
            ItemInput(services[0]),
            ItemInput(services[1], Decimal("4.5")),
            ItemInput(services[2], price=12550),
            ItemInput(services[3], Decimal("2")),
            ItemInput(services[4], declined=True),
        )
        data = VisitInput(
            client_id,
            when,
            vehicle_id=vehicle_id,
            mileage=mileage,
            employee_id=master,
            rating=5,
            items=items,
        )
        with write_session(sessions) as session:
            create_visit(session, data, clock)

    return [Operation("save a visit with 5 items (durable commit)", save)]


def _backup(source: Path, target: Path) -> None:
    """An online copy (a -wal file may hold committed pages a file copy would miss)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _cars(session: Any, when: dt.datetime) -> list[tuple[int, int, int]]:
    """(client, car, a mileage above every reading of the car) for cars spread over the table.

    Cars with a reading after ``when`` (a planned visit with a mileage) are
    left out: the saved visit's mileage could not lie between the two.
    """
    last_id = session.scalar(select(func.max(Vehicle.id))) or 0
    step = max(last_id // CARS, 1)
    readings = (
        select(
            Vehicle.id,
            Vehicle.client_id,
            func.coalesce(func.max(Visit.mileage), 0).label("top"),
            func.max(Visit.started_at).label("last"),
        )
        .outerjoin(Visit, (Visit.vehicle_id == Vehicle.id) & Visit.mileage.is_not(None))
        .where(Vehicle.id % step == 0)
        .group_by(Vehicle.id)
    )
    cars = [
        (row.client_id, row.id, row.top + 500)
        for row in session.execute(readings)
        if row.last is None or row.last < when
    ]
    if not cars:
        raise RuntimeError("the scale database has no cars to save visits for")
    return cars
