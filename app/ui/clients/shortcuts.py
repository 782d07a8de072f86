"""The clients screen's window-wide shortcuts, registered on the main window."""

from __future__ import annotations

from typing import cast

from app.ui.clients.page import ClientsPage
from app.ui.main_window import MainWindow

SEARCH = "Ctrl+F"
NEW_CLIENT = "Ctrl+N"


def add_client_shortcuts(window: MainWindow) -> None:
    """Ctrl+F: the clients screen with its search field focused; Ctrl+N: a new client."""

    def clients() -> ClientsPage:
        return cast(ClientsPage, window.show_page("clients"))

    window.add_action_shortcut(SEARCH, lambda: clients().focus_search())
    window.add_action_shortcut(NEW_CLIENT, lambda: clients().new_client())
