"""One report's screen: its options, its charts and tables in sync, drill-down and actions.

The same view serves every report; what differs per report is its charts
(``charts.CHARTS``), its drill-downs and call list (``drill``) and how its
tables read (``tables.model_options``). The report is computed on the
database worker through ``Latest``: a newer request (another period, another
department) supersedes an older one, and a veil shows while it computes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.reports import REPORTS
from app.services import catalog
from app.services.access import Permission
from app.services.errors import ValidationError
from app.ui.clients.refusals import refusal_text
from app.ui.context import UiContext
from app.ui.format import date_text
from app.ui.reports.busy import BusyOverlay
from app.ui.reports.chart_build import Chart
from app.ui.reports.chart_data import Target
from app.ui.reports.chart_panel import ChartPanel
from app.ui.reports.charts import CHARTS, table_of
from app.ui.reports.clients_dialog import ClientListDialog
from app.ui.reports.drill import (
    CALL_LIST_REPORTS,
    ClientList,
    call_list,
    drill,
    has_call_list,
)
from app.ui.reports.exporting import ExportButton
from app.ui.reports.kpi_cards import KpiCards
from app.ui.reports.printing import PaperButtons
from app.ui.reports.screen import LazyScreen, Steps
from app.ui.reports.table_model import ReportTableModel
from app.ui.reports.tables import ReportTables
from app.ui.reports.tasks import Computed, Period, compute_report, settle_heap
from app.ui.worker import Latest


def report_title(name: str) -> str:
    return QCoreApplication.translate("Reports", REPORTS[name].title)


class ReportView(LazyScreen):
    sig_shown = Signal(str)
    """A computed report is on screen (its name): charts and tables are filled."""

    def __init__(self, ctx: UiContext, name: str, period: Period, parent: QWidget | None = None):
        super().__init__(period, parent)
        self._ctx = ctx
        self.name = name
        self.computed: Computed | None = None
        self.panels: list[ChartPanel] = []
        self._latest = Latest(ctx.worker)
        self._steps = Steps(self)
        spec = REPORTS[name]
        self.tables = ReportTables()
        self.tables.sig_rows_selected.connect(self._rows_selected)
        self.tables.sig_activated.connect(self.activate)

        self.heading = QLabel(f"<b>{report_title(name)}</b>")
        self.heading.setStyleSheet("font-size: 12pt;")
        self.status = QLabel()
        self.status.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addSpacing(12)
        self.department: QComboBox | None = None
        if spec.uses_department:
            self.department = QComboBox()
            self.department.addItem(self.tr("Candidates for: (choose a department)"), None)
            self.department.currentIndexChanged.connect(self._option_changed)
            bar.addWidget(self.department)
            ctx.worker.read(catalog.list_departments, self._fill_departments, name="departments")
        self.limit: QSpinBox | None = None
        if spec.uses_limit:
            self.limit = QSpinBox()
            self.limit.setRange(1, 100_000)
            self.limit.setValue(spec.default_limit or 50)
            self.limit.setPrefix(self.tr("Show top "))
            self.limit.editingFinished.connect(self._option_changed)
            bar.addWidget(self.limit)
        bar.addStretch(1)
        self.call_button = QPushButton(self.tr("Add to call list..."))
        self.call_button.setVisible(name in CALL_LIST_REPORTS)
        self.call_button.setEnabled(False)
        self.call_button.clicked.connect(self._call_list)
        bar.addWidget(self.call_button)
        self.export = ExportButton(ctx, self.tables.current_key, self)
        self.export.sig_saved.connect(self._saved)
        self.export.setVisible(ctx.actor.may(Permission.EXPORT))
        bar.addWidget(self.export)
        self.paper = PaperButtons(ctx, self.chart_picture, self.shown_model, self)
        self.paper.sig_saved.connect(lambda path: self._saved(path, -1))
        bar.addWidget(self.paper.pdf_button)
        bar.addWidget(self.paper.print_button)

        self.chart_area = QWidget()
        self._chart_layout = QHBoxLayout(self.chart_area)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.cards: KpiCards | None = None
        if name == "kpi":
            self.cards = KpiCards()
            self._chart_layout.addWidget(self.cards, 0, Qt.AlignmentFlag.AlignTop)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.chart_area)
        self.splitter.addWidget(self.tables)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([260, 500] if name == "kpi" else [600, 400])
        self.chart_area.setMinimumHeight(200)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.splitter)
        self.busy = BusyOverlay(self.body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.body, 1)

    # --- computing ----------------------------------------------------------------

    def refresh(self) -> None:
        self.stale = False
        self.busy.set_busy(True)
        work = partial(
            compute_report,
            name=self.name,
            period=self.period,
            limit=self.limit.value() if self.limit else None,
            department_id=self.department.currentData() if self.department else None,
        )
        self._latest.read(work, self._show, self._refused, name=f"report {self.name}")

    def _option_changed(self) -> None:
        self.stale = True
        self.refresh()

    def _refused(self, error: ValidationError) -> None:
        self.busy.set_busy(False)
        self.status.setText(refusal_text(error))

    def _show(self, computed: Computed) -> None:
        """Draw a computed report: the tables, then each chart, one per turn of the loop."""
        self.computed = computed
        result = computed.result
        params = result.params
        self.status.setText(
            self.tr("%1 to %2, as of %3")
            .replace("%1", date_text(params.date_from))
            .replace("%2", date_text(params.date_to))
            .replace("%3", date_text(params.as_of))
        )
        for panel in self.panels:
            self._chart_layout.removeWidget(panel)
            panel.deleteLater()
        self.panels = []
        charts = CHARTS[self.name](result)
        self._steps.run(
            [
                partial(self._show_tables, computed),
                *(partial(self._add_panel, chart, computed) for chart in charts),
                self._shown,
            ]
        )

    def _show_tables(self, computed: Computed) -> None:
        result = computed.result
        if self.cards is not None:
            self.cards.show_rows(result.rows, computed.currency)
        self.tables.show_result(result, computed.currency)
        self.export.set_result(result, computed.currency)
        self.paper.set_result(
            result, computed.currency, computed.shop_name, report_title(self.name)
        )
        self._update_call_button()

    def _add_panel(self, chart: Chart, computed: Computed) -> None:
        panel = ChartPanel(chart, table_of(computed.result, chart.table).rows, computed.currency)
        if panel.plot is not None:
            panel.plot.sig_row_clicked.connect(self.tables.select_row)
            panel.plot.sig_activated.connect(self.activate)
        self._chart_layout.addWidget(panel, 1)
        self.panels.append(panel)

    def _shown(self) -> None:
        settle_heap()
        self.busy.set_busy(False)
        self.sig_shown.emit(self.name)

    def _saved(self, path: str, rows: int) -> None:
        """A file was written: ``rows`` of a table, or -1 for a PDF."""
        if rows < 0:
            self.status.setText(self.tr("Saved the PDF to %1").replace("%1", path))
        else:
            self.status.setText(self.tr("Saved %n row(s) to %1", "", rows).replace("%1", path))

    def chart_picture(self) -> QPixmap | None:
        """The charts (or cards) as on screen, for printing."""
        return self.chart_area.grab() if self.panels or self.cards else None

    def shown_model(self) -> ReportTableModel | None:
        key = self.tables.current_key()
        return self.tables.models.get(key) if key else None

    def _fill_departments(self, departments: tuple[catalog.NamedRecord, ...]) -> None:
        assert self.department is not None
        self.department.blockSignals(True)
        for record in departments:
            self.department.addItem(record.name, record.id)
        self.department.blockSignals(False)

    # --- selection, drill-down, call list -----------------------------------------------

    def _rows_selected(self, table: str, rows: set[int]) -> None:
        for panel in self.panels:
            panel.highlight(table, rows)
        self._update_call_button()

    def activate(self, target: Target) -> None:
        """A double click on a bar, cell or row: open the client, or list the clients."""
        if self.computed is None:
            return
        found = drill(self.computed.result, target)
        if isinstance(found, int):
            self._ctx.events.sig_open_client.emit(found)
        elif isinstance(found, ClientList):
            self.open_clients(found)

    def open_clients(self, clients: ClientList) -> ClientListDialog:
        dialog = ClientListDialog(self._ctx, clients, self)
        dialog.show()
        return dialog

    def _selected_main_row(self) -> dict | None:
        if self.computed is None:
            return None
        rows = sorted(self.tables.selected_rows("rows"))
        return dict(self.computed.result.rows[rows[0]]) if rows else None

    def _update_call_button(self) -> None:
        result = self.computed.result if self.computed else None
        self.call_button.setEnabled(
            result is not None and has_call_list(result, self._selected_main_row())
        )
        if self.name == "cohorts":
            self.call_button.setToolTip(
                self.tr("Clients of the selected cohort who never came back")
            )

    def _call_list(self) -> None:
        if self.computed is None:
            return
        people = call_list(self.computed.result, self._selected_main_row())
        if people is not None:
            self.open_clients(people)
