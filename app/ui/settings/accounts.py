"""Accounts in Settings: the owner's list of the desk's people, and anyone's own password."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import accounts
from app.services.access import Role
from app.services.accounts import UserRecord
from app.services.errors import ValidationError
from app.ui.clients.refusals import ERROR_STYLE, refusal_text
from app.ui.context import UiContext
from app.ui.format import role_text
from app.ui.worker import Latest


class PasswordFields:
    """A password typed twice, as two rows of a form; ``password()`` is None while they differ."""

    def __init__(self, form: QFormLayout, label: str, again_label: str) -> None:
        self.first = QLineEdit()
        self.again = QLineEdit()
        for field in (self.first, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(label, self.first)
        form.addRow(again_label, self.again)

    def password(self) -> str | None:
        return self.first.text() if self.first.text() == self.again.text() else None


class _AccountDialog(QDialog):
    """A small form whose OK runs one write on the worker; a refusal shows under it."""

    save: Callable[[], None]
    """Each dialog's own: check the form and ``run`` its write."""

    def __init__(self, ctx: UiContext, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def run(self, work: Callable[[Any], Any]) -> None:
        self._ctx.worker.write(work, lambda _saved: self.accept(), self._refused, "account")

    def _refused(self, error: ValidationError) -> None:
        self.message.setText(refusal_text(error))

    def _differ(self) -> None:
        self.message.setText(self.tr("The two passwords differ."))


class AddUserDialog(_AccountDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New account"))
        self.login = QLineEdit()
        self.role = QComboBox()
        for role in (Role.ADMIN, Role.OWNER):
            self.role.addItem(role_text(role), role.value)
        self.form.addRow(self.tr("Login"), self.login)
        self.form.addRow(self.tr("Role"), self.role)
        self.passwords = PasswordFields(self.form, self.tr("Password"), self.tr("Password again"))

    def save(self) -> None:
        password = self.passwords.password()
        if password is None:
            self._differ()
            return
        role = str(self.role.currentData())
        self.run(partial(accounts.add_user, login=self.login.text(), password=password, role=role))


class SetPasswordDialog(_AccountDialog):
    """The owner gives someone a new password (a forgotten one); it lifts the slow-down too."""

    def __init__(self, ctx: UiContext, user: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New password for %1").replace("%1", user.login))
        self._user_id = user.id
        self.passwords = PasswordFields(self.form, self.tr("Password"), self.tr("Password again"))

    def save(self) -> None:
        password = self.passwords.password()
        if password is None:
            self._differ()
            return
        self.run(partial(accounts.set_password, user_id=self._user_id, password=password))


class OwnPasswordForm(QWidget):
    """Anyone logged in changes their own password, giving the current one."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.change = QPushButton(self.tr("Change my password"))
        self.change.clicked.connect(self.save)
        form = QFormLayout()
        form.addRow(self.tr("Logged in as"), QLabel(f"<b>{ctx.actor.login}</b>"))
        form.addRow(self.tr("Role"), QLabel(role_text(ctx.actor.role)))
        form.addRow(self.tr("Current password"), self.current)
        self.passwords = PasswordFields(
            form, self.tr("New password"), self.tr("New password again")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.change, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def save(self) -> None:
        new = self.passwords.password()
        if new is None:
            self._say(self.tr("The two passwords differ."), error=True)
            return
        work = partial(accounts.change_own_password, old=self.current.text(), new=new)
        self._ctx.worker.write(work, self._saved, self._refused, "own password")

    def _saved(self, _user: UserRecord) -> None:
        for field in (self.current, self.passwords.first, self.passwords.again):
            field.clear()
        self._say(self.tr("Your password is changed."), error=False)

    def _refused(self, error: ValidationError) -> None:
        self._say(refusal_text(error), error=True)

    def _say(self, text: str, error: bool) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "color: #1b5e20;")
        self.message.setText(text)


class AccountsPanel(QWidget):
    """The owner's list of accounts: add, new password, owner/administrator, on/off."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._latest = Latest(ctx.worker)
        self.users: tuple[UserRecord, ...] = ()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Login"), self.tr("Role"), self.tr("State")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 160)
        self.add_button = QPushButton(self.tr("New account..."))
        self.password_button = QPushButton(self.tr("Set password..."))
        self.role_button = QPushButton(self.tr("Change role"))
        self.active_button = QPushButton(self.tr("Switch off / on"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.add_button.clicked.connect(self._add)
        self.password_button.clicked.connect(self._set_password)
        self.role_button.clicked.connect(self._toggle_role)
        self.active_button.clicked.connect(self._toggle_active)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.role_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        self._latest.read(accounts.list_users, self.show_users, name="accounts")

    def show_users(self, users: tuple[UserRecord, ...]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for row, user in enumerate(users):
            state = self.tr("active") if user.active else self.tr("switched off")
            for column, text in enumerate((user.login, role_text(user.role), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected(self) -> UserRecord | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _add(self) -> None:
        if AddUserDialog(self._ctx, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _set_password(self) -> None:
        user = self.selected()
        if user is not None and SetPasswordDialog(self._ctx, user, self).exec():
            self.reload()

    def _toggle_role(self) -> None:
        user = self.selected()
        if user is not None:
            role = Role.ADMIN if user.role is Role.OWNER else Role.OWNER
            self._write(partial(accounts.set_role, user_id=user.id, role=role.value))

    def _toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._write(partial(accounts.set_active, user_id=user.id, active=not user.active))

    def _write(self, work: Callable[[Any], Any]) -> None:
        self.message.clear()
        self._ctx.worker.write(work, lambda _saved: self.reload(), self._refused, "account")

    def _refused(self, error: ValidationError) -> None:
        self.message.setText(refusal_text(error))
