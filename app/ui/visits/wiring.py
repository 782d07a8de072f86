"""The front desk's window-wide shortcuts and the requests other screens make of visits."""

from __future__ import annotations

from typing import cast

from app.ui.clients.page import ClientsPage
from app.ui.inquiries.page import InquiriesPage
from app.ui.main_window import MainWindow, Page
from app.ui.today.page import TodayPage
from app.ui.visits.page import VisitsPage

NEW_VISIT = "Ctrl+Shift+N"
NEW_INQUIRY = "Ctrl+I"


def connect_front_desk(window: MainWindow, pages: list[Page]) -> None:
    """Ctrl+Shift+N: a new visit over the current screen; Ctrl+I: the inquiries line.

    The client card's "New visit" and today's visits open the visit dialog
    without leaving the screen the person is on.
    """
    widgets = {page.key: page.widget for page in pages}
    visits = cast(VisitsPage, widgets["visits"])
    window.add_action_shortcut(NEW_VISIT, lambda: visits.open_new_visit())

    def new_inquiry() -> None:
        cast(InquiriesPage, window.show_page("inquiries")).focus_quick_log()

    window.add_action_shortcut(NEW_INQUIRY, new_inquiry)
    cast(ClientsPage, widgets["clients"]).sig_new_visit_requested.connect(visits.open_new_visit)
    today = cast(TodayPage, widgets["today"])
    today.sig_complete_requested.connect(visits.complete_visit)
    today.sig_edit_requested.connect(visits.edit_visit)
