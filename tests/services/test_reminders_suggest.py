"""Reminders a completed visit suggests, and saving the accepted ones."""

from __future__ import annotations

import datetime as dt

from app.services import catalog, reminders, settings, visits
from app.services.catalog import ServiceInput
from app.services.reminders import ReminderInput
from app.services.reminders_suggest import (
    Accepted,
    Suggestion,
    accept_suggestions,
    add_months,
    suggest_reminders,
)
from app.services.visits import ItemInput, VisitInput


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 12, 31), 2) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 23), 12) == dt.date(2027, 11, 23)
    assert add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)


def test_a_completed_visit_suggests_intervals_and_declined_work(
    session, clock, cat, new_client, new_vehicle
) -> None:
    olena = new_client("Олена")
    car = new_vehicle(olena, plate="AA1234BC")
    wipers = catalog.create_service(
        session, ServiceInput("Wipers", cat.maintenance, 20000, interval_months=6)
    ).value.id
    by_km = catalog.create_service(
        session, ServiceInput("Timing belt", cat.maintenance, 900000, interval_km=60000)
    ).value.id
    visit = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 8, 31, 9, 0),
            vehicle_id=car,
            mileage=84250,
            items=(
                ItemInput(cat.oil_change),  # 12 months / 10,000 km
                ItemInput(cat.oil, "4.5"),  # no interval: nothing
                ItemInput(cat.tyre_fitting, declined=True),
                ItemInput(wipers),  # 6 months: 2027-02-28 (no 31st)
                ItemInput(by_km),
                ItemInput(cat.oil_change),  # the same service again: once
            ),
        ),
        clock,
    ).value.id
    found = suggest_reminders(session, visit, clock)
    base = {"visit_id": visit, "client_id": olena, "vehicle_id": car}
    base["vehicle"] = "Toyota Corolla AA1234BC"
    day = dt.date(2026, 8, 31)
    assert found == (
        Suggestion(
            "interval", **base, service_id=cat.oil_change, service="Заміна оливи",
            visit_day=day, due_on=dt.date(2027, 8, 31), due_mileage=94250,
        ),
        Suggestion(
            "declined", **base, service_id=cat.tyre_fitting, service="Шиномонтаж R16",
            visit_day=day, due_on=dt.date(2026, 9, 30), due_mileage=None, already_due=True,
        ),
        Suggestion(
            "interval", **base, service_id=wipers, service="Wipers",
            visit_day=day, due_on=dt.date(2027, 2, 28), due_mileage=None,
        ),
        Suggestion(
            "interval", **base, service_id=by_km, service="Timing belt",
            visit_day=day, due_on=None, due_mileage=144250,
        ),
    )  # fmt: skip


def test_declined_days_come_from_the_setting(session, clock, cat, new_client) -> None:
    olena = new_client("Олена")
    settings.save_settings(session, declined_reminder_days=45)
    visit = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 11, 20, 9, 0),
            items=(ItemInput(cat.tyre_fitting, declined=True), ItemInput(cat.oil_change)),
        ),
        clock,
    ).value.id
    declined, oil = suggest_reminders(session, visit, clock)
    assert (declined.kind, declined.due_on, declined.already_due) == (
        "declined",
        dt.date(2027, 1, 4),
        False,
    )
    # no car, no mileage: the oil change is proposed by date only
    assert (oil.vehicle_id, oil.due_on, oil.due_mileage) == (None, dt.date(2027, 11, 20), None)


def test_only_completed_visits_suggest(session, clock, cat, new_client) -> None:
    olena = new_client("Олена")
    planned = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 11, 30, 9, 0),
            status="planned",
            items=(ItemInput(cat.oil_change),),
        ),
        clock,
    ).value.id
    assert suggest_reminders(session, planned, clock) == ()


def test_accepting_creates_edited_reminders_and_closes_the_done_one(
    session, clock, cat, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    car = new_vehicle(olena, plate="AA1234BC")
    old = reminders.create_reminder(
        session, ReminderInput(olena, car, cat.oil_change, dt.date(2026, 12, 1)), clock
    ).value.id
    visit = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 11, 21, 9, 0),
            vehicle_id=car,
            mileage=60000,
            items=(ItemInput(cat.oil_change), ItemInput(cat.tyre_fitting, declined=True)),
        ),
        clock,
    ).value.id
    oil, tyres = suggest_reminders(session, visit, clock)
    assert oil.closes_id == old and tyres.closes_id is None

    no_date = Accepted(tyres, ReminderInput(olena, car, cat.tyre_fitting))
    both = [Accepted(oil, oil.as_input()), no_date]
    refused("reminders[1].due_on", accept_suggestions, session, both, clock)

    edited = Accepted(
        tyres,
        ReminderInput(olena, car, cat.tyre_fitting, dt.date(2026, 12, 15), note="winter tyres"),
    )
    saved = accept_suggestions(
        session, [Accepted(oil, oil.as_input("next oil")), edited], clock, by="Marta"
    )
    new_oil, new_tyres = saved.value
    assert (new_oil.due_on, new_oil.due_mileage, new_oil.note) == (
        dt.date(2027, 11, 21),
        70000,
        "next oil",
    )
    assert (new_tyres.due_on, new_tyres.note) == (dt.date(2026, 12, 15), "winter tyres")
    closed = reminders.get_reminder(session, old)
    assert (closed.status, closed.done_on) == ("done", dt.date(2026, 11, 21))
    (event,) = reminders.reminder_history(session, old)
    assert (event.outcome, event.recorded_by, event.note) == ("done", "Marta", f"visit #{visit}")
    assert saved.changes.reminders == {old, new_oil.id, new_tyres.id}
