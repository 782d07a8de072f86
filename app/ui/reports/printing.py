"""A report screen on paper: "Save as PDF" (the PDF engine's A4 report) and "Print".

PySide6-Essentials has no QtPdf to render that PDF for a printer, so "Print"
prints what the screen shows: the charts as a picture, then the shown table
as a paginated HTML table (QTextDocument breaks pages and repeats nothing
but is exact), up to ``PRINTED_ROWS`` rows with a note when there are more.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QPixmap, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from app.reports.base import ReportResult
from app.reports.pdf import write_report_pdf
from app.ui.context import UiContext
from app.ui.format import date_text
from app.ui.reports.table_model import ReportTableModel

PRINTED_ROWS = 2000


def _pdf(_session: Any, result: ReportResult, path: Path, shop_name: str, currency: str) -> str:
    write_report_pdf(result, path, shop_name, currency)
    return str(path)


def _png(pixmap: QPixmap) -> str:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    return bytes(data.toBase64()).decode("ascii")


def print_html(title: str, heading: str, chart: QPixmap | None, model: ReportTableModel) -> str:
    """The page to print: title, period, the charts' picture, the shown table's rows."""
    parts = [f"<h2>{html.escape(title)}</h2><p>{html.escape(heading)}</p>"]
    if chart is not None and not chart.isNull():
        parts.append(f"<p><img src='data:image/png;base64,{_png(chart)}' width='640'></p>")
    columns = range(model.columnCount())
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
    head = "".join(f"<th>{html.escape(t)}</th>" for t in titles)
    body = []
    for row in range(min(model.rowCount(), PRINTED_ROWS)):
        cells = "".join(
            f"<td>{html.escape(str(model.data(model.index(row, c)) or ''))}</td>" for c in columns
        )
        body.append(f"<tr>{cells}</tr>")
    parts.append(
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )
    if model.rowCount() > PRINTED_ROWS:
        more = QCoreApplication.translate(
            "ReportPrinting", "The first %1 of %2 rows; the PDF has them all."
        )
        rows = str(model.rowCount())
        parts.append(f"<p>{more.replace('%1', str(PRINTED_ROWS)).replace('%2', rows)}</p>")
    return "".join(parts)


class PaperButtons(QObject):
    """The "Save as PDF" and "Print" buttons of a report screen."""

    sig_saved = Signal(str)
    """The PDF was written (its path)."""

    sig_printed = Signal()
    """The screen went to the printer."""

    def __init__(
        self,
        ctx: UiContext,
        chart: Callable[[], QPixmap | None],
        shown_model: Callable[[], ReportTableModel | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._chart = chart
        self._shown_model = shown_model
        self._result: ReportResult | None = None
        self._currency = ""
        self._shop = ""
        self._title = ""
        self.pdf_button = QPushButton(self.tr("Save as PDF..."))
        self.print_button = QPushButton(self.tr("Print..."))
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_screen)

    def set_result(self, result: ReportResult, currency: str, shop_name: str, title: str) -> None:
        self._result, self._currency, self._shop, self._title = result, currency, shop_name, title
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(True)

    def save_pdf(self) -> None:
        if self._result is None:
            return
        params = self._result.params
        suggested = f"{self._result.name}-{params.date_from}-{params.date_to}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            work = partial(
                _pdf,
                result=self._result,
                path=Path(path),
                shop_name=self._shop,
                currency=self._currency,
            )
            self._ctx.worker.read(work, self.sig_saved.emit, name="report pdf")

    def print_screen(self) -> None:
        model = self._shown_model()
        if self._result is None or model is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        params = self._result.params
        heading = (
            self.tr("%1 to %2, as of %3")
            .replace("%1", date_text(params.date_from))
            .replace("%2", date_text(params.date_to))
            .replace("%3", date_text(params.as_of))
        )
        title = f"{self._shop}: {self._title}"
        document = QTextDocument()
        document.setHtml(print_html(title, heading, self._chart(), model))
        document.print_(printer)
        self.sig_printed.emit()
