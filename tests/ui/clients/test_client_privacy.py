"""The card's Privacy menu: export to a file, anonymise after a confirmation that names
the client, and nothing of it for an admin."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from app.models import Client
from app.ui.clients.card import ClientCardDialog
from app.ui.clients.privacy import PrivacyButton


def open_card(qtbot, ctx, client_id: int) -> ClientCardDialog:
    card = ClientCardDialog(ctx, client_id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None and card.card.client.id == client_id)
    return card


def test_the_owner_exports_the_client_data(qtbot, ui, desk, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "olena.json"
    monkeypatch.setattr(PrivacyButton, "choose_file", lambda self, client: target)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    card = open_card(qtbot, ui, desk.olena)
    button = card.privacy_button
    assert button.isVisible() and button.isEnabled()
    assert [a.text() for a in button.menu().actions() if a.isVisible()] == [
        "Export client data...",
        "Anonymise...",
    ]

    button.export_action.trigger()
    qtbot.waitUntil(lambda: told != [])
    assert told == [f"Everything stored about the client was saved to {target}."]
    dossier = json.loads(target.read_text(encoding="utf-8"))
    assert dossier["client"]["name"] == "Olena Kovalchuk"
    assert [v["plate"] for v in dossier["vehicles"]] == ["KA7777EX"]


def test_anonymising_asks_first_naming_the_client(qtbot, ui, desk, session, monkeypatch) -> None:
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(self, text: str) -> bool:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(PrivacyButton, "confirm", confirm)
    card = open_card(qtbot, ui, desk.olena)

    card.privacy_button.anonymise_action.trigger()  # No
    assert "Anonymise <b>Olena Kovalchuk</b>?" in asked[0]
    assert "This cannot be undone." in asked[0]
    session.rollback()  # a fresh read transaction sees the worker's commit
    assert session.get(Client, desk.olena).name == "Olena Kovalchuk"

    card.privacy_button.anonymise_action.trigger()  # Yes
    qtbot.waitUntil(lambda: card.windowTitle() == f"Anonymised client #{desk.olena}")
    session.rollback()  # a fresh read transaction sees the worker's commit
    client = session.get(Client, desk.olena)
    assert (client.phone, client.do_not_contact) == (f"anon-{desk.olena}", True)
    assert card.banner.text() == "Do not contact"


def test_an_admin_has_no_privacy_menu(qtbot, admin_ui, desk) -> None:
    card = open_card(qtbot, admin_ui, desk.olena)
    assert not card.privacy_button.allowed
    assert not card.privacy_button.isVisible()
    assert card.edit_button.isVisible()
