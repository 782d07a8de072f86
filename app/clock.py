"""The one injectable clock for "today" and "now".

Every date rule (registration in the future, due reminders, report defaults)
asks a ``Clock`` instead of the system, so tests can pin time.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...

    def today(self) -> dt.date: ...


class SystemClock:
    """The shop's local wall-clock time, without a zone (domain.md)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return dt.date.today()


class FixedClock:
    """A clock that stands still until moved: for tests and "as of" runs."""

    def __init__(self, now: dt.datetime | dt.date) -> None:
        self._now = _as_datetime(now)

    def now(self) -> dt.datetime:
        return self._now

    def today(self) -> dt.date:
        return self._now.date()

    def set(self, now: dt.datetime | dt.date) -> None:
        self._now = _as_datetime(now)

    def advance(self, delta: dt.timedelta) -> None:
        self._now += delta


def _as_datetime(value: dt.datetime | dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return dt.datetime.combine(value, dt.time())
