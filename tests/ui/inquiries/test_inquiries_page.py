"""The Inquiries screen: one line + Enter logs a call, the list shows whether it converted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.services import catalog, inquiries
from app.ui.inquiries.model import CHANNEL, CLIENT, NAME, PHONE, RESULT, SOURCE
from app.ui.inquiries.page import InquiriesPage, split_who
from app.ui.visits import prompts
from app.ui.visits.page import VisitsPage
from tests.ui.visits.conftest import press, type_keys


@pytest.fixture
def google(session, desk) -> int:
    source = catalog.create_source(session, "Google Maps").value.id
    session.commit()
    return source


def make_page(qtbot, ui) -> InquiriesPage:
    page = InquiriesPage(ui)
    qtbot.addWidget(page)
    page.resize(930, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: not page.model.loading())
    page.focus_quick_log()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.quick.who)
    return page


def row(model, r: int = 0) -> dict[str, str]:
    names = {"channel": CHANNEL, "name": NAME, "phone": PHONE, "client": CLIENT}
    names |= {"source": SOURCE, "result": RESULT}
    return {key: model.index(r, column).data() for key, column in names.items()}


def test_who_splits_into_name_and_phone() -> None:
    assert split_who("Андрій 067 123 45 67") == ("Андрій", "067 123 45 67")
    assert split_who("+380501234567") == (None, "+380501234567")
    assert split_who("  Ann  Lee ") == ("Ann Lee", None)
    assert split_who("") == (None, None)


def test_log_a_call_then_see_it_linked_after_a_visit(
    qtbot,
    qtmodeltester,
    ui,
    desk,
    google,
    sessions,
    monkeypatch,
) -> None:
    asked = []
    monkeypatch.setattr(prompts, "ask", lambda _p, title, _t: asked.append(title) or True)
    page = make_page(qtbot, ui)
    qtbot.waitUntil(lambda: page.quick.source.findData(google) > 0)
    type_keys(qtbot, "050 123 45 67")
    page.quick.source.setFocus()
    type_keys(qtbot, "G")  # Google Maps, by its first letter
    with qtbot.waitSignal(page.sig_logged):
        press(qtbot, Qt.Key.Key_Return)  # Enter on the source box logs too
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert row(page.model) == {
        "channel": "Call",
        "name": "",
        "phone": "+380501234567",
        "client": "Olena Kovalchuk",  # found by the phone
        "source": "Google Maps",
        "result": "Open",
    }
    assert page.quick.who.text() == "" and QApplication.focusWidget() is page.quick.who
    qtmodeltester.check(page.model)

    visits_page = VisitsPage(ui)
    qtbot.addWidget(visits_page)
    dialog = visits_page.open_new_visit(desk.olena)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    dialog.fields.items.setData(dialog.fields.items.index(0, 0), "oil c")
    with qtbot.waitSignal(dialog.finished) as finished:
        dialog.save()
    assert finished.args == [QDialog.DialogCode.Accepted]
    assert asked == ["Open inquiries"]
    qtbot.waitUntil(lambda: row(page.model)["result"] == "Converted")
    with sessions() as session:
        [inquiry] = inquiries.list_inquiries(session)
    assert (inquiry.visit_id, inquiry.client_id) == (dialog.saved.id, desk.olena)


def test_a_bad_phone_is_refused_under_the_line(qtbot, ui, desk, sessions) -> None:
    page = make_page(qtbot, ui)
    type_keys(qtbot, "Ann 12 34 56")
    press(qtbot, Qt.Key.Key_Return)
    line = page.quick.errors.general
    qtbot.waitUntil(line.isVisible)
    assert line.text() == "'12 34 56' is not a phone number"
    assert page.quick.who.text() == "Ann 12 34 56"  # kept for correcting
    with sessions() as session:
        assert inquiries.list_inquiries(session) == ()


def test_an_anonymous_walk_in(qtbot, ui, desk, sessions) -> None:
    page = make_page(qtbot, ui)
    page.quick.channel.setCurrentIndex(page.quick.channel.findData("walk_in"))
    with qtbot.waitSignal(page.sig_logged):
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert row(page.model)["channel"] == "Walk-in" and row(page.model)["client"] == ""
    with sessions() as session:
        assert len(inquiries.list_inquiries(session)) == 1  # one Enter, one inquiry
    assert page.model.canFetchMore(QModelIndex()) is False
