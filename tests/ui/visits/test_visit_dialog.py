"""The visit dialog driven by keyboard, on a real worker and database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.services import client_status, clients, inquiries, visits
from app.services.clients import ClientInput
from app.services.visits import VisitInput
from app.ui.visits import prompts
from app.ui.visits.dialog import NEW, VisitDialog
from tests.ui.visits.conftest import at, press, type_keys


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Questions the dialog asked; each is answered Yes."""
    asked: list[str] = []

    def ask(_parent, title: str, text: str) -> bool:
        asked.append(f"{title}: {text}")
        return True

    monkeypatch.setattr(prompts, "ask", ask)
    return asked


def open_dialog(qtbot, ui, mode: str = NEW, **kw) -> VisitDialog:
    dialog = VisitDialog(ui, mode, **kw)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def save(qtbot, dialog: VisitDialog) -> None:
    """Ctrl+S, then wait until the dialog closed."""
    with qtbot.waitSignal(dialog.finished, timeout=5000) as finished:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert finished.args == [QDialog.DialogCode.Accepted]


def refused(qtbot, dialog: VisitDialog, line) -> str:
    """Ctrl+S and wait for the refusal on ``line``; returns its text."""
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: line.isVisible() and dialog.save_button.isEnabled())
    return line.text()


def focus_items(dialog: VisitDialog) -> None:
    dialog.fields.table.setFocus()
    dialog.fields.table.setCurrentIndex(dialog.fields.items.index(0, 0))


def test_log_a_visit_with_a_declined_item_by_keyboard(qtbot, ui, desk, sessions) -> None:
    dialog = open_dialog(qtbot, ui)
    fields = dialog.fields
    assert QApplication.focusWidget() is fields.client
    type_keys(qtbot, "olen")
    qtbot.waitUntil(lambda: fields.client.completer().popup().isVisible())
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fields.vehicle.count() == 2)  # "(no car)" and her Skoda
    assert fields.vehicle.currentData() == desk.car
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)  # car, time, status, mileage
    assert QApplication.focusWidget() is fields.mileage
    type_keys(qtbot, "45000")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "P")  # the master by the first letter
    press(qtbot, Qt.Key.Key_Tab)
    assert fields.master.currentData() == desk.petro
    type_keys(qtbot, "oil 5")  # the service by a few letters
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "300")  # the catalogue's 312.62, overridden
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "4.5")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)  # not declined
    type_keys(qtbot, "tyre")
    press(qtbot, Qt.Key.Key_Tab)  # the catalogue price, 800.00
    press(qtbot, Qt.Key.Key_Tab)  # quantity 1
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # declined: recommended and refused
    assert fields.total.text() == "<b>Total: 1350.00 UAH (declined 800.00 UAH not counted)</b>"
    press(qtbot, Qt.Key.Key_Tab)  # the blank line
    press(qtbot, Qt.Key.Key_Tab)  # leaves the table: "Remove line"
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is fields.rating
    type_keys(qtbot, "4")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "Quick and clean")
    save(qtbot, dialog)

    with sessions() as session:
        visit = visits.get_visit(session, dialog.saved.id)
    assert (visit.client_id, visit.vehicle_id, visit.employee_id) == (
        desk.olena,
        desk.car,
        desk.petro,
    )
    assert (visit.started_at, visit.status, visit.mileage) == (
        at("2026-11-23 10:00"),
        "completed",
        45000,
    )
    assert (visit.rating, visit.feedback) == (4, "Quick and clean")
    assert [(i.service_id, i.price, i.quantity, i.declined, i.amount) for i in visit.items] == [
        (desk.oil, 30000, Decimal("4.5"), False, 135000),
        (desk.tyre_fitting, 80000, Decimal("1"), True, 80000),
    ]
    assert visit.revenue == 135000  # 4.5 x 300.00; the declined 800.00 earns nothing


def test_a_negative_price_is_refused_on_its_line(qtbot, ui, desk, sessions) -> None:
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    focus_items(dialog)
    type_keys(qtbot, "oil c")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "-5")
    press(qtbot, Qt.Key.Key_Tab)
    text = refused(qtbot, dialog, dialog.fields.items_error)
    assert text == "Line 1, price: Must not be negative"
    assert dialog.fields.table.currentIndex().row() == 0
    with sessions() as session:
        assert visits.list_client_visits(session, desk.olena) == ()


def test_a_line_without_a_service_is_refused(qtbot, ui, desk) -> None:
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    focus_items(dialog)
    press(qtbot, Qt.Key.Key_Right)  # to the price of the blank line (Tab there leaves)
    type_keys(qtbot, "100")
    press(qtbot, Qt.Key.Key_Return)
    assert refused(qtbot, dialog, dialog.fields.items_error) == "Line 1, service: Must be chosen"
    focus_items(dialog)
    type_keys(qtbot, "wheel alignment")
    press(qtbot, Qt.Key.Key_Return)
    assert refused(qtbot, dialog, dialog.fields.items_error) == (
        "Line 1, service: 'wheel alignment' is not in the catalogue"
    )


def test_no_client_and_a_client_not_picked_are_refused(qtbot, ui, desk) -> None:
    dialog = open_dialog(qtbot, ui)
    line = dialog.fields.errors.line("client_id")
    assert refused(qtbot, dialog, line) == "Must be chosen"
    type_keys(qtbot, "nobody")
    assert refused(qtbot, dialog, line) == "Pick the client from the list"


def test_a_lower_mileage_asks_for_a_note_and_saves_with_it(
    qtbot, ui, desk, session, clock, sessions
) -> None:
    before = VisitInput(desk.olena, at("2026-11-02 09:00"), vehicle_id=desk.car, mileage=50000)
    visits.create_visit(session, before, clock)
    session.commit()
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    fields = dialog.fields
    assert not fields.mileage_note.isVisible()
    fields.mileage.setFocus()
    type_keys(qtbot, "45000")
    text = refused(qtbot, dialog, fields.mileage_error)
    assert text == (
        "45000 km is less than 50000 km recorded on 2026-11-02. "
        "To save it anyway, say why in the mileage note."
    )
    assert fields.mileage_note.isVisible()
    assert QApplication.focusWidget() is fields.mileage_note
    type_keys(qtbot, "odometer replaced")
    save(qtbot, dialog)
    with sessions() as s:
        visit = visits.get_visit(s, dialog.saved.id)
    assert (visit.mileage, visit.mileage_note) == (45000, "odometer replaced")


def test_a_departed_client_is_asked_about_and_marked_returned(
    qtbot, ui, desk, session, clock, sessions, answers
) -> None:
    from app.services import catalog

    reason = catalog.create_churn_reason(session, "Moved away").value.id
    left = dt.date(2026, 6, 1)
    client_status.mark_departed(session, desk.olena, left, reason, clock=clock, expected_version=1)
    session.commit()
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    save(qtbot, dialog)
    assert answers == [
        "Returning client: Olena Kovalchuk is marked as departed. Has the client returned?"
    ]
    with sessions() as s:
        record = clients.get_client(s, desk.olena).client
    assert (record.left_on, record.churn_reason_id) == (None, None)


def test_an_open_inquiry_of_the_client_is_linked_when_confirmed(
    qtbot, ui, desk, session, clock, sessions, answers
) -> None:
    by_phone = inquiries.log_inquiry(
        session, clock, received_at=at("2026-11-20 15:10"), phone="0501234567"
    ).value.id
    old = inquiries.log_inquiry(
        session, clock, received_at=at("2026-11-08 15:10"), client_id=desk.olena
    ).value.id  # 15 days ago: no longer open
    session.commit()
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    focus_items(dialog)
    type_keys(qtbot, "oil c")
    press(qtbot, Qt.Key.Key_Return)
    save(qtbot, dialog)
    assert len(answers) == 1 and answers[0].startswith("Open inquiries: The client has 1 open")
    with sessions() as s:
        linked = {i.id: i.visit_id for i in inquiries.list_inquiries(s)}
    assert linked == {by_phone: dialog.saved.id, old: None}


def test_the_rating_cannot_go_past_five(qtbot, ui, desk) -> None:
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    dialog.fields.rating.setFocus()
    type_keys(qtbot, "7")
    assert dialog.fields.rating.value() == 0  # a spin box of 0 (no rating) .. 5 takes no 7
    assert dialog.fields.rating.maximum() == 5


def test_items_model_passes_the_model_tester(qtmodeltester, qtbot, ui, desk) -> None:
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    model = dialog.fields.items
    model.setData(model.index(0, 0), "oil c")
    model.setData(model.index(1, 0), "tyre")
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_closing_before_the_form_loads_drops_its_answer(qtbot, ui, desk) -> None:
    dialog = VisitDialog(ui, NEW, client_id=desk.olena)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(ui.worker.sig_busy, check_params_cb=lambda busy: not busy):
        dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.save_button.isEnabled()  # the late answer did not fill the closed form


def test_changing_the_client_offers_that_clients_cars(qtbot, ui, desk, session, clock) -> None:
    data = ClientInput("Petro Shevchenko", "067 000 00 02", registered_on=dt.date(2021, 1, 1))
    petro = clients.create_client(session, data, clock).value.id
    session.commit()
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    fields = dialog.fields
    assert fields.vehicle.count() == 2

    def pick(fragment: str, client_id: int, cars: int) -> None:
        fields.client.setFocus()
        fields.client.selectAll()
        type_keys(qtbot, fragment)
        assert fields.vehicle.count() == 1  # "(no car)" while no client is chosen
        qtbot.waitUntil(lambda: fields.client.completer().popup().isVisible())
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: fields.client.client is not None)
        assert fields.client.client.id == client_id
        qtbot.waitUntil(lambda: fields.vehicle.count() == cars)

    pick("shevch", petro, 1)
    pick("kovalch", desk.olena, 2)
    assert fields.vehicle.currentData() == desk.car


def test_a_completed_visit_offers_its_reminders(qtbot, ui, desk, session, answers) -> None:
    from app.services import catalog
    from app.services.catalog import ServiceInput
    from app.ui.format import date_text
    from app.ui.reminders.suggestions import SuggestionsDialog

    catalog.create_service(session, ServiceInput("Brake fluid", desk.maintenance, 60000, 24))
    session.commit()
    dialog = open_dialog(qtbot, ui, client_id=desk.olena)
    focus_items(dialog)
    type_keys(qtbot, "brake")
    press(qtbot, Qt.Key.Key_Return)
    save(qtbot, dialog)

    def offered() -> list[SuggestionsDialog]:
        widgets = QApplication.topLevelWidgets()
        return [w for w in widgets if isinstance(w, SuggestionsDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: len(offered()) == 1)
    suggestions = offered()[0]
    qtbot.addWidget(suggestions)
    model = suggestions.model
    assert [model.index(0, c).data() for c in range(2)] == ["Next service", "Brake fluid"]
    assert model.index(0, 3).data() == date_text(dt.date(2028, 11, 23))  # 24 months on
