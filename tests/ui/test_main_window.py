from __future__ import annotations

from PySide6.QtCore import QSettings

from app.services.overview import Overview
from app.ui.main_window import MainWindow


def test_main_window_title_summary_and_geometry(qtbot, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Overview(12, 15, 340, 7), "/tmp/shop.db", settings)
    qtbot.addWidget(window)
    window.resize(780, 560)  # the offscreen screen is 800 x 600
    window.show()
    assert window.windowTitle() == "Pitstop CRM"
    assert "12 clients" in window.centralWidget().text()
    assert "340 completed visits" in window.centralWidget().text()
    assert "/tmp/shop.db" in window.statusBar().currentMessage()
    window.close()

    again = MainWindow(Overview(0, 0, 0, 0), "x", settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 560)
