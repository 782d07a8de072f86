"""Showing values to a person: money with the shop's currency, dates in their locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


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


def date_text(day: dt.date | None, locale: QLocale | None = None) -> str:
    if day is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
