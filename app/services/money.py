"""Money in integer minor units and quantities in thousandths, parsed exactly."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import ValidationError

MAX_PRICE = 10**10
"""100,000,000.00: a price above it is a typing slip, and quantity x price of items at
the limits still sums far inside the databases' 64-bit integers."""
MAX_QUANTITY_MILLI = 10**8  # 100,000 units

_MONEY = re.compile(r"^\d+(\.\d{1,2})?$")
_QUANTITY = re.compile(r"^\d+(\.\d{1,3})?$")


def parse_money(text: str, field: str = "price") -> int:
    """``"1250.50"`` -> 125050. A dot, at most two places, never through a float."""
    value = text.strip().replace(",", ".")
    if value.startswith("-"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must not be negative"))
    if not _MONEY.match(value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not an amount like 1250.50"),
            value=text.strip(),
        )
    minor = int(Decimal(value) * 100)
    if minor > MAX_PRICE:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "must be at most {max}"),
            max=format_money(MAX_PRICE),
        )
    return minor


def format_money(minor: int) -> str:
    """125050 -> ``"1250.50"``; the exchange form, not the screen form."""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}"


def parse_quantity(text: str, field: str = "quantity") -> int:
    """``"4.5"`` -> 4500 thousandths; must be above zero, at most three places."""
    value = text.strip().replace(",", ".")
    if value.startswith("-"):
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must be above zero"))
    if not _QUANTITY.match(value):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a quantity like 1 or 4.5"),
            value=text.strip(),
        )
    milli = int(Decimal(value) * 1000)
    if milli <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must be above zero"))
    return _at_most_max_quantity(milli, field)


def quantity_from_decimal(value: Decimal | int | str, field: str = "quantity") -> int:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a number"), value=str(value)
        ) from None
    if not number.is_finite():  # NaN and Infinity parse, and compare or convert badly
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a number"), value=str(value)
        )
    if number <= 0:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must be above zero"))
    _at_most_max_quantity(number * 1000 if number <= MAX_QUANTITY_MILLI else number, field)
    milli = number * 1000
    if milli != milli.to_integral_value():
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "at most three decimal places"))
    return int(milli)


def _at_most_max_quantity(milli: Decimal | int, field: str) -> int:
    if milli > MAX_QUANTITY_MILLI:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "must be at most {max}"),
            max=format_quantity(MAX_QUANTITY_MILLI),
        )
    return int(milli)


def format_quantity(milli: int) -> str:
    """4500 -> ``"4.5"``, 1000 -> ``"1"``."""
    whole, frac = divmod(milli, 1000)
    if frac == 0:
        return str(whole)
    return f"{whole}.{frac:03d}".rstrip("0")


def item_amount(quantity_milli: int, price: int) -> int:
    """quantity x price rounded half up to the minor unit (reports.md)."""
    amount = Decimal(quantity_milli) * Decimal(price) / 1000
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))
