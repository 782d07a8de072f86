"""The period of the report screens: presets, custom from/to, and the as-of day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.ui.reports.tasks import Period

PRESETS = ("this_month", "last_month", "this_year", "last_12_months", "custom")
DEFAULT_PRESET = "last_12_months"  # reports.md's default: the 365 days ending as_of
DEBOUNCE_MS = 250


def preset_range(preset: str, as_of: dt.date) -> tuple[dt.date, dt.date]:
    """The days of a preset seen from ``as_of`` (never past it)."""
    if preset == "this_month":
        return as_of.replace(day=1), as_of
    if preset == "last_month":
        last = as_of.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if preset == "this_year":
        return as_of.replace(month=1, day=1), as_of
    if preset == "last_12_months":
        return as_of - dt.timedelta(days=364), as_of
    raise ValueError(f"no preset {preset!r}")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodBar(QWidget):
    sig_changed = Signal(object)
    """The period changed (a ``Period``), after the person stopped typing for a moment."""

    def __init__(self, today: dt.date, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.preset = QComboBox()
        titles = {
            "this_month": self.tr("This month"),
            "last_month": self.tr("Last month"),
            "this_year": self.tr("This year"),
            "last_12_months": self.tr("Last 12 months"),
            "custom": self.tr("Custom"),
        }
        for key in PRESETS:
            self.preset.addItem(titles[key], key)
        self.date_from, self.date_to, self.as_of = QDateEdit(), QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to, self.as_of):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setDate(_qdate(today))
        self.as_of.setToolTip(self.tr("Count only what was known on this evening"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        layout.addWidget(self.preset)
        layout.addWidget(QLabel(self.tr("from")))
        layout.addWidget(self.date_from)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.date_to)
        layout.addSpacing(16)
        layout.addWidget(QLabel(self.tr("As of:")))
        layout.addWidget(self.as_of)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.sig_changed.emit(self.period()))

        stored = str(settings.value("reports/preset", DEFAULT_PRESET))
        self.preset.setCurrentIndex(PRESETS.index(stored) if stored in PRESETS else 3)
        self._apply_preset()
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.as_of.dateChanged.connect(self._as_of_changed)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)

    def period(self) -> Period:
        return Period(
            self.as_of.date().toPython(),
            self.date_from.date().toPython(),
            self.date_to.date().toPython(),
        )

    def set_period(self, preset: str, as_of: dt.date) -> None:
        """Choose a preset seen from ``as_of``, at once (no typing to wait for)."""
        for widget in (self.as_of, self.preset):
            widget.blockSignals(True)
        self.as_of.setDate(_qdate(as_of))
        self.preset.setCurrentIndex(PRESETS.index(preset))
        for widget in (self.as_of, self.preset):
            widget.blockSignals(False)
        self._apply_preset()
        self._timer.stop()
        self.sig_changed.emit(self.period())

    def _preset_chosen(self) -> None:
        self._settings.setValue("reports/preset", self.preset.currentData())
        self._apply_preset()
        self._timer.start()

    def _apply_preset(self) -> None:
        """Show the preset's days; the dates are editable only for "custom"."""
        key = self.preset.currentData()
        custom = key == "custom"
        as_of = self.as_of.date().toPython()
        for edit in (self.date_from, self.date_to):
            edit.setReadOnly(not custom)
            edit.blockSignals(True)
        self.date_to.setMaximumDate(_qdate(as_of))
        if not custom:
            first, last = preset_range(key, as_of)
            self.date_to.setDate(_qdate(last))
            self.date_from.setDate(_qdate(first))
        self.date_from.setMaximumDate(self.date_to.date())
        for edit in (self.date_from, self.date_to):
            edit.blockSignals(False)

    def _as_of_changed(self) -> None:
        self._apply_preset()
        self._timer.start()

    def _dates_edited(self) -> None:
        self.date_from.blockSignals(True)
        self.date_from.setMaximumDate(self.date_to.date())
        self.date_from.blockSignals(False)
        self._timer.start()
