"""What a double click on a report's bar, cell or row lists, and whom a report puts on the
call list.

``drill(result, target)`` answers with a client id (the row is one client: open
the card), a ``ClientList`` (a title and a worker function listing the clients
behind the figure, from ``app.services.drilldown``) or None (nothing behind it,
like a total). ``call_list(result, selected)`` gives the clients a report
names for calling (lost clients, gaps candidates, RFM at risk, a cohort's
drop-outs).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.reports.base import ReportResult, Table
from app.reports.periods import months_of
from app.services import drilldown
from app.ui.format import date_text
from app.ui.reports.chart_data import Target
from app.ui.reports.values import label_text, weekday_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CLIENT_TABLES = {  # tables whose rows are clients: report name -> table keys
    "lost": {"rows"},
    "top": {"rows"},
    "rfm": {"rows"},
    "segments": {"rows"},
    "churn": {"clients"},
    "gaps": {"candidates"},
}


@dataclasses.dataclass(frozen=True)
class ClientList:
    """Clients to list: a title, a function of a Session giving ``DrillClient``s, and the
    note a reminder gets when they are put on the call list."""

    title: str
    work: Callable[[Any], Any]
    note: str = ""


def _month(result: ReportResult, key: str) -> tuple[dt.date, dt.date]:
    """Month "YYYY-MM" of the period, clipped to it."""
    span = next(
        m for m in months_of(result.params.date_from, result.params.date_to) if m.key == key
    )
    return span.first, span.last


def _period(result: ReportResult) -> tuple[dt.date, dt.date]:
    return result.params.date_from, result.params.date_to


def _from_rows(title: str, rows: Any, note: str = "") -> ClientList:
    ids = [r["client_id"] for r in rows]
    return ClientList(title, partial(drilldown.clients_by_ids, client_ids=ids), note)


def drill(result: ReportResult, target: Target) -> int | ClientList | None:
    row = target.row
    if row is not None and target.table in CLIENT_TABLES.get(result.name, set()):
        return row["client_id"]
    handler = _HANDLERS.get(result.name)
    return handler(result, target, row or {}) if handler else None


def _growth(result: ReportResult, target: Target, row: Mapping[str, Any]) -> ClientList | None:
    first, last = _month(result, row["month"])
    if target.column == "departed":
        return ClientList(
            translate("ReportDrill", "Departed in {0}").format(row["month"]),
            partial(drilldown.departed, first=first, last=last),
        )
    if target.column == "first_visits":
        return ClientList(
            translate("ReportDrill", "First visits in {0}").format(row["month"]),
            partial(drilldown.first_visits, first=first, last=last),
        )
    if target.column == "total_clients":
        return None
    return ClientList(
        translate("ReportDrill", "Registered in {0}").format(row["month"]),
        partial(drilldown.registered, first=first, last=last),
    )


def _sources(result: ReportResult, _target: Target, row: Mapping[str, Any]) -> ClientList:
    first, last = _period(result)
    work = partial(
        drilldown.registered_from_source, first=first, last=last, source_id=row["source_id"]
    )
    return ClientList(
        translate("ReportDrill", "New clients from {0}").format(label_text(row["source"])),
        work,
    )


def _referrals(result: ReportResult, _target: Target, row: Mapping[str, Any]) -> ClientList:
    first, last = _period(result)
    work = partial(drilldown.referred_by, first=first, last=last, referrer_id=row["referrer_id"])
    return ClientList(translate("ReportDrill", "Referred by {0}").format(row["referrer"]), work)


def _churn(result: ReportResult, target: Target, row: Mapping[str, Any]) -> ClientList | None:
    if target.table == "rows" and row:
        first, last = _period(result)
        reason_id, title = (
            row["reason_id"],
            translate("ReportDrill", "Departed: {0}").format(row["reason"]),
        )
    elif "reason_id" in target.extra:
        extra = target.extra
        first, last, reason_id = extra["first"], extra["last"], extra["reason_id"]
        title = translate("ReportDrill", "Departed in {0}").format(extra["month"])
    else:
        return None
    return ClientList(
        title, partial(drilldown.departed, first=first, last=last, reason_id=reason_id)
    )


def _gaps(result: ReportResult, target: Target, row: Mapping[str, Any]) -> ClientList | None:
    as_of = result.params.as_of
    if target.table == "matrix" and row:
        names = {r["department_id"]: r["department"] for r in result.rows}
        work = partial(
            drilldown.used_not_used, as_of=as_of, from_id=row["from_id"], to_id=row["to_id"]
        )
        return ClientList(
            translate("ReportDrill", "Use {0} but not {1}").format(
                names[row["from_id"]], names[row["to_id"]]
            ),
            work,
        )
    if target.table != "rows" or not row:
        return None
    using = target.column != "missing"
    work = partial(
        drilldown.department_users, as_of=as_of, department_id=row["department_id"], using=using
    )
    title = (
        translate("ReportDrill", "Active clients using {0}")
        if using
        else translate("ReportDrill", "Active clients not using {0}")
    )
    note = "" if using else translate("ReportDrill", "Offer: {0}").format(row["department"])
    return ClientList(title.format(row["department"]), work, note)


def _trends(result: ReportResult, _target: Target, row: Mapping[str, Any]) -> ClientList:
    first, last = _month(result, row["month"])
    work = partial(
        drilldown.bought_department, first=first, last=last, department_id=row["department_id"]
    )
    return ClientList(
        translate("ReportDrill", "{0} in {1}").format(row["department"], row["month"]),
        work,
    )


def _heatmap(result: ReportResult, _target: Target, row: Mapping[str, Any]) -> ClientList:
    first, last = _period(result)
    work = partial(
        drilldown.visited_at, first=first, last=last, weekday=row["weekday"], hour=row["hour"]
    )
    return ClientList(
        translate("ReportDrill", "Visits on {0} at {1}:00").format(
            weekday_text(row["weekday"]), row["hour"]
        ),
        work,
    )


def _conversion(result: ReportResult, target: Target, row: Mapping[str, Any]) -> ClientList:
    converted = target.column in ("converted", "rate")
    first = target.extra.get("first", row.get("date"))
    last = target.extra.get("last", row.get("date"))
    work = partial(
        drilldown.inquiry_clients,
        first=first,
        last=last,
        as_of=result.params.as_of,
        converted=converted,
    )
    title = (
        translate("ReportDrill", "Converted inquiries of {0}")
        if converted
        else translate("ReportDrill", "Inquiries of {0}")
    )
    days = date_text(first) if first == last else f"{date_text(first)} \u2013 {date_text(last)}"
    return ClientList(title.format(days), work)


def _masters(result: ReportResult, _target: Target, row: Mapping[str, Any]) -> ClientList:
    first, last = _period(result)
    work = partial(drilldown.master_clients, first=first, last=last, employee_id=row["employee_id"])
    return ClientList(translate("ReportDrill", "Clients of {0}").format(row["name"]), work)


def _rfm(result: ReportResult, target: Target, row: Mapping[str, Any]) -> ClientList | None:
    as_of = result.params.as_of
    if target.table == "segments" and row:
        segment = row["segment"]
        note = translate("ReportDrill", "At risk: invite back") if segment == "at_risk" else ""
        work = partial(drilldown.rfm_clients, as_of=as_of, segment=segment)
        return ClientList(label_text(segment), work, note)
    if target.table == "grid" and row:
        work = partial(drilldown.rfm_clients, as_of=as_of, r=row["r"], f=row["f"])
        return ClientList(f"R{row['r']} F{row['f']}", work)
    return None


def _cohorts(result: ReportResult, target: Target, row: Mapping[str, Any]) -> ClientList | None:
    if not row:
        return None
    k = target.extra.get("k")
    if k is None and target.column.startswith("retained:"):
        k = int(target.column.split(":")[1])
    first, last = _period(result)
    work = partial(
        drilldown.cohort_returns,
        cohort=row["cohort"],
        k=k or 0,
        first=first,
        last=last,
        as_of=result.params.as_of,
    )
    return ClientList(
        translate("ReportDrill", "Cohort {0}, month +{1}").format(row["cohort"], k or 0),
        work,
    )


def _retention(result: ReportResult, target: Target, row: Mapping[str, Any]) -> ClientList:
    first, last = _period(result)
    department_id = row["department_id"]
    if target.column in ("returned", "return_rate"):
        work = partial(
            drilldown.returned_after_first,
            first=first,
            last=last,
            as_of=result.params.as_of,
            department_id=department_id,
        )
        return ClientList(
            translate("ReportDrill", "Came back after a first visit: {0}").format(
                row["department"]
            ),
            work,
        )
    work = partial(drilldown.first_visits, first=first, last=last, department_id=department_id)
    return ClientList(
        translate("ReportDrill", "First visits: {0}").format(row["department"]),
        work,
    )


def _segments(result: ReportResult, target: Target, _row: Mapping[str, Any]) -> ClientList | None:
    kind = target.extra.get("kind")
    if kind is None:
        return None
    return _from_rows(label_text(kind), [r for r in result.rows if r["kind"] == kind])


_HANDLERS: dict[
    str, Callable[[ReportResult, Target, Mapping[str, Any]], int | ClientList | None]
] = {
    "growth": _growth,
    "sources": _sources,
    "referrals": _referrals,
    "churn": _churn,
    "gaps": _gaps,
    "trends": _trends,
    "heatmap": _heatmap,
    "conversion": _conversion,
    "masters": _masters,
    "rfm": _rfm,
    "cohorts": _cohorts,
    "retention": _retention,
    "segments": _segments,
}


# --- the call list ----------------------------------------------------------------------


def call_list(result: ReportResult, selected: Mapping[str, Any] | None) -> ClientList | None:
    """The clients a report names for calling; ``selected`` is the selected main row."""
    if result.name == "lost" and result.rows:
        return _from_rows(
            translate("ReportDrill", "Lost clients"),
            result.rows,
            translate("ReportDrill", "Lost client: invite back"),
        )
    if result.name == "gaps" and isinstance(result.extras.get("candidates"), Table):
        candidates = result.extras["candidates"]
        assert isinstance(candidates, Table)
        names = {r["department_id"]: r["department"] for r in result.rows}
        department = names.get(result.params.department_id, "")
        title = translate("ReportDrill", "Active clients not using {0}").format(department)
        return _from_rows(
            title,
            candidates.rows,
            translate("ReportDrill", "Offer: {0}").format(department),
        )
    if result.name == "rfm":
        at_risk = [r for r in result.rows if r["segment"] == "at_risk"]
        if at_risk:
            return _from_rows(
                label_text("at_risk"),
                at_risk,
                translate("ReportDrill", "At risk: invite back"),
            )
    if result.name == "cohorts" and selected is not None:
        first, last = _period(result)
        work = partial(
            drilldown.cohort_dropouts,
            cohort=selected["cohort"],
            first=first,
            last=last,
            as_of=result.params.as_of,
        )
        title = translate("ReportDrill", "Cohort {0}: never came back").format(selected["cohort"])
        return ClientList(title, work, translate("ReportDrill", "First visit only: invite back"))
    return None


CALL_LIST_REPORTS = frozenset({"lost", "gaps", "rfm", "cohorts"})


def has_call_list(result: ReportResult, selected: Mapping[str, Any] | None) -> bool:
    """Whether ``call_list`` has someone to offer, without walking the rows (100,000 RFM
    rows at chain scale: the button's state follows every selection)."""
    if result.name == "lost":
        return bool(result.rows)
    if result.name == "gaps":
        candidates = result.extras.get("candidates")
        return isinstance(candidates, Table) and bool(candidates.rows)
    if result.name == "rfm":
        segments = result.extras.get("segments")
        return isinstance(segments, Table) and any(
            r["segment"] == "at_risk" and r["clients"] for r in segments.rows
        )
    return result.name == "cohorts" and selected is not None
