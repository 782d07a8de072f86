"""Calendar arithmetic of reports.md: months of a period, "a year earlier"."""

from __future__ import annotations

import dataclasses
import datetime as dt


@dataclasses.dataclass(frozen=True)
class MonthSpan:
    """A month of the period, clipped to the days it shares with the period."""

    key: str  # "YYYY-MM"
    first: dt.date
    last: dt.date


def months_of(date_from: dt.date, date_to: dt.date) -> list[MonthSpan]:
    spans = []
    year, month = date_from.year, date_from.month
    while (year, month) <= (date_to.year, date_to.month):
        first = dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        spans.append(
            MonthSpan(
                f"{year:04d}-{month:02d}",
                max(first, date_from),
                min(following - dt.timedelta(days=1), date_to),
            )
        )
        year, month = following.year, following.month
    return spans


def days_of(date_from: dt.date, date_to: dt.date) -> list[dt.date]:
    return [date_from + dt.timedelta(days=n) for n in range((date_to - date_from).days + 1)]


def year_earlier(day: dt.date) -> dt.date:
    """The same month and day a year before; 29 February becomes 28 February."""
    if day.month == 2 and day.day == 29:
        return dt.date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def add_months(month_key: str, k: int) -> str:
    year, month = int(month_key[:4]), int(month_key[5:7])
    index = year * 12 + (month - 1) + k
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
