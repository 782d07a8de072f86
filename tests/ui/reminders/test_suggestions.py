"""After a completed visit: accept, edit or drop each suggested reminder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from app.models import Vehicle
from app.services import catalog, reminders, visits
from app.services.catalog import ServiceInput
from app.services.visits import ItemInput, VisitInput
from app.ui.reminders.edit_dialog import ReminderDialog
from app.ui.reminders.suggestions import NOTE, TAKE, SuggestionsDialog, offer_suggestions
from tests.services.reminder_shop import Data


@pytest.fixture
def tyres(session, data: Data) -> int:
    dept = catalog.create_department(session, "Tyres").value.id
    tyres = catalog.create_service(session, ServiceInput("Tyre fitting", dept, 80000)).value.id
    session.commit()
    return tyres


def completed_visit(sessions, clock, data: Data, *items: ItemInput, car: bool = True) -> int:
    with sessions.begin() as session:
        visit = visits.create_visit(
            session,
            VisitInput(
                data.ann,
                dt.datetime(2026, 11, 23, 9, 0),
                vehicle_id=data.a1 if car else None,
                mileage=71200 if car else None,
                items=items,
            ),
            clock,
        )
        return visit.value.id


def offered(qtbot, ui, visit_id: int) -> SuggestionsDialog:
    dialog = offer_suggestions(ui, visit_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click_check_box(qtbot, dialog: SuggestionsDialog, row: int) -> None:
    view = dialog.table
    index = dialog.model.index(row, TAKE)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_accept_one_drop_the_other(qtbot, qtmodeltester, ui, data, tyres, sessions, clock) -> None:
    visit = completed_visit(
        sessions, clock, data, ItemInput(data.oil), ItemInput(tyres, declined=True)
    )
    dialog = offered(qtbot, ui, visit)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert texts[0][:3] == ["Next service", "Oil change", "Skoda Octavia AA0001AA"]
    assert texts[1][:3] == ["Declined work", "Tyre fitting", "Skoda Octavia AA0001AA"]
    assert model.index(1, NOTE).data().startswith("Declined at the visit on ")
    # the old oil reminder (1) is closed by this oil change
    assert model.index(0, TAKE).data(Qt.ItemDataRole.ToolTipRole).startswith("The pending")
    assert dialog.save_button.text() == "Save 2 reminder(s)"

    click_check_box(qtbot, dialog, 1)
    assert model.index(1, TAKE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.save_button.text() == "Save 1 reminder(s)"
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (created,) = saved.args[0]
    assert (created.service_id, created.due_on, created.due_mileage) == (
        data.oil,
        dt.date(2027, 11, 23),
        81200,
    )
    with sessions() as session:
        assert reminders.get_reminder(session, data.r[1]).status == "done"
        ann = reminders.list_reminders(session, data.ann, pending_only=True)
    assert tyres not in {r.service_id for r in ann}


def test_edit_a_suggestion_before_saving(qtbot, ui, data, tyres, sessions, clock) -> None:
    visit = completed_visit(sessions, clock, data, ItemInput(tyres, declined=True))
    dialog = offered(qtbot, ui, visit)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    (form,) = [w for w in dialog.findChildren(ReminderDialog) if w.isVisible()]
    qtbot.waitUntil(form.buttons.isEnabled)
    assert form.service.currentData() == tyres
    form.note.clear()
    qtbot.keyClicks(form.note, "winter tyres")
    with qtbot.waitSignal(form.sig_drafted, timeout=5000):
        form.buttons.accepted.emit()
    assert dialog.model.index(0, NOTE).data() == "winter tyres"
    with sessions() as session:  # nothing saved yet
        before = len(reminders.list_reminders(session, data.ann))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with sessions() as session:
        after = reminders.list_reminders(session, data.ann)
    assert len(after) == before + 1
    assert [r.note for r in after if r.service_id == tyres] == ["winter tyres"]


def test_a_visit_with_nothing_to_suggest_shows_nothing(qtbot, ui, data, tyres, sessions, clock):
    visit = completed_visit(sessions, clock, data, ItemInput(tyres), car=False)
    dialog = offer_suggestions(ui, visit)
    with qtbot.waitSignal(dialog.sig_loaded, timeout=5000) as loaded:
        pass
    assert loaded.args == [0]
    assert not dialog.isVisible()

    def deleted() -> bool:
        return not any(isinstance(w, SuggestionsDialog) for w in QApplication.topLevelWidgets())

    qtbot.waitUntil(deleted)  # it cleans itself up unseen


def test_a_refused_suggestion_names_its_line(qtbot, ui, data, tyres, sessions, clock) -> None:
    visit = completed_visit(sessions, clock, data, ItemInput(data.oil), ItemInput(tyres))
    dialog = offered(qtbot, ui, visit)
    with sessions.begin() as session:  # the car moves to another client meanwhile
        session.get(Vehicle, data.a1).client_id = data.bob
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.error.text() == "Line 1: The car belongs to another client"
    assert dialog.isVisible()
