"""Small checks the write services share: referenced records and whole numbers."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP
from app.services.errors import NotFoundError, ValidationError

M = TypeVar("M")

LARGEST_ID = 2**63 - 1  # SQLite's and PostgreSQL's largest integer
LARGEST = 10**15
"""The default upper bound of a whole number: a number stored, summed or multiplied by
another never leaves the 64-bit integers of the databases (SQLite overflows at 2**63)."""


def require(session: Session, model: type[M], record_id: Any, field: str) -> M:
    """The record ``model`` with ``record_id``, or NotFoundError naming ``field``."""
    if record_id is None:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must be chosen"))
    if not isinstance(record_id, int) or isinstance(record_id, bool):
        raise NotFoundError(
            field, QT_TRANSLATE_NOOP("Refusals", "there is no record with id {id}"), id=record_id
        )
    # An id past the 64-bit integers is never asked for: the driver cannot bind it.
    record = session.get(model, record_id) if 0 < record_id <= LARGEST_ID else None
    if record is None:
        raise NotFoundError(
            field, QT_TRANSLATE_NOOP("Refusals", "there is no record with id {id}"), id=record_id
        )
    return record


def optional_ref(session: Session, model: type[M], record_id: Any, field: str) -> M | None:
    """Like ``require`` but None stays None."""
    return None if record_id is None else require(session, model, record_id, field)


def whole_number(
    value: Any, field: str, minimum: int | None = None, maximum: int | None = None
) -> int:
    """An int (not a bool, not a float) within the given bounds (at most ``LARGEST``)."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a whole number"), value=value
        )
    maximum = LARGEST if maximum is None else maximum
    if minimum is not None and value < minimum:
        if minimum == 0:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must not be negative"))
        if minimum == 1:
            raise ValidationError(field, QT_TRANSLATE_NOOP("Refusals", "must be above zero"))
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "must be at least {min}"), min=minimum
        )
    if value > maximum:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("Refusals", "must be at most {max}"), max=maximum
        )
    return value


def optional_whole_number(
    value: Any, field: str, minimum: int | None = None, maximum: int | None = None
) -> int | None:
    return None if value is None else whole_number(value, field, minimum, maximum)
