"""What the property tests share: the shop, the check of a write, the settings.

``attempt`` runs one write: it returns the result when the write was
accepted, or checks that the refusal names a real input field with a
message and that every table is exactly as before. Any other exception
fails the test.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Callable, Iterable
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import event as hypothesis_event
from hypothesis.control import currently_in_test_context
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Base
from app.services.errors import ValidationError

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
MISSING_ID = 987_654


@dataclasses.dataclass(frozen=True)
class World:
    ann: int  # a client with a car (ann_car) and a completed visit (ann_visit)
    bob: int  # another client, with a car (bob_car)
    ann_car: int
    bob_car: int
    ann_visit: int
    maintenance: int  # a department
    oil: int  # a service, 312.62
    check: int  # a free service
    petro: int  # an active master
    ivan: int  # a master who left
    google: int  # a marketing source
    moved: int  # a churn reason


def snapshot(session: Session) -> dict[str, tuple[int, str]]:
    """Per table: its row count and a checksum of all its rows (pending writes flushed)."""
    state = {}
    for table in Base.metadata.sorted_tables:
        rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
        digest = hashlib.sha256(repr([tuple(row) for row in rows]).encode()).hexdigest()
        count = session.scalar(select(func.count()).select_from(table))
        state[table.name] = (count, digest)
    return state


def _field_pattern(fields: Iterable[str]) -> re.Pattern[str]:
    """``items[].price`` in ``fields`` matches ``items[3].price``."""
    parts = (re.escape(f).replace(r"\[\]", r"\[\d+\]") for f in fields)
    return re.compile("^(" + "|".join(parts) + ")$")


def attempt(session: Session, write: Callable[[], Any], fields: Iterable[str]) -> Any:
    """The write's result, or None when it was refused properly (see the module docstring)."""
    before = snapshot(session)
    try:
        result = write()
    except ValidationError as error:
        _event(f"refused on {re.sub(r'[0-9]+', '', error.field)}")
        assert _field_pattern(fields).match(error.field), f"unknown field {error.field!r}"
        assert error.text().strip(), f"no message for {error.field}"
        assert snapshot(session) == before, f"refused on {error.field} but wrote something"
        return None
    _event("saved")
    return result


def _event(text: str) -> None:
    """Counted in ``--hypothesis-show-statistics`` (plain tests use ``attempt`` too)."""
    if currently_in_test_context():
        hypothesis_event(text)
