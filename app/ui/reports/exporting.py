"""Export of a report screen's tables: the shown table as CSV, all tables as a workbook.

Files are written on the worker thread (a chain-scale table has 100,000 rows),
the window stays responsive, and the screen says where the file went.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from app.reports.base import ReportResult, Table
from app.services.table_export import export_csv, export_xlsx
from app.ui.context import UiContext
from app.ui.reports.charts import table_of
from app.ui.reports.tables import tab_title


def _csv(session: Any, data: Table, path: Path) -> int:
    return export_csv(session, data, path)


def _xlsx(session: Any, sheets: list[tuple[str, Table]], path: Path, currency: str) -> int:
    return export_xlsx(session, path, sheets, currency)


class ExportButton(QPushButton):
    sig_saved = Signal(str, int)
    """A file was written (its path, the rows in it)."""

    def __init__(
        self,
        ctx: UiContext,
        current_table: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("Export"))
        self._ctx = ctx
        self._current_table = current_table
        self._result: ReportResult | None = None
        self._currency = ""
        menu = QMenu(self)
        self.csv_action = menu.addAction(self.tr("Shown table as CSV..."), self.save_csv)
        self.xlsx_action = menu.addAction(
            self.tr("All tables as an Excel workbook..."), self.save_xlsx
        )
        self.setMenu(menu)
        self.setEnabled(False)

    def set_result(self, result: ReportResult, currency: str) -> None:
        self._result = result
        self._currency = currency
        self.setEnabled(True)

    def _suggested(self, suffix: str) -> str:
        assert self._result is not None
        params = self._result.params
        return f"{self._result.name}-{params.date_from}-{params.date_to}.{suffix}"

    def save_csv(self) -> None:
        if self._result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the table"), self._suggested("csv"), self.tr("CSV (*.csv)")
        )
        if path:
            key = self._current_table() or "rows"
            work = partial(_csv, data=table_of(self._result, key), path=Path(path))
            self._ctx.worker.read(work, lambda n: self.sig_saved.emit(path, n), name="export csv")

    def save_xlsx(self) -> None:
        if self._result is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the tables"), self._suggested("xlsx"), self.tr("Excel (*.xlsx)")
        )
        if path:
            result = self._result
            title = QCoreApplication.translate("Reports", result.title)
            sheets = [(title, result.table)] + [
                (tab_title(k), v) for k, v in result.extras.items() if isinstance(v, Table)
            ]
            work = partial(_xlsx, sheets=sheets, path=Path(path), currency=self._currency)
            self._ctx.worker.read(work, lambda n: self.sig_saved.emit(path, n), name="export xlsx")
