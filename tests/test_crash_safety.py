"""Crash safety: writers killed with SIGKILL at random moments, and two writers at once.

The writers are real processes (``tests/crash_writer.py``) saving visits
through ``create_visit`` in ``write_session``; a visit is acknowledged when its
id is printed, after the commit. Afterwards the file must be sound, hold every
acknowledged visit whole, and no visit may be half-written.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

import app.db
from app.backup import check
from app.db import DatabaseBusy, make_session_factory, sqlite_url, write_session
from app.models import Service, Visit, VisitItem
from app.services import catalog, clients
from app.services.access import SYSTEM
from app.services.catalog import ServiceInput
from app.services.clients import ClientInput
from app.services.money import item_amount
from tests.crash_writer import CLIENTS, expected_items

WRITER = Path(__file__).with_name("crash_writer.py")
ROUNDS = 25
NUMBERS_PER_ROUND = 100_000  # each round's visits get numbers of their own


@pytest.fixture
def shop(sessions, clock) -> None:
    with write_session(sessions) as session:
        maintenance = catalog.create_department(session, "Maintenance").value.id
        for name, price in (("Oil change", 50_000), ("Engine oil", 31_262), ("Filter", 12_000)):
            catalog.create_service(session, ServiceInput(name, maintenance, price))
        for n in range(CLIENTS):
            clients.create_client(session, ClientInput(f"Client {n}", f"050 {n:07d}"), clock)


def start_writer(db: Path, first: int, count: int, out: Path, go: Path | None = None):
    args = [sys.executable, str(WRITER), str(db), str(first), str(count)]
    if go is not None:
        args.append(str(go))
    with out.open("wb") as stdout, out.with_suffix(".err").open("wb") as stderr:
        return subprocess.Popen(args, stdout=stdout, stderr=stderr, cwd=WRITER.parent.parent)


def acknowledged(out: Path) -> dict[int, int]:
    """Visit id -> number of every complete line after ``ready`` (a cut line is no answer)."""
    lines = out.read_text().split("\n")[:-1]  # the part after the last newline is unfinished
    assert lines[0] == "ready"
    return {int(line.split()[0]): int(line.split()[1]) for line in lines[1:]}


def wait_ready(out: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not out.read_text().startswith("ready\n"):
        assert time.monotonic() < deadline, "the writer did not start"
        time.sleep(0.01)


def assert_sound(engine: Engine, acked: dict[int, int]) -> int:
    """Every visit whole, revenue and the clients' chains right, every acknowledged one there.

    Returns the number of visits in the file.
    """
    result = check(sqlite_url(Path(engine.url.database)))
    assert result.ok, result.problems
    with engine.connect() as conn:
        services = list(conn.scalars(select(Service.id).order_by(Service.id)))
        visits = conn.execute(
            select(Visit.id, Visit.client_id, Visit.started_at, Visit.feedback, Visit.revenue)
            .add_columns(Visit.visit_no, Visit.cum_revenue)
            .order_by(Visit.started_at, Visit.id)
        ).all()
        items: dict[int, list] = defaultdict(list)
        for item in conn.execute(
            select(VisitItem.visit_id, VisitItem.service_id, VisitItem.quantity_milli)
            .add_columns(VisitItem.price, VisitItem.declined, VisitItem.amount)
            .order_by(VisitItem.id)
        ):
            items[item.visit_id].append(item)
    numbers = {}
    chains: dict[int, int] = defaultdict(int)
    running: dict[int, int] = defaultdict(int)
    for visit in visits:
        number = int(visit.feedback.removeprefix("#"))
        numbers[visit.id] = number
        stored = [(i.service_id, i.quantity_milli, i.price, i.declined) for i in items[visit.id]]
        assert stored == expected_items(number, services), f"visit {visit.id} is not whole"
        amounts = [item_amount(q, p) for _, q, p, _ in stored]
        assert [i.amount for i in items[visit.id]] == amounts
        revenue = sum(a for a, s in zip(amounts, stored, strict=True) if not s[3])
        assert visit.revenue == revenue
        chains[visit.client_id] += 1
        running[visit.client_id] += revenue
        assert (visit.visit_no, visit.cum_revenue) == (
            chains[visit.client_id],
            running[visit.client_id],
        )
    missing = {i: n for i, n in acked.items() if numbers.get(i) != n}
    assert not missing, f"acknowledged visits lost: {missing}"
    return len(visits)


@pytest.mark.slow
def test_writers_killed_at_random_moments_lose_no_acknowledged_visit(
    shop, engine, db_path, tmp_path
) -> None:
    rng = random.Random(20261123)
    acked: dict[int, int] = {}
    for round_ in range(ROUNDS):
        out = tmp_path / f"round-{round_}.out"
        writer = start_writer(db_path, round_ * NUMBERS_PER_ROUND, 0, out)
        wait_ready(out)
        time.sleep(rng.uniform(0.0, 0.4))
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(30) == -signal.SIGKILL
        acked |= acknowledged(out)
    visits = assert_sound(engine, acked)
    # Each round may have committed one visit it had no time to acknowledge.
    assert len(acked) <= visits <= len(acked) + ROUNDS
    assert len(acked) >= 4 * ROUNDS  # the kills did land among the writes


@pytest.mark.slow
def test_two_writers_at_once_lose_nothing_and_never_see_a_locked_database(
    shop, engine, db_path, tmp_path
) -> None:
    go = tmp_path / "go"
    outs = [tmp_path / "a.out", tmp_path / "b.out"]
    writers = [
        start_writer(db_path, n * NUMBERS_PER_ROUND, 200, out, go) for n, out in enumerate(outs)
    ]
    for out in outs:
        wait_ready(out)
    go.touch()
    for writer in writers:
        assert writer.wait(120) == 0
    for out in outs:
        assert out.with_suffix(".err").read_text() == ""  # no "database is locked"
    acked = acknowledged(outs[0]) | acknowledged(outs[1])
    assert sorted(acked.values()) == [
        *range(200),
        *range(NUMBERS_PER_ROUND, NUMBERS_PER_ROUND + 200),
    ]
    assert assert_sound(engine, acked) == 400


def test_a_lock_held_past_the_busy_timeout_is_a_refusal_not_a_driver_error(
    shop, db_path, clock, monkeypatch
) -> None:
    """Another program's long transaction (an import) outlasts the wait: the save is
    refused with a message the desk shows, nothing is written, and the next try works."""
    monkeypatch.setattr(app.db, "BUSY_TIMEOUT_MS", 200)
    engine = app.db.create_db_engine(sqlite_url(db_path))
    sessions = make_session_factory(engine, SYSTEM, clock)
    importer = sqlite3.connect(db_path, isolation_level=None)
    importer.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    with pytest.raises(DatabaseBusy) as refused, write_session(sessions) as session:
        clients.create_client(session, ClientInput("Олена Ковальчук", "050 123 45 67"), clock)
    assert 0.2 <= time.monotonic() - started < 5
    assert refused.value.field == "database"
    assert refused.value.text() == (
        "The database is busy (a long save elsewhere): nothing was saved; try again."
    )
    importer.rollback()
    importer.close()
    with write_session(sessions) as session:
        clients.create_client(session, ClientInput("Олена Ковальчук", "050 123 45 67"), clock)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM clients").scalar() == CLIENTS + 1
    engine.dispose()
