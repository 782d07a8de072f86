"""The desk's database choice: a file or the shop's PostgreSQL server, checked before it is kept."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from app.db import postgres_url, resolve_url, server_parts, sqlite_url
from app.ui.connection import DESK_URL_KEY, FILE, SERVER, ConnectionDialog


@pytest.fixture
def desk(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)


def test_urls_are_built_and_read_back() -> None:
    url = postgres_url("10.0.0.5", 5433, "shop", "desk", "p@ss:w/rd")
    assert url == "postgresql+psycopg://desk:p%40ss%3Aw%2Frd@10.0.0.5:5433/shop"
    assert server_parts(url) == ("10.0.0.5", 5433, "shop", "desk", "p@ss:w/rd")


def test_the_desks_choice_comes_after_the_command_line_and_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("PITSTOP_DATABASE_URL", raising=False)
    desk_url = "postgresql+psycopg://desk@server/shop"
    assert resolve_url(None, None, desk_url) == desk_url
    assert resolve_url(tmp_path / "a.db", None, desk_url) == sqlite_url(tmp_path / "a.db")
    assert resolve_url(None, "sqlite:///b.db", desk_url) == "sqlite:///b.db"
    monkeypatch.setenv("PITSTOP_DATABASE_URL", "sqlite:///c.db")
    assert resolve_url(None, None, desk_url) == "sqlite:///c.db"


def test_a_file_is_kept_for_the_desk(qtbot, desk: QSettings, tmp_path: Path) -> None:
    dialog = ConnectionDialog(desk, sqlite_url(tmp_path / "old.db"))
    qtbot.addWidget(dialog)
    assert dialog.kind.currentIndex() == FILE
    assert dialog.file.text() == str(tmp_path / "old.db")
    dialog.file.setText(str(tmp_path / "shop.db"))
    dialog.save()
    assert desk.value(DESK_URL_KEY) == sqlite_url(tmp_path / "shop.db")


def test_an_unreachable_server_is_refused_and_not_kept(qtbot, desk: QSettings) -> None:
    dialog = ConnectionDialog(desk, postgres_url("127.0.0.1", 1, "shop", "desk", "pw"))
    qtbot.addWidget(dialog)
    assert dialog.kind.currentIndex() == SERVER
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == ("127.0.0.1", 1, "desk")
    dialog.save()
    assert dialog.message.text().startswith("Cannot connect: ")
    assert desk.value(DESK_URL_KEY) is None


@pytest.mark.skipif(not os.environ.get("PITSTOP_TEST_PG_URL"), reason="no PostgreSQL server")
def test_the_shops_server_is_kept(qtbot, desk: QSettings) -> None:
    host, port, database, user, password = server_parts(os.environ["PITSTOP_TEST_PG_URL"])
    dialog = ConnectionDialog(desk, sqlite_url(Path("x.db")))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(SERVER)
    dialog.host.setText(host)
    dialog.port.setValue(port or 5432)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)
    dialog.test()
    assert dialog.message.text() == "Connected."
    dialog.save()
    assert desk.value(DESK_URL_KEY) == postgres_url(host, port or 5432, database, user, password)
