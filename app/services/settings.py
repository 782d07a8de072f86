"""Shop-wide settings stored in the database (every desk sees the same)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation

import phonenumbers
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.models import Setting
from app.services.access import Permission, require
from app.services.errors import ValidationError


@dataclasses.dataclass(frozen=True)
class ShopSettings:
    shop_name: str = "Pitstop"
    currency: str = "UAH"
    phone_region: str = "UA"
    abc_a: Decimal = Decimal("0.75")
    abc_b: Decimal = Decimal("0.95")
    declined_reminder_days: int = 30


_FIELDS = {f.name: f for f in dataclasses.fields(ShopSettings)}


def load_settings(session: Session) -> ShopSettings:
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    values = {}
    for name, field in _FIELDS.items():
        if name in stored:
            values[name] = _parse(name, field.type, stored[name])
    return ShopSettings(**values)


def save_settings(session: Session, **changes: object) -> ShopSettings:
    """Validate and store the given settings; returns the settings now in force."""
    require(session, Permission.SETTINGS)
    current = load_settings(session)
    for name, value in changes.items():
        if name not in _FIELDS:
            raise ValidationError(name, QT_TRANSLATE_NOOP("Refusals", "is not a setting"))
        parsed = _parse(name, _FIELDS[name].type, str(value))
        row = session.get(Setting, name)
        text = str(parsed)
        if row is None:
            session.add(Setting(key=name, value=text))
        else:
            row.value = text
        current = dataclasses.replace(current, **{name: parsed})
    if not current.abc_a < current.abc_b <= 1:
        raise ValidationError(
            "abc_b",
            QT_TRANSLATE_NOOP(
                "Refusals", "the B threshold must lie above the A threshold and <= 1"
            ),
        )
    session.flush()
    return current


def _parse(name: str, kind: object, text: str) -> object:
    if kind in (int, "int"):
        try:
            number = int(text)
        except ValueError:
            raise ValidationError(
                name, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a whole number"), value=text
            ) from None
        if number <= 0:
            raise ValidationError(name, QT_TRANSLATE_NOOP("Refusals", "must be above zero"))
        return number
    if kind in (Decimal, "Decimal"):
        try:
            share = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                name, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a number"), value=text
            ) from None
        if not 0 < share <= 1:
            raise ValidationError(name, QT_TRANSLATE_NOOP("Refusals", "must lie between 0 and 1"))
        return share
    value = text.strip()
    if name == "phone_region":
        value = value.upper()
        if value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError(
                name,
                QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a country code like UA"),
                value=text,
            )
    elif name == "currency":
        value = value.upper()
        if len(value) != 3 or not value.isalpha():
            raise ValidationError(
                name,
                QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a currency code like UAH"),
                value=text,
            )
    elif not value:
        raise ValidationError(name, QT_TRANSLATE_NOOP("Refusals", "must not be empty"))
    return value
