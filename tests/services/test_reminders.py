from __future__ import annotations

import datetime as dt

import pytest

from app.services import reminders
from app.services.errors import NotFoundError
from app.services.reminders import ReminderInput
from app.services.reminders_form import Choice, reminder_form


def test_a_reminder_by_date_mileage_or_both(session, clock, cat, new_client, new_vehicle) -> None:
    olena = new_client("Олена")
    car = new_vehicle(olena, plate="AA1234BC")
    saved = reminders.create_reminder(
        session,
        ReminderInput(olena, car, cat.oil_change, dt.date(2027, 5, 1), 120000, " олива "),
        clock,
    )
    reminder = saved.value
    assert (reminder.due_on, reminder.due_mileage, reminder.note) == (
        dt.date(2027, 5, 1),
        120000,
        "олива",
    )
    assert (reminder.status, reminder.created_on) == ("pending", dt.date(2026, 11, 23))
    assert saved.changes.reminders == {reminder.id}
    assert saved.changes.clients == {olena}
    by_km = reminders.create_reminder(session, ReminderInput(olena, due_mileage=90000), clock)
    assert by_km.value.due_on is None
    assert reminders.get_reminder(session, reminder.id) == reminder


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("due_on", {}),  # neither date nor mileage
        ("due_mileage", {"due_mileage": 0}),
        ("due_mileage", {"due_mileage": "90000"}),
        ("due_on", {"due_on": "2027-01-01"}),
        ("client_id", {"client_id": 404, "due_mileage": 1000}),
        ("service_id", {"service_id": 404, "due_mileage": 1000}),
        ("vehicle_id", {"vehicle_id": 404, "due_mileage": 1000}),
    ],
)
def test_bad_reminders_are_refused(session, clock, cat, new_client, refused, field, change) -> None:
    olena = new_client("Олена")
    data = ReminderInput(**{"client_id": olena, **change})
    error = refused(field, reminders.create_reminder, session, data, clock)
    if field == "service_id":
        assert isinstance(error, NotFoundError)


def test_a_reminder_for_a_car_of_another_client_is_refused(
    session, clock, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    petros_car = new_vehicle(new_client("Петро"), plate="KA0001EX")
    data = ReminderInput(olena, petros_car, due_mileage=1000)
    refused("vehicle_id", reminders.create_reminder, session, data, clock)


def test_edit_done_snooze_dismiss(session, clock, new_client, refused) -> None:
    olena = new_client("Олена")

    def create(**kw) -> int:
        return reminders.create_reminder(session, ReminderInput(olena, **kw), clock).value.id

    first = create(due_on=dt.date(2026, 12, 1))
    second = create(due_on=dt.date(2026, 11, 1))
    third = create(due_mileage=150000)
    edited = reminders.update_reminder(
        session, third, ReminderInput(olena, due_on=dt.date(2027, 1, 1), note="шини")
    ).value
    assert (edited.due_on, edited.due_mileage, edited.note) == (dt.date(2027, 1, 1), None, "шини")
    refused("due_on", reminders.update_reminder, session, third, ReminderInput(olena))

    refused("snoozed_until", reminders.snooze, session, first, dt.date(2026, 11, 23), clock)
    snoozed = reminders.snooze(session, first, dt.date(2026, 11, 30), clock).value
    assert (snoozed.status, snoozed.snoozed_until) == ("pending", dt.date(2026, 11, 30))
    refused("done_on", reminders.mark_done, session, first, clock, dt.date(2026, 11, 24))
    done = reminders.mark_done(session, first, clock).value
    assert (done.status, done.done_on, done.snoozed_until) == ("done", dt.date(2026, 11, 23), None)
    earlier = reminders.mark_done(session, second, clock, dt.date(2026, 11, 2)).value
    assert earlier.done_on == dt.date(2026, 11, 2)
    refused("status", reminders.dismiss, session, first, "sold the car", clock)
    refused("status", reminders.snooze, session, first, dt.date(2026, 12, 30), clock)
    refused("reason", reminders.dismiss, session, third, "  ", clock)
    assert reminders.dismiss(session, third, "sold the car", clock).value.status == "dismissed"
    refused("reminder_id", reminders.dismiss, session, 404, "sold the car", clock)


def test_list_pending_by_due_date_first(session, clock, new_client) -> None:
    olena = new_client("Олена")

    def create(**kw) -> int:
        return reminders.create_reminder(session, ReminderInput(olena, **kw), clock).value.id

    by_km = create(due_mileage=150000)
    late = create(due_on=dt.date(2027, 3, 1))
    soon = create(due_on=dt.date(2026, 12, 1))
    closed = create(due_on=dt.date(2026, 1, 1))
    reminders.dismiss(session, closed, "moved away", clock)
    assert [r.id for r in reminders.list_reminders(session, olena)] == [soon, late, by_km, closed]
    pending = reminders.list_reminders(session, olena, pending_only=True)
    assert [r.id for r in pending] == [soon, late, by_km]


def test_each_call_outcome_is_recorded_with_who_when_and_note(
    session, clock, new_client, refused
) -> None:
    olena = new_client("Олена")

    def create(**kw) -> int:
        return reminders.create_reminder(session, ReminderInput(olena, **kw), clock).value.id

    oil = create(due_on=dt.date(2026, 11, 20))
    tyres = create(due_mileage=90000)
    reminders.snooze(
        session, oil, dt.date(2026, 12, 1), clock, note="  call after payday ", by="Marta"
    )
    clock.advance(dt.timedelta(days=8, hours=2))  # 2026-12-01 12:00
    saved = reminders.mark_done(session, oil, clock, note="booked for Friday", by="Marta")
    assert saved.changes.reminders == {oil} and saved.changes.clients == {olena}
    refused("reason", reminders.dismiss, session, tyres, "", clock, by="Ivan")
    reminders.dismiss(session, tyres, " sold the car ", clock, by="Ivan")

    history = reminders.reminder_history(session, oil)
    assert [(e.at, e.recorded_by, e.outcome, e.snoozed_until, e.note) for e in history] == [
        (
            dt.datetime(2026, 11, 23, 10, 0),
            "Marta",
            "snoozed",
            dt.date(2026, 12, 1),
            "call after payday",
        ),
        (dt.datetime(2026, 12, 1, 12, 0), "Marta", "done", None, "booked for Friday"),
    ]
    (dismissed,) = reminders.reminder_history(session, tyres)
    assert (dismissed.outcome, dismissed.note, dismissed.recorded_by) == (
        "dismissed",
        "sold the car",
        "Ivan",
    )
    assert reminders.get_reminder(session, tyres).status == "dismissed"
    refused("reminder_id", reminders.reminder_history, session, 404)


def test_a_refused_outcome_changes_nothing(session, clock, new_client, refused) -> None:
    olena = new_client("Олена")
    oil = reminders.create_reminder(
        session, ReminderInput(olena, due_on=dt.date(2026, 11, 20)), clock
    ).value.id
    refused("by", reminders.mark_done, session, oil, clock, by="x" * 101)
    refused("note", reminders.snooze, session, oil, dt.date(2026, 12, 1), clock, note="x" * 501)
    refused("snoozed_until", reminders.snooze, session, oil, "2026-12-01", clock)
    assert reminders.reminder_history(session, oil) == ()
    assert reminders.get_reminder(session, oil).status == "pending"


def test_the_form_offers_the_clients_cars_and_every_service(
    session, clock, cat, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    toyota = new_vehicle(olena, plate="AA1234BC")
    skoda = new_vehicle(olena, make="Skoda", model="Octavia")
    new_vehicle(new_client("Петро"), plate="KA0001EX")
    oil = reminders.create_reminder(
        session, ReminderInput(olena, skoda, cat.oil_change, due_mileage=90000), clock
    ).value
    form = reminder_form(session, olena, oil.id)
    assert form.client_name == "Олена"
    assert form.cars == (Choice(toyota, "Toyota Corolla AA1234BC"), Choice(skoda, "Skoda Octavia"))
    assert [s.label for s in form.services] == [
        "Заміна оливи",
        "Огляд",
        "Олива 5W-30",
        "Шиномонтаж R16",
    ]
    assert form.reminder == oil
    assert reminder_form(session, olena).reminder is None
    refused("client_id", reminder_form, session, 404)
    refused("reminder_id", reminder_form, session, olena, 404)
