"""Desks see each other's work: a poll every few seconds announces other desks' writes.

A timer on the GUI thread asks the database worker for the activity stamp
(``app.services.activity``: one cheap statement). When another desk wrote
since the last look, the watcher emits ``AppEvents.sig_data_changed`` with
what changed, exactly as after a write of this desk, and every screen that
shows those records reloads them the way it already does (keeping the
person's selection; nothing takes the focus).

This desk's own writes are announced by the worker when they finish; the
watcher collects those notices and leaves their ids out, so a save here does
not make the screens load twice. A tick is skipped while the previous poll is
still on its way (a long report holding the worker, say).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.activity import Activity, Stamp, read_activity, unseen
from app.services.changes import Changes
from app.ui.events import AppEvents
from app.ui.worker import DatabaseWorker, Ticket

POLL_INTERVAL_MS = 5_000


class ActivityWatcher(QObject):
    """Polls for other desks' writes while started; ``poll_now`` asks at once."""

    sig_polled = Signal(object)
    """A poll came back: the ``Changes`` it announced (empty when nothing new)."""

    def __init__(
        self,
        worker: DatabaseWorker,
        events: AppEvents,
        interval_ms: int = POLL_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._events = events
        self._stamp: Stamp | None = None
        self._own = Changes()  # this desk's notices since the last poll came back
        self._pending: Ticket | None = None
        self._announcing = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll_now)
        events.sig_data_changed.connect(self._on_data_changed)

    @property
    def polling(self) -> bool:
        """A poll is on its way."""
        return self._pending is not None

    def start(self) -> None:
        """Take the first stamp now, then poll every interval."""
        self.poll_now()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None

    def poll_now(self) -> None:
        if self._pending is not None:
            return  # the previous poll is still on its way: skip this turn
        work = partial(read_activity, since=self._stamp)
        self._pending = self._worker.read(
            work, self._on_polled, name="activity poll", background=True
        )

    def _on_polled(self, activity: Activity | None) -> None:
        self._pending = None
        if activity is None:  # the database could not be reached: try at the next turn
            return
        self._stamp = activity.stamp
        changes = unseen(activity.changes, self._own)
        self._own = Changes()
        if changes:
            self._announcing = True
            try:
                self._events.sig_data_changed.emit(changes)
            finally:
                self._announcing = False
        self.sig_polled.emit(changes)

    def _on_data_changed(self, changes: Changes) -> None:
        if not self._announcing:
            self._own = self._own | changes
