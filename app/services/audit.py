"""The audit log: every change to clients, cars, visits, items, reminders and inquiries.

Written by the session itself, not by each service: ``make_session_factory``
listens to its sessions' flushes (``install``), so an entry lands in the same
transaction as the change it records, with the session's actor, and nothing a
service forgets goes unrecorded. The one rule this asks of the services is
to change these tables through the unit of work (``session.add`` / attribute
assignment / ``session.delete``), never with bulk ``update()`` / ``delete()``
statements: ``tests/test_architecture.py`` checks it. Derived columns
(``app/services/derived.py``) and the version stamps are bookkeeping and are
left out of the entries.

An entry's ``before`` / ``after`` are JSON objects: the whole record for a
creation (after) or a deletion (before), only the changed fields for an edit.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from app.clock import Clock
from app.models import AuditEntry, Client, Inquiry, Reminder, Vehicle, Visit, VisitItem
from app.services.access import Permission, actor_of, require

AUDITED: dict[type, str] = {
    Client: "client",
    Vehicle: "vehicle",
    Visit: "visit",
    VisitItem: "visit_item",
    Reminder: "reminder",
    Inquiry: "inquiry",
}
"""Audited model -> the entity name stored in the log."""

BOOKKEEPING = frozenset(
    {
        "search_text",
        "revenue",
        "visit_no",
        "prev_started_at",
        "next_started_at",
        "cum_revenue",
        "amount",
        "department_id",
        "started_at@visit_item",
        "client_id@visit_item",
        "bought",
        "version",
        "updated_at",
        "updated_by",
    }
)
"""Columns kept by the program, not typed by people (``name`` or ``name@entity``)."""

_DELETED_KEY = "audit_deleted"


def install(factory: sessionmaker[Session], clock: Clock) -> None:
    """Record the changes of every session ``factory`` makes."""
    event.listen(factory, "before_flush", _remember_deleted)
    event.listen(factory, "after_flush", lambda session, _ctx: _record(session, clock))
    # A flush that failed leaves its remembered deletions behind: they were never made.
    event.listen(
        factory, "after_soft_rollback", lambda session, _tx: session.info.pop(_DELETED_KEY, None)
    )


def _remember_deleted(session: Session, _ctx: object, _instances: object) -> None:
    """Deleted records' values, read while their rows still exist."""
    kept = session.info.setdefault(_DELETED_KEY, [])
    for obj in session.deleted:
        entity = AUDITED.get(type(obj))
        if entity is not None:
            kept.append((obj, entity, _fields(obj, entity)))


def _record(session: Session, clock: Clock) -> None:
    actor = actor_of(session)
    at = clock.now().replace(microsecond=0)
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        entity = AUDITED.get(type(obj))
        if entity is not None:
            rows.append(_row(entity, obj, "create", None, _fields(obj, entity)))
    for obj in session.dirty:
        entity = AUDITED.get(type(obj))
        if entity is None or not session.is_modified(obj, include_collections=False):
            continue
        before, after = _changes(obj, entity)
        if after:
            rows.append(_row(entity, obj, "update", before, after))
    for obj, entity, fields in session.info.pop(_DELETED_KEY, []):
        rows.append(_row(entity, obj, "delete", fields, None))
    if not rows:
        return
    _fill_item_clients(session, rows)
    for row in rows:
        row.update(at=at, user_id=actor.user_id, actor=actor.login)
        row["before"] = _json(row["before"])
        row["after"] = _json(row["after"])
        row.pop("visit_id", None)
    session.connection().execute(insert(AuditEntry), rows)


def _row(
    entity: str, obj: Any, action: str, before: dict | None, after: dict | None
) -> dict[str, Any]:
    client_id = obj.id if entity == "client" else getattr(obj, "client_id", None)
    row = {
        "entity": entity,
        "entity_id": obj.id,
        "action": action,
        "before": before,
        "after": after,
        "client_id": client_id,
    }
    if entity == "visit_item":
        row["visit_id"] = obj.visit_id
    return row


def _fill_item_clients(session: Session, rows: list[dict[str, Any]]) -> None:
    """Items name their visit's client (their own copy is bookkeeping, set later)."""
    visit_ids = {row["visit_id"] for row in rows if row["entity"] == "visit_item"}
    if not visit_ids:
        return
    query = select(Visit.id, Visit.client_id).where(Visit.id.in_(visit_ids))
    owners = {visit_id: client_id for visit_id, client_id in session.connection().execute(query)}
    for row in rows:
        if row["entity"] == "visit_item":
            row["client_id"] = owners.get(row["visit_id"], row["client_id"])


def _keys(obj: Any, entity: str) -> Iterable[str]:
    for attr in inspect(type(obj)).column_attrs:
        key = attr.key
        if key != "id" and key not in BOOKKEEPING and f"{key}@{entity}" not in BOOKKEEPING:
            yield key


def _fields(obj: Any, entity: str) -> dict[str, Any]:
    return {key: getattr(obj, key) for key in _keys(obj, entity)}


def _changes(obj: Any, entity: str) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _keys(obj, entity):
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old != new:
            before[key] = old
            after[key] = new
    return before, after


def _json(values: dict[str, Any] | None) -> str | None:
    if values is None:
        return None
    return json.dumps(values, ensure_ascii=False, default=_plain)  # in the columns' order


def _plain(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"cannot record {type(value).__name__} in the audit log")


# --- reading ------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    actor: str
    entity: str
    entity_id: int
    action: str
    client_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def read_audit(
    session: Session,
    *,
    client_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> tuple[AuditRecord, ...]:
    """The newest entries first (owner only); ``before_id`` pages further back."""
    require(session, Permission.AUDIT)
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if client_id is not None:
        stmt = stmt.where(AuditEntry.client_id == client_id)
    if entity is not None:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    return tuple(
        AuditRecord(
            id=e.id,
            at=e.at,
            actor=e.actor,
            entity=e.entity,
            entity_id=e.entity_id,
            action=e.action,
            client_id=e.client_id,
            before=json.loads(e.before) if e.before else None,
            after=json.loads(e.after) if e.after else None,
        )
        for e in session.scalars(stmt)
    )
