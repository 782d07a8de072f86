"""A small shop covering every exchanged table, and a way to compare databases."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.exchange.layout import FILES
from app.models import (
    ChurnReason,
    Client,
    Department,
    Employee,
    Inquiry,
    Reminder,
    Service,
    Source,
    Vehicle,
    Visit,
    VisitItem,
)
from app.services.derived import rebuild_all

D = dt.date
T = dt.datetime

CLIENT_NOTES = 'Постійний клієнт,\n"VIP" — дзвонити після 18:00, ціна "як завжди"'
CHURN_NOTE = "Переїхав до Кишинева;\r\nпросив не дзвонити"
FEEDBACK = 'Все добре, "дякую"\nдо зустрічі'


def schema(engine: Engine) -> list[tuple[str, str]]:
    """The tables and indexes of a database, as created (their SQL on SQLite; the
    indexes', constraints' and columns' definitions on PostgreSQL)."""
    if engine.dialect.name == "sqlite":
        sql = "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
    else:
        sql = (
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
            "UNION ALL SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE connamespace = 'public'::regnamespace "
            "UNION ALL SELECT table_name || '.' || column_name, data_type "
            "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"
        )
    with engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(sql)]


def all_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every column of every exchanged table (derived ones too), in id order."""
    with engine.connect() as conn:
        return {
            spec.table.name: [
                tuple(r) for r in conn.execute(select(spec.table).order_by(spec.table.c.id))
            ]
            for spec in FILES
        }


def fill_sample(engine: Engine) -> None:
    """A small shop: Cyrillic and Romanian names, notes with line breaks and quotes,
    quantities 4.5 and 0.333, prices 1250.50 / 380 / 320.50, nulls, declined items."""
    with Session(engine) as session, session.begin():
        session.add_all(
            [
                Department(id=1, name="Технічне обслуговування"),
                Department(id=2, name="Шиномонтаж"),
                Department(id=3, name="Diagnosticare"),
                Source(id=1, name="Google Maps"),
                Source(id=2, name="Рекомендація друга"),
                ChurnReason(id=1, name="Переїхав"),
            ]
        )
        session.flush()
        session.add_all(
            [
                Service(
                    id=1,
                    name="Заміна оливи",
                    department_id=1,
                    price=38000,
                    interval_months=12,
                    interval_km=10000,
                ),
                Service(id=2, name="Олива 5W-30, л", department_id=1, price=32050),
                Service(
                    id=3, name="Шиномонтаж R16", department_id=2, price=125050, interval_months=6
                ),
                Service(id=4, name="Diagnoză computerizată", department_id=3, price=0),
                Employee(id=1, name="Іван Петренко", department_id=1, active=True),
                Employee(id=2, name="Ion Rusu", department_id=None, active=False),
            ]
        )
        session.flush()
        session.add_all(
            [
                Client(
                    id=1,
                    name="Олена Ковальчук",
                    phone="+380501234567",
                    email="olena@example.com",
                    registered_on=D(2024, 3, 1),
                    source_id=1,
                    notes=CLIENT_NOTES,
                ),
                Client(id=4, name="Anna Smith", phone="+380931234567", registered_on=D(2025, 2, 1)),
            ]
        )
        session.flush()
        session.add_all(
            [
                Client(
                    id=2,
                    name="Ștefan Munteanu",
                    phone="+37369123456",
                    registered_on=D(2025, 1, 10),
                    referred_by_id=1,
                    do_not_contact=True,
                    left_on=D(2026, 6, 1),
                    churn_reason_id=1,
                    churn_note=CHURN_NOTE,
                ),
                Client(
                    id=3,
                    name="Петро Бондар",
                    phone="+380671112233",
                    registered_on=D(2026, 11, 23),
                    source_id=2,
                    referred_by_id=4,
                ),
            ]
        )
        session.flush()
        session.add_all(
            [
                Vehicle(
                    id=1,
                    client_id=1,
                    make="Škoda",
                    model="Octavia",
                    year=2015,
                    plate="AA1234BC",
                    vin="TMBJJ7NE8F0123456",
                ),
                Vehicle(id=2, client_id=2, make="Dacia", model="Logan", plate="C123ABC"),
                Vehicle(id=3, client_id=3, make="Renault", model=""),
            ]
        )
        session.flush()
        session.add_all(
            [
                Visit(
                    id=1,
                    client_id=1,
                    vehicle_id=1,
                    started_at=T(2025, 3, 1, 9, 30),
                    mileage=120000,
                    employee_id=1,
                    status="completed",
                    rating=5,
                    feedback=FEEDBACK,
                ),
                Visit(
                    id=2,
                    client_id=1,
                    vehicle_id=1,
                    started_at=T(2026, 4, 15, 14, 5, 30),
                    mileage=135000,
                    employee_id=2,
                    status="completed",
                ),
                Visit(
                    id=3,
                    client_id=2,
                    vehicle_id=2,
                    started_at=T(2025, 5, 5, 10, 0),
                    status="cancelled",
                ),
                Visit(
                    id=4,
                    client_id=1,
                    vehicle_id=1,
                    started_at=T(2026, 12, 1, 10, 0),
                    status="planned",
                ),
                Visit(
                    id=5,
                    client_id=2,
                    vehicle_id=2,
                    started_at=T(2025, 6, 1, 8, 0),
                    mileage=50,
                    status="completed",
                    rating=3,
                    mileage_note="одометр замінено",
                ),
                Visit(id=6, client_id=3, started_at=T(2026, 11, 23, 9, 0), status="no_show"),
            ]
        )
        session.flush()
        session.add_all(
            [
                VisitItem(id=1, visit_id=1, service_id=1, quantity_milli=1000, price=38000),
                VisitItem(id=2, visit_id=1, service_id=2, quantity_milli=4500, price=32050),
                VisitItem(
                    id=3, visit_id=1, service_id=3, quantity_milli=1000, price=125050, declined=True
                ),
                VisitItem(id=4, visit_id=2, service_id=2, quantity_milli=333, price=32050),
                VisitItem(id=5, visit_id=2, service_id=1, quantity_milli=1000, price=38000),
                VisitItem(id=6, visit_id=3, service_id=4, quantity_milli=1000, price=0),
                VisitItem(id=7, visit_id=5, service_id=3, quantity_milli=4000, price=125050),
                Inquiry(
                    id=1,
                    received_at=T(2025, 2, 28, 18, 0),
                    client_id=1,
                    source_id=1,
                    channel="call",
                    visit_id=1,
                ),
                Inquiry(id=2, received_at=T(2025, 3, 3, 11, 15), channel="walk_in"),
                Inquiry(
                    id=3,
                    received_at=T(2026, 1, 5, 16, 45, 10),
                    name="Ion",
                    phone="+37379012345",
                    source_id=2,
                    channel="online",
                ),
                Reminder(
                    id=1,
                    client_id=1,
                    vehicle_id=1,
                    service_id=1,
                    due_on=D(2027, 4, 15),
                    due_mileage=145000,
                    note="Заміна оливи,\nпередзвонити",
                    status="pending",
                    created_on=D(2026, 4, 15),
                ),
                Reminder(
                    id=2,
                    client_id=2,
                    due_mileage=60000,
                    status="dismissed",
                    created_on=D(2025, 6, 1),
                    done_on=D(2025, 7, 1),
                ),
                Reminder(
                    id=3,
                    client_id=1,
                    vehicle_id=1,
                    service_id=3,
                    due_on=D(2026, 5, 15),
                    status="pending",
                    created_on=D(2026, 4, 15),
                    snoozed_until=D(2026, 12, 1),
                ),
                Reminder(
                    id=4,
                    client_id=4,
                    due_on=D(2026, 1, 10),
                    status="done",
                    created_on=D(2025, 7, 10),
                    done_on=D(2026, 1, 12),
                ),
            ]
        )
    with engine.begin() as conn:
        rebuild_all(conn)
