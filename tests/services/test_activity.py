"""The activity stamp: another desk's writes move it and name what they touched."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session, sessionmaker

from app.db import make_session_factory, write_session
from app.models import Client
from app.services import activity, reminders, visits
from app.services.access import Actor, Role
from app.services.activity import read_activity, unseen
from app.services.changes import Changes
from app.services.reminders import ReminderInput
from app.services.visits import ItemInput, VisitInput


@pytest.fixture
def desk_b(engine) -> sessionmaker[Session]:
    return make_session_factory(engine, Actor(None, "bohdan", Role.ADMIN))


@pytest.fixture
def shop(session, clock, cat, new_client) -> dict[str, int]:
    """Two clients and a pending reminder of Olena's, committed."""
    olena = new_client("Олена Ковальчук")
    petro = new_client("Петро Бондар")
    due = dt.date(2026, 11, 20)
    reminder = reminders.create_reminder(session, ReminderInput(olena, due_on=due), clock)
    session.commit()
    return {"olena": olena, "petro": petro, "reminder": reminder.value.id}


def test_the_first_look_takes_the_stamp_and_reports_nothing(session, shop) -> None:
    first = read_activity(session, None)
    assert first is not None
    assert first.changes == Changes()
    assert dict(first.stamp.newest) == {
        "clients": shop["petro"],
        "vehicles": 0,
        "visits": 0,
        "reminders": shop["reminder"],
        "inquiries": 0,
    }
    again = read_activity(session, first.stamp)
    assert again == first  # nothing written: the same stamp, nothing to report


def test_another_desks_visit_and_done_reminder_move_the_stamp(
    sessions, desk_b, shop, cat, clock
) -> None:
    with sessions() as desk_a:
        before = read_activity(desk_a, None).stamp
    with write_session(desk_b) as s:
        items = (ItemInput(cat.oil_change), ItemInput(cat.oil, Decimal("4")))
        data = VisitInput(shop["olena"], dt.datetime(2026, 11, 23, 9, 30), items=items)
        visit = visits.create_visit(s, data, clock).value
        reminders.mark_done(s, shop["reminder"], clock)
    with sessions() as desk_a:
        seen = read_activity(desk_a, before)
    assert seen.stamp.audit_id > before.audit_id
    assert dict(seen.stamp.newest)["visits"] == visit.id
    assert seen.changes == Changes.of(
        visits=[visit.id], clients=[shop["olena"]], reminders=[shop["reminder"]]
    )
    with sessions() as desk_a:
        assert read_activity(desk_a, seen.stamp).changes == Changes()


def test_an_edit_of_items_alone_names_the_visit(sessions, desk_b, shop, cat, clock) -> None:
    """An item's audit entry names the item: the poll reports the visit it belongs to."""
    with write_session(desk_b) as s:
        data = VisitInput(shop["petro"], dt.datetime(2026, 11, 23, 9, 30))
        visit = visits.create_visit(s, data, clock).value
    with sessions() as desk_a:
        before = read_activity(desk_a, None).stamp
    with write_session(desk_b) as s:
        edited = VisitInput(data.client_id, data.started_at, items=(ItemInput(cat.check),))
        visits.update_visit(s, visit.id, edited, clock, expected_version=1)
    with sessions() as desk_a:
        seen = read_activity(desk_a, before)
    assert seen.changes == Changes.of(visits=[visit.id], clients=[shop["petro"]])


def test_rows_added_without_the_audit_log_are_noticed_by_their_ids(sessions, shop) -> None:
    """A bulk import writes with core inserts: the newest ids still move."""
    with sessions() as desk_a:
        before = read_activity(desk_a, None).stamp
    with write_session(sessions) as s:
        s.execute(
            insert(Client),
            [
                {"name": "Імпорт", "phone": "+380501110001", "registered_on": dt.date(2026, 1, 1)},
                {
                    "name": "Імпорт 2",
                    "phone": "+380501110002",
                    "registered_on": dt.date(2026, 1, 1),
                },
            ],
        )
    with sessions() as desk_a:
        seen = read_activity(desk_a, before)
    assert seen.stamp.audit_id == before.audit_id
    assert seen.changes == Changes.of(clients=[shop["petro"] + 2])
    with sessions() as desk_a:
        assert desk_a.get(Client, shop["petro"] + 2).version == 1  # imports start at version 1


def test_a_long_run_of_entries_is_read_in_parts(sessions, desk_b, shop, clock, monkeypatch) -> None:
    monkeypatch.setattr(activity, "ENTRIES_PER_READ", 2)
    with sessions() as desk_a:
        before = read_activity(desk_a, None).stamp
    with write_session(desk_b) as s:
        for client in (shop["olena"], shop["petro"], shop["olena"]):
            visits.create_visit(s, VisitInput(client, dt.datetime(2026, 11, 23, 9, 0)), clock)
    with sessions() as desk_a:
        first = read_activity(desk_a, before)
        second = read_activity(desk_a, first.stamp)
    assert first.changes == Changes.of(visits=[1, 2, 3], clients=[shop["olena"], shop["petro"]])
    assert second.stamp.audit_id == first.stamp.audit_id + 1
    assert second.changes == Changes.of(visits=[3], clients=[shop["olena"]])


def test_this_desks_own_writes_are_left_out() -> None:
    seen = Changes.of(visits=[7, 8], clients=[3, 4], reminders=[5])
    own = Changes.of(visits=[7], clients=[3])
    assert unseen(seen, own) == Changes.of(visits=[8], clients=[4], reminders=[5])
    assert not unseen(own, own)
