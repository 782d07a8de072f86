"""Registering a client at the desk together with the first car, as one write."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.clock import Clock
from app.services.changes import Saved
from app.services.clients import ClientInput, ClientRecord, create_client
from app.services.vehicles import VehicleInput, add_vehicle


def register_client(
    session: Session, client: ClientInput, vehicle: VehicleInput | None, clock: Clock
) -> Saved[ClientRecord]:
    """Create the client and, when given, its first car.

    Both are written inside a savepoint: a refused car (a plate of another
    client, a bad VIN) leaves no client behind even when the caller goes on
    with its transaction. The refusal names the car's field ("plate", "vin").
    """
    with session.begin_nested():
        saved = create_client(session, client, clock)
        if vehicle is None:
            return saved
        car = add_vehicle(session, saved.value.id, vehicle, clock)
    return Saved(saved.value, saved.changes | car.changes)
