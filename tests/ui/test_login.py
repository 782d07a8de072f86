"""The first-start wizard and the login dialog, on a real database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard
from sqlalchemy.orm import Session, sessionmaker

from app.clock import FixedClock
from app.db import write_session
from app.services import accounts
from app.services.access import Actor, Role
from app.services.settings import load_settings, save_settings
from app.ui.login import FirstOwnerWizard, LoginDialog


@pytest.fixture
def desk(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def test_wizard_creates_the_owner_and_names_the_shop(
    qtbot, sessions: sessionmaker[Session], clock: FixedClock
) -> None:
    def create(shop: str, login: str, password: str) -> None:
        with write_session(sessions) as session:
            accounts.create_first_owner(session, login, password)
            save_settings(session, shop_name=shop)

    wizard = FirstOwnerWizard(create)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.shop_page.shop.setText("СТО Левада")
    wizard.next()
    page = wizard.owner_page
    page.login.setText("olena")
    page.password.setText("correct horse")
    page.repeat.setText("correct hose")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.message.text() == "The two passwords differ."
    page.password.setText("short")
    page.repeat.setText("short")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.message.text() == "A password needs at least 8 characters"
    with sessions() as session:
        assert not accounts.has_users(session)
    page.password.setText("correct horse")
    page.repeat.setText("correct horse")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    with sessions() as session:
        assert load_settings(session).shop_name == "СТО Левада"
        assert isinstance(accounts.log_in(session, "olena", "correct horse", clock), Actor)


def test_login_refuses_then_counts_down_then_lets_in(
    qtbot, sessions: sessionmaker[Session], clock: FixedClock, desk: QSettings
) -> None:
    with write_session(sessions) as session:
        accounts.create_first_owner(session, "olena", "correct horse")

    def check(login: str, password: str) -> Actor | accounts.LoginRefused:
        with write_session(sessions) as session:
            return accounts.log_in(session, login, password, clock)

    dialog = LoginDialog(check, desk, "СТО Левада")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.login.setText("olena")
    for n in range(3):
        dialog.password.setText(f"wrong {n}")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "Too many wrong passwords; try again in 2 s"
    assert not ok.isEnabled() and dialog.password.text() == ""
    clock.advance(dt.timedelta(seconds=2))
    qtbot.waitUntil(ok.isEnabled, timeout=4000)  # the dialog counts the seconds down
    dialog.password.setText("correct horse")
    ok.click()
    assert dialog.actor is not None and dialog.actor.login == "olena"
    assert dialog.actor.role is Role.OWNER
    assert desk.value("login/last") == "olena"
    again = LoginDialog(check, desk)
    qtbot.addWidget(again)
    assert again.login.text() == "olena"  # the desk remembers who logged in last
