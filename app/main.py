"""Builds the desktop program: settings, database, services, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import Engine

from app.clock import Clock, SystemClock
from app.config import APP_AUTHOR, APP_NAME, RESOURCES_DIR, default_database_path
from app.crash import configure_logging, install_hooks
from app.db import make_session_factory, open_database, resolve_url, sqlite_path, write_session
from app.services.access import SYSTEM, Actor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.ui.errors import ErrorReporter

log = logging.getLogger(__name__)

FIRST_START_DEMO_CLIENTS = 5_000
FIRST_START_DEMO_YEARS = 5
FIRST_START_KEY = "first_start_done"


def run_gui(db: str | None = None, url: str | None = None, lang: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.i18n_qt import SETTINGS_KEY as LANGUAGE_KEY
    from app.i18n_qt import choose_language
    from app.i18n_qt import install as install_language
    from app.ui.connection import DESK_URL_KEY
    from app.ui.errors import ErrorReporter
    from app.ui.login import RECONNECT

    log_file = configure_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    # The desktop entry's name (installer/linux/pitstop-crm.desktop) ties the window to it.
    app.setDesktopFileName("pitstop-crm")
    icon = QIcon()
    for png in sorted((RESOURCES_DIR / "icons").glob("pitstop-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    install_language(choose_language(lang, QSettings().value(LANGUAGE_KEY)))
    errors = ErrorReporter(Path(log_file.baseFilename))
    hooks = install_hooks(errors.report)

    clock = SystemClock()
    choosable = db is None and url is None  # a database named at start stays
    actor: Actor | int | None = RECONNECT
    while actor == RECONNECT:  # until the person logs in or gives up on this database
        desk_url = QSettings().value(DESK_URL_KEY)
        database_url = resolve_url(db, url, desk_url if isinstance(desk_url, str) else None)
        engine = open_database(database_url)
        actor = _sign_in(engine, clock, choose_database=choosable)
        if actor == RECONNECT:
            engine.dispose()
    status = 0
    while isinstance(actor, Actor):  # one main window per login; a log-out asks again
        if sqlite_path(database_url) == default_database_path().resolve():
            _fill_on_first_start(engine)
        status, logged_out = _desk(app, engine, database_url, actor, clock, errors)
        actor = _sign_in(engine, clock, choose_database=False) if logged_out else None
    engine.dispose()
    hooks.uninstall()
    return status


def _desk(
    app: QApplication,
    engine: Engine,
    database_url: str,
    actor: Actor,
    clock: Clock,
    errors: ErrorReporter,
) -> tuple[int, bool]:
    """The main window for ``actor`` until it closes: (exit status, logged out?)."""
    from PySide6.QtCore import QSettings

    from app.scheduler import BackupScheduler, ReminderScheduler
    from app.ui.activity import ActivityWatcher
    from app.ui.clients.shortcuts import add_client_shortcuts
    from app.ui.collector import MainThreadCollector
    from app.ui.context import UiContext
    from app.ui.events import AppEvents
    from app.ui.main_window import MainWindow
    from app.ui.pages import build_pages
    from app.ui.reminders.alerts import install_reminder_alerts
    from app.ui.today.page import TodayPage
    from app.ui.visits.wiring import connect_front_desk
    from app.ui.worker import DatabaseWorker

    events = AppEvents()
    collector = MainThreadCollector(app)
    worker = DatabaseWorker(make_session_factory(engine, actor), events)
    ctx = UiContext(worker=worker, events=events, clock=clock, settings=QSettings(), actor=actor)
    label = str(sqlite_path(database_url) or engine.url.render_as_string(hide_password=True))
    pages = build_pages(ctx)
    window = MainWindow(pages, label, ctx.settings)
    window.show_account(actor)
    add_client_shortcuts(window)
    connect_front_desk(window, pages)
    reminder_checks = ReminderScheduler(make_session_factory(engine, SYSTEM), clock)
    install_reminder_alerts(window, pages, reminder_checks.bridge)
    today = cast(TodayPage, next(page.widget for page in pages if page.key == "today"))
    reminder_checks.bridge.sig_due_count.connect(today.show_due_reminders)
    events.sig_data_changed.connect(reminder_checks.on_data_changed)
    worker.sig_busy.connect(window.set_busy)
    errors.parent_widget = window
    worker.sig_failed.connect(errors.task_failed)
    activity = ActivityWatcher(worker, events, parent=window)  # other desks' writes
    window.show()
    reminder_checks.start()
    daily_backups = BackupScheduler(database_url, clock)
    daily_backups.start()
    activity.start()
    status = app.exec()
    activity.stop()
    daily_backups.shutdown()
    reminder_checks.shutdown()
    worker.shutdown()
    collector.stop()
    errors.parent_widget = None
    return status, window.logged_out


def _sign_in(engine: Engine, clock: Clock, choose_database: bool) -> Actor | int | None:
    """The first-start wizard on a database without accounts, else the login.

    None: cancelled; ``RECONNECT``: the person chose another database (``choose_database``
    offers it; not after a log-out, the window's database stays).
    """
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QWidget

    from app.services import accounts
    from app.services.settings import load_settings, save_settings
    from app.ui.connection import ConnectionDialog
    from app.ui.login import RECONNECT, FirstOwnerWizard, LoginDialog

    def choose(parent: QWidget) -> bool:
        desk = QSettings()
        dialog = ConnectionDialog(desk, engine.url.render_as_string(hide_password=False), parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    chooser = choose if choose_database else None

    sessions = make_session_factory(engine, SYSTEM, clock)

    def check(login: str, password: str) -> Actor | accounts.LoginRefused:
        with write_session(sessions) as session:  # a wrong password is counted: commit
            return accounts.log_in(session, login, password, clock)

    with sessions() as session:
        first = not accounts.has_users(session)
        shop = load_settings(session).shop_name
    if first:

        def create(shop_name: str, login: str, password: str) -> None:
            with write_session(sessions) as session:
                accounts.create_first_owner(session, login, password)
                if shop_name.strip():
                    save_settings(session, shop_name=shop_name.strip())

        wizard = FirstOwnerWizard(create, chooser)
        result = wizard.exec()
        if result != QDialog.DialogCode.Accepted:
            return RECONNECT if result == RECONNECT else None
        outcome = check(*wizard.credentials())
        return outcome if isinstance(outcome, Actor) else None
    dialog = LoginDialog(check, QSettings(), shop, chooser)
    result = dialog.exec()
    if result == RECONNECT:
        return RECONNECT
    return dialog.actor if result == QDialog.DialogCode.Accepted else None


def _fill_on_first_start(engine: Engine) -> None:
    """The default database gets demo data once, the first time it is opened empty.

    The mark is written with the data, so an interrupted generation (nothing
    committed) tries again next start, and a shop that later empties its
    database is never refilled.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPixmap
    from PySide6.QtWidgets import QApplication, QSplashScreen

    from app.demo import generate
    from app.models import Setting
    from app.services.overview import database_overview

    sessions = make_session_factory(engine, SYSTEM)
    with sessions() as session:
        if session.get(Setting, FIRST_START_KEY) or database_overview(session).clients:
            return
    pixmap = QPixmap(520, 160)
    pixmap.fill(QColor("#f4f6f8"))
    splash = QSplashScreen(pixmap)
    splash.show()

    def progress(message: str) -> None:
        text = QApplication.translate(
            "FirstStart", "Pitstop CRM\n\nFirst start: preparing demo data...\n{0}"
        ).format(message)
        splash.showMessage(text, Qt.AlignmentFlag.AlignCenter, QColor("#263238"))
        QApplication.processEvents()

    log.info("first start: filling %s with demo data", engine.url)
    generate(
        engine,
        clients=FIRST_START_DEMO_CLIENTS,
        years=FIRST_START_DEMO_YEARS,
        seed=1,
        today=SystemClock().today(),
        progress=progress,
    )
    with write_session(sessions) as session:
        session.add(Setting(key=FIRST_START_KEY, value="demo"))
    splash.close()
