"""Unexpected errors: logged with their traceback to the rotating file, shown in a dialog,
and the program carries on (slots, timers, threads and the database worker)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from app.crash import configure_logging, install_hooks
from app.ui.errors import ErrorDialog, ErrorReporter
from app.ui.events import AppEvents
from app.ui.worker import DatabaseWorker


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    """The program's logging set up on a file in tmp; the root logger restored after."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = tmp_path / "logs" / "pitstop.log"
    configure_logging(path)
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[ErrorDialog]:
    """Every error dialog shown, without blocking on its exec()."""
    shown: list[ErrorDialog] = []

    def exec_(dialog: ErrorDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ErrorDialog, "exec", exec_)
    return shown


@pytest.fixture
def reporter(log_path: Path) -> Iterator[ErrorReporter]:
    reporter = ErrorReporter(log_path)
    hooks = install_hooks(reporter.report)
    yield reporter
    hooks.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_timer_callback_is_logged_shown_and_the_program_goes_on(
    qtbot, log_path, dialogs, reporter
) -> None:
    def broken() -> None:
        raise RuntimeError("Збій у таймері")

    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: len(dialogs) == 1)

    logged = log_path.read_text(encoding="utf-8")
    assert "ERROR" in logged and "unexpected error" in logged
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: Збій у таймері" in logged
    dialog = dialogs[0]
    assert dialog.windowTitle() == "Something went wrong"
    assert str(log_path) in dialog.message.text()
    assert "RuntimeError: Збій у таймері" in dialog.text.toPlainText()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "RuntimeError: Збій у таймері" in copied and str(log_path) in copied

    still_running: list[bool] = []
    QTimer.singleShot(0, lambda: still_running.append(True))
    qtbot.waitUntil(lambda: still_running == [True])
    assert len(dialogs) == 1


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_shown_once_per_error(qtbot, log_path, dialogs, reporter) -> None:
    events = AppEvents()

    def slot(_changes: object) -> None:
        raise ValueError("bad slot")

    events.sig_data_changed.connect(slot)
    events.sig_data_changed.emit(None)
    events.sig_data_changed.emit(None)
    qtbot.waitUntil(lambda: len(dialogs) == 2)
    assert all("ValueError: bad slot" in d.details for d in dialogs)
    assert log_path.read_text(encoding="utf-8").count("ValueError: bad slot") == 2


def test_an_error_in_a_thread_reaches_the_dialog_on_the_gui_thread(
    qtbot, log_path, dialogs, reporter
) -> None:
    def broken() -> None:
        raise KeyError("lost")

    thread = threading.Thread(target=broken, name="helper")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(dialogs) == 1)
    assert "KeyError: 'lost'" in dialogs[0].details
    assert dialogs[0].thread() is QGuiApplication.instance().thread()
    logged = log_path.read_text(encoding="utf-8")
    assert "unexpected error in thread helper" in logged and "KeyError: 'lost'" in logged


def test_a_failed_database_task_goes_to_the_same_log_and_dialog(
    qtbot, sessions, log_path, dialogs, reporter
) -> None:
    worker = DatabaseWorker(sessions, AppEvents())
    worker.sig_failed.connect(reporter.task_failed)

    def broken(_session: object) -> None:
        raise ZeroDivisionError("division by zero")

    try:
        with qtbot.waitSignal(worker.sig_failed):
            worker.read(broken, lambda _value: None, name="Client card")
        qtbot.waitUntil(lambda: len(dialogs) == 1)
    finally:
        worker.shutdown()
    assert dialogs[0].details.startswith("The task 'Client card' failed.")
    assert "ZeroDivisionError: division by zero" in dialogs[0].details
    logged = log_path.read_text(encoding="utf-8")
    assert "task Client card failed" in logged and "ZeroDivisionError" in logged
