"""Report values as printed text: money with the shop's currency, shares as percentages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import phonenumbers

from app import i18n
from app.i18n import translate
from app.reports.base import Column, ColumnKind, Money

NONE_TEXT = "—"


def digits(number: int) -> str:
    """12345678 -> "12 345 678" (groups of three, in the installed language's marks)."""
    return i18n.current().number(number)


def money(minor: int, currency: str) -> str:
    """125050 -> "1 250.50 UAH"."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(int(minor)), 100)
    return f"{sign}{digits(whole)}{i18n.current().decimal_point}{cents:02d} {currency}"


def percent(share: float) -> str:
    """A share of 0..1 with 4 places -> "48.38%" (exact: 4 places are 2 of a percent)."""
    text = f"{Decimal(str(share)) * 100:.2f}%"
    return text.replace(".", i18n.current().decimal_point)


def number(value: float | int) -> str:
    """12345 -> "12 345", 1234.5 -> "1 234.5" (floats keep their own digits)."""
    return i18n.current().number(value)


def phone(e164: str) -> str:
    """ "+380676888326" -> "+380 67 688 8326" (as stored when it does not parse)."""
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def text(value: Any, kind: ColumnKind, currency: str, places: int | None = None) -> str:
    """One cell of a report's table as printed; ``places`` fixes a float's decimals."""
    if value is None:
        return NONE_TEXT
    if places is not None and isinstance(value, float):
        return i18n.current().number(value, places)
    if isinstance(value, Money):
        return money(value, currency)
    if isinstance(value, dt.date):
        return i18n.current().date_text(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(text(v, "text", currency) for v in value)
    if isinstance(value, bool):
        return translate("ReportPdf", "yes") if value else translate("ReportPdf", "no")
    if kind == "share" and isinstance(value, (float, int)):
        return percent(value)
    if kind == "id":
        return str(value)
    if isinstance(value, (int, float)):
        return number(value)
    return str(value)


def record(values: Mapping[str, Any], columns: Mapping[str, Column], currency: str) -> str:
    """A one-record extra ("total") as "Inquiries: 3 155 · Converted: 1 558 · ..."."""
    parts = []
    for key, value in values.items():
        column = columns.get(key)
        title = column.title if column else key.replace("_", " ").capitalize()
        title = translate("ReportColumns", title)
        parts.append(f"{title}: {text(value, column.kind if column else 'text', currency)}")
    return " · ".join(parts)


def compact(value: float) -> str:
    """An axis label: 950, 1.5k, 12k, 3.4M."""
    size = abs(value)
    for limit, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if size >= limit:
            scaled = value / limit
            return f"{scaled:.1f}".rstrip("0").rstrip(".") + suffix
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")
