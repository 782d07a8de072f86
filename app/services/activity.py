"""What other desks wrote since this desk last looked: a cheap poll for screens to refresh.

Every desk (another PC on the same PostgreSQL server, or another program on
the same SQLite file) writes clients, cars, visits, items, reminders and
inquiries through the session, and every such change lands in the audit log
(``app.services.audit``), whose ids only grow. A ``Stamp`` is the newest
audit id plus the newest id of each of those tables; reading it is one
statement of six index seeks, so a desk can ask every few seconds.

When the stamp moved, ``read_activity`` turns the new audit entries into a
``Changes`` notice (the kinds and ids touched, and the client each entry
concerns, so an open client card knows it is meant). The newest ids cover
what bypasses the audit log: a bulk import adds rows under new ids. The desk
then drops what it wrote itself (``unseen``) and announces the rest.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.models import AuditEntry, Client, Inquiry, Reminder, Vehicle, Visit, VisitItem
from app.services.changes import KINDS, Changes

ENTRIES_PER_READ = 1000
"""Audit entries turned into one notice at most; more wait for the next poll."""

_KIND_OF_ENTITY = {
    "client": "clients",
    "vehicle": "vehicles",
    "visit": "visits",
    "reminder": "reminders",
    "inquiry": "inquiries",
}
_TABLES = {
    "clients": Client,
    "vehicles": Vehicle,
    "visits": Visit,
    "reminders": Reminder,
    "inquiries": Inquiry,
}

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Stamp:
    """The newest audit entry's id and the newest id of each watched table (0: none)."""

    audit_id: int
    newest: tuple[tuple[str, int], ...]
    """(kind, newest id) of clients, vehicles, visits, reminders, inquiries."""


@dataclasses.dataclass(frozen=True)
class Activity:
    """The stamp now and what changed since the stamp asked about (empty the first time)."""

    stamp: Stamp
    changes: Changes


def current_stamp(session: Session) -> Stamp:
    columns = [select(func.max(AuditEntry.id)).scalar_subquery()]
    columns += [select(func.max(model.id)).scalar_subquery() for model in _TABLES.values()]
    row = session.execute(select(*columns)).one()
    newest = tuple((kind, int(value or 0)) for kind, value in zip(_TABLES, row[1:], strict=True))
    return Stamp(int(row[0] or 0), newest)


def read_activity(session: Session, since: Stamp | None) -> Activity | None:
    """The stamp now and, when ``since`` is given, what changed after it.

    None when the database cannot be reached at the moment (a server restarting,
    a dropped connection): a poll simply tries again at its next turn.
    """
    try:
        stamp = current_stamp(session)
        if since is None or stamp == since:
            return Activity(stamp, Changes())
        return _changes_since(session, since, stamp)
    except OperationalError as error:
        log.warning("activity poll failed: %s", error)
        return None


def unseen(changes: Changes, own: Changes) -> Changes:
    """``changes`` without the ids this desk announced itself (its own writes)."""
    return Changes(
        **{kind: getattr(changes, kind) - getattr(own, kind) for kind in KINDS},
    )


def _changes_since(session: Session, since: Stamp, stamp: Stamp) -> Activity:
    ids: dict[str, set[int]] = defaultdict(set)
    entries = session.execute(
        select(AuditEntry.id, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.client_id)
        .where(AuditEntry.id > since.audit_id, AuditEntry.id <= stamp.audit_id)
        .order_by(AuditEntry.id)
        .limit(ENTRIES_PER_READ)
    ).all()
    items: set[int] = set()
    for entry in entries:
        kind = _KIND_OF_ENTITY.get(entry.entity)
        if kind is not None:
            ids[kind].add(entry.entity_id)
        elif entry.entity == "visit_item":
            items.add(entry.entity_id)
        if entry.client_id is not None:
            ids["clients"].add(entry.client_id)
    if items:  # an item stands for its visit (a deleted one's visit has its own entry)
        found = session.scalars(select(VisitItem.visit_id).where(VisitItem.id.in_(items)))
        ids["visits"].update(found)
    before = dict(since.newest)
    for kind, newest in stamp.newest:
        if newest > before.get(kind, 0):
            ids[kind].add(newest)  # rows added without an audit entry (an import)
    if len(entries) == ENTRIES_PER_READ:  # the rest next time
        stamp = dataclasses.replace(stamp, audit_id=entries[-1].id)
    return Activity(stamp, Changes.of(**ids))
