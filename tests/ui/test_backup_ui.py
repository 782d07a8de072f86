"""The Backups tab of Settings: the owner's list, back up now, restore with confirmation."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.db import write_session
from app.services import clients
from app.services.clients import ClientInput
from app.ui.settings.backups import BackupsPanel
from app.ui.settings.page import SettingsPage


def names_in(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        rows = [row[0] for row in conn.execute("SELECT name FROM clients ORDER BY id")]
    conn.close()
    return rows


def add_client(sessions, clock, name: str, phone: str) -> None:
    with write_session(sessions) as session:
        clients.create_client(session, ClientInput(name, phone), clock)


def make_panel(qtbot, ui) -> BackupsPanel:
    panel = BackupsPanel(ui)
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    panel.show()
    return panel


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def table_texts(panel: BackupsPanel) -> list[str]:
    return [panel.table.item(row, 0).text() for row in range(panel.table.rowCount())]


def test_the_owner_sees_the_tab_and_the_admin_does_not(qtbot, ui, admin_ui) -> None:
    owner = SettingsPage(ui)
    qtbot.addWidget(owner)
    admin = SettingsPage(admin_ui)
    qtbot.addWidget(admin)
    titles = [owner.tabs.tabText(i) for i in range(owner.tabs.count())]
    assert owner.tabs.widget(titles.index("Backups")) is owner.backups
    assert admin.backups is None
    assert "Backups" not in [admin.tabs.tabText(i) for i in range(admin.tabs.count())]


def test_back_up_now_lists_the_copy(qtbot, ui, sessions, clock, db_path) -> None:
    add_client(sessions, clock, "Олена Ковальчук", "050 123 45 67")
    panel = make_panel(qtbot, ui)
    qtbot.waitUntil(lambda: panel.folder.text() != "")
    assert panel.folder.text() == f"Backups folder: {db_path.parent / 'backups'}"
    assert panel.table.rowCount() == 0
    click(qtbot, panel.back_up_button)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    copy = db_path.parent / "backups" / "pitstop-2026-11-23.db"
    assert panel.done.text() == f"Backed up to {copy}"
    assert table_texts(panel) == ["Daily copy: pitstop-2026-11-23.db"]
    assert panel.table.item(0, 2).text().endswith(" KB")
    assert names_in(copy) == ["Олена Ковальчук"]
    assert panel.back_up_button.isEnabled()


def test_restore_asks_first_then_replaces_and_closes(
    qtbot, ui, sessions, clock, db_path, tmp_path, monkeypatch
) -> None:
    add_client(sessions, clock, "Олена Ковальчук", "050 123 45 67")
    panel = make_panel(qtbot, ui)
    click(qtbot, panel.back_up_button)
    copy = db_path.parent / "backups" / "pitstop-2026-11-23.db"
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    add_client(sessions, clock, "Петро Бондар", "067 765 43 21")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    asked: list[str] = []

    def answer(button):
        def ask(_parent, _title, text, *_args):
            asked.append(text)
            return button

        return ask

    # First the person says no: nothing changes.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    click(qtbot, panel.restore_button)
    assert "All data in the database will be replaced" in asked[0] and str(copy) in asked[0]
    assert names_in(db_path) == ["Олена Ковальчук", "Петро Бондар"]
    # Then yes.
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    with qtbot.waitSignal(panel.sig_restored, timeout=20000) as restored:
        click(qtbot, panel.restore_button)
    result = restored.args[0]
    assert names_in(db_path) == ["Олена Ковальчук"]
    assert names_in(result.before_restore) == ["Олена Ковальчук", "Петро Бондар"]
    assert informed[0].startswith(f"The database was restored from {copy}.\n")
    assert informed[0].endswith("Pitstop closes now; start it again.")
    assert not panel.isVisible()  # its window closed


def test_restore_of_a_wrong_file_is_refused_in_place(
    qtbot, ui, sessions, clock, db_path, tmp_path, monkeypatch
) -> None:
    add_client(sessions, clock, "Олена Ковальчук", "050 123 45 67")
    wrong = tmp_path / "wrong.db"
    wrong.write_bytes(b"not a database at all\n" * 200)
    panel = make_panel(qtbot, ui)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(wrong), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    click(qtbot, panel.restore_button)
    qtbot.waitUntil(panel.error.isVisible)
    assert panel.error.text() == (
        f"{wrong} is not a sound Pitstop database: unreadable: file is not a database"
    )
    assert names_in(db_path) == ["Олена Ковальчук"]
    assert panel.restore_button.isEnabled() and panel.isVisible()
