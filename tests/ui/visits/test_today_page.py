"""The Today screen lists today's visits and counts them; a planned one opens for completing."""

from __future__ import annotations

from app.services import inquiries, visits
from app.services.visits import ItemInput, VisitInput
from app.ui.today.page import TodayPage
from app.ui.visits.lines_model import CLIENT, STATUS, TIME
from tests.ui.visits.conftest import at


def test_today_shows_the_days_visits_and_counts(qtbot, qtmodeltester, ui, desk, session, clock):
    def visit(when: str, status: str, *items: ItemInput) -> int:
        data = VisitInput(desk.olena, at(when), status=status, items=items)
        return visits.create_visit(session, data, clock).value.id

    visit("2026-11-23 08:30", "completed", ItemInput(desk.oil_change))  # 500.00
    visit("2026-11-23 09:00", "no_show")
    planned = visit("2026-11-23 15:00", "planned", ItemInput(desk.tyre_fitting))
    visit("2026-11-24 09:00", "planned")  # tomorrow: not listed
    inquiries.log_inquiry(session, clock, name="Ann")
    session.commit()

    page = TodayPage(ui)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    model = page.model
    assert [model.index(r, TIME).data() for r in range(3)] == ["08:30", "09:00", "15:00"]
    assert [model.index(r, STATUS).data() for r in range(3)] == [
        "Completed",
        "No-show",
        "Planned",
    ]
    assert model.index(0, CLIENT).data() == "Olena Kovalchuk"
    assert (
        "1 planned, 1 completed, 0 cancelled, 1 no-show(s); revenue 500.00 UAH; 1 inquiry(s)"
        in page.day.text()
    )
    qtmodeltester.check(model)
    page.table.selectRow(2)
    with qtbot.waitSignal(page.sig_complete_requested) as opened:
        page.table.activated.emit(page.table.currentIndex())
    assert opened.args == [planned]


def test_today_shows_how_many_reminders_are_due(qtbot, ui, desk) -> None:
    page = TodayPage(ui)
    qtbot.addWidget(page)
    assert page.due.isHidden()  # no reminder check has reported yet
    page.show_due_reminders(3)
    assert not page.due.isHidden() and page.due.text() == "<b>3 reminder(s) due today</b>"
    page.show_due_reminders(0)
    assert page.due.text() == "No reminders due today."
