"""The reminder check on a real APScheduler thread, answers on the GUI thread (pytest-qt)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from app.db import write_session
from app.scheduler import DueBridge, DueNotice, ReminderScheduler
from app.services import clients, reminders
from app.services.changes import Changes
from app.services.clients import ClientInput
from app.services.reminders import ReminderInput

YESTERDAY = dt.date(2026, 11, 22)
TOMORROW = dt.date(2026, 11, 24)


@pytest.fixture
def reminder_ids(sessions, clock) -> dict[str, int]:
    """Olena's reminders: one fell due yesterday (while the program was closed), one due
    tomorrow, one snoozed until the day after tomorrow."""
    with write_session(sessions) as session:
        olena = clients.create_client(
            session, ClientInput("Олена Ковальчук", "050 123 45 67"), clock
        ).value.id

        def create(day: dt.date) -> int:
            data = ReminderInput(olena, due_on=day, note="oil")
            return reminders.create_reminder(session, data, clock).value.id

        ids = {"yesterday": create(YESTERDAY), "tomorrow": create(TOMORROW)}
        ids["snoozed"] = create(YESTERDAY)
        reminders.snooze(session, ids["snoozed"], dt.date(2026, 11, 25), clock)
    return ids


@pytest.fixture
def scheduler(qtbot, sessions, clock) -> Iterator[ReminderScheduler]:
    scheduler = ReminderScheduler(sessions, clock, DueBridge())
    yield scheduler
    scheduler.shutdown()


def ids(reminders_: tuple) -> list[int]:
    return [r.reminder_id for r in reminders_]


def test_reminders_due_while_closed_show_at_start(qtbot, scheduler, reminder_ids) -> None:
    received_on = []
    scheduler.bridge.sig_due.connect(lambda _: received_on.append(threading.current_thread()))
    with (
        qtbot.waitSignal(scheduler.bridge.sig_due, timeout=10000) as due,
        qtbot.waitSignal(scheduler.bridge.sig_due_count, timeout=10000) as count,
    ):
        scheduler.start()
    notice: DueNotice = due.args[0]
    assert notice.as_of == dt.date(2026, 11, 23)
    assert ids(notice.due) == ids(notice.newly_due) == [reminder_ids["yesterday"]]
    assert notice.due[0].overdue_days == 1
    assert count.args == [1]
    assert received_on == [threading.main_thread()]


def test_a_reminder_falls_due_while_the_program_runs(qtbot, scheduler, clock, reminder_ids) -> None:
    with qtbot.waitSignal(scheduler.bridge.sig_due, timeout=10000):
        scheduler.start()
    # Later the same day nothing new is due.
    clock.advance(dt.timedelta(hours=13))  # 2026-11-23 23:00
    with qtbot.waitSignal(scheduler.bridge.sig_due, timeout=10000) as same_day:
        scheduler.check_now()
    assert (same_day.args[0].count, same_day.args[0].newly_due) == (1, ())
    # Past midnight the tomorrow reminder is due, and only it is new.
    clock.advance(dt.timedelta(hours=1, seconds=5))
    with qtbot.waitSignal(scheduler.bridge.sig_due, timeout=10000) as next_day:
        scheduler.check_now()
    notice = next_day.args[0]
    assert notice.as_of == TOMORROW
    assert ids(notice.due) == [reminder_ids["yesterday"], reminder_ids["tomorrow"]]
    assert ids(notice.newly_due) == [reminder_ids["tomorrow"]]
    # The snoozed one shows again on the day its snooze ends.
    clock.advance(dt.timedelta(days=1))
    with qtbot.waitSignal(scheduler.bridge.sig_due_count, timeout=10000) as count:
        scheduler.check_now()
    assert count.args == [3]


def test_a_reminder_closed_at_the_desk_leaves_the_count(
    qtbot, scheduler, sessions, clock, reminder_ids
) -> None:
    with qtbot.waitSignal(scheduler.bridge.sig_due_count, timeout=10000):
        scheduler.start()
    with write_session(sessions) as session:
        saved = reminders.mark_done(session, reminder_ids["yesterday"], clock, by="Marta")
    with qtbot.waitSignal(scheduler.bridge.sig_due_count, timeout=10000) as count:
        scheduler.on_data_changed(saved.changes)
    assert count.args == [0]
    with qtbot.assertNotEmitted(scheduler.bridge.sig_due, wait=300):
        scheduler.on_data_changed(Changes.of(sources=[1]))


def test_triggers_at_start_each_day_and_every_few_minutes(qtbot, scheduler) -> None:
    with qtbot.waitSignal(scheduler.bridge.sig_due, timeout=10000):
        scheduler.start()
    jobs = scheduler.jobs()
    assert set(jobs) == {"day-start", "every-few-minutes"}  # "at-start" ran once and left
    day_start = jobs["day-start"]
    assert isinstance(day_start, CronTrigger)
    fields = {f.name: str(f) for f in day_start.fields}
    assert (fields["hour"], fields["minute"], fields["second"]) == ("0", "0", "5")
    every = jobs["every-few-minutes"]
    assert isinstance(every, IntervalTrigger)
    assert every.interval == dt.timedelta(minutes=5)


def test_check_now_before_start_or_after_shutdown_does_nothing(qtbot, sessions, clock) -> None:
    scheduler = ReminderScheduler(sessions, clock, DueBridge())
    with qtbot.assertNotEmitted(scheduler.bridge.sig_due, wait=200):
        scheduler.check_now()
    with qtbot.waitSignal(scheduler.bridge.sig_due, timeout=10000):
        scheduler.start()
    scheduler.shutdown()
    with qtbot.assertNotEmitted(scheduler.bridge.sig_due, wait=200):
        scheduler.check_now()
