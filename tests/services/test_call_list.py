"""Adding many clients to the call list at once (reminders from a report)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import Reminder
from app.services import client_status
from app.services.call_list import add_to_call_list
from app.services.errors import NotFoundError

TOMORROW = dt.date(2026, 11, 24)  # the clock's today is 2026-11-23


def test_reminders_for_callable_clients_only(session, clock, cat, new_client) -> None:
    ann = new_client("Ann")
    bob = new_client("Bob")
    quiet = new_client("Quiet")
    gone = new_client("Gone")
    both = new_client("Both")
    client_status.set_do_not_contact(session, quiet, True, clock=clock, expected_version=1)
    client_status.mark_departed(
        session, gone, clock.today(), cat.moved, clock=clock, expected_version=1
    )
    client_status.set_do_not_contact(session, both, True, clock=clock, expected_version=1)
    client_status.mark_departed(
        session, both, clock.today(), cat.moved, clock=clock, expected_version=2
    )

    saved = add_to_call_list(
        session, [bob, ann, quiet, gone, both, ann], "  Lost client: call back ", TOMORROW, clock
    )
    result = saved.value
    # Ann (listed twice) and Bob get one reminder each; "Both" counts as do-not-contact.
    assert (result.added, result.skipped_do_not_contact, result.skipped_departed) == (2, 2, 1)
    rows = session.execute(
        select(
            Reminder.id,
            Reminder.client_id,
            Reminder.due_on,
            Reminder.note,
            Reminder.status,
            Reminder.created_on,
        ).order_by(Reminder.id)
    ).all()
    assert [tuple(r[1:]) for r in rows] == [
        (ann, TOMORROW, "Lost client: call back", "pending", dt.date(2026, 11, 23)),
        (bob, TOMORROW, "Lost client: call back", "pending", dt.date(2026, 11, 23)),
    ]
    assert result.reminder_ids == tuple(r[0] for r in rows)
    assert saved.changes.reminders == set(result.reminder_ids)
    assert saved.changes.clients == {ann, bob}


def test_nobody_to_call_writes_nothing(session, clock, new_client) -> None:
    quiet = new_client("Quiet")
    client_status.set_do_not_contact(session, quiet, True, clock=clock, expected_version=1)
    saved = add_to_call_list(session, [quiet], "", TOMORROW, clock)
    assert (saved.value.added, saved.value.skipped_do_not_contact) == (0, 1)
    assert not saved.changes
    assert session.scalars(select(Reminder.id)).all() == []


@pytest.mark.parametrize(
    ("field", "ids", "note", "due_on"),
    [
        ("client_ids", [], "", TOMORROW),
        ("client_ids", "unknown", "", TOMORROW),
        ("due_on", None, "", dt.date(2026, 11, 22)),
        ("due_on", None, "", "2026-12-01"),
        ("note", None, "x" * 501, TOMORROW),
    ],
)
def test_refusals(session, clock, new_client, refused, field, ids, note, due_on) -> None:
    ann = new_client("Ann")
    client_ids = [ann] if ids is None else [ann, 404] if ids == "unknown" else ids
    error = refused(field, add_to_call_list, session, client_ids, note, due_on, clock)
    if ids == "unknown":
        assert isinstance(error, NotFoundError)
        assert error.params == {"id": 404}


def test_due_today_is_allowed(session, clock, new_client) -> None:
    ann = new_client("Ann")
    saved = add_to_call_list(session, [ann], "", clock.today(), clock)
    assert saved.value.added == 1
