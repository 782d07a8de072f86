"""What every report returns and takes: ``ReportResult`` and ``ReportParams``.

The screens, the PDFs and the command line all read one ``ReportResult``.
Values in rows are plain Python: ``int``, ``float`` (shares, averages),
``str``, ``datetime.date``, ``None`` and ``Money`` (integer minor units, so
that JSON shows major units and screens format with the shop's currency).
A table's rows are a sequence of mappings, read-only by convention: a tuple of
dicts, or a ``RowList`` (which makes each row's dict when it is read) when a
report lists tens of thousands of clients.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal, overload

from sqlalchemy import Connection

ColumnKind = Literal["text", "int", "money", "share", "number", "date", "id", "list"]


class Money(int):
    """An amount in minor units (kopecks, cents)."""

    def major(self) -> float:
        """Major units rounded to 2 places, as reports.md wants money in JSON."""
        return float(Decimal(int(self)) / 100)


@dataclasses.dataclass(frozen=True)
class Column:
    key: str
    title: str
    kind: ColumnKind = "text"


class RowList(Sequence[Mapping[str, Any]]):
    """Rows kept as the records a query returned; each row is made when it is read.

    A report over every client (rfm, segments, gaps candidates) has tens of
    thousands of rows, and a screen shows a few dozen of them: the records stay
    as they are, and a row's dict (with values computed from its record, such
    as ``Money`` or a score) is built on reading, a new one each time.
    ``values(record)`` gives the row's values in ``keys`` order; without it the
    record is the values. Only cheap per-row work belongs in ``values``:
    whatever needs all the rows is computed before.
    """

    __slots__ = ("_records", "_values", "row_keys")

    def __init__(
        self,
        keys: Sequence[str],
        records: Sequence[Any],
        values: Callable[[Any], Sequence[Any]] | None = None,
    ) -> None:
        self.row_keys = tuple(keys)
        self._records = records
        self._values = values

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> RowList: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | RowList:
        if isinstance(index, slice):
            return RowList(self.row_keys, self._records[index], self._values)
        record = self._records[index]
        values = record if self._values is None else self._values(record)
        return dict(zip(self.row_keys, values, strict=True))

    def __iter__(self) -> Iterator[dict[str, Any]]:
        keys, values = self.row_keys, self._values
        for record in self._records:
            yield dict(zip(keys, record if values is None else values(record), strict=True))

    def __repr__(self) -> str:
        return f"RowList({len(self)} rows of {', '.join(self.row_keys)})"


@dataclasses.dataclass(frozen=True)
class Table:
    """Rows with the columns that describe them (a report's rows, or one of its extras)."""

    columns: tuple[Column, ...]
    rows: Sequence[Mapping[str, Any]]


@dataclasses.dataclass(frozen=True)
class ReportParams:
    """The period and options of one run. ``date_from``/``date_to`` are inclusive."""

    as_of: dt.date
    date_from: dt.date
    date_to: dt.date
    limit: int | None = None
    department_id: int | None = None
    abc_a: Decimal = Decimal("0.75")
    abc_b: Decimal = Decimal("0.95")

    @property
    def end(self) -> dt.datetime:
        """The first moment after the period: started_at < end is inside it."""
        return dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time())

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date_from, dt.time())

    @property
    def as_of_end(self) -> dt.datetime:
        """The first moment after as_of: nothing at or after it counts."""
        return dt.datetime.combine(self.as_of + dt.timedelta(days=1), dt.time())


class ParamsError(ValueError):
    """The period makes no sense (the command line exits with status 2)."""


def make_params(
    today: dt.date,
    *,
    as_of: dt.date | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int | None = None,
    department_id: int | None = None,
    abc_a: Decimal = Decimal("0.75"),
    abc_b: Decimal = Decimal("0.95"),
) -> ReportParams:
    """Defaults of reports.md: as_of = today, to = as_of, from = to - 364 days."""
    as_of = as_of or today
    date_to = date_to or as_of
    date_from = date_from or date_to - dt.timedelta(days=364)
    if date_to > as_of:
        raise ParamsError(f"--to {date_to} is after --as-of {as_of}")
    if date_from > date_to:
        raise ParamsError(f"--from {date_from} is after --to {date_to}")
    if limit is not None and limit < 1:
        raise ParamsError("--limit must be at least 1")
    return ReportParams(as_of, date_from, date_to, limit, department_id, abc_a, abc_b)


@dataclasses.dataclass(frozen=True)
class ReportResult:
    """One computed report: its main table and any extra tables or records."""

    name: str
    title: str
    params: ReportParams
    table: Table
    # Extra JSON keys of reports.md: a Table ("matrix", "clients", "segments"...) or
    # one record ("total").
    extras: Mapping[str, Table | Mapping[str, Any]] = dataclasses.field(default_factory=dict)

    @property
    def rows(self) -> Sequence[Mapping[str, Any]]:
        return self.table.rows


@dataclasses.dataclass(frozen=True)
class ReportSpec:
    """A report of reports.md and how to compute it."""

    name: str
    title: str
    compute: Callable[[Connection, ReportParams], ReportResult]
    uses_limit: bool = False
    default_limit: int | None = None
    uses_department: bool = False
    money: bool = False
    """Money is what the report is about: only the owner reads it (domain.md roles)."""


def share(part: int | float, whole: int | float) -> float | None:
    """part / whole rounded to 4 places; None for a zero denominator."""
    if not whole:
        return None
    return round_half_up(Decimal(part) / Decimal(whole), 4)


def round_half_up(value: Decimal | float | int, places: int) -> float:
    quantum = Decimal(1).scaleb(-places)
    return float(Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP))


def table(columns: Sequence[Column], rows: Sequence[Mapping[str, Any]]) -> Table:
    """A ``Table``; a ``RowList`` is kept as it is, other rows become a tuple."""
    return Table(tuple(columns), rows if isinstance(rows, RowList) else tuple(rows))
