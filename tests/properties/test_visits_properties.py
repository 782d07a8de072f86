"""Visits with their items: any input is stored as normalised or refused naming its field."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from app.services import visits
from app.services.money import item_amount
from app.services.visits import ItemInput, VisitInput
from tests.properties import strategies as gen
from tests.properties.support import PROPERTY_SETTINGS, World, attempt

VISIT_FIELDS = (
    "visit_id",
    "client_id",
    "started_at",
    "vehicle_id",
    "mileage",
    "employee_id",
    "status",
    "rating",
    "feedback",
    "mileage_note",
    "items[].service_id",
    "items[].quantity",
    "items[].price",
    "items[].declined",
)


def visit_inputs(data: st.DataObject, w: World) -> VisitInput:
    def item(_n: int) -> ItemInput:
        return ItemInput(
            **gen.mixed(
                data,
                {
                    "service_id": (st.sampled_from([w.oil, w.check]), gen.ids(w.oil, w.check)),
                    "quantity": (
                        st.decimals(Decimal("0.001"), Decimal("1000"), places=3),
                        gen.quantities(),
                    ),
                    "price": (st.none() | st.integers(0, 10**7), gen.numbers()),
                    "declined": (st.booleans(), st.sampled_from([0, 1, "yes", None])),
                },
            )
        )

    count = data.draw(st.integers(0, 3), label="items")
    return VisitInput(
        items=tuple(item(n) for n in range(count)),
        **gen.mixed(
            data,
            {
                "client_id": (st.just(w.ann), gen.ids(w.ann, w.bob)),
                "started_at": (gen.good_moments(), gen.datetimes()),
                "vehicle_id": (st.sampled_from([None, w.ann_car]), gen.optional_ids(w.bob_car)),
                "mileage": (st.none() | st.integers(50_000, 10**6), gen.optional_numbers()),
                "employee_id": (st.sampled_from([None, w.petro]), gen.optional_ids(w.ivan)),
                "status": (
                    st.sampled_from(["planned", "completed", "cancelled", "no_show"]),
                    st.sampled_from(["done", "", "COMPLETED", None]),
                ),
                "rating": (st.none() | st.integers(1, 5), gen.optional_numbers()),
                "feedback": (st.none() | gen.good_texts(), gen.optional_texts()),
                "mileage_note": (st.none() | gen.good_texts(), gen.optional_texts()),
            },
        ),
    )


def _check_stored(session, visit_id: int, data: VisitInput, catalogue: dict[int, int]) -> None:
    session.expire_all()
    stored = visits.get_visit(session, visit_id)
    assert stored.client_id == data.client_id
    assert stored.started_at == data.started_at.replace(microsecond=0)
    assert stored.started_at.tzinfo is None
    assert (stored.vehicle_id, stored.mileage) == (data.vehicle_id, data.mileage)
    assert (stored.employee_id, stored.status, stored.rating) == (
        data.employee_id,
        data.status,
        data.rating,
    )
    assert stored.feedback == ((data.feedback or "").strip() or None)
    assert stored.mileage_note == ((data.mileage_note or "").strip() or None)
    assert len(stored.items) == len(data.items)
    revenue = 0
    for item, given_item in zip(stored.items, data.items, strict=True):
        price = catalogue[given_item.service_id] if given_item.price is None else given_item.price
        assert item.service_id == given_item.service_id
        assert item.quantity == Decimal(str(given_item.quantity))
        assert (item.price, item.declined) == (price, given_item.declined)
        assert item.amount == item_amount(int(item.quantity * 1000), price)
        revenue += 0 if item.declined else item.amount
    assert stored.revenue == revenue


@PROPERTY_SETTINGS
@given(data=st.data())
def test_create_visit(session, clock, world, data) -> None:
    session.rollback()
    given_input = visit_inputs(data, world)
    saved = attempt(session, lambda: visits.create_visit(session, given_input, clock), VISIT_FIELDS)
    if saved is not None:
        _check_stored(session, saved.value.id, given_input, {world.oil: 31262, world.check: 0})


@PROPERTY_SETTINGS
@given(data=st.data())
def test_update_visit(session, clock, world, data) -> None:
    session.rollback()
    given_input = visit_inputs(data, world)
    target = data.draw(gen.ids(world.ann_visit))

    def write():
        return visits.update_visit(session, target, given_input, clock, expected_version=1)

    saved = attempt(session, write, VISIT_FIELDS)
    if saved is not None:
        _check_stored(session, target, given_input, {world.oil: 31262, world.check: 0})


def test_the_shop_of_the_examples_is_as_committed(session, world) -> None:
    """Each example starts with a rollback: the committed visit is what they all see."""
    session.rollback()
    stored = visits.get_visit(session, world.ann_visit)
    assert (stored.revenue, stored.mileage, stored.started_at) == (
        31262,
        50000,
        dt.datetime(2026, 11, 23, 9, 0),
    )
