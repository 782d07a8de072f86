"""The main window: navigation between the screens and a status bar; no logic of its own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.services.access import Actor
from app.ui.format import role_text


@dataclasses.dataclass(frozen=True)
class Page:
    """A screen in the navigation: its key, translated title, widget and shortcut."""

    key: str
    title: str
    widget: QWidget
    shortcut: str = ""


class MainWindow(QMainWindow):
    def __init__(self, pages: list[Page], database_label: str, settings: QSettings) -> None:
        super().__init__()
        self._settings = settings
        self._pages = pages
        self.logged_out = False
        """Closed by "log out": the program asks for a login again instead of ending."""
        self.setWindowTitle("Pitstop CRM")
        self.setMinimumSize(760, 520)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.stack = QStackedWidget()
        for index, page in enumerate(pages):
            item = QListWidgetItem(page.title)
            if page.shortcut:
                item.setToolTip(page.shortcut)
                shortcut = QShortcut(QKeySequence(page.shortcut), self)
                shortcut.activated.connect(lambda i=index: self.navigation.setCurrentRow(i))
            self.navigation.addItem(item)
            self.stack.addWidget(page.widget)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(QLabel(database_label))

        geometry = settings.value("main_window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 720)
        last = str(settings.value("main_window/page", ""))
        keys = [p.key for p in pages]
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    def show_page(self, key: str) -> QWidget:
        index = [p.key for p in self._pages].index(key)
        self.navigation.setCurrentRow(index)
        return self._pages[index].widget

    def show_account(self, actor: Actor) -> QPushButton:
        """Who is logged in, in the status bar, with the way out (Ctrl+Shift+L)."""
        role = role_text(actor.role)
        button = QPushButton(
            self.tr("%1 (%2): log out").replace("%1", actor.login).replace("%2", role)
        )
        button.setFlat(True)
        button.setToolTip(self.tr("Log out and let another person log in (Ctrl+Shift+L)"))
        button.clicked.connect(self.log_out)
        self.add_action_shortcut("Ctrl+Shift+L", self.log_out)
        self.statusBar().addPermanentWidget(button)
        return button

    def log_out(self) -> None:
        self.logged_out = True
        self.close()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def add_action_shortcut(self, sequence: str, action: Callable[[], None]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(sequence), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(action)
        return shortcut

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        current = self.navigation.currentRow()
        if 0 <= current < len(self._pages):
            self._settings.setValue("main_window/page", self._pages[current].key)
        super().closeEvent(event)
