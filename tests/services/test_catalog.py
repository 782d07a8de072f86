from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.models import VisitItem
from app.services import catalog, visits
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.errors import DuplicateError, NotFoundError
from app.services.visits import ItemInput, VisitInput


def test_departments_are_created_listed_found_and_renamed(session, cat) -> None:
    assert [d.name for d in catalog.list_departments(session)] == [
        "Технічне обслуговування",
        "Шиномонтаж",
    ]
    assert catalog.find_department(session, "  шиномонтаж ").id == cat.tyres
    assert catalog.find_department(session, "Кузовний ремонт") is None
    saved = catalog.rename_department(session, cat.tyres, "Шиномонтаж і балансування")
    assert saved.value.name == "Шиномонтаж і балансування"
    assert saved.changes.departments == {cat.tyres}
    assert catalog.get_department(session, cat.tyres).name == "Шиномонтаж і балансування"


@pytest.mark.parametrize("name", ["", "   ", None])
def test_an_empty_name_is_refused(session, refused, name) -> None:
    for create in (
        catalog.create_department,
        catalog.create_source,
        catalog.create_churn_reason,
    ):
        refused("name", create, session, name)


def test_names_are_unique_whatever_the_case(session, cat, refused) -> None:
    error = refused("name", catalog.create_department, session, "ШИНОМОНТАЖ")
    assert isinstance(error, DuplicateError)
    assert error.existing_id == cat.tyres
    error = refused("name", catalog.create_source, session, "google maps")
    assert error.existing_id == cat.google
    other = catalog.create_churn_reason(session, "Ціни").value.id
    error = refused("name", catalog.rename_churn_reason, session, other, "переїхав")
    assert error.existing_id == cat.moved
    # Renaming a record to its own name in another case is fine.
    assert catalog.rename_source(session, cat.google, "GOOGLE MAPS").value.name == "GOOGLE MAPS"


def test_services_belong_to_an_existing_department(session, cat, refused) -> None:
    error = refused(
        "department_id", catalog.create_service, session, ServiceInput("Мийка", 999, 100)
    )
    assert isinstance(error, NotFoundError)
    refused("department_id", catalog.create_service, session, ServiceInput("Мийка", None, 100))
    names = [s.name for s in catalog.list_services(session, department_id=cat.tyres)]
    assert names == ["Шиномонтаж R16"]
    assert len(catalog.list_services(session)) == 4
    found = catalog.find_service(session, "олива 5w-30")
    assert (found.id, found.price, found.department_id) == (cat.oil, 31262, cat.maintenance)


@pytest.mark.parametrize(
    ("field", "data"),
    [
        ("price", ServiceInput("Мийка", 1, -1)),
        ("price", ServiceInput("Мийка", 1, 12.5)),
        ("interval_months", ServiceInput("Мийка", 1, 100, interval_months=0)),
        ("interval_km", ServiceInput("Мийка", 1, 100, interval_km=-5000)),
        ("name", ServiceInput(" ", 1, 100)),
        ("name", ServiceInput("заміна оливи", 1, 100)),
    ],
)
def test_bad_services_are_refused(session, cat, refused, field, data) -> None:
    refused(field, catalog.create_service, session, data)
    refused(field, catalog.update_service, session, cat.check, data)


def test_a_service_moved_to_another_department_moves_its_past_items(
    session, cat, clock, new_client
) -> None:
    client = new_client("Олена Ковальчук")
    data = VisitInput(client, dt.datetime(2026, 5, 4, 9, 0), items=(ItemInput(cat.check),))
    visit = visits.create_visit(session, data, clock).value
    edited = ServiceInput("Огляд", cat.tyres, 0)
    saved = catalog.update_service(session, cat.check, edited)
    assert saved.value.department_id == cat.tyres
    assert session.scalar(
        select(VisitItem.department_id).where(VisitItem.visit_id == visit.id)
    ) == (cat.tyres)


def test_inactive_masters_stay_listed_but_are_not_offered(session, cat) -> None:
    assert [e.name for e in catalog.list_employees(session)] == ["Іван", "Петро"]
    assert [e.id for e in catalog.list_employees(session, active_only=True)] == [cat.petro]
    saved = catalog.update_employee(session, cat.petro, EmployeeInput("Петро", None, active=False))
    assert saved.value == catalog.get_employee(session, cat.petro)
    assert (saved.value.active, saved.value.department_id) == (False, None)
    assert catalog.list_employees(session, active_only=True) == ()
    assert catalog.find_employee(session, "іван").id == cat.ivan


def test_bad_employees_are_refused(session, cat, refused) -> None:
    refused("name", catalog.create_employee, session, EmployeeInput(""))
    refused("department_id", catalog.create_employee, session, EmployeeInput("Олег", 404))
    refused("active", catalog.create_employee, session, EmployeeInput("Олег", active="yes"))
    error = refused("employee_id", catalog.update_employee, session, 404, EmployeeInput("Олег"))
    assert isinstance(error, NotFoundError)
    assert error.params == {"id": 404}


def test_sources_and_churn_reasons(session, cat) -> None:
    catalog.create_source(session, "Вивіска")
    assert [s.name for s in catalog.list_sources(session)] == ["Google Maps", "Вивіска"]
    assert catalog.get_source(session, cat.google).name == "Google Maps"
    assert catalog.find_churn_reason(session, "ПЕРЕЇХАВ").id == cat.moved
    assert catalog.get_churn_reason(session, cat.moved).name == "Переїхав"
    assert [r.name for r in catalog.list_churn_reasons(session)] == ["Переїхав"]
    with pytest.raises(NotFoundError):
        catalog.get_churn_reason(session, 999)
