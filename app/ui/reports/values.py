"""How a report's values read on screen: money with the shop currency, shares as percents.

Report values are plain Python (``Money`` in minor units, shares as 0..1
floats, dates, lists); these helpers turn them into text for tables and
tooltips and into the numbers a chart plots (money in major units, shares in
percent).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.i18n import QT_TRANSLATE_NOOP
from app.reports.base import Money
from app.ui.format import count_text, date_text, money_text

NUMERIC_KINDS = frozenset({"int", "money", "share", "number", "id"})
NO_VALUE = "\u2014"  # an em dash where a rate has no denominator


def _tr(text: str) -> str:
    return translate("ReportValues", text)


def label_text(value: str) -> str:
    """The person's words for the fixed names reports use (segments, metrics, kinds)."""
    labels = {
        "champions": translate("ReportValues", "Champions"),
        "promising": translate("ReportValues", "Promising"),
        "new": translate("ReportValues", "New"),
        "loyal": translate("ReportValues", "Loyal"),
        "needs_attention": translate("ReportValues", "Needs attention"),
        "at_risk": translate("ReportValues", "At risk"),
        "hibernating": translate("ReportValues", "Hibernating"),
        "advocates": translate("ReportValues", "Advocates"),
        "complainers": translate("ReportValues", "Complainers"),
        "do_not_contact": translate("ReportValues", "Do not contact"),
        "revenue": translate("ReportValues", "Revenue"),
        "visits": translate("ReportValues", "Visits"),
        "clients": translate("ReportValues", "Clients"),
        "new_clients": translate("ReportValues", "New clients"),
        "avg_check": translate("ReportValues", "Average check"),
        "avg_interval_days": translate("ReportValues", "Days between visits"),
        "returning_share": translate("ReportValues", "Returning clients' visits"),
        "no source": translate("ReportValues", "no source"),
    }
    return labels.get(value, value)


WEEKDAYS = (
    QT_TRANSLATE_NOOP("ReportValues", "Mon"),
    QT_TRANSLATE_NOOP("ReportValues", "Tue"),
    QT_TRANSLATE_NOOP("ReportValues", "Wed"),
    QT_TRANSLATE_NOOP("ReportValues", "Thu"),
    QT_TRANSLATE_NOOP("ReportValues", "Fri"),
    QT_TRANSLATE_NOOP("ReportValues", "Sat"),
    QT_TRANSLATE_NOOP("ReportValues", "Sun"),
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def weekday_text(number: int) -> str:
    """1 = Monday .. 7 = Sunday, short."""
    return _tr(WEEKDAYS[number - 1])


def cell_text(value: Any, kind: str, currency: str, locale: QLocale | None = None) -> str:
    """A report value as a table cell or tooltip shows it."""
    locale = locale or QLocale()
    if value is None:
        return NO_VALUE if kind in NUMERIC_KINDS else ""
    if isinstance(value, Money) or kind == "money":
        return money_text(int(value), currency, locale)
    if kind == "share":
        return share_text(float(value), locale)
    if isinstance(value, dt.date):
        return date_text(value, locale)
    if isinstance(value, (list, tuple)):
        return "; ".join(cell_text(v, "text", currency, locale) for v in value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value) if kind == "id" else count_text(value, locale)
    if isinstance(value, float):
        places = 0 if value.is_integer() else 1 if round(value, 1) == value else 2
        return locale.toString(value, "f", places)
    return label_text(str(value)) if kind == "text" else str(value)


def share_text(share: float, locale: QLocale | None = None) -> str:
    """0.1234 -> "12.3 %"."""
    return f"{(locale or QLocale()).toString(share * 100, 'f', 1)} %"


def plotted(value: Any, kind: str) -> float:
    """The number a chart draws for a report value: money in major units, shares in percent."""
    if value is None:
        return 0.0
    if isinstance(value, Money) or kind == "money":
        return int(value) / 100
    if kind == "share":
        return float(value) * 100
    return float(value)


def kpi_kind(metric: str) -> str:
    """The kind of a kpi metric's values (its table has one "number" column for all)."""
    return {
        "revenue": "money",
        "avg_check": "money",
        "returning_share": "share",
        "avg_interval_days": "number",
    }.get(metric, "int")


def plotted_text(value: float, kind: str, currency: str, locale: QLocale | None = None) -> str:
    """A plotted number read back as text (money from major units, shares from percent)."""
    locale = locale or QLocale()
    if kind == "money":
        return money_text(round(value * 100), currency, locale)
    if kind == "share":
        return f"{locale.toString(value, 'f', 1)} %"
    if kind == "number":
        return locale.toString(value, "f", 1)
    return count_text(round(value), locale)
