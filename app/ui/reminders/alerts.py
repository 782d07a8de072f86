"""Telling the desk about due reminders: the count on the navigation, a tray message.

``install_reminder_alerts(window, pages, bridge)`` connects the scheduler's
bridge to the main window: the Reminders navigation item shows how many are
due today, the Reminders screen reloads when the due set moved, and newly due
reminders raise a tray message (when the desktop has a tray) whose click
opens the Reminders screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QListWidgetItem, QStyle, QSystemTrayIcon

from app.scheduler import DueBridge, DueNotice
from app.ui.main_window import MainWindow, Page
from app.ui.reminders.page import RemindersPage

PAGE_KEY = "reminders"
MESSAGE_MS = 10_000


class ReminderAlerts(QObject):
    """Shows each ``DueNotice``: a title with the count, a tray message for new ones."""

    def __init__(
        self,
        bridge: DueBridge,
        item: QListWidgetItem,
        title: str,
        tray: QSystemTrayIcon | None,
        show_reminders: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.title = title
        self.tray = tray
        bridge.sig_due.connect(self.show_notice)
        if tray is not None:
            tray.messageClicked.connect(show_reminders)
            tray.activated.connect(lambda _reason: show_reminders())

    def show_notice(self, notice: DueNotice) -> None:
        self.item.setText(f"{self.title} ({notice.count})" if notice.count else self.title)
        self.item.setToolTip(self.tr("%n reminder(s) due today", "", notice.count))
        if self.tray is None:
            return
        self.tray.setToolTip(self.tr("Pitstop CRM: %n reminder(s) due today", "", notice.count))
        new = notice.newly_due
        if new:
            names = ", ".join(r.name for r in new[:3]) + (", ..." if len(new) > 3 else "")
            self.tray.showMessage(
                self.tr("%n reminder(s) to call", "", len(new)),
                names,
                QSystemTrayIcon.MessageIcon.Information,
                MESSAGE_MS,
            )


def install_reminder_alerts(
    window: MainWindow, pages: list[Page], bridge: DueBridge
) -> ReminderAlerts:
    """Connect the scheduler's bridge to the window built from ``pages``."""
    keys = [page.key for page in pages]
    index = keys.index(PAGE_KEY)
    page = pages[index]
    if isinstance(page.widget, RemindersPage):
        bridge.sig_due.connect(page.widget.on_due_notice)
    tray = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        icon = QApplication.windowIcon()
        if icon.isNull():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        tray = QSystemTrayIcon(icon, window)
        tray.show()
    return ReminderAlerts(
        bridge,
        window.navigation.item(index),
        page.title,
        tray,
        lambda: _raise(window),
        window,
    )


def _raise(window: MainWindow) -> None:
    window.show_page(PAGE_KEY)
    window.showNormal()
    window.raise_()
    window.activateWindow()
