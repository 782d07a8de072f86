"""The client card's Privacy button (owner only): export the client's data, anonymise them.

Export asks where to save the JSON file and writes it on the worker;
anonymising asks first, naming the client and saying that it cannot be
undone. The button shows only the actions the person's role allows, and is
hidden when it allows neither (the services refuse them anyway).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton, QWidget

from app.services.access import Permission
from app.services.clients import ClientRecord
from app.services.errors import ValidationError
from app.services.privacy import DossierFile, anonymise_client, export_dossier
from app.ui.clients.alive import while_alive
from app.ui.context import UiContext


class PrivacyButton(QPushButton):
    """ "Privacy" with a menu: "Export client data..." and "Anonymise..."."""

    def __init__(
        self,
        ctx: UiContext,
        current: Callable[[], ClientRecord | None],
        on_refused: Callable[[ValidationError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Privacy"), parent)
        self._ctx = ctx
        self._current = current
        self._on_refused = on_refused
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Export client data..."))
        self.export_action.triggered.connect(self.export)
        self.anonymise_action = menu.addAction(self.tr("Anonymise..."))
        self.anonymise_action.triggered.connect(self.anonymise)
        self.export_action.setVisible(ctx.actor.may(Permission.EXPORT))
        self.anonymise_action.setVisible(ctx.actor.may(Permission.DELETE))
        self.setMenu(menu)
        self.allowed = self.export_action.isVisible() or self.anonymise_action.isVisible()
        """Whether the role allows anything here; the card shows the button only then."""

    # --- export -------------------------------------------------------------

    def export(self) -> None:
        client = self._current()
        if client is None:
            return
        path = self.choose_file(client)
        if path is None:
            return
        self._ctx.worker.read(
            partial(export_dossier, client_id=client.id, path=path),
            while_alive(self, self._exported),
            while_alive(self, self._on_refused),
            name=self.tr("Export client data"),
        )

    def choose_file(self, client: ClientRecord) -> Path | None:
        """Where to save the file (a save dialog); None when the person cancels."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export client data"),
            f"client-{client.id}.json",
            self.tr("JSON files (*.json)"),
        )
        return Path(chosen) if chosen else None

    def _exported(self, written: DossierFile) -> None:
        QMessageBox.information(
            self,
            self.tr("Export client data"),
            self.tr("Everything stored about the client was saved to {0}.").format(written.path),
        )

    # --- anonymise ------------------------------------------------------------

    def anonymise(self) -> None:
        client = self._current()
        if client is None or not self.confirm(self.confirmation_text(client)):
            return
        self._ctx.worker.write(
            partial(anonymise_client, client_id=client.id, clock=self._ctx.clock),
            lambda _saved: None,
            while_alive(self, self._on_refused),
            name=self.tr("Anonymise client"),
        )

    def confirmation_text(self, client: ClientRecord) -> str:
        return self.tr(
            "Anonymise <b>{0}</b>?<br><br>The name, phone, email, notes, plates, VINs and "
            "the notes of visits, reminders and inquiries are erased for good. Visits and "
            "amounts stay, so the reports do not change.<br><br><b>This cannot be undone.</b>"
        ).format(html.escape(client.name))

    def confirm(self, text: str) -> bool:
        """Ask; only an explicit Yes goes on (No is the default button)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Anonymise client"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
