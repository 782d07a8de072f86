"""Property tests of bad input: any input is saved completely or refused whole.

Each test gets one database (the ``session`` fixture) with a small shop
committed in it (``world``); every generated example starts with
``session.rollback()``, so each runs on the same shop and leaves nothing.
"""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.services import catalog, clients, vehicles, visits
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.clients import ClientInput
from app.services.vehicles import VehicleInput
from app.services.visits import ItemInput, VisitInput
from tests.properties.support import World


@pytest.fixture
def world(session: Session, clock) -> World:
    maintenance = catalog.create_department(session, "Технічне обслуговування").value.id
    oil = catalog.create_service(session, ServiceInput("Олива", maintenance, 31262)).value.id
    check = catalog.create_service(session, ServiceInput("Огляд", maintenance, 0)).value.id
    petro = catalog.create_employee(session, EmployeeInput("Петро", maintenance)).value.id
    ivan = catalog.create_employee(session, EmployeeInput("Іван", None, active=False)).value.id
    ann = clients.create_client(session, ClientInput("Ганна", "050 111 22 33"), clock).value.id
    bob = clients.create_client(session, ClientInput("Bob", "067 444 55 66"), clock).value.id
    ann_car = vehicles.add_vehicle(
        session, ann, VehicleInput("Toyota", "Corolla", plate="AA0001BC"), clock
    ).value.id
    bob_car = vehicles.add_vehicle(
        session, bob, VehicleInput("Skoda", "Octavia", plate="BB0002CC"), clock
    ).value.id
    visit = visits.create_visit(
        session,
        VisitInput(
            ann, clock.now().replace(hour=9), ann_car, 50000, petro, items=(ItemInput(oil),)
        ),
        clock,
    ).value.id
    google = catalog.create_source(session, "Google Maps").value.id
    moved = catalog.create_churn_reason(session, "Переїхав").value.id
    session.commit()
    return World(
        ann, bob, ann_car, bob_car, visit, maintenance, oil, check, petro, ivan, google, moved
    )
