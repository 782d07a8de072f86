"""The hand-built reminders of tests/services/reminder_shop.py, committed for the screens."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from tests.reports.shop import Shop
from tests.services import reminder_shop
from tests.services.reminder_shop import Data


@pytest.fixture
def data(session: Session) -> Data:
    """Due today (2026-11-23): overdue 3, 6, 9, 21; due 11, 13; upcoming in 30 days 1, 4,
    15, 16, 17; do-not-contact 19 and departed 20 only with "show all"."""
    found = reminder_shop.build(Shop(session.connection()))
    session.commit()
    return found
