"""Inquiries: calls, walk-ins and online requests, later linked to the visit they led to.

An inquiry is converted once it is linked to a completed visit (reports.md).
``open_inquiries_for_client`` is what the visit form offers to link.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import and_, not_, or_, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import INQUIRY_CHANNELS, Client, Inquiry, Source, Visit
from app.services.changes import Changes, Saved
from app.services.checks import optional_ref, require
from app.services.errors import ValidationError
from app.services.normalize import normalize_phone, optional_text
from app.services.settings import load_settings

OPEN_DAYS = 14


@dataclasses.dataclass(frozen=True)
class InquiryRecord:
    id: int
    received_at: dt.datetime
    client_id: int | None
    name: str | None
    phone: str | None
    source_id: int | None
    channel: str
    visit_id: int | None


@dataclasses.dataclass(frozen=True)
class InquiryLine:
    """An inquiry as a row of the inquiries list.

    ``client_name`` is the linked client's, or the client whose phone the
    inquiry gave; ``converted``: linked to a completed visit.
    """

    id: int
    received_at: dt.datetime
    channel: str
    name: str | None
    phone: str | None
    source: str | None
    client_id: int | None
    client_name: str | None
    visit_id: int | None
    converted: bool


@dataclasses.dataclass(frozen=True)
class InquiryPage:
    """One page, newest first; pass ``next_before`` back for the next (None: no more)."""

    rows: tuple[InquiryLine, ...]
    next_before: tuple[dt.datetime, int] | None


def log_inquiry(
    session: Session,
    clock: Clock,
    *,
    received_at: dt.datetime | None = None,
    client_id: int | None = None,
    name: str | None = None,
    phone: str | None = None,
    source_id: int | None = None,
    channel: str = "call",
) -> Saved[InquiryRecord]:
    """Record an inquiry, received now unless ``received_at`` says otherwise.

    The client, name and phone are all optional: a walk-in who asked a price
    and left still counts in the conversion report (docs/decisions.md).
    """
    when = clock.now() if received_at is None else received_at
    if not isinstance(when, dt.datetime):
        raise ValidationError(
            "received_at",
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date and time"),
            value=when,
        )
    if when.tzinfo is not None:  # stored as the shop's wall-clock time
        raise ValidationError(
            "received_at", QT_TRANSLATE_NOOP("Refusals", "must be a local time without a zone")
        )
    when = when.replace(microsecond=0)
    if when > clock.now():
        raise ValidationError(
            "received_at", QT_TRANSLATE_NOOP("Refusals", "must not be in the future")
        )
    optional_ref(session, Client, client_id, "client_id")
    clean_name = optional_text(name, "name")
    clean_phone = None
    if optional_text(phone, "phone") is not None:
        clean_phone = normalize_phone(phone, load_settings(session).phone_region)
    optional_ref(session, Source, source_id, "source_id")
    if channel not in INQUIRY_CHANNELS:
        raise ValidationError(
            "channel",
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not an inquiry channel"),
            value=channel,
        )
    inquiry = Inquiry(
        received_at=when,
        client_id=client_id,
        name=clean_name,
        phone=clean_phone,
        source_id=source_id,
        channel=channel,
    )
    session.add(inquiry)
    session.flush()
    return Saved(_record(inquiry), Changes.of(inquiries=[inquiry.id], clients=[client_id]))


def list_inquiries(
    session: Session,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    client_id: int | None = None,
) -> tuple[InquiryRecord, ...]:
    """Inquiries received in [date_from, date_to] (either may be open), oldest first."""
    stmt = select(Inquiry).order_by(Inquiry.received_at, Inquiry.id)
    if date_from is not None:
        stmt = stmt.where(Inquiry.received_at >= dt.datetime.combine(date_from, dt.time()))
    if date_to is not None:
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        stmt = stmt.where(Inquiry.received_at < end)
    if client_id is not None:
        stmt = stmt.where(Inquiry.client_id == client_id)
    return tuple(_record(i) for i in session.scalars(stmt))


def link_inquiry_to_visit(
    session: Session, inquiry_id: int, visit_id: int | None
) -> Saved[InquiryRecord]:
    """Link an inquiry to the visit it led to (None unlinks).

    An inquiry without a client takes the visit's client; one of another
    client is refused.
    """
    inquiry = require(session, Inquiry, inquiry_id, "inquiry_id")
    changed_visits = [inquiry.visit_id]
    if visit_id is not None:
        visit = require(session, Visit, visit_id, "visit_id")
        if inquiry.client_id is not None and inquiry.client_id != visit.client_id:
            raise ValidationError(
                "visit_id", QT_TRANSLATE_NOOP("Refusals", "the visit is of another client")
            )
        inquiry.client_id = visit.client_id
        changed_visits.append(visit_id)
    inquiry.visit_id = visit_id
    session.flush()
    return Saved(
        _record(inquiry),
        Changes.of(inquiries=[inquiry_id], visits=changed_visits, clients=[inquiry.client_id]),
    )


def link_inquiries_to_visit(
    session: Session, inquiry_ids: tuple[int, ...] | list[int], visit_id: int
) -> Saved[tuple[InquiryRecord, ...]]:
    """Link several inquiries to one visit: every one is checked before any is linked."""
    visit = require(session, Visit, visit_id, "visit_id")
    for inquiry_id in inquiry_ids:
        inquiry = require(session, Inquiry, inquiry_id, "inquiry_id")
        if inquiry.client_id is not None and inquiry.client_id != visit.client_id:
            raise ValidationError(
                "visit_id", QT_TRANSLATE_NOOP("Refusals", "the visit is of another client")
            )
    saved = [link_inquiry_to_visit(session, inquiry_id, visit_id) for inquiry_id in inquiry_ids]
    changes = Changes.of(visits=[visit_id])
    for one in saved:
        changes = changes | one.changes
    return Saved(tuple(one.value for one in saved), changes)


def recent_inquiries(
    session: Session, limit: int = 50, before: tuple[dt.datetime, int] | None = None
) -> InquiryPage:
    """Inquiries newest first, ``limit`` after the key ``before`` (keyset paging)."""
    stmt = (
        select(Inquiry, Source.name, Client.name, Visit.status)
        .outerjoin(Source, Source.id == Inquiry.source_id)
        .outerjoin(Client, Client.id == Inquiry.client_id)
        .outerjoin(Visit, Visit.id == Inquiry.visit_id)
    )
    if before is not None:
        at, inquiry_id = before
        stmt = stmt.where(
            Inquiry.received_at <= at,
            not_(and_(Inquiry.received_at == at, Inquiry.id >= inquiry_id)),
        )
    stmt = stmt.order_by(Inquiry.received_at.desc(), Inquiry.id.desc()).limit(limit + 1)
    rows = session.execute(stmt).all()
    more = len(rows) > limit
    rows = rows[:limit]
    phones = {i.phone for i, _s, client, _v in rows if client is None and i.phone}
    by_phone = {}
    if phones:
        found = session.execute(
            select(Client.phone, Client.id, Client.name).where(Client.phone.in_(phones))
        )
        by_phone = {phone: (client_id, name) for phone, client_id, name in found}
    lines = []
    for inquiry, source, client_name, visit_status in rows:
        client_id = inquiry.client_id
        if client_id is None and inquiry.phone in by_phone:
            client_id, client_name = by_phone[inquiry.phone]
        lines.append(
            InquiryLine(
                id=inquiry.id,
                received_at=inquiry.received_at,
                channel=inquiry.channel,
                name=inquiry.name,
                phone=inquiry.phone,
                source=source,
                client_id=client_id,
                client_name=client_name,
                visit_id=inquiry.visit_id,
                converted=visit_status == "completed",
            )
        )
    last = lines[-1] if more else None
    return InquiryPage(tuple(lines), (last.received_at, last.id) if last else None)


def open_inquiries_for_client(
    session: Session, client_id: int, clock: Clock, since: dt.date | None = None
) -> tuple[InquiryRecord, ...]:
    """Unlinked inquiries of the client received since ``since`` (default 14 days ago).

    Inquiries logged with the client's phone but no client count as the client's.
    """
    client = require(session, Client, client_id, "client_id")
    start = clock.today() - dt.timedelta(days=OPEN_DAYS) if since is None else since
    stmt = (
        select(Inquiry)
        .where(
            Inquiry.visit_id.is_(None),
            Inquiry.received_at >= dt.datetime.combine(start, dt.time()),
            or_(
                Inquiry.client_id == client_id,
                and_(Inquiry.client_id.is_(None), Inquiry.phone == client.phone),
            ),
        )
        .order_by(Inquiry.received_at, Inquiry.id)
    )
    return tuple(_record(i) for i in session.scalars(stmt))


def _record(inquiry: Inquiry) -> InquiryRecord:
    return InquiryRecord(
        id=inquiry.id,
        received_at=inquiry.received_at,
        client_id=inquiry.client_id,
        name=inquiry.name,
        phone=inquiry.phone,
        source_id=inquiry.source_id,
        channel=inquiry.channel,
        visit_id=inquiry.visit_id,
    )
