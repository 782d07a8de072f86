"""A veil over a screen while its report computes on the worker: the window stays usable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class BusyOverlay(QWidget):
    """Covers its parent (following its size) with a pale veil, a message and a spinner bar."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "BusyOverlay { background: rgba(255, 255, 255, 170); }"
            "QLabel { color: #333; font-size: 11pt; }"
        )
        self.label = QLabel(self.tr("Computing..."))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setFixedWidth(220)
        self.bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
        self.setVisible(busy)
