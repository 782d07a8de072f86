"""The Inquiries screen: log a call or a walk-in in one line, see recent ones and their result."""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import NamedRecord, list_sources
from app.services.changes import Changes, Saved
from app.services.inquiries import InquiryPage, InquiryRecord, log_inquiry, recent_inquiries
from app.ui.context import UiContext
from app.ui.inquiries.model import (
    CHANNEL,
    CLIENT,
    NAME,
    PHONE,
    RECEIVED,
    RESULT,
    SOURCE,
    InquiriesModel,
)
from app.ui.visits.errors import ErrorLabel, FieldErrors
from app.ui.visits.labels import CHANNEL_NAMES, channel_label

PAGE = 100
_PHONE = re.compile(r"\+?\d[\d\s()\-.]{4,}\d")


def split_who(text: str) -> tuple[str | None, str | None]:
    """ "Андрій 067 123 45 67" -> ("Андрій", "067 123 45 67"); either part may be missing."""
    match = _PHONE.search(text)
    phone = match.group(0).strip() if match else None
    name = f"{text[: match.start()]} {text[match.end() :]}" if match else text
    return " ".join(name.split()) or None, phone


class QuickLog(QWidget):
    """Who (phone and / or name), source, channel on one line; Enter anywhere logs it."""

    sig_log_requested = Signal(object, object, object, str)
    """Log an inquiry: (name or None, phone or None, source id or None, channel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("Phone and / or name (empty: anonymous)"))
        self.source = QComboBox()
        self.channel = QComboBox()
        for channel in CHANNEL_NAMES:
            self.channel.addItem(channel_label(channel), channel)
        self.log_button = QPushButton(self.tr("Log (Enter)"))
        self.log_button.clicked.connect(self.submit)
        general = ErrorLabel()
        self.errors = FieldErrors(general)
        self.errors.bind(general, self.who, "phone", "name", "client_id", "received_at")
        self.errors.bind(general, self.source, "source_id")
        self.errors.bind(general, self.channel, "channel")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.who, 3)
        row.addWidget(QLabel(self.tr("Source")))
        row.addWidget(self.source, 2)
        row.addWidget(QLabel(self.tr("Channel")))
        row.addWidget(self.channel, 1)
        row.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(general)
        self.set_sources(())

    def set_sources(self, sources: tuple[NamedRecord, ...]) -> None:
        chosen = self.source.currentData()
        self.source.clear()
        self.source.addItem(self.tr("(unknown)"), None)
        for source in sources:
            self.source.addItem(source.name, source.id)
        self.source.setCurrentIndex(max(self.source.findData(chosen), 0))

    def submit(self) -> None:
        self.errors.clear()
        name, phone = split_who(self.who.text())
        self.sig_log_requested.emit(
            name, phone, self.source.currentData(), self.channel.currentData()
        )

    def logged(self) -> None:
        """Ready for the next one: who and source cleared, the channel kept."""
        self.who.clear()
        self.source.setCurrentIndex(0)
        self.who.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()  # the fields pass Enter on to their parent: this line
            return
        super().keyPressEvent(event)


class InquiriesPage(QWidget):
    """The controller of the inquiries screen."""

    sig_logged = Signal(int)
    """An inquiry was logged (its id)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.quick = QuickLog()
        self.quick.sig_log_requested.connect(self.log)
        self.model = InquiriesModel(self._request, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        widths = {RECEIVED: 130, CHANNEL: 80, NAME: 150, PHONE: 125, CLIENT: 170, RESULT: 120}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_client)
        hint = QLabel(
            self.tr(
                "A call or a walk-in: type the phone or the name, pick the source, press Enter. "
                "When a visit is saved for the client, the inquiry is offered for linking."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(QLabel("<h2>" + self.tr("Inquiries") + "</h2>"))
        layout.addWidget(self.quick)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        ctx.events.sig_data_changed.connect(self._on_changed)
        self._load_sources()
        self.model.reload()

    def focus_quick_log(self) -> None:
        """Ctrl+I: the cursor in the "who" field, ready to type."""
        self.quick.who.setFocus()
        self.quick.who.selectAll()

    def log(self, name: str | None, phone: str | None, source_id: int | None, channel: str) -> None:
        work = partial(
            log_inquiry,
            clock=self._ctx.clock,
            name=name,
            phone=phone,
            source_id=source_id,
            channel=channel,
        )
        self._ctx.worker.write(work, self._on_logged, self.quick.errors.show, name="log inquiry")

    def _on_logged(self, saved: Saved[InquiryRecord]) -> None:
        self.quick.logged()
        self.sig_logged.emit(saved.value.id)

    def _request(self, before: tuple[dt.datetime, int] | None, generation: int) -> None:
        def done(page: InquiryPage) -> None:
            self.model.add_page(page, generation)

        work = partial(recent_inquiries, limit=PAGE, before=before)
        self._ctx.worker.read(work, done, name="recent inquiries")

    def _load_sources(self) -> None:
        self._ctx.worker.read(list_sources, self.quick.set_sources, name="sources")

    def _on_changed(self, changes: Changes) -> None:
        if changes.kinds & {"inquiries", "visits", "clients", "sources"}:
            self.model.reload()
        if "sources" in changes.kinds:
            self._load_sources()

    def _open_client(self) -> None:
        line = self.model.line(self.table.currentIndex().row())
        if line is not None and line.client_id is not None:
            self._ctx.events.sig_open_client.emit(line.client_id)
