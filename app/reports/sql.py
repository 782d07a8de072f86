"""The few SQL expressions that differ between SQLite and PostgreSQL.

Date-times are stored as local wall-clock time. On SQLite they are text
"YYYY-MM-DD HH:MM:SS", so a day or month is a prefix; on PostgreSQL they are
``timestamp without time zone``. Every report buckets dates through these
helpers and reads the buckets back through ``to_date`` so that both databases
give identical results.

Reports over every client read their rows in bulk through the JSON aggregates
here (``columns_of``) and pass many ids as one parameter (``integers_table``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import (
    JSON,
    Connection,
    FromClause,
    Integer,
    Join,
    Select,
    String,
    bindparam,
    column,
    select,
    true,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement


class day_of(FunctionElement[str]):
    """The day of a date-time as text "YYYY-MM-DD"."""

    type = String()
    inherit_cache = True


class month_of(FunctionElement[str]):
    """The month of a date or date-time as text "YYYY-MM"."""

    type = String()
    inherit_cache = True


class iso_weekday_of(FunctionElement[int]):
    """1 = Monday .. 7 = Sunday."""

    type = Integer()
    inherit_cache = True


class hour_of(FunctionElement[int]):
    type = Integer()
    inherit_cache = True


class day_number(FunctionElement[int]):
    """Whole days since 1970-01-01 of a date or date-time (for day differences)."""

    type = Integer()
    inherit_cache = True


def _arg(compiler: SQLCompiler, element: FunctionElement[Any], **kw: Any) -> str:
    return compiler.process(next(iter(element.clauses)), **kw)


@compiles(day_of, "sqlite")
def _day_sqlite(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({_arg(compiler, element, **kw)}, 1, 10)"


@compiles(day_of)
def _day_pg(element: day_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({_arg(compiler, element, **kw)}, 'YYYY-MM-DD')"


@compiles(month_of, "sqlite")
def _month_sqlite(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"substr({_arg(compiler, element, **kw)}, 1, 7)"


@compiles(month_of)
def _month_pg(element: month_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"to_char({_arg(compiler, element, **kw)}, 'YYYY-MM')"


@compiles(iso_weekday_of, "sqlite")
def _weekday_sqlite(element: iso_weekday_of, compiler: SQLCompiler, **kw: Any) -> str:
    # strftime('%w') is 0 for Sunday; ISO numbers Sunday 7.
    return f"((CAST(strftime('%w', {_arg(compiler, element, **kw)}) AS INTEGER) + 6) % 7 + 1)"


@compiles(iso_weekday_of)
def _weekday_pg(element: iso_weekday_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(ISODOW FROM {_arg(compiler, element, **kw)}) AS INTEGER)"


@compiles(hour_of, "sqlite")
def _hour_sqlite(element: hour_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(substr({_arg(compiler, element, **kw)}, 12, 2) AS INTEGER)"


@compiles(hour_of)
def _hour_pg(element: hour_of, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(EXTRACT(HOUR FROM {_arg(compiler, element, **kw)}) AS INTEGER)"


# julianday() of 0001-01-01 and the days from then to 1970-01-01: julianday(x) minus
# the first is never negative, so CAST (which truncates) gives the whole days even
# when x has a time of day, without cutting x to its date first (half the cost).
_JULIAN_DAY_1 = 1721425.5
_DAYS_1_TO_1970 = 719162


@compiles(day_number, "sqlite")
def _day_number_sqlite(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    value = _arg(compiler, element, **kw)
    return f"(CAST(julianday({value}) - {_JULIAN_DAY_1} AS INTEGER) - {_DAYS_1_TO_1970})"


@compiles(day_number)
def _day_number_pg(element: day_number, compiler: SQLCompiler, **kw: Any) -> str:
    return f"(CAST({_arg(compiler, element, **kw)} AS DATE) - DATE '1970-01-01')"


class text_position(FunctionElement[int]):
    """Where ``needle`` first occurs in ``haystack``, from 1; 0 when it does not.

    A plain substring test, no pattern characters (unlike LIKE) and no case
    folding: SQLite's ``instr``, PostgreSQL's ``strpos``.
    """

    type = Integer()
    inherit_cache = True


@compiles(text_position, "sqlite")
def _text_position_sqlite(element: text_position, compiler: SQLCompiler, **kw: Any) -> str:
    return f"instr({compiler.process(element.clauses, **kw)})"


@compiles(text_position)
def _text_position_pg(element: text_position, compiler: SQLCompiler, **kw: Any) -> str:
    return f"strpos({compiler.process(element.clauses, **kw)})"


class unindexed(FunctionElement[Any]):
    """The expression itself, kept from SQLite's planner as an index key: ``+x``.

    SQLite plans without statistics: a date range on visits lures it onto the
    (status, started_at) index, which reads every past visit, when the query
    is written for another index (the visit chain). On PostgreSQL it is plain
    ``x``.
    """

    inherit_cache = True

    def __init__(self, expression: Any) -> None:
        super().__init__(expression)
        self.type = expression.type


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return f"+{_arg(compiler, element, **kw)}"


@compiles(unindexed)
def _unindexed_pg(element: unindexed, compiler: SQLCompiler, **kw: Any) -> str:
    return _arg(compiler, element, **kw)


EPOCH = dt.date(1970, 1, 1)


def to_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A day bucket, a stored date or a date-time read back as a ``date``."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value[:10])


def from_day_number(number: int) -> dt.date:
    return EPOCH + dt.timedelta(days=number)


class CrossJoin(Join):
    """``left CROSS JOIN right``: standard SQL, and SQLite keeps ``left`` as the outer loop.

    A report uses it when it walks an index in client (or employee) order and
    looks each one up in a second index, so that its GROUP BY streams instead of
    sorting; without statistics SQLite's planner may otherwise pick the other
    table first. The join condition goes in the WHERE clause.
    """

    inherit_cache = True

    def __init__(self, left: FromClause, right: FromClause) -> None:
        super().__init__(left, right, onclause=true())


def cross_join(left: FromClause, right: FromClause) -> CrossJoin:
    return CrossJoin(left, right)


@compiles(CrossJoin)
def _cross_join(element: CrossJoin, compiler: SQLCompiler, **kw: Any) -> str:
    kw["asfrom"] = True
    left = compiler.process(element.left, **kw)
    right = compiler.process(element.right, **kw)
    return f"{left} CROSS JOIN {right}"


class json_list(FunctionElement[Any]):
    """An aggregate: the values of an expression over the group, as a JSON array."""

    type = JSON()
    inherit_cache = True


@compiles(json_list, "sqlite")
def _json_list_sqlite(element: json_list, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_group_array({_arg(compiler, element, **kw)})"


@compiles(json_list)
def _json_list_pg(element: json_list, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_agg({_arg(compiler, element, **kw)})"


class json_elements(FunctionElement[Any]):
    """A table-valued function: the integers of a JSON array (column ``value``).

    ``integers_table`` binds a list of integers as one parameter this way,
    rather than one parameter per value.
    """

    inherit_cache = True


@compiles(json_elements, "sqlite")
def _json_elements_sqlite(element: json_elements, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_each({_arg(compiler, element, **kw)})"


@compiles(json_elements)
def _json_elements_pg(element: json_elements, compiler: SQLCompiler, **kw: Any) -> str:
    # The elements come as text: a subquery gives them as integers under "value".
    array = f"CAST({_arg(compiler, element, **kw)} AS JSON)"
    return f"(SELECT CAST(e AS INTEGER) AS value FROM json_array_elements_text({array}) AS e)"


def integers_table(values: Sequence[int], name: str = "given") -> FromClause:
    """A table of the given integers, one column ``value`` (to join by id)."""
    elements = json_elements(bindparam(name, json.dumps(list(values)), type_=String()))
    return elements.table_valued(column("value", Integer)).alias(name)


class json_integers(FunctionElement[str]):
    """An aggregate: the integers of an expression over the group, as JSON text
    "[1,2,...]", to be parsed by ``integers_of``."""

    type = String()
    inherit_cache = True


@compiles(json_integers, "sqlite")
def _json_integers_sqlite(element: json_integers, compiler: SQLCompiler, **kw: Any) -> str:
    return f"json_group_array({_arg(compiler, element, **kw)})"


@compiles(json_integers)
def _json_integers_pg(element: json_integers, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST(json_agg({_arg(compiler, element, **kw)}) AS TEXT)"


def integers_of(text: str | None) -> NDArray[np.int64]:
    """The integers of a ``json_integers`` text as an array, parsed in C by numpy: for
    hundreds of thousands of ids no Python integer, list or set is made per value."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text[1:-1], dtype=np.int64, sep=",")


def columns_of(
    conn: Connection, *queries: Select[Any], integers: Collection[int] = ()
) -> list[Any]:
    """Every row of the queries (alike, as in a UNION ALL) as one list per column.

    Each query is read as one row of JSON arrays, one per column. For queries
    of tens of thousands of rows, such as one per client: the driver makes a
    tuple per row and an object per value, which costs more than the query
    itself, while a JSON array is parsed in C. The columns at the positions in
    ``integers`` come back as numpy arrays (``integers_of``), the others as
    lists. The arrays of one query come from the same pass over its rows, so
    their positions line up; the order of the rows is not defined (sort in
    Python). The values must be integers, text or null (dates as text or day
    numbers, no floats). Several queries rather than one UNION ALL: SQLite
    materializes a compound subquery under an aggregate.
    """
    parts: list[list[Any]] = []
    for query in queries:
        rows = query.subquery("rows")
        arrays = conn.execute(
            select(
                *(json_integers(c) if n in integers else json_list(c) for n, c in enumerate(rows.c))
            )
        ).one()
        parts.append(
            [
                integers_of(array) if n in integers else (array or [])
                for n, array in enumerate(arrays)
            ]
        )
    return [
        np.concatenate(pieces) if n in integers else [v for piece in pieces for v in piece]
        for n, pieces in enumerate(zip(*parts, strict=True))
    ]
