"""Builds the desktop program: settings, database, services, main window."""

from __future__ import annotations

import logging
import sys

from app.clock import SystemClock
from app.config import APP_AUTHOR, APP_NAME
from app.db import make_session_factory, open_database, resolve_url, sqlite_path

log = logging.getLogger(__name__)

FIRST_START_DEMO_CLIENTS = 5_000
FIRST_START_DEMO_YEARS = 5


def run_gui(db: str | None = None, url: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.services.overview import database_overview
    from app.ui.main_window import MainWindow

    logging.basicConfig(level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)

    database_url = resolve_url(db, url)
    path = sqlite_path(database_url)
    first_start = db is None and url is None and path is not None and not path.exists()
    engine = open_database(database_url)
    sessions = make_session_factory(engine)
    if first_start:
        from app.demo import generate

        log.info("first start: filling %s with demo data", path)
        generate(
            engine,
            clients=FIRST_START_DEMO_CLIENTS,
            years=FIRST_START_DEMO_YEARS,
            seed=1,
            today=SystemClock().today(),
        )
    with sessions() as session:
        overview = database_overview(session)
    window = MainWindow(overview, str(path or engine.url), QSettings())
    window.show()
    return app.exec()
