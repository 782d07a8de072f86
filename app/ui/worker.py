"""The database worker: one thread for all database work, results back on the GUI thread.

Widgets never touch a Session. A screen hands the worker a function of a
Session (usually ``functools.partial`` over a service) and two callbacks; the
function runs on the worker's single thread with its own Session (one per
task, style.md point 2), and the callbacks run on the GUI thread. Writes run
in ``write_session`` (committed, or rolled back on any error) and announce
their ``Changes`` through ``AppEvents``. A ``ValidationError`` goes to the
task's ``on_error`` (shown next to the field it names); anything else goes
to ``sig_failed``, the one central error handler.

Only ``work`` goes to the worker thread (a partial over a service, holding no
widget); the callbacks stay on the GUI thread, so a widget is never released,
and so never destroyed, on the worker thread.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.db import write_session
from app.services.changes import Saved
from app.services.errors import ValidationError
from app.ui.events import AppEvents

log = logging.getLogger(__name__)

Work = Callable[[Any], Any]  # a function of a Session
OnDone = Callable[[Any], None]
OnError = Callable[[ValidationError], None]
_DONE, _REFUSED, _FAILED, _SKIPPED = "done", "refused", "failed", "skipped"


@dataclasses.dataclass
class Ticket:
    """A submitted task; ``cancel()`` drops it if not started and its result if it was."""

    name: str
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


class DatabaseWorker(QObject):
    sig_failed = Signal(str, object)
    """An unexpected error (task name, exception): log it and tell the person."""

    sig_busy = Signal(bool)
    """True while tasks are queued or running (for a progress indicator)."""

    _sig_finished = Signal(object, object, object, object)  # number, ticket, outcome, value

    def __init__(self, sessions: Any, events: AppEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._events = events
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database")
        self._pending = 0
        self._lock = threading.Lock()
        # The callbacks never go to the worker thread: a widget whose last reference
        # was dropped there would be destroyed off the GUI thread (a crash).
        self._callbacks: dict[int, tuple[OnDone, OnError | None, bool]] = {}
        self._numbers = itertools.count()
        self._sig_finished.connect(self._deliver)

    def read(
        self,
        work: Work,
        on_done: OnDone,
        on_error: OnError | None = None,
        name: str = "",
        *,
        background: bool = False,
    ) -> Ticket:
        """``background``: a read the person did not ask for (a poll): not shown as busy."""
        return self._submit(work, on_done, on_error, name, write=False, background=background)

    def write(
        self, work: Work, on_done: OnDone, on_error: OnError | None = None, name: str = ""
    ) -> Ticket:
        """Run ``work`` in one committed transaction; a ``Saved`` result announces changes."""
        return self._submit(work, on_done, on_error, name, write=True)

    def shutdown(self) -> None:
        """Finish running work, drop what is queued."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _submit(
        self,
        work: Work,
        on_done: OnDone,
        on_error: OnError | None,
        name: str,
        write: bool,
        background: bool = False,
    ) -> Ticket:
        ticket = Ticket(name or getattr(work, "__name__", "task"))
        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_error, background)
        if not background:
            with self._lock:
                self._pending += 1
                if self._pending == 1:
                    self.sig_busy.emit(True)
        self._executor.submit(self._run, number, ticket, work, write)
        return ticket

    def _run(self, number: int, ticket: Ticket, work: Work, write: bool) -> None:
        if ticket.cancelled:
            self._sig_finished.emit(number, ticket, _SKIPPED, None)
            return
        try:
            if write:
                with write_session(self._sessions) as session:
                    result = work(session)
            else:
                with self._sessions() as session:
                    result = work(session)
        except ValidationError as error:
            self._sig_finished.emit(number, ticket, _REFUSED, error)
        except Exception as error:
            log.exception("task %s failed", ticket.name)
            self._sig_finished.emit(number, ticket, _FAILED, error)
        else:
            self._sig_finished.emit(number, ticket, _DONE, result)

    @Slot(object, object, object, object)
    def _deliver(self, number: int, ticket: Ticket, outcome: str, value: Any) -> None:
        on_done, on_error, background = self._callbacks.pop(number)
        idle = False
        if not background:
            with self._lock:
                self._pending -= 1
                idle = self._pending == 0
        try:
            if isinstance(value, Saved) and value.changes:
                # Others refresh even when this screen has moved on.
                self._events.sig_data_changed.emit(value.changes)
            if outcome == _SKIPPED or ticket.cancelled:
                return
            if outcome == _DONE:
                on_done(value)
            elif outcome == _REFUSED and on_error is not None:
                on_error(value)
            else:
                self.sig_failed.emit(ticket.name, value)
        finally:
            if idle:
                self.sig_busy.emit(False)


class Latest:
    """Runs one kind of request where only the newest answer matters (search, reports).

    Each new request cancels the one before: if that one has not started it is
    skipped, if it has, its result is dropped.
    """

    def __init__(self, worker: DatabaseWorker) -> None:
        self._worker = worker
        self._ticket: Ticket | None = None

    def read(
        self, work: Work, on_done: OnDone, on_error: OnError | None = None, name: str = ""
    ) -> Ticket:
        if self._ticket is not None:
            self._ticket.cancel()
        self._ticket = self._worker.read(work, on_done, on_error, name)
        return self._ticket
