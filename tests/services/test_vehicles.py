from __future__ import annotations

import pytest

from app.models import Client
from app.services import vehicles
from app.services.client_search import find_clients
from app.services.errors import DuplicateError, NotFoundError
from app.services.vehicles import VehicleInput

VIN = "WVWZZZ1JZXW000001"


def test_a_car_is_added_with_its_plate_and_vin_normalised(session, clock, new_client) -> None:
    olena = new_client("Олена Ковальчук", "0501234567")
    data = VehicleInput(" Toyota ", "Corolla", 2015, plate="aa 1234-bc", vin=" wvwzzz1jzxw000001 ")
    saved = vehicles.add_vehicle(session, olena, data, clock)
    car = saved.value
    assert (car.client_id, car.make, car.model, car.year) == (olena, "Toyota", "Corolla", 2015)
    assert (car.plate, car.vin) == ("AA1234BC", VIN)
    assert saved.changes.vehicles == {car.id}
    assert saved.changes.clients == {olena}
    assert session.get(Client, olena).search_text == "олена ковальчук | 380501234567 | aa1234bc"
    assert vehicles.get_vehicle(session, car.id) == car
    assert vehicles.list_vehicles(session, olena) == (car,)


def test_a_car_needs_only_a_make(session, clock, new_client) -> None:
    olena = new_client("Олена")
    car = vehicles.add_vehicle(session, olena, VehicleInput("ВАЗ"), clock).value
    assert (car.model, car.year, car.plate, car.vin) == ("", None, None, None)


@pytest.mark.parametrize(
    ("field", "data"),
    [
        ("make", VehicleInput("  ", "Corolla")),
        ("year", VehicleInput("Ford", year=1899)),
        ("year", VehicleInput("Ford", year=2028)),  # today is 2026: next year's models at most
        ("year", VehicleInput("Ford", year="2015")),
        ("vin", VehicleInput("Ford", vin="WVWZZZ1JZXW00001")),  # 16 characters
        ("vin", VehicleInput("Ford", vin="WVWZZZ1JZXW00000I")),
        ("vin", VehicleInput("Ford", vin="OVWZZZ1JZXW000001")),
        ("vin", VehicleInput("Ford", vin="QVWZZZ1JZXW000001")),
        ("plate", VehicleInput("Ford", plate="A" * 21)),
    ],
)
def test_bad_cars_are_refused(session, clock, new_client, refused, field, data) -> None:
    olena = new_client("Олена")
    refused(field, vehicles.add_vehicle, session, olena, data, clock)


def test_next_years_model_is_accepted(session, clock, new_client) -> None:
    olena = new_client("Олена")
    assert vehicles.add_vehicle(session, olena, VehicleInput("Kia", year=2027), clock).value.year


def test_a_car_of_a_missing_client_is_refused(session, clock, refused) -> None:
    error = refused("client_id", vehicles.add_vehicle, session, 404, VehicleInput("Ford"), clock)
    assert isinstance(error, NotFoundError)


def test_a_duplicate_plate_or_vin_names_the_owner(
    session, clock, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    petro = new_client("Петро")
    new_vehicle(olena, plate="AA1234BC", vin=VIN)
    error = refused(
        "plate",
        vehicles.add_vehicle,
        session,
        petro,
        VehicleInput("Ford", plate="aa 1234 bc"),
        clock,
    )
    assert isinstance(error, DuplicateError)
    assert error.existing_id == olena
    error = refused(
        "vin", vehicles.add_vehicle, session, petro, VehicleInput("Ford", vin=VIN.lower()), clock
    )
    assert error.existing_id == olena


def test_an_edit_keeps_its_own_plate_and_refreshes_the_search(
    session, clock, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    petro = new_client("Петро")
    car = new_vehicle(olena, plate="AA1234BC", vin=VIN)
    new_vehicle(petro, plate="KA0001EX")
    edited = vehicles.update_vehicle(
        session, car, VehicleInput("Toyota", "Camry", 2016, plate="BC 0002 AA", vin=VIN), clock
    ).value
    assert (edited.model, edited.year, edited.plate) == ("Camry", 2016, "BC0002AA")
    assert [c.id for c in find_clients(session, "bc0002").rows] == [olena]
    assert find_clients(session, "aa1234").rows == ()
    error = refused(
        "plate",
        vehicles.update_vehicle,
        session,
        car,
        VehicleInput("Toyota", plate="ka0001ex"),
        clock,
    )
    assert error.existing_id == petro
    refused("vehicle_id", vehicles.update_vehicle, session, 404, VehicleInput("Toyota"), clock)
