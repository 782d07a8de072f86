"""One cell in both directions: text of the exchange format <-> a table column's value.

Readers raise ``ValidationError`` naming the column; they are only called on
non-empty cells (an empty cell is null, decided by the caller).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from app.exchange.layout import Column, Kind
from app.i18n import QT_TRANSLATE_NOOP
from app.services.checks import LARGEST, LARGEST_ID
from app.services.errors import ValidationError
from app.services.money import format_money, format_quantity, parse_money, parse_quantity
from app.services.normalize import (
    normalize_phone,
    normalize_plate,
    normalize_vin,
    optional_text,
    required_text,
    storable,
)
from app.services.privacy import is_anonymised

Reader = Callable[[str], Any]
Writer = Callable[[Any], str]

_WHOLE = re.compile(r"^-?\d+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?$")
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_DIGITS = 30  # more digits than any whole number the database can hold


def make_reader(column: Column, phone_region: str) -> Reader:
    """The function that turns a non-empty cell of ``column`` into the stored value."""
    name = column.name
    kind = column.kind
    if kind == "id":
        return lambda text: _whole(text, name, 1, LARGEST_ID)
    if kind == "int":
        return lambda text: _whole(text, name, column.minimum, column.maximum or LARGEST)
    if kind == "text":
        check = required_text if column.required else optional_text
        return lambda text: check(text, name, column.max_length)
    if kind == "note":
        return lambda text: storable(text, name)
    if kind == "money":
        return lambda text: parse_money(text, name)
    if kind == "quantity":
        return lambda text: parse_quantity(text, name)
    if kind == "bool":
        return lambda text: _bool(text, name)
    if kind == "date":
        return lambda text: _date(text, name)
    if kind == "datetime":
        return lambda text: _datetime(text, name)
    if kind == "phone":
        return lambda text: _phone(text, name, phone_region)
    if kind == "plate":
        return lambda text: normalize_plate(text, name)
    if kind == "vin":
        return lambda text: normalize_vin(text, name)
    return lambda text: _choice(text, name, column.choices)


def _phone(text: str, field: str, region: str) -> str:
    """A phone, or the placeholder phone of an anonymised client (so it exports and imports)."""
    value = text.strip()
    return value if is_anonymised(value) else normalize_phone(value, region, field)


def _whole(text: str, field: str, minimum: int | None, maximum: int) -> int:
    if text.isascii() and text.isdigit() and len(text) <= _DIGITS:
        number = int(text)
    else:
        value = text.strip()
        if not _WHOLE.match(value):
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a whole number"), value=value
            )
        # Python refuses to read more than 4300 digits; past 19 it is too big anyway.
        if len(value) <= _DIGITS:
            number = int(value)
        else:
            number = -(10**_DIGITS) if value.startswith("-") else 10**_DIGITS
    minimum = -maximum if minimum is None else minimum
    if minimum is not None and maximum is not None and not minimum <= number <= maximum:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "must lie between {min} and {max}"),
            min=minimum,
            max=maximum,
        )
    if minimum is not None and number < minimum:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "must be at least {min}"), min=minimum
        )
    if number > maximum:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "must be at most {max}"), max=maximum
        )
    return number


def _bool(text: str, field: str) -> bool:
    value = text.strip()
    if value == "1":
        return True
    if value == "0":
        return False
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not 0 or 1"), value=value
    )


def _date(text: str, field: str) -> dt.date:
    value = text.strip()
    if _DATE.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date like 2025-03-01"), value=value
    )


def _datetime(text: str, field: str) -> dt.datetime:
    value = text.strip()
    if _DATETIME.match(value):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise ValidationError(
        field,
        QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date and time like 2025-03-01 09:30"),
        value=value,
    )


def _choice(text: str, field: str, choices: tuple[str, ...]) -> str:
    value = text.strip()
    if value not in choices:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not one of {choices}"),
            value=value,
            choices=", ".join(choices),
        )
    return value


# --- writing ----------------------------------------------------------------


def _write_bool(value: bool) -> str:
    return "1" if value else "0"


def _write_datetime(value: dt.datetime) -> str:
    return value.strftime(DATETIME_FORMAT)


_WRITERS: dict[Kind, Writer] = {
    "id": str,
    "int": str,
    "money": format_money,
    "quantity": format_quantity,
    "bool": _write_bool,
    "date": dt.date.isoformat,
    "datetime": _write_datetime,
}


def make_writer(column: Column) -> Writer:
    """The function that turns a stored value (never None) into the cell's text."""
    return _WRITERS.get(column.kind, str)
