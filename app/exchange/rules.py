"""Rules of domain.md that involve more than one column of a row.

Single-cell rules (formats, ranges, choices, uniqueness, references) are the
columns' own (layout.py). Each rule here gets the row's stored values, where
a cell that was already refused holds ``BAD`` so that one mistake is not
reported twice, and returns (column, message) pairs.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

BAD = object()  # the value of a cell that was refused

Values = dict[str, Any]
Found = list[tuple[str, str]]


@dataclasses.dataclass
class Context:
    today: dt.date
    owners: dict[int, int]  # vehicle id -> client id (stored ids)


def _client(values: Values, context: Context) -> Found:
    found: Found = []
    registered = values["registered_on"]
    if isinstance(registered, dt.date) and registered > context.today:
        found.append(("registered_on", f"{registered} is after today ({context.today})"))
    left, reason = values["left_on"], values["churn_reason_id"]
    if left is not BAD and reason is not BAD:
        if left is None and reason is not None:
            found.append(("left_on", "must be given with churn_reason_id"))
        elif left is not None and reason is None:
            found.append(("churn_reason_id", "must be given with left_on"))
    return found


def _vehicle(values: Values, context: Context) -> Found:
    vehicle, client = values["id"], values["client_id"]
    if isinstance(vehicle, int) and isinstance(client, int):
        context.owners[vehicle] = client
    return []


def _vehicle_of_client(values: Values, context: Context) -> Found:
    vehicle, client = values["vehicle_id"], values["client_id"]
    if isinstance(vehicle, int) and isinstance(client, int):
        owner = context.owners.get(vehicle)
        if owner is not None and owner != client:
            return [("vehicle_id", "the vehicle belongs to another client")]
    return []


def _reminder(values: Values, context: Context) -> Found:
    found = _vehicle_of_client(values, context)
    if values["due_on"] is None and values["due_mileage"] is None:
        found.append(("due_on", "a reminder needs due_on or due_mileage (or both)"))
    return found


RULES: dict[str, Callable[[Values, Context], Found]] = {
    "clients.csv": _client,
    "vehicles.csv": _vehicle,
    "visits.csv": _vehicle_of_client,
    "reminders.csv": _reminder,
}
