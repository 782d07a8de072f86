"""The visit form's client field: type a fragment of a name, phone or plate, pick from a popup."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.client_search import ClientPage, find_clients
from app.services.clients import ClientBrief
from app.ui.worker import DatabaseWorker, Latest

DEBOUNCE_MS = 200
MATCHES = 20


def client_text(client: ClientBrief) -> str:
    return f"{client.name} · {client.phone}"


class ClientPicker(QLineEdit):
    """A search field over ``find_clients`` with the matches in a popup."""

    sig_client_chosen = Signal(object)
    """A client was picked (a ``ClientBrief``)."""

    sig_client_cleared = Signal()
    """The text was edited after a pick: no client is chosen any more."""

    def __init__(self, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Name, phone or plate"))
        self._search = Latest(worker)
        self._matches: tuple[ClientBrief, ...] = ()
        self.client: ClientBrief | None = None
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._on_activated)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self.textEdited.connect(self._on_edited)

    def set_client(self, client: ClientBrief | None) -> None:
        """Show ``client`` as chosen (None clears the field)."""
        self._timer.stop()
        self.client = client
        self.setText(client_text(client) if client else "")
        if client is not None:
            self.sig_client_chosen.emit(client)

    def matches(self) -> tuple[ClientBrief, ...]:
        return self._matches

    def _on_edited(self, _text: str) -> None:
        if self.client is not None:
            self.client = None
            self.sig_client_cleared.emit()
        # The matches of the text before would be picked by a quick Down + Enter.
        self._matches = ()
        self.names.setStringList([])
        self.completer().popup().hide()
        self._timer.start()

    def _run_search(self) -> None:
        fragment = self.text().strip()
        if not fragment:
            self._show(ClientPage((), None))
            return
        work = partial(find_clients, fragment=fragment, limit=MATCHES)
        self._search.read(work, self._show, name="visit client search")

    def _show(self, page: ClientPage) -> None:
        self._matches = page.rows
        self.names.setStringList([client_text(c) for c in page.rows])
        if page.rows and self.hasFocus():
            self.completer().complete()
        else:
            self.completer().popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._matches):
            client = self._matches[index.row()]
            QTimer.singleShot(0, lambda: self.set_client(client))
