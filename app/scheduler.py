"""In-process scheduling of the reminder check (APScheduler 3.x, style.md point 9).

Reminders are database rows; nothing is pickled into a job store. The check
computes today's due list (``due_reminders`` with no look-ahead) with its own
Session on APScheduler's single pool thread, and hands the result, plain
frozen data, to a ``DueBridge`` living on the GUI thread through a queued
signal: jobs never touch widgets. It runs:

- at start, so that reminders that fell due while the program was closed are
  shown at once (they all count as newly due);
- at the start of each day (00:00:05 local time), when dates roll over;
- every few minutes (new readings, reminders and edits made at other desks);
- on demand (``check_now``), e.g. after this desk changed reminders or visits.

"Today" comes from the injected clock; the triggers follow the wall clock.

``BackupScheduler`` makes the daily backup of a SQLite database
(``app.backup_daily.run_daily_backup``) on a thread of its own, so a backup of a
big file never delays the reminder check or the desk: at start (when today's
backup is missing) and every day at 00:10, for a program left running.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from PySide6.QtCore import QObject, Qt, Signal, Slot
from sqlalchemy.orm import Session

from app.backup_daily import DailyBackup, run_daily_backup
from app.clock import Clock
from app.db import sqlite_path
from app.services.changes import Changes
from app.services.reminders_due import DueReminder, due_reminders

log = logging.getLogger(__name__)

CHECK_EVERY_MINUTES = 5
RECHECK_KINDS = frozenset({"reminders", "visits", "clients", "vehicles"})
"""Changes that can make a reminder due or not due."""


@dataclasses.dataclass(frozen=True)
class DueNotice:
    """One check's answer: the reminders due today, and which of them are new since the last.

    At the first check every due reminder is new: the desk hears about the
    ones that fell due while the program was closed.
    """

    as_of: dt.date
    checked_at: dt.datetime
    due: tuple[DueReminder, ...]
    newly_due: tuple[DueReminder, ...]

    @property
    def count(self) -> int:
        return len(self.due)


class DueBridge(QObject):
    """Receives the check's answers on the GUI thread; create it there."""

    sig_due = Signal(object)
    """A ``DueNotice`` after every check (the Reminders screen and tray listen)."""

    sig_due_count = Signal(int)
    """How many reminders are due today, after every check (navigation, Today screen)."""

    _sig_from_job = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sig_from_job.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def post(self, notice: DueNotice) -> None:
        """Called on the job's thread: queue ``notice`` for the GUI thread."""
        self._sig_from_job.emit(notice)

    @Slot(object)
    def _deliver(self, notice: DueNotice) -> None:
        self.sig_due.emit(notice)
        self.sig_due_count.emit(notice.count)


class ReminderScheduler:
    """The reminder check on a background scheduler; ``start()`` once, ``shutdown()`` at exit."""

    def __init__(
        self,
        sessions: Callable[[], Session],
        clock: Clock,
        bridge: DueBridge | None = None,
        every_minutes: int = CHECK_EVERY_MINUTES,
    ) -> None:
        self.bridge = bridge or DueBridge()
        self._sessions = sessions
        self._clock = clock
        self._every_minutes = every_minutes
        self._known: set[int] | None = None  # due ids at the last check; None before the first
        self._requested = False  # a check_now is queued and has not started yet
        self._lock = threading.Lock()
        self._scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )

    def start(self) -> None:
        self._scheduler.add_job(self.check, id="at-start", name="due reminders at start")
        self._scheduler.add_job(self.check, CronTrigger(hour=0, minute=0, second=5), id="day-start")
        self._scheduler.add_job(
            self.check, IntervalTrigger(minutes=self._every_minutes), id="every-few-minutes"
        )
        self._scheduler.start()

    def shutdown(self) -> None:
        """Stop the triggers and wait for a running check to finish.

        The jobs are removed first: that waits for the scheduler's thread to
        finish handing out due jobs, so none is handed to a stopped executor.
        """
        if self._scheduler.running:
            self._scheduler.pause()
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=True)

    def check_now(self) -> None:
        """Run a check on the scheduler's thread as soon as it is free.

        Requests made while one is still queued join it; a request made while a
        check runs queues one more, so that a change is never missed.
        """
        if not self._scheduler.running:
            return
        with self._lock:
            if self._requested:
                return
            self._requested = True
        self._scheduler.add_job(self._requested_check, name="due reminders on request")

    def _requested_check(self) -> None:
        with self._lock:
            self._requested = False
        self.check()

    def on_data_changed(self, changes: Changes) -> None:
        """Connect to ``AppEvents.sig_data_changed``: recheck when due-ness may have moved."""
        if changes.kinds & RECHECK_KINDS:
            self.check_now()

    def jobs(self) -> dict[str, Any]:
        """The scheduled jobs by id, with their triggers (for tests and diagnostics)."""
        return {job.id: job.trigger for job in self._scheduler.get_jobs()}

    def check(self) -> DueNotice:
        """Compute today's due reminders with a Session of its own and post them to the bridge."""
        today = self._clock.today()
        with self._sessions() as session:
            due = due_reminders(session, today, 0)
        with self._lock:
            known = self._known
            self._known = {r.reminder_id for r in due}
        newly = tuple(r for r in due if known is None or r.reminder_id not in known)
        notice = DueNotice(as_of=today, checked_at=self._clock.now(), due=due, newly_due=newly)
        log.info("reminder check as of %s: %d due, %d new", today, notice.count, len(newly))
        self.bridge.post(notice)
        return notice


class BackupScheduler:
    """The daily backup with rotation; ``start()`` once, ``shutdown()`` at exit.

    PostgreSQL is not backed up here (its server has ``pg_dump``): ``start()``
    then schedules nothing.
    """

    def __init__(self, url: str, clock: Clock, folder: Path | None = None) -> None:
        self._url = url
        self._clock = clock
        self._folder = folder
        self._scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 86400},
        )

    def start(self) -> None:
        if sqlite_path(self._url) is None:
            log.info("no daily backup of %s: use the server's tools (pg_dump)", self._url)
            return
        self._scheduler.add_job(self.run, id="at-start", name="daily backup at start")
        self._scheduler.add_job(self.run, CronTrigger(hour=0, minute=10), id="daily")
        self._scheduler.start()

    def shutdown(self) -> None:
        """Stop the triggers; a backup being written is finished first."""
        if self._scheduler.running:
            self._scheduler.pause()
            self._scheduler.remove_all_jobs()
            self._scheduler.shutdown(wait=True)

    def jobs(self) -> dict[str, Any]:
        return {job.id: job.trigger for job in self._scheduler.get_jobs()}

    def run(self) -> DailyBackup | None:
        """Today's backup if missing, then rotation; a failure is logged, never raised."""
        try:
            done = run_daily_backup(self._url, self._folder, self._clock)
        except Exception:
            log.exception("the daily backup of %s failed", self._url)
            return None
        if done.made is not None:
            log.info("daily backup made: %s", done.made)
        return done
