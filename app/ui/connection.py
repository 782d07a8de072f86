"""Which database this desk works on: a file on this computer, or the shop's PostgreSQL server.

Reached from the login dialog ("Database...") and from Settings. The choice is
this desk's own (QSettings ``database/url``) and counts from the next login:
``--db``, ``--url`` and ``PITSTOP_DATABASE_URL`` still come first. Pointing a
desk at another database gives no rights there: its own accounts log in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import check_connection, postgres_url, server_parts, sqlite_path, sqlite_url
from app.services.errors import ValidationError
from app.ui.clients.refusals import ERROR_STYLE, refusal_text

DESK_URL_KEY = "database/url"
FILE, SERVER = 0, 1


class ConnectionDialog(QDialog):
    def __init__(self, settings: QSettings, current_url: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Database"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("A file on this computer (one desk)"))
        self.kind.addItem(self.tr("The shop's PostgreSQL server (several desks)"))
        self.file = QLineEdit()
        browse = QPushButton(self.tr("Choose..."))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        file_page = QWidget()
        file_form = QFormLayout(file_page)
        file_form.addRow(self.tr("File"), file_row)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        server_page = QWidget()
        server_form = QFormLayout(server_page)
        server_form.addRow(self.tr("Server"), self.host)
        server_form.addRow(self.tr("Port"), self.port)
        server_form.addRow(self.tr("Database"), self.database)
        server_form.addRow(self.tr("User"), self.user)
        server_form.addRow(self.tr("Password"), self.password)
        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(server_page)
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "The choice is this computer's and counts from the next login. "
                "Log in there with an account of that database."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.pages)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._show(current_url)

    def _show(self, url: str) -> None:
        path = sqlite_path(url)
        if path is not None:
            self.kind.setCurrentIndex(FILE)
            self.file.setText(str(path))
            return
        host, port, database, user, password = server_parts(url)
        self.kind.setCurrentIndex(SERVER)
        self.host.setText(host)
        self.port.setValue(port or 5432)
        self.database.setText(database)
        self.user.setText(user)
        self.password.setText(password)

    def url(self) -> str:
        if self.kind.currentIndex() == FILE:
            return sqlite_url(Path(self.file.text().strip()))
        return postgres_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.password.text(),
        )

    def _checked_url(self) -> str | None:
        """The URL when it connects (told in the dialog), else None (the reason shown)."""
        if self.kind.currentIndex() == FILE and not self.file.text().strip():
            self._say(self.tr("Choose the database file."), error=True)
            return None
        url = self.url()
        try:
            check_connection(url)
        except ValidationError as error:
            self._say(refusal_text(error), error=True)
            return None
        self._say(self.tr("Connected."), error=False)
        return url

    def test(self) -> None:
        self._checked_url()

    def save(self) -> None:
        url = self._checked_url()
        if url is not None:
            self._settings.setValue(DESK_URL_KEY, url)
            self.accept()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.file.text(),
            self.tr("Pitstop database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file.setText(path)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(text)
