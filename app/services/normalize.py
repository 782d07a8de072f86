"""Normalising and checking the values people type: names, phones, plates, VINs.

Shared by the services, the import and the demo generator so that every path
into the database stores the same form.
"""

from __future__ import annotations

import re

import phonenumbers

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import ValidationError

DEFAULT_PHONE_REGION = "UA"
_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
_PLATE_JUNK = re.compile(r"[\s\-]+")
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
NOTE_MAX_LENGTH = 10_000


def storable(text: str, field: str) -> str:
    """``text`` unless it holds NUL (PostgreSQL refuses it, other programs cut the text
    there) or half of a surrogate pair (not encodable as UTF-8)."""
    if _UNSTORABLE.search(text):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "holds a character that cannot be stored")
        )
    return text


def note_text(value: str | None, field: str, max_length: int = NOTE_MAX_LENGTH) -> str:
    """Free text (notes): trimmed, "" when empty, at most ``max_length`` characters."""
    return optional_text(value, field, max_length) or ""


def required_text(value: str | None, field: str, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must not be empty"))
    if len(text) > max_length:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "is longer than {max} characters"), max=max_length
        )
    return storable(text, field)


def optional_text(value: str | None, field: str, max_length: int = 200) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > max_length:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "is longer than {max} characters"), max=max_length
        )
    return storable(text, field)


def normalize_phone(
    value: str | None, region: str = DEFAULT_PHONE_REGION, field: str = "phone"
) -> str:
    """Any way a person writes a phone -> E.164 (``+380501234567``)."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must not be empty"))
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a phone number"), value=text
        ) from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a phone number"), value=text
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_plate(value: str | None, field: str = "plate") -> str | None:
    """``"aa 1234 bc"`` -> ``"AA1234BC"``; empty -> None."""
    text = _PLATE_JUNK.sub("", (value or "")).upper()
    if not text:
        return None
    if len(text) > 20:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "is longer than {max} characters"), max=20
        )
    return storable(text, field)


def normalize_vin(value: str | None, field: str = "vin") -> str | None:
    """17 characters, letters I, O and Q never used; empty -> None."""
    text = (value or "").strip().replace(" ", "").upper()
    if not text:
        return None
    if len(text) != 17:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "must have 17 characters, not {count}"),
            count=len(text),
        )
    if not _VIN.match(text):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Refusals", "may hold only digits and letters other than I, O and Q"),
        )
    return text


def search_key(text: str) -> str:
    """The form both the stored search text and a typed fragment are compared in."""
    return " ".join(text.casefold().split())


def client_search_text(name: str, phone: str, plates: list[str]) -> str:
    """What a fragment search of clients looks through: name, phone digits, plates."""
    digits = re.sub(r"\D", "", phone)
    parts = [search_key(name), digits, *(p.casefold() for p in plates if p)]
    return " | ".join(parts)
