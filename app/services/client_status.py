"""A client leaving, coming back, asking not to be called, and two clients merged into one.

Every write checks all of its input before it touches the session.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock
from app.i18n import QT_TRANSLATE_NOOP
from app.models import ChurnReason, Client, Inquiry, Reminder, Vehicle, Visit
from app.services import access, derived
from app.services.access import Permission
from app.services.changes import Changes, Saved
from app.services.checks import require
from app.services.clients import ClientRecord, client_record
from app.services.errors import ValidationError
from app.services.normalize import (
    optional_text,
)
from app.services.versions import check_version, stamp

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
    return Saved(client_record(client), Changes.of(clients=[client_id]))


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
    return Saved(client_record(client), Changes.of(clients=[client_id]))


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
    return Saved(client_record(client), Changes.of(clients=[client_id]))


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
        client_record(keep),
        Changes.of(clients=[keep_id, drop_id, *referred], **moved),
    )


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
