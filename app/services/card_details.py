"""What the client card shows beside the bare records: visit items and people's names."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Employee, Service, VisitItem


@dataclasses.dataclass(frozen=True)
class CardItem:
    """A line of a visit as the card lists it: the service by name."""

    id: int
    service_id: int
    service: str
    quantity: Decimal
    price: int
    amount: int
    declined: bool


def visit_items(session: Session, visit_ids: Collection[int]) -> dict[int, tuple[CardItem, ...]]:
    """The items of the given visits, by visit id, each visit's in the order entered."""
    if not visit_ids:
        return {}
    rows = session.execute(
        select(
            VisitItem.visit_id,
            VisitItem.id,
            VisitItem.service_id,
            Service.name,
            VisitItem.quantity_milli,
            VisitItem.price,
            VisitItem.amount,
            VisitItem.declined,
        )
        .join(Service, Service.id == VisitItem.service_id)
        .where(VisitItem.visit_id.in_(sorted(visit_ids)))
        .order_by(VisitItem.visit_id, VisitItem.id)
    )
    items: dict[int, list[CardItem]] = {}
    for visit_id, item_id, service_id, name, quantity, price, amount, declined in rows:
        items.setdefault(visit_id, []).append(
            CardItem(item_id, service_id, name, Decimal(quantity) / 1000, price, amount, declined)
        )
    return {visit_id: tuple(lines) for visit_id, lines in items.items()}


def employee_names(session: Session, ids: Collection[int]) -> dict[int, str]:
    return _names(session, Employee, ids)


def service_names(session: Session, ids: Collection[int]) -> dict[int, str]:
    return _names(session, Service, ids)


def _names(
    session: Session, model: type[Employee] | type[Service], ids: Collection[int]
) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(model.id, model.name).where(model.id.in_(sorted(ids))))
    return {record_id: name for record_id, name in rows}
