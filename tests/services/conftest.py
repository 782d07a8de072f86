"""Fixtures of the service tests: a small catalogue and a check that refusals write nothing."""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import FixedClock
from app.models import Base
from app.services import catalog, clients, vehicles
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.clients import ClientInput
from app.services.errors import ValidationError
from app.services.vehicles import VehicleInput


@dataclasses.dataclass(frozen=True)
class Catalogue:
    maintenance: int
    tyres: int
    oil_change: int  # 500.00, every 12 months / 10,000 km
    oil: int  # 312.62 a litre
    tyre_fitting: int  # 800.00
    check: int  # a free check, 0.00
    petro: int  # an active master
    ivan: int  # a master who left
    google: int  # a marketing source
    moved: int  # a churn reason


@pytest.fixture
def cat(session: Session) -> Catalogue:
    maintenance = catalog.create_department(session, "Технічне обслуговування").value.id
    tyres = catalog.create_department(session, "Шиномонтаж").value.id

    def service(name: str, dept: int, price: int, **kw: Any) -> int:
        return catalog.create_service(session, ServiceInput(name, dept, price, **kw)).value.id

    return Catalogue(
        maintenance=maintenance,
        tyres=tyres,
        oil_change=service(
            "Заміна оливи", maintenance, 50000, interval_months=12, interval_km=10000
        ),
        oil=service("Олива 5W-30", maintenance, 31262),
        tyre_fitting=service("Шиномонтаж R16", tyres, 80000),
        check=service("Огляд", maintenance, 0),
        petro=catalog.create_employee(session, EmployeeInput("Петро", maintenance)).value.id,
        ivan=catalog.create_employee(session, EmployeeInput("Іван", tyres, active=False)).value.id,
        google=catalog.create_source(session, "Google Maps").value.id,
        moved=catalog.create_churn_reason(session, "Переїхав").value.id,
    )


_PHONES = itertools.count(1000000)


@pytest.fixture
def new_client(session: Session, clock: FixedClock) -> Callable[..., int]:
    """``new_client("Олена Ковальчук", "050 123 45 67")`` -> id; a phone is made up if not given."""

    def make(name: str, phone: str | None = None, **kw: Any) -> int:
        phone = phone or f"050{next(_PHONES):07d}"
        return clients.create_client(session, ClientInput(name, phone, **kw), clock).value.id

    return make


@pytest.fixture
def new_vehicle(session: Session, clock: FixedClock) -> Callable[..., int]:
    """``new_vehicle(client_id, plate="AA1234BC")`` -> id."""

    def make(client_id: int, make: str = "Toyota", model: str = "Corolla", **kw: Any) -> int:
        data = VehicleInput(make, model, **kw)
        return vehicles.add_vehicle(session, client_id, data, clock).value.id

    return make


def db_state(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as the session sees it (pending writes autoflushed)."""
    state = {}
    for table in Base.metadata.sorted_tables:
        rows = session.execute(select(table).order_by(*table.primary_key.columns))
        state[table.name] = [tuple(row) for row in rows]
    return state


@pytest.fixture
def refused(session: Session) -> Callable[..., ValidationError]:
    """``refused("rating", call, *args)``: the call raises on that field and writes nothing."""

    def check(field: str, call: Callable[..., Any], *args: Any, **kw: Any) -> ValidationError:
        before = db_state(session)
        with pytest.raises(ValidationError) as caught:
            call(*args, **kw)
        assert caught.value.field == field, caught.value
        assert db_state(session) == before
        return caught.value

    return check
