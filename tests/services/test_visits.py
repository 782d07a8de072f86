from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import Inquiry, Visit, VisitItem
from app.services import catalog, client_status, clients, inquiries, visits
from app.services.catalog import EmployeeInput
from app.services.errors import NotFoundError
from app.services.visits import ItemInput, MileageWarning, VisitInput


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def chain(session, client_id: int) -> list[tuple]:
    rows = session.execute(
        select(
            Visit.started_at,
            Visit.visit_no,
            Visit.prev_started_at,
            Visit.next_started_at,
            Visit.cum_revenue,
        )
        .where(Visit.client_id == client_id)
        .order_by(Visit.started_at)
    )
    return [tuple(row) for row in rows]  # fmt: skip


def test_revenue_counts_amounts_rounded_half_up_without_declined_items(
    session, clock, cat, new_client
) -> None:
    olena = new_client("Олена")
    items = (
        ItemInput(cat.oil, Decimal("4.5")),  # catalogue price 312.62: 1406.79
        ItemInput(cat.oil_change, Decimal("1.5"), price=31263),  # 468.945 -> 468.95
        ItemInput(cat.tyre_fitting, declined=True),  # 800.00 refused: earns nothing
    )
    saved = visits.create_visit(
        session,
        VisitInput(olena, at("2026-11-20 09:30"), employee_id=cat.petro, items=items),
        clock,
    )
    visit = saved.value
    assert [(i.quantity, i.price, i.amount, i.declined) for i in visit.items] == [
        (Decimal("4.5"), 31262, 140679, False),
        (Decimal("1.5"), 31263, 46895, False),
        (Decimal("1"), 80000, 80000, True),
    ]
    assert visit.revenue == 140679 + 46895 == 187574
    assert (visit.visit_no, visit.status) == (1, "completed")
    assert saved.changes.visits == {visit.id}
    assert saved.client_departed is False
    stored = session.execute(
        select(VisitItem.bought, VisitItem.department_id, VisitItem.client_id)
        .where(VisitItem.visit_id == visit.id)
        .order_by(VisitItem.id)
    ).all()
    assert [tuple(r) for r in stored] == [
        (True, cat.maintenance, olena),
        (True, cat.maintenance, olena),
        (False, cat.tyres, olena),
    ]
    assert visits.get_visit(session, visit.id) == visit


def test_the_chain_is_renumbered_when_an_earlier_visit_is_inserted(
    session, clock, cat, new_client
) -> None:
    olena = new_client("Олена")

    def visit(when: str, price: int, status: str = "completed") -> int:
        items = (ItemInput(cat.check, price=price),)
        data = VisitInput(olena, at(when), status=status, items=items)
        return visits.create_visit(session, data, clock).value.id

    visit("2026-03-01 10:00", 10000)
    visit("2026-06-01 10:00", 20000)
    visit("2026-12-01 10:00", 40000, status="planned")
    visit("2026-01-15 10:00", 5000)  # entered last, dated first
    assert chain(session, olena) == [
        (at("2026-01-15 10:00"), 1, None, at("2026-03-01 10:00"), 5000),
        (at("2026-03-01 10:00"), 2, at("2026-01-15 10:00"), at("2026-06-01 10:00"), 15000),
        (at("2026-06-01 10:00"), 3, at("2026-03-01 10:00"), None, 35000),
        (at("2026-12-01 10:00"), None, None, None, None),
    ]


def test_catalogue_price_is_the_default_and_items_are_optional(
    session, clock, cat, new_client
) -> None:
    olena = new_client("Олена")
    free = visits.create_visit(session, VisitInput(olena, at("2026-11-02 12:00")), clock).value
    assert (free.items, free.revenue, free.visit_no) == ((), 0, 1)
    check = VisitInput(olena, at("2026-11-03 12:00"), items=(ItemInput(cat.check),))
    assert visits.create_visit(session, check, clock).value.items[0].price == 0


@pytest.mark.parametrize(
    ("field", "change"),
    [
        ("rating", {"rating": 7}),
        ("rating", {"rating": 0}),
        ("status", {"status": "done"}),
        ("status", {"started_at": at("2026-11-24 09:00")}),  # completed tomorrow
        ("started_at", {"started_at": dt.date(2026, 11, 20)}),
        ("client_id", {"client_id": 404}),
        ("vehicle_id", {"vehicle_id": 404}),
        ("employee_id", {"employee_id": 404}),
        ("mileage", {"mileage": -1}),
        ("items[0].quantity", {"items": (ItemInput(1, Decimal(0)),)}),
        ("items[0].quantity", {"items": (ItemInput(1, Decimal("1.2345")),)}),
        ("items[0].service_id", {"items": (ItemInput(404),)}),
        ("items[0].declined", {"items": (ItemInput(1, declined=1),)}),
    ],
)
def test_bad_visits_are_refused(session, clock, cat, new_client, refused, field, change) -> None:
    olena = new_client("Олена")
    values = {"client_id": olena, "started_at": at("2026-11-20 09:00"), **change}
    error = refused(field, visits.create_visit, session, VisitInput(**values), clock)
    if field == "items[0].service_id":
        assert isinstance(error, NotFoundError)


def test_a_visit_for_a_car_of_another_client_is_refused(
    session, clock, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    petro = new_client("Петро")
    petros_car = new_vehicle(petro, plate="KA0001EX")
    data = VisitInput(olena, at("2026-11-20 09:00"), vehicle_id=petros_car)
    error = refused("vehicle_id", visits.create_visit, session, data, clock)
    assert error.message == "the car belongs to another client"


def test_a_bad_third_item_leaves_everything_as_it_was(session, clock, cat, new_client, refused):
    olena = new_client("Олена")
    good = (ItemInput(cat.oil, Decimal("4.5")), ItemInput(cat.oil_change))
    bad = (*good, ItemInput(cat.check, price=-100))
    refused(
        "items[2].price",
        visits.create_visit,
        session,
        VisitInput(olena, at("2026-11-20 09:00"), items=bad),
        clock,
    )
    visit = visits.create_visit(
        session, VisitInput(olena, at("2026-11-20 09:00"), items=good), clock
    )
    edited = VisitInput(olena, at("2026-11-20 09:00"), rating=5, items=bad)
    refused(
        "items[2].price",
        visits.update_visit,
        session,
        visit.value.id,
        edited,
        clock,
        expected_version=1,
    )
    assert visits.get_visit(session, visit.value.id) == visit.value


def test_an_inactive_master_keeps_old_visits_but_takes_no_new_ones(
    session, clock, cat, new_client, refused
) -> None:
    olena = new_client("Олена")
    catalog.update_employee(session, cat.ivan, EmployeeInput("Іван", cat.tyres, active=True))
    data = VisitInput(olena, at("2026-10-01 09:00"), employee_id=cat.ivan)
    visit = visits.create_visit(session, data, clock).value.id
    catalog.update_employee(session, cat.ivan, EmployeeInput("Іван", cat.tyres, active=False))
    edited = VisitInput(olena, at("2026-10-01 09:00"), employee_id=cat.ivan, rating=4)
    assert visits.update_visit(session, visit, edited, clock, expected_version=1).value.rating == 4
    new = VisitInput(olena, at("2026-11-20 09:00"), employee_id=cat.ivan)
    error = refused("employee_id", visits.create_visit, session, new, clock)
    assert error.params == {"name": "Іван"}
    other = VisitInput(olena, at("2026-11-20 09:00"), employee_id=cat.petro)
    moved = visits.create_visit(session, other, clock).value.id
    to_ivan = VisitInput(olena, at("2026-11-20 09:00"), employee_id=cat.ivan)
    refused("employee_id", visits.update_visit, session, moved, to_ivan, clock, expected_version=1)


def test_mileage_never_goes_down_unless_a_note_explains_it(
    session, clock, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    car = new_vehicle(olena, plate="AA1234BC")

    def data(when: str, mileage: int, **kw) -> VisitInput:
        return VisitInput(olena, at(when), vehicle_id=car, mileage=mileage, **kw)

    first = visits.create_visit(session, data("2026-03-01 09:00", 50000), clock).value.id
    visits.create_visit(session, data("2026-04-01 09:00", 90000, status="cancelled"), clock)
    error = refused("mileage", visits.create_visit, session, data("2026-06-01 09:00", 45000), clock)
    assert isinstance(error, MileageWarning)
    assert error.params == {"mileage": 45000, "other": 50000, "on": "2026-03-01"}
    # Inserting an earlier visit with a higher reading than a later one is the same mistake.
    error = refused("mileage", visits.create_visit, session, data("2026-01-10 09:00", 60000), clock)
    assert error.params["other"] == 50000
    # The cancelled visit's 90,000 is no reading; the visit's own stored mileage is not compared.
    assert visits.create_visit(session, data("2026-05-01 09:00", 55000), clock).value.mileage
    edited = data("2026-03-01 09:00", 51000)
    assert visits.update_visit(session, first, edited, clock, expected_version=1)
    overridden = data("2026-06-01 09:00", 12000, mileage_note=" одометр замінено ")
    visit = visits.create_visit(session, overridden, clock).value
    assert (visit.mileage, visit.mileage_note) == (12000, "одометр замінено")


def test_a_visit_of_a_departed_client_is_flagged(session, clock, cat, new_client) -> None:
    olena = new_client("Олена", registered_on=dt.date(2025, 1, 1))
    left = dt.date(2026, 6, 1)
    client_status.mark_departed(session, olena, left, cat.moved, clock=clock, expected_version=1)
    saved = visits.create_visit(session, VisitInput(olena, at("2026-11-20 09:00")), clock)
    assert (saved.client_departed, saved.client_version) == (True, 2)
    assert session.scalar(select(func.count()).select_from(Visit)) == 1


def test_set_status_at_the_counter(session, clock, cat, new_client, refused) -> None:
    olena = new_client("Олена")
    items = (ItemInput(cat.oil_change),)
    done = VisitInput(olena, at("2026-10-01 09:00"), items=(ItemInput(cat.check, price=100),))
    visits.create_visit(session, done, clock)
    booked = VisitInput(olena, at("2026-11-23 09:00"), status="planned", items=items)
    visit = visits.create_visit(session, booked, clock).value
    assert (visit.visit_no, visit.revenue) == (None, 50000)
    completed = visits.set_status(session, visit.id, "completed", clock, expected_version=1).value
    assert (completed.status, completed.visit_no, completed.version) == ("completed", 2, 2)
    assert session.scalar(select(Visit.cum_revenue).where(Visit.id == visit.id)) == 50100
    assert session.scalar(select(VisitItem.bought).where(VisitItem.visit_id == visit.id)) is True
    cancelled = visits.set_status(session, visit.id, "cancelled", clock, expected_version=2).value
    assert (cancelled.visit_no, cancelled.version) == (None, 3)
    assert session.scalar(select(VisitItem.bought).where(VisitItem.visit_id == visit.id)) is False
    refused("status", visits.set_status, session, visit.id, "lost", clock, expected_version=3)
    tomorrow = VisitInput(olena, at("2026-11-24 09:00"), status="planned")
    later = visits.create_visit(session, tomorrow, clock).value.id
    refused("status", visits.set_status, session, later, "completed", clock, expected_version=1)


def test_update_replaces_items_and_may_move_the_visit_to_another_client(
    session, clock, cat, new_client, new_vehicle, refused
) -> None:
    olena = new_client("Олена")
    petro = new_client("Петро")
    car = new_vehicle(olena, plate="AA1234BC")
    first = VisitInput(olena, at("2026-09-01 09:00"), items=(ItemInput(cat.check, price=700),))
    visits.create_visit(session, first, clock)
    data = VisitInput(olena, at("2026-10-01 09:00"), car, items=(ItemInput(cat.oil_change),))
    visit = visits.create_visit(session, data, clock).value.id
    refused(
        "vehicle_id",
        visits.update_visit,
        session,
        visit,
        VisitInput(petro, at("2026-10-01 09:00"), car),
        clock,
        expected_version=1,
    )
    moved = VisitInput(petro, at("2026-10-01 09:00"), items=(ItemInput(cat.oil, Decimal(4)),))
    saved = visits.update_visit(session, visit, moved, clock, expected_version=1)
    assert [(i.service_id, i.amount) for i in saved.value.items] == [(cat.oil, 125048)]
    assert saved.changes.clients == {olena, petro}
    assert chain(session, olena) == [(at("2026-09-01 09:00"), 1, None, None, 700)]
    assert chain(session, petro) == [(at("2026-10-01 09:00"), 1, None, None, 125048)]
    assert session.scalar(select(func.count()).select_from(VisitItem)) == 2


def test_delete_renumbers_the_chain_and_reopens_inquiries(session, clock, cat, new_client) -> None:
    olena = new_client("Олена")
    ids = [
        visits.create_visit(
            session, VisitInput(olena, at(when), items=(ItemInput(cat.check, price=1000),)), clock
        ).value.id
        for when in ("2026-01-10 09:00", "2026-02-10 09:00", "2026-03-10 09:00")
    ]
    inquiry = inquiries.log_inquiry(
        session, clock, client_id=olena, received_at=at("2026-02-09 18:00")
    )
    inquiries.link_inquiry_to_visit(session, inquiry.value.id, ids[1])
    saved = visits.delete_visit(session, ids[1])
    assert saved.changes.inquiries == {inquiry.value.id}
    assert session.get(Inquiry, inquiry.value.id).visit_id is None
    assert chain(session, olena) == [
        (at("2026-01-10 09:00"), 1, None, at("2026-03-10 09:00"), 1000),
        (at("2026-03-10 09:00"), 2, at("2026-01-10 09:00"), None, 2000),
    ]
    assert session.scalar(select(func.count()).select_from(VisitItem)) == 2
    assert [v.id for v in clients.get_client(session, olena).visits] == [ids[2], ids[0]]
    with pytest.raises(NotFoundError):
        visits.delete_visit(session, ids[1])
