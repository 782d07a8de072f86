"""The client card: history, cars, flags, departure and return, merging, referrals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Client, Vehicle, Visit
from app.services import reminders
from app.services.reminders import ReminderInput
from app.ui.clients.car_form import VehicleDialog
from app.ui.clients.card import ClientCardDialog
from app.ui.clients.flag_dialogs import DepartureDialog, DoNotContactDialog, MergeDialog
from tests.ui.clients.conftest import click, type_text


def open_card(qtbot, page, client_id: int) -> ClientCardDialog:
    card = page.open_client(client_id)
    qtbot.waitUntil(lambda: card.card is not None and card.card.client.id == client_id)
    return card


def test_the_card_shows_details_history_cars_reminders_referrals(
    qtbot, page, desk, session, clock
) -> None:
    reminders.create_reminder(
        session,
        ReminderInput(desk.olena, desk.olena_car, desk.oil_change, due_on=dt.date(2027, 10, 14)),
        clock,
    )
    session.commit()
    card = open_card(qtbot, page, desk.olena)
    assert card.windowTitle() == "Olena Kovalchuk"
    assert card.details.text() == (
        "+380 50 123 4567  ·  client since 23 11 2026  ·  came from: Google Maps"
    )
    assert card.referrer.text() == "Referred by Petro Bondar →"
    assert not card.banner.isVisible()
    visit = card.visits.topLevelItem(0)
    assert [visit.text(c) for c in range(7)] == [
        "14 10 2026 09:30",
        "KA7777EX Toyota Corolla",
        "Bohdan",
        "81500",
        "★★★★",
        "completed",
        "500.00 UAH",
    ]
    lines = [[visit.child(i).text(c) for c in (0, 1, 5, 6)] for i in range(visit.childCount())]
    assert lines == [
        ["Oil change", "1 × 500.00", "", "500.00 UAH"],
        ["Engine oil", "4.5 × 312.62", "declined", "1406.79 UAH"],
    ]
    assert [card.tabs.tabText(i) for i in range(4)] == [
        "Visits (1)",
        "Cars (1)",
        "Reminders (1)",
        "Referred clients (0)",
    ]
    assert [card.reminders.item(0, c).text() for c in range(5)] == [
        "14 10 2027",
        "",
        "KA7777EX Toyota Corolla",
        "Oil change",
        "pending",
    ]


def test_referrals_are_clickable(qtbot, page, desk) -> None:
    olena = open_card(qtbot, page, desk.olena)
    click(qtbot, olena.referrer)
    petro = page.cards[desk.petro]
    qtbot.waitUntil(lambda: petro.card is not None)
    assert not petro.referrer.isVisible()
    assert petro.tabs.tabText(3) == "Referred clients (1)"
    petro.tabs.setCurrentIndex(3)
    listed = petro.referred
    item = listed.item(0)
    assert item.text() == "Olena Kovalchuk, +380 50 123 4567"
    listed.setCurrentItem(item)
    with qtbot.waitSignal(petro.sig_open_client) as opened:
        qtbot.keyClick(listed, Qt.Key.Key_Return)
    assert opened.args == [desk.olena]
    assert page.cards[desk.olena] is olena  # the open card is raised, not opened twice


def test_new_visit_asks_the_visits_screen(qtbot, page, desk) -> None:
    card = open_card(qtbot, page, desk.petro)
    with qtbot.waitSignal(page.sig_new_visit_requested) as asked:
        click(qtbot, card.new_visit_button)
    assert asked.args == [desk.petro]


def test_mark_departed_and_bring_back(qtbot, page, desk, sessions) -> None:
    card = open_card(qtbot, page, desk.olena)
    assert card.depart_button.isVisible() and not card.returned_button.isVisible()
    click(qtbot, card.depart_button)
    dialog = card.dialog
    assert isinstance(dialog, DepartureDialog)
    qtbot.waitUntil(lambda: dialog.reason.count() == 2)
    dialog.reason.setCurrentIndex(dialog.reason.findText("Prices"))
    dialog.left_on.setDate(dialog.left_on.date().addDays(1))  # tomorrow
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(dialog.errors.line("left_on").isVisible)
    assert dialog.errors.line("left_on").text() == "Must not be in the future"
    dialog.left_on.setDate(dialog.left_on.date().addDays(-2))  # before she registered, today
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(
        lambda: dialog.errors.line("left_on").text() == "Must not be before the registration date"
    )
    dialog.left_on.setDate(dialog.left_on.date().addDays(1))  # today
    dialog.note.setPlainText("found a cheaper shop")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: card.banner.isVisible())
    assert card.banner.text() == "Departed on 23 11 2026: Prices — found a cheaper shop"
    assert card.returned_button.isVisible() and not card.depart_button.isVisible()
    qtbot.waitUntil(lambda: page.model.index(1, page.model.FLAGS).data() == "departed")

    click(qtbot, card.returned_button)
    qtbot.waitUntil(lambda: not card.banner.isVisible())
    assert card.depart_button.isVisible() and not card.returned_button.isVisible()
    with sessions() as session:
        client = session.get(Client, desk.olena)
        assert (client.left_on, client.churn_reason_id, client.churn_note) == (None, None, None)
    qtbot.waitUntil(lambda: page.model.index(1, page.model.FLAGS).data() == "")


def test_departure_needs_a_reason(qtbot, page, desk, session) -> None:
    card = open_card(qtbot, page, desk.petro)
    click(qtbot, card.depart_button)
    dialog = card.dialog
    qtbot.waitUntil(lambda: dialog.reason.count() == 2)
    dialog.reason.setCurrentIndex(-1)
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(dialog.errors.line("churn_reason_id").isVisible)
    assert dialog.errors.line("churn_reason_id").text() == "Must be chosen"
    assert session.get(Client, desk.petro).left_on is None


def test_do_not_contact_with_a_reason_and_back(qtbot, page, desk, sessions) -> None:
    card = open_card(qtbot, page, desk.petro)
    assert card.contact_button.text() == "Do not contact..."
    click(qtbot, card.contact_button)
    dialog = card.dialog
    assert isinstance(dialog, DoNotContactDialog)
    type_text(qtbot, dialog.reason, "asked by phone")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: card.banner.text() == "Do not contact")
    assert card.notes.text() == "2026-11-23 do not contact: asked by phone"
    assert card.contact_button.text() == "Allow contact"
    qtbot.waitUntil(lambda: page.model.index(0, page.model.FLAGS).data() == "do not contact")

    click(qtbot, card.contact_button)
    qtbot.waitUntil(lambda: not card.banner.isVisible())
    with sessions() as session:
        assert session.get(Client, desk.petro).do_not_contact is False


def test_add_and_edit_cars(qtbot, page, desk, sessions) -> None:
    card = open_card(qtbot, page, desk.petro)
    card.tabs.setCurrentIndex(1)
    click(qtbot, card.cars.add_button)
    dialog = card.dialog
    assert isinstance(dialog, VehicleDialog)
    type_text(qtbot, dialog.fields.make, "Renault")
    type_text(qtbot, dialog.fields.plate, "ka7777ex")  # Olena's
    click(qtbot, dialog.save_button)
    line = dialog.errors.line("plate")
    qtbot.waitUntil(line.isVisible)
    assert line.text() == "KA7777EX is already recorded for another car"
    assert line.open_existing.isVisible()
    type_text(qtbot, dialog.fields.plate, "aa 0001 aa")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: card.cars.table.rowCount() == 1)
    assert card.tabs.tabText(1) == "Cars (1)"

    card.cars.table.selectRow(0)
    click(qtbot, card.cars.edit_button)
    dialog = card.dialog
    assert dialog.fields.plate.text() == "AA0001AA"
    type_text(qtbot, dialog.fields.model, "Logan")
    type_text(qtbot, dialog.fields.year, "2012")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: card.cars.table.item(0, 1).text() == "Logan")
    with sessions() as session:
        car = session.scalars(select(Vehicle).where(Vehicle.client_id == desk.petro)).one()
        assert (car.make, car.model, car.year, car.plate) == ("Renault", "Logan", 2012, "AA0001AA")
    qtbot.waitUntil(lambda: page.model.index(0, page.model.PLATES).data() == "AA0001AA")


def test_edit_details(qtbot, page, desk, sessions) -> None:
    card = open_card(qtbot, page, desk.olena)
    click(qtbot, card.edit_button)
    dialog = card.dialog
    qtbot.waitUntil(lambda: dialog.source.currentText() == "Google Maps")
    assert dialog.referrer.edit.text() == "Petro Bondar, +380 67 765 4321"
    assert dialog.car is None  # cars are edited on their tab
    type_text(qtbot, dialog.name, "Olena Kovalchuk-Bondar")
    type_text(qtbot, dialog.phone, "067 765 43 21")  # Petro's
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(dialog.errors.line("phone").isVisible)
    type_text(qtbot, dialog.phone, "050 123 45 68")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: card.windowTitle() == "Olena Kovalchuk-Bondar")
    with sessions() as session:
        client = session.get(Client, desk.olena)
        assert (client.phone, client.referred_by_id) == ("+380501234568", desk.petro)


def test_merge_with_a_duplicate(qtbot, page, desk, sessions) -> None:
    petro = open_card(qtbot, page, desk.petro)
    olena = open_card(qtbot, page, desk.olena)
    click(qtbot, petro.merge_button)
    dialog = petro.dialog
    assert isinstance(dialog, MergeDialog)
    assert not dialog.ok_button.isEnabled()
    picker = dialog.duplicate
    qtbot.keyClicks(picker.edit, "o")  # both names hold an "o"; Petro himself is not offered
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible() and picker.suggestions.rowCount() == 1)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.client_id == desk.olena
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: petro.tabs.tabText(0) == "Visits (1)")
    assert petro.tabs.tabText(1) == "Cars (1)"
    qtbot.waitUntil(olena.problem.isVisible)  # Olena's card: she is gone
    assert olena.problem.text() == f"There is no record with id {desk.olena}"
    assert not olena.edit_button.isEnabled()
    with sessions() as session:
        assert session.get(Client, desk.olena) is None
        assert session.scalar(select(Visit.client_id).where(Visit.id == desk.visit)) == desk.petro
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_a_card_closed_before_its_answer_came_ignores_it(qtbot, page, desk, ui) -> None:
    card = page.open_client(desk.olena)
    card.close()
    assert desk.olena not in page.cards
    # One worker thread: the card's answer is delivered before this one, to a card
    # that is closed (and deleted); an exception in the event loop would fail the test.
    with qtbot.waitCallback() as later:
        ui.worker.read(lambda _session: None, later)


def test_a_car_shows_its_predicted_mileage_today(qtbot, page, desk, session, clock) -> None:
    from app.services import vehicles, visits
    from app.services.vehicles import VehicleInput
    from app.services.visits import VisitInput
    from app.ui.format import count_text

    car = vehicles.add_vehicle(
        session, desk.petro, VehicleInput("Dacia", "Logan", plate="AA0001AA"), clock
    ).value.id
    for day, km in ((dt.date(2026, 5, 1), 40000), (dt.date(2026, 8, 9), 43000)):
        at = dt.datetime.combine(day, dt.time(9))
        visits.create_visit(session, VisitInput(desk.petro, at, car, mileage=km), clock)
    session.commit()
    card = open_card(qtbot, page, desk.petro)
    # 3000 km in the 100 days May 1 - Aug 9 is 30 km a day; Aug 9 - Nov 23 is 106 days more:
    # 43000 + 106 x 30 = 46180
    assert card.cars.table.item(0, 5).text() == f"≈ {count_text(46180)} km now"
    olena = open_card(qtbot, page, desk.olena)  # one reading: the prediction is that reading
    assert olena.cars.table.item(0, 5).text() == f"≈ {count_text(81500)} km now"


def test_new_reminder_opens_the_reminder_form(qtbot, page, desk) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.reminders.edit_dialog import ReminderDialog

    card = open_card(qtbot, page, desk.olena)
    assert card.tabs.tabText(2) == "Reminders (0)"
    click(qtbot, card.new_reminder_button)
    dialog = card.dialog
    assert isinstance(dialog, ReminderDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.buttons.isEnabled)
    assert dialog.heading.text() == "<b>Olena Kovalchuk</b>"
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: card.tabs.tabText(2) == "Reminders (1)")  # the card reloaded
    assert card.reminders.item(0, 2).text() == "KA7777EX Toyota Corolla"
