"""The owner's Backups tab: where the copies are, which there are, back up now, restore.

The work runs on the database worker (a restore so waits for, and holds off,
the desk's other database work); the copies themselves are made by
``app.backup`` through SQLite's backup API. After a restore the program
closes: every screen holds data of the database as it was.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import backup
from app.backup import BackupFile, BackupOverview, RestoreResult
from app.services.errors import ValidationError
from app.ui.context import UiContext
from app.ui.format import datetime_text
from app.ui.visits.errors import ErrorLabel, refusal_text


class BackupsPanel(QWidget):
    sig_restored = Signal(object)
    """The database's content was replaced (a ``RestoreResult``); the program closes."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._overview: BackupOverview | None = None
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.clicked.connect(self._open_folder)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Copy"), self.tr("Made"), self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 160), (2, 100)):
            self.table.setColumnWidth(column, width)
        self.back_up_button = QPushButton(self.tr("Back up now"))
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore..."))
        self.restore_button.clicked.connect(self.choose_and_restore)
        self.done = QLabel()
        self.done.setStyleSheet("color: #1b5e20;")
        self.done.setWordWrap(True)
        self.error = ErrorLabel()
        note = QLabel(
            self.tr(
                "A copy is made every day while Pitstop runs; kept are the last 7 days, "
                "4 weeks and 12 months. Copy the folder to another disk now and then."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        top = QHBoxLayout()
        top.addWidget(self.folder, 1)
        top.addWidget(self.open_folder_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.done)
        layout.addWidget(self.error)

    def reload(self) -> None:
        self._ctx.worker.read(backup.overview, self._show, self._refused, name="backups")

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.reload()  # the daily copy may have been made meanwhile

    def _show(self, overview: BackupOverview) -> None:
        self._overview = overview
        sqlite = overview.database is not None
        for widget in (self.open_folder_button, self.back_up_button, self.restore_button):
            widget.setEnabled(sqlite)
        if not sqlite:
            self.folder.setText(
                self.tr("The database is on a PostgreSQL server: back it up with pg_dump there.")
            )
        else:
            self.folder.setText(self.tr("Backups folder: {0}").format(overview.folder))
        self.table.setRowCount(len(overview.backups))
        for row, copy in enumerate(overview.backups):
            cells = (self._kind(copy), datetime_text(copy.modified), _size_text(copy.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(copy.path))
                self.table.setItem(row, column, item)

    def _kind(self, copy: BackupFile) -> str:
        if copy.day is not None:
            return self.tr("Daily copy: {0}").format(copy.path.name)
        return self.tr("Other copy: {0}").format(copy.path.name)

    def _open_folder(self) -> None:
        if self._overview is not None and self._overview.folder is not None:
            self._overview.folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._overview.folder)))

    def back_up_now(self) -> None:
        self._clear()
        self.back_up_button.setEnabled(False)
        work = partial(backup.back_up_now, actor=self._ctx.actor, clock=self._ctx.clock)
        self._ctx.worker.read(work, self._backed_up, self._refused, name="back up now")

    def _backed_up(self, path: Path) -> None:
        self.back_up_button.setEnabled(True)
        self.done.setText(self.tr("Backed up to {0}").format(path))
        self.reload()

    def choose_and_restore(self) -> None:
        """Ask for the file, then for confirmation; only then is anything replaced."""
        self._clear()
        start = str(self._overview.folder) if self._overview and self._overview.folder else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            start,
            self.tr("Pitstop databases (*.db);;All files (*)"),
        )
        if not name:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "All data in the database will be replaced by the data in\n{0}.\n\n"
                "A copy of the current data is kept in the backups folder first. "
                "Pitstop closes afterwards; start it again.\n\nReplace the data?"
            ).format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore_button.setEnabled(False)
        work = partial(
            backup.restore_database, source=Path(name), actor=self._ctx.actor, clock=self._ctx.clock
        )
        self._ctx.worker.read(work, self._restored, self._refused, name="restore")

    def _restored(self, result: RestoreResult) -> None:
        kept = (
            self.tr("The data it held before is kept in {0}.").format(result.before_restore)
            if result.before_restore is not None
            else ""
        )
        message = self.tr("The database was restored from {0}.").format(result.source)
        self.done.setText(f"{message} {kept}".strip())
        QMessageBox.information(
            self,
            self.tr("Restored"),
            f"{message}\n{kept}\n\n" + self.tr("Pitstop closes now; start it again."),
        )
        self.sig_restored.emit(result)
        self.window().close()

    def _refused(self, error: ValidationError) -> None:
        for button in (self.back_up_button, self.restore_button):
            button.setEnabled(self._overview is None or self._overview.database is not None)
        self.error.say(refusal_text(error))

    def _clear(self) -> None:
        self.done.clear()
        self.error.clear_error()


def _size_text(size: int) -> str:
    locale = QLocale()
    if size < 1024 * 1024:
        return f"{locale.toString(size / 1024, 'f', 0)} KB"
    return f"{locale.toString(size / 1024 / 1024, 'f', 1)} MB"
