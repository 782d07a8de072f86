"""Clients: registration, edits, the client card, fragment search, departure, merging.

Every write checks all of its input before it touches the session, so a
refused write leaves nothing behind even when the caller does not roll back.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Mapping, Sequence

from sqlalchemy import ColumnElement, Row, Select, and_, exists, or_, select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import ChurnReason, Client, Inquiry, Reminder, Source, Vehicle, Visit
from app.reports.sql import text_position, unindexed
from app.services import access, derived
from app.services.access import Permission
from app.services.card_details import CardItem, employee_names, service_names, visit_items
from app.services.changes import Changes, Saved
from app.services.checks import optional_ref, require
from app.services.errors import DuplicateError, ValidationError
from app.services.normalize import (
    normalize_phone,
    note_text,
    optional_text,
    required_text,
    search_key,
)
from app.services.reminders import ReminderRecord, list_reminders
from app.services.settings import load_settings
from app.services.vehicles import VehicleRecord, list_vehicles
from app.services.versions import check_version, stamp
from app.services.visits import VisitSummary, list_client_visits

CLIENT_FILTERS = ("all", "active", "departed", "do_not_contact")
ACTIVE_DAYS = 365
_AMONG_CHUNK = 500  # ids per statement when a search is narrowed to a list of clients
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE_LIKE = re.compile(r"^[\d\s()+\-.]+$")


@dataclasses.dataclass(frozen=True)
class ClientInput:
    """What the client form edits. ``registered_on`` None means today (create) or keep (edit)."""

    name: str
    phone: str
    email: str | None = None
    registered_on: dt.date | None = None
    source_id: int | None = None
    referred_by_id: int | None = None
    notes: str = ""


@dataclasses.dataclass(frozen=True)
class ClientRecord:
    id: int
    name: str
    phone: str
    email: str | None
    registered_on: dt.date
    source_id: int | None
    referred_by_id: int | None
    do_not_contact: bool
    left_on: dt.date | None
    churn_reason_id: int | None
    churn_note: str | None
    notes: str
    version: int
    """Send it back with the next save of this client (``app.services.versions``)."""
    updated_at: dt.datetime | None
    updated_by: str | None


@dataclasses.dataclass(frozen=True)
class ClientBrief:
    """A client as a line of a list: search results, referrer, referred clients."""

    id: int
    name: str
    phone: str
    do_not_contact: bool = False
    left_on: dt.date | None = None


@dataclasses.dataclass(frozen=True)
class ClientPage:
    """One page of a search; pass ``next_after_id`` back for the next (None: no more)."""

    rows: tuple[ClientBrief, ...]
    next_after_id: int | None


@dataclasses.dataclass(frozen=True)
class ClientCard:
    client: ClientRecord
    source: str | None
    churn_reason: str | None
    referrer: ClientBrief | None
    referred: tuple[ClientBrief, ...]
    vehicles: tuple[VehicleRecord, ...]
    visits: tuple[VisitSummary, ...]  # newest first
    reminders: tuple[ReminderRecord, ...]
    items: Mapping[int, tuple[CardItem, ...]] = dataclasses.field(default_factory=dict)
    """The items of each visit, by visit id."""
    masters: Mapping[int, str] = dataclasses.field(default_factory=dict)
    """Names of the visits' masters, by employee id."""
    services: Mapping[int, str] = dataclasses.field(default_factory=dict)
    """Names of the services the reminders are about, by service id."""


# --- registration and edits ------------------------------------------------------


def create_client(session: Session, data: ClientInput, clock: Clock) -> Saved[ClientRecord]:
    values = _checked(session, data, None, clock)
    client = Client(**values)
    session.add(client)
    session.flush()
    derived.refresh_client_search(session, client.id)
    return Saved(_record(client), Changes.of(clients=[client.id, client.referred_by_id]))


def update_client(
    session: Session, client_id: int, data: ClientInput, clock: Clock, *, expected_version: int
) -> Saved[ClientRecord]:
    """Replace the client's fields; ``expected_version`` is the one the form showed."""
    client = require(session, Client, client_id, "client_id")
    check_version(client, expected_version)
    values = _checked(session, data, client, clock)
    old_referrer = client.referred_by_id
    for key, value in values.items():
        setattr(client, key, value)
    stamp(session, client, clock)
    derived.refresh_client_search(session, client_id)
    return Saved(
        _record(client), Changes.of(clients=[client_id, old_referrer, client.referred_by_id])
    )


def get_client(session: Session, client_id: int) -> ClientCard:
    client = require(session, Client, client_id, "client_id")
    referrer = session.get(Client, client.referred_by_id) if client.referred_by_id else None
    referred = session.scalars(
        select(Client).where(Client.referred_by_id == client_id).order_by(Client.id)
    )
    source = session.get(Source, client.source_id) if client.source_id else None
    reason = session.get(ChurnReason, client.churn_reason_id) if client.churn_reason_id else None
    visits = list_client_visits(session, client_id)
    reminders = list_reminders(session, client_id)
    return ClientCard(
        client=_record(client),
        source=source.name if source else None,
        churn_reason=reason.name if reason else None,
        referrer=_brief(referrer) if referrer else None,
        referred=tuple(_brief(c) for c in referred),
        vehicles=list_vehicles(session, client_id),
        visits=visits,
        reminders=reminders,
        items=visit_items(session, [v.id for v in visits]),
        masters=employee_names(session, {v.employee_id for v in visits} - {None}),
        services=service_names(session, {r.service_id for r in reminders} - {None}),
    )


# --- search ------------------------------------------------------------------


def find_clients(
    session: Session,
    fragment: str = "",
    limit: int = 50,
    after_id: int | None = None,
    filter: str = "all",
    clock: Clock | None = None,
    among_ids: Sequence[int] | None = None,
) -> ClientPage:
    """Clients whose name, phone or plate holds ``fragment``, in id order, one page.

    The fragment is compared casefolded (Cyrillic too), also without spaces
    and dashes (a plate typed "aa 12") and, when it looks like a phone, as its
    digits. Paging is by keyset: pass the page's ``next_after_id`` as
    ``after_id``. The "active" and "departed" filters need ``clock`` for today.
    ``among_ids`` narrows the search to those clients (the lost report's, say);
    they are read a chunk at a time, so a long list never makes one huge statement.
    """
    if filter not in CLIENT_FILTERS:
        raise ValueError(f"unknown client filter {filter!r}")
    conditions = []
    if filter in ("active", "departed"):
        if clock is None:
            raise TypeError(f"the {filter!r} filter needs a clock")
        conditions.append(_dated_filter(filter, clock.today()))
    elif filter == "do_not_contact":
        conditions.append(Client.do_not_contact.is_(True))
    columns = (Client.id, Client.name, Client.phone, Client.do_not_contact, Client.left_on)
    patterns = _search_patterns(fragment)
    found = [text_position(Client.search_text, p) > 0 for p in patterns]
    matching = [or_(*found)] if found else []
    if among_ids is not None:
        stmt = select(*columns).where(*matching, *conditions)
        rows = _among(session, stmt, among_ids, after_id, limit)
    else:
        if patterns:
            # Scan the narrow index on search_text rather than the table: "id + 0"
            # (unindexed) keeps SQLite from walking the primary key for the ORDER BY,
            # and the first matches by id are then taken from the index's matches.
            # PostgreSQL walks the primary key and stops at the page's last match.
            matches = select(Client.id).where(*matching, *conditions)
            if after_id is not None:
                matches = matches.where(unindexed(Client.id) > after_id)
            page_ids = matches.order_by(unindexed(Client.id)).limit(limit + 1).subquery()
            stmt = select(*columns).join(page_ids, page_ids.c.id == Client.id)
        else:
            stmt = select(*columns).where(*conditions)
            if after_id is not None:
                stmt = stmt.where(Client.id > after_id)
            stmt = stmt.limit(limit + 1)
        rows = session.execute(stmt.order_by(Client.id)).all()
    page = tuple(ClientBrief(r.id, r.name, r.phone, r.do_not_contact, r.left_on) for r in rows)
    more = len(page) > limit
    page = page[:limit]
    return ClientPage(rows=page, next_after_id=page[-1].id if more else None)


def _among(
    session: Session, stmt: Select, among_ids: Sequence[int], after_id: int | None, limit: int
) -> list[Row]:
    """Up to ``limit + 1`` rows of ``stmt`` whose ids are in ``among_ids`` after ``after_id``."""
    ids = sorted(among_ids)
    first = 0 if after_id is None else bisect.bisect_right(ids, after_id)
    rows: list[Row] = []
    for start in range(first, len(ids), _AMONG_CHUNK):
        chunk = ids[start : start + _AMONG_CHUNK]
        wanted = limit + 1 - len(rows)
        rows.extend(
            session.execute(stmt.where(Client.id.in_(chunk)).order_by(Client.id).limit(wanted))
        )
        if len(rows) > limit:
            break
    return rows


def _dated_filter(filter: str, today: dt.date) -> ColumnElement[bool]:
    """Active: a completed visit in [today - 364, today]; departed: left on or before today."""
    if filter == "departed":
        return and_(Client.left_on.is_not(None), Client.left_on <= today)
    since = dt.datetime.combine(today - dt.timedelta(days=ACTIVE_DAYS - 1), dt.time())
    until = dt.datetime.combine(today + dt.timedelta(days=1), dt.time())
    return exists().where(
        Visit.client_id == Client.id,
        Visit.status == "completed",
        Visit.started_at >= since,
        Visit.started_at < until,
    )


def _search_patterns(fragment: str) -> list[str]:
    """What the search text must hold one of; each pattern costs a pass over the index.

    A fragment of digits and phone punctuation ("067 765-43") is looked for as
    its digits only: the search text keeps phones as digits and plates without
    spaces, so the digits find the phones and plates the typed form would.
    """
    key = search_key(fragment or "")
    if not key:
        return []
    digits = re.sub(r"\D", "", key)
    if digits and _PHONE_LIKE.match(key):
        return [digits]
    patterns = [key]
    compact = re.sub(r"[\s\-]+", "", key)
    if compact and compact not in patterns:
        patterns.append(compact)
    return patterns


# --- departure and contact --------------------------------------------------------


def mark_departed(
    session: Session,
    client_id: int,
    left_on: dt.date,
    churn_reason_id: int,
    note: str | None = None,
    *,
    clock: Clock,
    expected_version: int,
) -> Saved[ClientRecord]:
    """Record that the client left: the date and the reason go together."""
    client = require(session, Client, client_id, "client_id")
    check_version(client, expected_version)
    if not isinstance(left_on, dt.date):
        raise ValidationError("left_on", QT_TRANSLATE_NOOP("Refusals", "must be given"))
    require(session, ChurnReason, churn_reason_id, "churn_reason_id")
    _check_left_on(left_on, client.registered_on, clock)
    client.left_on = left_on
    client.churn_reason_id = churn_reason_id
    client.churn_note = optional_text(note, "churn_note", 2000)
    stamp(session, client, clock)
    return Saved(_record(client), Changes.of(clients=[client_id]))


def mark_returned(
    session: Session, client_id: int, *, clock: Clock, expected_version: int
) -> Saved[ClientRecord]:
    """The client is back: departure date, reason and note are cleared."""
    client = require(session, Client, client_id, "client_id")
    check_version(client, expected_version)
    client.left_on = None
    client.churn_reason_id = None
    client.churn_note = None
    stamp(session, client, clock)
    return Saved(_record(client), Changes.of(clients=[client_id]))


def set_do_not_contact(
    session: Session,
    client_id: int,
    flag: bool,
    reason: str | None = None,
    *,
    clock: Clock,
    expected_version: int,
) -> Saved[ClientRecord]:
    """Set or clear the do-not-contact flag.

    A reason, when given, is appended to the client's notes as a dated line
    ("2026-11-23 do not contact: asked by phone"), so the notes keep the history.
    """
    client = require(session, Client, client_id, "client_id")
    check_version(client, expected_version)
    if not isinstance(flag, bool):
        raise ValidationError("do_not_contact", QT_TRANSLATE_NOOP("Refusals", "must be yes or no"))
    text = optional_text(reason, "reason", 500)
    client.do_not_contact = flag
    if text:
        what = "do not contact" if flag else "contact allowed"
        client.notes = _append_line(client.notes, f"{clock.today().isoformat()} {what}: {text}")
    stamp(session, client, clock)
    return Saved(_record(client), Changes.of(clients=[client_id]))


# --- merging duplicates ---------------------------------------------------------


def merge_clients(session: Session, keep_id: int, drop_id: int) -> Saved[ClientRecord]:
    """Move everything of client ``drop_id`` to ``keep_id`` and delete ``drop_id``.

    Cars, visits, inquiries, reminders and the clients it referred move over.
    The kept client's own fields win; its empty email, source and referrer are
    filled from the dropped one, the earlier registration date is kept, the
    do-not-contact flag is kept when either had it, and the dropped client's
    name, phone and notes are appended to the notes.
    """
    keep = require(session, Client, keep_id, "keep_id")
    drop = require(session, Client, drop_id, "drop_id")
    access.require(session, Permission.DELETE)
    if keep_id == drop_id:
        raise ValidationError(
            "drop_id", QT_TRANSLATE_NOOP("Refusals", "a client cannot be merged with itself")
        )
    moved = {
        kind: session.scalars(select(model.id).where(model.client_id == drop_id)).all()
        for kind, model in (
            ("vehicles", Vehicle),
            ("visits", Visit),
            ("inquiries", Inquiry),
            ("reminders", Reminder),
        )
    }
    referred = session.scalars(select(Client.id).where(Client.referred_by_id == drop_id)).all()
    # One record at a time through the session, so that the audit log has each move.
    for model in (Vehicle, Visit, Inquiry, Reminder):
        for record in session.scalars(select(model).where(model.client_id == drop_id)):
            record.client_id = keep_id
    others = select(Client).where(Client.referred_by_id == drop_id, Client.id != keep_id)
    for client in session.scalars(others):
        client.referred_by_id = keep_id
    if keep.referred_by_id in (None, drop_id):
        keep.referred_by_id = drop.referred_by_id if drop.referred_by_id != keep_id else None
    keep.email = keep.email or drop.email
    keep.source_id = keep.source_id or drop.source_id
    keep.registered_on = min(keep.registered_on, drop.registered_on)
    keep.do_not_contact = keep.do_not_contact or drop.do_not_contact
    merged_note = f"merged client #{drop_id}: {drop.name}, {drop.phone}"
    keep.notes = _append_line(_append_line(keep.notes, drop.notes), merged_note)
    for visit_id in moved["visits"]:  # items carry their visit's client: move them first
        derived.refresh_visit(session, visit_id)
    session.delete(drop)
    session.flush()
    derived.refresh_client_chain(session, keep_id)
    derived.refresh_client_search(session, keep_id)
    session.flush()
    return Saved(
        _record(keep),
        Changes.of(clients=[keep_id, drop_id, *referred], **moved),
    )


# --- helpers ----------------------------------------------------------------


def _checked(
    session: Session, data: ClientInput, client: Client | None, clock: Clock
) -> dict[str, object]:
    """The columns to store for ``data``, every rule checked; nothing is written."""
    own_id = client.id if client else None
    name = " ".join(required_text(data.name, "name").split())
    phone = normalize_phone(data.phone, load_settings(session).phone_region)
    holder = session.scalar(select(Client.id).where(Client.phone == phone))
    if holder is not None and holder != own_id:
        raise DuplicateError(
            "phone",
            QT_TRANSLATE_NOOP("Refusals", "{phone} is the phone of another client"),
            holder,
            phone=phone,
        )
    email = optional_text(data.email, "email")
    if email is not None and not _EMAIL.match(email):
        raise ValidationError(
            "email", QT_TRANSLATE_NOOP("Refusals", "'{value}' is not an email address"), value=email
        )
    registered_on = data.registered_on
    if registered_on is None:
        registered_on = client.registered_on if client else clock.today()
    if not isinstance(registered_on, dt.date) or isinstance(registered_on, dt.datetime):
        raise ValidationError(
            "registered_on",
            QT_TRANSLATE_NOOP("Refusals", "'{value}' is not a date"),
            value=registered_on,
        )
    if registered_on > clock.today():
        raise ValidationError(
            "registered_on", QT_TRANSLATE_NOOP("Refusals", "must not be in the future")
        )
    if client is not None and client.left_on is not None and client.left_on < registered_on:
        raise ValidationError(
            "registered_on",
            QT_TRANSLATE_NOOP("Refusals", "must not be after the day the client left"),
        )
    optional_ref(session, Source, data.source_id, "source_id")
    if data.referred_by_id is not None and data.referred_by_id == own_id:
        raise ValidationError(
            "referred_by_id", QT_TRANSLATE_NOOP("Refusals", "a client cannot refer itself")
        )
    optional_ref(session, Client, data.referred_by_id, "referred_by_id")
    return {
        "name": name,
        "phone": phone,
        "email": email,
        "registered_on": registered_on,
        "source_id": data.source_id,
        "referred_by_id": data.referred_by_id,
        "notes": note_text(data.notes, "notes"),
    }


def _check_left_on(left_on: dt.date, registered_on: dt.date, clock: Clock) -> None:
    if left_on > clock.today():
        raise ValidationError("left_on", QT_TRANSLATE_NOOP("Refusals", "must not be in the future"))
    if left_on < registered_on:
        raise ValidationError(
            "left_on", QT_TRANSLATE_NOOP("Refusals", "must not be before the registration date")
        )


def _append_line(text: str, line: str | None) -> str:
    text, line = (text or "").strip(), (line or "").strip()
    if not line:
        return text
    return f"{text}\n{line}" if text else line


def _record(client: Client) -> ClientRecord:
    return ClientRecord(
        id=client.id,
        name=client.name,
        phone=client.phone,
        email=client.email,
        registered_on=client.registered_on,
        source_id=client.source_id,
        referred_by_id=client.referred_by_id,
        do_not_contact=client.do_not_contact,
        left_on=client.left_on,
        churn_reason_id=client.churn_reason_id,
        churn_note=client.churn_note,
        notes=client.notes,
        version=client.version,
        updated_at=client.updated_at,
        updated_by=client.updated_by,
    )


def _brief(client: Client) -> ClientBrief:
    return ClientBrief(client.id, client.name, client.phone, client.do_not_contact, client.left_on)
