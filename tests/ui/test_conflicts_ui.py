"""The edit dialogs when another desk saved the same record first: the message, then Reload."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.clock import FixedClock
from app.db import make_session_factory, write_session
from app.services import catalog, clients, visits
from app.services.access import Actor, Role
from app.services.catalog import ServiceInput
from app.services.clients import ClientInput
from app.services.visits import ItemInput, VisitInput
from app.ui.clients.client_dialog import ClientDialog
from app.ui.format import date_text
from app.ui.visits.dialog import EDIT, VisitDialog

OTHER_DESK_SAVED = dt.datetime(2026, 11, 23, 10, 5, 30)


@pytest.fixture
def other_desk(engine):
    return make_session_factory(engine, Actor(None, "bohdan", Role.ADMIN))


@pytest.fixture
def olena(session, clock) -> int:
    data = ClientInput("Olena Kovalchuk", "050 123 45 67", notes="mornings")
    client = clients.create_client(session, data, clock).value.id
    session.commit()
    return client


def expected_message() -> str:
    when = f"{date_text(OTHER_DESK_SAVED.date())} 10:05"
    return (
        f"This record was changed by bohdan at {when} after you opened it; "
        "reload it and make your change again."
    )


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_client_dialog_refuses_a_stale_save_and_reloads(
    qtbot, ui, sessions, other_desk, olena
) -> None:
    with qtbot.waitCallback() as loaded:
        ui.worker.read(partial(clients.get_client, client_id=olena), loaded)
    dialog = ClientDialog(ui, loaded.args[0])
    qtbot.addWidget(dialog)
    dialog.show()
    with write_session(other_desk) as s:
        theirs = ClientInput("Olena Kovalchuk", "050 123 45 67", notes="afternoons only")
        clients.update_client(s, olena, theirs, FixedClock(OTHER_DESK_SAVED), expected_version=1)

    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Olena Koval")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.conflict.isVisible())
    assert dialog.conflict.label.text() == expected_message()
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    with sessions() as s:
        assert clients.get_client(s, olena).client.name == "Olena Kovalchuk"  # not overwritten

    click(qtbot, dialog.conflict.reload_button)
    qtbot.waitUntil(lambda: not dialog.conflict.isVisible() and dialog.save_button.isEnabled())
    assert (dialog.name.text(), dialog.notes.toPlainText()) == (
        "Olena Kovalchuk",
        "afternoons only",
    )
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Olena Koval")
    with qtbot.waitSignal(dialog.sig_saved):
        click(qtbot, dialog.save_button)
    with sessions() as s:
        stored = clients.get_client(s, olena).client
    assert (stored.name, stored.notes, stored.version) == ("Olena Koval", "afternoons only", 3)


def test_the_visit_dialog_refuses_a_stale_save_and_reloads(
    qtbot, ui, session, clock, sessions, other_desk, olena
) -> None:
    department = catalog.create_department(session, "Maintenance").value.id
    check = catalog.create_service(session, ServiceInput("Check", department, 20000)).value.id
    wash = catalog.create_service(session, ServiceInput("Wash", department, 15000)).value.id
    started = dt.datetime(2026, 11, 23, 9, 0)
    data = VisitInput(olena, started, items=(ItemInput(check),), rating=3)
    visit_id = visits.create_visit(session, data, clock).value.id
    session.commit()
    dialog = VisitDialog(ui, EDIT, visit_id=visit_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_loaded):
        dialog.show()
    with write_session(other_desk) as s:
        theirs = VisitInput(olena, started, items=(ItemInput(check), ItemInput(wash)), rating=5)
        visits.update_visit(s, visit_id, theirs, FixedClock(OTHER_DESK_SAVED), expected_version=1)

    dialog.fields.rating.setValue(4)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.conflict.isVisible())
    assert dialog.conflict.label.text() == expected_message()
    with sessions() as s:
        stored = visits.get_visit(s, visit_id)
    assert (stored.rating, len(stored.items), stored.version) == (5, 2, 2)

    with qtbot.waitSignal(dialog.sig_loaded):
        click(qtbot, dialog.conflict.reload_button)
    assert not dialog.conflict.isVisible()
    assert dialog.fields.rating.value() == 5
    assert dialog.fields.items.rowCount() >= 2  # both lines (and the empty one to type in)
    dialog.fields.rating.setValue(4)
    with qtbot.waitSignal(dialog.finished, timeout=5000) as finished:
        click(qtbot, dialog.save_button)
    assert finished.args == [QDialog.DialogCode.Accepted]
    with sessions() as s:
        stored = visits.get_visit(s, visit_id)
    assert (stored.rating, len(stored.items), stored.version, stored.updated_by) == (
        4,
        2,
        3,
        "system",
    )
