"""The key numbers as cards: the value, and its change against the previous period and a
year ago (an arrow, coloured by whether the change is good for the shop)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.ui.reports.chart_data import BAD, GOOD
from app.ui.reports.values import NO_VALUE, cell_text, kpi_kind, label_text

LOWER_IS_BETTER = frozenset({"avg_interval_days"})
SAME = "#777777"
STYLE = (
    "#kpiCard { background: #ffffff; border: 1px solid #d8dee4; border-radius: 6px; }"
    "#kpiTitle { color: #555555; font-size: 9pt; }"
    "#kpiValue { font-size: 16pt; font-weight: 600; color: #1f2d3d; }"
)
CARD_WIDTH = 240  # a card with a money value in 16 pt fits in about this much


def change_text(metric: str, value: Any, other: Any) -> tuple[str, str]:
    """(text, colour) of the change from ``other`` to ``value``: relative, in percent;
    for shares the difference in percentage points."""
    if value is None or other is None:
        return NO_VALUE, SAME
    locale = QLocale()
    if kpi_kind(metric) == "share":
        delta = (float(value) - float(other)) * 100
        amount = f"{locale.toString(abs(delta), 'f', 1)} pp"
    else:
        if not other:
            return NO_VALUE, SAME
        delta = (float(value) - float(other)) / abs(float(other)) * 100
        amount = f"{locale.toString(abs(delta), 'f', 1)} %"
    if round(delta, 1) == 0:
        return f"= {amount}", SAME
    up = delta > 0
    good = up != (metric in LOWER_IS_BETTER)
    return f"{'▲' if up else '▼'} {amount}", GOOD if good else BAD


class KpiCard(QFrame):
    def __init__(self, metric: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_key = metric
        self.setObjectName("kpiCard")
        self.title = QLabel(label_text(metric))
        self.title.setObjectName("kpiTitle")
        self.value = QLabel(NO_VALUE)
        self.value.setObjectName("kpiValue")
        self.previous = QLabel()
        self.year_ago = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.previous, self.year_ago):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)

    def show_row(self, row: Mapping[str, Any], currency: str) -> None:
        kind = kpi_kind(self.metric_key)
        self.value.setText(cell_text(row["value"], kind, currency))
        for label, key, words in (
            (self.previous, "previous", self.tr("vs previous period")),
            (self.year_ago, "year_ago", self.tr("vs a year ago")),
        ):
            text, colour = change_text(self.metric_key, row["value"], row[key])
            label.setText(
                f"<span style='color:{colour}'>{text}</span> "
                f"<span style='color:#777'>{words}</span>"
            )
            was = cell_text(row[key], kind, currency)
            label.setToolTip(self.tr("Then: %1").replace("%1", was))


class KpiCards(QWidget):
    """A card per metric of the kpi report, in its order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: dict[str, KpiCard] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet(STYLE)  # one sheet for all cards: styling each card is slow
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)

        self._columns = 0

    def show_rows(self, rows: tuple[Mapping[str, Any], ...], currency: str) -> None:
        for row in rows:
            card = self.cards.get(row["metric"])
            if card is None:
                card = self.cards[row["metric"]] = KpiCard(row["metric"])
                self._columns = 0  # lay out again with the new card
            card.show_row(row, currency)
        self._flow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow()

    def _flow(self) -> None:
        """As many cards a row as the width holds, so none is cut off on a narrow window."""
        columns = max(1, min(len(self.cards), self.width() // CARD_WIDTH))
        if columns == self._columns:
            return
        self._columns = columns
        for n, card in enumerate(self.cards.values()):
            self._grid.removeWidget(card)
            self._grid.addWidget(card, n // columns, n % columns)
