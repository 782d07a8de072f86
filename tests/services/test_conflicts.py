"""Two desks on one database: a save of a record changed since it was opened is refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.clock import FixedClock
from app.db import make_session_factory, write_session
from app.models import Client, VisitItem
from app.services import client_status, clients, vehicles, visits
from app.services.access import Actor, Role
from app.services.clients import ClientInput
from app.services.errors import ConflictError
from app.services.vehicles import VehicleInput
from app.services.versions import stamp
from app.services.visits import ItemInput, VisitInput

OPENED = dt.datetime(2026, 11, 23, 10, 0)
B_SAVED = dt.datetime(2026, 11, 23, 10, 5, 30)
A_SAVES = dt.datetime(2026, 11, 23, 10, 7)
MESSAGE = (
    "This record was changed by bohdan at 2026-11-23 10:05:30 after you opened it; "
    "reload it and make your change again."
)


@pytest.fixture
def desk_a(engine) -> sessionmaker[Session]:
    return make_session_factory(engine, Actor(None, "anna", Role.ADMIN))


@pytest.fixture
def desk_b(engine) -> sessionmaker[Session]:
    return make_session_factory(engine, Actor(None, "bohdan", Role.ADMIN))


@pytest.fixture
def olena(session, cat, new_client) -> int:
    """A client, and the catalogue, committed: the desks see them."""
    client = new_client(
        "Олена Ковальчук", "050 123 45 67", notes="любить ранок", registered_on=dt.date(2025, 3, 10)
    )
    session.commit()
    return client


def test_a_stale_client_save_is_refused_with_who_and_when(olena, desk_a, desk_b) -> None:
    with desk_a() as s:
        opened = clients.get_client(s, olena).client
    assert (opened.version, opened.updated_at, opened.updated_by) == (1, None, None)
    with write_session(desk_b) as s:
        data = ClientInput("Олена Ковальчук", "050 123 45 67", notes="тільки по обіді")
        saved = clients.update_client(s, olena, data, FixedClock(B_SAVED), expected_version=1)
    assert (saved.value.version, saved.value.updated_by) == (2, "bohdan")

    mine = ClientInput("Олена Коваль", "050 123 45 67", notes=opened.notes)
    with pytest.raises(ConflictError) as caught, write_session(desk_a) as s:
        clients.update_client(s, olena, mine, FixedClock(A_SAVES), expected_version=opened.version)
    error = caught.value
    assert (error.field, error.who, error.when) == ("version", "bohdan", B_SAVED)
    assert error.text() == MESSAGE
    with desk_a() as s:
        stored = clients.get_client(s, olena).client
    assert (stored.name, stored.notes, stored.version) == ("Олена Ковальчук", "тільки по обіді", 2)
    assert (stored.updated_at, stored.updated_by) == (B_SAVED, "bohdan")


def test_a_save_with_the_current_version_goes_through_and_counts(olena, desk_a, desk_b) -> None:
    with write_session(desk_b) as s:
        data = ClientInput("Олена Ковальчук", "050 123 45 67")
        clients.update_client(s, olena, data, FixedClock(B_SAVED), expected_version=1)
    with desk_a() as s:  # desk A reloads
        reloaded = clients.get_client(s, olena).client
    with write_session(desk_a) as s:
        data = ClientInput("Олена Коваль", "050 123 45 67")
        saved = clients.update_client(
            s, olena, data, FixedClock(A_SAVES), expected_version=reloaded.version
        )
    assert (saved.value.name, saved.value.version) == ("Олена Коваль", 3)
    assert (saved.value.updated_at, saved.value.updated_by) == (A_SAVES, "anna")


def test_flags_of_a_client_changed_since_opened_are_refused(
    olena, cat, desk_a, desk_b, clock
) -> None:
    with desk_a() as s:
        opened = clients.get_client(s, olena).client
    with write_session(desk_b) as s:
        client_status.set_do_not_contact(
            s, olena, True, "просила", clock=FixedClock(B_SAVED), expected_version=1
        )
    day = dt.date(2026, 11, 1)
    with pytest.raises(ConflictError, match="by bohdan"), write_session(desk_a) as s:
        client_status.mark_departed(
            s, olena, day, cat.moved, clock=clock, expected_version=opened.version
        )
    with pytest.raises(ConflictError), write_session(desk_a) as s:
        client_status.set_do_not_contact(
            s, olena, False, clock=clock, expected_version=opened.version
        )
    with desk_a() as s:
        stored = clients.get_client(s, olena).client
    assert (stored.do_not_contact, stored.left_on, stored.version) == (True, None, 2)
    with write_session(desk_a) as s:
        left = client_status.mark_departed(
            s, olena, day, cat.moved, clock=clock, expected_version=2
        )
    with pytest.raises(ConflictError), write_session(desk_b) as s:
        client_status.mark_returned(s, olena, clock=clock, expected_version=2)
    with write_session(desk_b) as s:
        back = client_status.mark_returned(
            s, olena, clock=clock, expected_version=left.value.version
        )
    assert (back.value.left_on, back.value.version, back.value.updated_by) == (None, 4, "bohdan")


def test_a_stale_visit_save_is_refused_and_its_items_stay(
    session, olena, cat, desk_a, desk_b, clock
) -> None:
    items = (ItemInput(cat.oil_change), ItemInput(cat.oil, Decimal("4.5")))
    data = VisitInput(olena, dt.datetime(2026, 11, 23, 9, 0), items=items)
    visit_id = visits.create_visit(session, data, clock).value.id
    session.commit()
    with desk_a() as s:
        opened = visits.get_visit(s, visit_id)
    assert (opened.version, opened.revenue) == (
        1,
        190679,
    )  # 500.00 + 4.5 x 312.62 (1406.79) = 1906.79
    with write_session(desk_b) as s:
        theirs = VisitInput(olena, data.started_at, items=(ItemInput(cat.oil_change),), rating=5)
        visits.update_visit(s, visit_id, theirs, FixedClock(B_SAVED), expected_version=1)

    mine = VisitInput(olena, data.started_at, items=(*items, ItemInput(cat.check)), rating=3)
    with pytest.raises(ConflictError) as caught, write_session(desk_a) as s:
        visits.update_visit(s, visit_id, mine, FixedClock(A_SAVES), expected_version=1)
    assert caught.value.text() == MESSAGE
    with pytest.raises(ConflictError), write_session(desk_a) as s:
        visits.set_status(s, visit_id, "cancelled", clock, expected_version=1)
    with desk_a() as s:
        stored = visits.get_visit(s, visit_id)
        services = s.scalars(select(VisitItem.service_id).where(VisitItem.visit_id == visit_id))
        assert list(services) == [cat.oil_change]
    assert (stored.status, stored.rating, stored.revenue, stored.version) == (
        "completed",
        5,
        50000,
        2,
    )
    with write_session(desk_a) as s:
        saved = visits.update_visit(s, visit_id, mine, FixedClock(A_SAVES), expected_version=2)
    assert (saved.value.version, saved.value.updated_by, len(saved.value.items)) == (3, "anna", 3)


def test_derived_refreshes_do_not_make_an_open_record_stale(
    session, olena, cat, desk_a, desk_b, clock
) -> None:
    """A car added to the client changes its search text, a later visit renumbers the
    chain: neither is somebody's edit of what the form shows."""
    visit_id = visits.create_visit(
        session, VisitInput(olena, dt.datetime(2026, 11, 20, 9, 0)), clock
    ).value.id
    session.commit()
    with write_session(desk_b) as s:
        vehicles.add_vehicle(s, olena, VehicleInput("Skoda", "Octavia", plate="AA1234BC"), clock)
        visits.create_visit(s, VisitInput(olena, dt.datetime(2026, 11, 1, 9, 0)), clock)
    with desk_a() as s:
        client = s.get(Client, olena)
        assert "aa1234bc" in client.search_text
        assert client.version == 1
        assert visits.get_visit(s, visit_id).visit_no == 2
        assert visits.get_visit(s, visit_id).version == 1


def test_a_save_racing_another_is_refused_by_the_row_version(olena, desk_a, desk_b) -> None:
    """Between desk A's read and its write desk B commits: the UPDATE names version 1 and
    matches no row (SQLAlchemy's version_id_col), so nothing is overwritten."""
    with desk_a() as a:
        client = a.get(Client, olena)
        a.commit()  # the object keeps version 1 (expire_on_commit is off)
        with write_session(desk_b) as b:
            data = ClientInput("Олена Ковальчук", "050 123 45 67", notes="від Богдана")
            clients.update_client(b, olena, data, FixedClock(B_SAVED), expected_version=1)
        client.notes = "від Анни"
        with pytest.raises(ConflictError) as caught:
            stamp(a, client, FixedClock(A_SAVES))
        assert isinstance(caught.value.__cause__, StaleDataError)
        assert caught.value.text() == (
            "This record was changed after you opened it; reload it and make your change again."
        )
        a.rollback()
    with desk_a() as s:
        assert s.get(Client, olena).notes == "від Богдана"
