"""The main window: assembles the screens; holds no logic of its own."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow

from app.services.overview import Overview


class MainWindow(QMainWindow):
    def __init__(self, overview: Overview, database_label: str, settings: QSettings) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle("Pitstop CRM")
        self.setMinimumSize(760, 520)
        summary = QLabel(
            self.tr(
                "<h2>Pitstop CRM</h2><p>{clients} clients, {vehicles} cars, "
                "{visits} completed visits, {reminders} pending reminders.</p>"
            ).format(
                clients=overview.clients,
                vehicles=overview.vehicles,
                visits=overview.completed_visits,
                reminders=overview.pending_reminders,
            )
        )
        summary.setMargin(24)
        self.setCentralWidget(summary)
        self.statusBar().showMessage(self.tr("Database: {0}").format(database_label))
        geometry = settings.value("main_window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
