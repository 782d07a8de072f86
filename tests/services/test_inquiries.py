from __future__ import annotations

import datetime as dt

from app.services import inquiries, visits
from app.services.errors import NotFoundError
from app.services.visits import VisitInput


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_an_inquiry_is_logged_now_with_a_normalised_phone(session, clock, cat) -> None:
    saved = inquiries.log_inquiry(
        session, clock, name=" Андрій ", phone="067 123 45 67", source_id=cat.google
    )
    inquiry = saved.value
    assert (inquiry.received_at, inquiry.name, inquiry.phone) == (
        at("2026-11-23 10:00"),
        "Андрій",
        "+380671234567",
    )
    assert (inquiry.channel, inquiry.client_id, inquiry.visit_id) == ("call", None, None)
    assert saved.changes.inquiries == {inquiry.id}


def test_an_anonymous_walk_in_is_an_inquiry_too(session, clock) -> None:
    inquiry = inquiries.log_inquiry(session, clock, channel="walk_in").value
    assert (inquiry.name, inquiry.phone, inquiry.client_id) == (None, None, None)


def test_bad_inquiries_are_refused(session, clock, refused) -> None:
    refused("channel", inquiries.log_inquiry, session, clock, channel="email")
    refused("phone", inquiries.log_inquiry, session, clock, phone="12")
    refused(
        "received_at", inquiries.log_inquiry, session, clock, received_at=at("2026-11-23 10:01")
    )
    refused("received_at", inquiries.log_inquiry, session, clock, received_at=dt.date(2026, 11, 1))
    error = refused("client_id", inquiries.log_inquiry, session, clock, client_id=404)
    assert isinstance(error, NotFoundError)
    refused("source_id", inquiries.log_inquiry, session, clock, source_id=404)


def test_list_by_days_and_client(session, clock, new_client) -> None:
    olena = new_client("Олена")
    ids = [
        inquiries.log_inquiry(session, clock, received_at=at(when), client_id=client).value.id
        for when, client in (
            ("2026-11-01 23:59", olena),
            ("2026-11-02 00:00", None),
            ("2026-11-03 18:00", olena),
            ("2026-11-04 00:00", olena),
        )
    ]
    listed = inquiries.list_inquiries(session, dt.date(2026, 11, 2), dt.date(2026, 11, 3))
    assert [i.id for i in listed] == ids[1:3]
    assert [i.id for i in inquiries.list_inquiries(session, client_id=olena)] == [
        ids[0],
        ids[2],
        ids[3],
    ]


def test_link_to_a_visit(session, clock, new_client, refused) -> None:
    olena = new_client("Олена")
    petro = new_client("Петро")
    visit = visits.create_visit(session, VisitInput(olena, at("2026-11-20 09:00")), clock).value
    anonymous = inquiries.log_inquiry(session, clock, name="Олена").value.id
    linked = inquiries.link_inquiry_to_visit(session, anonymous, visit.id)
    assert (linked.value.visit_id, linked.value.client_id) == (visit.id, olena)
    assert linked.changes.visits == {visit.id}
    petros = inquiries.log_inquiry(session, clock, client_id=petro).value.id
    refused("visit_id", inquiries.link_inquiry_to_visit, session, petros, visit.id)
    refused("visit_id", inquiries.link_inquiry_to_visit, session, petros, 404)
    refused("inquiry_id", inquiries.link_inquiry_to_visit, session, 404, visit.id)
    unlinked = inquiries.link_inquiry_to_visit(session, anonymous, None).value
    assert (unlinked.visit_id, unlinked.client_id) == (None, olena)


def test_open_inquiries_offered_for_a_new_visit(session, clock, new_client) -> None:
    olena = new_client("Олена", "0501234567")
    petro = new_client("Петро")

    def log(when: str, **kw) -> int:
        return inquiries.log_inquiry(session, clock, received_at=at(when), **kw).value.id

    too_old = log("2026-11-08 23:59", client_id=olena)  # today - 14 days begins on 2026-11-09
    own = log("2026-11-09 08:00", client_id=olena)
    by_phone = log("2026-11-20 12:00", phone="+38 050 123 45 67")
    log("2026-11-21 12:00", client_id=petro)
    done = log("2026-11-22 12:00", client_id=olena)
    visit = visits.create_visit(session, VisitInput(olena, at("2026-11-22 13:00")), clock).value
    inquiries.link_inquiry_to_visit(session, done, visit.id)

    offered = inquiries.open_inquiries_for_client(session, olena, clock)
    assert [i.id for i in offered] == [own, by_phone]
    since = inquiries.open_inquiries_for_client(session, olena, clock, since=dt.date(2026, 11, 1))
    assert [i.id for i in since] == [too_old, own, by_phone]


def test_recent_inquiries_newest_first_with_client_source_and_conversion(
    session, clock, cat, new_client
) -> None:
    olena = new_client("Олена", "050 123 45 67")
    done = visits.create_visit(session, VisitInput(olena, at("2026-11-20 09:00")), clock).value
    booked = visits.create_visit(
        session, VisitInput(olena, at("2026-11-25 09:00"), status="planned"), clock
    ).value

    def log(when: str, **kw) -> int:
        return inquiries.log_inquiry(session, clock, received_at=at(when), **kw).value.id

    by_phone = log("2026-11-19 10:00", phone="0501234567", source_id=cat.google)
    walk_in = log("2026-11-21 12:00", channel="walk_in", name="Андрій")
    linked = log("2026-11-21 12:00", client_id=olena)
    stranger = log("2026-11-22 08:00", phone="067 000 00 01")
    inquiries.link_inquiries_to_visit(session, [by_phone], done.id)
    inquiries.link_inquiry_to_visit(session, linked, booked.id)

    first = inquiries.recent_inquiries(session, limit=3)
    assert [line.id for line in first.rows] == [stranger, linked, walk_in]
    assert first.next_before == (at("2026-11-21 12:00"), walk_in)
    assert [(r.client_name, r.converted) for r in first.rows] == [
        (None, False),
        ("Олена", False),  # its visit is only planned
        (None, False),
    ]
    assert first.rows[2].name == "Андрій" and first.rows[2].channel == "walk_in"
    rest = inquiries.recent_inquiries(session, limit=3, before=first.next_before)
    assert rest.next_before is None
    [line] = rest.rows
    assert (line.id, line.client_id, line.client_name) == (by_phone, olena, "Олена")
    assert (line.source, line.visit_id, line.converted) == ("Google Maps", done.id, True)


def test_link_several_inquiries_in_one_write_or_none(session, clock, new_client, refused) -> None:
    olena = new_client("Олена")
    petro = new_client("Петро")
    visit = visits.create_visit(session, VisitInput(olena, at("2026-11-20 09:00")), clock).value
    calls = [inquiries.log_inquiry(session, clock, client_id=olena).value.id for _ in range(2)]
    saved = inquiries.link_inquiries_to_visit(session, calls, visit.id)
    assert [r.visit_id for r in saved.value] == [visit.id, visit.id]
    assert saved.changes.inquiries == set(calls) and saved.changes.visits == {visit.id}
    petros = inquiries.log_inquiry(session, clock, client_id=petro).value.id
    anonymous = inquiries.log_inquiry(session, clock).value.id
    session.flush()
    refused("visit_id", inquiries.link_inquiries_to_visit, session, [anonymous, petros], visit.id)
