"""A child process for the crash-safety tests: writes visits through the real services.

``python tests/crash_writer.py DB FIRST COUNT [GO_FILE]`` writes visits number
FIRST, FIRST+1, ... (COUNT of them; 0 = until killed) to the SQLite file DB,
each in its own ``write_session``, and prints ``VISIT_ID NUMBER`` after each
commit: a printed line is an acknowledged visit. It prints ``ready`` once
set up, then waits for GO_FILE to exist (when given) so that two writers start
together. The visit's number is kept in its feedback, so the parent can tell
what every visit in the file must hold (``expected_items``).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from sqlalchemy import select

from app.clock import FixedClock
from app.db import create_db_engine, make_session_factory, sqlite_url, write_session
from app.models import Client, Service
from app.services.access import SYSTEM
from app.services.visits import ItemInput, VisitInput, create_visit

TODAY = dt.date(2026, 11, 23)
CLIENTS = 20


def expected_items(number: int, services: list[int]) -> list[tuple[int, int, int, bool]]:
    """(service_id, quantity_milli, price, declined) of visit ``number``: 1 to 4 items."""
    return [
        (services[k % len(services)], 1000 + 250 * k, 10_000 + 37 * number + k, k == 2)
        for k in range(1 + number % 4)
    ]


def main(db: str, first: int, count: int, go_file: str | None) -> None:
    engine = create_db_engine(sqlite_url(Path(db)))
    sessions = make_session_factory(engine, SYSTEM)
    clock = FixedClock(TODAY)
    with sessions() as session:
        clients = session.scalars(select(Client.id).order_by(Client.id)).all()[:CLIENTS]
        services = list(session.scalars(select(Service.id).order_by(Service.id)))
    print("ready", flush=True)
    if go_file is not None:
        while not Path(go_file).exists():
            time.sleep(0.005)
    number = first
    while count == 0 or number < first + count:
        items = tuple(
            ItemInput(service, f"{quantity / 1000}", price, declined)
            for service, quantity, price, declined in expected_items(number, services)
        )
        data = VisitInput(
            client_id=clients[number % len(clients)],
            started_at=dt.datetime(2026, 1, 1, 9) + dt.timedelta(seconds=number),
            feedback=f"#{number}",
            items=items,
        )
        with write_session(sessions) as session:
            visit_id = create_visit(session, data, clock).value.id
        print(visit_id, number, flush=True)
        number += 1


if __name__ == "__main__":
    args = sys.argv[1:]
    main(args[0], int(args[1]), int(args[2]), args[3] if len(args) > 3 else None)
