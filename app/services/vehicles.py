"""A client's cars: plate and VIN normalised and unique, the client's search text kept current."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import Client, Vehicle
from app.services import derived
from app.services.changes import Changes, Saved
from app.services.checks import optional_whole_number, require
from app.services.errors import DuplicateError
from app.services.normalize import normalize_plate, normalize_vin, optional_text, required_text

FIRST_YEAR = 1900


@dataclasses.dataclass(frozen=True)
class VehicleInput:
    make: str
    model: str = ""
    year: int | None = None
    plate: str | None = None
    vin: str | None = None


@dataclasses.dataclass(frozen=True)
class VehicleRecord:
    id: int
    client_id: int
    make: str
    model: str
    year: int | None
    plate: str | None
    vin: str | None


def add_vehicle(
    session: Session, client_id: int, data: VehicleInput, clock: Clock
) -> Saved[VehicleRecord]:
    require(session, Client, client_id, "client_id")
    values = _checked(session, data, None, clock)
    vehicle = Vehicle(client_id=client_id, **values)
    session.add(vehicle)
    session.flush()
    derived.refresh_client_search(session, client_id)
    return Saved(_record(vehicle), Changes.of(vehicles=[vehicle.id], clients=[client_id]))


def update_vehicle(
    session: Session, vehicle_id: int, data: VehicleInput, clock: Clock
) -> Saved[VehicleRecord]:
    vehicle = require(session, Vehicle, vehicle_id, "vehicle_id")
    for key, value in _checked(session, data, vehicle_id, clock).items():
        setattr(vehicle, key, value)
    session.flush()
    derived.refresh_client_search(session, vehicle.client_id)
    return Saved(_record(vehicle), Changes.of(vehicles=[vehicle_id], clients=[vehicle.client_id]))


def get_vehicle(session: Session, vehicle_id: int) -> VehicleRecord:
    return _record(require(session, Vehicle, vehicle_id, "vehicle_id"))


def list_vehicles(session: Session, client_id: int) -> tuple[VehicleRecord, ...]:
    stmt = select(Vehicle).where(Vehicle.client_id == client_id).order_by(Vehicle.id)
    return tuple(_record(v) for v in session.scalars(stmt))


def _checked(
    session: Session, data: VehicleInput, own_id: int | None, clock: Clock
) -> dict[str, object]:
    """The columns to store for ``data``, every rule checked; nothing is written."""
    make = required_text(data.make, "make", 100)
    model = optional_text(data.model, "model", 100) or ""
    year = optional_whole_number(data.year, "year", FIRST_YEAR, clock.today().year + 1)
    plate = normalize_plate(data.plate)
    vin = normalize_vin(data.vin)
    for field, column, value in (("plate", Vehicle.plate, plate), ("vin", Vehicle.vin, vin)):
        if value is None:
            continue
        row = session.execute(select(Vehicle.id, Vehicle.client_id).where(column == value)).first()
        if row is not None and row.id != own_id:
            raise DuplicateError(
                field,
                QT_TRANSLATE_NOOP("Refusals", "{value} is already recorded for another car"),
                row.client_id,
                value=value,
                vehicle_id=row.id,
            )
    return {"make": make, "model": model, "year": year, "plate": plate, "vin": vin}


def _record(vehicle: Vehicle) -> VehicleRecord:
    return VehicleRecord(
        id=vehicle.id,
        client_id=vehicle.client_id,
        make=vehicle.make,
        model=vehicle.model,
        year=vehicle.year,
        plate=vehicle.plate,
        vin=vehicle.vin,
    )
