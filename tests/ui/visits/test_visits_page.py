"""The Visits screen: the appointment book by day and week, completing and cancelling
planned visits, recent visits paged newest first."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.services import visits
from app.services.visits import ItemInput, VisitInput
from app.ui.visits.book import DAY_VIEW, WEEK_VIEW, week_of
from app.ui.visits.dialog import COMPLETE
from app.ui.visits.lines_model import CLIENT, DAY, STATUS, TIME, WORK
from app.ui.visits.page import VisitsPage
from app.ui.visits.recent import RecentVisits
from tests.ui.visits.conftest import at, press


@pytest.fixture
def booked(session, clock, desk) -> dict[str, int]:
    """Олена's planned visits today at 14:00 and on Thursday, a visit done this morning."""

    def visit(when: str, status: str, *items: ItemInput) -> int:
        data = VisitInput(desk.olena, at(when), vehicle_id=desk.car, status=status, items=items)
        return visits.create_visit(session, data, clock).value.id

    ids = {
        "morning": visit("2026-11-23 08:30", "completed", ItemInput(desk.oil_change)),
        "afternoon": visit("2026-11-23 14:00", "planned", ItemInput(desk.tyre_fitting)),
        "thursday": visit("2026-11-26 09:00", "planned"),
        "next_week": visit("2026-11-30 09:00", "planned"),
    }
    session.commit()
    return ids


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def make_page(qtbot, ui) -> VisitsPage:
    page = VisitsPage(ui)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def test_the_book_shows_today_then_the_week(qtbot, qtmodeltester, ui, booked) -> None:
    page = make_page(qtbot, ui)
    book = page.book
    qtbot.waitUntil(lambda: book.model.rowCount() == 2)
    assert book.mode == DAY_VIEW and book.period() == (dt.date(2026, 11, 23),) * 2
    assert column(book.model, TIME) == ["08:30", "14:00"]
    assert column(book.model, STATUS) == ["Completed", "Planned"]
    assert column(book.model, WORK) == ["Oil change", "Tyre fitting R16"]
    assert book.summary.text() == "2 visit(s), 1 planned"
    qtmodeltester.check(book.model)

    qtbot.mouseClick(book.week_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: book.model.rowCount() == 3)
    assert (
        book.period()
        == week_of(dt.date(2026, 11, 23))
        == (
            dt.date(2026, 11, 23),
            dt.date(2026, 11, 29),
        )
    )
    days = column(book.model, DAY)
    assert days[1] == "" and days[0] and days[2]  # each day named once
    assert column(book.model, CLIENT) == ["Olena Kovalchuk"] * 3
    book.step(1)
    qtbot.waitUntil(lambda: book.model.rowCount() == 1)
    assert book.period()[0] == dt.date(2026, 11, 30)
    qtmodeltester.check(book.model)


def test_complete_a_planned_visit_at_the_counter(qtbot, ui, desk, booked, sessions) -> None:
    page = make_page(qtbot, ui)
    book = page.book
    qtbot.waitUntil(lambda: book.model.rowCount() == 2)
    book.table.setFocus()
    book.table.selectRow(1)
    assert book.complete_button.isEnabled()
    with qtbot.waitSignal(page.sig_dialog_opened) as opened:
        qtbot.mouseClick(book.complete_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    assert dialog.mode == COMPLETE
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    fields = dialog.fields
    assert fields.client.client.id == desk.olena
    assert fields.status.currentData() == "completed"
    # Planned for 14:00 but done now (10:00): a visit cannot be completed in the future.
    assert fields.when.dateTime().toPython() == dt.datetime(2026, 11, 23, 10, 0)
    assert [line.service_id for line in fields.items.lines()] == [desk.tyre_fitting]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    with qtbot.waitSignal(dialog.finished) as finished:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert finished.args == [QDialog.DialogCode.Accepted]
    with sessions() as session:
        visit = visits.get_visit(session, booked["afternoon"])
    assert (visit.status, visit.started_at, visit.revenue) == (
        "completed",
        dt.datetime(2026, 11, 23, 10, 0),
        80000,
    )
    qtbot.waitUntil(lambda: column(book.model, STATUS) == ["Completed", "Completed"])


def test_cancel_and_no_show(qtbot, ui, booked, sessions) -> None:
    page = make_page(qtbot, ui)
    book = page.book
    book.set_mode(WEEK_VIEW)
    qtbot.waitUntil(lambda: book.model.rowCount() == 3)
    book.table.selectRow(2)  # Thursday
    qtbot.mouseClick(book.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(book.model, STATUS)[2] == "Cancelled")
    assert not book.cancel_button.isEnabled()  # only a planned visit is cancelled
    book.table.selectRow(1)
    qtbot.mouseClick(book.no_show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: column(book.model, STATUS)[1] == "No-show")
    with sessions() as session:
        statuses = [visits.get_visit(session, booked[k]).status for k in ("afternoon", "thursday")]
    assert statuses == ["no_show", "cancelled"]


def test_recent_visits_fetch_more_pages_as_they_scroll(
    qtbot, qtmodeltester, ui, desk, session, clock, monkeypatch
) -> None:
    from app.ui.visits import recent

    asked = []

    def recent_visits(session, limit, before, status, until):
        asked.append(before)
        return visits_page(session, limit, before, status, until)

    visits_page = recent.recent_visits
    monkeypatch.setattr(recent, "PAGE", 3)
    monkeypatch.setattr(recent, "recent_visits", recent_visits)
    ids = [
        visits.create_visit(
            session, VisitInput(desk.olena, dt.datetime(2026, 11, day, 9, 0)), clock
        ).value.id
        for day in range(1, 8)
    ]
    session.commit()
    view = RecentVisits(ui)
    qtbot.addWidget(view)
    model = view.model
    top = QModelIndex()

    def fetched_all() -> bool:
        if model.canFetchMore(top):
            model.fetchMore(top)
        return model.rowCount() == 7 and not model.canFetchMore(top) and not model._loading

    qtbot.waitUntil(fetched_all)
    assert [model.line(r).started_at.day for r in range(7)] == [7, 6, 5, 4, 3, 2, 1]
    assert asked == [
        None,
        (dt.datetime(2026, 11, 5, 9, 0), ids[4]),
        (dt.datetime(2026, 11, 2, 9, 0), ids[1]),
    ]
    qtmodeltester.check(model)
    view.status.setCurrentIndex(view.status.findData("planned"))
    qtbot.waitUntil(lambda: not model._loading)
    assert model.rowCount() == 0
