"""The screens of the main window, in navigation order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.access import Permission
from app.ui.audit.page import AuditPage
from app.ui.clients.page import ClientsPage
from app.ui.context import UiContext
from app.ui.inquiries.page import InquiriesPage
from app.ui.main_window import Page
from app.ui.reminders.page import RemindersPage
from app.ui.reports.page import ReportsPage
from app.ui.settings.page import SettingsPage
from app.ui.today.page import TodayPage
from app.ui.visits.page import VisitsPage

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def build_pages(ctx: UiContext) -> list[Page]:
    screens = (
        ("today", translate("Navigation", "Today"), TodayPage, "Ctrl+1"),
        ("clients", translate("Navigation", "Clients"), ClientsPage, "Ctrl+2"),
        ("visits", translate("Navigation", "Visits"), VisitsPage, "Ctrl+3"),
        ("reminders", translate("Navigation", "Reminders"), RemindersPage, "Ctrl+4"),
        ("inquiries", translate("Navigation", "Inquiries"), InquiriesPage, "Ctrl+5"),
        ("reports", translate("Navigation", "Reports"), ReportsPage, "Ctrl+6"),
        ("settings", translate("Navigation", "Settings"), SettingsPage, "Ctrl+7"),
        ("history", translate("Navigation", "History"), AuditPage, "Ctrl+8"),
    )
    owner_only = {"history": Permission.AUDIT}
    return [
        Page(key, title, page(ctx), keys)
        for key, title, page, keys in screens
        if key not in owner_only or ctx.actor.may(owner_only[key])
    ]
