"""The dialog an unexpected error shows, and the reporter that puts it on the GUI thread.

``ErrorReporter.report`` is what app/crash.py's hooks call, from any thread:
the text goes through a signal, so the dialog is always made on the GUI
thread. While one error dialog is open, further errors are only logged (a
failing timer must not stack up a hundred dialogs).
"""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ErrorDialog(QDialog):
    """Says that something went wrong, where the log is, and offers the details to copy."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.log_path = log_path
        self.setWindowTitle(translate("Errors", "Something went wrong"))
        self.setMinimumWidth(520)
        self.message = QLabel(
            translate(
                "Errors",
                "An unexpected error happened. Pitstop CRM keeps running; what you were "
                "doing may not have been finished, so please check it.\n\n"
                "The details were written to the log file:\n{0}",
            ).format(log_path)
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("Errors", "Copy details"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)

    def copy_details(self) -> None:
        """The traceback and the log file's path on the clipboard, for a message to support."""
        QGuiApplication.clipboard().setText(f"{self.details}\n\nLog: {self.log_path}")


class ErrorReporter(QObject):
    """Shows unexpected errors to the person: from the crash hooks and the worker's failures."""

    _sig_report = Signal(str)

    def __init__(self, log_path: Path, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.log_path = log_path
        self.parent_widget = parent_widget
        self._open = False
        self._sig_report.connect(self._show)

    def report(self, details: str) -> None:
        """Show ``details``; safe to call from any thread."""
        self._sig_report.emit(details)

    def task_failed(self, task: str, error: object) -> None:
        """The worker's ``sig_failed``: the worker has logged it; show it the same way."""
        if isinstance(error, BaseException):
            trace = "".join(traceback.format_exception(error)).rstrip()
        else:
            trace = str(error)
        self.report(translate("Errors", "The task '{0}' failed.").format(task) + "\n\n" + trace)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self._open:
            return
        self._open = True
        try:
            ErrorDialog(details, self.log_path, self.parent_widget).exec()
        finally:
            self._open = False
