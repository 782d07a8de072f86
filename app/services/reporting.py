"""Reports as a role may read them (domain.md: the admin reads no money reports).

A report whose subject is money (``ReportSpec.money``: key numbers, top
clients, revenue trends, masters, RFM, sources, referrals) is refused to a
role without ``Permission.MONEY_REPORTS``. The other reports are the front
desk's working lists (lost clients to call, departments to offer, churn,
growth...): the admin reads them with every amount of money taken out.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.reports import REPORTS, run_report
from app.reports.base import Money, ReportParams, ReportResult, RowList, Table
from app.services.access import Actor, Permission, actor_of, require


def may_read(actor: Actor, name: str) -> bool:
    return actor.may(Permission.MONEY_REPORTS) or not REPORTS[name].money


def readable_reports(actor: Actor) -> tuple[str, ...]:
    """The names of the reports ``actor`` may open, in the registry's order."""
    return tuple(name for name in REPORTS if may_read(actor, name))


def read_report(session: Session, name: str, params: ReportParams) -> ReportResult:
    """``run_report`` for the session's actor: refused, or with money taken out, by role."""
    if REPORTS[name].money:
        require(session, Permission.MONEY_REPORTS)
    result = run_report(session.connection(), name, params)
    if actor_of(session).may(Permission.MONEY_REPORTS):
        return result
    return without_money(result)


def without_money(result: ReportResult) -> ReportResult:
    """The report with every money column and money value removed."""
    extras: dict[str, Table | Mapping[str, Any]] = {
        key: _table(value) if isinstance(value, Table) else _record(value)
        for key, value in result.extras.items()
    }
    return dataclasses.replace(result, table=_table(result.table), extras=extras)


def _table(table: Table) -> Table:
    money = {c.key for c in table.columns if c.kind == "money"}
    if not money:
        return table
    columns = tuple(c for c in table.columns if c.key not in money)
    keys = [c.key for c in columns]
    rows: Any = table.rows
    if isinstance(rows, RowList):
        kept = [k for k in rows.row_keys if k not in money]
        # Still lazy: each row of the original is made, and cut, when it is read.
        return Table(columns, RowList(kept, rows, lambda row: [row[k] for k in kept]))
    return Table(columns, tuple({k: row[k] for k in row if k in keys} for row in rows))


def _record(record: Mapping[str, Any]) -> Mapping[str, Any]:
    return {key: value for key, value in record.items() if not isinstance(value, Money)}
