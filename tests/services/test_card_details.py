"""The client card's visit items, masters' and services' names."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.services import clients, reminders, visits
from app.services.card_details import CardItem
from app.services.reminders import ReminderInput
from app.services.visits import ItemInput, VisitInput


def test_the_card_lists_each_visits_items_and_names(
    session, clock, cat, new_client, new_vehicle
) -> None:
    olena = new_client("Олена Ковальчук")
    car = new_vehicle(olena, plate="AA1234BC")
    first = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 3, 1, 9, 0),
            car,
            mileage=41000,
            employee_id=cat.petro,
            rating=5,
            items=(
                ItemInput(cat.oil_change),
                ItemInput(cat.oil, Decimal("4.5")),  # 4.5 x 312.62 = 1406.79
                ItemInput(cat.tyre_fitting, declined=True),
            ),
        ),
        clock,
    ).value.id
    second = visits.create_visit(
        session, VisitInput(olena, dt.datetime(2026, 6, 1, 9, 0), car), clock
    ).value.id
    reminders.create_reminder(
        session, ReminderInput(olena, car, cat.oil_change, due_on=dt.date(2027, 3, 1)), clock
    )
    reminders.create_reminder(session, ReminderInput(olena, due_mileage=60000), clock)

    card = clients.get_client(session, olena)
    lines = card.items[first]
    assert [(i.service, i.quantity, i.price, i.amount, i.declined) for i in lines] == [
        ("Заміна оливи", Decimal(1), 50000, 50000, False),
        ("Олива 5W-30", Decimal("4.5"), 31262, 140679, False),
        ("Шиномонтаж R16", Decimal(1), 80000, 80000, True),
    ]
    assert isinstance(lines[0], CardItem) and lines[0].service_id == cat.oil_change
    assert second not in card.items  # a visit without items
    assert [v.revenue for v in card.visits] == [0, 190679]
    assert card.masters == {cat.petro: "Петро"}
    assert card.services == {cat.oil_change: "Заміна оливи"}


def test_a_new_client_has_an_empty_card(session, new_client) -> None:
    card = clients.get_client(session, new_client("Іван"))
    assert (card.items, card.masters, card.services) == ({}, {}, {})
