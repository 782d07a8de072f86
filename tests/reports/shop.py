"""A tiny hand-built shop for known-answer report tests.

Rows go in with plain inserts and the derived columns are rebuilt once, the
same path the import takes. Amounts are given in major units as strings
("1250.50") and quantities as strings ("4.5") so the tests read like the
worked answers next to them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import Connection, insert

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
from app.services.money import parse_money, parse_quantity

Item = tuple[int, str] | tuple[int, str, str] | tuple[int, str, str, bool]


def when(value: str | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    if len(value) == 10:
        value += " 10:00:00"
    return dt.datetime.fromisoformat(value)


def day(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


class Shop:
    """``shop.client("Ann")``, ``shop.visit(ann, "2026-03-02 09:00", [(oil, "380")])``..."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._ids = itertools.count(1)
        self._phones = itertools.count(1000)

    def _insert(self, entity: Any, /, **values: Any) -> int:
        values.setdefault("id", next(self._ids))
        self.conn.execute(insert(entity.__table__).values(**values))
        return values["id"]

    def department(self, name: str) -> int:
        return self._insert(Department, name=name)

    def service(self, name: str, department: int, price: str = "0", **kw: Any) -> int:
        return self._insert(
            Service, name=name, department_id=department, price=parse_money(price), **kw
        )

    def source(self, name: str) -> int:
        return self._insert(Source, name=name)

    def reason(self, name: str) -> int:
        return self._insert(ChurnReason, name=name)

    def master(self, name: str, department: int | None = None, active: bool = True) -> int:
        return self._insert(Employee, name=name, department_id=department, active=active)

    def client(
        self,
        name: str,
        registered_on: str = "2020-01-01",
        *,
        phone: str | None = None,
        source: int | None = None,
        referred_by: int | None = None,
        do_not_contact: bool = False,
        left_on: str | None = None,
        reason: int | None = None,
        churn_note: str | None = None,
    ) -> int:
        return self._insert(
            Client,
            name=name,
            phone=phone or f"+38050000{next(self._phones):04d}",
            registered_on=day(registered_on),
            source_id=source,
            referred_by_id=referred_by,
            do_not_contact=do_not_contact,
            left_on=day(left_on) if left_on else None,
            churn_reason_id=reason,
            churn_note=churn_note,
            notes="",
        )

    def vehicle(self, client: int, make: str = "Skoda", model: str = "Octavia", **kw: Any) -> int:
        return self._insert(Vehicle, client_id=client, make=make, model=model, **kw)

    def visit(
        self,
        client: int,
        at: str | dt.datetime,
        items: list[Item] = (),  # type: ignore[assignment]
        *,
        status: str = "completed",
        master: int | None = None,
        rating: int | None = None,
        mileage: int | None = None,
        vehicle: int | None = None,
    ) -> int:
        """``items``: (service, price) or (service, price, quantity) or (.., declined)."""
        visit_id = self._insert(
            Visit,
            client_id=client,
            started_at=when(at),
            status=status,
            employee_id=master,
            rating=rating,
            mileage=mileage,
            vehicle_id=vehicle,
        )
        for item in items:
            service, price = item[0], item[1]
            quantity = item[2] if len(item) > 2 else "1"
            declined = item[3] if len(item) > 3 else False
            self._insert(
                VisitItem,
                visit_id=visit_id,
                service_id=service,
                price=parse_money(price),
                quantity_milli=parse_quantity(quantity),
                declined=declined,
            )
        return visit_id

    def inquiry(
        self,
        at: str | dt.datetime,
        *,
        source: int | None = None,
        client: int | None = None,
        visit: int | None = None,
        channel: str = "call",
        name: str | None = None,
    ) -> int:
        return self._insert(
            Inquiry,
            received_at=when(at),
            source_id=source,
            client_id=client,
            visit_id=visit,
            channel=channel,
            name=name,
        )

    def reminder(self, client: int, created_on: str = "2020-01-01", **kw: Any) -> int:
        for key in ("due_on", "done_on", "snoozed_until"):
            if isinstance(kw.get(key), str):
                kw[key] = day(kw[key])
        return self._insert(Reminder, client_id=client, created_on=day(created_on), **kw)

    def done(self) -> None:
        """Recompute every derived column, as the import does."""
        rebuild_all(self.conn)
