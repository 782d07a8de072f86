"""Driving the report screens: chart and table in sync, tooltips, drill-down, call list, export."""

from __future__ import annotations

import csv
import datetime as dt

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from sqlalchemy import select

from app.models import Reminder
from app.ui.reports.bar_plot import BarPlot
from app.ui.reports.clients_dialog import ClientListDialog
from app.ui.reports.grid_plot import GridPlot


def dialogs() -> list[ClientListDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ClientListDialog)]


def wait_loaded(qtbot, dialog: ClientListDialog) -> None:
    qtbot.waitUntil(lambda: dialog.add.isEnabled() or dialog.count.text() == "0 client(s)")


def double_click(qtbot, widget, pos) -> None:
    """What a person's double click sends: press, release, double click, release
    (QTest.mouseDClick alone sends only the double click event)."""
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(widget, left, pos=pos)
    qtbot.mouseDClick(widget, left, pos=pos)
    qtbot.mouseRelease(widget, left, pos=pos)


def click_row(qtbot, view, key: str, view_row: int, double: bool = False) -> None:
    table = view.tables.views[key]
    rect = table.visualRect(table.model().index(view_row, 0))
    if double:
        double_click(qtbot, table.viewport(), rect.center())
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_selecting_a_row_highlights_its_bar_and_back(qtbot, open_screen) -> None:
    view = open_screen("growth")
    plot = view.panels[0].plot
    assert isinstance(plot, BarPlot)
    click_row(qtbot, view, "rows", 6)  # 2026-05
    assert view.tables.selected_rows("rows") == {6}
    new, departed = plot.bar_items
    assert new.opts["pens"][6].width() == 2 and departed.opts["pens"][6].width() == 2
    assert new.opts["pens"][5].style() == Qt.PenStyle.NoPen
    # A click on the chart selects the row of the bar.
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=plot.widget_point((0, 1)))
    assert view.tables.selected_rows("rows") == {1}
    assert new.opts["pens"][1].width() == 2 and new.opts["pens"][6].style() == Qt.PenStyle.NoPen


def test_sorted_table_still_selects_the_right_bar(qtbot, open_screen) -> None:
    view = open_screen("masters")
    table = view.tables.views["rows"]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name: Ivan, Petro
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # Petro first
    click_row(qtbot, view, "rows", 0)
    petro_row = next(i for i, r in enumerate(view.computed.result.rows) if r["name"] == "Petro")
    assert view.tables.selected_rows("rows") == {petro_row}
    assert view.panels[0].plot.bar_items[0].opts["pens"][petro_row].width() == 2


def test_hovering_a_bar_or_cell_tells_its_value(qtbot, open_screen) -> None:
    view = open_screen("masters")
    plot = view.panels[0].plot
    qtbot.mouseMove(plot.viewport(), plot.widget_point((0, 0)))
    qtbot.waitUntil(lambda: plot.last_tooltip != "")
    assert plot.last_tooltip.startswith("Ivan\nRevenue: ")
    assert "3" in plot.last_tooltip and "700" in plot.last_tooltip and "UAH" in plot.last_tooltip
    view = open_screen("heatmap")
    grid = view.panels[0].plot
    assert isinstance(grid, GridPlot)
    qtbot.wait(100)  # the new screen's layout settles
    # Ann's visit on Monday 2026-03-02 at 10:00.
    qtbot.mouseMove(grid.viewport(), grid.widget_point((10, 0)))
    qtbot.waitUntil(lambda: grid.last_tooltip != "")
    assert grid.last_tooltip == "Mon, 10: 1"


def test_double_click_on_a_bar_lists_its_clients_and_opens_a_card(
    qtbot, open_screen, ui, ids
) -> None:
    view = open_screen("growth")
    plot = view.panels[0].plot
    # The "departed" bar of 2026-05: Dan.
    double_click(qtbot, plot.viewport(), plot.widget_point((1, 6)))
    (dialog,) = dialogs()
    qtbot.addWidget(dialog)
    wait_loaded(qtbot, dialog)
    assert [c.name for c in dialog.model.clients] == ["Dan"]
    assert dialog.windowTitle() == "Departed in 2026-05"
    assert "left on" in dialog.model.data(dialog.model.index(0, 2))
    with qtbot.waitSignal(ui.events.sig_open_client) as opened:
        rect = dialog.table.visualRect(dialog.model.index(0, 0))
        double_click(qtbot, dialog.table.viewport(), rect.center())
    assert opened.args == [ids["dan"]]
    dialog.close()


def test_double_click_on_a_row_or_cell(qtbot, open_screen, ui, ids) -> None:
    view = open_screen("lost")
    with qtbot.waitSignal(ui.events.sig_open_client) as opened:
        click_row(qtbot, view, "rows", 0, double=True)
    assert opened.args == [ids["gus"]]  # a row that is a client opens the card
    view = open_screen("gaps")
    matrix = view.panels[1].plot
    order = [r["department_id"] for r in view.computed.result.rows]
    # Used maintenance but not tyres in the 365 days: Bob, Cat, Dan, Hal.
    cell = (order.index(ids["tyres"]), order.index(ids["maint"]))
    double_click(qtbot, matrix.viewport(), matrix.widget_point(cell))
    (dialog,) = dialogs()
    qtbot.addWidget(dialog)
    wait_loaded(qtbot, dialog)
    assert [c.name for c in dialog.model.clients] == ["Bob", "Cat", "Dan", "Hal"]
    dialog.close()


def test_call_list_from_lost_clients(qtbot, open_screen, sessions, ids) -> None:
    view = open_screen("lost")
    assert view.call_button.isEnabled()
    qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs()
    qtbot.addWidget(dialog)
    wait_loaded(qtbot, dialog)
    assert [c.name for c in dialog.model.clients] == ["Gus"]
    assert dialog.note.text() == "Lost client: invite back"
    dialog.due_on.setDate(dt.date(2026, 11, 25))
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Added"))
    assert dialog.outcome.text() == "Added 1 reminder(s)."
    with sessions() as session:
        rows = session.execute(select(Reminder.client_id, Reminder.due_on, Reminder.note)).all()
    assert rows == [(ids["gus"], dt.date(2026, 11, 25), "Lost client: invite back")]
    dialog.close()


def test_call_list_of_gaps_candidates_skips_do_not_contact(
    qtbot, open_screen, sessions, ids
) -> None:
    view = open_screen("gaps")
    assert not view.call_button.isEnabled()  # no department chosen: no candidates
    with qtbot.waitSignal(view.sig_shown, timeout=20_000):
        view.department.setCurrentIndex(view.department.findData(ids["tyres"]))
    assert "candidates" in view.tables.views
    qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs()
    qtbot.addWidget(dialog)
    wait_loaded(qtbot, dialog)
    # Active clients missing tyres who may be called: Bob and Hal (Cat: do not contact,
    # Dan: departed are not candidates).
    assert [c.name for c in dialog.model.clients] == ["Bob", "Hal"]
    assert dialog.note.text() == "Offer: Tyres"
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Added"))
    with sessions() as session:
        called = set(session.scalars(select(Reminder.client_id)))
    assert called == {ids["bob"], ids["hal"]}
    dialog.close()


def test_call_list_dialog_reports_skipped_clients(qtbot, open_screen, sessions, ids) -> None:
    """From a drill-down that lists a do-not-contact client (Cat, a radio client)."""
    view = open_screen("sources")
    radio = next(i for i, r in enumerate(view.computed.result.rows) if r["source"] == "Radio")
    click_row(qtbot, view, "rows", radio, double=True)
    (dialog,) = dialogs()
    qtbot.addWidget(dialog)
    wait_loaded(qtbot, dialog)
    assert [c.name for c in dialog.model.clients] == ["Cat", "Fay"]
    assert dialog.model.data(dialog.model.index(0, 2)) == "do not contact"
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.text().startswith("Added"))
    assert dialog.outcome.text() == (
        "Added 1 reminder(s). Skipped 1 who asked not to be contacted."
    )
    with sessions() as session:
        assert session.scalars(select(Reminder.client_id)).all() == [ids["fay"]]
    dialog.close()


def test_cohort_drop_outs_need_a_cohort(qtbot, open_screen, ids) -> None:
    view = open_screen("cohorts")
    assert not view.call_button.isEnabled()
    first = next(i for i, r in enumerate(view.computed.result.rows) if r["cohort"] == "2026-01")
    click_row(qtbot, view, "rows", first)
    assert view.call_button.isEnabled()
    qtbot.mouseClick(view.call_button, Qt.MouseButton.LeftButton)
    (dialog,) = dialogs()
    qtbot.addWidget(dialog)
    wait_loaded(qtbot, dialog)
    assert [c.name for c in dialog.model.clients] == []  # Bob came back
    dialog.close()


def test_export_csv_and_xlsx(qtbot, open_screen, monkeypatch, tmp_path) -> None:
    view = open_screen("masters")
    target = tmp_path / "masters.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.export.sig_saved) as saved:
        view.export.csv_action.trigger()
    assert saved.args == [str(target), 2]
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["Employee ID", "Master", "Visits"]
    assert rows[1][1:4] == ["Ivan", "4", "3700.00"]
    assert view.status.text().startswith("Saved 2 row(s) to")
    workbook = tmp_path / "masters.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(workbook), ""))
    with qtbot.waitSignal(view.export.sig_saved):
        view.export.xlsx_action.trigger()
    sheet = load_workbook(workbook).active
    assert sheet["B2"].value == "Ivan" and sheet["D2"].value == 3700


def test_a_newer_period_supersedes_the_older(qtbot, open_screen, page) -> None:
    view = open_screen("growth")
    shown = []
    view.sig_shown.connect(shown.append)
    with qtbot.waitSignal(view.sig_shown, timeout=20_000):
        page.period_bar.set_period("this_year", dt.date(2026, 11, 23))
        page.period_bar.set_period("this_month", dt.date(2026, 3, 31))
    qtbot.wait(200)
    assert shown == ["growth"]  # the first answer was dropped
    assert [r["month"] for r in view.computed.result.rows] == ["2026-03"]


def test_save_as_pdf_and_print(qtbot, open_screen, monkeypatch, tmp_path) -> None:
    view = open_screen("masters")
    target = tmp_path / "masters.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(view.paper.sig_saved, timeout=20_000) as saved:
        qtbot.mouseClick(view.paper.pdf_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(target)]
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Ivan" in text and "Petro" in text
    assert view.status.text() == f"Saved the PDF to {target}"

    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    with qtbot.waitSignal(view.paper.sig_printed):
        qtbot.mouseClick(view.paper.print_button, Qt.MouseButton.LeftButton)
    text = "".join(page.extract_text() for page in PdfReader(printed).pages)
    assert "Masters" in text and "Ivan" in text and "3" in text
