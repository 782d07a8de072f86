"""A client picked by typing part of the name, phone or plate (referrer, merge)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QVBoxLayout, QWidget

from app.services.client_search import ClientPage, find_clients
from app.services.clients import ClientBrief
from app.ui.clients.alive import while_alive
from app.ui.clients.texts import phone_text
from app.ui.context import UiContext
from app.ui.worker import Latest

DEBOUNCE_MS = 200
SUGGESTIONS = 12
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def brief_text(client: ClientBrief) -> str:
    return f"{client.name}, {phone_text(client.phone)}"


class ClientPicker(QWidget):
    """A line edit whose popup lists clients matching what is typed (searched in SQL).

    Choosing a line of the popup picks that client; typing again un-picks it.
    ``exclude_id`` keeps one client out of the list (a client cannot refer
    itself or be merged with itself).
    """

    sig_picked = Signal(object)
    """The picked client id, or None when the text no longer names a picked client."""

    def __init__(self, ctx: UiContext, exclude_id: int | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        self._exclude_id = exclude_id
        self._picked: int | None = None
        self._search = Latest(ctx.worker)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type part of a name, phone or plate"))
        self.edit.setClearButtonEnabled(True)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_search)
        self.edit.textEdited.connect(self._on_edited)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    @property
    def client_id(self) -> int | None:
        return self._picked

    def set_client(self, client: ClientBrief | None) -> None:
        """Show ``client`` as picked (editing an existing referral), or nothing."""
        self._picked = client.id if client else None
        self.edit.setText(brief_text(client) if client else "")

    def _on_edited(self, _text: str) -> None:
        if self._picked is not None:
            self._picked = None
            self.sig_picked.emit(None)
        self._timer.start()

    def _run_search(self) -> None:
        fragment = self.edit.text().strip()
        if not fragment:
            self.suggestions.clear()
            self.completer.popup().hide()
            return
        # One more than shown, in case the excluded client is among them.
        work = partial(find_clients, fragment=fragment, limit=SUGGESTIONS + 1)
        self._search.read(work, while_alive(self, self._show_suggestions), name="client picker")

    def _show_suggestions(self, page: ClientPage) -> None:
        self.suggestions.clear()
        shown = [c for c in page.rows if c.id != self._exclude_id][:SUGGESTIONS]
        for client in shown:
            item = QStandardItem(brief_text(client))
            item.setData(client.id, _ID_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if shown and self.edit.isVisible():
            self.completer.complete()
        elif not shown:
            self.completer.popup().hide()

    def _on_activated(self, index: QModelIndex) -> None:
        self._picked = int(index.data(_ID_ROLE))
        self.edit.setText(str(index.data(Qt.ItemDataRole.DisplayRole)))
        self.sig_picked.emit(self._picked)
