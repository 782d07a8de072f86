from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.ui.main_window import MainWindow, Page
from app.ui.pages import build_pages


def test_main_window_title_navigation_and_geometry(qtbot, ui) -> None:
    pages = [Page("a", "First", QLabel("one"), "Ctrl+1"), Page("b", "Second", QLabel("two"))]
    window = MainWindow(pages, "/tmp/shop.db", ui.settings)
    qtbot.addWidget(window)
    window.resize(780, 560)  # the offscreen screen is 800 x 600
    window.show()
    assert window.windowTitle() == "Pitstop CRM"
    assert window.stack.currentWidget().text() == "one"
    window.navigation.setCurrentRow(1)
    assert window.stack.currentWidget().text() == "two"
    window.close()

    again = MainWindow(
        [Page("a", "First", QLabel("one")), Page("b", "Second", QLabel("two"))], "x", ui.settings
    )
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 560)
    assert again.stack.currentWidget().text() == "two"  # the last screen reopens


def test_today_page_shows_the_counts(qtbot, ui, session) -> None:
    from tests.reports.shop import Shop

    shop = Shop(session.connection())
    ann = shop.client("Ann")
    shop.visit(ann, "2026-03-02 09:00")
    shop.done()
    session.commit()

    today = next(p for p in build_pages(ui) if p.key == "today").widget
    qtbot.addWidget(today)
    qtbot.waitUntil(lambda: "1 client(s)" in today.summary.text())
    assert "1 completed visit(s)" in today.summary.text()
