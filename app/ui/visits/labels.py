"""Words for the visit statuses and inquiry channels, translated, and their colours."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

VISIT_STATUS_NAMES = {
    "planned": QT_TRANSLATE_NOOP("Labels", "Planned"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("Labels", "No-show"),
}
CHANNEL_NAMES = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "walk_in": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    "online": QT_TRANSLATE_NOOP("Labels", "Online"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
STATUS_COLOURS = {
    "completed": QColor("#1b5e20"),
    "cancelled": QColor("#757575"),
    "no_show": QColor("#b3261e"),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("Labels", VISIT_STATUS_NAMES.get(status, status))


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("Labels", CHANNEL_NAMES.get(channel, channel))
