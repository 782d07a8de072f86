"""The Visits screen: the appointment book, recent visits, and the visit dialog they open."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.services.errors import ValidationError
from app.services.visits import set_status
from app.ui.context import UiContext
from app.ui.visits.book import AppointmentBook
from app.ui.visits.dialog import APPOINTMENT, COMPLETE, EDIT, NEW, VisitDialog
from app.ui.visits.errors import ErrorLabel, refusal_text
from app.ui.visits.recent import RecentVisits


class VisitsPage(QWidget):
    """The controller of the visits screen: runs what the book and the list ask for."""

    sig_dialog_opened = Signal(object)
    """A visit dialog was opened (the ``VisitDialog``)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: VisitDialog | None = None
        self.book = AppointmentBook(ctx)
        self.recent = RecentVisits(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.book, self.tr("Appointment book"))
        self.tabs.addTab(self.recent, self.tr("Recent visits"))
        self.new_button = QPushButton(self.tr("New visit (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(lambda: self.open_new_visit())
        self.error = ErrorLabel()
        title = QLabel("<h2>" + self.tr("Visits") + "</h2>")
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

        self.book.sig_new_appointment_requested.connect(self.open_new_appointment)
        self.book.sig_complete_requested.connect(self.complete_visit)
        self.book.sig_edit_requested.connect(self.edit_visit)
        self.book.sig_status_requested.connect(self.set_visit_status)
        self.recent.sig_edit_requested.connect(self.edit_visit)

    def open_new_visit(self, client_id: int | None = None) -> VisitDialog:
        """A visit done now, for ``client_id`` when given (the client card's "New visit")."""
        return self._open(NEW, client_id=client_id)

    def open_new_appointment(self, client_id: int | None = None) -> VisitDialog:
        return self._open(APPOINTMENT, client_id=client_id)

    def complete_visit(self, visit_id: int) -> VisitDialog:
        """The planned visit's car is here: the dialog, prefilled, saves it as completed."""
        return self._open(COMPLETE, visit_id=visit_id)

    def edit_visit(self, visit_id: int) -> VisitDialog:
        return self._open(EDIT, visit_id=visit_id)

    def set_visit_status(self, visit_id: int, status: str, version: int) -> None:
        """``version``: the visit's version the book showed (a stale one is refused)."""
        self.error.clear_error()
        work = partial(
            set_status,
            visit_id=visit_id,
            status=status,
            clock=self._ctx.clock,
            expected_version=version,
        )
        self._ctx.worker.write(work, lambda _saved: None, self._on_refused, name="visit status")

    def _on_refused(self, error: ValidationError) -> None:
        self.error.say(refusal_text(error))

    def _open(self, mode: str, **kw: int | None) -> VisitDialog:
        dialog = VisitDialog(self._ctx, mode, parent=self, **kw)  # type: ignore[arg-type]
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        self.sig_dialog_opened.emit(dialog)
        return dialog
