"""The clients list: rows with plates and last visits, the lost filter, narrowed searches."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import client_status, visits
from app.services.client_list import list_clients, lost_client_ids
from app.services.client_search import find_clients
from app.services.visits import VisitInput


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def visit(session, clock, client: int, when: str, status: str = "completed") -> None:
    visits.create_visit(session, VisitInput(client, at(when), status=status), clock)


def test_rows_show_plates_and_the_last_completed_visit(
    session, clock, new_client, new_vehicle
) -> None:
    olena = new_client("Олена Ковальчук", "0501234567")
    petro = new_client("Петро Бондар", "0671234567")
    new_vehicle(olena, plate="AA1234BC")
    new_vehicle(olena, make="Skoda", plate="KA7777EX")
    new_vehicle(olena, make="Lada")  # no plate: nothing to show
    visit(session, clock, olena, "2026-03-02 09:00")
    visit(session, clock, olena, "2026-10-14 17:30")
    visit(session, clock, olena, "2026-11-20 10:00", "cancelled")  # did not happen
    visit(session, clock, petro, "2026-12-01 10:00", "planned")  # not yet

    page = list_clients(session, clock=clock)
    assert [(r.id, r.name, r.phone, r.plates, r.last_visit) for r in page.rows] == [
        (
            olena,
            "Олена Ковальчук",
            "+380501234567",
            ("AA1234BC", "KA7777EX"),
            dt.date(2026, 10, 14),
        ),
        (petro, "Петро Бондар", "+380671234567", (), None),
    ]
    assert page.next_after_id is None and page.lost_ids is None
    assert [r.id for r in list_clients(session, "ka 77", clock=clock).rows] == [olena]
    # Digits typed like a phone also find plates: one pass over the index for "7777".
    assert [r.id for r in list_clients(session, "77-77", clock=clock).rows] == [olena]
    assert [r.id for r in list_clients(session, "(067) 123", clock=clock).rows] == [petro]


def test_pages_follow_the_keyset(session, clock, new_client) -> None:
    ids = [new_client(f"Коваленко {n}") for n in range(5)]
    first = list_clients(session, "коваленко", limit=3, clock=clock)
    assert ([r.id for r in first.rows], first.next_after_id) == (ids[:3], ids[2])
    second = list_clients(session, "коваленко", limit=3, after_id=ids[2], clock=clock)
    assert ([r.id for r in second.rows], second.next_after_id) == (ids[3:], None)


def lost_shop(session, clock, cat, new_client) -> dict[str, int]:
    """Today is 2026-11-23.

    gone_quiet: visits 2026-01-10 and 2026-02-09 (30 days apart); 287 days
    since the last > max(90, 2 x 30): lost. regular: 2026-10-01 and
    2026-11-01, 22 days since: not lost. once: one visit in 2025: needs two.
    quiet_dnc and quiet_left: like gone_quiet but do-not-contact / departed.
    """
    made = {
        name: new_client(name, registered_on=dt.date(2025, 1, 1))
        for name in ("gone_quiet", "regular", "once", "quiet_dnc", "quiet_left", "gone_too")
    }
    for name in ("gone_quiet", "quiet_dnc", "quiet_left", "gone_too"):
        visit(session, clock, made[name], "2026-01-10 10:00")
        visit(session, clock, made[name], "2026-02-09 10:00")
    visit(session, clock, made["regular"], "2026-10-01 10:00")
    visit(session, clock, made["regular"], "2026-11-01 10:00")
    visit(session, clock, made["once"], "2025-03-01 10:00")
    client_status.set_do_not_contact(
        session, made["quiet_dnc"], True, clock=clock, expected_version=1
    )
    left = dt.date(2026, 6, 1)
    client_status.mark_departed(
        session, made["quiet_left"], left, cat.moved, clock=clock, expected_version=1
    )
    return made


def test_the_lost_filter_is_the_lost_report(session, clock, cat, new_client) -> None:
    made = lost_shop(session, clock, cat, new_client)
    lost = (made["gone_quiet"], made["gone_too"])
    assert lost_client_ids(session, clock) == lost

    page = list_clients(session, filter="lost", clock=clock)
    assert [r.id for r in page.rows] == list(lost)
    assert page.lost_ids == lost
    # The ids given back are used as they are (the report is not run again).
    again = list_clients(session, filter="lost", clock=clock, lost_ids=(made["gone_too"],))
    assert [r.id for r in again.rows] == [made["gone_too"]]
    assert [r.id for r in list_clients(session, "gone_t", filter="lost", clock=clock).rows] == [
        made["gone_too"]
    ]
    with pytest.raises(TypeError):
        list_clients(session, filter="lost")
    with pytest.raises(ValueError, match="filter"):
        list_clients(session, filter="vip", clock=clock)


def test_a_search_narrowed_to_listed_clients_pages_through_them(session, new_client) -> None:
    ids = [new_client(f"Коваленко {n}") for n in range(6)]
    other = new_client("Бондар")
    among = [ids[5], ids[1], other, ids[3], ids[4]]  # any order
    first = find_clients(session, "коваленко", limit=2, among_ids=among)
    assert ([r.id for r in first.rows], first.next_after_id) == ([ids[1], ids[3]], ids[3])
    second = find_clients(session, "коваленко", limit=2, after_id=ids[3], among_ids=among)
    assert ([r.id for r in second.rows], second.next_after_id) == ([ids[4], ids[5]], None)
    assert [r.id for r in find_clients(session, "", among_ids=among).rows] == sorted(among)
    assert find_clients(session, "", among_ids=[]).rows == ()


def test_a_long_list_of_clients_is_read_in_chunks(session, new_client) -> None:
    ids = [new_client(f"Клієнт {n}") for n in range(1203)]
    page = find_clients(session, "", limit=1100, after_id=ids[50], among_ids=ids[::-1])
    assert [r.id for r in page.rows] == ids[51:1151]
    assert page.next_after_id == ids[1150]
    rest = find_clients(session, "", limit=1100, after_id=ids[1150], among_ids=ids)
    assert ([r.id for r in rest.rows], rest.next_after_id) == (ids[1151:], None)
