"""The catalogue, reminders and inquiries: any input is stored as normalised or refused
naming its field."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from app.services import catalog, inquiries, reminders
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.normalize import normalize_phone
from app.services.reminders import ReminderInput
from tests.properties import strategies as gen
from tests.properties.support import PROPERTY_SETTINGS, attempt

SERVICE_FIELDS = ("name", "department_id", "price", "interval_months", "interval_km")
REMINDER_FIELDS = ("client_id", "vehicle_id", "service_id", "due_on", "due_mileage", "note")
INQUIRY_FIELDS = ("received_at", "client_id", "name", "phone", "source_id", "channel")


@PROPERTY_SETTINGS
@given(data=st.data())
def test_create_service_and_employee(session, world, data) -> None:
    session.rollback()
    values = gen.mixed(
        data,
        {
            "name": (gen.good_names(), gen.texts() | st.just("олива")),
            "department_id": (st.just(world.maintenance), gen.ids(world.maintenance)),
            "price": (st.integers(0, 10**9), gen.numbers()),
            "interval_months": (st.none() | st.integers(1, 120), gen.optional_numbers()),
            "interval_km": (st.none() | st.integers(1, 10**5), gen.optional_numbers()),
        },
    )
    service = ServiceInput(**values)
    saved = attempt(session, lambda: catalog.create_service(session, service), SERVICE_FIELDS)
    if saved is not None:
        session.expire_all()
        stored = catalog.get_service(session, saved.value.id)
        assert stored.name == " ".join(service.name.split())
        assert (stored.price, stored.interval_months, stored.interval_km) == (
            service.price,
            service.interval_months,
            service.interval_km,
        )
    employee = EmployeeInput(
        name=values["name"],
        department_id=values["department_id"],
        active=data.draw(st.booleans() | st.sampled_from([None, 1, "no"])),
    )
    saved = attempt(
        session,
        lambda: catalog.create_employee(session, employee),
        ("name", "department_id", "active"),
    )
    if saved is not None:
        session.expire_all()
        stored = catalog.get_employee(session, saved.value.id)
        assert (stored.department_id, stored.active) == (employee.department_id, employee.active)


@PROPERTY_SETTINGS
@given(data=st.data())
def test_reminders_from_creation_to_an_outcome(session, clock, world, data) -> None:
    session.rollback()
    reminder = ReminderInput(
        **gen.mixed(
            data,
            {
                "client_id": (st.just(world.ann), gen.ids(world.ann, world.bob)),
                "vehicle_id": (
                    st.sampled_from([None, world.ann_car]),
                    gen.optional_ids(world.bob_car),
                ),
                "service_id": (st.sampled_from([None, world.oil]), gen.optional_ids(world.oil)),
                "due_on": (st.none() | gen.good_days(), gen.optional_dates()),
                "due_mileage": (st.integers(1, 10**6), gen.optional_numbers()),
                "note": (gen.good_texts(), gen.texts()),
            },
        )
    )
    saved = attempt(
        session, lambda: reminders.create_reminder(session, reminder, clock), REMINDER_FIELDS
    )
    if saved is None:
        return
    session.expire_all()
    stored = reminders.get_reminder(session, saved.value.id)
    assert (stored.client_id, stored.vehicle_id, stored.service_id) == (
        reminder.client_id,
        reminder.vehicle_id,
        reminder.service_id,
    )
    assert (stored.due_on, stored.due_mileage) == (reminder.due_on, reminder.due_mileage)
    assert stored.note == reminder.note.strip()
    outcome = data.draw(st.sampled_from(["done", "snooze", "dismiss"]))
    note = data.draw(gen.optional_texts())
    day = data.draw(gen.dates())
    if outcome == "done":
        write = lambda: reminders.mark_done(session, stored.id, clock, day, note=note)  # noqa: E731
        fields = ("done_on", "note")
    elif outcome == "snooze":
        write = lambda: reminders.snooze(session, stored.id, day, clock, note=note)  # noqa: E731
        fields = ("snoozed_until", "note")
    else:
        write = lambda: reminders.dismiss(session, stored.id, note, clock)  # noqa: E731
        fields = ("reason",)
    closed = attempt(session, write, fields)
    if closed is not None:
        session.expire_all()
        history = reminders.reminder_history(session, stored.id)
        assert len(history) == 1
        assert history[0].note == (note or "").strip()


@PROPERTY_SETTINGS
@given(data=st.data())
def test_log_inquiry(session, clock, world, data) -> None:
    session.rollback()
    values = gen.mixed(
        data,
        {
            "received_at": (st.none() | gen.good_moments(), gen.datetimes()),
            "client_id": (st.sampled_from([None, world.ann]), gen.optional_ids(world.bob)),
            "name": (st.none() | gen.good_names(), gen.optional_texts()),
            "phone": (st.none() | gen.good_phones(), gen.phones()),
            "source_id": (st.sampled_from([None, world.google]), gen.optional_ids()),
            "channel": (
                st.sampled_from(["call", "walk_in", "online", "other"]),
                st.sampled_from(["email", "", "CALL", None]),
            ),
        },
    )
    saved = attempt(
        session, lambda: inquiries.log_inquiry(session, clock, **values), INQUIRY_FIELDS
    )
    if saved is not None:
        session.expire_all()
        (stored,) = [i for i in inquiries.list_inquiries(session) if i.id == saved.value.id]
        expected_at = values["received_at"] or clock.now()
        assert stored.received_at == expected_at.replace(microsecond=0)
        assert stored.name == ((values["name"] or "").strip() or None)
        phone = (values["phone"] or "").strip()
        assert stored.phone == (normalize_phone(phone) if phone else None)
        assert (stored.client_id, stored.source_id, stored.channel) == (
            values["client_id"],
            values["source_id"],
            values["channel"],
        )
        assert isinstance(stored.received_at, dt.datetime)
