"""The tables of a report screen: the main rows and every extra table, one tab each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.reports.base import ReportResult, Table
from app.ui.reports.chart_data import Target
from app.ui.reports.table_model import ReportTableModel
from app.ui.reports.values import cell_text, kpi_kind, label_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

WIDTHS = {"text": 160, "list": 280, "money": 110, "date": 90, "share": 80}
SAMPLE_ROWS = 40  # column widths fit the first rows (never measured over a whole table)
MAX_WIDTH = 360


def tab_title(key: str) -> str:
    return {
        "rows": translate("ReportTables", "Table"),
        "clients": translate("ReportTables", "Clients"),
        "matrix": translate("ReportTables", "Used but not"),
        "candidates": translate("ReportTables", "Candidates"),
        "segments": translate("ReportTables", "Segments"),
        "grid": translate("ReportTables", "R x F"),
        "periods": translate("ReportTables", "Periods"),
    }.get(key, key)


def model_options(result: ReportResult, key: str) -> dict[str, Any]:
    """How a table of a report reads: names for ids, spread lists, per-row kinds."""
    if result.name == "gaps" and key == "matrix":
        names = {r["department_id"]: r["department"] for r in result.rows}
        return {"id_names": {"from_id": names, "to_id": names}}
    if result.name == "cohorts" and key == "rows":
        return {"spread": {"retained": translate("ReportTables", "Month +{n}")}}
    if result.name == "kpi" and key == "rows":
        return {
            "kind_of": lambda row, column: kpi_kind(row["metric"]) if column != "metric" else "text"
        }
    return {}


def record_text(key: str, record: Mapping[str, Any], currency: str) -> str:
    """An extra record ("total") as one line."""
    parts = []
    for name, value in record.items():
        kind = "share" if name.endswith("rate") else "int"
        parts.append(f"{label_text(name).replace('_', ' ')}: {cell_text(value, kind, currency)}")
    title = translate("ReportTables", "Total") if key == "total" else key
    return f"{title}: " + ", ".join(parts)


class ReportTables(QWidget):
    sig_rows_selected = Signal(str, object)
    """Rows of a table (key, set of report row numbers) were selected."""

    sig_activated = Signal(object)
    """A cell was double-clicked (a ``Target``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.records = QLabel()
        self.records.setWordWrap(True)
        self.records.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.records)
        self.views: dict[str, QTableView] = {}
        self.models: dict[str, ReportTableModel] = {}
        self._result: ReportResult | None = None

    def show_result(self, result: ReportResult, currency: str) -> None:
        self._result = result
        tables = {"rows": result.table} | {
            k: v for k, v in result.extras.items() if isinstance(v, Table)
        }
        records = [
            record_text(k, v, currency)
            for k, v in result.extras.items()
            if not isinstance(v, Table)
        ]
        self.records.setText("\n".join(records))
        self.records.setVisible(bool(records))
        current = self.current_key()
        for key in list(self.views):
            if key not in tables:
                self.tabs.removeTab(self.tabs.indexOf(self.views.pop(key)))
                self.models.pop(key).deleteLater()
        for key, data in tables.items():
            if key not in self.views:
                self._add_tab(key)
            model = self.models[key]
            model.set_table(data, currency, **model_options(result, key))
            self.views[key].horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self._size_columns(key)
        if current in self.views:
            self.tabs.setCurrentWidget(self.views[current])

    def current_key(self) -> str | None:
        widget = self.tabs.currentWidget()
        return next((k for k, v in self.views.items() if v is widget), None)

    def _add_tab(self, key: str) -> None:
        model = ReportTableModel(self)
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSortingEnabled(True)
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # report order
        view.setAlternatingRowColors(True)
        view.verticalHeader().setDefaultSectionSize(22)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selected(key))
        view.doubleClicked.connect(lambda index: self._double_clicked(key, index))
        self.views[key] = view
        self.models[key] = model
        self.tabs.addTab(view, tab_title(key))

    def _size_columns(self, key: str) -> None:
        view, model = self.views[key], self.models[key]
        header = view.horizontalHeader().fontMetrics()
        cells = view.fontMetrics()
        sample = range(min(model.rowCount(), SAMPLE_ROWS))
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            needed = header.horizontalAdvance(title) + 28  # room for the sort arrow
            for row in sample:
                text = model.data(model.index(row, column)) or ""
                needed = max(needed, cells.horizontalAdvance(text) + 16)
            width = max(WIDTHS.get(model.column_kind(column), 70), needed)
            view.setColumnWidth(column, min(width, MAX_WIDTH))

    def selected_rows(self, key: str) -> set[int]:
        view, model = self.views[key], self.models[key]
        return {model.source_row(i.row()) for i in view.selectionModel().selectedRows()}

    def _selected(self, key: str) -> None:
        self.sig_rows_selected.emit(key, self.selected_rows(key))

    def _double_clicked(self, key: str, index: Any) -> None:
        model = self.models[key]
        row = model.row_values(model.source_row(index.row()))
        self.sig_activated.emit(Target(key, row, model.column_key(index.column())))

    def select_row(self, key: str, source_row: int) -> None:
        """Select a report row (from a click on the chart) and bring it into view."""
        if key not in self.views:
            return
        view, model = self.views[key], self.models[key]
        self.tabs.setCurrentWidget(view)
        view_row = model.view_row(source_row)
        first, last = model.index(view_row, 0), model.index(view_row, model.columnCount() - 1)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        view.selectionModel().select(QItemSelection(first, last), flags)
        view.scrollTo(first)
