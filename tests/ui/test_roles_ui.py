"""The screens hide what the role may not do; the owner's accounts and history screens."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog
from sqlalchemy.orm import Session

from app.clock import FixedClock
from app.db import write_session
from app.reports import REPORTS
from app.services import accounts, clients
from app.services.access import Role
from app.services.clients import ClientInput
from app.ui.audit.page import AuditPage
from app.ui.clients.card import ClientCardDialog
from app.ui.context import UiContext
from app.ui.format import date_text
from app.ui.pages import build_pages
from app.ui.reports.page import ReportsPage
from app.ui.reports.view import ReportView
from app.ui.settings.accounts import AddUserDialog
from app.ui.settings.page import SettingsPage

MONEY = {"kpi", "top", "trends", "masters", "rfm", "sources", "referrals"}


def tab_titles(page: SettingsPage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_admin_sees_no_history_no_shop_settings_no_money_reports(qtbot, admin_ui: UiContext):
    pages = build_pages(admin_ui)
    for page in pages:
        qtbot.addWidget(page.widget)
    assert "history" not in [p.key for p in pages]
    settings = next(p.widget for p in pages if p.key == "settings")
    assert isinstance(settings, SettingsPage)
    assert tab_titles(settings) == ["My account"]
    reports = next(p.widget for p in pages if p.key == "reports")
    assert isinstance(reports, ReportsPage)
    assert set(reports.keys) == {"dashboard"} | (set(REPORTS) - MONEY)
    view = ReportView(admin_ui, "lost", reports.period_bar.period())
    qtbot.addWidget(view)
    assert view.export.isHidden()


def test_owner_sees_everything(qtbot, ui: UiContext) -> None:
    pages = build_pages(ui)
    for page in pages:
        qtbot.addWidget(page.widget)
    assert [p.key for p in pages][-1] == "history"
    settings = next(p.widget for p in pages if p.key == "settings")
    assert isinstance(settings, SettingsPage)
    assert tab_titles(settings)[-2:] == ["Accounts", "My account"]
    assert "Services" in tab_titles(settings)
    reports = next(p.widget for p in pages if p.key == "reports")
    assert isinstance(reports, ReportsPage)
    assert set(reports.keys) == {"dashboard"} | set(REPORTS)


def test_merge_is_hidden_from_the_admin(
    qtbot, admin_ui: UiContext, session: Session, clock: FixedClock
) -> None:
    client_id = clients.create_client(session, ClientInput("Ann", "0501234567"), clock).value.id
    session.commit()
    card = ClientCardDialog(admin_ui, client_id)
    qtbot.addWidget(card)
    assert card.merge_button.isHidden()


def test_owner_adds_an_account(qtbot, ui: UiContext, sessions, clock: FixedClock) -> None:
    settings = SettingsPage(ui)
    qtbot.addWidget(settings)
    panel = settings.accounts
    assert panel is not None
    dialog = AddUserDialog(ui, panel)
    qtbot.addWidget(dialog)
    dialog.login.setText("desk1")
    dialog.passwords.first.setText("front desk pw")
    dialog.passwords.again.setText("front desk pw!")
    dialog.save()
    assert dialog.message.text() == "The two passwords differ."
    dialog.passwords.again.setText("front desk pw")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    panel.reload()
    qtbot.waitUntil(lambda: len(panel.users) == 1, timeout=5000)
    assert panel.table.item(0, 0).text() == "desk1"
    assert panel.table.item(0, 1).text() == "Administrator"
    with write_session(sessions) as session:
        actor = accounts.log_in(session, "desk1", "front desk pw", clock)
    assert actor.role is Role.ADMIN  # type: ignore[union-attr]


def test_history_lists_changes_newest_first(
    qtbot, ui: UiContext, session: Session, clock: FixedClock
) -> None:
    saved = clients.create_client(session, ClientInput("Ann", "0501234567"), clock)
    record = clients.get_client(session, saved.value.id).client
    data = ClientInput("Ann Smith", "0501234567")
    clients.update_client(session, record.id, data, clock, expected_version=record.version)
    session.commit()
    page = AuditPage(ui)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    cell = page.model.index(0, 5).data()
    assert cell == "Name: Ann → Ann Smith"
    assert page.model.index(0, 3).data() == "changed"
    assert page.model.index(1, 3).data() == "created"
    created = page.model.index(1, 5).data()
    assert "2026-11-23" not in created  # the log's ISO dates show in the person's locale
    assert f"Registered on: {date_text(dt.date(2026, 11, 23))}" in created
    assert page.model.index(0, 1).data() == "system"
    assert page.model.index(0, 0).data().startswith(dt.date(2026, 11, 23).strftime("%d"))


def test_the_status_bar_names_the_person_and_logs_out(qtbot, admin_ui: UiContext) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(build_pages(admin_ui), "shop.db", admin_ui.settings)
    qtbot.addWidget(window)
    button = window.show_account(admin_ui.actor)
    window.show()
    assert button.text() == "desk1 (Administrator): log out"
    assert not window.logged_out
    button.click()
    assert window.logged_out and not window.isVisible()
