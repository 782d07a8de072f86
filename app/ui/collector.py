"""Cyclic garbage collection only on the GUI thread, at quiet moments.

Python runs its cycle collector in whichever thread happens to allocate. When
that is the database worker, or when the collection frees a Qt wrapper while the
worker is mid-query, PySide can crash (seen as segfaults "while
garbage-collecting"). Anki handles this the same way: automatic collection is
off, and the GUI thread collects on a timer. Reference counting still frees
everything not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 10_000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> None:
        gc.collect()

    def stop(self) -> None:
        """Stop collecting on the timer and give collection back to Python."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
