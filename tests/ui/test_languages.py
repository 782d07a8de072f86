"""The program starts in each language: navigation, Qt's own buttons and money read in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app import i18n
from app.i18n_qt import LANGUAGES, install

# What a few visible texts read in each language.
EXPECTED = {
    "en": {"clients": "Clients", "cancel": "Cancel", "money": "1,234.50 UAH"},
    "uk": {"clients": "Клієнти", "cancel": "Скасувати", "money": "1 234,50 UAH"},
    "ru": {"clients": "Клиенты", "cancel": "Отмена", "money": "1 234,50 UAH"},
    "ro": {"clients": "Clienți", "cancel": "Cancel", "money": "1.234,50 UAH"},  # Qt has no ro
}


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    installed = install(request.param)
    yield request.param
    installed.remove()


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_program_starts_in_each_language(qtbot, ui, language: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.format import money_text
    from app.ui.main_window import MainWindow
    from app.ui.pages import build_pages

    window = MainWindow(build_pages(ui), "shop.db", ui.settings)
    qtbot.addWidget(window)
    window.show()
    expected = EXPECTED[language]
    names = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert any(name.startswith(expected["clients"]) for name in names), names
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel.replace("&", "") == expected["cancel"]
    assert money_text(123450, "UAH").replace("\xa0", " ") == expected["money"]
    assert i18n.current().code == language
    window.close()
