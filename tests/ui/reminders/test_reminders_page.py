"""The Reminders screen driven like a person would: lists, show all, done, snooze, dismiss."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.scheduler import DueNotice
from app.services import reminders
from app.ui.reminders.model import CLIENT, WHEN, DueModel
from app.ui.reminders.outcomes import DismissDialog, SnoozeDialog
from app.ui.reminders.page import RemindersPage, desk_user
from tests.services.reminder_shop import Data


@pytest.fixture
def page(qtbot, ui, data) -> RemindersPage:
    widget = RemindersPage(ui)
    qtbot.addWidget(widget)
    widget.resize(930, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.models["due"].rowCount() > 0)
    return widget


def numbers(data: Data, model: DueModel) -> list[int]:
    by_id = {rid: n for n, rid in data.r.items()}
    return [by_id[model.reminder(row).reminder_id] for row in range(model.rowCount())]


def choose(qtbot, page: RemindersPage, tab: int, row: int) -> None:
    page.tabs.setCurrentIndex(tab)
    table = page.tables[("overdue", "due", "upcoming")[tab]]
    rect = table.visualRect(table.model().index(row, CLIENT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_three_lists_with_counts_in_the_tabs(qtbot, qtmodeltester, page, data) -> None:
    assert numbers(data, page.models["overdue"]) == [3, 6, 9, 21]
    assert numbers(data, page.models["due"]) == [11, 13]
    assert numbers(data, page.models["upcoming"]) == [1, 4, 15, 16, 17]
    titles = [page.tabs.tabText(i) for i in range(3)]
    assert titles == ["Overdue (4)", "Due today (2)", "Upcoming (5)"]
    overdue = page.models["overdue"]
    assert overdue.index(0, WHEN).data() == "mileage reached"  # 71,500 km > 70,000 today
    assert overdue.index(1, WHEN).data() == "22 day(s) late"
    assert page.models["upcoming"].index(1, WHEN).data() == "in 30 day(s)"
    for model in page.models.values():
        qtmodeltester.check(model)
    assert not page.done_button.isEnabled()  # nothing chosen yet


def test_show_all_adds_clients_not_to_call_greyed(qtbot, page, data) -> None:
    with qtbot.waitSignal(page.sig_board_shown, timeout=5000):
        qtbot.mouseClick(page.show_all, Qt.MouseButton.LeftButton)
    overdue = page.models["overdue"]
    assert numbers(data, overdue) == [3, 6, 9, 19, 20, 21]
    assert overdue.index(3, CLIENT).data() == "Dana Doe (do not contact)"
    assert overdue.index(4, CLIENT).data() == "Egor Li (departed)"
    assert overdue.index(3, CLIENT).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert overdue.index(0, CLIENT).data(Qt.ItemDataRole.ForegroundRole) is None
    with qtbot.waitSignal(page.sig_board_shown, timeout=5000):
        page.days.setValue(7)  # upcoming shrinks to what is due by 2026-11-30
    assert numbers(data, page.models["upcoming"]) == []


def test_done_closes_the_reminder_and_records_who(qtbot, ui, page, data, sessions) -> None:
    choose(qtbot, page, 0, 1)  # 6: Ann, "call about tyres"
    assert page.chosen().reminder_id == data.r[6]
    with qtbot.waitSignal(page.sig_board_shown, timeout=5000):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert numbers(data, page.models["overdue"]) == [3, 9, 21]
    with sessions() as session:
        assert reminders.get_reminder(session, data.r[6]).status == "done"
        (event,) = reminders.reminder_history(session, data.r[6])
    assert (event.outcome, event.recorded_by, event.at) == (
        "done",
        desk_user(),
        dt.datetime(2026, 11, 23, 10, 0),
    )


def test_snooze_hides_until_the_day(qtbot, page, data, sessions) -> None:
    choose(qtbot, page, 1, 0)  # 11: Bob's Corolla at 121,000 km
    page.snooze_button.click()
    dialog = open_dialog(page)
    dialog.until.setDate(dialog.until.date().addDays(3))  # default 7 days on -> 10 days on
    qtbot.keyClicks(dialog.note, "on a trip, call back")
    with qtbot.waitSignal(page.sig_board_shown, timeout=5000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert not dialog.isVisible()
    assert numbers(data, page.models["due"]) == [13]
    with sessions() as session:
        assert reminders.get_reminder(session, data.r[11]).snoozed_until == dt.date(2026, 12, 3)
        (event,) = reminders.reminder_history(session, data.r[11])
    assert (event.outcome, event.snoozed_until, event.note) == (
        "snoozed",
        dt.date(2026, 12, 3),
        "on a trip, call back",
    )


def test_dismiss_needs_a_reason(qtbot, page, data, sessions) -> None:
    choose(qtbot, page, 0, 3)  # 21: Fedir
    page.dismiss_button.click()
    dialog = open_dialog(page)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.line("reason").isVisible())
    assert dialog.errors.line("reason").text() == "Must not be empty"
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason.lineEdit(), "moving abroad")
    with qtbot.waitSignal(page.sig_board_shown, timeout=5000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert numbers(data, page.models["overdue"]) == [3, 6, 9]
    with sessions() as session:
        assert reminders.get_reminder(session, data.r[21]).status == "dismissed"
        (event,) = reminders.reminder_history(session, data.r[21])
    assert (event.outcome, event.note) == ("dismissed", "moving abroad")


def test_double_click_opens_the_client(qtbot, ui, page, data) -> None:
    page.tabs.setCurrentIndex(2)
    table = page.tables["upcoming"]
    rect = table.visualRect(table.model().index(4, CLIENT))  # 17: Cleo's Rio
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(ui.events.sig_open_client) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [data.cleo]


def test_a_scheduler_notice_reloads_only_when_the_due_set_moved(qtbot, ui, page, data) -> None:
    board = page._board
    same = DueNotice(board.today, ui.clock.now(), board.overdue + board.due, ())
    with qtbot.assertNotEmitted(page.sig_board_shown, wait=200):
        page.on_due_notice(same)
    ui.clock.advance(dt.timedelta(days=1))
    next_day = DueNotice(dt.date(2026, 11, 24), ui.clock.now(), same.due, ())
    with qtbot.waitSignal(page.sig_board_shown, timeout=5000) as shown:
        page.on_due_notice(next_day)
    assert shown.args[0].today == dt.date(2026, 11, 24)


def open_dialog(page: RemindersPage) -> SnoozeDialog | DismissDialog:
    """The one outcome dialog the screen has open."""
    found = [
        w
        for kind in (SnoozeDialog, DismissDialog)
        for w in page.findChildren(kind)
        if w.isVisible()
    ]
    assert len(found) == 1
    return found[0]
