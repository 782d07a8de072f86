"""When the demo shop works: weekdays, hours, seasons, and fast date strings.

Days are proleptic ordinals (``date.toordinal()``; ordinal 1 is a Monday,
so ``(day - 1) % 7`` is the weekday) while generating; they
become "YYYY-MM-DD" strings only when rows are written, through a cache,
because a million ``date`` objects cost seconds.
"""

from __future__ import annotations

import datetime as dt
import random

from app.demo.draw import Picker

# Monday .. Sunday: busy Monday and Saturday, a quiet Sunday.
WEEKDAY_WEIGHTS = (1.35, 1.0, 0.95, 0.95, 1.05, 1.3, 0.12)
# Start hours 8..18 (the shop works 8:00-19:00): weekdays with a morning peak,
# Monday and Saturday mornings busier still, Sunday only late morning to early afternoon.
_HOURS = tuple(range(8, 19))
_WORKDAY_HOURS = (9, 10, 9, 7, 5, 4, 6, 6, 5, 4, 2)
_BUSY_MORNING_HOURS = (14, 15, 12, 8, 5, 4, 4, 4, 3, 2, 1)
_SUNDAY_HOURS = (0, 0, 3, 4, 4, 3, 2, 1, 0, 0, 0)
_OFFSETS = (-3, -2, -1, 0, 1, 2, 3)
_CLOSENESS = (0.15, 0.35, 0.7, 1.0, 0.7, 0.35, 0.15)

SPRING_PEAK = (4, 1)  # tyre season peaks: around 1 April and 28 October
AUTUMN_PEAK = (10, 28)
SEASON_SPREAD_DAYS = 14.0


# For a wished-for day of weekday w, how far to move it to land on a likely working day.
_SHIFTS = [
    Picker(
        _OFFSETS,
        [c * WEEKDAY_WEIGHTS[(w + o) % 7] for o, c in zip(_OFFSETS, _CLOSENESS, strict=True)],
    )
    for w in range(7)
]
# Quarter-hour start slots (0 = 8:00 .. 43 = 18:45) by weekday.
_SLOTS = [
    Picker(
        range(len(_HOURS) * 4),
        [weight for weight in hours for _quarter in range(4)],
    )
    for hours in (
        _BUSY_MORNING_HOURS if w in (0, 5) else _SUNDAY_HOURS if w == 6 else _WORKDAY_HOURS
        for w in range(7)
    )
]
_SLOT_TEXT = tuple(f" {h:02d}:{m:02d}:00" for h in _HOURS for m in (0, 15, 30, 45))
SLOT_COUNT = len(_SLOT_TEXT)


def working_day(rng: random.Random, wished: int) -> int:
    """The wished-for day moved by up to three days towards the shop's busy days."""
    return wished + _SHIFTS[(wished - 1) % 7](rng)


def slot(rng: random.Random, day: int) -> int:
    """A quarter-hour start slot typical of the day's weekday."""
    return _SLOTS[(day - 1) % 7](rng)


def slot_text(slot_index: int) -> str:
    """ " HH:MM:00" of a slot, to append to a day string."""
    return _SLOT_TEXT[slot_index]


def season_days(year: int, rng: random.Random) -> tuple[int, int]:
    """This year's spring and autumn tyre-change days of one client."""
    spring = dt.date(year, *SPRING_PEAK).toordinal() + round(rng.gauss(0, SEASON_SPREAD_DAYS))
    autumn = dt.date(year, *AUTUMN_PEAK).toordinal() + round(rng.gauss(0, SEASON_SPREAD_DAYS))
    return spring, autumn


class DayText:
    """ "YYYY-MM-DD" of ordinals, computed once per day."""

    def __init__(self) -> None:
        self._cache: dict[int, str] = {}

    def __call__(self, day: int) -> str:
        text = self._cache.get(day)
        if text is None:
            text = self._cache[day] = dt.date.fromordinal(day).isoformat()
        return text


def years_before(today: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier; 29 February becomes 28 February."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)
