"""Window-wide shortcuts and requests from other screens reach the visit screens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.clients.page import ClientsPage
from app.ui.inquiries.page import InquiriesPage
from app.ui.main_window import MainWindow, Page
from app.ui.today.page import TodayPage
from app.ui.visits.page import VisitsPage
from app.ui.visits.wiring import connect_front_desk


def test_shortcuts_and_the_client_cards_new_visit(qtbot, ui, desk) -> None:
    visits = VisitsPage(ui)
    inquiries = InquiriesPage(ui)
    clients = ClientsPage(ui)
    pages = [
        Page("today", "Today", TodayPage(ui)),
        Page("clients", "Clients", clients),
        Page("visits", "Visits", visits),
        Page("inquiries", "Inquiries", inquiries),
    ]
    window = MainWindow(pages, "test.db", ui.settings)
    qtbot.addWidget(window)
    connect_front_desk(window, pages)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is inquiries
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inquiries.quick.who)

    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(visits.sig_dialog_opened) as opened:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, modifiers)
    dialog = opened.args[0]
    assert dialog.windowTitle() == "New visit"
    dialog.reject()

    with qtbot.waitSignal(visits.sig_dialog_opened) as opened:
        clients.sig_new_visit_requested.emit(desk.olena)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.fields.client.client is not None)
    assert dialog.fields.client.client.id == desk.olena
    assert window.stack.currentWidget() is inquiries  # the person stays where they were
    dialog.reject()
