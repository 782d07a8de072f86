"""A small shop for the visit screens: a catalogue, two masters, Олена with her car."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services import catalog, clients, vehicles
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.clients import ClientInput
from app.services.vehicles import VehicleInput


@dataclasses.dataclass(frozen=True)
class Desk:
    maintenance: int
    oil_change: int  # 500.00
    oil: int  # 312.62 a litre
    tyre_fitting: int  # 800.00
    petro: int  # active master
    ivan: int  # a master who left
    olena: int
    car: int  # Олена's Skoda, AA1234BC


@pytest.fixture
def desk(session, clock) -> Desk:
    maintenance = catalog.create_department(session, "Maintenance").value.id
    tyres = catalog.create_department(session, "Tyres").value.id

    def service(name: str, dept: int, price: int) -> int:
        return catalog.create_service(session, ServiceInput(name, dept, price)).value.id

    ids = {
        "oil_change": service("Oil change", maintenance, 50000),
        "oil": service("Oil 5W-30", maintenance, 31262),
        "tyre_fitting": service("Tyre fitting R16", tyres, 80000),
    }
    petro = catalog.create_employee(session, EmployeeInput("Petro", maintenance)).value.id
    ivan = catalog.create_employee(session, EmployeeInput("Ivan", tyres, active=False)).value.id
    olena = clients.create_client(
        session,
        ClientInput("Olena Kovalchuk", "050 123 45 67", registered_on=dt.date(2020, 1, 1)),
        clock,
    ).value.id
    car = vehicles.add_vehicle(
        session, olena, VehicleInput("Skoda", "Octavia", plate="AA1234BC"), clock
    ).value.id
    session.commit()
    return Desk(maintenance, petro=petro, ivan=ivan, olena=olena, car=car, **ids)


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def type_keys(qtbot, text: str) -> None:
    """Type as a person does: into the open popup if there is one, else the focused widget."""
    for char in text:
        qtbot.keyClicks(_target(), char)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(_target(), key, modifier)


def _target() -> QWidget:
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget
