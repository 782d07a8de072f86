"""The Settings screen: the shop's catalogue (departments, services, masters, sources,
churn reasons) and the shop-wide settings."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.config import default_database_path
from app.db import sqlite_url
from app.services import catalog
from app.services.access import Permission
from app.services.catalog import EmployeeRecord, NamedRecord, ServiceRecord
from app.services.changes import Changes
from app.services.settings import ShopSettings, load_settings
from app.ui.connection import DESK_URL_KEY, ConnectionDialog
from app.ui.context import UiContext
from app.ui.settings.accounts import AccountsPanel, OwnPasswordForm
from app.ui.settings.backups import BackupsPanel
from app.ui.settings.editors import MastersEditor, NamedEditor, ServicesEditor
from app.ui.settings.language import LanguageChooser
from app.ui.settings.shop import ShopForm
from app.ui.worker import Latest

_KINDS = {"departments", "services", "employees", "sources", "churn_reasons"}


@dataclasses.dataclass(frozen=True)
class Catalogue:
    departments: tuple[NamedRecord, ...]
    services: tuple[ServiceRecord, ...]
    masters: tuple[EmployeeRecord, ...]
    sources: tuple[NamedRecord, ...]
    churn_reasons: tuple[NamedRecord, ...]
    settings: ShopSettings


def load_catalogue(session: Any) -> Catalogue:
    """Everything the screen lists, in one read (the catalogue is small)."""
    return Catalogue(
        departments=catalog.list_departments(session),
        services=catalog.list_services(session),
        masters=catalog.list_employees(session),
        sources=catalog.list_sources(session),
        churn_reasons=catalog.list_churn_reasons(session),
        settings=load_settings(session),
    )


class SettingsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._latest = Latest(ctx.worker)
        self.shop = ShopForm(ctx)
        self.departments = NamedEditor(ctx, catalog.create_department, catalog.rename_department)
        self.services = ServicesEditor(ctx)
        self.masters = MastersEditor(ctx)
        self.sources = NamedEditor(ctx, catalog.create_source, catalog.rename_source)
        self.churn_reasons = NamedEditor(
            ctx, catalog.create_churn_reason, catalog.rename_churn_reason
        )
        self.tabs = QTabWidget()
        shop_tabs = (
            (self.services, self.tr("Services")),
            (self.departments, self.tr("Departments")),
            (self.masters, self.tr("Masters")),
            (self.sources, self.tr("Sources")),
            (self.churn_reasons, self.tr("Churn reasons")),
            (self.shop, self.tr("Shop")),
        )
        if ctx.actor.may(Permission.SETTINGS):  # the admin's settings are this desk's own
            for widget, title in shop_tabs:
                self.tabs.addTab(widget, title)
        self.backups = BackupsPanel(ctx) if ctx.actor.may(Permission.BACKUP) else None
        if self.backups is not None:
            self.tabs.addTab(self.backups, self.tr("Backups"))
        self.accounts = AccountsPanel(ctx) if ctx.actor.may(Permission.USERS) else None
        if self.accounts is not None:
            self.tabs.addTab(self.accounts, self.tr("Accounts"))
        self.own_account = OwnPasswordForm(ctx)
        self.tabs.addTab(self.own_account, self.tr("My account"))
        self.shop.sig_saved.connect(self._on_shop_saved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Settings") + "</h2>"))
        self.language = LanguageChooser(ctx.settings)
        self.database_button = QPushButton(self.tr("Database..."))
        self.database_button.setToolTip(
            self.tr("This computer's database: a file, or the shop's PostgreSQL server")
        )
        self.database_button.clicked.connect(self._choose_database)
        desk_row = QHBoxLayout()
        desk_row.addWidget(self.language, 1)
        desk_row.addWidget(self.database_button)
        layout.addLayout(desk_row)
        layout.addWidget(self.tabs, 1)
        ctx.events.sig_data_changed.connect(self._on_changed)
        self.reload()

    def _choose_database(self) -> None:
        current = self._ctx.settings.value(DESK_URL_KEY)
        url = current if isinstance(current, str) else sqlite_url(default_database_path())
        ConnectionDialog(self._ctx.settings, url, self).exec()

    def reload(self) -> None:
        self._latest.read(load_catalogue, self._show, name="catalogue")

    def _show(self, data: Catalogue) -> None:
        self.services.currency = data.settings.currency
        for editor in (self.services, self.masters):
            editor.set_departments(data.departments)
        self.departments.set_records(data.departments)
        self.services.set_records(data.services)
        self.masters.set_records(data.masters)
        self.sources.set_records(data.sources)
        self.churn_reasons.set_records(data.churn_reasons)
        self.shop.show_settings(data.settings)

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & _KINDS:
            self.reload()

    def _on_shop_saved(self, _settings: ShopSettings) -> None:
        self.reload()  # prices in the new currency
