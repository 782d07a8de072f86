"""Every report gives the same JSON text on SQLite and on PostgreSQL for the same data.

One shop is built row by row (tests/reports/shop.py) into a SQLite file and a
PostgreSQL database, with what tells databases apart: ties in revenue, dates
and counts, nulls in every optional column, visits at midnight and late in the
evening, a leap day, quantities of thirds, departed and do-not-contact clients.
Then every report runs with its option variants on both, and the texts of
``pitstop report NAME --format json`` must be equal. A demo shop (the
generator's bulk path) is compared the same way.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from app.db import create_db_engine, sqlite_url
from app.demo import generate
from app.reports import REPORTS, run_report
from app.reports.base import make_params
from app.reports.output import to_json
from tests.conftest import DatabaseUnderTest, PgServer
from tests.reports.shop import Shop

TODAY = dt.date(2026, 11, 23)
PRICES = ("0", "380", "380", "450.50", "1200", "1250.50", "2000")
QUANTITIES = ("1", "1", "1", "2", "0.333", "4.5")
HOURS = ("00:00:00", "08:30:00", "09:00:00", "12:15:45", "18:00:00", "23:59:59")


def build_shop(engine: Engine, seed: int = 7) -> None:
    """About 90 clients, 600 visits and 70 inquiries over six years, the same on any
    database for the same seed."""
    rng = random.Random(seed)
    with engine.begin() as conn:
        shop = Shop(conn)
        departments = [shop.department(n) for n in ("ТО", "Шиномонтаж", "Кузов")]
        services = [
            shop.service("Заміна оливи", departments[0], "500", interval_months=12),
            shop.service("Фільтр", departments[0], "380"),
            shop.service("Огляд", departments[0], "0"),
            shop.service("Шиномонтаж R16", departments[1], "800", interval_months=6),
            shop.service("Балансування", departments[1], "380"),
            shop.service("Рихтування", departments[2], "1250.50"),
        ]
        sources = [shop.source(n) for n in ("Google Maps", "Рекомендація", "Вивіска")]
        reasons = [shop.reason("Переїхав"), shop.reason("Ціна")]
        masters = [
            shop.master("Петро", departments[0]),
            shop.master("Іван", departments[1], active=False),
            shop.master("Олег", None),
            shop.master("Ana", departments[2]),
        ]
        clients: list[int] = []
        for n in range(90):
            registered = dt.date(2020, 12, 1) + dt.timedelta(days=rng.randrange(0, 2100))
            left = None
            if n % 9 == 4:
                left = min(registered + dt.timedelta(days=rng.randrange(30, 900)), TODAY)
            client = shop.client(
                f"Клієнт {n:02d}" if n % 7 else "Олена Ковальчук",
                registered.isoformat(),
                source=rng.choice([None, *sources]),
                referred_by=rng.choice(clients) if clients and n % 5 == 0 else None,
                do_not_contact=n % 11 == 3,
                left_on=left.isoformat() if left else None,
                reason=rng.choice(reasons) if left else None,
            )
            clients.append(client)
            cars = [shop.vehicle(client, plate=f"AA{n:02d}{k:02d}BC") for k in range(n % 3)]
            start = registered
            for _ in range(rng.choice((0, 1, 1, 2, 3, 5, 8, 12, 15))):
                start += dt.timedelta(days=rng.choice((0, 1, 14, 29, 30, 61, 90, 180, 365, 400)))
                if start > TODAY:
                    break
                at = f"{start.isoformat()} {rng.choice(HOURS)}"
                if rng.random() < 0.02:
                    at = "2024-02-29 10:00:00"
                items = [
                    (
                        rng.choice(services),
                        rng.choice(PRICES),
                        rng.choice(QUANTITIES),
                        rng.random() < 0.15,
                    )
                    for _ in range(rng.randrange(0, 4))
                ]
                status = "planned" if start >= TODAY else "completed"
                if rng.random() < 0.12:
                    status = rng.choice(("cancelled", "no_show"))
                visit = shop.visit(
                    client,
                    at,
                    items,
                    status=status,
                    master=rng.choice([None, *masters]),
                    rating=rng.choice((None, None, 1, 3, 4, 5, 5)),
                    mileage=rng.choice((None, 10000 * rng.randrange(1, 20))),
                    vehicle=rng.choice(cars) if cars else None,
                )
                if rng.random() < 0.1:
                    shop.inquiry(
                        at, source=rng.choice([None, *sources]), client=client, visit=visit
                    )
            if n % 6 == 1:
                due = (TODAY + dt.timedelta(days=rng.randrange(-60, 60))).isoformat()
                shop.reminder(client, due_on=due)
        for n in range(70):
            at = dt.datetime(2021, 1, 1) + dt.timedelta(hours=rng.randrange(0, 51000))
            shop.inquiry(
                at,
                source=rng.choice([None, *sources]),
                client=rng.choice([None, None, *clients]),
                channel=rng.choice(("call", "walk_in", "online", "other")),
                name=f"Дзвінок {n}",
            )
        shop.done()


def variants(name: str) -> list[dict[str, Any]]:
    """The report's options of the command line worth comparing."""
    spec = REPORTS[name]
    found: list[dict[str, Any]] = [
        {},
        {"as_of": dt.date(2025, 6, 30)},
        {
            "as_of": dt.date(2025, 12, 31),
            "date_from": dt.date(2024, 2, 29),
            "date_to": dt.date(2025, 3, 1),
        },
        {"date_from": dt.date(2020, 1, 1)},
    ]
    if spec.uses_limit:
        found += [{"limit": 1}, {"limit": 7}]
    if spec.uses_department:
        found += [{"department_id": d} for d in (1, 2, 3)]
    return found


def report_texts(engine: Engine) -> dict[str, str]:
    texts = {}
    with engine.connect() as conn:
        for name in sorted(REPORTS):
            for options in variants(name):
                result = run_report(conn, name, make_params(TODAY, **options))
                texts[f"{name} {options}"] = to_json(result)
    return texts


@pytest.fixture
def sqlite_engine(tmp_path: Path, migrated_template: Path) -> Iterator[Engine]:
    path = tmp_path / "same.db"
    shutil.copyfile(migrated_template, path)
    engine = create_db_engine(sqlite_url(path))
    yield engine
    engine.dispose()


@pytest.fixture
def pg_engine(pg_server: PgServer) -> Iterator[Engine]:
    name = pg_server.take()
    engine = DatabaseUnderTest(pg_server.url_of(name), None).engine()
    yield engine
    engine.dispose()
    pg_server.give_back(name)


def assert_same_reports(sqlite_engine: Engine, pg_engine: Engine) -> None:
    on_sqlite, on_pg = report_texts(sqlite_engine), report_texts(pg_engine)
    assert on_sqlite.keys() == on_pg.keys()
    for key, text in on_sqlite.items():
        assert on_pg[key] == text, key
    assert any(len(t) > 2000 for t in on_sqlite.values())  # the shop is not empty


def test_every_report_is_the_same_on_both_databases(
    sqlite_engine: Engine, pg_engine: Engine
) -> None:
    build_shop(sqlite_engine)
    build_shop(pg_engine)
    assert_same_reports(sqlite_engine, pg_engine)


def test_a_demo_shop_reports_the_same_on_both_databases(
    sqlite_engine: Engine, pg_engine: Engine
) -> None:
    for engine in (sqlite_engine, pg_engine):
        generate(engine, clients=150, years=3, seed=11, today=TODAY)
    assert_same_reports(sqlite_engine, pg_engine)
