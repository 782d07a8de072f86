"""Chart axes: values in the person's locale, and category names that never overlap.

A category axis labels categories 0, 1, 2... (cells of a grid are offset by
half a unit). It shows as many labels as fit in its length: every label when
there is room, every second, fifth... otherwise, always on multiples of the
step so that labels do not jump while scrolling.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics

GAP = 14  # pixels between two labels
ELIDED_MIN = 30  # an upright category narrower than this is thinned out, not shortened


class ValueAxis(pg.AxisItem):
    """Numbers in the person's locale, without pyqtgraph's SI prefixes; "%" for shares."""

    def __init__(self, orientation: str, kind: str) -> None:
        super().__init__(orientation)
        self.kind = kind
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        places = 0 if spacing >= 1 else 1 if spacing >= 0.1 else 2
        suffix = " %" if self.kind == "share" else ""
        return [locale.toString(float(v) * scale, "f", places) + suffix for v in values]


class CategoryAxis(pg.AxisItem):
    def __init__(self, orientation: str, labels: Sequence[str], offset: float = 0.0) -> None:
        super().__init__(orientation)
        self.labels = list(labels)
        self.offset = offset
        self.shown: list[int] = []  # the categories labelled at the last layout
        self._elide_px: int | None = None

    def label_extent(self) -> int:
        """Pixels one label needs along the axis."""
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        if self.orientation in ("left", "right"):
            return metrics.height() + 2
        widest = max((metrics.horizontalAdvance(t) for t in self.labels), default=0)
        return widest + GAP

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        low, high = sorted((minVal, maxVal))  # an inverted axis gives them the other way round
        first = max(0, math.ceil(low - self.offset - 0.01))
        last = min(len(self.labels) - 1, math.floor(high - self.offset + 0.01))
        if last < first or size <= 0:
            self.shown = []
            return []
        count = last - first + 1
        fit = max(1, int(size // max(self.label_extent(), 1)))
        self._elide_px = None
        per = size / count
        if fit < count and self.orientation in ("top", "bottom") and per >= ELIDED_MIN:
            self._elide_px = int(per - GAP / 2)  # every label, shortened with "..."
            fit = count
        step = _nice(math.ceil(count / fit))
        start = math.ceil(first / step) * step
        self.shown = list(range(start, last + 1, step))
        return [(float(step), [i + self.offset for i in self.shown])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        strings = []
        for value in values:
            index = round(value - self.offset)
            text = self.labels[index] if 0 <= index < len(self.labels) else ""
            if self._elide_px is not None:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self._elide_px)
            strings.append(text)
        return strings


def _nice(step: int) -> int:
    """1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 25, 30, 50... at least ``step``."""
    for nice in (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 25, 30, 50):
        if nice >= step:
            return nice
    return int(math.ceil(step / 50) * 50)
