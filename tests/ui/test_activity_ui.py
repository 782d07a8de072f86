"""Another desk's writes reach this desk's screens at the next activity poll."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import partial

import pytest
from PySide6.QtWidgets import QApplication

from app.db import make_session_factory, write_session
from app.services import clients, reminders, visits
from app.services.access import Actor, Role
from app.services.changes import Changes
from app.services.clients import ClientInput
from app.services.reminders import ReminderInput
from app.services.visits import VisitInput
from app.ui.activity import ActivityWatcher
from app.ui.clients.page import ClientsPage
from app.ui.reminders.page import RemindersPage
from app.ui.visits.page import VisitsPage


@pytest.fixture
def shop(session, clock) -> dict[str, int]:
    """Olena with two overdue reminders (due the 20th and the 21st), committed."""
    olena = clients.create_client(session, ClientInput("Olena Kovalchuk", "0501234567"), clock)
    olena_id = olena.value.id
    first, second = (
        reminders.create_reminder(
            session, ReminderInput(olena_id, due_on=dt.date(2026, 11, day), note=note), clock
        ).value.id
        for day, note in ((20, "call about the oil"), (21, "winter tyres"))
    )
    session.commit()
    return {"olena": olena_id, "first": first, "second": second}


@pytest.fixture
def watcher(qtbot, ui) -> Iterator[ActivityWatcher]:
    watcher = ActivityWatcher(ui.worker, ui.events)
    with qtbot.waitSignal(watcher.sig_polled):  # the first look takes the stamp
        watcher.poll_now()
    yield watcher
    watcher.stop()


def drain(qtbot, ui) -> None:
    """Wait for what the screens asked so far: the one worker answers in order."""
    with qtbot.waitCallback() as done:
        ui.worker.read(lambda _session: None, done)


def poll(qtbot, watcher: ActivityWatcher) -> Changes:
    with qtbot.waitSignal(watcher.sig_polled) as polled:
        watcher.poll_now()
    return polled.args[0]


def test_a_visit_and_a_done_reminder_of_another_desk_show_here(
    qtbot, qtmodeltester, ui, engine, clock, shop, watcher
) -> None:
    visits_page = VisitsPage(ui)
    reminders_page = RemindersPage(ui)
    for page in (visits_page, reminders_page):
        qtbot.addWidget(page)
        page.resize(900, 500)
        page.show()
    overdue = reminders_page.models["overdue"]
    qtbot.waitUntil(lambda: overdue.rowCount() == 2)
    reminders_page.tables["overdue"].selectRow(overdue.row_of(shop["second"]))
    recent = visits_page.recent.model
    drain(qtbot, ui)
    assert recent.rowCount() == 0
    reminders_page.days.setFocus()
    focused = QApplication.focusWidget()

    other_desk = make_session_factory(engine, Actor(None, "bohdan", Role.ADMIN))
    with write_session(other_desk) as s:
        data = VisitInput(shop["olena"], dt.datetime(2026, 11, 23, 9, 30))
        visit_id = visits.create_visit(s, data, clock).value.id
        reminders.mark_done(s, shop["first"], clock)

    announced = poll(qtbot, watcher)
    assert announced == Changes.of(
        visits=[visit_id], clients=[shop["olena"]], reminders=[shop["first"]]
    )
    qtbot.waitUntil(lambda: recent.rowCount() == 1)
    assert recent.line(0).id == visit_id
    qtbot.waitUntil(lambda: visits_page.book.model.row_of(visit_id) >= 0)  # today's book
    qtbot.waitUntil(lambda: overdue.rowCount() == 1)
    assert overdue.row_of(shop["first"]) is None
    assert reminders_page.chosen().reminder_id == shop["second"]  # still selected
    assert QApplication.focusWidget() is focused
    qtmodeltester.check(overdue)
    qtmodeltester.check(recent)


def test_this_desks_own_write_is_not_announced_again(qtbot, ui, clock, shop, watcher) -> None:
    notices: list[Changes] = []
    ui.events.sig_data_changed.connect(notices.append)
    work = partial(reminders.mark_done, reminder_id=shop["first"], clock=clock)
    with qtbot.waitCallback() as done:
        ui.worker.write(work, done)
    assert notices == [Changes.of(reminders=[shop["first"]], clients=[shop["olena"]])]
    assert poll(qtbot, watcher) == Changes()
    assert len(notices) == 1


def test_a_tick_is_skipped_while_a_poll_is_on_its_way(qtbot, ui, watcher) -> None:
    watcher.poll_now()
    assert watcher.polling
    first = watcher._pending
    watcher.poll_now()  # the timer's next turn comes early: nothing new is asked
    assert watcher._pending is first
    qtbot.waitUntil(lambda: not watcher.polling)


def test_the_clients_list_keeps_the_chosen_client_when_another_desk_registers_one(
    qtbot, ui, engine, session, clock, shop, watcher
) -> None:
    andriy = clients.create_client(session, ClientInput("Andriy Melnyk", "0671112233"), clock)
    session.commit()
    page = ClientsPage(ui)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.setCurrentIndex(page.model.index(page.model.row_of(andriy.value.id), 0))
    other_desk = make_session_factory(engine, Actor(None, "bohdan", Role.ADMIN))
    with write_session(other_desk) as s:
        zoya = clients.create_client(s, ClientInput("Zoya Bondar", "0931112233"), clock)

    assert zoya.value.id in poll(qtbot, watcher).clients
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.model.client_id(page.table.currentIndex().row()) == andriy.value.id
