"""The reminder form: a new reminder from the client card, a refusal, editing one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services import reminders
from app.ui.format import count_text
from app.ui.reminders.edit_dialog import ReminderDialog, open_reminder_dialog


def loaded(qtbot, dialog: ReminderDialog) -> ReminderDialog:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.buttons.isEnabled)
    return dialog


def save(qtbot, dialog: ReminderDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_reminder_by_mileage_for_the_only_car(qtbot, ui, data, sessions) -> None:
    dialog = loaded(qtbot, open_reminder_dialog(ui, data.ann))
    assert dialog.isVisible() and dialog.heading.text() == "<b>Ann Smith</b>"
    assert [dialog.car.itemText(i) for i in range(dialog.car.count())] == [
        "(no car)",
        "Skoda Octavia AA0001AA",
    ]
    assert dialog.car.currentData() == data.a1  # her only car, chosen for her
    expected = f"Now about {count_text(71500)} km (100.0 km a day)"
    qtbot.waitUntil(lambda: dialog.prediction.text() == expected)
    assert dialog.due_km.value() == 81500  # 10,000 km on, offered
    dialog.service.setCurrentIndex(dialog.service.findData(data.oil))
    qtbot.mouseClick(dialog.by_date, Qt.MouseButton.LeftButton)  # off
    qtbot.mouseClick(dialog.by_km, Qt.MouseButton.LeftButton)  # on
    dialog.due_km.selectAll()
    qtbot.keyClicks(dialog.due_km, "80000")
    qtbot.keyClicks(dialog.note, "synthetic oil")
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        save(qtbot, dialog)
    record = saved.args[0]
    assert (record.vehicle_id, record.service_id, record.due_on, record.due_mileage) == (
        data.a1,
        data.oil,
        None,
        80000,
    )
    assert record.note == "synthetic oil" and not dialog.isVisible()
    with sessions() as session:
        assert reminders.get_reminder(session, record.id).created_on == dt.date(2026, 11, 23)


def test_neither_date_nor_mileage_is_refused_in_place(qtbot, ui, data) -> None:
    dialog = loaded(qtbot, open_reminder_dialog(ui, data.bob))
    assert dialog.car.currentData() is None  # Bob has three cars: none is assumed
    qtbot.mouseClick(dialog.by_date, Qt.MouseButton.LeftButton)  # off: nothing due
    save(qtbot, dialog)
    line = dialog.errors.line("due_on")
    qtbot.waitUntil(line.isVisible)
    assert line.text() == "Give a due date, a due mileage or both"
    assert dialog.isVisible() and dialog.buttons.isEnabled()


def test_edit_an_existing_reminder(qtbot, ui, data, sessions) -> None:
    dialog = loaded(qtbot, open_reminder_dialog(ui, data.ann, reminder_id=data.r[3]))
    assert dialog.windowTitle() == "Reminder"
    assert dialog.car.currentData() == data.a1
    assert dialog.by_date.isChecked() and dialog.due_on.date() == QDate(2027, 3, 1)
    assert dialog.by_km.isChecked() and dialog.due_km.value() == 70000
    dialog.due_on.setDate(QDate(2027, 2, 1))
    with qtbot.waitSignal(dialog.sig_saved, timeout=5000) as saved:
        save(qtbot, dialog)
    assert saved.args[0].id == data.r[3]
    with sessions() as session:
        stored = reminders.get_reminder(session, data.r[3])
    assert (stored.due_on, stored.due_mileage) == (dt.date(2027, 2, 1), 70000)


def test_a_car_without_readings_says_so(qtbot, ui, data) -> None:
    dialog = loaded(qtbot, open_reminder_dialog(ui, data.bob))
    dialog.car.setCurrentIndex(dialog.car.findData(data.b3))
    qtbot.waitUntil(lambda: dialog.prediction.text() == "No mileage recorded for this car yet")
    dialog.car.setCurrentIndex(dialog.car.findData(data.b1))
    expected = f"Last reading {count_text(121000)} km on "
    qtbot.waitUntil(lambda: dialog.prediction.text().startswith(expected))
