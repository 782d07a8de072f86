"""The desk hears about due reminders: navigation count, tray, Reminders screen reload."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QSystemTrayIcon

from app.scheduler import DueBridge, DueNotice, ReminderScheduler
from app.ui.main_window import MainWindow, Page
from app.ui.reminders.alerts import ReminderAlerts, install_reminder_alerts
from app.ui.reminders.page import RemindersPage


@pytest.fixture
def window(qtbot, ui, data) -> tuple[MainWindow, list[Page]]:
    pages = [
        Page("today", "Today", QLabel("today")),
        Page("reminders", "Reminders", RemindersPage(ui)),
    ]
    window = MainWindow(pages, "test.db", ui.settings)
    qtbot.addWidget(window)
    return window, pages


def test_a_real_scheduler_puts_the_count_on_the_navigation(qtbot, ui, sessions, window) -> None:
    main, pages = window
    scheduler = ReminderScheduler(sessions, ui.clock, DueBridge())
    install_reminder_alerts(main, pages, scheduler.bridge)
    try:
        with qtbot.waitSignal(scheduler.bridge.sig_due_count, timeout=10000) as count:
            scheduler.start()
    finally:
        scheduler.shutdown()
    assert count.args == [6]  # 3, 6, 9, 11, 13, 21 (tests/services/reminder_shop.py)
    item = main.navigation.item(1)
    assert item.text() == "Reminders (6)"
    assert item.toolTip() == "6 reminder(s) due today"


def test_no_count_when_nothing_is_due_and_the_tray_opens_the_screen(qtbot, ui, window) -> None:
    main, pages = window
    bridge = DueBridge()
    tray = QSystemTrayIcon(main)
    alerts = ReminderAlerts(
        bridge, main.navigation.item(1), "Reminders", tray, lambda: main.show_page("reminders")
    )
    today = dt.date(2026, 11, 23)
    with qtbot.waitSignal(bridge.sig_due):
        bridge.post(DueNotice(today, ui.clock.now(), (), ()))
    assert alerts.item.text() == "Reminders"
    assert tray.toolTip() == "Pitstop CRM: 0 reminder(s) due today"
    main.show_page("today")
    tray.messageClicked.emit()
    assert main.stack.currentWidget() is pages[1].widget
