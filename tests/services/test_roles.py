"""Roles enforced in the services: what the admin (front desk) may not do, called directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.clock import FixedClock
from app.db import make_session_factory
from app.models import AuditEntry, Client, Visit
from app.reports import REPORTS
from app.reports.base import make_params
from app.reports.output import to_json_dict
from app.services import catalog, client_status, clients, reporting, settings, table_export, visits
from app.services.access import SYSTEM, AccessDenied, Actor, Permission, Role
from app.services.clients import ClientInput
from app.services.visits import VisitInput
from tests.reports.shop import Shop

ADMIN = Actor(None, "desk1", Role.ADMIN)
AS_OF = dt.date(2026, 11, 23)


@pytest.fixture
def as_admin(engine: Engine, clock: FixedClock) -> Iterator[Session]:
    with make_session_factory(engine, ADMIN, clock)() as session:
        yield session


@pytest.fixture
def lost_ann(engine: Engine) -> int:
    """Ann came twice (1,000.00 and 500.00) and has not been back for 286 days."""
    with engine.begin() as conn:
        shop = Shop(conn)
        oil = shop.service("Oil change", shop.department("Maintenance"), "1000")
        ann = shop.client("Ann", "2025-12-01")
        shop.visit(ann, "2026-01-10", [(oil, "1000")])
        shop.visit(ann, "2026-02-10", [(oil, "500")])
        shop.done()
    return ann


def test_the_owner_may_everything_and_the_admin_none_of_the_guarded_things() -> None:
    assert all(SYSTEM.may(p) for p in Permission)
    assert not any(ADMIN.may(p) for p in Permission)


def test_admin_cannot_delete(
    as_admin: Session, session: Session, clock: FixedClock, new_client: Callable[..., int]
) -> None:
    ann, dup = new_client("Ann"), new_client("Ann again")
    visit_id = visits.create_visit(session, VisitInput(ann, dt.datetime(2026, 11, 20)), clock)
    session.commit()
    with pytest.raises(AccessDenied) as denied:
        visits.delete_visit(as_admin, visit_id.value.id)
    assert denied.value.field == "delete"
    with pytest.raises(AccessDenied):
        client_status.merge_clients(as_admin, ann, dup)
    as_admin.rollback()
    assert as_admin.scalar(select(func.count()).select_from(Visit)) == 1
    assert as_admin.scalar(select(func.count()).select_from(Client)) == 2


@pytest.mark.parametrize(
    "change",
    [
        lambda s: settings.save_settings(s, currency="EUR"),
        lambda s: catalog.create_department(s, "Body work"),
        lambda s: catalog.create_source(s, "Radio"),
        lambda s: catalog.create_service(s, catalog.ServiceInput("Wash", 1, 100)),
        lambda s: catalog.create_employee(s, catalog.EmployeeInput("Petro")),
    ],
    ids=["settings", "department", "source", "service", "employee"],
)
def test_admin_cannot_change_settings(as_admin: Session, change: Callable[[Session], Any]) -> None:
    with pytest.raises(AccessDenied) as denied:
        change(as_admin)
    assert denied.value.field == "settings"


def test_admin_works_the_front_desk(as_admin: Session, clock: FixedClock) -> None:
    saved = clients.create_client(as_admin, ClientInput("Ann", "0501234567"), clock)
    visits.create_visit(as_admin, VisitInput(saved.value.id, dt.datetime(2026, 11, 20)), clock)
    as_admin.commit()
    actors = as_admin.scalars(select(AuditEntry.actor).distinct()).all()
    assert actors == ["desk1"]


def test_admin_cannot_export(as_admin: Session, session: Session, tmp_path: Path) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    result = reporting.read_report(session, "growth", make_params(AS_OF))
    with pytest.raises(AccessDenied) as denied:
        table_export.export_csv(as_admin, result.table, tmp_path / "growth.csv")
    with pytest.raises(AccessDenied):
        table_export.export_xlsx(as_admin, tmp_path / "growth.xlsx", [("g", result.table)], "UAH")
    assert denied.value.field == "export"
    assert list(tmp_path.iterdir()) == []
    assert (
        table_export.export_csv(session, result.table, tmp_path / "growth.csv") == 13
    )  # 2025-11 .. 2026-11


MONEY_REPORTS = {"kpi", "top", "trends", "masters", "rfm", "sources", "referrals"}


def test_money_reports_are_the_owners(as_admin: Session) -> None:
    assert {name for name, spec in REPORTS.items() if spec.money} == MONEY_REPORTS
    for name in MONEY_REPORTS:
        with pytest.raises(AccessDenied) as denied:
            reporting.read_report(as_admin, name, make_params(AS_OF))
        assert denied.value.field == "money_reports"
    assert set(reporting.readable_reports(ADMIN)) == set(REPORTS) - MONEY_REPORTS
    assert set(reporting.readable_reports(SYSTEM)) == set(REPORTS)


def test_the_admin_reads_the_lost_clients_without_money(
    as_admin: Session, session: Session, lost_ann: int
) -> None:
    params = make_params(AS_OF)
    owner_row = to_json_dict(reporting.read_report(session, "lost", params))["rows"][0]
    admin_json = to_json_dict(reporting.read_report(as_admin, "lost", params))
    assert owner_row["lifetime_revenue"] == 1500.0
    assert admin_json["rows"] == [
        {
            "client_id": lost_ann,
            "name": "Ann",
            "phone": owner_row["phone"],
            "visits": 2,
            "first_visit": "2026-01-10",
            "last_visit": "2026-02-10",
            "avg_interval_days": 31.0,
            "days_since_last": 286,
        }
    ]


def test_no_money_left_in_any_report_the_admin_reads(as_admin: Session, lost_ann: int) -> None:
    for name in reporting.readable_reports(ADMIN):
        result = reporting.read_report(as_admin, name, make_params(AS_OF))
        tables = [result.table] + [t for t in result.extras.values() if hasattr(t, "columns")]
        for table in tables:
            assert all(c.kind != "money" for c in table.columns), name
            for row in table.rows:
                assert not any("revenue" in key or "monetary" in key for key in row), name
