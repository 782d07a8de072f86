"""Before the main window: the first-start wizard that creates the owner, and the login.

Both run before any screen exists, so they are given plain functions that do
the database work (``app/main.py`` makes them) rather than the worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.access import Actor
from app.services.accounts import MIN_PASSWORD, LoginRefused
from app.services.errors import ValidationError
from app.ui.clients.refusals import refusal_text

CheckLogin = Callable[[str, str], Actor | LoginRefused]
ChooseDatabase = Callable[[QWidget], bool]
"""Opens the database choice; True when the desk now points at another database."""

RECONNECT = 2
"""The dialog's result when the person chose another database: open it and ask again."""
CreateOwner = Callable[[str, str, str], None]
"""(shop name, login, password); raises ValidationError naming the field."""

LAST_LOGIN_KEY = "login/last"
_ERROR_STYLE = "color: #b00020;"


class LoginDialog(QDialog):
    """Login and password; a refusal shows under the fields, and a slow-down counts down."""

    def __init__(
        self,
        check: CheckLogin,
        settings: QSettings,
        shop: str = "",
        choose_database: ChooseDatabase | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self._settings = settings
        self.actor: Actor | None = None
        self._wait = 0
        self.setWindowTitle(self.tr("Pitstop CRM: log in"))
        self.login = QLineEdit(str(settings.value(LAST_LOGIN_KEY, "")))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        if choose_database is not None:
            other = self.buttons.addButton(
                self.tr("Database..."), QDialogButtonBox.ButtonRole.ResetRole
            )
            other.clicked.connect(lambda: choose_database(self) and self.done(RECONNECT))
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        form = QFormLayout()
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        if shop:
            layout.addWidget(QLabel(f"<h3>{shop}</h3>"))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if self.login.text() else self.login).setFocus()
        self.setMinimumWidth(360)

    def try_login(self) -> None:
        if self._wait:
            return
        outcome = self._check(self.login.text(), self.password.text())
        if isinstance(outcome, Actor):
            self.actor = outcome
            self._settings.setValue(LAST_LOGIN_KEY, outcome.login)
            self.accept()
            return
        self.password.clear()
        self.password.setFocus()
        self.message.setText(refusal_text(outcome.error))
        seconds = outcome.error.params.get("seconds")
        if isinstance(seconds, int) and seconds > 0:
            self._wait = seconds
            self._ok(False)
            self._timer.start()

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait > 0:
            self.message.setText(
                self.tr("Too many wrong passwords; try again in %1 s").replace(
                    "%1", str(self._wait)
                )
            )
            return
        self._timer.stop()
        self.message.clear()
        self._ok(True)

    def _ok(self, enabled: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)


class _ShopPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to Pitstop CRM"))
        # The explanation is a wrapped label: a wizard's subtitle is cut after two lines.
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Name your shop and create the owner's "
                "account: the owner sees every report, manages the settings and the other "
                "accounts of the front desk."
            )
        )
        intro.setWordWrap(True)
        self.shop = QLineEdit()
        self.shop.setPlaceholderText(self.tr("e.g. Pitstop Service, Kyiv"))
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Shop name"), self.shop)


class _OwnerPage(QWizardPage):
    def __init__(self, create: CreateOwner, shop: _ShopPage) -> None:
        super().__init__()
        self._create = create
        self._shop = shop
        self.setTitle(self.tr("The owner's account"))
        self.setSubTitle(
            self.tr(
                "A password of at least %1 characters. Keep it safe: it opens everything."
            ).replace("%1", str(MIN_PASSWORD))
        )
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow(self.message)

    def validatePage(self) -> bool:
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return False
        try:
            self._create(self._shop.shop.text(), self.login.text(), self.password.text())
        except ValidationError as error:
            self.message.setText(refusal_text(error))
            widget = {"login": self.login, "password": self.password}.get(error.field)
            if widget is not None:
                widget.setFocus()
            return False
        return True


class FirstOwnerWizard(QWizard):
    """The first start of a database without accounts: the shop's name and its owner."""

    def __init__(
        self,
        create: CreateOwner,
        choose_database: ChooseDatabase | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pitstop CRM: first start"))
        if choose_database is not None:  # a second desk joins the shop's server instead
            self.setButtonText(
                QWizard.WizardButton.CustomButton1, self.tr("Use the shop's server...")
            )
            self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
            self.customButtonClicked.connect(
                lambda _which: choose_database(self) and self.done(RECONNECT)
            )
        self.shop_page = _ShopPage()
        self.owner_page = _OwnerPage(create, self.shop_page)
        self.addPage(self.shop_page)
        self.addPage(self.owner_page)
        self.setMinimumWidth(520)

    def credentials(self) -> tuple[str, str]:
        return self.owner_page.login.text(), self.owner_page.password.text()
