"""The Clients screen: search as you type, filters, the lazily loaded table, cards, new client."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
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

from app.services.changes import Changes
from app.ui.clients.card import ClientCardDialog
from app.ui.clients.client_dialog import ClientDialog
from app.ui.clients.table_model import ClientQuery, ClientTableModel
from app.ui.context import UiContext
from app.ui.format import count_text

DEBOUNCE_MS = 200
_WATCHED = frozenset({"clients", "vehicles", "visits"})
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClientsPage(QWidget):
    sig_new_visit_requested = Signal(int)
    """A card's "New visit" was pressed: the client's id (the visits screen opens its form)."""

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self._ctx = ctx
        self._stale = False
        self.cards: dict[int, ClientCardDialog] = {}
        self.new_client_dialog: ClientDialog | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, phone or plate (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        for key, title in (
            ("all", self.tr("All clients")),
            ("active", self.tr("Active (a visit in the last year)")),
            ("lost", self.tr("Lost regulars")),
            ("departed", self.tr("Departed")),
            ("do_not_contact", self.tr("Do not contact")),
        ):
            self.filter.addItem(title, key)
        self.new_button = QPushButton(self.tr("New client (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_client)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.filter)
        top.addWidget(self.new_button)

        self.model = ClientTableModel(ctx.worker, ctx.clock, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in enumerate((260, 160, 200, 100, 190)):
            header.resizeSection(column, width)  # fixed widths: never measure 100,000 rows
        header.setSectionResizeMode(ClientTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(
            lambda index: self.open_client(self.model.client_id(index.row()))
        )
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)
        self.status = QLabel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_query)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.filter.currentIndexChanged.connect(lambda _index: self._run_query())
        self.model.sig_loaded.connect(self._show_status)
        self.model.sig_loaded.connect(self._restore)
        self._keep: tuple[int | None, int] | None = None  # (chosen client, scroll) on refresh
        self.model.modelReset.connect(self._select_first)
        ctx.events.sig_data_changed.connect(self._on_changed)
        ctx.events.sig_open_client.connect(self.open_client)
        self._run_query()

    # --- public actions --------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def new_client(self) -> None:
        if self.new_client_dialog is not None:
            self.new_client_dialog.raise_()
            return
        dialog = self.new_client_dialog = ClientDialog(self._ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self.open_client)
        dialog.sig_open_existing.connect(self.open_client)
        dialog.finished.connect(self._new_client_closed)
        dialog.open()

    def open_client(self, client_id: int) -> ClientCardDialog:
        """Show the client's card (one card per client; an open one is raised)."""
        card = self.cards.get(client_id)
        if card is None:
            card = self.cards[client_id] = ClientCardDialog(self._ctx, client_id, self)
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.sig_open_client.connect(self.open_client)
            card.sig_new_visit_requested.connect(self.sig_new_visit_requested)
            card.finished.connect(lambda _result, cid=client_id: self.cards.pop(cid, None))
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    # --- the table -------------------------------------------------------------------

    def _run_query(self) -> None:
        self._timer.stop()
        self._keep = None
        key = self.filter.currentData()
        self.model.set_query(ClientQuery(self.search.text().strip(), key))

    def _on_changed(self, changes: Changes) -> None:
        if not changes.kinds & _WATCHED:
            return
        if self.isVisible():
            self._refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._refresh()

    def _refresh(self) -> None:
        """Read the rows again (a write here or at another desk), keeping the chosen
        client and the scroll position."""
        index = self.table.currentIndex()
        chosen = self.model.client_id(index.row()) if index.isValid() else None
        self._keep = (chosen, self.table.verticalScrollBar().value())
        self.model.refresh()

    def _restore(self) -> None:
        if self._keep is None:
            return
        chosen, scroll = self._keep
        self._keep = None
        row = None if chosen is None else self.model.row_of(chosen)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.verticalScrollBar().setValue(scroll)

    def _show_status(self) -> None:
        shown = self.model.rowCount()
        if self.model.complete:
            text = self.tr("%n client(s)", "", shown)
        else:
            text = self.tr("First {0} clients; scroll for more").format(count_text(shown))
        self.status.setText(text)

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the table opens the card; Enter or Down in the search goes to the table."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.table and event.key() in _ENTER:
                index = self.table.currentIndex()
                if index.isValid():
                    self.open_client(self.model.client_id(index.row()))
                return True
            if watched is self.search and event.key() in (*_ENTER, Qt.Key.Key_Down):
                if self._timer.isActive():
                    self._run_query()
                if self.model.rowCount():
                    self.table.setFocus()
                    self.table.setCurrentIndex(self.model.index(0, 0))
                return True
        return super().eventFilter(watched, event)

    def _new_client_closed(self) -> None:
        self.new_client_dialog = None
