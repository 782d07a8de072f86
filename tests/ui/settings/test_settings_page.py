"""The Settings screen: the catalogue lists and forms, the shop settings, refusals by the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services import catalog
from app.services.catalog import EmployeeInput, ServiceInput
from app.services.settings import load_settings
from app.ui.settings.page import SettingsPage


@pytest.fixture
def shop(session) -> dict[str, int]:
    maintenance = catalog.create_department(session, "Maintenance").value.id
    ids = {
        "maintenance": maintenance,
        "oil_change": catalog.create_service(
            session, ServiceInput("Oil change", maintenance, 50000, 12, 10000)
        ).value.id,
        "petro": catalog.create_employee(session, EmployeeInput("Petro", maintenance)).value.id,
    }
    session.commit()
    return ids


def make_page(qtbot, ui) -> SettingsPage:
    page = SettingsPage(ui)
    qtbot.addWidget(page)
    page.resize(930, 600)
    page.show()
    return page


def texts(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_pass_the_model_tester(qtbot, qtmodeltester, ui, shop) -> None:
    page = make_page(qtbot, ui)
    qtbot.waitUntil(lambda: page.services.model.rowCount() == 1)
    assert texts(page.services.model) == [
        ["Oil change", "Maintenance", "500.00 UAH", "12", "10000"]
    ]
    assert texts(page.masters.model) == [["Petro", "Maintenance", "yes"]]
    for editor in (page.departments, page.services, page.masters, page.sources):
        qtmodeltester.check(editor.model)


def test_add_and_rename_a_department_a_duplicate_is_refused(qtbot, ui, shop, sessions) -> None:
    page = make_page(qtbot, ui)
    editor = page.departments
    page.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    type_into(qtbot, editor.name, "Tyres")
    click(qtbot, editor.add_button)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 2)
    assert [row[0] for row in texts(editor.model)] == ["Maintenance", "Tyres"]
    assert editor.selected().name == "Tyres" and editor.done.text() == "Saved: Tyres"
    type_into(qtbot, editor.name, "Tyre fitting")
    click(qtbot, editor.save_button)
    qtbot.waitUntil(
        lambda: [row[0] for row in texts(editor.model)] == ["Maintenance", "Tyre fitting"]
    )
    type_into(qtbot, editor.name, "maintenance")
    click(qtbot, editor.add_button)
    line = editor.errors.line("name")
    qtbot.waitUntil(line.isVisible)
    assert line.text() == "'maintenance' already exists"
    with sessions() as session:
        assert [d.name for d in catalog.list_departments(session)] == [
            "Maintenance",
            "Tyre fitting",
        ]


def test_a_service_with_a_negative_price_or_zero_months_is_refused_by_the_field(
    qtbot, ui, shop, sessions
) -> None:
    page = make_page(qtbot, ui)
    editor = page.services
    page.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1 and editor.department.count() == 1)
    editor.table.clearSelection()
    type_into(qtbot, editor.name, "Brake pads")
    type_into(qtbot, editor.price, "-5")
    click(qtbot, editor.add_button)
    price_line = editor.errors.line("price")
    assert price_line.isVisible() and price_line.text() == "Must not be negative"
    assert QApplication.focusWidget() is editor.price
    type_into(qtbot, editor.price, "700")
    type_into(qtbot, editor.months, "0")
    click(qtbot, editor.add_button)
    months_line = editor.errors.line("interval_months")
    qtbot.waitUntil(months_line.isVisible)
    assert months_line.text() == "Must be above zero" and not price_line.isVisible()
    type_into(qtbot, editor.months, "24")
    type_into(qtbot, editor.km, "30000")
    click(qtbot, editor.add_button)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 2)
    with sessions() as session:
        saved = catalog.find_service(session, "brake pads")
    assert (saved.price, saved.interval_months, saved.interval_km) == (70000, 24, 30000)
    assert saved.department_id == shop["maintenance"]


def test_a_master_who_left_is_marked_inactive(qtbot, ui, shop, sessions) -> None:
    page = make_page(qtbot, ui)
    editor = page.masters
    page.tabs.setCurrentWidget(editor)
    qtbot.waitUntil(lambda: editor.model.rowCount() == 1)
    editor.table.selectRow(0)
    assert editor.name.text() == "Petro" and editor.active.isChecked()
    click(qtbot, editor.active)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: texts(editor.model) == [["Petro", "Maintenance", "no"]])
    with sessions() as session:
        assert catalog.list_employees(session, active_only=True) == ()


def test_shop_settings_refuse_a_bad_currency_next_to_it(qtbot, ui, shop, sessions) -> None:
    page = make_page(qtbot, ui)
    form = page.shop
    page.tabs.setCurrentWidget(form)
    qtbot.waitUntil(lambda: form.currency.text() == "UAH")
    type_into(qtbot, form.currency, "US1")
    click(qtbot, form.save_button)
    line = form.errors.line("currency")
    qtbot.waitUntil(line.isVisible)
    assert line.text() == "'US1' is not a currency code like UAH"
    with sessions() as session:
        assert load_settings(session).currency == "UAH"
    type_into(qtbot, form.currency, "eur")
    type_into(qtbot, form.phone_region, "md")
    click(qtbot, form.save_button)
    qtbot.waitUntil(lambda: form.done.text() == "Saved.")
    assert (form.currency.text(), form.phone_region.text()) == ("EUR", "MD")
    assert not line.isVisible()
    with sessions() as session:
        settings = load_settings(session)
    assert (settings.currency, settings.phone_region) == ("EUR", "MD")
    qtbot.waitUntil(lambda: texts(page.services.model)[0][2] == "500.00 EUR")
