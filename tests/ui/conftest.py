from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings

from app.db import make_session_factory
from app.services.access import SYSTEM, Actor, Role
from app.ui.context import UiContext
from app.ui.events import AppEvents
from app.ui.worker import DatabaseWorker


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """As in the program (app/ui/collector.py): no cyclic collection on the worker
    thread or in the middle of its work; the GUI thread collects once the test's
    worker has stopped."""
    gc.disable()
    yield
    gc.collect()
    gc.enable()


@pytest.fixture
def ui(qtbot, sessions, clock, tmp_path) -> Iterator[UiContext]:
    """A UI context on the test's database: a real worker thread, a fixed clock, the owner."""
    events = AppEvents()
    worker = DatabaseWorker(sessions, events)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    yield UiContext(worker=worker, events=events, clock=clock, settings=settings, actor=SYSTEM)
    worker.shutdown()


ADMIN = Actor(None, "desk1", Role.ADMIN)


@pytest.fixture
def admin_ui(qtbot, engine, clock, tmp_path) -> Iterator[UiContext]:
    """As ``ui``, for a front-desk admin (the sessions act as the admin too)."""
    events = AppEvents()
    worker = DatabaseWorker(make_session_factory(engine, ADMIN, clock), events)
    settings = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    yield UiContext(worker=worker, events=events, clock=clock, settings=settings, actor=ADMIN)
    worker.shutdown()
