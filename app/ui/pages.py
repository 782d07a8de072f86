"""The screens of the main window, in navigation order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.clients.page import ClientsPage
from app.ui.context import UiContext
from app.ui.inquiries.page import InquiriesPage
from app.ui.main_window import Page
from app.ui.reminders.page import RemindersPage
from app.ui.reports.page import ReportsPage
from app.ui.settings.page import SettingsPage
from app.ui.today.page import TodayPage
from app.ui.visits.page import VisitsPage


def build_pages(ctx: UiContext) -> list[Page]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Navigation", text)

    return [
        Page("today", tr("Today"), TodayPage(ctx), "Ctrl+1"),
        Page("clients", tr("Clients"), ClientsPage(ctx), "Ctrl+2"),
        Page("visits", tr("Visits"), VisitsPage(ctx), "Ctrl+3"),
        Page("reminders", tr("Reminders"), RemindersPage(ctx), "Ctrl+4"),
        Page("inquiries", tr("Inquiries"), InquiriesPage(ctx), "Ctrl+5"),
        Page("reports", tr("Reports"), ReportsPage(ctx), "Ctrl+6"),
        Page("settings", tr("Settings"), SettingsPage(ctx), "Ctrl+7"),
    ]
