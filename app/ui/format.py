"""Showing values to a person: money with the shop's currency, dates in their locale.

Every screen formats numbers, amounts and dates through these helpers, so
they follow the language chosen at start (QLocale.setDefault in
app/i18n_qt.py): "125 050,50 UAH" and "23.11.2026" in Ukrainian,
"125,050.50 UAH" and "23/11/2026" in English.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from app.i18n_qt import date_format
from app.services.access import Role


def money_text(minor: int | None, currency: str = "", locale: QLocale | None = None) -> str:
    """12505050 -> "125 050,50 UAH" in the person's locale; None -> ""."""
    if minor is None:
        return ""
    locale = locale or QLocale()
    text = locale.toString(minor / 100, "f", 2)
    return f"{text} {currency}".strip()


def count_text(number: int | None, locale: QLocale | None = None) -> str:
    if number is None:
        return ""
    return (locale or QLocale()).toString(number)


def number_text(value: float | None, places: int = 1, locale: QLocale | None = None) -> str:
    """1234.5 -> "1 234,5" in Ukrainian; None -> ""."""
    if value is None:
        return ""
    return (locale or QLocale()).toString(float(value), "f", places)


def date_text(day: dt.date | None, locale: QLocale | None = None) -> str:
    """A day with a four-digit year in the locale's order: "23.11.2026", "23/11/2026"."""
    if day is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), date_format(locale))


def time_text(moment: dt.datetime | dt.time | None, locale: QLocale | None = None) -> str:
    """Hours and minutes in the locale's way ("14:30")."""
    if moment is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def datetime_text(moment: dt.datetime | None, locale: QLocale | None = None) -> str:
    """ "23.11.2026 14:30": the day as ``date_text`` and the time as ``time_text``."""
    if moment is None:
        return ""
    locale = locale or QLocale()
    return f"{date_text(moment.date(), locale)} {time_text(moment, locale)}"


def role_text(role: Role) -> str:
    names = {
        Role.OWNER: QCoreApplication.translate("Accounts", "Owner"),
        Role.ADMIN: QCoreApplication.translate("Accounts", "Administrator"),
    }
    return names[role]
