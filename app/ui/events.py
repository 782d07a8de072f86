"""App-wide notices: what changed in the database (style.md point 4)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    sig_data_changed = Signal(object)
    """A ``Changes`` notice after any write: tables mark their cache stale, charts re-query."""

    sig_open_client = Signal(int)
    """Someone asked to open a client's card (a report row, a reminder, a search hit)."""
