"""The Settings row choosing the program's language (this desk only, from the next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from app import i18n
from app.i18n_qt import LANGUAGES, SETTINGS_KEY


class LanguageChooser(QWidget):
    """A list of the languages, each named in itself; the choice is kept in this desk's settings.

    Qt builds every text when a screen is made, so the new language shows
    after a restart; the row says so once a different language is picked.
    """

    sig_changed = Signal(str)
    """The language code chosen ("en", "uk", "ru", "ro")."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._started_with = i18n.current().code  # the language in use now
        self.combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(self.combo.findData(self._started_with))
        self.note = QLabel()
        self.note.setStyleSheet("color: #555;")
        self.combo.currentIndexChanged.connect(self._on_chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Language:")))
        layout.addWidget(self.combo)
        layout.addWidget(self.note, 1)

    def _on_chosen(self, _index: int) -> None:
        code = str(self.combo.currentData())
        self._settings.setValue(SETTINGS_KEY, code)
        restart = code != self._started_with
        self.note.setText(
            self.tr("The new language will be used after Pitstop CRM is restarted.")
            if restart
            else ""
        )
        self.sig_changed.emit(code)
