"""Ctrl+F and Ctrl+N from anywhere in the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.ui.clients.page import ClientsPage
from app.ui.clients.shortcuts import add_client_shortcuts
from app.ui.main_window import MainWindow
from app.ui.pages import build_pages


def test_ctrl_f_focuses_the_client_search_and_ctrl_n_opens_a_new_client(qtbot, ui, desk) -> None:
    window = MainWindow(build_pages(ui), "test.db", ui.settings)
    qtbot.addWidget(window)
    add_client_shortcuts(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("today")
    window.navigation.setFocus()

    qtbot.keyClick(window.navigation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, ClientsPage)
    assert page.search.hasFocus()

    window.show_page("today")
    qtbot.keyClick(window.navigation, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is page
    assert page.new_client_dialog is not None and page.new_client_dialog.isVisible()
    page.new_client_dialog.reject()
