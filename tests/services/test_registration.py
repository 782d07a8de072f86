"""Registering a client with the first car: one write, nothing left of a refusal."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Client, Vehicle
from app.services.clients import ClientInput
from app.services.errors import DuplicateError
from app.services.registration import register_client
from app.services.vehicles import VehicleInput
from tests.services.conftest import db_state


def test_a_client_and_the_first_car(session, clock) -> None:
    saved = register_client(
        session,
        ClientInput("Олена Ковальчук", "050 123 45 67"),
        VehicleInput("Toyota", "Corolla", 2018, "aa 1234 bc", "jtdbr32e720123456"),
        clock,
    )
    client = saved.value
    car = session.scalars(select(Vehicle).where(Vehicle.client_id == client.id)).one()
    assert (car.make, car.model, car.year, car.plate, car.vin) == (
        "Toyota",
        "Corolla",
        2018,
        "AA1234BC",
        "JTDBR32E720123456",
    )
    assert saved.changes.clients == {client.id}
    assert saved.changes.vehicles == {car.id}
    assert session.get(Client, client.id).search_text == "олена ковальчук | 380501234567 | aa1234bc"


def test_without_a_car(session, clock) -> None:
    saved = register_client(session, ClientInput("Петро", "0671234567"), None, clock)
    assert saved.changes.vehicles == frozenset()
    assert session.scalars(select(Vehicle)).all() == []


def test_a_refused_car_leaves_no_client(session, clock, new_client, new_vehicle) -> None:
    owner = new_client("Петро", "0671234567")
    new_vehicle(owner, plate="AA1234BC")
    before = db_state(session)
    with pytest.raises(DuplicateError) as caught:
        register_client(
            session,
            ClientInput("Олена", "0501234567"),
            VehicleInput("Skoda", plate="aa1234bc"),
            clock,
        )
    assert (caught.value.field, caught.value.existing_id) == ("plate", owner)
    assert db_state(session) == before  # the caller did not roll back


def test_a_refused_client_writes_nothing(session, clock) -> None:
    register_client(session, ClientInput("Олена", "0501234567"), None, clock)
    before = db_state(session)
    with pytest.raises(DuplicateError) as caught:
        register_client(session, ClientInput("Інша", "050 123 45 67"), VehicleInput("Skoda"), clock)
    assert caught.value.field == "phone"
    assert db_state(session) == before
