"""The clients screen on a small shop made through the services, and driving helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit

from app.services import catalog, clients, vehicles, visits
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.clients import ClientInput
from app.services.vehicles import VehicleInput
from app.services.visits import ItemInput, VisitInput
from app.ui.clients.page import ClientsPage


@dataclasses.dataclass(frozen=True)
class Desk:
    """Ids of the small shop: Olena (referred by Petro) with a car and a visit, Petro."""

    olena: int
    petro: int
    olena_car: int
    visit: int
    google: int
    moved: int
    prices: int
    oil_change: int
    master: int


@pytest.fixture
def desk(session, clock) -> Desk:
    maintenance = catalog.create_department(session, "Maintenance").value.id
    oil_change = catalog.create_service(
        session, ServiceInput("Oil change", maintenance, 50000)
    ).value.id
    oil = catalog.create_service(session, ServiceInput("Engine oil", maintenance, 31262)).value.id
    master = catalog.create_employee(session, EmployeeInput("Bohdan", maintenance)).value.id
    google = catalog.create_source(session, "Google Maps").value.id
    moved = catalog.create_churn_reason(session, "Moved away").value.id
    prices = catalog.create_churn_reason(session, "Prices").value.id
    petro = clients.create_client(
        session, ClientInput("Petro Bondar", "067 765 43 21"), clock
    ).value.id
    olena = clients.create_client(
        session,
        ClientInput("Olena Kovalchuk", "050 123 45 67", source_id=google, referred_by_id=petro),
        clock,
    ).value.id
    car = vehicles.add_vehicle(
        session, olena, VehicleInput("Toyota", "Corolla", 2018, "KA 7777 EX"), clock
    ).value.id
    visit = visits.create_visit(
        session,
        VisitInput(
            olena,
            dt.datetime(2026, 10, 14, 9, 30),
            car,
            mileage=81500,
            employee_id=master,
            rating=4,
            items=(ItemInput(oil_change), ItemInput(oil, Decimal("4.5"), declined=True)),
        ),
        clock,
    ).value.id
    session.commit()
    return Desk(olena, petro, car, visit, google, moved, prices, oil_change, master)


@pytest.fixture
def page(qtbot, ui, desk) -> ClientsPage:
    page = ClientsPage(ui)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    return page


def type_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it, as a person does."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def names(page: ClientsPage) -> list[str]:
    model = page.model
    return [model.index(row, model.NAME).data() for row in range(model.rowCount())]
