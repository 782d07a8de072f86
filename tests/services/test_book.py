"""The visits screen's lists: the book of a period, recent visits by keyset, a day's counts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.services import book, inquiries, visits
from app.services.book import ItemLine
from app.services.errors import ValidationError
from app.services.visits import ItemInput, VisitInput


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.fixture
def olena_visits(session, clock, cat, new_client, new_vehicle):
    """Олена's five visits around today (2026-11-23) and one of Петро's."""
    olena = new_client("Олена Ковальчук", "050 123 45 67")
    car = new_vehicle(olena, "Skoda", "Octavia", plate="AA 1234 BC")
    petro = new_client("Петро")

    def visit(client: int, when: str, status: str, *items: ItemInput, **kw) -> int:
        data = VisitInput(client, at(when), status=status, items=items, **kw)
        return visits.create_visit(session, data, clock).value.id

    ids = {
        "old": visit(olena, "2026-11-16 09:00", "completed", ItemInput(cat.check)),
        "today": visit(
            olena,
            "2026-11-23 09:30",
            "completed",
            ItemInput(cat.oil, Decimal("4.5")),  # 4.5 x 312.62 = 1406.79
            ItemInput(cat.tyre_fitting, declined=True),
            vehicle_id=car,
            employee_id=cat.petro,
            rating=5,
        ),
        "petro": visit(petro, "2026-11-23 09:30", "no_show"),
        "later": visit(olena, "2026-11-23 16:00", "planned", ItemInput(cat.oil_change)),
        "sunday": visit(olena, "2026-11-29 23:59", "cancelled"),
        "next_week": visit(olena, "2026-11-30 00:00", "planned"),
    }
    session.flush()
    return ids, olena, car


def test_the_book_lists_every_visit_of_the_days_by_time(session, cat, olena_visits) -> None:
    ids, olena, _car = olena_visits
    week = book.list_book(session, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert [line.id for line in week] == [
        ids["today"],
        ids["petro"],
        ids["later"],
        ids["sunday"],
    ]
    today = week[0]
    assert (today.client_id, today.client_name, today.client_phone) == (
        olena,
        "Олена Ковальчук",
        "+380501234567",
    )
    assert (today.vehicle, today.master, today.status) == (
        "Skoda Octavia AA1234BC",
        "Петро",
        "completed",
    )
    assert (today.revenue, today.rating) == (140679, 5)
    assert today.items == (ItemLine("Олива 5W-30", False), ItemLine("Шиномонтаж R16", True))
    assert (week[1].vehicle, week[1].master, week[1].items) == ("", None, ())
    one_day = book.list_book(session, dt.date(2026, 11, 30), dt.date(2026, 11, 30))
    assert [line.id for line in one_day] == [ids["next_week"]]
    with pytest.raises(ValidationError) as caught:
        book.list_book(session, dt.date(2026, 11, 30), dt.date(2026, 11, 29))
    assert caught.value.field == "date_to"


def test_recent_visits_page_newest_first_across_statuses(session, olena_visits) -> None:
    ids, _olena, _car = olena_visits
    first = book.recent_visits(session, limit=2)
    assert [line.id for line in first.rows] == [ids["next_week"], ids["sunday"]]
    assert first.next_before == (at("2026-11-29 23:59"), ids["sunday"])
    second = book.recent_visits(session, limit=2, before=first.next_before)
    # Two visits at 09:30: the later id first.
    assert [line.id for line in second.rows] == [ids["later"], ids["petro"]]
    third = book.recent_visits(session, limit=2, before=second.next_before)
    assert [line.id for line in third.rows] == [ids["today"], ids["old"]]
    assert third.next_before is None
    completed = book.recent_visits(session, limit=10, status="completed")
    assert [line.id for line in completed.rows] == [ids["today"], ids["old"]]
    assert completed.next_before is None
    until_now = book.recent_visits(session, limit=10, until=at("2026-11-23 10:00"))
    assert [line.id for line in until_now.rows] == [ids["petro"], ids["today"], ids["old"]]
    with pytest.raises(ValidationError):
        book.recent_visits(session, status="done")


def test_the_day_summary_counts_visits_by_status_and_the_days_inquiries(
    session, clock, olena_visits
) -> None:
    inquiries.log_inquiry(session, clock, received_at=at("2026-11-23 00:00"))
    inquiries.log_inquiry(session, clock, received_at=at("2026-11-22 23:59"))
    summary = book.day_summary(session, dt.date(2026, 11, 23))
    assert summary == book.DaySummary(
        day=dt.date(2026, 11, 23),
        planned=1,
        completed=1,
        cancelled=0,
        no_show=1,
        revenue=140679,
        inquiries=1,
    )
    empty = book.day_summary(session, dt.date(2026, 11, 24))
    assert (empty.planned, empty.completed, empty.revenue, empty.inquiries) == (0, 0, 0, 0)
