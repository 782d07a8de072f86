from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.models import Client, Inquiry, Reminder, Vehicle, Visit, VisitItem
from app.services import client_status, clients, inquiries, reminders, visits
from app.services.client_search import find_clients
from app.services.clients import ClientInput
from app.services.errors import DuplicateError, NotFoundError
from app.services.reminders import ReminderInput
from app.services.settings import save_settings
from app.services.visits import ItemInput, VisitInput


def test_a_client_is_registered_with_a_normalised_phone(session, clock, cat) -> None:
    data = ClientInput(
        " Олена  Ковальчук ",
        "050 123 45 67",
        email="olena@example.com",
        source_id=cat.google,
        notes=" постійна ",
    )
    saved = clients.create_client(session, data, clock)
    client = saved.value
    assert (client.name, client.phone, client.email) == (
        "Олена Ковальчук",
        "+380501234567",
        "olena@example.com",
    )
    assert client.registered_on == dt.date(2026, 11, 23)  # today by the clock
    assert (client.source_id, client.notes, client.do_not_contact) == (
        cat.google,
        "постійна",
        False,
    )
    assert saved.changes.clients == {client.id}
    stored = session.get(Client, client.id).search_text
    assert stored == "олена ковальчук | 380501234567"


def test_the_phone_region_comes_from_the_settings(session, clock) -> None:
    save_settings(session, phone_region="MD")
    client = clients.create_client(session, ClientInput("Ion Rusu", "069 123 456"), clock).value
    assert client.phone == "+37369123456"


@pytest.mark.parametrize(
    ("field", "data"),
    [
        ("name", ClientInput("   ", "0501234567")),
        ("phone", ClientInput("Олена", "12")),
        ("phone", ClientInput("Олена", "")),
        ("email", ClientInput("Олена", "0501234567", email="olena.example.com")),
        ("registered_on", ClientInput("Олена", "0501234567", registered_on=dt.date(2026, 11, 24))),
        ("source_id", ClientInput("Олена", "0501234567", source_id=404)),
        ("referred_by_id", ClientInput("Олена", "0501234567", referred_by_id=404)),
    ],
)
def test_bad_clients_are_refused(session, clock, refused, field, data) -> None:
    refused(field, clients.create_client, session, data, clock)


def test_a_duplicate_phone_names_the_existing_client(session, clock, new_client, refused) -> None:
    first = new_client("Олена Ковальчук", "0501234567")
    other = new_client("Петро Бондар", "0671234567")
    error = refused(
        "phone", clients.create_client, session, ClientInput("О. К.", "+38 (050) 123-45-67"), clock
    )
    assert isinstance(error, DuplicateError)
    assert error.existing_id == first
    error = refused(
        "phone",
        clients.update_client,
        session,
        other,
        ClientInput("Петро", "050 1234567"),
        clock,
        expected_version=1,
    )
    assert error.existing_id == first


def test_a_client_cannot_refer_itself(session, clock, new_client, refused) -> None:
    olena = new_client("Олена Ковальчук", "0501234567")
    data = ClientInput("Олена Ковальчук", "0501234567", referred_by_id=olena)
    refused(
        "referred_by_id", clients.update_client, session, olena, data, clock, expected_version=1
    )


def test_edits_keep_the_registration_date_and_refresh_the_search(
    session, clock, new_client
) -> None:
    olena = new_client("Олена", "0501234567", registered_on=dt.date(2024, 2, 1))
    petro = new_client("Петро", "0671234567")
    data = ClientInput("Олена Коваль", "0661112233", referred_by_id=petro)
    saved = clients.update_client(session, olena, data, clock, expected_version=1)
    assert saved.value.registered_on == dt.date(2024, 2, 1)
    assert (saved.value.phone, saved.value.referred_by_id) == ("+380661112233", petro)
    assert saved.changes.clients == {olena, petro}
    assert session.get(Client, olena).search_text == "олена коваль | 380661112233"


def test_the_client_card(session, clock, cat, new_client, new_vehicle) -> None:
    petro = new_client("Петро Бондар", "0671234567")
    olena = new_client("Олена Ковальчук", "0501234567", referred_by_id=petro, source_id=cat.google)
    ivan = new_client("Іван", "0631234567", referred_by_id=olena)
    car = new_vehicle(olena, plate="AA1234BC")
    early = VisitInput(olena, at("2026-03-01 09:00"), car, items=(ItemInput(cat.oil_change),))
    late = VisitInput(olena, at("2026-06-01 09:00"), car, items=(ItemInput(cat.check),))
    first = visits.create_visit(session, early, clock).value.id
    second = visits.create_visit(session, late, clock).value.id
    reminder = reminders.create_reminder(
        session, ReminderInput(olena, car, cat.oil_change, due_on=dt.date(2027, 3, 1)), clock
    ).value.id

    card = clients.get_client(session, olena)
    assert card.client.name == "Олена Ковальчук"
    assert card.source == "Google Maps"
    assert card.churn_reason is None
    assert card.referrer.id == petro
    assert [c.id for c in card.referred] == [ivan]
    assert [v.plate for v in card.vehicles] == ["AA1234BC"]
    assert [(v.id, v.visit_no, v.revenue) for v in card.visits] == [
        (second, 2, 0),
        (first, 1, 50000),
    ]
    assert [r.id for r in card.reminders] == [reminder]
    with pytest.raises(NotFoundError):
        clients.get_client(session, 404)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# --- search ------------------------------------------------------------------


def _ids(page) -> list[int]:
    return [row.id for row in page.rows]


def test_search_by_name_phone_and_plate(session, new_client, new_vehicle) -> None:
    olena = new_client("Олена Ковальчук", "050 123 45 67")
    petro = new_client("Петро Бондар", "067 765 43 21")
    new_vehicle(petro, plate="ka 7777 ex")
    assert _ids(find_clients(session, "ковальч")) == [olena]
    assert _ids(find_clients(session, "КОВАЛЬЧУК")) == [olena]
    assert _ids(find_clients(session, "олена  ков")) == [olena]
    assert _ids(find_clients(session, "050 123")) == [olena]
    assert _ids(find_clients(session, "(067) 765-43")) == [petro]
    assert _ids(find_clients(session, "+38067")) == [petro]
    assert _ids(find_clients(session, "ka 77")) == [petro]
    assert _ids(find_clients(session, "KA7777")) == [petro]
    assert _ids(find_clients(session, "7777 e")) == [petro]
    assert _ids(find_clients(session, "")) == [olena, petro]
    assert _ids(find_clients(session, "Сидоренко")) == []


def test_search_pages_by_id(session, new_client) -> None:
    ids = [new_client(f"Коваленко {n}") for n in range(5)]
    new_client("Бондар")
    first = find_clients(session, "коваленко", limit=2)
    assert (_ids(first), first.next_after_id) == (ids[:2], ids[1])
    second = find_clients(session, "коваленко", limit=2, after_id=first.next_after_id)
    assert (_ids(second), second.next_after_id) == (ids[2:4], ids[3])
    third = find_clients(session, "коваленко", limit=2, after_id=second.next_after_id)
    assert (_ids(third), third.next_after_id) == (ids[4:], None)


def test_search_filters(session, clock, cat, new_client) -> None:
    # Active: a completed visit in [today - 364, today] = [2025-11-24, 2026-11-23].
    recent = new_client("Недавній", registered_on=dt.date(2024, 1, 1))
    old = new_client("Давній", registered_on=dt.date(2024, 1, 1))
    planned = new_client("Запланований", registered_on=dt.date(2024, 1, 1))
    gone = new_client("Пішов", registered_on=dt.date(2024, 1, 1))
    quiet = new_client("Не дзвонити")
    for client, when, status in (
        (recent, "2025-11-24 08:00", "completed"),
        (old, "2025-11-23 18:00", "completed"),
        (planned, "2026-11-20 10:00", "planned"),
    ):
        visits.create_visit(session, VisitInput(client, at(when), status=status), clock)
    client_status.mark_departed(
        session, gone, dt.date(2026, 6, 1), cat.moved, clock=clock, expected_version=1
    )
    client_status.set_do_not_contact(session, quiet, True, clock=clock, expected_version=1)

    assert _ids(find_clients(session, "", filter="active", clock=clock)) == [recent]
    assert _ids(find_clients(session, "", filter="departed", clock=clock)) == [gone]
    assert _ids(find_clients(session, "", filter="do_not_contact")) == [quiet]
    assert len(find_clients(session, "", filter="all").rows) == 5
    with pytest.raises(TypeError):
        find_clients(session, "", filter="active")
    with pytest.raises(ValueError, match="filter"):
        find_clients(session, "", filter="vip")


# --- departure, contact ---------------------------------------------------------


def test_departure_and_return(session, clock, cat, new_client, refused) -> None:
    olena = new_client("Олена", registered_on=dt.date(2025, 3, 10))
    saved = client_status.mark_departed(
        session,
        olena,
        dt.date(2026, 10, 1),
        cat.moved,
        " до Львова ",
        clock=clock,
        expected_version=1,
    )
    assert (saved.value.left_on, saved.value.churn_reason_id, saved.value.churn_note) == (
        dt.date(2026, 10, 1),
        cat.moved,
        "до Львова",
    )
    assert clients.get_client(session, olena).churn_reason == "Переїхав"
    returned = client_status.mark_returned(session, olena, clock=clock, expected_version=2).value
    assert (returned.left_on, returned.churn_reason_id, returned.churn_note) == (None, None, None)


@pytest.mark.parametrize(
    ("field", "left_on", "reason"),
    [
        ("left_on", dt.date(2026, 11, 24), "moved"),  # in the future
        ("left_on", dt.date(2025, 3, 9), "moved"),  # before registration
        ("left_on", None, "moved"),  # a reason without a date
        ("churn_reason_id", dt.date(2026, 10, 1), None),  # a date without a reason
        ("churn_reason_id", dt.date(2026, 10, 1), 404),
    ],
)
def test_bad_departures_are_refused(
    session, clock, cat, new_client, refused, field, left_on, reason
) -> None:
    olena = new_client("Олена", registered_on=dt.date(2025, 3, 10))
    reason_id = cat.moved if reason == "moved" else reason
    refused(
        field,
        client_status.mark_departed,
        session,
        olena,
        left_on,
        reason_id,
        clock=clock,
        expected_version=1,
    )


def test_registration_cannot_move_after_departure(session, clock, cat, new_client, refused) -> None:
    olena = new_client("Олена", "0501234567", registered_on=dt.date(2025, 3, 10))
    client_status.mark_departed(
        session, olena, dt.date(2025, 6, 1), cat.moved, clock=clock, expected_version=1
    )
    data = ClientInput("Олена", "0501234567", registered_on=dt.date(2025, 7, 1))
    refused("registered_on", clients.update_client, session, olena, data, clock, expected_version=2)


def test_do_not_contact_keeps_the_reason_in_the_notes(session, clock, new_client) -> None:
    olena = new_client("Олена", notes="любить ранок")
    saved = client_status.set_do_not_contact(
        session, olena, True, "просила не дзвонити", clock=clock, expected_version=1
    )
    assert saved.value.do_not_contact is True
    assert saved.value.notes == "любить ранок\n2026-11-23 do not contact: просила не дзвонити"
    cleared = client_status.set_do_not_contact(
        session, olena, False, clock=clock, expected_version=2
    ).value
    assert cleared.do_not_contact is False
    assert cleared.notes == saved.value.notes


# --- merging -----------------------------------------------------------------


def test_merge_moves_everything_to_the_kept_client(
    session, clock, cat, new_client, new_vehicle
) -> None:
    keep = new_client("Олена Ковальчук", "0501234567", registered_on=dt.date(2025, 5, 1))
    drop = new_client(
        "Олена К.",
        "0661112233",
        email="olena@example.com",
        registered_on=dt.date(2024, 9, 1),
        source_id=cat.google,
        notes="дубль",
    )
    friend = new_client("Іван", "0631234567", referred_by_id=drop)
    keep_car = new_vehicle(keep, plate="AA1234BC")
    drop_car = new_vehicle(drop, make="Skoda", model="Octavia", plate="BC5555AA")

    def visit(client: int, car: int, when: str, price: int) -> int:
        items = (ItemInput(cat.check, price=price),)
        return visits.create_visit(session, VisitInput(client, at(when), car, items=items), clock)

    v_keep = visit(keep, keep_car, "2026-02-01 10:00", 10000).value.id
    v_drop_1 = visit(drop, drop_car, "2025-01-15 10:00", 20000).value.id
    v_drop_2 = visit(drop, drop_car, "2026-05-01 10:00", 30000).value.id
    rem_keep = reminders.create_reminder(session, ReminderInput(keep, due_mileage=90000), clock)
    rem_drop = reminders.create_reminder(
        session, ReminderInput(drop, drop_car, due_on=dt.date(2027, 1, 10)), clock
    )
    inquiry = inquiries.log_inquiry(session, clock, client_id=drop).value.id

    saved = client_status.merge_clients(session, keep, drop)

    merged = saved.value
    assert merged.id == keep
    assert (merged.phone, merged.email, merged.source_id) == (
        "+380501234567",
        "olena@example.com",
        cat.google,
    )
    assert merged.registered_on == dt.date(2024, 9, 1)
    assert merged.notes == f"дубль\nmerged client #{drop}: Олена К., +380661112233"
    assert session.get(Client, drop) is None
    assert session.scalars(select(Vehicle.id).where(Vehicle.client_id == keep)).all() == [
        keep_car,
        drop_car,
    ]
    chain = session.execute(
        select(Visit.id, Visit.visit_no, Visit.cum_revenue)
        .where(Visit.client_id == keep)
        .order_by(Visit.started_at)
    ).all()
    assert [tuple(row) for row in chain] == [
        (v_drop_1, 1, 20000),
        (v_keep, 2, 30000),
        (v_drop_2, 3, 60000),
    ]
    item_clients = session.scalars(select(VisitItem.client_id).distinct()).all()
    assert item_clients == [keep]
    assert set(session.scalars(select(Reminder.id).where(Reminder.client_id == keep))) == {
        rem_keep.value.id,
        rem_drop.value.id,
    }
    assert session.get(Inquiry, inquiry).client_id == keep
    assert session.get(Client, friend).referred_by_id == keep
    assert _ids(find_clients(session, "bc 5555")) == [keep]
    assert _ids(find_clients(session, "0661112233")) == []
    assert saved.changes.clients == {keep, drop, friend}
    assert saved.changes.visits == {v_drop_1, v_drop_2}
    assert session.scalar(select(func.count()).select_from(Client)) == 2


def test_merge_drops_a_referral_between_the_two(session, clock, new_client, refused) -> None:
    drop = new_client("Олена К.", "0661112233")
    keep = new_client("Олена Ковальчук", "0501234567", referred_by_id=drop)
    assert client_status.merge_clients(session, keep, drop).value.referred_by_id is None
    refused("drop_id", client_status.merge_clients, session, keep, keep)
    refused("drop_id", client_status.merge_clients, session, keep, 404)
