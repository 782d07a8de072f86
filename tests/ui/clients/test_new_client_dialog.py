"""Registering a client at the desk: the form, its refusals, the referrer picker."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Client, Vehicle
from app.services import client_status
from app.ui.clients.client_dialog import ClientDialog
from tests.ui.clients.conftest import click, names, type_text


def open_new_client(qtbot, page) -> ClientDialog:
    click(qtbot, page.new_button)
    dialog = page.new_client_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.source.count() == 2)  # "(not known)" and Google Maps
    return dialog


def fill(qtbot, dialog: ClientDialog, **fields: str) -> None:
    for name, text in fields.items():
        type_text(qtbot, getattr(dialog.car, name, None) or getattr(dialog, name), text)


def save_and_wait_for_refusal(qtbot, dialog: ClientDialog, field: str) -> str:
    click(qtbot, dialog.save_button)
    line = dialog.errors.line(field)
    qtbot.waitUntil(line.isVisible)
    assert dialog.save_button.isEnabled()
    return line.text()


def count(sessions, model) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_register_a_client_with_a_car_and_find_them_by_the_plate(
    qtbot, page, sessions, desk
) -> None:
    dialog = open_new_client(qtbot, page)
    fill(qtbot, dialog, name="Ivan Shevchenko", phone="063 111 22 33")
    dialog.source.setCurrentIndex(dialog.source.findText("Google Maps"))
    fill(qtbot, dialog, make="Skoda", model="Octavia", year="2015", plate="bc 4821 ai")
    fill(qtbot, dialog, vin="TMBJG7NE5F0123456")
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        click(qtbot, dialog.save_button)
    ivan = saved.args[0]
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: ivan in page.cards)  # the new client's card opens
    card = page.cards[ivan]
    qtbot.waitUntil(lambda: card.card is not None)
    assert card.cars.table.item(0, 3).text() == "BC4821AI"
    with sessions() as session:
        client = session.get(Client, ivan)
        assert (client.name, client.phone, client.source_id) == (
            "Ivan Shevchenko",
            "+380631112233",
            desk.google,
        )
        car = session.scalars(select(Vehicle).where(Vehicle.client_id == ivan)).one()
        assert (car.make, car.model, car.year, car.vin) == (
            "Skoda",
            "Octavia",
            2015,
            "TMBJG7NE5F0123456",
        )

    type_text(qtbot, page.search, "4821")
    qtbot.waitUntil(lambda: names(page) == ["Ivan Shevchenko"])
    assert page.model.index(0, page.model.PLATES).data() == "BC4821AI"
    assert page.status.text() == "1 client(s)"


def test_each_refusal_is_shown_under_its_field(qtbot, page, sessions) -> None:
    dialog = open_new_client(qtbot, page)
    assert save_and_wait_for_refusal(qtbot, dialog, "name") == "Must not be empty"
    assert dialog.name.hasFocus()

    fill(qtbot, dialog, name="Ivan", phone="12")
    assert save_and_wait_for_refusal(qtbot, dialog, "phone") == "'12' is not a phone number"
    assert not dialog.errors.line("name").isVisible()  # the old refusal is gone

    fill(qtbot, dialog, phone="063 111 22 33", make="Skoda", vin="TMBJG7NE5F01234")
    assert save_and_wait_for_refusal(qtbot, dialog, "vin") == "Must have 17 characters, not 15"
    fill(qtbot, dialog, vin="TMBJG7NE5F012345O")
    assert (
        save_and_wait_for_refusal(qtbot, dialog, "vin")
        == "May hold only digits and letters other than I, O and Q"
    )
    fill(qtbot, dialog, vin="", year="19x5")
    assert save_and_wait_for_refusal(qtbot, dialog, "year") == "'19x5' is not a whole number"
    fill(qtbot, dialog, year="1850")
    assert save_and_wait_for_refusal(qtbot, dialog, "year") == "Must be at least 1900"
    fill(qtbot, dialog, year="", make="")
    dialog.car.model.setText("Octavia")  # a car without a make
    assert save_and_wait_for_refusal(qtbot, dialog, "make") == "Must not be empty"
    fill(qtbot, dialog, email="ivan.example.com")
    assert (
        save_and_wait_for_refusal(qtbot, dialog, "email")
        == "'ivan.example.com' is not an email address"
    )
    assert count(sessions, Client) == 2  # nothing was half-saved
    assert count(sessions, Vehicle) == 1


def test_a_duplicate_phone_offers_the_existing_client(qtbot, page, desk, sessions) -> None:
    dialog = open_new_client(qtbot, page)
    fill(qtbot, dialog, name="Olena K.", phone="+38 (050) 123-45-67")
    text = save_and_wait_for_refusal(qtbot, dialog, "phone")
    assert text == "+380501234567 is the phone of another client"
    line = dialog.errors.line("phone")
    assert line.open_existing.isVisible()
    click(qtbot, line.open_existing)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: desk.olena in page.cards)
    assert count(sessions, Client) == 2


def test_a_duplicate_plate_offers_the_cars_owner_and_leaves_no_client(
    qtbot, page, desk, sessions
) -> None:
    dialog = open_new_client(qtbot, page)
    fill(qtbot, dialog, name="Ivan", phone="063 111 22 33", make="Skoda", plate="ka7777ex")
    text = save_and_wait_for_refusal(qtbot, dialog, "plate")
    assert text == "KA7777EX is already recorded for another car"
    assert count(sessions, Client) == 2  # the client was not kept without the car
    click(qtbot, dialog.errors.line("plate").open_existing)
    qtbot.waitUntil(lambda: desk.olena in page.cards)


def test_the_referrer_is_picked_by_search(qtbot, page, desk, sessions) -> None:
    dialog = open_new_client(qtbot, page)
    fill(qtbot, dialog, name="Ivan", phone="063 111 22 33")
    picker = dialog.referrer
    qtbot.keyClicks(picker.edit, "7777")  # Olena's plate
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and picker.suggestions.rowCount() == 1)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.client_id == desk.olena
    assert picker.edit.text() == "Olena Kovalchuk, +380 50 123 4567"
    with qtbot.waitSignal(dialog.sig_saved) as saved:
        click(qtbot, dialog.save_button)
    with sessions() as session:
        assert session.get(Client, saved.args[0]).referred_by_id == desk.olena


def test_a_referrer_that_is_gone_is_refused(qtbot, page, desk, sessions) -> None:
    dialog = open_new_client(qtbot, page)
    fill(qtbot, dialog, name="Ivan", phone="063 111 22 33")
    picker = dialog.referrer
    qtbot.keyClicks(picker.edit, "bondar")
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and picker.suggestions.rowCount() == 1)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.client_id == desk.petro
    with sessions.begin() as session:  # meanwhile, at another desk: Petro merged into Olena
        client_status.merge_clients(session, desk.olena, desk.petro)
    text = save_and_wait_for_refusal(qtbot, dialog, "referred_by_id")
    assert text == f"There is no record with id {desk.petro}"
    assert count(sessions, Client) == 1


def test_typing_after_picking_forgets_the_pick(qtbot, page, desk) -> None:
    dialog = open_new_client(qtbot, page)
    picker = dialog.referrer
    qtbot.keyClicks(picker.edit, "olena")
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and picker.suggestions.rowCount() == 1)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.client_id == desk.olena
    with qtbot.waitSignal(picker.sig_picked) as unpicked:
        qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)
    assert unpicked.args == [None] and picker.client_id is None
