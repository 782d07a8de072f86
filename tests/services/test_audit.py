"""The audit log: who changed what, before and after, in the same transaction as the change."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.clock import FixedClock
from app.db import make_session_factory, write_session
from app.models import AuditEntry, Client, User
from app.services import audit, client_status, clients, reminders, visits
from app.services.access import AccessDenied, Actor, Role
from app.services.clients import ClientInput
from app.services.reminders import ReminderInput
from app.services.visits import ItemInput, VisitInput
from tests.services.conftest import Catalogue

Entry = tuple[str, str, str, int | None, dict[str, Any] | None, dict[str, Any] | None]


def log(session: Session, after_id: int = 0) -> list[Entry]:
    """(entity, action, actor, client_id, before, after) of the entries after ``after_id``."""
    rows = session.scalars(select(AuditEntry).where(AuditEntry.id > after_id).order_by("id"))
    return [
        (
            e.entity,
            e.action,
            e.actor,
            e.client_id,
            json.loads(e.before) if e.before else None,
            json.loads(e.after) if e.after else None,
        )
        for e in rows
    ]


def last_id(session: Session) -> int:
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def test_creating_a_client_records_every_field(session: Session, clock: FixedClock) -> None:
    saved = clients.create_client(
        session, ClientInput("Олена Ковальчук", "050 123 45 67", notes="VIP"), clock
    )
    entry = session.scalar(select(AuditEntry))
    assert entry is not None
    assert (entry.at, entry.user_id, entry.actor) == (clock.now(), None, "system")
    assert log(session) == [
        (
            "client",
            "create",
            "system",
            saved.value.id,
            None,
            {
                "name": "Олена Ковальчук",
                "phone": "+380501234567",
                "email": None,
                "registered_on": "2026-11-23",
                "source_id": None,
                "referred_by_id": None,
                "do_not_contact": False,
                "left_on": None,
                "churn_reason_id": None,
                "churn_note": None,
                "notes": "VIP",
            },
        )
    ]


def test_an_edit_records_only_what_changed(
    session: Session, clock: FixedClock, new_client: Callable[..., int]
) -> None:
    client_id = new_client("Olena", "0501234567")
    mark = last_id(session)
    version = clients.get_client(session, client_id).client.version
    data = ClientInput("Olena Kovalchuk", "0501234567")
    clients.update_client(session, client_id, data, clock, expected_version=version)
    assert log(session, mark) == [
        ("client", "update", "system", client_id, {"name": "Olena"}, {"name": "Olena Kovalchuk"})
    ]


def test_visit_items_and_deletion_are_recorded(
    session: Session,
    clock: FixedClock,
    cat: Catalogue,
    new_client: Callable[..., int],
) -> None:
    client_id = new_client("Ann")
    when = dt.datetime(2026, 11, 20, 9, 30)
    items = (ItemInput(cat.oil_change), ItemInput(cat.oil, "4.5"))
    saved = visits.create_visit(session, VisitInput(client_id, when, items=items), clock)
    visit_id = saved.value.id
    created = log(session, 0)[-3:]
    assert [(e[0], e[1], e[3]) for e in created] == [
        ("visit", "create", client_id),
        ("visit_item", "create", client_id),
        ("visit_item", "create", client_id),
    ]
    assert created[2][5] == {
        "visit_id": visit_id,
        "service_id": cat.oil,
        "quantity_milli": 4500,
        "price": 31262,
        "declined": False,
    }
    mark = last_id(session)
    visits.delete_visit(session, visit_id)
    deleted = log(session, mark)
    assert sorted((e[0], e[1], e[3]) for e in deleted) == [
        ("visit", "delete", client_id),
        ("visit_item", "delete", client_id),
        ("visit_item", "delete", client_id),
    ]
    visit_entry = next(e for e in deleted if e[0] == "visit")
    assert visit_entry[4] is not None and visit_entry[4]["started_at"] == "2026-11-20T09:30:00"
    assert visit_entry[5] is None


def test_reminder_outcomes_are_recorded(
    session: Session, clock: FixedClock, new_client: Callable[..., int]
) -> None:
    client_id = new_client("Ann")
    data = ReminderInput(client_id, due_on=dt.date(2026, 12, 1), note="oil")
    reminder_id = reminders.create_reminder(session, data, clock).value.id
    mark = last_id(session)
    reminders.mark_done(session, reminder_id, clock)
    assert log(session, mark) == [
        (
            "reminder",
            "update",
            "system",
            client_id,
            {"status": "pending", "done_on": None},
            {"status": "done", "done_on": "2026-11-23"},
        )
    ]


def test_merging_records_each_move_and_the_deleted_client(
    session: Session, clock: FixedClock, cat: Catalogue, new_client: Callable[..., int]
) -> None:
    keep, drop = new_client("Ann"), new_client("Ann duplicate")
    when = dt.datetime(2026, 11, 20, 9, 30)
    visit_id = visits.create_visit(session, VisitInput(drop, when), clock).value.id
    mark = last_id(session)
    client_status.merge_clients(session, keep, drop)
    entries = log(session, mark)
    assert ("visit", "update", "system", keep, {"client_id": drop}, {"client_id": keep}) in entries
    deleted = [e for e in entries if e[1] == "delete"]
    assert [(e[0], e[3], e[4]["name"] if e[4] else None) for e in deleted] == [
        ("client", drop, "Ann duplicate")
    ]
    assert visit_id


def test_entries_roll_back_with_the_change(engine: Engine, clock: FixedClock) -> None:
    sessions = make_session_factory(engine, Actor(None, "system", Role.OWNER), clock)
    with pytest.raises(RuntimeError), write_session(sessions) as session:
        clients.create_client(session, ClientInput("Ann", "0501234567"), clock)
        assert last_id(session) == 1
        raise RuntimeError("power cut before the commit")
    with sessions() as session:
        assert last_id(session) == 0


def test_the_actor_is_recorded_and_only_the_owner_reads_the_log(
    engine: Engine, session: Session, clock: FixedClock
) -> None:
    desk = User(login="desk1", password_hash="-", role="admin", active=True)
    session.add(desk)
    session.commit()
    admin = Actor(desk.id, "desk1", Role.ADMIN)
    with write_session(make_session_factory(engine, admin, clock)) as as_admin:
        clients.create_client(as_admin, ClientInput("Ann", "0501234567"), clock)
        with pytest.raises(AccessDenied):
            audit.read_audit(as_admin)
    records = audit.read_audit(session)
    assert [(r.entity, r.action, r.actor) for r in records] == [("client", "create", "desk1")]
    entry = session.scalar(select(AuditEntry))
    assert entry is not None and entry.user_id == desk.id


def test_reading_pages_back_newest_first(
    session: Session, clock: FixedClock, new_client: Callable[..., int]
) -> None:
    ann, bob, cid = new_client("Ann"), new_client("Bob"), new_client("Cid")
    first = audit.read_audit(session, limit=2)
    assert [r.entity_id for r in first] == [cid, bob]
    assert [r.entity_id for r in audit.read_audit(session, before_id=first[-1].id)] == [ann]
    assert [r.entity_id for r in audit.read_audit(session, client_id=bob)] == [bob]


def test_a_failed_flush_leaves_no_deletion_behind(
    session: Session, clock: FixedClock, cat: Catalogue, new_client: Callable[..., int]
) -> None:
    """A deletion refused by the database is not recorded by the next, unrelated flush."""
    ann = new_client("Ann")
    session.commit()
    client = session.get(Client, ann)
    visits.create_visit(session, VisitInput(ann, dt.datetime(2026, 11, 20, 9, 30)), clock)
    session.commit()
    session.delete(client)  # the visit still points at the client: the foreign key refuses
    with pytest.raises(IntegrityError):
        session.flush()
    session.rollback()
    mark = last_id(session)
    new_client("Bob")
    assert [(e[0], e[1]) for e in log(session, mark)] == [("client", "create")]
