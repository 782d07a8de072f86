from __future__ import annotations

import datetime as dt

from app.services import catalog, visits
from app.services.catalog import EmployeeInput
from app.services.visit_form import client_choice, load_visit_form
from app.services.visits import VisitInput


def test_a_new_visits_form_offers_active_masters_and_the_clients_cars(
    session, cat, new_client, new_vehicle
) -> None:
    olena = new_client("Олена", "050 123 45 67")
    car = new_vehicle(olena, plate="AA1234BC")
    form = load_visit_form(session, client_id=olena)
    assert [m.id for m in form.masters] == [cat.petro]  # Іван left
    assert [s.name for s in form.services] == [
        "Заміна оливи",
        "Огляд",
        "Олива 5W-30",
        "Шиномонтаж R16",
    ]
    assert (form.client.id, form.client.name, form.client.phone) == (
        olena,
        "Олена",
        "+380501234567",
    )
    assert [v.id for v in form.vehicles] == [car]
    assert (form.currency, form.visit) == ("UAH", None)
    empty = load_visit_form(session)
    assert (empty.client, empty.vehicles) == (None, ())
    assert client_choice(session, olena) == (form.client, form.vehicles)


def test_editing_keeps_the_visits_own_master_who_has_left(session, clock, cat, new_client) -> None:
    olena = new_client("Олена")
    data = VisitInput(olena, dt.datetime(2026, 11, 2, 9, 0), employee_id=cat.ivan)
    # Іван was active when the visit was logged; he left afterwards.
    catalog.update_employee(session, cat.ivan, EmployeeInput("Іван", cat.tyres, active=True))
    visit = visits.create_visit(session, data, clock).value
    catalog.update_employee(session, cat.ivan, EmployeeInput("Іван", cat.tyres, active=False))
    form = load_visit_form(session, visit_id=visit.id)
    assert [m.id for m in form.masters] == [cat.petro, cat.ivan]
    assert form.visit == visits.get_visit(session, visit.id)
    assert form.client.id == olena
